//! The legal texts a user files, in the CCF's four languages (issue 17.2): a filing in French,
//! Spanish or Arabic is in that language throughout, with the same arguments suggested and the
//! same case data put in as in English.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use chrono::NaiveDate;
use habeas_core::filing::draft;
use habeas_core::model::filing::Language;
use habeas_core::model::{
    country, Alert, AlertKind, AlertRequest, AlertStatus, ApproxDate, Case, FinalDecision,
    FinalOutcome, Person, Precision, Prescription, PrescriptionOf, Profile, Protection,
    ProtectionKind, ProtectionStatus, RemovalGround, RemovedBy, StatusChange,
};
use habeas_core::model::{Event, EventKind};
use habeas_core::rules::arguments::{self, Annexed, LIBRARY};
use habeas_core::rules::flags;

const OTHERS: [Language; 3] = [Language::Fr, Language::Es, Language::Ar];

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Case data the paragraphs take as typed (names, references, provisions): they stay as
/// written in every language, so they are removed before looking for English words.
const TYPED: [&str; 5] = [
    "Amina Haddad",
    "Financing of terrorism (as charged)",
    "Damascus Criminal Court No. 3",
    "Landgericht München I, 2 KLs 12/09",
    "Penal Code of the Syrian Arab Republic, art. 163",
];

/// A case that takes every branch with data: a refugee from the issuing state, a journalist in
/// a business dispute; a Red Notice deleted by the CCF and re-issued, resting on a conviction in
/// absentia without notice, defence or retrial, on torture, before a court that is not
/// independent, with a final acquittal elsewhere and the penalty time-barred; another Red Notice
/// refused as contrary to Article 3, followed by a wanted-person Diffusion known to the month.
fn full_scenario() -> (Case, Vec<Alert>) {
    let (case, alerts, _) = full_scenario_with_events();
    (case, alerts)
}

fn full_scenario_with_events() -> (Case, Vec<Alert>, Vec<Event>) {
    let case = Case {
        person: Person {
            name_latin: TYPED[0].into(),
            birth_date: Some(day("1984-03-02")),
            nationalities: vec!["SY".into()],
            profile: vec![Profile::Journalist, Profile::BusinessDispute],
            protection: Some(Protection {
                status: ProtectionStatus::Granted,
                kind: ProtectionKind::ConventionRefugee,
                country: Some("FR".into()),
                feared_state: Some("SY".into()),
                date: Some(day("2024-06-01")),
                ..Protection::default()
            }),
            ..Person::default()
        },
        ..Case::default()
    };
    let mut reissued = Alert {
        kind: AlertKind::RedNotice,
        issuing_country: Some("SY".into()),
        status: vec![
            StatusChange {
                status: AlertStatus::Deleted,
                date: Some(day("2023-03-01")),
                by: Some(RemovedBy::Ccf),
                ground: Some(RemovalGround::Article3),
            },
            StatusChange::new(AlertStatus::Reissued, Some(day("2025-01-10"))),
        ],
        ..Alert::default()
    };
    let w = &mut reissued.warrant;
    w.authority = TYPED[2].into();
    w.in_absentia = true;
    w.notified_of_trial = Some(false);
    w.represented_at_trial = Some(false);
    w.retrial_available = Some(false);
    w.torture_evidence = true;
    w.court_not_independent = true;
    w.invalid = true;
    w.sentence_months = Some(4);
    w.final_decision = Some(FinalDecision {
        country: Some("DE".into()),
        date: Some(day("2010-06-01")),
        outcome: FinalOutcome::Acquittal,
        reference: TYPED[3].into(),
    });
    w.prescription = Some(Prescription {
        of: PrescriptionOf::Penalty,
        law: TYPED[4].into(),
        expired_on: Some(day("2025-01-01")),
    });
    let refused = Alert {
        kind: AlertKind::RedNotice,
        issuing_country: Some("SY".into()),
        status: vec![StatusChange {
            status: AlertStatus::Refused,
            date: Some(day("2024-02-01")),
            by: Some(RemovedBy::GeneralSecretariat),
            ground: Some(RemovalGround::Article3),
        }],
        ..Alert::default()
    };
    let diffusion = Alert {
        kind: AlertKind::Diffusion,
        offence: TYPED[1].into(),
        issuing_country: Some("SY".into()),
        requests: vec![AlertRequest::Arrest],
        date: Some(ApproxDate {
            date: day("2024-05-01"),
            precision: Precision::Month,
        }),
        ..Alert::default()
    };
    let events = [
        (EventKind::ProvisionalArrest, "2026-04-10", Some("IT")),
        (EventKind::ExtraditionRequestReceived, "2026-05-10", None),
        (EventKind::Hearing, "2026-06-02", Some("IT")),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (kind, date, country))| Event {
        id: i.to_string(),
        kind,
        date: Some(day(date)),
        country: country.map(str::to_owned),
        ..Event::default()
    })
    .collect();
    (case, vec![reissued, refused, diffusion], events)
}

