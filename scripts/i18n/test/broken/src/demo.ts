// Every id but one (the outer message) is used here.
t("demo-title"); t("demo-waiting"); t("demo-field"); t("demo-untranslated"); t("demo-signed-in"); t(`demo-channel-${c}`);
