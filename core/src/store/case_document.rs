//! A whole case as one JSON document: the person and what was set on the case, its alerts and
//! its events. [`export`] writes it; [`import`] creates a new case from it, all-or-nothing.
//!
//! The document has the shape of the case view (`habeas --json case show ID` under `view`):
//! `case`, `alerts`, `events`. The view's derived parts (`flags`, `deadlines`, `dates_needed`,
//! `checklist`, `situation`, `ccf`, `today`) are accepted and ignored on import, because the rules recompute them
//! from the data; so a view can be imported as it was printed. Its `trips` are ignored too: trips
//! are not part of a case document. Any other field, at any depth, is
//! refused by name: a misspelt field would otherwise be dropped in silence, and a date or a flag
//! that the person believes recorded would be missing.
//!
//! Ids in the document are references inside it, not ids in the vault: import gives the case,
//! each alert and each event a new id and rewrites the references (an event's `alert_ids`, a
//! deadline override's key), so a document can be imported twice, or into a vault that already
//! holds its case, without a clash. Ids may be left out where nothing refers to them. The
//! case's `created` and `updated`, and each record's `case_id`, are set by the import; an
//! imported case is open (closing is a step of the vault it is in, with its audit entry).
//!
//! Strictness lives here, on a document type of its own, and not on the stored model types:
//! those read every field with `#[serde(default)]` so that vaults written by older and newer
//! versions keep opening.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::cases::{self, get_case, insert_alert, insert_case, insert_event};
use super::documents::{new_id, now, to_json};
use super::Store;
use crate::model::{Alert, Case, Event};
use crate::Error;

/// One case as a document: what [`export`] prints and [`import`] reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseDocument {
    /// The case: the person, notes, flags and checklist marks set by hand, deadline overrides,
    /// the bilateral treaty.
    pub case: Case,
    /// Its alerts, oldest first.
    pub alerts: Vec<Alert>,
    /// Its events, by date.
    pub events: Vec<Event>,
}

/// The document as read, before its parts are checked. Unknown top-level fields are refused by
/// serde; the parts are read as JSON first so that an unknown field inside them can be named
/// with its path (see [`unknown_fields`]).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentIn {
    case: Value,
    #[serde(default)]
    alerts: Vec<Value>,
    #[serde(default)]
    events: Vec<Value>,
    // The case view's derived parts: recomputed from the data, so ignored whatever they say.
    #[serde(default, rename = "flags")]
    _flags: IgnoredAny,
    #[serde(default, rename = "deadlines")]
    _deadlines: IgnoredAny,
    #[serde(default, rename = "dates_needed")]
    _dates_needed: IgnoredAny,
    #[serde(default, rename = "checklist")]
    _checklist: IgnoredAny,
    #[serde(default, rename = "situation")]
    _situation: IgnoredAny,
    #[serde(default, rename = "ccf")]
    _ccf: IgnoredAny,
    #[serde(default, rename = "today")]
    _today: IgnoredAny,
    // The view lists the case's trips (issue 18) for its timeline; trips are not part of a case
    // document (they are kept and checked on their own, `habeas travel`), so a printed view
    // still imports, without them.
    #[serde(default, rename = "trips")]
    _trips: IgnoredAny,
}

const FIELD: &str = "Case file";

fn refused(reason: String) -> Error {
    Error::InvalidInput {
        field: FIELD,
        reason: format!("{reason}. Nothing was imported"),
    }
}

/// The case `case_id` as a document.
///
/// Alerts and events come in date order, ties in an order that does not depend on their ids,
/// so that exporting, importing and exporting again gives the same document but for the ids.
/// A link from an event to an alert deleted since, and an override of a deadline whose event
/// was deleted, point at nothing: they are left out.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn export(store: &Store, case_id: &str) -> Result<CaseDocument, Error> {
    let mut case = get_case(store, case_id)?;
    let mut alerts = cases::alerts(store, case_id)?;
    let mut events = cases::events(store, case_id)?;
    alerts.sort_by_cached_key(|a| (a.date.map(|d| d.date), content_key(a)));
    events.sort_by_cached_key(|e| (e.date, content_key(e)));
    for e in &mut events {
        e.alert_ids.retain(|id| alerts.iter().any(|a| &a.id == id));
    }
    case.overrides.retain(|o| match override_event(&o.key) {
        Some(id) => events.iter().any(|e| e.id == id),
        None => true,
    });
    Ok(CaseDocument {
        case,
        alerts,
        events,
    })
}

