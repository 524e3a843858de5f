//! The one clock: every "today" and every "now" in Habeas, for the app, the CLI and the core
//! alike, comes from here. Two clocks disagree near midnight (the app once counted deadlines in
//! local dates and admissibility in UTC dates, so for a few hours a day it had two todays).
//!
//! - [`today`] is the **local** calendar date. The dates Habeas compares it with are calendar
//!   dates as the user typed them (a signature dated the day it is signed, a document's expiry,
//!   an event's day) and the deadlines computed from them (`rules::deadlines`: "dates are local
//!   calendar dates"). Someone in Lyon who signs at 00:30 writes that day's date; counting in
//!   UTC would call it a date in the future. Which time zone closes a CCF time limit is not
//!   stated in the sources we hold (domain.md): unknown, so Habeas counts the day where the user
//!   is, as the user reads the dates they typed.
//! - [`now`] is an instant (UTC), for timestamps: audit entries, record times, "generated" on a
//!   PDF, a calendar file's stamp. An instant has no time zone to get wrong.

use chrono::{DateTime, Local, NaiveDate, Utc};

/// Today's date in the user's local time zone (the system's, or `TZ` where the system reads it).
#[must_use]
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A calendar date as English prose writes it, "3 May 2026": letters and filings use words, not
/// ISO dates, in their sentences (issue 21.6), so that no reader takes 03/05 for 5 March.
#[must_use]
pub fn written(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// The current instant.
#[must_use]
pub fn now() -> DateTime<Utc> {
    Utc::now()
}
