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

## The action checklist (core/src/rules/checklist.rs): each step's title and how, the cautions,
## and why a step matters for a case's flags.

checklist-ccf-request-title = Demander à la CCF l’accès aux données, ou leur effacement
checklist-ccf-request-detail = Déposez la demande sur le portail de la CCF (obligatoire depuis le 26 mars 2026), un type de demande par envoi (source secondaire). L’accès et l’effacement peuvent être demandés en même temps : une demande d’effacement n’a pas à attendre la réponse sur l’accès. Une réponse sur l’accès peut ne pas montrer tout ce que détient INTERPOL : la CCF ne communique des données qu’avec le consentement de leur source (Statut, art. 35, source secondaire).
checklist-counsel-title = Prendre un avocat expérimenté dans les affaires INTERPOL
checklist-counsel-detail = La procédure devant la CCF est uniquement écrite : la première requête porte tout le dossier.
checklist-asylum-title = Demander l’asile ou le statut de réfugié là où il s’applique
checklist-asylum-detail = Dès qu’un pays membre confirme le statut de réfugié d’une personne (Convention de 1951), INTERPOL supprime les notices et diffusions de l’État que la personne craint (politique sur les réfugiés, GA-2017-86-RES-09). Une demande en cours, la protection subsidiaire ou humanitaire ne suffisent pas au regard de cette politique.
checklist-notify-borders-title = Prévenir les autorités des frontières avant un voyage
checklist-notify-borders-detail = Emportez la correspondance de la CCF et les décisions de justice ; décidez avec un avocat local s’il faut prévenir à l’avance les autorités d’un pays sur le trajet.
checklist-challenge-extradition-title = Contester l’extradition devant les juridictions nationales
checklist-challenge-extradition-detail = La CCF ne décide pas de l’extradition ; seules les juridictions de l’État requis le font. Les délais après une arrestation provisoire sont courts.
checklist-monitor-title = Surveiller la situation régulièrement
checklist-monitor-detail = Renouvelez les demandes d’accès : une alerte effacée peut être émise de nouveau, et une diffusion peut suivre une notice rouge refusée.
checklist-advocacy-title = Mobilisation publique si elle est opportune
checklist-advocacy-detail = L’attention de la presse et des ONG peut appuyer un argument fondé sur l’art. 3.
checklist-prevent-issuing-country-title = Agir dans le pays émetteur avant qu’une alerte soit émise
checklist-prevent-issuing-country-detail = Contestez le mandat ou la procédure nationale par un avocat local lorsque c’est sans danger.
checklist-prevent-monitoring-title = Guetter de nouvelles alertes
checklist-prevent-monitoring-detail = Une demande d’accès à la CCF peut montrer si des données sont traitées, même si la réponse peut être limitée par le consentement de la source (Statut, art. 35, source secondaire). Ne pas trouver un nom parmi les notices rouges publiques ne prouve rien : la plupart des notices et toutes les diffusions ne sont pas publiques.
checklist-prevent-inform-borders-title = Informer à l’avance les autorités des frontières
checklist-prevent-inform-borders-detail = Avec un avocat local, envisagez d’envoyer la décision de protection et le contexte aux pays où la personne vit ou se rend.
checklist-caution-border = Parlez d’abord à un avocat de ce pays. Se présenter aux autorités des frontières ou de police peut en soi mener à une arrestation sur la base de l’alerte. Ne contactez jamais les autorités de l’État qui a émis l’alerte, ni celles d’États qui coopèrent étroitement avec lui.
checklist-caution-passport = Ne demandez pas de nouveau passeport à l’État que vous craignez : le renouveler peut valoir réclamation de sa protection et mettre fin au statut de réfugié (Convention de 1951, art. 1C(1)). Demandez plutôt un titre de voyage pour réfugié au pays d’accueil.
checklist-caution-advocacy = La publicité peut aussi durcir la position de l’État émetteur ou mettre en danger la famille restée au pays : décidez avec la personne, au cas par cas.
checklist-why-refugee-deletion = Le statut de réfugié à l’égard de l’État émetteur est le motif d’effacement le plus fort selon la politique sur les réfugiés : demandez à la CCF d’en obtenir la confirmation auprès de l’État qui l’a accordé.
checklist-why-political-neutrality = Un profil politique appuie un argument fondé sur l’art. 3 (neutralité).
checklist-why-private-dispute = Un litige privé ne peut pas fonder une notice rouge (RTD art. 83, source secondaire).
checklist-why-diffusion-after-red-notice = Une diffusion après une notice rouge refusée laisse penser que ce canal sert à contourner le contrôle.
checklist-why-record-refugee-status = Indiquez ce qui a été accordé et quel État la personne craint : la politique sur les réfugiés s’applique au statut de réfugié au sens de la Convention de 1951 à l’égard de l’État qui a émis l’alerte.
checklist-why-political-protection = Un profil politique est souvent aussi le motif de la protection.
checklist-why-travel-document = Un titre de voyage pour réfugié ne protège pas d’une arrestation sur la base d’une alerte dans un pays tiers.
checklist-why-in-absentia = Les condamnations par défaut sont un motif courant de refus d’extradition.
checklist-why-non-refoulement = Le principe de non-refoulement interdit le renvoi vers l’État que la personne craint.
checklist-why-reissued = Une alerte est déjà revenue une fois après son effacement.
checklist-why-country-misuse = Le pays émetteur a des antécédents d’abus.
checklist-why-ngo-support = Les affaires de journalistes et de militants suscitent le soutien des ONG.

