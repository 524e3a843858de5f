//! The values of the golden fixture `vault-v2-schema5/` (format 2, index schema 5), shared by
//! the tool that wrote it (`core/examples/make-golden-erased-fixture.rs`) and the test that reads
//! it back (`core/tests/golden.rs`).
//!
//! Two cases whose saves interleave; the second, with an alert, an event, an evidence item (its
//! custody entries) and a renamed person, was deleted, so its history entries stand in the
//! middle of the chain as stand-ins (`audit_erased`). The deletion is in the snapshot; one
//! later save (an event of the kept case) is in the journal.
//!
//! The fixture on disk was written from these values: never change one.

#![allow(dead_code, reason = "the tool and the test each use their own part")]

/// The folder and the prefix of its `.recipient` and `.recovery` files.
pub(crate) const NAME: &str = "vault-v2-schema5";
/// The passphrase (work factor 4, the test one).
pub(crate) const PASSPHRASE: &str = "golden fixture passphrase";
/// The person of the case that stays.
pub(crate) const KEPT: &str = "Amina KEPTOVA";
/// The person of the deleted case, as first written and as renamed: neither may be left.
pub(crate) const ERASED: [&str; 2] = ["Yusuf CANARYEV", "Yusuf CANARYEV-ERASED"];
/// The deleted case's evidence, a text file, and its name.
pub(crate) const ERASED_FILE: (&str, &str) = ("canary-statement.txt", "Canary statement of Yusuf.");
/// The kept case's events: one in the snapshot, one in the journal.
pub(crate) const KEPT_EVENTS: [&str; 2] = ["2026-02-03", "2026-04-05"];
/// The deleted case's event.
pub(crate) const ERASED_EVENT: &str = "2026-03-04";
/// How many history entries the deletion erased: creation, rename, alert, event, import.
pub(crate) const ERASED_ENTRIES: i64 = 5;
