//! What the app can change in a case, from a script: a whole case as one JSON document
//! (`case import`, `case export`), and field by field: the person, their documents and
//! protection, hand-set flags, checklist marks, deadline overrides, the bilateral treaty;
//! alerts (and their status history) and events, edited and deleted.
//!
//! Each command reads the stored record, changes what its options name, and saves it with the
//! core's update (the app saves whole records the same way): validation, the audit entry and the
//! durable save are the core's.

use std::io::Read;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use habeas_core::model::{
    Alert, AlertKind, AlertRequest, AlertStatus, ApproxDate, BilateralStart, BilateralTreaty,
    CcfRequestKind, ChecklistItem, ChecklistMark, DeadlineOverride, DocumentKind, Event, EventKind,
    FlagKind, FlagSetting, IdDocument, Precision, Profile, ProtectionKind, ProtectionStatus,
    Regime, RemovalGround, RemovedBy, Sex, StatusChange,
};
use habeas_core::store::{case_document, cases, Store};
use habeas_core::Error;
use serde_json::json;

use crate::case::{country_code, date, word};
use crate::Report;

/// `case import FILE`: `-` reads standard input.
pub(crate) fn import(store: &mut Store, file: &PathBuf) -> Result<Report, Error> {
    let mut text = String::new();
    if file.as_os_str() == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::from_io("read the case file from standard input", e))?;
    } else {
        text =
            std::fs::read_to_string(file).map_err(|e| Error::from_io("read the case file", e))?;
    }
    let saved = case_document::import(store, &text)?;
    Ok(Report {
        text: format!(
            "{}  {} (imported: {} alerts, {} events)",
            saved.case.id,
            saved.case.display_name(),
            saved.alerts.len(),
            saved.events.len()
        ),
        json: json!({"id": saved.case.id, "document": saved}),
    })
}

/// `case export ID`: the document itself on stdout (with `--json`, under `document`).
pub(crate) fn export(store: &Store, id: &str) -> Result<Report, Error> {
    let doc = case_document::export(store, id)?;
    let text = serde_json::to_string_pretty(&doc).map_err(|e| Error::Internal {
        what: format!("write the case as JSON: {e}"),
    })?;
    Ok(Report {
        json: json!({"id": id, "document": doc}),
        text,
    })
}

/// A field `case edit --clear` can empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PersonField {
    /// Other names and spellings.
    OtherNames,
    /// Sex.
    Sex,
    /// Date of birth.
    Born,
    /// Nationalities.
    Nationalities,
    /// Country of residence.
    Residence,
    /// Profile (political opponent, journalist, …).
    Profile,
    /// The access request reminder.
    AccessReminder,
}

#[derive(Debug, Args)]
pub(crate) struct EditCase {
    /// The case's id.
    id: String,
    /// Name in Latin letters.
    #[arg(long)]
    name: Option<String>,
    /// Name in the original script.
    #[arg(long)]
    original: Option<String>,
    /// Another name or spelling (repeatable; replaces the list).
    #[arg(long = "other-name")]
    other_names: Vec<String>,
    /// female, male, other.
    #[arg(long, value_parser = word::<Sex>)]
    sex: Option<Sex>,
    /// Date of birth, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    born: Option<NaiveDate>,
    /// Place of birth.
    #[arg(long)]
    birth_place: Option<String>,
    /// A nationality, ISO 3166 code (repeatable; replaces the list).
    #[arg(long = "nationality", value_parser = country_code)]
    nationalities: Vec<String>,
    /// Country of residence (ISO 3166 code).
    #[arg(long, value_parser = country_code)]
    residence: Option<String>,
    /// Address of residence.
    #[arg(long)]
    address: Option<String>,
    /// How to reach the person.
    #[arg(long)]
    contacts: Option<String>,
    /// political-opponent, journalist, activist, business-dispute (repeatable; replaces the list).
    #[arg(long = "profile", value_parser = word::<Profile>)]
    profile: Vec<Profile>,
    /// Notes on the case.
    #[arg(long)]
    notes: Option<String>,
    /// The issuing country's record of misusing INTERPOL's channels (its first line is the
    /// flag's reason).
    #[arg(long)]
    misuse_note: Option<String>,
    /// Remind to repeat the access request every this many months (1 to 60).
    #[arg(long, value_name = "MONTHS")]
    access_reminder_months: Option<u32>,
    /// Empty a field (repeatable).
    #[arg(long, value_enum)]
    clear: Vec<PersonField>,
}

