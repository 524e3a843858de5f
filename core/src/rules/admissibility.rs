//! The admissibility check of a filing, before export: each rule the CCF applies to a request,
//! with its basis, its source and how sure we are of it (domain.md §1.3, §1.6, §2).
//!
//! A finding is a *problem* (the CCF's own admissibility sheet would refuse the request as it
//! stands) or a *warning* (a practitioner's advice, a rule whose application under the Portal is
//! not confirmed, or a ground whose citations are not yet checked). Export stays possible with findings; the app shows them first and
//! never exports silently. Each finding names the field to fix, so the UI can jump to it.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::arguments::{self, Scope};
use super::deadlines::Confidence;
use super::flags;
use crate::locale::{self, Arg, Language as AppLanguage};
use crate::model::evidence::{Category, Evidence};
use crate::model::filing::{ApplicantKind, Filing, FilingKind, Language};
use crate::model::{Alert, AlertKind, Case, ProtectionStatus};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The request would be inadmissible as it stands.
    Problem,
    /// Worth fixing; not a stated ground of inadmissibility, or not confirmed for the Portal.
    Warning,
}

/// The rules, each with a stable id (tests and the UI refer to them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// A copy of the applicant's identity document is annexed.
    IdentityDocument,
    /// The copy shows the name, the date of birth and a photograph.
    IdentityContents,
    /// The identity document has not expired.
    IdentityValid,
    /// A representative has a power of attorney signed by the applicant, annexed.
    PowerOfAttorney,
    /// The request is signed and dated.
    SignedAndDated,
    /// Annexes not in a working language come with a translation.
    Language,
    /// The purpose (what is asked) is stated.
    Purpose,
    /// Revision: the new fact is described and was discovered less than six months ago.
    RevisionSixMonths,
    /// Revision: the first filing is a summary of about two pages.
    RevisionSummary,
    /// The data concerned are identified (which alerts, how the applicant learned of them).
    DataIdentified,
    /// A ground's secondary or unverified citations have been checked by the user.
    CitationsChecked,
    /// A minor's request names who acts for them and annexes proof of the relationship.
    MinorRelationship,
    /// An entity's request gives its name and registration and annexes the registration.
    EntityRegistration,
    /// An entity's request names its signatory and annexes proof of their authority.
    EntityAuthority,
    /// A request about property annexes proof that the property is the applicant's.
    PropertyIdentified,
    /// No bracketed passage to fill in is left in the text.
    Placeholder,
    /// A ground's wording fits the alerts the request concerns (a Red Notice rule for a Red
    /// Notice, refugee status against the state that issued the data).
    GroundFitsCase,
}

/// One thing to fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Finding {
    /// Which rule.
    pub rule: Rule,
    /// Problem or warning.
    pub severity: Severity,
    /// What is wrong and what to do, in plain words.
    pub message: String,
    /// The rule's basis.
    pub basis: &'static str,
    /// Where it was read.
    pub source: &'static str,
    /// How sure we are of the rule.
    pub confidence: Confidence,
    /// The filing field to go to (`annexes`, `submitter.power_of_attorney`, `signature`, …).
    pub field: &'static str,
}

const SHEET: &str = "CCF, \"Admissibility of a request to the Commission for the Control of \
    INTERPOL's Files\" (docslib.org/doc/5056829; current copy at europeancourt.org)";

/// Roughly two pages of running text at the size Habeas prints (about 3,500 characters a page).
const TWO_PAGES_CHARS: usize = 7_000;

/// Checks `filing` against every rule. `evidence` is the case's evidence (annexes are looked
/// up in it); `today` pins time. What to do is said in English: [`check_in`] says it in the
/// user's language.
#[must_use]
pub fn check(
    filing: &Filing,
    case: &Case,
    alerts: &[Alert],
    evidence: &[Evidence],
    today: NaiveDate,
) -> Vec<Finding> {
    check_in(filing, case, alerts, evidence, today, AppLanguage::En)
}

/// A number for a message (a count of grounds or pages never comes near `i64::MAX`).
fn count(n: usize) -> Arg<'static> {
    Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// [`check`] with each finding's message (what to do) from `locales/<lang>/rules.ftl` in
