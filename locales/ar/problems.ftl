# تفاصيل المشكلات (RFC 9457): ‏`title` و`detail`. لا يُترجم `code` أبدًا.

problem-title-malformed-json = JSON غير صالح
problem-title-unsupported-media-type = نوع بيانات غير مدعوم
problem-title-payload-too-large = الطلب كبير جدًا
problem-title-validation-failed = بيانات غير صحيحة
problem-title-invalid-parameter = معامل غير صحيح
problem-title-invalid-text = نص غير مسموح
problem-title-outside-plan = خارج منطقة الخطة
problem-title-not-found = غير موجود
problem-title-unauthorized = يلزم تسجيل الدخول
problem-title-invalid-credentials = فشل تسجيل الدخول
problem-title-forbidden = غير مسموح
problem-title-conflict = تعارض
problem-title-illegal-transition = خطوة غير مسموح بها
problem-title-cross-site-request = رُفض طلب من موقع آخر
problem-title-rate-limited = طلبات كثيرة جدًا
problem-title-idempotency-key-reused = أُعيد استخدام Idempotency-Key
problem-title-method-not-allowed = طريقة غير مسموح بها
problem-title-unavailable = الخدمة غير متاحة
problem-title-internal-error = خطأ داخلي
problem-title-basemap-missing = لم تُحمَّل الخريطة الأساسية
problem-title-upload-incomplete = رفع غير مكتمل
problem-title-own-account = حسابك أنت
problem-title-daily-limit-reached = بلغت الحد اليومي

problem-detail-malformed-json = محتوى الطلب ليس JSON صالحًا: { $reason }
problem-detail-as-given = { $text }
problem-detail-payload-too-large = محتوى الطلب أكبر مما يقبله هذا الخادم.
problem-detail-validation-failed = صحّح هذه الحقول: { $summary }
problem-detail-invalid-parameter = صحّح المعامل: { $summary }
problem-detail-outside-plan = النقطة خارج منطقة الخطة.
problem-field-outside-plan = اختر مكانًا داخل منطقة الخطة.
problem-detail-invalid-text = يحتوي النص على المحرف NUL ‏(U+0000)، وهو غير مسموح.
problem-detail-not-found = { $thing ->
    [plan] الخطة غير موجودة.
    [contribution] المساهمة غير موجودة.
    [proposal] المقترح غير موجود.
    [workshop] الورشة غير موجودة.
    [user] المستخدم غير موجود.
    [organisation] المنظمة غير موجودة.
    [commitment] الالتزام غير موجود.
    [route] هذا العنوان غير موجود.
   *[other] غير موجود: { $thing }
}
problem-detail-unauthorized = سجّل الدخول لتفعل هذا.
problem-detail-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
problem-detail-forbidden = دورك لا يسمح بهذا.
problem-detail-illegal-transition = لا يمكن نقل { $count } من المساهمات المختارة إلى هذه الحالة من حالتها الحالية.
problem-detail-cross-site-request = يجب أن يأتي الطلب الذي يغيّر البيانات من هذا الموقع (أرسل X-Requested-With).
problem-detail-rate-limited = طلبات كثيرة جدًا؛ حاول مرة أخرى بعد { $seconds } ثانية.
problem-detail-idempotency-key-reused = استُخدم Idempotency-Key هذا من قبل لطلب آخر.
problem-detail-method-not-allowed = هذه الطريقة غير مسموح بها هنا.
problem-detail-unavailable = قاعدة البيانات لا تستجيب.
problem-detail-internal-error = حدث خطأ من جهتنا. إذا تكرر، فاذكر ترويسة x-request-id لهذه الاستجابة.
problem-detail-daily-limit-reached = نشرت اليوم في هذه الخطة أقصى عدد من المساهمات نقبله من شخص واحد؛ يمكنك النشر مجددًا غدًا.
problem-detail-address-taken-by-account = صار لهذا العنوان حساب خاص به: لا يمكن إجراء التغيير.
problem-detail-signup-address-taken = لهذا العنوان حساب بالفعل: سجّل الدخول أو اختر كلمة مرور جديدة.
problem-detail-workshop-paused = الورشة متوقفة مؤقتًا: لا تُقبل دبابيس جديدة الآن.
problem-detail-workshop-ended = انتهت الورشة.
problem-detail-plan-needs-sign-in = لا تقبل هذه الخطة مساهمات إلا من المسجّلين دخولهم.
problem-detail-edit-needs-author = سجّل الدخول، أو استخدم المتصفح الذي نشرتها منه، لتعديلها.
problem-detail-withdraw-needs-author = سجّل الدخول، أو استخدم المتصفح الذي نشرتها منه، لسحبها.
problem-detail-only-author-edits = لا يعدّل المساهمة إلا كاتبها.
problem-detail-only-author-withdraws = لا يسحب المساهمة إلا كاتبها.
problem-detail-energy-plan-group-only = لا يغيّر خطة الطاقة هذه إلا المجموعة التي كتبتها
problem-detail-energy-plan-shared = هذه النسخة مُشارَكة ومجمّدة؛ ابدأ النسخة التالية لتغييرها
problem-detail-energy-plan-not-answered = لم يُرَدّ على أحدث نسخة بعد؛ تبدأ النسخة التالية من نسخة رُدّ عليها
