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
