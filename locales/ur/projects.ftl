# کمیونٹی توانائی کے صفحات (map-ui/src/projects/)۔ مسودہ، کسی اہلِ زبان کے جائزے کا منتظر۔

projects-link = منصوبے
projects-page-title = کمیونٹی توانائی کے منصوبے · { $plan }
projects-project-title = { $project } · کمیونٹی توانائی
projects-module-title = { $module } · سیکھنے کی لائبریری
projects-heading = کمیونٹی توانائی کے منصوبے
projects-skip-to-content = مواد پر جائیں
projects-links = کمیونٹی توانائی کے صفحات
projects-back-to-map = نقشے پر واپس جائیں
projects-all-projects = تمام منصوبے
projects-champions-link = چیمپئن
projects-learn-link = سیکھنے کی لائبریری
projects-city-link = کمیونٹی توانائی اعداد و شمار میں
projects-loading = لوڈ ہو رہا ہے…
projects-load-failed = یہ لوڈ نہیں ہو سکا۔ اپنا کنکشن دیکھیں اور دوبارہ کوشش کریں۔
projects-offline = لگتا ہے آپ آف لائن ہیں۔ اپنا کنکشن دیکھیں اور دوبارہ کوشش کریں۔
projects-not-found = یہاں ایسا کوئی صفحہ نہیں ہے۔
projects-sign-in = سائن ان کریں
projects-sign-in-needed = یہ کرنے کے لیے پہلے سائن ان کریں۔
projects-team-only = یہ صرف منصوبے کی ٹیم کر سکتی ہے۔
projects-too-many = کم وقت میں بہت زیادہ کوششیں۔ چند منٹ انتظار کریں اور دوبارہ کوشش کریں۔
projects-check-form = کچھ جوابات دوبارہ دیکھنے کی ضرورت ہے: ہر خانے کے پاس پیغام دیکھیں۔
projects-field-problem = یہ دیکھیں:
projects-choose = منتخب کریں…

## The plan's projects
projects-intro = اسکول پر سولر پینل، مشترکہ بیٹری، پڑوسی مل کر ہیٹ پمپ خرید رہے ہیں: ایسے منصوبے جو مقامی لوگوں کی ملکیت ہیں اور وہی چلاتے ہیں۔ ہر منصوبہ دکھاتا ہے کہ وہ کہاں تک پہنچا اور آپ کیسے مدد کر سکتے ہیں۔
projects-start = منصوبہ شروع کریں
projects-sign-in-to-start = منصوبہ شروع کرنے کے لیے سائن ان کریں
projects-map-label = کمیونٹی توانائی کے منصوبوں کی جگہوں کا نقشہ، مرحلے کے لحاظ سے رنگین۔ یہی منصوبے نیچے مرحلے کے لحاظ سے درج ہیں۔
projects-map-legend = ہر نقطہ ایک منصوبہ ہے، اپنے مرحلے کے رنگ میں، جیسا کہ نیچے کی فہرست میں۔
projects-none = ابھی کوئی منصوبہ نہیں۔ ایک شروع کریں، یا آگے بڑھنے والی تجویز کو منصوبہ بنائیں۔
projects-technology-other = دیگر
projects-kwp = { $kwp } kWp
projects-kwh = { $kwh } kWh
projects-kb = { $kb } KB

## Starting a project
projects-start-intro = اس گروپ کے لیے جو نیٹ ورک کی تجویز کے بغیر کچھ شروع کرنا چاہتا ہے، جیسے گھروں کی مرمت کا کلب یا ہیٹ پمپوں کی مشترکہ خریداری۔ آپ اس کی ٹیم کی قیادت کریں گے اور بعد میں دوسروں کو شامل کر سکتے ہیں۔
projects-field-title = منصوبے کا نام
projects-field-story = آپ کیا کرنا چاہتے ہیں، اور کیوں
projects-field-technology = منصوبے کی قسم
projects-field-site = کہاں
projects-field-site-hint = محلہ منتخب کریں؛ صحیح جگہ آپ کہانی میں بیان کر سکتے ہیں۔
projects-choose-place = منتخب کریں کہ منصوبہ کہاں ہے۔
projects-create = منصوبہ بنائیں

