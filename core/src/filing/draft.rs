//! A new filing drafted from what the vault already records (issue 21.8), so that nothing the
//! case knows is typed twice: the alerts the request concerns, how the applicant learned of
//! them, a summary of the recorded facts, and the representative of the latest filing.
//!
//! Every sentence of the summary states a recorded fact and nothing more (the non-negotiable
//! "never a false statement"): an event is given with its date, its kind and its place, never a
//! characterisation; the user reads and rewrites it before filing. The summary is English, as
//! the argument library is: a filing in another language starts with it empty.

use super::{Filing, FilingKind, Language, Submitter};
use crate::clock::written;
use crate::model::{country, Alert, AlertKind, AlertStatus, Case, Event, EventKind};
use crate::rules::arguments::approx_written_in;
use crate::store::{cases, filings, Store};
use crate::Error;

/// Whether an alert is still a concern: not recorded as deleted or refused.
fn live(a: &Alert) -> bool {
    !matches!(
        a.current_status(),
        AlertStatus::Deleted | AlertStatus::Refused
    )
}

/// The summary of facts, from the person, the alerts and the events as recorded.
#[must_use]
pub fn facts(case: &Case, alerts: &[&Alert], events: &[Event]) -> String {
    let p = &case.person;
    let name = case.display_name();
    let mut first = name.to_owned();
    if let Some(b) = p.birth_date {
        first.push_str(&format!(", born on {}", written(b)));
    }
    if !p.nationalities.is_empty() {
        let n: Vec<String> = p
            .nationalities
            .iter()
            .map(|c| country::in_text(c))
            .collect();
        first.push_str(&format!(", national of {}", n.join(" and ")));
    }
    let mut lines = vec![format!("{first}.")];
    for a in alerts {
        let what = match a.kind {
            AlertKind::NcbMessage => "A direct message between National Central Bureaus".to_owned(),
            kind => format!("A {}", kind.label()),
        };
        let mut s = what;
        if let Some(c) = &a.issuing_country {
            s.push_str(&format!(" from {}", country::in_text(c)));
        }
        if let Some(d) = &a.date {
            s.push_str(&format!(" ({})", approx_written_in(d, Language::En)));
        }
        s.push_str(&format!(" concerns {name}"));
        if !a.offence.trim().is_empty() {
            s.push_str(&format!(
                ", for the offence charged as “{}”",
                a.offence.trim()
            ));
        }
        lines.push(format!("{s}."));
    }
    let mut dated: Vec<&Event> = events
        .iter()
        .filter(|e| e.date.is_some() && !matches!(e.kind, EventKind::Other | EventKind::Advocacy))
        .collect();
    dated.sort_by_key(|e| (e.date, e.id.clone()));
    for e in dated {
        let Some(d) = e.date else { continue };
        let mut s = format!("On {}: {}", written(d), e.kind.label().to_lowercase());
        if let Some(c) = &e.country {
            s.push_str(&format!(" ({})", country::name(c)));
        }
        lines.push(format!("{s}."));
    }
    lines.join("\n")
}

/// A new filing of `kind` in `language` for case `case_id`, filled from what the vault records:
/// the case's alerts not deleted or refused, how the applicant learned of them, the summary of
/// facts (English filings), and the representative, signatory and paper of the latest filing
/// made in the vault (its power of attorney is not copied: it belongs to its own case).
///
/// # Errors
/// [`Error::NotFound`] (no such case); I/O errors of the index.
pub fn prefilled(
    store: &Store,
    case_id: &str,
    kind: FilingKind,
    language: Language,
) -> Result<Filing, Error> {
    let case = cases::get_case(store, case_id)?;
    let alerts = cases::alerts(store, case_id)?;
    let events = cases::events(store, case_id)?;
    let concerned: Vec<&Alert> = alerts.iter().filter(|a| live(a)).collect();
    let mut learned: Vec<&str> = Vec::new();
    for l in concerned.iter().map(|a| a.learned_how.trim()) {
        if !l.is_empty() && !learned.contains(&l) {
            learned.push(l);
        }
    }
    let mut filing = Filing {
        kind,
        language,
        alerts: concerned.iter().map(|a| a.id.clone()).collect(),
        learned_how: learned.join("\n"),
        facts: if language == Language::En {
            facts(&case, &concerned, &events)
        } else {
            String::new()
        },
        ..Filing::default()
    };
    if let Some(latest) = filings::latest(store)? {
        if latest.submitter.representative {
            filing.submitter = Submitter {
                power_of_attorney: None,
                power_of_attorney_signed: false,
                ..latest.submitter.clone()
            };
            filing.signature.by.clone_from(&latest.signature.by);
            filing.signature.place.clone_from(&latest.signature.place);
        }
        filing.paper = latest.paper;
    }
    Ok(filing)
}

/// Creates the filing [`prefilled`] drafts: the one use case behind "new filing" in the app and
/// `habeas filing new`.
///
/// # Errors
/// As [`prefilled`] and [`filings::create`].
pub fn create(
    store: &mut Store,
    case_id: &str,
    kind: FilingKind,
    language: Language,
) -> Result<Filing, Error> {
    let filing = prefilled(store, case_id, kind, language)?;
    filings::create(store, case_id, filing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ApproxDate, Person, Precision, StatusChange};
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn the_summary_states_what_is_recorded_and_nothing_more() {
        let case = Case {
            person: Person {
                name_latin: "Dara Example".into(),
                birth_date: Some(day("1985-02-01")),
                nationalities: vec!["TR".into()],
                ..Person::default()
            },
            ..Case::default()
        };
        let alert = Alert {
            kind: AlertKind::Diffusion,
            issuing_country: Some("TR".into()),
            date: Some(ApproxDate {
                date: day("2025-11-01"),
                precision: Precision::Month,
            }),
            offence: "Membership of an armed organisation".into(),
            ..Alert::default()
        };
        let events = vec![
            Event {
                id: "b".into(),
                kind: EventKind::ExtraditionRequestReceived,
                date: Some(day("2026-05-10")),
                ..Event::default()
            },
            Event {
                id: "a".into(),
                kind: EventKind::ProvisionalArrest,
                date: Some(day("2026-04-10")),
                country: Some("IT".into()),
                notes: "private note: not for the filing".into(),
                ..Event::default()
            },
            Event {
                id: "c".into(),
                kind: EventKind::Advocacy,
                date: Some(day("2026-04-11")),
                ..Event::default()
            },
        ];
        let text = facts(&case, &[&alert], &events);
        assert_eq!(
            text,
            "Dara Example, born on 1 February 1985, national of Türkiye.\n\
             A Diffusion from Türkiye (November 2025) concerns Dara Example, for the offence \
             charged as “Membership of an armed organisation”.\n\
             On 10 April 2026: provisional arrest (Italy).\n\
             On 10 May 2026: extradition request received."
        );
    }

    #[test]
    fn deleted_or_refused_alerts_are_not_concerned() {
        let mut a = Alert::default();
        assert!(live(&a));
        a.status.push(StatusChange::new(AlertStatus::Deleted, None));
        assert!(!live(&a));
    }
}
