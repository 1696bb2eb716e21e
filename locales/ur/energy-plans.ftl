## صفحات کا ڈھانچہ

energy-plans-list-title = محلے کے توانائی منصوبے: { $plan }
energy-plans-page-title = { $title } — توانائی منصوبہ، { $plan }
energy-plans-list-heading = محلے کے توانائی منصوبے
energy-plans-skip-to-content = مواد پر جائیں
energy-plans-back-to-map = نقشے پر واپس جائیں
energy-plans-back-to-list = تمام توانائی منصوبے
energy-plans-list-intro = ایک کمیونٹی گروپ لکھتا ہے کہ اس کا محلہ کیا چاہتا ہے — ہیٹ پمپ، گھر پر چارج ہونے والی بجلی کی گاڑیاں، چھتوں پر سولر پینل، کمیونٹی بیٹریاں اور منصوبے — اور سال بہ سال دیکھتا ہے کہ اس کا مقامی بجلی کے نیٹ ورک پر کیا اثر ہوتا ہے۔ پھر نیٹ ورک آپریٹر اور کونسل جواب دیتے ہیں۔
energy-plans-none = ابھی کوئی توانائی منصوبہ نہیں۔
energy-plans-load-failed = توانائی منصوبے لوڈ نہیں ہو سکے۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
energy-plans-not-found = ایسا کوئی توانائی منصوبہ نہیں، یا ابھی شیئر نہیں کیا گیا۔
energy-plans-loading = لوڈ ہو رہا ہے…
energy-plans-by-group = { $group } · { $places }
energy-plans-version-status = ورژن { $number }: { $status }
energy-plans-status-draft = مسودہ
energy-plans-status-shared = شیئر کیا گیا، جوابات کا انتظار
energy-plans-status-answered = جواب دیا گیا

## نیا منصوبہ

energy-plans-start-heading = منصوبہ شروع کریں
energy-plans-sign-in-to-start = اپنے محلے کا منصوبہ شروع کرنے کے لیے سائن ان کریں۔
energy-plans-sign-in = سائن ان کریں
energy-plans-title-label = منصوبے کا نام
energy-plans-title-hint = مثلاً “فشرمیڈ کے گرم گھر”
energy-plans-group-label = آپ کا کمیونٹی گروپ
energy-plans-neighbourhoods-legend = جن محلوں کا احاطہ کرتا ہے
energy-plans-neighbourhoods-missing = کم از کم ایک محلہ منتخب کریں۔
energy-plans-start-submit = منصوبہ شروع کریں
energy-plans-starting = شروع ہو رہا ہے…

## منصوبہ ساز

