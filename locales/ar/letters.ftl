# الرسائل وورقة «إذا احتُجزت» ومذكرة محامي المناوبة (locales/README.md).
# العربية: صاغها الفريق (ترجمة بمساعدة آلية)، ولم يراجعها بعد محامٍ لغته الأم العربية.
# تحتفظ كل عبارة بقوة النص الإنكليزي تماماً، لا أكثر. تُكتب الإحالات بالصيغة العربية
# («المادة 40 من النظام الأساسي للجنة الرقابة على محفوظات الإنتربول»).

## أجزاء الجمل

letters-list-comma = {"، "}
letters-list-and = { $init } و{ $last }
letters-born = مولود في { $date }
letters-national-of = يحمل جنسية: { $countries }
letters-document-number = { $document } رقم { $number }
letters-document =
    { $kind ->
        [passport] جواز سفر
        [national_id] بطاقة هوية وطنية
        [refugee_travel_document] وثيقة سفر للاجئين
        [residence_permit] تصريح إقامة
       *[other] وثيقة هوية
    }
letters-blank-issuer = [الدولة المصدِرة]
letters-blank-country = [البلد]
letters-blank-date = [التاريخ]
letters-blank-name = [الاسم]
letters-blank-contact = [اسم المحامي أو الممثل ورقم هاتفه]
letters-page = الصفحة { $page } من { $pages }

## طبيعة التنبيهات

letters-alert =
    { $kind ->
        [ncb_message] رسالة مرسلة مباشرة بين مكاتب مركزية وطنية
        [wanted_diffusion] تعميم بشأن شخص مطلوب
        [diffusion] تعميم
        [red_notice] نشرة حمراء
        [blue_notice] نشرة زرقاء
        [yellow_notice] نشرة صفراء
        [green_notice] نشرة خضراء
        [black_notice] نشرة سوداء
        [orange_notice] نشرة برتقالية
        [purple_notice] نشرة بنفسجية
        [silver_notice] نشرة فضية
        [un_special_notice] نشرة خاصة مشتركة بين الإنتربول ومجلس الأمن التابع للأمم المتحدة
       *[other] تنبيه
    }
letters-alert-label =
    { $kind ->
        [ncb_message] رسالة مباشرة بين مكاتب مركزية وطنية
        [diffusion] تعميم
        [red_notice] نشرة حمراء
        [blue_notice] نشرة زرقاء
        [yellow_notice] نشرة صفراء
        [green_notice] نشرة خضراء
        [black_notice] نشرة سوداء
        [orange_notice] نشرة برتقالية
        [purple_notice] نشرة بنفسجية
        [silver_notice] نشرة فضية
        [un_special_notice] نشرة خاصة مشتركة بين الإنتربول ومجلس الأمن التابع للأمم المتحدة
       *[other] تنبيه
    }
letters-where =
    { $where ->
        [channels] مرسلة عبر قنوات الإنتربول
       *[files] مسجّل في ملفات الإنتربول
    }
letters-subject-bearer = حامل هذه الرسالة، { $name }، هو أو قد يكون موضوع { $alerts } { $where } بطلب من: { $issuers }.
letters-subject-self = أنا موضوع، أو قد أكون موضوع، { $alerts } { $where } بطلب من: { $issuers }.
letters-nature-red-notice = النشرة الحمراء ليست مذكرة توقيف دولية. إنها طلب موجَّه إلى أجهزة إنفاذ القانون في العالم لتحديد مكان شخص وتوقيفه مؤقتاً ريثما يُسلَّم، استناداً إلى مذكرة توقيف وطنية؛ وكل بلد عضو في الإنتربول يقرر القيمة القانونية التي يمنحها للنشرة الحمراء. (الإنتربول، «النشرات الحمراء»، interpol.int.)
letters-nature-diffusion = التعميم طلب يرسله المكتب المركزي الوطني لبلد ما مباشرة إلى البلدان التي يختارها. وخلافاً للنشرة الحمراء، لا تراجعه الأمانة العامة للإنتربول قبل إرساله، بل تفحصه بعد ذلك. (قواعد الإنتربول بشأن معالجة البيانات، المادة 1؛ روايات الممارسين عن مراجعة الإنتربول.)
letters-nature-wanted-diffusion = التعميم بشأن شخص مطلوب طلبٌ لتحديد مكان شخص وتوقيفه، يرسله المكتب المركزي الوطني لبلد ما مباشرة إلى البلدان التي يختارها. وخلافاً للنشرة الحمراء، لا تراجعه الأمانة العامة للإنتربول قبل إرساله، بل تفحصه بعد ذلك. (قواعد الإنتربول بشأن معالجة البيانات، المادة 1؛ روايات الممارسين عن مراجعة الإنتربول.)
letters-nature-no-arrest = بحسب ما هو معروف، لا يطلب التعميم المتعلق بهذا الشخص توقيفه.
letters-nature-ncb-message = الرسالة التي يرسلها المكتب المركزي الوطني لبلد ما مباشرة إلى مكتب بلد آخر عبر قنوات الإنتربول ليست نشرة ولا تعميماً؛ ولا تراجع الأمانة العامة للإنتربول مضمونها مسبقاً. (قواعد الإنتربول بشأن معالجة البيانات، المادة 22(6)، نص عام 2024، كما يصفها الممارسون.)

