# Textes du cœur de Habeas, français. Traduction rédigée par l'équipe, non relue par un juriste
# de langue maternelle (voir core.reviewed et locales/README.md).

## Messages d'erreur (core/src/error.rs ; docs/errors.md).

error-invalid-input = Veuillez vérifier « { $field } » : { $reason }.
error-platform = Habeas n'a pas pu { $action } ({ $detail }). Vos données sont en sécurité, mais cet ordinateur pourrait garder une copie de la mémoire si Habeas plante. Redémarrez Habeas ; si cela se reproduit, signalez-le avec ce message.
error-wrong-passphrase = Phrase secrète incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez. Si vous l'avez perdue, ouvrez le coffre avec votre clé de récupération.
error-wrong-recovery-key = Cette clé de récupération n'ouvre pas ce coffre. Comparez chaque groupe de quatre caractères avec votre feuille de récupération (0 et O, 1 et I comptent comme identiques).
error-not-a-vault = Ce dossier n'est pas un coffre Habeas (il ne contient pas de vault.json). Choisissez le dossier qui contient vault.json.
error-folder-missing = Le dossier du coffre n'existe pas. Il a peut-être été déplacé ou renommé, ou se trouve sur un disque qui n'est pas branché.
error-folder-not-empty = Ce dossier n'est pas vide. Créez le coffre dans un dossier nouveau ou vide, pour que rien d'autre ne s'y mêle.
error-vault-too-new = Ce coffre a été créé par une version plus récente de Habeas (format de données { $found } ; cette version lit jusqu'au format { $supported }). Mettez Habeas à jour pour l'ouvrir. Le coffre n'a pas été modifié.
error-weak-kdf = Le fichier de réglages de ce coffre (vault.json) demande une protection de la phrase secrète bien plus faible que ce que Habeas autorise (facteur de travail { $found } ; au moins { $pinned } est exigé). Quelqu'un l'a peut-être modifié pour que votre prochaine phrase secrète soit facile à casser. Habeas n'a pas ouvert le coffre et n'a rien modifié. Restaurez vault.json depuis une copie de sauvegarde du dossier du coffre, ou remettez « log_n » à { $pinned }.
error-missing-file = Un fichier du coffre manque : { $which }. Restaurez-le depuis une copie de sauvegarde du dossier du coffre. Rien n'a été modifié.
error-damaged-file = Un fichier du coffre est endommagé ou a été modifié : { $which }. Restaurez-le depuis une copie de sauvegarde du dossier du coffre. Rien n'a été modifié.
error-damaged-save =
    { $state ->
        [missing] Un enregistrement de ce coffre manque
       *[damaged] Un enregistrement de ce coffre est endommagé ou a été modifié
    } : { $which }. Le reste du coffre est intact. Restaurez le dossier du coffre depuis une copie de sauvegarde si vous en avez une ; sinon ouvrez le coffre tel qu'il était avant cet enregistrement (Sauvetage) : cet enregistrement et les suivants sont mis de côté dans le dossier du coffre, pas supprimés.
error-forged-save = Un enregistrement de ce coffre n’a pas été fait avec ses clés : { $which }. Quelqu’un qui pouvait écrire dans le dossier du coffre l’a peut-être ajouté ou modifié. Habeas ne l’a pas appliqué. Restaurez le dossier du coffre depuis une copie de sauvegarde si vous en avez une ; sinon, ouvrez le coffre tel qu’il était avant cet enregistrement (Secours) : cet enregistrement et les suivants sont mis de côté dans le dossier du coffre, pas supprimés.
error-forged-file = Un fichier du coffre n’a pas été fait avec ses clés : { $which }. Quelqu’un qui pouvait écrire dans le dossier du coffre l’a peut-être remplacé. Habeas n’a pas ouvert le coffre et n’a rien modifié. Restaurez le dossier du coffre depuis une copie de sauvegarde antérieure.
error-share-incomplete = Ce fichier de dossier partagé est incomplet : il s'arrête avant la fin de son contenu, il a donc été tronqué pendant sa copie ou son téléchargement. Demandez à l'expéditeur de le renvoyer, ou copiez-le à nouveau. Rien n'a été modifié dans votre coffre.
error-share-damaged = Ce fichier de dossier partagé est endommagé ou a été modifié après sa signature, Habeas ne peut donc se fier à rien de ce qu'il contient. (Un fichier tronqué dans sa première partie se présente aussi ainsi.) Demandez à l'expéditeur de le renvoyer, et comparez son empreinte avec lui par téléphone. Rien n'a été modifié dans votre coffre.
error-share-not-for-you =
    { $resealed ->
        [yes] Ce fichier de dossier partagé a été signé par son expéditeur pour quelqu'un d'autre, puis chiffré à nouveau pour vous par une autre personne. Ne vous y fiez pas ; interrogez directement l'expéditeur. Rien n'a été modifié dans votre coffre.
       *[no] Ce fichier de dossier partagé a été chiffré pour un autre coffre que le vôtre, il ne peut donc pas être ouvert ici. Demandez à l'expéditeur de le partager à nouveau avec votre identité de partage (Paramètres, Partage). Rien n'a été modifié dans votre coffre.
    }
error-share-too-new = Ce fichier de dossier partagé a été créé par une version plus récente de Habeas (format de partage { $found } ; cette version lit jusqu'au format { $supported }). Mettez Habeas à jour, puis recevez-le à nouveau. Rien n'a été modifié dans votre coffre.
error-share-unknown-sender = Ce fichier de dossier partagé est signé par une clé qui ne figure pas parmi vos contacts (empreinte { $fingerprint }). Appelez la personne dont vous l'attendez et faites-lui lire son empreinte ; ne le recevez que si chaque chiffre correspond. Rien n'a été modifié dans votre coffre.
error-share-revoked-sender = Ce fichier de dossier partagé est signé par une clé que son titulaire a révoquée le { $date } (empreinte { $fingerprint }) : quelqu’un d’autre la détient peut-être. Ne vous y fiez pas. Demandez à l’expéditeur de partager à nouveau le dossier avec sa nouvelle identité de partage, après avoir comparé son empreinte par téléphone. Rien n’a été modifié dans votre coffre.
error-share-local-edits =
    { $edits ->
        [one] Cette mise à jour d'un dossier partagé remplacerait { $edits } modification faite dans votre coffre depuis la dernière fois que vous l'avez reçu. Examinez-la d'abord ; ne recevez la mise à jour que si elle peut la remplacer (elle reste dans l'historique du dossier). Rien n'a été modifié.
       *[other] Cette mise à jour d'un dossier partagé remplacerait { $edits } modifications faites dans votre coffre depuis la dernière fois que vous l'avez reçu. Examinez-les d'abord ; ne recevez la mise à jour que si elle peut les remplacer (elles restent dans l'historique du dossier). Rien n'a été modifié.
    }
