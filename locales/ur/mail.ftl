# ای میلز۔ ہر متن پورے پیراگراف ہے؛ کوڈ پیراگراف اور فہرست کی سطریں جوڑتا ہے۔

mail-subscription-confirm-subject = تصدیق کریں: { $plan } پر { $place ->
        [area] نقشے پر بنایا گیا اپنا علاقہ
       *[neighbourhood] { $name }
    } فالو کریں
mail-subscription-confirm-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، { $plan } کے نقشے پر { $place ->
        [area] نقشے پر بنائے گئے علاقے
       *[neighbourhood] { $name }
    } کی خبریں ای میل سے لینے کی درخواست کی ہے۔

    تصدیق کے لیے یہ لنک کھولیں اور "تصدیق کریں" دبائیں:
    { $url }

    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: مزید کچھ نہیں بھیجا جائے گا۔

mail-digest-subject = { $place ->
        [area] آپ کا علاقہ
       *[neighbourhood] { $name }
    }: { $plan } پر { $count } نئی آراء
mail-digest-intro =
    السلام علیکم،

    پچھلے خلاصے کے بعد سے { $plan } میں { $place ->
        [area] نقشے پر بنائے گئے علاقے
       *[neighbourhood] { $name }
    } میں { $count ->
        [one] ایک نئی رائے شامل ہوئی
       *[other] { $count } نئی آراء شامل ہوئیں
    }:
mail-digest-line = - { $kind }: { $title }
mail-digest-line-in = - { $kind }: { $title } ({ $neighbourhood })
mail-digest-outro =
    انہیں نقشے پر دیکھیں: { $map }

    آپ کو یہ ای میل { $frequency ->
        [daily] روزانہ
       *[weekly] ہر ہفتے
    } اس لیے آتی ہے کہ آپ { $plan } پر { $place ->
        [area] نقشے پر بنایا گیا علاقہ
       *[neighbourhood] { $name }
    } فالو کرتے ہیں۔
    بند کرنے کے لیے کھولیں: { $unsubscribe }

mail-kind = { $kind ->
    [idea] خیال
    [issue] مسئلہ
    [interest] دلچسپی
   *[story] اچھی کہانی
}

mail-follow-confirm-subject = تصدیق کریں: { $plan } پر { $followed ->
        [pin] پن “{ $name }”
       *[commitment] وعدے “{ $name }”
    } کے بارے میں خبر پائیں
mail-follow-confirm-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، { $plan } کے نقشے پر { $followed ->
        [pin] پن “{ $name }”
       *[commitment] وعدے “{ $name }”
    } کے بارے میں ای میل سے جاننے کی درخواست کی ہے: ہر جواب یا خبر پر ایک ای میل۔

    تصدیق کے لیے یہ لنک کھولیں اور "تصدیق کریں" دبائیں:
    { $url }

    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: مزید کچھ نہیں بھیجا جائے گا۔

mail-hello = السلام علیکم،
mail-status = { $status ->
    [open] کھلا
    [referred] کسی اور ادارے کو بھیجا گیا
    [considering] زیرِ غور
    [planned] منصوبے میں شامل
    [done] مکمل
    [not_possible] ممکن نہیں
   *[duplicate] کسی اور پن کی نقل
}
mail-outcome-answer-subject = { $plan }: { $pins ->
        [0] آپ کے فالو کیے گئے وعدے کی نئی حالت
        [one] آپ کی فالو کی گئی پن کی نئی حالت
       *[other] آپ کی فالو کی گئی { $pins } پنوں کی نئی حالت
    }: { $status }
mail-outcome-answer = { $organisation } نے { $plan } پر { $pins ->
        [0] آپ کے فالو کیے گئے وعدے
        [one] آپ کی فالو کی گئی پن
       *[other] آپ کی فالو کی گئی { $pins } پنوں
    } کا جواب دیا۔ نئی حالت: { $status }۔
mail-outcome-commitment = وعدہ: { $title }
mail-outcome-expected = متوقع: { $month }
mail-outcome-response =
    “{ $response }”
    — { $organisation }
