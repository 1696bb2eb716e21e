# صفحات الطاقة المجتمعية (map-ui/src/projects/). مسودة، بانتظار مراجعة متحدث أصلي.

projects-link = المشاريع
projects-page-title = مشاريع الطاقة المجتمعية · { $plan }
projects-project-title = { $project } · الطاقة المجتمعية
projects-module-title = { $module } · مكتبة التعلّم
projects-heading = مشاريع الطاقة المجتمعية
projects-skip-to-content = انتقل إلى المحتوى
projects-links = صفحات الطاقة المجتمعية
projects-back-to-map = العودة إلى الخريطة
projects-all-projects = كل المشاريع
projects-champions-link = السفراء
projects-learn-link = مكتبة التعلّم
projects-city-link = الطاقة المجتمعية بالأرقام
projects-loading = جارٍ التحميل…
projects-load-failed = تعذّر التحميل. تحقّق من الاتصال وحاول مرة أخرى.
projects-offline = يبدو أنك غير متصل. تحقّق من الاتصال وحاول مرة أخرى.
projects-not-found = لا توجد صفحة كهذه هنا.
projects-sign-in = تسجيل الدخول
projects-sign-in-needed = سجّل الدخول أولًا للقيام بذلك.
projects-team-only = لا يستطيع القيام بذلك إلا فريق المشروع.
projects-too-many = محاولات كثيرة في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.
projects-check-form = بعض الإجابات تحتاج إلى مراجعة: انظر الرسائل بجانب كل حقل.
projects-field-problem = تحقّق من هذا:
projects-choose = اختر…

## The plan's projects
projects-intro = ألواح شمسية على مدرسة، وبطارية مشتركة، وجيران يشترون المضخات الحرارية معًا: مشاريع يملكها السكان ويديرونها. يبيّن كل مشروع إلى أين وصل وكيف يمكنك المساعدة.
projects-start = ابدأ مشروعًا
projects-sign-in-to-start = سجّل الدخول لتبدأ مشروعًا
projects-map-label = خريطة مواقع مشاريع الطاقة المجتمعية، ملوّنة حسب المرحلة. المشاريع نفسها مدرجة أدناه حسب المرحلة.
projects-map-legend = كل نقطة مشروع، بلون مرحلته كما في القائمة أدناه.
projects-none = لا توجد مشاريع بعد. ابدأ مشروعًا، أو حوّل مقترحًا ماضيًا قُدمًا إلى مشروع.
projects-technology-other = غير ذلك
projects-kwp = { $kwp } كيلوواط ذروة
projects-kwh = { $kwh } كيلوواط ساعة
projects-kb = { $kb } كيلوبايت

## Starting a project
projects-start-intro = لمجموعة تريد أن تبدأ شيئًا دون مقترح للشبكة، مثل نادٍ لتحسين العزل أو شراء جماعي للمضخات الحرارية. ستقود فريقه ويمكنك إضافة آخرين لاحقًا.
projects-field-title = اسم المشروع
projects-field-story = ما الذي تريدون فعله، ولماذا
projects-field-technology = نوع المشروع
projects-field-site = أين
projects-field-site-hint = اختر الحي؛ يمكنك وصف المكان بالضبط في القصة.
projects-choose-place = اختر مكان المشروع.
projects-create = أنشئ المشروع

