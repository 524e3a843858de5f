# Deadline bases and explanations, flags, checklist, admissibility findings (locales/README.md).

## Alert kinds as the rule texts name them (the same words as app.ftl's enum-alertKind-*).
rule-alert-kind-diffusion = Диффузия
rule-alert-kind-red-notice = Красное уведомление
rule-alert-kind-blue-notice = Синее уведомление
rule-alert-kind-yellow-notice = Жёлтое уведомление
rule-alert-kind-green-notice = Зелёное уведомление
rule-alert-kind-black-notice = Чёрное уведомление
rule-alert-kind-orange-notice = Оранжевое уведомление
rule-alert-kind-purple-notice = Фиолетовое уведомление
rule-alert-kind-silver-notice = Серебряное уведомление
rule-alert-kind-un-special-notice = Специальное уведомление Интерпола и Совета Безопасности ООН
rule-alert-kind-ncb-message = Прямое сообщение между национальными центральными бюро

## Flags (core/src/rules/flags.rs): labels and reasons.
flag-label-refugee = Беженец или лицо, ищущее убежища
flag-label-refugee-from-issuing-state = Статус беженца в отношении государства, выдавшего уведомление
flag-label-political-profile = Политический оппонент, журналист или активист
flag-label-private-dispute = Коммерческий или частный спор
flag-label-in-absentia = Осуждён заочно
flag-label-reissued-after-deletion = Уведомление выдано повторно после удаления
flag-label-diffusion-after-red-notice = Диффузия после отклонённого или удалённого Красного уведомления
flag-label-country-misuse = Злоупотребления со стороны выдавшей страны
flag-set-by-hand = Отмечено вручную.
flag-state-of-refuge = государство убежища
flag-reason-refugee-from-issuing-state = Статус беженца по Конвенции 1951 года, предоставленный: { $by }, основан на опасении преследования со стороны государства { $feared }, которое выдало уведомление: политика Интерпола в отношении беженцев (GA-2017-86-RES-09) удаляет уведомления и диффузии этого государства, как только страна-член подтвердит статус. Попросите ККФ получить это подтверждение (от: { $by }).
flag-role-political-opponent = политический оппонент
flag-role-journalist = журналист
flag-role-activist = активист
flag-reason-political-profile = Записан как { $roles }: статья 3 Устава Интерпола запрещает любую деятельность политического характера.
flag-reason-private-dispute = Записан как коммерческий спор: Красное уведомление не может основываться на частном споре (Правила обработки данных, ст. 83, вторичный источник).
flag-reason-in-absentia = Уведомление основано на заочном приговоре.
flag-from-country = (выдавшая страна: { $country })
flag-country-not-recorded = (выдавшая страна не записана)
flag-the-same-country = Та же страна
flag-reason-reissued = Уведомление «{ $alert }» { $from } было удалено { $by ->
        [ccf] ККФ
        [secretariat] Генеральным секретариатом Интерпола
       *[unknown] (ККФ или Генеральным секретариатом: не записано)
    }{ $deleted ->
        [none] {""}
       *[other] {" "}{ $deleted }
    }, затем выдано снова{ $reissued ->
        [none] {""}
       *[other] {" "}{ $reissued }
    }.
flag-reason-diffusion-after-red-notice = { $country }: направлена диффузия{ $dated ->
        [none] {""}
       *[other] {" "}от { $dated }
    } после того, как Красное уведомление этой страны было { $end ->
        [refused] отклонено
       *[deleted] удалено
    } { $by ->
        [ccf] ККФ
        [secretariat] Генеральным секретариатом Интерпола
       *[unknown] (ККФ или Генеральным секретариатом: не записано)
    }{ $ended ->
        [none] {""}
       *[other] {" "}{ $ended }
    }.
flag-where = { $country }
flag-reason-claim-pending = Заявление о защите на рассмотрении{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: это не подтверждённый статус беженца.
flag-reason-asylum-pending = Заявление об убежище на рассмотрении{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: это ещё не подтверждённый статус беженца.
flag-reason-refugee-granted = Статус беженца по Конвенции 1951 года предоставлен{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }.
flag-reason-subsidiary-granted = Предоставлена дополнительная защита{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: это не статус беженца, поэтому политика Интерпола в отношении беженцев как таковая не применяется.
flag-reason-humanitarian-granted = Предоставлена гуманитарная защита{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: это не статус беженца, поэтому политика Интерпола в отношении беженцев как таковая не применяется.
flag-reason-protection-granted = Предоставлена защита{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }. Укажите, является ли это статусом беженца по Конвенции 1951 года: политика Интерпола в отношении беженцев касается только этого статуса.
