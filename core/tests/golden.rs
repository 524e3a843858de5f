//! Golden vaults: folders written once by an earlier Habeas, opened by every later one.
//!
//! **Never regenerate a fixture here; add a new one when the format or the index schema
//! changes**, with its own values file, folder and tests, and leave the older ones as they are:
//! each is the proof that vaults people already have still open, whole. The format-1 fixture
//! with only settings (`vault-v1`) is tested in `vault.rs`.
//!
//! `tests/fixtures/vault-v1-schema4/` (format 1, index schema 4) holds one case with every kind
//! of record: the person, two alerts, five events, two deadline overrides, four evidence items
//! (a PDF and a JPEG from `tests/fixtures/evidence/`, a text translation, a deleted draft) with
//! custody entries of every kind, and a filing whose annexes were set then changed. Its values
//! are in `golden/vault_v1_schema4.rs`; `core/examples/make-golden-case-fixture.rs` wrote it
//! with the test work factor (4), the passphrase there, and the recovery key and recipient
//! saved beside the folder. Its last two saves are in the journal, the rest in the snapshot.
//!
//! `tests/fixtures/vault-v2-schema5/` (format 2, index schema 5) holds two cases, one deleted: its
//! history entries are stand-ins in the middle of the audit chain (`audit_erased`). Its values
//! are in `golden/vault_v2_schema5.rs`; `core/examples/make-golden-erased-fixture.rs` wrote it
//! with the test work factor (4). The deletion is in the snapshot, one later save in the journal.
//!
//! `tests/fixtures/vault-v2/` (format 2: key slots around `keys/identity.age`, index schema 4)
//! holds one setting in its snapshot and one in its journal, as `vault-v1` does;
//! `core/examples/make-golden-fixture.rs` wrote it with the test work factor (4), the passphrase
//! "golden fixture passphrase", and the recovery key and recipient saved beside the folder.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

mod support;
#[path = "golden/vault_v1_schema4.rs"]
mod vault_v1_schema4;
#[path = "golden/vault_v2_schema5.rs"]
mod vault_v2_schema5;
#[path = "golden/vault_v3_schema6.rs"]
mod vault_v3_schema6;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::SecretString;
use chrono::DateTime;
use habeas_core::audit;
use habeas_core::evidence::Evidence;
use habeas_core::filing::Filing;
use habeas_core::model::{Alert, Case, Event};
use habeas_core::store::search::{self, HitKind};
use habeas_core::store::{cases, evidence_items as records, filings, rusqlite, schema};
use habeas_core::vault::{BlobId, RecoveryKey, Vault, FORMAT_VERSION};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use support::{
    copy_dir, go_age_decrypt_with_identity, go_age_decrypt_with_passphrase, go_age_recipient_of,
    go_age_vault_identity, setting,
};
use vault_v1_schema4 as v1s4;
use vault_v2_schema5 as v2s5;
use vault_v3_schema6 as v2s6;

/// The format version and index schema (`PRAGMA user_version`) the fixture was written at.
const V1S4_FORMAT: u32 = 1;
const V1S4_SCHEMA: u32 = 4;

/// The media types intake sniffed, in the order of [`v1s4::ITEMS`].
const V1S4_MEDIA_TYPES: [&str; 4] = ["application/pdf", "image/jpeg", "text/plain", "text/plain"];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// The fixture `name`, copied into a temporary folder: (guard, vault folder).
fn fixture_copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    copy_dir(&fixtures().join(name), &dir);
    (tmp, dir)
}

/// A value saved beside fixture `name`, as `<name>.<suffix>` (`recipient`, `recovery`).
fn fixture_beside(name: &str, suffix: &str) -> String {
    let text = fs::read_to_string(fixtures().join(format!("{name}.{suffix}"))).unwrap();
    text.trim().to_owned()
}

fn v1s4_copy() -> (tempfile::TempDir, PathBuf) {
    fixture_copy(v1s4::NAME)
}

