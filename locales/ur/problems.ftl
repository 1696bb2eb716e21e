# مسئلے کی تفصیلات (RFC 9457): `title` اور `detail`۔ `code` کا ترجمہ کبھی نہیں ہوتا۔

problem-title-malformed-json = غلط JSON
problem-title-unsupported-media-type = یہ ڈیٹا کی قسم قبول نہیں
problem-title-payload-too-large = درخواست بہت بڑی ہے
problem-title-file-too-large = فائل بہت بڑی ہے
problem-title-file-type-not-allowed = اس قسم کی فائل کی اجازت نہیں
problem-title-validation-failed = معلومات درست نہیں
problem-title-invalid-parameter = غلط پیرامیٹر
problem-title-invalid-text = ناقابلِ قبول متن
problem-title-outside-plan = منصوبے کے علاقے سے باہر
problem-title-not-found = نہیں ملا
problem-title-unauthorized = سائن اِن ضروری ہے
problem-title-invalid-credentials = سائن اِن ناکام
problem-title-forbidden = اجازت نہیں
problem-title-conflict = ٹکراؤ
problem-title-illegal-transition = یہ قدم اٹھانے کی اجازت نہیں
problem-title-cross-site-request = کسی اور سائٹ سے آنے والی درخواست رد
problem-title-rate-limited = بہت زیادہ درخواستیں
problem-title-idempotency-key-reused = Idempotency-Key دوبارہ استعمال ہوئی
problem-title-method-not-allowed = یہ طریقہ قابلِ قبول نہیں
problem-title-unavailable = سروس دستیاب نہیں
problem-title-internal-error = اندرونی خرابی
problem-title-basemap-missing = بنیادی نقشہ لوڈ نہیں ہوا
problem-title-upload-incomplete = اپ لوڈ نامکمل
problem-title-own-account = آپ کا اپنا اکاؤنٹ
problem-title-daily-limit-reached = روزانہ کی حد پوری ہو گئی
problem-title-about-you-key-not-found = نہیں ملا

