# تفاصيل المشكلات (RFC 9457): ‏`title` و`detail`. لا يُترجم `code` أبدًا.

problem-title-malformed-json = JSON غير صالح
problem-title-unsupported-media-type = نوع بيانات غير مدعوم
problem-title-payload-too-large = الطلب كبير جدًا
problem-title-file-too-large = الملف كبير جدًا
problem-title-file-type-not-allowed = نوع الملف غير مسموح به
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
problem-title-about-you-key-not-found = غير موجود

problem-detail-malformed-json = محتوى الطلب ليس JSON صالحًا: { $reason }
problem-detail-as-given = { $text }
problem-detail-payload-too-large = محتوى الطلب أكبر مما يقبله هذا الخادم.
problem-detail-file-too-large = الملف أكبر مما يقبله هذا الموقع ({ $limit } ميغابايت على الأكثر)
problem-detail-file-type-not-allowed = يمكن هنا رفع ملفات PDF والمستندات المكتبية (Word وExcel وPowerPoint وOpenDocument) والصور (PNG وJPEG وGIF وWebP) فقط
problem-detail-file-type-not-image = يمكن هنا رفع الصور (PNG وJPEG وGIF وWebP) فقط
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
problem-detail-basemap-missing = لا تملك الخطة '{ $plan }' خريطة أساس { $source } بعد؛ حمّل واحدة أولًا
problem-detail-upload-incomplete = انقطع الرفع قبل وصول الملف كاملًا؛ أرسله مرة أخرى
problem-detail-own-account = لا يمكن للمسؤولين تغيير دور حسابهم أو تعطيله؛ اطلب ذلك من مسؤول آخر
problem-detail-daily-limit-reached = نشرت اليوم في هذه الخطة أقصى عدد من المساهمات نقبله من شخص واحد؛ يمكنك النشر مجددًا غدًا.
problem-detail-plan-slug-taken = توجد خطة '{ $slug }' بالفعل؛ اختر معرّفًا آخر
problem-detail-organisation-slug-taken = لهذه الخطة منظمة '{ $slug }' بالفعل
problem-detail-address-taken-by-account = صار لهذا العنوان حساب خاص به: لا يمكن إجراء التغيير.
problem-detail-signup-address-taken = لهذا العنوان حساب بالفعل: سجّل الدخول أو اختر كلمة مرور جديدة.
problem-detail-moderation-wrong-status = لا يمكن تنفيذ { $action } على مساهمة حالتها { $status }
problem-detail-proposal-step = لا يمكن أن ينتقل مقترح من { $from } إلى { $to }
problem-detail-proposal-answer = لا يمكن الرد على مقترح حالته { $from } بـ { $to }
problem-detail-progress-needs-commitment = لا يكون التقدّم إلا للالتزام (ردّ له عنوان)
problem-detail-workshop-no-free-code = تعذّر إيجاد رمز انضمام متاح؛ حاول مرة أخرى
problem-detail-workshop-paused = الورشة متوقفة مؤقتًا: لا تُقبل دبابيس جديدة الآن.
problem-detail-workshop-ended = انتهت الورشة.
problem-detail-workshop-not-held = الدبوس ليس محجوزًا للمراجعة: حالته { $status }
problem-detail-bearer-required = استخدم `Authorization: Bearer <token>`
problem-detail-token-invalid = هذا الرمز المميّز غير صالح أو أُلغي
problem-detail-plan-needs-sign-in = لا تقبل هذه الخطة مساهمات إلا من المسجّلين دخولهم.
problem-detail-edit-needs-author = سجّل الدخول، أو استخدم المتصفح الذي نشرتها منه، لتعديلها.
problem-detail-withdraw-needs-author = سجّل الدخول، أو استخدم المتصفح الذي نشرتها منه، لسحبها.
problem-detail-only-author-edits = لا يعدّل المساهمة إلا كاتبها.
problem-detail-only-author-withdraws = لا يسحب المساهمة إلا كاتبها.
problem-detail-proposal-who-moves = لا يحرّكه إلا صاحب المقترح أو مشغّل الشبكة
problem-detail-organisation-other-plan = منظمتك تجيب في خطة أخرى
problem-detail-own-organisation-only = أنت تجيب عن منظمتك فقط
problem-detail-other-organisation-answers = منظمة أخرى تجيب عن بعض هذه المساهمات
problem-detail-commitment-owner-only = لا يحدّث الالتزام إلا المنظمة التي قطعته
problem-detail-facilitator-steers = لا يوجّه الورشة إلا ميسّرها
problem-detail-facilitator-checks = لا يراجع دبابيس الورشة إلا ميسّرها
problem-detail-energy-plan-group-only = لا يغيّر خطة الطاقة هذه إلا المجموعة التي كتبتها
problem-detail-energy-plan-shared = هذه النسخة مُشارَكة ومجمّدة؛ ابدأ النسخة التالية لتغييرها
problem-detail-not-quotable = لا يمكن إبراز مساهمة في التقرير إلا إذا كانت منشورة ووافق ساكنها على الاقتباس منها
problem-detail-energy-plan-not-answered = لم يُرَدّ على أحدث نسخة بعد؛ تبدأ النسخة التالية من نسخة رُدّ عليها
problem-detail-data-proof-required = أثبت عنوان بريد إلكتروني برابط مُرسَل بالبريد، أو استخدم المتصفح أو الحساب الذي كتبت به
problem-detail-not-yours = هذا ليس لك لتصدّره أو تمحوه
problem-detail-about-you-key-not-found = مفتاح الإجابة عن أسئلة «عنك» هذا غير معروف، أو انتهت صلاحيته، أو استُخدم من قبل
problem-detail-project-team = لا يغيّره إلا فريق المشروع
problem-detail-project-proposer = لا تحوّل المقترح إلى مشروع إلا المجموعة التي قدّمته
problem-detail-project-not-going-ahead = لا يصبح مشروعًا إلا مقترح يمضي قُدمًا
problem-detail-project-exists = هذا المقترح مشروع بالفعل: { $slug }
problem-detail-project-stage = لا ينتقل المشروع من { $from } إلى { $to }: يتقدّم مرحلة واحدة في كل مرة
