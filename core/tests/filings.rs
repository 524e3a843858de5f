//! Filings through the public API, in a real vault on disk: saved durably with their audit
//! entries, annexes in the order the user sets, each label written to the annexed item's chain
//! of custody, and refusals for evidence of another case or deleted evidence; the use cases the
//! app and the CLI share (the admissibility check, the argument library, letters) and the one
//! clock.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::SecretString;
use chrono::NaiveDate;
use habeas_core::clock;
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::evidence::{Category, Details};
use habeas_core::filing::letters::{self, LetterKind};
use habeas_core::filing::{Annex, Filing, FilingKind};
use habeas_core::model::Person;
use habeas_core::pdf::PageSize;
use habeas_core::rules::admissibility::Rule;
use habeas_core::store::{cases, evidence_items as records, filings};
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use habeas_core::ErrorCode;

const PASS: &str = "correct horse battery staple";

fn unlock(dir: &Path) -> Vault {
    Vault::unlock(dir, &SecretString::from(PASS.to_owned())).unwrap()
}

fn import(v: &mut Vault, case_id: &str, dir: &Path, name: &str, category: Category) -> String {
    let path = dir.join(name);
    fs::write(&path, format!("content of {name}")).unwrap();
    let details = Details {
        category,
        ..Details::default()
    };
    intake::import(v, case_id, &path, details, OnDuplicate::Refuse, &mut |_| {
        true
    })
    .unwrap()
    .id
}

fn annexes(ids: &[&str]) -> Vec<Annex> {
    ids.iter()
        .map(|id| Annex {
            evidence: (*id).to_owned(),
            title: String::new(),
        })
        .collect()
}

fn last_custody(v: &mut Vault, id: &str) -> (String, serde_json::Value) {
    let log = records::custody(v.store(), id).unwrap();
    let e = log.last().unwrap();
    (e.action.clone(), e.new.clone().unwrap_or_default())
}