energy-plans-version-label = ورژن
energy-plans-version-option = ورژن { $number } ({ $status })
energy-plans-show-version = دکھائیں
energy-plans-draft-note = یہ مسودہ ہے: صرف آپ کا گروپ اسے دیکھتا ہے۔ کام کرتے ہوئے محفوظ کرتے رہیں؛ جب یہ نیٹ ورک آپریٹر اور کونسل کے لیے تیار ہو تو شیئر کریں۔
energy-plans-shared-note = یہ ورژن شیئر ہو چکا ہے: اب بدلا نہیں جا سکتا۔ نیٹ ورک آپریٹر اور کونسل اس کا جواب دیتے ہیں۔
energy-plans-answered-note = اس ورژن کا جواب آ چکا ہے۔ آپ کا گروپ جوابات سے اگلا ورژن شروع کر سکتا ہے۔
energy-plans-scenario-heading = آپ کا منظرنامہ
energy-plans-heat-pumps = ہیٹ پمپ والے گھر (%)
energy-plans-ev-charging = بجلی کی گاڑی چارج کرنے والے گھر (%)
energy-plans-rooftop-solar = چھت پر سولر پینل والے گھر (%)
energy-plans-target-year = سال تک
energy-plans-dfes-label = نیٹ ورک کا مستقبل جس سے موازنہ ہو
energy-plans-dfes-hint = آنے والے برسوں میں نیٹ ورک آپریٹر کی دستیاب گنجائش کی پیش گوئیاں (DFES منظرنامے)۔ “آج کی گنجائش” یہ مانتی ہے کہ کچھ نہیں بدلتا۔
energy-plans-dfes-none = آج کی گنجائش
energy-plans-batteries-heading = کمیونٹی بیٹریاں
energy-plans-projects-heading = منصوبے
energy-plans-none-yet = ابھی کوئی نہیں۔
energy-plans-item-name = نام
energy-plans-item-place = کہاں
energy-plans-item-power = طاقت (kW)
energy-plans-item-import = گرڈ سے لیتا ہے (kW)
energy-plans-item-export = گرڈ کو بھیجتا ہے (kW)
energy-plans-item-year = سال سے
energy-plans-add-battery = بیٹری شامل کریں
energy-plans-add-project = منصوبہ شامل کریں
energy-plans-remove-item = “{ $name }” ہٹائیں
energy-plans-remove-unnamed = اسے ہٹائیں
energy-plans-battery-fieldset = بیٹری { $n }
energy-plans-project-fieldset = منصوبہ { $n }
energy-plans-place-proposal = تجویز: { $title }
energy-plans-note-label = یہ ورژن کیا بدلتا ہے (اختیاری)
energy-plans-save = مسودہ محفوظ کریں
energy-plans-saving = محفوظ ہو رہا ہے…
energy-plans-saved = مسودہ محفوظ ہو گیا۔
energy-plans-share = شیئر کریں
energy-plans-share-confirm-heading = یہ ورژن شیئر کریں؟
energy-plans-share-confirm = شیئر ہونے کے بعد ورژن { $number } منجمد ہو جاتا ہے: کوئی اسے نہیں بدل سکتا۔ پھر نیٹ ورک آپریٹر اور کونسل اس کا جواب دے سکتے ہیں۔ غیر محفوظ تبدیلیاں پہلے محفوظ کی جاتی ہیں۔
energy-plans-share-yes = شیئر کریں
energy-plans-cancel = منسوخ کریں
energy-plans-shared-done = ورژن { $number } شیئر ہو گیا۔
energy-plans-next-version = ورژن { $number } شروع کریں
energy-plans-next-started = ورژن { $number } مسودے کے طور پر شروع ہو گیا، ورژن { $previous } کے جوابات سے۔
energy-plans-conflict = یہ ورژن پہلے ہی شیئر ہو چکا ہے اور اب بدلا نہیں جا سکتا۔ اسے دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔
energy-plans-updating = اثر کا حساب ہو رہا ہے…
energy-plans-preview-failed = اثر کا حساب نہیں ہو سکا۔ منظرنامہ اور اپنا کنکشن چیک کریں۔
energy-plans-busy = سرور مصروف ہے: اثر تھوڑی دیر میں اپ ڈیٹ ہو جائے گا۔
energy-plans-print = پرنٹ / PDF
energy-plans-projector = پروجیکٹر منظر
energy-plans-leave-projector = پروجیکٹر منظر سے نکلیں
energy-plans-download-geojson = اعداد و شمار ڈاؤن لوڈ کریں (GeoJSON)
energy-plans-download-csv = اعداد و شمار ڈاؤن لوڈ کریں (CSV)

## اثر

