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
