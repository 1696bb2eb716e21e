# The plan page: header, map, list, a contribution, the add form, following by e-mail,
# community energy and the account links. Draft translation, awaiting review by a native speaker.

-map-brand = Waymark

## The plan page

map-page-title = { $plan } — { -map-brand }
map-contribution-title = { $title } — { $plan } — { -map-brand }
map-skip-to-list = انتقل إلى القائمة
map-loading = جارٍ التحميل…
map-no-script = يحتاج Waymark إلى JavaScript لعرض الخريطة والقائمة.
map-plan-not-found = لم نتمكن من العثور على هذه الخطة. تحقق من الرابط، أو افتح الخريطة الرئيسية.
map-open-main-map = افتح الخريطة الرئيسية
map-load-failed = حدث خطأ أثناء التحميل. تحقق من اتصالك وحاول مرة أخرى.
map-try-again = حاول مرة أخرى
map-map-failed = تعذّر عرض الخريطة على هذا الجهاز. لا يزال بإمكانك التصفح والتأييد والرد وإضافة فكرتك من خلال القائمة.
map-hidden-now = أخفى أحد المشرفين هذه المساهمة للتو. لقد عدت إلى القائمة.
map-add-button = أضف فكرتك
map-menu-button = القائمة
map-views-label = اعرض
map-view-map = الخريطة
map-view-list = القائمة
map-map-label = خريطة { $plan }. تحرّك بمفاتيح الأسهم، وكبّر وصغّر بزرّي الزائد والناقص. تعرض القائمة ما هو ظاهر.
map-map-region = الخريطة
map-legend-title = دليل الرموز
map-legend-bubble = عدة دبابيس: كبّر الخريطة أو اخترها لرؤيتها
map-map-locale-map-title = الخريطة
map-map-locale-navigation-control-zoom-in = تكبير
map-map-locale-navigation-control-zoom-out = تصغير
map-map-locale-navigation-control-reset-bearing = وجّه الخريطة نحو الشمال
map-map-locale-attribution-control-toggle-attribution = اعرض مصادر الخريطة أو أخفها
map-map-locale-scale-control-meters = م
map-map-locale-scale-control-kilometers = كم
map-map-locale-marker-title = دبوس
map-map-locale-geolocate-control-find-my-location = أظهر موقعي
map-map-locale-geolocate-control-location-not-available = موقعك غير متاح
map-kind-idea = فكرة
map-kind-issue = مشكلة
map-kind-interest = اهتمام
map-kind-story = قصة إيجابية
map-kind-plural-idea = أفكار
map-kind-plural-issue = مشكلات
map-kind-plural-interest = اهتمامات
map-kind-plural-story = قصص إيجابية
map-kind-hint-idea = شيء قد يجعل منطقتك أفضل
map-kind-hint-issue = مشكلة تحتاج إلى إصلاح
map-kind-hint-interest = شيء يهمك أو تودّ المشاركة فيه
map-kind-hint-story = شيء جيد يحدث بالفعل
map-theme-energy = الطاقة
map-theme-transport = التنقل
map-theme-housing = السكن
map-theme-green-space = الحدائق والمساحات الخضراء
map-theme-safety = السلامة
map-theme-community = المجتمع
map-theme-health = الصحة والرفاه
map-theme-other = شيء آخر
map-browse-heading = ما قاله الناس
map-browse-intro = كل ما ثُبّت في جزء الخريطة الذي تراه. حرّك الخريطة لرؤية أماكن أخرى.
map-filters-toggle = عوامل التصفية
map-filters-active = { $count ->
    [one] عامل تصفية واحد مفعّل
    [two] عاملا تصفية مفعّلان
    [few] { $count } عوامل تصفية مفعّلة
   *[other] { $count } عامل تصفية مفعّل
}
map-search-label = بحث
map-search-hint = كلمات من العنوان أو النص، مثل «شمسي» أو «حافلة»
map-search-button = ابحث
map-kind-legend = النوع
map-theme-legend = الموضوع
map-neighbourhood-label = الحي
map-any-neighbourhood = كل الأحياء
map-clear-filters = امسح كل عوامل التصفية
map-browse-intro-no-map = كل ما ثُبّت في منطقة الخطة، الأحدث أولًا.
map-results-none = لا شيء هنا بعد.
map-results-newest-view = يُعرض أحدث { $count } في هذا الجزء من الخريطة.
map-results-newest-area = يُعرض أحدث { $count } في منطقة الخطة.
map-results-count-view = { $count ->
    [one] مساهمة واحدة في هذا الجزء من الخريطة.
    [two] مساهمتان في هذا الجزء من الخريطة.
    [few] { $count } مساهمات في هذا الجزء من الخريطة.
   *[other] { $count } مساهمة في هذا الجزء من الخريطة.
}
map-results-count-area = { $count ->
    [one] مساهمة واحدة في منطقة الخطة.
    [two] مساهمتان في منطقة الخطة.
    [few] { $count } مساهمات في منطقة الخطة.
   *[other] { $count } مساهمة في منطقة الخطة.
}
map-results-filtered = عوامل التصفية مفعّلة.
map-no-results = لا شيء يطابق هنا. حرّك الخريطة أو صغّرها، أو غيّر عوامل التصفية.
map-no-results-empty = لم يُثبَّت شيء في هذا الجزء من الخريطة بعد. كن الأول: أضف فكرتك.
map-show-more = اعرض المزيد
map-list-loading = جارٍ تحميل القائمة…
map-list-failed = تعذّر تحميل القائمة.
map-search-found-none = لا توجد مساهمات تطابق بحثك.
map-search-found = { $count ->
    [one] مساهمة واحدة تطابق. تُظهر الخريطة مكانها.
    [two] مساهمتان تطابقان. تُظهر الخريطة مكانهما.
    [few] { $count } مساهمات تطابق. تُظهر الخريطة أماكنها.
   *[other] { $count } مساهمة تطابق. تُظهر الخريطة أماكنها.
}
map-search-found-more = أكثر من { $count } مساهمة تطابق. تُظهر الخريطة أماكنها.
map-map-matches-capped = تُظهر الخريطة أحدث { $count } نتيجة.
map-supports-count = { $count ->
    [zero] لا تأييد
    [one] تأييد واحد
    [two] تأييدان
    [few] { $count } تأييدات
   *[other] { $count } تأييدًا
}
map-replies-count = { $count ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
   *[other] { $count } ردًا
}
map-in-neighbourhood = في { $name }
# A contribution written in another language than the page's; $language is its name in the page's language.
map-written-in = مكتوبة باللغة { $language }
map-back-to-list = عودة إلى القائمة
map-show-on-map = اعرض على الخريطة
map-by = بقلم { $name }
map-anonymous = أحد السكان
map-posted = أُضيفت { $date }
map-precision-note-exact = مثبّتة في المكان بالضبط.
map-precision-note-street = مثبّتة في أقرب شارع (نحو 100 متر).
map-precision-note-neighbourhood = مثبّتة في وسط الحي.
map-pending-note = بانتظار أن يراجعها مشرف. لا يراها الآن أحد غيرك.
map-support = أؤيد
map-supported = مؤيَّدة
map-support-hint = أيّد هذا إن كنت موافقًا. اختر مرة أخرى لسحب تأييدك.
map-help-ask = أودّ المساعدة في هذا
map-help-hint = أبطال الطاقة المجتمعية متطوعون محليون يساعدون جيرانهم في أفكار الطاقة. يرسل الطلب إليهم رسالة عن هذا الدبوس.
map-help-asking = نسأل الأبطال…
map-help-told = { $count ->
    [one] أُبلغ بطل الطاقة في { $neighbourhood }. قد يردّ هنا.
   *[other] أُبلغ أبطال الطاقة في { $neighbourhood } (عددهم { $count }). قد يردّ أحدهم هنا.
}
map-help-none = لا يوجد أبطال طاقة في { $neighbourhood } بعد، فلم يُبلَّغ أحد. لا يزال بإمكانك كتابة رد على هذا الدبوس.
map-help-asked-before = طلبتَ ذلك من قبل: أُبلغ الأبطال حينها.
map-help-failed = تعذّر إرسال الطلب. حاول مرة أخرى.
map-support-count = { $count ->
    [zero] لا أحد يؤيد هذا
    [one] شخص واحد يؤيد هذا
    [two] شخصان يؤيدان هذا
    [few] { $count } أشخاص يؤيدون هذا
   *[other] { $count } شخصًا يؤيدون هذا
}
map-support-added = شكرًا لك. احتُسب تأييدك.
map-support-removed = سُحب تأييدك.
map-support-failed = تعذّر حفظ تأييدك. يُرجى المحاولة مرة أخرى.
map-feature-quote = اقتبس في التقرير الشهري
map-feature-hint = للمُحشِّدين: يقتبس تقرير الحوار الشهري العناصر المختارة هنا. لا يمكن اختيار إلا عنصر منشور وافق ساكنه على الاقتباس منه.
map-feature-added = سيُقتبس هذا في التقرير الشهري.
map-feature-removed = لن يُقتبس هذا في التقرير الشهري بعد الآن.
map-feature-refused = لا يمكن اقتباس هذا: إنه غير منشور، أو لم يوافق ساكنه على الاقتباس منه.
map-feature-failed = تعذّر حفظ اختيارك. يُرجى المحاولة مرة أخرى.
map-replies-heading-count = الردود ({ $count })
map-no-replies = لا ردود بعد.
map-reply-heading = رد
map-reply-label = ردّك
map-reply-name-label = اسمك (اختياري)
map-reply-name-hint = يظهر بجانب ردّك. اتركه فارغًا للرد دون اسم.
map-reply-submit = أرسل الرد
map-reply-sending = جارٍ الإرسال…
map-reply-sent = أُضيف ردّك.
map-reply-failed = تعذّر إرسال ردّك. يُرجى المحاولة مرة أخرى.
map-not-found = تعذّر العثور على هذه المساهمة. ربما أُزيلت.
map-add-heading = أضف فكرتك
map-add-intro = أخبر جيرانك ومن يخططون لمنطقتك برأيك. يستغرق ذلك دقيقتين تقريبًا. لا تحتاج إلى حساب.
map-cancel = إلغاء
map-step-where = الخطوة 1 من 2: أين هي؟
map-step-what = الخطوة 2 من 2: أخبرنا عنها
map-place-by-map = انقر أو المس الخريطة حيث تقع. يمكنك سحب الدبوس لتحريكه.
map-place-by-keyboard = بلوحة المفاتيح: حرّك الخريطة بمفاتيح الأسهم حتى يصبح الصليب على المكان، ثم اضغط Enter.
map-place-on-map-button = استخدم لوحة المفاتيح على الخريطة
map-place-without-map = أو اختر مكانًا دون الخريطة
map-place-neighbourhood-label = الحي
map-place-choose = اختر حيًّا
map-place-search-label = أو اكتب اسم مكان
map-place-search-hint = اسم حي، مثل Fishermead
map-place-search-button = ابحث
map-place-no-match = لا يوجد حي باسم «{ $text }». جرّب اسمًا آخر أو اختر واحدًا من القائمة.
map-place-found = وُضع الدبوس في وسط { $name }.
map-place-empty = اكتب اسم مكان أولًا.
map-place-set = وُضع الدبوس. يمكنك سحبه، أو استخدام مفاتيح الأسهم عليه، لتحريكه.
map-place-moved = حُرّك الدبوس.
# The place of the pin being added, near the neighbourhood whose middle is closest.
map-place-chosen-near = دبوسك: قرب { $name }
map-place-chosen-unknown = دبوسك: على الخريطة
map-place-needed = ضع دبوسًا على الخريطة أو اختر مكانًا أولًا.
map-change-place = غيّر المكان
map-continue = متابعة
map-pin-label = دبوسك. استخدم مفاتيح الأسهم لتحريكه.
map-crosshair-label = يُظهر الصليب أين سيوضع الدبوس
map-keyboard-placing = حرّك الخريطة بمفاتيح الأسهم. اضغط Enter لوضع الدبوس عند الصليب، أو Escape للتوقف.
map-kind-question = ما هي؟
map-themes-question = عمّ تتحدث؟
map-themes-hint = اختر واحدًا أو اثنين أو ثلاثة.
map-title-label = العنوان
map-title-hint = ملخص قصير، مثل «ألواح شمسية على المركز المجتمعي».
map-body-label = أخبرنا المزيد (اختياري)
map-body-hint = ما هي، ولماذا تهم، ومن ستساعد؟
map-precision-question = بأي دقة نعرض المكان؟
map-precision-hint = نُبقي المكان الدقيق خاصًا ما لم تختر إظهاره.
map-precision-option-exact = حيث وضعت الدبوس بالضبط
map-precision-option-street = أقرب شارع (على بعد نحو 100 متر)
map-precision-option-neighbourhood = الحي فقط
map-precision-option-hint-exact = مناسب لمكان يعرفه الجميع، مثل موقف حافلات أو حديقة. لا تستخدمه لمنزلك.
map-precision-option-hint-street = يرى الآخرون مكانها تقريبًا، لكن ليس البقعة الدقيقة. موصى به.
map-precision-option-hint-neighbourhood = يرى الآخرون الحي الذي تقع فيه فقط.
map-name-label = اسمك (اختياري)
map-name-hint = يظهر مع مساهمتك. اتركه فارغًا للنشر دون اسم.
map-submit = أضف إلى الخريطة
map-submitting = جارٍ الإضافة…
map-error-summary = هناك مشكلة
map-error-prefix = خطأ:
map-error-generic = تعذّرت إضافة مساهمتك. يُرجى المحاولة مرة أخرى.
map-error-offline = يبدو أنك غير متصل. لا يزال نصك هنا: حاول مرة أخرى عند الاتصال.
map-error-rate-limited = أرسلت الكثير في وقت قصير. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
map-error-outside = هذا المكان خارج منطقة الخطة. اختر مكانًا داخل الحدود.
map-added = شكرًا لك. مساهمتك على الخريطة.
map-added-pending = شكرًا لك. سيراجع مشرف مساهمتك قبل ظهورها على الخريطة.
map-characters-left = { $count ->
    [zero] لم يبقَ أي حرف
    [one] بقي حرف واحد
    [two] بقي حرفان
    [few] بقيت { $count } أحرف
   *[other] بقي { $count } حرفًا
}
map-characters-too-many = { $count ->
    [one] حرف واحد زائد
    [two] حرفان زائدان
    [few] { $count } أحرف زائدة
   *[other] { $count } حرفًا زائدًا
}
map-field-geometry = المكان
map-field-geometry-type = المكان
map-field-geometry-coordinates = المكان
map-field-properties-kind = النوع
map-field-properties-themes = المواضيع
map-field-properties-title = العنوان
map-field-properties-body = النص
map-field-properties-display-name = الاسم
map-field-properties-precision = طريقة عرض المكان
map-field-body = الرد
map-field-display-name = الاسم
# A problem in the error summary: the field's short name, then what is wrong with it.
map-field-problem = { $field }: { $message }
map-today = اليوم
map-yesterday = أمس
map-days-ago = { $count ->
    [one] قبل يوم
    [two] قبل يومين
    [few] قبل { $count } أيام
   *[other] قبل { $count } يومًا
}

