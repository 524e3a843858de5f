//! Applying a record onto a database it may not have been written on (format 4, several
//! devices: docs/vault-format.md, "The merge rule").
//!
//! A record is a SQLite session changeset: per row, the old and new values of the columns it
//! changed. On the device that wrote it, and on any device whose rows are as they were then,
//! applying it here gives exactly what SQLite's own `sqlite3changeset_apply` gives. Where a row
//! moved on meanwhile (another device's record, applied first in the canonical order):
//!
//! - an update changes only the columns it changed; in a JSON `doc` column, only the fields it
//!   changed (a three-way merge against the record's old document), so two devices editing
//!   different fields of one case both keep their edit; where both changed the same field
//!   differently the record applied later in the canonical order wins (the same on every
//!   device); the row's folded `search` text is computed again from the merged document;
//! - an update of a row that is gone (deleted by another device) changes nothing;
//! - an insert of a row that exists merges as an update from nothing;
//! - audit entries (`audit`) are appended at the end of the chain: an entry whose place was
//!   taken by another device's entry is linked anew after the last one, with its own content,
//!   so the chain stays whole and the same on every device; a stand-in (`audit_erased`) and the
//!   deletion of an entry it stands for are applied only where the entry is the one erased.
//!
//! Every step is a plain function of the database and the record, so every device that applies
//! the same records from the same base in the same order ends in the same state.

use std::io::Read;

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::session::{ChangesetItem, ChangesetIter};
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde_json::Value;

use super::audit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Insert,
    Update,
    Delete,
}

/// One row change, its values owned. `None`: the column is not in the change (an update lists
/// only the primary key and the columns it changed).
#[derive(Debug)]
struct RowChange {
    table: String,
    kind: Kind,
    old: Vec<Option<SqlValue>>,
    new: Vec<Option<SqlValue>>,
}

fn owned(value: rusqlite::Result<ValueRef<'_>>) -> Option<SqlValue> {
    value.ok().map(|v| match v {
        ValueRef::Null => SqlValue::Null,
        ValueRef::Integer(i) => SqlValue::Integer(i),
        ValueRef::Real(r) => SqlValue::Real(r),
        ValueRef::Text(t) => SqlValue::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => SqlValue::Blob(b.to_vec()),
    })
}

fn read_changes(changeset: &[u8]) -> rusqlite::Result<Vec<RowChange>> {
    let mut input: &[u8] = changeset;
    let reader: &mut dyn Read = &mut input;
    let mut iter = ChangesetIter::start_strm(&reader)?;
    let mut changes = Vec::new();
    while let Some(item) = iter.next()? {
        changes.push(row_change(item)?);
    }
    Ok(changes)
}

fn row_change(item: &ChangesetItem) -> rusqlite::Result<RowChange> {
    let op = item.op()?;
    let columns = usize::try_from(op.number_of_columns()).unwrap_or(0);
    let kind = match op.code() {
        rusqlite::hooks::Action::SQLITE_INSERT => Kind::Insert,
        rusqlite::hooks::Action::SQLITE_DELETE => Kind::Delete,
        _ => Kind::Update,
    };
    let table = op.table_name().to_owned();
    let (mut old, mut new) = (Vec::with_capacity(columns), Vec::with_capacity(columns));
    for col in 0..columns {
        old.push(if kind == Kind::Insert {
            None
        } else {
            owned(item.old_value(col))
        });
        new.push(if kind == Kind::Delete {
            None
        } else {
            owned(item.new_value(col))
        });
    }
    Ok(RowChange {
        table,
        kind,
        old,
        new,
    })
}

/// A table's columns, and which are its primary key.
struct Columns {
    names: Vec<String>,
    key: Vec<usize>,
}

fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Columns> {
    let mut statement = conn.prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?;
    let rows = statement.query_map([table], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    let mut names = Vec::new();
    let mut key = Vec::new();
    for (i, row) in rows.enumerate() {
        let (name, pk) = row?;
        if pk > 0 {
            key.push(i);
        }
        names.push(name);
    }
    Ok(Columns { names, key })
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Applies `changeset` to `conn` by the merge rule above.
///
/// # Errors
/// A record that does not fit this database (a table or column it does not have): the caller
/// names it as a damaged save.
pub(super) fn apply(conn: &Connection, changeset: &[u8]) -> rusqlite::Result<()> {
    let changes = read_changes(changeset)?;
    let mut audit_inserts = Vec::new();
    let mut audit_deletes = Vec::new();
    for change in changes {
        match change.table.as_str() {
            "audit" if change.kind == Kind::Insert => audit_inserts.push(change),
            "audit" => audit_deletes.push(change),
            "audit_erased" => apply_stand_in(conn, &change)?,
            _ => apply_row(conn, &change)?,
        }
    }
    for change in &audit_deletes {
        apply_audit_delete(conn, change)?;
    }
    audit_inserts.sort_by_key(|c| match c.new.first() {
        Some(Some(SqlValue::Integer(seq))) => *seq,
        _ => i64::MAX,
    });
    for change in &audit_inserts {
        append_audit(conn, change)?;
    }
    Ok(())
}

fn value_at(values: &[Option<SqlValue>], i: usize) -> SqlValue {
    values.get(i).cloned().flatten().unwrap_or(SqlValue::Null)
}

fn where_key(cols: &Columns) -> String {
    cols.key
        .iter()
        .enumerate()
        .map(|(n, &i)| format!("{} = ?{}", quoted(&cols.names[i]), n + 1))
        .collect::<Vec<_>>()
        .join(" AND ")
}

fn key_values(cols: &Columns, change: &RowChange) -> Vec<SqlValue> {
    let source = if change.kind == Kind::Insert {
        &change.new
    } else {
        &change.old
    };
    cols.key.iter().map(|&i| value_at(source, i)).collect()
}

fn current_row(
    conn: &Connection,
    table: &str,
    cols: &Columns,
    key: &[SqlValue],
) -> rusqlite::Result<Option<Vec<SqlValue>>> {
    let sql = format!("SELECT * FROM {} WHERE {}", quoted(table), where_key(cols));
    conn.query_row(&sql, params_from_iter(key.iter()), |row| {
        (0..cols.names.len())
            .map(|i| row.get::<_, SqlValue>(i))
            .collect()
    })
    .optional()
}

fn apply_row(conn: &Connection, change: &RowChange) -> rusqlite::Result<()> {
    let cols = columns(conn, &change.table)?;
    if cols.key.is_empty() {
        return Err(rusqlite::Error::InvalidParameterName(change.table.clone()));
    }
    let key = key_values(&cols, change);
    let current = current_row(conn, &change.table, &cols, &key)?;
    match (change.kind, current) {
        (Kind::Delete, Some(_)) => {
            let sql = format!(
                "DELETE FROM {} WHERE {}",
                quoted(&change.table),
                where_key(&cols)
            );
            conn.execute(&sql, params_from_iter(key.iter()))?;
        }
        // Deleted here already, or an edit of a row another device deleted: nothing to do.
        (Kind::Delete | Kind::Update, None) => {}
        (Kind::Insert, None) => {
            let names: Vec<String> = cols.names.iter().map(|n| quoted(n)).collect();
            let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
            let sql = format!(
                "INSERT INTO {} ({}) VALUES ({})",
                quoted(&change.table),
                names.join(", "),
                marks.join(", ")
            );
            let values: Vec<SqlValue> =
                (0..names.len()).map(|i| value_at(&change.new, i)).collect();
            conn.execute(&sql, params_from_iter(values.iter()))?;
        }
        (Kind::Insert | Kind::Update, Some(current)) => {
            let merged = merge_row(&change.table, &cols, change, &current);
            if merged != current {
                let sets: Vec<String> = cols
                    .names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| format!("{} = ?{}", quoted(n), i + 1))
                    .collect();
                let wheres: Vec<String> = cols
                    .key
                    .iter()
                    .map(|&i| format!("{} = ?{}", quoted(&cols.names[i]), i + 1))
                    .collect();
                let sql = format!(
                    "UPDATE {} SET {} WHERE {}",
                    quoted(&change.table),
                    sets.join(", "),
                    wheres.join(" AND ")
                );
                conn.execute(&sql, params_from_iter(merged.iter()))?;
            }
        }
    }
    Ok(())
}

/// The row after `change`, by the merge rule, from the row as it is here.
fn merge_row(
    table: &str,
    cols: &Columns,
    change: &RowChange,
    current: &[SqlValue],
) -> Vec<SqlValue> {
    let mut merged = current.to_vec();
    let mut doc_changed = false;
    let mut search_given = None;
    for (i, name) in cols.names.iter().enumerate() {
        if cols.key.contains(&i) {
            continue;
        }
        let Some(Some(new)) = change.new.get(i) else {
            continue; // not changed by the record
        };
        let old = change.old.get(i).cloned().flatten();
        if name == "search" {
            search_given = Some(new.clone());
            continue;
        }
        if name == "doc" {
            if let Some(doc) = merge_doc(old.as_ref(), new, &current[i]) {
                merged[i] = SqlValue::Text(doc);
                doc_changed = true;
                continue;
            }
        }
        merged[i] = new.clone();
    }
    if let Some(s) = cols.names.iter().position(|n| n == "search") {
        let doc = cols.names.iter().position(|n| n == "doc");
        let recomputed = doc.filter(|_| doc_changed).and_then(|d| match &merged[d] {
            SqlValue::Text(text) => search_text(table, text),
            _ => None,
        });
        if let Some(search) = recomputed.or(search_given) {
            merged[s] = match search {
                SqlValue::Text(_) => search,
                other => other,
            };
        }
    }
    merged
}

/// The folded search text of a row of `table` whose document is `doc`, as a save computes it.
fn search_text(table: &str, doc: &str) -> Option<SqlValue> {
    let text = match table {
        "cases" => super::cases::case_search(&serde_json::from_str(doc).ok()?),
        "alerts" => super::cases::alert_search(&serde_json::from_str(doc).ok()?),
        "events" => super::cases::event_search(&serde_json::from_str(doc).ok()?),
        "evidence" => super::evidence_items::search_text(&serde_json::from_str(doc).ok()?),
        _ => return None,
    };
    Some(SqlValue::Text(text))
}

/// Three-way merge of a JSON document column: what the record changed from `old` to `new`,
/// applied to `current`. `None` when a value is not JSON text (then the record's value is
/// taken whole).
fn merge_doc(old: Option<&SqlValue>, new: &SqlValue, current: &SqlValue) -> Option<String> {
    let parse = |v: &SqlValue| match v {
        SqlValue::Text(t) => serde_json::from_str::<Value>(t).ok(),
        _ => None,
    };
    let new = parse(new)?;
    let current = parse(current)?;
    let old = old.and_then(parse).unwrap_or(Value::Null);
    Some(merge_json(&old, &new, &current).to_string())
}

/// Per field: the record's value where it changed the field, this device's value otherwise;
/// objects field by field, anything else (arrays, strings) whole.
pub(super) fn merge_json(old: &Value, new: &Value, current: &Value) -> Value {
    if new == old {
        return current.clone();
    }
    if current == old {
        return new.clone();
    }
    match (old, new, current) {
        (Value::Object(o), Value::Object(n), Value::Object(c)) => {
            let mut out = serde_json::Map::new();
            let keys: std::collections::BTreeSet<&String> =
                o.keys().chain(n.keys()).chain(c.keys()).collect();
            for key in keys {
                let merged = merge_json(
                    o.get(key).unwrap_or(&Value::Null),
                    n.get(key).unwrap_or(&Value::Null),
                    c.get(key).unwrap_or(&Value::Null),
                );
                // An absent field reads as null; a null stays only where both sides have it.
                if !merged.is_null() || (n.contains_key(key) && c.contains_key(key)) {
                    out.insert(key.clone(), merged);
                }
            }
            Value::Object(out)
        }
        // Both changed it, differently: the record applied later wins, on every device alike.
        _ => new.clone(),
    }
}

fn text(value: &SqlValue) -> String {
    match value {
        SqlValue::Text(t) => t.clone(),
        SqlValue::Integer(i) => i.to_string(),
        _ => String::new(),
    }
}

/// A stand-in, only where the entry it stands for is here as it was erased.
fn apply_stand_in(conn: &Connection, change: &RowChange) -> rusqlite::Result<()> {
    if change.kind != Kind::Insert {
        return Ok(()); // stand-ins are never changed (triggers)
    }
    let v = |i| value_at(&change.new, i);
    let present: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM audit WHERE seq = ?1 AND at = ?2 AND prev = ?3 AND hash = ?4)
            AND NOT EXISTS (SELECT 1 FROM audit_erased WHERE seq = ?1)",
        rusqlite::params![v(0), v(1), v(2), v(3)],
        |r| r.get(0),
    )?;
    if present {
        conn.execute(
            "INSERT INTO audit_erased (seq, at, prev, hash, erased_by) VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![v(0), v(1), v(2), v(3), v(4)],
        )?;
    }
    Ok(())
}

