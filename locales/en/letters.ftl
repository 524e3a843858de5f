# Letters, the "detained now" sheet and the duty-lawyer brief (locales/README.md).
# English, the source language. Read by core/src/filing/letters.rs. Every conditional the code
# makes (a request filed or only drafted, refugee status or a pending claim, a Red Notice or a
# Diffusion) chooses between messages here; a translation keeps each statement exactly as strong
# as the English, no stronger.

## Pieces of sentences

letters-list-comma = {", "}
letters-list-and = { $init } and { $last }
letters-born = born on { $date }
letters-national-of = national of { $countries }
letters-document-number = { $document } no. { $number }
letters-document =
    { $kind ->
        [passport] passport
        [national_id] national identity card
        [refugee_travel_document] refugee travel document
        [residence_permit] residence permit
       *[other] identity document
    }
letters-blank-issuer = [the issuing country]
letters-blank-country = [country]
letters-blank-date = [date]
letters-blank-name = [name]
letters-blank-contact = [name and telephone of the lawyer or representative]
letters-page = Page { $page } of { $pages }

## What the alerts are (INTERPOL, "Red Notices", interpol.int, verified; RPD Art. 1 and 22(6))

letters-alert =
    { $kind ->
        [ncb_message] a message sent directly between National Central Bureaus
        [wanted_diffusion] a wanted-person Diffusion
        [diffusion] a Diffusion
        [red_notice] a Red Notice
        [blue_notice] a Blue Notice
        [yellow_notice] a Yellow Notice
        [green_notice] a Green Notice
        [black_notice] a Black Notice
        [orange_notice] an Orange Notice
        [purple_notice] a Purple Notice
        [silver_notice] a Silver Notice
        [un_special_notice] an INTERPOL–UN Security Council Special Notice
       *[other] an alert
    }
letters-alert-label =
    { $kind ->
        [ncb_message] Direct NCB message
        [diffusion] Diffusion
        [red_notice] Red Notice
        [blue_notice] Blue Notice
        [yellow_notice] Yellow Notice
        [green_notice] Green Notice
        [black_notice] Black Notice
        [orange_notice] Orange Notice
        [purple_notice] Purple Notice
        [silver_notice] Silver Notice
        [un_special_notice] INTERPOL–UN Security Council Special Notice
       *[other] Alert
    }
letters-where =
    { $where ->
        [channels] sent through INTERPOL's channels
       *[files] recorded in INTERPOL's files
    }