problem-detail-malformed-json = درخواست کا متن درست JSON نہیں: { $reason }
problem-detail-as-given = { $text }
problem-detail-payload-too-large = درخواست کا متن اس سے بڑا ہے جتنا یہ سرور قبول کرتا ہے۔
problem-detail-file-too-large = فائل اس سے بڑی ہے جتنی یہ سائٹ قبول کرتی ہے (زیادہ سے زیادہ { $limit } MB)
problem-detail-file-type-not-allowed = یہاں صرف PDF فائلیں، دفتری دستاویزات (Word، Excel، PowerPoint، OpenDocument) اور تصاویر (PNG، JPEG، GIF، WebP) اپ لوڈ کی جا سکتی ہیں
problem-detail-file-type-not-image = یہاں صرف تصاویر (PNG، JPEG، GIF، WebP) اپ لوڈ کی جا سکتی ہیں
problem-detail-validation-failed = یہ خانے درست کریں: { $summary }
problem-detail-invalid-parameter = پیرامیٹر درست کریں: { $summary }
problem-detail-outside-plan = یہ جگہ منصوبے کے علاقے سے باہر ہے۔
problem-field-outside-plan = منصوبے کے علاقے کے اندر کوئی جگہ چنیں۔
problem-detail-invalid-text = متن میں NUL حرف (U+0000) ہے، جس کی اجازت نہیں۔
problem-detail-not-found = { $thing ->
    [plan] منصوبہ نہیں ملا۔
    [contribution] رائے نہیں ملی۔
    [proposal] تجویز نہیں ملی۔
    [workshop] ورکشاپ نہیں ملی۔
    [user] صارف نہیں ملا۔
    [organisation] ادارہ نہیں ملا۔
    [commitment] وعدہ نہیں ملا۔
    [route] یہ پتہ نہیں ملا۔
   *[other] نہیں ملا: { $thing }
}
problem-detail-unauthorized = یہ کرنے کے لیے سائن اِن کریں۔
problem-detail-invalid-credentials = ای میل پتہ یا پاس ورڈ درست نہیں۔
problem-detail-forbidden = آپ کے کردار کو اس کی اجازت نہیں۔
problem-detail-illegal-transition = چنی گئی آراء میں سے { $count } اپنی موجودہ حالت سے یہ حالت نہیں لے سکتیں۔
problem-detail-cross-site-request = ڈیٹا بدلنے والی درخواست اسی سائٹ سے آنی چاہیے (X-Requested-With بھیجیں)۔
problem-detail-rate-limited = بہت زیادہ درخواستیں؛ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
problem-detail-idempotency-key-reused = یہ Idempotency-Key کسی اور درخواست کے لیے پہلے ہی استعمال ہو چکی ہے۔
problem-detail-method-not-allowed = یہاں اس طریقے کی اجازت نہیں۔
problem-detail-unavailable = ڈیٹا بیس جواب نہیں دے رہا۔
problem-detail-internal-error = ہماری طرف کچھ غلط ہو گیا۔ اگر یہ بار بار ہو تو اس جواب کا x-request-id ہیڈر بتائیں۔
problem-detail-basemap-missing = منصوبے '{ $plan }' کا ابھی کوئی { $source } بیس میپ نہیں ہے؛ پہلے ایک لوڈ کریں
problem-detail-upload-incomplete = پوری فائل پہنچنے سے پہلے اپ لوڈ ٹوٹ گیا؛ اسے دوبارہ بھیجیں
problem-detail-own-account = منتظمین اپنے ہی اکاؤنٹ کا کردار نہیں بدل سکتے اور نہ اسے غیر فعال کر سکتے ہیں؛ کسی دوسرے منتظم سے کہیں
problem-detail-daily-limit-reached = آج آپ اس منصوبے پر اتنی آراء دے چکے ہیں جتنی ہم ایک فرد سے لیتے ہیں؛ کل دوبارہ دے سکیں گے۔
problem-detail-plan-slug-taken = منصوبہ '{ $slug }' پہلے سے موجود ہے؛ کوئی اور شناخت (slug) چنیں
problem-detail-organisation-slug-taken = اس منصوبے میں پہلے سے ایک تنظیم '{ $slug }' ہے
problem-detail-address-taken-by-account = اب اس پتے کا اپنا اکاؤنٹ ہے: یہ تبدیلی نہیں ہو سکتی۔
problem-detail-signup-address-taken = اس پتے کا اکاؤنٹ پہلے سے موجود ہے: سائن اِن کریں یا نیا پاس ورڈ چنیں۔
problem-detail-moderation-wrong-status = { $status } حالت والی شراکت پر { $action } نہیں ہو سکتا
problem-detail-proposal-step = کوئی تجویز { $from } سے { $to } پر نہیں جا سکتی
problem-detail-proposal-answer = { $from } حالت والی تجویز کا جواب { $to } نہیں دیا جا سکتا
problem-detail-progress-needs-commitment = صرف وعدے (عنوان والے جواب) کی پیش رفت ہوتی ہے
problem-detail-workshop-no-free-code = کوئی خالی شمولیتی کوڈ نہیں ملا؛ دوبارہ کوشش کریں
problem-detail-workshop-paused = ورکشاپ رکی ہوئی ہے: ابھی نئے پن نہیں لیے جا رہے۔
problem-detail-workshop-ended = ورکشاپ ختم ہو چکی ہے۔
problem-detail-workshop-not-held = پن جانچ کے لیے روکا ہوا نہیں ہے: اس کی حالت { $status } ہے
problem-detail-bearer-required = `Authorization: Bearer <token>` استعمال کریں
problem-detail-token-invalid = یہ ٹوکن درست نہیں یا منسوخ کر دیا گیا ہے
problem-detail-plan-needs-sign-in = یہ منصوبہ صرف سائن اِن شدہ لوگوں سے آراء لیتا ہے۔
problem-detail-edit-needs-author = اسے بدلنے کے لیے سائن اِن کریں، یا وہی براؤزر استعمال کریں جس سے آپ نے اسے بھیجا تھا۔
problem-detail-withdraw-needs-author = اسے واپس لینے کے لیے سائن اِن کریں، یا وہی براؤزر استعمال کریں جس سے آپ نے اسے بھیجا تھا۔
problem-detail-only-author-edits = رائے صرف اس کا لکھنے والا بدل سکتا ہے۔
problem-detail-only-author-withdraws = رائے صرف اس کا لکھنے والا واپس لے سکتا ہے۔
problem-detail-proposal-who-moves = صرف تجویز پیش کرنے والا یا نیٹ ورک آپریٹر اسے آگے بڑھا سکتا ہے
problem-detail-organisation-other-plan = آپ کی تنظیم کسی دوسرے منصوبے میں جواب دیتی ہے
problem-detail-own-organisation-only = آپ صرف اپنی تنظیم کی طرف سے جواب دیتے ہیں
problem-detail-other-organisation-answers = ان میں سے کچھ شراکتوں کا جواب کوئی دوسری تنظیم دیتی ہے
problem-detail-commitment-owner-only = وعدے کو صرف وہی تنظیم اپ ڈیٹ کرتی ہے جس نے وہ کیا
problem-detail-facilitator-steers = ورکشاپ کو صرف اس کا سہولت کار چلا سکتا ہے
problem-detail-facilitator-checks = ورکشاپ کے پن صرف اس کا سہولت کار جانچ سکتا ہے
problem-detail-energy-plan-group-only = صرف وہ گروپ جس نے یہ توانائی منصوبہ لکھا، اسے بدل سکتا ہے
problem-detail-energy-plan-shared = یہ ورژن شیئر ہو چکا ہے اور منجمد ہے؛ اسے بدلنے کے لیے اگلا ورژن شروع کریں
problem-detail-not-quotable = رپورٹ میں صرف وہ شائع شدہ شراکت نمایاں کی جا سکتی ہے جس کے رہائشی نے اقتباس پر رضامندی دی ہو
problem-detail-energy-plan-not-answered = تازہ ترین ورژن کا ابھی جواب نہیں آیا؛ اگلا ورژن جواب دیے گئے ورژن سے شروع ہوتا ہے
problem-detail-data-proof-required = ای میل سے بھیجے گئے لنک کے ذریعے کسی ای میل پتے کی تصدیق کریں، یا وہی براؤزر یا اکاؤنٹ استعمال کریں جس سے آپ نے لکھا تھا
problem-detail-not-yours = یہ آپ کا نہیں کہ آپ اسے ایکسپورٹ کریں یا مٹائیں
problem-detail-about-you-key-not-found = "آپ کے بارے میں" سوالات کے جواب دینے کی یہ کلید نامعلوم ہے، اس کی میعاد ختم ہو چکی ہے یا پہلے ہی استعمال ہو چکی ہے
problem-detail-project-team = اسے صرف منصوبے کی ٹیم بدل سکتی ہے
problem-detail-project-proposer = تجویز کو منصوبہ صرف وہی گروپ بنا سکتا ہے جس نے اسے پیش کیا
problem-detail-project-not-going-ahead = صرف وہ تجویز منصوبہ بن سکتی ہے جس پر کام آگے بڑھ رہا ہو
problem-detail-project-exists = یہ تجویز پہلے ہی ایک منصوبہ ہے: { $slug }
problem-detail-project-stage = منصوبہ { $from } سے { $to } پر نہیں جا سکتا: یہ ایک وقت میں ایک مرحلہ آگے بڑھتا ہے
