# The plan page: header, map, list, a contribution, the add form, following by e-mail,
# community energy and the account links. Draft translation, awaiting review by a native speaker.

-map-brand = Waymark

## The plan page

map-page-title = { $plan } — { -map-brand }
map-contribution-title = { $title } — { $plan } — { -map-brand }
map-skip-to-list = فہرست پر جائیں
map-loading = لوڈ ہو رہا ہے…
map-no-script = نقشہ اور فہرست دکھانے کے لیے Waymark کو JavaScript کی ضرورت ہے۔
map-plan-not-found = ہمیں یہ منصوبہ نہیں ملا۔ لنک چیک کریں، یا مرکزی نقشہ کھولیں۔
map-open-main-map = مرکزی نقشہ کھولیں
map-load-failed = لوڈ کرتے وقت کچھ غلط ہو گیا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
map-try-again = دوبارہ کوشش کریں
map-map-failed = اس آلے پر نقشہ نہیں دکھایا جا سکا۔ آپ پھر بھی فہرست کے ذریعے دیکھ سکتے ہیں، حمایت کر سکتے ہیں، جواب دے سکتے ہیں اور اپنا خیال شامل کر سکتے ہیں۔
map-hidden-now = ایک منتظم نے ابھی یہ تحریر چھپا دی ہے۔ آپ واپس فہرست پر ہیں۔
map-add-button = اپنا خیال شامل کریں
map-menu-button = مینو
map-views-label = دکھائیں
map-view-map = نقشہ
map-view-list = فہرست
map-map-label = { $plan } کا نقشہ۔ تیر والی کلیدوں سے حرکت دیں، جمع اور تفریق سے زوم کریں۔ فہرست وہ دکھاتی ہے جو نظر میں ہے۔
map-map-region = نقشہ
map-legend-title = علامات
map-legend-bubble = کئی پن: انہیں دیکھنے کے لیے زوم کریں یا اسے منتخب کریں
map-map-locale-map-title = نقشہ
map-map-locale-navigation-control-zoom-in = قریب کریں
map-map-locale-navigation-control-zoom-out = دور کریں
map-map-locale-navigation-control-reset-bearing = نقشے کو شمال کی طرف کریں
map-map-locale-attribution-control-toggle-attribution = نقشے کے حوالے دکھائیں یا چھپائیں
map-map-locale-scale-control-meters = میٹر
map-map-locale-scale-control-kilometers = کلومیٹر
map-map-locale-marker-title = پن
map-map-locale-geolocate-control-find-my-location = دکھائیں میں کہاں ہوں
map-map-locale-geolocate-control-location-not-available = آپ کا مقام دستیاب نہیں ہے
map-kind-idea = خیال
map-kind-issue = مسئلہ
map-kind-interest = دلچسپی
map-kind-story = مثبت کہانی
map-kind-plural-idea = خیالات
map-kind-plural-issue = مسائل
map-kind-plural-interest = دلچسپیاں
map-kind-plural-story = مثبت کہانیاں
map-kind-hint-idea = کوئی چیز جو آپ کے علاقے کو بہتر بنا سکتی ہے
map-kind-hint-issue = کوئی مسئلہ جسے ٹھیک کرنے کی ضرورت ہے
map-kind-hint-interest = کوئی چیز جس کی آپ کو پروا ہے یا جس میں آپ شامل ہونا چاہیں گے
map-kind-hint-story = کوئی اچھی چیز جو پہلے سے ہو رہی ہے
map-theme-energy = توانائی
map-theme-transport = آمد و رفت
map-theme-housing = رہائش
map-theme-green-space = پارک اور سبز جگہیں
map-theme-safety = حفاظت
map-theme-community = برادری
map-theme-health = صحت اور بہبود
map-theme-other = کچھ اور
map-browse-heading = لوگوں نے کیا کہا ہے
map-browse-intro = نقشے کے اس حصے میں جو کچھ بھی پن کیا گیا ہے جو آپ دیکھ سکتے ہیں۔ دوسری جگہیں دیکھنے کے لیے نقشہ حرکت دیں۔
map-filters-toggle = فلٹر
map-filters-active = { $count ->
    [one] { $count } فلٹر لگا ہے
   *[other] { $count } فلٹر لگے ہیں
}
map-search-label = تلاش
map-search-hint = عنوان یا متن کے الفاظ، مثال کے طور پر “شمسی” یا “بس”
map-search-button = تلاش کریں
map-kind-legend = قسم
map-theme-legend = موضوع
map-neighbourhood-label = محلہ
map-any-neighbourhood = تمام محلے
map-clear-filters = تمام فلٹر ہٹائیں
map-browse-intro-no-map = منصوبے کے علاقے میں پن کی گئی ہر چیز، نئی سب سے پہلے۔
map-results-none = یہاں ابھی کچھ نہیں ہے۔
map-results-newest-view = نقشے کے اس حصے میں سب سے نئی { $count } دکھائی جا رہی ہیں۔
map-results-newest-area = منصوبے کے علاقے میں سب سے نئی { $count } دکھائی جا رہی ہیں۔
map-results-count-view = { $count ->
    [one] نقشے کے اس حصے میں { $count } تحریر۔
   *[other] نقشے کے اس حصے میں { $count } تحریریں۔
}
map-results-count-area = { $count ->
    [one] منصوبے کے علاقے میں { $count } تحریر۔
   *[other] منصوبے کے علاقے میں { $count } تحریریں۔
}
map-results-filtered = فلٹر لگے ہوئے ہیں۔
map-no-results = یہاں کچھ نہیں ملتا۔ نقشہ ہٹائیں یا دور کریں، یا فلٹر بدلیں۔
map-no-results-empty = نقشے کے اس حصے میں ابھی تک کچھ پن نہیں کیا گیا۔ پہلے بنیں: اپنا خیال شامل کریں۔
map-show-more = مزید دکھائیں
map-list-loading = فہرست لوڈ ہو رہی ہے…
map-list-failed = فہرست لوڈ نہیں ہو سکی۔
map-search-found-none = کوئی تحریر آپ کی تلاش سے نہیں ملتی۔
map-search-found = { $count ->
    [one] { $count } تحریر ملتی ہے۔ نقشہ دکھاتا ہے کہ وہ کہاں ہے۔
   *[other] { $count } تحریریں ملتی ہیں۔ نقشہ دکھاتا ہے کہ وہ کہاں ہیں۔
}
map-search-found-more = { $count } سے زیادہ تحریریں ملتی ہیں۔ نقشہ دکھاتا ہے کہ وہ کہاں ہیں۔
map-map-matches-capped = نقشہ سب سے نئے { $count } نتائج دکھاتا ہے۔
map-supports-count = { $count ->
    [one] { $count } حمایت
   *[other] { $count } حمایتیں
}
map-replies-count = { $count ->
    [one] { $count } جواب
   *[other] { $count } جوابات
}
map-in-neighbourhood = { $name } میں
# A contribution written in another language than the page's; $language is its name in the page's language.
map-written-in = { $language } میں لکھا گیا
map-back-to-list = واپس فہرست پر
map-show-on-map = نقشے پر دکھائیں
map-by = از { $name }
map-anonymous = ایک رہائشی
map-posted = { $date } کو شامل کیا گیا
map-precision-note-exact = بالکل اسی جگہ پر پن کیا گیا۔
map-precision-note-street = قریب ترین گلی پر پن کیا گیا (تقریباً 100 میٹر)۔
map-precision-note-neighbourhood = محلے کے درمیان میں پن کیا گیا۔
map-pending-note = ایک منتظم کے جانچنے کا انتظار ہے۔ فی الحال صرف آپ اسے دیکھ سکتے ہیں۔
map-support = حمایت کریں
map-supported = حمایت کی گئی
map-support-hint = اگر آپ متفق ہیں تو اس کی حمایت کریں۔ اپنی حمایت واپس لینے کے لیے دوبارہ منتخب کریں۔
map-help-ask = مجھے اس میں مدد چاہیے
map-help-hint = کمیونٹی توانائی کے چیمپئن مقامی رضاکار ہیں جو اپنے محلے کی توانائی کے خیالات میں مدد کرتے ہیں۔ درخواست کرنے سے انہیں اس پن کے بارے میں ای میل جاتی ہے۔
map-help-asking = چیمپئنز سے پوچھا جا رہا ہے…
map-help-told = { $count ->
    [one] { $neighbourhood } کے توانائی چیمپئن کو بتا دیا گیا۔ وہ یہاں جواب دے سکتے ہیں۔
   *[other] { $neighbourhood } کے { $count } توانائی چیمپئنز کو بتا دیا گیا۔ ان میں سے کوئی یہاں جواب دے سکتا ہے۔
}
map-help-none = { $neighbourhood } کے لیے ابھی کوئی توانائی چیمپئن نہیں، اس لیے کسی کو نہیں بتایا جا سکا۔ آپ پھر بھی اس پن پر جواب لکھ سکتے ہیں۔
map-help-asked-before = آپ پہلے ہی پوچھ چکے ہیں: چیمپئنز کو تب بتا دیا گیا تھا۔
map-help-failed = درخواست نہیں بھیجی جا سکی۔ دوبارہ کوشش کریں۔
map-support-count = { $count ->
    [one] { $count } شخص اس کی حمایت کرتا ہے
   *[other] { $count } لوگ اس کی حمایت کرتے ہیں
}
map-support-added = شکریہ۔ آپ کی حمایت گن لی گئی ہے۔
map-support-removed = آپ کی حمایت واپس لے لی گئی ہے۔
map-support-failed = آپ کی حمایت محفوظ نہیں ہو سکی۔ براہ کرم دوبارہ کوشش کریں۔
map-feature-quote = ماہانہ رپورٹ میں اقتباس دیں
map-feature-hint = موبلائزرز کے لیے: ماہانہ مکالمے کی رپورٹ یہاں چنی گئی چیزوں کا اقتباس دیتی ہے۔ صرف وہ شائع شدہ چیز چنی جا سکتی ہے جس کے رہائشی نے اقتباس پر رضامندی دی ہو۔
map-feature-added = اس کا اقتباس ماہانہ رپورٹ میں دیا جائے گا۔
map-feature-removed = اب اس کا اقتباس ماہانہ رپورٹ میں نہیں دیا جائے گا۔
map-feature-refused = اس کا اقتباس نہیں دیا جا سکتا: یہ شائع نہیں ہوا، یا اس کے رہائشی نے اقتباس پر رضامندی نہیں دی۔
map-feature-failed = آپ کا انتخاب محفوظ نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔
map-replies-heading-count = جوابات ({ $count })
map-no-replies = ابھی کوئی جواب نہیں۔
map-reply-heading = جواب دیں
map-reply-label = آپ کا جواب
map-reply-name-label = آپ کا نام (اختیاری)
map-reply-name-hint = آپ کے جواب کے ساتھ دکھایا جائے گا۔ نام کے بغیر جواب دینے کے لیے اسے خالی چھوڑ دیں۔
map-reply-submit = جواب بھیجیں
map-reply-sending = بھیجا جا رہا ہے…
map-reply-sent = آپ کا جواب شامل کر دیا گیا ہے۔
map-reply-failed = آپ کا جواب نہیں بھیجا جا سکا۔ براہ کرم دوبارہ کوشش کریں۔
map-not-found = یہ تحریر نہیں مل سکی۔ ہو سکتا ہے اسے ہٹا دیا گیا ہو۔
map-add-heading = اپنا خیال شامل کریں
map-add-intro = اپنے پڑوسیوں اور اپنے علاقے کی منصوبہ بندی کرنے والوں کو بتائیں کہ آپ کیا سوچتے ہیں۔ اس میں تقریباً دو منٹ لگتے ہیں۔ آپ کو اکاؤنٹ کی ضرورت نہیں۔
map-cancel = منسوخ کریں
map-step-where = مرحلہ 1 از 2: یہ کہاں ہے؟
map-step-what = مرحلہ 2 از 2: ہمیں اس کے بارے میں بتائیں
map-place-by-map = نقشے پر وہاں ٹیپ یا کلک کریں جہاں یہ ہے۔ آپ پن کو گھسیٹ کر ہٹا سکتے ہیں۔
map-place-by-keyboard = کی بورڈ سے: تیر والی کلیدوں سے نقشہ ہٹائیں یہاں تک کہ کراس اس جگہ پر ہو، پھر Enter دبائیں۔
map-place-on-map-button = نقشے پر کی بورڈ استعمال کریں
map-place-without-map = یا نقشے کے بغیر جگہ منتخب کریں
map-place-neighbourhood-label = محلہ
map-place-choose = محلہ منتخب کریں
map-place-search-label = یا جگہ کا نام لکھیں
map-place-search-hint = کسی محلے کا نام، مثال کے طور پر Fishermead
map-place-search-button = تلاش کریں
map-place-no-match = “{ $text }” نام کا کوئی محلہ نہیں۔ کوئی اور نام آزمائیں یا فہرست سے ایک منتخب کریں۔
map-place-found = پن { $name } کے درمیان میں لگا دیا گیا۔
map-place-empty = پہلے کسی جگہ کا نام لکھیں۔
map-place-set = پن لگا دیا گیا۔ اسے ہٹانے کے لیے آپ اسے گھسیٹ سکتے ہیں یا اس پر تیر والی کلیدیں استعمال کر سکتے ہیں۔
map-place-moved = پن ہٹا دیا گیا۔
# The place of the pin being added, near the neighbourhood whose middle is closest.
map-place-chosen-near = آپ کا پن: { $name } کے قریب
map-place-chosen-unknown = آپ کا پن: نقشے پر
map-place-needed = پہلے نقشے پر پن لگائیں یا کوئی جگہ منتخب کریں۔
map-change-place = جگہ بدلیں
map-continue = جاری رکھیں
map-pin-label = آپ کا پن۔ اسے ہٹانے کے لیے تیر والی کلیدیں استعمال کریں۔
map-crosshair-label = کراس دکھاتا ہے کہ پن کہاں لگے گا
map-keyboard-placing = تیر والی کلیدوں سے نقشہ ہٹائیں۔ کراس پر پن لگانے کے لیے Enter دبائیں، یا رکنے کے لیے Escape۔
map-kind-question = یہ کیا ہے؟
map-themes-question = یہ کس بارے میں ہے؟
map-themes-hint = ایک، دو یا تین منتخب کریں۔
map-title-label = عنوان
map-title-hint = ایک مختصر خلاصہ، مثال کے طور پر “کمیونٹی سینٹر پر شمسی پینل”۔
map-body-label = ہمیں مزید بتائیں (اختیاری)
map-body-hint = یہ کیا ہے، یہ کیوں اہم ہے، اس سے کس کی مدد ہوگی؟
map-precision-question = ہم جگہ کو کتنی درستی سے دکھائیں؟
map-precision-hint = ہم بالکل درست جگہ کو نجی رکھتے ہیں جب تک آپ اسے دکھانے کا انتخاب نہ کریں۔
map-precision-option-exact = بالکل وہیں جہاں میں نے پن لگایا
map-precision-option-street = قریب ترین گلی (تقریباً 100 میٹر دور)
map-precision-option-neighbourhood = صرف محلہ
map-precision-option-hint-exact = ایسی جگہ کے لیے اچھا جسے سب جانتے ہیں، جیسے بس اسٹاپ یا پارک۔ اسے اپنے گھر کے لیے استعمال نہ کریں۔
map-precision-option-hint-street = دوسرے دیکھتے ہیں کہ یہ تقریباً کہاں ہے، لیکن بالکل درست جگہ نہیں۔ تجویز کردہ۔
map-precision-option-hint-neighbourhood = دوسرے صرف یہ دیکھتے ہیں کہ یہ کس محلے میں ہے۔
map-name-label = آپ کا نام (اختیاری)
map-name-hint = آپ کی تحریر کے ساتھ دکھایا جائے گا۔ نام کے بغیر بھیجنے کے لیے اسے خالی چھوڑ دیں۔
map-submit = نقشے میں شامل کریں
map-submitting = شامل کیا جا رہا ہے…
map-error-summary = ایک مسئلہ ہے
map-error-prefix = خرابی:
map-error-generic = آپ کی تحریر شامل نہیں ہو سکی۔ براہ کرم دوبارہ کوشش کریں۔
map-error-offline = لگتا ہے آپ آف لائن ہیں۔ آپ کا متن ابھی یہیں ہے: کنکشن ملنے پر دوبارہ کوشش کریں۔
map-error-rate-limited = آپ نے کم وقت میں بہت کچھ بھیجا ہے۔ براہ کرم ایک منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
map-error-outside = یہ جگہ منصوبے کے علاقے سے باہر ہے۔ خاکے کے اندر کوئی جگہ منتخب کریں۔
map-added = شکریہ۔ آپ کی تحریر نقشے پر ہے۔
map-added-pending = شکریہ۔ آپ کی تحریر نقشے پر آنے سے پہلے ایک منتظم اسے جانچے گا۔
map-characters-left = { $count ->
    [one] { $count } حرف باقی
   *[other] { $count } حروف باقی
}
map-characters-too-many = { $count ->
    [one] { $count } حرف زیادہ
   *[other] { $count } حروف زیادہ
}
map-field-geometry = جگہ
map-field-geometry-type = جگہ
map-field-geometry-coordinates = جگہ
map-field-properties-kind = قسم
map-field-properties-themes = موضوعات
map-field-properties-title = عنوان
map-field-properties-body = متن
map-field-properties-display-name = نام
map-field-properties-precision = جگہ کیسے دکھائی جائے
map-field-body = جواب
map-field-display-name = نام
# A problem in the error summary: the field's short name, then what is wrong with it.
map-field-problem = { $field }: { $message }
map-today = آج
map-yesterday = کل
map-days-ago = { $count ->
    [one] { $count } دن پہلے
   *[other] { $count } دن پہلے
}

