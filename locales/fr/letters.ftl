# Lettres, feuille « si je suis détenu » et note pour l'avocat de permanence (locales/README.md).
# Français : rédigé par l'équipe (traduction assistée), NON RELU par un juriste de langue
# maternelle française. Chaque énoncé garde exactement la force de l'anglais, pas davantage.
# Les citations suivent l'usage français (« art. 40 du Statut de la CCF »).

## Éléments de phrases

letters-list-comma = {", "}
letters-list-and = { $init } et { $last }
letters-born = né(e) le { $date }
letters-national-of = de nationalité : { $countries }
letters-document-number = { $document } n° { $number }
letters-document =
    { $kind ->
        [passport] passeport
        [national_id] carte nationale d'identité
        [refugee_travel_document] titre de voyage pour réfugié
        [residence_permit] titre de séjour
       *[other] pièce d'identité
    }
letters-blank-issuer = [l'État émetteur]
letters-blank-country = [pays]
letters-blank-date = [date]
letters-blank-name = [nom]
letters-blank-contact = [nom et téléphone de l'avocat ou du représentant]
letters-page = Page { $page } sur { $pages }

## Nature des signalements

letters-alert =
    { $kind ->
        [ncb_message] un message adressé directement d'un Bureau central national à un autre
        [wanted_diffusion] une diffusion de recherche aux fins d'arrestation
        [diffusion] une diffusion
        [red_notice] une notice rouge
        [blue_notice] une notice bleue
        [yellow_notice] une notice jaune
        [green_notice] une notice verte
        [black_notice] une notice noire
        [orange_notice] une notice orange
        [purple_notice] une notice violette
        [silver_notice] une notice argent
        [un_special_notice] une notice spéciale INTERPOL–Conseil de sécurité des Nations Unies
       *[other] un signalement
    }
letters-alert-label =
    { $kind ->
        [ncb_message] Message direct entre BCN
        [diffusion] Diffusion
        [red_notice] Notice rouge
        [blue_notice] Notice bleue
        [yellow_notice] Notice jaune
        [green_notice] Notice verte
        [black_notice] Notice noire
        [orange_notice] Notice orange
        [purple_notice] Notice violette
        [silver_notice] Notice argent
        [un_special_notice] Notice spéciale INTERPOL–Conseil de sécurité des Nations Unies
       *[other] Signalement
    }
letters-where =
    { $where ->
        [channels] transmis par les canaux d'INTERPOL
       *[files] enregistré dans les fichiers d'INTERPOL
    }
letters-subject-bearer = Le porteur de la présente lettre, { $name }, fait ou pourrait faire l'objet d'{ $alerts } { $where } à la demande de l'État suivant : { $issuers }.
letters-subject-self = Je fais ou pourrais faire l'objet d'{ $alerts } { $where } à la demande de l'État suivant : { $issuers }.
letters-nature-red-notice = Une notice rouge n'est pas un mandat d'arrêt international. C'est une demande adressée aux services de police du monde entier de localiser une personne et de procéder à son arrestation provisoire en vue de son extradition, sur la base d'un mandat national ; chaque pays membre d'INTERPOL décide de la valeur juridique qu'il lui reconnaît. (INTERPOL, « Notices rouges », interpol.int.)
letters-nature-diffusion = Une diffusion est une demande adressée directement par le Bureau central national d'un pays aux pays de son choix. À la différence d'une notice rouge, elle n'est pas examinée par le Secrétariat général d'INTERPOL avant son envoi ; elle l'est ensuite. (Règlement d'INTERPOL sur le traitement des données, art. 1 ; témoignages de praticiens sur l'examen par INTERPOL.)
letters-nature-wanted-diffusion = Une diffusion de recherche aux fins d'arrestation est une demande de localiser et d'arrêter une personne, adressée directement par le Bureau central national d'un pays aux pays de son choix. À la différence d'une notice rouge, elle n'est pas examinée par le Secrétariat général d'INTERPOL avant son envoi ; elle l'est ensuite. (Règlement d'INTERPOL sur le traitement des données, art. 1 ; témoignages de praticiens sur l'examen par INTERPOL.)
letters-nature-no-arrest = Pour autant que l'on sache, la diffusion concernant la personne ne demande pas son arrestation.
letters-nature-ncb-message = Un message adressé directement par le Bureau central national d'un pays à celui d'un autre par les canaux d'INTERPOL n'est ni une notice ni une diffusion ; le Secrétariat général d'INTERPOL n'en examine pas le contenu au préalable. (Règlement d'INTERPOL sur le traitement des données, art. 22, al. 6, version de 2024, tel que les praticiens le décrivent.)

## Demande à la CCF : seulement si son dépôt est enregistré et aucune décision depuis

letters-pending =
    { $what ->
        [revision] Une demande de révision d'une décision portant sur ces données
        [correction_deletion] Une demande de rectification et d'effacement de ces données
        [deletion] Une demande d'effacement de ces données
        [correction] Une demande de rectification de ces données
       *[other] Une demande portant sur ces données
    } a été déposée le { $date } auprès de la Commission de contrôle des fichiers d'INTERPOL (CCF), l'organe qui décide, avec effet contraignant pour INTERPOL, si les données figurant dans ses fichiers sont conformes à ses règles. Aucune décision n'a été reçue à ce jour.

## Protection : exactement ce qui a été accordé ou demandé

letters-when = {" "}le { $date }
letters-feared = {", "}en raison d'une crainte de persécution de la part de l'État suivant : { $state }
letters-status-refugee = { $name } a été reconnu(e) réfugié(e) au sens de la Convention de 1951 relative au statut des réfugiés par l'État suivant : { $by }{ $when }{ $feared }.
letters-status-subsidiary = { $name } a obtenu la protection subsidiaire de l'État suivant : { $by }{ $when }{ $feared }.
letters-status-humanitarian = { $name } a obtenu une protection pour motifs humanitaires de l'État suivant : { $by }{ $when }.
letters-status-unspecified = { $name } a obtenu une protection internationale de l'État suivant : { $by }{ $when } [préciser : statut de réfugié ou autre protection].
letters-status-pending = { $name } a demandé l'asile dans l'État suivant : { $by }{ $when } ; il n'a pas encore été statué sur cette demande.
letters-refugee-policy = Selon la politique d'INTERPOL relative aux réfugiés (résolution de l'Assemblée générale GA-2017-86-RES-09), dès lors qu'un pays membre a confirmé le statut de réfugié d'une personne, INTERPOL efface toute notice ou diffusion la concernant émise par le pays où elle craint d'être persécutée.
letters-issued-by = {" "}délivré par l'État suivant : { $state }
letters-travel-document = { $name } voyage sous couvert d'un titre de voyage pour réfugié{ $issuer }. On ne peut attendre d'un réfugié qu'il obtienne un passeport de l'État qu'il a fui : en demander un peut valoir réclamation volontaire de sa protection (Convention de 1951 relative au statut des réfugiés, art. 1er, section C, 1).

## Pièces jointes ou portées sur soi

letters-enclosure-dated = { $title } ({ $date })
letters-category =
    { $category ->
        [identity_document] Pièce d'identité
        [power_of_attorney] Procuration
        [relationship_proof] Preuve du lien de parenté (mineur)
        [entity_registration] Immatriculation d'une personne morale
        [authority_to_represent] Pouvoir de représenter une personne morale
        [property_record] Preuve de propriété d'un bien
        [court_record] Pièce judiciaire
        [arrest_warrant] Mandat d'arrêt
        [extradition_papers] Pièces de la procédure d'extradition
        [asylum_decision] Décision en matière d'asile ou de statut de réfugié
        [human_rights_report] Rapport sur les droits humains dans l'État émetteur
        [correspondence_ncb] Correspondance avec un BCN
        [correspondence_ccf] Correspondance avec la CCF
        [correspondence_authorities] Correspondance avec des autorités
        [press] Presse ou médias
        [narrative_draft] Projet de récit
        [translation] Traduction
       *[other] Autre
    }

## Signature

letters-sign-name = Nom
letters-sign-date = Date
letters-sign-signature = Signature
letters-any-question = Pour toute question : { $contact }.

## Lettre aux autorités de contrôle aux frontières et d'immigration

letters-border-title = Note aux autorités de contrôle aux frontières et d'immigration
letters-bearer-heading = Pour le porteur : à lire avant d'utiliser cette lettre
letters-border-caution = Consultez d'abord un avocat dans ce pays. Se présenter aux autorités de contrôle aux frontières ou de police peut en soi entraîner une arrestation sur la base du signalement. Ne contactez jamais les autorités de l'État qui a émis le signalement, ni celles d'États qui coopèrent étroitement avec lui.
letters-bearer-remove = Cette page est pour vous seul : retirez-la avant de remettre la lettre.
letters-bearer-footer = Pour le porteur : ne fait pas partie de la lettre
letters-border-to = Aux autorités de contrôle aux frontières et d'immigration de l'État suivant : { $state }
letters-border-heading = Note relative à un signalement INTERPOL
letters-concerning = Concerne
letters-border-enclosures = Documents portés avec la présente lettre
letters-border-contact = Avant toute mesure, veuillez contacter { $contact }. Le porteur est prêt à répondre à toute question par son intermédiaire.
letters-border-subject = Signalement INTERPOL concernant le porteur ; adressé à l'État suivant : { $state }

## Lettre d'accompagnement à l'autorité chargée de l'asile

letters-asylum-title = Lettre d'accompagnement à l'autorité chargée de l'asile
letters-asylum-to = À l'autorité chargée de l'asile de l'État suivant : { $state }
letters-asylum-heading = Signalements INTERPOL et demande d'asile
letters-applicant = Demandeur
letters-asylum-accompanies = La présente lettre accompagne la demande d'asile de { $name }, qui fait ou pourrait faire l'objet d'{ $alerts } { $where } à la demande de l'État suivant : { $issuers }.
letters-asylum-feared-issuer = Le signalement émane de l'État suivant : { $state }, l'État dont le demandeur craint les persécutions. Le Statut d'INTERPOL (art. 3) lui interdit toute activité ou intervention dans des questions ou affaires présentant un caractère politique, militaire, religieux ou racial, et INTERPOL examine si un tel élément prédomine sur l'infraction de droit commun reprochée.
letters-asylum-confirmation = La même résolution encourage les pays membres à transmettre au Secrétariat général d'INTERPOL, ou à la CCF, la confirmation qu'une personne s'est vu reconnaître le statut de réfugié. Nous demandons respectueusement que, si { $name } est reconnu(e) réfugié(e), l'État suivant transmette cette confirmation : { $state }.
letters-asylum-enclosures = Pièces jointes
letters-asylum-subject = Signalements INTERPOL concernant un demandeur d'asile ; adressé à l'État suivant : { $state }

## Lettre à la CCF pour une décision en retard (art. 40 du Statut de la CCF ; source secondaire)

letters-follow-up-title = Demande de décision de la Commission
letters-follow-up-before = Avant d'envoyer cette lettre
letters-follow-up-note = Envoyez cette lettre par le portail en ligne de la CCF, avec la demande qu'elle concerne. Les délais qu'elle cite (art. 40 du Statut de la CCF : une décision dans les quatre mois pour une demande d'accès, dans les neuf mois pour une demande de rectification ou d'effacement, à compter de la date à laquelle la demande a été déclarée recevable) n'ont été lus que dans une source secondaire (legal-status.eu) et n'ont pu être vérifiés sur le texte même du Statut ; on ignore si la CCF peut les prolonger. Vérifiez-les, et complétez la partie entre crochets, avant de l'envoyer.
letters-follow-up-alone = Cette page est pour vous seul : ne l'envoyez pas avec la lettre.
letters-sender-footer = Pour l'expéditeur : ne fait pas partie de la lettre
letters-ccf-to = À la Commission de contrôle des fichiers d'INTERPOL (CCF)
letters-ccf-portal = Par le portail en ligne de la CCF
letters-follow-up-step =
    Le { $filed }, { $what ->
        [access] une demande d'accès aux données
       *[correction_deletion] une demande de rectification ou d'effacement des données
    } concernant { $name } a été déposée auprès de la Commission. La Commission l'a déclarée recevable le { $admissible }. Aux termes de l'art. 40 du Statut de la CCF, la Commission statue sur une telle demande dans un délai de { $what ->
        [access] quatre mois
       *[correction_deletion] neuf mois
    } à compter de sa recevabilité : ce délai a expiré le { $due }. Aucune décision n'a été reçue à ce jour.
letters-follow-up-ask = { $name } prie respectueusement la Commission de rendre sa décision sans plus tarder ou, à défaut, d'indiquer pourquoi et à quelle date elle prévoit de statuer. [Indiquez ce que ce retard coûte à { $name } : une détention, une interpellation à une frontière, un visa refusé, un compte clôturé.]
letters-follow-up-subject = Décision de la CCF en retard au regard de l'art. 40 de son Statut

## Feuille « si je suis détenu »

letters-detained-title = Si je suis détenu(e)
letters-detained-unreviewed = (Traduit de l'anglais ci-dessus ; traduction non encore relue par un juriste de langue maternelle. Le texte anglais fait foi.)
letters-i-am = Je suis
letters-detained-lawyer = Je demande un avocat et un interprète avant toute audition ou audience, et je ne signerai rien que je ne comprends pas.
letters-detained-no-consent = Je ne consens pas à mon extradition ni à ma remise, ni à aucune procédure simplifiée ou accélérée.
letters-detained-no-consulate = Ne contactez pas l'ambassade ni le consulat de l'État suivant : { $state }, et ne leur communiquez aucune information me concernant : j'ai demandé protection contre cet État.
letters-sheet-nature =
    { $kind ->
        [red_notice] Une notice rouge n'est pas un mandat d'arrêt international : chaque pays membre d'INTERPOL décide de la valeur juridique qu'il lui reconnaît. (INTERPOL, « Notices rouges », interpol.int.)
        [wanted_diffusion] Une diffusion de recherche aux fins d'arrestation est un message adressé directement par la police d'un pays aux pays de son choix ; le Secrétariat général d'INTERPOL ne l'examine pas avant son envoi. (Règlement d'INTERPOL sur le traitement des données, art. 1 ; témoignages de praticiens.)
        [no_arrest] Pour autant que l'on sache, la diffusion me concernant ne demande pas mon arrestation.
        [ncb_message] Un message adressé directement entre les polices de deux pays par les canaux d'INTERPOL n'est ni une notice ni une diffusion ; INTERPOL ne l'examine pas au préalable. (Règlement d'INTERPOL sur le traitement des données, art. 22, al. 6, tel que les praticiens le décrivent.)
       *[diffusion] Une diffusion est un message adressé directement par la police d'un pays aux pays de son choix ; le Secrétariat général d'INTERPOL ne l'examine pas avant son envoi. (Règlement d'INTERPOL sur le traitement des données, art. 1 ; témoignages de praticiens.)
    }
letters-sheet-pending =
    { $what ->
        [revision] Une demande de révision d'une décision portant sur ces données
        [correction_deletion] Une demande de rectification et d'effacement de ces données
        [deletion] Une demande d'effacement de ces données
        [correction] Une demande de rectification de ces données
       *[other] Une demande portant sur ces données
    } a été déposée le { $date } auprès de la Commission de contrôle des fichiers d'INTERPOL (CCF). Aucune décision n'a été reçue à ce jour.
letters-sheet-refugee-policy = Politique d'INTERPOL relative aux réfugiés (résolution de l'Assemblée générale GA-2017-86-RES-09) : dès lors qu'un pays membre a confirmé le statut de réfugié d'une personne, INTERPOL efface les notices et diffusions la concernant émises par le pays qu'elle craint.
letters-detained-call = Appelez, jour et nuit
letters-detained-subject = Ce que demande une personne retenue sur la base d'un signalement INTERPOL, et qui appeler

## Note pour l'avocat de permanence

letters-brief-title = Note pour l'avocat de la personne détenue
letters-brief-made = Établie le { $date } à partir du dossier tenu dans Habeas : elle indique ce que le dossier enregistre, rien de plus. Vérifiez chaque point avec le client et les pièces.
letters-brief-client = Client
letters-brief-situation = Situation
letters-situation =
    { $custody ->
        [detained] Détenu(e) depuis le { $since }
        [released] Remis(e) en liberté le { $since }
        [extradited] Extradé(e) le { $since } (indiqué par vous)
       *[at_liberty] En liberté (aucune arrestation ni détention enregistrée)
    }
letters-situation-protection =
    { $kind ->
        [refugee_status] statut de réfugié
        [protection_granted] protection accordée
       *[against_extradition] protégé(e) contre l'extradition
    }
letters-situation-in = { $what } ({ $state })
letters-situation-since = { $what } depuis le { $date }
letters-situation-closed = { $situation } — dossier clos
letters-brief-alerts = Signalements
letters-brief-no-alert = Aucun signalement n'est enregistré.
letters-brief-from = émis par l'État suivant : { $state }
letters-brief-status =
    état : { $status ->
        [suspected] existence présumée
        [confirmed] confirmé
        [challenged] contesté devant la CCF
        [deleted] effacé
        [blocked] bloqué dans l'attente d'un examen
        [refused] refusé
       *[reissued] émis de nouveau
    }
letters-brief-offence = Infraction reprochée : { $offence }
letters-brief-warrant = Mandat : { $warrant }
letters-brief-dates = Dates
letters-brief-no-deadline = Aucun délai ne peut être calculé à partir du dossier.
letters-brief-deadline =
    { $title } : { $due } ({ $state ->
        [open] en cours
        [met] respecté
        [late] respecté en retard
       *[passed] EXPIRÉ, rien n'est enregistré
    }).
letters-brief-basis =
    Fondement : { $basis } ({ $confidence ->
        [verified] source vérifiée
        [secondary] lu seulement dans une source secondaire
        [unverified] non vérifié
       *[entered_by_you] saisi par l'utilisateur, non vérifié par Habeas
    }).
letters-brief-ccf = Demandes à la CCF
letters-brief-step =
    { $step ->
        [access] Accès
        [correction_or_deletion] Rectification ou effacement
       *[revision] Révision
    }
letters-brief-step-state =
    { $state ->
        [not_asked] non demandée
        [drafted] rédigée, non déposée
        [filed] déposée le { $filed }
        [admissible] déposée le { $filed }, déclarée recevable le { $admissibility }
        [inadmissible] déclarée irrecevable le { $admissibility }
       *[decided] tranchée le { $decided }
    }.
letters-brief-overdue = Le délai dans lequel la CCF devait statuer est expiré.
letters-brief-grounds = Moyens déjà rédigés
letters-brief-evidence = Pièces (empreinte SHA-256 à l'import)
letters-brief-annex = Annexe { $label } : { $name }
letters-brief-contact = Contact
letters-brief-subject = Le dossier, pour l'avocat qui rencontre la personne détenue