fn v1s4_file(suffix: &str) -> String {
    fixture_beside(v1s4::NAME, suffix)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The bytes an item of [`v1s4::ITEMS`] was imported from.
fn v1s4_source(name: &str, source: &v1s4::Source) -> Vec<u8> {
    match source {
        v1s4::Source::Text(text) => text.as_bytes().to_vec(),
        v1s4::Source::Fixture => {
            let path = fixtures().join("evidence").join(name);
            fs::read(&path).unwrap_or_else(|e| {
                panic!(
                    "{} is gone ({e}): the golden fixture holds it, restore it",
                    path.display()
                )
            })
        }
    }
}

/// The ids the fixture drew, found by what they hold.
struct V1s4Ids {
    case: String,
    red_notice: String,
    diffusion: String,
    /// In date order, as [`v1s4::events`].
    events: Vec<String>,
    /// In import order, as [`v1s4::ITEMS`].
    items: Vec<String>,
    filing: String,
}

impl V1s4Ids {
    fn arrest(&self) -> &str {
        &self.events[1]
    }
    fn admissibility(&self) -> &str {
        &self.events[4]
    }
    fn item(&self, name: &str) -> &str {
        let i = v1s4::ITEMS.iter().position(|(n, _)| *n == name).unwrap();
        &self.items[i]
    }

    /// A readable name for an audit entry's record.
    fn label(&self, entity_id: &str) -> String {
        let named = [
            (&self.case, "case"),
            (&self.red_notice, "red notice"),
            (&self.diffusion, "diffusion"),
            (&self.filing, "filing"),
        ];
        if let Some((_, name)) = named.iter().find(|(id, _)| *id == entity_id) {
            return (*name).to_owned();
        }
        if let Some(i) = self.events.iter().position(|id| id == entity_id) {
            return format!("event {}", i + 1);
        }
        if let Some(i) = self.items.iter().position(|id| id == entity_id) {
            return v1s4::ITEMS[i].0.to_owned();
        }
        panic!("the audit log names a record the fixture does not hold: {entity_id}")
    }
}

/// Checks every piece of the case in the unlocked fixture against [`v1s4`].
fn v1s4_check_everything(vault: &mut Vault) {
    let all = cases::list_cases(vault.store()).unwrap();
    assert_eq!(all.len(), 1, "one case");
    let case = &all[0];
    assert!(case.id.starts_with("case-"), "{}", case.id);

    // Alerts, oldest first.
    let alerts = cases::alerts(vault.store(), &case.id).unwrap();
    assert_eq!(alerts.len(), 2);
    for (found, expected) in alerts.iter().zip(v1s4::alerts()) {
        assert!(found.id.starts_with("alert-"), "{}", found.id);
        let expected = Alert {
            id: found.id.clone(),
            case_id: case.id.clone(),
            ..expected
        };
        assert_eq!(found, &expected);
    }
    let (red_notice, diffusion) = (alerts[0].id.clone(), alerts[1].id.clone());

    // Events, by date, naming the alerts.
    let events = cases::events(vault.store(), &case.id).unwrap();
    assert_eq!(events.len(), 5);
    for (found, expected) in events.iter().zip(v1s4::events(&red_notice, &diffusion)) {
        assert!(found.id.starts_with("event-"), "{}", found.id);
        let expected = Event {
            id: found.id.clone(),
            case_id: case.id.clone(),
            ..expected
        };
        assert_eq!(found, &expected);
    }
    let events: Vec<String> = events.into_iter().map(|e| e.id).collect();

    let filing = filings::list(vault.store(), &case.id).unwrap();
    assert_eq!(filing.len(), 1, "one filing");
    let items = records::list(vault.store(), &case.id).unwrap();
    let ids = V1s4Ids {
        case: case.id.clone(),
        red_notice,
        diffusion,
        events,
        items: items.iter().map(|i| i.id.clone()).collect(),
        filing: filing[0].id.clone(),
    };

    // The case: the person and every field of its own, overrides included.
    let expected = Case {
        overrides: v1s4::overrides(ids.arrest(), ids.admissibility()),
        ..v1s4::case_fields(Case {
            id: case.id.clone(),
            created: case.created.clone(),
            updated: case.updated.clone(),
            person: v1s4::person(),
            ..Case::default()
        })
    };
    assert_eq!(case.person, v1s4::person());
    assert_eq!(case, &expected);
    assert!(case.created < case.updated);

    // The overrides replace the dates of the deadlines they name.
    let today = DateTime::parse_from_rfc3339(v1s4::CERTIFICATE_MADE)
        .unwrap()
        .date_naive();
    let view = habeas_core::view::case(vault.store(), &case.id, today).unwrap();
    for o in &case.overrides {
        let deadline = view.deadlines.iter().find(|d| d.key == o.key);
        let deadline = deadline.unwrap_or_else(|| panic!("no deadline {}", o.key));
        assert_eq!(deadline.due, o.date, "{}", o.key);
        assert_eq!(deadline.override_reason.as_ref(), Some(&o.reason));
    }

    v1s4_check_evidence(vault, &ids, &items);
    v1s4_check_filing(vault, &ids, &filing[0]);
    v1s4_check_custody(vault, &ids);
    v1s4_check_audit(vault, &ids);

    // The search columns written then still find the case: the name in either script, the
    // address with its ß folded.
    for query in ["petrova", "Петрова", "musterstrasse"] {
        let hits = search::search(vault.store(), query).unwrap();
        assert!(
            hits.iter()
                .any(|h| h.kind == HitKind::Case && h.id == ids.case),
            "{query}: {hits:?}"
        );
    }
}

/// Each item's record, and its blob decrypted: the exact bytes it was imported from.
fn v1s4_check_evidence(vault: &mut Vault, ids: &V1s4Ids, items: &[Evidence]) {
    let names: Vec<&str> = items.iter().map(|i| i.original_name.as_str()).collect();
    let expected_names: Vec<&str> = v1s4::ITEMS.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected_names, "the items, in import order");
    let mut live_blobs = Vec::new();
    for ((item, (name, source)), media_type) in items.iter().zip(&v1s4::ITEMS).zip(V1S4_MEDIA_TYPES)
    {
        assert!(item.id.starts_with("evidence-"), "{}", item.id);
        let bytes = v1s4_source(name, source);
        let deleted = *name == "draft.txt";
        let mut details = v1s4::intake_details(
            name,
            &ids.red_notice,
            ids.arrest(),
            Some(ids.item("warrant.pdf")),
        );
        if *name == "photo.jpg" {
            details = v1s4::photo_corrected(details);
        }
        let mut expected = Evidence {
            id: item.id.clone(),
            case_id: ids.case.clone(),
            blob: if deleted {
                String::new()
            } else {
                item.blob.clone()
            },
            original_name: (*name).to_owned(),
            size: bytes.len() as u64,
            sha256: sha256_hex(&bytes),
            media_type: media_type.to_owned(),
            file_modified: Some(v1s4::FILE_MODIFIED.to_owned()),
            imported: item.imported.clone(),
            deleted: if deleted { item.deleted.clone() } else { None },
            ..Evidence::default()
        };
        expected.set_details(details);
        assert_eq!(item, &expected, "{name}");
        if deleted {
            assert!(item.deleted.as_ref().is_some_and(|at| *at > item.imported));
            continue;
        }
        let blob = BlobId::parse(&item.blob).unwrap();
        let mut plain = Vec::new();
        vault
            .open_blob(&blob)
            .unwrap()
            .read_to_end(&mut plain)
            .unwrap();
        assert!(plain == bytes, "{name}: the blob holds other bytes");
        vault
            .verify_blob(&blob, &item.sha256, &mut |_| true)
            .unwrap();
        live_blobs.push(blob);
    }
    // The deleted draft's blob is gone; no other blob lies about.
    live_blobs.sort();
    assert_eq!(vault.blob_ids().unwrap(), live_blobs);
}

