//! The audit log: every change to a case (what, when, old → new), append-only and hash-chained.
//!
//! One log per vault, in the index table `audit`. Each entry's hash covers the previous entry's
//! hash and the entry's own fields, so removing, reordering or editing an entry breaks the chain
//! from there on ([`verify`] says where). SQLite triggers refuse `UPDATE` and `DELETE` on the
//! table, so no code path of Habeas can rewrite history. Entries are written in the same
//! transaction (and journal record) as the change they describe: both are saved, or neither.

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::rusqlite::{self, params, OptionalExtension, Transaction};
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

fn entry_hash(prev: &str, e: &Entry) -> String {
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
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (mut seq, mut prev) = last.unwrap_or((0, GENESIS.to_owned()));
    let mut insert = tx.prepare_cached(
        "INSERT INTO audit (seq, at, case_id, entity, entity_id, action, field, old, new, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for c in changes {
        seq += 1;
        let mut e = Entry {
            seq,
            at: at.to_owned(),
            case_id: c.case_id.to_owned(),
            entity: c.entity.to_owned(),
            entity_id: c.entity_id.to_owned(),
            action: c.action.to_owned(),
            field: c.field,
            old: c.old,
            new: c.new,
            prev: prev.clone(),
            hash: String::new(),
        };
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
    store.read(|db| {
        let mut st = db.prepare(&format!(
            "SELECT {COLUMNS} FROM audit WHERE case_id = ?1 ORDER BY seq"
        ))?;
        let rows = st.query_map([case_id], row)?;
        rows.collect()
    })
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

/// Checks the whole chain. `Ok(None)` when intact, `Ok(Some(break))` at the first bad entry.
///
/// # Errors
/// I/O errors of the index.
pub fn verify(store: &Store) -> Result<Option<Break>, Error> {
    let entries: Vec<Entry> = store.read(|db| {
        let mut st = db.prepare(&format!("SELECT {COLUMNS} FROM audit ORDER BY seq"))?;
        let rows = st.query_map([], row)?;
        rows.collect()
    })?;
    Ok(verify_entries(&entries))
}

/// Checks a chain of entries, oldest first: `None` when intact, else the first bad entry.
#[must_use]
pub fn verify_entries(entries: &[Entry]) -> Option<Break> {
    let mut prev = GENESIS.to_owned();
    for (i, e) in entries.iter().enumerate() {
        let expected_seq = i64::try_from(i).unwrap_or(i64::MAX).saturating_add(1);
        if e.seq != expected_seq || e.prev != prev || entry_hash(&prev, e) != e.hash {
            return Some(Break { seq: e.seq });
        }
        prev.clone_from(&e.hash);
    }
    None
}
