//! Cases, alerts and events in the index: create, read, update, delete, each change saved
//! durably with its audit entries in one journal record.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::audit::{self, Change};
use super::documents::{new_id, not_found, now, parse, to_json};
use super::rusqlite::{params, OptionalExtension, Transaction};
use super::search::fold;
use super::Store;
use crate::model::{country, Alert, Case, Event, Person};
use crate::Error;

fn country_words(code: Option<&String>) -> String {
    code.map(|c| format!("{c} {}", country::name(c)))
        .unwrap_or_default()
}

pub(crate) fn case_search(case: &Case) -> String {
    let p = &case.person;
    let mut words = vec![
        p.name_original.clone(),
        p.name_latin.clone(),
        p.other_names.join(" "),
        p.birth_place.clone(),
        p.contacts.clone(),
        p.residence_address.clone(),
        case.notes.clone(),
        case.misuse_note.clone(),
    ];
    words.extend(p.documents.iter().map(|d| d.number.clone()));
    words.extend(p.nationalities.iter().map(|c| country_words(Some(c))));
    fold(&words.join(" "))
}

pub(crate) fn alert_search(a: &Alert) -> String {
    fold(
        &[
            a.kind.label(),
            &country_words(a.issuing_country.as_ref()),
            &a.ncb,
            &a.offence,
            &a.warrant.authority,
            &a.warrant.reference,
            &a.learned_how,
            &a.notes,
        ]
        .join(" "),
    )
}

pub(crate) fn event_search(e: &Event) -> String {
    fold(&[e.kind.label(), &country_words(e.country.as_ref()), &e.notes].join(" "))
}

/// Creates a case for `person`. Returns it, saved.
///
/// # Errors
/// [`Error::InvalidInput`] for a field that fails validation; I/O errors of saving.
pub fn create_case(store: &mut Store, person: Person) -> Result<Case, Error> {
    let at = now();
    let case = Case {
        id: new_id("case")?,
        created: at.clone(),
        updated: at.clone(),
        person,
        ..Case::default()
    };
    case.validate()?;
    store.write(|tx| insert_case(tx, &case, &at))?;
    Ok(case)
}

/// Inserts a new case inside `tx`, with its audit entry stamped `at`. The caller has validated it.
pub(super) fn insert_case(
    tx: &Transaction<'_>,
    case: &Case,
    at: &str,
) -> super::rusqlite::Result<()> {
    let doc = to_json(case);
    tx.execute(
        "INSERT INTO cases (id, doc, search) VALUES (?1, ?2, ?3)",
        params![case.id, doc.to_string(), case_search(case)],
    )?;
    audit::append(
        tx,
        at,
        vec![Change {
            case_id: &case.id,
            entity: "case",
            entity_id: &case.id,
            action: "create",
            field: String::new(),
            old: None,
            new: Some(doc),
        }],
    )
}

/// One case.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn get_case(store: &Store, id: &str) -> Result<Case, Error> {
    let doc: Option<String> = store.read(|db| {
        db.query_row("SELECT doc FROM cases WHERE id = ?1", [id], |r| r.get(0))
            .optional()
    })?;
    let doc = doc.ok_or_else(|| not_found("case"))?;
    parse(&doc).map_err(super::schema::sql)
}

/// Every case, in creation order.
///
/// # Errors
/// I/O errors of the index.
pub fn list_cases(store: &Store) -> Result<Vec<Case>, Error> {
    let mut cases: Vec<Case> = store.read(|db| {
        let mut st = db.prepare_cached("SELECT doc FROM cases")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|d| d.and_then(|d| parse(&d))).collect()
    })?;
    cases.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    Ok(cases)
}