/// A record's JSON without its ids: what orders records of the same date.
fn content_key<T: Serialize>(record: &T) -> String {
    let mut v = to_json(record);
    if let Value::Object(map) = &mut v {
        for key in ["id", "case_id", "alert_ids"] {
            map.remove(key);
        }
    }
    v.to_string()
}

/// The event a deadline override's key names (`rule:event-id`), if it names one rather than the
/// case (`rule:case`).
fn override_event(key: &str) -> Option<&str> {
    key.rsplit_once(':')
        .map(|(_, id)| id)
        .filter(|id| *id != "case")
}

/// Creates a new case from the JSON document `text` (see the module docs), in one save with its
/// audit entries: the case, its alerts and its events are all saved, or nothing is. Returns the
/// saved case, with its alerts and events in the document's order.
///
/// # Errors
/// [`Error::InvalidInput`] naming what is wrong (not JSON, an unknown field and its path, a
/// value of the wrong kind, a field that fails validation, a reference to an alert or event
/// the document does not hold); nothing is saved. I/O errors of saving.
pub fn import(store: &mut Store, text: &str) -> Result<CaseDocument, Error> {
    let doc: DocumentIn = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            refused(format!("the file is not a Habeas case ({e})"))
        } else {
            refused(format!(
                "the file is not readable JSON ({e}); export the case again, or correct the file \
                 in a text editor"
            ))
        }
    })?;
    let mut case: Case = part(&doc.case, "case")?;
    let mut alerts: Vec<Alert> = doc
        .alerts
        .iter()
        .enumerate()
        .map(|(i, v)| part(v, &format!("alerts[{i}]")))
        .collect::<Result<_, _>>()?;
    let mut events: Vec<Event> = doc
        .events
        .iter()
        .enumerate()
        .map(|(i, v)| part(v, &format!("events[{i}]")))
        .collect::<Result<_, _>>()?;

    // New ids, and the references rewritten to them.
    let alert_ids = renumber(alerts.iter_mut().map(|a| &mut a.id), "alert")?;
    let event_ids = renumber(events.iter_mut().map(|e| &mut e.id), "event")?;
    case.id = new_id("case")?;
    let at = now();
    case.created.clone_from(&at);
    case.updated.clone_from(&at);
    case.closed = None;
    for (i, e) in events.iter_mut().enumerate() {
        for id in &mut e.alert_ids {
            *id = alert_ids
                .iter()
                .find(|(old, _)| old == id)
                .map(|(_, new)| new.clone())
                .ok_or_else(|| {
                    refused(format!(
                        "events[{i}] refers to the alert \"{id}\", which the file does not hold: \
                         add that alert, or remove the reference from alert_ids"
                    ))
                })?;
        }
    }
    for (i, o) in case.overrides.iter_mut().enumerate() {
        let Some((rule, old)) = o.key.rsplit_once(':') else {
            return Err(refused(format!(
                "case.overrides[{i}] has the key \"{}\", which names no deadline: copy the key \
                 from the deadline (rule:event)",
                o.key
            )));
        };
        if old == "case" {
            continue;
        }
        let new = event_ids
            .iter()
            .find(|(id, _)| id == old)
            .map(|(_, new)| new.as_str())
            .ok_or_else(|| {
                refused(format!(
                    "case.overrides[{i}] replaces the date of a deadline of the event \"{old}\", \
                     which the file does not hold: add that event, or remove the override"
                ))
            })?;
        o.key = format!("{rule}:{new}");
    }
    for a in &mut alerts {
        a.case_id.clone_from(&case.id);
    }
    for e in &mut events {
        e.case_id.clone_from(&case.id);
    }

    validated(case.validate(), "case")?;
    for (i, a) in alerts.iter().enumerate() {
        validated(a.validate(), &format!("alerts[{i}]"))?;
    }
    for (i, e) in events.iter().enumerate() {
        validated(e.validate(), &format!("events[{i}]"))?;
    }

    store.write(|tx| {
        insert_case(tx, &case, &at)?;
        for a in &alerts {
            insert_alert(tx, a, &at)?;
        }
        for e in &events {
            insert_event(tx, e, &at)?;
        }
        Ok(())
    })?;
    Ok(CaseDocument {
        case,
        alerts,
        events,
    })
}