mail-outcome-reason = یہ کیوں ممکن نہیں: { $reason }
mail-outcome-progress-subject = { $plan }: “{ $commitment }” { $progress }% مکمل
mail-outcome-progress =
    { $organisation } نے { $plan } پر “{ $commitment }” کی خبر دی: { $date } تک { $progress }% مکمل۔

    “{ $note }”
mail-outcome-pins = { $count ->
    [one] پن:
   *[other] پنیں:
}
mail-outcome-more = … اور { $count } مزید۔
mail-outcome-see = انہیں نقشے پر دیکھیں: { $map }
mail-outcome-stop = آپ کو یہ ای میل اس لیے آئی کہ آپ { $followed ->
        [neighbourhood] { $name }
        [area] نقشے پر بنایا گیا علاقہ
        [pin] پن “{ $name }”
       *[commitment] وعدہ “{ $name }”
    } فالو کرتے ہیں۔ بند کرنے کے لیے کھولیں: { $url }

mail-signup-subject = اپنا Waymark اکاؤنٹ تصدیق کریں
mail-signup-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، اس ای میل پتے سے Waymark اکاؤنٹ بنانے کی درخواست کی ہے۔

    اکاؤنٹ بنانے کے لیے یہ لنک کھولیں، اپنا چنا ہوا پاس ورڈ لکھیں اور "تصدیق کریں" دبائیں (لنک { $hours } گھنٹے تک کام کرتا ہے):
    { $url }

    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: کوئی اکاؤنٹ نہیں بنے گا۔
mail-signup-taken-subject = آپ کا Waymark اکاؤنٹ
mail-signup-taken-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، اس ای میل پتے سے Waymark پر سائن اپ کرنے کی کوشش کی۔ آپ کا اکاؤنٹ پہلے سے موجود ہے، اس لیے نیا نہیں بنایا گیا۔

    اگر یہ آپ تھے تو یہاں سائن اِن کریں:
    { $sign_in }

    پاس ورڈ بھول گئے؟ یہاں نیا چنیں:
    { $reset }

    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: کچھ نہیں بدلا۔
mail-reset-subject = Waymark کا نیا پاس ورڈ چنیں
mail-reset-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، اس ای میل پتے کے Waymark اکاؤنٹ کا نیا پاس ورڈ چننے کی درخواست کی ہے۔

    نیا پاس ورڈ چننے کے لیے { $minutes } منٹ کے اندر یہ لنک کھولیں:
    { $url }

    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: آپ کا پاس ورڈ وہی رہے گا۔
mail-email-change-subject = Waymark کے لیے اپنا نیا ای میل پتہ تصدیق کریں
mail-email-change-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، اپنے Waymark اکاؤنٹ کے لیے یہ ای میل پتہ استعمال کرنے کی درخواست کی ہے۔

    تصدیق کے لیے یہ لنک کھولیں اور "تصدیق کریں" دبائیں (لنک { $hours } گھنٹے تک کام کرتا ہے):
    { $url }

    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: کچھ نہیں بدلے گا۔
mail-email-changed-subject = آپ کے Waymark اکاؤنٹ کا ای میل پتہ بدل دیا گیا
mail-email-changed-body =
    السلام علیکم،

    اس ای میل پتے کا Waymark اکاؤنٹ اب دوسرا پتہ استعمال کرتا ہے: { $address }۔
    اب سے اسی پتے سے سائن اِن کریں۔

    اگر آپ نے یہ نہیں کہا تھا تو ہو سکتا ہے کسی نے آپ کے نام سے سائن اِن کیا ہو: اپنا Waymark نقشہ چلانے والوں کو فوراً بتائیں۔ نیا پاس ورڈ چننے کا صفحہ یہ ہے:
    { $url }
mail-inactive-account-subject = آپ کا Waymark اکاؤنٹ حذف کر دیا جائے گا
mail-inactive-account-body =
    السلام علیکم،

    { $since } سے کسی نے اس ای میل پتے کے Waymark اکاؤنٹ میں سائن ان نہیں کیا۔ جو اکاؤنٹ کوئی استعمال نہیں کرتا وہ حذف کر دیے جاتے ہیں، تاکہ لوگوں کے بارے میں کچھ بھی ضرورت سے زیادہ دیر تک نہ رکھا جائے۔

    اپنا اکاؤنٹ رکھنے کے لیے { $deadline } سے پہلے سائن ان کریں:
    { $url }

    ورنہ اکاؤنٹ اسی وقت حذف کر دیا جائے گا۔ آپ نے نقشے پر جو لکھا وہ باقی رہے گا، مگر آپ سے منسلک نہیں رہے گا۔
