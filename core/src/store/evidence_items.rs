//! Evidence records in the index, and their chain of custody in the audit log.
//!
//! Every custody event (imported, viewed, exported, changed, deleted) is an audit entry with
//! entity `evidence`, written in the same journal record as the change it describes. The records
//! never hold the file itself: see [`crate::model::evidence::intake`] for the blobs.

use serde_json::{json, Value};

use super::audit::{self, Change, Entry};
use super::documents::{new_id, not_found, now, parse, to_json};
use super::rusqlite::{params, OptionalExtension, Transaction};
use super::search::fold;
use super::Store;
use crate::model::evidence::{Details, Evidence};
use crate::Error;

const ENTITY: &str = "evidence";

pub(crate) fn search_text(e: &Evidence) -> String {
    fold(
        &[
            e.original_name.as_str(),
            e.category.label(),
            &e.source,
            &e.language,
            &e.description,
            &e.translator,
            &e.tags.join(" "),
        ]
        .join(" "),
    )
}

fn log(
    tx: &Transaction<'_>,
    at: &str,
    e: &Evidence,
    action: &'static str,
    new: Value,
) -> super::rusqlite::Result<()> {
    audit::append(
        tx,
        at,
        vec![Change {
            case_id: &e.case_id,
            entity: ENTITY,
            entity_id: &e.id,
            action,
            field: String::new(),
            old: None,
            new: Some(new),
        }],
    )
}

/// Writes a custody entry for item `id` inside a transaction another change is making (a
/// filing annexing it).
pub(super) fn log_in(
    tx: &Transaction<'_>,
    at: &str,
    id: &str,
    action: &'static str,
    new: Value,
) -> super::rusqlite::Result<()> {
    let doc: String = tx.query_row("SELECT doc FROM evidence WHERE id = ?1", [id], |r| r.get(0))?;
    let item: Evidence = parse(&doc)?;
    log(tx, at, &item, action, new)
}

/// What the custody log says of an import.
fn intake_facts(e: &Evidence) -> Value {
    json!({
        "original_name": e.original_name,
        "size": e.size,
        "sha256": e.sha256,
        "media_type": e.media_type,
        "file_modified": e.file_modified,
        "source": e.source,
    })
}

/// Whether `case_id` already holds a live item with this SHA-256; its id if so.
///
/// # Errors
/// I/O errors of the index.
pub fn duplicate_of(store: &Store, case_id: &str, sha256: &str) -> Result<Option<String>, Error> {
    store.read(|db| {
        db.query_row(
            "SELECT id FROM evidence WHERE case_id = ?1 AND sha256 = ?2
               AND json_extract(doc, '$.deleted') IS NULL ORDER BY id LIMIT 1",
            params![case_id, sha256],
            |r| r.get(0),
        )
        .optional()
    })
}

/// Records a new item whose blob is already in the vault (intake calls this). The custody log
/// gets its "imported" entry in the same save.
///
/// # Errors
/// [`Error::NotFound`] (no such case), [`Error::InvalidInput`]; I/O errors of saving.
pub(crate) fn insert(store: &mut Store, mut item: Evidence) -> Result<Evidence, Error> {
    super::cases::get_case(store, &item.case_id)?;
    item.details().validate()?;
    item.id = new_id(ENTITY)?;
    item.imported = now();
    let at = item.imported.clone();
    store.write(|tx| {
        insert_row(tx, &item, &at)?;
        log(tx, &at, &item, "import", intake_facts(&item))
    })?;
    Ok(item)
}

/// Writes a new item's row (and touches its case) inside a save.
fn insert_row(tx: &Transaction<'_>, item: &Evidence, at: &str) -> super::rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO evidence (id, case_id, sha256, doc, search) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            item.id,
            item.case_id,
            item.sha256,
            to_json(item).to_string(),
            search_text(item)
        ],
    )?;
    super::cases::touch(tx, &item.case_id, at)
}

