//! `habeas case | alert | event | deadlines | search`: the case workspace from a script.

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use habeas_core::case_deletion;
use habeas_core::clock::today;
use habeas_core::export::ics;
use habeas_core::locale::{self, Arg, Language};
use habeas_core::model::{
    country, Alert, AlertKind, Event, EventKind, ExtraditionProtection, Person,
};
use habeas_core::rules::deadlines::{Deadline, DeadlineState};
use habeas_core::store::cases;
use habeas_core::vault::Vault;
use habeas_core::Error;
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::case_edit::{
    self, AlertFields, AlertStatusArgs, CaseEditCommand, EditAlert, EditEvent, EventFields,
};
use crate::Report;
use habeas_core::view;

/// Parses a kebab-case or snake_case word into one of the core's enums (their serde names).
pub(crate) fn word<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.trim().replace('-', "_")))
        .map_err(|e| e.to_string().replace('_', "-"))
}

pub(crate) fn date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a date: write it as YYYY-MM-DD"))
}

pub(crate) fn country_code(text: &str) -> Result<String, String> {
    let code = text.trim().to_ascii_uppercase();
    country::by_code(&code)
        .map(|c| c.code.to_owned())
        .ok_or_else(|| format!("\"{text}\" is not a known ISO 3166 country code (e.g. FR, RU, TR)"))
}

