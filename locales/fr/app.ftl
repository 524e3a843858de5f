# Français : traduction de locales/en/app.ftl, rédigée par l'équipe Habeas (brouillon).
# Aucune de ces traductions n'a encore été relue par un juriste de langue maternelle française :
# la relecture est consignée, message par message, dans app.reviewed.

app-name = Habeas
app-skipToContent = Aller au contenu
app-vaultState-none = Aucun coffre ouvert
app-vaultState-open = Coffre ouvert
app-notBuiltYet = Pas encore disponible
app-notBuiltYet-noData = Rien sur cet écran n’est une donnée de dossier : il dit seulement ce qui s’y trouvera.
app-loading = Chargement…

nav-label = Navigation principale
nav-shortcut = Ctrl+{ $n }
nav-vault = Coffre
nav-cases = Dossiers
nav-caseWorkspace = Espace du dossier
nav-settings = Paramètres
nav-lockedHint = Déverrouillez un coffre pour voir vos dossiers.
nav-shortcutsHint = Raccourcis clavier (?)

shortcuts-title = Raccourcis clavier
shortcuts-newCase = Nouveau dossier
shortcuts-search = Chercher dans les dossiers, personnes, notices et événements
shortcuts-screens = Aller au Coffre, aux Dossiers, à l’Espace du dossier ou aux Paramètres
shortcuts-tabs = Passer d’un onglet du dossier à l’autre (quand un onglet a le focus)
shortcuts-lock = Verrouiller le coffre maintenant
shortcuts-escape = Fermer cette liste, un formulaire en cours de création ou la recherche
shortcuts-help = Afficher cette liste
shortcuts-or = ou
shortcuts-mac = Sur Mac, utilisez Cmd là où cette liste indique Ctrl.
shortcuts-close = Fermer

vault-title = Coffre
vault-lock = Verrouiller
vault-lockHint = Verrouiller maintenant (Ctrl+L)
vault-open-title = Ouvrir votre coffre
vault-open-intro = Tout ce qui se trouve dans un coffre est chiffré sur votre propre disque. Choisissez son dossier et saisissez votre phrase secrète.
vault-folder = Dossier du coffre
vault-folder-choose = Choisir…
vault-folder-dialogTitle = Choisir le dossier du coffre
vault-folder-newHint = Un dossier nouveau ou vide. Préférez un disque chiffré ; évitez les dossiers synchronisés avec un service en ligne.
vault-passphrase = Phrase secrète
vault-unlock = Déverrouiller
vault-unlocking = Déverrouillage… (le calcul de la clé prend un moment)
vault-unlockDevice = Déverrouiller avec le trousseau de cet appareil
vault-useRecovery = Phrase secrète perdue ? Utilisez la clé de récupération
vault-createInstead = Créer un nouveau coffre
vault-openInstead = Ouvrir un coffre existant
vault-create-title = Créer un nouveau coffre
vault-create-intro = Habeas conserve chaque dossier dans un répertoire chiffré sur cet ordinateur. Seule votre phrase secrète ou votre clé de récupération l’ouvre : si vous perdez les deux, personne ne peut récupérer les données, pas même nous.
vault-newPassphrase = Nouvelle phrase secrète
vault-repeatPassphrase = Répétez la phrase secrète
vault-passphraseAdvice = Utilisez au moins quatre mots sans rapport entre eux, dont vous vous souviendrez, dans n’importe quelle langue. Ne réutilisez pas un mot de passe d’ailleurs.
vault-mismatch = Les deux phrases secrètes diffèrent.
vault-strength-checking = Vérification de la facilité à la deviner…
vault-strength-accepted = Difficile à deviner (force { $score } sur 4).
vault-strength-refused = Trop facile à deviner : { $why }. Habeas ne l’acceptera pas. Ajoutez quelques mots sans rapport, ou générez une phrase secrète.
vault-strength-why-too_short = elle compte moins de { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }
vault-strength-why-common_password = c’est un mot de passe très courant, ou une légère variante
vault-strength-why-common_word = c’est un mot courant
vault-strength-why-name = c’est un nom courant
vault-strength-why-date = elle contient une date
vault-strength-why-year = elle contient une année récente
vault-strength-why-keyboard_pattern = c’est une suite de touches du clavier
vault-strength-why-repeat = elle répète des caractères ou des groupes de caractères
vault-strength-why-sequence = c’est une suite comme abc ou 6543
vault-strength-why-too_simple = elle est trop simple
vault-generate = Générer une phrase secrète
vault-generated-title = Votre phrase secrète : notez ces six mots, dans cet ordre
vault-generated-note = Gardez le papier loin de cet ordinateur. Retapez les mots ci-dessous, séparés par une espace, pour vérifier que vous les avez.
vault-generated-failed = Habeas n’a pas pu créer de phrase secrète. Tapez la vôtre, ou réessayez.
vault-create = Créer le coffre
vault-creating = Création… (le calcul des clés prend quelques secondes)
vault-recover-title = Ouvrir avec la clé de récupération
vault-recover-intro = Saisissez la clé de récupération de votre feuille de récupération, puis choisissez une nouvelle phrase secrète. L’ancienne phrase n’ouvrira plus ce dossier de coffre (une copie du dossier faite auparavant s’ouvre toujours avec elle).
vault-recoveryKey = Clé de récupération
vault-recover = Récupérer et définir la nouvelle phrase secrète
vault-recoveryShown-title = Votre clé de récupération
vault-recoveryShown-intro = Cette clé ouvre le coffre si vous oubliez votre phrase secrète. Elle n’est affichée qu’une fois et n’est conservée nulle part.
vault-recoveryShown-advice = Écrivez-la sur papier et gardez-la en lieu sûr, loin de cet ordinateur. Quiconque la possède peut ouvrir le coffre.
vault-recoveryShown-confirmLabel = Pour confirmer que vous l’avez notée, tapez ses quatre derniers caractères
vault-recoveryShown-confirm = Je l’ai conservée — continuer
vault-recoveryShown-sheet = Enregistrer une feuille de récupération à imprimer (PDF)…
vault-recoveryShown-sheetWarning = La feuille montre la clé en lettres et sous forme de code QR. Le fichier PDF contient la clé sans protection : imprimez-le, puis supprimez le fichier et videz la corbeille.
vault-recoveryShown-sheetSaved = Feuille de récupération enregistrée sous { $name }. Imprimez-la maintenant, puis supprimez le fichier.
vault-recoveryShown-wrong = Ce ne sont pas les quatre derniers caractères. Vérifiez ce que vous avez noté.
vault-recoveryShown-confirming = Vérification… (cela prend un moment)
vault-recoveryShown-autoLockPaused = Le verrouillage automatique attend tant que cette clé est à l’écran.
vault-recoveryShown-pendingNote = Votre clé de récupération actuelle continue d’ouvrir le coffre jusqu’à ce que vous confirmiez la nouvelle. Une fois confirmée, l’ancienne clé n’ouvre plus ce dossier de coffre (une copie du dossier faite auparavant s’ouvre toujours avec elle).
vault-recoveryShown-discard = Abandonner cette nouvelle clé
vault-unlocked-recoveryUnconfirmed = Vous n’avez jamais confirmé avoir conservé la clé de récupération de ce coffre. Si vous oubliez votre phrase secrète sans elle, personne ne peut ouvrir le coffre.
vault-unlocked-recoveryPending = Une nouvelle clé de récupération attend votre confirmation ; votre clé actuelle ouvre toujours le coffre.
vault-unlocked-recoveryGo = Réglages de la clé de récupération
vault-unlocked-syncCopiesTitle = Un enregistrement fait sur un autre appareil manque peut-être ici.
vault-unlocked-exposureTitle = D’autres personnes qui utilisent cet ordinateur peuvent regarder dans le dossier de ce coffre.
vault-unlocked-title = Coffre ouvert
vault-firstCase-title = Votre coffre est prêt
vault-firstCase-intro = Créez ensuite le dossier de la personne que vous aidez : son nom, où elle se trouve et la notice qui la vise. Vous ajouterez le reste au fur et à mesure.
vault-firstCase-create = Créer votre premier dossier
vault-missing-title = Le coffre n’est plus dans son dossier
vault-missing-explain = Il n’y a plus de coffre dans { $dir }. Il a peut-être été déplacé ou renommé, ou il se trouve sur un disque non connecté. Si vous l’avez déplacé, ouvrez-le là où il est maintenant. S’il s’agit d’un nouveau départ, créez un nouveau coffre.
vault-missing-open = Ouvrir le coffre là où il est maintenant
vault-missing-create = Créer un nouveau coffre
vault-rescue-title = Ouvrir ce qui peut encore être lu
vault-rescue-explain = Un enregistrement de ce coffre est illisible (le fichier nommé ci-dessus). Habeas peut ouvrir le coffre tel qu’il était juste avant cet enregistrement : celui-ci et tous les suivants sont déplacés, sans être lus, dans un dossier à l’intérieur du coffre (index/set-aside). Rien n’est supprimé. Le travail enregistré après l’enregistrement endommagé manquera jusqu’à ce que vous le restauriez depuis une sauvegarde.
vault-rescue-backupFirst = Si vous avez une sauvegarde récente du dossier du coffre, la restaurer peut tout ramener : essayez d’abord cela.
vault-rescue-open = Ouvrir sans l’enregistrement endommagé
vault-rescue-needPassphrase = Saisissez la phrase secrète ci-dessus, puis appuyez sur ce bouton.
vault-rescue-done = Ouvert tel qu’il était avant l’enregistrement { $damaged }, manquant ou endommagé. { $records ->
        [one] Le fichier de journal suivant a été déplacé
       *[other] Les { $records } fichiers de journal suivants ont été déplacés
    }, sans être lus, vers { $folder } dans le dossier du coffre. Rien n’a été supprimé.
vault-rescue-doneAdvice = Vérifiez les dossiers sur lesquels vous avez travaillé le plus récemment : les modifications faites après l’enregistrement endommagé n’apparaissent pas. Une sauvegarde du dossier du coffre faite après elles peut les ramener.
vault-unlocked-folder = Dossier : { $dir }
vault-unlocked-autoLock = Il se verrouille après { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } d’inactivité, et quand vous appuyez sur Ctrl+L.

