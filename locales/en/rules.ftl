# Deadline bases and explanations, flags, checklist, admissibility findings (locales/README.md).

## Alert kinds as the rule texts name them (the same words as app.ftl's enum-alertKind-*).
rule-alert-kind-diffusion = Diffusion
rule-alert-kind-red-notice = Red Notice
rule-alert-kind-blue-notice = Blue Notice
rule-alert-kind-yellow-notice = Yellow Notice
rule-alert-kind-green-notice = Green Notice
rule-alert-kind-black-notice = Black Notice
rule-alert-kind-orange-notice = Orange Notice
rule-alert-kind-purple-notice = Purple Notice
rule-alert-kind-silver-notice = Silver Notice
rule-alert-kind-un-special-notice = INTERPOL–UN Security Council Special Notice
rule-alert-kind-ncb-message = Direct message between National Central Bureaus

## Flags (core/src/rules/flags.rs): labels and reasons.
flag-label-refugee = Refugee or asylum seeker
flag-label-refugee-from-issuing-state = Refugee status against the issuing state
flag-label-political-profile = Political opponent, journalist or activist
flag-label-private-dispute = Commercial or private dispute
flag-label-in-absentia = Tried in absentia
flag-label-reissued-after-deletion = Alert re-issued after a deletion
flag-label-diffusion-after-red-notice = Diffusion after a refused or deleted Red Notice
flag-label-country-misuse = Issuing country's record of misuse
flag-set-by-hand = Set by hand.
flag-state-of-refuge = the state of refuge
flag-reason-refugee-from-issuing-state = Refugee status under the 1951 Convention, granted by { $by }, rests on a fear of persecution by { $feared }, which issued an alert: INTERPOL's refugee policy (GA-2017-86-RES-09) deletes that state's notices and diffusions once a member country confirms the status. Ask the CCF to obtain that confirmation from { $by }.
flag-role-political-opponent = political opponent
flag-role-journalist = journalist
flag-role-activist = activist
flag-reason-political-profile = Recorded as { $roles }: Art. 3 of INTERPOL's Constitution forbids political activity.
flag-reason-private-dispute = Recorded as a business dispute: Red Notices may not rest on private disputes (RPD Art. 83, secondary).
flag-reason-in-absentia = An alert rests on a conviction in absentia.
flag-from-country = from { $country }
flag-country-not-recorded = (issuing country not recorded)
flag-the-same-country = The same country
flag-reason-reissued = The { $alert } { $from } was deleted { $by ->
        [ccf] by the CCF
        [secretariat] by INTERPOL's General Secretariat
       *[unknown] (by the CCF or the General Secretariat: not recorded)
    }{ $deleted ->
        [none] {""}
       *[other] {" "}on { $deleted }
    }, then issued again{ $reissued ->
        [none] {""}
       *[other] {" "}on { $reissued }
    }.
flag-reason-diffusion-after-red-notice = { $country } sent a Diffusion{ $dated ->
        [none] {""}
       *[other] {" "}dated { $dated }
    } after its Red Notice was { $end ->
        [refused] refused
       *[deleted] deleted
    } { $by ->
        [ccf] by the CCF
        [secretariat] by INTERPOL's General Secretariat
       *[unknown] (by the CCF or the General Secretariat: not recorded)
    }{ $ended ->
        [none] {""}
       *[other] {" "}on { $ended }
    }.
