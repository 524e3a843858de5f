//! The audit log: every change to a case (what, when, old → new), append-only and hash-chained.
//!
//! One log per vault, in the index table `audit`. Each entry's hash covers the previous entry's
//! hash and the entry's own fields, so removing, reordering or editing an entry breaks the chain
//! from there on ([`verify`] says where). SQLite triggers refuse `UPDATE` and `DELETE` on the
//! table, so no code path of Habeas can rewrite history. Entries are written in the same
//! transaction (and journal record) as the change they describe: both are saved, or neither.
//!
//! One exception, for the user's right to have a case deleted (issue 21.3): deleting a case
//! erases its entries ([`erase_case`]). Each erased entry leaves a stand-in in `audit_erased`
//! (its seq, time, previous hash and hash: nothing it said), and a trigger refuses to delete an
//! entry without one. The deletion's own entry (no case id, counts only) says how many entries
//! it erased, inside its hash, and each stand-in names that entry, so [`verify`] still checks
//! the whole chain and detects a stand-in no deletion accounts for.

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::rusqlite::{self, params, Connection, OptionalExtension, Transaction};
use super::Store;
use crate::files::hex;
use crate::Error;

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Entry {
    /// Position in the log, from 1.
    pub seq: i64,
    /// When (UTC, RFC 3339).
    pub at: String,
    /// The case it concerns.
    pub case_id: String,
    /// What kind of thing changed: `case`, `alert`, `event`.
    pub entity: String,
    /// Its id.
    pub entity_id: String,
    /// `create`, `update` or `delete`.
    pub action: String,
    /// The field that changed (`person.name_latin`), or empty for a whole record.
    pub field: String,
    /// The value before (none for a creation).
    pub old: Option<Value>,
    /// The value after (none for a deletion).
    pub new: Option<Value>,
    /// The previous entry's hash.
    pub prev: String,
    /// This entry's hash.
    pub hash: String,
}

/// A change to record, before it is chained.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    /// The case.
    pub case_id: &'a str,
    /// `case`, `alert`, `event`.
    pub entity: &'static str,
    /// Its id.
    pub entity_id: &'a str,
    /// `create`, `update`, `delete`.
    pub action: &'static str,
    /// The field, or empty.
    pub field: String,
    /// Before.
    pub old: Option<Value>,
    /// After.
    pub new: Option<Value>,
}

pub(super) fn entry_hash(prev: &str, e: &Entry) -> String {
    let body = serde_json::json!([
        e.seq,
        e.at,
        e.case_id,
        e.entity,
        e.entity_id,
        e.action,
        e.field,
        e.old,
        e.new
    ]);
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(b"\n");
    h.update(body.to_string().as_bytes());
    hex(&h.finalize())
}

/// Appends `changes` to the log inside `tx`, all stamped `at`.
///
/// # Errors
/// SQL errors of the transaction.
pub fn append(tx: &Transaction<'_>, at: &str, changes: Vec<Change<'_>>) -> rusqlite::Result<()> {
    link_after_last(
        tx,
        changes.into_iter().map(|c| Entry {
            seq: 0,
            at: at.to_owned(),
            case_id: c.case_id.to_owned(),
            entity: c.entity.to_owned(),
            entity_id: c.entity_id.to_owned(),
            action: c.action.to_owned(),
            field: c.field,
            old: c.old,
            new: c.new,
            prev: String::new(),
            hash: String::new(),
        }),
    )
}

/// Appends, inside `tx`, entries that left this log (travel mode took their case off the
/// device, `crate::travel`) and come back from a backup: each keeps what it said and when
/// (`at`, case, entity, action, field, old, new) and is chained anew at the end of the log,
/// with a new `seq`, `prev` and `hash`; the backup keeps them in their first place.
///
/// # Errors
/// SQL errors of the transaction.
pub fn append_returned(tx: &Transaction<'_>, entries: &[Entry]) -> rusqlite::Result<()> {
    link_after_last(tx, entries.iter().cloned())
}

