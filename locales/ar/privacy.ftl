# The privacy notice (/p/{plan}/privacy): who is responsible for people's data on a plan,
# what it is used for, how long it is kept, the cookies and people's rights.

privacy-page-title = إشعار الخصوصية – { $plan }
privacy-heading = إشعار الخصوصية
privacy-skip = انتقل إلى الإشعار
privacy-back = العودة إلى الخريطة
privacy-loading = جارٍ تحميل إشعار الخصوصية…
privacy-not-found = لا توجد خطة على هذا العنوان.
privacy-load-failed = تعذّر تحميل إشعار الخصوصية. تحقّق من اتصالك وحاول مرة أخرى.
privacy-intro = يوضّح هذا الإشعار ما تحتفظ به هذه الخريطة من معلومات عنك، ولماذا، وإلى متى، وما يمكنك أن تطلب منا فعله بها.

privacy-controller-heading = من المسؤول عن معلوماتك
# $controller is an organisation's name, as the plan's organisers wrote it.
privacy-controller = { $controller } هي الجهة المسؤولة عن المعلومات التي تقدّمها على هذه الخريطة («المتحكّم في البيانات»).
privacy-controller-missing = لم يحدّد منظّمو الخطة بعدُ الجهة المسؤولة عن معلوماتك. إلى أن يفعلوا، راسل جهة الاتصال أدناه.
privacy-contact-heading = كيف تتواصل معنا
privacy-contact-intro = للسؤال عن معلوماتك أو لممارسة أيٍّ من حقوقك، راسل:
privacy-contact-missing = لم يقدّم منظّمو الخطة بعدُ عنوانًا للتواصل.

privacy-purposes-heading = فيمَ نستخدم معلوماتك
privacy-purpose-contributions = دبابيسك وردودك وتأييداتك، والاسم الذي تختار إظهاره معها، ليقرأها جيرانك ومن يخطّطون للمنطقة.
privacy-purpose-accounts = حسابك (بريدك الإلكتروني وكلمة المرور)، لتتمكّن من تسجيل الدخول وتعديل ما كتبته أو حذفه.
privacy-purpose-mail = الرسائل التي طلبتها: مستجدات مكان أو دبوس تتابعه، وروابط التسجيل أو إعادة تعيين كلمة المرور.
privacy-purpose-conversations = محادثات يسجّلها معك منظّمو المجتمع عند بابك أو في الفعاليات، بموافقتك فقط.
privacy-purpose-moderation = الحفاظ على أمان الخريطة: بلاغات المحتوى غير اللائق، وقرارات المشرفين، وسجلّ بمن غيّر ماذا.
privacy-purpose-equality_questions = إجاباتك عن أسئلة «عنك» الاختيارية (العمر، الجنس، المجموعة العرقية، الإعاقة، السكن والنصف الأول من رمزك البريدي)، إن اخترت الإجابة، لنتمكّن من رؤية من لم نسمع صوته بعد. تُحفظ منفصلة عمّا قلته، ولا تُعرض إلا أعدادًا.

privacy-retention-heading = إلى متى نحتفظ بها
privacy-retention-intro = هذه هي المدد التي ضُبطت بها هذه الخريطة. بعدها تُحذف المعلومات أو لا تعود مرتبطة بك.
privacy-retention-events = سجلّ التغييرات للتحديثات المباشرة والملخّصات
privacy-retention-sessions = جلسات تسجيل الدخول، بعد انتهائها
privacy-retention-unconfirmed = المتابعات التي لم تؤكّدها قط
privacy-retention-sent-mail = الرسائل التي أرسلناها إليك
privacy-retention-retry = مفاتيح تمنع نشر الدبوس مرتين
privacy-retention-visitor = الربط بين دبابيسك ومتصفّحك، دون حساب
privacy-retention-inactive = الحسابات التي لا يسجّل أحد الدخول إليها
privacy-retention-about-you = إجاباتك عن أسئلة «عنك»
# $days is a number of days, at least 1.
privacy-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
privacy-kept = لا تُحذف تلقائيًا
privacy-inactive-off = لا تُحذف لعدم الاستخدام
# $days: the days after which an unused account is deleted, once its owner has been warned by mail.
privacy-inactive-days = { $days ->
    [one] تُحذف بعد يوم واحد دون استخدام، بعد تنبيه بالبريد الإلكتروني
    [two] تُحذف بعد يومين دون استخدام، بعد تنبيه بالبريد الإلكتروني
    [few] تُحذف بعد { $days } أيام دون استخدام، بعد تنبيه بالبريد الإلكتروني
    [many] تُحذف بعد { $days } يومًا دون استخدام، بعد تنبيه بالبريد الإلكتروني
   *[other] تُحذف بعد { $days } يوم دون استخدام، بعد تنبيه بالبريد الإلكتروني
}

privacy-cookies-heading = ملفات تعريف الارتباط
privacy-cookies-intro = لا نستخدم إلا ملفات تعريف الارتباط الضرورية تمامًا لما تطلبه من الخريطة، لذلك لا نطلب موافقتك. لا تحمّل الخريطة أي شيء من مواقع أخرى، ولا تحتوي على إعلانات أو تتبّع.
privacy-cookie-name = ملف تعريف الارتباط
privacy-cookie-purpose = الغرض منه
privacy-cookie-lifetime = مدة بقائه
privacy-cookie-sign-in = يُبقيك مسجّل الدخول.
privacy-cookie-visitor = يتيح لك تعديل دبابيسك دون حساب، ويحتسب تأييدك مرة واحدة.
privacy-cookie-language = يتذكّر اللغة التي اخترتها.
privacy-cookie-your-data = تحتفظ، لمدة ساعة، بعنوان البريد الإلكتروني الذي أثبتّه في صفحة «بياناتك»، لتتمكّن من تنزيل ما يرتبط به أو محوه.

privacy-rights-heading = حقوقك
privacy-right-access = يمكنك طلب نسخة من المعلومات التي نحتفظ بها عنك.
privacy-right-rectification = يمكنك أن تطلب منا تصحيح المعلومات الخاطئة.
privacy-right-erasure = يمكنك أن تطلب منا حذف معلوماتك. ويمكنك أيضًا حذف دبابيسك وحسابك بنفسك.
privacy-right-objection = يمكنك الاعتراض على طريقة استخدامنا لمعلوماتك.
privacy-right-complaint = إن لم تكن راضيًا عن طريقة تعاملنا مع معلوماتك، يمكنك تقديم شكوى إلى مكتب مفوّض المعلومات في المملكة المتحدة (ICO).
privacy-rights-how = لممارسة أيٍّ من هذه الحقوق، راسل جهة الاتصال المذكورة أعلاه. سنردّ خلال شهر واحد.
privacy-your-data-link = اطّلع على بياناتك أو نزّلها أو امحها بنفسك
privacy-complaint-link = قدّم شكوى إلى ICO
