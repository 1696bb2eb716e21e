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