/// The last link of the chain (an entry or a stand-in): its `seq` and `hash`, or 0 and
/// [`GENESIS`] for an empty log.
pub(super) fn last_link(db: &Connection) -> rusqlite::Result<(i64, String)> {
    let last: Option<(i64, String)> = db
        .query_row(
            "SELECT seq, hash FROM audit UNION ALL SELECT seq, hash FROM audit_erased
             ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(last.unwrap_or((0, GENESIS.to_owned())))
}

/// Chains `entries` after the last link (their `seq`, `prev` and `hash` are set here).
fn link_after_last(
    tx: &Transaction<'_>,
    entries: impl Iterator<Item = Entry>,
) -> rusqlite::Result<()> {
    // The last link may be a stand-in (its entry erased with its case).
    let (mut seq, mut prev) = last_link(tx)?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO audit (seq, at, case_id, entity, entity_id, action, field, old, new, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for mut e in entries {
        seq += 1;
        e.seq = seq;
        e.prev.clone_from(&prev);
        e.hash = entry_hash(&prev, &e);
        insert.execute(params![
            e.seq,
            e.at,
            e.case_id,
            e.entity,
            e.entity_id,
            e.action,
            e.field,
            e.old.as_ref().map(Value::to_string),
            e.new.as_ref().map(Value::to_string),
            e.prev,
            e.hash
        ])?;
        prev = e.hash;
    }
    Ok(())
}

/// The key of a case-deletion entry's `new` that counts the entries it erased.
pub const ERASED_KEY: &str = "history_entries_erased";

/// Records the deletion of case `case_id` and erases the case's entries, inside `tx`: appends
/// one entry (`case` `delete`, no case id, `facts` plus [`ERASED_KEY`]: how many entries it
/// erases), then replaces each of the case's entries by a stand-in naming that entry. Returns
/// the number of entries erased.
///
/// # Errors
/// SQL errors of the transaction.
pub fn erase_case(
    tx: &Transaction<'_>,
    at: &str,
    case_id: &str,
    facts: serde_json::Map<String, Value>,
) -> rusqlite::Result<i64> {
    // `case_id <> ''` throughout: deletion entries name no case and are never erased.
    let erased: i64 = tx.query_row(
        "SELECT COUNT(*) FROM audit WHERE case_id = ?1 AND case_id <> ''",
        [case_id],
        |r| r.get(0),
    )?;
    let mut new = facts;
    new.insert(ERASED_KEY.to_owned(), Value::from(erased));
    // The deletion entry names no case: the case's id goes with everything else about it.
    append(
        tx,
        at,
        vec![Change {
            case_id: "",
            entity: "case",
            entity_id: "",
            action: "delete",
            field: String::new(),
            old: None,
            new: Some(Value::Object(new)),
        }],
    )?;
    let by: i64 = tx.query_row("SELECT MAX(seq) FROM audit", [], |r| r.get(0))?;
    tx.execute(
        "INSERT INTO audit_erased (seq, at, prev, hash, erased_by)
         SELECT seq, at, prev, hash, ?2 FROM audit WHERE case_id = ?1 AND case_id <> ''",
        params![case_id, by],
    )?;
    tx.execute(
        "DELETE FROM audit WHERE case_id = ?1 AND case_id <> ''",
        [case_id],
    )?;
    Ok(erased)
}

/// The field-by-field differences between two JSON values, as changes on `prefix`. Objects are
/// compared key by key (recursively); anything else is compared whole.
#[must_use]
pub fn diff(prefix: &str, old: &Value, new: &Value) -> Vec<(String, Option<Value>, Option<Value>)> {
    let mut out = Vec::new();
    diff_into(prefix, old, new, &mut out);
    out
}

fn diff_into(
    prefix: &str,
    old: &Value,
    new: &Value,
    out: &mut Vec<(String, Option<Value>, Option<Value>)>,
) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => diff_into(&path, x, y, out),
                    (x, y) => out.push((path, x.cloned(), y.cloned())),
                }
            }
        }
        (a, b) if a != b => out.push((prefix.to_owned(), Some(a.clone()), Some(b.clone()))),
        _ => {}
    }
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    Ok(Entry {
        seq: r.get(0)?,
        at: r.get(1)?,
        case_id: r.get(2)?,
        entity: r.get(3)?,
        entity_id: r.get(4)?,
        action: r.get(5)?,
        field: r.get(6)?,
        old: json(r.get(7)?),
        new: json(r.get(8)?),
        prev: r.get(9)?,
        hash: r.get(10)?,
    })
}

const COLUMNS: &str = "seq, at, case_id, entity, entity_id, action, field, old, new, prev, hash";

/// The entries of one case, oldest first.
///
/// # Errors
/// I/O errors of the index.
pub fn for_case(store: &Store, case_id: &str) -> Result<Vec<Entry>, Error> {
    store.read(|db| for_case_in(db, case_id))
}

/// [`for_case`] in any index connection (a backup's, opened read-only: `crate::travel`).
///
/// # Errors
/// SQL errors.
pub fn for_case_in(db: &Connection, case_id: &str) -> rusqlite::Result<Vec<Entry>> {
    let mut st = db.prepare(&format!(
        "SELECT {COLUMNS} FROM audit WHERE case_id = ?1 ORDER BY seq"
    ))?;
    let rows = st.query_map([case_id], row)?;
    rows.collect()
}

/// The entries about one record (`entity` and its id), oldest first: an evidence item's chain
/// of custody.
///
/// # Errors
/// I/O errors of the index.
pub fn for_entity(store: &Store, entity: &str, entity_id: &str) -> Result<Vec<Entry>, Error> {
    store.read(|db| {
        let mut st = db.prepare(&format!(
            "SELECT {COLUMNS} FROM audit WHERE entity_id = ?1 AND entity = ?2 ORDER BY seq"
        ))?;
        let rows = st.query_map([entity_id, entity], row)?;
        rows.collect()
    })
}

/// Where the chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Break {
    /// The first entry that does not chain.
    pub seq: i64,
}