## A project's page
projects-story = کہانی
projects-no-story = ٹیم نے ابھی کہانی نہیں لکھی۔
projects-follow = اس منصوبے کو فالو کریں
projects-follow-hint = اس کی خبریں مہینے میں ایک بار ای میل سے آپ تک پہنچیں گی۔ ہر ای میل میں بند کرنے کا لنک ہوتا ہے۔
projects-following = آپ اس منصوبے کو فالو کر رہے ہیں: خبریں مہینے میں ایک بار آئیں گی۔
projects-sign-in-to-follow = اس منصوبے کو فالو کرنے کے لیے سائن ان کریں
projects-stage-heading = مرحلہ
projects-stage-forming = گروپ بنانا
projects-stage-feasibility = جانچنا کہ یہ ممکن ہے
projects-stage-funding = رقم تلاش کرنا
projects-stage-building = تعمیر
projects-stage-generating = بجلی بنا رہا ہے
projects-stage-done = مکمل
projects-stage-now = اب
projects-move-forward = «{ $stage }» پر آگے بڑھیں
projects-move-back = «{ $stage }» پر واپس جائیں
projects-stage-moved = منصوبہ اب «{ $stage }» پر ہے۔
projects-site = جگہ
projects-site-map-label = { $project } کی جگہ کا نقشہ
projects-site-point = نقشے پر نقطہ جگہ دکھاتا ہے۔
projects-site-outline = نقشے پر خاکہ جگہ دکھاتا ہے؛ نقطہ اس کا درمیان ہے۔
projects-figures = اعداد و شمار
projects-no-figures = ابھی کوئی اعداد و شمار نہیں۔
projects-figure-kwp = نصب شدہ طاقت (kWp)
projects-figure-homes = فائدہ اٹھانے والے گھر
projects-figure-buildings = فائدہ اٹھانے والی عمارتیں
projects-figure-rooftop = یہ چھت پر ہے
projects-generation = ہر مہینے بنائی گئی توانائی
projects-generation-chart = ہر مہینے بنائی گئی توانائی، kWh میں؛ یہی اعداد نیچے جدول میں ہیں۔
projects-month = مہینہ
projects-generation-kwh = بنائی گئی توانائی (kWh)
projects-get-involved = شامل ہوں
projects-no-roles = ابھی رضاکاروں کے لیے کوئی کردار کھلا نہیں۔
projects-volunteers-count = { $count ->
    [0] ابھی کوئی رضاکار نہیں
    [one] اب تک ایک رضاکار
   *[other] اب تک { $count } رضاکار
}
projects-your-email = آپ کا ای میل پتہ
projects-your-name = آپ کا نام (اختیاری)
projects-sign-up = اس کردار کے لیے نام لکھوائیں
projects-email-needed = اپنا ای میل پتہ لکھیں۔
projects-check-inbox = اپنا ان باکس دیکھیں: ہم نے { $email } پر ای میل بھیجی ہے۔ مدد کی تصدیق کے لیے اس کا لنک کھولیں۔ اگر آپ پہلے سے اس کردار میں مدد کر رہے ہیں تو نئی ای میل نہیں آئے گی۔
projects-updates = خبریں
projects-no-updates = ابھی کوئی خبر نہیں۔
projects-milestones = سنگِ میل
projects-milestone-done = { $date } کو حاصل ہوا
projects-milestone-due = { $month } میں متوقع
projects-documents = دستاویزات
projects-team = ٹیم
projects-unnamed = ٹیم کا ایک رکن
projects-role-lead = منصوبے کی قیادت کرتے ہیں
projects-role-member = ٹیم کے رکن
projects-checklist = منصوبہ شروع کرنا، قدم بہ قدم
projects-checklist-intro = وہ قدم جو زیادہ تر نئے گروپ اٹھاتے ہیں، ہر ایک کے ساتھ لائبریری کی مختصر رہنمائیاں۔
projects-step-form-group = گروپ بنائیں
projects-step-find-site = جگہ تلاش کریں
projects-step-check-network = نیٹ ورک جانچیں
projects-step-legal-form = قانونی شکل منتخب کریں
projects-step-funding = فنڈنگ تلاش کریں
projects-step-done = مکمل
projects-step-not-yet = ابھی نہیں
projects-step-ticked = «{ $step }» پر نشان لگ گیا۔
projects-step-unticked = «{ $step }» سے نشان ہٹ گیا۔
projects-open-feasibility = اس منصوبے کی تجویز کے لیے نیٹ ورک کی جانچ دیکھیں
projects-open-network = نقشے پر نیٹ ورک جانچیں (کمیونٹی توانائی، پھر تجویز)
projects-modules-for = «{ $step }» کے لیے رہنمائیاں
projects-module-completed = (مکمل)

