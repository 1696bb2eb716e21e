## إطار الصفحات

energy-plans-list-title = خطط الطاقة في الأحياء: { $plan }
energy-plans-page-title = { $title } — خطة طاقة، { $plan }
energy-plans-list-heading = خطط الطاقة في الأحياء
energy-plans-skip-to-content = انتقل إلى المحتوى
energy-plans-back-to-map = العودة إلى الخريطة
energy-plans-back-to-list = كل خطط الطاقة
energy-plans-list-intro = تكتب مجموعة مجتمعية ما يطمح إليه حيّها — مضخات حرارية، وسيارات كهربائية تُشحن في المنزل، وألواح شمسية على الأسطح، وبطاريات ومشاريع مجتمعية — وترى، سنة بعد سنة، أثر ذلك على شبكة الكهرباء المحلية. ثم يجيب مشغّل الشبكة والمجلس المحلي.
energy-plans-none = لا توجد خطط طاقة بعد.
energy-plans-load-failed = تعذّر تحميل خطط الطاقة. تحقّق من اتصالك وحاول مرة أخرى.
energy-plans-not-found = لا توجد خطة طاقة كهذه، أو لم تُشارَك بعد.
energy-plans-loading = جارٍ التحميل…
energy-plans-by-group = { $group } · { $places }
energy-plans-version-status = النسخة { $number }: { $status }
energy-plans-status-draft = مسودة
energy-plans-status-shared = مُشارَكة، بانتظار الردود
energy-plans-status-answered = تمّ الرد عليها

## بدء خطة

energy-plans-start-heading = ابدأ خطة
energy-plans-sign-in-to-start = سجّل الدخول لتبدأ خطة لحيّك.
energy-plans-sign-in = تسجيل الدخول
energy-plans-title-label = اسم الخطة
energy-plans-title-hint = مثلًا «بيوت دافئة في فيشرميد»
energy-plans-group-label = مجموعتك المجتمعية
energy-plans-neighbourhoods-legend = الأحياء التي تشملها
energy-plans-neighbourhoods-missing = اختر حيًّا واحدًا على الأقل.
energy-plans-start-submit = ابدأ الخطة
energy-plans-starting = جارٍ البدء…

## أداة إعداد الخطة

energy-plans-version-label = النسخة
energy-plans-version-option = النسخة { $number } ({ $status })
energy-plans-show-version = اعرض
energy-plans-draft-note = هذه مسودة: لا يراها إلا مجموعتك. احفظها أثناء العمل، وشاركها حين تصبح جاهزة لمشغّل الشبكة والمجلس المحلي.
energy-plans-shared-note = هذه النسخة مُشارَكة: لم يعد من الممكن تغييرها. يجيب عنها مشغّل الشبكة والمجلس المحلي.
energy-plans-answered-note = تمّ الرد على هذه النسخة. يمكن لمجموعتك بدء النسخة التالية انطلاقًا من الردود.
energy-plans-scenario-heading = سيناريو مجموعتك
energy-plans-heat-pumps = منازل فيها مضخة حرارية (%)
energy-plans-ev-charging = منازل تشحن سيارة كهربائية (%)
energy-plans-rooftop-solar = منازل عليها ألواح شمسية (%)
energy-plans-target-year = بحلول سنة
energy-plans-dfes-label = مستقبل الشبكة الذي تُقارَن به
energy-plans-dfes-hint = توقّعات مشغّل الشبكة للسعة المتاحة في السنوات المقبلة (سيناريوهات DFES). «سعة اليوم» تفترض أن شيئًا لا يتغيّر.
energy-plans-dfes-none = سعة اليوم
energy-plans-batteries-heading = بطاريات مجتمعية
energy-plans-projects-heading = مشاريع
energy-plans-none-yet = لا شيء بعد.
energy-plans-item-name = الاسم
energy-plans-item-place = المكان
energy-plans-item-power = القدرة (kW)
energy-plans-item-import = يسحب من الشبكة (kW)
energy-plans-item-export = يرسل إلى الشبكة (kW)
energy-plans-item-year = ابتداءً من سنة
energy-plans-add-battery = أضف بطارية
energy-plans-add-project = أضف مشروعًا
energy-plans-remove-item = احذف «{ $name }»
energy-plans-remove-unnamed = احذف هذا
energy-plans-battery-fieldset = البطارية { $n }
energy-plans-project-fieldset = المشروع { $n }
energy-plans-place-proposal = اقتراح: { $title }
energy-plans-note-label = ما الذي تغيّره هذه النسخة (اختياري)
energy-plans-save = احفظ المسودة
energy-plans-saving = جارٍ الحفظ…
energy-plans-saved = حُفظت المسودة.
energy-plans-share = شارِك
energy-plans-share-confirm-heading = مشاركة هذه النسخة؟
energy-plans-share-confirm = بعد المشاركة تُجمَّد النسخة { $number }: لا يمكن لأحد تغييرها. يمكن عندئذ لمشغّل الشبكة والمجلس المحلي الرد عليها. تُحفظ التغييرات غير المحفوظة أولًا.
energy-plans-share-yes = شاركها
energy-plans-cancel = إلغاء
energy-plans-shared-done = تمت مشاركة النسخة { $number }.
energy-plans-next-version = ابدأ النسخة { $number }
energy-plans-next-started = بدأت النسخة { $number } مسودةً انطلاقًا من الردود على النسخة { $previous }.
energy-plans-conflict = هذه النسخة مُشارَكة بالفعل ولم يعد من الممكن تغييرها. أعد تحميل الصفحة لتراها.
energy-plans-updating = جارٍ حساب الأثر…
energy-plans-preview-failed = تعذّر حساب الأثر. تحقّق من السيناريو ومن اتصالك.
energy-plans-busy = الخادم مشغول: سيتحدّث الأثر بعد لحظات.
energy-plans-print = طباعة / PDF
energy-plans-projector = عرض جهاز الإسقاط
energy-plans-leave-projector = اخرج من عرض جهاز الإسقاط
energy-plans-download-geojson = نزّل الأرقام (GeoJSON)
energy-plans-download-csv = نزّل الأرقام (CSV)

