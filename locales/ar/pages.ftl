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

    لا يحتفظ Waymark هذا بتسجيلات المتطوعين، لذلك لا ملفات لها.
