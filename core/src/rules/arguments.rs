//! The argument library: paragraphs written for this project, each with its citations and the
//! confidence of each, suggested from a case's risk flags and alerts, inserted into a filing's
//! grounds and then edited freely.
//!
//! The paragraphs are in English. French, Spanish and Arabic versions are not provided: a legal
//! paragraph that we cannot write reliably in a language is worse than none, so the UI says the
//! paragraph must be translated when the filing is in another language ([`Argument::text_in`]).
//! Placeholders in braces are filled from the case where it knows them ([`fill`]); the others
//! stay in square brackets for the user to complete.

use serde::Serialize;

use super::deadlines::Confidence;
use super::flags::Flag;
use crate::model::filing::Language;
use crate::model::{country, Alert, AlertKind, Case, FlagKind};

/// A source a paragraph relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Citation {
    /// The instrument and provision, as cited in the paragraph.
    pub cites: &'static str,
    /// Where it was read (domain.md's source).
    pub source: &'static str,
    /// How sure we are of the wording or the number.
    pub confidence: Confidence,
}

/// One paragraph of the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Argument {
    /// Stable id, kept in the filing's ground when inserted.
    pub id: &'static str,
    /// A short title.
    pub title: &'static str,
    /// The paragraph, in English, with placeholders.
    pub text: &'static str,
    /// What it relies on.
    pub citations: &'static [Citation],
}

impl Argument {
    /// The paragraph in `language`, if the library has it in that language. Only English is
    /// written; other languages return `None` and the user must translate.
    #[must_use]
    pub fn text_in(&self, language: Language) -> Option<&'static str> {
        (language == Language::En).then_some(self.text)
    }
}

const CONSTITUTION_ART3: Citation = Citation {
    cites: "INTERPOL Constitution, Art. 3",
    source: "interpol.int, Neutrality (Article 3); INTERPOL Fact Sheet FS07",
    confidence: Confidence::Verified,
};
const PREDOMINANCE: Citation = Citation {
    cites: "General Assembly Resolution AGN/20/RES/11 (Lisbon, 1951): the predominance test",
    source: "INTERPOL Fact Sheet FS07; interpol.int, Neutrality (Article 3)",
    confidence: Confidence::Verified,
};
const RPD_34: Citation = Citation {
    cites: "Rules on the Processing of Data, Art. 34 (factors for Art. 3)",
    source: "removerednotice.com; the list of factors is partly from memory",
    confidence: Confidence::Unverified,
};
const CONSTITUTION_ART2: Citation = Citation {
    cites: "INTERPOL Constitution, Art. 2(a): \"in the spirit of the Universal Declaration of Human Rights\"",
    source: "INTERPOL written evidence to the UK Parliament (12772); interpol.int (French text)",
    confidence: Confidence::Verified,
};
const UDHR: Citation = Citation {
    cites: "Universal Declaration of Human Rights, Arts 9, 10, 11 and 14",
    source: "United Nations, Universal Declaration of Human Rights (1948)",
    confidence: Confidence::Verified,
};
const REFUGEE_RESOLUTION: Citation = Citation {
    cites: "General Assembly Resolution GA-2017-86-RES-09 (refugee policy)",
    source: "interpol.int, INTERPOL Refugee Resolution",
    confidence: Confidence::Verified,
};
const RPD_83_EXCLUDED: Citation = Citation {
    cites: "Rules on the Processing of Data, Art. 83(1)(a) (offences excluded from Red Notices)",
    source: "ngm.com.au; rednoticelawjournal.com (2019)",
    confidence: Confidence::Secondary,
};
const RPD_83_THRESHOLD: Citation = Citation {
    cites: "Rules on the Processing of Data, Art. 83(1)(a) (penalty thresholds)",
    source: "rednoticelawjournal.com (2019); amicusint.ca",
    confidence: Confidence::Secondary,
};
const RPD_83_FACTS: Citation = Citation {
    cites: "Rules on the Processing of Data, Art. 83(2)(b)(i) (summary of facts)",
    source: "rednoticeabuse.com (a CCF deletion for non-compliance with this provision)",
    confidence: Confidence::Secondary,
};
const RED_NOTICE_WARRANT: Citation = Citation {
    cites: "INTERPOL, Red Notices: a Red Notice is based on a valid national arrest warrant",
    source: "interpol.int, Red Notices",
    confidence: Confidence::Verified,
};
const STATUTE_BINDING: Citation = Citation {
    cites: "Statute of the CCF, Art. 3(2)(b): decisions binding on the Organization",
    source: "europeancourt.org reproduction of the Statute",
    confidence: Confidence::Secondary,
};
const DIFFUSIONS_SAME_RULES: Citation = Citation {
    cites: "Rules on the Processing of Data, Arts 97–101 (diffusions; 2016 numbering)",
    source: "euextraditionlaw.com; Peters & Peters",
    confidence: Confidence::Secondary,
};

