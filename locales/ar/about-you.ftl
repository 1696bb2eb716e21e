# The optional "about you" questions (issue 20), after a pin, a workshop pin or a
# conversation. The categories are the ONS 2021 census's wording.

about-you-heading = عنك (اختياري)
about-you-saved = حُفظ دبوسك. يمكنك التوقف هنا.
about-you-why = لنرى من يشارك ومن لم نسمع صوته بعد، نودّ أن نعرف عنك القليل. كل الأسئلة اختيارية.
about-you-who-sees = لا أحد يرى إجاباتك بجانب ما قلته: إنها تُعدّ فقط، في مجموعات من 10 أشخاص أو أكثر.
# $days: how long this map keeps the answers.
about-you-kept = { $days ->
    [zero] نحتفظ بإجاباتك { $days } يوم، ثم نحذفها.
    [one] نحتفظ بإجاباتك يومًا واحدًا، ثم نحذفها.
    [two] نحتفظ بإجاباتك يومين، ثم نحذفها.
    [few] نحتفظ بإجاباتك { $days } أيام، ثم نحذفها.
    [many] نحتفظ بإجاباتك { $days } يومًا، ثم نحذفها.
   *[other] نحتفظ بإجاباتك { $days } يوم، ثم نحذفها.
}
about-you-prefer-not = أفضّل عدم الإجابة
about-you-send = إرسال
about-you-sending = جارٍ الإرسال…
about-you-skip = تخطّي
about-you-thanks-heading = شكرًا لك
about-you-thanks = تساعدنا إجاباتك على الوصول إلى الأشخاص الذين لم نسمع منهم بعد.
about-you-continue = متابعة
about-you-failed = تعذّر إرسال إجاباتك. دبوسك محفوظ: يمكنك المحاولة مرة أخرى أو التخطي.
about-you-expired = فات أوان إرسال هذه الإجابات. دبوسك محفوظ.
about-you-error-summary = هناك مشكلة

about-you-age = العمر
about-you-age-under_16 = أقل من 16
about-you-age-16_24 = من 16 إلى 24
about-you-age-25_34 = من 25 إلى 34
about-you-age-35_49 = من 35 إلى 49
about-you-age-50_64 = من 50 إلى 64
about-you-age-65_74 = من 65 إلى 74
about-you-age-75_plus = 75 أو أكثر

about-you-gender = الجنس
about-you-gender-woman = امرأة
about-you-gender-man = رجل
about-you-gender-another = بطريقة أخرى

about-you-ethnic = المجموعة العرقية
about-you-ethnic-asian = آسيوي، أو بريطاني آسيوي، أو ويلزي آسيوي
about-you-ethnic-black = أسود، أو بريطاني أسود، أو ويلزي أسود، أو كاريبي، أو أفريقي
about-you-ethnic-mixed = مجموعات عرقية مختلطة أو متعددة
about-you-ethnic-white = أبيض
about-you-ethnic-other = مجموعة عرقية أخرى

about-you-disability = هل أنشطتك اليومية محدودة بسبب مشكلة صحية أو إعاقة استمرت، أو يُتوقع أن تستمر، 12 شهرًا على الأقل؟
about-you-disability-limited_a_lot = نعم، محدودة كثيرًا
about-you-disability-limited_a_little = نعم، محدودة قليلًا
about-you-disability-not_disabled = لا

about-you-tenure = مسكنك
about-you-tenure-owned = ملك تام أو برهن عقاري
about-you-tenure-shared_ownership = ملكية مشتركة (shared ownership)
about-you-tenure-social_rented = إيجار اجتماعي
about-you-tenure-private_rented = إيجار خاص
about-you-tenure-rent_free = يسكن دون دفع إيجار

about-you-postcode = النصف الأول من رمزك البريدي
about-you-postcode-hint = مثلًا MK6. اتركه فارغًا إن كنت تفضّل عدم الإجابة.
about-you-postcode-invalid = أدخل النصف الأول من رمز بريدي في المملكة المتحدة، مثل MK6، أو اتركه فارغًا

# The field app: a mobiliser asks the resident, with their agreement.
about-you-field-legend = عن الساكن (اختياري)
about-you-field-intro = اسأل فقط إذا كان الساكن راضيًا بالإجابة. تُحفظ إجاباته منفصلة عمّا قاله ولا تُستخدم إلا في العدّ.
about-you-field-consent = وافق الساكن على الإجابة عن هذه الأسئلة
about-you-field-consent-needed = ضع علامة على موافقة الساكن، أو اترك الإجابات على «أفضّل عدم الإجابة»