## الأثر

energy-plans-impact-heading = أثره على الشبكة
energy-plans-impact-intro = كل محطة فرعية رئيسية تغذّي المنطقة، سنة بعد سنة حتى { $year }: ما يضيفه السيناريو إلى ذروة الطلب المسائية وإلى الإنتاج المُرسَل إلى الشبكة، مقارنةً بالسعة المتاحة في الشبكة.
energy-plans-impact-missing = لا يمكن حساب الأثر بعد: ما زال على مسؤول الخطة تحديد { $fields }.
energy-plans-without-homes = لا يوجد عدد منازل لـ { $names }: لا يحسب الأثر أي منزل هناك.
energy-plans-map-label = خريطة: مناطق التغذية للمحطات التي تخدم { $title }، كل منها ملوّنة ومعنونة بحسب ما إذا كان السيناريو يتّسع لها
energy-plans-map-legend = هل تتّسع الشبكة للسيناريو؟
energy-plans-rag-green = تتّسع
energy-plans-rag-amber = يحتاج إلى عمل
energy-plans-rag-red = لا تتّسع
energy-plans-rag-none = لا رد بعد
energy-plans-area-label = { $name }: { $rag }
energy-plans-summary-caption = كل محطة في { $year }، سنة الهدف
energy-plans-col-substation = المحطة الفرعية
energy-plans-col-homes = المنازل
energy-plans-col-fit = تتّسع؟
energy-plans-col-year = السنة
energy-plans-col-demand = الطلب المُضاف (MVA)
energy-plans-col-generation = الإنتاج المُضاف (MW)
energy-plans-col-demand-headroom = سعة الطلب (MVA)
energy-plans-col-generation-headroom = سعة الإنتاج (MW)
energy-plans-col-demand-left = سعة الطلب المتبقية (MVA)
energy-plans-col-generation-left = سعة الإنتاج المتبقية (MW)
energy-plans-col-demand-band = سعة الطلب
energy-plans-col-generation-band = سعة الإنتاج
energy-plans-band-none = لا شيء
energy-plans-band-under-one = أقل من 1 { $unit }
energy-plans-band-one-to-five = من 1 إلى 5 { $unit }
energy-plans-band-over-five = أكثر من 5 { $unit }
energy-plans-year-caption = { $name }، سنة بعد سنة
energy-plans-worst = أسوأ سنة: { $rag }
energy-plans-chart-label = مخطط { $name }: الطلب المُضاف والإنتاج المُضاف حسب السنة. الأرقام في الجدول تحته.
energy-plans-series-demand = الطلب المُضاف
energy-plans-series-generation = الإنتاج المُضاف
energy-plans-series-demand-headroom = سعة الطلب
energy-plans-series-generation-headroom = سعة الإنتاج
energy-plans-chart-unit = MVA / MW
energy-plans-assumptions-heading = الافتراضات المستخدمة، كل منها مع مصدره
energy-plans-assumption-heat-pump-peak-kw = مضخة حرارية في ذروة المساء: { $value } kW
energy-plans-assumption-ev-charger-peak-kw = سيارة كهربائية تُشحن في ذروة المساء: { $value } kW
energy-plans-assumption-rooftop-solar-kwp = ألواح شمسية على سطح: { $value } kW ذروة
energy-plans-assumption-power-factor = معامل القدرة: { $value }
energy-plans-assumption-missing = لم يُحدَّد بعد
energy-plans-source = المصدر: { $source }

## الأولويات والاقتراحات