## The team's tools
projects-team-tools = ٹیم کے لیے
projects-post-update = خبر شائع کریں
projects-update-text = کیا ہوا
projects-update-photo = تصویر (اختیاری)
projects-update-photo-hint = PNG، JPEG، GIF یا WebP، اس سائز تک جس کی سائٹ اجازت دیتی ہے۔
projects-update-caption = تصویر میں کیا ہے
projects-update-caption-hint = ان لوگوں کو پڑھ کر سنایا جاتا ہے جو تصویر نہیں دیکھ سکتے، اور اس کے نیچے دکھایا جاتا ہے۔
projects-post = خبر شائع کریں
projects-text-needed = لکھیں کہ کیا ہوا۔
projects-update-posted = خبر شائع ہو گئی۔
projects-update-posted-no-photo = خبر شائع ہو گئی، لیکن اس کی تصویر نہیں: { $problem }
projects-add-role = رضاکار کا کردار شامل کریں
projects-role-title = کردار
projects-role-title-hint = مثلاً: شیئر آفر کے لیے گھر گھر جانا، چھتوں کا جائزہ۔
projects-role-description = اس میں کیا شامل ہے
projects-add-role-button = کردار شامل کریں
projects-role-added = کردار «{ $role }» شامل ہو گیا۔
projects-edit-figures = اعداد و شمار بدلیں
projects-save-figures = اعداد و شمار محفوظ کریں
projects-figures-saved = اعداد و شمار محفوظ ہو گئے۔
projects-number-needed = کوئی عدد لکھیں۔
projects-volunteers = رضاکار
projects-export-volunteers = رضاکاروں کی فہرست ڈاؤن لوڈ کریں (CSV)
projects-find-champions-near = اس منصوبے کے قریب چیمپئن تلاش کریں
projects-add-milestone = سنگِ میل شامل کریں
projects-milestone-title = سنگِ میل
projects-milestone-title-hint = مثال کے طور پر: چھت کا سروے مکمل، حصص کی پیشکش کا آغاز۔
projects-milestone-title-needed = سنگِ میل لکھیں۔
projects-milestone-due-month = متوقع مہینہ (اختیاری)
projects-month-hint = سال اور مہینہ، مثال کے طور پر { $example }۔
projects-milestone-done-on = کس تاریخ کو حاصل ہوا (اختیاری)
projects-milestone-done-on-hint = جب تک سنگِ میل حاصل نہ ہو، اسے خالی چھوڑ دیں۔
projects-add-milestone-button = سنگِ میل شامل کریں
projects-milestone-added = سنگِ میل «{ $milestone }» شامل ہو گیا۔
projects-add-document = دستاویز شامل کریں
projects-document-title = دستاویز کا عنوان
projects-document-title-hint = منصوبے کے صفحے پر دکھایا جاتا ہے، مثال کے طور پر: چھت کے سروے کی رپورٹ۔
projects-document-title-needed = دستاویز کا عنوان لکھیں۔
projects-document-file = فائل
projects-document-file-hint = PDF، دفتری دستاویز (Word، Excel، PowerPoint، OpenDocument) یا تصویر، اس سائز تک جس کی سائٹ اجازت دیتی ہے۔
projects-document-file-needed = فائل منتخب کریں۔
projects-file-refused = یہ فائل شامل نہیں ہوئی: { $problem }
projects-add-document-button = دستاویز شامل کریں
projects-document-added = دستاویز «{ $document }» شامل ہو گئی۔
projects-enter-generation = کسی مہینے کی پیداوار درج کریں
projects-month-needed = مہینہ منتخب کریں۔
projects-save-generation = مہینہ محفوظ کریں
projects-generation-saved = پیداوار محفوظ ہو گئی۔
projects-import-generation = میٹر کی ریڈنگز درآمد کریں
projects-import-file = میٹر کی CSV فائل
projects-import-file-hint = ہر مہینے کی ایک سطر: پہلے مہینہ، پھر kWh، مثال کے طور پر { $example }۔ پہلی سطر «{ $header }» ہو تو کوئی حرج نہیں۔
projects-import-file-needed = CSV فائل منتخب کریں۔
projects-import-button = ریڈنگز درآمد کریں
projects-import-refused = کچھ درآمد نہیں ہوا۔ فائل میں یہ سطریں درست کریں، پھر اسے دوبارہ درآمد کریں:
projects-import-line = سطر { $line }: { $problem }
projects-import-fix = { $count ->
    [one] اس فائل کی ایک سطر درست کرنی ہے (اوپر فہرست دیکھیں)۔
   *[other] اس فائل کی { $count } سطریں درست کرنی ہیں (اوپر فہرست دیکھیں)۔
}
projects-generation-imported = ریڈنگز درآمد ہو گئیں۔
projects-add-member = ٹیم میں کسی کو شامل کریں
projects-member-email = ان کا ای میل پتہ
projects-member-email-hint = ان کے Waymark اکاؤنٹ کا پتہ: اگر ان کا اکاؤنٹ نہیں ہے تو پہلے انہیں سائن اپ کرنے کو کہیں۔
projects-member-email-needed = ان کا ای میل پتہ لکھیں۔
projects-add-member-button = ٹیم میں شامل کریں
projects-member-added = { $email } اب ٹیم میں ہیں۔

