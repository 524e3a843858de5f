# The words around the content of every PDF: headings, stamps, index, packet cover, certificate, recovery sheet (locales/README.md).

## Every PDF's footer.
pdf-page-of = Page { $n } sur { $m }

## A filing's documents (core/src/filing/pdf.rs), in the filing's language.
pdf-filing-ccf = Commission de contrôle des fichiers d'INTERPOL (CCF)
pdf-filing-portal = Déposée via le portail en ligne de la CCF
pdf-filing-kind-access = Demande d'accès aux données
pdf-filing-kind-correction = Demande de rectification de données
pdf-filing-kind-deletion = Demande d'effacement de données
pdf-filing-kind-correction-and-deletion = Demande de rectification et d'effacement de données
pdf-filing-kind-revision = Demande de révision d'une décision
pdf-filing-applicant = Demandeur
pdf-filing-submitted-by = Déposée par
pdf-filing-in-person = Le demandeur lui-même
pdf-filing-by-entity = L'entité, par la personne qui la représente (ci-dessus)
pdf-filing-by-guardian = Le parent ou tuteur nommé ci-dessus, pour le mineur
pdf-filing-name = Nom
pdf-filing-birth = Date de naissance
pdf-filing-birth-place = Lieu de naissance
pdf-filing-nationality = Nationalité
pdf-filing-guardian = Parent ou tuteur agissant pour le mineur
pdf-filing-registration = Numéro d'immatriculation
pdf-filing-registered-on = Date de constitution ou d'immatriculation
pdf-filing-office = Siège social
pdf-filing-represented-by = Représentée par
pdf-filing-authority = Pouvoir de représentation
pdf-filing-property = Bien concerné
pdf-filing-data = Données concernées
pdf-filing-learned = Comment le demandeur en a eu connaissance
pdf-filing-facts = Exposé des faits
pdf-filing-grounds = Moyens
pdf-filing-sources = Sources : { $list }.
pdf-filing-to-check = { $citation } [à vérifier avant le dépôt : { $level }]
pdf-filing-secondary = lu seulement dans une source secondaire
pdf-filing-unverified = non vérifié
pdf-filing-outcome = Demande
pdf-filing-confidential = Informations confidentielles (Statut de la CCF, art. 20)
pdf-filing-revision = La décision et le fait nouveau
pdf-filing-decision = Décision
pdf-filing-new-fact = Fait nouveau
pdf-filing-discovered = Découvert le
pdf-filing-annexes = Annexes
pdf-filing-index = Bordereau des annexes
pdf-filing-index-row = Date : { $date } · Pages : { $pages }
pdf-filing-no-date = —
pdf-filing-title = Intitulé
pdf-filing-type = Type
pdf-filing-bytes = Taille en octets
pdf-filing-date = Date
pdf-filing-signature = Signature
pdf-filing-place = Lieu
pdf-filing-packet = Dossier de la demande
pdf-filing-contents = Sommaire
pdf-filing-not-pdf = Cette annexe est un fichier qui ne peut pas être présenté comme une page. Elle est identifiée ici par son nom, son type, sa taille et son empreinte SHA-256, et fournie séparément.

## The evidence custody certificate (core/src/evidence/certificate.rs), in the user's language.
pdf-certificate-title = Certificat de conservation des pièces
pdf-certificate-footer = Habeas — certificat de conservation des pièces
pdf-certificate-subject = Chaîne de conservation { $count ->
        [one] de { $count } pièce
       *[other] de { $count } pièces
    }
pdf-certificate-intro = Ce certificat décrit { $count ->
        [one] { $count } pièce conservée
       *[other] { $count } pièces conservées
    } dans un coffre Habeas chiffré : l'empreinte SHA-256 de chaque fichier, calculée lors de son import, les informations enregistrées à son sujet et chaque événement de sa chaîne de conservation (import, consultation, export, modification, mise en annexe, suppression). Établi le { $made } par { $program }.
