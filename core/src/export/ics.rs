//! Deadlines as an iCalendar file (RFC 5545) that calendar apps import.
//!
//! Each deadline becomes an all-day event on its due date (and one on its soft date, when it has
//! one), with the legal basis and the counting rule in the description and a reminder three days
//! before. Calendar apps often sync to a cloud: names can be left out.

use chrono::{Days, NaiveDate};

use crate::locale::{self, Language};
use crate::rules::deadlines::{Deadline, DeadlineState};

/// What to put in the calendar.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Put the person's name in each event's title.
    pub names: bool,
    /// Include deadlines already met or passed.
    pub closed: bool,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1).
fn fold_line(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The calendar's product identifier (RFC 5545 §3.7.3) and the right-hand side of each UID:
/// identifiers, not words.
const PRODUCT_ID: &str = "-//Habeas//Deadlines//EN";
const UID_DOMAIN: &str = "habeas";

/// The end of each event's UID: the due date's event, and the first step's.
const DUE_PART: &str = "due";
const SOFT_PART: &str = "soft";

/// The calendar for `cases`: each a case's display name and its deadlines, its labels in English.
#[must_use]
pub fn calendar(cases: &[(String, Vec<Deadline>)], options: Options) -> String {
    calendar_in(cases, options, Language::En)
}

/// [`calendar`] with its own words in `language` (the deadlines come put into words already,
/// [`crate::rules::deadlines::compute_in`]).
#[must_use]
pub fn calendar_in(
    cases: &[(String, Vec<Deadline>)],
    options: Options,
    language: Language,
) -> String {
    let plain = |id: &str, args: &[(&str, locale::Arg<'_>)]| {
        // A calendar shows one direction per field and many apps print isolates as boxes.
        locale::catalogue::without_isolates(&locale::message(language, id, args))
    };
    let stamp = crate::clock::now().format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODUCT_ID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for (name, deadlines) in cases {
        for d in deadlines {
            if !options.closed && d.state != DeadlineState::Open {
                continue;
            }
            let mut days = vec![(DUE_PART, d.due, String::new())];
            if let Some(s) = d.soft {
                days.insert(0, (SOFT_PART, s, plain("ics-first-step", &[])));
            }
            for (part, day, suffix) in days {
                let who = if options.names {
                    format!("{name}: ")
                } else {
                    String::new()
                };
                let mut description = plain(
                    "ics-description",
                    &[
                        ("title", d.title.as_str().into()),
                        ("basis", d.basis.as_str().into()),
                        ("confidence", d.confidence.words(language).into()),
                        ("period", d.period.as_str().into()),
                        ("start", d.start.to_string().into()),
                        ("explanation", d.explanation.as_str().into()),
                        ("counting", d.counting.as_str().into()),
                        ("source", d.source.as_str().into()),
                    ],
                );
                if let Some(reason) = &d.override_reason {
                    description.push('\n');
                    description.push_str(&plain(
                        "ics-set-by-hand",
                        &[
                            ("computed", d.computed_due.to_string().into()),
                            ("reason", reason.as_str().into()),
                        ],
                    ));
                }
                lines.extend([
                    "BEGIN:VEVENT".into(),
                    format!("UID:{}-{part}@{UID_DOMAIN}", d.key.replace(':', "-")),
                    format!("DTSTAMP:{stamp}"),
                    format!("DTSTART;VALUE=DATE:{}", date(day)),
                    format!(
                        "DTEND;VALUE=DATE:{}",
                        date(day.checked_add_days(Days::new(1)).unwrap_or(day))
                    ),
                    format!(
                        "SUMMARY:{}",
                        escape(&if suffix.is_empty() {
                            format!("{who}{}", d.title)
                        } else {
                            format!("{who}{} {suffix}", d.title)
                        })
                    ),
                    format!("DESCRIPTION:{}", escape(&description)),
                    "TRANSP:TRANSPARENT".into(),
                    "BEGIN:VALARM".into(),
                    "ACTION:DISPLAY".into(),
                    format!("DESCRIPTION:{}", escape(&d.title)),
                    "TRIGGER:-P3D".into(),
                    "END:VALARM".into(),
                    "END:VEVENT".into(),
                ]);
            }
        }
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold_line(line, &mut out);
    }
    out
}