/// Records each changed field of a record (but `updated`) in the audit log, inside `tx`; the
/// stores and a received case's update (`crate::sharing`) share it.
pub(crate) fn record_update(
    tx: &Transaction<'_>,
    at: &str,
    case_id: &str,
    entity: &'static str,
    entity_id: &str,
    old: &Value,
    new: &Value,
) -> super::rusqlite::Result<usize> {
    let changes: Vec<Change<'_>> = audit::diff("", old, new)
        .into_iter()
        .filter(|(field, _, _)| field != "updated")
        .map(|(field, old, new)| Change {
            case_id,
            entity,
            entity_id,
            action: "update",
            field,
            old,
            new,
        })
        .collect();
    let n = changes.len();
    audit::append(tx, at, changes)?;
    Ok(n)
}

/// Saves a changed case (everything but its id and creation time). Records each changed field in
/// the audit log. Returns the case as saved.
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`]; I/O errors of saving.
pub fn update_case(store: &mut Store, mut case: Case) -> Result<Case, Error> {
    let old = get_case(store, &case.id)?;
    case.created.clone_from(&old.created);
    case.updated = old.updated.clone();
    // Closing and reopening are their own steps ([`close_case`], [`reopen_case`]).
    case.closed.clone_from(&old.closed);
    case.validate()?;
    if case == old {
        return Ok(case);
    }
    let at = now();
    case.updated.clone_from(&at);
    let (old_doc, new_doc) = (to_json(&old), to_json(&case));
    store.write(|tx| {
        tx.execute(
            "UPDATE cases SET doc = ?2, search = ?3 WHERE id = ?1",
            params![case.id, new_doc.to_string(), case_search(&case)],
        )?;
        record_update(tx, &at, &case.id, "case", &case.id, &old_doc, &new_doc)
    })?;
    Ok(case)
}

/// Closes a case: it leaves the main case list and keeps every record; [`reopen_case`] brings
/// it back. The audit log records the step (`close`). Closing a closed case changes nothing.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn close_case(store: &mut Store, id: &str) -> Result<Case, Error> {
    set_closed(store, id, true)
}

/// Reopens a closed case (audit action `reopen`). Reopening an open case changes nothing.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn reopen_case(store: &mut Store, id: &str) -> Result<Case, Error> {
    set_closed(store, id, false)
}

fn set_closed(store: &mut Store, id: &str, close: bool) -> Result<Case, Error> {
    let mut case = get_case(store, id)?;
    if case.closed.is_some() == close {
        return Ok(case);
    }
    let at = now();
    let old = case.closed.take();
    case.closed = close.then(|| at.clone());
    case.updated.clone_from(&at);
    let doc = to_json(&case);
    store.write(|tx| {
        tx.execute(
            "UPDATE cases SET doc = ?2 WHERE id = ?1",
            params![case.id, doc.to_string()],
        )?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id: &case.id,
                entity: "case",
                entity_id: &case.id,
                action: if close { "close" } else { "reopen" },
                field: "closed".into(),
                old: old.map(Value::String),
                new: case.closed.clone().map(Value::String),
            }],
        )
    })?;
    Ok(case)
}

/// What deleting a case removes, counted: what the confirmation says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CaseContents {
    /// The case's id.
    pub id: String,
    /// The case's display name.
    pub name: String,
    /// Evidence items whose file is in the vault (deleted items have none).
    pub evidence_items: u64,
    /// The size of those files as imported, in bytes.
    pub evidence_bytes: u64,
    /// Filings (drafts and exported ones).
    pub filings: u64,
    /// Alerts.
    pub alerts: u64,
    /// Events.
    pub events: u64,
}

/// Counts what a case holds (see [`CaseContents`]).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn contents(store: &Store, id: &str) -> Result<CaseContents, Error> {
    let case = get_case(store, id)?;
    let count = |table: &str| -> Result<u64, Error> {
        store
            .read(|db| {
                db.query_row(
                    &format!("SELECT count(*) FROM {table} WHERE case_id = ?1"),
                    [id],
                    |r| r.get::<_, i64>(0),
                )
            })
            .map(|n| u64::try_from(n).unwrap_or(0))
    };
    let (evidence_items, evidence_bytes): (i64, i64) = store.read(|db| {
        db.query_row(
            "SELECT count(*), coalesce(sum(json_extract(doc, '$.size')), 0) FROM evidence
              WHERE case_id = ?1 AND json_extract(doc, '$.deleted') IS NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    })?;
    Ok(CaseContents {
        name: case.display_name().to_owned(),
        id: case.id,
        evidence_items: u64::try_from(evidence_items).unwrap_or(0),
        evidence_bytes: u64::try_from(evidence_bytes).unwrap_or(0),
        filings: count("filings")?,
        alerts: count("alerts")?,
        events: count("events")?,
    })
}

/// Deletes a case's records: the case, its alerts, events, evidence records, filings and trips, in one
/// save with one audit entry (`delete`, holding only the counts of [`CaseContents`] and of the
/// history entries erased, no personal data, no case id). Its earlier audit entries (its
/// evidence's custody included) are erased in the same save, leaving stand-ins that keep the
/// chain verifiable ([`audit::erase_case`]). Returns the blob ids its evidence named, for the
/// caller to remove the files *after* this is saved: a crash in between leaves unnamed blobs,
/// which `vault verify` lists, never a record whose file is gone.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn delete_case(store: &mut Store, id: &str) -> Result<Vec<String>, Error> {
    let counted = contents(store, id)?;
    let blobs: Vec<String> = store.read(|db| {
        let mut st = db.prepare(
            "SELECT json_extract(doc, '$.blob') FROM evidence
              WHERE case_id = ?1 AND json_extract(doc, '$.deleted') IS NULL",
        )?;
        let rows = st.query_map([id], |r| r.get::<_, Option<String>>(0))?;
        rows.filter_map(Result::transpose).collect()
    })?;
    let at = now();
    let mut facts = serde_json::Map::new();
    for (key, count) in [
        ("evidence_items", counted.evidence_items),
        ("evidence_bytes", counted.evidence_bytes),
        ("filings", counted.filings),
        ("alerts", counted.alerts),
        ("events", counted.events),
    ] {
        facts.insert(key.to_owned(), Value::from(count));
    }
    store.write(|tx| {
        for table in ["alerts", "events", "evidence", "filings", "trips"] {
            tx.execute(&format!("DELETE FROM {table} WHERE case_id = ?1"), [id])?;
        }
        tx.execute("DELETE FROM cases WHERE id = ?1", [id])?;
        // Its unsaved drafts go with it (`crate::drafts`: keys `draft:<case id>/<form>`).
        tx.execute(
            "DELETE FROM settings WHERE substr(key, 1, length(?1)) = ?1",
            [format!("{}{id}/", super::DRAFT_KEY_PREFIX)],
        )?;
        // And the case as last received from co-counsel (`crate::sharing`), if it was.
        tx.execute(
            "DELETE FROM settings WHERE key = ?1",
            [format!("{}{id}", super::SHARING_LINK_PREFIX)],
        )?;
        // Its history goes too, evidence custody included; stand-ins keep the chain whole.
        audit::erase_case(tx, &at, id, facts)
    })?;
    Ok(blobs)
}

pub(super) fn touch(tx: &Transaction<'_>, case_id: &str, at: &str) -> super::rusqlite::Result<()> {
    tx.execute(
        "UPDATE cases SET doc = json_set(doc, '$.updated', ?2) WHERE id = ?1",
        params![case_id, at],
    )?;
    Ok(())
}

/// The entity tables alerts and events share.
trait Child: Serialize + serde::de::DeserializeOwned + Clone + PartialEq {
    const TABLE: &'static str;
    const ENTITY: &'static str;
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
    fn case_id(&self) -> &str;
    fn set_case_id(&mut self, id: String);
    fn validate(&self) -> Result<(), Error>;
    fn search(&self) -> String;
}

impl Child for Alert {
    const TABLE: &'static str = "alerts";
    const ENTITY: &'static str = "alert";
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
    fn case_id(&self) -> &str {
        &self.case_id
    }
    fn set_case_id(&mut self, id: String) {
        self.case_id = id;
    }
    fn validate(&self) -> Result<(), Error> {
        Alert::validate(self)
    }
    fn search(&self) -> String {
        alert_search(self)
    }
}

impl Child for Event {
    const TABLE: &'static str = "events";
    const ENTITY: &'static str = "event";
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
    fn case_id(&self) -> &str {
        &self.case_id
    }
    fn set_case_id(&mut self, id: String) {
        self.case_id = id;
    }
    fn validate(&self) -> Result<(), Error> {
        Event::validate(self)
    }
    fn search(&self) -> String {
        event_search(self)
    }
}

fn add_child<T: Child>(store: &mut Store, case_id: &str, mut item: T) -> Result<T, Error> {
    get_case(store, case_id)?;
    item.set_id(new_id(T::ENTITY)?);
    item.set_case_id(case_id.to_owned());
    item.validate()?;
    let at = now();
    store.write(|tx| {
        insert_child(tx, &item, &at)?;
        touch(tx, case_id, &at)
    })?;
    Ok(item)
}

/// Inserts a new alert or event inside `tx` (its `case_id` set), with its audit entry.
fn insert_child<T: Child>(tx: &Transaction<'_>, item: &T, at: &str) -> super::rusqlite::Result<()> {
    let doc = to_json(item);
    tx.execute(
        &format!(
            "INSERT INTO {} (id, case_id, doc, search) VALUES (?1, ?2, ?3, ?4)",
            T::TABLE
        ),
        params![item.id(), item.case_id(), doc.to_string(), item.search()],
    )?;
    audit::append(
        tx,
        at,
        vec![Change {
            case_id: item.case_id(),
            entity: T::ENTITY,
            entity_id: item.id(),
            action: "create",
            field: String::new(),
            old: None,
            new: Some(doc),
        }],
    )
}

/// Inserts a new alert inside `tx`, with its audit entry. The caller has validated it.
pub(super) fn insert_alert(
    tx: &Transaction<'_>,
    alert: &Alert,
    at: &str,
) -> super::rusqlite::Result<()> {
    insert_child(tx, alert, at)
}

/// Inserts a new event inside `tx`, with its audit entry. The caller has validated it.
pub(super) fn insert_event(
    tx: &Transaction<'_>,
    event: &Event,
    at: &str,
) -> super::rusqlite::Result<()> {
    insert_child(tx, event, at)
}

fn get_child<T: Child>(store: &Store, id: &str) -> Result<T, Error> {
    let doc: String = store
        .read(|db| {
            db.query_row(
                &format!("SELECT doc FROM {} WHERE id = ?1", T::TABLE),
                [id],
                |r| r.get(0),
            )
            .optional()
        })?
        .ok_or_else(|| not_found(T::ENTITY))?;
    parse(&doc).map_err(super::schema::sql)
}

fn update_child<T: Child>(store: &mut Store, mut item: T) -> Result<T, Error> {
    let old: T = get_child(store, item.id())?;
    item.set_case_id(old.case_id().to_owned());
    item.validate()?;
    if item == old {
        return Ok(item);
    }
    let at = now();
    let (old_doc, new_doc) = (to_json(&old), to_json(&item));
    store.write(|tx| {
        tx.execute(
            &format!(
                "UPDATE {} SET doc = ?2, search = ?3 WHERE id = ?1",
                T::TABLE
            ),
            params![item.id(), new_doc.to_string(), item.search()],
        )?;
        touch(tx, item.case_id(), &at)?;
        record_update(
            tx,
            &at,
            item.case_id(),
            T::ENTITY,
            item.id(),
            &old_doc,
            &new_doc,
        )
    })?;
    Ok(item)
}

fn delete_child<T: Child>(store: &mut Store, id: &str) -> Result<(), Error> {
    let old: T = get_child(store, id)?;
    let at = now();
    store.write(|tx| {
        tx.execute(&format!("DELETE FROM {} WHERE id = ?1", T::TABLE), [id])?;
        touch(tx, old.case_id(), &at)?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id: old.case_id(),
                entity: T::ENTITY,
                entity_id: id,
                action: "delete",
                field: String::new(),
                old: Some(to_json(&old)),
                new: None,
            }],
        )
    })
}

fn children<T: Child>(store: &Store, case_id: &str) -> Result<Vec<T>, Error> {
    store.read(|db| {
        let mut st =
            db.prepare_cached(&format!("SELECT doc FROM {} WHERE case_id = ?1", T::TABLE))?;
        let rows = st.query_map([case_id], |r| r.get::<_, String>(0))?;
        rows.map(|d| d.and_then(|d| parse(&d))).collect()
    })
}

/// Adds an alert to a case.
///
/// # Errors
/// [`Error::NotFound`] (no such case), [`Error::InvalidInput`]; I/O errors of saving.
pub fn add_alert(store: &mut Store, case_id: &str, alert: Alert) -> Result<Alert, Error> {
    add_child(store, case_id, alert)
}

/// Saves a changed alert.
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`]; I/O errors of saving.
pub fn update_alert(store: &mut Store, alert: Alert) -> Result<Alert, Error> {
    update_child(store, alert)
}