## A project's page
projects-story = القصة
projects-no-story = لم يكتب الفريق القصة بعد.
projects-follow = تابع هذا المشروع
projects-follow-hint = تصلك أخباره بالبريد الإلكتروني مرة في الشهر. في كل رسالة رابط لإيقافها.
projects-following = أنت تتابع هذا المشروع: ستصلك أخباره مرة في الشهر.
projects-sign-in-to-follow = سجّل الدخول لمتابعة هذا المشروع
projects-stage-heading = المرحلة
projects-stage-forming = تكوين مجموعة
projects-stage-feasibility = التحقّق من إمكانية التنفيذ
projects-stage-funding = البحث عن التمويل
projects-stage-building = البناء
projects-stage-generating = يولّد الطاقة
projects-stage-done = تمّت
projects-stage-now = الآن
projects-move-forward = الانتقال إلى «{ $stage }»
projects-move-back = العودة إلى «{ $stage }»
projects-stage-moved = المشروع الآن في مرحلة «{ $stage }».
projects-site = الموقع
projects-site-map-label = خريطة موقع { $project }
projects-site-point = النقطة على الخريطة تحدّد الموقع.
projects-site-outline = الحدود على الخريطة تحدّد الموقع؛ والنقطة وسطه.
projects-figures = الأرقام
projects-no-figures = لا توجد أرقام بعد.
projects-figure-kwp = القدرة المركّبة (كيلوواط ذروة)
projects-figure-homes = المنازل المستفيدة
projects-figure-buildings = المباني المستفيدة
projects-figure-rooftop = على سطح مبنى
projects-generation = الطاقة المولّدة كل شهر
projects-generation-chart = الطاقة المولّدة كل شهر بالكيلوواط ساعة؛ الأرقام نفسها في الجدول أدناه.
projects-month = الشهر
projects-generation-kwh = الطاقة المولّدة (كيلوواط ساعة)
projects-get-involved = شارك
projects-no-roles = لا توجد أدوار تطوعية مفتوحة الآن.
projects-volunteers-count = { $count ->
    [0] لا متطوعين بعد
    [one] متطوع واحد حتى الآن
   *[other] { $count } متطوعين حتى الآن
}
projects-your-email = عنوان بريدك الإلكتروني
projects-your-name = اسمك (اختياري)
projects-sign-up = سجّل في هذا الدور
projects-email-needed = اكتب عنوان بريدك الإلكتروني.
projects-check-inbox = تفقّد بريدك: أرسلنا رسالة إلى { $email }. افتح الرابط فيها لتأكيد رغبتك في المساعدة. إذا كنت تساعد في هذا الدور من قبل، فلن تصلك رسالة جديدة.
projects-updates = الأخبار
projects-no-updates = لا توجد أخبار بعد.
projects-milestones = المحطات
projects-milestone-done = تحقّقت في { $date }
projects-milestone-due = متوقّعة في { $month }
projects-documents = المستندات
projects-team = الفريق
projects-unnamed = عضو في الفريق
projects-role-lead = يقود المشروع
projects-role-member = عضو في الفريق
projects-checklist = بدء مشروع خطوة بخطوة
projects-checklist-intro = الخطوات التي تقوم بها معظم المجموعات الجديدة، وبجانب كل منها أدلة قصيرة من مكتبة التعلّم.
projects-step-form-group = كوّن مجموعة
projects-step-find-site = جِد موقعًا
projects-step-check-network = تحقّق من الشبكة
projects-step-legal-form = اختر شكلًا قانونيًا
projects-step-funding = جِد التمويل
projects-step-done = تمّت
projects-step-not-yet = ليس بعد
projects-step-ticked = تم تحديد «{ $step }».
projects-step-unticked = أُلغي تحديد «{ $step }».
projects-open-feasibility = اطّلع على فحص الشبكة لمقترح هذا المشروع
projects-open-network = تحقّق من الشبكة على الخريطة (الطاقة المجتمعية، ثم اقترح)
projects-modules-for = أدلة لخطوة «{ $step }»
projects-module-completed = (مكتمل)

