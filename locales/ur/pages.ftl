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

    یہ Waymark رضاکاروں کے اندراج نہیں رکھتا، اس لیے ان کی کوئی فائل نہیں ہے۔