/// Deletes an alert (the audit log keeps what it was).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn delete_alert(store: &mut Store, id: &str) -> Result<(), Error> {
    delete_child::<Alert>(store, id)
}

/// The alerts of a case, oldest first (by date, undated last).
///
/// # Errors
/// I/O errors of the index.
pub fn alerts(store: &Store, case_id: &str) -> Result<Vec<Alert>, Error> {
    let mut out: Vec<Alert> = children(store, case_id)?;
    out.sort_by_key(|a| {
        (
            a.date.map(|d| d.date).unwrap_or(NaiveDate::MAX),
            a.id.clone(),
        )
    });
    Ok(out)
}

/// Adds an event to a case.
///
/// # Errors
/// [`Error::NotFound`] (no such case), [`Error::InvalidInput`]; I/O errors of saving.
pub fn add_event(store: &mut Store, case_id: &str, event: Event) -> Result<Event, Error> {
    add_child(store, case_id, event)
}

/// Saves a changed event.
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`]; I/O errors of saving.
pub fn update_event(store: &mut Store, event: Event) -> Result<Event, Error> {
    update_child(store, event)
}

/// Deletes an event (the audit log keeps what it was).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn delete_event(store: &mut Store, id: &str) -> Result<(), Error> {
    delete_child::<Event>(store, id)
}

/// The events of a case, by date.
///
/// # Errors
/// I/O errors of the index.
pub fn events(store: &Store, case_id: &str) -> Result<Vec<Event>, Error> {
    let mut out: Vec<Event> = children(store, case_id)?;
    out.sort_by_key(|e| (e.date.unwrap_or(NaiveDate::MAX), e.id.clone()));
    Ok(out)
}

/// One alert by its id.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn get_alert(store: &Store, id: &str) -> Result<Alert, Error> {
    get_child(store, id)
}

/// One event by its id.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn get_event(store: &Store, id: &str) -> Result<Event, Error> {
    get_child(store, id)
}

/// Every alert of every case, by case id: one pass over the table, for the case list.
///
/// # Errors
/// I/O errors of the index.
pub fn alerts_by_case(store: &Store) -> Result<HashMap<String, Vec<Alert>>, Error> {
    children_by_case(store)
}

/// Every event of every case, by case id: one pass over the table, for the case list.
///
/// # Errors
/// I/O errors of the index.
pub fn events_by_case(store: &Store) -> Result<HashMap<String, Vec<Event>>, Error> {
    children_by_case(store)
}

fn children_by_case<T: Child>(store: &Store) -> Result<HashMap<String, Vec<T>>, Error> {
    let mut all: HashMap<String, Vec<T>> = HashMap::new();
    store.read(|db| {
        let mut st = db.prepare_cached(&format!("SELECT case_id, doc FROM {}", T::TABLE))?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            all.entry(r.get(0)?)
                .or_default()
                .push(parse(&r.get::<_, String>(1)?)?);
        }
        Ok(())
    })?;
    Ok(all)
}