## Admissibility findings (core/src/rules/admissibility.rs): what the user should do.

admissibility-identity-missing = { $minor ->
        [yes] Joignez une copie de la pièce d’identité du mineur (passeport ou carte nationale d’identité) : non caviardée, sans ratures.
       *[no] Joignez une copie de la pièce d’identité du demandeur (passeport ou carte nationale d’identité) : non caviardée, sans ratures.
    }
admissibility-identity-contents = Confirmez que la copie de la pièce d’identité montre lisiblement les nom et prénoms, la date de naissance et la photographie.
admissibility-identity-expiry = { $minor ->
        [yes] Indiquez la date d’expiration de la pièce d’identité du mineur (onglet Vue d’ensemble), pour qu’Habeas vérifie qu’elle est encore valide.
       *[no] Indiquez la date d’expiration de la pièce d’identité du demandeur (onglet Vue d’ensemble), pour qu’Habeas vérifie qu’elle est encore valide.
    }
admissibility-identity-expired = Toutes les pièces d’identité enregistrées pour le demandeur ont expiré. Joignez-en une valide, ou expliquez dans une note d’accompagnement pourquoi aucune ne peut être obtenue. Un praticien compte une pièce périmée parmi les motifs courants d’irrecevabilité.
admissibility-identity-expired-refugee = Toutes les pièces d’identité enregistrées pour le demandeur ont expiré. Ne demandez pas de nouveau passeport à { $feared } : pour un réfugié, le renouveler peut valoir réclamation de la protection de cet État et mettre fin au statut de réfugié (Convention de 1951, art. 1C(1)). Joignez plutôt un titre de voyage pour réfugié ou un titre de séjour délivré par { $refuge }, ou expliquez dans une note d’accompagnement pourquoi aucune pièce d’identité valide ne peut être obtenue (le seul État qui pourrait délivrer un passeport est celui que le demandeur a fui).
admissibility-feared-unknown = l’État que le demandeur a fui
admissibility-refuge-unknown = le pays d’accueil
admissibility-minor-guardian = Le demandeur est mineur : nommez le parent ou le tuteur qui agit pour lui, et précisez leur lien.
admissibility-minor-proof = Le demandeur est mineur : joignez un document prouvant le lien avec le parent ou le tuteur (acte de naissance, décision de tutelle), comme pièce de la catégorie « Preuve du lien de parenté (mineur) ».
admissibility-entity-name = Le demandeur est une personne morale : indiquez sa dénomination complète et sa date de constitution ou d’immatriculation (et son numéro d’immatriculation, s’il en a un).
admissibility-entity-registration = Le demandeur est une personne morale : joignez un document officiel montrant sa dénomination complète, sa date de constitution ou d’immatriculation et son numéro d’immatriculation, comme pièce de la catégorie « Immatriculation d’une entité ».
admissibility-entity-signatory = Nommez la personne physique qui représente la personne morale dans cette requête.
admissibility-entity-authority = Joignez la preuve que le signataire peut représenter la personne morale (délibération du conseil, extrait nommant les dirigeants), comme pièce de la catégorie « Pouvoir de représenter une entité ».
admissibility-property-proof = La requête concerne un bien : joignez un document montrant qu’il appartient au demandeur (certificat d’immatriculation, titre de propriété), comme pièce de la catégorie « Preuve de propriété d’un bien ».
admissibility-poa-missing = Un représentant dépose cette requête : joignez la procuration signée par le demandeur, et choisissez-la comme procuration.
admissibility-poa-unsigned = Confirmez que la procuration est signée par le demandeur.
admissibility-signature-missing = Indiquez qui signe la requête et datez-la.
admissibility-signature-future = La date de signature est dans le futur.
admissibility-annex-language = L’annexe « { $name } » est en { $language } : joignez aussi une traduction en anglais, français, espagnol ou arabe (une pièce marquée comme sa traduction).
admissibility-purpose = Indiquez ce que le demandeur demande ({ $kind }) : par exemple, que les données soient effacées et que tous les Bureaux centraux nationaux en soient informés.
admissibility-revision-fact = Décrivez le fait nouvellement découvert et la date à laquelle le demandeur en a eu connaissance.
admissibility-revision-late = Le fait nouveau a été découvert le { $date } : il y a plus de six mois, la demande de révision est donc hors délai.
admissibility-revision-future = La date de découverte est dans le futur.
admissibility-revision-summary = La demande compte environ { $pages } pages. Depuis mars 2026, la CCF demande d’abord un résumé d’environ deux pages du fait nouveau ; gardez l’argumentation complète pour le moment où elle l’invitera.
admissibility-data-identified = { $recorded ->
        [no] Enregistrez les alertes dans l’onglet Notices, puis choisissez celles que concerne cette requête, et dites comment le demandeur en a eu connaissance ; la CCF cherche dans les fichiers d’INTERPOL avec ce que vous lui donnez.
       *[yes] Choisissez les alertes que concerne cette requête, et dites comment le demandeur en a eu connaissance ; la CCF cherche dans les fichiers d’INTERPOL avec ce que vous lui donnez.
    }