## طلب إلى اللجنة: فقط إذا سُجِّل تقديمه ولم يصدر بعده قرار

letters-pending =
    { $what ->
        [revision] قُدِّم طلب لإعادة النظر في قرار يتعلق بهذه البيانات
        [correction_deletion] قُدِّم طلب لتصحيح هذه البيانات وحذفها
        [deletion] قُدِّم طلب لحذف هذه البيانات
        [correction] قُدِّم طلب لتصحيح هذه البيانات
       *[other] قُدِّم طلب يتعلق بهذه البيانات
    } بتاريخ { $date } إلى لجنة الرقابة على محفوظات الإنتربول، وهي الهيئة التي تقرر، بقرار ملزم للإنتربول، ما إذا كانت البيانات الواردة في ملفات الإنتربول مطابقة لقواعده. ولم يرد أي قرار بشأنه حتى الآن.

## الحماية: ما مُنح أو طُلب بالضبط

letters-when = {" "}بتاريخ { $date }
letters-feared = {"، "}بسبب خوف من الاضطهاد من جانب: { $state }
letters-status-refugee = اعترفت { $by } بـ{ $name } لاجئاً بموجب اتفاقية عام 1951 الخاصة بوضع اللاجئين{ $when }{ $feared }.
letters-status-subsidiary = منحت { $by } { $name } الحماية الفرعية{ $when }{ $feared }.
letters-status-humanitarian = منحت { $by } { $name } الحماية لأسباب إنسانية{ $when }.
letters-status-unspecified = منحت { $by } { $name } حماية دولية{ $when } [حدِّد: صفة لاجئ أم حماية أخرى].
letters-status-pending = قدّم { $name } طلب لجوء في { $by }{ $when }؛ ولم يُبتّ في الطلب بعد.
letters-refugee-policy = بموجب سياسة الإنتربول بشأن اللاجئين (قرار الجمعية العامة GA-2017-86-RES-09)، متى أكّد بلد عضو صفة اللاجئ لشخص ما، يحذف الإنتربول أي نشرة أو تعميم بشأن هذا الشخص صادر عن البلد الذي يخشى التعرض للاضطهاد فيه.
letters-issued-by = {" "}صادرة عن { $state }
letters-travel-document = يسافر { $name } بوثيقة سفر للاجئين{ $issuer }. لا يمكن أن يُنتظر من اللاجئ أن يحصل على جواز سفر من الدولة التي فرّ منها: فطلبه قد يُعدّ استظلالاً مجدداً بحمايتها (اتفاقية عام 1951 الخاصة بوضع اللاجئين، المادة 1(ج)(1)).

## الوثائق المحمولة أو المرفقة

letters-enclosure-dated = { $title } ({ $date })
letters-category =
    { $category ->
        [identity_document] وثيقة هوية
        [power_of_attorney] توكيل
        [relationship_proof] إثبات صلة القرابة (قاصر)
        [entity_registration] تسجيل كيان
        [authority_to_represent] تفويض بتمثيل كيان
        [property_record] إثبات ملكية
        [court_record] مستند قضائي
        [arrest_warrant] مذكرة توقيف
        [extradition_papers] مستندات التسليم
        [asylum_decision] قرار بشأن اللجوء أو صفة اللاجئ
        [human_rights_report] تقرير عن حقوق الإنسان في الدولة المصدِرة
        [correspondence_ncb] مراسلات مع مكتب مركزي وطني
        [correspondence_ccf] مراسلات مع لجنة الرقابة على محفوظات الإنتربول
        [correspondence_authorities] مراسلات مع السلطات
        [press] صحافة أو إعلام
        [narrative_draft] مسودة الرواية
        [translation] ترجمة
       *[other] أخرى
    }

