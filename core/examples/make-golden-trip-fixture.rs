//! Writes the golden fixture of index schema 6, `vault-v3-schema6/` with its `.recipient` and
//! `.recovery` files, into the folder given:
//! `cargo run -p habeas-core --example make-golden-trip-fixture -- tests/fixtures`.
//!
//! One case, a trip checked once (schema 6, `trips`), folded into the snapshot; a second trip
//! in the journal. The values are in `core/tests/golden/vault_v3_schema6.rs`, shared with the
//! test that reads them back (`core/tests/golden.rs`).
//!
//! Run it only when a new format or schema version is introduced, with a new values file and a
//! new folder name; a released fixture is never rewritten (it refuses to write over one).

#![allow(
    clippy::print_stdout,
    clippy::expect_used,
    clippy::panic,
    reason = "a developer tool"
)]

#[path = "../tests/golden/vault_v3_schema6.rs"]
mod content;

use std::fs;
use std::path::PathBuf;

use age::secrecy::SecretString;
use chrono::NaiveDate;
use habeas_core::model::{Alert, Leg, Person, Trip};
use habeas_core::store::cases;
use habeas_core::travel;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

fn main() {
    let fixtures_dir = PathBuf::from(
        std::env::args_os()
            .nth(1)
            .expect("usage: make-golden-trip-fixture FIXTURES_DIR"),
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
    let case = cases::create_case(
        vault.store(),
        Person {
            name_latin: content::PERSON.into(),
            ..Person::default()
        },
    )
    .expect("case");
    let alert: Alert = serde_json::from_value(serde_json::json!({
        "kind": "diffusion", "issuing_country": "TR", "requests": ["arrest"],
        "recipients": {"all_members": false, "countries": ["PT", "ES"]}
    }))
    .expect("alert");
    cases::add_alert(vault.store(), &case.id, alert).expect("alert");
    let trip = travel::add(
        vault.store(),
        &case.id,
        Trip {
            label: content::TRIP.into(),
            legs: content::LEGS
                .iter()
                .map(|(d, f, t, tr)| Leg {
                    date: Some(day(d)),
                    from: (*f).into(),
                    to: (*t).into(),
                    transits: tr.iter().map(|s| (*s).to_owned()).collect(),
                })
                .collect(),
            ..Trip::default()
        },
    )
    .expect("trip");
    let outcome = travel::check(vault.store(), &trip.id, day(content::CHECKED_ON)).expect("check");
    assert_eq!(
        serde_json::to_value(outcome.check.level).expect("level"),
        content::LEVEL
    );
    vault
        .lock()
        .expect("lock: folds everything into the snapshot");
    let mut vault = Vault::unlock(&dir, &passphrase).expect("unlock");
    let (d, f, t) = content::SECOND_LEG;
    travel::add(
        vault.store(),
        &case.id,
        Trip {
            label: content::SECOND_TRIP.into(),
            legs: vec![Leg {
                date: Some(day(d)),
                from: f.into(),
                to: t.into(),
                transits: Vec::new(),
            }],
            ..Trip::default()
        },
    )
    .expect("second trip");

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
