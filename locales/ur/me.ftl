# "Your data" (/me): seeing, downloading and erasing what Waymark holds about you.

me-heading = آپ کا ڈیٹا
me-skip = اپنے ڈیٹا پر جائیں
me-back = نقشے پر واپس
me-intro = دیکھیں کہ Waymark کے پاس آپ سے منسلک کیا ہے، یہ سب ڈاؤن لوڈ کریں، یا اسے مٹا دیں۔ ڈیٹا آپ سے اس ای میل پتے کے ذریعے منسلک ہوتا ہے جس کی تصدیق آپ ہمارے بھیجے ہوئے لنک سے کرتے ہیں، اس براؤزر کے ذریعے (اگر آپ نے یہاں بغیر اکاؤنٹ کے پن یا جوابات شامل کیے)، یا آپ کے اکاؤنٹ کے ذریعے اگر آپ سائن ان ہیں۔
me-loading = لوڈ ہو رہا ہے…
me-load-failed = کچھ غلط ہو گیا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
me-link-broken = یہ لنک کام نہیں کرتا
me-link-broken-body = لنک ایک بار، ایک گھنٹے کے لیے کام کرتے ہیں۔ نیچے نیا لنک مانگیں۔
me-prove-heading = ای میل پتے کی تصدیق کریں
me-prove-intro = ہم اس پتے پر ایک لنک بھیجیں گے۔ اسے کھولنے سے وہ سب کچھ دکھائی دیتا ہے جو اس پتے سے منسلک ہے، جیسے وہ جگہیں اور پن جنہیں آپ فالو کرتے ہیں۔
me-email-label = ای میل پتہ
me-send = مجھے لنک بھیجیں
me-sent = اگر پتہ درست ہے تو لنک والی ای میل راستے میں ہے۔ لنک ایک بار، ایک گھنٹے کے لیے کام کرتا ہے۔
me-bad-email = ای میل پتہ اس طرح درج کریں: name@example.org
me-too-many = بہت زیادہ درخواستیں۔ ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔
me-nothing-proved = اس براؤزر پر ابھی کچھ بھی آپ سے منسلک نہیں ہے۔ نیچے کسی ای میل پتے کی تصدیق کریں۔
me-held-heading = ہمارے پاس کیا ہے
me-by-email = ای میل پتے { $email } سے منسلک
me-by-account = آپ کے اکاؤنٹ ({ $email }) سے منسلک
me-by-visitor = اس براؤزر سے منسلک
me-count-account = { $count ->
    [one] ایک اکاؤنٹ
   *[other] { $count } اکاؤنٹس
}
me-count-contributions = { $count ->
    [one] { $count } پن
   *[other] { $count } پن
}
me-count-replies = { $count ->
    [one] { $count } جواب
   *[other] { $count } جوابات
}
me-count-supports = { $count ->
    [one] { $count } پن جس کی حمایت کی
   *[other] { $count } پن جن کی حمایت کی
}
me-count-flags = { $count ->
    [one] { $count } پن جس کی ماڈریٹرز کو اطلاع دی
   *[other] { $count } پن جن کی ماڈریٹرز کو اطلاع دی
}
me-count-follows = { $count ->
    [one] { $count } چیز جسے ای میل کے ذریعے فالو کیا
   *[other] { $count } چیزیں جنہیں ای میل کے ذریعے فالو کیا
}
me-count-proposals = { $count ->
    [one] { $count } کمیونٹی توانائی منصوبہ
   *[other] { $count } کمیونٹی توانائی منصوبے
}
me-count-energy-plans = { $count ->
    [one] { $count } توانائی پلان
   *[other] { $count } توانائی پلان
}
me-count-mail = { $count ->
    [one] آپ کو بھیجی گئی { $count } ای میل
   *[other] آپ کو بھیجی گئی { $count } ای میلز
}
me-count-about-you = { $count ->
    [one] "آپ کے بارے میں" کے سوالات کے جوابات کا { $count } سیٹ
   *[other] "آپ کے بارے میں" کے سوالات کے جوابات کے { $count } سیٹ
}
me-count-group-memberships = { $count } گروپ جن کے آپ رکن ہیں یا جن میں شامل ہونے کی درخواست کی
me-count-group-posts = گروپوں کی گفتگو میں { $count } پیغام
me-count-group-flags = گروپ کے { $count } پیغام جن کی آپ نے شکایت کی
me-count-meetings-attended = گروپ کی { $count } میٹنگز جن میں آپ شریک ہوئے
me-count-action-points = آپ کے نام پر { $count } کام
me-count-volunteering = منصوبوں کے لیے رضاکاری کی { $count } پیشکشیں
me-count-champion = توانائی کے چیمپئن کے طور پر { $count } اندراج
me-count-modules-completed = سیکھنے کے { $count } ماڈیول مکمل
me-count-project-follows = { $count } منصوبے جن کی ماہانہ خبریں آپ کو ملتی ہیں
me-count-help-requests = چیمپئن سے مدد کی { $count } درخواستیں
me-download = اپنا ڈیٹا ڈاؤن لوڈ کریں (ZIP)
me-erase-heading = اپنا ڈیٹا مٹائیں
me-erase-intro = آپ کے پن، جوابات، فالو، ای میلز اور اکاؤنٹ مٹا دیے جاتے ہیں، اور اسی طرح گروپوں میں آپ کی رکنیت اور پیغامات، رضاکاری کی پیشکشیں، چیمپئن کا اندراج اور فالو کیے گئے منصوبے بھی۔ جہاں کسی نے آپ کے پن یا گروپ کی گفتگو کا جواب دیا ہو، وہ رہتا ہے مگر آپ کے الفاظ کی جگہ "مصنف کی درخواست پر ہٹا دیا گیا" لکھا جاتا ہے، تاکہ ان کا جواب پھر بھی سمجھ میں آئے۔ ماہانہ رپورٹوں کی گنتی نہیں بدلتی۔
me-erase = میرا ڈیٹا مٹائیں
me-erase-confirm = یہ واپس نہیں ہو سکتا۔ کیا آپ سے منسلک سب کچھ مٹا دیں؟
me-erase-cancel = منسوخ کریں
me-erase-failed = ڈیٹا نہیں مٹایا جا سکا۔ دوبارہ کوشش کریں۔
me-erased-heading = آپ کا ڈیٹا مٹا دیا گیا ہے
me-erased = { $count ->
    [one] { $count } پن مٹایا گیا
   *[other] { $count } پن مٹائے گئے
}{ $kept ->
    [0] ۔
   *[other] ، جن میں سے { $kept } الفاظ ہٹا کر رکھے گئے کیونکہ دوسروں نے ان کا جواب دیا تھا۔
}
me-open-map = نقشہ کھولیں
me-officer-heading = کسی کی طرف سے کی گئی درخواستیں
me-officer-intro = موبلائزرز نے کسی رہائشی کے لیے جو درج کیا، اسے درج کیے گئے نام یا نوٹ سے تلاش کریں، پھر ڈاؤن لوڈ کریں یا مٹا دیں۔ ہر تلاش، ڈاؤن لوڈ اور مٹانے کا عمل آڈٹ لاگ میں لکھا جاتا ہے، اس نام کے بغیر جو آپ نے تلاش کیا۔
me-officer-plan = منصوبہ
me-officer-name = درج کیا گیا نام یا نوٹ
me-officer-search = تلاش کریں
me-officer-none = اس منصوبے میں درج کوئی چیز مطابقت نہیں رکھتی۔
me-officer-found = { $count ->
    [one] کسی کی طرف سے درج { $count } شراکت
   *[other] کسی کی طرف سے درج { $count } شراکتیں
}
me-officer-download = منتخب کردہ ڈاؤن لوڈ کریں (ZIP)
me-officer-erase = منتخب کردہ مٹائیں
me-officer-erase-confirm = یہ واپس نہیں ہو سکتا۔ کیا منتخب کردہ شراکتیں مٹا دیں؟
