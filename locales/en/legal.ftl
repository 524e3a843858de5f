# Legal texts a user files: the argument library and the request's fixed parts (locales/README.md).
# No Russian legal texts: filings are written in the CCF's languages only (Arabic, English, French, Spanish; domain.md §1.4).
#
# English is the source text. Each paragraph is one line: Fluent keeps the line breaks of a
# multi-line text, and a paragraph is one block in the request. Variables are filled from the
# case by core/src/rules/arguments.rs; a value the case does not have becomes a bracketed blank
# (legal-blank-*). Citations keep the form of the language (legal-cite-*); their confidence is
# the code's (rules/arguments.rs), from /work/shared/domain/.

## Blanks the user completes

legal-blank-applicant = [the applicant]
legal-blank-issuing-state = [the issuing state]
legal-blank-asylum-state = [the state of refuge]
legal-blank-feared-state = [the state the applicant fears persecution from]
legal-blank-state = [state]
legal-blank-date = [date]
legal-blank-authority = [the authority]
legal-blank-court = [court or authority, reference]
legal-blank-provision = [the provision]
# Two states joined in a sentence: "Türkiye and the Russian Federation".
legal-and = { $first } and { $second }

## Dates known only to the month or the year (an alert's date as recorded)

legal-month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## The argument library: titles

legal-arg-title-art3-predominance = Article 3: the request is of a predominantly political character
legal-arg-title-art2-human-rights = Article 2: the proceedings behind the data lack basic guarantees
legal-arg-title-refugee-policy = Refugee status granted against the issuing state
legal-arg-title-asylum-pending = An asylum claim pending against the issuing state
legal-arg-title-rpd-private-dispute = A private or commercial dispute, not a serious ordinary-law crime
legal-arg-title-rpd-penalty-threshold = The penalty threshold for a Red Notice is not met
legal-arg-title-rpd-summary-of-facts = No sufficient summary of facts
legal-arg-title-diffusion-description = The Diffusion does not describe the criminal activity
legal-arg-title-no-valid-warrant = No valid national arrest warrant
legal-arg-title-reissued-after-deletion = Data re-issued after their deletion
legal-arg-title-diffusion-circumvention = A Diffusion used to get round a refused or deleted Red Notice
legal-arg-title-trial-in-absentia = Trial in absentia: the facts that matter
legal-arg-title-ne-bis-in-idem = Ne bis in idem: a final decision on the same acts
legal-arg-title-prescription = Prescription: the prosecution or the penalty is time-barred
legal-arg-title-interim-measures = Interim measures while the request is examined

## The argument library: paragraphs

