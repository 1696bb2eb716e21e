# رسائل البريد. كل نص فقرات كاملة؛ يصل الكود بين الفقرات وأسطر القوائم.

mail-subscription-confirm-subject = أكّد: متابعة { $place ->
        [area] المنطقة التي رسمتها على الخريطة
       *[neighbourhood] { $name }
    } في { $plan }
mail-subscription-confirm-body =
    مرحبًا،

    طلب أحدهم، وربما أنت، تلقي أخبار { $place ->
        [area] المنطقة التي رسمتها على الخريطة
       *[neighbourhood] { $name }
    } بالبريد الإلكتروني على خريطة { $plan }.

    للتأكيد، افتح هذا الرابط واضغط "تأكيد":
    { $url }

    إذا لم تكن أنت، فتجاهل هذه الرسالة: لن نرسل شيئًا آخر.

mail-digest-subject = { $place ->
        [area] منطقتك
       *[neighbourhood] { $name }
    }: { $count } جديدة في { $plan }
mail-digest-intro =
    مرحبًا،

    { $count ->
        [one] أُضيفت مساهمة جديدة واحدة
        [two] أُضيفت مساهمتان جديدتان
        [few] أُضيفت { $count } مساهمات جديدة
       *[other] أُضيفت { $count } مساهمة جديدة
    } في { $place ->
        [area] المنطقة التي رسمتها على الخريطة
       *[neighbourhood] { $name }
    } ضمن { $plan } منذ آخر ملخّص:
mail-digest-line = - { $kind }: { $title }
mail-digest-line-in = - { $kind }: { $title } ({ $neighbourhood })
mail-digest-outro =
    شاهدها على الخريطة: { $map }

    تصلك هذه الرسالة { $frequency ->
        [daily] كل يوم
       *[weekly] كل أسبوع
    } لأنك تتابع { $place ->
        [area] المنطقة التي رسمتها على الخريطة
       *[neighbourhood] { $name }
    } في { $plan }.
    لإيقافها، افتح: { $unsubscribe }

mail-kind = { $kind ->
    [idea] فكرة
    [issue] مشكلة
    [interest] اهتمام
   *[story] قصة إيجابية
}

mail-follow-confirm-subject = أكّد: اعرف ما يحدث لـ{ $followed ->
        [pin] الدبوس “{ $name }”
       *[commitment] الالتزام “{ $name }”
    } في { $plan }
mail-follow-confirm-body =
    مرحبًا،

    طلب أحدهم، وربما أنت، أن يعرف بالبريد الإلكتروني ما يحدث لـ{ $followed ->
        [pin] الدبوس “{ $name }”
       *[commitment] الالتزام “{ $name }”
    } على خريطة { $plan }: رسالة كلما وصل رد أو خبر.

    للتأكيد، افتح هذا الرابط واضغط "تأكيد":
    { $url }

    إذا لم تكن أنت، فتجاهل هذه الرسالة: لن نرسل شيئًا آخر.

mail-hello = مرحبًا،
mail-status = { $status ->
    [open] مفتوح
    [referred] محال إلى منظمة أخرى
    [considering] قيد الدراسة
    [planned] مخطط له
    [done] منجز
    [not_possible] غير ممكن
   *[duplicate] نسخة مكررة من دبوس آخر
}
mail-outcome-answer-subject = { $plan }: { $pins ->
        [0] حالة جديدة لالتزام تتابعه
        [one] حالة جديدة لدبوس تتابعه
       *[other] حالة جديدة لـ{ $pins } دبابيس تتابعها
    }: { $status }
mail-outcome-answer = ردّت { $organisation } على { $pins ->
        [0] التزام تتابعه
        [one] دبوس تتابعه
       *[other] { $pins } دبابيس تتابعها
    } في { $plan }. الحالة الجديدة: { $status }.
mail-outcome-commitment = الالتزام: { $title }
mail-outcome-expected = الموعد المتوقع: { $month }
mail-outcome-response =
    “{ $response }”
    — { $organisation }
mail-outcome-reason = لماذا هو غير ممكن: { $reason }
mail-outcome-progress-subject = { $plan }: أُنجز { $progress }% من “{ $commitment }”
mail-outcome-progress =
    نشرت { $organisation } أخبار “{ $commitment }” في { $plan }: أُنجز { $progress }%، بتاريخ { $date }.

    “{ $note }”
mail-outcome-pins = { $count ->
    [one] الدبوس:
   *[other] الدبابيس:
}
mail-outcome-more = … و{ $count } أخرى.
mail-outcome-see = شاهدها على الخريطة: { $map }
mail-outcome-stop = تصلك هذه الرسالة لأنك تتابع { $followed ->
        [neighbourhood] { $name }
        [area] المنطقة التي رسمتها على الخريطة
        [pin] الدبوس “{ $name }”
       *[commitment] الالتزام “{ $name }”
    }. لإيقافها، افتح: { $url }

mail-signup-subject = أكّد حسابك في Waymark
mail-signup-body =
    مرحبًا،

    طلب أحدهم، وربما أنت، حسابًا في Waymark بهذا البريد الإلكتروني.

    لإنشاء الحساب، افتح هذا الرابط، وأدخل كلمة المرور التي اخترتها واضغط "تأكيد" (يعمل الرابط { $hours } ساعة):
    { $url }

    إذا لم تكن أنت، فتجاهل هذه الرسالة: لن يُنشأ أي حساب.
mail-signup-taken-subject = حسابك في Waymark
mail-signup-taken-body =
    مرحبًا،

    حاول أحدهم، وربما أنت، التسجيل في Waymark بهذا البريد الإلكتروني. لديك حساب بالفعل، لذا لم يُنشأ حساب جديد.

    إذا كنت أنت، فسجّل الدخول هنا:
    { $sign_in }

    نسيت كلمة المرور؟ اختر واحدة جديدة هنا:
    { $reset }

    إذا لم تكن أنت، فتجاهل هذه الرسالة: لم يتغير شيء.
