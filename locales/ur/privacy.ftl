# The privacy notice (/p/{plan}/privacy): who is responsible for people's data on a plan,
# what it is used for, how long it is kept, the cookies and people's rights.

privacy-page-title = رازداری کا نوٹس – { $plan }
privacy-heading = رازداری کا نوٹس
privacy-skip = نوٹس پر جائیں
privacy-back = نقشے پر واپس جائیں
privacy-loading = رازداری کا نوٹس لوڈ ہو رہا ہے…
privacy-not-found = اس پتے پر کوئی منصوبہ نہیں ہے۔
privacy-load-failed = رازداری کا نوٹس لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
privacy-intro = یہ نوٹس بتاتا ہے کہ یہ نقشہ آپ کے بارے میں کون سی معلومات رکھتا ہے، کیوں، کتنی دیر تک، اور آپ ہم سے ان کے ساتھ کیا کرنے کو کہہ سکتے ہیں۔

privacy-controller-heading = آپ کی معلومات کا ذمہ دار کون ہے
# $controller is an organisation's name, as the plan's organisers wrote it.
privacy-controller = { $controller } اس نقشے پر آپ کی دی ہوئی معلومات کا ذمہ دار ہے („ڈیٹا کنٹرولر“)۔
privacy-controller-missing = منصوبے کے منتظمین نے ابھی تک نہیں بتایا کہ آپ کی معلومات کا ذمہ دار کون ہے۔ تب تک نیچے دیے گئے رابطے پر لکھیں۔
privacy-contact-heading = ہم سے رابطہ کیسے کریں
privacy-contact-intro = اپنی معلومات کے بارے میں پوچھنے یا اپنا کوئی بھی حق استعمال کرنے کے لیے یہاں لکھیں:
privacy-contact-missing = منصوبے کے منتظمین نے ابھی تک رابطے کا پتا نہیں دیا۔

privacy-purposes-heading = ہم آپ کی معلومات کس لیے استعمال کرتے ہیں
privacy-purpose-contributions = آپ کی پنیں، جوابات اور حمایتیں، اور وہ نام جو آپ ان کے ساتھ دکھانا چاہیں، تاکہ آپ کے پڑوسی اور علاقے کی منصوبہ بندی کرنے والے انہیں پڑھ سکیں۔
privacy-purpose-accounts = آپ کا اکاؤنٹ (ای میل پتا اور پاس ورڈ)، تاکہ آپ سائن اِن کر سکیں اور جو لکھا ہے اسے بدل یا ہٹا سکیں۔
privacy-purpose-mail = وہ میل جو آپ نے مانگی: جس جگہ یا پن کو آپ فالو کرتے ہیں اس کی خبریں، اور سائن اپ یا پاس ورڈ ری سیٹ کرنے کے لنک۔
privacy-purpose-conversations = وہ گفتگو جو کمیونٹی موبلائزر دروازے پر یا تقریبات میں آپ کے ساتھ ریکارڈ کرتے ہیں، صرف آپ کی رضامندی سے۔
privacy-purpose-moderation = نقشے کو محفوظ رکھنا: نامناسب مواد کی رپورٹس، ماڈریٹرز کے فیصلے، اور یہ ریکارڈ کہ کس نے کیا بدلا۔
privacy-purpose-equality_questions = اختیاری "آپ کے بارے میں" سوالات کے آپ کے جوابات (عمر، صنف، نسلی گروپ، معذوری، رہائش اور آپ کے پوسٹ کوڈ کا پہلا حصہ)، اگر آپ جواب دینا چاہیں، تاکہ ہم دیکھ سکیں کہ کس کی آواز ابھی تک نہیں سنی جا رہی۔ یہ آپ کی کہی بات سے الگ رکھے جاتے ہیں اور صرف گنتی کے طور پر دکھائے جاتے ہیں۔