## energy

map-energy-header-button = کمیونٹی توانائی
map-groups = گروپ
map-energy-heading = کمیونٹی توانائی
map-energy-intro = گروپ توانائی کا کوئی منصوبہ تجویز کر سکتے ہیں اور فوراً دیکھ سکتے ہیں کہ کیا مقامی بجلی کے نیٹ ورک میں اس کی گنجائش ہونے کا امکان ہے۔ پھر نیٹ ورک آپریٹر جواب دیتا ہے۔
map-energy-propose-button = منصوبہ تجویز کریں
map-energy-plans-link = محلے کے توانائی منصوبے: ایک گروپ کیا چاہتا ہے، اور اس کا نیٹ ورک پر کیا اثر ہوتا ہے
map-energy-proposals-heading = تجاویز
map-energy-no-proposals = ابھی کوئی تجویز نہیں۔
map-energy-queue-heading = جواب طلب تجاویز
map-energy-queue-empty = کوئی چیز جواب کی منتظر نہیں۔
map-energy-back-to-list = واپس فہرست پر
map-energy-back-to-energy = واپس کمیونٹی توانائی پر
map-energy-load-failed = تجاویز لوڈ نہیں ہو سکیں۔
map-energy-sign-in-heading = منصوبہ تجویز کرنے کے لیے سائن ان کریں
map-energy-sign-in-intro = تجاویز گروپ کا ایک نامزد رکن دیتا ہے، تاکہ نیٹ ورک آپریٹر جواب دے سکے۔
map-energy-sign-in-heading-plain = سائن ان
map-energy-email = ای میل پتہ
map-energy-password = پاس ورڈ
map-energy-sign-in = سائن ان کریں
map-energy-sign-out = سائن آؤٹ کریں
map-energy-signed-in-as = { $email } کے طور پر سائن ان ({ $role })۔
map-energy-signed-in = آپ سائن ان ہیں۔
map-energy-signed-out = آپ سائن آؤٹ ہو گئے ہیں۔
map-energy-email-missing = اپنا ای میل پتہ درج کریں۔
map-energy-password-missing = اپنا پاس ورڈ درج کریں۔
map-energy-wrong-password = ای میل پتہ یا پاس ورڈ درست نہیں۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔
map-energy-too-many = بہت زیادہ کوششیں۔ ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔
map-energy-sign-in-failed = سائن ان نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
map-energy-roles-resident = رہائشی
map-energy-roles-mobiliser = متحرک کار
map-energy-roles-facilitator = سہولت کار
map-energy-roles-moderator = منتظم
map-energy-roles-dno-engineer = نیٹ ورک انجینئر
map-energy-roles-admin = ایڈمنسٹریٹر
map-energy-roles-responder = کسی ادارے کی طرف سے جواب دہندہ
map-energy-roles-council-officer = کونسل افسر (مقامی علاقائی توانائی منصوبہ)
map-energy-roles-data-officer = ڈیٹا افسر (لوگوں کے ڈیٹا کے بارے میں درخواستیں)
map-energy-propose-heading = منصوبہ تجویز کریں
map-energy-site-legend = جگہ کہاں ہے؟
map-energy-site-hint = جگہ لگانے کے لیے نقشے پر کلک یا ٹیپ کریں، پھر درست کرنے کے لیے گھسیٹیں۔ یا کی بورڈ استعمال کریں۔
map-energy-site-chosen = جگہ لگا دی گئی۔ اسے ہٹانے کے لیے گھسیٹیں یا دوبارہ لگائیں۔
map-energy-site-missing = نقشے پر جگہ لگائیں۔
map-energy-site-by-point = ایک نقطہ
map-energy-site-by-outline = خاکہ بنائیں
map-energy-site-by-outline-hint = کھیتوں، چھتوں اور ہوائی چکی کی جگہوں کے لیے۔
map-energy-outline-hint = جگہ کے ہر کونے پر نقشے پر کلک یا ٹیپ کریں، کم از کم 3۔ Enter یا “خاکہ مکمل کریں” سے ختم کریں۔ Backspace یا “آخری کونا واپس لیں” ایک کونا واپس لیتا ہے؛ Escape روک دیتا ہے۔ ماؤس یا ٹچ اسکرین کے بغیر “ایک نقطہ” منتخب کریں اور کی بورڈ استعمال کریں۔
map-energy-outline-start = نقشے پر خاکہ بنائیں
map-energy-outline-again = دوبارہ بنائیں
map-energy-outline-finish = خاکہ مکمل کریں
map-energy-outline-undo = آخری کونا واپس لیں
map-energy-outline-stop = بنانا روکیں
map-energy-outline-corners = { $count ->
    [0] ابھی کوئی کونا نہیں: کم از کم 3 شامل کریں۔
    [1] 1 کونا: کم از کم 2 اور شامل کریں۔
    [2] 2 کونے: کم از کم 1 اور شامل کریں۔
   *[other] { $count } کونے۔ مزید شامل کریں، یا خاکہ مکمل کریں۔
}
map-energy-outline-drawing = بنایا جا رہا ہے: جگہ کے ہر کونے پر نقشے پر کلک یا ٹیپ کریں۔
map-energy-outline-done = خاکہ منتخب ہو گیا، { $count } کونوں کے ساتھ۔ نیچے کی جانچ اس کے درمیان کے لیے ہے۔
map-energy-outline-stopped = بنانا روک دیا گیا۔
map-energy-outline-too-few = خاکے کے لیے کم از کم 3 کونے چاہییں۔
map-energy-outline-crosses = خاکہ خود کو کاٹتا ہے۔ اسے دوبارہ بنائیں تاکہ اس کے اطراف ایک دوسرے کو نہ کاٹیں۔
map-energy-outline-missing = نقشے پر جگہ کا خاکہ بنائیں: کم از کم 3 کونے، پھر “خاکہ مکمل کریں”۔
map-energy-feasibility-waiting-outline = یہ دیکھنے کے لیے کہ کیا نیٹ ورک میں گنجائش کا امکان ہے، نقشے پر جگہ کا خاکہ بنائیں۔
map-energy-site-is-point = جگہ: نقشے پر ایک نقطہ۔
map-energy-site-is-outline = جگہ: { $count } کونوں والا ایک خاکہ۔
map-energy-title = منصوبے کا نام
map-energy-title-hint = مثال کے طور پر “کمیونٹی سینٹر پر شمسی پینل”
map-energy-technology = منصوبے کی قسم
map-energy-technologies-solar-pv = شمسی پینل
map-energy-technologies-wind = ہوائی ٹربائن
map-energy-technologies-battery = بیٹری
map-energy-technologies-heat-pump = ہیٹ پمپ
map-energy-technologies-ev-charging = برقی گاڑیوں کی چارجنگ
map-energy-technologies-heat-network = حرارتی نیٹ ورک
map-energy-technologies-efficiency = توانائی کی بچت
map-energy-capacity = سائز (kW)
map-energy-capacity-hint = منصوبے کا سائز۔ اسکول کی چھت پر شمسی پینل اکثر 30 سے 250 kW ہوتے ہیں۔
map-energy-export-kw = گرڈ کو زیادہ سے زیادہ کتنا بھیجتا ہے (kW)
map-energy-export-hint = زیادہ سے زیادہ بجلی جو یہ ایک وقت میں نیٹ ورک میں بھیجے گا۔ 0 اگر یہ صرف بجلی استعمال کرتا ہے۔
map-energy-import-kw = گرڈ سے زیادہ سے زیادہ کتنا لیتا ہے (kW)
map-energy-import-hint = زیادہ سے زیادہ بجلی جو یہ ایک وقت میں نیٹ ورک سے لے گا۔ 0 اگر یہ صرف بجلی بناتا ہے۔
map-energy-phases = جگہ پر بجلی کی فراہمی
map-energy-phase1 = سنگل فیز (زیادہ تر گھر)
map-energy-phase3 = تھری فیز (زیادہ تر اسکول، ہال اور کاروبار)
map-energy-group = گروپ
map-energy-group-hint = منصوبے کے پیچھے کمیونٹی گروپ
map-energy-description = منصوبے کے بارے میں (اختیاری)
map-energy-submit = تجویز بھیجیں
map-energy-sending = بھیجا جا رہا ہے…
map-energy-cancel = منسوخ کریں
map-energy-number-bad = kW کی تعداد درج کریں، 0 یا اس سے زیادہ۔
map-energy-error-summary = ایک مسئلہ ہے
map-energy-send-failed = تجویز نہیں بھیجی جا سکی۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
map-energy-sent = آپ کی تجویز نیٹ ورک آپریٹر کو بھیج دی گئی ہے۔
map-energy-feasibility-heading = کیا نیٹ ورک میں گنجائش ہوگی؟
map-energy-feasibility-waiting = یہ دیکھنے کے لیے کہ کیا نیٹ ورک میں گنجائش کا امکان ہے، نقشے پر جگہ لگائیں۔
map-energy-feasibility-checking = جانچ ہو رہی ہے…
map-energy-feasibility-failed = ابھی جانچ نہیں ہو سکی۔
map-energy-rag-green = سبز: گنجائش کا امکان ہے
map-energy-rag-amber = پیلا: گنجائش ہو سکتی ہے
map-energy-rag-red = سرخ: کم یا کوئی گنجائش نہیں
map-energy-rag-short-green = سبز
map-energy-rag-short-amber = پیلا
map-energy-rag-short-red = سرخ
map-energy-served-by = { $name } سے فراہمی۔
map-energy-feasibility-note = شائع شدہ ڈیٹا سے ابتدائی جائزہ، فیصلہ نہیں۔
map-energy-status = حالت
map-energy-statuses-draft = مسودہ
map-energy-statuses-submitted = بھیج دی گئی، نیٹ ورک آپریٹر کا انتظار ہے
map-energy-statuses-under-review = نیٹ ورک آپریٹر دیکھ رہا ہے
map-energy-statuses-can-connect = جڑ سکتا ہے
map-energy-statuses-needs-study = مطالعے کی ضرورت ہے
map-energy-statuses-needs-reinforcement = نیٹ ورک کی مضبوطی کی ضرورت ہے
map-energy-statuses-cannot-connect = نہیں جڑ سکتا
map-energy-statuses-withdrawn = واپس لے لی گئی
map-energy-statuses-going-ahead = آگے بڑھ رہے ہیں
map-energy-figures = { $capacity } kW · { $export } kW تک بھیجتا ہے · { $import } kW تک لیتا ہے
map-energy-by-group = از { $group }
map-energy-history-heading = تاریخ
# A change of a proposal's status, from one to the other.
map-energy-history-item = { $from } ← { $to }
map-energy-response-heading = نیٹ ورک آپریٹر کا جواب
map-energy-no-response = ابھی کوئی جواب نہیں۔
map-energy-decision = فیصلہ
map-energy-decisions-can-connect = جڑ سکتا ہے
map-energy-decisions-needs-study = مطالعے کی ضرورت ہے
map-energy-decisions-needs-reinforcement = نیٹ ورک کی مضبوطی کی ضرورت ہے
map-energy-decisions-cannot-connect = نہیں جڑ سکتا
map-energy-cost-band = اندازاً لاگت
map-energy-cost-band-hint = مثال کے طور پر “£10k سے £50k”
map-energy-timescale = اندازاً وقت
map-energy-timescale-hint = مثال کے طور پر “6 سے 12 مہینے”
map-energy-conditions = شرائط
map-energy-notes = نوٹس
map-energy-answer-heading = اس تجویز کا جواب دیں
map-energy-send-answer = جواب بھیجیں
map-energy-answered = آپ کا جواب بھیج دیا گیا ہے۔ تجویز اسے دکھاتی ہے۔
map-energy-decision-missing = ایک فیصلہ منتخب کریں۔
map-energy-answer-failed = جواب نہیں بھیجا جا سکا۔ دوبارہ کوشش کریں۔
map-energy-not-allowed = اس تجویز کے لیے یہ ابھی ممکن نہیں۔
map-energy-steps-heading = آپ کیا کر سکتے ہیں
map-energy-steps-submitted = نیٹ ورک آپریٹر کو بھیجیں
map-energy-steps-under-review = جائزہ شروع کریں
map-energy-steps-withdrawn = واپس لیں
map-energy-steps-going-ahead = ہم آگے بڑھ رہے ہیں
map-energy-submit-again = دوبارہ بھیجیں
map-energy-step-done-submitted = آپ کی تجویز نیٹ ورک آپریٹر کو بھیج دی گئی ہے۔
map-energy-step-done-under-review = تجویز اب زیرِ جائزہ ہے۔
map-energy-step-done-withdrawn = آپ کی تجویز واپس لے لی گئی ہے۔
map-energy-step-done-going-ahead = آپ کی تجویز اب کہتی ہے کہ آپ آگے بڑھ رہے ہیں۔
map-energy-withdraw-question = یہ تجویز واپس لیں؟ نیٹ ورک آپریٹر اسے دیکھنا بند کر دے گا، اور اسے دوبارہ نہیں بھیجا جا سکے گا۔
map-energy-withdraw-confirm = ہاں، واپس لیں
map-energy-withdraw-cancel = نہیں، رکھیں
map-energy-step-failed = یہ کام نہیں ہوا: { $detail }
map-energy-step-offline = لگتا ہے آپ آف لائن ہیں۔ کچھ نہیں بدلا: کنکشن ملنے پر دوبارہ کوشش کریں۔
map-energy-status-now = { $title } اب: { $status }۔
map-energy-network-toggle = بجلی کا نیٹ ورک
map-energy-network-legend = نیٹ ورک میں گنجائش (مثالی ڈیٹا)
map-energy-network-legend-dno = قطار کے بعد پیداوار کی گنجائش
map-energy-network-label = { $name }: { $rag }
map-energy-network-label-dno = { $name }: { NUMBER($mw, minimumFractionDigits: 1, maximumFractionDigits: 1) } MW
map-energy-dno-band-high = 5 MW سے زیادہ
map-energy-dno-band-low = 0 سے 5 MW
map-energy-dno-band-none = کوئی نہیں (0 MW سے کم)
map-energy-substation-figures-voltage = وولٹیج
map-energy-substation-figures-firm-capacity-mva = مستحکم صلاحیت (MVA)
map-energy-substation-figures-peak-demand-mva = زیادہ سے زیادہ طلب (MVA)
map-energy-substation-figures-demand-headroom-mva = طلب کی گنجائش (MVA)
map-energy-substation-figures-generation-headroom-mw = پیداوار کی گنجائش (MW)
map-energy-substation-figures-connected-generation-mw = منسلک پیداوار (MW)
map-energy-substation-figures-queued-generation-mw = قطار میں پیداوار (MW)
map-energy-substation-figures-fault-level-headroom-ka = فالٹ لیول کی گنجائش (kA)
map-energy-substation-figures-rag = RAG
map-energy-substation-figures-data-date = ڈیٹا کی تاریخ
map-energy-substation-figures-source = ماخذ
map-energy-substations-heading = سب اسٹیشن
map-energy-close-details = بند کریں
map-energy-network-failed = نیٹ ورک لوڈ نہیں ہو سکا۔