/// The library, in the order offered.
pub const LIBRARY: &[Argument] = &[
    Argument {
        id: "art3_predominance",
        title: "Article 3: the request is of a predominantly political character",
        text:
            "Article 3 of INTERPOL's Constitution strictly forbids the Organization to undertake \
any intervention or activities of a political, military, religious or racial character. Under \
the predominance test adopted by the General Assembly in 1951 (AGN/20/RES/11), the label the \
requesting country gives an offence is not decisive: the Commission examines all the facts to \
decide whether the political element or the ordinary-law element predominates. Here the \
political element predominates. {applicant} is known for [describe the political activity, \
journalism or opposition]; the proceedings in {issuing_state} began [when, in relation to that \
activity]; and [describe the context: the status of the persons concerned, the position of other \
states or courts, the general context]. The data should be deleted as contrary to Article 3.",
        citations: &[CONSTITUTION_ART3, PREDOMINANCE, RPD_34],
    },
    Argument {
        id: "art2_human_rights",
        title: "Article 2: the spirit of the Universal Declaration of Human Rights",
        text: "Article 2(a) of INTERPOL's Constitution requires cooperation to take place in the \
spirit of the Universal Declaration of Human Rights. Processing these data exposes {applicant} \
to arrest and surrender to {issuing_state}, where [describe the risk: arbitrary detention, an \
unfair trial, a conviction in absentia without a retrial, ill-treatment, persecution], contrary \
to Articles 9, 10 and 11 of the Universal Declaration; and it hinders the right to seek asylum \
that Article 14 protects. [Cite the reports annexed on the issuing state's courts and prisons.] \
The data should be deleted as incompatible with Article 2.",
        citations: &[CONSTITUTION_ART2, UDHR],
    },
    Argument {
        id: "refugee_policy",
        title: "Refugee status granted against the issuing state",
        text: "{applicant} has been recognised as a refugee by {asylum_state}, on the ground of a \
well-founded fear of persecution by {issuing_state} [give the date and reference of the decision, \
annexed]. Under INTERPOL's refugee policy (General Assembly Resolution GA-2017-86-RES-09), once \
a member country has confirmed a person's refugee status, INTERPOL deletes any Notice or \
Diffusion concerning that person issued by the country where he or she fears persecution. The \
data concerning {applicant} issued by {issuing_state} should therefore be deleted, and all \
National Central Bureaus informed.",
        citations: &[REFUGEE_RESOLUTION],
    },
    Argument {
        id: "rpd_private_dispute",
        title: "A private or commercial dispute, not a serious ordinary-law crime",
        text: "A Red Notice may be published only for a serious ordinary-law crime. The Rules on \
the Processing of Data exclude offences arising from private disputes and from violations of \
administrative laws or regulations, unless the criminal activity is aimed at facilitating a \
serious crime or is suspected of being connected to organised crime. The charges against \
{applicant} grow out of [describe the commercial or private dispute: the contract, the partner, \
the civil proceedings], which [the civil courts are already examining / was settled]. No \
element suggests organised crime. The data do not meet the criteria and should be deleted.",
        citations: &[RPD_83_EXCLUDED],
    },
    Argument {
        id: "rpd_penalty_threshold",
        title: "The penalty threshold for a Red Notice is not met",
        text: "For a person sought for prosecution, a Red Notice requires conduct punishable by a \
maximum deprivation of liberty of at least two years or a more serious penalty; for a person \
sought to serve a sentence, a sentence of at least six months' imprisonment and/or at least six \
months remaining to be served. [State the maximum penalty under the provision charged, or the \
sentence and the part remaining.] The threshold is not met, and no exceptional importance to \
international police cooperation has been shown. The data should be deleted.",
        citations: &[RPD_83_THRESHOLD],
    },
    Argument {
        id: "rpd_summary_of_facts",
        title: "No sufficient summary of facts",
        text: "A Red Notice must include a summary of facts that clearly describes the criminal \
activities of the person sought, including the time and place. [Quote or describe what the \
applicant knows of the data: the charge alone, with no act, date or place attributed to them.] \
Such data do not allow the Commission, or any member country, to assess the request, and the \
Commission has deleted notices for this reason. The data should be deleted or, at the least, \
corrected.",
        citations: &[RPD_83_FACTS],
    },
    Argument {
        id: "no_valid_warrant",
        title: "No valid national arrest warrant",
        text: "A Red Notice is not an international arrest warrant: it rests on a valid national \
arrest warrant or judicial decision. The warrant relied on by {issuing_state} [was annulled on \
(date) / has expired / was issued by an authority without jurisdiction / cannot be identified], \
as the annexed documents show. Without a valid warrant the data have no basis and should be \
deleted.",
        citations: &[RED_NOTICE_WARRANT],
    },
    Argument {
        id: "reissued_after_deletion",
        title: "Data re-issued after the Commission ordered their deletion",
        text: "The Commission's decisions are binding on the Organization. By its decision of \
[date, reference] the Commission found the data concerning {applicant} non-compliant and they \
were deleted. {issuing_state} has since recorded new data [describe: a new notice or diffusion] \
based on the same facts, without any new element. Re-issuing deleted data defeats the \
Commission's decision; the new data should be deleted, and {issuing_state}'s use of INTERPOL's \
channels in this case examined.",
        citations: &[STATUTE_BINDING],
    },
    Argument {
        id: "diffusion_circumvention",
        title: "A Diffusion used to get round a refused or deleted Red Notice",
        text: "Diffusions are sent directly by a National Central Bureau without the General \
Secretariat's review before transmission, but they are subject to the same rules as notices: \
Articles 2 and 3 of the Constitution and the Rules on the Processing of Data. {issuing_state} \
[requested a Red Notice that was refused / obtained a Red Notice that was deleted] on [date], \
and then circulated a Diffusion on the same facts. A Diffusion cannot achieve what a Red Notice \
was refused for; it should be deleted on the same grounds, and the recipient countries informed.",
        citations: &[DIFFUSIONS_SAME_RULES, CONSTITUTION_ART3],
    },
];

