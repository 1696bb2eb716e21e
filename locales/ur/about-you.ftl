# The optional "about you" questions (issue 20), after a pin, a workshop pin or a
# conversation. The categories are the ONS 2021 census's wording.

about-you-heading = آپ کے بارے میں (اختیاری)
about-you-saved = آپ کا پن محفوظ ہو گیا ہے۔ آپ یہیں رک سکتے ہیں۔
about-you-why = یہ دیکھنے کے لیے کہ کون حصہ لے رہا ہے اور کس کی آواز ابھی تک نہیں سنی جا رہی، ہم آپ کے بارے میں تھوڑا سا جاننا چاہیں گے۔ ہر سوال اختیاری ہے۔
about-you-who-sees = کوئی بھی آپ کے جوابات کو آپ کی کہی ہوئی بات کے ساتھ نہیں دیکھتا: انہیں صرف گنا جاتا ہے، 10 یا اس سے زیادہ لوگوں کے گروپوں میں۔
# $days: how long this map keeps the answers.
about-you-kept = { $days ->
    [one] ہم آپ کے جوابات { $days } دن تک رکھتے ہیں، پھر انہیں حذف کر دیتے ہیں۔
   *[other] ہم آپ کے جوابات { $days } دن تک رکھتے ہیں، پھر انہیں حذف کر دیتے ہیں۔
}
about-you-prefer-not = بتانا نہیں چاہتے
about-you-send = بھیجیں
about-you-sending = بھیجا جا رہا ہے…
about-you-skip = چھوڑ دیں
about-you-thanks-heading = شکریہ
about-you-thanks = آپ کے جوابات ہمیں ان لوگوں تک پہنچنے میں مدد دیتے ہیں جن کی بات ہم نے ابھی تک نہیں سنی۔
about-you-continue = جاری رکھیں
about-you-failed = آپ کے جوابات نہیں بھیجے جا سکے۔ آپ کا پن محفوظ ہے: آپ دوبارہ کوشش کر سکتے ہیں یا چھوڑ سکتے ہیں۔
about-you-expired = یہ جوابات بھیجنے میں بہت دیر ہو چکی ہے۔ آپ کا پن محفوظ ہے۔
about-you-error-summary = ایک مسئلہ ہے

about-you-age = عمر
about-you-age-under_16 = 16 سے کم
about-you-age-16_24 = 16 سے 24
about-you-age-25_34 = 25 سے 34
about-you-age-35_49 = 35 سے 49
about-you-age-50_64 = 50 سے 64
about-you-age-65_74 = 65 سے 74
about-you-age-75_plus = 75 یا اس سے زیادہ

about-you-gender = صنف
about-you-gender-woman = عورت
about-you-gender-man = مرد
about-you-gender-another = کسی اور طرح

about-you-ethnic = نسلی گروپ
about-you-ethnic-asian = ایشیائی، ایشیائی برطانوی یا ایشیائی ویلش
about-you-ethnic-black = سیاہ فام، سیاہ فام برطانوی، سیاہ فام ویلش، کیریبین یا افریقی
about-you-ethnic-mixed = مخلوط یا متعدد نسلی گروپ
about-you-ethnic-white = سفید فام
about-you-ethnic-other = کوئی اور نسلی گروپ

about-you-disability = کیا کسی صحت کے مسئلے یا معذوری کی وجہ سے، جو کم از کم 12 مہینے سے ہے یا جس کے کم از کم 12 مہینے رہنے کی توقع ہے، آپ کی روزمرہ سرگرمیاں محدود ہیں؟
about-you-disability-limited_a_lot = ہاں، بہت زیادہ محدود
about-you-disability-limited_a_little = ہاں، تھوڑی سی محدود
about-you-disability-not_disabled = نہیں

about-you-tenure = آپ کا گھر
about-you-tenure-owned = مکمل طور پر اپنا یا رہن (مارگیج) کے ساتھ
about-you-tenure-shared_ownership = مشترکہ ملکیت (شیئرڈ اونرشپ)
about-you-tenure-social_rented = سوشل کرائے پر
about-you-tenure-private_rented = نجی کرائے پر
about-you-tenure-rent_free = بغیر کرائے کے رہتے ہیں

about-you-postcode = آپ کے پوسٹ کوڈ کا پہلا حصہ
about-you-postcode-hint = مثال کے طور پر MK6۔ اگر آپ بتانا نہیں چاہتے تو خالی چھوڑ دیں۔
about-you-postcode-invalid = برطانیہ کے پوسٹ کوڈ کا پہلا حصہ درج کریں، جیسے MK6، یا خالی چھوڑ دیں

# The field app: a mobiliser asks the resident, with their agreement.
about-you-field-legend = رہائشی کے بارے میں (اختیاری)
about-you-field-intro = صرف تب پوچھیں جب رہائشی جواب دینے پر خوش ہو۔ ان کے جوابات ان کی کہی ہوئی بات سے الگ رکھے جاتے ہیں اور صرف گنے جاتے ہیں۔
about-you-field-consent = رہائشی نے ان سوالات کے جواب دینے پر رضامندی دی
about-you-field-consent-needed = نشان لگائیں کہ رہائشی نے رضامندی دی، یا جوابات کو "بتانا نہیں چاہتے" پر رہنے دیں
