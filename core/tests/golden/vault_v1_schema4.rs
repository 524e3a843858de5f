//! What the golden fixture `tests/fixtures/vault-v1-schema4/` holds: written once by
//! `core/examples/make-golden-case-fixture.rs`, read back by `core/tests/golden.rs`.
//!
//! The fixture on disk was written from these values: never change one (the test would then
//! compare the fixture with something it never held). Ids and timestamps were drawn when it was
//! written; the functions take the ids they refer to.

use chrono::NaiveDate;
use habeas_core::evidence::{Category, Details};
use habeas_core::filing::{
    Annex, Filing, FilingKind, Ground, IdCopy, Language, Signature, Submitter,
};
use habeas_core::model::{
    Alert, AlertKind, AlertRequest, AlertStatus, ApproxDate, BilateralStart, BilateralTreaty, Case,
    CcfRequestKind, ChecklistItem, ChecklistMark, DeadlineOverride, DocumentKind, Event, EventKind,
    FlagKind, FlagSetting, IdDocument, Person, Precision, Profile, Protection, ProtectionStatus,
    Recipients, Regime, Sex, StatusChange, Warrant,
};
use habeas_core::pdf::PageSize;

/// The fixture's folder under `tests/fixtures/`; its recipient and recovery key are saved beside
/// it as `<NAME>.recipient` and `<NAME>.recovery`.
pub(crate) const NAME: &str = "vault-v1-schema4";

/// The passphrase (the fixture's key files use scrypt work factor 4, the explicit test option).
pub(crate) const PASSPHRASE: &str = "golden fixture passphrase";

/// The modification time every imported file had (UTC), so that `file_modified` is fixed.
pub(crate) const FILE_MODIFIED: &str = "2024-02-01T09:30:00Z";

/// Where the custody log says the warrant was exported to (the example logs it, writes nothing).
pub(crate) const EXPORTED_TO: &str = "/media/usb/for-counsel/warrant.pdf";

/// Where the custody log says the filing was exported to, and as what.
pub(crate) const FILED_TO: &str = "/media/usb/ccf-portal";
pub(crate) const FILED_AS: &str = "portal set";

/// When the custody certificate says it was made (UTC).
pub(crate) const CERTIFICATE_MADE: &str = "2024-05-02T10:00:00Z";

/// The translation of the warrant: a text item, written by the example.
pub(crate) const STATEMENT: &str = "Translation from Russian\n\
    Basmanny District Court of Moscow, ruling 3/12-345/2023 of 10 February 2023:\n\
    Olga Petrova (Ольга Петрова), born 17 May 1984, to be taken into custody.\n\
    Translated by Anna Schmidt, sworn translator, Berlin — 3 April 2024.\n";

/// A draft imported then deleted: its record and custody log stay, its blob is gone.
pub(crate) const DRAFT: &str = "First draft of the narrative, replaced by the filing.\n";

pub(crate) fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
}

/// The person of the one case, every field set.
pub(crate) fn person() -> Person {
    Person {
        name_original: "Ольга Петрова".into(),
        name_latin: "Olga PETROVA".into(),
        other_names: vec!["Olga Petrova-Smirnova".into(), "Olha Petrova".into()],
        sex: Some(Sex::Female),
        birth_date: Some(day(1984, 5, 17)),
        birth_place: "Kazan, Russia".into(),
        nationalities: vec!["RU".into()],
        documents: vec![
            IdDocument {
                kind: DocumentKind::Passport,
                number: "75 1234567".into(),
                issuer: Some("RU".into()),
                expiry: Some(day(2031, 2, 28)),
            },
            IdDocument {
                kind: DocumentKind::RefugeeTravelDocument,
                number: "DE-RTD-0042".into(),
                issuer: Some("DE".into()),
                expiry: Some(day(2029, 6, 30)),
            },
        ],
        residence_country: Some("DE".into()),
        residence_address: "Musterstraße 1\n10115 Berlin".into(),
        contacts: "+49 30 1234567, olga@example.org".into(),
        protection: Some(Protection {
            status: ProtectionStatus::Granted,
            country: Some("DE".into()),
            date: Some(day(2022, 9, 1)),
            feared_state: Some("RU".into()),
            grounds: "political opinion".into(),
            // Added after schema 4 (issue 15): absent from the fixture, loaded as defaults.
            ..Protection::default()
        }),
        profile: vec![Profile::Journalist, Profile::Activist],
    }
}

/// The case's own fields besides the person, as set after its creation.
pub(crate) fn case_fields(case: Case) -> Case {
    Case {
        notes: "Met at the Berlin legal clinic.\nPrefers contact by Signal.".into(),
        flag_settings: vec![FlagSetting {
            flag: FlagKind::CountryMisuse,
            on: true,
            reason: "Repeated politically motivated requests documented".into(),
        }],
        checklist: vec![ChecklistMark {
            item: ChecklistItem::Counsel,
            done: Some(true),
            note: "Counsel engaged in March 2024".into(),
        }],
        bilateral: Some(BilateralTreaty {
            name: "Treaty X–Y 2001, Art. 9(4)".into(),
            soft_days: Some(18),
            hard_days: 40,
            start: BilateralStart::Notification,
        }),
        access_reminder_months: Some(6),
        misuse_note: "Earlier requests against critics were refused by the General Secretariat."
            .into(),
        ..case
    }
}

