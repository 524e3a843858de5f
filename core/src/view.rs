//! The read model: what the screens and the CLI show of the vault, derived from the stored
//! records by the rules as of a given day. The case workspace ([`case`]), the case list
//! ([`summaries`]), the deadline list and calendar ([`deadlines_by_case`]) and labelled search
//! results ([`find`]), and a case's history in words ([`history`]).
//!
//! It sits above [`crate::store`] (which only keeps records) and [`crate::rules`] (which only
//! computes): neither knows it exists.

pub mod history;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::filing::FilingKind;
use crate::model::{country, situation, Alert, Case, Event, Situation, TravelLevel};
use crate::rules::deadlines::{self, Deadline};
use crate::rules::flags::{self, Flag};
use crate::rules::regime::window::DateNeeded;
use crate::rules::{ccf, checklist, travel};
use crate::settings;
use crate::store::cases::{self, alerts, events, get_case, list_cases};
use crate::store::search::{self, Hit, HitKind};
use crate::store::Store;
use crate::store::{evidence_items, filings, trips};
use crate::Error;

/// A case with everything derived from it: what the workspace shows.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
    /// What Habeas cannot date (a national custody limit, a treaty period it does not have):
    /// each waits for the user to enter the date.
    pub dates_needed: Vec<DateNeeded>,
    /// The checklist.
    pub checklist: Vec<checklist::Item>,
    /// The person's situation: custody and protection (issue 21.3).
    pub situation: Situation,
    /// The requests to the CCF as a chain: access, correction or deletion, revision.
    pub ccf: Vec<ccf::ChainStep>,
    /// Its trips, by departure, for the timeline (issue 18.5).
    pub trips: Vec<TimelineTrip>,
    /// Today, as the rules used it.
    pub today: NaiveDate,
}

/// A trip as the case's timeline shows it: its legs' days, and whether to check it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TimelineTrip {
    /// The trip's id.
    pub id: String,
    /// The name the user gave it.
    pub label: String,
    /// Its legs, in the order travelled.
    pub legs: Vec<TimelineLeg>,
    /// The last check's day and level, if it was checked.
    pub checked_on: Option<NaiveDate>,
    /// The last check's level of the trip.
    pub level: Option<TravelLevel>,
    /// Run the travel check again (`rules::travel::recheck`).
    pub check_again: bool,
    /// What changed since the last check, one sentence each.
    pub changed: Vec<String>,
}

/// One leg on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TimelineLeg {
    /// The day of travel.
    pub date: Option<NaiveDate>,
    /// Where from (ISO 3166-1 alpha-2).
    pub from: String,
    /// Where to.
    pub to: String,
}

/// The case's trips for its timeline.
fn timeline_trips(
    store: &Store,
    case: &Case,
    alerts: &[Alert],
    events: &[Event],
    today: NaiveDate,
) -> Result<Vec<TimelineTrip>, Error> {
    Ok(trips::list(store, &case.id)?
        .into_iter()
        .map(|trip| {
            let recheck = travel::recheck(case, alerts, events, &trip, today);
            TimelineTrip {
                legs: trip
                    .legs
                    .iter()
                    .map(|l| TimelineLeg {
                        date: l.date,
                        from: l.from.clone(),
                        to: l.to.clone(),
                    })
                    .collect(),
                checked_on: trip.last_check.as_ref().and_then(|c| c.checked_on),
                level: trip.last_check.as_ref().and_then(|c| c.level),
                check_again: recheck.check_again,
                changed: recheck.changed,
                id: trip.id,
                label: trip.label,
            }
        })
        .collect())
}

/// The language the view is put into words in: the vault's setting, English until one is chosen
/// (issue 17.6).
fn language(store: &Store) -> Result<crate::locale::Language, Error> {
    Ok(settings::language(store)?.unwrap_or_default())
}

/// The whole of one case, with its flags, deadlines and checklist as of `today`.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn case(store: &Store, id: &str, today: NaiveDate) -> Result<CaseView, Error> {
    case_in(store, id, today, language(store)?)
}

