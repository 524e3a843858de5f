//! Trips and the travel check (issue 18): list, add, save, delete, check (its result kept with
//! the trip, what changed since the last one, the map as SVG), and the printable brief written
//! where the user chooses. Each calls one `habeas_core::travel` function.

use habeas_core::clock;
use habeas_core::model::Trip;
use habeas_core::travel::{self, CheckOutcome, TripEntry};
use tauri::AppHandle;

use super::dialogs;
use super::vault::with_vault;
use crate::error::CommandError;

#[tauri::command]
#[specta::specta]
pub(crate) async fn trip_list(
    app: AppHandle,
    case_id: String,
) -> Result<Vec<TripEntry>, CommandError> {
    with_vault(app, move |v| {
        travel::list(v.store(), &case_id, clock::today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn trip_add(
    app: AppHandle,
    case_id: String,
    trip: Trip,
) -> Result<Trip, CommandError> {
    with_vault(app, move |v| travel::add(v.store(), &case_id, trip)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn trip_save(app: AppHandle, trip: Trip) -> Result<Trip, CommandError> {
    with_vault(app, move |v| travel::update(v.store(), trip)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn trip_delete(app: AppHandle, trip_id: String) -> Result<(), CommandError> {
    with_vault(app, move |v| travel::delete(v.store(), &trip_id)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn travel_check(
    app: AppHandle,
    trip_id: String,
) -> Result<CheckOutcome, CommandError> {
    with_vault(app, move |v| {
        travel::check(v.store(), &trip_id, clock::today())
    })
    .await
}

/// Writes the travel brief (PDF, not encrypted) where the user chooses. Returns the file name,
/// or `None` when the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub(crate) async fn travel_brief_export(
    app: AppHandle,
    trip_id: String,
) -> Result<Option<String>, CommandError> {
    let name = format!("travel-check-{}.pdf", clock::today());
    let Some(dest) = dialogs::save_as(&app, name, Some(dialogs::PDF)).await? else {
        return Ok(None);
    };
    // The dialog asked before replacing a file.
    let written = with_vault(app, move |v| {
        travel::write_brief(v.store(), &trip_id, clock::today(), &dest, true).map(|_| dest)
    })
    .await?;
    Ok(dialogs::file_name(&written))
}