mail-reset-subject = اختر كلمة مرور جديدة لـWaymark
mail-reset-body =
    مرحبًا،

    طلب أحدهم، وربما أنت، اختيار كلمة مرور جديدة لحساب Waymark الخاص بهذا البريد الإلكتروني.

    لاختيارها، افتح هذا الرابط خلال { $minutes } دقيقة:
    { $url }

    إذا لم تكن أنت، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
mail-email-change-subject = أكّد بريدك الإلكتروني الجديد لـWaymark
mail-email-change-body =
    مرحبًا،

    طلب أحدهم، وربما أنت، استخدام هذا البريد الإلكتروني لحسابه في Waymark.

    للتأكيد، افتح هذا الرابط واضغط "تأكيد" (يعمل الرابط { $hours } ساعة):
    { $url }

    إذا لم تكن أنت، فتجاهل هذه الرسالة: لن يتغير شيء.
mail-email-changed-subject = تغيّر البريد الإلكتروني لحسابك في Waymark
mail-email-changed-body =
    مرحبًا،

    صار حساب Waymark لهذا البريد الإلكتروني يستخدم عنوانًا آخر: { $address }.
    من الآن، سجّل الدخول بذلك العنوان.

    إذا لم تطلب هذا، فربما سجّل أحدهم الدخول باسمك: أخبر القائمين على خريطة Waymark فورًا. صفحة اختيار كلمة مرور جديدة هي:
    { $url }
mail-inactive-account-subject = سيُحذف حسابك في Waymark
mail-inactive-account-body =
    مرحبًا،

    لم يسجّل أحد الدخول إلى حساب Waymark الخاص بهذا البريد الإلكتروني منذ { $since }. تُحذف الحسابات التي لا يستخدمها أحد، كي لا يُحتفظ بشيء عن الناس أطول مما يلزم.

    للإبقاء على حسابك، سجّل الدخول قبل { $deadline }:
    { $url }

    وإلا فسيُحذف الحساب حينها. يبقى ما كتبته على الخريطة، لكنه لن يعود مرتبطًا بك.
mail-data-link-subject = بياناتك على Waymark
mail-data-link-body =
    مرحبًا،

    طلب شخصٌ ما، وعلى الأرجح أنت، الاطلاع على ما يحتفظ به Waymark مرتبطًا بعنوان البريد الإلكتروني هذا، أو تنزيله، أو محوه.

    لفعل ذلك، افتح هذا الرابط خلال { $minutes } دقيقة (يعمل مرة واحدة):
    { $url }

    إن لم تكن أنت، فتجاهل هذه الرسالة: لم يُعرض شيء على أحد.

## مجموعات العمل التعاوني (issue 18)

mail-group-minutes-subject = { $group }: محضر اجتماع { $date }
mail-group-minutes-body =
    مرحبًا،

    نُشر محضر اجتماع { $group } بتاريخ { $date }. تجده أدناه وعلى صفحة المجموعة:
    { $url }
mail-group-threads-subject = { $group }: { $count ->
        [one] نقاش جديد واحد
        [two] نقاشان جديدان
        [few] { $count } نقاشات جديدة
       *[other] { $count } نقاشًا جديدًا
    }
mail-group-threads-body =
    مرحبًا،

    { $count ->
        [one] بدأ نقاش جديد واحد
        [two] بدأ نقاشان جديدان
        [few] بدأت { $count } نقاشات جديدة
       *[other] بدأ { $count } نقاشًا جديدًا
    } في { $group } منذ رسالتك الأخيرة. اقرأ وردّ في مساحة الأعضاء:
    { $url }

    لإيقاف هذه الرسائل، أطفئ «الرسالة اليومية بالنقاشات الجديدة» على صفحة المجموعة.

## مشاريع الطاقة المجتمعية (issue 19)

mail-volunteer-confirm-subject = أكِّد: عرضتَ المساعدة في { $project }
mail-volunteer-confirm-body =
    مرحبًا،

    عرض شخصٌ ما، وربما أنت، المساعدة في مشروع الطاقة المجتمعية { $project }
    بصفة «{ $role }».

    للتأكيد، افتح هذا الرابط واضغط «تأكيد»:
    { $url }

    سيرى فريق المشروع بعد ذلك عنوان بريدك الإلكتروني وقد يراسلك.
    إن لم تكن أنت، فتجاهل هذه الرسالة: لن يُرسل شيء آخر.

    للانسحاب في أي وقت (ويُحذف عنوانك عندئذٍ)، افتح:
    { $leave }
mail-help-request-subject = أحد سكان { $neighbourhood } يطلب المساعدة في فكرة عن الطاقة
mail-help-request-body =
    مرحبًا،

    أنت من أبطال الطاقة المجتمعية في { $neighbourhood }. طلب أحد السكان المساعدة
    بشأن هذا الدبوس على الخريطة: «{ $title }»

    ألقِ نظرة، وردّ على الخريطة إن استطعت المساعدة:
    { $url }
mail-project-update-subject = { $project }: أخبار هذا الشهر
mail-project-update-intro = { $count ->
        [0] لا تحديثات جديدة من { $project } هذا الشهر.
        [one] تحديث واحد من { $project } هذا الشهر:
        [two] تحديثان من { $project } هذا الشهر:
        [few] { $count } تحديثات من { $project } هذا الشهر:
       *[other] { $count } تحديثًا من { $project } هذا الشهر:
    }
mail-project-update-footer =
    اطّلع على المشروع: { $url }

    لإيقاف هذه الرسائل الشهرية، افتح:
    { $unsubscribe }