## Turning a proposal into a project (the plan page)
projects-turn-into-project = منصوبہ بنائیں
projects-turn-into-project-hint = یہ تجویز آگے بڑھ رہی ہے: اسے کہانی، خبروں اور رضاکاروں کے لیے منصوبے کا صفحہ دیں۔
projects-open-project = منصوبے کا صفحہ کھولیں

## Champions
projects-champions-heading = کمیونٹی توانائی کے چیمپئن
projects-champions-intro = چیمپئن تربیت یافتہ مقامی لوگ ہیں جو اپنی گلیوں، اسکولوں اور محلوں کی توانائی کے معاملات میں مدد کرتے ہیں: سولر، ہیٹ پمپ، بل، گروپ بنانا۔
projects-find-champions = کسی جگہ کے قریب چیمپئن تلاش کریں
projects-find-hint = منصوبوں کی ٹیموں اور سہولت کاروں کے لیے۔ کوئی منصوبہ یا محلہ منتخب کریں۔
projects-near = قریب
projects-near-a-project = ایک منصوبہ
projects-near-a-neighbourhood = ایک محلہ
projects-find = چیمپئن تلاش کریں
projects-champions-refused = چیمپئن صرف منصوبوں کی ٹیمیں اور سہولت کار تلاش کر سکتے ہیں۔
projects-champions-near = { $count ->
    [0] { $place } کے قریب کوئی چیمپئن نہیں
    [one] { $place } کے قریب ایک چیمپئن
   *[other] { $place } کے قریب { $count } چیمپئن
}
projects-no-champions = کوئی اور جگہ آزمائیں، یا محلے کے گروپ میں پوچھیں۔
projects-distance = { $km } کلومیٹر دور
projects-covers = علاقے:
projects-helps-with = ان میں مدد کر سکتے ہیں: { $topics }
projects-training = تربیت:
projects-modules-done = { $count ->
    [one] ایک رہنمائی مکمل کی
   *[other] { $count } رہنمائیاں مکمل کیں
}
projects-write-to = { $name } کو لکھیں
projects-become-champion = چیمپئن بنیں
projects-champion-what = چیمپئن وہ پہلا شخص ہے جس سے پڑوسی توانائی کے بارے میں پوچھتے ہیں۔ آپ بتاتے ہیں کہ آپ کن محلوں میں ہیں اور کس چیز میں مدد کر سکتے ہیں؛ پھر منصوبوں کی ٹیمیں اور سہولت کار آپ کو تلاش کر سکتے ہیں۔
projects-champion-sign-in = چیمپئن کے طور پر رجسٹر ہونے کے لیے سائن ان کریں۔
projects-champion-name = وہ نام جو لوگ دیکھیں گے
projects-champion-covers = وہ محلے جن میں آپ مدد کرتے ہیں
projects-champion-covers-hint = کم از کم ایک منتخب کریں۔
projects-choose-neighbourhood = کم از کم ایک محلہ منتخب کریں۔
projects-champion-topics = آپ کس چیز میں مدد کر سکتے ہیں
projects-champion-topics-hint = جو بھی مناسب ہوں منتخب کریں۔
projects-topic-solar = سولر پینل
projects-topic-heat-pumps = ہیٹ پمپ
projects-topic-insulation = انسولیشن
projects-topic-bills = توانائی کے بل
projects-topic-funding = فنڈنگ تلاش کرنا
projects-topic-forming-a-group = گروپ بنانا
projects-topic-digital = انٹرنیٹ استعمال کرنا
projects-topic-talking-to-neighbours = پڑوسیوں سے بات کرنا
projects-champion-training = آپ کی تربیت (اختیاری)
projects-champion-training-hint = مثلاً: کمیونٹی توانائی کا کورس، یا سیکھنے کی لائبریری کی رہنمائیاں۔
projects-register = چیمپئن کے طور پر رجسٹر کریں
projects-registered = آپ چیمپئن کے طور پر رجسٹر ہو گئے۔ شکریہ!
projects-go-to-library = سیکھنے کی لائبریری پڑھیں

