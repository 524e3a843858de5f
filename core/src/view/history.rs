//! A case's history in words (issue 21.11): each audit entry as a sentence a lawyer reads at a
//! glance ("Evidence item ‘passport.pdf’ added", "Alert added: Red Notice from Türkiye"),
//! never a raw field path or a JSON value.
//!
//! The core owns what an entry means, as it owns the rule texts: the app, the CLI and any
//! export say the same thing. The sentences are English, like the other texts the core writes.
//! The audit log itself is unchanged (hash-chained, field by field); this is only how it reads.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use crate::clock::written;
use crate::model::evidence::Evidence;
use crate::model::filing::Filing;
use crate::model::{country, Alert, Event};
use crate::store::audit::{self, Entry};
use crate::store::{cases, evidence_items, filings, Store};
use crate::Error;

/// One entry of a case's history, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HistoryLine {
    /// The entry's position in the audit log.
    pub seq: i64,
    /// When (UTC, RFC 3339).
    pub at: String,
    /// What happened, as a sentence.
    pub sentence: String,
    /// A fact to show apart, in a fixed-width font (an imported file's SHA-256), if any.
    pub detail: Option<String>,
}

/// The history of case `case_id`, oldest first, each entry in words.
///
/// # Errors
/// I/O errors of the index.
pub fn history(store: &Store, case_id: &str) -> Result<Vec<HistoryLine>, Error> {
    let entries = audit::for_case(store, case_id)?;
    let mut names = Names::from_entries(&entries);
    // The records as they are now name what they are now (a corrected alert kind); the entries'
    // own copies name what is gone (a deleted event).
    for a in cases::alerts(store, case_id)? {
        names.0.insert(a.id.clone(), alert_name(&a));
    }
    for e in cases::events(store, case_id)? {
        names.0.insert(e.id.clone(), event_name(&e));
    }
    for e in evidence_items::list(store, case_id)? {
        names.0.insert(e.id.clone(), e.original_name.clone());
    }
    for f in filings::list(store, case_id)? {
        names.0.insert(f.id.clone(), f.kind.title().to_owned());
    }
    Ok(entries.iter().map(|e| line(e, &names)).collect())
}

/// What each record of a case is called in a sentence, by id.
#[derive(Debug, Default)]
struct Names(HashMap<String, String>);

impl Names {
    /// Names read from the records the entries hold (a creation's or a deletion's document, an
    /// import's file name).
    fn from_entries(entries: &[Entry]) -> Names {
        let mut names = Names::default();
        for e in entries {
            let doc = match e.action.as_str() {
                "create" | "import" => e.new.as_ref(),
                "delete" => e.old.as_ref(),
                _ => None,
            };
            let Some(doc) = doc else { continue };
            let name = match e.entity.as_str() {
                "alert" => serde_json::from_value::<Alert>(doc.clone())
                    .ok()
                    .map(|a| alert_name(&a)),
                "event" => serde_json::from_value::<Event>(doc.clone())
                    .ok()
                    .map(|ev| event_name(&ev)),
                "evidence" => doc
                    .get("original_name")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .or_else(|| {
                        serde_json::from_value::<Evidence>(doc.clone())
                            .ok()
                            .map(|i| i.original_name)
                    }),
                "filing" => serde_json::from_value::<Filing>(doc.clone())
                    .ok()
                    .map(|f| f.kind.title().to_owned()),
                _ => None,
            };
            if let Some(name) = name {
                names.0.insert(e.entity_id.clone(), name);
            }
        }
        names
    }

    fn of(&self, id: &str, unknown: &str) -> String {
        self.0
            .get(id)
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| unknown.to_owned())
    }
}

fn alert_name(a: &Alert) -> String {
    match a.issuing_country.as_deref() {
        Some(c) => format!("{} from {}", a.kind.label(), country::in_text(c)),
        None => a.kind.label().to_owned(),
    }
}

fn event_name(e: &Event) -> String {
    match e.date {
        Some(d) => format!("{} on {}", e.kind.label(), written(d)),
        None => e.kind.label().to_owned(),
    }
}

