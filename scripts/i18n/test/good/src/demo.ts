// The fixture's "sources": each id is used, the channel ones through their prefix.
t('demo-title'); t('demo-waiting', { count }); t('demo-field'); t('demo-untranslated'); t('demo-outer'); t('demo-signed-in', { email });
t(`demo-channel-${channel}`);
