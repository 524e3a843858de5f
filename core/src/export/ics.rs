//! Deadlines as an iCalendar file (RFC 5545) that calendar apps import.
//!
//! Each deadline becomes an all-day event on its due date (and one on its soft date, when it has
//! one), with the legal basis and the counting rule in the description and a reminder three days
//! before. Calendar apps often sync to a cloud: names can be left out.

use chrono::{Days, NaiveDate};

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

/// The calendar for `cases`: each a case's display name and its deadlines.
#[must_use]
pub fn calendar(cases: &[(String, Vec<Deadline>)], options: Options) -> String {
    let stamp = crate::clock::now().format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Habeas//Deadlines//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for (name, deadlines) in cases {
        for d in deadlines {
            if !options.closed && d.state != DeadlineState::Open {
                continue;
            }
            let mut days = vec![("due", d.due, "")];
            if let Some(s) = d.soft {
                days.insert(0, ("soft", s, " (first step)"));
            }
            for (part, day, suffix) in days {
                let who = if options.names {
                    format!("{name}: ")
                } else {
                    String::new()
                };
                let mut description = format!(
                    "{}\nBasis: {} ({:?}).\nPeriod: {} from {} ({}).\nCounting: {}\n{}",
                    d.title,
                    d.basis,
                    d.confidence,
                    d.period,
                    d.start,
                    d.explanation,
                    d.counting,
                    d.source
                );
                if let Some(reason) = &d.override_reason {
                    description.push_str(&format!(
                        "\nDate set by hand (computed: {}): {reason}",
                        d.computed_due
                    ));
                }
                lines.extend([
                    "BEGIN:VEVENT".into(),
                    format!("UID:{}-{part}@habeas", d.key.replace(':', "-")),
                    format!("DTSTAMP:{stamp}"),
                    format!("DTSTART;VALUE=DATE:{}", date(day)),
                    format!(
                        "DTEND;VALUE=DATE:{}",
                        date(day.checked_add_days(Days::new(1)).unwrap_or(day))
                    ),
                    format!("SUMMARY:{}", escape(&format!("{who}{}{suffix}", d.title))),
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
