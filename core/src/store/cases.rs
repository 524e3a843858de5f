//! Cases, alerts and events in the index: create, read, update, delete, each change saved
//! durably with its audit entries in one journal record.

use chrono::{NaiveDate, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::Value;

use super::rusqlite::{params, OptionalExtension, Transaction};
use super::search::{self, fold, Hit, HitKind};
use super::Store;
use crate::audit::{self, Change};
use crate::model::{country, Alert, Case, Event, Person};
use crate::rules::checklist::{self, event_label};
use crate::rules::deadlines::{self, Deadline};
use crate::rules::flags::{self, Flag};
use crate::vault::{hex, random_bytes};
use crate::Error;

pub(super) fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(super) fn new_id(prefix: &str) -> Result<String, Error> {
    Ok(format!("{prefix}-{}", hex(random_bytes::<8>()?.as_ref())))
}

pub(super) fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

pub(super) fn parse<T: serde::de::DeserializeOwned>(doc: &str) -> super::rusqlite::Result<T> {
    serde_json::from_str(doc).map_err(|e| {
        super::rusqlite::Error::FromSqlConversionFailure(
            0,
            super::rusqlite::types::Type::Text,
            Box::new(e),
        )
    })
}

fn country_words(code: Option<&String>) -> String {
    code.map(|c| format!("{c} {}", country::name(c)))
        .unwrap_or_default()
}

fn case_search(case: &Case) -> String {
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

fn alert_search(a: &Alert) -> String {
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

fn event_search(e: &Event) -> String {
    fold(
        &[
            event_label(e.kind),
            &country_words(e.country.as_ref()),
            &e.notes,
        ]
        .join(" "),
    )
}

pub(super) fn not_found(what: &'static str) -> Error {
    Error::NotFound { what }
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
    let doc = to_json(&case);
    store.write(|tx| {
        tx.execute(
            "INSERT INTO cases (id, doc, search) VALUES (?1, ?2, ?3)",
            params![case.id, doc.to_string(), case_search(&case)],
        )?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id: &case.id,
                entity: "case",
                entity_id: &case.id,
                action: "create",
                field: String::new(),
                old: None,
                new: Some(doc.clone()),
            }],
        )
    })?;
    Ok(case)
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

fn record_update(
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
    let doc = to_json(&item);
    store.write(|tx| {
        tx.execute(
            &format!(
                "INSERT INTO {} (id, case_id, doc, search) VALUES (?1, ?2, ?3, ?4)",
                T::TABLE
            ),
            params![item.id(), case_id, doc.to_string(), item.search()],
        )?;
        touch(tx, case_id, &at)?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id,
                entity: T::ENTITY,
                entity_id: item.id(),
                action: "create",
                field: String::new(),
                old: None,
                new: Some(doc.clone()),
            }],
        )
    })?;
    Ok(item)
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

/// A case with everything derived from it: what the workspace shows.
#[derive(Debug, Clone, Serialize)]
pub struct CaseView {
    /// The case.
    pub case: Case,
    /// Its alerts.
    pub alerts: Vec<Alert>,
    /// Its events, by date.
    pub events: Vec<Event>,
    /// Raised risk flags.
    pub flags: Vec<Flag>,
    /// Deadlines, soonest open first.
    pub deadlines: Vec<Deadline>,
    /// The checklist.
    pub checklist: Vec<checklist::Item>,
    /// Today, as the rules used it.
    pub today: NaiveDate,
}

/// The whole of one case, with its flags, deadlines and checklist as of `today`.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn view(store: &Store, id: &str, today: NaiveDate) -> Result<CaseView, Error> {
    let case = get_case(store, id)?;
    let alerts = alerts(store, id)?;
    let events = events(store, id)?;
    let flags = flags::compute(&case, &alerts);
    let deadlines = deadlines::compute(&case, &events, today);
    let checklist = checklist::compute(&case, &events, &flags);
    Ok(CaseView {
        case,
        alerts,
        events,
        flags,
        deadlines,
        checklist,
        today,
    })
}

/// The deadlines of one case, with what names it.
#[derive(Debug, Clone, Serialize)]
pub struct CaseDeadlines {
    /// The case's id.
    pub id: String,
    /// The case's display name.
    pub name: String,
    /// Its deadlines, soonest open first.
    pub deadlines: Vec<Deadline>,
}

