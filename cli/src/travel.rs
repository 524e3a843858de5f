//! `habeas travel`: trips of a case and the travel check (issue 18). Each command parses, calls
//! one `habeas_core::travel` function, and prints.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Subcommand;
use habeas_core::locale::{Arg, Language};
use habeas_core::model::{CountryNote, Leg, Trip};
use habeas_core::rules::travel::{level_label, Effect};
use habeas_core::store::Store;
use habeas_core::travel::{self, CheckOutcome};
use habeas_core::{clock, Error};
use serde_json::json;

use crate::Report;

#[derive(Debug, Subcommand)]
pub(crate) enum TravelCommand {
    /// Save a trip in a case.
    Add {
        /// The case's id.
        #[arg(long = "case")]
        case_id: String,
        /// A name for the trip.
        #[arg(long, default_value = "")]
        label: String,
        /// A leg: DATE:FROM:TO or DATE:FROM:TO:TRANSIT,TRANSIT (two-letter country codes),
        /// e.g. 2026-06-01:DE:PT:FR. Repeat for each leg, in order.
        #[arg(long = "leg", required = true, value_parser = parse_leg)]
        legs: Vec<Leg>,
        /// Your note on a country's practice: CC:text. Repeat as needed.
        #[arg(long = "note", value_parser = parse_note)]
        notes: Vec<CountryNote>,
    },
    /// List a case's trips (and which to check again before departure).
    List {
        /// The case's id.
        #[arg(long = "case")]
        case_id: String,
    },
    /// Write, replace or remove your note on a country's practice in a saved trip (the check
    /// shows it as your own note, not as a source).
    Note {
        /// The trip's id.
        #[arg(long = "trip")]
        trip_id: String,
        /// The country, two letters.
        #[arg(long)]
        country: String,
        /// What you know, and from where; leave out (or empty) to remove the note.
        #[arg(long, default_value = "")]
        text: String,
    },
    /// Delete a trip.
    Delete {
        /// The trip's id.
        #[arg(long = "trip")]
        trip_id: String,
    },
    /// Check a saved trip (its result is kept, and what changed since the last check is
    /// shown), or legs given here (nothing is saved).
    Check {
        /// The case's id (for legs given here).
        #[arg(long = "case")]
        case_id: Option<String>,
        /// The saved trip to check.
        #[arg(long = "trip")]
        trip_id: Option<String>,
        /// Legs to check without saving, as for `travel add`.
        #[arg(long = "leg", value_parser = parse_leg)]
        legs: Vec<Leg>,
        /// Also write the map as SVG to this file (not encrypted).
        #[arg(long, value_name = "FILE")]
        map: Option<PathBuf>,
        /// Also write the printable travel brief (PDF, not encrypted) of the saved trip.
        #[arg(long, value_name = "FILE")]
        brief: Option<PathBuf>,
        /// Replace existing files.
        #[arg(long)]
        force: bool,
    },
}

fn parse_leg(text: &str) -> Result<Leg, String> {
    let mut parts = text.splitn(4, ':');
    let date = parts
        .next()
        .and_then(|d| d.parse().ok())
        .ok_or("a leg starts with its date, YYYY-MM-DD")?;
    let from = parts.next().ok_or("a leg needs FROM and TO")?;
    let to = parts.next().ok_or("a leg needs FROM and TO")?;
    let transits = parts
        .next()
        .map(|t| {
            t.split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_uppercase)
                .collect()
        })
        .unwrap_or_default();
    Ok(Leg {
        date: Some(date),
        from: from.to_uppercase(),
        to: to.to_uppercase(),
        transits,
    })
}

fn parse_note(text: &str) -> Result<CountryNote, String> {
    let (country, note) = text.split_once(':').ok_or("a note is CC:text")?;
    Ok(CountryNote {
        country: country.to_uppercase(),
        note: note.to_owned(),
    })
}

fn say(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    habeas_core::locale::catalogue::without_isolates(&habeas_core::locale::message(
        language, id, args,
    ))
}

