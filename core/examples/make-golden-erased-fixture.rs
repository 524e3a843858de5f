//! Writes the golden fixture of index schema 5, `vault-v2-schema5/` with its `.recipient` and
//! `.recovery` files, into the folder given:
//! `cargo run -p habeas-core --example make-golden-erased-fixture -- tests/fixtures`.
//!
//! Two cases; the second is deleted, so its history entries are stand-ins in the middle of the
//! audit chain (schema 5, `audit_erased`). The values are in
//! `core/tests/golden/vault_v2_schema5.rs`, shared with the test that reads them back
//! (`core/tests/golden.rs`).
//!
//! Run it only when a new format or schema version is introduced, with a new values file and a
//! new folder name; a released fixture is never rewritten (it refuses to write over one).

#![allow(
    clippy::print_stdout,
    clippy::expect_used,
    clippy::panic,
    reason = "a developer tool"
)]

#[path = "../tests/golden/vault_v2_schema5.rs"]
mod content;

use std::fs;
use std::path::PathBuf;

use age::secrecy::SecretString;
use chrono::NaiveDate;
use habeas_core::case_deletion;
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::evidence::{Category, Details};
use habeas_core::model::{Alert, Event, EventKind, Person};
use habeas_core::store::cases;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};

fn event(date: &str) -> Event {
    Event {
        kind: EventKind::Detention,
        date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a date")),
        ..Event::default()
    }
}

fn person(name: &str) -> Person {
    Person {
        name_latin: name.into(),
        ..Person::default()
    }
}

fn main() {
    let fixtures_dir = PathBuf::from(
        std::env::args_os()
            .nth(1)
            .expect("usage: make-golden-erased-fixture FIXTURES_DIR"),
    );
    let dir = fixtures_dir.join(content::NAME);
    assert!(
        !dir.exists(),
        "{} exists: a fixture is never rewritten",
        dir.display()
    );
    let options = CreateOptions {
        work_factor: WorkFactor::insecure_for_tests(4),
    };
    let passphrase = SecretString::from(content::PASSPHRASE.to_owned());
    let created = Vault::create(&dir, &passphrase, options).expect("create");
    let mut vault = created.vault;

    // The two cases' saves interleave, so the erased entries sit between kept ones.
    let kept = cases::create_case(vault.store(), person(content::KEPT)).expect("case");
    let erased = cases::create_case(vault.store(), person(content::ERASED[0])).expect("case");
    cases::add_alert(vault.store(), &erased.id, Alert::default()).expect("alert");
    cases::add_event(vault.store(), &kept.id, event(content::KEPT_EVENTS[0])).expect("event");
    cases::add_event(vault.store(), &erased.id, event(content::ERASED_EVENT)).expect("event");
    let sources = tempfile::tempdir().expect("temp dir");
    let (file, text) = content::ERASED_FILE;
    let path = sources.path().join(file);
    fs::write(&path, text).expect("source file");
    let details = Details {
        category: Category::Other,
        ..Details::default()
    };
    intake::import(
        &mut vault,
        &erased.id,
        &path,
        details,
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .expect("import");
    let mut renamed = cases::get_case(vault.store(), &erased.id).expect("case");
    renamed.person.name_latin = content::ERASED[1].into();
    cases::update_case(vault.store(), renamed).expect("rename");
    let history = habeas_core::audit::for_case(vault.store(), &erased.id).expect("history");
    assert_eq!(
        i64::try_from(history.len()).expect("a count"),
        content::ERASED_ENTRIES,
        "the values file counts the erased entries"
    );

    // Deleted: the deletion compacts, so the stand-ins are in the snapshot.
    case_deletion::delete(&mut vault, &erased.id).expect("delete");
    // One save after it stays in the journal.
    cases::add_event(vault.store(), &kept.id, event(content::KEPT_EVENTS[1])).expect("event");

    let beside = |suffix: &str, text: &str| {
        let path = fixtures_dir.join(format!("{}.{suffix}", content::NAME));
        fs::write(&path, format!("{text}\n")).expect("write beside the fixture");
        println!("wrote {}", path.display());
    };
    beside("recipient", &vault.recipient());
    beside("recovery", created.recovery_key.expose());
    drop(vault); // not lock(): the last save stays in the journal
    fs::remove_file(dir.join("habeas.lock")).expect("remove the lock file");
}
