# Legal texts a user files: the argument library and the request's fixed parts (locales/README.md).
# No Russian legal texts: filings are written in the CCF's languages only (Arabic, English, French, Spanish; domain.md §1.4).
#
# Français : rédigé par l'équipe (traduction assistée), NON RELU par un juriste de langue
# maternelle française. Voir legal.reviewed.
# Intitulés officiels employés (à confirmer par le relecteur) :
# - « Statut de l'OIPC-INTERPOL » pour la Constitution d'INTERPOL (intitulé français officiel) ;
#   art. 2(a) cité d'après le texte français d'interpol.int (domain.md §3.1, vérifié) ; art. 3
#   cité d'après le texte français du Statut tel que nous le connaissons (non relu sur la source).
# - « Règlement d'INTERPOL sur le traitement des données » (RTD) : intitulé français d'INTERPOL,
#   à confirmer.
# - « Statut de la Commission de contrôle des fichiers d'INTERPOL » : à confirmer.
# - « notice rouge », « diffusion », « Bureau central national », « Secrétariat général » : termes
#   d'INTERPOL en français.
# Les tournures évitent d'accorder au genre du demandeur, que l'application ne connaît pas ;
# « connu(e) », « jugé(e) » restent là où ce n'était pas possible. Les noms d'États sont insérés
# sans article (« de { $feared_state } ») : à revoir quand les noms français (CLDR) arriveront.

## Blanks the user completes