#[derive(Debug, Subcommand)]
pub(crate) enum CaseCommand {
    /// Open a new case for a person.
    New(NewCase),
    /// List the open cases, soonest deadline first.
    List {
        /// List the closed cases instead.
        #[arg(long)]
        closed: bool,
    },
    /// Show one case: the person's situation, flags, alerts, events, deadlines and the checklist.
    Show {
        /// The case's id (from `case list`).
        id: String,
    },
    /// Record what no event shows of the person's situation: a surrender, a protection against
    /// extradition (custody itself comes from events: provisional-arrest, detention, release).
    Situation(SetSituation),
    /// Close a case: it leaves `case list` and keeps all its data (`case list --closed`).
    Close {
        /// The case's id.
        id: String,
    },
    /// Reopen a closed case.
    Reopen {
        /// The case's id.
        id: String,
    },
    /// Delete a case with its alerts, events, filings, evidence files and history of changes.
    /// Without --yes, says what would go and deletes nothing.
    Delete {
        /// The case's id.
        id: String,
        /// Delete without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Write the case, with the evidence and filings chosen, into one file only co-counsel's
    /// vault can open, signed by this vault (docs/sharing-format.md).
    Share(crate::sharing::ShareArgs),
    /// Check a shared case file, show who sent it, and add the case (or update it).
    Receive(crate::sharing::ReceiveArgs),
    #[command(flatten)]
    Change(CaseEditCommand),
}

#[derive(Debug, Args)]
pub(crate) struct SetSituation {
    /// The case's id.
    id: String,
    /// The day the person was surrendered to the requesting state, YYYY-MM-DD.
    #[arg(long, value_parser = date, conflicts_with = "not_extradited")]
    extradited_on: Option<NaiveDate>,
    /// Remove a recorded surrender.
    #[arg(long)]
    not_extradited: bool,
    /// What protects the person against extradition, in one line ("Court refused extradition").
    #[arg(long, conflicts_with = "not_protected")]
    protected: Option<String>,
    /// Since when that protection holds, YYYY-MM-DD (with --protected).
    #[arg(long, value_parser = date, requires = "protected")]
    protected_since: Option<NaiveDate>,
    /// Remove a recorded protection against extradition.
    #[arg(long)]
    not_protected: bool,
}

#[derive(Debug, Args)]
pub(crate) struct NewCase {
    /// The person's name in Latin letters.
    #[arg(long)]
    name: String,
    /// The name in the original script.
    #[arg(long)]
    original: Option<String>,
    /// A nationality (ISO 3166 code); repeat for several.
    #[arg(long = "nationality", value_parser = country_code)]
    nationalities: Vec<String>,
    /// Date of birth, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    born: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AlertCommand {
    /// Add an alert to a case.
    Add(AddAlert),
    /// Change an alert's fields (options not given stay as they are).
    Edit(EditAlert),
    /// Record a change of an alert's status (confirmed, deleted, reissued, …), or undo the last.
    Status(AlertStatusArgs),
    /// Delete an alert (the audit log keeps what it was).
    Delete {
        /// The alert's id.
        id: String,
    },
}

#[derive(Debug, Args)]
pub(crate) struct AddAlert {
    /// The case's id.
    case: String,
    /// diffusion, red-notice, blue-notice, yellow-notice, green-notice, black-notice,
    /// orange-notice, purple-notice, silver-notice, un-special-notice.
    #[arg(long, value_parser = word::<AlertKind>)]
    kind: AlertKind,
    #[command(flatten)]
    fields: AlertFields,
}

#[derive(Debug, Subcommand)]
pub(crate) enum EventCommand {
    /// Add an event to a case's timeline.
    Add(AddEvent),
    /// Change an event (options not given stay as they are).
    Edit(EditEvent),
    /// Delete an event (the audit log keeps what it was).
    Delete {
        /// The event's id.
        id: String,
    },
}

#[derive(Debug, Args)]
pub(crate) struct AddEvent {
    /// The case's id.
    case: String,
    /// What happened: provisional-arrest, detention, release, ccf-request-filed,
    /// admissibility-decision, ccf-decision, new-fact-discovered, … (see the user guide).
    #[arg(long, value_parser = word::<EventKind>)]
    kind: EventKind,
    /// When, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    date: NaiveDate,
    #[command(flatten)]
    fields: EventFields,
}

#[derive(Debug, Args)]
pub(crate) struct DeadlinesArgs {
    /// Only deadlines whose next date is within this many days (past ones included).
    #[arg(long, value_name = "DAYS")]
    within: Option<i64>,
    /// Only this case.
    #[arg(long = "case")]
    case: Option<String>,
    /// Also list deadlines already met or passed.
    #[arg(long)]
    all: bool,
    /// Print an iCalendar file (for calendar apps) instead of the table.
    #[arg(long)]
    ics: bool,
    /// With --ics: leave the person's name out of the events.
    #[arg(long)]
    hide_names: bool,
}

/// What deleting a case removes, in words ("2 evidence items (1.2 MB), 1 filing, …").
fn contents_text(c: &cases::CaseContents) -> String {
    let plural = |n: u64, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    format!(
        "{} ({} bytes), {}, {}, {}",
        plural(c.evidence_items, "evidence item"),
        c.evidence_bytes,
        plural(c.filings, "filing"),
        plural(c.alerts, "alert"),
        plural(c.events, "event"),
    )
}

/// `language` is the CLI's (`--lang`, else the system's): `case show` puts flags, deadlines
/// and dates needed into it.
pub(crate) fn case(
    vault: &mut Vault,
    cmd: &CaseCommand,
    language: Language,
) -> Result<Report, Error> {
    match cmd {
        CaseCommand::Delete { id, yes } => delete(vault, id, *yes),
        CaseCommand::Share(args) => crate::sharing::share(vault, args),
        CaseCommand::Receive(args) => crate::sharing::receive(vault, args),
        cmd => case_in_store(vault.store(), cmd, language),
    }
}

/// Deletes a case once the user said yes (`--yes`); else says what would go.
fn delete(vault: &mut Vault, id: &str, yes: bool) -> Result<Report, Error> {
    let plan = case_deletion::plan(vault, id)?;
    if !yes {
        // The id, not the name: an error message may be copied into a bug report.
        return Err(Error::InvalidInput {
            field: "--yes",
            reason: format!(
                "deleting {id} removes {} and the case's history of changes (its evidence's \
                 custody included) from this vault folder; the history keeps one entry saying \
                 that a case was deleted, with these counts only. Backups, synced copies and \
                 exported files are not touched. Nothing was deleted: add --yes to delete",
                contents_text(&plan)
            ),
        });
    }
    let done = case_deletion::delete(vault, id)?;
    let mut text = format!(
        "Deleted {}: {}, and its history of changes",
        done.removed.id,
        contents_text(&done.removed)
    );
    if !done.files_left.is_empty() {
        text.push_str(&format!(
            "\n{} evidence files could not be removed; `vault verify` lists them",
            done.files_left.len()
        ));
    }
    Ok(Report {
        json: json!({"id": done.removed.id, "deleted": done}),
        text,
    })
}

fn case_in_store(
    store: &mut habeas_core::store::Store,
    cmd: &CaseCommand,
    language: Language,
) -> Result<Report, Error> {
    match cmd {
        CaseCommand::Delete { id, .. } => Err(Error::InvalidInput {
            field: "case delete",
            reason: format!("{id}: deleting needs the whole vault, not only its index"),
        }),
        CaseCommand::Share(_) | CaseCommand::Receive(_) => Err(Error::InvalidInput {
            field: "case share",
            reason: "sharing needs the whole vault, not only its index".into(),
        }),
        CaseCommand::Situation(args) => {
            let mut c = cases::get_case(store, &args.id)?;
            if let Some(on) = args.extradited_on {
                c.situation.extradited_on = Some(on);
            }
            if args.not_extradited {
                c.situation.extradited_on = None;
            }
            if let Some(note) = &args.protected {
                c.situation.protected_from_extradition = Some(ExtraditionProtection {
                    since: args.protected_since,
                    note: note.clone(),
                });
            }
            if args.not_protected {
                c.situation.protected_from_extradition = None;
            }
            let saved = cases::update_case(store, c)?;
            let view = view::case(store, &saved.id, today())?;
            Ok(Report {
                text: format!("{}  {}", saved.id, view.situation.line()),
                json: json!({"id": saved.id, "situation": view.situation}),
            })
        }
        CaseCommand::Close { id } | CaseCommand::Reopen { id } => {
            let c = if matches!(cmd, CaseCommand::Close { .. }) {
                cases::close_case(store, id)?
            } else {
                cases::reopen_case(store, id)?
            };
            let state = if c.closed.is_some() { "closed" } else { "open" };
            Ok(Report {
                text: format!("{}  {}  {state}", c.id, c.display_name()),
                json: json!({"id": c.id, "closed": c.closed}),
            })
        }
        CaseCommand::New(args) => {
            let person = Person {
                name_latin: args.name.clone(),
                name_original: args.original.clone().unwrap_or_default(),
                nationalities: args.nationalities.clone(),
                birth_date: args.born,
                ..Person::default()
            };
            let c = cases::create_case(store, person)?;
            Ok(Report {
                text: format!("{}  {}", c.id, c.display_name()),
                json: json!({"id": c.id, "case": c}),
            })
        }
        CaseCommand::List { closed } => {
            let list = if *closed {
                view::closed_summaries(store, today())?
            } else {
                view::summaries(store, today())?
            };
            let mut text = String::new();
            for s in &list {
                let next = s.next_deadline.as_ref().map_or_else(
                    || "no open deadline".to_owned(),
                    |d| {
                        // A passed custody limit leads the line (issue 21.1).
                        let alarm = if d.alarm.is_some() {
                            "ALARM: custody limit passed; "
                        } else {
                            ""
                        };
                        format!(
                            "{alarm}{} {} ({})",
                            d.next,
                            days(d.days_left, Language::En),
                            d.title
                        )
                    },
                );
                let flags: Vec<&str> = s.flags.iter().map(|f| f.label).collect();
                text.push_str(&format!(
                    "{}  {}  — {}  — {next}",
                    s.id,
                    s.name,
                    s.situation.line()
                ));
                if !flags.is_empty() {
                    text.push_str(&format!("  [{}]", flags.join("; ")));
                }
                text.push('\n');
            }
            if list.is_empty() && *closed {
                text.push_str("No closed cases");
            } else if list.is_empty() {
                text.push_str("No open cases: habeas case new --name NAME");
            }
            Ok(Report {
                json: json!({"id": "cases", "cases": list}),
                text: text.trim_end().to_owned(),
            })
        }
        CaseCommand::Change(cmd) => case_edit::run(store, cmd),
        CaseCommand::Show { id } => {
            let view = view::case_in(store, id, today(), language)?;
            let mut t = format!("{}  {}\n", view.case.id, view.case.display_name());
            t.push_str(&format!("Situation: {}\n", view.situation.line()));
            let p = &view.case.person;
            if !p.name_original.is_empty() {
                t.push_str(&format!("Original script: {}\n", p.name_original));
            }
            if let Some(b) = p.birth_date {
                t.push_str(&format!("Born: {b}\n"));
            }
            if !p.nationalities.is_empty() {
                let names: Vec<&str> = p.nationalities.iter().map(|c| country::name(c)).collect();
                t.push_str(&format!("Nationality: {}\n", names.join(", ")));
            }
            t.push_str("\nRisk flags:\n");
            for f in &view.flags {
                t.push_str(&format!("  ! {}: {}\n", f.label, f.reason));
            }
            if view.flags.is_empty() {
                t.push_str("  (none)\n");
            }
            t.push_str("\nAlerts:\n");
            for a in &view.alerts {
                let from = a
                    .issuing_country
                    .as_deref()
                    .map_or("unknown country", country::name);
                t.push_str(&format!("  {}  {} from {from}\n", a.id, a.kind.label()));
            }
            if view.alerts.is_empty() {
                t.push_str("  (none)\n");
            }
            t.push_str("\nTimeline:\n");
            for e in &view.events {
                let on = e.date.map(|d| d.to_string()).unwrap_or_default();
                t.push_str(&format!("  {on}  {}  {}\n", e.kind.label(), e.notes));
            }
            if view.events.is_empty() {
                t.push_str("  (none)\n");
            }
            t.push_str("\nDeadlines:\n");
            for d in &view.deadlines {
                t.push_str(&deadline_line(d, language));
            }
            if view.deadlines.is_empty() && view.dates_needed.is_empty() {
                t.push_str(
                    "  (none: deadlines come from events such as an arrest or a CCF filing)\n",
                );
            }
            if !view.dates_needed.is_empty() {
                t.push_str("\nDates only you can enter:\n");
                for n in &view.dates_needed {
                    t.push_str(&format!(
                        "  {}  {} (from {})\n      {}\n      {}\n",
                        n.key, n.title, n.start, n.basis, n.explanation
                    ));
                }
            }
            t.push_str("\nChecklist:\n");
            for i in &view.checklist {
                t.push_str(&format!(
                    "  [{}] {}\n",
                    if i.done { "x" } else { " " },
                    i.title
                ));
            }
            Ok(Report {
                json: json!({"id": view.case.id.clone(), "view": view}),
                text: t.trim_end().to_owned(),
            })
        }
    }
}

/// Message `id` in `language`, for the terminal.
fn say(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    crate::for_terminal(&locale::message(language, id, args))
}

fn days(n: i64, language: Language) -> String {
    if n >= 0 {
        say(language, "cli-days-ahead", &[("count", n.into())])
    } else {
        say(language, "cli-days-ago", &[("count", (-n).into())])
    }
}

fn deadline_line(d: &Deadline, language: Language) -> String {
    let say = |id: &str, args: &[(&str, Arg<'_>)]| say(language, id, args);
    let state = match (&d.state, &d.closing) {
        (DeadlineState::Open, _) => String::new(),
        (DeadlineState::Met, _) => format!(" [{}]", say("cli-state-met", &[])),
        (DeadlineState::Late, Some(c)) => format!(
            " [{}]",
            say(
                "cli-state-late-recorded",
                &[
                    ("what", format!("{:?}", c.kind).into()),
                    ("date", c.date.to_string().into())
                ]
            )
        ),
        (DeadlineState::Late, None) => format!(" [{}]", say("cli-state-late", &[])),
        (DeadlineState::Passed, _) => format!(" [{}]", say("cli-state-passed", &[])),
    };
    let alarm = d
        .alarm
        .map(|a| {
            format!(
                "  {} — {}\n",
                say("cli-alarm", &[]),
                a.what_to_do_in(language)
            )
        })
        .unwrap_or_default();
    let future = d
        .closing
        .as_ref()
        .filter(|c| c.in_future)
        .map(|c| {
            let check = say(
                "cli-check-date",
                &[
                    ("what", format!("{:?}", c.kind).into()),
                    ("date", c.date.to_string().into()),
                ],
            );
            format!("\n      {check}")
        })
        .unwrap_or_default();
    let soft = d
        .soft
        .map(|s| {
            format!(
                "{} ",
                say("cli-first-step", &[("date", s.to_string().into())])
            )
        })
        .unwrap_or_default();
    let overridden = d
        .override_reason
        .as_ref()
        .map(|r| {
            let by_hand = say(
                "cli-set-by-hand",
                &[
                    ("computed", d.computed_due.to_string().into()),
                    ("reason", r.as_str().into()),
                ],
            );
            format!("\n      {by_hand}")
        })
        .unwrap_or_default();
    let why = d
        .reasoning
        .as_ref()
        .map(|r| {
            let applies = d
                .application
                .map(|c| {
                    let c = c.words(language);
                    format!(" [{}]", say("cli-applies", &[("confidence", c.into())]))
                })
                .unwrap_or_default();
            format!(
                "\n      {}{applies}",
                say("cli-why", &[("reasoning", r.as_str().into())])
            )
        })
        .unwrap_or_default();
    let due = say(
        "cli-due",
        &[
            ("date", d.due.to_string().into()),
            ("period", d.period.as_str().into()),
            ("start", d.start.to_string().into()),
        ],
    );
    format!(
        "{alarm}  {}  {}{state} — {}\n      {soft}{due} — {} [{}]{why}{future}{overridden}\n",
        d.next,
        d.title,
        days(d.days_left, language),
        d.basis,
        d.confidence.words(language)
    )
}

pub(crate) fn alert(
    store: &mut habeas_core::store::Store,
    cmd: &AlertCommand,
) -> Result<Report, Error> {
    let a = match cmd {
        AlertCommand::Add(a) => a,
        AlertCommand::Edit(a) => return case_edit::edit_alert(store, a),
        AlertCommand::Status(a) => return case_edit::alert_status(store, a),
        AlertCommand::Delete { id } => return case_edit::delete_alert(store, id),
    };
    let mut alert = Alert {
        kind: a.kind,
        ..Alert::default()
    };
    a.fields.apply(&mut alert);
    let saved = cases::add_alert(store, &a.case, alert)?;
    Ok(Report {
        text: format!("{}  {}", saved.id, saved.kind.label()),
        json: json!({"id": saved.id, "alert": saved}),
    })
}

pub(crate) fn event(
    store: &mut habeas_core::store::Store,
    cmd: &EventCommand,
) -> Result<Report, Error> {
    let a = match cmd {
        EventCommand::Add(a) => a,
        EventCommand::Edit(a) => return case_edit::edit_event(store, a),
        EventCommand::Delete { id } => return case_edit::delete_event(store, id),
    };
    let mut event = Event {
        kind: a.kind,
        date: Some(a.date),
        ..Event::default()
    };
    a.fields.apply(&mut event);
    let saved = cases::add_event(store, &a.case, event)?;
    let shown = view::case(store, &a.case, today())?;
    let deadlines = shown
        .deadlines
        .into_iter()
        .filter(|d| d.start_event.as_deref() == Some(saved.id.as_str()))
        .collect::<Vec<_>>();
    // What Habeas cannot date for this event (a custody limit, a treaty period it lacks).
    let dates_needed = shown
        .dates_needed
        .into_iter()
        .filter(|n| n.start_event == saved.id)
        .collect::<Vec<_>>();
    let mut text = format!("{}  {} {}", saved.id, saved.kind.label(), a.date);
    for d in &deadlines {
        text.push('\n');
        text.push_str(deadline_line(d, Language::En).trim_end());
    }
    for n in &dates_needed {
        text.push_str(&format!(
            "\n  {}: enter it (key {})\n      {}",
            n.title, n.key, n.basis
        ));
    }
    Ok(Report {
        text,
        json: json!({"id": saved.id, "event": saved, "deadlines": deadlines, "dates_needed": dates_needed}),
    })
}

pub(crate) fn deadlines(
    store: &mut habeas_core::store::Store,
    args: &DeadlinesArgs,
    language: Language,
) -> Result<Report, Error> {
    let today = today();
    let per_case: Vec<(String, String, Vec<Deadline>)> =
        view::deadlines_by_case_in(store, args.case.as_deref(), today, language)?
            .into_iter()
            .map(|c| {
                let list = c
                    .deadlines
                    .into_iter()
                    .filter(|d| args.all || d.state == DeadlineState::Open || d.alarm.is_some())
                    .filter(|d| args.within.is_none_or(|w| d.days_left <= w))
                    .collect();
                (c.id, c.name, list)
            })
            .collect();
    if args.ics {
        let cal: Vec<(String, Vec<Deadline>)> = per_case
            .iter()
            .map(|(_, n, l)| (n.clone(), l.clone()))
            .collect();
        let text = ics::calendar_in(
            &cal,
            ics::Options {
                names: !args.hide_names,
                closed: args.all,
            },
            language,
        );
        return Ok(Report {
            json: json!({"id": "calendar", "ics": text}),
            text: text.trim_end().to_owned(),
        });
    }
    let mut rows: Vec<(&String, &String, &Deadline)> = per_case
        .iter()
        .flat_map(|(id, n, l)| l.iter().map(move |d| (id, n, d)))
        .collect();
    rows.sort_by_key(|(_, _, d)| d.next);
    let mut text = String::new();
    for (_, name, d) in &rows {
        text.push_str(&format!("{name}\n{}", deadline_line(d, language)));
    }
    if rows.is_empty() {
        text.push_str(&say(language, "cli-no-deadlines", &[]));
    }
    let json_rows: Vec<serde_json::Value> = rows
        .iter()
        .map(|(id, name, d)| json!({"id": d.key, "case_id": id, "case_name": name, "deadline": d}))
        .collect();
    Ok(Report {
        json: json!({"id": "deadlines", "today": today, "deadlines": json_rows}),
        text: text.trim_end().to_owned(),
    })
}

pub(crate) fn search(store: &mut habeas_core::store::Store, query: &str) -> Result<Report, Error> {
    let found = view::find(store, query)?;
    let mut text = String::new();
    for f in &found {
        text.push_str(&format!(
            "{}  {}  {}\n",
            f.hit.case_id, f.case_name, f.label
        ));
    }
    if found.is_empty() {
        text.push_str("Nothing found.");
    }
    Ok(Report {
        json: json!({"id": "search", "query": query, "hits": found}),
        text: text.trim_end().to_owned(),
    })
}