## The team's tools
projects-team-tools = للفريق
projects-post-update = انشر خبرًا
projects-update-text = ماذا حدث
projects-update-photo = صورة (اختياري)
projects-update-photo-hint = PNG أو JPEG أو GIF أو WebP، حتى الحجم الذي يسمح به الموقع.
projects-update-caption = ماذا تُظهر الصورة
projects-update-caption-hint = تُقرأ لمن لا يستطيع رؤية الصورة، وتظهر تحتها.
projects-post = انشر الخبر
projects-text-needed = اكتب ماذا حدث.
projects-update-posted = نُشر الخبر.
projects-update-posted-no-photo = نُشر الخبر، لكن دون صورته: { $problem }
projects-add-role = أضف دورًا تطوعيًا
projects-role-title = الدور
projects-role-title-hint = مثلًا: طرق الأبواب لعرض الأسهم، أو مسح الأسطح.
projects-role-description = ما الذي يتضمّنه
projects-add-role-button = أضف الدور
projects-role-added = أُضيف الدور «{ $role }».
projects-edit-figures = غيّر الأرقام
projects-save-figures = احفظ الأرقام
projects-figures-saved = حُفظت الأرقام.
projects-number-needed = اكتب رقمًا.
projects-volunteers = المتطوعون
projects-export-volunteers = نزّل قائمة المتطوعين (CSV)
projects-find-champions-near = جِد سفراء قرب هذا المشروع
projects-add-milestone = أضف مرحلة بارزة
projects-milestone-title = المرحلة البارزة
projects-milestone-title-hint = مثلًا: انتهى فحص السطح، بدء طرح الأسهم.
projects-milestone-title-needed = اكتب المرحلة البارزة.
projects-milestone-due-month = الموعد المتوقّع (اختياري)
projects-month-hint = السنة والشهر، مثلًا { $example }.
projects-milestone-done-on = تحقّقت في (اختياري)
projects-milestone-done-on-hint = اتركه فارغًا ما دامت المرحلة لم تتحقّق بعد.
projects-add-milestone-button = أضف المرحلة
projects-milestone-added = أُضيفت المرحلة «{ $milestone }».
projects-add-document = أضف مستندًا
projects-document-title = عنوان المستند
projects-document-title-hint = يظهر في صفحة المشروع، مثلًا: تقرير فحص السطح.
projects-document-title-needed = اكتب عنوان المستند.
projects-document-file = الملف
projects-document-file-hint = ملف PDF أو مستند مكتبي (Word أو Excel أو PowerPoint أو OpenDocument) أو صورة، حتى الحجم الذي يسمح به الموقع.
projects-document-file-needed = اختر الملف.
projects-file-refused = لم يُضَف هذا الملف: { $problem }
projects-add-document-button = أضف المستند
projects-document-added = أُضيف المستند «{ $document }».
projects-enter-generation = أدخل إنتاج شهر
projects-month-needed = اختر الشهر.
projects-save-generation = احفظ الشهر
projects-generation-saved = حُفظ الإنتاج.
projects-import-generation = استورد قراءات عدّاد
projects-import-file = ملف CSV الخاص بالعدّاد
projects-import-file-hint = سطر لكل شهر: الشهر ثم الكيلوواط ساعة، مثلًا { $example }. لا بأس بسطر أول «{ $header }».
projects-import-file-needed = اختر ملف CSV.
projects-import-button = استورد القراءات
projects-import-refused = لم يُستورد شيء. صحّح هذه الأسطر في الملف ثم استورده من جديد:
projects-import-line = السطر { $line }: { $problem }
projects-import-fix = { $count ->
    [one] سطر واحد في هذا الملف يحتاج إلى تصحيح (القائمة أعلاه).
   *[other] عدد الأسطر التي تحتاج إلى تصحيح في هذا الملف: { $count } (القائمة أعلاه).
}
projects-generation-imported = استُوردت القراءات.
projects-add-member = أضف عضوًا إلى الفريق
projects-member-email = عنوان بريده الإلكتروني
projects-member-email-hint = عنوان حسابه في Waymark: إن لم يكن لديه حساب، فاطلب منه التسجيل أولًا.
projects-member-email-needed = اكتب عنوان بريده الإلكتروني.
projects-add-member-button = أضف إلى الفريق
projects-member-added = أصبح { $email } في الفريق.

## Turning a proposal into a project (the plan page)
projects-turn-into-project = حوّله إلى مشروع
projects-turn-into-project-hint = هذا المقترح ماضٍ قُدمًا: أعطه صفحة مشروع لقصته وأخباره ومتطوعيه.
projects-open-project = افتح صفحة المشروع

