//! The argument library: paragraphs written for this project, each with its citations and the
//! confidence of each, suggested from a case's data (its risk flags, the person's protection, its
//! alerts and what is recorded about them), inserted into a filing's grounds and then edited
//! freely.
//!
//! A paragraph states only what the case supports (issue 15, section 2): the refugee policy only
//! for refugee status under the 1951 Convention against the issuing state, a pending claim in its
//! own words; Red Notice criteria only where there is a Red Notice; the Article 2 paragraph on the
//! due-process defects recorded in this case, not on the risk of extradition (the CCF does not
//! assess extradition: interpol.int, CCF FAQ, verified). Every citation carries its confidence;
//! a filing marks the secondary and unverified ones until the user confirms them
//! ([`crate::model::filing::Ground::citations_confirmed`]).
//!
//! The paragraphs, their titles, the sentences built from the case and the citations are written
//! in the CCF's four languages in `locales/<lang>/legal.ftl` (issue 17.2): English is the source;
//! the French, Spanish and Arabic texts were drafted by the team and are unreviewed until a
//! native-speaking lawyer signs `legal.reviewed` (the app says so before inserting them). A
//! paragraph is filled in the filing's language ([`fill_in`]): the same conditions and the same
//! case data in every language, only the words differ. Placeholders in braces are filled from the
//! case where it knows them; the others stay in square brackets for the user to complete.

use chrono::Datelike;
use serde::Serialize;

use super::deadlines::Confidence;
use super::flags::{self, Flag};
use super::regime::rank;
use crate::locale::{self, Arg};
use crate::model::filing::Language;
use crate::model::{
    country, Alert, AlertKind, AlertRequest, AlertStatus, ApproxDate, Case, FinalOutcome, FlagKind,
    Precision, PrescriptionOf, ProtectionStatus, RemovalGround, RemovedBy, Warrant,
};

/// The catalogue language a filing's language is written in (the CCF's four languages are four
/// of the app's five).
#[must_use]
pub const fn catalogue_language(language: Language) -> locale::Language {
    match language {
        Language::En => locale::Language::En,
        Language::Fr => locale::Language::Fr,
        Language::Es => locale::Language::Es,
        Language::Ar => locale::Language::Ar,
    }
}

/// Message `id` of `legal.ftl` in `language`, without bidi isolates: a legal text is a template
/// filled by string replacement below and set in a PDF whose own bidi pass orders each run.
pub(crate) fn say(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    locale::catalogue::without_isolates(&locale::message(catalogue_language(language), id, args))
}

/// A source a paragraph relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The instrument and provision as cited, by its message in `legal.ftl`
    /// (`legal-cite-…`): each language cites in its own form.
    pub key: &'static str,
    /// Where it was read (domain.md's source, or the better source named here).
    pub source: &'static str,
    /// How sure we are of the wording or the number.
    pub confidence: Confidence,
}

/// Which alerts a paragraph's wording fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Any alert.
    Any,
    /// Red Notices only: it states a rule of the Red Notice chapter of the Rules on the
    /// Processing of Data, which does not govern Diffusions as such (domain.md, third review).
    RedNotice,
    /// Diffusions only.
    Diffusion,
}

impl Citation {
    /// The instrument and provision as a paragraph in `language` cites them.
    #[must_use]
    pub fn cites_in(&self, language: Language) -> String {
        say(language, self.key, &[])
    }

    /// The citation in English.
    #[must_use]
    pub fn cites(&self) -> String {
        self.cites_in(Language::En)
    }
}

/// The case data a paragraph may take, by the name of its Fluent variable; [`Argument::text_in`]
/// leaves each as `{name}` for [`fill_in`].
const PLACEHOLDERS: [&str; 11] = [
    "applicant",
    "issuing_state",
    "asylum_state",
    "feared_state",
    "refugee_decision",
    "deletion",
    "circumvention",
    "due_process",
    "absentia_facts",
    "final_decision",
    "prescription",
];

/// One paragraph of the library; its words are in `legal.ftl` (`legal-arg-<id>`, and
/// `legal-arg-title-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Argument {
    /// Stable id, kept in the filing's ground when inserted.
    pub id: &'static str,
    /// What it relies on.
    pub citations: &'static [Citation],
    /// Which alerts its wording fits.
    pub scope: Scope,
}

impl Argument {
    fn key(&self) -> String {
        format!("legal-arg-{}", self.id.replace('_', "-"))
    }

    /// Its short title in `language`.
    #[must_use]
    pub fn title_in(&self, language: Language) -> String {
        say(
            language,
            &format!("legal-arg-title-{}", self.id.replace('_', "-")),
            &[],
        )
    }

    /// Its short title in English.
    #[must_use]
    pub fn title(&self) -> String {
        self.title_in(Language::En)
    }

