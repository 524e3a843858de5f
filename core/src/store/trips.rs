//! Trips in the index (schema 6), with their audit entries (entity `trip`), one journal record
//! per change like every entity: sealed to the vault's recipient, never in clear.

use serde_json::json;

use super::audit::{self, Change};
use super::cases::{get_case, touch};
use super::documents::{new_id, not_found, now, parse, to_json};
use super::rusqlite::{params, OptionalExtension};
use super::Store;
use crate::model::Trip;
use crate::Error;

const ENTITY: &str = "trip";

/// Saves a new trip for a case. Returns it, saved.
///
/// # Errors
/// [`Error::NotFound`] (the case), [`Error::InvalidInput`]; I/O errors of saving.
pub fn create(store: &mut Store, case_id: &str, mut trip: Trip) -> Result<Trip, Error> {
    get_case(store, case_id)?;
    trip.validate()?;
    trip.id = new_id("trip")?;
    trip.case_id = case_id.to_owned();
    trip.last_check = None;
    let at = now();
    trip.created.clone_from(&at);
    let doc = to_json(&trip).to_string();
    store.write(|tx| {
        tx.execute(
            "INSERT INTO trips (id, case_id, doc) VALUES (?1, ?2, ?3)",
            params![trip.id, trip.case_id, doc],
        )?;
        touch(tx, case_id, &at)?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id,
                entity: ENTITY,
                entity_id: &trip.id,
                action: "create",
                field: String::new(),
                old: None,
                new: Some(json!({ "legs": trip.legs.len() })),
            }],
        )
    })?;
    Ok(trip)
}

/// One trip.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn get(store: &Store, id: &str) -> Result<Trip, Error> {
    let doc: String = store
        .read(|db| {
            db.query_row("SELECT doc FROM trips WHERE id = ?1", [id], |r| r.get(0))
                .optional()
        })?
        .ok_or_else(|| not_found("trip"))?;
    parse(&doc).map_err(super::schema::sql)
}

/// The trips of a case, by first day of travel.
///
/// # Errors
/// I/O errors of the index.
pub fn list(store: &Store, case_id: &str) -> Result<Vec<Trip>, Error> {
    let mut out: Vec<Trip> = store.read(|db| {
        let mut st = db.prepare_cached("SELECT doc FROM trips WHERE case_id = ?1")?;
        let rows = st.query_map([case_id], |r| r.get::<_, String>(0))?;
        rows.map(|d| d.and_then(|d| parse(&d))).collect()
    })?;
    out.sort_by(|a, b| {
        a.departure()
            .cmp(&b.departure())
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(out)
}

/// Saves a changed trip (its id, case and creation time cannot change).
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`]; I/O errors of saving.
pub fn update(store: &mut Store, mut trip: Trip) -> Result<Trip, Error> {
    trip.validate()?;
    let old = get(store, &trip.id)?;
    trip.case_id.clone_from(&old.case_id);
    trip.created.clone_from(&old.created);
    if trip == old {
        return Ok(trip);
    }
    let at = now();
    let (old_doc, new_doc) = (to_json(&old), to_json(&trip));
    store.write(|tx| {
        tx.execute(
            "UPDATE trips SET doc = ?2 WHERE id = ?1",
            params![trip.id, new_doc.to_string()],
        )?;
        touch(tx, &trip.case_id, &at)?;
        let changes: Vec<Change<'_>> = audit::diff("", &old_doc, &new_doc)
            .into_iter()
            .map(|(field, old, new)| Change {
                case_id: &trip.case_id,
                entity: ENTITY,
                entity_id: &trip.id,
                action: "update",
                field,
                old,
                new,
            })
            .collect();
        audit::append(tx, &at, changes)
    })?;
    Ok(trip)
}

/// Deletes a trip.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn delete(store: &mut Store, id: &str) -> Result<(), Error> {
    let old = get(store, id)?;
    let at = now();
    store.write(|tx| {
        tx.execute("DELETE FROM trips WHERE id = ?1", [id])?;
        touch(tx, &old.case_id, &at)?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id: &old.case_id,
                entity: ENTITY,
                entity_id: id,
                action: "delete",
                field: String::new(),
                old: Some(json!({ "legs": old.legs.len() })),
                new: None,
            }],
        )
    })
}