error-backup-full = Le disque de sauvegarde est plein, cette sauvegarde n'a donc pas été faite. Votre coffre et les sauvegardes antérieures de ce dossier sont inchangés. Libérez de la place sur ce disque (ou gardez moins de sauvegardes, ou choisissez un disque plus grand), puis sauvegardez à nouveau.
error-backup-read-only = Habeas ne peut pas écrire dans le dossier de sauvegarde : le disque est en lecture seule ou protégé en écriture, ou vous n'en avez pas l'autorisation. Rien n'a été modifié. Vérifiez le verrou de protection en écriture du support ou les droits du dossier, ou choisissez un autre dossier.
error-backup-folder-gone = Le dossier de sauvegarde n'est plus là : le support a peut-être été débranché ou le partage réseau déconnecté. Votre coffre et les sauvegardes antérieures sont inchangés. Reconnectez-le et sauvegardez à nouveau : la prochaine sauvegarde complétera celle-ci.
error-backup-of-another-vault = Ce dossier contient un autre coffre, ou la sauvegarde d'un autre coffre. Habeas ne les mélange pas et n'a rien modifié. Choisissez un dossier vide, ou le dossier des sauvegardes de ce coffre-ci.
error-not-a-backup =
    { $writing ->
        [yes] Ce dossier contient d'autres fichiers et aucune sauvegarde Habeas. Rien n'a été modifié. Choisissez un dossier vide pour les sauvegardes (un nouveau dossier sur le support), ou le dossier des sauvegardes antérieures de ce coffre.
       *[no] Ce dossier ne contient aucune sauvegarde Habeas. Choisissez le dossier dans lequel vous avez sauvegardé : il contient un fichier nommé habeas-backup.json.
    }