/// The argument with this id.
#[must_use]
pub fn by_id(id: &str) -> Option<&'static Argument> {
    LIBRARY.iter().find(|a| a.id == id)
}

/// A suggestion: an argument and why it fits this case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Suggestion {
    /// The argument's id.
    pub id: &'static str,
    /// Why it is suggested (the flag or the data behind it).
    pub because: String,
}

/// The arguments that fit a case, strongest first, from its raised flags and its alerts.
#[must_use]
pub fn suggest(flags: &[Flag], alerts: &[Alert]) -> Vec<Suggestion> {
    let raised = |k: FlagKind| flags.iter().find(|f| f.kind == k);
    let mut out: Vec<Suggestion> = Vec::new();
    let mut push = |id: &'static str, because: String| {
        if !out.iter().any(|s| s.id == id) {
            out.push(Suggestion { id, because });
        }
    };
    if let Some(f) = raised(FlagKind::RefugeeFromIssuingState) {
        push("refugee_policy", f.reason.clone());
    }
    if let Some(f) = raised(FlagKind::PoliticalProfile) {
        push("art3_predominance", f.reason.clone());
        push("art2_human_rights", f.reason.clone());
    }
    if let Some(f) = raised(FlagKind::PrivateDispute) {
        push("rpd_private_dispute", f.reason.clone());
    }
    if let Some(f) = raised(FlagKind::ReissuedAfterDeletion) {
        push("reissued_after_deletion", f.reason.clone());
    }
    if let Some(f) = raised(FlagKind::DiffusionAfterRedNotice) {
        push("diffusion_circumvention", f.reason.clone());
    }
    if let Some(f) = raised(FlagKind::InAbsentia) {
        push("art2_human_rights", f.reason.clone());
    }
    if let Some(f) = raised(FlagKind::Refugee) {
        push("art2_human_rights", f.reason.clone());
    }
    if alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        push("rpd_summary_of_facts", "The case has a Red Notice.".into());
        push("rpd_penalty_threshold", "The case has a Red Notice.".into());
    }
    if alerts
        .iter()
        .any(|a| a.warrant.reference.trim().is_empty() && a.warrant.authority.trim().is_empty())
    {
        push(
            "no_valid_warrant",
            "An alert has no national warrant recorded.".into(),
        );
    }
    out
}