fn v1s4_check_filing(vault: &mut Vault, ids: &V1s4Ids, filing: &Filing) {
    let first = v1s4::filing(
        &ids.red_notice,
        &ids.diffusion,
        ["warrant.pdf", "draft.txt", "photo.jpg"].map(|name| ids.item(name)),
    );
    let expected = Filing {
        id: filing.id.clone(),
        case_id: ids.case.clone(),
        created: filing.created.clone(),
        ..v1s4::filing_revised(first, ids.item("draft.txt"), ids.item("statement.txt"))
    };
    assert!(filing.id.starts_with("filing-"), "{}", filing.id);
    assert_eq!(filing, &expected);
    let labels: Vec<Option<String>> = ["warrant.pdf", "photo.jpg", "statement.txt", "draft.txt"]
        .iter()
        .map(|name| filing.label_of(ids.item(name)))
        .collect();
    assert_eq!(
        labels,
        [
            Some("A-1".into()),
            Some("A-2".into()),
            Some("A-3".into()),
            None
        ]
    );
    assert_eq!(filings::get(vault.store(), &ids.filing).unwrap(), expected);
}

/// (action, field, old, new) of each custody entry of `item`, in order.
fn custody(vault: &mut Vault, ids: &V1s4Ids, item: &str) -> Vec<(String, String, Value, Value)> {
    let entries = records::custody(vault.store(), ids.item(item)).unwrap();
    entries
        .into_iter()
        .map(|e| {
            assert_eq!(e.case_id, ids.case);
            assert_eq!(e.entity, "evidence");
            let json = |v: Option<Value>| v.unwrap_or(Value::Null);
            (e.action, e.field, json(e.old), json(e.new))
        })
        .collect()
}

/// Each item's chain of custody, entry by entry.
fn v1s4_check_custody(vault: &mut Vault, ids: &V1s4Ids) {
    let source = |name: &str| {
        let (_, s) = v1s4::ITEMS.iter().find(|(n, _)| *n == name).unwrap();
        v1s4_source(name, s)
    };
    let import = |name: &str, media_type: &str, from: &str| {
        let bytes = source(name);
        let new = json!({
            "original_name": name,
            "size": bytes.len(),
            "sha256": sha256_hex(&bytes),
            "media_type": media_type,
            "file_modified": v1s4::FILE_MODIFIED,
            "source": from,
        });
        ("import".to_owned(), String::new(), Value::Null, new)
    };
    let entry = |action: &str, new: Value| (action.to_owned(), String::new(), Value::Null, new);
    let sha = |name: &str| sha256_hex(&source(name));
    let filing = ids.filing.as_str();
    let annex = |label: &str| entry("annex", json!({ "filing": filing, "label": label }));
    let filed = |label: &str| {
        let new =
            json!({ "filing": filing, "label": label, "as": v1s4::FILED_AS, "to": v1s4::FILED_TO });
        entry("filed", new)
    };
    let certificate = |name: &str| entry("certificate", json!({ "sha256": sha(name), "items": 2 }));

    assert_eq!(
        custody(vault, ids, "warrant.pdf"),
        [
            import(
                "warrant.pdf",
                "application/pdf",
                "E-mail from the lawyer in Moscow"
            ),
            entry("view", json!({})),
            entry(
                "export",
                json!({ "to": v1s4::EXPORTED_TO, "sha256": sha("warrant.pdf") })
            ),
            certificate("warrant.pdf"),
            annex("A-1"),
            filed("A-1"),
        ]
    );
    assert_eq!(
        custody(vault, ids, "photo.jpg"),
        [
            import("photo.jpg", "image/jpeg", "Photographed by the client"),
            (
                "update".into(),
                "description".into(),
                json!("Passport"),
                json!("Passport, data page")
            ),
            (
                "update".into(),
                "tags".into(),
                json!([]),
                json!(["identity"])
            ),
            entry("view", json!({})),
            certificate("photo.jpg"),
            annex("A-3"),
            annex("A-2"),
            filed("A-2"),
        ]
    );
    assert_eq!(
        custody(vault, ids, "statement.txt"),
        [
            import("statement.txt", "text/plain", "Sworn translator"),
            annex("A-3"),
            filed("A-3"),
        ]
    );
    assert_eq!(
        custody(vault, ids, "draft.txt"),
        [
            import("draft.txt", "text/plain", ""),
            annex("A-2"),
            entry("unannex", json!({ "filing": filing })),
            entry(
                "delete",
                json!({ "sha256": sha("draft.txt"), "original_name": "draft.txt" })
            ),
        ]
    );
}