    /// The paragraph in `language`, with its placeholders (`{applicant}`…) for [`fill_in`].
    #[must_use]
    pub fn text_in(&self, language: Language) -> String {
        let args: Vec<(&str, Arg<'_>)> = PLACEHOLDERS
            .iter()
            .map(|p| (*p, Arg::from(format!("{{{p}}}"))))
            .collect();
        say(language, &self.key(), &args)
    }

    /// The paragraph in English, with its placeholders.
    #[must_use]
    pub fn text(&self) -> String {
        self.text_in(Language::En)
    }

    /// The weakest confidence among its citations: what a filing must warn about until the user
    /// has checked the citations.
    #[must_use]
    pub fn weakest(&self) -> Confidence {
        self.citations
            .iter()
            .map(|c| c.confidence)
            .max_by_key(|c| rank(*c))
            .unwrap_or(Confidence::Unverified)
    }
}

const CONSTITUTION_ART3: Citation = Citation {
    key: "legal-cite-constitution-art3",
    source: "interpol.int, Neutrality (Article 3); INTERPOL Fact Sheet FS07",
    confidence: Confidence::Verified,
};
const PREDOMINANCE: Citation = Citation {
    key: "legal-cite-predominance",
    source: "INTERPOL Fact Sheet FS07; interpol.int, Neutrality (Article 3)",
    confidence: Confidence::Verified,
};
const RPD_34: Citation = Citation {
    key: "legal-cite-rpd-34",
    source: "removerednotice.com; the list of factors is partly from memory",
    confidence: Confidence::Unverified,
};
const CONSTITUTION_ART2: Citation = Citation {
    key: "legal-cite-constitution-art2",
    source: "INTERPOL written evidence to the UK Parliament (12772); interpol.int (French text)",
    confidence: Confidence::Verified,
};
/// The paragraphs cite the articles that apply in the text (5, 9, 10, 11(1)); the citation
/// names the instrument. Not in domain.md: the wording of Arts 5, 9, 10 and 11 was read in the
/// United Nations' own edition (docslib.org/5287381) and matched in other copies.
const UDHR: Citation = Citation {
    key: "legal-cite-udhr",
    source: "United Nations, Universal Declaration of Human Rights (UN edition, copy at docslib.org/5287381)",
    confidence: Confidence::Verified,
};
const REFUGEE_RESOLUTION: Citation = Citation {
    key: "legal-cite-refugee-resolution",
    source: "interpol.int, INTERPOL Refugee Resolution",
    confidence: Confidence::Verified,
};
/// domain.md marks the sub-paragraph numbering (1)(a) / (1)(b) unverified: cite Art. 83(1).
const RPD_83_EXCLUDED: Citation = Citation {
    key: "legal-cite-rpd-83-excluded",
    source: "ngm.com.au; rednoticelawjournal.com (2019)",
    confidence: Confidence::Secondary,
};
/// As [`RPD_83_EXCLUDED`]: the thresholds' sub-paragraph is unverified, Art. 83(1) is not.
const RPD_83_THRESHOLD: Citation = Citation {
    key: "legal-cite-rpd-83-threshold",
    source: "rednoticelawjournal.com (2019); amicusint.ca",
    confidence: Confidence::Secondary,
};
const RPD_83_FACTS: Citation = Citation {
    key: "legal-cite-rpd-83-facts",
    source: "rednoticeabuse.com (a CCF deletion for non-compliance with this provision)",
    confidence: Confidence::Secondary,
};
const CCF_DIFFUSION_DESCRIPTION: Citation = Citation {
    key: "legal-cite-ccf-diffusion-description",
    source: "europeancourt.org, CCF decision excerpts (domain.md, third review)",
    confidence: Confidence::Secondary,
};
const RED_NOTICE_WARRANT: Citation = Citation {
    key: "legal-cite-red-notice-warrant",
    source: "interpol.int, Red Notices",
    confidence: Confidence::Verified,
};
const RPD_RETENTION: Citation = Citation {
    key: "legal-cite-rpd-retention",
    source: "ngm.com.au, INTERPOL's data processing safeguards (practitioner's summary); the article was not read",
    confidence: Confidence::Secondary,
};
const STATUTE_BINDING: Citation = Citation {
    key: "legal-cite-statute-binding",
    source: "europeancourt.org reproduction of the Statute",
    confidence: Confidence::Secondary,
};
const DIFFUSIONS_SAME_RULES: Citation = Citation {
    key: "legal-cite-diffusions-same-rules",
    source: "euextraditionlaw.com; Peters & Peters",
    confidence: Confidence::Secondary,
};
/// The Statute's article on provisional measures could not be read (domain.md §1.7, §7 item 2):
/// no article number is cited, on purpose.
const PROVISIONAL_MEASURES: Citation = Citation {
    key: "legal-cite-provisional-measures",
    source: "intercollegium.com (practitioner's FAQ); the Statute's text could not be read",
    confidence: Confidence::Unverified,
};
/// Better than domain.md's one line: the judgment itself (eur-lex, ECLI:EU:C:2021:376) and the
/// European Commission's summary of its holding (read in a copy, hence secondary): arrest is
/// precluded once a final judicial decision establishes that ne bis in idem applies; where it
/// is uncertain, a provisional arrest for the checks remains possible.
const CJEU_WS: Citation = Citation {
    key: "legal-cite-cjeu-ws",
    source: "eur-lex.europa.eu (the judgment); its holding as summarised in a European Commission notice (copy at muhaz.org)",
    confidence: Confidence::Secondary,
};
const SCHENGEN_54: Citation = Citation {
    key: "legal-cite-schengen-54",
    source: "eur-lex.europa.eu (named in the WS judgment); their content as summarised in a European Commission notice",
    confidence: Confidence::Secondary,
};

/// The library, in the order offered.
pub const LIBRARY: &[Argument] = &[
    Argument {
        id: "art3_predominance",
        citations: &[CONSTITUTION_ART3, PREDOMINANCE, RPD_34],
        scope: Scope::Any,
    },
    Argument {
        id: "art2_human_rights",
        citations: &[CONSTITUTION_ART2, UDHR],
        scope: Scope::Any,
    },
    Argument {
        id: "refugee_policy",
        citations: &[REFUGEE_RESOLUTION],
        scope: Scope::Any,
    },
    Argument {
        id: "asylum_pending",
        citations: &[REFUGEE_RESOLUTION],
        scope: Scope::Any,
    },
    Argument {
        id: "rpd_private_dispute",
        citations: &[RPD_83_EXCLUDED],
        scope: Scope::RedNotice,
    },
    Argument {
        id: "rpd_penalty_threshold",
        citations: &[RPD_83_THRESHOLD],
        scope: Scope::RedNotice,
    },
    Argument {
        id: "rpd_summary_of_facts",
        citations: &[RPD_83_FACTS],
        scope: Scope::RedNotice,
    },
    Argument {
        id: "diffusion_description",
        citations: &[CCF_DIFFUSION_DESCRIPTION, DIFFUSIONS_SAME_RULES],
        scope: Scope::Diffusion,
    },
    Argument {
        id: "no_valid_warrant",
        citations: &[RED_NOTICE_WARRANT],
        scope: Scope::RedNotice,
    },
    Argument {
        id: "reissued_after_deletion",
        citations: &[STATUTE_BINDING],
        scope: Scope::Any,
    },
    Argument {
        id: "diffusion_circumvention",
        citations: &[DIFFUSIONS_SAME_RULES, CONSTITUTION_ART3, REFUGEE_RESOLUTION],
        scope: Scope::Diffusion,
    },
    Argument {
        id: "trial_in_absentia",
        citations: &[CONSTITUTION_ART2, UDHR],
        scope: Scope::Any,
    },
    Argument {
        id: "ne_bis_in_idem",
        citations: &[CJEU_WS, SCHENGEN_54],
        scope: Scope::Any,
    },
    Argument {
        id: "prescription",
        citations: &[RED_NOTICE_WARRANT, RPD_RETENTION],
        scope: Scope::Any,
    },
    Argument {
        id: "interim_measures",
        citations: &[PROVISIONAL_MEASURES],
        scope: Scope::Any,
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

/// Whether an alert asks for arrest: a Red Notice, or a wanted-person Diffusion or direct NCB
/// message (one that asks for arrest). Blue, Yellow and the other notices, and Diffusions that
/// only ask to locate, identify or inform, do not (interpol.int, About Notices; domain.md §6).
#[must_use]
pub fn seeks_arrest(alert: &Alert) -> bool {
    match alert.kind {
        AlertKind::RedNotice => true,
        AlertKind::Diffusion | AlertKind::NcbMessage => {
            alert.requests.contains(&AlertRequest::Arrest)
        }
        _ => false,
    }
}

/// What a Diffusion asks, which decides how it is reviewed and argued (issue 15, 3.3): a
/// wanted-person Diffusion asks for arrest and is reviewed after it is sent, like a request for
/// a Red Notice that skipped the review before publication; other Diffusions (locate, identify,
/// inform, warn) ask for no arrest (domain.md §3.4, secondary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffusionKind {
    /// Asks for arrest, detention or restriction of movement.
    WantedPerson,
    /// Asks for something else only.
    Other,
    /// What it asks is not recorded.
    Unknown,
}

/// The kind of a Diffusion (none for any other alert).
#[must_use]
pub fn diffusion_kind(alert: &Alert) -> Option<DiffusionKind> {
    (alert.kind == AlertKind::Diffusion).then(|| {
        if alert.requests.contains(&AlertRequest::Arrest) {
            DiffusionKind::WantedPerson
        } else if alert.requests.is_empty() {
            DiffusionKind::Unknown
        } else {
            DiffusionKind::Other
        }
    })
}

/// Whether an alert is still in INTERPOL's files as far as the case knows (not deleted or
/// refused as its last status).
fn live(alert: &Alert) -> bool {
    !matches!(
        alert.current_status(),
        AlertStatus::Deleted | AlertStatus::Refused
    )
}

/// Whether a refusal or deletion on this ground also governs Diffusions: Articles 2 and 3 of
/// the Constitution, the refugee policy ("any Notice or Diffusion", interpol.int, verified) and
/// data quality do; the Red Notice criteria of RPD Art. 83 do not, as such (domain.md, third
/// review, secondary).
#[must_use]
pub const fn governs_diffusions(ground: RemovalGround) -> bool {
    matches!(
        ground,
        RemovalGround::Article2
            | RemovalGround::Article3
            | RemovalGround::DataQuality
            | RemovalGround::RefugeePolicy
    )
}

/// Whether a recorded penalty is below the Red Notice threshold: for a sentence, under six
/// months (below under either reading of the rule's "and/or" about the part remaining); for
/// prosecution, a maximum under two years (RPD Art. 83(1), secondary: rednoticelawjournal.com
/// 2019). Nothing recorded is not "below".
#[must_use]
pub fn below_threshold(w: &Warrant) -> bool {
    match (w.sentence_months, w.maximum_penalty_months) {
        (Some(sentence), _) => sentence < 6,
        (None, Some(max)) => max < 24,
        (None, None) => false,
    }
}

/// Whether the warrant's proceedings show a due-process defect the Article 2 paragraph can rest
/// on: a trial in absentia with no right to a new trial, evidence obtained by torture, or a court
/// that is not independent.
fn due_process_defect(w: &Warrant) -> bool {
    absentia_in_question(w) || w.torture_evidence || w.court_not_independent
}

/// A trial in absentia that may be a due-process defect: not known to come with a right to a
/// new trial, nor with notice of the trial and a defence. (Not a ground by itself: the CCF has
/// upheld a notice despite one, CCF Decision No. 2 (2018), secondary.)
fn absentia_in_question(w: &Warrant) -> bool {
    w.in_absentia
        && w.retrial_available != Some(true)
        && !(w.notified_of_trial == Some(true) && w.represented_at_trial == Some(true))
}

/// The arguments that fit a case, strongest first, from its raised flags, the person's
/// protection and its alerts.
#[must_use]
pub fn suggest(case: &Case, flags: &[Flag], alerts: &[Alert]) -> Vec<Suggestion> {
    let raised = |k: FlagKind| flags.iter().find(|f| f.kind == k);
    let live: Vec<&Alert> = alerts.iter().filter(|a| live(a)).collect();
    let red_notices: Vec<&Alert> = live
        .iter()
        .copied()
        .filter(|a| a.kind == AlertKind::RedNotice)
        .collect();
    let mut out: Vec<Suggestion> = Vec::new();
    let mut push = |id: &'static str, because: String| {
        if !out.iter().any(|s| s.id == id) {
            out.push(Suggestion { id, because });
        }
    };
    if let Some(f) = raised(FlagKind::RefugeeFromIssuingState) {
        push("refugee_policy", f.reason.clone());
    }
    if let Some(pr) = case.person.protection.as_ref() {
        let feared = pr.feared_state.as_deref();
        let against_issuer = feared.is_some_and(|f| {
            alerts
                .iter()
                .any(|a| a.issuing_country.as_deref() == Some(f))
        });
        if pr.status == ProtectionStatus::Pending
            && against_issuer
            && !flags::naturalised(&case.person)
        {
            push(
                "asylum_pending",
                "An asylum claim against the state that issued an alert is pending: the refugee \
                 policy applies only once refugee status is confirmed."
                    .into(),
            );
        }
    }
    if let Some(f) = raised(FlagKind::ReissuedAfterDeletion) {
        push("reissued_after_deletion", f.reason.clone());
    }
    // A Diffusion that asks for no arrest does not get round a refused Red Notice (which asks
    // for one): only a wanted-person Diffusion, or one whose requests are not recorded.
    // A Red Notice refused or deleted on a Red Notice criterion (seriousness, penalty threshold)
    // says nothing of a Diffusion: no circumvention paragraph then. An unrecorded ground is
    // suggested with the condition spelled out, and the paragraph leaves the ground blank.
    if let Some(c) = flags::circumvention(alerts)
        .filter(|c| diffusion_kind(c.diffusion) != Some(DiffusionKind::Other))
    {
        match c.end.ground {
            Some(g) if governs_diffusions(g) => push(
                "diffusion_circumvention",
                format!(
                    "A Diffusion followed a Red Notice refused or deleted {}, a ground that governs \
                     Diffusions too.",
                    ground_words(g)
                ),
            ),
            Some(RemovalGround::RedNoticeCriteria) => {}
            _ => push(
                "diffusion_circumvention",
                "A Diffusion followed a refused or deleted Red Notice. Record why the Red Notice \
                 was refused or deleted: this paragraph holds only for a ground that governs \
                 Diffusions too (Articles 2 or 3, the refugee policy, data quality), not for a Red \
                 Notice criterion such as the penalty threshold."
                    .into(),
            ),
        }
    }
    for a in &live {
        if a.warrant.final_decision.is_some() {
            push(
                "ne_bis_in_idem",
                "A final decision on the same acts in another state is recorded.".into(),
            );
        }
    }
    if let Some(f) = raised(FlagKind::PoliticalProfile) {
        push("art3_predominance", f.reason.clone());
    }
    if live.iter().any(|a| due_process_defect(&a.warrant)) {
        push(
            "art2_human_rights",
            "The proceedings behind an alert show a due-process defect (a trial in absentia \
             with no retrial known, evidence obtained by torture, or a court that is not \
             independent)."
                .into(),
        );
    }
    if let Some(f) = raised(FlagKind::PoliticalProfile) {
        // Persecution of journalists and opponents often runs through unfair proceedings; the
        // paragraph rests on those defects, not on the risk of extradition (issue 15, 2.4).
        push(
            "art2_human_rights",
            format!(
                "{} Describe the due-process defects of the proceedings, if there are any (an \
                 unfair trial, a court that is not independent, evidence obtained by torture): \
                 the Article 2 paragraph rests on them, not on the risk of extradition.",
                f.reason
            ),
        );
    }
    if live.iter().any(|a| absentia_in_question(&a.warrant)) {
        push(
            "trial_in_absentia",
            "An alert rests on a conviction in absentia. The CCF has upheld a notice despite one \
             (CCF Decision No. 2 (2018), secondary): argue the facts (notice of the trial, \
             representation, a right to a new trial)."
                .into(),
        );
    }
    if let Some(a) = live.iter().find(|a| {
        a.warrant
            .prescription
            .as_ref()
            .is_some_and(|p| p.expired_on.is_some())
    }) {
        let on = a
            .warrant
            .prescription
            .as_ref()
            .and_then(|p| p.expired_on)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        push(
            "prescription",
            format!("Recorded as time-barred since {on} under the issuing state's law."),
        );
    }
    if !red_notices.is_empty() {
        if let Some(f) = raised(FlagKind::PrivateDispute) {
            push("rpd_private_dispute", f.reason.clone());
        }
        if let Some(a) = red_notices.iter().find(|a| below_threshold(&a.warrant)) {
            let w = &a.warrant;
            let recorded = match (w.sentence_months, w.maximum_penalty_months) {
                (Some(s), _) => format!("a sentence of {s} months (threshold: 6)"),
                (None, Some(m)) => format!("a maximum penalty of {m} months (threshold: 24)"),
                (None, None) => String::new(),
            };
            push(
                "rpd_penalty_threshold",
                format!("A Red Notice rests on {recorded}."),
            );
        }
        push("rpd_summary_of_facts", "The case has a Red Notice.".into());
        // Only a warrant recorded as invalid: "no warrant recorded" is a gap to fill (an
        // access request may show it), not "no valid warrant" (issue 15, 2.3).
        if red_notices.iter().any(|a| a.warrant.invalid) {
            push(
                "no_valid_warrant",
                "The warrant behind a Red Notice is recorded as annulled, expired or issued \
                 without jurisdiction."
                    .into(),
            );
        }
    }
    if live.iter().any(|a| a.kind == AlertKind::Diffusion) {
        push("diffusion_description", "The case has a Diffusion.".into());
    }
    if live.iter().any(|a| seeks_arrest(a)) {
        push(
            "interim_measures",
            "An alert asks for arrest: ask the CCF to block the data while it examines the \
             request (the Statute's article on provisional measures is unverified)."
                .into(),
        );
    }
    out
}

/// The variant of `legal-ground` that names `ground` inside a sentence ("as contrary to Article
/// 3 of INTERPOL's Constitution"); `blank` asks the user for a ground that governs Diffusions.
const fn ground_key(ground: Option<RemovalGround>) -> &'static str {
    match ground {
        Some(RemovalGround::Article3) => "article3",
        Some(RemovalGround::Article2) => "article2",
        Some(RemovalGround::DataQuality) => "data_quality",
        Some(RemovalGround::RefugeePolicy) => "refugee_policy",
        Some(RemovalGround::RedNoticeCriteria) => "red_notice_criteria",
        Some(RemovalGround::Other) | None => "blank",
    }
}