/// Records `copy`, made by Habeas from the live item `copy.derived_from` (a photo without its
/// metadata), whose blob is already in the vault. Both custody logs get an entry in the same
/// save: the original's `derive` (the copy's id and SHA-256, what was done), the copy's
/// `derived` (the original's id and SHA-256).
///
/// # Errors
/// [`Error::NotFound`] (no such original, or deleted), [`Error::InvalidInput`]; I/O errors of
/// saving.
pub(crate) fn insert_derivative(store: &mut Store, mut copy: Evidence) -> Result<Evidence, Error> {
    let from = copy.derived_from.clone().unwrap_or_default();
    let original = live(store, &from)?;
    copy.case_id.clone_from(&original.case_id);
    copy.details().validate()?;
    copy.id = new_id(ENTITY)?;
    copy.imported = now();
    let at = copy.imported.clone();
    let what = copy.derivation.clone().unwrap_or_default();
    store.write(|tx| {
        insert_row(tx, &copy, &at)?;
        log(
            tx,
            &at,
            &original,
            "derive",
            json!({ "copy": copy.id, "sha256": copy.sha256, "size": copy.size, "what": what }),
        )?;
        log(
            tx,
            &at,
            &copy,
            "derived",
            json!({
                "from": original.id,
                "from_sha256": original.sha256,
                "sha256": copy.sha256,
                "size": copy.size,
                "media_type": copy.media_type,
                "what": what,
            }),
        )
    })?;
    Ok(copy)
}

/// One item (deleted ones included).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn get(store: &Store, id: &str) -> Result<Evidence, Error> {
    let doc: String = store
        .read(|db| {
            db.query_row("SELECT doc FROM evidence WHERE id = ?1", [id], |r| r.get(0))
                .optional()
        })?
        .ok_or_else(|| not_found("evidence item"))?;
    parse(&doc).map_err(super::schema::sql)
}

/// The items of a case in the order they were imported, deleted ones included (marked).
///
/// # Errors
/// I/O errors of the index.
pub fn list(store: &Store, case_id: &str) -> Result<Vec<Evidence>, Error> {
    let mut items: Vec<Evidence> = store.read(|db| {
        let mut st = db.prepare_cached("SELECT doc FROM evidence WHERE case_id = ?1")?;
        let rows = st.query_map([case_id], |r| r.get::<_, String>(0))?;
        rows.map(|d| d.and_then(|d| parse(&d))).collect()
    })?;
    items.sort_by(|a, b| a.imported.cmp(&b.imported).then_with(|| a.id.cmp(&b.id)));
    Ok(items)
}

/// Every live item of every case (for verification), in no particular order.
///
/// # Errors
/// I/O errors of the index.
pub fn all_live(store: &Store) -> Result<Vec<Evidence>, Error> {
    store.read(|db| {
        let mut st = db.prepare_cached(
            "SELECT doc FROM evidence WHERE json_extract(doc, '$.deleted') IS NULL",
        )?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|d| d.and_then(|d| parse(&d))).collect()
    })
}

fn live(store: &Store, id: &str) -> Result<Evidence, Error> {
    let item = get(store, id)?;
    if item.deleted.is_some() {
        return Err(not_found("evidence item"));
    }
    Ok(item)
}

/// Saves what the user changed about an item (category, date, source, …). Each changed field
/// goes to the custody log with its old and new value. Returns the item as saved.
///
/// # Errors
/// [`Error::NotFound`] (also for a deleted item), [`Error::InvalidInput`]; I/O errors of saving.
pub fn update(store: &mut Store, id: &str, details: Details) -> Result<Evidence, Error> {
    details.validate()?;
    let old = live(store, id)?;
    if let Some(t) = &details.translation_of {
        let original = live(store, t)?;
        if original.case_id != old.case_id || original.id == old.id {
            return Err(Error::InvalidInput {
                field: "Translation of",
                reason: "choose another item of the same case".into(),
            });
        }
    }
    let mut item = old.clone();
    item.set_details(details);
    if item == old {
        return Ok(item);
    }
    let at = now();
    let (old_doc, new_doc) = (to_json(&old), to_json(&item));
    store.write(|tx| {
        tx.execute(
            "UPDATE evidence SET doc = ?2, search = ?3 WHERE id = ?1",
            params![item.id, new_doc.to_string(), search_text(&item)],
        )?;
        super::cases::touch(tx, &item.case_id, &at)?;
        let changes: Vec<Change<'_>> = audit::diff("", &old_doc, &new_doc)
            .into_iter()
            .map(|(field, old, new)| Change {
                case_id: &item.case_id,
                entity: ENTITY,
                entity_id: &item.id,
                action: "update",
                field,
                old,
                new,
            })
            .collect();
        audit::append(tx, &at, changes)
    })?;
    Ok(item)
}