/// The two alerts: a Red Notice, then a Diffusion (oldest first by date, as the store lists them).
pub(crate) fn alerts() -> [Alert; 2] {
    let red_notice = Alert {
        kind: AlertKind::RedNotice,
        issuing_country: Some("RU".into()),
        ncb: "NCB Moscow".into(),
        date: Some(ApproxDate {
            date: day(2023, 3, 1),
            precision: Precision::Month,
        }),
        requests: vec![AlertRequest::Arrest],
        recipients: Recipients {
            all_members: true,
            countries: Vec::new(),
        },
        warrant: Warrant {
            authority: "Basmanny District Court of Moscow".into(),
            date: Some(day(2023, 2, 10)),
            reference: "3/12-345/2023".into(),
            in_absentia: false,
            // Added after schema 4 (issue 15): absent from the fixture, loaded as defaults.
            ..Warrant::default()
        },
        offence: "Fraud, Criminal Code of the Russian Federation, Art. 159(4)".into(),
        learned_how: "Arrested at Frankfurt airport".into(),
        status: vec![
            StatusChange::new(AlertStatus::Suspected, Some(day(2023, 6, 1))),
            StatusChange::new(AlertStatus::Confirmed, Some(day(2024, 1, 20))),
        ],
        notes: "Published after a compliance check.".into(),
        ..Alert::default()
    };
    let diffusion = Alert {
        kind: AlertKind::Diffusion,
        issuing_country: Some("RU".into()),
        ncb: "NCB Moscow".into(),
        date: Some(ApproxDate {
            date: day(2023, 11, 5),
            precision: Precision::Day,
        }),
        requests: vec![AlertRequest::Locate, AlertRequest::Arrest],
        recipients: Recipients {
            all_members: false,
            countries: vec!["DE".into(), "FR".into()],
        },
        warrant: Warrant {
            authority: "Basmanny District Court of Moscow".into(),
            date: Some(day(2023, 10, 30)),
            reference: "3/12-346/2023".into(),
            in_absentia: true,
            ..Warrant::default()
        },
        offence: "Tax evasion, Art. 199".into(),
        learned_how: "CCF access answer".into(),
        status: vec![
            StatusChange::new(AlertStatus::Confirmed, Some(day(2024, 3, 20))),
            StatusChange::new(AlertStatus::Challenged, Some(day(2024, 4, 2))),
        ],
        notes: String::new(),
        ..Alert::default()
    };
    [red_notice, diffusion]
}

/// The five events, in date order, referring to the alerts by id.
pub(crate) fn events(red_notice: &str, diffusion: &str) -> [Event; 5] {
    [
        Event {
            kind: EventKind::AlertIssued,
            date: Some(day(2023, 3, 15)),
            country: Some("RU".into()),
            notes: "Red Notice published".into(),
            alert_ids: vec![red_notice.into()],
            ..Event::default()
        },
        Event {
            kind: EventKind::ProvisionalArrest,
            date: Some(day(2024, 1, 20)),
            country: Some("DE".into()),
            notes: "Held at Frankfurt airport".into(),
            alert_ids: vec![red_notice.into()],
            regime: Some(Regime::EuropeanConvention),
            ..Event::default()
        },
        Event {
            kind: EventKind::Release,
            date: Some(day(2024, 2, 5)),
            country: Some("DE".into()),
            notes: "Released by the Higher Regional Court".into(),
            ..Event::default()
        },
        Event {
            kind: EventKind::CcfRequestFiled,
            date: Some(day(2024, 4, 3)),
            alert_ids: vec![red_notice.into(), diffusion.into()],
            ccf_request: vec![CcfRequestKind::Access, CcfRequestKind::Deletion],
            ..Event::default()
        },
        Event {
            kind: EventKind::AdmissibilityDecision,
            date: Some(day(2024, 5, 10)),
            admissible: Some(true),
            ..Event::default()
        },
    ]
}

/// Two deadlines whose date the user replaced: the European Convention's 40 days from the
/// arrest, and the CCF's decision on deletion from the admissibility decision.
pub(crate) fn overrides(arrest: &str, admissibility: &str) -> Vec<DeadlineOverride> {
    vec![
        DeadlineOverride {
            key: format!("european_convention:{arrest}"),
            date: day(2024, 2, 20),
            reason: "Court order of 22 January 2024 set this date".into(),
        },
        DeadlineOverride {
            key: format!("ccf_deletion_decision:{admissibility}"),
            date: day(2024, 10, 1),
            reason: "The CCF's letter of 12 May 2024 announced this date".into(),
        },
    ]
}

