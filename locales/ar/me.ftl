# "Your data" (/me): seeing, downloading and erasing what Waymark holds about you.

me-heading = بياناتك
me-skip = انتقل إلى بياناتك
me-back = العودة إلى الخريطة
me-intro = اطّلع على ما يحتفظ به Waymark مرتبطًا بك، أو نزّله كله، أو امحه. ترتبط البيانات بك عبر عنوان بريد إلكتروني تُثبته برابط نرسله إليك، أو عبر هذا المتصفح (إن أضفت هنا دبابيس أو ردودًا دون حساب)، أو عبر حسابك إن كنت مسجّل الدخول.
me-loading = جارٍ التحميل…
me-load-failed = حدث خطأ ما. تحقّق من اتصالك وحاول مرة أخرى.
me-link-broken = هذا الرابط لا يعمل
me-link-broken-body = تعمل الروابط مرة واحدة، لمدة ساعة. اطلب رابطًا جديدًا أدناه.
me-prove-heading = إثبات عنوان بريد إلكتروني
me-prove-intro = سنرسل رابطًا إلى العنوان. فتحه يُظهر كل ما يرتبط بذلك العنوان، مثل الأماكن والدبابيس التي تتابعها.
me-email-label = عنوان البريد الإلكتروني
me-send = أرسل لي رابطًا
me-sent = إن كان العنوان صحيحًا، فرسالة فيها رابط في طريقها إليك. يعمل الرابط مرة واحدة، لمدة ساعة.
me-bad-email = أدخل عنوان بريد إلكتروني مثل name@example.org
me-too-many = طلبات كثيرة جدًا. انتظر دقيقة وحاول مرة أخرى.
me-nothing-proved = لا شيء مرتبط بك بعد على هذا المتصفح. أثبت عنوان بريد إلكتروني أدناه.
me-held-heading = ما نحتفظ به
me-by-email = مرتبط بعنوان البريد الإلكتروني { $email }
me-by-account = مرتبط بحسابك ({ $email })
me-by-visitor = مرتبط بهذا المتصفح
me-count-account = { $count ->
    [zero] { $count } حساب
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
me-count-contributions = { $count ->
    [zero] { $count } دبوس
    [one] دبوس واحد
    [two] دبوسان
    [few] { $count } دبابيس
    [many] { $count } دبوسًا
   *[other] { $count } دبوس
}
me-count-replies = { $count ->
    [zero] { $count } رد
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } رد
}
me-count-supports = { $count ->
    [zero] { $count } دبوس مدعوم
    [one] دبوس واحد مدعوم
    [two] دبوسان مدعومان
    [few] { $count } دبابيس مدعومة
    [many] { $count } دبوسًا مدعومًا
   *[other] { $count } دبوس مدعوم
}
me-count-flags = { $count ->
    [zero] { $count } دبوس مُبلَّغ عنه للمشرفين
    [one] دبوس واحد مُبلَّغ عنه للمشرفين
    [two] دبوسان مُبلَّغ عنهما للمشرفين
    [few] { $count } دبابيس مُبلَّغ عنها للمشرفين
    [many] { $count } دبوسًا مُبلَّغًا عنه للمشرفين
   *[other] { $count } دبوس مُبلَّغ عنه للمشرفين
}
me-count-follows = { $count ->
    [zero] { $count } شيء متابَع بالبريد الإلكتروني
    [one] شيء واحد متابَع بالبريد الإلكتروني
    [two] شيئان متابَعان بالبريد الإلكتروني
    [few] { $count } أشياء متابَعة بالبريد الإلكتروني
    [many] { $count } شيئًا متابَعًا بالبريد الإلكتروني
   *[other] { $count } شيء متابَع بالبريد الإلكتروني
}
me-count-proposals = { $count ->
    [zero] { $count } مشروع طاقة مجتمعية
    [one] مشروع طاقة مجتمعية واحد
    [two] مشروعا طاقة مجتمعية
    [few] { $count } مشاريع طاقة مجتمعية
    [many] { $count } مشروعًا للطاقة المجتمعية
   *[other] { $count } مشروع طاقة مجتمعية
}
me-count-energy-plans = { $count ->
    [zero] { $count } خطة طاقة
    [one] خطة طاقة واحدة
    [two] خطتا طاقة
    [few] { $count } خطط طاقة
    [many] { $count } خطة طاقة
   *[other] { $count } خطة طاقة
}
me-count-mail = { $count ->
    [zero] { $count } رسالة أُرسلت إليك
    [one] رسالة واحدة أُرسلت إليك
    [two] رسالتان أُرسلتا إليك
    [few] { $count } رسائل أُرسلت إليك
    [many] { $count } رسالة أُرسلت إليك
   *[other] { $count } رسالة أُرسلت إليك
}
me-count-about-you = { $count ->
    [zero] { $count } مجموعة إجابات عن أسئلة «عنك»
    [one] مجموعة إجابات واحدة عن أسئلة «عنك»
    [two] مجموعتا إجابات عن أسئلة «عنك»
    [few] { $count } مجموعات إجابات عن أسئلة «عنك»
    [many] { $count } مجموعة إجابات عن أسئلة «عنك»
   *[other] { $count } مجموعة إجابات عن أسئلة «عنك»
}
me-count-group-memberships = المجموعات التي أنت عضو فيها أو طلبت الانضمام إليها: { $count }
me-count-group-posts = رسائلك في نقاشات المجموعات: { $count }
me-count-group-flags = رسائل مجموعات أبلغتَ عنها: { $count }
me-count-meetings-attended = اجتماعات مجموعات حضرتها: { $count }
me-count-action-points = مهام باسمك: { $count }
me-count-volunteering = عروض تطوّع لمشاريع: { $count }
me-count-champion = تسجيلات بصفة بطل طاقة: { $count }
me-count-modules-completed = وحدات تعلّم أكملتها: { $count }
me-count-project-follows = مشاريع تصلك أخبارها الشهرية: { $count }
me-count-help-requests = طلبات مساعدة من بطل طاقة: { $count }
me-download = نزّل بياناتك (ZIP)
me-erase-heading = امحُ بياناتك
me-erase-intro = تُمحى دبابيسك وردودك ومتابعاتك ورسائلك وحسابك، وكذلك عضويتك ورسائلك في المجموعات وعروض تطوعك وتسجيلك بطلًا للطاقة والمشاريع التي تتابعها. إن ردّ أحدٌ على دبوسك أو على نقاشك في مجموعة، يبقى مع استبدال كلماتك بعبارة «أُزيل بطلب من الكاتب»، حتى يبقى ردّه مفهومًا. لا تتغيّر الأعداد في التقارير الشهرية.
me-erase = امحُ بياناتي
me-erase-confirm = لا يمكن التراجع عن هذا. هل تمحو كل ما يرتبط بك؟
me-erase-cancel = إلغاء
me-erase-failed = تعذّر محو البيانات. حاول مرة أخرى.
me-erased-heading = مُحيت بياناتك
me-erased = { $count ->
    [zero] مُحي { $count } دبوس
    [one] مُحي دبوس واحد
    [two] مُحي دبوسان
    [few] مُحيت { $count } دبابيس
    [many] مُحي { $count } دبوسًا
   *[other] مُحي { $count } دبوس
}{ $kept ->
    [0] .
   *[other] ، منها { $kept } أُبقيت مع إزالة كلماتها لأن آخرين ردّوا عليها.
}
me-open-map = افتح الخريطة
me-officer-heading = طلبات مقدَّمة نيابةً عن شخص
me-officer-intro = ابحث عمّا سجّله المُحشِّدون لساكن ما، بالاسم أو الملاحظة التي سجّلوها، ثم نزّله أو امحه. يُكتب كل بحث وتنزيل ومحو في سجل التدقيق، دون الاسم الذي بحثت عنه.
me-officer-plan = الخطة
me-officer-name = الاسم أو الملاحظة المسجّلة
me-officer-search = بحث
me-officer-none = لا شيء مسجّل في هذه الخطة يطابق البحث.
me-officer-found = { $count ->
    [zero] { $count } مساهمة مسجّلة نيابةً عن شخص
    [one] مساهمة واحدة مسجّلة نيابةً عن شخص
    [two] مساهمتان مسجّلتان نيابةً عن شخص
    [few] { $count } مساهمات مسجّلة نيابةً عن شخص
    [many] { $count } مساهمة مسجّلة نيابةً عن شخص
   *[other] { $count } مساهمة مسجّلة نيابةً عن شخص
}
me-officer-download = نزّل المحدَّد (ZIP)
me-officer-erase = امحُ المحدَّد
me-officer-erase-confirm = لا يمكن التراجع عن هذا. هل تمحو المساهمات المحدَّدة؟
