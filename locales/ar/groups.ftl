# صفحات مجموعات العمل التعاوني (map-ui/src/groups/). مسودة بانتظار مراجعة متحدث أصلي.

groups-page-title = المجموعات · { $plan }
groups-group-title = { $group } · المجموعات
groups-meeting-title = { $group }: اجتماع { $date }
groups-heading = مجموعات العمل التعاوني
groups-skip-to-content = انتقل إلى المحتوى
groups-links = صفحات المجموعة
groups-back-to-map = العودة إلى الخريطة
groups-all-groups = كل المجموعات
groups-back-to-group = العودة إلى المجموعة
groups-back-to-meeting = العودة إلى الاجتماع
groups-loading = جارٍ التحميل…
groups-load-failed = تعذّر تحميل هذه الصفحة. تحقّق من اتصالك وحاول مرة أخرى.
groups-not-found = لا توجد مجموعة أو اجتماع بهذا الاسم.
groups-sign-in-needed = سجّل الدخول لترى مساحة الأعضاء.
groups-members-only = هذا الجزء من المجموعة لأعضائها فقط.
groups-sign-in = تسجيل الدخول
groups-check-form = تحقّق مما كتبت: هناك شيء ناقص أو نص طويل جدًا.
groups-file-too-large = هذا الملف كبير جدًا.
groups-file-type = لا يمكن مشاركة هذا النوع من الملفات هنا. استخدم ملف PDF أو صورة أو مستندًا مكتبيًا.
groups-intro = تجمع كل مجموعة الناس والمنظمات العاملة في جزء من المدينة. يجتمعون بانتظام، ومحاضر اجتماعاتهم علنية.
groups-none = لا توجد مجموعات في هذه الخطة بعد.
groups-about = عن المجموعة
groups-next-meeting = الاجتماع القادم: { $date }
groups-no-next-meeting = لم يُحدَّد اجتماع بعد.
groups-subscribe = اشترك في اجتماعات المجموعة في تقويمك
groups-map-label = خريطة المنطقة التي تغطيها { $group }
groups-published-minutes = المحاضر
groups-minutes-of = محضر { $date }
groups-no-minutes = لم تُنشر أي محاضر بعد.
groups-sign-in-to-join = سجّل الدخول لتطلب الانضمام
groups-join = اطلب الانضمام
groups-asked = طلبت الانضمام. سينظر أحد الميسّرين في طلبك.
groups-requested = طلبت الانضمام. سينظر أحد الميسّرين في طلبك.
groups-you-are-member = أنت عضو في هذه المجموعة.
groups-you-facilitate = أنت ميسّر هذه المجموعة.
groups-leave = غادر المجموعة
groups-left = غادرت المجموعة.
groups-members-space = مساحة الأعضاء
groups-meetings = الاجتماعات
groups-meeting-scheduled = مقرّر
groups-meeting-held = انعقد
groups-meeting-cancelled = أُلغي
groups-minutes-published = نُشر المحضر
groups-meeting-starts = التاريخ والوقت
groups-create-meeting = أنشئ اجتماعًا
groups-members = الأعضاء
groups-unnamed = عضو
groups-role-facilitator = ميسّر
groups-role-member = عضو
groups-join-requests = طلبات الانضمام
groups-approve = وافق على { $name }
groups-threads = النقاش
groups-untitled = بلا عنوان
groups-replies = { $count ->
    [zero] لا ردود
    [one] ردّ واحد
    [two] ردّان
    [few] { $count } ردود
   *[other] { $count } ردًّا
}
groups-no-threads = لا نقاشات بعد.
groups-thread-title = الموضوع
groups-thread-body = الرسالة
groups-start-thread = ابدأ نقاشًا
groups-reply = ردّك
groups-send-reply = أرسل الرد
groups-post-by = { $author }، { $date }
groups-resources = الموارد
groups-download = نزّل { $title }
groups-members-only-tag = (للأعضاء فقط)
groups-no-resources = لا موارد بعد.
groups-resource-title = العنوان
groups-resource-file = ملف (PDF أو صورة أو مستند مكتبي)
groups-resource-link = أو رابط
groups-resource-members-only = للأعضاء فقط
groups-add-resource = أضف المورد
groups-meeting-on = اجتماع { $date }
groups-add-to-calendar = أضف إلى تقويمك
groups-open-projector = افتح في عرض جهاز العرض
groups-agenda = جدول الأعمال
groups-agenda-empty = جدول الأعمال فارغ بعد.
groups-agenda-item = بند في جدول الأعمال
groups-add-item = أضف إلى جدول الأعمال
groups-since-last-week = منذ الأسبوع الماضي
groups-since = ما حدث في منطقة المجموعة منذ { $date }.
groups-since-new = جديد على الخريطة
groups-since-most-supported = الأكثر تأييدًا
groups-since-open-outcomes = بانتظار الرد
groups-since-none = لا شيء هنا.
groups-supporters = { $count ->
    [one] مؤيّد واحد
    [two] مؤيّدان
    [few] { $count } مؤيّدين
   *[other] { $count } مؤيّدًا
}
groups-add-to-agenda = أضف إلى جدول الأعمال
groups-add-to-agenda-named = أضف إلى جدول الأعمال: { $title }
groups-on-agenda = في جدول الأعمال
groups-added = «{ $title }» في جدول الأعمال.
groups-action-points = بنود العمل
groups-no-action-points = لا بنود عمل.
groups-owner = المسؤول: { $owner }
groups-owner-due = المسؤول: { $owner }، الموعد { $due }
groups-done = أُنجز
groups-mark-done = علّمه منجزًا
groups-action-text = ما الذي يجب فعله
groups-action-owner = من سيقوم به
groups-action-due = الموعد النهائي
groups-add-action = أضف بند العمل
groups-minutes = المحضر
groups-published-on = نُشر في { $date }.
groups-no-minutes-yet = لم يُكتب المحضر بعد.
groups-minutes-markdown = المحضر (Markdown)
groups-markdown-hint = اكتب بصيغة Markdown: # للعناوين، - للقوائم، [نص](عنوان) للروابط.
groups-save-minutes = احفظ المحضر
groups-publish = انشر المحضر
groups-minutes-saved = حُفظ المحضر.
groups-preview = كما نُشر

## عناصر التحكم في مساحة الأعضاء وصفحة الاجتماع

groups-digest-label = أرسل إليّ رسالة يومية بالنقاشات الجديدة
groups-digest-hint = رسالة واحدة في اليوم على الأكثر، فقط عند بدء نقاش.
groups-digest-on = ستصلك رسالة يومية بالنقاشات الجديدة.
groups-digest-off = لن تصلك بعد الآن الرسالة اليومية بالنقاشات الجديدة.
groups-flag = الإبلاغ عن هذه الرسالة
groups-flag-reason = ما المشكلة فيها؟
groups-flag-send = أرسل البلاغ
groups-flagged = تم الإبلاغ. سينظر فيه ميسّرو المجموعة ومشرفو الموقع.
groups-attendance = الحضور
groups-attendance-legend = من حضر هذا الاجتماع
groups-attendance-save = احفظ الحضور
groups-attendance-saved = حُفظ الحضور. عدد الحاضرين: { $count }.
groups-attendance-none = لا أعضاء في المجموعة بعد.
groups-raise-to = ارفعه إلى
groups-raise = ارفعه
groups-raise-named = ارفعه: «{ $item }»
groups-raised = رُفع «{ $item }» إلى { $organisation }.
groups-raised-to = (رُفع إلى { $organisation })