fn new_vault(tmp: &Path) -> Vault {
    let dir = tmp.join("vault");
    Vault::create(
        &dir,
        &SecretString::from(PASS.to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap();
    unlock(&dir)
}

fn amina(v: &mut Vault) -> String {
    let person = Person {
        name_latin: "Amina Haddad".into(),
        ..Person::default()
    };
    cases::create_case(v.store(), person).unwrap().id
}

#[test]
fn annexes_are_ordered_labelled_and_logged_in_each_items_custody() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = new_vault(tmp.path());
    let dir = tmp.path().join("vault");
    let case_id = amina(&mut v);
    let passport = import(
        &mut v,
        &case_id,
        tmp.path(),
        "passport.jpg",
        Category::IdentityDocument,
    );
    let warrant = import(
        &mut v,
        &case_id,
        tmp.path(),
        "warrant.pdf",
        Category::ArrestWarrant,
    );
    let asylum = import(
        &mut v,
        &case_id,
        tmp.path(),
        "asylum.pdf",
        Category::AsylumDecision,
    );

    let filing = filings::create(
        v.store(),
        &case_id,
        Filing {
            kind: FilingKind::Deletion,
            annexes: annexes(&[&passport, &warrant]),
            ..Filing::default()
        },
    )
    .unwrap();
    assert!(filing.id.starts_with("filing-"));
    assert_eq!(
        filing.signature.by, "Amina Haddad",
        "the applicant signs by default"
    );
    assert_eq!(
        last_custody(&mut v, &passport),
        (
            "annex".into(),
            serde_json::json!({"filing": filing.id, "label": "A-1"})
        )
    );
    assert_eq!(last_custody(&mut v, &warrant).1["label"], "A-2");

    // The user drags the asylum decision to the top: every label that moved is logged.
    let mut moved = filing.clone();
    moved.annexes = annexes(&[&asylum, &passport, &warrant]);
    filings::update(v.store(), moved.clone()).unwrap();
    for (id, label) in [(&asylum, "A-1"), (&passport, "A-2"), (&warrant, "A-3")] {
        assert_eq!(
            last_custody(&mut v, id),
            (
                "annex".into(),
                serde_json::json!({"filing": filing.id, "label": label})
            )
        );
    }
    let before = records::custody(v.store(), &passport).unwrap().len();
    // Saving again without a change writes nothing.
    filings::update(v.store(), moved.clone()).unwrap();
    assert_eq!(
        records::custody(v.store(), &passport).unwrap().len(),
        before
    );

    // Removed from the annexes: logged on the item, which stays in the vault.
    let mut fewer = moved.clone();
    fewer.annexes = annexes(&[&asylum, &passport]);
    filings::update(v.store(), fewer).unwrap();
    assert_eq!(last_custody(&mut v, &warrant).0, "unannex");

    // Evidence of another case, or deleted evidence, cannot be annexed.
    let other = cases::create_case(
        v.store(),
        Person {
            name_latin: "Other".into(),
            ..Person::default()
        },
    )
    .unwrap()
    .id;
    let foreign = import(&mut v, &other, tmp.path(), "other.pdf", Category::Other);
    let mut wrong = moved.clone();
    wrong.annexes.push(Annex {
        evidence: foreign,
        title: String::new(),
    });
    assert_eq!(
        filings::update(v.store(), wrong).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    intake::delete(&mut v, &warrant).unwrap();
    let mut gone = moved.clone();
    gone.annexes = annexes(&[&warrant]);
    assert_eq!(
        filings::update(v.store(), gone).unwrap_err().code(),
        ErrorCode::InvalidInput
    );

    // Saved durably: after lock and unlock the filing reads back as last saved.
    let saved = filings::get(v.store(), &filing.id).unwrap();
    v.lock().unwrap();
    let mut v = unlock(&dir);
    assert_eq!(filings::get(v.store(), &filing.id).unwrap(), saved);
    assert_eq!(filings::list(v.store(), &case_id).unwrap().len(), 1);
    let history = habeas_core::audit::for_entity(v.store(), "filing", &filing.id).unwrap();
    assert_eq!(history[0].action, "create");
    assert!(history.iter().any(|e| e.field.starts_with("annexes")));

    // Deleting the filing unannexes what it annexed, and the audit chain stays intact.
    filings::delete(v.store(), &filing.id).unwrap();
    assert_eq!(last_custody(&mut v, &asylum).0, "unannex");
    assert_eq!(
        filings::get(v.store(), &filing.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(habeas_core::audit::verify(v.store()).unwrap(), None);
}

/// The check the app and the CLI run: the filing, its case, its alerts and its evidence read
/// from the index, on the day given.
#[test]
fn the_check_reads_the_filing_its_case_and_evidence_on_the_day_given() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = new_vault(tmp.path());
    let case_id = amina(&mut v);
    let passport = import(
        &mut v,
        &case_id,
        tmp.path(),
        "passport.jpg",
        Category::IdentityDocument,
    );
    let signed = NaiveDate::from_ymd_opt(2026, 5, 5).unwrap();
    let mut filing = filings::create(
        v.store(),
        &case_id,
        Filing {
            kind: FilingKind::Deletion,
            annexes: annexes(&[&passport]),
            ..Filing::default()
        },
    )
    .unwrap();
    filing.signature.date = Some(signed);
    let filing = filings::update(v.store(), filing).unwrap();
    let mut rules = |today: NaiveDate| -> Vec<Rule> {
        habeas_core::filing::check(v.store(), &filing.id, today)
            .unwrap()
            .into_iter()
            .map(|f| f.rule)
            .collect()
    };
    let on_the_day = rules(signed);
    assert!(
        !on_the_day.contains(&Rule::IdentityDocument),
        "the annexed passport is found in the case's evidence: {on_the_day:?}"
    );
    assert!(!on_the_day.contains(&Rule::SignedAndDated));
    assert!(
        rules(signed.pred_opt().unwrap()).contains(&Rule::SignedAndDated),
        "signed the day after `today`"
    );
    assert_eq!(
        habeas_core::filing::check(v.store(), "filing-0000000000000000", signed)
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );

    // The argument library, filled from the same case.
    let library = habeas_core::filing::library(v.store(), &case_id, None).unwrap();
    assert_eq!(
        library.arguments.len(),
        habeas_core::rules::arguments::LIBRARY.len()
    );
    let art3 = library.argument("art3_predominance").unwrap();
    assert!(art3.text.contains("Amina Haddad"), "{}", art3.text);
    assert!(!art3.citations.is_empty());
}

/// The letter the app and the CLI write: one check of the country, and the paper chosen, else
/// the paper of the case's latest filing, else A4.
#[test]
fn a_letter_takes_the_paper_chosen_else_the_latest_filings_else_a4() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = new_vault(tmp.path());
    let case_id = amina(&mut v);
    let page = |path: &Path| -> String {
        let out = Command::new("pdfinfo")
            .arg(path)
            .output()
            .expect("pdfinfo (poppler-utils)");
        let info = String::from_utf8(out.stdout).unwrap();
        info.lines()
            .find(|l| l.starts_with("Page size:"))
            .unwrap_or_default()
            .to_owned()
    };
    let a4 = "595.276 x 841.89 pts (A4)";
    let letter_size = "612 x 792 pts (letter)";
    let write = |v: &mut Vault, name: &str, paper: Option<PageSize>| -> PathBuf {
        let path = tmp.path().join(name);
        let bytes = letters::write(
            v.store(),
            &case_id,
            LetterKind::Border,
            " de",
            habeas_core::locale::Language::En,
            paper,
            &path,
            false,
        )
        .unwrap();
        assert_eq!(bytes as u64, fs::metadata(&path).unwrap().len());
        path
    };
    // No filing yet: A4.
    assert!(page(&write(&mut v, "none.pdf", None)).contains(a4));
    // Two filings, the latest on US Letter: the letter follows it.
    filings::create(v.store(), &case_id, Filing::default()).unwrap();
    let mut latest = filings::create(v.store(), &case_id, Filing::default()).unwrap();
    latest.paper = PageSize::Letter;
    filings::update(v.store(), latest).unwrap();
    assert!(page(&write(&mut v, "latest.pdf", None)).contains(letter_size));
    // Chosen: the choice wins.
    assert!(page(&write(&mut v, "chosen.pdf", Some(PageSize::A4))).contains(a4));

    // One refusal for a country Habeas does not know, before anything is written.
    let path = tmp.path().join("xx.pdf");
    let err = letters::write(
        v.store(),
        &case_id,
        LetterKind::Asylum,
        "XX",
        habeas_core::locale::Language::En,
        None,
        &path,
        false,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(
        err.user_message().contains("Country"),
        "{}",
        err.user_message()
    );
    assert!(!path.exists());
    // No silent overwrite.
    let err = letters::write(
        v.store(),
        &case_id,
        LetterKind::Border,
        "DE",
        habeas_core::locale::Language::En,
        None,
        &tmp.path().join("none.pdf"),
        false,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::AlreadyExists);
}

/// One clock: "today" is the local calendar day, for deadlines and admissibility alike. Run in
/// a child process under two time zones far from UTC (+14 and -12): at any hour of the day one
/// of them has a different date from UTC, so a clock that counted UTC days fails here.
#[test]
fn today_is_the_local_calendar_day() {
    const OFFSET: &str = "HABEAS_TEST_UTC_OFFSET_HOURS";
    let Ok(hours) = std::env::var(OFFSET) else {
        for (tz, hours) in [("HAB-14", "14"), ("HAB+12", "-12")] {
            let out = Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "today_is_the_local_calendar_day", "--nocapture"])
                .env("TZ", tz)
                .env(OFFSET, hours)
                .output()
                .unwrap();
            assert!(
                out.status.success() && String::from_utf8_lossy(&out.stdout).contains("1 passed"),
                "TZ={tz}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        return;
    };
    let shift = chrono::Duration::hours(hours.parse().unwrap());
    let local = || (chrono::Utc::now() + shift).date_naive();
    let before = local();
    let today = clock::today();
    let after = local();
    assert!(
        today == before || today == after,
        "clock::today() = {today}, the local day is {before}"
    );

    // A filing signed today, as the user reads the date, is not signed in the future.
    let tmp = tempfile::tempdir().unwrap();
    let mut v = new_vault(tmp.path());
    let case_id = amina(&mut v);
    let mut filing = filings::create(v.store(), &case_id, Filing::default()).unwrap();
    filing.signature.date = Some(today);
    filings::update(v.store(), filing.clone()).unwrap();
    let found = habeas_core::filing::check(v.store(), &filing.id, clock::today()).unwrap();
    assert!(
        found.iter().all(|f| f.rule != Rule::SignedAndDated),
        "{found:?}"
    );
}

/// Issue 21.9: once the user says a filing was submitted, one call records the event that starts
/// the CCF's clocks, with the filing's request type and alerts; never in the future, never twice.
#[test]
fn a_submitted_filing_is_recorded_as_the_event_that_starts_the_ccfs_clocks() {
    use habeas_core::filing::submitted;
    use habeas_core::model::{Alert, AlertKind, CcfRequestKind, EventKind};
    use habeas_core::rules::ccf::{Step, StepState};
    use habeas_core::view;

    let tmp = tempfile::tempdir().unwrap();
    let mut v = new_vault(tmp.path());
    let case_id = amina(&mut v);
    let alert = cases::add_alert(
        v.store(),
        &case_id,
        Alert {
            kind: AlertKind::Diffusion,
            issuing_country: Some("TR".into()),
            ..Alert::default()
        },
    )
    .unwrap();
    let filing = filings::create(
        v.store(),
        &case_id,
        Filing {
            kind: FilingKind::Access,
            alerts: vec![alert.id.clone()],
            ..Filing::default()
        },
    )
    .unwrap();
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let today = day("2026-11-28");
    // Exported or not, a draft is not a request.
    let before = view::case(v.store(), &case_id, today).unwrap();
    assert_eq!(before.ccf[0].step, Step::Access);
    assert_eq!(before.ccf[0].state, StepState::Drafted);

    let err = submitted::record(v.store(), &filing.id, day("2026-11-29"), today).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let event = submitted::record(v.store(), &filing.id, day("2026-11-27"), today).unwrap();
    assert_eq!(event.kind, EventKind::CcfRequestFiled);
    assert_eq!(event.ccf_request, vec![CcfRequestKind::Access]);
    assert_eq!(event.alert_ids, vec![alert.id]);
    let err = submitted::record(v.store(), &filing.id, day("2026-11-27"), today).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "not recorded twice");
    assert_eq!(cases::events(v.store(), &case_id).unwrap().len(), 1);

    let after = view::case(v.store(), &case_id, today).unwrap();
    assert_eq!(after.ccf[0].state, StepState::Filed);
    assert_eq!(after.ccf[0].filed, Some(day("2026-11-27")));
    // The CCF's admissibility answer is now expected: the clock started.
    assert!(after
        .deadlines
        .iter()
        .any(|d| d.start_event.as_deref() == Some(event.id.as_str())));

    // A revision is recorded as a revision filed.
    let revision = filings::create(
        v.store(),
        &case_id,
        Filing {
            kind: FilingKind::Revision,
            ..Filing::default()
        },
    )
    .unwrap();
    let event = submitted::record(v.store(), &revision.id, today, today).unwrap();
    assert_eq!(event.kind, EventKind::RevisionFiled);
}

/// Issue 21.8: a new filing starts from what the vault records: the live alerts, how the
/// applicant learned of them, the recorded facts, and the representative of the latest filing
/// (never its power of attorney, which belongs to its own case).
#[test]
fn a_new_filing_is_drafted_from_the_case_and_the_latest_representative() {
    use habeas_core::filing::{draft, Language, Submitter};
    use habeas_core::model::{Alert, AlertKind, AlertStatus, Event, EventKind, StatusChange};

    let tmp = tempfile::tempdir().unwrap();
    let mut v = new_vault(tmp.path());
    let earlier_case = amina(&mut v);
    let poa = import(
        &mut v,
        &earlier_case,
        tmp.path(),
        "poa.jpg",
        Category::PowerOfAttorney,
    );
    let mut earlier = filings::create(
        v.store(),
        &earlier_case,
        Filing {
            paper: PageSize::Letter,
            ..Filing::default()
        },
    )
    .unwrap();
    earlier.submitter = Submitter {
        representative: true,
        name: "Me Claire Dupont".into(),
        firm: "Dupont Avocats".into(),
        email: "cd@example.org".into(),
        power_of_attorney: Some(poa),
        power_of_attorney_signed: true,
        ..Submitter::default()
    };
    earlier.signature.by = "Me Claire Dupont".into();
    earlier.signature.place = "Lyon".into();
    earlier.annexes = annexes(&[earlier.submitter.power_of_attorney.as_deref().unwrap()]);
    filings::update(v.store(), earlier).unwrap();

    let case_id = cases::create_case(
        v.store(),
        Person {
            name_latin: "Dara Example".into(),
            ..Person::default()
        },
    )
    .unwrap()
    .id;
    let live = cases::add_alert(
        v.store(),
        &case_id,
        Alert {
            kind: AlertKind::Diffusion,
            issuing_country: Some("TR".into()),
            learned_how: "Stopped at Rome airport on 10 April 2026.".into(),
            ..Alert::default()
        },
    )
    .unwrap();
    cases::add_alert(
        v.store(),
        &case_id,
        Alert {
            kind: AlertKind::RedNotice,
            issuing_country: Some("TR".into()),
            status: vec![StatusChange::new(AlertStatus::Refused, None)],
            ..Alert::default()
        },
    )
    .unwrap();
    cases::add_event(
        v.store(),
        &case_id,
        Event {
            kind: EventKind::ProvisionalArrest,
            date: NaiveDate::from_ymd_opt(2026, 4, 10),
            country: Some("IT".into()),
            ..Event::default()
        },
    )
    .unwrap();

    let f = draft::create(v.store(), &case_id, FilingKind::Deletion, Language::En).unwrap();
    assert_eq!(f.kind, FilingKind::Deletion);
    assert_eq!(
        f.alerts,
        vec![live.id],
        "the refused Red Notice is not concerned"
    );
    assert_eq!(f.learned_how, "Stopped at Rome airport on 10 April 2026.");
    assert!(
        f.facts
            .contains("A Diffusion from Türkiye concerns Dara Example.")
            && f.facts
                .contains("On 10 April 2026: provisional arrest (Italy)."),
        "{}",
        f.facts
    );
    assert_eq!(f.submitter.name, "Me Claire Dupont");
    assert_eq!(f.submitter.firm, "Dupont Avocats");
    assert!(f.submitter.representative);
    assert_eq!(f.submitter.power_of_attorney, None);
    assert!(!f.submitter.power_of_attorney_signed);
    assert_eq!(f.signature.by, "Me Claire Dupont");
    assert_eq!(f.signature.date, None, "the date is the day it is signed");
    assert_eq!(f.paper, PageSize::Letter);
    // Saved as drafted.
    assert_eq!(filings::get(v.store(), &f.id).unwrap(), f);

    // In French, the same recorded facts in French (issue 17.2).
    let fr = draft::create(v.store(), &case_id, FilingKind::Access, Language::Fr).unwrap();
    assert!(
        fr.facts
            .contains("Une diffusion émanant de Türkiye concerne Dara Example.")
            && fr
                .facts
                .contains("Le 10 avril 2026 : arrestation provisoire (Italy)."),
        "{}",
        fr.facts
    );
    assert_eq!(fr.alerts.len(), 1);
}