fn ground_words(ground: RemovalGround) -> String {
    say(
        Language::En,
        "legal-ground",
        &[("ground", ground_key(Some(ground)).into())],
    )
}

/// A state named in running text in `language`: English gives "the" where English does ("the
/// Russian Federation"); the other languages take the name as the country list has it.
pub(crate) fn state_in(language: Language, code: &str) -> String {
    match language {
        Language::En => country::in_text(code),
        _ => country::name(code).to_owned(),
    }
}

/// States named together in running text ("Türkiye and the Russian Federation"); `None` for
/// none.
pub(crate) fn states_in(language: Language, codes: &[&str]) -> Option<String> {
    codes
        .iter()
        .map(|c| state_in(language, c))
        .reduce(|first, second| {
            say(
                language,
                "legal-and",
                &[("first", first.into()), ("second", second.into())],
            )
        })
}

fn date_or_blank(language: Language, date: Option<chrono::NaiveDate>) -> String {
    date.map_or_else(
        || say(language, "legal-blank-date", &[]),
        |d| crate::clock::written_in(d, catalogue_language(language)),
    )
}

/// A date known to the day, the month or the year, as prose in `language` writes it ("3 May
/// 2024", "May 2024", "2024"): an alert's date as recorded, in a paragraph or in the summary of
/// facts.
#[must_use]
pub fn approx_written_in(d: &ApproxDate, language: Language) -> String {
    match d.precision {
        Precision::Day => crate::clock::written_in(d.date, catalogue_language(language)),
        Precision::Month => say(
            language,
            "legal-month-year",
            &[
                ("month", d.date.month().into()),
                // Text, not a number: no grouping ("2,024").
                ("year", d.date.year().to_string().into()),
            ],
        ),
        Precision::Year => d.date.year().to_string(),
    }
}