/// The whole audit log: every change, in order, chained.
fn v1s4_check_audit(vault: &mut Vault, ids: &V1s4Ids) {
    assert_eq!(
        audit::verify(vault.store()).unwrap(),
        None,
        "the chain holds"
    );
    let entries = audit::for_case(vault.store(), &ids.case).unwrap();
    assert!(audit::verify_entries(&entries).is_none());
    let log: Vec<String> = entries
        .iter()
        .map(|e| {
            let field = if e.field.is_empty() {
                String::new()
            } else {
                format!(" {}", e.field)
            };
            format!(
                "{}: {} {}{field}",
                ids.label(&e.entity_id),
                e.entity,
                e.action
            )
        })
        .collect();
    let expected = [
        "case: case create",
        "case: case update access_reminder_months",
        "case: case update bilateral",
        "case: case update checklist",
        "case: case update flag_settings",
        "case: case update misuse_note",
        "case: case update notes",
        "red notice: alert create",
        "diffusion: alert create",
        "event 1: event create",
        "event 2: event create",
        "event 3: event create",
        "event 4: event create",
        "event 5: event create",
        "warrant.pdf: evidence import",
        "photo.jpg: evidence import",
        "statement.txt: evidence import",
        "draft.txt: evidence import",
        "photo.jpg: evidence update description",
        "photo.jpg: evidence update tags",
        "photo.jpg: evidence view",
        "warrant.pdf: evidence view",
        "warrant.pdf: evidence export",
        "warrant.pdf: evidence certificate",
        "photo.jpg: evidence certificate",
        "filing: filing create",
        "warrant.pdf: evidence annex",
        "draft.txt: evidence annex",
        "photo.jpg: evidence annex",
        "filing: filing update annexes",
        "filing: filing update outcome",
        "photo.jpg: evidence annex",
        "statement.txt: evidence annex",
        "draft.txt: evidence unannex",
        "draft.txt: evidence delete",
        "case: case update overrides",
        "warrant.pdf: evidence filed",
        "photo.jpg: evidence filed",
        "statement.txt: evidence filed",
    ];
    assert_eq!(log, expected);
    let times: Vec<_> = entries
        .iter()
        .map(|e| DateTime::parse_from_rfc3339(&e.at).unwrap())
        .collect();
    assert!(times.is_sorted(), "entries are in time order");
    assert_eq!(
        entries[0].new.as_ref().unwrap()["person"]["name_latin"],
        "Olga PETROVA"
    );
}

#[test]
fn golden_v1_schema4_reads_back_whole_with_the_passphrase() {
    let (_tmp, dir) = v1s4_copy();
    let journal = fs::read_dir(dir.join("index/journal")).unwrap();
    assert_eq!(journal.count(), 2, "the last two saves are in the journal");
    let passphrase = SecretString::from(v1s4::PASSPHRASE.to_owned());
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(vault.recipient(), v1s4_file("recipient"));
    v1s4_check_everything(&mut vault);
    // Every key file and index file authenticates.
    vault.verify(&passphrase).unwrap();
    // Saved again and reopened, it still holds everything (the journal is folded in).
    vault.lock().unwrap();
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    v1s4_check_everything(&mut vault);
}

#[test]
fn golden_v1_schema4_reads_back_whole_with_the_recovery_key() {
    let (_tmp, dir) = v1s4_copy();
    let key = RecoveryKey::parse(&v1s4_file("recovery")).unwrap();
    let mut vault = Vault::unlock_with_recovery_key(&dir, &key).unwrap();
    assert_eq!(vault.recipient(), v1s4_file("recipient"));
    v1s4_check_everything(&mut vault);
}