/// One entry as a sentence.
fn line(e: &Entry, names: &Names) -> HistoryLine {
    let mut detail = None;
    let sentence = match e.entity.as_str() {
        "case" => match e.action.as_str() {
            "create" => {
                let name = e
                    .new
                    .as_ref()
                    .and_then(|d| {
                        d.pointer("/person/name_latin")
                            .or(d.pointer("/person/name_original"))
                    })
                    .and_then(Value::as_str)
                    .filter(|n| !n.trim().is_empty());
                match name {
                    Some(n) => format!("Case opened for {n}."),
                    None => "Case opened.".to_owned(),
                }
            }
            "close" => "Case closed.".to_owned(),
            "reopen" => "Case reopened.".to_owned(),
            "delete" => "Case deleted.".to_owned(),
            _ => change("", e),
        },
        "alert" => {
            let name = names.of(&e.entity_id, "an alert");
            match e.action.as_str() {
                "create" => format!("Alert added: {name}."),
                "delete" => format!("Alert removed: {name}."),
                _ => change(&format!("Alert ({name}): "), e),
            }
        }
        "event" => {
            let name = names.of(&e.entity_id, "an event");
            match e.action.as_str() {
                "create" => format!("Event added: {name}."),
                "delete" => format!("Event removed: {name}."),
                _ => change(&format!("Event ({name}): "), e),
            }
        }
        "evidence" => {
            let name = names.of(&e.entity_id, "[name unknown]");
            let fact = |key: &str| {
                e.new
                    .as_ref()
                    .and_then(|n| n.get(key))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            match e.action.as_str() {
                "import" => {
                    detail = fact("sha256").map(|h| format!("SHA-256 {h}"));
                    format!("Evidence item ‘{name}’ added.")
                }
                "view" => format!("Evidence item ‘{name}’ viewed."),
                "export" => match fact("to") {
                    Some(to) => format!("Evidence item ‘{name}’ exported to {to}."),
                    None => format!("Evidence item ‘{name}’ exported."),
                },
                "certificate" => format!("Custody certificate made for ‘{name}’."),
                "derive" => {
                    detail = fact("sha256").map(|h| format!("SHA-256 {h}"));
                    format!("A copy of ‘{name}’ without its hidden metadata was made.")
                }
                "derived" => {
                    detail = fact("sha256").map(|h| format!("SHA-256 {h}"));
                    format!("‘{name}’ was made from another item, without its hidden metadata.")
                }
                "annex" => format!("Evidence item ‘{name}’ annexed to a filing."),
                "unannex" => format!("Evidence item ‘{name}’ removed from a filing’s annexes."),
                "filed" => format!("Evidence item ‘{name}’ exported as an annex of a filing."),
                "delete" => format!("Evidence item ‘{name}’ deleted."),
                _ => change(&format!("Evidence item ‘{name}’: "), e),
            }
        }
        "filing" => {
            let name = names.of(&e.entity_id, "a filing");
            match e.action.as_str() {
                "create" => format!("Filing drafted: {name}."),
                "delete" => format!("Filing deleted: {name}."),
                _ => change(&format!("Filing ({name}): "), e),
            }
        }
        _ => "A change was recorded.".to_owned(),
    };
    HistoryLine {
        seq: e.seq,
        at: e.at.clone(),
        sentence,
        detail,
    }
}

/// A field's change: "Place of birth set to ‘Izmir’.", "Notes changed.", "Date of birth
/// cleared.", after `subject` ("Alert (Red Notice from Türkiye): ").
fn change(subject: &str, e: &Entry) -> String {
    let field = field_words(&e.field);
    let what = if subject.is_empty() {
        field
    } else {
        lower_first(&field)
    };
    let old = e.old.as_ref().and_then(|v| value_words(&e.field, v));
    let new = e.new.as_ref().and_then(|v| value_words(&e.field, v));
    let present = |v: &Option<Value>| v.as_ref().is_some_and(|v| !is_empty(v));
    let verb = match (present(&e.old), present(&e.new), old, new) {
        (false, false, _, _) => "changed".to_owned(),
        (true, false, _, _) => "cleared".to_owned(),
        (false, true, _, Some(n)) => format!("set to {n}"),
        (true, true, Some(o), Some(n)) => format!("changed from {o} to {n}"),
        (_, true, _, _) => "changed".to_owned(),
    };
    format!("{subject}{what} {verb}.")
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The words for a field path: the known fields by name, any other by its last parts with
/// spaces ("person.protection.feared_state" → "Protection: feared state").
fn field_words(path: &str) -> String {
    let parts: Vec<&str> = path
        .split('.')
        .filter(|p| !p.is_empty() && *p != "person" && !p.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let known = |p: &str| -> Option<&'static str> {
        Some(match p {
            "name_latin" => "Name (Latin script)",
            "name_original" => "Name (original script)",
            "other_names" => "Other names",
            "birth_date" => "Date of birth",
            "birth_place" => "Place of birth",
            "nationalities" => "Nationalities",
            "residence_country" => "Country of residence",
            "residence_address" => "Address",
            "feared_state" => "State feared",
            "issuing_country" => "Issuing country",
            "overrides" => "Deadline dates set by hand",
            "checklist" => "Checklist",
            "flag_settings" => "Risk flags set by hand",
            "notes" => "Notes",
            "closed" => "Closed",
            _ => return None,
        })
    };
    let words: Vec<String> = parts
        .iter()
        .map(|p| known(p).map_or_else(|| p.replace('_', " "), str::to_owned))
        .collect();
    let text = match words.as_slice() {
        [] => "The record".to_owned(),
        [one] => one.clone(),
        [.., parent, last] => format!("{}: {}", parent, lower_first(last)),
    };
    upper_first(&text)
}

/// A value in words, when it reads as a short value: text (quoted), a date (written), a
/// country (named), a yes/no, a number, a list of short texts. Longer text and structured
/// values are not shown: the sentence says only that they changed.
fn value_words(field: &str, v: &Value) -> Option<String> {
    let countryish = ["country", "nationalit", "feared_state", "issuer", "state"]
        .iter()
        .any(|k| field.contains(k));
    let text = |s: &str| -> Option<String> {
        let s = s.trim();
        if s.is_empty() || s.chars().count() > 60 || s.contains('\n') {
            return None;
        }
        if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Some(written(d));
        }
        if countryish && s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
            return Some(country::in_text(s));
        }
        if s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            // An enumerated value ("provisional_arrest"): its words.
            return Some(s.replace('_', " "));
        }
        Some(format!("‘{s}’"))
    };
    match v {
        Value::String(s) => text(s),
        Value::Bool(b) => Some(if *b { "yes" } else { "no" }.to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) if !items.is_empty() && items.len() <= 5 => {
            let words: Option<Vec<String>> =
                items.iter().map(|i| i.as_str().and_then(text)).collect();
            words.map(|w| w.join(", "))
        }
        _ => None,
    }
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn lower_first(s: &str) -> String {
    // Keep a proper noun or an acronym ("SHA-256", "Name (Latin script)" stays readable).
    let mut c = s.chars();
    match (c.next(), c.next()) {
        (Some(f), Some(second)) if second.is_lowercase() || second == ' ' => {
            f.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry(
        entity: &str,
        action: &str,
        field: &str,
        old: Option<Value>,
        new: Option<Value>,
    ) -> Entry {
        Entry {
            seq: 1,
            at: "2026-03-01T10:00:00Z".into(),
            case_id: "c".into(),
            entity: entity.into(),
            entity_id: "x".into(),
            action: action.into(),
            field: field.into(),
            old,
            new,
            prev: String::new(),
            hash: String::new(),
        }
    }

    fn said(e: &Entry) -> String {
        line(e, &Names::from_entries(std::slice::from_ref(e))).sentence
    }

    #[test]
    fn records_are_named_in_their_sentences() {
        let import = entry(
            "evidence",
            "import",
            "",
            None,
            Some(json!({"original_name": "passport.pdf", "size": 12, "sha256": "ab12"})),
        );
        let names = Names::from_entries(std::slice::from_ref(&import));
        let l = line(&import, &names);
        assert_eq!(l.sentence, "Evidence item ‘passport.pdf’ added.");
        assert_eq!(l.detail.as_deref(), Some("SHA-256 ab12"));
        let view = entry("evidence", "view", "", None, Some(json!({})));
        assert_eq!(
            line(&view, &names).sentence,
            "Evidence item ‘passport.pdf’ viewed."
        );

        let alert = entry(
            "alert",
            "create",
            "",
            None,
            Some(json!({"id": "x", "case_id": "c", "kind": "red_notice", "issuing_country": "TR"})),
        );
        assert_eq!(said(&alert), "Alert added: Red Notice from Türkiye.");
        let event = entry(
            "event",
            "create",
            "",
            None,
            Some(
                json!({"id": "x", "case_id": "c", "kind": "provisional_arrest", "date": "2026-03-02"}),
            ),
        );
        assert_eq!(
            said(&event),
            "Event added: Provisional arrest on 2 March 2026."
        );
    }

    #[test]
    fn a_changed_field_reads_as_words_never_as_a_path_or_json() {
        let place = entry(
            "case",
            "update",
            "person.birth_place",
            Some(json!("")),
            Some(json!("Izmir")),
        );
        assert_eq!(said(&place), "Place of birth set to ‘Izmir’.");
        let born = entry(
            "case",
            "update",
            "person.birth_date",
            Some(json!("1985-02-01")),
            Some(json!("1985-02-11")),
        );
        assert_eq!(
            said(&born),
            "Date of birth changed from 1 February 1985 to 11 February 1985."
        );
        let nat = entry(
            "case",
            "update",
            "person.nationalities",
            Some(json!([])),
            Some(json!(["TR", "DE"])),
        );
        assert_eq!(said(&nat), "Nationalities set to Türkiye, Germany.");
        let protection = entry(
            "case",
            "update",
            "person.protection",
            None,
            Some(json!({"status": "granted", "country": "DE"})),
        );
        assert_eq!(said(&protection), "Protection changed.");
        let notes = entry("case", "update", "notes", Some(json!("a")), Some(json!("")));
        assert_eq!(said(&notes), "Notes cleared.");
        for s in [
            said(&place),
            said(&born),
            said(&nat),
            said(&protection),
            said(&notes),
        ] {
            assert!(
                !s.contains('{') && !s.contains("person.") && !s.contains('_'),
                "{s}"
            );
        }
    }
}