error-busy = { $what } est déjà en cours. Attendez qu'il se termine, ou annulez-le, puis réessayez.
error-already-exists = Rien n'a été écrit : { $what } existe déjà. Choisissez un autre nom ou un dossier vide.
error-vault-in-use = Ce coffre est déjà ouvert dans une autre fenêtre ou un autre programme Habeas. Fermez-le d'abord là-bas. (Si Habeas a planté, cela se règle tout seul.)
error-cancelled = Annulé. Rien n'a été modifié.
error-vault-locked = Le coffre est verrouillé. Déverrouillez-le, puis réessayez.
error-not-found = Cet élément ({ $what }) n'existe plus dans le coffre. Il a peut-être été supprimé dans une autre fenêtre ; revenez à la liste des dossiers.
error-duplicate = Ce fichier est déjà dans ce dossier : son empreinte SHA-256 correspond à une pièce importée auparavant, c'est donc le même fichier, octet pour octet. Rien n'a été importé. Importez-le à nouveau seulement s'il vous faut un second enregistrement.
error-keyring-unavailable = Le trousseau de cet ordinateur ne peut pas être utilisé ({ $detail }), donc Habeas ne peut pas mémoriser le coffre ici. Déverrouillez-le avec votre phrase secrète ; rien n'a été modifié.
error-not-remembered = Ce coffre n'est pas mémorisé sur cet appareil. Déverrouillez-le avec votre phrase secrète.
error-disk-full = Le disque est plein, Habeas n'a donc pas pu enregistrer. Votre dernier travail enregistré est en sécurité. Libérez de la place, puis réessayez.
error-read-only = Habeas ne peut pas écrire dans le dossier du coffre : le disque est en lecture seule ou vous n'en avez pas l'autorisation. Votre dernier travail enregistré est en sécurité. Vérifiez les droits du dossier, ou copiez le coffre dans un dossier accessible en écriture.
error-io = Habeas n'a pas pu { $action } ({ $detail }). Votre dernier travail enregistré est en sécurité ; réessayez.
error-internal = Une erreur s'est produite dans Habeas ({ $what }). Votre travail enregistré est en sécurité. Merci de signaler ce message.

## Dates en toutes lettres (core/src/clock.rs).

date-month-1 = { $day } janvier { $year }
date-month-2 = { $day } février { $year }
date-month-3 = { $day } mars { $year }
date-month-4 = { $day } avril { $year }
date-month-5 = { $day } mai { $year }
date-month-6 = { $day } juin { $year }
date-month-7 = { $day } juillet { $year }
date-month-8 = { $day } août { $year }
date-month-9 = { $day } septembre { $year }
date-month-10 = { $day } octobre { $year }
date-month-11 = { $day } novembre { $year }
date-month-12 = { $day } décembre { $year }

## Durées et règles de calcul des délais (core/src/rules/deadlines.rs).

period-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
period-months = { $count } mois
period-soft-and-hard = { $soft }, au plus { $hard }
period-every = tous les { $period }
period-ccf-set = la date fixée par la CCF
period-you-entered = la date que vous avez saisie
counting-days = Jours calendaires. Le jour de l'événement de départ est le jour 0 ; la date indiquée est le dernier jour du délai. Les week-ends et jours fériés ne sont pas sautés ; vérifiez les règles locales.
counting-months = Mois calendaires : le même quantième autant de mois plus tard, ou le dernier jour de ce mois s'il est plus court (31 janvier + 1 mois = fin février).
counting-entered = La date que vous avez saisie, avec votre motif : Habeas ne l'a pas calculée.
days-left =
    { $count ->
        [0] échéance aujourd'hui
        [one] { $count } jour restant
       *[other] { $count } jours restants
    }

## Intitulés des délais (core/src/rules/deadlines.rs, RULES).

