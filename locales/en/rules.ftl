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