/// Checks the whole chain, entries and stand-ins together. `Ok(None)` when intact,
/// `Ok(Some(break))` at the first bad link: an entry whose hash does not match, a gap (an entry
/// deleted without a stand-in), or a stand-in that no case deletion accounts for.
///
/// # Errors
/// I/O errors of the index.
pub fn verify(store: &Store) -> Result<Option<Break>, Error> {
    let (entries, stand_ins) = chain(store)?;
    Ok(verify_chain(&entries, &stand_ins))
}

/// The whole log: every entry and every stand-in, each oldest first.
///
/// # Errors
/// I/O errors of the index.
pub fn chain(store: &Store) -> Result<(Vec<Entry>, Vec<StandIn>), Error> {
    store.read(|db| {
        let mut st = db.prepare(&format!("SELECT {COLUMNS} FROM audit ORDER BY seq"))?;
        let entries = st
            .query_map([], row)?
            .collect::<rusqlite::Result<Vec<Entry>>>()?;
        let mut st =
            db.prepare("SELECT seq, at, prev, hash, erased_by FROM audit_erased ORDER BY seq")?;
        let stand_ins = st
            .query_map([], |r| {
                Ok(StandIn {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    prev: r.get(2)?,
                    hash: r.get(3)?,
                    erased_by: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<StandIn>>>()?;
        Ok((entries, stand_ins))
    })
}

/// The last link of the chain: its entry number and hash (an erased entry's stand-in keeps its
/// place). Timestamped outside the vault, it fixes the whole log before it in time.
///
/// # Errors
/// I/O errors of the index.
pub fn head(store: &Store) -> Result<Option<(i64, String)>, Error> {
    store.read(|db| {
        db.query_row(
            "SELECT seq, hash FROM (SELECT seq, hash FROM audit UNION ALL \
             SELECT seq, hash FROM audit_erased) ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
    })
}

/// What is left of an entry erased with its case: its place in the chain, nothing it said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandIn {
    /// The erased entry's position.
    pub seq: i64,
    /// When it was written.
    pub at: String,
    /// Its previous entry's hash.
    pub prev: String,
    /// Its hash.
    pub hash: String,
    /// The seq of the case-deletion entry that erased it.
    pub erased_by: i64,
}

/// Checks a chain of entries, oldest first: `None` when intact, else the first bad entry.
#[must_use]
pub fn verify_entries(entries: &[Entry]) -> Option<Break> {
    verify_chain(entries, &[])
}

/// Checks entries and stand-ins (each sorted by seq) as one chain, then that every stand-in is
/// accounted for: it names a later case-deletion entry whose hashed [`ERASED_KEY`] counts
/// exactly the stand-ins naming it.
#[must_use]
pub fn verify_chain(entries: &[Entry], stand_ins: &[StandIn]) -> Option<Break> {
    let mut prev = GENESIS.to_owned();
    let mut expected_seq: i64 = 1;
    let (mut e, mut s) = (entries.iter().peekable(), stand_ins.iter().peekable());
    loop {
        let take_entry = match (e.peek(), s.peek()) {
            (None, None) => break,
            (Some(a), Some(b)) if a.seq == b.seq => return Some(Break { seq: a.seq }),
            (Some(a), Some(b)) => a.seq < b.seq,
            (Some(_), None) => true,
            (None, Some(_)) => false,
        };
        let (seq, link_prev, hash) = if take_entry {
            let Some(a) = e.next() else { break };
            let good = entry_hash(&prev, a) == a.hash;
            (a.seq, &a.prev, good.then_some(&a.hash))
        } else {
            let Some(b) = s.next() else { break };
            (b.seq, &b.prev, Some(&b.hash))
        };
        match hash {
            Some(hash) if seq == expected_seq && *link_prev == prev => prev.clone_from(hash),
            _ => return Some(Break { seq }),
        }
        expected_seq = expected_seq.saturating_add(1);
    }
    // Every stand-in names a deletion after it; every deletion counts its stand-ins.
    let erased_count = |e: &Entry| -> i64 {
        e.new
            .as_ref()
            .and_then(|n| n.get(ERASED_KEY))
            .and_then(Value::as_i64)
            .unwrap_or(0)
    };
    for stand_in in stand_ins {
        let by = entries.iter().find(|e| e.seq == stand_in.erased_by);
        let accounted = by.is_some_and(|by| {
            by.seq > stand_in.seq
                && by.entity == "case"
                && by.action == "delete"
                && erased_count(by) > 0
        });
        if !accounted {
            return Some(Break { seq: stand_in.seq });
        }
    }
    for deletion in entries
        .iter()
        .filter(|e| e.entity == "case" && e.action == "delete")
    {
        let standing = stand_ins
            .iter()
            .filter(|s| s.erased_by == deletion.seq)
            .count();
        if i64::try_from(standing).ok() != Some(erased_count(deletion)) {
            return Some(Break { seq: deletion.seq });
        }
    }
    None
}