/// Debian's Go `age` opens the fixture as `docs/vault-format.md` says: the identity with the
/// passphrase and with the recovery key, the snapshot (a plain SQLite database at schema 4
/// holding the case; the last two saves are still in the journal) and every blob.
#[test]
fn golden_v1_schema4_opens_with_debians_go_age() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixtures().join(v1s4::NAME); // read only: Go age writes nothing beside its input
    let identity = tmp.path().join("identity.txt");
    go_age_decrypt_with_passphrase(
        &dir.join("keys/passphrase.age"),
        &identity,
        v1s4::PASSPHRASE,
    );
    let by_recovery = tmp.path().join("identity-recovery.txt");
    go_age_decrypt_with_passphrase(
        &dir.join("keys/recovery.age"),
        &by_recovery,
        &v1s4_file("recovery"),
    );
    assert_eq!(
        fs::read(&identity).unwrap(),
        fs::read(&by_recovery).unwrap()
    );
    assert_eq!(go_age_recipient_of(&identity), v1s4_file("recipient"));

    let go_age = |input: &Path, output: &Path| {
        let out = Command::new("age")
            .args(["-d", "-i"])
            .arg(&identity)
            .arg("-o")
            .arg(output)
            .arg(input)
            .output()
            .unwrap();
        assert!(out.status.success(), "Go age, {}: {out:?}", input.display());
        fs::read(output).unwrap()
    };
    let db = tmp.path().join("habeas.sqlite");
    go_age(&dir.join("index/snapshot.age"), &db);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let one = |sql: &str| -> String { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, V1S4_SCHEMA);
    assert_eq!(
        one("SELECT json_extract(doc, '$.person.name_latin') FROM cases"),
        "Olga PETROVA"
    );
    let counts = one(
        "SELECT (SELECT count(*) FROM alerts) || ' ' || (SELECT count(*) FROM events) || ' ' ||
                (SELECT count(*) FROM evidence) || ' ' || (SELECT count(*) FROM filings)",
    );
    assert_eq!(counts, "2 5 4 1");
    // The overrides and the "filed" entries came after the snapshot: they are in the journal.
    assert_eq!(
        one("SELECT json_array_length(doc, '$.overrides') || '' FROM cases"),
        "0"
    );
    assert_eq!(
        one("SELECT count(*) || '' FROM audit WHERE action = 'filed'"),
        "0"
    );
    assert_eq!(
        one("SELECT json_array_length(doc, '$.annexes') || '' FROM filings"),
        "3"
    );

    // Each live blob, by the query the format document gives, holds its source file.
    let mut st = conn
        .prepare(
            "SELECT json_extract(doc, '$.blob'), sha256, json_extract(doc, '$.original_name')
             FROM evidence WHERE json_extract(doc, '$.deleted') IS NULL ORDER BY 3",
        )
        .unwrap();
    let blobs: Vec<(String, String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let names: Vec<&str> = blobs.iter().map(|(_, _, n)| n.as_str()).collect();
    assert_eq!(names, ["photo.jpg", "statement.txt", "warrant.pdf"]);
    for (blob, sha256, name) in &blobs {
        let path = dir.join(BlobId::parse(blob).unwrap().relative_path());
        let plain = go_age(&path, &tmp.path().join(name));
        let (_, source) = v1s4::ITEMS.iter().find(|(n, _)| n == name).unwrap();
        assert!(plain == v1s4_source(name, source), "{name}");
        assert_eq!(&sha256_hex(&plain), sha256, "{name}");
    }
}

/// The format-2 fixture and the values saved beside it.
const V2_NAME: &str = "vault-v2";
const V2_FORMAT: u32 = 2;
const V2_PASSPHRASE: &str = "golden fixture passphrase";

fn v2_copy() -> (tempfile::TempDir, PathBuf) {
    fixture_copy(V2_NAME)
}

fn v2_file(suffix: &str) -> String {
    fixture_beside(V2_NAME, suffix)
}

/// The format-2 fixture opens with its passphrase and with its recovery key, whole.
#[test]
fn golden_v2_opens_with_the_passphrase_and_the_recovery_key() {
    let (_tmp, dir) = v2_copy();
    let passphrase = SecretString::from(V2_PASSPHRASE.to_owned());
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(vault.recipient(), v2_file("recipient"));
    assert!(vault.rotates_identity());
    assert_eq!(setting(&mut vault, "in-snapshot").unwrap(), "\"folded\"");
    assert_eq!(setting(&mut vault, "in-journal").unwrap(), "\"replayed\"");
    // Three key files and the snapshot: opening migrated the index (schema 4 to 5) and folded
    // the journal record into a new snapshot (`Store::open`).
    assert_eq!(vault.verify(&passphrase).unwrap().checked.len(), 4);
    drop(vault);
    let key = RecoveryKey::parse(&v2_file("recovery")).unwrap();
    let mut vault = Vault::unlock_with_recovery_key(&dir, &key).unwrap();
    assert_eq!(vault.recipient(), v2_file("recipient"));
    assert_eq!(setting(&mut vault, "in-journal").unwrap(), "\"replayed\"");
}

/// Debian's Go `age` reaches the format-2 fixture's identity as `docs/vault-format.md` says,
/// from either secret: the key file gives the slot identity, which opens `keys/identity.age`.
#[test]
fn golden_v2_opens_with_debians_go_age() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixtures().join(V2_NAME); // read only
    for (file, secret) in [
        ("keys/passphrase.age", V2_PASSPHRASE.to_owned()),
        ("keys/recovery.age", v2_file("recovery")),
    ] {
        let identity = tmp.path().join("identity.txt");
        go_age_vault_identity(&dir, file, &secret, &identity);
        assert_eq!(
            go_age_recipient_of(&identity),
            v2_file("recipient"),
            "{file}"
        );
    }
}