## The learning library
projects-library-heading = سیکھنے کی لائبریری
projects-library-intro = کمیونٹی توانائی پر مختصر رہنمائیاں، ملٹن کینز کے رہنے والوں کے لیے لکھی گئیں۔ ہر ایک کے آخر میں اہم بات جانچنے کے لیے ایک سوال ہے۔
projects-no-modules = ابھی کوئی رہنمائی نہیں۔
projects-module-step = قدم «{ $step }» کے لیے
projects-back-to-library = سیکھنے کی لائبریری پر واپس جائیں
projects-quiz = جو پڑھا اسے جانچیں
projects-mark-done-heading = پڑھ لیا؟
projects-check-answers = میرے جوابات جانچیں
projects-mark-done = پڑھا ہوا نشان لگائیں
projects-answer-needed = ایک جواب منتخب کریں۔
projects-answer-wrong = پوری طرح نہیں: یہ حصہ دوبارہ پڑھیں۔
projects-quiz-wrong = کچھ جوابات ابھی درست نہیں۔ رہنمائی دوبارہ پڑھیں اور پھر کوشش کریں۔
projects-quiz-right = سب درست! یہ رہنمائی مکمل کے طور پر درج ہو گئی۔
projects-module-completed-long = آپ نے یہ رہنمائی مکمل کر لی ہے۔
projects-sign-in-to-complete = یہ درج کرنے کے لیے کہ آپ نے رہنمائی مکمل کی، سائن ان کریں۔

## City-wide
projects-city-heading = { $plan } میں کمیونٹی توانائی
projects-city-intro = منصوبے کے تمام کمیونٹی توانائی کے منصوبے، ملا کر۔ ہر چارٹ کے ساتھ انہی اعداد کا جدول ہے۔
projects-kwp-generating = اب بجلی بنانے والی طاقت
projects-kwp-pipeline = آنے والی طاقت (وہ منصوبے جو ابھی بجلی نہیں بنا رہے)
projects-volunteers-total = رضاکار
projects-by-stage = مرحلے کے لحاظ سے منصوبے
projects-by-stage-table = ہر مرحلے میں منصوبوں کی تعداد
projects-projects-count = منصوبے
projects-kwp-by-stage = مرحلے کے لحاظ سے طاقت (kWp)
projects-kwp-by-stage-table = ہر مرحلے میں منصوبوں کی طاقت
projects-champions-by-neighbourhood = محلے کے لحاظ سے چیمپئن
projects-champions-table = ہر محلے میں چیمپئنز کی تعداد
projects-neighbourhood = محلہ
projects-champions-count = چیمپئن
projects-no-champions-yet = ابھی کوئی چیمپئن رجسٹر نہیں ہوا۔
