# Deadline bases and explanations, flags, checklist, admissibility findings (locales/README.md).

## Alert kinds as the rule texts name them (the same words as app.ftl's enum-alertKind-*).
rule-alert-kind-diffusion = Difusión
rule-alert-kind-red-notice = Notificación roja
rule-alert-kind-blue-notice = Notificación azul
rule-alert-kind-yellow-notice = Notificación amarilla
rule-alert-kind-green-notice = Notificación verde
rule-alert-kind-black-notice = Notificación negra
rule-alert-kind-orange-notice = Notificación naranja
rule-alert-kind-purple-notice = Notificación morada
rule-alert-kind-silver-notice = Notificación plateada
rule-alert-kind-un-special-notice = Notificación especial INTERPOL–Consejo de Seguridad de las Naciones Unidas
rule-alert-kind-ncb-message = Mensaje directo entre Oficinas Centrales Nacionales

## Flags (core/src/rules/flags.rs): labels and reasons.
flag-label-refugee = Refugiado o solicitante de asilo
flag-label-refugee-from-issuing-state = Estatuto de refugiado frente al Estado emisor
flag-label-political-profile = Opositor político, periodista o activista
flag-label-private-dispute = Litigio comercial o privado
flag-label-in-absentia = Juzgado en rebeldía
flag-label-reissued-after-deletion = Alerta emitida de nuevo tras una supresión
flag-label-diffusion-after-red-notice = Difusión tras una notificación roja rechazada o suprimida
flag-label-country-misuse = Antecedentes de abuso del país emisor
flag-set-by-hand = Indicado a mano.
flag-state-of-refuge = el Estado de acogida
flag-reason-refugee-from-issuing-state = El estatuto de refugiado conforme a la Convención de 1951, concedido por { $by }, se basa en un temor de persecución por parte de { $feared }, que emitió una alerta: la política de INTERPOL sobre refugiados (GA-2017-86-RES-09) suprime las notificaciones y difusiones de ese Estado una vez que un país miembro confirma el estatuto. Pida a la CCF que obtenga esa confirmación de { $by }.
flag-role-political-opponent = opositor político
flag-role-journalist = periodista
flag-role-activist = activista
flag-reason-political-profile = Registrado como { $roles }: el artículo 3 del Estatuto de INTERPOL prohíbe toda actividad de carácter político.
flag-reason-private-dispute = Registrado como litigio comercial: una notificación roja no puede basarse en un litigio privado (RTD art. 83, fuente secundaria).
flag-reason-in-absentia = Una alerta se basa en una condena en rebeldía.
flag-from-country = (país emisor: { $country })
flag-country-not-recorded = (país emisor no registrado)
flag-the-same-country = El mismo país
flag-reason-reissued = La alerta «{ $alert }» { $from } fue suprimida { $by ->
        [ccf] por la CCF
        [secretariat] por la Secretaría General de INTERPOL
       *[unknown] (por la CCF o la Secretaría General: no registrado)
    }{ $deleted ->
        [none] {""}
       *[other] {" "}el { $deleted }
    } y luego emitida de nuevo{ $reissued ->
        [none] {""}
       *[other] {" "}el { $reissued }
    }.
flag-reason-diffusion-after-red-notice = { $country } envió una difusión{ $dated ->
        [none] {""}
       *[other] {" "}fechada el { $dated }
    } después de que su notificación roja fuera { $end ->
        [refused] rechazada
       *[deleted] suprimida
    } { $by ->
        [ccf] por la CCF
        [secretariat] por la Secretaría General de INTERPOL
       *[unknown] (por la CCF o la Secretaría General: no registrado)
    }{ $ended ->
        [none] {""}
       *[other] {" "}el { $ended }
    }.
flag-where = { $country }
flag-reason-claim-pending = Solicitud de protección en trámite{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: no es un estatuto de refugiado confirmado.
flag-reason-asylum-pending = Solicitud de asilo en trámite{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: todavía no es un estatuto de refugiado confirmado.
flag-reason-refugee-granted = Estatuto de refugiado conforme a la Convención de 1951 concedido{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }.
flag-reason-subsidiary-granted = Protección subsidiaria concedida{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: no es el estatuto de refugiado, así que la política de INTERPOL sobre refugiados no se aplica como tal.
flag-reason-humanitarian-granted = Protección humanitaria concedida{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: no es el estatuto de refugiado, así que la política de INTERPOL sobre refugiados no se aplica como tal.
flag-reason-protection-granted = Protección concedida{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }. Indique si es el estatuto de refugiado conforme a la Convención de 1951: la política de INTERPOL sobre refugiados solo cubre ese estatuto.