mail-data-link-subject = Waymark پر آپ کا ڈیٹا
mail-data-link-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، یہ دیکھنے، ڈاؤن لوڈ کرنے یا مٹانے کی درخواست کی ہے کہ Waymark کے پاس اس ای میل پتے سے منسلک کیا ہے۔

    ایسا کرنے کے لیے، یہ لنک { $minutes } منٹ کے اندر کھولیں (یہ ایک بار کام کرتا ہے):
    { $url }

    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کر دیں: کسی کو کچھ نہیں دکھایا گیا۔

## مشترکہ عمل کے گروپ (issue 18)

mail-group-minutes-subject = { $group }: { $date } کی کارروائی
mail-group-minutes-body =
    السلام علیکم،

    { $group } کی { $date } کی میٹنگ کی کارروائی شائع ہو گئی ہے۔ یہ نیچے ہے، اور گروپ کے صفحے پر بھی:
    { $url }
mail-group-threads-subject = { $group }: { $count ->
        [one] ایک نئی گفتگو
       *[other] { $count } نئی گفتگوئیں
    }
mail-group-threads-body =
    السلام علیکم،

    آپ کی پچھلی ای میل کے بعد سے { $group } میں { $count ->
        [one] ایک نئی گفتگو شروع ہوئی ہے
       *[other] { $count } نئی گفتگوئیں شروع ہوئی ہیں
    }۔ اراکین کی جگہ میں پڑھیں اور جواب دیں:
    { $url }

    یہ ای میلز بند کرنے کے لیے گروپ کے صفحے پر "نئی گفتگوؤں کی روزانہ ای میل" بند کریں۔

## کمیونٹی توانائی کے منصوبے (issue 19)

mail-volunteer-confirm-subject = تصدیق کریں: آپ نے { $project } کی مدد کی پیشکش کی
mail-volunteer-confirm-body =
    السلام علیکم،

    کسی نے، غالباً آپ نے، کمیونٹی توانائی کے منصوبے { $project } کی
    "{ $role }" کے طور پر مدد کی پیشکش کی ہے۔

    تصدیق کے لیے یہ لنک کھولیں اور "تصدیق کریں" دبائیں:
    { $url }

    اس کے بعد منصوبے کی ٹیم آپ کا ای میل پتہ دیکھ سکے گی اور آپ کو لکھ سکتی ہے۔
    اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں: مزید کچھ نہیں بھیجا جائے گا۔

    کسی بھی وقت چھوڑنے کے لیے (تب آپ کا پتہ مٹا دیا جاتا ہے) یہ کھولیں:
    { $leave }
mail-help-request-subject = { $neighbourhood } کے ایک رہائشی کو توانائی کے ایک خیال میں مدد چاہیے
mail-help-request-body =
    السلام علیکم،

    آپ { $neighbourhood } کے لیے کمیونٹی توانائی کے چیمپئن ہیں۔ ایک رہائشی نے نقشے پر
    اس پن کے بارے میں مدد مانگی ہے: "{ $title }"

    ایک نظر ڈالیں، اور اگر آپ مدد کر سکیں تو نقشے پر جواب دیں:
    { $url }
mail-project-update-subject = { $project }: اس مہینے کی خبریں
mail-project-update-intro = { $count ->
        [0] اس مہینے { $project } کی کوئی نئی تازہ کاری نہیں۔
        [one] اس مہینے { $project } کی ایک تازہ کاری:
       *[other] اس مہینے { $project } کی { $count } تازہ کاریاں:
    }
mail-project-update-footer =
    منصوبہ دیکھیں: { $url }

    یہ ماہانہ ای میلز بند کرنے کے لیے یہ کھولیں:
    { $unsubscribe }
