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
report-month-short = { $month ->
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
}
report-overview = شہر کا جائزہ
report-choropleth-label = منصوبے کے محلوں کا نقشہ، ہر ایک اس مہینے کی شراکتوں کے لحاظ سے رنگا ہوا
report-map-caption-per-1000 = اس مہینے کی شراکتیں فی 1,000 رہائشی، بلحاظ محلہ
report-map-caption-contributions = اس مہینے کی شراکتیں، بلحاظ محلہ۔ منصوبے میں ابھی محلوں کی آبادی کے اعداد و شمار نہیں ہیں، اس لیے نقشہ گنتی کے لحاظ سے رنگا گیا ہے، فی رہائشی شرح کے لحاظ سے نہیں۔
report-map-figure-per-1000 = { $value } فی 1,000 رہائشی
report-map-figure-contributions = { $count ->
    [one] { $count } شراکت
   *[other] { $count } شراکتیں
}
report-legend-none = کوئی نہیں
report-legend-range = { $from } سے زیادہ، { $to } تک
report-legend-counts = { $from } سے { $to }
report-neighbourhood-column = محلہ
report-per-1000-column = فی 1,000 رہائشی
report-class-column = رنگ (1 سب سے ہلکا، 5 سب سے گہرا)
report-as-table = اعداد و شمار جدول کی صورت میں
report-headline-themes = اس مہینے کے اہم موضوعات
report-rose-and-fell = کیا بڑھا اور کیا گھٹا
report-rose = پچھلے مہینے کے مقابلے میں بڑھے: { $themes }۔
report-fell = پچھلے مہینے کے مقابلے میں گھٹے: { $themes }۔
report-above-average = اپنی 12 ماہ کی اوسط سے اوپر: { $themes }۔
report-below-average = اپنی 12 ماہ کی اوسط سے نیچے: { $themes }۔
report-nothing-in-two-months = نہ اس مہینے کچھ، نہ پچھلے مہینے۔
report-movers-caption = اس مہینے کے موضوعات، پچھلے مہینے اور اس سے پہلے کے 12 مہینوں کی اوسط کے مقابلے میں
report-change-column = پچھلے مہینے سے تبدیلی
report-average-column = 12 ماہ کی اوسط
report-against-average-column = اوسط کے مقابلے میں
report-trend-caption = پچھلے 12 مہینوں میں سے ہر ایک کی شراکتیں، یہ مہینہ سب سے گہرا
report-pins-of-kind = { $kind }: { $count }
report-last-month-outcomes = پچھلے مہینے کی چیزیں، جیسی وہ اب ہیں

## The staff edition: who is heard (issue 20)

report-who-is-heard = کس کی آواز سنی جا رہی ہے (عملے کا ایڈیشن)
report-who-is-heard-intro = { $from } سے { $to } تک: ہر محلے میں حصہ لینے والے لوگ، وہاں رہنے والے لوگوں کے مقابلے میں (مردم شماری کے اعداد و شمار)۔ اختیاری "آپ کے بارے میں" سوالات کے جوابات دکھاتے ہیں کہ کس نے حصہ لیا۔ 10 سے کم لوگوں کا کوئی بھی گروپ، اور کوئی بھی گنتی جو باقیوں سے نکالی جا سکے، "10 سے کم" دکھائی جاتی ہے، اور کوئی ایسا تناسب نہیں دیا جاتا جس سے وہ ظاہر ہو۔ نمائندگی 1 ہوتی ہے جب جواب دہندگان رہائشیوں کی عکاسی کرتے ہیں اور 0 جب ان میں کچھ مشترک نہیں؛ کسی محلے کا عدد ان سوالات کی اوسط ہے جن کا جواب کم از کم 10 لوگوں نے دیا۔
report-participation-label = منصوبے کے محلوں کا نقشہ، ہر ایک 12 مہینوں میں فی 1,000 رہائشی حصہ لینے والے لوگوں کے لحاظ سے رنگا ہوا
report-participation-caption = 12 مہینوں میں فی 1,000 رہائشی حصہ لینے والے لوگ، بلحاظ محلہ
report-rate-figure = { $value } فی 1,000 رہائشی
report-rate-fewer-than-10 = 10 سے کم لوگوں نے حصہ لیا
report-fewer-than-10 = 10 سے کم
report-not-published = شائع نہیں کیا گیا
report-no-figure = کوئی عدد نہیں
report-no-census-figure = مردم شماری کا کوئی عدد نہیں
report-no-band = کوئی گروپ نمایاں نہیں
report-knock-next = اگلا دروازہ کہاں کھٹکھٹائیں
report-knock-next-intro = پہلے سب سے کم شرکت، پھر سب سے کم نمائندہ۔
report-knock-item = { $neighbourhood }: { $rate }؛ نمائندگی { $representativeness }؛ سب سے کم سنے گئے: { $band }۔
report-participants = حصہ لینے والے لوگ: { $participants } ({ $residents } رہائشی؛ { $rate })۔
report-representativeness = نمائندگی: { $representativeness }۔ سب سے کم سنے گئے: { $band }۔
report-participants-column = حصہ لینے والے لوگ
report-band-with-dimension = { $band } ({ $dimension })
report-shares-label = { $neighbourhood } میں { $dimension }: ہر گروپ کا جواب دہندگان میں حصہ، رہائشیوں میں اس کے حصے کے مقابلے میں
report-shares-caption = { $dimension }: { $answered } نے جواب دیا؛ نمائندگی { $representativeness }
report-legend-respondents = جواب دہندگان میں حصہ (ٹھوس پٹی)
report-legend-residents = رہائشیوں میں حصہ (ڈیش والی پٹی)
report-band-column = گروپ
report-respondents-column = جواب دہندگان
report-respondents-share-column = جواب دہندگان میں حصہ
report-residents-share-column = رہائشیوں میں حصہ
report-dimension-age = عمر
report-dimension-gender = صنف
report-dimension-ethnic-group = نسلی گروپ
report-dimension-disability = معذوری
report-dimension-tenure = رہائش کی نوعیت
report-band-age-under-16 = 16 سے کم
report-band-age-16-24 = 16 سے 24
report-band-age-25-34 = 25 سے 34
report-band-age-35-49 = 35 سے 49
report-band-age-50-64 = 50 سے 64
report-band-age-65-74 = 65 سے 74
report-band-age-75-plus = 75 اور اس سے زیادہ
report-band-gender-woman = خواتین
report-band-gender-man = مرد
report-band-gender-another = کسی اور طرح
report-band-ethnic-group-asian = ایشیائی، ایشیائی برطانوی یا ایشیائی ویلش
report-band-ethnic-group-black = سیاہ فام، سیاہ فام برطانوی، سیاہ فام ویلش، کیریبین یا افریقی
report-band-ethnic-group-mixed = مخلوط یا متعدد نسلی گروپ
report-band-ethnic-group-white = سفید فام
report-band-ethnic-group-other = کوئی اور نسلی گروپ
report-band-disability-limited-a-lot = معذور، روزمرہ سرگرمیاں بہت زیادہ محدود
report-band-disability-limited-a-little = معذور، روزمرہ سرگرمیاں تھوڑی سی محدود
report-band-disability-not-disabled = معذور نہیں
report-band-tenure-owned = مالکان
report-band-tenure-shared-ownership = مشترکہ ملکیت والے
report-band-tenure-social-rented = سوشل کرایہ دار
report-band-tenure-private-rented = نجی کرایہ دار
report-band-tenure-rent-free = بغیر کرائے کے رہنے والے
report-population-source = آبادی کے اعداد و شمار: { $source }۔
