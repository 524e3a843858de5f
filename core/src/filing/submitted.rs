//! Recording that a filing was submitted through the CCF's portal: the "CCF request filed" (or
//! "revision filed") event that starts the CCF's clocks (issue 21.9). Exporting a filing does not
//! file it: the app offers this once the user says the request was submitted, on the date they
//! give (a draft is not a request, issue 15 §2.5).

use chrono::NaiveDate;

use crate::model::filing::FilingKind;
use crate::model::{CcfRequestKind, Event, EventKind};
use crate::store::{cases, filings, Store};
use crate::Error;

/// The event that records filing `kind` as submitted: one request type per portal submission,
/// correction and deletion being one purpose (see [`crate::rules::ccf`]).
#[must_use]
pub fn event_for(kind: FilingKind) -> (EventKind, Vec<CcfRequestKind>) {
    match kind {
        FilingKind::Access => (EventKind::CcfRequestFiled, vec![CcfRequestKind::Access]),
        FilingKind::Correction => (EventKind::CcfRequestFiled, vec![CcfRequestKind::Correction]),
        FilingKind::Deletion => (EventKind::CcfRequestFiled, vec![CcfRequestKind::Deletion]),
        FilingKind::CorrectionAndDeletion => (
            EventKind::CcfRequestFiled,
            vec![CcfRequestKind::Correction, CcfRequestKind::Deletion],
        ),
        FilingKind::Revision => (EventKind::RevisionFiled, Vec::new()),
    }
}

/// Records filing `filing_id` as submitted on `date` (not after `today`): adds the event to its
/// case, concerning the filing's alerts. Returns the event.
///
/// # Errors
/// [`Error::InvalidInput`] for a date after today, or when the same submission is already
/// recorded (same kind, date and request types); [`Error::NotFound`];
/// I/O errors of saving.
pub fn record(
    store: &mut Store,
    filing_id: &str,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Event, Error> {
    if date > today {
        return Err(Error::InvalidInput {
            field: "Date submitted",
            reason: "it cannot be after today: record the submission once it is made".into(),
        });
    }
    let filing = filings::get(store, filing_id)?;
    let (kind, ccf_request) = event_for(filing.kind);
    let recorded = cases::events(store, &filing.case_id)?;
    if recorded
        .iter()
        .any(|e| e.kind == kind && e.date == Some(date) && e.ccf_request == ccf_request)
    {
        return Err(Error::InvalidInput {
            field: "Date submitted",
            reason: "this submission is already recorded on the timeline with that date".into(),
        });
    }
    cases::add_event(
        store,
        &filing.case_id,
        Event {
            kind,
            date: Some(date),
            alert_ids: filing.alerts.clone(),
            ccf_request,
            ..Event::default()
        },
    )
}
