# تقرير الحوار الشهري (HTML والطباعة).

report-month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }
report-title = تقرير الحوار: { $plan }، { $month }
report-intro = ما قاله لنا السكان هذا الشهر، حسب الحي. تشمل الأعداد محادثات أُبقيت داخلية بطلب من السكان؛ ولا يُقتبس منها أبدًا.
report-total = المساهمات هذا الشهر: { $total } ({ $delta ->
    [0] دون تغيير
   *[other] { $direction ->
        [up] بزيادة { $delta }
       *[down] بنقص { $delta }
    }
} عن الشهر الماضي).
report-map-label = خريطة { $neighbourhood } ودبابيس هذا الشهر: { $count }
report-by-kind = حسب النوع
report-by-theme = حسب الموضوع
report-kind-column = النوع
report-theme-column = الموضوع
report-this-month = هذا الشهر
report-last-month = الشهر الماضي
report-last-12-months = آخر 12 شهرًا
report-month-column = الشهر
report-contributions-column = المساهمات
report-most-supported = الأكثر تأييدًا
report-supported-item = { $title } ({ $kind }، المؤيدون: { $count })
report-in-their-words = بكلماتهم
report-a-resident = أحد السكان
report-proposals = مقترحات جديدة للطاقة المجتمعية
report-outcomes = ماذا حدث لما قلتموه لنا
report-outcomes-caption = النتائج حتى الآن
report-outcome-column = النتيجة
report-commitment = { $status }، أُنجز { $progress }%، الأصوات من هنا: { $voices }
report-kind = { $name ->
    [idea] فكرة
    [issue] مشكلة
    [interest] اهتمام
    [story] قصة
   *[other] { $name }
}
report-theme = { $name ->
    [energy] الطاقة
    [transport] النقل
    [housing] السكن
    [green_space] المساحات الخضراء
    [safety] السلامة
    [community] المجتمع
    [health] الصحة
    [other] أخرى
   *[unknown] { $name }
}
report-status = { $name ->
    [open] مفتوح
    [referred] محال
    [considering] قيد الدراسة
    [planned] مخطط له
    [done] منجز
    [not_possible] غير ممكن
    [duplicate] مكرر
   *[other] { $name }
}
report-month-short = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
report-overview = نظرة عامة على المدينة
report-choropleth-label = خريطة أحياء الخطة، كلٌّ منها ملوّن بحسب مساهماته هذا الشهر
report-map-caption-per-1000 = مساهمات هذا الشهر لكل 1000 ساكن، بحسب الحي
report-map-caption-contributions = مساهمات هذا الشهر، بحسب الحي. لا تملك الخطة بعد أرقامًا للسكان في كل حي، لذلك تلوّن الخريطة الأعداد لا المعدّلات لكل ساكن.
report-map-figure-per-1000 = { $value } لكل 1000 ساكن
report-map-figure-contributions = { $count ->
    [zero] { $count } مساهمة
    [one] مساهمة واحدة
    [two] مساهمتان
    [few] { $count } مساهمات
    [many] { $count } مساهمة
   *[other] { $count } مساهمة
}
report-legend-none = لا شيء
report-legend-range = أكثر من { $from }، حتى { $to }
report-legend-counts = من { $from } إلى { $to }
report-neighbourhood-column = الحي
report-per-1000-column = لكل 1000 ساكن
report-class-column = الدرجة (1 الأفتح، 5 الأغمق)
report-as-table = الأرقام في جدول
report-headline-themes = أبرز مواضيع هذا الشهر
report-rose-and-fell = ما ارتفع وما انخفض
report-rose = ارتفع مقارنةً بالشهر الماضي: { $themes }.
report-fell = انخفض مقارنةً بالشهر الماضي: { $themes }.
report-above-average = فوق متوسطها لـ 12 شهرًا: { $themes }.
report-below-average = دون متوسطها لـ 12 شهرًا: { $themes }.
report-nothing-in-two-months = لا شيء هذا الشهر ولا الشهر الماضي.
report-movers-caption = مواضيع هذا الشهر، مقارنةً بالشهر الماضي وبمتوسط الأشهر الـ 12 التي سبقته
report-change-column = التغيّر عن الشهر الماضي
report-average-column = متوسط 12 شهرًا
report-against-average-column = مقارنةً بالمتوسط
report-trend-caption = المساهمات في كل شهر من الأشهر الـ 12 الأخيرة، وهذا الشهر هو الأغمق
report-pins-of-kind = { $kind }: { $count }
report-last-month-outcomes = عناصر الشهر الماضي، كما هي الآن