privacy-retention-heading = ہم انہیں کتنی دیر رکھتے ہیں
privacy-retention-intro = یہ نقشہ ان مدتوں کے ساتھ ترتیب دیا گیا ہے۔ ان کے بعد معلومات مٹا دی جاتی ہیں یا آپ سے منسلک نہیں رہتیں۔
privacy-retention-events = براہِ راست اپڈیٹس اور خلاصوں کے لیے تبدیلیوں کا ریکارڈ
privacy-retention-sessions = سائن اِن سیشن، ختم ہونے کے بعد
privacy-retention-unconfirmed = فالو جن کی آپ نے کبھی تصدیق نہیں کی
privacy-retention-sent-mail = آپ کو بھیجی گئی میل
privacy-retention-retry = وہ کلیدیں جو ایک پن کو دو بار شائع ہونے سے روکتی ہیں
privacy-retention-visitor = اکاؤنٹ کے بغیر آپ کی پنوں اور براؤزر کا تعلق
privacy-retention-inactive = وہ اکاؤنٹ جن میں کوئی سائن اِن نہیں کرتا
privacy-retention-about-you = "آپ کے بارے میں" سوالات کے آپ کے جوابات
# $days is a number of days, at least 1.
privacy-days = { $days ->
    [one] { $days } دن
   *[other] { $days } دن
}
privacy-kept = خود بخود نہیں مٹایا جاتا
privacy-inactive-off = استعمال نہ ہونے پر نہیں مٹائے جاتے
# $days: the days after which an unused account is deleted, once its owner has been warned by mail.
privacy-inactive-days = { $days ->
    [one] { $days } دن استعمال نہ ہونے پر، ای میل سے خبردار کرنے کے بعد مٹا دیے جاتے ہیں
   *[other] { $days } دن استعمال نہ ہونے پر، ای میل سے خبردار کرنے کے بعد مٹا دیے جاتے ہیں
}

privacy-cookies-heading = کوکیز
privacy-cookies-intro = ہم صرف وہ کوکیز استعمال کرتے ہیں جو اس کام کے لیے بالکل ضروری ہیں جو آپ نقشے سے کرواتے ہیں، اس لیے ہم آپ کی رضامندی نہیں مانگتے۔ نقشہ دوسری ویب سائٹس سے کچھ لوڈ نہیں کرتا اور اس میں نہ اشتہار ہیں نہ ٹریکنگ۔
privacy-cookie-name = کوکی
privacy-cookie-purpose = یہ کس لیے ہے
privacy-cookie-lifetime = کتنی دیر رہتی ہے
privacy-cookie-sign-in = آپ کو سائن اِن رکھتی ہے۔
privacy-cookie-visitor = آپ کو اکاؤنٹ کے بغیر اپنی پنیں بدلنے دیتی ہے، اور آپ کی حمایت ایک ہی بار گنتی ہے۔
privacy-cookie-language = آپ کی چنی ہوئی زبان یاد رکھتی ہے۔
privacy-cookie-your-data = ایک گھنٹے کے لیے وہ ای میل پتہ رکھتی ہے جس کی آپ نے "آپ کا ڈیٹا" صفحے پر تصدیق کی، تاکہ آپ اس سے منسلک چیزیں ڈاؤن لوڈ کر سکیں یا مٹا سکیں۔

privacy-rights-heading = آپ کے حقوق
privacy-right-access = آپ ہمارے پاس موجود اپنی معلومات کی نقل مانگ سکتے ہیں۔
privacy-right-rectification = آپ غلط معلومات درست کرنے کو کہہ سکتے ہیں۔
privacy-right-erasure = آپ اپنی معلومات مٹانے کو کہہ سکتے ہیں۔ آپ اپنی پنیں اور اکاؤنٹ خود بھی مٹا سکتے ہیں۔
privacy-right-objection = آپ ہمارے آپ کی معلومات استعمال کرنے کے طریقے پر اعتراض کر سکتے ہیں۔
privacy-right-complaint = اگر آپ اس سے مطمئن نہیں کہ ہم نے آپ کی معلومات کو کیسے سنبھالا، تو آپ برطانیہ کے انفارمیشن کمشنر آفس (ICO) میں شکایت کر سکتے ہیں۔
privacy-rights-how = ان میں سے کوئی بھی حق استعمال کرنے کے لیے اوپر دیے گئے رابطے پر لکھیں۔ ہم ایک مہینے کے اندر جواب دیں گے۔
privacy-your-data-link = اپنا ڈیٹا خود دیکھیں، ڈاؤن لوڈ کریں یا مٹائیں
privacy-complaint-link = ICO میں شکایت کریں
