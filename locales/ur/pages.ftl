# وہ صفحات جو سرور خود لکھتا ہے: ای میل سے کسی جگہ، پن یا وعدے کو فالو کرنا۔

pages-site-title = { $title } — Waymark
pages-confirm-title = فالو کرنے کی تصدیق کریں
pages-confirm-lead = بٹن دبائیں تاکہ آپ کو { $frequency ->
        [each] ہر بار ای میل آئے جب { $plan } پر { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] آپ کے بنائے گئے علاقے
        } کو کوئی جواب یا خبر ملے
        [daily] { $plan } پر { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] آپ کے بنائے گئے علاقے
        } کی نئی باتوں کی روزانہ ای میل ملے
       *[weekly] { $plan } پر { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] آپ کے بنائے گئے علاقے
        } کی نئی باتوں کی ہفتہ وار ای میل ملے
    }۔
pages-confirm-button = تصدیق کریں
pages-confirmed-title = آپ فالو کر رہے ہیں
pages-confirmed-lead = آپ کو { $frequency ->
        [each] ہر بار ای میل آئے گی جب { $plan } پر { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] آپ کے بنائے گئے علاقے
        } کو کوئی جواب یا خبر ملے
        [daily] { $plan } کے نقشے پر { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] آپ کے بنائے گئے علاقے
        } کی نئی باتوں کا روزانہ خلاصہ ملے گا
       *[weekly] { $plan } کے نقشے پر { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] آپ کے بنائے گئے علاقے
        } کی نئی باتوں کا ہفتہ وار خلاصہ ملے گا
    }۔
pages-open-map = نقشہ کھولیں
pages-unsubscribe-title = فالو کرنا بند کریں
pages-unsubscribe-question = { $plan } کے نقشے پر { $followed ->
        [neighbourhood] { $name }
        [item] “{ $name }”
       *[area] آپ کے بنائے گئے علاقے
    } کے بارے میں ای میلز بند کریں؟
pages-stop-emails = ای میلز بند کریں
pages-stop-digest = خلاصہ بند کریں
pages-broken-link-title = یہ لنک کام نہیں کرتا
pages-broken-link-body = لنک نامکمل ہے، ہماری کسی نئی ای میل میں اس کا متبادل ہے، یا یہ کسی واپس لی گئی درخواست کا ہے۔ نقشے سے دوبارہ درخواست کریں۔
pages-gone-title = آپ اب فالو نہیں کر رہے
pages-gone-body = اب کوئی خلاصہ نہیں بھیجا جائے گا، اور پتہ بھلا دیا گیا ہے۔
pages-data-readme =
    Waymark سے آپ کا ڈیٹا

    آپ سے منسلک ہر قسم کی چیز ایک جیسی قطاروں والی دو فائلوں میں ہے: ایک .json فائل اور ایک .csv فائل جو اسپریڈشیٹ میں کھلتی ہے۔

    account: آپ کا اکاؤنٹ، اگر آپ کا ہے۔
    contributions: آپ کے شامل کیے گئے پن (lon اور lat وہی درست مقام ہے جو آپ نے دیا)۔
    replies: پنوں پر آپ کے جوابات۔
    supports: وہ پن جن کی آپ نے حمایت کی۔
    flags: وہ پن جن کی آپ نے ماڈریٹرز کو اطلاع دی، اور وجہ۔
    follows: وہ جگہیں، پن اور وعدے جنہیں آپ ای میل کے ذریعے فالو کرتے ہیں۔
    proposals اور energy_plans: کمیونٹی توانائی منصوبے اور توانائی پلان جو آپ نے کسی گروپ کے لیے لکھے۔
    mail: وہ ای میلز جو Waymark نے آپ کے پتے پر بھیجیں یا بھیجنے والا ہے۔
    about_you: اختیاری "آپ کے بارے میں" سوالات کے آپ کے جوابات (عمر، صنف، نسلی گروپ، معذوری، رہائش، پوسٹ کوڈ کا پہلا حصہ)؛ انہیں صرف گنا جاتا ہے، آپ کی کہی بات کے ساتھ کبھی نہیں دکھایا جاتا۔

    group_memberships: مشترکہ عمل کے وہ گروپ جن کے آپ رکن ہیں یا جن میں شامل ہونے کی درخواست کی (حالت "requested")۔
    group_posts اور group_flags: گروپوں کی گفتگو میں آپ نے جو لکھا، اور وہ پیغامات جن کی آپ نے شکایت کی۔
    meetings_attended: گروپ کی وہ میٹنگز جن میں آپ کی حاضری درج ہوئی۔
    action_points: آپ کے گروپوں کے وہ کام جن کا ذمہ دار آپ کا نام ہے۔
    volunteering: کمیونٹی توانائی کے منصوبوں کی مدد کی آپ کی پیشکشیں، آپ کے ای میل پتے کے مطابق (غیر تصدیق شدہ 7 دن بعد ختم ہو جاتی ہیں)۔
    champion: کمیونٹی توانائی کے چیمپئن کے طور پر آپ کا اندراج، وہ محلے جن کی آپ ذمہ داری لیتے ہیں، اور آپ کی تربیت۔
    modules_completed: سیکھنے کی لائبریری کے وہ ماڈیول جو آپ نے مکمل کیے۔
    project_follows: وہ منصوبے جن کی ماہانہ خبریں آپ کو ملتی ہیں۔
    help_requests: توانائی کے وہ پن جن پر آپ نے چیمپئن سے مدد مانگی (90 دن رکھے جاتے ہیں)۔

## کمیونٹی توانائی کے منصوبے کے لیے رضاکاری (issue 19)

pages-volunteer-confirm-title = مدد کی اپنی پیشکش کی تصدیق کریں
pages-volunteer-confirm-lead = "تصدیق کریں" دبائیں تو منصوبے کی ٹیم آپ کا ای میل پتہ دیکھ سکے گی، تاکہ وہ آپ سے رابطہ کر سکے۔
pages-volunteer-confirm-button = تصدیق کریں
pages-volunteer-confirmed-title = مدد کی پیشکش کا شکریہ
pages-volunteer-confirmed-lead = اب آپ { $project } کے لیے "{ $role }" کے طور پر رضاکار ہیں۔ ٹیم آپ سے رابطہ کرے گی۔
pages-volunteer-open-project = منصوبے کا صفحہ کھولیں
pages-volunteer-leave-title = رضاکاری چھوڑیں
pages-volunteer-leave-lead = بٹن دبائیں تو آپ کی پیشکش اور آپ کا ای میل پتہ مٹا دیے جائیں گے۔ ٹیم آپ کو مزید نہیں دیکھے گی۔
pages-volunteer-leave-button = رضاکاری چھوڑیں
pages-volunteer-left-title = آپ نے چھوڑ دیا ہے
pages-volunteer-left-lead = آپ کی پیشکش اور آپ کا ای میل پتہ مٹا دیے گئے ہیں۔
pages-project-unfollow-title = ماہانہ خبریں بند کریں
pages-project-unfollow-lead = بٹن دبائیں تو اس منصوبے کی ماہانہ ای میل بند ہو جائے گی۔
pages-project-unfollow-button = ماہانہ ای میل بند کریں
pages-project-unfollowed-title = مزید ماہانہ خبریں نہیں
pages-project-unfollowed-lead = اس منصوبے کی ماہانہ ای میل اب نہیں آئے گی۔