energy-plans-impact-heading = نیٹ ورک پر اس کا اثر
energy-plans-impact-intro = علاقے کو بجلی دینے والا ہر پرائمری سب اسٹیشن، سال بہ سال { $year } تک: منظرنامہ شام کی زیادہ سے زیادہ طلب میں اور نیٹ ورک کو بھیجی گئی پیداوار میں کتنا اضافہ کرتا ہے، نیٹ ورک کی گنجائش کے مقابلے میں۔
energy-plans-impact-missing = اثر کا ابھی حساب نہیں ہو سکتا: منصوبے کے منتظم کو ابھی { $fields } طے کرنا ہے۔
energy-plans-without-homes = { $names } کے لیے گھروں کی تعداد نہیں: اثر وہاں کوئی گھر نہیں گنتا۔
energy-plans-map-label = نقشہ: { $title } کو بجلی دینے والے سب اسٹیشنوں کے سپلائی علاقے، ہر ایک رنگ اور لیبل سے بتاتا ہے کہ منظرنامہ سماتا ہے یا نہیں
energy-plans-map-legend = کیا منظرنامہ سماتا ہے؟
energy-plans-rag-green = سماتا ہے
energy-plans-rag-amber = کام درکار ہے
energy-plans-rag-red = نہیں سماتا
energy-plans-rag-none = جواب نہیں آیا
energy-plans-area-label = { $name }: { $rag }
energy-plans-summary-caption = ہدف کے سال { $year } میں ہر سب اسٹیشن
energy-plans-col-substation = سب اسٹیشن
energy-plans-col-homes = گھر
energy-plans-col-fit = سماتا ہے؟
energy-plans-col-year = سال
energy-plans-col-demand = اضافی طلب (MVA)
energy-plans-col-generation = اضافی پیداوار (MW)
energy-plans-col-demand-headroom = طلب کی گنجائش (MVA)
energy-plans-col-generation-headroom = پیداوار کی گنجائش (MW)
energy-plans-col-demand-left = طلب کی باقی گنجائش (MVA)
energy-plans-col-generation-left = پیداوار کی باقی گنجائش (MW)
energy-plans-col-demand-band = طلب کی گنجائش
energy-plans-col-generation-band = پیداوار کی گنجائش
energy-plans-band-none = کوئی نہیں
energy-plans-band-under-one = 1 { $unit } سے کم
energy-plans-band-one-to-five = 1 سے 5 { $unit }
energy-plans-band-over-five = 5 { $unit } سے زیادہ
energy-plans-year-caption = { $name }، سال بہ سال
energy-plans-worst = بدترین سال: { $rag }
energy-plans-chart-label = { $name } کا چارٹ: سال بہ سال اضافی طلب اور اضافی پیداوار۔ اعداد اس کے نیچے جدول میں ہیں۔
energy-plans-series-demand = اضافی طلب
energy-plans-series-generation = اضافی پیداوار
energy-plans-series-demand-headroom = طلب کی گنجائش
energy-plans-series-generation-headroom = پیداوار کی گنجائش
energy-plans-chart-unit = MVA / MW
energy-plans-assumptions-heading = استعمال شدہ مفروضے، ہر ایک اپنے ماخذ کے ساتھ
energy-plans-assumption-heat-pump-peak-kw = شام کے عروج پر ایک ہیٹ پمپ: { $value } kW
energy-plans-assumption-ev-charger-peak-kw = شام کے عروج پر چارج ہوتی بجلی کی گاڑی: { $value } kW
energy-plans-assumption-rooftop-solar-kwp = ایک چھت پر سولر پینل: { $value } kW پیک
energy-plans-assumption-power-factor = پاور فیکٹر: { $value }
energy-plans-assumption-missing = ابھی طے نہیں
energy-plans-source = ماخذ: { $source }

## ترجیحات اور تجاویز

energy-plans-priorities-heading = کمیونٹی نے کیا مانگا
energy-plans-priorities-intro = علاقے کے پن اور گفتگو جن کا یہ منصوبہ جواب دیتا ہے، سب سے زیادہ حمایت والے پہلے۔
energy-plans-no-priorities = ابھی کوئی ترجیح منتخب نہیں ہوئی۔
energy-plans-choose-priorities = علاقے کے پنوں اور گفتگو میں سے منتخب کریں
energy-plans-no-voices = اس علاقے میں ابھی کچھ پن نہیں کیا گیا۔
energy-plans-voice-counts = { $supports ->
    [one] 1 حمایت
   *[other] { $supports } حمایتیں
} · { $replies ->
    [one] 1 جواب
   *[other] { $replies } جوابات
}
energy-plans-conversation = ایک گفتگو میں سنا گیا
energy-plans-proposals-heading = علاقے میں کمیونٹی توانائی کی تجاویز
energy-plans-no-proposals = علاقے میں کوئی تجویز نہیں۔
energy-plans-proposal-line = { $group } · { $import } kW لیتا ہے، { $export } kW بھیجتا ہے · { $status }

## جوابات