/// `language`. The rule it rests on (basis and source) is still stated in English.
#[must_use]
pub fn check_in(
    filing: &Filing,
    case: &Case,
    alerts: &[Alert],
    evidence: &[Evidence],
    today: NaiveDate,
    language: AppLanguage,
) -> Vec<Finding> {
    let say = |id: &str, args: &[(&str, Arg<'_>)]| locale::message(language, id, args);
    let annexed: Vec<&Evidence> = filing
        .annexes
        .iter()
        .filter_map(|a| {
            evidence
                .iter()
                .find(|e| e.id == a.evidence && e.deleted.is_none())
        })
        .collect();
    let mut out = Vec::new();
    let mut add = |rule, severity, message: String, basis, source, confidence, field| {
        out.push(Finding {
            rule,
            severity,
            message,
            basis,
            source,
            confidence,
            field,
        });
    };

    // 1. Identity document: the applicant's, or for a minor the minor's (the case's person).
    // An entity has no identity document; its registration stands for it (1b).
    let applicant = &filing.applicant;
    if applicant.kind != ApplicantKind::Entity {
        let minor = if applicant.kind == ApplicantKind::Minor {
            "yes"
        } else {
            "no"
        };
        if !annexed
            .iter()
            .any(|e| e.category == Category::IdentityDocument)
        {
            add(
                Rule::IdentityDocument,
                Severity::Problem,
                say("admissibility-identity-missing", &[("minor", minor.into())]),
                "A copy of the applicant's official identity document is required for admissibility.",
                SHEET,
                Confidence::Verified,
                "annexes",
            );
        }
        let ic = filing.id_copy;
        if !(ic.name && ic.birth_date && ic.photo) {
            add(
                Rule::IdentityContents,
                Severity::Problem,
                say("admissibility-identity-contents", &[]),
                "The identity document must show at a minimum the name, family name, date of birth \
                 and photograph.",
                SHEET,
                Confidence::Verified,
                "id_copy",
            );
        }
        let with_expiry: Vec<NaiveDate> = case
            .person
            .documents
            .iter()
            .filter_map(|d| d.expiry)
            .collect();
        if with_expiry.is_empty() {
            add(
                Rule::IdentityValid,
                Severity::Warning,
                say("admissibility-identity-expiry", &[("minor", minor.into())]),
                "An out-of-date identity document is a common reason for inadmissibility.",
                "rednoticelawjournal.com (2020), on common reasons for inadmissibility",
                Confidence::Secondary,
                "person.documents",
            );
        } else if with_expiry.iter().all(|d| *d < today) {
            add(
                Rule::IdentityValid,
                // A practitioner's "common reason", not a rule of the CCF's sheet, which asks for an
                // official, unredacted document (domain.md, third review): a warning, not a problem.
                Severity::Warning,
                expired_id_message_in(case, language),
                "An out-of-date identity document is a common reason for inadmissibility, according \
                 to a practitioner; the CCF's own sheet asks for an official, unredacted document.",
                "rednoticelawjournal.com (2020), on common reasons for inadmissibility",
                Confidence::Secondary,
                "person.documents",
            );
        }
    }

    // 1b. Who the applicant is: a minor or an entity needs more than an identity document, and
    // data about property should say which property (domain.md §1.3 and §2, rows A' and A'').
    let has = |c: Category| annexed.iter().any(|e| e.category == c);
    match applicant.kind {
        ApplicantKind::Person => {}
        ApplicantKind::Minor => {
            let message = if applicant.guardian.trim().is_empty()
                || applicant.relationship.trim().is_empty()
            {
                Some("admissibility-minor-guardian")
            } else if !has(Category::RelationshipProof) {
                Some("admissibility-minor-proof")
            } else {
                None
            };
            if let Some(m) = message {
                add(
                    Rule::MinorRelationship,
                    Severity::Problem,
                    say(m, &[]),
                    "For a minor: a document proving the relationship (e.g. a birth certificate) \
                     and a copy of the minor's identity document.",
                    SHEET,
                    Confidence::Verified,
                    "applicant",
                );
            }
        }
        ApplicantKind::Entity => {
            let message =
                if applicant.entity_name.trim().is_empty() || applicant.registered_on.is_none() {
                    Some("admissibility-entity-name")
                } else if !has(Category::EntityRegistration) {
                    Some("admissibility-entity-registration")
                } else {
                    None
                };
            if let Some(m) = message {
                add(
                    Rule::EntityRegistration,
                    Severity::Problem,
                    say(m, &[]),
                    "For an entity: an official document showing its full name, date of \
                     incorporation or registration, registration number (if any).",
                    SHEET,
                    Confidence::Verified,
                    "applicant",
                );
            }
            let message = if applicant.signatory.trim().is_empty() {
                Some("admissibility-entity-signatory")
            } else if !has(Category::AuthorityToRepresent) {
                Some("admissibility-entity-authority")
            } else {
                None
            };
            if let Some(m) = message {
                add(
                    Rule::EntityAuthority,
                    Severity::Problem,
                    say(m, &[]),
                    "A request for an entity is made by an individual with standing or authority \
                     to represent it, with proof of that authority.",
                    SHEET,
                    Confidence::Verified,
                    "applicant",
                );
            }
        }
    }
    if !applicant.property.trim().is_empty() && !has(Category::PropertyRecord) {
        add(
            Rule::PropertyIdentified,
            Severity::Warning,
            say("admissibility-property-proof", &[]),
            "A request may concern data about the applicant's property. No rule on proving \
             ownership was found: this is advice, so that the CCF can link the property to the \
             applicant.",
            "CCF Portal User Guide for Applicants (March 2026), “Terminology” (the request may \
             concern property); the proof asked for is Habeas' advice",
            Confidence::Unverified,
            "applicant",
        );
    }

    // 2. Power of attorney.
    if filing.submitter.representative {
        let poa = filing
            .submitter
            .power_of_attorney
            .as_deref()
            .and_then(|id| annexed.iter().find(|e| e.id == id));
        let message = match poa {
            None => Some("admissibility-poa-missing"),
            Some(_) if !filing.submitter.power_of_attorney_signed => {
                Some("admissibility-poa-unsigned")
            }
            Some(_) => None,
        };
        if let Some(m) = message {
            add(
                Rule::PowerOfAttorney,
                Severity::Problem,
                say(m, &[]),
                "A request made by a representative needs a power of attorney signed by the \
                 applicant, authorising access to any information about them in INTERPOL's \
                 files. (Read in the pre-Portal sheet; the Portal's own rule was not found.)",
                SHEET,
                Confidence::Secondary,
                "submitter.power_of_attorney",
            );
        }
    }

    // 3. Signed and dated.
    let sig = &filing.signature;
    let problem = if sig.by.trim().is_empty() || sig.date.is_none() {
        Some(say("admissibility-signature-missing", &[]))
    } else if sig.date.is_some_and(|d| d > today) {
        Some(say("admissibility-signature-future", &[]))
    } else {
        None
    };
    if let Some(m) = problem {
        add(
            Rule::SignedAndDated,
            Severity::Problem,
            m,
            "The request must be signed by the applicant or their duly authorised representative.",
            SHEET,
            Confidence::Verified,
            "signature",
        );
    }

    // 4. Working language: the filing's is one by construction; annexes may not be.
    for e in &annexed {
        let lang = e.language.trim();
        if lang.is_empty()
            || Language::of_tag(lang).is_some()
            || e.category == Category::Translation
        {
            continue;
        }
        let translated = annexed
            .iter()
            .any(|t| t.translation_of.as_deref() == Some(e.id.as_str()));
        if !translated {
            add(
                Rule::Language,
                Severity::Warning,
                say(
                    "admissibility-annex-language",
                    &[
                        ("name", e.original_name.as_str().into()),
                        ("language", lang.into()),
                    ],
                ),
                "The CCF works in Arabic, English, French and Spanish; documents in other \
                 languages must be translated.",
                "europeancourt.org, Revision of an INTERPOL CCF decision (practitioner's page)",
                Confidence::Secondary,
                "annexes",
            );
        }
    }

    // 5. Purpose.
    if filing.outcome.trim().is_empty() {
        add(
            Rule::Purpose,
            Severity::Problem,
            say(
                "admissibility-purpose",
                &[("kind", kind_words(filing.kind, language).into())],
            ),
            "The request must indicate its purpose: access, or correction or deletion.",
            SHEET,
            Confidence::Verified,
            "outcome",
        );
    }

    // 6. Revision.
    if filing.kind == FilingKind::Revision {
        let rev = &filing.revision;
        let late = rev
            .discovered
            .and_then(|d| d.checked_add_months(Months::new(6)))
            .is_some_and(|end| end < today);
        let message = if rev.new_fact.trim().is_empty() || rev.discovered.is_none() {
            Some(say("admissibility-revision-fact", &[]))
        } else if late {
            let date = rev
                .discovered
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            Some(say("admissibility-revision-late", &[("date", date.into())]))
        } else if rev.discovered.is_some_and(|d| d > today) {
            Some(say("admissibility-revision-future", &[]))
        } else {
            None
        };
        if let Some(m) = message {
            add(
                Rule::RevisionSixMonths,
                Severity::Problem,
                m,
                "Statute of the CCF, Art. 42(2): applications for revision must be made within six \
                 months after the discovery of the fact.",
                "rednoticelawjournal.com (verbatim quote of Art. 42); otherside.law",
                Confidence::Secondary,
                "revision.discovered",
            );
        }
        let length = filing.facts.chars().count()
            + rev.new_fact.chars().count()
            + filing
                .grounds
                .iter()
                .map(|g| g.text.chars().count())
                .sum::<usize>();
        if length > TWO_PAGES_CHARS {
            add(
                Rule::RevisionSummary,
                Severity::Warning,
                say(
                    "admissibility-revision-summary",
                    &[("pages", count(length.div_ceil(TWO_PAGES_CHARS / 2)))],
                ),
                "Revision applications start with a two-page summary of the newly discovered fact.",
                "europeancourt.org and otherside.law (practitioners), March 2026",
                Confidence::Secondary,
                "facts",
            );
        }
    }

    // 7. The data concerned.
    if filing.alerts.is_empty() && filing.learned_how.trim().is_empty() {
        let recorded = if alerts.is_empty() { "no" } else { "yes" };
        add(
            Rule::DataIdentified,
            Severity::Warning,
            say(
                "admissibility-data-identified",
                &[("recorded", recorded.into())],
            ),
            "Identify the data: suspected type (Red Notice, Diffusion), issuing country, \
             references, and how the applicant learned of them.",
            "domain.md §2, section D: common content of the request, recommended by practitioners",
            Confidence::Unverified,
            "alerts",
        );
    }

    // 8. Grounds: their citations, and whether their wording fits the case.
    let concerned: Vec<&Alert> = alerts
        .iter()
        .filter(|a| filing.alerts.contains(&a.id))
        .collect();
    for (i, g) in filing.grounds.iter().enumerate() {
        let Some(arg) = g.argument.as_deref().and_then(arguments::by_id) else {
            continue;
        };
        let n = i + 1;
        let weak: Vec<String> = arg
            .citations
            .iter()
            .filter(|c| c.confidence != Confidence::Verified)
            .map(|c| {
                let id = if c.confidence == Confidence::Secondary {
                    "admissibility-citation-secondary"
                } else {
                    "admissibility-citation-unverified"
                };
                say(
                    id,
                    &[("cites", c.cites().into()), ("source", c.source.into())],
                )
            })
            .collect();
        if !weak.is_empty() && !g.citations_confirmed {
            let weakest = arg
                .citations
                .iter()
                .max_by_key(|c| super::regime::rank(c.confidence));
            add(
                Rule::CitationsChecked,
                Severity::Warning,
                say(
                    "admissibility-citations",
                    &[
                        ("n", count(n)),
                        ("title", arg.title_in(filing.language).into()),
                        ("citations", weak.join("; ").into()),
                    ],
                ),
                "Every citation in a filing carries its confidence: one read only in a \
                 secondary source, or not verified, may be wrong in its number or wording.",
                weakest.map_or("domain.md", |c| c.source),
                weakest.map_or(Confidence::Unverified, |c| c.confidence),
                "grounds",
            );
        }
        let kinds_named = !concerned.is_empty();
        let has = |k: AlertKind| concerned.iter().any(|a| a.kind == k);
        let misfit = match arg.scope {
            Scope::RedNotice if kinds_named && !has(AlertKind::RedNotice) => {
                Some("admissibility-ground-red-notice")
            }
            Scope::Diffusion if kinds_named && !has(AlertKind::Diffusion) => {
                Some("admissibility-ground-diffusion")
            }
            _ => None,
        };
        if let Some(why) = misfit {
            add(
                Rule::GroundFitsCase,
                Severity::Warning,
                say(
                    why,
                    &[
                        ("n", count(n)),
                        ("title", arg.title_in(filing.language).into()),
                    ],
                ),
                "The Red Notice criteria of RPD Art. 83 do not apply to Diffusions as such; \
                 Articles 2 and 3 and the rules on data quality do.",
                "domain.md, third review (practitioners' accounts)",
                Confidence::Secondary,
                "grounds",
            );
        }
        if arg.id == "refugee_policy" {
            let against = flags::refugee_status_against(&case.person).map(|(f, _)| f);
            let issuers_of = |s: &str| {
                let pool: &[&Alert] = &concerned;
                if pool.is_empty() {
                    alerts
                        .iter()
                        .any(|a| a.issuing_country.as_deref() == Some(s))
                } else {
                    pool.iter().any(|a| a.issuing_country.as_deref() == Some(s))
                }
            };
            if !against.is_some_and(issuers_of) {
                add(
                    Rule::GroundFitsCase,
                    Severity::Warning,
                    say("admissibility-ground-refugee", &[("n", count(n))]),
                    "INTERPOL's refugee policy applies once a member country has confirmed a \
                     person's refugee status, to notices and diffusions from the country where \
                     he or she fears persecution.",
                    "interpol.int, INTERPOL Refugee Resolution (GA-2017-86-RES-09)",
                    Confidence::Verified,
                    "grounds",
                );
            }
        }
    }

    // 9. Passages still to fill in: a bracketed instruction ("[give the date …]") left in the
    // text would be filed as written (issue 21.9).
    let mut texts: Vec<(String, &str, &'static str)> = vec![
        (
            say("admissibility-part-data", &[]),
            filing.learned_how.as_str(),
            "alerts",
        ),
        (
            say("admissibility-part-facts", &[]),
            filing.facts.as_str(),
            "facts",
        ),
        (
            say("admissibility-part-outcome", &[]),
            filing.outcome.as_str(),
            "outcome",
        ),
        (
            say("admissibility-part-new-fact", &[]),
            filing.revision.new_fact.as_str(),
            "revision",
        ),
    ];
    for (i, g) in filing.grounds.iter().enumerate() {
        texts.push((
            say("admissibility-part-ground", &[("n", count(i + 1))]),
            g.text.as_str(),
            "grounds",
        ));
    }
    for (what, text, field) in texts {
        if let Some(p) = placeholder(text) {
            add(
                Rule::Placeholder,
                Severity::Problem,
                say(
                    "admissibility-placeholder",
                    &[("part", what.into()), ("passage", p.into())],
                ),
                "A request states facts: an instruction left in brackets would be filed as \
                 written.",
                "Habeas",
                Confidence::Verified,
                field,
            );
        }
    }
    out
}

/// The first bracketed passage of `text` that reads as an instruction to fill in: words with a
/// space between them ("[give the date and reference]"), not a one-word editorial mark
/// ("[sic]") or a law-report year ("[2019] EWHC 123"). Shortened to 80 characters.
fn placeholder(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let close = after.find(']')?;
        let inner = after[..close].trim();
        if inner.contains(' ') && inner.chars().any(char::is_alphabetic) {
            let short: String = inner.chars().take(80).collect();
            let ellipsis = if short.len() < inner.len() { "…" } else { "" };
            return Some(format!("[{short}{ellipsis}]"));
        }
        rest = &after[close + 1..];
    }
    None
}

/// What to do when every identity document recorded has expired. A refugee, or a person asking
/// for protection, is never told to renew the passport of the state they fear: renewing it can
/// count as re-availing oneself of that state's protection and end refugee status (1951
/// Convention, Art. 1C(1): "He has voluntarily re-availed himself of the protection of the
/// country of his nationality"; UNHCR's edition, read in a copy, verified).
fn expired_id_message_in(case: &Case, language: AppLanguage) -> String {
    let p = &case.person;
    let protected = p
        .protection
        .as_ref()
        .filter(|pr| pr.status != ProtectionStatus::Refused && !flags::naturalised(p));
    match protected {
        Some(pr) => {
            let feared = pr.feared_state.as_deref().map_or_else(
                || locale::text(language, "admissibility-feared-unknown"),
                |c| crate::model::country::in_text_in(c, language),
            );
            let refuge = pr.country.as_deref().map_or_else(
                || locale::text(language, "admissibility-refuge-unknown"),
                |c| crate::model::country::in_text_in(c, language),
            );
            locale::message(
                language,
                "admissibility-identity-expired-refugee",
                &[("feared", feared.into()), ("refuge", refuge.into())],
            )
        }
        None => locale::text(language, "admissibility-identity-expired"),
    }
}

/// The kind of filing, in words within a sentence: its title in `language`, in lower case.
fn kind_words(kind: FilingKind, language: AppLanguage) -> String {
    locale::text(
        language,
        match kind {
            FilingKind::Access => "pdf-filing-kind-access",
            FilingKind::Correction => "pdf-filing-kind-correction",
            FilingKind::Deletion => "pdf-filing-kind-deletion",
            FilingKind::CorrectionAndDeletion => "pdf-filing-kind-correction-and-deletion",
            FilingKind::Revision => "pdf-filing-kind-revision",
        },
    )
    .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::filing::{Annex, Ground, IdCopy, Signature, Submitter};
    use crate::model::{IdDocument, Person};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    const TODAY: &str = "2026-11-24";

    fn item(id: &str, category: Category, language: &str) -> Evidence {
        Evidence {
            id: id.into(),
            case_id: "case-1".into(),
            original_name: format!("{id}.pdf"),
            category,
            language: language.into(),
            ..Evidence::default()
        }
    }

    /// A case and a filing that pass every rule; each test breaks one thing.
    fn admissible() -> (Filing, Case, Vec<Evidence>) {
        let case = Case {
            id: "case-1".into(),
            person: Person {
                name_latin: "Amina Haddad".into(),
                documents: vec![IdDocument {
                    expiry: Some(day("2030-01-01")),
                    ..IdDocument::default()
                }],
                ..Person::default()
            },
            ..Case::default()
        };
        let evidence = vec![
            item("evidence-id", Category::IdentityDocument, "en"),
            item("evidence-poa", Category::PowerOfAttorney, "fr"),
        ];
        let filing = Filing {
            case_id: "case-1".into(),
            submitter: Submitter {
                representative: true,
                name: "M. Dupont".into(),
                power_of_attorney: Some("evidence-poa".into()),
                power_of_attorney_signed: true,
                ..Submitter::default()
            },
            alerts: vec!["alert-1".into()],
            outcome: "Delete the Diffusion and inform every NCB.".into(),
            annexes: vec![
                Annex {
                    evidence: "evidence-id".into(),
                    title: String::new(),
                },
                Annex {
                    evidence: "evidence-poa".into(),
                    title: String::new(),
                },
            ],
            id_copy: IdCopy {
                name: true,
                birth_date: true,
                photo: true,
            },
            signature: Signature {
                by: "M. Dupont".into(),
                place: "Paris".into(),
                date: Some(day("2026-11-20")),
            },
            ..Filing::default()
        };
        (filing, case, evidence)
    }

    fn rules(filing: &Filing, case: &Case, evidence: &[Evidence]) -> Vec<(Rule, Severity)> {
        check(filing, case, &[], evidence, day(TODAY))
            .into_iter()
            .map(|f| (f.rule, f.severity))
            .collect()
    }

    #[test]
    fn a_complete_filing_has_no_findings() {
        let (f, c, e) = admissible();
        assert_eq!(rules(&f, &c, &e), vec![]);
    }

    /// `filing` with `item` in the evidence and annexed.
    fn annexing(mut f: Filing, e: &mut Vec<Evidence>, id: &str, category: Category) -> Filing {
        e.push(item(id, category, "en"));
        f.annexes.push(Annex {
            evidence: id.into(),
            title: String::new(),
        });
        f
    }

    #[test]
    fn a_minor_needs_the_guardian_named_and_the_relationship_proved() {
        let (mut f, c, mut e) = admissible();
        f.applicant.kind = ApplicantKind::Minor;
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::MinorRelationship, Severity::Problem)]
        );
        f.applicant.guardian = "Leila Haddad".into();
        f.applicant.relationship = "Mother".into();
        let found = check(&f, &c, &[], &e, day(TODAY));
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("birth certificate"), "{found:?}");
        let f = annexing(f, &mut e, "evidence-birth", Category::RelationshipProof);
        assert_eq!(rules(&f, &c, &e), vec![]);
        // The minor's own identity document is still required, and named as the minor's.
        let mut f = f;
        f.annexes.remove(0);
        let found = check(&f, &c, &[], &e, day(TODAY));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, Rule::IdentityDocument);
        assert!(
            found[0].message.contains("minor's identity document"),
            "{found:?}"
        );
    }

    #[test]
    fn an_entity_needs_its_registration_and_its_signatorys_authority_not_an_id() {
        let (mut f, c, mut e) = admissible();
        f.applicant.kind = ApplicantKind::Entity;
        // No identity document, no identity-copy confirmation: an entity has neither.
        f.annexes.remove(0);
        f.id_copy = IdCopy::default();
        assert_eq!(
            rules(&f, &c, &e),
            vec![
                (Rule::EntityRegistration, Severity::Problem),
                (Rule::EntityAuthority, Severity::Problem)
            ]
        );
        f.applicant.entity_name = "Haddad Trading LLC".into();
        f.applicant.registered_on = Some(day("2011-05-03"));
        f.applicant.signatory = "Amina Haddad".into();
        let f = annexing(f, &mut e, "evidence-reg", Category::EntityRegistration);
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::EntityAuthority, Severity::Problem)]
        );
        let f = annexing(f, &mut e, "evidence-board", Category::AuthorityToRepresent);
        assert_eq!(rules(&f, &c, &e), vec![]);
    }

    #[test]
    fn a_request_about_property_is_advised_to_prove_ownership() {
        let (mut f, c, mut e) = admissible();
        f.applicant.property = "Vessel “Amal”, IMO 9123456".into();
        let found = check(&f, &c, &[], &e, day(TODAY));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, Rule::PropertyIdentified);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].confidence, Confidence::Unverified);
        let f = annexing(f, &mut e, "evidence-title", Category::PropertyRecord);
        assert_eq!(rules(&f, &c, &e), vec![]);
    }

    #[test]
    fn a_passage_left_to_fill_in_is_a_problem_not_something_filed() {
        let (mut f, c, e) = admissible();
        f.facts = "Arrested in Rome on 3 May 2026 [sic], see [2019] EWHC 123.".into();
        assert_eq!(
            rules(&f, &c, &e),
            vec![],
            "editorial marks are not placeholders"
        );
        f.grounds.push(Ground {
            argument: None,
            text: "Recognised as a refugee by France [give the date and reference of the \
                   decision, annexed]."
                .into(),
            citations_confirmed: true,
        });
        let found = check(&f, &c, &[], &e, day(TODAY));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, Rule::Placeholder);
        assert_eq!(found[0].severity, Severity::Problem);
        assert_eq!(found[0].field, "grounds");
        // The words put into a message are isolated for right-to-left text (U+2068, U+2069).
        let plain = found[0].message.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            plain.starts_with("Ground 1 still holds a passage to fill in: “[give the date"),
            "{plain}"
        );
    }

    #[test]
    fn identity_document_must_be_annexed() {
        let (mut f, c, e) = admissible();
        f.annexes.remove(0);
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::IdentityDocument, Severity::Problem)]
        );
        // A deleted item does not count.
        let (f, c, mut e) = admissible();
        e[0].deleted = Some("2026-11-01T00:00:00Z".into());
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::IdentityDocument, Severity::Problem)]
        );
    }

    #[test]
    fn identity_copy_must_show_name_birth_date_and_photo() {
        let (mut f, c, e) = admissible();
        f.id_copy.photo = false;
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::IdentityContents, Severity::Problem)]
        );
    }

    #[test]
    fn identity_document_must_not_be_expired() {
        let (f, mut c, e) = admissible();
        c.person.documents[0].expiry = Some(day("2026-11-23"));
        // A practitioner's "common reason", not a rule of the CCF's sheet: a warning (issue 15).
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::IdentityValid, Severity::Warning)]
        );
        c.person.documents[0].expiry = Some(day(TODAY));
        assert_eq!(rules(&f, &c, &e), vec![], "valid through today");
        c.person.documents.clear();
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::IdentityValid, Severity::Warning)]
        );
    }

    #[test]
    fn a_representative_needs_a_signed_annexed_power_of_attorney() {
        let (mut f, c, e) = admissible();
        f.submitter.power_of_attorney_signed = false;
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::PowerOfAttorney, Severity::Problem)]
        );
        f.submitter.power_of_attorney_signed = true;
        f.annexes.pop();
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::PowerOfAttorney, Severity::Problem)],
            "chosen but not annexed"
        );
        // The applicant filing themself needs none.
        f.submitter.representative = false;
        assert_eq!(rules(&f, &c, &e), vec![]);
    }

    #[test]
    fn the_request_must_be_signed_and_dated_not_in_the_future() {
        let (mut f, c, e) = admissible();
        f.signature.date = None;
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::SignedAndDated, Severity::Problem)]
        );
        f.signature.date = Some(day("2026-12-01"));
        let found = check(&f, &c, &[], &e, day(TODAY));
        assert!(found[0].message.contains("future"));
    }

    /// Refugee status granted by France, against Syria.
    fn refugee_in_france_from_syria() -> crate::model::Protection {
        crate::model::Protection {
            status: ProtectionStatus::Granted,
            kind: crate::model::ProtectionKind::ConventionRefugee,
            country: Some("FR".into()),
            feared_state: Some("SY".into()),
            ..crate::model::Protection::default()
        }
    }

    /// In French, Arabic and Russian, what to do is the catalogue's, and a refugee is still
    /// never told to renew the passport of the state they fear, with the article it rests on.
    #[test]
    fn what_to_do_is_said_in_the_users_language() {
        let (mut f, mut c, e) = admissible();
        f.signature.date = None;
        c.person.documents[0].expiry = Some(day("2025-01-01"));
        c.person.protection = Some(refugee_in_france_from_syria());
        let english = check(&f, &c, &[], &e, day(TODAY));
        assert_eq!(english.len(), 2, "{english:?}");
        for (language, article, syria) in [
            (AppLanguage::Fr, "art. 1C(1)", "Syrie"),
            (AppLanguage::Ar, "المادة 1(ج)(1)", "سوري"),
            (AppLanguage::Ru, "ст. 1C(1)", "Сири"),
        ] {
            let found = check_in(&f, &c, &[], &e, day(TODAY), language);
            let rules: Vec<_> = found.iter().map(|x| (x.rule, x.severity)).collect();
            let english_rules: Vec<_> = english.iter().map(|x| (x.rule, x.severity)).collect();
            assert_eq!(rules, english_rules, "{language:?}");
            let expired = &found[0].message;
            assert!(expired.contains(article), "{language:?}: {expired}");
            assert!(expired.contains("1951"), "{language:?}: {expired}");
            assert!(expired.contains(syria), "{language:?}: {expired}");
            assert_ne!(expired, &english[0].message);
            assert_eq!(
                found[1].message,
                locale::text(language, "admissibility-signature-missing")
            );
        }
    }

    #[test]
    fn annexes_in_other_languages_need_a_translation() {
        let (mut f, c, mut e) = admissible();
        e.push(item("evidence-ru", Category::CourtRecord, "Russian"));
        f.annexes.push(Annex {
            evidence: "evidence-ru".into(),
            title: String::new(),
        });
        assert_eq!(rules(&f, &c, &e), vec![(Rule::Language, Severity::Warning)]);
        let mut translation = item("evidence-tr", Category::Translation, "en");
        translation.translation_of = Some("evidence-ru".into());
        e.push(translation);
        f.annexes.push(Annex {
            evidence: "evidence-tr".into(),
            title: String::new(),
        });
        assert_eq!(rules(&f, &c, &e), vec![]);
    }

    #[test]
    fn the_purpose_must_be_stated() {
        let (mut f, c, e) = admissible();
        f.outcome = "  ".into();
        assert_eq!(rules(&f, &c, &e), vec![(Rule::Purpose, Severity::Problem)]);
    }

    #[test]
    fn revision_within_six_months_of_discovery() {
        let (mut f, c, e) = admissible();
        f.kind = FilingKind::Revision;
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::RevisionSixMonths, Severity::Problem)],
            "no new fact"
        );
        f.revision.new_fact = "Asylum granted by France on 2 June 2026.".into();
        f.revision.discovered = Some(day("2026-05-24"));
        assert_eq!(
            rules(&f, &c, &e),
            vec![],
            "exactly six months ago is in time"
        );
        f.revision.discovered = Some(day("2026-05-23"));
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::RevisionSixMonths, Severity::Problem)]
        );
    }

    #[test]
    fn revision_starts_with_a_two_page_summary() {
        let (mut f, c, e) = admissible();
        f.kind = FilingKind::Revision;
        f.revision.new_fact = "A new fact.".into();
        f.revision.discovered = Some(day("2026-11-01"));
        f.facts = "word ".repeat(2_000);
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::RevisionSummary, Severity::Warning)]
        );
    }

    #[test]
    fn the_data_concerned_should_be_identified() {
        let (mut f, c, e) = admissible();
        f.alerts.clear();
        assert_eq!(
            rules(&f, &c, &e),
            vec![(Rule::DataIdentified, Severity::Warning)]
        );
        f.learned_how = "Stopped at the Vienna airport border on 3 May 2026.".into();
        assert_eq!(rules(&f, &c, &e), vec![]);
    }

    #[test]
    fn a_refugee_is_never_told_to_renew_the_passport_of_the_state_they_fear() {
        let (f, mut c, e) = admissible();
        c.person.documents[0].expiry = Some(day("2025-01-01"));
        let plain = check(&f, &c, &[], &e, day(TODAY));
        assert!(
            plain[0].message.contains("Annex a valid one"),
            "{}",
            plain[0].message
        );
        c.person.protection = Some(refugee_in_france_from_syria());
        let found = check(&f, &c, &[], &e, day(TODAY));
        let m = &found[0].message;
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(m.contains("Do not apply to"), "{m}");
        assert!(m.contains("Art. 1C(1)"), "{m}");
        assert!(m.contains("refugee travel document"), "{m}");
        assert!(
            !m.contains("renew it") && !m.contains("refuses to renew"),
            "{m}"
        );
    }

    fn with_ground(argument: &str, confirmed: bool) -> Filing {
        let (mut f, _, _) = admissible();
        f.grounds = vec![crate::model::filing::Ground {
            argument: Some(argument.into()),
            text: "A paragraph.".into(),
            citations_confirmed: confirmed,
        }];
        f
    }

    #[test]
    fn a_ground_with_unchecked_secondary_citations_is_a_warning_until_confirmed() {
        let (_, c, e) = admissible();
        // Art. 3 cites RPD Art. 34, unverified.
        let f = with_ground("art3_predominance", false);
        let found = check(&f, &c, &[], &e, day(TODAY));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].rule, found[0].severity, found[0].confidence),
            (
                Rule::CitationsChecked,
                Severity::Warning,
                Confidence::Unverified
            )
        );
        assert!(found[0].message.contains("Art. 34"), "{}", found[0].message);
        assert_eq!(
            rules(&with_ground("art3_predominance", true), &c, &e),
            vec![]
        );
        // Only verified citations: nothing to check.
        assert_eq!(
            rules(&with_ground("no_valid_warrant", false), &c, &e),
            vec![]
        );
    }

    #[test]
    fn a_ground_must_fit_the_alerts_and_the_person() {
        let (_, c, e) = admissible();
        let diffusion = Alert {
            id: "alert-1".into(),
            kind: AlertKind::Diffusion,
            issuing_country: Some("SY".into()),
            ..Alert::default()
        };
        let f = with_ground("no_valid_warrant", false);
        let found: Vec<Rule> = check(&f, &c, std::slice::from_ref(&diffusion), &e, day(TODAY))
            .into_iter()
            .map(|x| x.rule)
            .collect();
        assert_eq!(
            found,
            vec![Rule::GroundFitsCase],
            "a Red Notice rule for a Diffusion"
        );
        // The refugee policy paragraph without refugee status against the issuer recorded.
        let f = with_ground("refugee_policy", false);
        let found = check(&f, &c, std::slice::from_ref(&diffusion), &e, day(TODAY));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, Rule::GroundFitsCase);
        let mut refugee = c.clone();
        refugee.person.protection = Some(crate::model::Protection {
            status: ProtectionStatus::Granted,
            kind: crate::model::ProtectionKind::ConventionRefugee,
            country: Some("FR".into()),
            feared_state: Some("SY".into()),
            ..crate::model::Protection::default()
        });
        assert_eq!(
            check(&f, &refugee, &[diffusion], &e, day(TODAY)),
            vec![],
            "confirmed Convention status against the issuer"
        );
    }

    #[test]
    fn every_finding_names_a_basis_a_source_and_a_field() {
        let (mut f, mut c, e) = admissible();
        f.annexes.clear();
        f.id_copy = IdCopy::default();
        f.signature = Signature::default();
        f.outcome.clear();
        f.alerts.clear();
        c.person.documents.clear();
        let found = check(&f, &c, &[], &e, day(TODAY));
        assert!(found.len() >= 6);
        for x in found {
            assert!(
                !x.basis.is_empty() && !x.source.is_empty() && !x.field.is_empty(),
                "{x:?}"
            );
        }
    }
}