#[derive(Debug, Args)]
pub(crate) struct AddDocument {
    /// The case's id.
    id: String,
    /// passport, national-id, refugee-travel-document, residence-permit, other.
    #[arg(long, value_parser = word::<DocumentKind>, default_value = "passport")]
    kind: DocumentKind,
    /// Its number.
    #[arg(long)]
    number: String,
    /// Issuing country (ISO 3166 code).
    #[arg(long, value_parser = country_code)]
    issuer: Option<String>,
    /// Expiry date, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    expiry: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub(crate) struct SetProtection {
    /// The case's id.
    id: String,
    /// pending, granted, refused.
    #[arg(long, value_parser = word::<ProtectionStatus>)]
    status: Option<ProtectionStatus>,
    /// What was granted or is claimed: convention-refugee, subsidiary, humanitarian,
    /// unspecified (only refugee status under the 1951 Convention engages INTERPOL's refugee
    /// policy).
    #[arg(long, value_parser = word::<ProtectionKind>)]
    kind: Option<ProtectionKind>,
    /// The person has since become a national of the country of refuge.
    #[arg(long, conflicts_with = "not_naturalised")]
    naturalised: bool,
    /// The person has not become a national of the country of refuge.
    #[arg(long)]
    not_naturalised: bool,
    /// The country that grants or examines protection (ISO 3166 code).
    #[arg(long, value_parser = country_code)]
    country: Option<String>,
    /// Date of the application or decision, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    date: Option<NaiveDate>,
    /// The state the person fears persecution from (ISO 3166 code).
    #[arg(long, value_parser = country_code)]
    feared_state: Option<String>,
    /// Grounds of the grant.
    #[arg(long)]
    grounds: Option<String>,
    /// Remove the protection record.
    #[arg(long, conflicts_with_all = ["status", "kind", "country", "date", "feared_state", "grounds"])]
    remove: bool,
}

/// A hand setting of a flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FlagState {
    /// Raised by hand, whatever the data say.
    On,
    /// Cleared by hand, whatever the data say.
    Off,
    /// Left to the data again.
    Auto,
}

#[derive(Debug, Args)]
pub(crate) struct SetFlag {
    /// The case's id.
    id: String,
    /// refugee, refugee-from-issuing-state, political-profile, private-dispute, in-absentia,
    /// reissued-after-deletion, diffusion-after-red-notice, country-misuse.
    #[arg(value_parser = word::<FlagKind>)]
    flag: FlagKind,
    /// on, off, or auto (left to the data).
    #[arg(value_enum)]
    state: FlagState,
    /// Why, in one line.
    #[arg(long, default_value = "")]
    reason: String,
}