flag-where = in { $country }
flag-reason-claim-pending = Claim for protection pending{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: not a confirmed refugee status.
flag-reason-asylum-pending = Asylum claim pending{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: not yet a confirmed refugee status.
flag-reason-refugee-granted = Refugee status under the 1951 Convention granted{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }.
flag-reason-subsidiary-granted = Subsidiary protection granted{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: not refugee status, so INTERPOL's refugee policy does not apply as such.
flag-reason-humanitarian-granted = Humanitarian protection granted{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }: not refugee status, so INTERPOL's refugee policy does not apply as such.
flag-reason-protection-granted = Protection granted{ $where ->
        [none] {""}
       *[other] {" "}{ $where }
    }. Record whether it is refugee status under the 1951 Convention: INTERPOL's refugee policy covers refugee status only.

## The action checklist (core/src/rules/checklist.rs): each step's title and how, the cautions,
## and why a step matters for a case's flags. checklist-caution-border and -passport are the
## words of BORDER_CAUTION and PASSPORT_CAUTION (the letters quote those), kept equal by a test.

checklist-ccf-request-title = Ask the CCF for access to the data, or for its deletion
checklist-ccf-request-detail = File through the CCF portal (mandatory since 26 March 2026), one request type per submission (secondary). Access and deletion can be asked at the same time: a deletion request need not wait for the access answer. An access answer may not show everything INTERPOL holds: the CCF discloses data only with the consent of their source (Statute Art. 35, secondary).
checklist-counsel-title = Engage counsel experienced in INTERPOL matters
checklist-counsel-detail = The CCF procedure is written only: the first filing carries the whole case.
checklist-asylum-title = Apply for asylum or refugee status where it applies
checklist-asylum-detail = Once a member country confirms a person's refugee status (1951 Convention), INTERPOL deletes the notices and diffusions of the state the person fears (refugee policy, GA-2017-86-RES-09). A pending claim, subsidiary or humanitarian protection is not enough for the policy.
checklist-notify-borders-title = Notify border authorities before travel
checklist-notify-borders-detail = Carry the CCF correspondence and court decisions; decide with a local lawyer whether to tell the authorities of a country on the route in advance.
checklist-challenge-extradition-title = Challenge extradition in the domestic courts
checklist-challenge-extradition-detail = The CCF does not decide extradition; only the courts of the requested state do. Provisional-arrest windows are short.
checklist-monitor-title = Monitor the status regularly
checklist-monitor-detail = Repeat access requests: a deleted alert can be issued again, and a Diffusion can follow a refused Red Notice.
checklist-advocacy-title = Public advocacy where appropriate
checklist-advocacy-detail = Press and NGO attention can support an Art. 3 argument.
checklist-prevent-issuing-country-title = Act in the issuing country before an alert is issued
checklist-prevent-issuing-country-detail = Challenge the national warrant or case through local counsel where that is safe.
checklist-prevent-monitoring-title = Watch for new alerts
checklist-prevent-monitoring-detail = An access request to the CCF can show whether data are being processed, though the answer may be limited by the source's consent (Statute Art. 35, secondary). Not finding a name among the public Red Notices proves nothing: most notices and all diffusions are not public.
checklist-prevent-inform-borders-title = Inform border authorities in advance
checklist-prevent-inform-borders-detail = With a local lawyer, consider sending the protection decision and the context to the countries the person lives in or travels to.
checklist-caution-border = Speak to a lawyer in that country first. Coming forward to border or police authorities can itself lead to an arrest on the alert. Never contact the authorities of the state that issued the alert, or of states that work closely with it.
checklist-caution-passport = Do not apply to the state you fear for a new passport: renewing it can count as re-availing yourself of its protection and end refugee status (1951 Convention, Art. 1C(1)). Ask the country of refuge for a refugee travel document instead.
checklist-caution-advocacy = Publicity can also harden the issuing state's position or endanger family at home: decide with the person, case by case.
checklist-why-refugee-deletion = Refugee status against the issuing state is the strongest ground for deletion under the refugee policy: ask the CCF to obtain confirmation from the state that granted it.
checklist-why-political-neutrality = A political profile supports an Art. 3 (neutrality) argument.
checklist-why-private-dispute = Private disputes cannot found a Red Notice (RPD Art. 83, secondary).
checklist-why-diffusion-after-red-notice = A Diffusion after a refused Red Notice suggests the channel is being used to get around the review.
checklist-why-record-refugee-status = Record what was granted and which state the person fears: the refugee policy applies to refugee status under the 1951 Convention against the state that issued the alert.
checklist-why-political-protection = A political profile is often the ground for protection too.
checklist-why-travel-document = A refugee travel document does not protect against arrest on an alert in a third country.
checklist-why-in-absentia = Convictions in absentia are a common ground to refuse extradition.
checklist-why-non-refoulement = Non-refoulement bars return to the state the person fears.
checklist-why-reissued = An alert has already come back once after deletion.
checklist-why-country-misuse = The issuing country has a record of misuse.
checklist-why-ngo-support = Journalists' and activists' cases draw NGO support.

## Admissibility findings (core/src/rules/admissibility.rs): what the user should do. The rule
## each finding rests on (its basis and source) is still in English in the code.

admissibility-identity-missing = { $minor ->
        [yes] Annex a copy of the minor's identity document (passport or national identity card): not redacted, with no erasures.
       *[no] Annex a copy of the applicant's identity document (passport or national identity card): not redacted, with no erasures.
    }
admissibility-identity-contents = Confirm that the identity document copy shows the full name, the date of birth and the photograph, legibly.
admissibility-identity-expiry = { $minor ->
        [yes] Record the expiry date of the minor's identity document (Overview tab), so Habeas can check it is still valid.
       *[no] Record the expiry date of the applicant's identity document (Overview tab), so Habeas can check it is still valid.
    }
admissibility-identity-expired = Every identity document recorded for the applicant has expired. Annex a valid one, or explain in a covering note why none can be obtained. A practitioner lists an out-of-date document among the common reasons for inadmissibility.
admissibility-identity-expired-refugee = Every identity document recorded for the applicant has expired. Do not apply to { $feared } for a new passport: for a refugee, renewing it can count as re-availing oneself of that state's protection and end refugee status (1951 Convention, Art. 1C(1)). Annex instead a refugee travel document or residence permit issued by { $refuge }, or explain in a covering note why no valid identity document can be obtained (the only state that could issue a passport is the one the applicant fled).
admissibility-feared-unknown = the state the applicant fled
admissibility-refuge-unknown = the country of refuge
admissibility-minor-guardian = The applicant is a minor: name the parent or guardian who acts for them, and say how they are related.
admissibility-minor-proof = The applicant is a minor: annex a document proving the relationship with the parent or guardian (a birth certificate, a guardianship order), as an evidence item of the category “Proof of relationship”.
admissibility-entity-name = The applicant is an entity: give its full name and its date of incorporation or registration (and its registration number, if it has one).
admissibility-entity-registration = The applicant is an entity: annex an official document showing its full name, date of incorporation or registration and registration number, as an evidence item of the category “Registration of an entity”.
admissibility-entity-signatory = Name the individual who represents the entity in this request.
admissibility-entity-authority = Annex proof that the signatory may represent the entity (a board resolution, an extract naming the directors), as an evidence item of the category “Authority to represent an entity”.
admissibility-property-proof = The request concerns property: annex a document showing that it is the applicant's (a registration certificate, a title), as an evidence item of the category “Proof of ownership of property”.
admissibility-poa-missing = A representative files this request: annex the power of attorney signed by the applicant, and choose it as the power of attorney.
admissibility-poa-unsigned = Confirm that the power of attorney is signed by the applicant.
admissibility-signature-missing = Say who signs the request and date it.
admissibility-signature-future = The date of signature is in the future.
admissibility-annex-language = Annex “{ $name }” is in { $language }: annex a translation into English, French, Spanish or Arabic too (an evidence item marked as its translation).
admissibility-purpose = State the outcome the applicant asks for ({ $kind }): for example, that the data be deleted and all National Central Bureaus informed.
admissibility-revision-fact = Describe the newly discovered fact and the date the applicant learned of it.
admissibility-revision-late = The new fact was discovered on { $date }: more than six months ago, so an application for revision is out of time.
admissibility-revision-future = The date of discovery is in the future.
admissibility-revision-summary = The application runs to about { $pages } pages. Since March 2026 the CCF first asks for a summary of about two pages of the new fact; keep the full arguments for when it invites them.
admissibility-data-identified = { $recorded ->
        [no] Record the alerts in the Alerts tab, then choose the alerts this request concerns, and say how the applicant learned of them; the CCF searches INTERPOL's files with what you give it.
       *[yes] Choose the alerts this request concerns, and say how the applicant learned of them; the CCF searches INTERPOL's files with what you give it.
    }
admissibility-citation-secondary = { $cites } (read only in a secondary source: { $source })
admissibility-citation-unverified = { $cites } (not verified: { $source })
admissibility-citations = Ground { $n } (“{ $title }”) cites { $citations }. Check the number and the wording against the primary text, correct the paragraph if needed, then mark its citations as checked. Until then the request marks them “to be checked”.
admissibility-ground-red-notice = Ground { $n } (“{ $title }”) states a rule for Red Notices, but the request concerns no Red Notice: Red Notice criteria do not govern Diffusions as such. Remove it or rewrite it.
admissibility-ground-diffusion = Ground { $n } (“{ $title }”) is written for a Diffusion, but the request concerns none. Remove it or rewrite it.
admissibility-ground-refugee = Ground { $n } says the applicant has been recognised as a refugee under the 1951 Convention, with a fear of persecution by the state that issued the data. The case does not record that (Overview tab: the protection granted, its kind, and the state feared). Correct the case, or remove the paragraph: a pending claim or another protection has its own wording.
admissibility-part-data = The data concerned
admissibility-part-facts = The summary of facts
admissibility-part-outcome = The outcome requested
admissibility-part-new-fact = The new fact
admissibility-part-ground = Ground { $n }
admissibility-placeholder = { $part } still holds a passage to fill in: “{ $passage }”. Replace it with the facts of the case, or delete it.
