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

use chrono::{DateTime, Datelike, Local, NaiveDate, Utc};

use crate::locale::{self, Language};

/// Today's date in the user's local time zone (the system's, or `TZ` where the system reads it).
#[must_use]
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A calendar date as English prose writes it, "3 May 2026": letters and filings use words, not
/// ISO dates, in their sentences (issue 21.6), so that no reader takes 03/05 for 5 March.
#[must_use]
pub fn written(d: NaiveDate) -> String {
    written_in(d, Language::En)
}

/// A calendar date as prose in `language` writes it: "3 mai 2026", "3 de mayo de 2026",
/// "3 мая 2026 г.", "3 مايو 2026". The month names and the order are the catalogue's
/// (`date-month-<n>`), so each language can inflect the month (Russian takes the genitive).
/// Digits stay Western Arabic in every language, as the dates the user typed are.
#[must_use]
pub fn written_in(d: NaiveDate, language: Language) -> String {
    let id = format!("date-month-{}", d.month());
    // The day and year are numbers, not text: no bidi isolates around them, and no grouping
    // ("2,026").
    let text = locale::message(
        language,
        &id,
        &[
            ("day", d.day().to_string().into()),
            ("year", d.year().to_string().into()),
        ],
    );
    locale::catalogue::without_isolates(&text)
}

/// The current instant.
#[must_use]
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 5, 3).unwrap_or_default();
        assert_eq!(written(d), "3 May 2026");
        assert_eq!(written_in(d, Language::Fr), "3 mai 2026");
        assert_eq!(written_in(d, Language::Es), "3 de mayo de 2026");
        assert_eq!(written_in(d, Language::Ru), "3 мая 2026 г.");
        assert_eq!(written_in(d, Language::Ar), "3 مايو 2026");
        let d = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap_or_default();
        assert_eq!(written(d), "25 December 2026");
        assert_eq!(written_in(d, Language::Fr), "25 décembre 2026");
    }
}