energy-plans-answers-heading = جوابات
energy-plans-network-answers-heading = نیٹ ورک آپریٹر، ہر سب اسٹیشن کے لیے
energy-plans-laep-heading = کونسل، اپنے مقامی علاقائی توانائی منصوبے (LAEP) کے لیے
energy-plans-no-answer = ابھی کوئی جواب نہیں۔
energy-plans-verdict-fits = سماتا ہے
energy-plans-verdict-fits-flexible = لچکدار کنکشن کے ساتھ سماتا ہے
energy-plans-verdict-needs-reinforcement = نیٹ ورک کی مضبوطی درکار ہے
energy-plans-verdict-does-not-fit = نہیں سماتا
energy-plans-cost-under-100k = £100,000 سے کم
energy-plans-cost-100k-to-1m = £100,000 سے £10 لاکھ تک
energy-plans-cost-1m-to-5m = £10 لاکھ سے £50 لاکھ تک
energy-plans-cost-over-5m = £50 لاکھ سے زیادہ
energy-plans-laep-aligned = مقامی علاقائی توانائی منصوبے کے مطابق
energy-plans-laep-partly = جزوی طور پر مقامی علاقائی توانائی منصوبے کے مطابق
energy-plans-laep-conflicts = مقامی علاقائی توانائی منصوبے سے متصادم
energy-plans-answer-cost = مضبوطی کی لاگت: { $band }
energy-plans-answer-earliest = ابتدائی ترین سال: { $year }
energy-plans-answered-on = جواب دیا گیا { $date }
energy-plans-verdict-label = جواب
energy-plans-choose = منتخب کریں…
energy-plans-cost-label = مضبوطی کی لاگت
energy-plans-earliest-label = ابتدائی ترین سال جب یہ ہو سکتا ہے
energy-plans-answer-note-label = گروپ کے لیے نوٹ
energy-plans-answer-submit = جواب بھیجیں
energy-plans-answer-sending = بھیجا جا رہا ہے…
energy-plans-answer-saved = { $name } کا جواب محفوظ ہو گیا۔
energy-plans-laep-saved = کونسل کا جواب محفوظ ہو گیا۔
energy-plans-answer-for = { $name } کے لیے آپ کا جواب
energy-plans-laep-form = کونسل کا جواب

## ورژنوں کا موازنہ

energy-plans-compare = ورژن { $number } سے موازنہ کریں
energy-plans-compare-heading = ورژن { $from } اور ورژن { $to }
energy-plans-compare-close = موازنہ بند کریں
energy-plans-changes-heading = کیا بدلا
energy-plans-no-changes = منظرنامہ نہیں بدلا۔
energy-plans-change-caption = منظرنامے میں تبدیلیاں
energy-plans-col-what = کیا
energy-plans-col-before = ورژن { $number }
energy-plans-removed = (ہٹایا گیا)
energy-plans-added = (شامل کیا گیا)
energy-plans-compare-caption = ہدف کے سال میں ہر سب اسٹیشن
energy-plans-field-target-year = ہدف کا سال
energy-plans-field-heat-pumps-pct = ہیٹ پمپ (%)
energy-plans-field-ev-charging-pct = بجلی کی گاڑیوں کی چارجنگ (%)
energy-plans-field-rooftop-solar-pct = چھتوں پر سولر (%)
energy-plans-field-battery = بیٹری “{ $name }”
energy-plans-field-project = منصوبہ “{ $name }”
energy-plans-field-item = { $item }: { $field }
energy-plans-battery-row = { $place } · { $power } kW · { $year } سے
energy-plans-project-row = { $place } · { $import } kW لیتا ہے، { $export } kW بھیجتا ہے · { $year } سے

## پرنٹ

energy-plans-print-heading = توانائی منصوبہ: { $title }
energy-plans-print-meta = { $group } · ورژن { $number } ({ $status }) · پرنٹ کیا گیا { $date }
energy-plans-print-now = پرنٹ کریں یا PDF کے طور پر محفوظ کریں
energy-plans-print-back = منصوبے پر واپس جائیں
energy-plans-scenario-caption = منظرنامہ
energy-plans-col-value = قدر
energy-plans-map-image = سپلائی علاقوں کا نقشہ، ہر ایک پر لیبل کہ منظرنامہ سماتا ہے یا نہیں