pdf-certificate-chain-intact = Intégrité du journal : chaque entrée du journal d'audit du coffre a été vérifiée lors de l'établissement de ce certificat ; la chaîne d'empreintes est intacte : aucune entrée ci-dessous n'a été supprimée, déplacée ou modifiée sans que toutes les entrées suivantes aient aussi été réécrites. La chaîne n'est pas signée : qui détient le coffre pourrait la réécrire entièrement. Pour la fixer dans le temps, faites horodater la tête de chaîne ci-dessous hors du coffre (un notaire, un service d'horodatage de confiance) au moment où ce certificat est établi.
pdf-certificate-chain-broken = ATTENTION : le journal d'audit du coffre ne s'enchaîne pas à l'entrée { $seq }. Les entrées à partir de celle-ci ont pu être modifiées ou supprimées. Ne vous fiez pas à ce certificat avant que le coffre ait été vérifié.
pdf-certificate-chain-head = Tête de chaîne
pdf-certificate-chain-head-value = entrée { $seq }, SHA-256 { $hash }
pdf-certificate-items = Pièces
pdf-certificate-check = Vérifier un fichier soi-même
pdf-certificate-check-how = L'empreinte SHA-256 identifie le contenu exact d'un fichier : modifier un seul octet donne une empreinte entièrement différente. Pour vérifier qu'une copie d'un fichier est bien celle décrite ici, calculez son empreinte avec un outil standard et comparez les 64 caractères avec le SHA-256 ci-dessus.
pdf-certificate-file = FICHIER
pdf-certificate-check-case = Windows affiche l'empreinte en majuscules : comparez sans tenir compte de la casse. Une copie exportée depuis Habeas est vérifiée contre cette empreinte pendant son écriture.
pdf-certificate-limits = Ce que ce certificat ne prouve pas : d'où venait un fichier avant son import (voir « Source »), ni que son contenu est vrai. Le journal est tenu par l'exemplaire de Habeas du détenteur du coffre ; il enregistre le traitement qu'il a fait des fichiers et n'est pas l'attestation d'un tiers.
pdf-certificate-certified-by = Certifié par
pdf-certificate-name = Nom
pdf-certificate-date-place = Date et lieu
pdf-certificate-signature = Signature
pdf-certificate-item = Pièce { $n } : { $name }
pdf-certificate-size = Taille
pdf-certificate-type = Type
pdf-certificate-category = Catégorie
pdf-certificate-imported = Importée le
pdf-certificate-file-modified = Dernière modification du fichier
pdf-certificate-document-date = Date du document
pdf-certificate-source = Source
pdf-certificate-language = Langue
pdf-certificate-description = Description
pdf-certificate-translator = Traducteur
pdf-certificate-translation-of = Traduction de
pdf-certificate-habeas-id = Identifiant Habeas
pdf-certificate-status = État
pdf-certificate-deleted = Supprimée le { $when } : le fichier n'est plus dans le coffre ; sa fiche et son journal sont conservés.
pdf-certificate-custody = Chaîne de conservation
pdf-certificate-log-entry = Entrée { $seq } du journal, empreinte de chaîne :
pdf-certificate-no-events = Aucun événement de conservation n'est enregistré pour cette pièce.
pdf-certificate-bytes = { $count ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }
pdf-certificate-kilobytes = { $value } ko
pdf-certificate-megabytes = { $value } Mo
pdf-certificate-gigabytes = { $value } Go
pdf-certificate-empty = (vide)
pdf-certificate-none = (aucun)
pdf-certificate-details = les informations
pdf-certificate-event-import = Import de « { $name } » ({ $size }), SHA-256 { $sha256 }, type { $type }.
pdf-certificate-event-import-source = Source : { $source }.
pdf-certificate-event-view = Ouverte pour consultation dans Habeas (déchiffrée en mémoire seulement).
pdf-certificate-event-export = Une copie déchiffrée a été exportée vers { $to } ; son SHA-256 a été vérifié pendant l'écriture.
pdf-certificate-event-export-failed = L'exportation vers { $to } enregistrée ci-dessus n'a pas abouti : aucune copie n'y a été laissée.
pdf-certificate-event-update = { $field } modifié de « { $old } » en « { $new } ».
pdf-certificate-event-delete = Supprimée : le fichier a été retiré du coffre ; cette fiche a été conservée.
pdf-certificate-event-certificate = Un certificat de conservation a été établi.
pdf-certificate-event-annex = Jointe à une demande comme { $label }.
pdf-certificate-event-unannex = Retirée des annexes d'une demande.
pdf-certificate-event-filed = Exportée comme annexe { $label } d'une demande ({ $as }) vers { $to }.
pdf-certificate-event-filed-copy = Placée sous forme de copie sans métadonnées, SHA-256 { $sha256 }.
pdf-certificate-event-derive = Une copie a été faite pour l'export ({ $what }) : pièce { $copy }, SHA-256 { $sha256 }. Ce fichier est inchangé.
pdf-certificate-event-derived = Faite par Habeas à partir de la pièce { $from } (SHA-256 { $fromsha }) : { $what }. SHA-256 de cette copie { $sha256 }.
pdf-certificate-event-other = { $action }.

## The recovery sheet (core/src/vault/recovery.rs), in the user's language.
pdf-recovery-title = Fiche de récupération Habeas
pdf-recovery-footer = Habeas — fiche de récupération — à garder secrète
pdf-recovery-subject = Clé de récupération d'un coffre Habeas
pdf-recovery-intro = Cette clé ouvre votre coffre Habeas si vous oubliez votre phrase secrète. Quiconque possède cette fiche et une copie du dossier de votre coffre peut lire tout son contenu : gardez-la en lieu sûr, loin de votre ordinateur et de son sac (un tiroir fermé à clé, une personne de confiance).
pdf-recovery-vault = Coffre
pdf-recovery-printed = Imprimée le
pdf-recovery-open = Ouvrir le coffre avec cette clé
pdf-recovery-in-habeas = Dans Habeas : sur l'écran de déverrouillage, choisissez « Utilisez la clé de récupération », tapez la clé (les tirets sont facultatifs ; 0 et O, 1 et I comptent pour le même signe), puis choisissez une nouvelle phrase secrète. La clé reste valable ensuite.
pdf-recovery-without-habeas = Sans Habeas, avec l'outil standard age, dans le dossier du coffre : lancez les deux commandes ci-dessous, en tapant la clé exactement comme elle est imprimée plus haut, tirets compris, quand la première la demande. La seconde affiche l'identité du coffre, qui ouvre tous ses autres fichiers (docs/vault-format.md les décrit un par un). Supprimez ensuite slot.txt. Dans un coffre sans keys/identity.age (format 1), la première commande donne à elle seule l'identité.
pdf-recovery-lost = Si cette fiche est perdue ou vue par quelqu'un d'autre
pdf-recovery-lost-how = Ouvrez le coffre et créez une nouvelle clé de récupération (Paramètres), puis changez la phrase secrète : une fois la nouvelle clé confirmée, la clé de cette fiche n'ouvre plus rien de ce qui est enregistré ensuite. Elle ouvre toujours toute copie du dossier du coffre faite auparavant (une sauvegarde, une copie synchronisée), telle qu'elle était alors : cela ne peut pas être retiré. Un coffre sans keys/identity.age (format 1) garde son identité : dans ce cas, créez un nouveau coffre et déplacez-y les dossiers.
pdf-recovery-in-clear = Ce fichier PDF contient la clé en clair. Imprimez-le, puis supprimez le fichier et videz la corbeille.