## The staff edition: who is heard (issue 20)

report-who-is-heard = من يُسمع صوته (نسخة الفريق)
report-who-is-heard-intro = من { $from } إلى { $to }: الأشخاص الذين شاركوا في كل حي، مقارنةً بالأشخاص الذين يسكنونه (أرقام التعداد السكاني). تُظهر الإجابات عن أسئلة «عنك» الاختيارية من شارك. أي مجموعة من أقل من 10 أشخاص، وأي عدد يمكن استنتاجه من الأعداد الأخرى، يظهر «أقل من 10»، ولا تُعطى أي نسبة قد تكشفه. يكون التمثيل 1 حين يعكس المجيبون السكان، و0 حين لا يجمعهم شيء؛ ورقم الحي هو متوسط الأسئلة التي أجاب عنها 10 أشخاص على الأقل.
report-participation-label = خريطة أحياء الخطة، كلٌّ منها ملوّن بحسب عدد المشاركين لكل 1000 ساكن خلال 12 شهرًا
report-participation-caption = المشاركون لكل 1000 ساكن خلال 12 شهرًا، بحسب الحي
report-rate-figure = { $value } لكل 1000 ساكن
report-rate-fewer-than-10 = شارك أقل من 10 أشخاص
report-fewer-than-10 = أقل من 10
report-not-published = غير منشور
report-no-figure = لا رقم
report-no-census-figure = لا رقم من التعداد
report-no-band = لا تبرز أي مجموعة
report-knock-next = أين نطرق الأبواب بعد ذلك
report-knock-next-intro = الأقل مشاركة أولًا، ثم الأقل تمثيلًا.
report-knock-item = { $neighbourhood }: { $rate }؛ التمثيل { $representativeness }؛ الأقل سماعًا: { $band }.
report-participants = المشاركون: { $participants } ({ $residents } ساكن؛ { $rate }).
report-representativeness = التمثيل: { $representativeness }. الأقل سماعًا: { $band }.
report-participants-column = المشاركون
report-band-with-dimension = { $band } ({ $dimension })
report-shares-label = { $dimension } في { $neighbourhood }: نسبة كل مجموعة بين المجيبين مقارنةً بنسبتها بين السكان
report-shares-caption = { $dimension }: أجاب { $answered }؛ التمثيل { $representativeness }
report-legend-respondents = النسبة بين المجيبين (شريط مصمت)
report-legend-residents = النسبة بين السكان (شريط متقطّع)
report-band-column = المجموعة
report-respondents-column = المجيبون
report-respondents-share-column = النسبة بين المجيبين
report-residents-share-column = النسبة بين السكان
report-dimension-age = العمر
report-dimension-gender = الجنس
report-dimension-ethnic-group = المجموعة العرقية
report-dimension-disability = الإعاقة
report-dimension-tenure = نوع حيازة السكن
report-band-age-under-16 = أقل من 16
report-band-age-16-24 = من 16 إلى 24
report-band-age-25-34 = من 25 إلى 34
report-band-age-35-49 = من 35 إلى 49
report-band-age-50-64 = من 50 إلى 64
report-band-age-65-74 = من 65 إلى 74
report-band-age-75-plus = 75 فأكثر
report-band-gender-woman = نساء
report-band-gender-man = رجال
report-band-gender-another = بطريقة أخرى
report-band-ethnic-group-asian = آسيوي، أو بريطاني آسيوي، أو ويلزي آسيوي
report-band-ethnic-group-black = أسود، أو بريطاني أسود، أو ويلزي أسود، أو كاريبي، أو أفريقي
report-band-ethnic-group-mixed = مجموعات عرقية مختلطة أو متعددة
report-band-ethnic-group-white = أبيض
report-band-ethnic-group-other = مجموعة عرقية أخرى
report-band-disability-limited-a-lot = ذوو إعاقة، أنشطتهم اليومية محدودة كثيرًا
report-band-disability-limited-a-little = ذوو إعاقة، أنشطتهم اليومية محدودة قليلًا
report-band-disability-not-disabled = بلا إعاقة
report-band-tenure-owned = مالكون
report-band-tenure-shared-ownership = ملكية مشتركة (shared ownership)
report-band-tenure-social-rented = مستأجرو سكن اجتماعي
report-band-tenure-private-rented = مستأجرو سكن خاص
report-band-tenure-rent-free = يسكنون دون إيجار
report-population-source = أرقام السكان: { $source }.