fn outcome_text(o: &CheckOutcome, language: Language) -> String {
    let c = &o.check;
    let mut t = format!(
        "{}\n\n{} {}\n",
        c.caution,
        say(
            language,
            "travel-cli-trip",
            &[("level", level_label(c.level, language).into())]
        ),
        c.why
    );
    for cc in &c.countries {
        let _ = write!(
            t,
            "\n{} ({}){}: {}. {}\n",
            cc.name,
            cc.country,
            cc.date.map_or_else(String::new, |d| format!(", {d}")),
            level_label(cc.level, language),
            cc.why
        );
        for r in &cc.reasons {
            let mark = match r.effect {
                Effect::Raises => "+",
                Effect::Protects => "-",
                Effect::Informs => "·",
                Effect::Unknown => "?",
            };
            let _ = writeln!(
                t,
                "  {mark} {} [{}; {}]",
                r.text,
                serde_json::to_value(r.confidence)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                r.source
            );
        }
    }
    if !c.carry.is_empty() {
        let _ = writeln!(t, "\n{}", say(language, "travel-cli-carry", &[]));
        for item in &c.carry {
            let _ = writeln!(t, "  - {}: {}", item.what, item.why);
        }
    }
    match (&o.previous, o.changes.is_empty()) {
        (Some(d), true) => {
            let date = clock::written_in(*d, language);
            let _ = write!(
                t,
                "\n{}",
                say(language, "travel-cli-unchanged", &[("date", date.into())])
            );
        }
        (Some(d), false) => {
            let date = clock::written_in(*d, language);
            let _ = write!(
                t,
                "\n{}\n  {}",
                say(language, "travel-cli-changed", &[("date", date.into())]),
                o.changes.join("\n  ")
            );
        }
        (None, _) => {}
    }
    t
}

pub(crate) fn run(
    store: &mut Store,
    cmd: &TravelCommand,
    language: Language,
) -> Result<Report, Error> {
    let today = clock::today();
    match cmd {
        TravelCommand::Add {
            case_id,
            label,
            legs,
            notes,
        } => {
            let trip = travel::add(
                store,
                case_id,
                Trip {
                    label: label.clone(),
                    legs: legs.clone(),
                    country_notes: notes.clone(),
                    ..Trip::default()
                },
            )?;
            Ok(Report {
                text: format!("Trip saved: {}", trip.id),
                json: json!({"id": trip.id, "trip": trip}),
            })
        }
        TravelCommand::List { case_id } => {
            let list = travel::list(store, case_id, today)?;
            let text = list
                .iter()
                .map(|e| {
                    format!(
                        "{}  {}  {}{}",
                        e.trip.id,
                        e.departure
                            .map_or_else(|| "undated".to_owned(), |d| d.to_string()),
                        e.trip.label,
                        if e.check_again { "  (check again)" } else { "" }
                    ) + &e
                        .changed
                        .iter()
                        .map(|c| format!("\n    changed since the last check: {c}"))
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n");
            Ok(Report {
                json: json!({"id": case_id, "trips": list}),
                text,
            })
        }
        TravelCommand::Note {
            trip_id,
            country,
            text,
        } => {
            let trip = travel::set_note(store, trip_id, country, text)?;
            Ok(Report {
                text: if text.trim().is_empty() {
                    format!("Note on {} removed.", country.to_uppercase())
                } else {
                    format!("Note on {} saved.", country.to_uppercase())
                },
                json: json!({"id": trip.id, "country_notes": trip.country_notes}),
            })
        }
        TravelCommand::Delete { trip_id } => {
            travel::delete(store, trip_id)?;
            Ok(Report {
                json: json!({"id": trip_id, "deleted": true}),
                text: format!("Trip {trip_id} deleted."),
            })
        }
        TravelCommand::Check {
            case_id,
            trip_id,
            legs,
            map,
            brief,
            force,
        } => {
            let outcome =
                match (trip_id, case_id) {
                    (Some(trip_id), _) => travel::check_in(store, trip_id, today, language)?,
                    (None, Some(case_id)) => travel::preview(
                        store,
                        case_id,
                        &Trip {
                            legs: legs.clone(),
                            ..Trip::default()
                        },
                        today,
                        language,
                    )?,
                    (None, None) => return Err(Error::InvalidInput {
                        field: "--trip",
                        reason:
                            "name a saved trip (--trip ID) or a case and legs (--case ID --leg …)"
                                .into(),
                    }),
                };
            if let Some(path) = map {
                habeas_core::export::write_file(path, outcome.map_svg.as_bytes(), *force)?;
            }
            if let Some(path) = brief {
                let Some(trip_id) = trip_id else {
                    return Err(Error::InvalidInput {
                        field: "--brief",
                        reason: "the brief is made for a saved trip: save it with travel add"
                            .into(),
                    });
                };
                travel::write_brief_in(store, trip_id, today, path, *force, language)?;
            }
            let mut json = serde_json::to_value(&outcome).unwrap_or_default();
            if let Some(o) = json.as_object_mut() {
                o.remove("map_svg");
                o.insert("id".into(), json!(outcome.check.trip_id));
            }
            Ok(Report {
                text: outcome_text(&outcome, language),
                json,
            })
        }
    }
}
