# The travel check's reasons and the travel brief (locales/README.md).

## Levels (there is no "safe": the lowest says only that nothing recorded points there)
travel-level-not-safe-lower = Plus faible, pas sûr
travel-level-raised = Accru
travel-level-high = Élevé
travel-level-highest = Le plus élevé

## Why a country has its level
travel-why-issuing = Ce pays a émis une alerte contre vous.
travel-why-feared = C’est l’État contre lequel porte votre protection.
travel-why-high = Une alerte active qui peut demander votre arrestation atteint ce pays.
travel-why-raised-protected = Une alerte active qui peut demander votre arrestation atteint ce pays, mais une décision enregistrée dans votre dossier peut vous y protéger.
travel-why-raised = Un élément enregistré désigne ce pays (une alerte, un traité avec l’État émetteur, ou votre note), mais aucune alerte active enregistrée ne lui demande de vous arrêter.
travel-why-lower = Rien dans votre dossier ne désigne ce pays. Ce n’est pas une sécurité.
travel-trip-why = Le voyage est aussi risqué que son pays le plus risqué : { $countries } ({ $level }).
travel-trip-why-lower = Rien d’enregistré ne désigne un pays de ce voyage. Ce n’est pas une sécurité.
travel-caution = Aucun niveau ne signifie « sûr ». Habeas ne connaît que les alertes enregistrées dans ce dossier ; une alerte que vous ignorez, ou introuvable publiquement, peut exister. Consultez un avocat avant de voyager.
travel-reason-transit = Vous ne faites que passer, mais un transit est contrôlé comme un séjour.

## What to carry
travel-carry-refugee-what = Votre titre de voyage pour réfugié et la décision vous reconnaissant le statut de réfugié
travel-carry-refugee-why = La politique sur les réfugiés s’applique dès qu’un pays membre a confirmé votre statut ; ne voyagez pas avec le passeport de l’État que vous avez fui et ne le renouvelez pas.
travel-carry-removed-what = La décision de la CCF ou la lettre d’INTERPOL indiquant que l’alerte a été supprimée
travel-carry-removed-why = Des bases de données nationales peuvent encore garder une copie d’une alerte supprimée.
travel-carry-judgment-what = Le jugement définitif sur les mêmes faits, avec une traduction
travel-carry-judgment-why = Il peut faire obstacle à une arrestation provisoire dans un autre État Schengen (ne bis in idem).
travel-carry-sheet-what = La fiche « détenu maintenant » et le numéro de votre avocat, de jour comme de nuit
travel-carry-sheet-why = Si vous êtes arrêté, demandez un avocat et montrez la fiche ; ne consentez pas à une extradition simplifiée sans conseil.

## The travel brief (PDF) and the CLI's text
travel-brief-title = Vérification de voyage
travel-brief-title-named = Vérification de voyage : { $label }
travel-brief-subject = Vérification de voyage : le risque d’arrestation dans chaque pays d’un voyage, avec les sources
travel-brief-checked-on = Vérifié le
travel-brief-trip-level = Niveau du voyage
travel-brief-undated = Sans date
travel-brief-leg = { $from } vers { $to }
travel-brief-leg-through = { $from } vers { $to } via { $transits }
travel-brief-map = Carte
travel-brief-legend = Les niveaux sont indiqués par une couleur, des hachures et une étiquette : le plus élevé (hachures croisées), élevé (lignes diagonales), accru (lignes horizontales), plus faible, pas sûr (uni). Un contour épais marque un État qui a émis une alerte ; un contour en tirets, un destinataire nommé ; une ligne en tirets, un trajet.
travel-brief-country = { $country } : { $level }
travel-brief-there = Sur place
travel-role-departure = départ
travel-role-transit = transit
travel-role-arrival = arrivée
travel-confidence-verified = vérifié
travel-confidence-secondary = source secondaire : à confirmer
travel-confidence-unverified = non vérifié
travel-confidence-entered = saisi par vous, non vérifié par Habeas
travel-brief-confidence = Fiabilité : { $confidence }. Source : { $source }
travel-brief-carry = À emporter
travel-brief-source = Source : { $source }
travel-brief-page = Page { $page } sur { $pages }
travel-cli-trip = Voyage : { $level }.
travel-cli-carry = À emporter :
travel-cli-unchanged = Rien n’a changé depuis la vérification du { $date }.
travel-cli-changed = Changements depuis la vérification du { $date } :