/// The placeholders a sentence passes on to [`fill_in`], as `{name}`.
fn kept(names: &[&'static str]) -> Vec<(&'static str, Arg<'static>)> {
    names
        .iter()
        .map(|n| (*n, Arg::from(format!("{{{n}}}"))))
        .collect()
}

/// The sentence that says how the data were deleted, for `reissued_after_deletion`.
fn deletion_sentence(language: Language, alerts: &[Alert]) -> String {
    let (by, date) = match flags::reissue(alerts) {
        Some(r) if r.deletion.by == Some(RemovedBy::Ccf) => ("ccf", r.deletion.date),
        Some(r) if r.deletion.by == Some(RemovedBy::GeneralSecretariat) => ("gs", r.deletion.date),
        _ => ("unknown", None),
    };
    let mut args = kept(&["applicant"]);
    args.push(("by", by.into()));
    args.push(("date", date_or_blank(language, date).into()));
    say(language, "legal-deletion", &args)
}

/// The sentence that says which Red Notice ended, when, how, and what followed.
fn circumvention_sentence(language: Language, alerts: &[Alert]) -> String {
    let Some(c) = flags::circumvention(alerts) else {
        return say(
            language,
            "legal-circumvention-blank",
            &kept(&["issuing_state"]),
        );
    };
    let state = c.red_notice.issuing_country.as_deref().map_or_else(
        || say(language, "legal-blank-issuing-state", &[]),
        |code| state_in(language, code),
    );
    let by = match c.end.by {
        Some(RemovedBy::Ccf) => "ccf",
        Some(RemovedBy::GeneralSecretariat) => "gs",
        None => "unknown",
    };
    let ground = say(
        language,
        "legal-ground",
        &[(
            "ground",
            ground_key(c.end.ground.filter(|g| governs_diffusions(*g))).into(),
        )],
    );
    let (precision, sent) = c.diffusion.date.map_or(("unknown", String::new()), |d| {
        let precision = match d.precision {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        };
        (precision, approx_written_in(&d, language))
    });
    let status = if c.end.status == AlertStatus::Refused {
        "refused"
    } else {
        "deleted"
    };
    let mut args = kept(&["applicant"]);
    args.extend([
        ("status", status.into()),
        ("state", state.into()),
        ("by", by.into()),
        ("date", date_or_blank(language, c.end.date).into()),
        ("ground", ground.into()),
        ("precision", precision.into()),
        ("sent", sent.into()),
    ]);
    say(language, "legal-circumvention", &args)
}

/// The due-process sentences of the Article 2 paragraph, from the defects recorded, each with the
/// articles of the Universal Declaration it engages (Art. 5 torture; Art. 9 arbitrary arrest or
/// detention; Art. 10 a fair and public hearing by an independent and impartial tribunal;
/// Art. 11(1) a public trial with the guarantees necessary for the defence).
fn due_process_sentences(language: Language, alerts: &[Alert]) -> String {
    let mut out: Vec<String> = Vec::new();
    for a in alerts.iter().filter(|a| live(a)) {
        let w = &a.warrant;
        if w.in_absentia && w.retrial_available.is_none() && absentia_in_question(w) {
            out.push(say(
                language,
                "legal-due-absentia-unknown",
                &kept(&["applicant"]),
            ));
        }
        if w.in_absentia && w.retrial_available == Some(false) {
            let how = match (
                w.notified_of_trial == Some(false),
                w.represented_at_trial == Some(false),
            ) {
                (true, true) => "both",
                (true, false) => "uninformed",
                (false, true) => "undefended",
                (false, false) => "none",
            };
            let mut args = kept(&["applicant"]);
            args.push(("how", how.into()));
            out.push(say(language, "legal-due-absentia-convicted", &args));
        }
        if w.torture_evidence {
            out.push(say(language, "legal-due-torture", &[]));
        }
        if w.court_not_independent {
            let authority = if w.authority.trim().is_empty() {
                say(language, "legal-blank-authority", &[])
            } else {
                w.authority.trim().to_owned()
            };
            let mut args = kept(&["applicant"]);
            args.push(("authority", authority.into()));
            out.push(say(language, "legal-due-not-independent", &args));
        }
    }
    out.dedup();
    if out.is_empty() {
        say(language, "legal-due-blank", &[])
    } else {
        out.join(" ")
    }
}

/// The facts of a trial in absentia, as recorded.
fn absentia_sentences(language: Language, alerts: &[Alert]) -> String {
    let Some(w) = alerts
        .iter()
        .filter(|a| live(a))
        .map(|a| &a.warrant)
        .find(|w| w.in_absentia)
    else {
        return say(language, "legal-absentia-blank", &[]);
    };
    let mut out: Vec<&str> = Vec::new();
    match w.notified_of_trial {
        Some(false) => out.push("legal-absentia-not-informed"),
        Some(true) => {}
        None => out.push("legal-absentia-informed-unknown"),
    }
    match w.represented_at_trial {
        Some(false) => out.push("legal-absentia-not-represented"),
        Some(true) => {}
        None => out.push("legal-absentia-represented-unknown"),
    }
    match w.retrial_available {
        Some(false) => out.push("legal-absentia-no-retrial"),
        Some(true) => {}
        None => out.push("legal-absentia-retrial-unknown"),
    }
    out.iter()
        .map(|id| say(language, id, &kept(&["issuing_state"])))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The sentence that states the final decision on the same acts.
fn final_decision_sentence(language: Language, alerts: &[Alert]) -> String {
    let Some(d) = alerts
        .iter()
        .filter(|a| live(a))
        .find_map(|a| a.warrant.final_decision.as_ref())
    else {
        return say(language, "legal-final-decision-blank", &[]);
    };
    let state = d.country.as_deref().map_or_else(
        || say(language, "legal-blank-state", &[]),
        |code| state_in(language, code),
    );
    let by = if d.reference.trim().is_empty() {
        say(language, "legal-blank-court", &[])
    } else {
        d.reference.trim().to_owned()
    };
    let outcome = match d.outcome {
        FinalOutcome::Acquittal => "acquittal",
        FinalOutcome::Conviction => "conviction",
        FinalOutcome::Discontinued => "discontinued",
    };
    let mut args = kept(&["applicant"]);
    args.extend([
        ("outcome", outcome.into()),
        ("state", state.into()),
        ("by", by.into()),
        ("date", date_or_blank(language, d.date).into()),
    ]);
    say(language, "legal-final-decision", &args)
}

/// The sentence that states the prescription.
fn prescription_sentence(language: Language, alerts: &[Alert]) -> String {
    let Some(p) = alerts
        .iter()
        .filter(|a| live(a))
        .find_map(|a| a.warrant.prescription.as_ref())
    else {
        return say(
            language,
            "legal-prescription-blank",
            &kept(&["issuing_state"]),
        );
    };
    let law = if p.law.trim().is_empty() {
        say(language, "legal-blank-provision", &[])
    } else {
        p.law.trim().to_owned()
    };
    let of = match p.of {
        PrescriptionOf::Offence => "offence",
        PrescriptionOf::Penalty => "penalty",
    };
    let mut args = kept(&["applicant"]);
    args.extend([
        ("law", law.into()),
        ("of", of.into()),
        ("date", date_or_blank(language, p.expired_on).into()),
    ]);
    say(language, "legal-prescription", &args)
}

/// Fills the placeholders of an English paragraph from the case: `{applicant}`,
/// `{issuing_state}`, `{asylum_state}`, `{feared_state}`, `{refugee_decision}` (its date; its
/// annex only through [`fill_for`]), and the sentences built from what is recorded
/// (`{deletion}`, `{circumvention}`, `{due_process}`, `{absentia_facts}`, `{final_decision}`,
/// `{prescription}`). A value the case does not have becomes a bracketed blank for the user to
/// fill.
#[must_use]
pub fn fill(text: &str, case: &Case, alerts: &[Alert]) -> String {
    fill_for(text, case, alerts, &Annexed::default())
}

/// What a filing annexes that a paragraph refers to, by annex label ("A-2"): known only for a
/// given filing, since labels follow its order of annexes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annexed {
    /// The first annexed refugee or asylum decision (evidence category `asylum_decision`).
    pub protection_decision: Option<String>,
}

/// The refugee decision as the case records it (issue 21.8): its date (the protection's date,
/// when status was granted) and its annex label in the filing, each left as a bracketed blank
/// when unknown. The decision's reference is not recorded; the annex identifies the decision.
fn refugee_decision(language: Language, case: &Case, annexed: &Annexed) -> String {
    let date = case
        .person
        .protection
        .as_ref()
        .filter(|p| p.status == ProtectionStatus::Granted)
        .and_then(|p| p.date);
    let label = annexed.protection_decision.clone().unwrap_or_default();
    let known = match (date, annexed.protection_decision.is_some()) {
        (Some(_), true) => "date_annex",
        (Some(_), false) => "date",
        (None, true) => "annex",
        (None, false) => "none",
    };
    say(
        language,
        "legal-refugee-decision",
        &[
            ("known", known.into()),
            ("date", date_or_blank(language, date).into()),
            ("label", label.into()),
        ],
    )
}

/// [`fill`] for a paragraph going into a filing: also names the annexes it refers to.
#[must_use]
pub fn fill_for(text: &str, case: &Case, alerts: &[Alert], annexed: &Annexed) -> String {
    fill_in(Language::En, text, case, alerts, annexed)
}

/// [`fill_for`] for a paragraph in `language` ([`Argument::text_in`]): the same case data, in
/// the sentences and blanks of that language.
#[must_use]
pub fn fill_in(
    language: Language,
    text: &str,
    case: &Case,
    alerts: &[Alert],
    annexed: &Annexed,
) -> String {
    // The sentences first: they contain the simple placeholders.
    let mut text = text.replace(
        "{refugee_decision}",
        &refugee_decision(language, case, annexed),
    );
    for (key, make) in [
        (
            "{deletion}",
            deletion_sentence as fn(Language, &[Alert]) -> String,
        ),
        ("{circumvention}", circumvention_sentence),
        ("{due_process}", due_process_sentences),
        ("{absentia_facts}", absentia_sentences),
        ("{final_decision}", final_decision_sentence),
        ("{prescription}", prescription_sentence),
    ] {
        if text.contains(key) {
            text = text.replace(key, &make(language, alerts));
        }
    }
    let applicant = match case.display_name() {
        "" | "—" => say(language, "legal-blank-applicant", &[]),
        name => name.to_owned(),
    };
    let mut issuers: Vec<&str> = alerts
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    issuers.sort_unstable();
    issuers.dedup();
    let issuing = states_in(language, &issuers)
        .unwrap_or_else(|| say(language, "legal-blank-issuing-state", &[]));
    let protection = case.person.protection.as_ref();
    let asylum = protection.and_then(|p| p.country.as_deref()).map_or_else(
        || say(language, "legal-blank-asylum-state", &[]),
        |c| state_in(language, c),
    );
    let feared = protection
        .and_then(|p| p.feared_state.as_deref())
        .map_or_else(
            || say(language, "legal-blank-feared-state", &[]),
            |c| state_in(language, c),
        );
    // A state named at the start of a sentence takes a capital: "The Russian Federation has".
    let mut out = text.replace("{applicant}", &applicant);
    for (key, value) in [
        ("{issuing_state}", &issuing),
        ("{asylum_state}", &asylum),
        ("{feared_state}", &feared),
    ] {
        out = out
            .replace(&format!(". {key}"), &format!(". {}", capitalised(value)))
            .replace(key, value);
    }
    out
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
    use crate::model::{
        AlertStatus, FinalDecision, Person, Prescription, Profile, Protection, ProtectionKind,
        StatusChange,
    };
    use crate::rules::flags::{self, FlagSource};
    use chrono::NaiveDate;

    fn flag(kind: FlagKind) -> Flag {
        Flag {
            kind,
            label: "",
            reason: format!("{kind:?}"),
            source: FlagSource::Data,
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn alert(kind: AlertKind, from: &str) -> Alert {
        Alert {
            kind,
            issuing_country: Some(from.into()),
            ..Alert::default()
        }
    }

    fn ids(case: &Case, alerts: &[Alert]) -> Vec<&'static str> {
        let flags = flags::compute(case, alerts);
        suggest(case, &flags, alerts).iter().map(|s| s.id).collect()
    }

    fn person(protection: Option<Protection>) -> Case {
        Case {
            person: Person {
                name_latin: "Amina Haddad".into(),
                protection,
                ..Person::default()
            },
            ..Case::default()
        }
    }

    fn protection(status: ProtectionStatus, kind: ProtectionKind) -> Option<Protection> {
        Some(Protection {
            status,
            kind,
            country: Some("FR".into()),
            feared_state: Some("TR".into()),
            ..Protection::default()
        })
    }

    #[test]
    fn every_argument_has_citations_and_a_unique_id() {
        let mut ids: Vec<&str> = LIBRARY.iter().map(|a| a.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), LIBRARY.len());
        for a in LIBRARY {
            assert!(!a.citations.is_empty(), "{} cites nothing", a.id);
            assert!(a.text().len() > 200, "{} is not a paragraph", a.id);
            assert!(by_id(a.id).is_some());
        }
    }

    #[test]
    fn the_library_covers_each_ground_the_issue_names() {
        for id in [
            "art3_predominance",
            "art2_human_rights",
            "refugee_policy",
            "asylum_pending",
            "rpd_private_dispute",
            "rpd_penalty_threshold",
            "rpd_summary_of_facts",
            "diffusion_description",
            "no_valid_warrant",
            "reissued_after_deletion",
            "diffusion_circumvention",
            "interim_measures",
            "ne_bis_in_idem",
            "prescription",
            "trial_in_absentia",
        ] {
            assert!(by_id(id).is_some(), "{id}");
        }
    }

    /// RPD Art. 83's sub-paragraphs (1)(a) and (1)(b) are unverified in the notes: nothing cites
    /// them (issue 15, 2.6); and no article number is given for provisional measures.
    #[test]
    fn citations_stay_at_the_level_that_is_verified() {
        for a in LIBRARY {
            for c in a.citations {
                assert!(
                    !c.cites().contains("83(1)(a)") && !c.cites().contains("83(1)(b)"),
                    "{}: {}",
                    a.id,
                    c.cites()
                );
            }
        }
        let interim = by_id("interim_measures").map(|a| a.citations[0]);
        assert!(
            interim.is_some_and(
                |c| !c.cites().contains("Art.") && c.confidence == Confidence::Unverified
            )
        );
        assert_eq!(
            by_id("art3_predominance").map(Argument::weakest),
            Some(Confidence::Unverified)
        );
        assert_eq!(
            by_id("no_valid_warrant").map(Argument::weakest),
            Some(Confidence::Verified)
        );
    }

    #[test]
    fn suggestions_follow_the_flags_strongest_first() {
        let case = Case::default();
        let s = suggest(
            &case,
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
        // Article 2 for a political profile asks for the due-process defects, not the risk of
        // extradition (issue 15, 2.4).
        assert!(
            s[2].because.contains("not on the risk of extradition"),
            "{}",
            s[2].because
        );
        assert_eq!(s[0].because, "RefugeeFromIssuingState");
        assert_eq!(suggest(&case, &[], &[]), vec![]);
    }

    #[test]
    fn the_refugee_policy_only_for_convention_status_against_the_issuer() {
        let tr = [alert(AlertKind::Diffusion, "TR")];
        let granted = person(protection(
            ProtectionStatus::Granted,
            ProtectionKind::ConventionRefugee,
        ));
        let got = ids(&granted, &tr);
        assert!(got.contains(&"refugee_policy"), "{got:?}");
        assert!(!got.contains(&"asylum_pending"), "{got:?}");
        let text = fill(
            &by_id("refugee_policy").map_or_else(String::new, Argument::text),
            &granted,
            &tr,
        );
        assert!(
            text.contains("asks the Commission to obtain that confirmation from France"),
            "{text}"
        );
        // Against another state: no refugee wording at all.
        let ru = [alert(AlertKind::Diffusion, "RU")];
        let got = ids(&granted, &ru);
        assert!(
            !got.contains(&"refugee_policy") && !got.contains(&"asylum_pending"),
            "{got:?}"
        );
        // Subsidiary, humanitarian, unspecified or naturalised: not the refugee policy.
        for kind in [
            ProtectionKind::Subsidiary,
            ProtectionKind::Humanitarian,
            ProtectionKind::Unspecified,
        ] {
            let other = person(protection(ProtectionStatus::Granted, kind));
            assert!(!ids(&other, &tr).contains(&"refugee_policy"), "{kind:?}");
        }
        let mut naturalised = granted.clone();
        naturalised.person.nationalities = vec!["FR".into()];
        assert!(!ids(&naturalised, &tr).contains(&"refugee_policy"));
    }

    #[test]
    fn a_pending_claim_has_its_own_wording_never_recognised() {
        let tr = [alert(AlertKind::Diffusion, "TR")];
        let pending = person(protection(
            ProtectionStatus::Pending,
            ProtectionKind::ConventionRefugee,
        ));
        let got = ids(&pending, &tr);
        assert!(got.contains(&"asylum_pending"), "{got:?}");
        assert!(!got.contains(&"refugee_policy"), "{got:?}");
        let text = fill(
            &by_id("asylum_pending").map_or_else(String::new, Argument::text),
            &pending,
            &tr,
        );
        assert!(!text.contains("recognised"), "{text}");
        assert!(text.contains("has applied for asylum in France"), "{text}");
        assert!(
            text.contains(&format!("persecution by {}", country::name("TR"))),
            "{text}"
        );
    }

    #[test]
    fn no_valid_warrant_only_for_a_red_notice_and_never_claimed_from_a_blank() {
        let case = Case::default();
        for kind in [AlertKind::BlueNotice, AlertKind::YellowNotice] {
            assert!(!ids(&case, &[alert(kind, "TR")]).contains(&"no_valid_warrant"));
        }
        let mut locate = alert(AlertKind::Diffusion, "TR");
        locate.requests = vec![AlertRequest::Locate, AlertRequest::Identify];
        let got = ids(&case, &[locate]);
        assert!(!got.contains(&"no_valid_warrant"), "{got:?}");
        assert!(!got.contains(&"interim_measures"), "{got:?}");
        // "No warrant recorded" is a gap to fill, not "no valid warrant" (issue 15, 2.3).
        let mut red = alert(AlertKind::RedNotice, "TR");
        assert!(!ids(&case, std::slice::from_ref(&red)).contains(&"no_valid_warrant"));
        red.warrant.reference = "3/12-345".into();
        assert!(!ids(&case, std::slice::from_ref(&red)).contains(&"no_valid_warrant"));
        red.warrant.invalid = true;
        assert!(ids(&case, &[red]).contains(&"no_valid_warrant"));
    }

    #[test]
    fn a_diffusion_only_case_gets_no_red_notice_wording() {
        let mut case = person(None);
        case.person.profile = vec![Profile::BusinessDispute, Profile::Journalist];
        let mut diffusion = alert(AlertKind::Diffusion, "TR");
        diffusion.requests = vec![AlertRequest::Arrest];
        diffusion.warrant.sentence_months = Some(2);
        let alerts = [diffusion];
        let got = ids(&case, &alerts);
        assert!(got.contains(&"diffusion_description"), "{got:?}");
        assert!(got.contains(&"interim_measures"), "{got:?}");
        for id in got {
            let arg = by_id(id).map_or_else(String::new, Argument::text);
            assert!(
                !fill(&arg, &case, &alerts).contains("Red Notice"),
                "{id} speaks of Red Notices in a Diffusion-only case"
            );
        }
    }

    #[test]
    fn the_penalty_threshold_only_below_a_recorded_penalty() {
        let case = Case::default();
        let with = |max: Option<u32>, sentence: Option<u32>| {
            let mut red = alert(AlertKind::RedNotice, "TR");
            red.warrant.maximum_penalty_months = max;
            red.warrant.sentence_months = sentence;
            ids(&case, &[red]).contains(&"rpd_penalty_threshold")
        };
        assert!(!with(None, None), "nothing recorded is not below");
        assert!(!with(Some(36), None));
        assert!(!with(Some(24), None), "two years meets the threshold");
        assert!(with(Some(12), None));
        assert!(with(None, Some(4)));
        assert!(!with(None, Some(6)));
        assert!(
            with(Some(60), Some(3)),
            "a sentence decides once there is one"
        );
    }

    fn circumvention_case(ground: Option<RemovalGround>) -> Vec<Alert> {
        let mut red = alert(AlertKind::RedNotice, "TR");
        red.status = vec![StatusChange {
            status: AlertStatus::Refused,
            date: Some(day("2024-02-01")),
            by: Some(RemovedBy::GeneralSecretariat),
            ground,
        }];
        let mut diffusion = alert(AlertKind::Diffusion, "TR");
        diffusion.date = Some(crate::model::ApproxDate {
            date: day("2024-05-03"),
            precision: crate::model::Precision::Day,
        });
        vec![red, diffusion]
    }

    #[test]
    fn circumvention_only_for_grounds_that_govern_diffusions() {
        let case = person(None);
        for ground in [
            RemovalGround::Article2,
            RemovalGround::Article3,
            RemovalGround::DataQuality,
            RemovalGround::RefugeePolicy,
        ] {
            assert!(
                ids(&case, &circumvention_case(Some(ground))).contains(&"diffusion_circumvention"),
                "{ground:?}"
            );
        }
        // A Red Notice criterion says nothing of a Diffusion.
        let criteria = circumvention_case(Some(RemovalGround::RedNoticeCriteria));
        assert!(!ids(&case, &criteria).contains(&"diffusion_circumvention"));
        // An unrecorded ground: suggested with the condition, the ground left blank.
        for ground in [Some(RemovalGround::Other), None] {
            let alerts = circumvention_case(ground);
            let flags = flags::compute(&case, &alerts);
            let s = suggest(&case, &flags, &alerts);
            let c = s.iter().find(|s| s.id == "diffusion_circumvention");
            assert!(
                c.is_some_and(|c| c.because.contains("not for a Red Notice criterion")),
                "{ground:?}: {s:?}"
            );
            let text = fill(
                &by_id("diffusion_circumvention").map_or_else(String::new, Argument::text),
                &case,
                &alerts,
            );
            assert!(
                text.contains("[give the ground: one that governs Diffusions too"),
                "{text}"
            );
        }
        let alerts = circumvention_case(Some(RemovalGround::Article3));
        let text = fill(
            &by_id("diffusion_circumvention").map_or_else(String::new, Argument::text),
            &case,
            &alerts,
        );
        assert!(
            text.starts_with(&format!(
                "A Red Notice requested by {} concerning Amina Haddad was refused by \
                 INTERPOL's General Secretariat on 1 February 2024 as contrary to Article 3",
                country::name("TR")
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "On 3 May 2024, {} sent a Diffusion",
                country::name("TR")
            )),
            "{text}"
        );
    }

    #[test]
    fn a_diffusion_that_asks_for_no_arrest_is_not_a_circumvention() {
        let case = person(None);
        let mut alerts = circumvention_case(Some(RemovalGround::Article3));
        alerts[1].requests = vec![AlertRequest::Locate];
        assert_eq!(diffusion_kind(&alerts[1]), Some(DiffusionKind::Other));
        assert!(!ids(&case, &alerts).contains(&"diffusion_circumvention"));
        alerts[1].requests = vec![AlertRequest::Locate, AlertRequest::Arrest];
        assert_eq!(
            diffusion_kind(&alerts[1]),
            Some(DiffusionKind::WantedPerson)
        );
        assert!(ids(&case, &alerts).contains(&"diffusion_circumvention"));
        // A direct NCB message is not a Diffusion, but may ask for arrest.
        let mut message = alert(AlertKind::NcbMessage, "TR");
        assert_eq!(diffusion_kind(&message), None);
        assert!(!seeks_arrest(&message));
        message.requests = vec![AlertRequest::Arrest];
        assert!(seeks_arrest(&message));
        let got = ids(&case, &[message]);
        assert!(!got.contains(&"diffusion_description"), "{got:?}");
        assert!(got.contains(&"interim_measures"), "{got:?}");
    }

    #[test]
    fn article_2_rests_on_due_process_defects_not_on_extradition() {
        let case = person(None);
        let mut political = case.clone();
        political.person.profile = vec![Profile::Journalist];
        let plain = [alert(AlertKind::RedNotice, "TR")];
        assert!(!ids(&case, &plain).contains(&"art2_human_rights"));
        // A political profile alone: suggested, the defects left for the user to describe.
        assert!(ids(&political, &plain).contains(&"art2_human_rights"));
        let blank = fill(
            &by_id("art2_human_rights").map_or_else(String::new, Argument::text),
            &political,
            &plain,
        );
        assert!(
            blank.contains("[Describe the due-process defects"),
            "{blank}"
        );
        assert!(!blank.contains("extradit"), "{blank}");

        let mut tortured = alert(AlertKind::RedNotice, "TR");
        tortured.warrant.torture_evidence = true;
        tortured.warrant.court_not_independent = true;
        tortured.warrant.authority = "3rd Criminal Court of Ankara".into();
        let alerts = [tortured];
        assert!(ids(&case, &alerts).contains(&"art2_human_rights"));
        let text = fill(
            &by_id("art2_human_rights").map_or_else(String::new, Argument::text),
            &case,
            &alerts,
        );
        for needle in [
            "Article 5",
            "Article 9",
            "Article 10",
            "issued by 3rd Criminal Court of Ankara",
        ] {
            assert!(text.contains(needle), "{needle}: {text}");
        }
        for risk in ["extradit", "surrender", "refoulement"] {
            assert!(!text.contains(risk), "{risk}: {text}");
        }
        assert!(!text.contains('{'), "{text}");
    }

    #[test]
    fn trial_in_absentia_follows_the_facts_recorded() {
        let case = person(None);
        let absentia = |notified, represented, retrial| {
            let mut a = alert(AlertKind::RedNotice, "TR");
            a.warrant.in_absentia = true;
            a.warrant.notified_of_trial = notified;
            a.warrant.represented_at_trial = represented;
            a.warrant.retrial_available = retrial;
            a
        };
        let unknown = [absentia(None, None, None)];
        let got = ids(&case, &unknown);
        assert!(got.contains(&"trial_in_absentia"), "{got:?}");
        // A trial in absentia with no retrial known is a possible defect: Article 2 too, the
        // facts left for the user to state.
        assert!(got.contains(&"art2_human_rights"), "{got:?}");
        let text = fill(
            &by_id("art2_human_rights").map_or_else(String::new, Argument::text),
            &case,
            &unknown,
        );
        assert!(
            text.contains("was tried in absentia [say whether"),
            "{text}"
        );
        // A right to a new trial, or notice and a defence: not suggested.
        let retrial = ids(&case, &[absentia(None, None, Some(true))]);
        assert!(!retrial.contains(&"trial_in_absentia"), "{retrial:?}");
        assert!(!retrial.contains(&"art2_human_rights"), "{retrial:?}");
        assert!(
            !ids(&case, &[absentia(Some(true), Some(true), None)]).contains(&"trial_in_absentia")
        );
        // No retrial: a due-process defect, and the Article 2 paragraph says so.
        let no_retrial = [absentia(Some(false), Some(false), Some(false))];
        let got = ids(&case, &no_retrial);
        assert!(got.contains(&"art2_human_rights"), "{got:?}");
        let text = fill(
            &by_id("trial_in_absentia").map_or_else(String::new, Argument::text),
            &case,
            &no_retrial,
        );
        assert!(text.contains("was not informed of the trial"), "{text}");
        assert!(
            text.contains(&format!("The law of {} gives", country::name("TR"))),
            "{text}"
        );
    }

    #[test]
    fn re_issue_after_deletion_says_who_deleted() {
        let case = person(None);
        let deleted_by = |by| {
            let mut red = alert(AlertKind::RedNotice, "TR");
            red.status = vec![
                StatusChange {
                    status: AlertStatus::Deleted,
                    date: Some(day("2024-03-01")),
                    by,
                    ground: None,
                },
                StatusChange::new(AlertStatus::Reissued, Some(day("2025-01-10"))),
            ];
            [red]
        };
        let text = |alerts: &[Alert]| {
            fill(
                &by_id("reissued_after_deletion").map_or_else(String::new, Argument::text),
                &case,
                alerts,
            )
        };
        let ccf = deleted_by(Some(RemovedBy::Ccf));
        assert!(ids(&case, &ccf).contains(&"reissued_after_deletion"));
        assert!(
            text(&ccf).starts_with("By its decision of 1 March 2024 [reference], the Commission"),
            "{}",
            text(&ccf)
        );
        assert!(text(&ccf).contains(&format!(". {} has since recorded", country::name("TR"))));
        let gs = deleted_by(Some(RemovedBy::GeneralSecretariat));
        assert!(
            text(&gs).starts_with("On 1 March 2024, INTERPOL's General Secretariat deleted"),
            "{}",
            text(&gs)
        );
        assert!(!text(&gs).contains("binding"));
    }

    #[test]
    fn ne_bis_in_idem_and_prescription_are_filled_from_the_warrant() {
        let case = person(None);
        let mut red = alert(AlertKind::RedNotice, "US");
        red.warrant.final_decision = Some(FinalDecision {
            country: Some("DE".into()),
            date: Some(day("2010-06-01")),
            outcome: FinalOutcome::Discontinued,
            reference: "Public prosecutor, Munich I".into(),
        });
        red.warrant.prescription = Some(Prescription {
            of: PrescriptionOf::Penalty,
            law: "Penal Code, s. 12".into(),
            expired_on: Some(day("2025-01-01")),
        });
        let alerts = [red];
        let got = ids(&case, &alerts);
        assert!(
            got.contains(&"ne_bis_in_idem") && got.contains(&"prescription"),
            "{got:?}"
        );
        let nbis = fill(
            &by_id("ne_bis_in_idem").map_or_else(String::new, Argument::text),
            &case,
            &alerts,
        );
        assert!(
            nbis.starts_with(
                "The proceedings against Amina Haddad for these acts in Germany were definitively \
                 discontinued by Public prosecutor, Munich I on 1 June 2010."
            ),
            "{nbis}"
        );
        assert!(nbis.contains("C-505/19"), "{nbis}");
        let pres = fill(
            &by_id("prescription").map_or_else(String::new, Argument::text),
            &case,
            &alerts,
        );
        assert!(
            pres.starts_with(
                "Under Penal Code, s. 12, the enforcement of the sentence imposed on Amina Haddad \
                 became time-barred on 1 January 2025"
            ),
            "{pres}"
        );
    }

    #[test]
    fn the_refugee_decision_is_cited_by_its_date_and_annex_when_known() {
        let refugee = |date: Option<&str>| {
            let mut p = protection(ProtectionStatus::Granted, ProtectionKind::ConventionRefugee);
            if let Some(p) = p.as_mut() {
                p.date = date.map(day);
            }
            person(p)
        };
        let text = |case: &Case, label: Option<&str>| {
            let annexed = Annexed {
                protection_decision: label.map(str::to_owned),
            };
            fill_for(
                &by_id("refugee_policy").map_or_else(String::new, Argument::text),
                case,
                &[],
                &annexed,
            )
        };
        let known = refugee(Some("2024-06-01"));
        let full = text(&known, Some("A-2"));
        assert!(
            full.contains("persecution by Türkiye (decision of 1 June 2024, Annex A-2). Under"),
            "{full}"
        );
        assert!(!full.contains('['), "nothing left to fill: {full}");
        assert!(text(&known, None).contains("(decision of 1 June 2024, [annex the decision])"));
        assert!(text(&refugee(None), Some("A-1"))
            .contains("([give the date of the decision], Annex A-1)"));
        assert!(text(&refugee(None), None)
            .contains("[give the date and reference of the decision, annexed]"));
        // A date of a pending claim is the application's, not a decision's.
        let mut pending = known.clone();
        if let Some(p) = pending.person.protection.as_mut() {
            p.status = ProtectionStatus::Pending;
        }
        assert!(text(&pending, None).contains("[give the date and reference of the decision"));
    }

    #[test]
    fn placeholders_are_filled_from_the_case_or_left_as_blanks() {
        let case = person(protection(
            ProtectionStatus::Granted,
            ProtectionKind::ConventionRefugee,
        ));
        let alerts = [alert(AlertKind::Diffusion, "TR")];
        let text = fill(
            &by_id("refugee_policy").map_or_else(String::new, Argument::text),
            &case,
            &alerts,
        );
        assert!(
            text.contains(
                "Amina Haddad has been recognised as a refugee under the 1951 Convention relating \
                 to the Status of Refugees by France"
            ),
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
        let mut russia = alert(AlertKind::RedNotice, "RU");
        russia.status = vec![
            StatusChange::new(AlertStatus::Deleted, None),
            StatusChange::new(AlertStatus::Reissued, None),
        ];
        let text = fill(
            &by_id("reissued_after_deletion").map_or_else(String::new, Argument::text),
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
        // Every paragraph fills without a brace left over, even from an empty case.
        for a in LIBRARY {
            let t = fill(&a.text(), &Case::default(), &[]);
            assert!(!t.contains('{') && !t.contains('}'), "{}: {t}", a.id);
        }
    }

    #[test]
    fn every_paragraph_and_title_is_written_in_the_ccfs_four_languages() {
        for a in LIBRARY {
            let english = a.text();
            for l in [Language::Fr, Language::Es, Language::Ar] {
                let text = a.text_in(l);
                assert_ne!(text, english, "{} in {l:?}", a.id);
                assert_ne!(a.title_in(l), a.title(), "{} in {l:?}", a.id);
                // The same placeholders: the same case data goes in.
                for p in PLACEHOLDERS {
                    let slot = format!("{{{p}}}");
                    assert_eq!(
                        text.contains(&slot),
                        english.contains(&slot),
                        "{} in {l:?}: {slot}",
                        a.id
                    );
                }
            }
            for c in a.citations {
                assert_ne!(c.cites_in(Language::Fr), c.cites(), "{}", c.key);
            }
        }
    }
}