## التوقيع

letters-sign-name = الاسم
letters-sign-date = التاريخ
letters-sign-signature = التوقيع
letters-any-question = لأي استفسار: { $contact }.

## الرسالة إلى سلطات الحدود والهجرة

letters-border-title = إشعار إلى سلطات الحدود والهجرة
letters-bearer-heading = إلى حامل الرسالة: اقرأ هذا قبل استعمال الرسالة
letters-border-caution = تحدّث أولاً إلى محامٍ في ذلك البلد. فالتقدّم إلى سلطات الحدود أو الشرطة قد يؤدي في حد ذاته إلى توقيفك بناءً على التنبيه. لا تتصل أبداً بسلطات الدولة التي أصدرت التنبيه، ولا بسلطات دول تتعاون معها تعاوناً وثيقاً.
letters-bearer-remove = هذه الصفحة لك وحدك: انزعها قبل تسليم الرسالة.
letters-bearer-footer = إلى حامل الرسالة: ليست جزءاً من الرسالة
letters-border-to = إلى سلطات الحدود والهجرة في { $state }
letters-border-heading = إشعار بشأن تنبيه صادر عبر الإنتربول
letters-concerning = بشأن
letters-border-enclosures = الوثائق المحمولة مع هذه الرسالة
letters-border-contact = قبل اتخاذ أي إجراء، يُرجى الاتصال بـ{ $contact }. وحامل الرسالة مستعد للإجابة عن أي سؤال من خلاله.
letters-border-subject = تنبيه صادر عبر الإنتربول بشأن حامل الرسالة؛ موجّه إلى { $state }

## رسالة مرافقة إلى سلطة اللجوء

letters-asylum-title = رسالة مرافقة إلى سلطة اللجوء
letters-asylum-to = إلى سلطة اللجوء في { $state }
letters-asylum-heading = تنبيهات الإنتربول وطلب اللجوء
letters-applicant = مقدّم الطلب
letters-asylum-accompanies = ترافق هذه الرسالة طلب اللجوء المقدَّم من { $name }، وهو أو قد يكون موضوع { $alerts } { $where } بطلب من: { $issuers }.
letters-asylum-feared-issuer = صدر التنبيه عن { $state }، وهي الدولة التي يخشى مقدّم الطلب الاضطهاد من جانبها. ويحظر القانون الأساسي للإنتربول (المادة 3) عليه أي نشاط ذي طابع سياسي أو عسكري أو ديني أو عنصري، ويفحص الإنتربول ما إذا كان هذا العنصر غالباً على الجريمة العادية المنسوبة.
letters-asylum-confirmation = ويشجّع القرار نفسه البلدان الأعضاء على إرسال تأكيد إلى الأمانة العامة للإنتربول، أو إلى لجنة الرقابة على محفوظات الإنتربول، بأن شخصاً ما قد مُنح صفة اللاجئ. ونرجو بكل احترام، إذا اعتُرف بـ{ $name } لاجئاً، أن ترسل { $state } هذا التأكيد.
letters-asylum-enclosures = الوثائق المرفقة
letters-asylum-subject = تنبيهات الإنتربول بشأن طالب لجوء؛ موجّهة إلى { $state }

## الرسالة إلى اللجنة بشأن قرار متأخر (المادة 40 من النظام الأساسي للجنة؛ مصدر ثانوي)