## energy

map-energy-header-button = طاقة المجتمع
map-groups = المجموعات
map-energy-heading = طاقة المجتمع
map-energy-intro = يمكن للمجموعات اقتراح مشروع طاقة ومعرفة فورًا ما إذا كان من المرجح أن تتسع له شبكة الكهرباء المحلية. ثم يجيب مشغّل الشبكة.
map-energy-propose-button = اقترح مشروعًا
map-energy-plans-link = خطط الطاقة في الأحياء: ما تطمح إليه مجموعة، وما أثره على الشبكة
map-energy-proposals-heading = المقترحات
map-energy-no-proposals = لا مقترحات بعد.
map-energy-queue-heading = مقترحات بانتظار الرد
map-energy-queue-empty = لا شيء بانتظار الرد.
map-energy-back-to-list = عودة إلى القائمة
map-energy-back-to-energy = عودة إلى طاقة المجتمع
map-energy-load-failed = تعذّر تحميل المقترحات.
map-energy-sign-in-heading = سجّل الدخول لاقتراح مشروع
map-energy-sign-in-intro = يقدّم المقترحاتِ عضوٌ مسمّى في المجموعة، كي يتمكن مشغّل الشبكة من الرد.
map-energy-sign-in-heading-plain = تسجيل الدخول
map-energy-email = البريد الإلكتروني
map-energy-password = كلمة المرور
map-energy-sign-in = سجّل الدخول
map-energy-sign-out = سجّل الخروج
map-energy-signed-in-as = مسجّل الدخول باسم { $email } ({ $role }).
map-energy-signed-in = أنت مسجّل الدخول.
map-energy-signed-out = سجّلت الخروج.
map-energy-email-missing = أدخل بريدك الإلكتروني.
map-energy-password-missing = أدخل كلمة المرور.
map-energy-wrong-password = البريد الإلكتروني أو كلمة المرور غير صحيحين. تحقق منهما وحاول مرة أخرى.
map-energy-too-many = محاولات كثيرة جدًا. انتظر دقيقة وحاول مرة أخرى.
map-energy-sign-in-failed = لم ينجح تسجيل الدخول. تحقق من اتصالك وحاول مرة أخرى.
map-energy-roles-resident = مقيم
map-energy-roles-mobiliser = منظِّم مجتمعي
map-energy-roles-facilitator = ميسّر
map-energy-roles-moderator = مشرف
map-energy-roles-dno-engineer = مهندس شبكة
map-energy-roles-admin = مدير
map-energy-roles-responder = مجيب عن جهة
map-energy-roles-council-officer = موظف المجلس (خطة الطاقة المحلية للمنطقة)
map-energy-roles-data-officer = مسؤول البيانات (الطلبات المتعلقة ببيانات الأشخاص)
map-energy-propose-heading = اقترح مشروعًا
map-energy-site-legend = أين الموقع؟
map-energy-site-hint = انقر أو المس الخريطة لوضع الموقع، ثم اسحبه لضبطه. أو استخدم لوحة المفاتيح.
map-energy-site-chosen = وُضع الموقع. اسحبه أو ضعه مرة أخرى لتحريكه.
map-energy-site-missing = ضع الموقع على الخريطة.
map-energy-site-by-point = نقطة
map-energy-site-by-outline = ارسم الحدود
map-energy-site-by-outline-hint = للحقول والأسطح ومواقع الرياح.
map-energy-outline-hint = انقر أو المس الخريطة عند كل زاوية من الموقع، 3 على الأقل. أنهِ بـ Enter أو «أنهِ الحدود». يعيد Backspace أو «تراجع عن آخر زاوية» زاويةً؛ ويوقف Escape الرسم. دون فأرة أو شاشة لمس، اختر «نقطة» واستخدم لوحة المفاتيح.
map-energy-outline-start = ارسم الحدود على الخريطة
map-energy-outline-again = ارسمها مرة أخرى
map-energy-outline-finish = أنهِ الحدود
map-energy-outline-undo = تراجع عن آخر زاوية
map-energy-outline-stop = أوقف الرسم
map-energy-outline-corners = { $count ->
    [0] لا زوايا بعد: أضف 3 على الأقل.
    [1] زاوية واحدة: أضف 2 على الأقل.
    [2] زاويتان: أضف واحدة على الأقل.
    [few] { $count } زوايا. أضف المزيد، أو أنهِ الحدود.
   *[other] { $count } زاوية. أضف المزيد، أو أنهِ الحدود.
}
map-energy-outline-drawing = الرسم جارٍ: انقر أو المس الخريطة عند كل زاوية من الموقع.
map-energy-outline-done = اختيرت الحدود، بعدد { $count } من الزوايا. الفحص أدناه لوسطها.
map-energy-outline-stopped = توقف الرسم.
map-energy-outline-too-few = تحتاج الحدود إلى 3 زوايا على الأقل.
map-energy-outline-crosses = الحدود تتقاطع مع نفسها. ارسمها مرة أخرى بحيث لا تتقاطع أضلاعها.
map-energy-outline-missing = ارسم حدود الموقع على الخريطة: 3 زوايا على الأقل، ثم «أنهِ الحدود».
map-energy-feasibility-waiting-outline = ارسم حدود الموقع على الخريطة لمعرفة ما إذا كان من المرجح أن تتسع الشبكة.
map-energy-site-is-point = الموقع: نقطة على الخريطة.
map-energy-site-is-outline = الموقع: حدود بعدد { $count } من الزوايا.
map-energy-title = اسم المشروع
map-energy-title-hint = مثل «ألواح شمسية على المركز المجتمعي»
map-energy-technology = نوع المشروع
map-energy-technologies-solar-pv = ألواح شمسية
map-energy-technologies-wind = توربين رياح
map-energy-technologies-battery = بطارية
map-energy-technologies-heat-pump = مضخات حرارية
map-energy-technologies-ev-charging = شحن المركبات الكهربائية
map-energy-technologies-heat-network = شبكة تدفئة
map-energy-technologies-efficiency = توفير الطاقة
map-energy-capacity = الحجم (kW)
map-energy-capacity-hint = حجم المشروع. غالبًا ما تكون ألواح سطح مدرسة بين 30 و250 kW.
map-energy-export-kw = أقصى ما يرسله إلى الشبكة (kW)
map-energy-export-hint = أقصى قدرة يرسلها إلى الشبكة في وقت واحد. 0 إن كان يستهلك الطاقة فقط.
map-energy-import-kw = أقصى ما يسحبه من الشبكة (kW)
map-energy-import-hint = أقصى قدرة يأخذها من الشبكة في وقت واحد. 0 إن كان ينتج الطاقة فقط.
map-energy-phases = التغذية الكهربائية في الموقع
map-energy-phase1 = أحادية الطور (معظم المنازل)
map-energy-phase3 = ثلاثية الطور (معظم المدارس والقاعات والأعمال)
map-energy-group = المجموعة
map-energy-group-hint = المجموعة المجتمعية التي تقف وراء المشروع
map-energy-description = عن المشروع (اختياري)
map-energy-submit = أرسل المقترح
map-energy-sending = جارٍ الإرسال…
map-energy-cancel = إلغاء
map-energy-number-bad = أدخل عددًا من الكيلوواط، 0 أو أكثر.
map-energy-error-summary = هناك مشكلة
map-energy-send-failed = تعذّر إرسال المقترح. تحقق من اتصالك وحاول مرة أخرى.
map-energy-sent = أُرسل مقترحك إلى مشغّل الشبكة.
map-energy-feasibility-heading = هل ستتسع الشبكة؟
map-energy-feasibility-waiting = ضع الموقع على الخريطة لمعرفة ما إذا كان من المرجح أن تتسع الشبكة.
map-energy-feasibility-checking = جارٍ الفحص…
map-energy-feasibility-failed = تعذّر إجراء الفحص الآن.
map-energy-rag-green = أخضر: يُرجّح وجود متسع
map-energy-rag-amber = كهرماني: قد يوجد متسع
map-energy-rag-red = أحمر: متسع قليل أو معدوم
map-energy-rag-short-green = أخضر
map-energy-rag-short-amber = كهرماني
map-energy-rag-short-red = أحمر
map-energy-served-by = تغذيه { $name }.
map-energy-feasibility-note = فحص أولي من بيانات منشورة، وليس قرارًا.
map-energy-status = الحالة
map-energy-statuses-draft = مسودة
map-energy-statuses-submitted = أُرسل، بانتظار مشغّل الشبكة
map-energy-statuses-under-review = قيد النظر لدى مشغّل الشبكة
map-energy-statuses-can-connect = يمكن الربط
map-energy-statuses-needs-study = يحتاج إلى دراسة
map-energy-statuses-needs-reinforcement = يحتاج إلى تعزيز الشبكة
map-energy-statuses-cannot-connect = لا يمكن الربط
map-energy-statuses-withdrawn = مسحوب
map-energy-statuses-going-ahead = ماضٍ قُدمًا
map-energy-figures = { $capacity } kW · يرسل حتى { $export } kW · يسحب حتى { $import } kW
map-energy-by-group = من { $group }
map-energy-history-heading = السجل
# A change of a proposal's status, from one to the other.
map-energy-history-item = { $from } ← { $to }
map-energy-response-heading = رد مشغّل الشبكة
map-energy-no-response = لا رد بعد.
map-energy-decision = القرار
map-energy-decisions-can-connect = يمكن الربط
map-energy-decisions-needs-study = يحتاج إلى دراسة
map-energy-decisions-needs-reinforcement = يحتاج إلى تعزيز الشبكة
map-energy-decisions-cannot-connect = لا يمكن الربط
map-energy-cost-band = التكلفة التقديرية
map-energy-cost-band-hint = مثل «من £10k إلى £50k»
map-energy-timescale = المدة التقديرية
map-energy-timescale-hint = مثل «من 6 إلى 12 شهرًا»
map-energy-conditions = الشروط
map-energy-notes = ملاحظات
map-energy-answer-heading = أجب عن هذا المقترح
map-energy-send-answer = أرسل الرد
map-energy-answered = أُرسل ردّك. يظهر في المقترح.
map-energy-decision-missing = اختر قرارًا.
map-energy-answer-failed = تعذّر إرسال الرد. حاول مرة أخرى.
map-energy-not-allowed = هذا غير ممكن لهذا المقترح الآن.
map-energy-steps-heading = ما يمكنك فعله
map-energy-steps-submitted = أرسل إلى مشغّل الشبكة
map-energy-steps-under-review = ابدأ المراجعة
map-energy-steps-withdrawn = اسحب
map-energy-steps-going-ahead = سنمضي قدمًا
map-energy-submit-again = أرسل مرة أخرى
map-energy-step-done-submitted = أُرسل مقترحك إلى مشغّل الشبكة.
map-energy-step-done-under-review = المقترح الآن قيد المراجعة.
map-energy-step-done-withdrawn = سُحب مقترحك.
map-energy-step-done-going-ahead = يقول مقترحك الآن إنكم ماضون قدمًا.
map-energy-withdraw-question = أتسحب هذا المقترح؟ سيتوقف مشغّل الشبكة عن النظر فيه، ولا يمكن إرساله مرة أخرى.
map-energy-withdraw-confirm = نعم، اسحبه
map-energy-withdraw-cancel = لا، أبقِه
map-energy-step-failed = لم ينجح ذلك: { $detail }
map-energy-step-offline = يبدو أنك غير متصل. لم يتغير شيء: حاول مرة أخرى عند الاتصال.
map-energy-status-now = { $title } الآن: { $status }.
map-energy-network-toggle = شبكة الكهرباء
map-energy-network-legend = متسع الشبكة (بيانات توضيحية)
map-energy-network-legend-dno = متسع التوليد بعد قائمة الانتظار
map-energy-network-label = { $name }: { $rag }
map-energy-network-label-dno = { $name }: { NUMBER($mw, minimumFractionDigits: 1, maximumFractionDigits: 1) } MW
map-energy-dno-band-high = أكثر من 5 MW
map-energy-dno-band-low = من 0 إلى 5 MW
map-energy-dno-band-none = لا شيء (أقل من 0 MW)
map-energy-substation-figures-voltage = الجهد
map-energy-substation-figures-firm-capacity-mva = القدرة المضمونة (MVA)
map-energy-substation-figures-peak-demand-mva = ذروة الطلب (MVA)
map-energy-substation-figures-demand-headroom-mva = هامش الطلب (MVA)
map-energy-substation-figures-generation-headroom-mw = هامش التوليد (MW)
map-energy-substation-figures-connected-generation-mw = التوليد المتصل (MW)
map-energy-substation-figures-queued-generation-mw = التوليد في قائمة الانتظار (MW)
map-energy-substation-figures-fault-level-headroom-ka = هامش مستوى العطل (kA)
map-energy-substation-figures-rag = RAG
map-energy-substation-figures-data-date = تاريخ البيانات
map-energy-substation-figures-source = المصدر
map-energy-substations-heading = المحطات الفرعية
map-energy-close-details = إغلاق
map-energy-network-failed = تعذّر تحميل الشبكة.