/// Fills `{applicant}`, `{issuing_state}` and `{asylum_state}` from the case; a value the case
/// does not have becomes a bracketed blank for the user to fill.
#[must_use]
pub fn fill(text: &str, case: &Case, alerts: &[Alert]) -> String {
    let applicant = match case.display_name() {
        "" | "—" => "[the applicant]".to_owned(),
        name => name.to_owned(),
    };
    let mut issuers: Vec<&str> = alerts
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    issuers.sort_unstable();
    issuers.dedup();
    let issuing = match issuers.as_slice() {
        [] => "[the issuing state]".to_owned(),
        list => list
            .iter()
            .map(|c| country::in_text(c))
            .collect::<Vec<_>>()
            .join(" and "),
    };
    let asylum = case
        .person
        .protection
        .as_ref()
        .and_then(|p| p.country.as_deref())
        .map_or_else(|| "[the state of refuge]".to_owned(), country::in_text);
    // A state named at the start of a sentence takes a capital: "The Russian Federation has".
    text.replace("{applicant}", &applicant)
        .replace(". {issuing_state}", &format!(". {}", capitalised(&issuing)))
        .replace("{issuing_state}", &issuing)
        .replace(". {asylum_state}", &format!(". {}", capitalised(&asylum)))
        .replace("{asylum_state}", &asylum)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, Protection, ProtectionStatus};
    use crate::rules::flags::FlagSource;

    fn flag(kind: FlagKind) -> Flag {
        Flag {
            kind,
            label: "",
            reason: format!("{kind:?}"),
            source: FlagSource::Data,
        }
    }

    #[test]
    fn every_argument_has_citations_and_a_unique_id() {
        let mut ids: Vec<&str> = LIBRARY.iter().map(|a| a.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), LIBRARY.len());
        for a in LIBRARY {
            assert!(!a.citations.is_empty(), "{} cites nothing", a.id);
            assert!(a.text.len() > 200, "{} is not a paragraph", a.id);
            assert!(by_id(a.id).is_some());
        }
    }

    #[test]
    fn the_library_covers_each_ground_the_issue_names() {
        for id in [
            "art3_predominance",
            "art2_human_rights",
            "refugee_policy",
            "rpd_private_dispute",
            "rpd_penalty_threshold",
            "rpd_summary_of_facts",
            "no_valid_warrant",
            "reissued_after_deletion",
            "diffusion_circumvention",
        ] {
            assert!(by_id(id).is_some(), "{id}");
        }
    }

    #[test]
    fn suggestions_follow_the_flags_strongest_first() {
        let s = suggest(
            &[
                flag(FlagKind::PoliticalProfile),
                flag(FlagKind::RefugeeFromIssuingState),
            ],
            &[],
        );
        let ids: Vec<&str> = s.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            ["refugee_policy", "art3_predominance", "art2_human_rights"]
        );
        assert_eq!(s[0].because, "RefugeeFromIssuingState");
        let red = Alert {
            kind: AlertKind::RedNotice,
            ..Alert::default()
        };
        let ids: Vec<&str> = suggest(&[], &[red]).iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "rpd_summary_of_facts",
                "rpd_penalty_threshold",
                "no_valid_warrant"
            ]
        );
        assert_eq!(suggest(&[], &[]), vec![]);
    }

    #[test]
    fn placeholders_are_filled_from_the_case_or_left_as_blanks() {
        let case = Case {
            person: Person {
                name_latin: "Amina Haddad".into(),
                protection: Some(Protection {
                    status: ProtectionStatus::Granted,
                    country: Some("FR".into()),
                    ..Protection::default()
                }),
                ..Person::default()
            },
            ..Case::default()
        };
        let alert = Alert {
            issuing_country: Some("TR".into()),
            ..Alert::default()
        };
        let text = fill(
            by_id("refugee_policy").map_or("", |a| a.text),
            &case,
            &[alert],
        );
        assert!(
            text.contains("Amina Haddad has been recognised as a refugee by France"),
            "{text}"
        );
        assert!(
            text.contains(&format!("persecution by {}", country::name("TR"))),
            "{text}"
        );
        assert!(!text.contains('{'));
        let blank = fill("{applicant} / {issuing_state}", &Case::default(), &[]);
        assert_eq!(blank, "[the applicant] / [the issuing state]");
        // A state whose name takes "the", inside a sentence and at its start.
        let russia = Alert {
            issuing_country: Some("RU".into()),
            ..Alert::default()
        };
        let text = fill(
            by_id("reissued_after_deletion").map_or("", |a| a.text),
            &case,
            &[russia],
        );
        assert!(
            text.contains(". The Russian Federation has since recorded"),
            "{text}"
        );
        assert!(
            text.contains("and the Russian Federation's use of"),
            "{text}"
        );
    }

    #[test]
    fn only_english_is_written() {
        let a = &LIBRARY[0];
        assert!(a.text_in(Language::En).is_some());
        for l in [Language::Fr, Language::Es, Language::Ar] {
            assert_eq!(a.text_in(l), None);
        }
    }
}