letters-follow-up-title = طلب قرار اللجنة
letters-follow-up-before = قبل أن ترسل هذه الرسالة
letters-follow-up-note = أرسل هذه الرسالة عبر البوابة الإلكترونية للجنة الرقابة على محفوظات الإنتربول، مع الطلب الذي تتعلق به. المُهل التي تذكرها (المادة 40 من النظام الأساسي للجنة: قرار في غضون أربعة أشهر بشأن طلب الاطلاع، وفي غضون تسعة أشهر بشأن طلب التصحيح أو الحذف، تُحتسب من تاريخ قبول الطلب) لم تُقرأ إلا في مصدر ثانوي (legal-status.eu) وتعذّر التحقق منها في نص النظام الأساسي نفسه؛ ولا يُعرف ما إذا كان يجوز للجنة تمديدها. تحقّق منها، واملأ الجزء الوارد بين معقوفين، قبل إرسالها.
letters-follow-up-alone = هذه الصفحة لك وحدك: لا ترسلها مع الرسالة.
letters-sender-footer = إلى المرسل: ليست جزءاً من الرسالة
letters-ccf-to = إلى لجنة الرقابة على محفوظات الإنتربول
letters-ccf-portal = عبر البوابة الإلكترونية للجنة
letters-follow-up-step =
    بتاريخ { $filed }، قُدِّم إلى اللجنة { $what ->
        [access] طلب للاطلاع على البيانات
       *[correction_deletion] طلب لتصحيح البيانات أو حذفها
    } بشأن { $name }. وقررت اللجنة قبوله بتاريخ { $admissible }. وبموجب المادة 40 من النظام الأساسي للجنة، تبتّ اللجنة في مثل هذا الطلب في غضون { $what ->
        [access] أربعة أشهر
       *[correction_deletion] تسعة أشهر
    } من قبوله: وقد انقضت هذه المدة بتاريخ { $due }. ولم يرد أي قرار بشأنه حتى الآن.
letters-follow-up-ask = يرجو { $name } بكل احترام من اللجنة أن تصدر قرارها دون مزيد من التأخير، أو أن تبيّن، إن تعذّر ذلك، السبب والموعد الذي تتوقع أن تبتّ فيه. [اذكر ما يكلّفه التأخير لـ{ $name }: احتجاز، توقيف على حدود، رفض تأشيرة، إغلاق حساب.]
letters-follow-up-subject = قرار للجنة متأخر بموجب المادة 40 من نظامها الأساسي

## ورقة «إذا احتُجزت»

letters-detained-title = إذا احتُجزت
letters-detained-unreviewed = (مترجم عن النص الإنكليزي أعلاه؛ لم يراجع الترجمةَ بعدُ محامٍ لغته الأم العربية. والنص الإنكليزي هو المعتمد.)
letters-i-am = أنا
letters-detained-lawyer = أطلب محامياً ومترجماً قبل أي استجواب أو جلسة، ولن أوقّع على أي شيء لا أفهمه.
letters-detained-no-consent = لا أوافق على تسليمي أو ترحيلي، ولا على أي إجراء مبسّط أو معجّل.
letters-detained-no-consulate = لا تتصلوا بسفارة { $state } أو قنصليتها، ولا تعطوها أي معلومات عني: لقد طلبت الحماية من تلك الدولة.
letters-sheet-nature =
    { $kind ->
        [red_notice] النشرة الحمراء ليست مذكرة توقيف دولية: كل بلد عضو في الإنتربول يقرر القيمة القانونية التي يمنحها لها. (الإنتربول، «النشرات الحمراء»، interpol.int.)
        [wanted_diffusion] التعميم بشأن شخص مطلوب رسالة ترسلها شرطة بلد ما مباشرة إلى البلدان التي تختارها؛ ولا تراجعه الأمانة العامة للإنتربول قبل إرساله. (قواعد الإنتربول بشأن معالجة البيانات، المادة 1؛ روايات الممارسين.)
        [no_arrest] بحسب ما هو معروف، لا يطلب التعميم المتعلق بي توقيفي.
        [ncb_message] الرسالة المرسلة مباشرة بين شرطتي بلدين عبر قنوات الإنتربول ليست نشرة ولا تعميماً؛ ولا يراجعها الإنتربول مسبقاً. (قواعد الإنتربول بشأن معالجة البيانات، المادة 22(6)، كما يصفها الممارسون.)
       *[diffusion] التعميم رسالة ترسلها شرطة بلد ما مباشرة إلى البلدان التي تختارها؛ ولا تراجعه الأمانة العامة للإنتربول قبل إرساله. (قواعد الإنتربول بشأن معالجة البيانات، المادة 1؛ روايات الممارسين.)
    }
letters-sheet-pending =
    { $what ->
        [revision] قُدِّم طلب لإعادة النظر في قرار يتعلق بهذه البيانات
        [correction_deletion] قُدِّم طلب لتصحيح هذه البيانات وحذفها
        [deletion] قُدِّم طلب لحذف هذه البيانات
        [correction] قُدِّم طلب لتصحيح هذه البيانات
       *[other] قُدِّم طلب يتعلق بهذه البيانات
    } بتاريخ { $date } إلى لجنة الرقابة على محفوظات الإنتربول. ولم يرد أي قرار بشأنه حتى الآن.
