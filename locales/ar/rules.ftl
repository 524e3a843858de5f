# Deadline bases and explanations, flags, checklist, admissibility findings (locales/README.md).

## Alert kinds as the rule texts name them (the same words as app.ftl's enum-alertKind-*).
rule-alert-kind-diffusion = تعميم
rule-alert-kind-red-notice = نشرة حمراء
rule-alert-kind-blue-notice = نشرة زرقاء
rule-alert-kind-yellow-notice = نشرة صفراء
rule-alert-kind-green-notice = نشرة خضراء
rule-alert-kind-black-notice = نشرة سوداء
rule-alert-kind-orange-notice = نشرة برتقالية
rule-alert-kind-purple-notice = نشرة بنفسجية
rule-alert-kind-silver-notice = نشرة فضية
rule-alert-kind-un-special-notice = نشرة خاصة مشتركة بين الإنتربول ومجلس الأمن التابع للأمم المتحدة
rule-alert-kind-ncb-message = رسالة مباشرة بين المكاتب المركزية الوطنية

## Flags (core/src/rules/flags.rs): labels and reasons.
flag-label-refugee = لاجئ أو طالب لجوء
flag-label-refugee-from-issuing-state = صفة اللاجئ في مواجهة الدولة المُصدِرة
flag-label-political-profile = معارض سياسي أو صحفي أو ناشط
flag-label-private-dispute = نزاع تجاري أو خاص
flag-label-in-absentia = حُكم غيابيًا
flag-label-reissued-after-deletion = تنبيه أُعيد إصداره بعد حذفه
flag-label-diffusion-after-red-notice = تعميم بعد نشرة حمراء رُفضت أو حُذفت
flag-label-country-misuse = سجل الدولة المُصدِرة في إساءة الاستخدام
flag-set-by-hand = حُدّد يدويًا.
flag-state-of-refuge = دولة اللجوء
flag-reason-refugee-from-issuing-state = صفة اللاجئ بموجب اتفاقية 1951، التي منحتها { $by }، تقوم على خوف من الاضطهاد من جانب { $feared }، التي أصدرت تنبيهًا: سياسة الإنتربول بشأن اللاجئين (GA-2017-86-RES-09) تحذف نشرات تلك الدولة وتعميماتها متى أكّدت دولة عضو هذه الصفة. اطلب من اللجنة الحصول على هذا التأكيد من { $by }.
flag-role-political-opponent = معارض سياسي
flag-role-journalist = صحفي
flag-role-activist = ناشط
flag-reason-political-profile = مسجَّل بوصفه { $roles }: المادة 3 من القانون الأساسي للإنتربول تحظر أي نشاط ذي طابع سياسي.
flag-reason-private-dispute = مسجَّل بوصفه نزاعًا تجاريًا: لا يجوز أن تستند النشرة الحمراء إلى نزاع خاص (قواعد معالجة البيانات، المادة 83، مصدر ثانوي).
flag-reason-in-absentia = يستند تنبيه إلى إدانة غيابية.
flag-from-country = (الدولة المُصدِرة: { $country })
flag-country-not-recorded = (الدولة المُصدِرة غير مسجلة)
flag-the-same-country = الدولة نفسها
flag-reason-reissued = حُذف التنبيه «{ $alert }» { $from } { $by ->
        [ccf] من قِبل اللجنة
        [secretariat] من قِبل الأمانة العامة للإنتربول
       *[unknown] (من قِبل اللجنة أو الأمانة العامة: غير مسجل)
    }{ $deleted ->
        [none] {""}
       *[other] {" "}في { $deleted }
    }، ثم أُعيد إصداره{ $reissued ->
        [none] {""}
       *[other] {" "}في { $reissued }
    }.