## Champions
projects-champions-heading = سفراء الطاقة المجتمعية
projects-champions-intro = السفراء سكان مدرَّبون يساعدون شوارعهم ومدارسهم وأحياءهم في أمور الطاقة: الطاقة الشمسية، والمضخات الحرارية، والفواتير، وتكوين مجموعة.
projects-find-champions = جِد سفراء قرب مكان
projects-find-hint = لفرق المشاريع والميسّرين. اختر مشروعًا أو حيًا.
projects-near = قرب
projects-near-a-project = مشروع
projects-near-a-neighbourhood = حي
projects-find = جِد السفراء
projects-champions-refused = لا يستطيع إيجاد السفراء إلا فرق المشاريع والميسّرون.
projects-champions-near = { $count ->
    [0] لا سفراء قرب { $place }
    [one] سفير واحد قرب { $place }
   *[other] { $count } سفراء قرب { $place }
}
projects-no-champions = جرّب مكانًا آخر، أو اسأل في مجموعة الحي.
projects-distance = على بعد { $km } كم
projects-covers = يغطي:
projects-helps-with = يمكنه المساعدة في: { $topics }
projects-training = التدريب:
projects-modules-done = { $count ->
    [one] أكمل دليلًا واحدًا
   *[other] أكمل { $count } أدلة
}
projects-write-to = راسل { $name }
projects-become-champion = كن سفيرًا
projects-champion-what = السفير هو أول من يسأله الجيران عن الطاقة. تذكر الأحياء التي تغطيها وما يمكنك المساعدة فيه؛ ثم يمكن لفرق المشاريع والميسّرين أن يجدوك.
projects-champion-sign-in = سجّل الدخول لتسجّل سفيرًا.
projects-champion-name = الاسم الذي سيراه الناس
projects-champion-covers = الأحياء التي تغطيها
projects-champion-covers-hint = اختر حيًا واحدًا على الأقل.
projects-choose-neighbourhood = اختر حيًا واحدًا على الأقل.
projects-champion-topics = ما يمكنك المساعدة فيه
projects-champion-topics-hint = اختر كل ما ينطبق.
projects-topic-solar = الألواح الشمسية
projects-topic-heat-pumps = المضخات الحرارية
projects-topic-insulation = العزل
projects-topic-bills = فواتير الطاقة
projects-topic-funding = إيجاد التمويل
projects-topic-forming-a-group = تكوين مجموعة
projects-topic-digital = استخدام الإنترنت
projects-topic-talking-to-neighbours = التحدّث مع الجيران
projects-champion-training = التدريب الذي أتممته (اختياري)
projects-champion-training-hint = مثلًا: دورة في الطاقة المجتمعية، أو أدلة مكتبة التعلّم.
projects-register = سجّلني سفيرًا
projects-registered = أنت مسجّل سفيرًا. شكرًا لك!
projects-go-to-library = اقرأ مكتبة التعلّم

## The learning library
projects-library-heading = مكتبة التعلّم
projects-library-intro = أدلة قصيرة عن الطاقة المجتمعية، كُتبت لسكان ميلتون كينز. ينتهي كل دليل بسؤال للتحقّق من الفكرة الرئيسية.
projects-no-modules = لا توجد أدلة بعد.
projects-module-step = لخطوة «{ $step }»
projects-back-to-library = العودة إلى مكتبة التعلّم
projects-quiz = تحقّق مما قرأت
projects-mark-done-heading = هل أنهيت القراءة؟
projects-check-answers = تحقّق من إجاباتي
projects-mark-done = علّمه كمقروء
projects-answer-needed = اختر إجابة.
projects-answer-wrong = ليس تمامًا: اقرأ هذا الجزء مرة أخرى.
projects-quiz-wrong = بعض الإجابات ليست صحيحة بعد. اقرأ الدليل مرة أخرى وحاول من جديد.
projects-quiz-right = كلها صحيحة! عُلّم هذا الدليل كمكتمل.
projects-module-completed-long = أكملت هذا الدليل.
projects-sign-in-to-complete = سجّل الدخول لتسجيل أنك أكملت هذا الدليل.

## City-wide
projects-city-heading = الطاقة المجتمعية في { $plan }
projects-city-intro = كل مشاريع الطاقة المجتمعية في الخطة، مجموعة معًا. لكل رسم بياني جدول بالأرقام نفسها.
projects-kwp-generating = القدرة التي تولّد الآن
projects-kwp-pipeline = القدرة القادمة (مشاريع لا تولّد بعد)
projects-volunteers-total = المتطوعون
projects-by-stage = المشاريع حسب المرحلة
projects-by-stage-table = عدد المشاريع في كل مرحلة
projects-projects-count = المشاريع
projects-kwp-by-stage = القدرة حسب المرحلة (كيلوواط ذروة)
projects-kwp-by-stage-table = قدرة المشاريع في كل مرحلة
projects-champions-by-neighbourhood = السفراء حسب الحي
projects-champions-table = عدد السفراء الذين يغطون كل حي
projects-neighbourhood = الحي
projects-champions-count = السفراء
projects-no-champions-yet = لم يسجّل أي سفير بعد.
