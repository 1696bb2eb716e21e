# مسئلے کی تفصیلات (RFC 9457): `title` اور `detail`۔ `code` کا ترجمہ کبھی نہیں ہوتا۔

problem-title-malformed-json = غلط JSON
problem-title-unsupported-media-type = یہ ڈیٹا کی قسم قبول نہیں
problem-title-payload-too-large = درخواست بہت بڑی ہے
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

problem-detail-malformed-json = درخواست کا متن درست JSON نہیں: { $reason }
problem-detail-as-given = { $text }
problem-detail-payload-too-large = درخواست کا متن اس سے بڑا ہے جتنا یہ سرور قبول کرتا ہے۔
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
problem-detail-daily-limit-reached = آج آپ اس منصوبے پر اتنی آراء دے چکے ہیں جتنی ہم ایک فرد سے لیتے ہیں؛ کل دوبارہ دے سکیں گے۔
problem-detail-address-taken-by-account = اب اس پتے کا اپنا اکاؤنٹ ہے: یہ تبدیلی نہیں ہو سکتی۔
problem-detail-signup-address-taken = اس پتے کا اکاؤنٹ پہلے سے موجود ہے: سائن اِن کریں یا نیا پاس ورڈ چنیں۔
problem-detail-workshop-paused = ورکشاپ رکی ہوئی ہے: ابھی نئے پن نہیں لیے جا رہے۔
problem-detail-workshop-ended = ورکشاپ ختم ہو چکی ہے۔
problem-detail-plan-needs-sign-in = یہ منصوبہ صرف سائن اِن شدہ لوگوں سے آراء لیتا ہے۔
problem-detail-edit-needs-author = اسے بدلنے کے لیے سائن اِن کریں، یا وہی براؤزر استعمال کریں جس سے آپ نے اسے بھیجا تھا۔
problem-detail-withdraw-needs-author = اسے واپس لینے کے لیے سائن اِن کریں، یا وہی براؤزر استعمال کریں جس سے آپ نے اسے بھیجا تھا۔
problem-detail-only-author-edits = رائے صرف اس کا لکھنے والا بدل سکتا ہے۔
problem-detail-only-author-withdraws = رائے صرف اس کا لکھنے والا واپس لے سکتا ہے۔
problem-detail-energy-plan-group-only = صرف وہ گروپ جس نے یہ توانائی منصوبہ لکھا، اسے بدل سکتا ہے
problem-detail-energy-plan-shared = یہ ورژن شیئر ہو چکا ہے اور منجمد ہے؛ اسے بدلنے کے لیے اگلا ورژن شروع کریں
problem-detail-energy-plan-not-answered = تازہ ترین ورژن کا ابھی جواب نہیں آیا؛ اگلا ورژن جواب دیے گئے ورژن سے شروع ہوتا ہے