/// Erasing an entry: only the entry a stand-in here holds the place of (triggers).
fn apply_audit_delete(conn: &Connection, change: &RowChange) -> rusqlite::Result<()> {
    if change.kind != Kind::Delete {
        return Ok(());
    }
    let seq = value_at(&change.old, 0);
    let hash = value_at(&change.old, 10);
    conn.execute(
        "DELETE FROM audit WHERE seq = ?1 AND hash = ?2
            AND EXISTS (SELECT 1 FROM audit_erased WHERE seq = ?1 AND hash = ?2)",
        rusqlite::params![seq, hash],
    )?;
    Ok(())
}

/// Appends an entry at the end of the chain: as it was written where its place is free and it
/// follows the last link, else linked anew after the last link with the same content.
fn append_audit(conn: &Connection, change: &RowChange) -> rusqlite::Result<()> {
    let v = |i| value_at(&change.new, i);
    let json = |i| match v(i) {
        SqlValue::Text(t) => serde_json::from_str::<Value>(&t).ok(),
        _ => None,
    };
    let mut entry = audit::Entry {
        seq: match v(0) {
            SqlValue::Integer(seq) => seq,
            _ => 0,
        },
        at: text(&v(1)),
        case_id: text(&v(2)),
        entity: text(&v(3)),
        entity_id: text(&v(4)),
        action: text(&v(5)),
        field: text(&v(6)),
        old: json(7),
        new: json(8),
        prev: text(&v(9)),
        hash: text(&v(10)),
    };
    let (last_seq, last_hash) = audit::last_link(conn)?;
    if entry.seq != last_seq + 1 || entry.prev != last_hash {
        entry.seq = last_seq + 1;
        entry.prev = last_hash;
        entry.hash = audit::entry_hash(&entry.prev, &entry);
    }
    conn.execute(
        "INSERT INTO audit (seq, at, case_id, entity, entity_id, action, field, old, new, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        rusqlite::params![
            entry.seq,
            entry.at,
            entry.case_id,
            entry.entity,
            entry.entity_id,
            entry.action,
            entry.field,
            v(7),
            v(8),
            entry.prev,
            entry.hash
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn edits_of_different_fields_both_stay_and_the_same_field_takes_the_record() {
        let old = json!({"name": "A", "notes": "n", "person": {"born": "1980", "city": "X"}});
        let here = json!({"name": "A", "notes": "here", "person": {"born": "1980", "city": "Y"}});
        let record = json!({"name": "B", "notes": "n", "person": {"born": "1981", "city": "X"}});
        assert_eq!(
            merge_json(&old, &record, &here),
            json!({"name": "B", "notes": "here", "person": {"born": "1981", "city": "Y"}})
        );
        let both = json!({"name": "A", "notes": "record", "person": old["person"]});
        assert_eq!(merge_json(&old, &both, &here)["notes"], "record");
    }

    #[test]
    fn a_field_removed_by_the_record_goes_and_one_added_here_stays() {
        let old = json!({"a": 1, "b": 2});
        let record = json!({"a": 1});
        let here = json!({"a": 1, "b": 2, "c": 3});
        assert_eq!(merge_json(&old, &record, &here), json!({"a": 1, "c": 3}));
    }
}