legal-arg-art3-predominance = Article 3 of INTERPOL's Constitution strictly forbids the Organization to undertake any intervention or activities of a political, military, religious or racial character. Under the predominance test adopted by the General Assembly in 1951 (AGN/20/RES/11), the label the requesting country gives an offence is not decisive: the Commission examines all the facts to decide whether the political element or the ordinary-law element predominates. Here the political element predominates. { $applicant } is known for [describe the political activity, journalism or opposition]; the proceedings in { $issuing_state } began [when, in relation to that activity]; and [describe the context: the status of the persons concerned, the position of other states or courts, the general context]. The data should be deleted as contrary to Article 3.
legal-arg-art2-human-rights = Article 2(a) of INTERPOL's Constitution requires cooperation to take place in the spirit of the Universal Declaration of Human Rights. The proceedings on which the data concerning { $applicant } rest do not meet its basic guarantees. { $due_process } [Annex and cite the evidence of each fact: the judgment, the file, reports on these proceedings.] Data resting on such proceedings are not compatible with Article 2 and should be deleted.
legal-arg-refugee-policy = { $applicant } has been recognised as a refugee under the 1951 Convention relating to the Status of Refugees by { $asylum_state }, on the ground of a well-founded fear of persecution by { $feared_state } { $refugee_decision }. Under INTERPOL's refugee policy (General Assembly Resolution GA-2017-86-RES-09), once a member country has confirmed a person's refugee status, INTERPOL deletes any Notice or Diffusion concerning that person from the country where he or she fears persecution. The applicant asks the Commission to obtain that confirmation from { $asylum_state }, then to delete the data concerning { $applicant } recorded at the request of { $feared_state }, and to inform the National Central Bureaus that received them.
legal-arg-asylum-pending = { $applicant } has applied for asylum in { $asylum_state } on the ground of a fear of persecution by { $feared_state } [give the date and reference of the application, annexed]; the claim has not yet been decided. INTERPOL's refugee policy (General Assembly Resolution GA-2017-86-RES-09) applies once a member country has confirmed a person's refugee status, and the same resolution encourages member countries to inform INTERPOL of the outcome of an asylum application. The applicant will send the Commission the decision as soon as it is made, and asks the Commission meanwhile to take the pending claim into account in examining whether the data comply with Articles 2 and 3 of INTERPOL's Constitution.
legal-arg-rpd-private-dispute = A Red Notice may be published only for a serious ordinary-law crime. The Rules on the Processing of Data exclude offences arising from private disputes and from violations of administrative laws or regulations, unless the criminal activity is aimed at facilitating a serious crime or is suspected of being connected to organised crime. The charges against { $applicant } grow out of [describe the commercial or private dispute: the contract, the partner, the civil proceedings], which [the civil courts are already examining / was settled]. No element suggests organised crime. The data do not meet the criteria and should be deleted.
legal-arg-rpd-penalty-threshold = For a person sought for prosecution, a Red Notice requires conduct punishable by a maximum deprivation of liberty of at least two years or a more serious penalty; for a person sought to serve a sentence, a sentence of at least six months' imprisonment and/or at least six months remaining to be served. [State the maximum penalty under the provision charged, or the sentence and the part remaining.] The threshold is not met, and no exceptional importance to international police cooperation has been shown. The data should be deleted.
legal-arg-rpd-summary-of-facts = A Red Notice must include a summary of facts that clearly describes the criminal activities of the person sought, including the time and place. [Quote or describe what the applicant knows of the data: the charge alone, with no act, date or place attributed to them.] Such data do not allow the Commission, or any member country, to assess the request, and the Commission has deleted notices for this reason. The data should be deleted or, at the least, corrected.
legal-arg-diffusion-description = A Diffusion is subject to the rules that govern all data in INTERPOL's files, and its recipients, like the Commission, must be able to tell what the person is accused of. The Diffusion concerning { $applicant } [say what it contains, as far as the applicant knows: for example the charge alone, with no act, date or place attributed to them]. The Commission has found a Diffusion non-compliant for an insufficient description of the criminal activity. The data should be deleted or, at the least, corrected.
legal-arg-no-valid-warrant = A Red Notice is not an international arrest warrant: it rests on a valid national arrest warrant or judicial decision. The warrant relied on by { $issuing_state } [was annulled on (date) / has expired / was issued by an authority without jurisdiction / cannot be identified], as the annexed documents show. Without a valid warrant the data have no basis and should be deleted.
legal-arg-reissued-after-deletion = { $deletion } { $issuing_state } has since recorded new data [describe: a new notice or diffusion] based on the same facts, without any new element. Data found not to comply with INTERPOL's rules do not become compliant by being recorded again: the new data should be deleted, and { $issuing_state }'s use of INTERPOL's channels in this case examined.
legal-arg-diffusion-circumvention = { $circumvention } Diffusions are sent directly by a National Central Bureau, without the General Secretariat's review before transmission, but they are subject to the same rules as notices: Articles 2 and 3 of the Constitution, INTERPOL's refugee policy and the rules on the quality of data. The ground on which the Red Notice was refused or deleted therefore applies to the Diffusion as well. A Diffusion cannot achieve what a Red Notice was refused for: it should be deleted on the same ground, and the recipient countries informed.
legal-arg-trial-in-absentia = { $applicant } was tried in absentia. { $absentia_facts } A conviction reached in those conditions was not reached at a fair and public hearing (Universal Declaration of Human Rights, Article 10) or at a public trial with the guarantees necessary for the defence (Article 11(1)); data resting on it are not compatible with Article 2(a) of INTERPOL's Constitution and should be deleted.
legal-arg-ne-bis-in-idem = { $final_decision } The data concerning { $applicant } rest on the same acts [show that the acts are the same: dates, places, persons, amounts; if the decision was a conviction, show that the penalty has been enforced, is being enforced or can no longer be enforced]. A person whose trial has been finally disposed of may not be prosecuted again for the same acts. Where the final decision was given in a Member State of the European Union or a state party to the Schengen Agreement, the Court of Justice of the European Union has held that, once a final judicial decision establishes that the principle applies, the authorities of those states may not provisionally arrest the person on a Red Notice for those acts (judgment of 12 May 2021, WS, C-505/19). The data can no longer serve their purpose there; they should be deleted or, at the least, corrected to record the final decision.
legal-arg-prescription = { $prescription } The warrant on which the data rest can no longer be enforced, and the data can no longer serve the purpose for which they were recorded, the arrest of { $applicant } with a view to extradition. INTERPOL keeps data only as long as they are needed for their purpose. The data should be deleted.
legal-arg-interim-measures = While the Commission examines this request, { $applicant } remains exposed to arrest on the data [describe the concrete risk: planned travel, a pending extradition hearing, a recent stop at a border]. The applicant asks the Commission to take provisional measures under its Statute until it decides, such as blocking the data or informing the National Central Bureaus that they are under review.

