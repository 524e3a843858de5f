//! Writes the golden fixture of a whole case, `vault-v1-schema4/` with its `.recipient` and
//! `.recovery` files, into the folder given:
//! `cargo run -p habeas-core --example make-golden-case-fixture -- tests/fixtures`.
//!
//! One case with every kind of record the index held at format 1, schema 4: the person, alerts,
//! events, deadline overrides, evidence (a PDF, a JPEG, a text translation, and a deleted draft)
//! with custody entries of every kind, and a filing whose annexes were set, then changed. The
//! values are in `core/tests/golden/vault_v1_schema4.rs`, shared with the test that reads them
//! back (`core/tests/golden.rs`). Ids and timestamps are drawn as the app draws them; the files'
//! modification times are fixed.
//!
//! Run it only when a new format or schema version is introduced, with a new values file and a
//! new folder name; a released fixture is never rewritten (it refuses to write over one).

#![allow(clippy::print_stdout, clippy::expect_used, reason = "a developer tool")]

#[path = "../tests/golden/vault_v1_schema4.rs"]
mod content;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};
use habeas_core::evidence::certificate::{self, Options};
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::model::Case;
use habeas_core::pdf::PageSize;
use habeas_core::store::{cases, evidence_items as records, filings};
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("an RFC 3339 time")
        .with_timezone(&Utc)
}

fn main() {
    let fixtures_dir = PathBuf::from(
        std::env::args_os()
            .nth(1)
            .expect("usage: make-golden-case-fixture FIXTURES_DIR"),
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

    // The case, its alerts and events.
    let case = cases::create_case(vault.store(), content::person()).expect("case");
    let case = cases::update_case(vault.store(), content::case_fields(case)).expect("case fields");
    let [red_notice, diffusion] =
        content::alerts().map(|a| cases::add_alert(vault.store(), &case.id, a).expect("alert"));
    let events = content::events(&red_notice.id, &diffusion.id)
        .map(|e| cases::add_event(vault.store(), &case.id, e).expect("event"));
    let (arrest, admissibility) = (&events[1].id, &events[4].id);

    // The evidence, imported from copies whose modification time is fixed.
    let sources = tempfile::tempdir().expect("temp dir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/evidence");
    let modified = SystemTime::from(utc(content::FILE_MODIFIED));
    let mut ids = Vec::new();
    for (name, source) in &content::ITEMS {
        let path = sources.path().join(name);
        match source {
            content::Source::Fixture => fs::copy(fixtures.join(name), &path).map(|_| ()),
            content::Source::Text(text) => fs::write(&path, text),
        }
        .expect("source file");
        File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(modified))
            .expect("set the modification time");
        let warrant = ids.first().map(String::as_str);
        let details = content::intake_details(name, &red_notice.id, arrest, warrant);
        let item = intake::import(
            &mut vault,
            &case.id,
            &path,
            details,
            OnDuplicate::Refuse,
            &mut |_| true,
        )
        .expect("import");
        ids.push(item.id);
        // The store lists items by import time (milliseconds): keep them apart.
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let [warrant, photo, statement, draft] = <[String; 4]>::try_from(ids).expect("four items");

    // Custody: a correction, views, an export, a certificate.
    let details = records::get(vault.store(), &photo)
        .expect("photo")
        .details();
    records::update(vault.store(), &photo, content::photo_corrected(details)).expect("update");
    records::log_view(vault.store(), &photo).expect("view");
    records::log_view(vault.store(), &warrant).expect("view");
    records::log_export(vault.store(), &warrant, content::EXPORTED_TO).expect("export");
    let certified = [warrant.clone(), photo.clone()];
    let options = Options {
        page_size: PageSize::A4,
        generated: utc(content::CERTIFICATE_MADE),
    };
    certificate::issue(vault.store(), &certified, &options).expect("certificate");

    // The filing: annexes set, then reordered (the draft taken out, then deleted).
    let filing = content::filing(&red_notice.id, &diffusion.id, [&warrant, &draft, &photo]);
    let filing = filings::create(vault.store(), &case.id, filing).expect("filing");
    let revised = content::filing_revised(filing, &draft, &statement);
    let filing = filings::update(vault.store(), revised).expect("filing update");
    intake::delete(&mut vault, &draft).expect("delete");

    // Folded into the snapshot; the last two saves (a case changed, custody entries added)
    // stay in the journal, so that the fixture pins both.
    vault.store().compact().expect("compact");
    let overrides = content::overrides(arrest, admissibility);
    let case = cases::update_case(
        vault.store(),
        Case {
            overrides: overrides.clone(),
            ..case
        },
    )
    .expect("overrides");
    let today = utc(content::CERTIFICATE_MADE).date_naive();
    let view = habeas_core::view::case(vault.store(), &case.id, today).expect("view");
    for o in &overrides {
        assert!(
            view.deadlines
                .iter()
                .any(|d| d.key == o.key && d.due == o.date),
            "no deadline {} to override",
            o.key
        );
    }
    records::log_filed(vault.store(), &filing, content::FILED_TO, content::FILED_AS)
        .expect("filed");

    let beside = |suffix: &str, text: &str| {
        let path = fixtures_dir.join(format!("{}.{suffix}", content::NAME));
        fs::write(&path, format!("{text}\n")).expect("write beside the fixture");
        println!("wrote {}", path.display());
    };
    beside("recipient", &vault.recipient());
    beside("recovery", created.recovery_key.expose());
    drop(vault); // not lock(): the last saves stay in the journal
    fs::remove_file(dir.join("habeas.lock")).expect("remove the lock file");
}
