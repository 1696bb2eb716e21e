# ماہانہ مکالمہ رپورٹ (HTML اور پرنٹ)۔

report-month = { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
} { $year }
report-title = مکالمہ رپورٹ: { $plan }، { $month }
report-intro = اس مہینے رہائشیوں نے ہمیں کیا بتایا، محلے کے لحاظ سے۔ گنتی میں وہ گفتگو بھی شامل ہے جو رہائشیوں کی درخواست پر اندرونی رکھی گئی؛ ان کا حوالہ کبھی نہیں دیا جاتا۔
report-total = اس مہینے { $total } آراء (پچھلے مہینے کے مقابلے میں { $delta ->
    [0] کوئی تبدیلی نہیں
   *[other] { $direction ->
        [up] { $delta } زیادہ
       *[down] { $delta } کم
    }
})۔
report-map-label = { $neighbourhood } کا نقشہ، اس مہینے کی پنیں: { $count }
report-by-kind = قسم کے لحاظ سے
report-by-theme = موضوع کے لحاظ سے
report-kind-column = قسم
report-theme-column = موضوع
report-this-month = یہ مہینہ
report-last-month = پچھلا مہینہ
report-last-12-months = پچھلے 12 مہینے
report-month-column = مہینہ
report-contributions-column = آراء
report-most-supported = سب سے زیادہ حمایت یافتہ
report-supported-item = { $title } ({ $kind }، حامی: { $count })
report-in-their-words = ان کے اپنے الفاظ میں
report-a-resident = ایک رہائشی
report-proposals = کمیونٹی توانائی کی نئی تجاویز
report-outcomes = آپ کی باتوں کا کیا بنا
report-outcomes-caption = اب تک کے نتائج
report-outcome-column = نتیجہ
report-commitment = { $status }، { $progress }% مکمل، یہاں سے آوازیں: { $voices }
report-kind = { $name ->
    [idea] خیال
    [issue] مسئلہ
    [interest] دلچسپی
    [story] کہانی
   *[other] { $name }
}
report-theme = { $name ->
    [energy] توانائی
    [transport] آمد و رفت
    [housing] رہائش
    [green_space] سبز جگہیں
    [safety] حفاظت
    [community] کمیونٹی
    [health] صحت
    [other] دیگر
   *[unknown] { $name }
}
report-status = { $name ->
    [open] کھلا
    [referred] آگے بھیجا گیا
    [considering] زیرِ غور
    [planned] منصوبے میں
    [done] مکمل
    [not_possible] ممکن نہیں
    [duplicate] نقل
   *[other] { $name }
}