/// A format-2 vault becomes format 3 when first unlocked (issue 16.5): its journal is folded
/// into one tagged snapshot; then format 4 (issue 20): that snapshot is the base every device
/// starts from, and `vault.json` says 4. Unlocked again, nothing is rewritten.
#[test]
fn golden_v2_migrates_to_format_4_once() {
    let (_tmp, dir) = v2_copy();
    let passphrase = SecretString::from(V2_PASSPHRASE.to_owned());
    let read_version = |dir: &std::path::Path| -> Value {
        serde_json::from_slice::<Value>(&fs::read(dir.join("vault.json")).unwrap()).unwrap()
            ["version"]
            .clone()
    };
    assert_eq!(read_version(&dir), V2_FORMAT);
    let identity_before = fs::read(dir.join("keys/identity.age")).unwrap();
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(read_version(&dir), 4);
    assert_eq!(
        vault.store().journal_len(),
        0,
        "the untagged journal is folded"
    );
    assert!(
        fs::read_dir(dir.join("index/journal"))
            .unwrap()
            .next()
            .is_none(),
        "and deleted"
    );
    assert!(
        fs::read(dir.join("keys/identity.age")).unwrap() != identity_before,
        "the identity is sealed again, saying the index is authenticated"
    );
    assert_eq!(setting(&mut vault, "in-journal").unwrap(), "\"replayed\"");
    drop(vault);
    let snapshot = fs::read(dir.join("index/snapshot.age")).unwrap();
    let identity = fs::read(dir.join("keys/identity.age")).unwrap();
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(setting(&mut vault, "in-snapshot").unwrap(), "\"folded\"");
    drop(vault);
    assert!(fs::read(dir.join("index/snapshot.age")).unwrap() == snapshot);
    assert!(fs::read(dir.join("keys/identity.age")).unwrap() == identity);
}

/// The format-3 fixture (index authenticated) and the values saved beside it.
const V3_NAME: &str = "vault-v3";
const V3_FORMAT: u32 = 3;

/// The format-3 fixture opens with both secrets, its journal record's tag checked.
#[test]
fn golden_v3_opens_with_the_passphrase_and_the_recovery_key() {
    let (_tmp, dir) = fixture_copy(V3_NAME);
    let passphrase = SecretString::from(V2_PASSPHRASE.to_owned());
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(vault.recipient(), fixture_beside(V3_NAME, "recipient"));
    assert_eq!(setting(&mut vault, "in-snapshot").unwrap(), "\"folded\"");
    assert_eq!(setting(&mut vault, "in-journal").unwrap(), "\"replayed\"");
    drop(vault);
    let key = RecoveryKey::parse(&fixture_beside(V3_NAME, "recovery")).unwrap();
    let mut vault = Vault::unlock_with_recovery_key(&dir, &key).unwrap();
    assert_eq!(setting(&mut vault, "in-journal").unwrap(), "\"replayed\"");
}

/// The format-4 fixture (a journal per device, issue 20) and the values saved beside it.
const V4_NAME: &str = "vault-v4";
const V4_FORMAT: u32 = 4;

/// The format-4 fixture opens with both secrets: the first device's snapshot and record, and
/// the record the second device wrote while apart, all applied; nothing is rewritten.
#[test]
fn golden_v4_opens_every_devices_saves_with_both_secrets() {
    let (_tmp, dir) = fixture_copy(V4_NAME);
    let before: Vec<(PathBuf, Vec<u8>)> = files_under(&dir);
    let passphrase = SecretString::from(V2_PASSPHRASE.to_owned());
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(vault.recipient(), fixture_beside(V4_NAME, "recipient"));
    for (key, value) in [
        ("in-snapshot", "\"folded\""),
        ("in-journal", "\"replayed\""),
        ("from-the-other-device", "\"merged\""),
    ] {
        assert_eq!(setting(&mut vault, key).as_deref(), Some(value), "{key}");
    }
    drop(vault);
    let key = RecoveryKey::parse(&fixture_beside(V4_NAME, "recovery")).unwrap();
    let mut vault = Vault::unlock_with_recovery_key(&dir, &key).unwrap();
    assert_eq!(
        setting(&mut vault, "from-the-other-device").as_deref(),
        Some("\"merged\"")
    );
    drop(vault);
    let after: Vec<(PathBuf, Vec<u8>)> = files_under(&dir)
        .into_iter()
        .filter(|(p, _)| !p.ends_with("habeas.lock"))
        .collect();
    assert!(after == before, "opening rewrote a file: a migration ran");
}