/// Records in the custody log that the item was opened for viewing.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn log_view(store: &mut Store, id: &str) -> Result<Evidence, Error> {
    let item = live(store, id)?;
    let at = now();
    store.write(|tx| log(tx, &at, &item, "view", json!({})))?;
    Ok(item)
}

/// Records in the custody log that a decrypted copy was written to `destination`.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn log_export(store: &mut Store, id: &str, destination: &str) -> Result<(), Error> {
    let item = live(store, id)?;
    let at = now();
    store.write(|tx| {
        log(
            tx,
            &at,
            &item,
            "export",
            json!({ "to": destination, "sha256": item.sha256 }),
        )
    })
}

/// Records in each item's custody log that a custody certificate covering it was issued (one
/// journal record for the whole selection).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn log_certificate(store: &mut Store, ids: &[String]) -> Result<(), Error> {
    let items: Vec<Evidence> = ids
        .iter()
        .map(|id| get(store, id))
        .collect::<Result<_, _>>()?;
    let at = now();
    store.write(|tx| {
        for item in &items {
            log(
                tx,
                &at,
                item,
                "certificate",
                json!({ "sha256": item.sha256, "items": ids.len() }),
            )?;
        }
        Ok(())
    })
}

/// Records in the custody log of each item a filing annexes that the filing was exported
/// (`what`: "portal set" or "print packet") to `destination`, with the item's annex label.
///
/// # Errors
/// I/O errors of saving.
pub fn log_filed(
    store: &mut Store,
    filing: &crate::model::filing::Filing,
    destination: &str,
    what: &str,
) -> Result<(), Error> {
    log_filed_copies(store, filing, destination, what, &[])
}

/// [`log_filed`] for an export that placed, for some annexes, a copy without metadata
/// (`copies[i]`, the copy placed as annex `i`) instead of the item: the item's entry names
/// the copy and its SHA-256, and the copy gets a `filed` entry of its own.
///
/// # Errors
/// I/O errors of saving.
pub fn log_filed_copies(
    store: &mut Store,
    filing: &crate::model::filing::Filing,
    destination: &str,
    what: &str,
    copies: &[Option<Evidence>],
) -> Result<(), Error> {
    let at = now();
    store.write(|tx| {
        for (i, a) in filing.annexes.iter().enumerate() {
            let label = crate::model::filing::annex_label(i);
            let mut facts = json!({
                "filing": filing.id,
                "label": label,
                "as": what,
                "to": destination,
            });
            if let Some(Some(copy)) = copies.get(i) {
                facts["copy"] = json!({ "id": copy.id, "sha256": copy.sha256 });
                let mut own = facts.clone();
                own["copy_of"] = json!(a.evidence);
                log(tx, &at, copy, "filed", own)?;
            }
            log_in(tx, &at, &a.evidence, "filed", facts)?;
        }
        Ok(())
    })
}

/// Marks an item deleted: its record stays (with its custody log), its blob is no longer named.
/// Returns the blob id, for the caller to remove the file *after* this is saved (a crash in
/// between leaves an unnamed blob, which `vault verify` reports, never a record without a file).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub(crate) fn mark_deleted(store: &mut Store, id: &str) -> Result<String, Error> {
    let old = live(store, id)?;
    let mut item = old.clone();
    let at = now();
    item.deleted = Some(at.clone());
    item.blob = String::new();
    let doc = to_json(&item).to_string();
    store.write(|tx| {
        tx.execute(
            "UPDATE evidence SET doc = ?2, search = '' WHERE id = ?1",
            params![item.id, doc],
        )?;
        super::cases::touch(tx, &item.case_id, &at)?;
        log(
            tx,
            &at,
            &item,
            "delete",
            json!({ "sha256": old.sha256, "original_name": old.original_name }),
        )
    })?;
    Ok(old.blob)
}

/// The chain of custody of one item: its audit entries, oldest first.
///
/// # Errors
/// I/O errors of the index.
pub fn custody(store: &Store, id: &str) -> Result<Vec<Entry>, Error> {
    audit::for_entity(store, ENTITY, id)
}