## mine

map-mine-button = { $count ->
    [none] مساهماتك
   *[other] مساهماتك ({ $count })
}
map-mine-heading = مساهماتك
map-mine-intro = ما أضفته إلى هذه الخطة من هذا المتصفح أو من حسابك، وما آل إليه كلٌّ منها.
map-mine-loading = جارٍ تحميل مساهماتك…
map-mine-failed = تعذّر تحميل مساهماتك. يُرجى المحاولة مرة أخرى.
map-mine-offline = يبدو أنك غير متصل: تعذّر تحميل مساهماتك.
map-mine-empty = لم تُضف شيئًا إلى هذه الخطة بعد. اختر «أضف فكرتك»، وضعها على الخريطة وأرسلها: ستظهر هنا مع ما آلت إليه.
map-mine-count = { $count ->
    [one] مساهمة واحدة، الأحدث أولًا.
    [two] مساهمتان، الأحدث أولًا.
    [few] { $count } مساهمات، الأحدث أولًا.
   *[other] { $count } مساهمة، الأحدث أولًا.
}
map-mine-pending = بانتظار مشرف

## follow

map-follow-button = تلقَّ الأخبار بالبريد الإلكتروني
map-follow-button-neighbourhood = تلقَّ أخبار { $name } بالبريد الإلكتروني
map-follow-heading = تلقَّ أخبار مكان بالبريد الإلكتروني
map-follow-intro = نرسل إليك بالبريد ما يضيفه الناس في المكان الذي تختاره. لا تحتاج إلى حساب، وفي كل رسالة رابط لإيقافها.
map-follow-email-label = بريدك الإلكتروني
map-follow-email-hint = نستخدمه فقط لإرسال هذه الأخبار إليك.
map-follow-what-legend = أي مكان؟
map-follow-what-neighbourhood = حي
map-follow-what-draw = منطقة أرسمها على الخريطة
map-follow-what-view = المنطقة الظاهرة الآن على الخريطة
map-follow-neighbourhood-label = الحي
map-follow-neighbourhood-choose = اختر حيًّا
map-follow-draw-hint = انقر أو المس الخريطة عند كل زاوية من المنطقة، 3 على الأقل. أنهِ بـ Enter أو «أنهِ المنطقة». يعيد Backspace أو «تراجع عن آخر نقطة» زاويةً؛ ويوقف Escape الرسم.
map-follow-draw-start = ارسم على الخريطة
map-follow-draw-again = ارسمها مرة أخرى
map-follow-draw-finish = أنهِ المنطقة
map-follow-draw-undo = تراجع عن آخر نقطة
map-follow-draw-stop = أوقف الرسم
map-follow-draw-corners = { $count ->
    [0] لا زوايا بعد: أضف 3 على الأقل.
    [1] زاوية واحدة: أضف 2 على الأقل.
    [2] زاويتان: أضف واحدة على الأقل.
    [few] { $count } زوايا. أضف المزيد، أو أنهِ المنطقة.
   *[other] { $count } زاوية. أضف المزيد، أو أنهِ المنطقة.
}
map-follow-draw-drawing = الرسم جارٍ: انقر أو المس الخريطة عند كل زاوية.
map-follow-draw-done = رُسمت المنطقة، بعدد { $count } من الزوايا.
map-follow-draw-stopped = توقف الرسم.
map-follow-draw-too-few = تحتاج المنطقة إلى 3 زوايا على الأقل.
map-follow-view-hint = جزء منطقة الخطة الذي تعرضه الخريطة الآن. حرّك الخريطة أو كبّرها أولًا لاختياره.
map-follow-frequency-legend = كم مرة؟
map-follow-frequency-weekly = مرة في الأسبوع
map-follow-frequency-daily = مرة في اليوم
map-follow-submit = أرسل إليّ الأخبار
map-follow-sending = جارٍ الإرسال…
map-follow-sent = تفقّد بريدك الوارد: افتح الرابط في الرسالة للتأكيد.
map-follow-sent-hint = إن لم تصل رسالة خلال دقائق، فانظر في مجلد البريد غير المرغوب فيه، أو تحقق من العنوان وأرسل مرة أخرى.
map-follow-another = تابع مكانًا آخر
map-follow-error-generic = تعذّر إرسال طلبك. يُرجى المحاولة مرة أخرى.
map-follow-error-offline = يبدو أنك غير متصل. لم يُرسل شيء ولا تزال إجاباتك هنا: حاول مرة أخرى عند الاتصال.
map-follow-email-missing = أدخل بريدك الإلكتروني
map-follow-neighbourhood-needed = اختر حيًّا
map-follow-draw-needed = ارسم المنطقة على الخريطة أولًا: 3 زوايا على الأقل، ثم «أنهِ المنطقة»
map-follow-view-outside = لا تعرض الخريطة أي جزء من منطقة الخطة: حرّك الخريطة إليها أولًا
map-follow-field-email = البريد الإلكتروني
map-follow-field-neighbourhood = المكان
map-follow-field-area = المنطقة
map-follow-field-frequency = كم مرة