fn files_under(dir: &std::path::Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The newest golden fixtures are at the format and index schema this build writes. Bumping
/// either version without adding a fixture fails here: add the new fixture and point this test
/// at it, leaving the older fixtures' tests as they are.
#[test]
fn the_newest_golden_fixture_is_at_the_current_format_and_schema() {
    assert_eq!(
        FORMAT_VERSION, V4_FORMAT,
        "add a golden fixture of this format"
    );
    let (_tmp, dir) = fixture_copy(V4_NAME);
    let meta: Value = serde_json::from_slice(&fs::read(dir.join("vault.json")).unwrap()).unwrap();
    assert_eq!(meta["version"], V4_FORMAT);
    // The trips fixture (format 3, index schema 6) is the newest schema.
    assert_eq!(
        schema::LATEST,
        V2S6_SCHEMA,
        "add a golden fixture of this schema"
    );
    let (_tmp, dir) = fixture_copy(v2s6::NAME);
    let meta: Value = serde_json::from_slice(&fs::read(dir.join("vault.json")).unwrap()).unwrap();
    assert_eq!(meta["version"], V3_FORMAT);
    assert_eq!(meta["kdf"]["log_n"], 4);
    let passphrase = SecretString::from(v2s6::PASSPHRASE.to_owned());
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    v2s6_check(&mut vault);
    vault.lock().unwrap();
    let key = RecoveryKey::parse(&fixture_beside(v2s6::NAME, "recovery")).unwrap();
    let mut vault = Vault::unlock_with_recovery_key(&dir, &key).unwrap();
    v2s6_check(&mut vault);
}

// ---- vault-v2-schema5: a deleted case's history, erased behind stand-ins. -------------------

const V2S5_SCHEMA: u32 = 5;

fn v2s5_copy() -> (tempfile::TempDir, PathBuf) {
    fixture_copy(v2s5::NAME)
}

fn v2s5_file(suffix: &str) -> String {
    fixture_beside(v2s5::NAME, suffix)
}

/// The kept case whole, the deleted one gone with its history, and the chain verifying through
/// the stand-ins.
fn v2s5_check(vault: &mut Vault) {
    let store = vault.store();
    let all = cases::list_cases(store).unwrap();
    assert_eq!(all.len(), 1);
    let kept = &all[0];
    assert_eq!(kept.person.name_latin, v2s5::KEPT);
    let dates: Vec<String> = cases::events(store, &kept.id)
        .unwrap()
        .iter()
        .map(|e| e.date.unwrap().to_string())
        .collect();
    assert_eq!(dates, v2s5::KEPT_EVENTS);
    for name in v2s5::ERASED {
        assert!(search::search(store, name).unwrap().is_empty(), "{name}");
    }
    assert!(audit::verify(store).unwrap().is_none());
    let (entries, stand_ins) = audit::chain(store).unwrap();
    let deletions: Vec<_> = entries.iter().filter(|e| e.case_id.is_empty()).collect();
    assert_eq!(deletions.len(), 1);
    let deletion = deletions[0];
    assert_eq!(
        (deletion.entity.as_str(), deletion.action.as_str()),
        ("case", "delete")
    );
    let new = deletion.new.as_ref().unwrap();
    assert_eq!(new[audit::ERASED_KEY], v2s5::ERASED_ENTRIES);
    assert_eq!((&new["alerts"], &new["events"]), (&json!(1), &json!(1)));
    assert_eq!(
        i64::try_from(stand_ins.len()).unwrap(),
        v2s5::ERASED_ENTRIES
    );
    assert!(stand_ins.iter().all(|s| s.erased_by == deletion.seq));
    // The erased entries stand between kept ones.
    assert!(stand_ins[0].seq > 1);
    assert!(entries
        .iter()
        .any(|e| e.seq > stand_ins[0].seq && e.case_id == kept.id));
    // Every entry left is the kept case's or the deletion's.
    assert!(entries
        .iter()
        .all(|e| e.case_id == kept.id || e.seq == deletion.seq));
}

#[test]
fn golden_v2_schema5_reads_back_with_the_passphrase_and_the_recovery_key() {
    let (_tmp, dir) = v2s5_copy();
    let passphrase = SecretString::from(v2s5::PASSPHRASE.to_owned());
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(vault.recipient(), v2s5_file("recipient"));
    v2s5_check(&mut vault);
    vault.verify(&passphrase).unwrap();
    // Saved again (the journal folded in) and reopened with the recovery key.
    vault.lock().unwrap();
    let key = RecoveryKey::parse(&v2s5_file("recovery")).unwrap();
    let mut vault = Vault::unlock_with_recovery_key(&dir, &key).unwrap();
    v2s5_check(&mut vault);
}

/// Debian's Go `age` opens the snapshot: a plain SQLite database at schema 5 with the stand-ins
/// table, naming nothing of the deleted case.
#[test]
fn golden_v2_schema5_snapshot_holds_stand_ins_and_nothing_of_the_erased_case() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixtures().join(v2s5::NAME); // read only
    let identity = tmp.path().join("identity.txt");
    go_age_vault_identity(&dir, "keys/passphrase.age", v2s5::PASSPHRASE, &identity);
    let db = tmp.path().join("index.sqlite");
    let image = go_age_decrypt_with_identity(&identity, &dir.join("index/snapshot.age"), &db);
    let text = String::from_utf8_lossy(&image).to_lowercase();
    let (file, said) = v2s5::ERASED_FILE;
    for canary in v2s5::ERASED.into_iter().chain([file, said]) {
        assert!(!text.contains(&canary.to_lowercase()), "{canary}");
    }
    assert!(text.contains(&v2s5::KEPT.to_lowercase()));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, V2S5_SCHEMA);
    let standing: i64 = conn
        .query_row("SELECT COUNT(*) FROM audit_erased", [], |r| r.get(0))
        .unwrap();
    assert_eq!(standing, v2s5::ERASED_ENTRIES);
}