letters-subject-bearer = The bearer of this letter, { $name }, is or may be the subject of { $alerts } { $where } at the request of { $issuers }.
letters-subject-self = I am or may be the subject of { $alerts } { $where } at the request of { $issuers }.
letters-nature-red-notice = A Red Notice is not an international arrest warrant. It is a request to law enforcement worldwide to locate a person and provisionally arrest them pending extradition, based on a national warrant; each member country of INTERPOL decides what legal value it gives a Red Notice. (INTERPOL, "Red Notices", interpol.int.)
letters-nature-diffusion = A Diffusion is a request sent directly by one country's National Central Bureau to the countries it chooses. Unlike a Red Notice, it is not reviewed by INTERPOL's General Secretariat before it is sent; it is examined afterwards. (INTERPOL's Rules on the Processing of Data, Art. 1; practitioners' accounts of INTERPOL's review.)
letters-nature-wanted-diffusion = A wanted-person Diffusion is a request to locate and arrest a person, sent directly by one country's National Central Bureau to the countries it chooses. Unlike a Red Notice, it is not reviewed by INTERPOL's General Secretariat before it is sent; it is examined afterwards. (INTERPOL's Rules on the Processing of Data, Art. 1; practitioners' accounts of INTERPOL's review.)
letters-nature-no-arrest = As far as is known, the Diffusion concerning the person does not ask for their arrest.
letters-nature-ncb-message = A message sent directly by one country's National Central Bureau to another through INTERPOL's channels is neither a Notice nor a Diffusion; INTERPOL's General Secretariat does not review its content beforehand. (INTERPOL's Rules on the Processing of Data, Art. 22(6), 2024 text, as practitioners describe it.)

## A request to the CCF: only one recorded as filed, with no decision after it (issue 15, 2.5)

letters-pending =
    { $what ->
        [revision] An application for revision of a decision on these data
        [correction_deletion] A request for correction and deletion of these data
        [deletion] A request for deletion of these data
        [correction] A request for correction of these data
       *[other] A request concerning these data
    } was filed on { $date } with the Commission for the Control of INTERPOL's Files (CCF), the body that decides, with binding effect on INTERPOL, whether data in INTERPOL's files comply with its rules. No decision on it has been received.

## Protection: exactly what was granted or claimed (a pending claim is not refugee status)

letters-when = {" "}on { $date }
letters-feared = {", "}on the ground of a fear of persecution by { $state }
letters-status-refugee = { $name } was recognised as a refugee under the 1951 Convention relating to the Status of Refugees by { $by }{ $when }{ $feared }.
letters-status-subsidiary = { $name } was granted subsidiary protection by { $by }{ $when }{ $feared }.
letters-status-humanitarian = { $name } was granted protection on humanitarian grounds by { $by }{ $when }.
letters-status-unspecified = { $name } was granted international protection by { $by }{ $when } [say whether refugee status or another protection].
letters-status-pending = { $name } applied for asylum in { $by }{ $when }; the application has not yet been decided.
letters-refugee-policy = Under INTERPOL's refugee policy (General Assembly Resolution GA-2017-86-RES-09), once a member country has confirmed a person's refugee status, INTERPOL deletes any Notice or Diffusion concerning that person issued by the country where he or she fears persecution.
letters-issued-by = {" "}issued by { $state }
letters-travel-document = { $name } travels on a refugee travel document{ $issuer }. A refugee cannot be expected to obtain a passport from the state they fled: applying for one can count as re-availing oneself of its protection (1951 Convention relating to the Status of Refugees, Art. 1C(1)).

## Documents carried or enclosed

letters-enclosure-dated = { $title } ({ $date })
letters-category =
    { $category ->
        [identity_document] Identity document
        [power_of_attorney] Power of attorney
        [relationship_proof] Proof of relationship (minor)
        [entity_registration] Registration of an entity
        [authority_to_represent] Authority to represent an entity
        [property_record] Proof of ownership of property
        [court_record] Court record
        [arrest_warrant] Arrest warrant
        [extradition_papers] Extradition papers
        [asylum_decision] Refugee or asylum decision
        [human_rights_report] Human-rights report on the issuing country
        [correspondence_ncb] Correspondence with an NCB
        [correspondence_ccf] Correspondence with the CCF
        [correspondence_authorities] Correspondence with authorities
        [press] Press or media
        [narrative_draft] Narrative draft
        [translation] Translation
       *[other] Other
    }

## Signature

letters-sign-name = Name
letters-sign-date = Date
letters-sign-signature = Signature
letters-any-question = For any question: { $contact }.

## The letter to border and immigration authorities (issue 15, 2.5: the bearer's page first)

letters-border-title = Notice to border and immigration authorities
letters-bearer-heading = For the bearer: read before you use this letter
letters-border-caution = Speak to a lawyer in that country first. Coming forward to border or police authorities can itself lead to an arrest on the alert. Never contact the authorities of the state that issued the alert, or of states that work closely with it.
letters-bearer-remove = This page is for you alone: remove it before you hand the letter over.
letters-bearer-footer = For the bearer: not part of the letter
letters-border-to = To the border and immigration authorities of { $state }
letters-border-heading = Notice concerning an INTERPOL alert
letters-concerning = Concerning
letters-border-enclosures = Documents carried with this letter
letters-border-contact = Before any measure is taken, please contact { $contact }. The bearer is ready to answer any question through them.
letters-border-subject = INTERPOL alert concerning the bearer; addressed to { $state }

## The covering letter to an asylum authority

letters-asylum-title = Covering letter to the asylum authority
letters-asylum-to = To the asylum authority of { $state }
letters-asylum-heading = INTERPOL alerts and the asylum application
letters-applicant = Applicant
letters-asylum-accompanies = This letter accompanies the asylum application of { $name }, who is or may be the subject of { $alerts } { $where } at the request of { $issuers }.
letters-asylum-feared-issuer = The alert comes from { $state }, the state the applicant fears persecution from. INTERPOL's Constitution (Art. 3) forbids it any activity of a political, military, religious or racial character, and INTERPOL examines whether such an element predominates over the ordinary-law offence charged.
letters-asylum-confirmation = The same resolution encourages member countries to send INTERPOL's General Secretariat, or the CCF, confirmation that a person has been granted refugee status. We respectfully ask that, if { $name } is recognised as a refugee, { $state } send that confirmation.
letters-asylum-enclosures = Documents enclosed
letters-asylum-subject = INTERPOL alerts concerning an asylum applicant; addressed to { $state }

## The letter to the CCF for a decision overdue (Statute of the CCF, Art. 40; secondary source)

letters-follow-up-title = Request for the Commission's decision
letters-follow-up-before = Before you send this letter
letters-follow-up-note = Send this letter through the CCF's online portal, with the request it concerns. The time limits it cites (Statute of the CCF, Art. 40: a decision within four months on a request for access, within nine months on a request for correction or deletion, counted from the date the request was found admissible) were read only in a secondary source (legal-status.eu) and could not be checked against the Statute's own text; whether the CCF may extend them is not known. Check them, and fill in the bracketed part, before you send it.
letters-follow-up-alone = This page is for you alone: do not send it with the letter.
letters-sender-footer = For the sender: not part of the letter
letters-ccf-to = To the Commission for the Control of INTERPOL's Files (CCF)
letters-ccf-portal = Through the CCF's online portal
letters-follow-up-step =
    On { $filed }, { $what ->
        [access] a request for access to the data
       *[correction_deletion] a request for correction or deletion of the data
    } concerning { $name } was filed with the Commission. The Commission found it admissible on { $admissible }. Under Article 40 of the Statute of the CCF, the Commission decides on such a request within { $what ->
        [access] four months
       *[correction_deletion] nine months
    } of its admissibility: that period ended on { $due }. No decision on it has been received.
letters-follow-up-ask = { $name } respectfully asks the Commission to give its decision without further delay or, if it cannot, to say why and when it expects to decide. [Say what the delay costs { $name }: a detention, a stop at a border, a refused visa, a closed account.]
letters-follow-up-subject = A decision of the CCF overdue under Art. 40 of its Statute

## The "detained now" sheet (issue 18.3)

letters-detained-title = If I am detained
letters-detained-unreviewed = (Translated from the English above; not yet reviewed by a native-speaking lawyer. The English text prevails.)
letters-i-am = I am
letters-detained-lawyer = I ask for a lawyer and an interpreter before any questioning or hearing, and I will not sign anything I do not understand.
letters-detained-no-consent = I do not consent to my extradition or surrender, nor to any simplified or accelerated procedure.
letters-detained-no-consulate = Do not contact the embassy or consulate of { $state }, and do not give it any information about me: I have sought protection from that state.
letters-sheet-nature =
    { $kind ->
        [red_notice] A Red Notice is not an international arrest warrant: each member country of INTERPOL decides what legal value it gives it. (INTERPOL, "Red Notices", interpol.int.)
        [wanted_diffusion] A wanted-person Diffusion is a message sent directly by one country's police to the countries it chooses; INTERPOL's General Secretariat does not review it before it is sent. (INTERPOL's Rules on the Processing of Data, Art. 1; practitioners' accounts.)
        [no_arrest] As far as is known, the Diffusion concerning me does not ask for my arrest.
        [ncb_message] A message sent directly between two countries' police through INTERPOL's channels is neither a Notice nor a Diffusion; INTERPOL does not review it beforehand. (INTERPOL's Rules on the Processing of Data, Art. 22(6), as practitioners describe it.)
       *[diffusion] A Diffusion is a message sent directly by one country's police to the countries it chooses; INTERPOL's General Secretariat does not review it before it is sent. (INTERPOL's Rules on the Processing of Data, Art. 1; practitioners' accounts.)
    }
letters-sheet-pending =
    { $what ->
        [revision] An application for revision of a decision on these data
        [correction_deletion] A request for correction and deletion of these data
        [deletion] A request for deletion of these data
        [correction] A request for correction of these data
       *[other] A request concerning these data
    } was filed on { $date } with the Commission for the Control of INTERPOL's Files (CCF). No decision on it has been received.
letters-sheet-refugee-policy = INTERPOL's refugee policy (General Assembly Resolution GA-2017-86-RES-09): once a member country has confirmed a person's refugee status, INTERPOL deletes the Notices and Diffusions concerning them issued by the country they fear.
letters-detained-call = Call, day and night
letters-detained-subject = What a person held on an INTERPOL alert asks for, and whom to call

## The brief for the lawyer in custody (issue 18.4)

letters-brief-title = Brief for the lawyer in custody
letters-brief-made = Made on { $date } from the case file kept in Habeas: it states what the file records, nothing more. Check each point with the client and the documents.
letters-brief-client = Client
letters-brief-situation = Situation
letters-situation =
    { $custody ->
        [detained] Detained since { $since }
        [released] Released on { $since }
        [extradited] Extradited on { $since } (set by you)
       *[at_liberty] At liberty (no arrest or detention recorded)
    }
letters-situation-protection =
    { $kind ->
        [refugee_status] refugee status
        [protection_granted] protection granted
       *[against_extradition] protected against extradition
    }
letters-situation-in = { $what } ({ $state })
letters-situation-since = { $what } since { $date }
letters-situation-closed = { $situation } — case closed
letters-brief-alerts = Alerts
letters-brief-no-alert = No alert is recorded.
letters-brief-from = from { $state }
letters-brief-status =
    status: { $status ->
        [suspected] believed to exist
        [confirmed] confirmed
        [challenged] challenged before the CCF
        [deleted] deleted
        [blocked] blocked pending review
        [refused] refused
       *[reissued] issued again
    }
letters-brief-offence = Offence charged: { $offence }
letters-brief-warrant = Warrant: { $warrant }
letters-brief-dates = Dates
letters-brief-no-deadline = No deadline can be worked out from the file.
letters-brief-deadline =
    { $title }: { $due } ({ $state ->
        [open] open
        [met] met
        [late] met late
       *[passed] PASSED, nothing recorded
    }).
letters-brief-basis =
    Basis: { $basis } ({ $confidence ->
        [verified] verified source
        [secondary] read only in a secondary source
        [unverified] not verified
       *[entered_by_you] entered by the user, not checked by Habeas
    }).
letters-brief-ccf = Requests to the CCF
letters-brief-step =
    { $step ->
        [access] Access
        [correction_or_deletion] Correction or deletion
       *[revision] Revision
    }
letters-brief-step-state =
    { $state ->
        [not_asked] not asked
        [drafted] drafted, not filed
        [filed] filed on { $filed }
        [admissible] filed on { $filed }, found admissible on { $admissibility }
        [inadmissible] found inadmissible on { $admissibility }
       *[decided] decided on { $decided }
    }.
letters-brief-overdue = The CCF's time limit for its decision has passed.
letters-brief-grounds = Grounds already written
letters-brief-evidence = Evidence (SHA-256 as imported)
letters-brief-annex = Annex { $label }: { $name }
letters-brief-contact = Contact
letters-brief-subject = The case file, for the lawyer who meets the person in custody