energy-plans-priorities-heading = ما طلبه المجتمع
energy-plans-priorities-intro = الدبابيس والمحادثات في المنطقة التي تجيب عنها هذه الخطة، الأكثر تأييدًا أولًا.
energy-plans-no-priorities = لم تُختر أولويات بعد.
energy-plans-choose-priorities = اختر من الدبابيس والمحادثات في المنطقة
energy-plans-no-voices = لم يُثبَّت شيء في هذه المنطقة بعد.
energy-plans-voice-counts = { $supports ->
    [zero] لا تأييد
    [one] تأييد واحد
    [two] تأييدان
    [few] { $supports } تأييدات
    [many] { $supports } تأييدًا
   *[other] { $supports } تأييد
} · { $replies ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردّان
    [few] { $replies } ردود
    [many] { $replies } ردًّا
   *[other] { $replies } رد
}
energy-plans-conversation = سُمع في محادثة
energy-plans-proposals-heading = اقتراحات الطاقة المجتمعية في المنطقة
energy-plans-no-proposals = لا اقتراحات في المنطقة.
energy-plans-proposal-line = { $group } · يسحب { $import } kW، يرسل { $export } kW · { $status }

## الردود

energy-plans-answers-heading = الردود
energy-plans-network-answers-heading = مشغّل الشبكة، لكل محطة فرعية
energy-plans-laep-heading = المجلس المحلي، بشأن خطته المحلية للطاقة (LAEP)
energy-plans-no-answer = لا رد بعد.
energy-plans-verdict-fits = تتّسع
energy-plans-verdict-fits-flexible = تتّسع مع توصيل مرن
energy-plans-verdict-needs-reinforcement = تحتاج الشبكة إلى تعزيز
energy-plans-verdict-does-not-fit = لا تتّسع
energy-plans-cost-under-100k = أقل من 100,000 £
energy-plans-cost-100k-to-1m = من 100,000 £ إلى مليون £
energy-plans-cost-1m-to-5m = من مليون £ إلى 5 ملايين £
energy-plans-cost-over-5m = أكثر من 5 ملايين £
energy-plans-laep-aligned = متوافقة مع الخطة المحلية للطاقة
energy-plans-laep-partly = متوافقة جزئيًا مع الخطة المحلية للطاقة
energy-plans-laep-conflicts = متعارضة مع الخطة المحلية للطاقة
energy-plans-answer-cost = كلفة التعزيز: { $band }
energy-plans-answer-earliest = أقرب سنة: { $year }
energy-plans-answered-on = تم الرد في { $date }
energy-plans-verdict-label = الرد
energy-plans-choose = اختر…
energy-plans-cost-label = كلفة التعزيز
energy-plans-earliest-label = أقرب سنة يمكن فيها التنفيذ
energy-plans-answer-note-label = ملاحظة للمجموعة
energy-plans-answer-submit = أرسل الرد
energy-plans-answer-sending = جارٍ الإرسال…
energy-plans-answer-saved = حُفظ الرد على { $name }.
energy-plans-laep-saved = حُفظ رد المجلس المحلي.
energy-plans-answer-for = ردّك على { $name }
energy-plans-laep-form = رد المجلس المحلي

## مقارنة النسخ

energy-plans-compare = قارن بالنسخة { $number }
energy-plans-compare-heading = النسخة { $from } والنسخة { $to }
energy-plans-compare-close = أغلق المقارنة
energy-plans-changes-heading = ما الذي تغيّر
energy-plans-no-changes = لم يتغيّر السيناريو.
energy-plans-change-caption = التغييرات في السيناريو
energy-plans-col-what = ماذا
energy-plans-col-before = النسخة { $number }
energy-plans-removed = (حُذف)
energy-plans-added = (أُضيف)
energy-plans-compare-caption = كل محطة في سنة الهدف
energy-plans-field-target-year = سنة الهدف
energy-plans-field-heat-pumps-pct = المضخات الحرارية (%)
energy-plans-field-ev-charging-pct = شحن السيارات الكهربائية (%)
energy-plans-field-rooftop-solar-pct = الطاقة الشمسية على الأسطح (%)
energy-plans-field-battery = البطارية «{ $name }»
energy-plans-field-project = المشروع «{ $name }»
energy-plans-field-item = { $item }: { $field }
energy-plans-battery-row = { $place } · { $power } kW · ابتداءً من { $year }
energy-plans-project-row = { $place } · يسحب { $import } kW، يرسل { $export } kW · ابتداءً من { $year }

## الطباعة

energy-plans-print-heading = خطة طاقة: { $title }
energy-plans-print-meta = { $group } · النسخة { $number } ({ $status }) · طُبعت في { $date }
energy-plans-print-now = اطبع أو احفظ بصيغة PDF
energy-plans-print-back = العودة إلى الخطة
energy-plans-scenario-caption = السيناريو
energy-plans-col-value = القيمة
energy-plans-map-image = خريطة مناطق التغذية، كل منها معنونة بحسب ما إذا كانت تتّسع للسيناريو