#[derive(Debug, Args)]
pub(crate) struct MarkItem {
    /// The case's id.
    id: String,
    /// ccf-request, counsel, asylum, notify-borders, challenge-extradition, monitor, advocacy,
    /// prevent-issuing-country, prevent-monitoring, prevent-inform-borders.
    #[arg(value_parser = word::<ChecklistItem>)]
    item: ChecklistItem,
    /// A note on the item (kept until replaced).
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct SetOverride {
    /// The case's id.
    id: String,
    /// The deadline's key, as `case show --json` prints it (rule:event-…).
    key: String,
    /// The date that applies instead, YYYY-MM-DD.
    #[arg(long, value_parser = date, required_unless_present = "remove")]
    date: Option<NaiveDate>,
    /// Why (the treaty article, a court order, …).
    #[arg(long, required_unless_present = "remove")]
    reason: Option<String>,
    /// Go back to the computed date.
    #[arg(long, conflicts_with_all = ["date", "reason"])]
    remove: bool,
}

#[derive(Debug, Args)]
pub(crate) struct SetBilateral {
    /// The case's id.
    id: String,
    /// The treaty's name and article ("Treaty X–Y 2001, Art. 9(4)").
    #[arg(long, required_unless_present = "remove")]
    name: Option<String>,
    /// Days by which the request must arrive.
    #[arg(long, required_unless_present = "remove")]
    hard_days: Option<u32>,
    /// Days after which release may be sought, if the treaty has that step.
    #[arg(long)]
    soft_days: Option<u32>,
    /// What the days count from: arrest, notification.
    #[arg(long = "from", value_parser = word::<BilateralStart>, default_value = "arrest")]
    start: BilateralStart,
    /// Remove the treaty.
    #[arg(long, conflicts_with_all = ["name", "hard_days", "soft_days"])]
    remove: bool,
}

/// The case edits (`case edit`, `add-document`, … `bilateral`).
#[derive(Debug)]
pub(crate) enum CaseEdit<'a> {
    Edit(&'a EditCase),
    AddDocument(&'a AddDocument),
    RemoveDocument { id: &'a str, number: &'a str },
    Protection(&'a SetProtection),
    SetFlag(&'a SetFlag),
    Mark(&'a MarkItem, Option<bool>),
    Override(&'a SetOverride),
    Bilateral(&'a SetBilateral),
}

fn refuse(field: &'static str, reason: &str) -> Error {
    Error::InvalidInput {
        field,
        reason: reason.to_owned(),
    }
}

pub(crate) fn edit_case(store: &mut Store, edit: &CaseEdit<'_>) -> Result<Report, Error> {
    let id = match edit {
        CaseEdit::Edit(a) => &a.id,
        CaseEdit::AddDocument(a) => &a.id,
        CaseEdit::RemoveDocument { id, .. } => *id,
        CaseEdit::Protection(a) => &a.id,
        CaseEdit::SetFlag(a) => &a.id,
        CaseEdit::Mark(a, _) => &a.id,
        CaseEdit::Override(a) => &a.id,
        CaseEdit::Bilateral(a) => &a.id,
    };
    let mut case = cases::get_case(store, id)?;
    let what = match edit {
        CaseEdit::Edit(a) => {
            let p = &mut case.person;
            set(&mut p.name_latin, &a.name);
            set(&mut p.name_original, &a.original);
            if !a.other_names.is_empty() {
                p.other_names.clone_from(&a.other_names);
            }
            p.sex = a.sex.or(p.sex);
            p.birth_date = a.born.or(p.birth_date);
            set(&mut p.birth_place, &a.birth_place);
            if !a.nationalities.is_empty() {
                p.nationalities.clone_from(&a.nationalities);
            }
            if a.residence.is_some() {
                p.residence_country.clone_from(&a.residence);
            }
            set(&mut p.residence_address, &a.address);
            set(&mut p.contacts, &a.contacts);
            if !a.profile.is_empty() {
                p.profile.clone_from(&a.profile);
            }
            set(&mut case.notes, &a.notes);
            set(&mut case.misuse_note, &a.misuse_note);
            case.access_reminder_months = a.access_reminder_months.or(case.access_reminder_months);
            for field in &a.clear {
                let p = &mut case.person;
                match field {
                    PersonField::OtherNames => p.other_names.clear(),
                    PersonField::Sex => p.sex = None,
                    PersonField::Born => p.birth_date = None,
                    PersonField::Nationalities => p.nationalities.clear(),
                    PersonField::Residence => p.residence_country = None,
                    PersonField::Profile => p.profile.clear(),
                    PersonField::AccessReminder => case.access_reminder_months = None,
                }
            }
            "case updated".to_owned()
        }
        CaseEdit::AddDocument(a) => {
            case.person.documents.push(IdDocument {
                kind: a.kind,
                number: a.number.clone(),
                issuer: a.issuer.clone(),
                expiry: a.expiry,
            });
            "document added".to_owned()
        }
        CaseEdit::RemoveDocument { number, .. } => {
            let before = case.person.documents.len();
            case.person.documents.retain(|d| d.number != *number);
            if case.person.documents.len() == before {
                return Err(refuse(
                    "Document number",
                    "no document of the person has that number (see case export)",
                ));
            }
            "document removed".to_owned()
        }
        CaseEdit::Protection(a) => {
            if a.remove {
                case.person.protection = None;
                "protection removed".to_owned()
            } else {
                let mut pr = case.person.protection.take().unwrap_or_default();
                pr.status = a.status.unwrap_or(pr.status);
                pr.kind = a.kind.unwrap_or(pr.kind);
                if a.naturalised {
                    pr.naturalised = true;
                }
                if a.not_naturalised {
                    pr.naturalised = false;
                }
                if a.country.is_some() {
                    pr.country.clone_from(&a.country);
                }
                pr.date = a.date.or(pr.date);
                if a.feared_state.is_some() {
                    pr.feared_state.clone_from(&a.feared_state);
                }
                set(&mut pr.grounds, &a.grounds);
                case.person.protection = Some(pr);
                "protection recorded".to_owned()
            }
        }
        CaseEdit::SetFlag(a) => {
            case.flag_settings.retain(|s| s.flag != a.flag);
            match a.state {
                FlagState::Auto => "flag left to the data".to_owned(),
                FlagState::On | FlagState::Off => {
                    case.flag_settings.push(FlagSetting {
                        flag: a.flag,
                        on: a.state == FlagState::On,
                        reason: a.reason.clone(),
                    });
                    "flag set by hand".to_owned()
                }
            }
        }
        CaseEdit::Mark(a, done) => {
            let note = case
                .checklist
                .iter()
                .find(|m| m.item == a.item)
                .map(|m| m.note.clone())
                .unwrap_or_default();
            case.checklist.retain(|m| m.item != a.item);
            let note = a.note.clone().unwrap_or(note);
            if done.is_some() || !note.is_empty() {
                case.checklist.push(ChecklistMark {
                    item: a.item,
                    done: *done,
                    note,
                });
            }
            match done {
                Some(true) => "ticked by hand",
                Some(false) => "unticked by hand",
                None => "left to the data",
            }
            .to_owned()
        }
        CaseEdit::Override(a) => {
            case.overrides.retain(|o| o.key != a.key);
            match (a.remove, a.date, &a.reason) {
                (false, Some(date), Some(reason)) => {
                    case.overrides.push(DeadlineOverride {
                        key: a.key.clone(),
                        date,
                        reason: reason.clone(),
                    });
                    "date set by hand".to_owned()
                }
                _ => "computed date restored".to_owned(),
            }
        }
        CaseEdit::Bilateral(a) => match (a.remove, &a.name, a.hard_days) {
            (false, Some(name), Some(hard_days)) => {
                case.bilateral = Some(BilateralTreaty {
                    name: name.clone(),
                    soft_days: a.soft_days,
                    hard_days,
                    start: a.start,
                });
                "bilateral treaty recorded".to_owned()
            }
            _ => {
                case.bilateral = None;
                "bilateral treaty removed".to_owned()
            }
        },
    };
    let saved = cases::update_case(store, case)?;
    Ok(Report {
        text: format!("{}  {what}", saved.id),
        json: json!({"id": saved.id, "case": saved}),
    })
}

fn set(field: &mut String, value: &Option<String>) {
    if let Some(v) = value {
        field.clone_from(v);
    }
}

/// The fields of an alert that `alert add` and `alert edit` share; an option not given leaves
/// the field as it is.
#[derive(Debug, Args)]
pub(crate) struct AlertFields {
    /// Issuing country (ISO 3166 code).
    #[arg(long, value_parser = country_code)]
    country: Option<String>,
    /// The issuing NCB or entity.
    #[arg(long)]
    ncb: Option<String>,
    /// Date issued, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    date: Option<NaiveDate>,
    /// How precise the date is: day, month, year.
    #[arg(long, value_parser = word::<Precision>, requires = "date")]
    precision: Option<Precision>,
    /// What it asks: arrest, locate, identify, information, surveillance, warning (repeatable;
    /// replaces the list).
    #[arg(long = "asks", value_parser = word::<AlertRequest>)]
    asks: Vec<AlertRequest>,
    /// Sent to all member countries.
    #[arg(long, conflicts_with = "not_all_members")]
    all_members: bool,
    /// Not sent to all member countries (only the named ones).
    #[arg(long)]
    not_all_members: bool,
    /// A recipient country (repeatable; replaces the list).
    #[arg(long = "to", value_parser = country_code)]
    to: Vec<String>,
    /// The offence as charged.
    #[arg(long)]
    offence: Option<String>,
    /// The national warrant's reference.
    #[arg(long)]
    warrant: Option<String>,
    /// The authority that issued the warrant.
    #[arg(long)]
    warrant_authority: Option<String>,
    /// The warrant's date, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    warrant_date: Option<NaiveDate>,
    /// The person was convicted in their absence.
    #[arg(long, conflicts_with = "not_in_absentia")]
    in_absentia: bool,
    /// The person was not convicted in their absence.
    #[arg(long)]
    not_in_absentia: bool,
    /// How the person learned of it.
    #[arg(long)]
    learned_how: Option<String>,
    /// Notes.
    #[arg(long)]
    notes: Option<String>,
}

impl AlertFields {
    pub(crate) fn apply(&self, a: &mut Alert) {
        if self.country.is_some() {
            a.issuing_country.clone_from(&self.country);
        }
        set(&mut a.ncb, &self.ncb);
        if let Some(date) = self.date {
            a.date = Some(ApproxDate {
                date,
                precision: self.precision.unwrap_or(Precision::Day),
            });
        }
        if !self.asks.is_empty() {
            a.requests.clone_from(&self.asks);
        }
        if self.all_members {
            a.recipients.all_members = true;
        }
        if self.not_all_members {
            a.recipients.all_members = false;
        }
        if !self.to.is_empty() {
            a.recipients.countries.clone_from(&self.to);
        }
        set(&mut a.offence, &self.offence);
        set(&mut a.warrant.reference, &self.warrant);
        set(&mut a.warrant.authority, &self.warrant_authority);
        a.warrant.date = self.warrant_date.or(a.warrant.date);
        if self.in_absentia {
            a.warrant.in_absentia = true;
        }
        if self.not_in_absentia {
            a.warrant.in_absentia = false;
        }
        set(&mut a.learned_how, &self.learned_how);
        set(&mut a.notes, &self.notes);
    }
}

#[derive(Debug, Args)]
pub(crate) struct EditAlert {
    /// The alert's id.
    id: String,
    /// The kind (see `alert add --help`).
    #[arg(long, value_parser = word::<AlertKind>)]
    kind: Option<AlertKind>,
    #[command(flatten)]
    fields: AlertFields,
}

#[derive(Debug, Args)]
pub(crate) struct AlertStatusArgs {
    /// The alert's id.
    id: String,
    /// The new status: suspected, confirmed, challenged, deleted, blocked, refused, reissued.
    #[arg(value_parser = word::<AlertStatus>, required_unless_present = "undo")]
    status: Option<AlertStatus>,
    /// When it changed, YYYY-MM-DD (leave out if unknown).
    #[arg(long, value_parser = date)]
    date: Option<NaiveDate>,
    /// For a deletion or refusal: who decided (ccf, general-secretariat).
    #[arg(long, value_parser = word::<RemovedBy>)]
    by: Option<RemovedBy>,
    /// For a deletion or refusal: on what ground (article3, article2, data-quality,
    /// refugee-policy, red-notice-criteria, other).
    #[arg(long, value_parser = word::<RemovalGround>)]
    ground: Option<RemovalGround>,
    /// Remove the last status change instead (a mistaken entry).
    #[arg(long, conflicts_with_all = ["status", "date", "by", "ground"])]
    undo: bool,
}

pub(crate) fn edit_alert(store: &mut Store, a: &EditAlert) -> Result<Report, Error> {
    let mut alert = cases::get_alert(store, &a.id)?;
    alert.kind = a.kind.unwrap_or(alert.kind);
    a.fields.apply(&mut alert);
    let saved = cases::update_alert(store, alert)?;
    Ok(alert_report(&saved, "updated"))
}

pub(crate) fn alert_status(store: &mut Store, a: &AlertStatusArgs) -> Result<Report, Error> {
    let mut alert = cases::get_alert(store, &a.id)?;
    match a.status {
        Some(status) if !a.undo => alert.status.push(StatusChange {
            status,
            date: a.date,
            by: a.by,
            ground: a.ground,
        }),
        _ => {
            if alert.status.pop().is_none() {
                return Err(refuse("--undo", "the alert has no status change to remove"));
            }
        }
    }
    let saved = cases::update_alert(store, alert)?;
    let now = serde_json::to_value(saved.current_status())
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    Ok(alert_report(&saved, &format!("status now {now}")))
}

pub(crate) fn delete_alert(store: &mut Store, id: &str) -> Result<Report, Error> {
    cases::delete_alert(store, id)?;
    Ok(Report {
        text: format!("{id}  deleted (the audit log keeps what it was)"),
        json: json!({"id": id, "deleted": true}),
    })
}

fn alert_report(a: &Alert, what: &str) -> Report {
    Report {
        text: format!("{}  {} {what}", a.id, a.kind.label()),
        json: json!({"id": a.id, "alert": a}),
    }
}

/// The fields of an event that `event add` and `event edit` share.
#[derive(Debug, Args)]
pub(crate) struct EventFields {
    /// Where (ISO 3166 code).
    #[arg(long, value_parser = country_code)]
    pub(crate) country: Option<String>,
    /// For an arrest: european-convention, minsk1993, riyadh1983, european-arrest-warrant,
    /// us-modern-treaty, montevideo1933, bilateral.
    #[arg(long, value_parser = word::<Regime>, conflicts_with = "no_regime")]
    pub(crate) regime: Option<Regime>,
    /// Forget the regime chosen for an arrest.
    #[arg(long)]
    pub(crate) no_regime: bool,
    /// For an arrest under Montevideo: when the requesting state was notified.
    #[arg(long, value_parser = date)]
    pub(crate) notified_on: Option<NaiveDate>,
    /// For a CCF request: access, correction, deletion (repeatable; replaces the list).
    #[arg(long = "request", value_parser = word::<CcfRequestKind>)]
    pub(crate) request: Vec<CcfRequestKind>,
    /// An alert it concerns (repeatable; replaces the list).
    #[arg(long = "alert")]
    pub(crate) alerts: Vec<String>,
    /// For a CCF admissibility decision: yes or no.
    #[arg(long, value_parser = yes_no)]
    pub(crate) admissible: Option<bool>,
    /// Notes.
    #[arg(long)]
    pub(crate) notes: Option<String>,
}

fn yes_no(text: &str) -> Result<bool, String> {
    match text.trim() {
        "yes" | "true" => Ok(true),
        "no" | "false" => Ok(false),
        _ => Err(format!("\"{text}\": answer yes or no")),
    }
}

impl EventFields {
    pub(crate) fn apply(&self, e: &mut Event) {
        if self.country.is_some() {
            e.country.clone_from(&self.country);
        }
        if self.regime.is_some() {
            e.regime = self.regime;
        }
        if self.no_regime {
            e.regime = None;
        }
        e.notified_on = self.notified_on.or(e.notified_on);
        if !self.request.is_empty() {
            e.ccf_request.clone_from(&self.request);
        }
        if !self.alerts.is_empty() {
            e.alert_ids.clone_from(&self.alerts);
        }
        e.admissible = self.admissible.or(e.admissible);
        set(&mut e.notes, &self.notes);
    }
}

#[derive(Debug, Args)]
pub(crate) struct EditEvent {
    /// The event's id.
    id: String,
    /// What happened (see `event add --help`).
    #[arg(long, value_parser = word::<EventKind>)]
    kind: Option<EventKind>,
    /// When, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    date: Option<NaiveDate>,
    #[command(flatten)]
    fields: EventFields,
}

pub(crate) fn edit_event(store: &mut Store, a: &EditEvent) -> Result<Report, Error> {
    let mut event = cases::get_event(store, &a.id)?;
    event.kind = a.kind.unwrap_or(event.kind);
    event.date = a.date.or(event.date);
    a.fields.apply(&mut event);
    let saved = cases::update_event(store, event)?;
    Ok(Report {
        text: format!("{}  {} updated", saved.id, saved.kind.label()),
        json: json!({"id": saved.id, "event": saved}),
    })
}

pub(crate) fn delete_event(store: &mut Store, id: &str) -> Result<Report, Error> {
    cases::delete_event(store, id)?;
    Ok(Report {
        text: format!("{id}  deleted (the audit log keeps what it was)"),
        json: json!({"id": id, "deleted": true}),
    })
}

/// The subcommands `case` gains here, for [`crate::case::CaseCommand`].
#[derive(Debug, Subcommand)]
pub(crate) enum CaseEditCommand {
    /// Create a case from one JSON document (what `case export` prints, or `case show --json`'s
    /// `view`); FILE `-` reads standard input (give the passphrase with --passphrase-file then).
    /// Ids in the file are replaced by new ones; nothing is saved if anything in it is wrong.
    Import {
        /// The JSON file.
        file: PathBuf,
    },
    /// Print a case as one JSON document (the person, alerts, events), for `case import`. The
    /// output is not encrypted: a file it is written to holds the case in clear.
    Export {
        /// The case's id.
        id: String,
    },
    /// Change the person's details and the case's notes (options not given stay as they are).
    Edit(Box<EditCase>),
    /// Add an identity document to the person.
    AddDocument(AddDocument),
    /// Remove an identity document of the person, by its number.
    RemoveDocument {
        /// The case's id.
        id: String,
        /// The document's number.
        number: String,
    },
    /// Record or change the person's refugee or asylum status, or remove it.
    Protection(SetProtection),
    /// Raise or clear a risk flag by hand, or leave it to the data again.
    SetFlag(SetFlag),
    /// Tick a checklist item by hand.
    Check(MarkItem),
    /// Untick a checklist item by hand.
    Uncheck(MarkItem),
    /// Leave a checklist item to the data again (its note stays).
    Unmark(MarkItem),
    /// Replace a deadline's date (with the reason), or go back to the computed one.
    Override(SetOverride),
    /// Describe the bilateral extradition treaty that governs an arrest, or remove it.
    Bilateral(SetBilateral),
}

pub(crate) fn run(store: &mut Store, cmd: &CaseEditCommand) -> Result<Report, Error> {
    match cmd {
        CaseEditCommand::Import { file } => import(store, file),
        CaseEditCommand::Export { id } => export(store, id),
        CaseEditCommand::Edit(a) => edit_case(store, &CaseEdit::Edit(a)),
        CaseEditCommand::AddDocument(a) => edit_case(store, &CaseEdit::AddDocument(a)),
        CaseEditCommand::RemoveDocument { id, number } => {
            edit_case(store, &CaseEdit::RemoveDocument { id, number })
        }
        CaseEditCommand::Protection(a) => edit_case(store, &CaseEdit::Protection(a)),
        CaseEditCommand::SetFlag(a) => edit_case(store, &CaseEdit::SetFlag(a)),
        CaseEditCommand::Check(a) => edit_case(store, &CaseEdit::Mark(a, Some(true))),
        CaseEditCommand::Uncheck(a) => edit_case(store, &CaseEdit::Mark(a, Some(false))),
        CaseEditCommand::Unmark(a) => edit_case(store, &CaseEdit::Mark(a, None)),
        CaseEditCommand::Override(a) => edit_case(store, &CaseEdit::Override(a)),
        CaseEditCommand::Bilateral(a) => edit_case(store, &CaseEdit::Bilateral(a)),
    }
}
