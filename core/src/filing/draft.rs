//! A new filing drafted from what the vault already records (issue 21.8), so that nothing the
//! case knows is typed twice: the alerts the request concerns, how the applicant learned of
//! them, a summary of the recorded facts, and the representative of the latest filing.
//!
//! Every sentence of the summary states a recorded fact and nothing more (the non-negotiable
//! "never a false statement"): an event is given with its date, its kind and its place, never a
//! characterisation; the user reads and rewrites it before filing. The summary is written in the
//! filing's language (`legal-facts-*` in `legal.ftl`, issue 17.2).

use super::{Filing, FilingKind, Language, Submitter};
use crate::clock;
use crate::model::{country, Alert, AlertStatus, Case, Event, EventKind};
use crate::rules::arguments::{approx_written_in, catalogue_language, say, state_in, states_in};
use crate::store::{cases, filings, Store};
use crate::Error;

/// Whether an alert is still a concern: not recorded as deleted or refused.
fn live(a: &Alert) -> bool {
    !matches!(
        a.current_status(),
        AlertStatus::Deleted | AlertStatus::Refused
    )
}

/// The summary of facts in English, from the person, the alerts and the events as recorded.
#[must_use]
pub fn facts(case: &Case, alerts: &[&Alert], events: &[Event]) -> String {
    facts_in(Language::En, case, alerts, events)
}

/// `yes` or `no`, for a sentence's optional part (`legal-facts-*`).
const fn yes(present: bool) -> &'static str {
    if present {
        "yes"
    } else {
        "no"
    }
}

/// The name of an enum variant as stored ("red_notice"), which selects its words in
/// `legal-facts-alert-kind` and `legal-facts-event-kind`.
fn stored_name(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The summary of facts in `language` (`legal-facts-*` in `legal.ftl`): the same recorded facts
/// in every language, the typed ones (name, offence) as typed.
#[must_use]
pub fn facts_in(language: Language, case: &Case, alerts: &[&Alert], events: &[Event]) -> String {
    let p = &case.person;
    let name = case.display_name();
    let written = |d| clock::written_in(d, catalogue_language(language));
    let codes: Vec<&str> = p.nationalities.iter().map(String::as_str).collect();
    let nationalities = states_in(language, &codes).unwrap_or_default();
    let mut lines = vec![say(
        language,
        "legal-facts-person",
        &[
            ("name", name.into()),
            ("has_birth", yes(p.birth_date.is_some()).into()),
            (
                "birth",
                p.birth_date.map(written).unwrap_or_default().into(),
            ),
            ("has_nationality", yes(!codes.is_empty()).into()),
            ("nationalities", nationalities.into()),
        ],
    )];
    for a in alerts {
        let what = say(
            language,
            "legal-facts-alert-kind",
            &[("kind", stored_name(&a.kind).into())],
        );
        let from = a.issuing_country.as_deref().map(|c| state_in(language, c));
        let date = a.date.as_ref().map(|d| approx_written_in(d, language));
        let offence = a.offence.trim();
        lines.push(say(
            language,
            "legal-facts-alert",
            &[
                ("what", what.into()),
                ("has_from", yes(from.is_some()).into()),
                ("from", from.unwrap_or_default().into()),
                ("has_date", yes(date.is_some()).into()),
                ("date", date.unwrap_or_default().into()),
                ("name", name.into()),
                ("has_offence", yes(!offence.is_empty()).into()),
                ("offence", offence.into()),
            ],
        ));
    }
    let mut dated: Vec<&Event> = events
        .iter()
        .filter(|e| e.date.is_some() && !matches!(e.kind, EventKind::Other | EventKind::Advocacy))
        .collect();
    dated.sort_by_key(|e| (e.date, e.id.clone()));
    for e in dated {
        let Some(d) = e.date else { continue };
        let what = say(
            language,
            "legal-facts-event-kind",
            &[("kind", stored_name(&e.kind).into())],
        );
        lines.push(say(
            language,
            "legal-facts-event",
            &[
                ("date", written(d).into()),
                ("what", what.into()),
                ("has_country", yes(e.country.is_some()).into()),
                (
                    "country",
                    e.country
                        .as_deref()
                        .map(|c| country::name(c).to_owned())
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ));
    }
    lines.join("\n")
}

/// A new filing of `kind` in `language` for case `case_id`, filled from what the vault records:
/// the case's alerts not deleted or refused, how the applicant learned of them, the summary of
/// facts (in the filing's language), and the representative, signatory and paper of the latest filing
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
        facts: facts_in(language, &case, &concerned, &events),
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
    use crate::model::{AlertKind, ApproxDate, Person, Precision, StatusChange};
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