admissibility-citation-secondary = { $cites } (lu seulement dans une source secondaire : { $source })
admissibility-citation-unverified = { $cites } (non vérifié : { $source })
admissibility-citations = Le moyen { $n } (« { $title } ») cite { $citations }. Vérifiez le numéro et la formulation dans le texte officiel, corrigez le paragraphe si besoin, puis marquez ses citations comme vérifiées. D’ici là, la requête les marque « à vérifier ».
admissibility-ground-red-notice = Le moyen { $n } (« { $title } ») énonce une règle propre aux notices rouges, mais la requête ne concerne aucune notice rouge : les critères des notices rouges ne régissent pas les diffusions en tant que telles. Supprimez-le ou réécrivez-le.
admissibility-ground-diffusion = Le moyen { $n } (« { $title } ») est rédigé pour une diffusion, mais la requête n’en concerne aucune. Supprimez-le ou réécrivez-le.
admissibility-ground-refugee = Le moyen { $n } affirme que le demandeur a été reconnu réfugié au sens de la Convention de 1951, avec une crainte de persécution de la part de l’État qui a émis les données. Le dossier ne l’indique pas (onglet Vue d’ensemble : la protection accordée, sa nature et l’État craint). Corrigez le dossier, ou supprimez le paragraphe : une demande en cours ou une autre protection a sa propre formulation.
admissibility-part-data = Les données concernées
admissibility-part-facts = Le résumé des faits
admissibility-part-outcome = Ce qui est demandé
admissibility-part-new-fact = Le fait nouveau
admissibility-part-ground = Le moyen { $n }
admissibility-placeholder = { $part } contient encore un passage à compléter : « { $passage } ». Remplacez-le par les faits de l’affaire, ou supprimez-le.