letters-sheet-refugee-policy = سياسة الإنتربول بشأن اللاجئين (قرار الجمعية العامة GA-2017-86-RES-09): متى أكّد بلد عضو صفة اللاجئ لشخص ما، يحذف الإنتربول النشرات والتعاميم المتعلقة به الصادرة عن البلد الذي يخشاه.
letters-detained-call = اتصلوا، ليلاً ونهاراً
letters-detained-subject = ما يطلبه شخص محتجز بسبب تنبيه صادر عبر الإنتربول، ومن يجب الاتصال به

## مذكرة لمحامي المناوبة

letters-brief-title = مذكرة للمحامي الذي يلتقي الشخص المحتجز
letters-brief-made = أُعدّت بتاريخ { $date } من ملف القضية المحفوظ في Habeas: تذكر ما يسجله الملف، لا أكثر. تحقّق من كل نقطة مع الموكّل والمستندات.
letters-brief-client = الموكّل
letters-brief-situation = الوضع
letters-situation =
    { $custody ->
        [detained] محتجز منذ { $since }
        [released] أُفرج عنه بتاريخ { $since }
        [extradited] سُلِّم بتاريخ { $since } (أدخلته أنت)
       *[at_liberty] طليق (لا توقيف أو احتجاز مسجّل)
    }
letters-situation-protection =
    { $kind ->
        [refugee_status] صفة لاجئ
        [protection_granted] حماية ممنوحة
       *[against_extradition] محمي من التسليم
    }
letters-situation-in = { $what } ({ $state })
letters-situation-since = { $what } منذ { $date }
letters-situation-closed = { $situation } — القضية مغلقة
letters-brief-alerts = التنبيهات
letters-brief-no-alert = لا يوجد أي تنبيه مسجّل.
letters-brief-from = صادر عن { $state }
letters-brief-status =
    الحالة: { $status ->
        [suspected] يُعتقد بوجوده
        [confirmed] مؤكَّد
        [challenged] مطعون فيه أمام اللجنة
        [deleted] محذوف
        [blocked] محجوب ريثما يُراجَع
        [refused] مرفوض
       *[reissued] أُعيد إصداره
    }
letters-brief-offence = الجريمة المنسوبة: { $offence }
letters-brief-warrant = مذكرة التوقيف: { $warrant }
letters-brief-dates = المواعيد
letters-brief-no-deadline = لا يمكن احتساب أي مهلة من الملف.
letters-brief-deadline =
    { $title }: { $due } ({ $state ->
        [open] مفتوحة
        [met] مُستوفاة
        [late] مُستوفاة متأخرة
       *[passed] انقضت، ولا شيء مسجّل
    }).
letters-brief-basis =
    الأساس: { $basis } ({ $confidence ->
        [verified] مصدر مُتحقَّق منه
        [secondary] مقروء في مصدر ثانوي فقط
        [unverified] غير مُتحقَّق منه
       *[entered_by_you] أدخله المستخدم، ولم يتحقق منه Habeas
    }).
letters-brief-ccf = الطلبات إلى اللجنة
letters-brief-step =
    { $step ->
        [access] الاطلاع
        [correction_or_deletion] التصحيح أو الحذف
       *[revision] إعادة النظر
    }
letters-brief-step-state =
    { $state ->
        [not_asked] لم يُطلب
        [drafted] مُعَدّ، لم يُقدَّم
        [filed] قُدِّم بتاريخ { $filed }
        [admissible] قُدِّم بتاريخ { $filed }، وقُبل بتاريخ { $admissibility }
        [inadmissible] رُفض شكلاً بتاريخ { $admissibility }
       *[decided] بُتّ فيه بتاريخ { $decided }
    }.
letters-brief-overdue = انقضت المهلة المحددة للجنة لإصدار قرارها.
letters-brief-grounds = الأسباب المكتوبة حتى الآن
letters-brief-evidence = الأدلة (بصمة SHA-256 عند الاستيراد)
letters-brief-annex = المرفق { $label }: { $name }
letters-brief-contact = جهة الاتصال
letters-brief-subject = ملف القضية، للمحامي الذي يلتقي الشخص المحتجز
