# The words around the content of every PDF: headings, stamps, index, packet cover, certificate, recovery sheet (locales/README.md).

## Every PDF's footer.
pdf-page-of = صفحة { $n } من { $m }

## A filing's documents (core/src/filing/pdf.rs), in the filing's language.
pdf-filing-ccf = لجنة الرقابة على محفوظات الإنتربول
pdf-filing-portal = مقدم عبر البوابة الإلكترونية للجنة
pdf-filing-kind-access = طلب الاطلاع على البيانات
pdf-filing-kind-correction = طلب تصحيح البيانات
pdf-filing-kind-deletion = طلب حذف البيانات
pdf-filing-kind-correction-and-deletion = طلب تصحيح البيانات وحذفها
pdf-filing-kind-revision = طلب إعادة النظر في قرار
pdf-filing-applicant = مقدم الطلب
pdf-filing-submitted-by = مقدم من
pdf-filing-in-person = مقدم الطلب نفسه
pdf-filing-by-entity = الكيان، عن طريق الشخص الذي يمثله (أعلاه)
pdf-filing-by-guardian = الوالد أو الوصي المذكور أعلاه، نيابةً عن القاصر
pdf-filing-name = الاسم
pdf-filing-birth = تاريخ الميلاد
pdf-filing-birth-place = مكان الميلاد
pdf-filing-nationality = الجنسية
pdf-filing-guardian = الوالد أو الوصي النائب عن القاصر
pdf-filing-registration = رقم التسجيل
pdf-filing-registered-on = تاريخ التأسيس أو التسجيل
pdf-filing-office = المقر المسجل
pdf-filing-represented-by = يمثلها
pdf-filing-authority = صفة التمثيل
pdf-filing-property = الممتلكات المعنية
pdf-filing-data = البيانات المعنية
pdf-filing-learned = كيف علم مقدم الطلب بالبيانات
pdf-filing-facts = ملخص الوقائع
pdf-filing-grounds = الأسباب
pdf-filing-sources = المصادر: { $list }.
pdf-filing-to-check = { $citation } [يجب التحقق منه قبل التقديم: { $level }]
pdf-filing-secondary = مصدر ثانوي فقط
pdf-filing-unverified = غير موثق
pdf-filing-outcome = المطلوب
pdf-filing-confidential = معلومات سرية (النظام الأساسي للجنة، المادة 20)
pdf-filing-revision = القرار والواقعة الجديدة
pdf-filing-decision = القرار
pdf-filing-new-fact = الواقعة الجديدة
pdf-filing-discovered = تاريخ اكتشافها
pdf-filing-annexes = المرفقات
pdf-filing-index = فهرس المرفقات
pdf-filing-index-row = التاريخ: { $date } · الصفحات: { $pages }
pdf-filing-no-date = —
pdf-filing-title = العنوان
pdf-filing-type = النوع
pdf-filing-bytes = الحجم بالبايت
pdf-filing-date = التاريخ
pdf-filing-signature = التوقيع
pdf-filing-place = المكان
pdf-filing-packet = ملف الطلب
pdf-filing-contents = المحتويات
pdf-filing-not-pdf = هذا المرفق ملف لا يمكن عرضه كصفحة. وهو معرف هنا باسمه ونوعه وحجمه وبصمته SHA-256، ويقدم بشكل منفصل.

## The evidence custody certificate (core/src/evidence/certificate.rs), in the user's language.
pdf-certificate-title = شهادة حفظ الأدلة
pdf-certificate-footer = Habeas — شهادة حفظ الأدلة
pdf-certificate-subject = { $count ->
        [zero] سلسلة حفظ دون أدلة
        [one] سلسلة حفظ دليل واحد
        [two] سلسلة حفظ دليلين
        [few] سلسلة حفظ { $count } أدلة
        [many] سلسلة حفظ { $count } دليلًا
       *[other] سلسلة حفظ { $count } دليل
    }
pdf-certificate-intro = تسرد هذه الشهادة { $count ->
        [zero] { $count } دليل
        [one] دليلًا واحدًا
        [two] دليلين
        [few] { $count } أدلة
        [many] { $count } دليلًا
       *[other] { $count } دليل
    } محفوظة في خزنة Habeas مشفرة: بصمة SHA-256 لكل ملف، محسوبة عند استيراده، والبيانات المسجلة عنه، وكل حدث في سلسلة حفظه (الاستيراد، العرض، التصدير، التعديل، الإرفاق، الحذف). أُعدّت في { $made } بواسطة { $program }.