flag-reason-diffusion-after-red-notice = أرسلت { $country } تعميمًا{ $dated ->
        [none] {""}
       *[other] {" "}مؤرخًا في { $dated }
    } بعد أن { $end ->
        [refused] رُفضت
       *[deleted] حُذفت
    } نشرتها الحمراء { $by ->
        [ccf] من قِبل اللجنة
        [secretariat] من قِبل الأمانة العامة للإنتربول
       *[unknown] (من قِبل اللجنة أو الأمانة العامة: غير مسجل)
    }{ $ended ->
        [none] {""}
       *[other] {" "}في { $ended }
    }.
flag-where = في { $country }
flag-reason-claim-pending = طلب حماية قيد النظر{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: ليس صفة لاجئ مؤكدة.
flag-reason-asylum-pending = طلب لجوء قيد النظر{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: ليس بعد صفة لاجئ مؤكدة.
flag-reason-refugee-granted = مُنحت صفة اللاجئ بموجب اتفاقية 1951{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }.
flag-reason-subsidiary-granted = مُنحت حماية فرعية{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: ليست صفة اللاجئ، فلا تنطبق سياسة الإنتربول بشأن اللاجئين بحد ذاتها.
flag-reason-humanitarian-granted = مُنحت حماية إنسانية{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: ليست صفة اللاجئ، فلا تنطبق سياسة الإنتربول بشأن اللاجئين بحد ذاتها.
flag-reason-protection-granted = مُنحت حماية{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }. سجّل ما إذا كانت صفة لاجئ بموجب اتفاقية 1951: سياسة الإنتربول بشأن اللاجئين لا تشمل إلا صفة اللاجئ.

## The action checklist (core/src/rules/checklist.rs): each step's title and how, the cautions,
## and why a step matters for a case's flags.

checklist-ccf-request-title = اطلب من لجنة الرقابة على محفوظات الإنتربول (CCF) الاطلاع على البيانات أو حذفها
checklist-ccf-request-detail = قدّم الطلب عبر بوابة اللجنة (إلزامي منذ 26 آذار/مارس 2026)، نوع طلب واحد في كل إرسال (مصدر ثانوي). يمكن طلب الاطلاع والحذف في الوقت نفسه: لا يلزم أن ينتظر طلب الحذف الرد على طلب الاطلاع. قد لا يُظهر الرد على طلب الاطلاع كل ما يحتفظ به الإنتربول: فاللجنة لا تكشف البيانات إلا بموافقة مصدرها (النظام الأساسي، المادة 35، مصدر ثانوي).
checklist-counsel-title = وكّل محاميًا ذا خبرة في قضايا الإنتربول
checklist-counsel-detail = الإجراء أمام اللجنة كتابي فقط: الطلب الأول يحمل القضية كلها.
checklist-asylum-title = اطلب اللجوء أو صفة اللاجئ حيثما ينطبق ذلك
checklist-asylum-detail = متى أكّد بلد عضو صفة اللاجئ لشخص ما (اتفاقية 1951)، يحذف الإنتربول النشرات والتعاميم الصادرة عن الدولة التي يخشاها الشخص (سياسة اللاجئين، GA-2017-86-RES-09). لا يكفي لهذه السياسة طلب لم يُبتّ فيه بعد، ولا الحماية الفرعية أو الإنسانية.
checklist-notify-borders-title = أبلغ سلطات الحدود قبل السفر
checklist-notify-borders-detail = احمل مراسلات اللجنة وأحكام المحاكم؛ وقرّر مع محامٍ محلي هل تُبلغ مسبقًا سلطات بلد يقع على طريقك.
checklist-challenge-extradition-title = اطعن في التسليم أمام المحاكم الوطنية
checklist-challenge-extradition-detail = لا تبتّ اللجنة في التسليم؛ بل محاكم الدولة المطلوب منها التسليم وحدها. والمهل بعد التوقيف المؤقت قصيرة.
checklist-monitor-title = تابع الوضع بانتظام
checklist-monitor-detail = كرّر طلبات الاطلاع: يمكن إصدار تنبيه محذوف من جديد، ويمكن أن يلي تعميمٌ نشرةً حمراء رُفضت.
checklist-advocacy-title = المناصرة العلنية حيث تكون مناسبة
checklist-advocacy-detail = يمكن لاهتمام الصحافة والمنظمات غير الحكومية أن يدعم حجة قائمة على المادة 3.
checklist-prevent-issuing-country-title = تحرّك في البلد المُصدِر قبل صدور تنبيه
checklist-prevent-issuing-country-detail = اطعن في أمر القبض أو القضية الوطنية عن طريق محامٍ محلي حيث يكون ذلك آمنًا.
checklist-prevent-monitoring-title = راقب صدور تنبيهات جديدة
checklist-prevent-monitoring-detail = يمكن لطلب اطلاع يُقدَّم إلى اللجنة أن يبيّن هل تجري معالجة بيانات، وإن كان الرد قد يُقيَّد بموافقة المصدر (النظام الأساسي، المادة 35، مصدر ثانوي). وعدم العثور على اسم بين النشرات الحمراء العلنية لا يثبت شيئًا: فمعظم النشرات وجميع التعاميم غير علنية.
checklist-prevent-inform-borders-title = أبلغ سلطات الحدود مسبقًا
checklist-prevent-inform-borders-detail = مع محامٍ محلي، فكّر في إرسال قرار الحماية والسياق إلى البلدان التي يعيش فيها الشخص أو يسافر إليها.
checklist-caution-border = تحدّث أولًا إلى محامٍ في ذلك البلد. فالتقدّم إلى سلطات الحدود أو الشرطة قد يؤدي في حد ذاته إلى توقيف بناءً على التنبيه. لا تتصل أبدًا بسلطات الدولة التي أصدرت التنبيه، ولا بسلطات الدول التي تتعاون معها تعاونًا وثيقًا.
checklist-caution-passport = لا تطلب جواز سفر جديدًا من الدولة التي تخشاها: فتجديده قد يُعدّ استظلالًا بحمايتها من جديد وينهي صفة اللاجئ (اتفاقية 1951، المادة 1(ج)(1)). اطلب بدلًا من ذلك وثيقة سفر للاجئين من بلد اللجوء.
checklist-caution-advocacy = قد تؤدي العلنية أيضًا إلى تشدد موقف الدولة المُصدِرة أو تعريض الأسرة في الوطن للخطر: قرّر مع الشخص، حالةً بحالة.
checklist-why-refugee-deletion = صفة اللاجئ في مواجهة الدولة المُصدِرة هي أقوى أساس للحذف بموجب سياسة اللاجئين: اطلب من اللجنة الحصول على تأكيد من الدولة التي منحتها.
checklist-why-political-neutrality = الصفة السياسية تدعم حجة قائمة على المادة 3 (الحياد).
checklist-why-private-dispute = لا يجوز أن تستند النشرة الحمراء إلى نزاع خاص (قواعد معالجة البيانات، المادة 83، مصدر ثانوي).
checklist-why-diffusion-after-red-notice = صدور تعميم بعد رفض نشرة حمراء يوحي بأن هذه القناة تُستخدم للالتفاف على المراجعة.
checklist-why-record-refugee-status = سجّل ما مُنح وأي دولة يخشاها الشخص: تنطبق سياسة اللاجئين على صفة اللاجئ بموجب اتفاقية 1951 في مواجهة الدولة التي أصدرت التنبيه.
checklist-why-political-protection = كثيرًا ما تكون الصفة السياسية أساس الحماية أيضًا.
checklist-why-travel-document = وثيقة السفر للاجئين لا تحمي من التوقيف بناءً على تنبيه في بلد ثالث.
checklist-why-in-absentia = الإدانات الغيابية سبب شائع لرفض التسليم.
checklist-why-non-refoulement = مبدأ عدم الإعادة القسرية يمنع الإعادة إلى الدولة التي يخشاها الشخص.
checklist-why-reissued = سبق أن عاد تنبيه مرة بعد حذفه.
checklist-why-country-misuse = للبلد المُصدِر سجلّ في إساءة الاستخدام.
checklist-why-ngo-support = قضايا الصحفيين والناشطين تستقطب دعم المنظمات غير الحكومية.

## Admissibility findings (core/src/rules/admissibility.rs): what the user should do.

admissibility-identity-missing = { $minor ->
        [yes] أرفق نسخة من وثيقة هوية القاصر (جواز سفر أو بطاقة هوية وطنية): غير منقّحة، وبلا شطب أو محو.
       *[no] أرفق نسخة من وثيقة هوية مقدّم الطلب (جواز سفر أو بطاقة هوية وطنية): غير منقّحة، وبلا شطب أو محو.
    }
admissibility-identity-contents = تأكّد من أن نسخة وثيقة الهوية تُظهر بوضوح الاسم الكامل وتاريخ الميلاد والصورة.
admissibility-identity-expiry = { $minor ->
        [yes] سجّل تاريخ انتهاء صلاحية وثيقة هوية القاصر (تبويب نظرة عامة)، ليتحقق Habeas من أنها ما زالت سارية.
       *[no] سجّل تاريخ انتهاء صلاحية وثيقة هوية مقدّم الطلب (تبويب نظرة عامة)، ليتحقق Habeas من أنها ما زالت سارية.
    }
admissibility-identity-expired = انتهت صلاحية كل وثائق الهوية المسجّلة لمقدّم الطلب. أرفق وثيقة سارية، أو اشرح في مذكرة مرفقة لماذا لا يمكن الحصول على أي وثيقة. ويعدّ أحد الممارسين الوثيقة المنتهية الصلاحية من الأسباب الشائعة لعدم المقبولية.
admissibility-identity-expired-refugee = انتهت صلاحية كل وثائق الهوية المسجّلة لمقدّم الطلب. لا تطلب جواز سفر جديدًا من { $feared }: فتجديده قد يُعدّ، بالنسبة إلى اللاجئ، استظلالًا بحماية تلك الدولة من جديد وينهي صفة اللاجئ (اتفاقية 1951، المادة 1(ج)(1)). أرفق بدلًا من ذلك وثيقة سفر للاجئين أو تصريح إقامة صادرًا عن { $refuge }، أو اشرح في مذكرة مرفقة لماذا لا يمكن الحصول على وثيقة هوية سارية (فالدولة الوحيدة التي يمكنها إصدار جواز سفر هي التي فرّ منها مقدّم الطلب).
admissibility-feared-unknown = الدولة التي فرّ منها مقدّم الطلب
admissibility-refuge-unknown = بلد اللجوء
admissibility-minor-guardian = مقدّم الطلب قاصر: سمِّ الوالد أو الوصي الذي يتصرف نيابة عنه، وبيّن صلة القرابة بينهما.
admissibility-minor-proof = مقدّم الطلب قاصر: أرفق وثيقة تثبت صلة القرابة بالوالد أو الوصي (شهادة ميلاد، قرار وصاية)، بوصفها دليلًا من فئة «إثبات صلة القرابة (قاصر)».
admissibility-entity-name = مقدّم الطلب كيان: اذكر اسمه الكامل وتاريخ تأسيسه أو تسجيله (ورقم تسجيله إن وُجد).
admissibility-entity-registration = مقدّم الطلب كيان: أرفق وثيقة رسمية تُظهر اسمه الكامل وتاريخ تأسيسه أو تسجيله ورقم تسجيله، بوصفها دليلًا من فئة «تسجيل كيان».
admissibility-entity-signatory = سمِّ الشخص الطبيعي الذي يمثل الكيان في هذا الطلب.
admissibility-entity-authority = أرفق ما يثبت أن الموقّع يجوز له تمثيل الكيان (قرار مجلس الإدارة، مستخرج يسمّي المديرين)، بوصفه دليلًا من فئة «صلاحية تمثيل كيان».
admissibility-property-proof = يتعلق الطلب بمال: أرفق وثيقة تُظهر أنه مملوك لمقدّم الطلب (شهادة تسجيل، سند ملكية)، بوصفها دليلًا من فئة «إثبات ملكية مال».
admissibility-poa-missing = يقدّم هذا الطلبَ ممثلٌ: أرفق التوكيل الموقّع من مقدّم الطلب، واختره بوصفه التوكيل.
admissibility-poa-unsigned = تأكّد من أن التوكيل موقّع من مقدّم الطلب.
admissibility-signature-missing = اذكر من يوقّع الطلب وأرّخه.
admissibility-signature-future = تاريخ التوقيع في المستقبل.
admissibility-annex-language = المرفق «{ $name }» باللغة { $language }: أرفق أيضًا ترجمة إلى الإنكليزية أو الفرنسية أو الإسبانية أو العربية (دليلًا مُعلَّمًا بأنه ترجمته).
admissibility-purpose = اذكر ما يطلبه مقدّم الطلب ({ $kind }): مثلًا، حذف البيانات وإبلاغ جميع المكاتب المركزية الوطنية.
admissibility-revision-fact = صِف الواقعة المكتشفة حديثًا والتاريخ الذي علم فيه مقدّم الطلب بها.
admissibility-revision-late = اكتُشفت الواقعة الجديدة في { $date }: منذ أكثر من ستة أشهر، فطلب إعادة النظر خارج المهلة.
admissibility-revision-future = تاريخ الاكتشاف في المستقبل.
admissibility-revision-summary = يقع الطلب في نحو { $pages } صفحات. منذ آذار/مارس 2026 تطلب اللجنة أولًا ملخصًا للواقعة الجديدة في نحو صفحتين؛ احتفظ بالحجج الكاملة إلى أن تدعو إليها.
admissibility-data-identified = { $recorded ->
        [no] سجّل التنبيهات في تبويب النشرات، ثم اختر التنبيهات التي يتعلق بها هذا الطلب، وبيّن كيف علم بها مقدّم الطلب؛ فاللجنة تبحث في ملفات الإنتربول بما تقدّمه لها.
       *[yes] اختر التنبيهات التي يتعلق بها هذا الطلب، وبيّن كيف علم بها مقدّم الطلب؛ فاللجنة تبحث في ملفات الإنتربول بما تقدّمه لها.
    }
admissibility-citation-secondary = { $cites } (مقروء في مصدر ثانوي فقط: { $source })
admissibility-citation-unverified = { $cites } (غير متحقَّق منه: { $source })
admissibility-citations = السبب { $n } («{ $title }») يستشهد بـ { $citations }. تحقّق من الرقم والصياغة في النص الأصلي، وصحّح الفقرة إن لزم، ثم علّم استشهاداته بأنها متحقَّق منها. وإلى ذلك الحين يعلّمها الطلب «بحاجة إلى تحقق».
admissibility-ground-red-notice = السبب { $n } («{ $title }») يقرّر قاعدة خاصة بالنشرات الحمراء، لكن الطلب لا يتعلق بأي نشرة حمراء: معايير النشرات الحمراء لا تحكم التعاميم بحد ذاتها. احذفه أو أعد كتابته.
admissibility-ground-diffusion = السبب { $n } («{ $title }») مكتوب لتعميم، لكن الطلب لا يتعلق بأي تعميم. احذفه أو أعد كتابته.
admissibility-ground-refugee = السبب { $n } يقول إن مقدّم الطلب اعتُرف به لاجئًا بموجب اتفاقية 1951، مع خوف من الاضطهاد من الدولة التي أصدرت البيانات. والملف لا يسجّل ذلك (تبويب نظرة عامة: الحماية الممنوحة ونوعها والدولة المخشية). صحّح الملف، أو احذف الفقرة: فلطلب لم يُبتّ فيه أو لحماية أخرى صياغتها الخاصة.
admissibility-part-data = البيانات المعنية
admissibility-part-facts = ملخص الوقائع
admissibility-part-outcome = المطلوب
admissibility-part-new-fact = الواقعة الجديدة
admissibility-part-ground = السبب { $n }
admissibility-placeholder = ما زال في «{ $part }» مقطع ينبغي إكماله: «{ $passage }». استبدل به وقائع القضية، أو احذفه.
