# Deadline bases and explanations, flags, checklist, admissibility findings (locales/README.md).

## Alert kinds as the rule texts name them (the same words as app.ftl's enum-alertKind-*).
rule-alert-kind-diffusion = Diffusion
rule-alert-kind-red-notice = Notice rouge
rule-alert-kind-blue-notice = Notice bleue
rule-alert-kind-yellow-notice = Notice jaune
rule-alert-kind-green-notice = Notice verte
rule-alert-kind-black-notice = Notice noire
rule-alert-kind-orange-notice = Notice orange
rule-alert-kind-purple-notice = Notice mauve
rule-alert-kind-silver-notice = Notice argent
rule-alert-kind-un-special-notice = Notice spéciale INTERPOL–Conseil de sécurité des Nations Unies
rule-alert-kind-ncb-message = Message direct entre Bureaux centraux nationaux

## Flags (core/src/rules/flags.rs): labels and reasons.
flag-label-refugee = Réfugié ou demandeur d'asile
flag-label-refugee-from-issuing-state = Statut de réfugié à l'égard de l'État émetteur
flag-label-political-profile = Opposant politique, journaliste ou militant
flag-label-private-dispute = Litige commercial ou privé
flag-label-in-absentia = Jugé par défaut
flag-label-reissued-after-deletion = Alerte réémise après un effacement
flag-label-diffusion-after-red-notice = Diffusion après une notice rouge refusée ou effacée
flag-label-country-misuse = Antécédents d'abus du pays émetteur
flag-set-by-hand = Indiqué à la main.
flag-state-of-refuge = l'État d'accueil
flag-reason-refugee-from-issuing-state = Le statut de réfugié au sens de la Convention de 1951, accordé par l'État suivant : { $by }, repose sur une crainte de persécution par l'État suivant : { $feared }, qui a émis une alerte : la politique d'INTERPOL relative aux réfugiés (GA-2017-86-RES-09) efface les notices et diffusions de cet État dès qu'un pays membre confirme le statut. Demandez à la CCF d'obtenir cette confirmation de cet État ({ $by }).
flag-role-political-opponent = opposant politique
flag-role-journalist = journaliste
flag-role-activist = militant
flag-reason-political-profile = Enregistré comme { $roles } : l'article 3 du Statut d'INTERPOL interdit toute activité de caractère politique.
flag-reason-private-dispute = Enregistré comme litige commercial : une notice rouge ne peut pas reposer sur un litige privé (RTD art. 83, source secondaire).
flag-reason-in-absentia = Une alerte repose sur une condamnation par défaut.
flag-from-country = (pays émetteur : { $country })
flag-country-not-recorded = (pays émetteur non enregistré)
flag-the-same-country = Le même pays
flag-reason-reissued = L'alerte « { $alert } » { $from } a été effacée { $by ->
        [ccf] par la CCF
        [secretariat] par le Secrétariat général d'INTERPOL
       *[unknown] (par la CCF ou le Secrétariat général : non enregistré)
    }{ $deleted ->
        [none] {""}
       *[other] {" "}le { $deleted }
    }, puis émise de nouveau{ $reissued ->
        [none] {""}
       *[other] {" "}le { $reissued }
    }.
flag-reason-diffusion-after-red-notice = { $country } a envoyé une diffusion{ $dated ->
        [none] {""}
       *[other] {" "}datée du { $dated }
    } après que sa notice rouge a été { $end ->
        [refused] refusée
       *[deleted] effacée
    } { $by ->
        [ccf] par la CCF
        [secretariat] par le Secrétariat général d'INTERPOL
       *[unknown] (par la CCF ou le Secrétariat général : non enregistré)
    }{ $ended ->
        [none] {""}
       *[other] {" "}le { $ended }
    }.
flag-where = { $country }
flag-reason-claim-pending = Demande de protection en cours{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    } : ce n'est pas un statut de réfugié confirmé.
flag-reason-asylum-pending = Demande d'asile en cours{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    } : ce n'est pas encore un statut de réfugié confirmé.
flag-reason-refugee-granted = Statut de réfugié au sens de la Convention de 1951 accordé{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }.
flag-reason-subsidiary-granted = Protection subsidiaire accordée{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    } : ce n'est pas le statut de réfugié, la politique d'INTERPOL relative aux réfugiés ne s'applique donc pas en tant que telle.
flag-reason-humanitarian-granted = Protection humanitaire accordée{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    } : ce n'est pas le statut de réfugié, la politique d'INTERPOL relative aux réfugiés ne s'applique donc pas en tant que telle.
flag-reason-protection-granted = Protection accordée{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }. Indiquez s'il s'agit du statut de réfugié au sens de la Convention de 1951 : la politique d'INTERPOL relative aux réfugiés ne couvre que ce statut.