pdf-certificate-chain-intact = سلامة السجل: فُحص كل قيد في سجل تدقيق الخزنة عند إعداد هذه الشهادة؛ وسلسلة البصمات سليمة: لم يُحذف أي قيد أدناه أو يُعَد ترتيبه أو يُغيَّر إلا إذا أُعيدت كتابة كل القيود التالية له أيضًا. السلسلة غير موقّعة: يستطيع من يحوز الخزنة إعادة كتابتها كلها. لتثبيتها في الزمن، اطلب ختم رأس السلسلة أدناه بتاريخ ووقت خارج الخزنة (لدى كاتب عدل أو خدمة ختم زمني موثوقة) عند إعداد هذه الشهادة.
pdf-certificate-chain-broken = تحذير: سجل تدقيق الخزنة لا يتسلسل عند القيد { $seq }. ربما غُيّرت القيود من هناك فصاعدًا أو حُذفت. لا تعتمد على هذه الشهادة قبل فحص الخزنة.
pdf-certificate-chain-head = رأس السلسلة
pdf-certificate-chain-head-value = القيد { $seq }، SHA-256 { $hash }
pdf-certificate-items = الأدلة
pdf-certificate-check = كيف تتحقق من ملف بنفسك
pdf-certificate-check-how = تحدد بصمة SHA-256 المحتوى الدقيق للملف: تغيير بايت واحد يعطي بصمة مختلفة تمامًا. للتحقق من أن نسخة من ملف هي المذكورة هنا، احسب بصمتها بأداة قياسية وقارن الأحرف الـ64 كلها ببصمة SHA-256 أعلاه.
pdf-certificate-file = FILE
pdf-certificate-check-case = يعرض Windows البصمة بأحرف كبيرة: قارن دون اعتبار لحالة الأحرف. تُفحص النسخة المصدَّرة من Habeas مقابل هذه البصمة أثناء كتابتها.
pdf-certificate-limits = ما لا تثبته هذه الشهادة: من أين جاء الملف قبل استيراده (انظر «المصدر»)، ولا أن محتواه صحيح. يحفظ السجلَّ نسخةُ Habeas لدى حائز الخزنة؛ وهو يسجل تعامله مع الملفات وليس شهادة من طرف ثالث.
pdf-certificate-certified-by = المصادق
pdf-certificate-name = الاسم
pdf-certificate-date-place = التاريخ والمكان
pdf-certificate-signature = التوقيع
pdf-certificate-item = الدليل { $n }: { $name }
pdf-certificate-size = الحجم
pdf-certificate-type = النوع
pdf-certificate-category = الفئة
pdf-certificate-imported = تاريخ الاستيراد
pdf-certificate-file-modified = آخر تعديل للملف
pdf-certificate-document-date = تاريخ المستند
pdf-certificate-source = المصدر
pdf-certificate-language = اللغة
pdf-certificate-description = الوصف
pdf-certificate-translator = المترجم
pdf-certificate-translation-of = ترجمة لـ
pdf-certificate-habeas-id = المعرّف في Habeas
pdf-certificate-status = الحالة
pdf-certificate-deleted = حُذف في { $when }: لم يعد الملف في الخزنة؛ وسجله وقيوده محفوظة.
pdf-certificate-custody = سلسلة الحفظ
pdf-certificate-log-entry = القيد { $seq } في السجل، بصمة السلسلة:
pdf-certificate-no-events = لا أحداث حفظ مسجلة لهذا الدليل.
pdf-certificate-bytes = { $count ->
        [zero] { $bytes } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }
pdf-certificate-kilobytes = { $value } كيلوبايت
pdf-certificate-megabytes = { $value } ميغابايت
pdf-certificate-gigabytes = { $value } غيغابايت
pdf-certificate-empty = (فارغ)
pdf-certificate-none = (لا شيء)
pdf-certificate-details = البيانات
pdf-certificate-event-import = استُورد «{ $name }» ({ $size })، SHA-256 { $sha256 }، النوع { $type }.
pdf-certificate-event-import-source = المصدر: { $source }.
pdf-certificate-event-view = فُتح للعرض داخل Habeas (فُكّ تشفيره في الذاكرة فقط).
pdf-certificate-event-export = صُدّرت نسخة مفكوكة التشفير إلى { $to }؛ وفُحصت بصمتها SHA-256 أثناء الكتابة.
pdf-certificate-event-export-failed = لم يكتمل التصدير إلى { $to } المسجَّل أعلاه: لم تُترك أي نسخة هناك.
pdf-certificate-event-update = غُيّر { $field } من «{ $old }» إلى «{ $new }».
pdf-certificate-event-delete = حُذف: أُزيل الملف من الخزنة؛ وحُفظ هذا السجل.
pdf-certificate-event-certificate = صدرت شهادة حفظ.
pdf-certificate-event-annex = أُرفق بطلب بوصفه { $label }.
pdf-certificate-event-unannex = أُزيل من مرفقات طلب.
pdf-certificate-event-filed = صُدّر بوصفه المرفق { $label } لطلب ({ $as }) إلى { $to }.
pdf-certificate-event-filed-copy = وُضعت نسخته دون بيانات وصفية، SHA-256 { $sha256 }.
pdf-certificate-event-derive = صُنعت نسخة للتصدير ({ $what }): الدليل { $copy }، SHA-256 { $sha256 }. هذا الملف لم يتغير.
pdf-certificate-event-derived = صنعه Habeas من الدليل { $from } (SHA-256 { $fromsha }): { $what }. بصمة SHA-256 لهذه النسخة { $sha256 }.
pdf-certificate-event-other = { $action }.

## The recovery sheet (core/src/vault/recovery.rs), in the user's language.
pdf-recovery-title = ورقة الاسترداد في Habeas
pdf-recovery-footer = Habeas — ورقة الاسترداد — احفظها سرًّا
pdf-recovery-subject = مفتاح استرداد خزنة Habeas
pdf-recovery-intro = يفتح هذا المفتاح خزنة Habeas إذا نسيت عبارة المرور. كل من لديه هذه الورقة ونسخة من مجلد خزنتك يستطيع قراءة كل ما فيها: احفظها في مكان آمن، بعيدًا عن حاسوبك وحقيبته (درج مقفل، شخص موثوق).
pdf-recovery-vault = الخزنة
pdf-recovery-printed = تاريخ الطباعة
pdf-recovery-open = لفتح الخزنة بهذا المفتاح
pdf-recovery-in-habeas = في Habeas: اختر على شاشة فتح القفل «استخدم مفتاح الاسترداد»، واكتب المفتاح (الشرطات اختيارية؛ و0 وO، و1 وI تُعدّ الشيء نفسه)، ثم عيّن عبارة مرور جديدة. يبقى المفتاح صالحًا بعد ذلك.
pdf-recovery-without-habeas = دون Habeas، بأداة age القياسية، في مجلد الخزنة: نفّذ الأمرين أدناه، واكتب المفتاح عندما يطلبه الأول كما هو مطبوع أعلاه تمامًا، بشرطاته. يطبع الثاني هوية الخزنة، التي تفتح كل ملفاتها الأخرى (يشرحها docs/vault-format.md واحدًا واحدًا). احذف slot.txt بعد ذلك. في خزنة دون keys/identity.age (الصيغة 1)، يعطي الأمر الأول وحده الهوية.
pdf-recovery-lost = إذا ضاعت هذه الورقة أو رآها شخص آخر
pdf-recovery-lost-how = افتح الخزنة وأنشئ مفتاح استرداد جديدًا (الإعدادات)، ثم غيّر عبارة المرور: بعد تأكيد المفتاح الجديد، لا يفتح مفتاح هذه الورقة شيئًا مما يُحفظ بعد ذلك. لكنه يظل يفتح أي نسخة من مجلد الخزنة صُنعت قبل ذلك (نسخة احتياطية، نسخة متزامنة)، كما كانت حينها: ولا يمكن سحب ذلك. الخزنة التي ليس فيها keys/identity.age (الصيغة 1) تحتفظ بهويتها: في هذه الحالة، أنشئ خزنة جديدة وانقل القضايا إليها.
pdf-recovery-in-clear = يحتوي ملف PDF هذا على المفتاح دون تشفير. اطبعه، ثم احذف الملف وأفرغ سلة المحذوفات.