/// A schema-4 vault migrates to schema 5 with its chain intact, and deleting its case then
/// erases the case's history, custody included, leaving a chain that verifies and a snapshot
/// without the person's name.
#[test]
fn golden_v1_schema4_migrates_and_its_case_can_be_erased() {
    let (tmp, dir) = v1s4_copy();
    let meta: Value = serde_json::from_slice(&fs::read(dir.join("vault.json")).unwrap()).unwrap();
    assert_eq!(meta["version"], V1S4_FORMAT);
    let passphrase = SecretString::from(v1s4::PASSPHRASE.to_owned());
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    let version: u32 = vault
        .store()
        .read(|db| db.pragma_query_value(None, "user_version", |r| r.get(0)))
        .unwrap();
    assert_eq!(version, schema::LATEST);
    v1s4_check_everything(&mut vault);
    let case = cases::list_cases(vault.store()).unwrap().remove(0);
    let history = audit::for_case(vault.store(), &case.id).unwrap().len();
    assert!(history > 20, "{history}");
    habeas_core::case_deletion::delete(&mut vault, &case.id).unwrap();
    drop(vault);
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    let store = vault.store();
    assert!(audit::verify(store).unwrap().is_none());
    let (entries, stand_ins) = audit::chain(store).unwrap();
    assert_eq!(entries.len(), 1, "only the deletion's entry");
    assert_eq!(stand_ins.len(), history);
    assert_eq!(
        entries[0].new.as_ref().unwrap()[audit::ERASED_KEY],
        json!(history)
    );
    // The snapshot on the disk no longer holds the person's name (format 1: the key file
    // holds the identity itself).
    let identity = tmp.path().join("identity.txt");
    go_age_decrypt_with_passphrase(
        &dir.join("keys/passphrase.age"),
        &identity,
        v1s4::PASSPHRASE,
    );
    let image = go_age_decrypt_with_identity(
        &identity,
        &dir.join("index/snapshot.age"),
        &tmp.path().join("index.sqlite"),
    );
    let text = String::from_utf8_lossy(&image).to_lowercase();
    assert!(text.starts_with("sqlite format 3"));
    assert!(
        !text.contains("petrova"),
        "the person's name is still in the index"
    );
}

// ---- vault-v3-schema6: trips, one checked. ----------------------------------------------------

const V2S6_SCHEMA: u32 = 6;

/// The case, its two trips (legs, the first one's kept check) and a chain that verifies.
fn v2s6_check(vault: &mut Vault) {
    let store = vault.store();
    let all = cases::list_cases(store).unwrap();
    assert_eq!(all.len(), 1);
    let case = &all[0];
    assert_eq!(case.person.name_latin, v2s6::PERSON);
    let trips = habeas_core::store::trips::list(store, &case.id).unwrap();
    let labels: Vec<&str> = trips.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, [v2s6::TRIP, v2s6::SECOND_TRIP]);
    let legs: Vec<(String, String, String, Vec<String>)> = trips[0]
        .legs
        .iter()
        .map(|l| {
            (
                l.date.unwrap().to_string(),
                l.from.clone(),
                l.to.clone(),
                l.transits.clone(),
            )
        })
        .collect();
    let want: Vec<(String, String, String, Vec<String>)> = v2s6::LEGS
        .iter()
        .map(|(d, f, t, tr)| {
            (
                (*d).to_owned(),
                (*f).to_owned(),
                (*t).to_owned(),
                tr.iter().map(|s| (*s).to_owned()).collect(),
            )
        })
        .collect();
    assert_eq!(legs, want);
    let kept = trips[0].last_check.as_ref().unwrap();
    assert_eq!(kept.checked_on.unwrap().to_string(), v2s6::CHECKED_ON);
    assert_eq!(serde_json::to_value(kept.level).unwrap(), v2s6::LEVEL);
    assert!(kept.countries.iter().any(|c| c.country == "PT"));
    assert!(trips[1].last_check.is_none());
    assert_eq!(
        trips[1].legs[0].to,
        v2s6::SECOND_LEG.2,
        "the journal's save"
    );
    assert!(audit::verify(store).unwrap().is_none());
    let history = audit::for_case(store, &case.id).unwrap();
    let created = history
        .iter()
        .filter(|e| e.entity == "trip" && e.action == "create")
        .count();
    assert_eq!(created, 2);
}

/// Debian's Go `age` opens the snapshot: a plain SQLite database at schema 6 with a `trips`
/// table holding the first trip (the second is only in the journal).
#[test]
fn golden_v2_schema6_snapshot_is_sqlite_with_the_trips_table() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixtures().join(v2s6::NAME); // read only
    let identity = tmp.path().join("identity.txt");
    go_age_vault_identity(&dir, "keys/passphrase.age", v2s6::PASSPHRASE, &identity);
    let db = tmp.path().join("index.sqlite");
    go_age_decrypt_with_identity(&identity, &dir.join("index/snapshot.age"), &db);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, V2S6_SCHEMA);
    let labels: Vec<String> = conn
        .prepare("SELECT json_extract(doc, '$.label') FROM trips")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(labels, [v2s6::TRIP]);
}