## mine

map-mine-button = { $count ->
    [none] آپ کی تحریریں
   *[other] آپ کی تحریریں ({ $count })
}
map-mine-heading = آپ کی تحریریں
map-mine-intro = آپ نے اس براؤزر یا اپنے اکاؤنٹ سے اس منصوبے میں کیا شامل کیا، اور ہر ایک کا کیا بنا۔
map-mine-loading = آپ کی تحریریں لوڈ ہو رہی ہیں…
map-mine-failed = آپ کی تحریریں لوڈ نہیں ہو سکیں۔ براہ کرم دوبارہ کوشش کریں۔
map-mine-offline = لگتا ہے آپ آف لائن ہیں: آپ کی تحریریں لوڈ نہیں ہو سکیں۔
map-mine-empty = آپ نے ابھی تک اس منصوبے میں کچھ شامل نہیں کیا۔ “اپنا خیال شامل کریں” منتخب کریں، اسے نقشے پر لگائیں اور بھیجیں: یہ یہاں اس کے انجام کے ساتھ درج ہوگا۔
map-mine-count = { $count ->
    [one] { $count } تحریر، نئی سب سے پہلے۔
   *[other] { $count } تحریریں، نئی سب سے پہلے۔
}
map-mine-pending = منتظم کا انتظار ہے