## Sentences built from what the case records

legal-refugee-decision = { $known ->
    [date_annex] (decision of { $date }, Annex { $label })
    [date] (decision of { $date }, [annex the decision])
    [annex] ([give the date of the decision], Annex { $label })
   *[none] [give the date and reference of the decision, annexed]
}
legal-deletion = { $by ->
    [ccf] By its decision of { $date } [reference], the Commission found the data concerning { $applicant } not compliant with INTERPOL's rules, and they were deleted. The Commission's decisions are binding on the Organization.
    [gs] On { $date }, INTERPOL's General Secretariat deleted the data concerning { $applicant } [give the reason and the reference of its notification].
   *[unknown] [By its decision of (date, reference), the Commission found the data concerning { $applicant } not compliant with INTERPOL's rules, and they were deleted; the Commission's decisions are binding on the Organization / On (date), INTERPOL's General Secretariat deleted the data concerning { $applicant }].
}
# Why a Red Notice was refused or deleted, inside a sentence.
legal-ground = { $ground ->
    [article3] as contrary to Article 3 of INTERPOL's Constitution
    [article2] as incompatible with Article 2 of INTERPOL's Constitution
    [data_quality] for insufficient or inaccurate data
    [refugee_policy] under INTERPOL's refugee policy
    [red_notice_criteria] for not meeting a Red Notice criterion of the Rules on the Processing of Data
   *[blank] [give the ground: one that governs Diffusions too (Articles 2 or 3, the refugee policy, data quality), not a Red Notice criterion such as the penalty threshold]
}
legal-circumvention-blank = [Say when { $issuing_state }'s Red Notice was refused or deleted, on what ground (it must be one that governs Diffusions too: Articles 2 or 3, the refugee policy, data quality), and when the Diffusion on the same facts followed.]
legal-circumvention = { $status ->
    [refused] A Red Notice requested by { $state } concerning { $applicant } was refused{ $by ->
        [ccf] {" "}by the Commission
        [gs] {" "}by INTERPOL's General Secretariat
       *[unknown] {""}
    } on { $date } { $ground }.
   *[deleted] The Red Notice concerning { $applicant } issued at the request of { $state } was deleted{ $by ->
        [ccf] {" "}by the Commission
        [gs] {" "}by INTERPOL's General Secretariat
       *[unknown] {""}
    } on { $date } { $ground }.
} { $precision ->
    [day] On { $sent }
    [month] In { $sent }
    [year] In { $sent }
   *[unknown] On [date]
}, { $state } sent a Diffusion [on the same facts: show it].
legal-due-absentia-unknown = { $applicant } was tried in absentia [say whether they were informed of the trial, whether a lawyer of their choosing defended them, and whether they can obtain a new trial on surrender: without these, the conviction was not reached at a fair and public hearing, or at a public trial with the guarantees necessary for the defence (Universal Declaration of Human Rights, Articles 10 and 11(1))].
legal-due-absentia-convicted = { $applicant } was tried and convicted in absentia{ $how ->
    [both] , without having been informed of the trial and without a lawyer of their choosing to defend them
    [uninformed] , without having been informed of the trial
    [undefended] , without a lawyer of their choosing to defend them
   *[none] {""}
}, and has no right to a new trial: the conviction was not reached at a fair and public hearing, or at a public trial with the guarantees necessary for the defence (Universal Declaration of Human Rights, Articles 10 and 11(1)).
legal-due-torture = The proceedings relied on statements obtained by torture or ill-treatment [identify them], which Article 5 of the Universal Declaration forbids, and which deprive the hearing of the fairness Article 10 requires.
legal-due-not-independent = The warrant was issued by { $authority }, which is not independent of the executive [give the evidence]: there was no hearing by an independent and impartial tribunal (Article 10), and an arrest on that warrant would expose { $applicant } to arbitrary arrest and detention (Article 9).
legal-due-blank = [Describe the due-process defects of these proceedings: a trial in absentia with no right to a new trial (Universal Declaration of Human Rights, Articles 10 and 11(1)); evidence obtained by torture (Article 5); a court that is not independent (Articles 9 and 10).]
legal-absentia-blank = [Say whether the applicant was informed of the trial, whether a lawyer of their choosing defended them, and whether they can obtain a new trial on surrender.]
legal-absentia-not-informed = The applicant was not informed of the trial [show how: no summons served, a summons sent to an address where they no longer lived].
legal-absentia-informed-unknown = [Say whether and how the applicant was informed of the trial.]
legal-absentia-not-represented = No lawyer of the applicant's choosing defended them.
legal-absentia-represented-unknown = [Say whether a lawyer of the applicant's choosing defended them.]
legal-absentia-no-retrial = The law of { $issuing_state } gives the applicant no right to a new trial on surrender [cite the provision].
legal-absentia-retrial-unknown = [Say whether the applicant can obtain a new trial on surrender.]
legal-final-decision-blank = [Say which court or authority, in which state, finally decided on the same acts, and when.]
legal-final-decision = { $outcome ->
    [acquittal] { $applicant } was acquitted of these acts in { $state } by { $by }; the decision became final on { $date }.
    [conviction] { $applicant } was convicted of these acts in { $state } by { $by }; the decision became final on { $date }.
   *[discontinued] The proceedings against { $applicant } for these acts in { $state } were definitively discontinued by { $by } on { $date }.
}
legal-prescription-blank = [Say under which provision of { $issuing_state }'s law the prosecution or the penalty became time-barred, and when.]
legal-prescription = Under { $law }, { $of ->
    [offence] the prosecution of the offence charged against { $applicant }
   *[penalty] the enforcement of the sentence imposed on { $applicant }
} became time-barred on { $date } [annex the provisions and show the computation, with any interruption or suspension].


## The summary of facts a new filing starts with (filing/draft.rs): recorded facts only

legal-facts-person = { $name }{ $has_birth ->
    [yes] , born on { $birth }
   *[no] {""}
}{ $has_nationality ->
    [yes] , national of { $nationalities }
   *[no] {""}
}.
legal-facts-alert-kind = { $kind ->
    [diffusion] A Diffusion
    [red_notice] A Red Notice
    [blue_notice] A Blue Notice
    [yellow_notice] A Yellow Notice
    [green_notice] A Green Notice
    [black_notice] A Black Notice
    [orange_notice] An Orange Notice
    [purple_notice] A Purple Notice
    [silver_notice] A Silver Notice
    [un_special_notice] An INTERPOL–UN Security Council Special Notice
   *[ncb_message] A direct message between National Central Bureaus
}
legal-facts-alert = { $what }{ $has_from ->
    [yes] {" "}from { $from }
   *[no] {""}
}{ $has_date ->
    [yes] {" "}({ $date })
   *[no] {""}
} concerns { $name }{ $has_offence ->
    [yes] , for the offence charged as “{ $offence }”
   *[no] {""}
}.
legal-facts-event-kind = { $kind ->
    [national_warrant] national warrant
    [alert_issued] alert issued
    [visa_refusal] visa refused
    [denied_boarding] denied boarding
    [border_refusal] refused at the border
    [detention] detention
    [provisional_arrest] provisional arrest
    [consent_to_surrender] consent to extradition
    [release] release
    [extradition_request_received] extradition request received
    [hearing] hearing
    [extradition_decision] extradition decision
    [ccf_request_filed] CCF request filed
    [ccf_acknowledgement] CCF acknowledgement
    [admissibility_decision] CCF admissibility decision
    [ccf_query] CCF query
    [ccf_query_answered] answer sent to the CCF
    [ccf_decision] CCF decision
    [new_fact_discovered] new fact discovered
    [revision_filed] revision filed
    [asylum_applied] asylum applied for
    [asylum_granted] asylum granted
    [asylum_refused] asylum refused
    [unhcr_notified] UNHCR notified
    [border_authorities_notified] border authorities notified
    [judicial_review_filed] habeas corpus or judicial review filed
    [advocacy] advocacy or media
   *[other] other event
}
legal-facts-event = On { $date }: { $what }{ $has_country ->
    [yes] {" "}({ $country })
   *[no] {""}
}.

## Citations ("Sources" under each ground), as cited in a paragraph in this language

legal-cite-constitution-art3 = INTERPOL Constitution, Art. 3
legal-cite-predominance = General Assembly Resolution AGN/20/RES/11 (Lisbon, 1951): the predominance test
legal-cite-rpd-34 = Rules on the Processing of Data, Art. 34 (factors for Art. 3)
legal-cite-constitution-art2 = INTERPOL Constitution, Art. 2(a): "in the spirit of the Universal Declaration of Human Rights"
legal-cite-udhr = Universal Declaration of Human Rights (General Assembly resolution 217 A (III), 1948)
legal-cite-refugee-resolution = General Assembly Resolution GA-2017-86-RES-09 (refugee policy)
legal-cite-rpd-83-excluded = Rules on the Processing of Data, Art. 83(1) (offences excluded from Red Notices)
legal-cite-rpd-83-threshold = Rules on the Processing of Data, Art. 83(1) (penalty thresholds)
legal-cite-rpd-83-facts = Rules on the Processing of Data, Art. 83(2)(b)(i) (summary of facts)
legal-cite-ccf-diffusion-description = CCF Decision No. 3 (2023): a Diffusion found non-compliant for an insufficient description of the criminal activity
legal-cite-red-notice-warrant = INTERPOL, Red Notices: a Red Notice is based on a valid national arrest warrant
legal-cite-rpd-retention = Rules on the Processing of Data: data are kept only as long as necessary for their purpose
legal-cite-statute-binding = Statute of the CCF, Art. 3(2)(b): decisions binding on the Organization
legal-cite-diffusions-same-rules = Rules on the Processing of Data, Arts 97–101 (diffusions; 2016 numbering)
legal-cite-provisional-measures = Statute of the CCF: provisional measures while a request is examined (article not cited: its number and wording are unverified)
legal-cite-cjeu-ws = Court of Justice of the European Union (Grand Chamber), 12 May 2021, WS, C-505/19, ECLI:EU:C:2021:376
legal-cite-schengen-54 = Convention implementing the Schengen Agreement, Art. 54; Charter of Fundamental Rights of the European Union, Art. 50
