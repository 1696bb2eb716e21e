# صفحات يكتبها الخادم بنفسه: متابعة مكان أو دبوس أو التزام بالبريد الإلكتروني.

pages-site-title = { $title } — Waymark
pages-confirm-title = أكّد المتابعة
pages-confirm-lead = اضغط الزر لتتلقى { $frequency ->
        [each] رسالة كلما تلقى { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] المنطقة التي رسمتها
        } في { $plan } ردًا أو خبرًا
        [daily] رسالة يومية بجديد { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] المنطقة التي رسمتها
        } في { $plan }
       *[weekly] رسالة أسبوعية بجديد { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] المنطقة التي رسمتها
        } في { $plan }
    }.
pages-confirm-button = تأكيد
pages-confirmed-title = أنت تتابع الآن
pages-confirmed-lead = ستتلقى { $frequency ->
        [each] رسالة كلما تلقى { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] المنطقة التي رسمتها
        } في { $plan } ردًا أو خبرًا
        [daily] ملخصًا يوميًا بجديد { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] المنطقة التي رسمتها
        } على خريطة { $plan }
       *[weekly] ملخصًا أسبوعيًا بجديد { $followed ->
            [neighbourhood] { $name }
            [item] “{ $name }”
           *[area] المنطقة التي رسمتها
        } على خريطة { $plan }
    }.
pages-open-map = افتح الخريطة
pages-unsubscribe-title = أوقف المتابعة
pages-unsubscribe-question = هل توقف الرسائل عن { $followed ->
        [neighbourhood] { $name }
        [item] “{ $name }”
       *[area] المنطقة التي رسمتها
    } على خريطة { $plan }؟
pages-stop-emails = أوقف الرسائل
pages-stop-digest = أوقف الملخص
pages-broken-link-title = هذا الرابط لا يعمل
pages-broken-link-body = الرابط غير مكتمل، أو أن رسالة أحدث منا تحمل بديله، أو أنه يخص طلبًا سُحب. اطلب مجددًا من الخريطة.
pages-gone-title = لم تعد تتابع هذا المكان
pages-gone-body = لن تُرسل ملخصات أخرى، وقد نُسي العنوان.
pages-data-readme =
    بياناتك من Waymark

    كل نوع من الأشياء المرتبطة بك موجود في ملفين بالصفوف نفسها: ملف .json وملف .csv يفتحه برنامج جداول بيانات.

    account: حسابك، إن كان لديك حساب.
    contributions: الدبابيس التي أضفتها (lon وlat هما النقطة الدقيقة التي حدّدتها).
    replies: ردودك على الدبابيس.
    supports: الدبابيس التي دعمتها.
    flags: الدبابيس التي أبلغت عنها المشرفين، وسبب ذلك.
    follows: الأماكن والدبابيس والالتزامات التي تتابعها بالبريد الإلكتروني.
    proposals وenergy_plans: مشاريع الطاقة المجتمعية وخطط الطاقة التي كتبتها لمجموعة.
    mail: الرسائل التي أرسلها Waymark أو سيرسلها إلى عنوانك.
    about_you: إجاباتك عن أسئلة «عنك» الاختيارية (العمر، الجنس، المجموعة العرقية، الإعاقة، السكن، النصف الأول من رمزك البريدي)؛ لا تُستخدم إلا في العدّ، ولا تُعرض أبدًا مع ما قلته.

    group_memberships: مجموعات العمل التعاوني التي أنت عضو فيها أو طلبت الانضمام إليها (الحالة «requested»).
    group_posts وgroup_flags: ما كتبته في نقاشات المجموعات، والرسائل التي أبلغت عنها.
    meetings_attended: اجتماعات المجموعات التي سُجّل حضورك فيها.
    action_points: مهام مجموعاتك التي يحمل المسؤول عنها اسمك.
    volunteering: عروضك لمساعدة مشروع طاقة مجتمعية، بحسب عنوان بريدك الإلكتروني (غير المؤكَّدة تُحذف بعد 7 أيام).
    champion: تسجيلك بطلًا للطاقة المجتمعية، والأحياء التي تغطيها، وتدريبك.
    modules_completed: وحدات مكتبة التعلّم التي أكملتها.
    project_follows: المشاريع التي تصلك أخبارها الشهرية.
    help_requests: دبابيس الطاقة التي طلبت فيها مساعدة بطل طاقة (تُحفظ 90 يومًا).

## التطوع في مشروع طاقة مجتمعية (issue 19)

pages-volunteer-confirm-title = أكِّد عرضك للمساعدة
pages-volunteer-confirm-lead = اضغط «تأكيد» فيرى فريق المشروع عنوان بريدك الإلكتروني، ليتمكّن من التواصل معك.
pages-volunteer-confirm-button = تأكيد
pages-volunteer-confirmed-title = شكرًا لعرضك المساعدة
pages-volunteer-confirmed-lead = أصبحت الآن متطوعًا في { $project } بصفة «{ $role }». سيتواصل معك الفريق.
pages-volunteer-open-project = افتح صفحة المشروع
pages-volunteer-leave-title = التوقف عن التطوع
pages-volunteer-leave-lead = اضغط الزر فيُحذف عرضك وعنوان بريدك الإلكتروني. لن يراك الفريق بعد ذلك.
pages-volunteer-leave-button = التوقف عن التطوع
pages-volunteer-left-title = لقد انسحبت
pages-volunteer-left-lead = حُذف عرضك وعنوان بريدك الإلكتروني.
pages-project-unfollow-title = إيقاف الأخبار الشهرية
pages-project-unfollow-lead = اضغط الزر فتتوقف الرسالة الشهرية لهذا المشروع.
pages-project-unfollow-button = إيقاف الرسالة الشهرية
pages-project-unfollowed-title = لا مزيد من الأخبار الشهرية
pages-project-unfollowed-lead = لن تصلك الرسالة الشهرية لهذا المشروع بعد الآن.
