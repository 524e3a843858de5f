//! The case workspace: cases, alerts, events, their derived flags, deadlines and checklist,
//! search, the audit trail, and the calendar export.
//!
//! Every command runs on a worker thread (`blocking`): a save waits for the disk, and the UI
//! thread must never wait with it. Each returns what the screen needs next (a whole
//! [`CaseView`] after a change), so the UI never computes a rule itself.

use chrono::NaiveDate;
use habeas_core::case_deletion;
use habeas_core::clock::today;
use habeas_core::export::{self, ics};
use habeas_core::model::{country, Alert, Case, Event, Person};
use habeas_core::rules::deadlines::Deadline;
use habeas_core::store::cases;
use habeas_core::store::Store;
use habeas_core::view::history::HistoryLine;
use habeas_core::view::{CaseSummary, CaseView, Found};
use habeas_core::Error;
use serde::Serialize;
use tauri::AppHandle;

use super::dialogs;
use super::vault::{blocking, with_vault};
use crate::error::CommandError;
use habeas_core::view;

/// Runs `work` on the unlocked vault's index, off the UI thread.
async fn with_store<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&mut Store) -> Result<T, Error> + Send + 'static,
) -> Result<T, CommandError> {
    with_vault(app, |v| work(v.store())).await
}

/// The case list.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct CaseList {
    today: NaiveDate,
    cases: Vec<CaseSummary>,
}

/// The open cases, or with `closed` the closed ones.
#[tauri::command]
#[specta::specta]
pub(crate) async fn case_list(app: AppHandle, closed: bool) -> Result<CaseList, CommandError> {
    with_store(app, move |s| {
        let today = today();
        let cases = if closed {
            view::closed_summaries(s, today)?
        } else {
            view::summaries(s, today)?
        };
        Ok(CaseList { today, cases })
    })
    .await
}

/// Closes the case (it leaves the main list, keeps its data).
#[tauri::command]
#[specta::specta]
pub(crate) async fn case_close(app: AppHandle, id: String) -> Result<CaseView, CommandError> {
    with_store(app, move |s| {
        cases::close_case(s, &id)?;
        view::case(s, &id, today())
    })
    .await
}

/// Reopens a closed case.
#[tauri::command]
#[specta::specta]
pub(crate) async fn case_reopen(app: AppHandle, id: String) -> Result<CaseView, CommandError> {
    with_store(app, move |s| {
        cases::reopen_case(s, &id)?;
        view::case(s, &id, today())
    })
    .await
}

/// What deleting the case would remove: what the confirmation says.
#[tauri::command]
#[specta::specta]
pub(crate) async fn case_delete_plan(
    app: AppHandle,
    id: String,
) -> Result<cases::CaseContents, CommandError> {
    with_vault(app, move |v| case_deletion::plan(v, &id)).await
}

/// Deletes the case with its evidence files (after the confirmation).
#[tauri::command]
#[specta::specta]
pub(crate) async fn case_delete(
    app: AppHandle,
    id: String,
) -> Result<case_deletion::Deleted, CommandError> {
    with_vault(app, move |v| case_deletion::delete(v, &id)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn case_create(app: AppHandle, person: Person) -> Result<Case, CommandError> {
    with_store(app, move |s| cases::create_case(s, person)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn case_view(app: AppHandle, id: String) -> Result<CaseView, CommandError> {
    with_store(app, move |s| view::case(s, &id, today())).await
}

/// Saves the case. The argument is not called `case`: the generated TypeScript function takes it
/// under the same name, and `case` is a reserved word there.
#[tauri::command]
#[specta::specta]
pub(crate) async fn case_update(app: AppHandle, case_file: Case) -> Result<CaseView, CommandError> {
    with_store(app, move |s| {
        let saved = cases::update_case(s, case_file)?;
        view::case(s, &saved.id, today())
    })
    .await
}

/// Adds the alert (empty id) or saves it.
#[tauri::command]
#[specta::specta]
pub(crate) async fn alert_save(
    app: AppHandle,
    case_id: String,
    alert: Alert,
) -> Result<CaseView, CommandError> {
    with_store(app, move |s| {
        if alert.id.is_empty() {
            cases::add_alert(s, &case_id, alert)?;
        } else {
            cases::update_alert(s, alert)?;
        }
        view::case(s, &case_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn alert_delete(
    app: AppHandle,
    case_id: String,
    id: String,
) -> Result<CaseView, CommandError> {
    with_store(app, move |s| {
        cases::delete_alert(s, &id)?;
        view::case(s, &case_id, today())
    })
    .await
}

/// What the user must fix in an event's form before it can be saved (the core's rule).
#[tauri::command]
#[specta::specta]
pub(crate) fn event_check(event: Event) -> Vec<habeas_core::model::EventProblem> {
    event.problems()
}

/// Adds the event (empty id) or saves it.
#[tauri::command]
#[specta::specta]
pub(crate) async fn event_save(
    app: AppHandle,
    case_id: String,
    event: Event,
) -> Result<CaseView, CommandError> {
    with_store(app, move |s| {
        if event.id.is_empty() {
            cases::add_event(s, &case_id, event)?;
        } else {
            cases::update_event(s, event)?;
        }
        view::case(s, &case_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn event_delete(
    app: AppHandle,
    case_id: String,
    id: String,
) -> Result<CaseView, CommandError> {
    with_store(app, move |s| {
        cases::delete_event(s, &id)?;
        view::case(s, &case_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn case_audit(
    app: AppHandle,
    id: String,
) -> Result<Vec<HistoryLine>, CommandError> {
    with_store(app, move |s| habeas_core::view::history::history(s, &id)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn case_search(app: AppHandle, query: String) -> Result<Vec<Found>, CommandError> {
    with_store(app, move |s| view::find(s, &query)).await
}

/// A country for the pickers.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct CountryItem {
    code: &'static str,
    name: &'static str,
    interpol_member: bool,
}

#[tauri::command]
#[specta::specta]
pub(crate) fn countries() -> Vec<CountryItem> {
    country::COUNTRIES
        .iter()
        .map(|c| CountryItem {
            code: c.code,
            name: c.name,
            interpol_member: c.interpol_member,
        })
        .collect()
}

/// Asks where to save, then writes the deadlines of one case (or all) as an iCalendar file.
/// Returns the file's name, or none when the user cancelled. The path comes from the native
/// dialog opened here, never from the webview.
#[tauri::command]
#[specta::specta]
pub(crate) async fn deadlines_export_ics(
    app: AppHandle,
    case_id: Option<String>,
    names: bool,
) -> Result<Option<String>, CommandError> {
    let case_id_for_name = case_id.clone();
    let text = with_store(app.clone(), move |s| {
        let cal: Vec<(String, Vec<Deadline>)> =
            view::deadlines_by_case(s, case_id.as_deref(), today())?
                .into_iter()
                .map(|c| (c.name, c.deadlines))
                .collect();
        Ok(ics::calendar(
            &cal,
            ics::Options {
                names,
                closed: false,
            },
        ))
    })
    .await?;
    let name = export::file_name("deadlines", case_id_for_name.as_deref(), today(), "ics");
    let Some(dest) = dialogs::save_as(&app, name, Some(("Calendar", &["ics"]))).await? else {
        return Ok(None);
    };
    // Written beside the destination and renamed into place: never a half-written calendar.
    blocking(move || {
        export::write_file(&dest, text.as_bytes(), true)?;
        Ok(dialogs::file_name(&dest))
    })
    .await
}