## follow

map-follow-button = ای میل سے خبریں حاصل کریں
map-follow-button-neighbourhood = { $name } کی خبریں ای میل سے حاصل کریں
map-follow-heading = کسی جگہ کی خبریں ای میل سے حاصل کریں
map-follow-intro = آپ کی منتخب کردہ جگہ میں لوگ جو شامل کرتے ہیں ہم آپ کو ای میل کرتے ہیں۔ آپ کو اکاؤنٹ کی ضرورت نہیں، اور ہر ای میل میں بند کرنے کا لنک ہوتا ہے۔
map-follow-email-label = آپ کا ای میل پتہ
map-follow-email-hint = ہم اسے صرف آپ کو یہ خبریں بھیجنے کے لیے استعمال کرتے ہیں۔
map-follow-what-legend = کون سی جگہ؟
map-follow-what-neighbourhood = ایک محلہ
map-follow-what-draw = ایک علاقہ جو میں نقشے پر بناؤں
map-follow-what-view = وہ علاقہ جو اب نقشے پر ہے
map-follow-neighbourhood-label = محلہ
map-follow-neighbourhood-choose = محلہ منتخب کریں
map-follow-draw-hint = علاقے کے ہر کونے پر نقشے پر کلک یا ٹیپ کریں، کم از کم 3۔ Enter یا “علاقہ مکمل کریں” سے ختم کریں۔ Backspace یا “آخری نقطہ واپس لیں” ایک کونا واپس لیتا ہے؛ Escape روک دیتا ہے۔
map-follow-draw-start = نقشے پر بنائیں
map-follow-draw-again = دوبارہ بنائیں
map-follow-draw-finish = علاقہ مکمل کریں
map-follow-draw-undo = آخری نقطہ واپس لیں
map-follow-draw-stop = بنانا روکیں
map-follow-draw-corners = { $count ->
    [0] ابھی کوئی کونا نہیں: کم از کم 3 شامل کریں۔
    [1] 1 کونا: کم از کم 2 اور شامل کریں۔
    [2] 2 کونے: کم از کم 1 اور شامل کریں۔
   *[other] { $count } کونے۔ مزید شامل کریں، یا علاقہ مکمل کریں۔
}
map-follow-draw-drawing = بنایا جا رہا ہے: ہر کونے پر نقشے پر کلک یا ٹیپ کریں۔
map-follow-draw-done = علاقہ بن گیا، { $count } کونوں کے ساتھ۔
map-follow-draw-stopped = بنانا روک دیا گیا۔
map-follow-draw-too-few = علاقے کے لیے کم از کم 3 کونے چاہییں۔
map-follow-view-hint = منصوبے کے علاقے کا وہ حصہ جو نقشہ اب دکھاتا ہے۔ اسے منتخب کرنے کے لیے پہلے نقشہ ہٹائیں یا زوم کریں۔
map-follow-frequency-legend = کتنی بار؟
map-follow-frequency-weekly = ہفتے میں ایک بار
map-follow-frequency-daily = دن میں ایک بار
map-follow-submit = مجھے خبریں بھیجیں
map-follow-sending = بھیجا جا رہا ہے…
map-follow-sent = اپنا ان باکس دیکھیں: تصدیق کے لیے ای میل میں لنک کھولیں۔
map-follow-sent-hint = اگر چند منٹ میں کوئی ای میل نہ آئے تو اپنا اسپام فولڈر دیکھیں، یا پتہ چیک کر کے دوبارہ بھیجیں۔
map-follow-another = کسی اور جگہ کو فالو کریں
map-follow-error-generic = آپ کی درخواست نہیں بھیجی جا سکی۔ براہ کرم دوبارہ کوشش کریں۔
map-follow-error-offline = لگتا ہے آپ آف لائن ہیں۔ کچھ نہیں بھیجا گیا اور آپ کے جوابات ابھی یہیں ہیں: کنکشن ملنے پر دوبارہ کوشش کریں۔
map-follow-email-missing = اپنا ای میل پتہ درج کریں
map-follow-neighbourhood-needed = محلہ منتخب کریں
map-follow-draw-needed = پہلے نقشے پر علاقہ بنائیں: کم از کم 3 کونے، پھر “علاقہ مکمل کریں”
map-follow-view-outside = نقشہ منصوبے کے علاقے کا کوئی حصہ نہیں دکھاتا: پہلے نقشے کو اس پر لے جائیں
map-follow-field-email = ای میل پتہ
map-follow-field-neighbourhood = جگہ
map-follow-field-area = علاقہ
map-follow-field-frequency = کتنی بار