cases-title = Dossiers
cases-new = Nouveau dossier
cases-new-title = Ouvrir un nouveau dossier
cases-new-nameLatin = Nom en lettres latines (comme dans le passeport)
cases-new-nameOriginal = Nom dans l’écriture d’origine (facultatif)
cases-new-create = Créer le dossier
cases-new-cancel = Annuler
cases-new-nameNeeded = Indiquez le nom de la personne, dans n’importe quelle écriture.
cases-empty = Aucun dossier pour l’instant. Ouvrez-en un avec « Nouveau dossier » : tout ce que vous saisissez reste chiffré dans ce coffre.
cases-emptyAllAway = { $count ->
        [one] Aucun dossier sur cet appareil : le seul dossier de ce coffre est absent en mode voyage (ci-dessus).
       *[other] Aucun dossier sur cet appareil : les { $count } dossiers de ce coffre sont absents en mode voyage (ci-dessus).
    }
cases-search-label = Chercher dans les dossiers, personnes, notices, événements et notes
cases-search-placeholder = Un nom dans n’importe quelle écriture, un pays, une infraction…
cases-search-none = Aucun résultat pour « { $query } ».
cases-search-results = { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
cases-search-kind-case = Dossier
cases-search-kind-alert = Notice
cases-search-kind-event = Événement
cases-search-kind-evidence = Pièce
cases-col-name = Personne
cases-col-flags = Signaux de risque
cases-col-next = Prochaine échéance
cases-col-daysLeft = Jours restants
cases-col-updated = Dernière modification
cases-noDeadline = Aucune en cours
cases-table-label = Dossiers, échéance la plus proche en premier
cases-exportAll = Exporter toutes les échéances vers un agenda (.ics)

days-today = Aujourd’hui
days-tomorrow = Demain
days-in = { $n ->
        [one] Dans { $n } jour
       *[other] Dans { $n } jours
    }
days-ago = { $n ->
        [one] Il y a { $n } jour
       *[other] Il y a { $n } jours
    }
days-agoOne = Hier

case-back = ← Tous les dossiers
case-noneOpen = Aucun dossier n’est ouvert. Choisissez-en un dans la liste des dossiers.
case-saved = Enregistré.
case-save = Enregistrer

drafts-unsaved = Modifications non enregistrées : conservées pendant que vous regardez ailleurs, et enregistrées (ou gardées chiffrées) quand le coffre se verrouille.
drafts-restored = Les modifications non enregistrées que vous aviez saisies sont revenues. Enregistrez pour les garder.
drafts-form-person = le formulaire de la personne
drafts-form-alert = une notice
drafts-form-event = un événement
drafts-form-override = une date de la chronologie
drafts-form-evidence = les détails d’une pièce
drafts-form-filing = une requête
drafts-form-situation = la situation du dossier
drafts-form-checklist = les notes de la liste de contrôle
drafts-form-new = un nouveau dossier
drafts-form-auto-lock = le délai de verrouillage automatique
drafts-notSaved = Quand le coffre s’est verrouillé, les dernières modifications de ces éléments n’ont pas pu être gardées ; veuillez les saisir à nouveau : { $forms }.
drafts-keptAtLock = Les modifications non enregistrées ont été gardées, chiffrées dans le coffre ; elles reviennent au déverrouillage : { $forms }.
drafts-restoredList = Les modifications non enregistrées d’avant le verrouillage sont revenues : { $forms }. Ouvrez-les pour les enregistrer ou les abandonner.
drafts-discard = Abandonner les modifications

case-saving = Enregistrement…
case-delete = Supprimer
case-edit = Modifier
case-cancel = Annuler
case-none = Rien d’enregistré pour l’instant.
case-tab-checklist = Liste de contrôle
case-tab-history = Historique
case-nextDue = Prochaine : { $title }, { $when } ({ $date }).

alarm-title = Délai de détention dépassé
alarm-limit_passed = Le délai de détention a expiré le { $date } — { $title } — et ni ce qu’il attendait (sous un traité, la demande d’extradition ; sous un mandat d’arrêt européen, la décision de remise) ni une libération n’est enregistré. Demandez maintenant au tribunal de libérer la personne ou de dire sur quel fondement elle est encore détenue, et vérifiez auprès des autorités si la pièce est arrivée à temps. Enregistrez ce qui s’est passé pour lever cette alarme.
alarm-arrived_late = Ce qu’attendait le délai de détention ({ $title }) a été enregistré le { $closed }, après l’expiration du délai le { $date }, et aucune libération n’est enregistrée. Demandez maintenant au tribunal de libérer la personne ou de dire sur quel fondement elle est détenue au-delà du délai. Enregistrez la libération pour lever cette alarme.
alarm-list = Délai de détention dépassé le { $date }

deadlines-late = Enregistré le { $date }, après l’expiration du délai.
deadlines-closingFuture = Vérifiez la date : { $what } est enregistré au { $date }, après aujourd’hui. D’ici là, cette échéance compte comme toujours en attente.

case-nothingDue = Aucune échéance en cours. Les échéances apparaissent quand vous enregistrez des événements comme une arrestation ou une requête à la CCF.

person-title = La personne
person-nameLatin = Nom en lettres latines
person-nameOriginal = Nom dans l’écriture d’origine
person-otherNames = Autres graphies et alias (un par ligne)
person-sex = Sexe (comme sur la pièce d’identité)
person-birthDate = Date de naissance
person-birthPlace = Lieu de naissance
person-nationalities = Nationalités
person-residenceCountry = Pays de résidence
person-residenceAddress = Adresse (non communiquée au BCN, Statut de la CCF, art. 20)
person-contacts = Coordonnées
person-profile = Pourquoi la personne peut être visée
person-documents = Pièces d’identité
person-document-number = Numéro
person-document-issuer = Délivrée par
person-document-expiry = Expire le
person-document-add = Ajouter une pièce
person-document-expired = Expirée le { $date } : une requête à la CCF avec une pièce d’identité expirée est irrecevable. Renouvelez-la ou utilisez une autre pièce.
person-protection = Statut de réfugié ou d’asile
person-protection-none = Aucun
person-protection-country = Pays qui l’accorde ou l’examine
person-protection-date = Date
person-protection-feared = État dont la personne craint des persécutions
person-protection-grounds = Motifs
person-protection-kind = Ce qui a été accordé ou est demandé
person-protection-naturalised = A depuis acquis la nationalité de ce pays
person-notes = Notes
person-misuse = Antécédents d’abus du pays émetteur (votre note)
person-nameNeeded = Indiquez le nom dans au moins une écriture.

country-none = — non renseigné —
country-remove = Retirer { $name }

flags-title = Signaux de risque
flags-none = Aucun signal de risque. Les signaux viennent des données (statut d’asile, historique des notices, profil) ou peuvent être posés à la main.
flags-fromData = D’après les données
flags-byHand = Posé à la main
flags-set = Poser à la main
flags-clear = Lever
flags-reset = Revenir aux données
flags-reason = Motif (une ligne)
flags-manage = Poser ou lever un signal

alerts-title = Notices INTERPOL
alerts-add = Ajouter une notice
alerts-edit = Modifier la notice
alerts-kind = Type
alerts-country = Pays émetteur
alerts-ncb = BCN ou entité qui l’a envoyée
alerts-date = Date d’émission
alerts-precision = Précision
alerts-asks = Ce qu’elle demande
alerts-allMembers = Envoyée à tous les pays membres
alerts-recipients = Pays destinataires
alerts-warrant = Mandat national à l’origine
alerts-warrant-authority = Tribunal ou autorité
alerts-warrant-date = Date du mandat
alerts-warrant-reference = Référence
alerts-warrant-inAbsentia = Condamné par défaut
alerts-warrant-notified = Informé du procès
alerts-warrant-represented = Défendu par un avocat de son choix
alerts-warrant-retrial = Droit à un nouveau procès après remise
alerts-warrant-invalid = Le mandat a été annulé, a expiré ou a été émis sans compétence
alerts-warrant-torture = La procédure s’est appuyée sur des preuves obtenues par la torture ou des mauvais traitements
alerts-warrant-notIndependent = Le tribunal ou l’autorité n’est pas indépendant de l’exécutif
alerts-warrant-maxPenalty = Peine maximale encourue pour l’infraction (mois)
alerts-warrant-sentence = Peine prononcée (mois)
alerts-unknown = Inconnu
alerts-yes = Oui
alerts-no = Non
alerts-offence = Infraction reprochée
alerts-learned = Comment elle a été connue
alerts-status = Statut
alerts-status-date = Depuis
alerts-status-by = Supprimée ou refusée par
alerts-status-ground = Pour quel motif
alerts-status-history = Historique du statut
alerts-notes = Notes
alerts-from = de { $country }
alerts-unknownCountry = pays émetteur inconnu
alerts-confirmDelete = Supprimer cette notice ? L’historique en garde une trace.
alerts-diffusionHint = Une diffusion est envoyée directement par le BCN d’un pays, sans examen préalable par INTERPOL.

timeline-title = Chronologie
timeline-today = Aujourd’hui
timeline-label = Chronologie des événements et des échéances
timeline-textEquivalent = Les mêmes événements et échéances sont repris sous forme de texte sous le dessin : le tableau des échéances et la liste des événements.
timeline-legend-overdue = Dépassée
timeline-legend-urgent = 7 jours ou moins
timeline-legend-soon = 30 jours ou moins
timeline-legend-later = Plus tard
timeline-legend-met = Respectée
timeline-empty = Enregistrez un événement pour commencer la chronologie.

events-title = Événements
events-add = Ajouter un événement
events-edit = Modifier l’événement
events-kind = Ce qui s’est passé
events-date = Date
events-country = Où
events-regime = Régime d’extradition (fixe les échéances)
events-regime-none = — inconnu —
events-regime-bilateralMissing = Décrivez d’abord le traité bilatéral dans l’onglet Vue d’ensemble : ses jours et leur point de départ.
events-notifiedOn = État requérant informé de l’arrestation le
events-ccfRequest = Ce que demande la requête
events-admissible = Déclarée recevable
events-alerts = Notices concernées
events-notes = Notes
events-dateNeeded = Indiquez la date (une estimation vaut mieux que rien).
events-notifiedBefore = La notification ne peut pas précéder l’arrestation.
events-confirmDelete = Supprimer cet événement ? Les échéances calculées à partir de lui disparaissent ; l’historique en garde une trace.

deadlines-title = Échéances
deadlines-why = Pourquoi cette règle :

events-oneTypePerSubmission = Depuis le 26 mars 2026, le portail de la CCF accepte un seul type de requête par envoi (selon un praticien) : si l’accès et l’effacement ont fait l’objet de deux envois, enregistrez deux événements, chacun avec sa date.

filing-submitted-offer = Exporter ne dépose pas la requête. Une fois envoyée par le portail de la CCF, enregistrez-la ici : les délais de la CCF courent à partir de ce jour, et le dossier montre la requête comme déposée.
filing-submitted-date = Date d’envoi
filing-submitted-record = Enregistrer comme envoyée
filing-submitted-done = Enregistré dans la chronologie du dossier : envoyée le { $date }.

ccf-title = Requêtes à la CCF
ccf-intro = Accès, puis rectification ou effacement, puis révision. L’accès et l’effacement peuvent être demandés en même temps ; le portail traite chacun comme un envoi distinct. Une étape ne compte comme déposée qu’une fois son événement « Requête CCF déposée » enregistré.

enum-ccfStep-access = Accès aux données
enum-ccfStep-correction_or_deletion = Rectification ou effacement
enum-ccfStep-revision = Révision d’une décision

ccf-state-not_asked = Pas demandé
ccf-state-drafted = Rédigée dans Habeas, non déposée
ccf-drafted-hint = Un brouillon n’est pas une requête. Une fois envoyée par le portail, enregistrez l’événement « Requête CCF déposée » : les délais de la CCF courent à partir de lui.
ccf-state-filed = Déposée le { $date } : aucune réponse sur la recevabilité enregistrée
ccf-state-admissible = Déposée le { $filed }, déclarée recevable le { $date } : aucune décision enregistrée
ccf-state-inadmissible = Déclarée irrecevable le { $date } : corrigez ce que la CCF a relevé et déposez à nouveau
ccf-state-decided = Décision rendue le { $date }
ccf-combined = Enregistrée comme un seul envoi demandant plusieurs types de requête. Depuis le 26 mars 2026, le portail accepte un seul type de requête par envoi (selon un praticien) : enregistrez chaque envoi comme un événement distinct.
ccf-overdue = Le délai de la CCF pour rendre sa décision (Statut, art. 40, lu dans une source secondaire) a expiré le { $date } et aucune décision n’est enregistrée.
ccf-followUp = Écrire à la CCF pour demander sa décision…
ccf-revision-hint = Seulement après une décision, sur un fait nouvellement découvert, dans les six mois de sa découverte (Statut, art. 42(2), lu dans une source secondaire).

datesNeeded-title = Dates qu’Habeas ne peut pas calculer
datesNeeded-intro = Pour celles-ci, Habeas n’a aucun délai fiable. Trouvez la date dans le traité, la loi nationale, la décision du tribunal ou le message de la CCF, et saisissez-la avec sa provenance. D’ici là, aucune échéance n’est affichée pour elles.
datesNeeded-enter = Saisir la date
datesNeeded-from = À partir de : { $start }
datesNeeded-reason = D’où vient la date (article du traité, loi, décision du tribunal, message de la CCF)
datesNeeded-both = Saisissez la date et sa provenance : les deux sont gardées dans l’historique.

deadlines-none = Aucune échéance pour l’instant. Elles sont calculées à partir des événements : une arrestation provisoire avec son régime, une requête à la CCF, une décision de recevabilité, un fait nouveau.
deadlines-col-what = Ce qui est dû
deadlines-col-date = Date
deadlines-col-left = Jours restants
deadlines-col-basis = Fondement juridique
deadlines-soft = Première étape : { $date }
deadlines-due = Échéance : { $date }
deadlines-period = { $period } à compter de { $start }
deadlines-counting = Mode de calcul
deadlines-source = Source
deadlines-overridden = Date fixée à la main (calculée : { $date }). Motif : { $reason }
deadlines-override = Fixer une autre date
deadlines-override-date = Date applicable
deadlines-override-reason = Pourquoi (traité, décision du tribunal, droit interne)
deadlines-override-reasonNeeded = Dites pourquoi cette date remplace la date calculée : c’est gardé dans l’historique.
deadlines-override-remove = Utiliser la date calculée
deadlines-exportCase = Exporter les échéances de ce dossier (.ics)
deadlines-exportNames = Mettre le nom de la personne dans les événements d’agenda (les agendas peuvent se synchroniser en ligne)
deadlines-exported = { $file } enregistré. Ce fichier n’est pas chiffré.
deadlines-exportCancelled = Rien n’a été exporté.
deadlines-treaty = Traité bilatéral pour l’arrestation provisoire
deadlines-treaty-name = Traité et article
deadlines-treaty-soft = Jours jusqu’à la première étape (facultatif)
deadlines-treaty-hard = Jours jusqu’à la limite extrême
deadlines-treaty-start = Compté à partir de
deadlines-treaty-start-arrest = L’arrestation
deadlines-treaty-start-notification = La notification de l’arrestation
deadlines-treaty-none = Aucun traité bilatéral décrit.
deadlines-treaty-describe = Décrire un traité
deadlines-treaty-remove = Retirer
deadlines-treaty-daysInvalid = Indiquez de 1 à { $max } jours ; la première étape au plus tard à la limite.
deadlines-reminder = Me rappeler de renouveler la demande d’accès tous les (mois, vide pour jamais)
deadlines-reminderInvalid = Entre 1 et { $max } mois.

checklist-title = Que faire
checklist-prevention = Prévention
checklist-doneByData = Fait : { $evidence }
checklist-doneByHand = Coché à la main
checklist-undoneByHand = Décoché à la main
checklist-backToData = Laisser les données décider
checklist-why = Pourquoi c’est important ici
checklist-caution = Attention
checklist-note = Note

history-title = Historique des modifications
history-intro = Chaque modification, de la plus ancienne à la plus récente. Le journal est en ajout seul et chaîné : toute retouche se verrait.
history-empty = Aucune modification enregistrée.
history-created = Créé
history-deleted = Supprimé

custody-imported = Importé « { $name } » ({ $size ->
        [one] { $size } octet
       *[other] { $size } octets
    })
custody-sha256 = SHA-256
custody-viewed = Ouvert pour consultation
custody-exported = Copie déchiffrée exportée vers { $to }

custody-certificate = Un certificat de conservation a été délivré
custody-annexed = Annexé à une requête sous le numéro { $label }
custody-unannexed = Retiré des annexes d’une requête
custody-filed = Exporté comme annexe { $label } d’une requête
custody-changed = Modifié : { $what }
custody-field-category = catégorie
custody-field-document_date = date du document
custody-field-source = source
custody-field-language = langue
custody-field-description = description
custody-field-tags = étiquettes
custody-field-events = événements liés
custody-field-alerts = notices liées
custody-field-translation_of = traduction de
custody-field-translator = traducteur
custody-field-other = détails
evidence-title = Pièces
evidence-intro = Les fichiers sont chiffrés dans le coffre au moment de l’import ; leur empreinte SHA-256 est prise en même temps, pour prouver plus tard que rien n’a été modifié. Le nom, la taille et le type d’origine ne sont gardés que dans le coffre.
evidence-drop = Vous pouvez aussi déposer des fichiers ou des dossiers n’importe où sur cette fenêtre.
evidence-drop-now = Déposez pour importer dans ce dossier.
evidence-empty = Aucune pièce dans ce dossier pour l’instant. Importez les papiers d’identité, le mandat, les décisions, la correspondance…
evidence-import-files = Importer des fichiers…
evidence-import-folder = Importer un dossier…
evidence-import-starting = Préparation de l’import…
evidence-import-file = Fichier { $n } sur { $of } : { $name }
evidence-import-fileProgress = Ce fichier
evidence-import-total = Tous les fichiers : { $pct } %
evidence-import-totalProgress = Tous les fichiers
evidence-import-cancel = Annuler l’import
evidence-import-done = { $n ->
        [one] { $n } fichier importé.
       *[other] { $n } fichiers importés.
    }
evidence-import-cancelled = Import annulé. Le fichier en cours n’a rien laissé ; les fichiers suivants n’ont pas été importés.
evidence-import-failed = Non importé : { $name }.
evidence-dup-title = { $n ->
        [one] { $n } fichier déjà dans ce dossier
       *[other] { $n } fichiers déjà dans ce dossier
    }
evidence-dup-item = « { $name } » est le même fichier, octet pour octet, que « { $existing } ».
evidence-dup-explain = Leurs empreintes SHA-256 sont identiques. Ignorez-les, ou importez un second enregistrement seulement si vous en avez besoin.
evidence-dup-skip = Les ignorer
evidence-dup-import = Importer quand même
evidence-verify = Vérifier tous les fichiers
evidence-verify-running = Vérification…
evidence-verify-progress = Déchiffrement de chaque fichier et comparaison de son SHA-256 : { $pct } % fait.
evidence-verify-cancel = Arrêter la vérification
evidence-verify-ok = { $n ->
        [one] Le fichier correspond
       *[other] Les { $n } fichiers correspondent
    } au SHA-256 pris à l’import : rien n’a été modifié.
evidence-verify-bad = { $n ->
        [one] { $n } fichier ne correspond pas à son SHA-256 ou est illisible : il est signalé ci-dessous.
       *[other] { $n } fichiers ne correspondent pas à leur SHA-256 ou sont illisibles : ils sont signalés ci-dessous.
    } Restaurez le dossier du coffre depuis une sauvegarde.
evidence-verify-itemBad = Modifié ou manquant
evidence-table-label = Pièces de ce dossier
evidence-col-name = Fichier
evidence-col-category = Catégorie
evidence-col-date = Date du document
evidence-col-size = Taille
evidence-col-sha256 = SHA-256
evidence-size-bytes = { $n ->
        [one] { $n } octet
       *[other] { $n } octets
    }
evidence-deleted = Supprimé
evidence-deleted-explain = Supprimé le { $when }. Le fichier n’est plus dans le coffre ; cet enregistrement et sa chaîne de conservation restent.
evidence-field-type = Type (d’après son contenu)
evidence-field-size = Taille
evidence-field-sha256 = SHA-256
evidence-field-imported = Importé
evidence-field-modified = Dernière modification avant l’import
evidence-field-category = Catégorie
evidence-field-documentDate = Date du document
evidence-field-source = Source (qui l’a remis, comment)
evidence-field-source-hint = p. ex. clé USB remise par le client, 3 mars
evidence-field-language = Langue
evidence-field-tags = Étiquettes
evidence-field-tags-hint = Séparées par des virgules
evidence-field-translationOf = Traduction de
evidence-field-translator = Traducteur
evidence-field-description = Description
evidence-sha256-how = Pour vérifier indépendamment une copie de l’original : sha256sum FICHIER (Linux), shasum -a 256 FICHIER (macOS), certutil -hashfile FICHIER SHA256 (Windows). Le résultat doit être égal au SHA-256 ci-dessus.
evidence-save = Enregistrer les détails
evidence-preview-open = Ouvrir l’aperçu
evidence-preview-none = Pas d’aperçu : { $reason }.
evidence-preview-failed = Ce fichier n’a pas pu être affiché. Il est peut-être endommagé, ou son format n’est pas pris en charge ici. Exportez une copie pour l’ouvrir ailleurs.
evidence-preview-pdfFailed = Ce PDF n’a pas pu être affiché. Exportez une copie pour l’ouvrir dans un autre programme.
evidence-preview-pdfPages = Pages du document (défilement avec les touches fléchées)
evidence-preview-page = Page { $n } sur { $of }
evidence-preview-imageAlt = Aperçu de la pièce sélectionnée
evidence-preview-textCut = Affichage du premier mégaoctet de ce texte.
evidence-export = Exporter une copie…
evidence-export-title = Exporter une copie non protégée ?
evidence-export-warning = La copie ne sera PAS chiffrée : quiconque a accès à l’endroit où vous l’enregistrez peut la lire, et les fichiers supprimés peuvent souvent être récupérés. L’export est consigné dans la chaîne de conservation.
evidence-export-go = Choisir où enregistrer…
evidence-export-done = Enregistré sous { $name }. Supprimez cette copie quand vous n’en avez plus besoin.

metadata-title-one = Ce fichier contient plus que son image
metadata-title-annexes = Certaines annexes contiennent plus que leurs images
metadata-explain = Les photos gardent où et comment elles ont été prises. Quiconque reçoit le fichier peut le lire : la CCF peut transmettre une requête à l’État qui a émis la notice.
metadata-kind-location = Lieu :
metadata-kind-device = Appareil photo ou téléphone :
metadata-kind-owner = Propriétaire ou auteur :
metadata-kind-date = Date :
metadata-kind-software = Logiciel :
metadata-kind-thumbnail = Vignette :
metadata-kind-other = Aussi :
metadata-unreadable = Habeas n’a pas pu lire tout ce qu’il contient ({ $why }).
metadata-notRemovable = Habeas ne peut pas le retirer de ce type de fichier ; convertissez-le en JPEG ou PNG et importez ce fichier.
metadata-remove = Retirer le lieu et le reste de la copie qui sort
metadata-removeExplain = La copie est faite une fois et gardée dans le coffre avec sa propre empreinte SHA-256, liée à l’original et consignée dans les deux chaînes de conservation. L’original reste exactement tel qu’importé.
metadata-keepExplain = Le fichier sort exactement tel qu’importé, avec tout ce qui est listé ci-dessus.
metadata-export = Exporter
metadata-custody-derive = Une copie a été faite pour sortir du coffre ({ $what }) ; ce fichier est inchangé
metadata-custody-derived = Créé par Habeas à partir d’une autre pièce du dossier ({ $what })
metadata-copyOf = Une copie de { $name } faite par Habeas : { $what }. L’original reste dans la liste tel qu’importé.

evidence-certificate-chosen = Certificat de conservation ({ $n } choisis)…
evidence-certificate-one = Certificat de conservation…
evidence-certificate-choose = Inclure { $name } dans un certificat de conservation
evidence-certificate-chooseAll = Inclure toutes les pièces dans un certificat de conservation
evidence-certificate-title = { $n ->
        [one] Certificat de conservation pour { $n } pièce
       *[other] Certificat de conservation pour { $n } pièces
    }
evidence-certificate-explain = Un PDF à imprimer ou à déposer : pour chaque pièce, l’empreinte SHA-256 du fichier tel qu’importé, ses détails, chaque événement de sa chaîne de conservation, et comment chacun peut vérifier une copie avec des outils courants. Son émission est consignée dans la chaîne de conservation de chaque pièce.
evidence-certificate-plain = Le PDF n’est pas chiffré : il montre les noms de fichiers, les détails et le journal de conservation de ces pièces. Enregistrez-le là où seuls vous et ses destinataires pouvez le lire.
evidence-certificate-go = Choisir où enregistrer…
evidence-certificate-done = Certificat enregistré sous { $name }.

paper-label = Papier
paper-a4 = A4
paper-letter = US Letter

evidence-delete = Supprimer…
evidence-delete-title = Supprimer ce fichier du coffre ?
evidence-delete-warning = Le fichier est retiré et ne peut pas être récupéré depuis le coffre. Son enregistrement et sa chaîne de conservation restent, marqués comme supprimés.
evidence-delete-go = Supprimer le fichier
evidence-cancel = Annuler
evidence-import-leftOut = Laissés de côté dans les dossiers : { $n } (non importés ; ouvrez pour voir lesquels et pourquoi)
evidence-import-leftOut-hidden = caché (son nom commence par un point)
evidence-import-leftOut-link = un lien vers un autre endroit : importez directement ce qu’il désigne
evidence-import-leftOut-not_a_file = pas un fichier (un périphérique ou un tube)
evidence-custody-title = Chaîne de conservation
evidence-custody-intro = Chaque import, consultation, export, modification et suppression, du plus ancien au plus récent. En ajout seul et chaîné avec l’historique du coffre.
evidence-category-identity_document = Pièce d’identité
evidence-category-power_of_attorney = Procuration
evidence-category-relationship_proof = Preuve du lien de parenté (mineur)
evidence-category-entity_registration = Immatriculation d’une entité
evidence-category-authority_to_represent = Pouvoir de représenter une entité
evidence-category-property_record = Preuve de propriété d’un bien
evidence-category-court_record = Pièce judiciaire
evidence-category-arrest_warrant = Mandat d’arrêt
evidence-category-extradition_papers = Pièces d’extradition
evidence-category-asylum_decision = Décision de statut de réfugié ou d’asile
evidence-category-human_rights_report = Rapport sur les droits humains dans le pays émetteur
evidence-category-correspondence_ncb = Correspondance avec un BCN
evidence-category-correspondence_ccf = Correspondance avec la CCF
evidence-category-correspondence_authorities = Correspondance avec les autorités
evidence-category-press = Presse ou médias
evidence-category-narrative_draft = Projet de récit
evidence-category-translation = Traduction
evidence-category-other = Autre

history-empty-value = (vide)

enum-flag-refugee = Réfugié ou demandeur d’asile
enum-flag-refugee_from_issuing_state = Statut de réfugié à l’égard de l’État émetteur
enum-flag-political_profile = Opposant politique, journaliste ou militant
enum-flag-private_dispute = Litige commercial ou privé
enum-flag-in_absentia = Jugé par défaut
enum-flag-reissued_after_deletion = Notice réémise après un effacement
enum-flag-diffusion_after_red_notice = Diffusion après une notice rouge refusée ou effacée
enum-flag-country_misuse = Antécédents d’abus du pays émetteur
enum-sex-female = Féminin
enum-sex-male = Masculin
enum-sex-other = Autre / X
enum-profile-political_opponent = Opposant politique
enum-profile-journalist = Journaliste
enum-profile-activist = Militant ou défenseur des droits humains
enum-profile-business_dispute = Partie à un litige commercial ou privé
enum-docKind-passport = Passeport
enum-docKind-national_id = Carte nationale d’identité
enum-docKind-refugee_travel_document = Titre de voyage pour réfugié
enum-docKind-residence_permit = Titre de séjour
enum-docKind-other = Autre document
enum-protection-pending = Demande d’asile en cours
enum-protection-granted = Accordé
enum-protection-refused = Asile refusé
enum-protectionKind-unspecified = Non renseigné
enum-protectionKind-convention_refugee = Statut de réfugié (Convention de 1951)
enum-protectionKind-subsidiary = Protection subsidiaire
enum-protectionKind-humanitarian = Protection humanitaire ou autre
enum-removedBy-ccf = La CCF
enum-removedBy-general_secretariat = Le Secrétariat général d’INTERPOL
enum-removalGround-article3 = Article 3 (caractère politique, militaire, religieux ou racial)
enum-removalGround-article2 = Article 2 (droits humains)
enum-removalGround-data_quality = Qualité des données (faits non décrits, données inexactes)
enum-removalGround-refugee_policy = Politique relative aux réfugiés
enum-removalGround-red_notice_criteria = Un critère de la notice rouge (gravité, seuil de peine)
enum-removalGround-other = Un autre motif
enum-alertKind-diffusion = Diffusion
enum-alertKind-red_notice = Notice rouge
enum-alertKind-blue_notice = Notice bleue
enum-alertKind-yellow_notice = Notice jaune
enum-alertKind-green_notice = Notice verte
enum-alertKind-black_notice = Notice noire
enum-alertKind-orange_notice = Notice orange
enum-alertKind-purple_notice = Notice mauve
enum-alertKind-silver_notice = Notice argent
enum-alertKind-un_special_notice = Notice spéciale INTERPOL–Conseil de sécurité des Nations Unies
enum-alertKind-ncb_message = Message direct entre Bureaux centraux nationaux
enum-request-arrest = Arrestation ou arrestation provisoire
enum-request-locate = Localiser
enum-request-identify = Identifier
enum-request-information = Informations complémentaires
enum-request-surveillance = Surveillance
enum-request-warning = Avertissement
enum-alertStatus-suspected = Soupçonnée
enum-alertStatus-confirmed = Confirmée
enum-alertStatus-challenged = Contestée devant la CCF
enum-alertStatus-deleted = Effacée
enum-alertStatus-blocked = Bloquée
enum-alertStatus-refused = Refusée par INTERPOL
enum-alertStatus-reissued = Réémise
enum-precision-day = Jour exact
enum-precision-month = Mois connu
enum-precision-year = Année connue
enum-eventKind-national_warrant = Mandat national émis
enum-eventKind-alert_issued = Notice émise
enum-eventKind-visa_refusal = Visa refusé
enum-eventKind-denied_boarding = Embarquement refusé
enum-eventKind-border_refusal = Refoulé à une frontière
enum-eventKind-detention = Détention
enum-eventKind-provisional_arrest = Arrestation provisoire
enum-eventKind-consent_to_surrender = Consentement à l’extradition
enum-eventKind-release = Libération
enum-eventKind-extradition_request_received = Demande d’extradition reçue
enum-eventKind-hearing = Audience
enum-eventKind-extradition_decision = Décision d’extradition
enum-eventKind-ccf_request_filed = Requête CCF déposée
enum-eventKind-ccf_acknowledgement = Accusé de réception de la CCF
enum-eventKind-admissibility_decision = Décision de recevabilité de la CCF
enum-eventKind-ccf_query = Question de la CCF
enum-eventKind-ccf_query_answered = Réponse envoyée à la CCF
enum-eventKind-ccf_decision = Décision de la CCF
enum-eventKind-new_fact_discovered = Fait nouveau découvert
enum-eventKind-revision_filed = Demande de révision déposée
enum-eventKind-asylum_applied = Demande d’asile déposée
enum-eventKind-asylum_granted = Asile accordé
enum-eventKind-asylum_refused = Asile refusé
enum-eventKind-unhcr_notified = HCR informé
enum-eventKind-border_authorities_notified = Autorités frontalières informées
enum-eventKind-judicial_review_filed = Habeas corpus ou recours juridictionnel déposé
enum-eventKind-advocacy = Plaidoyer ou médias
enum-eventKind-other = Autre événement
enum-regime-european_convention = Convention européenne d’extradition de 1957
enum-regime-minsk1993 = Convention de Minsk de 1993 (CEI)
enum-regime-riyadh1983 = Accord arabe de Riyad de 1983
enum-regime-european_arrest_warrant = Mandat d’arrêt européen
enum-regime-us_modern_treaty = Traité avec les États-Unis (moderne)
enum-regime-montevideo1933 = Convention de Montevideo de 1933
enum-regime-bilateral = Traité bilatéral (décrit dans ce dossier)
enum-ccfRequest-access = Accès
enum-ccfRequest-correction = Rectification
enum-ccfRequest-deletion = Effacement
enum-confidence-verified = Source vérifiée
enum-confidence-secondary = Source secondaire : à confirmer
enum-confidence-unverified = Non vérifié : pratique seulement
enum-confidence-entered_by_you = Saisi par vous : non vérifié par Habeas
enum-deadlineState-open = En cours
enum-deadlineState-met = Respectée
enum-deadlineState-passed = Dépassée
enum-deadlineState-late = En retard
enum-applicantKind-person = La personne concernée (majeure)
enum-applicantKind-minor = Un mineur, par un parent ou un tuteur
enum-applicantKind-entity = Une société ou autre entité
enum-filingKind-access = Accès aux données
enum-filingKind-correction = Rectification des données
enum-filingKind-deletion = Effacement des données
enum-filingKind-correction_and_deletion = Rectification et effacement
enum-filingKind-revision = Révision d’une décision (art. 42)
enum-language-en = Anglais
enum-language-fr = Français
enum-language-es = Espagnol
enum-language-ar = Arabe
enum-severity-problem = Problème
enum-severity-warning = Avertissement
enum-travelLevel-highest = Le plus élevé
enum-travelLevel-high = Élevé
enum-travelLevel-raised = Accru
enum-travelLevel-not_safe_lower = Plus faible, pas sûr
enum-travelRole-departure = départ
enum-travelRole-transit = transit
enum-travelRole-arrival = arrivée

filing-title = Requêtes
filing-intro = Requêtes à la CCF et demandes de révision, construites à partir du dossier. Habeas vérifie la recevabilité avant l’export, et produit les PDF qu’accepte le portail de la CCF (un par partie) ou un dossier unique à imprimer et signer.
filing-kind = Type
filing-language = Langue de la requête
filing-new = Nouvelle requête
filing-empty = Aucune requête dans ce dossier pour l’instant.
filing-annexCount = { $n ->
        [1] Une annexe
        [one] { $n } annexe
       *[other] { $n } annexes
    }
filing-check-pending = Vérification de la recevabilité…
filing-check-ok = Recevabilité : aucun problème trouvé.
filing-check-title = Recevabilité : { $problems ->
        [one] { $problems } problème
       *[other] { $problems } problèmes
    }, { $all ->
        [one] { $all } constat
       *[other] { $all } constats
    } en tout
filing-check-go = Aller au champ
filing-check-basis = Fondement et source
filing-section-kind = Type et langue
filing-language-headings = Les intitulés en français, espagnol et arabe ont été rédigés par l’équipe Habeas et pas encore relus par un locuteur natif : lisez-les avant de déposer. Ce que vous écrivez est imprimé tel quel.
filing-section-applicant = Requérant
filing-applicant-kind = La requête est faite pour
filing-applicant-minorNeeds = Pour un mineur, la CCF demande un document prouvant le lien (acte de naissance, décision de tutelle) et une copie de la pièce d’identité du mineur. Importez-les comme pièces et joignez-les en annexe.
filing-applicant-guardian = Parent ou tuteur agissant pour le mineur
filing-applicant-relationship = Lien (mère, tuteur légal…)
filing-applicant-entityNeeds = Pour une entité, la CCF demande un document officiel indiquant sa dénomination complète, sa date de constitution ou d’immatriculation et son numéro d’immatriculation, et la preuve que le signataire peut la représenter. Aucune pièce d’identité n’est nécessaire pour l’entité.
filing-applicant-entityName = Dénomination complète de l’entité
filing-applicant-registrationNumber = Numéro d’immatriculation (le cas échéant)
filing-applicant-registeredOn = Date de constitution ou d’immatriculation
filing-applicant-office = Siège social
filing-applicant-signatory = Personne représentant l’entité
filing-applicant-authority = En vertu de quel pouvoir (dirigeant, résolution du conseil du…)
filing-applicant-property = Bien concerné par les données, le cas échéant (un véhicule, un navire, un document)
filing-applicant-propertyHint = La CCF accepte les requêtes sur des données relatives aux biens du requérant. Joignez la preuve que le bien lui appartient.
filing-section-submitter = Déposée par
filing-submitter-representative = Un représentant la dépose (avocat, membre de la famille, organisation)
filing-submitter-name = Nom du représentant
filing-submitter-firm = Cabinet ou organisation
filing-submitter-email = Courriel
filing-submitter-phone = Téléphone
filing-submitter-address = Adresse postale
filing-submitter-poa = Procuration (une pièce)
filing-submitter-poaSigned = La procuration est signée par le requérant
filing-none = Aucune
filing-section-data = Données concernées
filing-data-none = Aucune notice enregistrée dans ce dossier : ajoutez-les dans l’onglet Notices.
filing-data-learned = Comment le requérant a appris l’existence des données
filing-section-revision = La décision et le fait nouveau (Statut, art. 42)
filing-revision-decision = Décision (référence)
filing-revision-decisionDate = Date de la décision
filing-revision-discovered = Date de découverte du fait nouveau
filing-revision-newFact = Le fait nouvellement découvert
filing-section-facts = Exposé des faits
filing-facts-drafted = Une nouvelle requête en anglais commence par les faits enregistrés dans le dossier (la personne, les notices, les événements datés), un par ligne. Réécrivez-les comme le récit du requérant et ajoutez ce que le dossier n’enregistre pas.
filing-section-grounds = Moyens
filing-ground-label = Paragraphe { $n }
filing-ground-citationsChecked = J’ai vérifié ses citations dans les textes originaux (jusque-là, la requête marque les sources secondaires et non vérifiées « à vérifier »)
filing-remove = Retirer
filing-library-title = Bibliothèque d’arguments : des paragraphes avec leurs sources, à insérer puis à adapter
filing-library-suggested = Suggérés pour ce dossier
filing-library-insert = Insérer
filing-section-outcome = Résultat demandé
filing-section-confidential = Éléments confidentiels (Statut, art. 20)
filing-confidential-explain = Un par ligne. La CCF ne les transmet pas au Bureau central national. Retenir des informations peut affaiblir l’examen : la CCF le dit elle-même.
filing-section-annexes = Annexes
filing-annexes-explain = Faites glisser pour réordonner, ou utilisez les flèches. La première est A-1. Chaque annexe est tamponnée avec son numéro et un numéro de page.
filing-annexes-title = Titre dans le bordereau (facultatif)
filing-annexes-titleOf = Titre de l’annexe { $label }
filing-annexes-up = Monter { $label }
filing-annexes-down = Descendre { $label }
filing-annexes-add = Ajouter une pièce…
filing-annexes-addButton = Ajouter en annexe
filing-section-idCopy = La copie de la pièce d’identité montre
filing-idCopy-name = le nom complet
filing-idCopy-birth = la date de naissance
filing-idCopy-photo = la photographie
filing-section-signature = Signature
filing-signature-by = Signé par
filing-signature-place = Lieu
filing-signature-date = Date
filing-bates = Préfixe des pages d’annexe
filing-save = Enregistrer
filing-unsaved = Modifications non enregistrées
filing-delete = Supprimer la requête
filing-delete-title = Supprimer cette requête ?
filing-delete-warning = La requête et son texte disparaissent ; les pièces restent dans le dossier, et l’historique du dossier garde la trace de son existence. Les PDF déjà exportés ne sont pas touchés.
filing-delete-go = Supprimer la requête
filing-export-portal = Jeu pour le portail (dossier de PDF)…
filing-export-packet = Dossier à imprimer (un seul PDF)…
filing-export-plain = Les PDF ne sont pas chiffrés : les portails et les tribunaux refusent les PDF chiffrés. Gardez-les là où seuls leurs destinataires peuvent les lire. Chaque export est consigné dans le journal de conservation de chaque annexe.
filing-export-anywayTitle = { $n ->
        [one] Exporter avec { $n } problème de recevabilité ?
       *[other] Exporter avec { $n } problèmes de recevabilité ?
    }
filing-export-anyway = La CCF peut déclarer la requête irrecevable en l’état. N’exportez quand même que si vous corrigerez les problèmes hors d’Habeas (par exemple en signant le dossier imprimé).
filing-export-go = Exporter quand même
filing-export-running = Écriture des PDF…
filing-export-done = Écrit : { $name }.

letter-title = Lettres
letter-explain = En une étape à partir des données du dossier, en anglais : une note pour les autorités frontalières et d’immigration d’un pays (à porter sur soi avec la preuve du statut et de la requête en cours), ou une lettre d’accompagnement pour une autorité d’asile. Attention : parlez d’abord à un avocat dans ce pays ; se présenter aux autorités frontalières ou de police peut en soi mener à une arrestation sur la notice ; ne contactez jamais les autorités de l’État qui a émis la notice, ni celles d’États qui coopèrent étroitement avec lui.
letter-country = Pays destinataire
letter-border = Lettre aux autorités frontalières…
letter-asylum = Lettre à l’autorité d’asile…
letter-detainedNow = Feuille à garder sur soi en cas de détention…
letter-lawyerBrief = Note pour l’avocat en garde à vue…

case-title = Espace du dossier
case-tabs-label = Parties d’un dossier
case-tab-overview = Vue d’ensemble
case-tab-alerts = Notices
case-tab-timeline = Chronologie et échéances
case-tab-evidence = Pièces
case-tab-filings = Requêtes
case-tab-travel = Voyages

travel-title = Vérification de voyage
travel-intro = Préparez un voyage étape par étape, puis vérifiez-le : pour chaque pays, votre exposition le jour où vous y êtes, et pourquoi. Aucun pays n’est jamais dit sûr.
travel-trips = Voyages
travel-noTrips = Aucun voyage pour l’instant.
travel-untitled = Voyage sans nom
travel-departure = Départ le { $date }
travel-noDate = sans date
travel-lastChecked = Dernière vérification le { $date }.
travel-neverChecked = Jamais vérifié.
travel-edit = Modifier
travel-check = Vérifier ce voyage
travel-delete = Supprimer
travel-deleteConfirm = Supprimer ce voyage et sa dernière vérification ?
travel-deleteYes = Supprimer le voyage
travel-newTrip = Nouveau voyage
travel-editing = Modifier le voyage
travel-label = Nom du voyage
travel-leg = Étape { $n }
travel-date = Jour du voyage
travel-from = De
travel-to = À
travel-transits = Transits (un transit en aéroport compte : sa police aux frontières peut vous arrêter)
travel-incomplete = Chaque étape a besoin de son jour, de son départ et de sa destination.
travel-removeLeg = Retirer l’étape { $n }
travel-addLeg = Ajouter une étape
travel-save = Enregistrer le voyage
travel-saved = Voyage enregistré. Vérifiez-le pour voir chaque pays.
travel-savedRecheck = Voyage enregistré. Sa dernière vérification portait sur l’itinéraire d’avant ce changement : vérifiez-le de nouveau.
travel-reminder-title = Vérifiez de nouveau avant de partir
travel-reminder-open = Ouvrir l’onglet Voyage
travel-result-title = Vérification de « { $label } » du { $date }
travel-result-tripLevel = Niveau du voyage : { $level }
travel-result-changes = Ce qui a changé depuis la dernière vérification
travel-result-firstCheck = C’est la première vérification de ce voyage.
travel-result-noChanges = Rien n’a changé depuis la vérification du { $date }.
travel-result-changesSince = Depuis la vérification du { $date } :
travel-result-countries = Chaque pays du voyage, le jour où vous y êtes
travel-result-country = Pays
travel-result-level = Niveau
travel-result-reasons = Raisons, avec leur fiabilité et leur source
travel-result-source = Source : { $source }
travel-result-carry = Ce qu’il faut emporter
travel-result-carryNothing = La vérification ne cite rien à emporter.
travel-map-title = Carte
travel-map-textEquivalent = Le tableau ci-dessus dit ce que montre la carte, pays par pays. Sur la carte, chaque niveau a des hachures et une étiquette en plus d’une couleur.
travel-export = Exporter la note imprimable (PDF)…
travel-exported = Note enregistrée sous { $file }. Elle n’est pas chiffrée : gardez-la en lieu sûr.
travel-exportCancelled = Export annulé : rien n’a été écrit.

settings-title = Paramètres
settings-planned = Les sauvegardes se régleront ici.
settings-autoLock-title = Verrouillage automatique
settings-autoLock-label = Verrouiller le coffre après ce nombre de minutes d’inactivité
settings-autoLock-help = Entre { $min } et { $max } minutes. Enregistré dans le coffre. Ctrl+L verrouille aussitôt.
settings-autoLock-save = Enregistrer
settings-autoLock-saved = Enregistré : le coffre se verrouille après { $minutes ->
        [one] { $minutes } minute d’inactivité
       *[other] { $minutes } minutes d’inactivité
    }.
settings-passphrase-title = Phrase secrète
settings-passphrase-current = Phrase secrète actuelle
settings-passphrase-change = Changer la phrase secrète
settings-passphrase-changing = Changement… (le calcul de la clé prend un moment)
settings-recovery-title = Clé de récupération
settings-recovery-explain = Vous avez perdu votre feuille de récupération, ou quelqu’un a pu la voir ? Créez une nouvelle clé. Elle est affichée une fois, avec une feuille à imprimer, et ne remplace l’ancienne que lorsque vous confirmez l’avoir conservée. Dès lors, l’ancienne clé n’ouvre plus ce dossier de coffre, mais une copie du dossier faite auparavant (une sauvegarde, une copie synchronisée) s’ouvre toujours avec elle.
settings-recovery-new = Créer une nouvelle clé de récupération
settings-recovery-pending = Une nouvelle clé de récupération a été créée mais pas confirmée, votre clé actuelle ouvre donc toujours le coffre. Si vous avez conservé la nouvelle clé, tapez-la en entier pour la confirmer ; sinon, abandonnez-la.
settings-recovery-unconfirmed = La clé de récupération affichée à la création de ce coffre n’a jamais été confirmée comme conservée. Si vous l’avez, tapez-la en entier pour la confirmer ; sinon, créez-en une nouvelle ci-dessous.
settings-recovery-typeWhole = Clé de récupération (les huit groupes de quatre)
settings-recovery-confirm = Confirmer cette clé
settings-recovery-discard = Abandonner la nouvelle clé
settings-recovery-confirmed = Clé de récupération confirmée.
settings-passphrase-changed = Phrase secrète changée. L’ancienne n’ouvre plus ce dossier de coffre (une copie du dossier faite auparavant s’ouvre toujours avec elle) ; votre clé de récupération l’ouvre toujours.
settings-sharing-title = Partage avec un co-conseil
settings-sharing-explain = Pour recevoir un dossier d’un co-conseil, donnez-lui votre identité de partage ci-dessous (elle est publique). Quand un fichier partagé arrive, Habeas indique qui l’a signé : comparez l’empreinte avec cette personne par téléphone.
settings-sharing-qr = Votre identité de partage sous forme de code QR
settings-sharing-text = Votre identité de partage :
settings-sharing-fingerprint = Empreinte (lisez-la à votre correspondant par téléphone) :
settings-sharing-contacts = Contacts
settings-sharing-noContacts = Aucun contact pour l’instant.
settings-sharing-contactName = Nom
settings-sharing-contactIdentity = Son identité de partage (habeas1-…)
settings-sharing-add = Ajouter le contact
settings-device-title = Cet appareil
settings-device-explain = Mémoriser le coffre sur cet appareil permet de l’ouvrir sans la phrase secrète, par le trousseau de cet ordinateur. Quiconque peut utiliser votre compte sur cet ordinateur pendant que son trousseau est déverrouillé pourrait alors ouvrir le coffre. Laissez désactivé sur un ordinateur qui pourrait être saisi, partagé ou perdu.
settings-device-remembered = Mémorisé sur cet appareil.
settings-device-notRemembered = Non mémorisé sur cet appareil (la phrase secrète est nécessaire).
settings-device-remember = Mémoriser sur cet appareil
settings-device-forget = Oublier cet appareil
settings-backup-title = Sauvegardes
settings-backup-explain = Une sauvegarde copie le coffre chiffré dans un dossier de votre choix : une clé USB, un dossier synchronisé ou un partage réseau. Seuls les nouveaux fichiers sont copiés, et chaque copie est relue et vérifiée. Elle s’ouvre avec la phrase secrète et la clé de récupération que vous aviez au moment où elle a été faite.
settings-backup-never = Aucune sauvegarde de ce coffre n’a encore été faite.
settings-backup-last = Dernière sauvegarde : { $at }, vers { $place }, vérifiée.
settings-backup-lastFailed = Dernière sauvegarde : { $at }, vers { $place }, échouée ; rien n’a été créé.
settings-backup-lastGood = Dernière sauvegarde réussie : { $at }, vers { $place }.
settings-backup-reminder = Sauvegardez maintenant : la dernière sauvegarde réussie date de plus de { $days } jours, ou il n’y en a aucune.
settings-backup-run = Sauvegarder maintenant…
settings-backup-choose = Choisir le dossier de sauvegarde
settings-backup-cancel = Annuler la sauvegarde
settings-backup-progress = Copie et vérification des fichiers des pièces : { $done } sur { $total }
settings-backup-made = Sauvegarde faite et vérifiée : { $cases } dossiers, { $files } fichiers de pièces ({ $copied } copiés cette fois).
settings-backup-keep = Sauvegardes conservées dans chaque dossier
settings-backup-remind = Me le rappeler après (jours)
settings-backup-save = Enregistrer
settings-about-title = À propos de cette version
settings-about-appVersion = Version de l’application
settings-about-coreVersion = Version du noyau
settings-about-platform = Plateforme
settings-about-buildType = Type de compilation
settings-about-buildType-release = Publication
settings-about-buildType-development = Développement (pas pour de vrais dossiers)
settings-about-coreDumps = Copies de la mémoire en cas de plantage (core dumps)
settings-about-coreDumps-disabled = Désactivées : un plantage n’écrit pas la mémoire sur le disque
settings-about-coreDumps-allowed = Autorisées : un plantage pourrait écrire la mémoire sur le disque. Redémarrez Habeas ; si cela persiste, signalez-le.
settings-about-coreDumps-not_controlled = Non contrôlées par Habeas sur ce système (voir le modèle de menace)

date-pattern-day_month_year = JJ/MM/AAAA
date-pattern-month_day_year = MM/JJ/AAAA
date-pattern-year_month_day = AAAA-MM-JJ
date-problem-unreadable = Habeas ne sait pas lire cette date. Tapez-la au format { $pattern }, par exemple { $example }.
date-problem-shortYear = Tapez l’année en entier (quatre chiffres), par exemple { $example }.
date-problem-noMonth = Il n’y a pas de mois { $month }. Les dates se tapent ici au format { $pattern }.
date-problem-noMonthSwapped = Il n’y a pas de mois { $month } : les dates se tapent ici au format { $pattern }. Pour { $words }, tapez { $typed }, ou changez le format de date dans les Paramètres.
date-problem-noDay = { $month } compte { $last } jours : il n’y a pas de jour { $day }.
date-problem-ambiguous = Cela peut être le { $first } ou le { $second }. Tapez { $a } ou { $b } pour préciser, ou choisissez un format jour-mois ou mois-jour dans les Paramètres.
date-problem-tooEarly = Cette date est antérieure au { $limit }, la plus ancienne possible ici.
date-problem-tooLate = Cette date est postérieure au { $limit }, la plus tardive possible ici.
date-settings-title = Dates
date-settings-label = Saisir et afficher les dates au format
date-settings-system = Comme le système les écrit ({ $pattern })
date-settings-option = { $pattern } : { $example }
date-settings-help = Enregistré dans le coffre. Cela change la manière de saisir et d’afficher les dates ici, pas les dates elles-mêmes.
date-settings-saved = Enregistré : les dates se tapent au format { $pattern }.

error-title = Un problème est survenu
error-internal-hint = C’est un défaut d’Habeas, pas quelque chose que vous avez fait. Votre travail enregistré n’est pas touché.
error-unexpected = Habeas a reçu une réponse qu’il n’a pas comprise.
error-retry = Réessayer

caseStatus-column = Situation
caseStatus-label = La situation de la personne
caseStatus-at_liberty = En liberté
caseStatus-at_liberty-basis = aucune arrestation ni détention enregistrée
caseStatus-detained = Détenue depuis le { $date }
caseStatus-released = Libérée le { $date }
caseStatus-extradited = Extradée le { $date }
caseStatus-setByYou = indiqué par vous
caseStatus-protection-refugee_status = Statut de réfugié
caseStatus-protection-protection_granted = Protection accordée
caseStatus-protection-against_extradition = Protégée contre l’extradition
caseStatus-since = depuis le { $date }
caseStatus-closed = Clos
caseStatus-edit = Ce qu’aucun événement ne montre
caseStatus-edit-explain = L’arrestation, la détention et la libération viennent de la chronologie : enregistrez-les là. Enregistrez ici ce qu’aucun événement ne peut montrer.
caseStatus-extraditedOn = Remise à l’État requérant le
caseStatus-protectedNote = Protégée contre l’extradition par
caseStatus-protectedNote-hint = Par exemple : le tribunal a refusé l’extradition. Laissez vide si rien ne protège la personne.
caseStatus-protectedSince = Protégée depuis le
caseStatus-save = Enregistrer la situation

caseClose-close = Clore le dossier
caseClose-reopen = Rouvrir le dossier
caseClose-closedNote = Ce dossier est clos : il n’est pas dans la liste principale. Tout y est conservé ; rouvrez-le pour le faire revenir.
caseClose-showClosed = Afficher les dossiers clos
caseClose-showOpen = Afficher les dossiers ouverts
caseClose-closedTitle = Dossiers clos
caseClose-noneClosed = Aucun dossier clos.
caseClose-delete = Supprimer le dossier…
caseClose-delete-title = Supprimer le dossier de { $name } ?
caseClose-delete-intro = Ceci retire de ce coffre, définitivement :
caseClose-delete-case = le dossier lui-même : les informations sur la personne, les notes et la liste de contrôle
caseClose-delete-evidence = fichiers de pièces : { $n } ({ $size }), retirés du dossier du coffre
caseClose-delete-filings = requêtes : { $n }
caseClose-delete-alerts = notices : { $n }
caseClose-delete-events = événements : { $n }
caseClose-delete-untouched = Les sauvegardes, les copies synchronisées du dossier du coffre et les fichiers que vous avez exportés ne sont pas touchés : supprimez-les vous-même.
caseClose-delete-history = son historique des modifications, avec la chaîne de conservation des pièces : tout ce qui a été saisi dans ce dossier
caseClose-delete-trace = L’historique garde une ligne indiquant qu’un dossier a été supprimé, avec ces nombres et rien d’autre : aucun nom, aucun détail.
caseClose-delete-closeInstead = Pour tout garder mais retirer le dossier de la liste, clôturez-le plutôt.
caseClose-delete-go = Supprimer le dossier et ses fichiers
caseClose-delete-cancel = Annuler
caseClose-deleted = { $n ->
        [one] Le dossier a été supprimé, avec { $n } fichier de pièce.
       *[other] Le dossier a été supprimé, avec { $n } fichiers de pièces.
    }
caseClose-deleted-filesLeft = { $n ->
        [one] { $n } fichier de pièce n’a pas pu être retiré du dossier du coffre : une vérification du coffre le signale.
       *[other] { $n } fichiers de pièces n’ont pas pu être retirés du dossier du coffre : une vérification du coffre les signale.
    }

error-detail = Le message complet (pour un signalement)

language-title = Langue
language-label = Langue de l’application
language-help = Enregistrée dans le coffre et mémorisée sur cet appareil : l’écran de déverrouillage s’ouvre dans la dernière langue utilisée ici. La langue d’une requête se choisit avec la requête.
language-unreviewed = Traduit par l’équipe Habeas ; pas encore relu par un juriste de langue maternelle.
review-unreviewed = Les textes qu’Habeas rédige pour cette requête en { $language } (intitulés, parties fixes, paragraphes de la bibliothèque) ont été traduits par l’équipe Habeas et ne sont pas tous relus par un juriste de langue maternelle ({ $reviewed } sur { $total } relus). Lisez-les tous avant de déposer ou d’envoyer.

## Restaurer une sauvegarde (écran de déverrouillage, issue 19.2)
restore-start = Restaurer une sauvegarde
restore-title = Restaurer une sauvegarde
restore-intro = Une sauvegarde contient tout le coffre tel qu'il était au moment où elle a été faite. Elle s'ouvre avec la phrase secrète ou la clé de récupération qu'avait alors le coffre.
restore-neverOverwrites = La restauration se fait dans un nouveau dossier vide. Elle n'écrit jamais par-dessus un coffre et ne modifie pas la sauvegarde.
restore-step-backup = 1. Le dossier de sauvegarde
restore-backup-label = Dossier de sauvegarde
restore-backup-choose = Choisir…
restore-backup-dialogTitle = Choisissez le dossier dans lequel vous avez sauvegardé
restore-backup-read = Afficher ses sauvegardes
restore-backup-hint = Le dossier choisi lors de la sauvegarde (sur une clé USB, un dossier synchronisé ou un partage réseau). Il contient un fichier nommé habeas-backup.json.
restore-generations-none = Ce dossier ne contient encore aucune sauvegarde terminée. Choisissez un autre dossier, ou sauvegardez à nouveau depuis le coffre.
restore-step-generation = 2. Quelle sauvegarde
restore-generations-holds = Chaque sauvegarde contient tous les dossiers, fichiers de preuve et entrées d'historique du coffre à ce moment-là. La liste des dossiers est chiffrée : elle s'affiche une fois la sauvegarde ouverte par la restauration.
restore-generations-madeAt = Faite le { $when }
restore-generations-newest = (la plus récente)
restore-generations-olderSecret = Faite avant le changement de la phrase secrète ou de la clé de récupération : elle ne s'ouvre qu'avec l'ancienne.
restore-step-target = 3. Un nouveau dossier pour le coffre restauré
restore-target-label = Restaurer dans
restore-target-choose = Choisir…
restore-target-dialogTitle = Choisissez un nouveau dossier vide pour le coffre restauré
restore-target-hint = Un dossier qui n'existe pas encore, ou un dossier vide, hors du dossier de sauvegarde. S'il contient quoi que ce soit, Habeas refuse et ne modifie rien.
restore-step-secret = 4. Le secret de l'époque
restore-secret-kind = Ouvrir la sauvegarde avec
restore-secret-passphrase = La phrase secrète
restore-secret-recoveryKey = La clé de récupération
restore-secret-passphraseLabel = Phrase secrète
restore-secret-recoveryKeyLabel = Clé de récupération
restore-secret-hint = Celle qu'avait le coffre le { $when }, quand cette sauvegarde a été faite. Si vous l'avez changée depuis, utilisez l'ancienne.
restore-run = Restaurer
restore-cancel = Annuler la restauration
restore-progress-label = Avancement de la restauration
restore-progress-starting = Ouverture de la sauvegarde et vérification des clés et de l'index…
restore-progress-files = Copie et vérification du fichier de preuve { $done } sur { $total }…
restore-done-title = Restauré
restore-done-what = Depuis la sauvegarde faite le { $when } : dossiers { $cases }, fichiers de preuve { $files } (chacun vérifié par son empreinte).
restore-done-folder = Le coffre restauré se trouve dans { $folder }.
restore-done-nextPassphrase = Ouvrez-le avec la phrase secrète que vous venez d'utiliser. Votre autre coffre, s'il existe, n'a pas changé.
restore-done-nextRecoveryKey = Ouvrez-le avec la clé de récupération que vous venez d'utiliser, puis choisissez-lui une nouvelle phrase secrète.
restore-done-open = Ouvrir le coffre restauré
restore-back = Retour au déverrouillage d'un coffre
restore-advice-notEmpty = Choisissez un dossier qui n'existe pas encore (tapez un nouveau nom), ou un dossier vide. Rien n'a été restauré ni modifié.
restore-advice-secretOfItsTime = Utilisez la phrase secrète ou la clé de récupération telle qu'elle était quand cette sauvegarde a été faite, pas une plus récente. Rien n'a été restauré.
restore-advice-olderSecret = Cette sauvegarde a été faite avant le changement de la phrase secrète ou de la clé de récupération : saisissez l'ancienne. Rien n'a été restauré.
restore-advice-notABackup = Choisissez le dossier dans lequel vous avez sauvegardé, pas un dossier de coffre ni un dossier à l'intérieur de la sauvegarde. Rien n'a été modifié.
restore-advice-gone = Rebranchez le support (ou reconnectez le partage), attendez qu'il apparaisse, puis choisissez de nouveau le dossier. Rien n'a été restauré ; la sauvegarde n'a pas changé.
restore-advice-damaged = Cette sauvegarde est endommagée. Essayez une sauvegarde plus ancienne de la liste, ou un autre dossier de sauvegarde. Rien n'a été restauré ; la sauvegarde n'a pas changé.
restore-advice-cancelled = Rien n'a été restauré et aucun dossier n'a été laissé. Vous pouvez recommencer à tout moment.
travelMode-open = Mode voyage
travelMode-title = Mode voyage : retirer des dossiers de cet appareil
travelMode-intro = Avant un passage de frontière, vous pouvez retirer des dossiers de cet ordinateur pour qu'il ne les contienne pas pendant le voyage. Ils attendent dans une sauvegarde, et en reviennent ensuite.
travelMode-backupFirst = D'abord, Habeas fait une nouvelle sauvegarde dans le dossier que vous choisissez, la relit et vérifie qu'elle contient chaque dossier et chaque fichier de preuve. Ce n'est qu'ensuite que les dossiers sont supprimés de cet appareil. Si la sauvegarde ne peut pas être faite ou vérifiée, rien n'est supprimé.
travelMode-which-title = Quels dossiers
travelMode-which-every = Tous les dossiers
travelMode-which-some = Seulement les dossiers que je choisis
travelMode-which-list = Dossiers à retirer de cet appareil
travelMode-folder-title = Où va la sauvegarde
travelMode-folder-label = Dossier de sauvegarde
travelMode-folder-choose = Choisir…
travelMode-folder-dialogTitle = Choisissez le dossier de sauvegarde du mode voyage
travelMode-folder-hint = Gardez-le à part de cet appareil : une clé USB qui voyage séparément, ou un dossier synchronisé ou réseau accessible depuis l'étranger. Il vous faudra ce dossier, et la phrase secrète d'aujourd'hui, pour ramener les dossiers.
travelMode-leave-every = Sauvegarder, vérifier et retirer tous les dossiers de cet appareil
travelMode-leave-some = { $cases ->
        [one] Sauvegarder, vérifier et retirer un dossier de cet appareil
       *[other] Sauvegarder, vérifier et retirer { $cases } dossiers de cet appareil
    }
travelMode-progress-label = Avancement du mode voyage
travelMode-progress-starting = Sauvegarde et vérification des clés et de l'index…
travelMode-progress-files = Fichier de preuve { $done } sur { $total }…
travelMode-cancel = Annuler
travelMode-close = Fermer
travelMode-left-what = Terminé. Dossiers retirés : { $cases } ; fichiers de preuve supprimés : { $files }. La sauvegarde faite le { $when } dans { $place } les contient, vérifiée.
travelMode-returned-what = De retour sur cet appareil : dossiers { $cases }, fichiers de preuve { $files } (chacun vérifié), entrées d'historique { $entries }.
travelMode-holds-title = Ce que contient maintenant cet appareil
travelMode-holds-device = Dans le coffre de cet ordinateur : dossiers { $cases }, fichiers de preuve { $files }, tous chiffrés.
travelMode-holds-away = Hors de cet appareil : dossiers { $cases }, en attente dans la sauvegarde de { $place }.
travelMode-forensic = Les dossiers retirés sont supprimés du dossier du coffre : leurs données, leur historique et leurs fichiers de preuve n'y sont plus, et ce qui reste est chiffré. Mais supprimer un fichier n'efface pas l'espace disque qu'il occupait : un examen forensique de ce disque peut encore trouver des fragments de fichiers antérieurs (chiffrés, et des copies faites par le système ou d'autres programmes, comme des fichiers ouverts hors de Habeas). Gardez la sauvegarde à part de cet appareil.
travelMode-return-title = Ramener les dossiers
travelMode-return-intro = Connectez la sauvegarde dans laquelle les dossiers sont partis, puis ramenez-les. Chaque fichier de preuve est vérifié à la copie ; leur historique revient avec eux, et une ligne consigne le retour.
travelMode-return-go = Ramener les dossiers
travelMode-away-notice = { $cases ->
        [one] Un dossier est hors de cet appareil depuis le { $when }. Il attend dans la sauvegarde de { $place }.
       *[other] { $cases } dossiers sont hors de cet appareil depuis le { $when }. Ils attendent dans la sauvegarde de { $place }.
    }
travelMode-away-return = Les ramener
# legal: the argument library in the filing's language (issue 17.2)
legal-library-otherLanguage = La bibliothèque est affichée dans la langue de la dernière sauvegarde de cette requête. Enregistrez la requête pour voir ses paragraphes en { $language }.
# share- (issue 19.4: sharing a case with co-counsel)
share-open = Partager avec un confrère…
share-title = Partager ce dossier avec un confrère
share-explain = Habeas écrit le dossier, avec les pièces et les requêtes cochées, dans un seul fichier que seul le coffre de votre contact peut ouvrir, signé par votre coffre pour qu’il puisse vérifier qu’il vient de vous. Envoyez le fichier par le moyen de votre choix : sans son coffre, il ne révèle rien.
share-evidence = Pièces à inclure : { $n } ({ $size })
share-evidence-none = Ce dossier n’a aucune pièce.
share-filings = Requêtes à inclure : { $n }
share-filings-none = Ce dossier n’a aucune requête.
share-filings-blocked = annexe des pièces non cochées : cochez-les pour inclure cette requête
share-to = Partager avec
share-to-contact = Contact
share-to-fingerprint = Son empreinte. Avant d’envoyer le fichier, appelez-le et faites-lui lire l’empreinte affichée dans ses Réglages → Partage : chaque chiffre doit correspondre.
share-to-noContacts = Vous n’avez encore aucun contact. Ajoutez la personne avec qui vous partagez : collez l’identité de partage qu’elle vous a envoyée.
share-to-add = Ajouter un contact…
share-to-identity = Son identité de partage (habeas1-…), telle qu’elle l’a envoyée
share-to-addExplain = Une fois ajoutée, son empreinte s’affiche ici : comparez-la avec elle par téléphone avant de partager.
share-progress = Écriture du fichier partagé : { $percent } %
share-stop = Arrêter
share-cancel = Annuler
share-go = Enregistrer le fichier partagé…
share-close = Fermer
share-notContact = une clé absente de vos contacts
share-done = Partagé avec { $name } dans le fichier { $file } : le dossier, pièces : { $evidence }, requêtes : { $filings }. Envoyez-lui ce fichier.
share-done-fingerprint = Son empreinte :
share-done-custody = L’historique du dossier et la chaîne de conservation de chaque pièce partagée indiquent désormais ce partage.
share-receive-open = Recevoir un dossier partagé…
share-receive-title = Recevoir un dossier partagé
share-receive-from = De : { $name }
share-receive-fingerprint = Empreinte de la clé qui l’a signé :
share-receive-unknown = Clé inconnue : ce fichier a été signé par une clé que vous n’avez pas nommée dans vos contacts.
share-receive-unknownExplain = Ne le recevez pas encore. Appelez la personne dont vous l’attendez, à un numéro que vous connaissez déjà, et faites-lui lire l’empreinte de ses Réglages → Partage. Recevez-le seulement si chaque chiffre correspond ; sinon fermez cette fenêtre. Rien n’a été modifié dans votre coffre.
share-receive-compared = J’ai appelé l’expéditeur et chaque chiffre de cette empreinte correspond à ce qu’il m’a lu
share-receive-holds = Le dossier de { $name }, partagé le { $when }. Pièces : { $evidence } ; requêtes : { $filings }.
share-receive-update = Ceci met à jour votre copie de ce dossier. Ce qui a changé :
share-receive-noChange = Rien n’a changé depuis la dernière réception.
share-receive-localEdits = { $n ->
        [one] Cela remplacerait une modification faite dans votre coffre depuis la dernière réception :
       *[other] Cela remplacerait { $n } modifications faites dans votre coffre depuis la dernière réception :
    }
share-receive-replace = Remplacer mes modifications par celles de l’expéditeur (les miennes restent dans l’historique du dossier)
share-receive-go = Recevoir le dossier
share-receive-goUpdate = Recevoir la mise à jour
share-what-case = le dossier
share-what-alert = une notice
share-what-event = un événement
share-what-evidence = une pièce
share-what-filing = une requête
share-change-added = Ajouté : { $what }
share-change-changed = Modifié : { $what } ({ $fields })
share-change-removed = Retiré par l’expéditeur : { $what }
share-revoked-contact = révoquée par son titulaire le { $date } : les fichiers signés par cette clé sont refusés
share-revoke-title = Si votre clé de partage est peut-être compromise
share-revoke-explain = Si cet appareil ou une copie de votre coffre est peut-être entre d’autres mains, créez une nouvelle identité de partage. Habeas écrit une déclaration, signée par votre ancienne clé, qui demande à vos contacts de refuser désormais les fichiers signés par elle. Les fichiers partagés avec votre ancienne identité ne s’ouvriront plus ici : redemandez-les.
share-revoke-open = Ma clé de partage est peut-être compromise…
share-revoke-confirm = Créer maintenant une nouvelle identité de partage ? L’ancienne cesse aussitôt de fonctionner ici. Envoyez la déclaration qui suit à chaque contact, puis lisez-lui votre nouvelle empreinte par téléphone.
share-revoke-go = Créer une nouvelle identité et révoquer l’ancienne
share-revoke-done = Votre ancienne identité de partage est révoquée depuis le { $date }. Votre nouvelle identité et son empreinte sont affichées plus haut.
share-revoke-statement = La déclaration de révocation : envoyez-la en entier à chaque contact.
share-revocation-title = Un contact a révoqué sa clé
share-revocation-label = Collez la déclaration de révocation qu’il vous a envoyée
share-revocation-go = Importer la déclaration
share-revocation-done = La clé de { $name } a été révoquée par son titulaire le { $date } : les fichiers signés par elle sont désormais refusés. Sa nouvelle identité a l’empreinte { $fingerprint } : ajoutez-la comme contact seulement après qu’il vous a lu cette empreinte par téléphone.
# travel2: trips on the timeline, the reminder's reasons, notes on countries (issue 18)
travel2-timeline-trip = Voyage : { $label }
travel2-timeline-checkAgain = à vérifier de nouveau
travel2-timeline-leg = { $date } : { $from } vers { $to }
travel2-timeline-legend = Voyage (chaque jour de trajet marqué)
travel2-reminder-text = { $label } part le { $date }. Relancez la vérification avant de voyager.
travel2-reminder-changed = Ce qui a changé depuis la dernière vérification :
travel2-notes-title = Vos notes sur la pratique des pays
travel2-notes-intro = Ce que vous savez de la façon dont un pays traite les alertes (arrestations sur Diffusion, expulsions), et d’où vous le savez. La vérification montre chaque note comme votre propre note, non comme une source.
travel2-notes-country = Pays de la note { $n }
travel2-notes-text = Votre note { $n }
travel2-notes-add = Ajouter une note
travel2-notes-remove = Supprimer la note { $n }
travel2-notes-incomplete = Chaque note doit avoir son pays et un texte.
## Lettres : la langue de la lettre (issue 17.4) et celle de la feuille « si je suis détenu » (issue 18.3)
letters-language = Langue de la lettre
letters-unreviewed = Les lettres en { $language } ont été traduites par l’équipe Habeas et ne sont pas relues par un juriste de langue maternelle ({ $reviewed } textes relus sur { $total }). Lisez la lettre avant de l’utiliser ; la version anglaise fait référence.
letters-sheet-languages = La feuille « Si je suis détenu(e) » est en anglais et dans la langue du pays choisi ci-dessus, si Habeas l’a ; sinon en anglais et dans la langue choisie ici.
# case-needed: a deadline Habeas cannot date leads the case (texts2)
case-needed-title = Une échéance qu’Habeas ne peut pas encore calculer
case-needed-more = { $count ->
        [one] Une autre date est aussi nécessaire.
       *[other] { $count } autres dates sont aussi nécessaires.
    }
case-needed-open = Voir ce qu’il faut indiquer
case-needed-next = Aucune échéance ne peut être affichée tant que la date ci-dessus n’est pas connue : c’est peut-être la plus urgente de ce dossier.
# devices: the devices that save to this vault (issue 20.3)
devices-title = Appareils qui enregistrent dans ce coffre
devices-intro = Quand ce dossier de coffre est synchronisé entre plusieurs ordinateurs (Syncthing, Nextcloud, un lecteur partagé), chaque ordinateur qui y enregistre apparaît ici.
devices-thisDevice = { $name } (cet appareil)
devices-unnamed = Nom pas encore reçu
devices-id = identifiant { $id }
devices-saves = { $saves ->
        [one] Un enregistrement, fait le { $when }.
       *[other] { $saves } enregistrements, le dernier fait le { $when }.
    }
devices-noSaves = Aucun enregistrement pour l’instant.
devices-seen = Ses dernières modifications sont arrivées sur cet appareil le { $when }.
devices-notSeen = Ses modifications ne sont pas encore arrivées sur cet appareil.
devices-unknownTime = à une date non enregistrée