deadline-title-ccf-access-decision = Décision de la CCF sur la demande d'accès
deadline-title-ccf-deletion-decision = Décision de la CCF sur la demande de rectification ou d'effacement
deadline-title-ccf-admissibility-answer = Réponse attendue sur la recevabilité
deadline-title-ccf-revision = Dernier jour pour demander la révision de la décision de la CCF
deadline-title-ccf-query-answer = Réponse à la question de la CCF attendue
deadline-title-access-reminder = Renouveler la demande d'accès auprès de la CCF
deadline-title-european-convention = Demande d'extradition attendue (arrestation provisoire)
deadline-title-minsk1993 = Demande d'extradition attendue (détention)
deadline-title-riyadh1983 = Pièces d'extradition attendues (détention provisoire)
deadline-title-eaw-after-arrest = Décision définitive sur la remise attendue (mandat d'arrêt européen)
deadline-title-eaw-after-consent = Décision définitive sur la remise attendue après consentement (mandat d'arrêt européen)
deadline-title-us-modern-treaty = Demande d'extradition attendue (traité des États-Unis)
deadline-title-montevideo1933 = Demande d'extradition attendue (Convention de Montevideo)
deadline-title-bilateral = Demande d'extradition attendue (traité bilatéral)
deadline-title-date-you-entered = Une date que vous avez saisie

## Alarms on a custody limit (core/src/rules/deadlines.rs, Alarm).

alarm-limit-passed = Le délai de détention est dépassé et ni ce qu'il attendait (sous un traité, la demande d'extradition ; sous un mandat d'arrêt européen, la décision de remise) ni une libération ne sont enregistrés. Demandez dès maintenant au tribunal de libérer la personne ou de dire sur quelle base elle est encore détenue, et vérifiez auprès des autorités si la pièce est arrivée à temps. Enregistrez ce qui s'est passé pour lever cette alerte.
alarm-arrived-late = Ce qu'attendait le délai de détention a été enregistré après son expiration, et aucune libération n'est enregistrée. Demandez dès maintenant au tribunal de libérer la personne ou de dire sur quelle base elle est détenue au-delà du délai. Enregistrez la libération pour lever cette alerte.

## Export du calendrier (core/src/export/ics.rs) et degré de certitude d'une base.

confidence-verified = vérifiée
confidence-secondary = source secondaire
confidence-unverified = non vérifiée
confidence-entered-by-you = saisie par vous
ics-first-step = (première étape)
ics-description =
    { $title }
    Base : { $basis } ({ $confidence }).
    Délai : { $period } à compter du { $start } ({ $explanation }).
    Calcul : { $counting }
    { $source }
ics-set-by-hand = Date fixée à la main (calculée : { $computed }) : { $reason }

## Liste des délais en ligne de commande (cli/src/case.rs).

cli-days-ahead =
    { $count ->
        [0] aujourd'hui
        [1] demain
       *[other] dans { $count } jours
    }
cli-days-ago =
    { $count ->
        [one] il y a { $count } jour
       *[other] il y a { $count } jours
    }
cli-state-met = respecté
cli-state-passed = dépassé
cli-state-late = EN RETARD
cli-state-late-recorded = EN RETARD : { $what } enregistré le { $date }
cli-alarm = ALERTE
cli-check-date = vérifiez la date : { $what } est enregistré le { $date }, après aujourd'hui
cli-first-step = première étape { $date },
cli-due = échéance { $date } ; { $period } à compter du { $start }
cli-set-by-hand = date fixée à la main (calculée { $computed }) : { $reason }
cli-why = pourquoi : { $reasoning }
cli-applies = application : { $confidence }
cli-no-deadlines = Aucun délai dans cette période.
error-backup-before-secret-change = Les dossiers sont dans une sauvegarde faite avant le changement de la phrase secrète ou de la clé de récupération de ce coffre : elle ne s'ouvre qu'avec la phrase secrète ou la clé de récupération de cette époque, et Habeas ne peut pas les ramener dans ce coffre. Rien n'a été modifié. Pour les récupérer, verrouillez Habeas et, sur l'écran de déverrouillage, choisissez « Restaurer une sauvegarde » : choisissez ce dossier de sauvegarde et un nouveau dossier vide, puis saisissez l'ancienne phrase secrète (ou l'ancienne clé de récupération). Le coffre restauré contient les dossiers.