/// The deadlines of one case (`Some(id)`) or of every case, as of `today`: what the deadline
/// list and the calendar export show.
///
/// # Errors
/// [`Error::NotFound`] for an unknown id; I/O errors of the index.
pub fn deadlines_by_case(
    store: &Store,
    case_id: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<CaseDeadlines>, Error> {
    let list = match case_id {
        Some(id) => vec![get_case(store, id)?],
        None => list_cases(store)?,
    };
    list.into_iter()
        .map(|case| {
            let events = events(store, &case.id)?;
            Ok(CaseDeadlines {
                deadlines: deadlines::compute(&case, &events, today),
                name: case.display_name().to_owned(),
                id: case.id,
            })
        })
        .collect()
}

/// One line of the case list.
#[derive(Debug, Clone, Serialize)]
pub struct CaseSummary {
    /// The case's id.
    pub id: String,
    /// The person's name (Latin, else original).
    pub name: String,
    /// The name in the original script, when it differs.
    pub name_original: String,
    /// Raised flags.
    pub flags: Vec<Flag>,
    /// The soonest open deadline.
    pub next_deadline: Option<Deadline>,
    /// How many alerts.
    pub alert_count: usize,
    /// Last change.
    pub updated: String,
}

/// Every case, soonest deadline first, then by name.
///
/// # Errors
/// I/O errors of the index.
pub fn summaries(store: &Store, today: NaiveDate) -> Result<Vec<CaseSummary>, Error> {
    let cases = list_cases(store)?;
    let mut all_alerts: std::collections::HashMap<String, Vec<Alert>> = Default::default();
    let mut all_events: std::collections::HashMap<String, Vec<Event>> = Default::default();
    store.read(|db| {
        let mut st = db.prepare_cached("SELECT case_id, doc FROM alerts")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            all_alerts
                .entry(r.get(0)?)
                .or_default()
                .push(parse(&r.get::<_, String>(1)?)?);
        }
        let mut st = db.prepare_cached("SELECT case_id, doc FROM events")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            all_events
                .entry(r.get(0)?)
                .or_default()
                .push(parse(&r.get::<_, String>(1)?)?);
        }
        Ok(())
    })?;
    let mut out: Vec<CaseSummary> = cases
        .into_iter()
        .map(|case| {
            let alerts = all_alerts.remove(&case.id).unwrap_or_default();
            let events = all_events.remove(&case.id).unwrap_or_default();
            let deadlines = deadlines::compute(&case, &events, today);
            let next_deadline = deadlines::next_open(&deadlines).cloned();
            CaseSummary {
                id: case.id.clone(),
                name: case.display_name().to_owned(),
                name_original: if case.person.name_original.trim() == case.display_name() {
                    String::new()
                } else {
                    case.person.name_original.trim().to_owned()
                },
                flags: flags::compute(&case, &alerts),
                next_deadline,
                alert_count: alerts.len(),
                updated: case.updated,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |s: &CaseSummary| s.next_deadline.as_ref().map_or(NaiveDate::MAX, |d| d.next);
        key(a)
            .cmp(&key(b))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(out)
}

/// A search result, with what to show for it.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    /// The hit.
    #[serde(flatten)]
    pub hit: Hit,
    /// The case's name.
    pub case_name: String,
    /// What matched, in a line ("Red Notice, Russian Federation", "Detention, 2026-03-01").
    pub label: String,
}

/// Searches the vault (see [`search::search`]) and labels each hit.
///
/// # Errors
/// I/O errors of the index.
pub fn find(store: &Store, query: &str) -> Result<Vec<Found>, Error> {
    let hits = search::search(store, query)?;
    let mut names = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(hits.len());
    for hit in hits {
        if !names.contains_key(&hit.case_id) {
            let name = get_case(store, &hit.case_id)
                .map_or_else(|_| "—".to_owned(), |c| c.display_name().to_owned());
            names.insert(hit.case_id.clone(), name);
        }
        let case_name = names.get(&hit.case_id).cloned().unwrap_or_default();
        let label = match hit.kind {
            HitKind::Case => case_name.clone(),
            HitKind::Alert => {
                let a: Alert = get_child(store, &hit.id)?;
                let from = a
                    .issuing_country
                    .as_deref()
                    .map(|c| format!(", {}", country::name(c)))
                    .unwrap_or_default();
                format!("{}{from}", a.kind.label())
            }
            HitKind::Event => {
                let e: Event = get_child(store, &hit.id)?;
                let on = e.date.map(|d| format!(", {d}")).unwrap_or_default();
                format!("{}{on}", event_label(e.kind))
            }
            HitKind::Evidence => {
                let e = super::evidence::get(store, &hit.id)?;
                format!("{}, {}", e.original_name, e.category.label())
            }
        };
        out.push(Found {
            hit,
            case_name,
            label,
        });
    }
    Ok(out)
}