/// Where an imported file's bytes come from.
pub(crate) enum Source {
    /// A file of `tests/fixtures/evidence/`.
    Fixture,
    /// Text written by the example.
    Text(&'static str),
}

/// The evidence items, in the order they were imported: file name, where its bytes come from.
pub(crate) const ITEMS: [(&str, Source); 4] = [
    ("warrant.pdf", Source::Fixture),
    ("photo.jpg", Source::Fixture),
    ("statement.txt", Source::Text(STATEMENT)),
    ("draft.txt", Source::Text(DRAFT)),
];

/// What the user recorded at intake about the item `name` of [`ITEMS`]. `warrant` is the
/// warrant's id (imported first), which the translation names.
pub(crate) fn intake_details(
    name: &str,
    red_notice: &str,
    arrest: &str,
    warrant: Option<&str>,
) -> Details {
    match name {
        "warrant.pdf" => Details {
            category: Category::ArrestWarrant,
            document_date: Some(day(2023, 2, 10)),
            source: "E-mail from the lawyer in Moscow".into(),
            language: "ru".into(),
            description: "Ruling ordering custody in absentia".into(),
            tags: vec!["warrant".into(), "2023".into()],
            alerts: vec![red_notice.into()],
            ..Details::default()
        },
        "photo.jpg" => Details {
            category: Category::IdentityDocument,
            source: "Photographed by the client".into(),
            description: "Passport".into(),
            events: vec![arrest.into()],
            ..Details::default()
        },
        "statement.txt" => Details {
            category: Category::Translation,
            document_date: Some(day(2024, 4, 3)),
            source: "Sworn translator".into(),
            language: "en".into(),
            description: "English translation of the warrant".into(),
            translation_of: warrant.map(str::to_owned),
            translator: "Anna Schmidt".into(),
            ..Details::default()
        },
        _ => Details {
            category: Category::NarrativeDraft,
            ..Details::default()
        },
    }
}

/// What the user changed on the photo after intake (a custody `update` per field).
pub(crate) fn photo_corrected(details: Details) -> Details {
    Details {
        description: "Passport, data page".into(),
        tags: vec!["identity".into()],
        ..details
    }
}

/// The filing as first saved, annexing the warrant, the draft and the photo.
pub(crate) fn filing(
    red_notice: &str,
    diffusion: &str,
    [warrant, draft, photo]: [&str; 3],
) -> Filing {
    Filing {
        kind: FilingKind::Deletion,
        language: Language::En,
        submitter: Submitter {
            representative: true,
            name: "Maria Keller".into(),
            firm: "Keller Rechtsanwälte".into(),
            address: "Friedrichstraße 100\n10117 Berlin".into(),
            email: "keller@example.org".into(),
            phone: "+49 30 7654321".into(),
            power_of_attorney: None,
            power_of_attorney_signed: false,
        },
        alerts: vec![red_notice.into(), diffusion.into()],
        learned_how: "Arrested at Frankfurt airport on 20 January 2024.".into(),
        facts: "The applicant is a journalist who reported on procurement in Kazan.".into(),
        grounds: vec![
            Ground {
                argument: Some("art3_predominance".into()),
                text: "The case is predominantly political (Art. 3).".into(),
                ..Ground::default()
            },
            Ground {
                argument: None,
                text: "Germany granted her refugee status in 2022.".into(),
                ..Ground::default()
            },
        ],
        outcome: "Delete the Red Notice and the Diffusion.".into(),
        confidential: vec!["Her address in Berlin".into()],
        annexes: vec![
            Annex {
                evidence: warrant.into(),
                title: "Ruling of 10 February 2023".into(),
            },
            Annex {
                evidence: draft.into(),
                title: "Narrative (draft)".into(),
            },
            Annex {
                evidence: photo.into(),
                title: "Passport".into(),
            },
        ],
        id_copy: IdCopy {
            name: true,
            birth_date: true,
            photo: true,
        },
        signature: Signature {
            by: "Maria Keller".into(),
            place: "Berlin".into(),
            date: Some(day(2024, 5, 2)),
        },
        paper: PageSize::A4,
        bates_prefix: "PETROVA-".into(),
        ..Filing::default()
    }
}

/// The filing as saved again: the draft taken out (the photo becomes A-2), the translation
/// added as A-3, the outcome reworded.
pub(crate) fn filing_revised(filing: Filing, draft: &str, statement: &str) -> Filing {
    let mut annexes: Vec<Annex> = filing
        .annexes
        .iter()
        .filter(|a| a.evidence != draft)
        .cloned()
        .collect();
    annexes.push(Annex {
        evidence: statement.into(),
        title: "Translation of the ruling".into(),
    });
    Filing {
        outcome: "Delete both alerts and inform the member countries.".into(),
        annexes,
        ..filing
    }
}