/// Reads one part of the document as a model record, refusing any field the record does not
/// have. `path` says where it is (`alerts[2]`).
fn part<T: Serialize + serde::de::DeserializeOwned>(value: &Value, path: &str) -> Result<T, Error> {
    let record: T = serde_json::from_value(value.clone())
        .map_err(|e| refused(format!("{path}: {e}; correct it and import again")))?;
    let mut unknown = Vec::new();
    unknown_fields(value, &to_json(&record), path, &mut unknown);
    match unknown.as_slice() {
        [] => Ok(record),
        [one] => Err(refused(format!(
            "\"{one}\" is not a field Habeas knows: correct its spelling or remove it \
             (habeas case export prints every field)"
        ))),
        [first, ..] => Err(refused(format!(
            "{} fields are not fields Habeas knows, the first is \"{first}\": correct their \
             spelling or remove them (habeas case export prints every field)",
            unknown.len()
        ))),
    }
}

/// The paths of the fields in `given` that reading it as a record dropped: every object key
/// of `given` that `known` (the record read, written back) lacks. A stored record's fields all
/// serialise, so whatever is missing from `known` was not read.
fn unknown_fields(given: &Value, known: &Value, path: &str, out: &mut Vec<String>) {
    match (given, known) {
        (Value::Object(g), Value::Object(k)) => {
            for (key, value) in g {
                let here = format!("{path}.{key}");
                match k.get(key) {
                    Some(kv) => unknown_fields(value, kv, &here, out),
                    None => out.push(here),
                }
            }
        }
        (Value::Array(g), Value::Array(k)) => {
            for (i, (gv, kv)) in g.iter().zip(k).enumerate() {
                unknown_fields(gv, kv, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Gives each record a new id; returns (id in the document, new id) for those that had one.
fn renumber<'a>(
    ids: impl Iterator<Item = &'a mut String>,
    entity: &'static str,
) -> Result<Vec<(String, String)>, Error> {
    let mut map: Vec<(String, String)> = Vec::new();
    for id in ids {
        let new = new_id(entity)?;
        let old = std::mem::replace(id, new.clone());
        if old.trim().is_empty() {
            continue;
        }
        if map.iter().any(|(o, _)| *o == old) {
            return Err(refused(format!(
                "two {entity}s have the id \"{old}\": give each its own id, or leave the ids out"
            )));
        }
        map.push((old, new));
    }
    Ok(map)
}

/// A record's own check, saying where in the document it failed.
fn validated(result: Result<(), Error>, path: &str) -> Result<(), Error> {
    result.map_err(|e| match e {
        Error::InvalidInput { field, reason } => Error::InvalidInput {
            field,
            reason: format!("{reason} (in {path} of the case file; nothing was imported)"),
        },
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_named_with_their_path() {
        let given = serde_json::json!({"a": 1, "b": {"c": 2, "d": 3}, "e": [{"f": 1}, {"g": 2}]});
        let known = serde_json::json!({"a": 1, "b": {"c": 2}, "e": [{"f": 1}, {}]});
        let mut out = Vec::new();
        unknown_fields(&given, &known, "case", &mut out);
        assert_eq!(out, ["case.b.d", "case.e[1].g"]);
    }

    #[test]
    fn override_keys_name_an_event_or_the_case() {
        assert_eq!(
            override_event("european_convention:event-1"),
            Some("event-1")
        );
        assert_eq!(override_event("access_reminder:case"), None);
        assert_eq!(override_event("no-colon"), None);
    }
}