/// Words of English prose that none of the other three languages writes (checked case
/// sensitively: "Article" and "Commission" are French too, "no" and "General" Spanish).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "was",
    "were",
    "has",
    "have",
    "been",
    "which",
    "that",
    "with",
    "for",
    "should",
    "be",
    "deleted",
    "data",
    "request",
    "applicant",
    "state",
    "warrant",
    "trial",
    "decision",
    "refugee",
    "by",
    "not",
    "its",
    "their",
    "this",
    "these",
    "from",
    "under",
    "any",
    "or",
    "is",
    "are",
    "at",
    "as",
    "an",
    "it",
    "Articles",
    "Constitution",
    "Rules",
    "Processing",
    "Statute",
    "Declaration",
    "Human",
    "Rights",
    "Assembly",
    "Secretariat",
    "Bureaus",
    "Notice",
    "Red",
    "Annex",
    "Say",
    "Describe",
    "give",
];

/// The English words left in `text` once the case data typed in English and the country names
/// (still English in every language until CLDR names arrive) are taken out.
fn english_words(text: &str, codes: &[&str]) -> Vec<String> {
    let mut text = text.to_owned();
    for typed in TYPED {
        text = text.replace(typed, " ");
    }
    for code in codes {
        text = text
            .replace(&country::in_text(code), " ")
            .replace(country::name(code), " ");
    }
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| ENGLISH.contains(w))
        .map(str::to_owned)
        .collect()
}

/// Everything of the legal texts a filing in `language` carries: the summary of facts it starts
/// with, each title, each filled paragraph and each citation ("Sources").
fn filed_text(language: Language, case: &Case, alerts: &[Alert]) -> Vec<(String, String)> {
    let annexed = Annexed {
        protection_decision: Some("A-2".into()),
    };
    let events = if case.person.name_latin.is_empty() {
        Vec::new()
    } else {
        full_scenario_with_events().2
    };
    let concerned: Vec<&Alert> = alerts.iter().collect();
    let mut out = vec![(
        "facts".to_owned(),
        draft::facts_in(language, case, &concerned, &events),
    )];
    for a in LIBRARY {
        out.push((a.id.to_owned(), a.title_in(language)));
        out.push((
            a.id.to_owned(),
            arguments::fill_in(language, &a.text_in(language), case, alerts, &annexed),
        ));
        for c in a.citations {
            out.push((c.key.to_owned(), c.cites_in(language)));
        }
    }
    out
}

#[test]
fn a_french_spanish_or_arabic_filing_has_no_english_sentence_left() {
    let (case, alerts) = full_scenario();
    let codes = ["SY", "FR", "DE", "IT"];
    // The check can fail: English is caught.
    let english = filed_text(Language::En, &case, &alerts);
    for (id, text) in english.iter().filter(|(_, t)| t.len() > 200) {
        assert!(!english_words(text, &codes).is_empty(), "{id}: {text}");
    }
    assert!(!english_words("The data should be deleted.", &codes).is_empty());
    for language in OTHERS {
        for (case, alerts) in [full_scenario(), (Case::default(), Vec::new())] {
            for (id, text) in filed_text(language, &case, &alerts) {
                let found = english_words(&text, &codes);
                assert!(
                    found.is_empty(),
                    "{language:?} {id}: English {found:?} in:\n{text}"
                );
                assert!(!text.contains('{') && !text.contains('}'), "{id}: {text}");
            }
        }
    }
}

#[test]
fn every_language_gets_the_same_arguments_and_the_same_case_data() {
    let (case, alerts) = full_scenario();
    let suggested: Vec<&str> = arguments::suggest(&case, &flags::compute(&case, &alerts), &alerts)
        .iter()
        .map(|s| s.id)
        .collect();
    // The scenario reaches every paragraph the case data can fill.
    for id in [
        "refugee_policy",
        "reissued_after_deletion",
        "diffusion_circumvention",
        "ne_bis_in_idem",
        "art2_human_rights",
        "trial_in_absentia",
        "prescription",
        "rpd_penalty_threshold",
        "no_valid_warrant",
    ] {
        assert!(suggested.contains(&id), "{id} not in {suggested:?}");
    }
    let english = filed_text(Language::En, &case, &alerts);
    for language in OTHERS {
        let other = filed_text(language, &case, &alerts);
        // The same paragraphs and citations, in the same order.
        let ids = |v: &[(String, String)]| v.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&other), ids(&english), "{language:?}");
        for ((id, en), (_, text)) in english.iter().zip(&other) {
            // What the case put into the English paragraph is put into this one: the typed data,
            // the annex label, and every number (dates, article numbers, references).
            for typed in TYPED.iter().chain(&["A-2"]) {
                assert_eq!(
                    text.contains(typed),
                    en.contains(typed),
                    "{language:?} {id}: {typed}\n{en}\n{text}"
                );
            }
            if id.starts_with("legal-cite-") {
                // A citation keeps its own numbering form ("(b)(i)" is "(ب)(1)" in Arabic).
                continue;
            }
            let numbers = |t: &str| {
                let mut n: Vec<String> = t
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                n.sort();
                n
            };
            assert_eq!(
                numbers(text),
                numbers(en),
                "{language:?} {id}\n{en}\n{text}"
            );
        }
    }
}