/// [`case`] put into words in `language` rather than the vault's (the CLI's `--lang`).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn case_in(
    store: &Store,
    id: &str,
    today: NaiveDate,
    language: crate::locale::Language,
) -> Result<CaseView, Error> {
    let case = get_case(store, id)?;
    let alerts = alerts(store, id)?;
    let events = events(store, id)?;
    let flags = flags::compute_in(&case, &alerts, language);
    let deadlines = deadlines::compute_in(&case, &alerts, &events, today, language);
    let dates_needed = deadlines::dates_needed(&case, &alerts, &events);
    let checklist = checklist::compute_in(&case, &events, &flags, language);
    let situation = situation(&case, &events, today);
    let drafted: Vec<FilingKind> = filings::list(store, id)?.iter().map(|f| f.kind).collect();
    let ccf = ccf::chain(&events, &drafted, &deadlines);
    let trips = timeline_trips(store, &case, &alerts, &events, today)?;
    Ok(CaseView {
        trips,
        situation,
        case,
        alerts,
        events,
        flags,
        deadlines,
        dates_needed,
        checklist,
        ccf,
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
    deadlines_by_case_in(store, case_id, today, language(store)?)
}

/// [`deadlines_by_case`] put into words in `language` rather than the vault's (the CLI's
/// `--lang`).
///
/// # Errors
/// [`Error::NotFound`] for an unknown id; I/O errors of the index.
pub fn deadlines_by_case_in(
    store: &Store,
    case_id: Option<&str>,
    today: NaiveDate,
    language: crate::locale::Language,
) -> Result<Vec<CaseDeadlines>, Error> {
    let list = match case_id {
        Some(id) => vec![get_case(store, id)?],
        None => list_cases(store)?,
    };
    list.into_iter()
        .map(|case| {
            let alerts = alerts(store, &case.id)?;
            let events = events(store, &case.id)?;
            Ok(CaseDeadlines {
                deadlines: deadlines::compute_in(&case, &alerts, &events, today, language),
                name: case.display_name().to_owned(),
                id: case.id,
            })
        })
        .collect()
}

/// One line of the case list.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CaseSummary {
    /// The case's id.
    pub id: String,
    /// The person's name (Latin, else original).
    pub name: String,
    /// The name in the original script, when it differs.
    pub name_original: String,
    /// Raised flags.
    pub flags: Vec<Flag>,
    /// The deadline that matters most: an alarm, else the soonest open legal deadline, else
    /// the soonest practice estimate ([`deadlines::next_open`]).
    pub next_deadline: Option<Deadline>,
    /// How many alerts.
    pub alert_count: usize,
    /// The person's situation: custody and protection (issue 21.3).
    pub situation: Situation,
    /// Last change.
    pub updated: String,
}

/// Every open case, soonest deadline first, then by name. A closed case whose custody limit has
/// passed with nobody released stays here too (marked closed): the alarm stays until the user
/// records what happened (issue 21.1), closing the case does not hide it.
///
/// # Errors
/// I/O errors of the index.
pub fn summaries(store: &Store, today: NaiveDate) -> Result<Vec<CaseSummary>, Error> {
    summaries_of(store, today, false)
}

/// Every closed case, in the order of [`summaries`].
///
/// # Errors
/// I/O errors of the index.
pub fn closed_summaries(store: &Store, today: NaiveDate) -> Result<Vec<CaseSummary>, Error> {
    summaries_of(store, today, true)
}

fn summaries_of(store: &Store, today: NaiveDate, closed: bool) -> Result<Vec<CaseSummary>, Error> {
    let cases = list_cases(store)?;
    let language = language(store)?;
    let mut all_alerts = cases::alerts_by_case(store)?;
    let mut all_events = cases::events_by_case(store)?;
    let mut out: Vec<CaseSummary> = cases
        .into_iter()
        .map(|case| {
            let alerts = all_alerts.remove(&case.id).unwrap_or_default();
            let events = all_events.remove(&case.id).unwrap_or_default();
            let deadlines = deadlines::compute_in(&case, &alerts, &events, today, language);
            let next_deadline = deadlines::next_open(&deadlines).cloned();
            CaseSummary {
                id: case.id.clone(),
                name: case.display_name().to_owned(),
                name_original: if case.person.name_original.trim() == case.display_name() {
                    String::new()
                } else {
                    case.person.name_original.trim().to_owned()
                },
                flags: flags::compute_in(&case, &alerts, language),
                situation: situation(&case, &events, today),
                next_deadline,
                alert_count: alerts.len(),
                updated: case.updated,
            }
        })
        .filter(|s: &CaseSummary| {
            let alarm = s.next_deadline.as_ref().is_some_and(|d| d.alarm.is_some());
            s.situation.closed == closed || (!closed && alarm)
        })
        .collect();
    // A case with an alarm (a passed custody limit, nobody released) leads the list, then the
    // soonest deadline (issue 21.1).
    out.sort_by(|a, b| {
        let key = |s: &CaseSummary| {
            s.next_deadline
                .as_ref()
                .map_or((true, NaiveDate::MAX), |d| (d.alarm.is_none(), d.next))
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(out)
}

/// A search result, with what to show for it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
                let a = cases::get_alert(store, &hit.id)?;
                let from = a
                    .issuing_country
                    .as_deref()
                    .map(|c| format!(", {}", country::name(c)))
                    .unwrap_or_default();
                format!("{}{from}", a.kind.label())
            }
            HitKind::Event => {
                let e = cases::get_event(store, &hit.id)?;
                let on = e.date.map(|d| format!(", {d}")).unwrap_or_default();
                format!("{}{on}", e.kind.label())
            }
            HitKind::Evidence => {
                let e = evidence_items::get(store, &hit.id)?;
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