legal-blank-applicant = [le demandeur]
legal-blank-issuing-state = [l'État émetteur]
legal-blank-asylum-state = [l'État d'accueil]
legal-blank-feared-state = [l'État dont le demandeur craint les persécutions]
legal-blank-state = [État]
legal-blank-date = [date]
legal-blank-authority = [l'autorité]
legal-blank-court = [juridiction ou autorité, référence]
legal-blank-provision = [la disposition]
legal-and = { $first } et { $second }

## Dates known only to the month or the year

legal-month-year = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }

## The argument library: titles

legal-arg-title-art3-predominance = Article 3 : la demande revêt un caractère principalement politique
legal-arg-title-art2-human-rights = Article 2 : la procédure à l'origine des données ne présente pas les garanties fondamentales
legal-arg-title-refugee-policy = Statut de réfugié reconnu à l'égard de l'État émetteur
legal-arg-title-asylum-pending = Demande d'asile pendante à l'égard de l'État émetteur
legal-arg-title-rpd-private-dispute = Un litige privé ou commercial, non un crime grave de droit commun
legal-arg-title-rpd-penalty-threshold = Le seuil de peine requis pour une notice rouge n'est pas atteint
legal-arg-title-rpd-summary-of-facts = Absence d'exposé suffisant des faits
legal-arg-title-diffusion-description = La diffusion ne décrit pas l'activité criminelle
legal-arg-title-no-valid-warrant = Absence de mandat d'arrêt national valide
legal-arg-title-reissued-after-deletion = Données enregistrées à nouveau après leur effacement
legal-arg-title-diffusion-circumvention = Une diffusion utilisée pour contourner une notice rouge refusée ou effacée
legal-arg-title-trial-in-absentia = Jugement par défaut : les faits déterminants
legal-arg-title-ne-bis-in-idem = Ne bis in idem : une décision définitive sur les mêmes faits
legal-arg-title-prescription = Prescription : l'action publique ou la peine est prescrite
legal-arg-title-interim-measures = Mesures provisoires pendant l'examen de la demande

## The argument library: paragraphs

legal-arg-art3-predominance = L'article 3 du Statut de l'OIPC-INTERPOL interdit rigoureusement à l'Organisation toute activité ou intervention dans des questions ou affaires présentant un caractère politique, militaire, religieux ou racial. Selon le critère de la prédominance adopté par l'Assemblée générale en 1951 (AGN/20/RES/11), la qualification que l'État requérant donne à une infraction n'est pas déterminante : la Commission examine l'ensemble des faits pour décider si l'élément politique ou l'élément de droit commun prédomine. En l'espèce, l'élément politique prédomine. { $applicant } est connu(e) pour [décrire l'activité politique, journalistique ou d'opposition] ; la procédure engagée par { $issuing_state } a débuté [quand, au regard de cette activité] ; et [décrire le contexte : le statut des personnes concernées, la position d'autres États ou juridictions, le contexte général]. Les données doivent être effacées comme contraires à l'article 3.
legal-arg-art2-human-rights = L'article 2(a) du Statut de l'OIPC-INTERPOL exige que la coopération s'exerce dans l'esprit de la Déclaration universelle des droits de l'homme. La procédure sur laquelle reposent les données concernant { $applicant } n'en respecte pas les garanties fondamentales. { $due_process } [Joindre en annexe et citer la preuve de chaque fait : le jugement, le dossier, les rapports sur cette procédure.] Des données qui reposent sur une telle procédure ne sont pas compatibles avec l'article 2 et doivent être effacées.
legal-arg-refugee-policy = La qualité de réfugié au sens de la Convention de 1951 relative au statut des réfugiés a été reconnue à { $applicant } par { $asylum_state }, en raison d'une crainte fondée de persécutions de la part de { $feared_state } { $refugee_decision }. Selon la politique d'INTERPOL relative aux réfugiés (résolution de l'Assemblée générale GA-2017-86-RES-09), dès lors qu'un pays membre a confirmé le statut de réfugié d'une personne, INTERPOL efface toute notice ou diffusion la concernant émanant du pays où elle craint d'être persécutée. Le demandeur prie la Commission d'obtenir cette confirmation de { $asylum_state }, puis d'effacer les données concernant { $applicant } enregistrées à la demande de { $feared_state }, et d'en informer les Bureaux centraux nationaux qui les ont reçues.
legal-arg-asylum-pending = { $applicant } a présenté une demande d'asile auprès de { $asylum_state } en raison d'une crainte de persécutions de la part de { $feared_state } [indiquer la date et la référence de la demande, jointe en annexe] ; il n'a pas encore été statué sur cette demande. La politique d'INTERPOL relative aux réfugiés (résolution de l'Assemblée générale GA-2017-86-RES-09) s'applique dès qu'un pays membre a confirmé le statut de réfugié d'une personne, et la même résolution encourage les pays membres à informer INTERPOL de l'issue d'une demande d'asile. Le demandeur communiquera la décision à la Commission dès qu'elle sera rendue et la prie, dans l'intervalle, de tenir compte de la demande pendante pour examiner si les données sont conformes aux articles 2 et 3 du Statut de l'OIPC-INTERPOL.
legal-arg-rpd-private-dispute = Une notice rouge ne peut être publiée que pour un crime grave de droit commun. Le Règlement d'INTERPOL sur le traitement des données exclut les infractions découlant de litiges privés et de violations de lois ou règlements administratifs, sauf si l'activité criminelle vise à faciliter un crime grave ou est soupçonnée d'être liée à la criminalité organisée. Les accusations portées contre { $applicant } trouvent leur origine dans [décrire le litige commercial ou privé : le contrat, l'associé, la procédure civile], dont [les juridictions civiles sont déjà saisies / qui a été réglé]. Aucun élément ne suggère un lien avec la criminalité organisée. Les données ne remplissent pas les conditions requises et doivent être effacées.
legal-arg-rpd-penalty-threshold = Pour une personne recherchée en vue de poursuites, une notice rouge exige des faits punis d'une peine privative de liberté d'un maximum d'au moins deux ans ou d'une peine plus grave ; pour une personne recherchée en vue de l'exécution d'une peine, une condamnation à au moins six mois d'emprisonnement et/ou au moins six mois de peine restant à purger. [Indiquer la peine maximale prévue par la disposition visée, ou la peine prononcée et la part restant à purger.] Le seuil n'est pas atteint, et aucun intérêt particulier pour la coopération policière internationale n'a été démontré. Les données doivent être effacées.
legal-arg-rpd-summary-of-facts = Une notice rouge doit comporter un exposé des faits décrivant clairement les activités criminelles de la personne recherchée, y compris leur date et leur lieu. [Citer ou décrire ce que le demandeur sait des données : la seule qualification, sans aucun acte, date ou lieu qui lui soit imputé.] De telles données ne permettent ni à la Commission ni à aucun pays membre d'apprécier la demande, et la Commission a déjà effacé des notices pour ce motif. Les données doivent être effacées ou, à tout le moins, rectifiées.
legal-arg-diffusion-description = Une diffusion est soumise aux règles qui régissent toutes les données contenues dans les fichiers d'INTERPOL, et ses destinataires, comme la Commission, doivent pouvoir savoir ce qui est reproché à la personne. La diffusion concernant { $applicant } [indiquer ce qu'elle contient, pour autant que le demandeur le sache : par exemple la seule qualification, sans aucun acte, date ou lieu qui lui soit imputé]. La Commission a déjà jugé une diffusion non conforme faute d'une description suffisante de l'activité criminelle. Les données doivent être effacées ou, à tout le moins, rectifiées.
legal-arg-no-valid-warrant = Une notice rouge n'est pas un mandat d'arrêt international : elle repose sur un mandat d'arrêt ou une décision judiciaire national valide. Le mandat invoqué par { $issuing_state } [a été annulé le (date) / a expiré / a été délivré par une autorité incompétente / ne peut être identifié], comme l'établissent les pièces jointes en annexe. Faute de mandat valide, les données sont dépourvues de fondement et doivent être effacées.
legal-arg-reissued-after-deletion = { $deletion } { $issuing_state } a depuis enregistré de nouvelles données [décrire : une nouvelle notice ou diffusion] fondées sur les mêmes faits, sans aucun élément nouveau. Des données jugées non conformes aux règles d'INTERPOL ne deviennent pas conformes du seul fait d'être enregistrées à nouveau : les nouvelles données doivent être effacées, et l'usage que fait { $issuing_state } des canaux d'INTERPOL dans cette affaire doit être examiné.
legal-arg-diffusion-circumvention = { $circumvention } Les diffusions sont adressées directement par un Bureau central national, sans examen préalable par le Secrétariat général avant leur transmission, mais elles sont soumises aux mêmes règles que les notices : les articles 2 et 3 du Statut, la politique d'INTERPOL relative aux réfugiés et les règles relatives à la qualité des données. Le motif pour lequel la notice rouge a été refusée ou effacée s'applique donc également à la diffusion. Une diffusion ne peut produire l'effet qu'une notice rouge s'est vu refuser : elle doit être effacée pour le même motif, et les pays destinataires doivent en être informés.
legal-arg-trial-in-absentia = { $applicant } a été jugé(e) par défaut. { $absentia_facts } Une condamnation prononcée dans ces conditions n'a pas été rendue au terme d'un procès équitable et public (Déclaration universelle des droits de l'homme, article 10) ni d'un procès public où toutes les garanties nécessaires à la défense ont été assurées (article 11(1)) ; les données qui reposent sur elle ne sont pas compatibles avec l'article 2(a) du Statut de l'OIPC-INTERPOL et doivent être effacées.
legal-arg-ne-bis-in-idem = { $final_decision } Les données concernant { $applicant } reposent sur les mêmes faits [établir l'identité des faits : dates, lieux, personnes, montants ; si la décision est une condamnation, établir que la peine a été exécutée, est en cours d'exécution ou ne peut plus être exécutée]. Une personne définitivement jugée ne peut être poursuivie à nouveau pour les mêmes faits. Lorsque la décision définitive a été rendue dans un État membre de l'Union européenne ou un État partie à l'accord de Schengen, la Cour de justice de l'Union européenne a jugé que, dès lors qu'une décision judiciaire définitive établit que le principe s'applique, les autorités de ces États ne peuvent procéder à l'arrestation provisoire de la personne sur le fondement d'une notice rouge pour ces faits (arrêt du 12 mai 2021, WS, C-505/19). Les données ne peuvent plus y servir leur finalité ; elles doivent être effacées ou, à tout le moins, rectifiées pour faire état de la décision définitive.
legal-arg-prescription = { $prescription } Le mandat sur lequel reposent les données ne peut plus être exécuté, et les données ne peuvent plus servir la finalité pour laquelle elles ont été enregistrées, à savoir l'arrestation de { $applicant } en vue de son extradition. INTERPOL ne conserve des données que le temps nécessaire à leur finalité. Les données doivent être effacées.
legal-arg-interim-measures = Pendant que la Commission examine la présente demande, { $applicant } demeure exposé(e) à une arrestation sur le fondement des données [décrire le risque concret : un déplacement prévu, une audience d'extradition pendante, un contrôle récent à une frontière]. Le demandeur prie la Commission de prendre, en vertu de son Statut, des mesures provisoires jusqu'à sa décision, telles que le blocage des données ou l'information des Bureaux centraux nationaux de ce que les données font l'objet d'un examen.

## Sentences built from what the case records

legal-refugee-decision = { $known ->
    [date_annex] (décision du { $date }, annexe { $label })
    [date] (décision du { $date }, [joindre la décision en annexe])
    [annex] ([indiquer la date de la décision], annexe { $label })
   *[none] [indiquer la date et la référence de la décision, jointe en annexe]
}
legal-deletion = { $by ->
    [ccf] Par sa décision du { $date } [référence], la Commission a jugé les données concernant { $applicant } non conformes aux règles d'INTERPOL, et elles ont été effacées. Les décisions de la Commission lient l'Organisation.
    [gs] Le { $date }, le Secrétariat général d'INTERPOL a effacé les données concernant { $applicant } [indiquer le motif et la référence de sa notification].
   *[unknown] [Par sa décision du (date, référence), la Commission a jugé les données concernant { $applicant } non conformes aux règles d'INTERPOL, et elles ont été effacées ; les décisions de la Commission lient l'Organisation / Le (date), le Secrétariat général d'INTERPOL a effacé les données concernant { $applicant }].
}
legal-ground = { $ground ->
    [article3] comme contraire à l'article 3 du Statut de l'OIPC-INTERPOL
    [article2] comme incompatible avec l'article 2 du Statut de l'OIPC-INTERPOL
    [data_quality] pour données insuffisantes ou inexactes
    [refugee_policy] en application de la politique d'INTERPOL relative aux réfugiés
    [red_notice_criteria] faute de remplir une condition de publication d'une notice rouge prévue par le Règlement d'INTERPOL sur le traitement des données
   *[blank] [indiquer le motif : un motif qui régit aussi les diffusions (articles 2 ou 3, politique relative aux réfugiés, qualité des données), et non une condition propre aux notices rouges telle que le seuil de peine]
}
legal-circumvention-blank = [Indiquer quand la notice rouge demandée par { $issuing_state } a été refusée ou effacée, pour quel motif (il doit s'agir d'un motif qui régit aussi les diffusions : articles 2 ou 3, politique relative aux réfugiés, qualité des données), et quand la diffusion fondée sur les mêmes faits a suivi.]
legal-circumvention = { $status ->
    [refused] Une notice rouge demandée par { $state } concernant { $applicant } a été refusée{ $by ->
        [ccf] {" "}par la Commission
        [gs] {" "}par le Secrétariat général d'INTERPOL
       *[unknown] {""}
    } le { $date } { $ground }.
   *[deleted] La notice rouge concernant { $applicant } publiée à la demande de { $state } a été effacée{ $by ->
        [ccf] {" "}par la Commission
        [gs] {" "}par le Secrétariat général d'INTERPOL
       *[unknown] {""}
    } le { $date } { $ground }.
} { $precision ->
    [day] Le { $sent }
    [month] En { $sent }
    [year] En { $sent }
   *[unknown] Le [date]
}, { $state } a adressé une diffusion [fondée sur les mêmes faits : l'établir].
legal-due-absentia-unknown = { $applicant } a été jugé(e) par défaut [indiquer si le demandeur a été informé du procès, s'il a été défendu par un avocat de son choix et s'il peut obtenir un nouveau procès après sa remise : à défaut, la condamnation n'a pas été prononcée au terme d'un procès équitable et public, ni d'un procès public où toutes les garanties nécessaires à la défense ont été assurées (Déclaration universelle des droits de l'homme, articles 10 et 11(1))].
legal-due-absentia-convicted = { $applicant } a été jugé(e) et condamné(e) par défaut{ $how ->
    [both] , sans avoir été informé(e) du procès et sans avoir été défendu(e) par un avocat de son choix
    [uninformed] , sans avoir été informé(e) du procès
    [undefended] , sans avoir été défendu(e) par un avocat de son choix
   *[none] {""}
}, et ne dispose d'aucun droit à un nouveau procès : la condamnation n'a pas été prononcée au terme d'un procès équitable et public, ni d'un procès public où toutes les garanties nécessaires à la défense ont été assurées (Déclaration universelle des droits de l'homme, articles 10 et 11(1)).
legal-due-torture = La procédure s'est fondée sur des déclarations obtenues sous la torture ou par des mauvais traitements [les identifier], ce que l'article 5 de la Déclaration universelle interdit, et qui privent le procès de l'équité qu'exige l'article 10.
legal-due-not-independent = Le mandat a été délivré par { $authority }, qui n'est pas indépendant(e) du pouvoir exécutif [en apporter la preuve] : la cause n'a pas été entendue par un tribunal indépendant et impartial (article 10), et une arrestation sur le fondement de ce mandat exposerait { $applicant } à une arrestation et à une détention arbitraires (article 9).
legal-due-blank = [Décrire les atteintes aux garanties du procès dans cette procédure : un jugement par défaut sans droit à un nouveau procès (Déclaration universelle des droits de l'homme, articles 10 et 11(1)) ; des preuves obtenues sous la torture (article 5) ; une juridiction qui n'est pas indépendante (articles 9 et 10).]
legal-absentia-blank = [Indiquer si le demandeur a été informé du procès, s'il a été défendu par un avocat de son choix et s'il peut obtenir un nouveau procès après sa remise.]
legal-absentia-not-informed = Le demandeur n'a pas été informé du procès [montrer comment : aucune citation signifiée, une citation envoyée à une adresse où il ne résidait plus].
legal-absentia-informed-unknown = [Indiquer si et comment le demandeur a été informé du procès.]
legal-absentia-not-represented = Le demandeur n'a été défendu par aucun avocat de son choix.
legal-absentia-represented-unknown = [Indiquer si le demandeur a été défendu par un avocat de son choix.]
legal-absentia-no-retrial = Le droit de { $issuing_state } ne reconnaît au demandeur aucun droit à un nouveau procès après sa remise [citer la disposition].
legal-absentia-retrial-unknown = [Indiquer si le demandeur peut obtenir un nouveau procès après sa remise.]
legal-final-decision-blank = [Indiquer quelle juridiction ou autorité, dans quel État, a statué définitivement sur les mêmes faits, et quand.]
legal-final-decision = { $outcome ->
    [acquittal] { $applicant } a été acquitté(e) de ces faits par { $by } ({ $state }) ; la décision est devenue définitive le { $date }.
    [conviction] { $applicant } a été condamné(e) pour ces faits par { $by } ({ $state }) ; la décision est devenue définitive le { $date }.
   *[discontinued] Les poursuites engagées contre { $applicant } pour ces faits ont été définitivement abandonnées par { $by } ({ $state }) le { $date }.
}
legal-prescription-blank = [Indiquer en vertu de quelle disposition du droit de { $issuing_state } l'action publique ou la peine est prescrite, et depuis quand.]
legal-prescription = En vertu de { $law }, { $of ->
    [offence] l'action publique relative à l'infraction reprochée à { $applicant }
   *[penalty] l'exécution de la peine prononcée contre { $applicant }
} est prescrite depuis le { $date } [joindre les dispositions en annexe et présenter le calcul, avec toute interruption ou suspension].


## The summary of facts a new filing starts with (filing/draft.rs): recorded facts only

legal-facts-person = { $name }{ $has_birth ->
    [yes] , né(e) le { $birth }
   *[no] {""}
}{ $has_nationality ->
    [yes] , ressortissant(e) de { $nationalities }
   *[no] {""}
}.
legal-facts-alert-kind = { $kind ->
    [diffusion] Une diffusion
    [red_notice] Une notice rouge
    [blue_notice] Une notice bleue
    [yellow_notice] Une notice jaune
    [green_notice] Une notice verte
    [black_notice] Une notice noire
    [orange_notice] Une notice orange
    [purple_notice] Une notice mauve
    [silver_notice] Une notice argent
    [un_special_notice] Une notice spéciale INTERPOL–Conseil de sécurité des Nations Unies
   *[ncb_message] Un message direct entre Bureaux centraux nationaux
}
legal-facts-alert = { $what }{ $has_from ->
    [yes] {" "}émanant de { $from }
   *[no] {""}
}{ $has_date ->
    [yes] {" "}({ $date })
   *[no] {""}
} concerne { $name }{ $has_offence ->
    [yes] , pour l'infraction qualifiée de « { $offence } »
   *[no] {""}
}.
legal-facts-event-kind = { $kind ->
    [national_warrant] mandat d'arrêt national
    [alert_issued] notice ou diffusion émise
    [visa_refusal] visa refusé
    [denied_boarding] refus d'embarquement
    [border_refusal] refoulement à la frontière
    [detention] détention
    [provisional_arrest] arrestation provisoire
    [consent_to_surrender] consentement à l'extradition
    [release] remise en liberté
    [extradition_request_received] demande d'extradition reçue
    [hearing] audience
    [extradition_decision] décision sur l'extradition
    [ccf_request_filed] demande déposée auprès de la CCF
    [ccf_acknowledgement] accusé de réception de la CCF
    [admissibility_decision] décision de la CCF sur la recevabilité
    [ccf_query] question de la CCF
    [ccf_query_answered] réponse adressée à la CCF
    [ccf_decision] décision de la CCF
    [new_fact_discovered] fait nouveau découvert
    [revision_filed] demande de révision déposée
    [asylum_applied] demande d'asile présentée
    [asylum_granted] asile accordé
    [asylum_refused] asile refusé
    [unhcr_notified] HCR informé
    [border_authorities_notified] autorités frontalières informées
    [judicial_review_filed] habeas corpus ou recours juridictionnel formé
    [advocacy] plaidoyer ou médias
   *[other] autre événement
}
legal-facts-event = Le { $date } : { $what }{ $has_country ->
    [yes] {" "}({ $country })
   *[no] {""}
}.

## Citations ("Sources" under each ground)

legal-cite-constitution-art3 = Statut de l'OIPC-INTERPOL, art. 3
legal-cite-predominance = Résolution de l'Assemblée générale AGN/20/RES/11 (Lisbonne, 1951) : le critère de la prédominance
legal-cite-rpd-34 = Règlement d'INTERPOL sur le traitement des données, art. 34 (critères d'application de l'art. 3)
legal-cite-constitution-art2 = Statut de l'OIPC-INTERPOL, art. 2(a) : « dans l'esprit de la Déclaration universelle des droits de l'homme »
legal-cite-udhr = Déclaration universelle des droits de l'homme (résolution 217 A (III) de l'Assemblée générale des Nations Unies, 1948)
legal-cite-refugee-resolution = Résolution de l'Assemblée générale GA-2017-86-RES-09 (politique relative aux réfugiés)
legal-cite-rpd-83-excluded = Règlement d'INTERPOL sur le traitement des données, art. 83(1) (infractions exclues des notices rouges)
legal-cite-rpd-83-threshold = Règlement d'INTERPOL sur le traitement des données, art. 83(1) (seuils de peine)
legal-cite-rpd-83-facts = Règlement d'INTERPOL sur le traitement des données, art. 83(2)(b)(i) (exposé des faits)
legal-cite-ccf-diffusion-description = Décision de la CCF n° 3 (2023) : une diffusion jugée non conforme faute d'une description suffisante de l'activité criminelle
legal-cite-red-notice-warrant = INTERPOL, Notices rouges : une notice rouge repose sur un mandat d'arrêt national valide
legal-cite-rpd-retention = Règlement d'INTERPOL sur le traitement des données : les données ne sont conservées que le temps nécessaire à leur finalité
legal-cite-statute-binding = Statut de la Commission de contrôle des fichiers d'INTERPOL, art. 3(2)(b) : décisions liant l'Organisation
legal-cite-diffusions-same-rules = Règlement d'INTERPOL sur le traitement des données, art. 97 à 101 (diffusions ; numérotation de 2016)
legal-cite-provisional-measures = Statut de la Commission de contrôle des fichiers d'INTERPOL : mesures provisoires pendant l'examen d'une demande (article non cité : son numéro et sa rédaction ne sont pas vérifiés)
legal-cite-cjeu-ws = Cour de justice de l'Union européenne (grande chambre), 12 mai 2021, WS, C-505/19, ECLI:EU:C:2021:376
legal-cite-schengen-54 = Convention d'application de l'accord de Schengen, art. 54 ; Charte des droits fondamentaux de l'Union européenne, art. 50
