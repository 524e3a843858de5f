//! Settings of the unlocked vault.

use habeas_core::settings::{self, DateOrder};
use habeas_core::Error;
use serde::Serialize;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

/// The vault's settings as the Settings screen shows them.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct VaultSettings {
    auto_lock_minutes: u16,
    auto_lock_min: u16,
    auto_lock_max: u16,
    /// The user's date order; null follows the system's language.
    date_order: Option<DateOrder>,
}

#[tauri::command]
#[specta::specta]
pub(crate) fn settings_get(state: State<'_, AppState>) -> Result<VaultSettings, CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    Ok(VaultSettings {
        auto_lock_minutes: settings::auto_lock_minutes(vault.store())?,
        auto_lock_min: *settings::AUTO_LOCK_MINUTES.start(),
        auto_lock_max: *settings::AUTO_LOCK_MINUTES.end(),
        date_order: settings::date_order(vault.store())?,
    })
}

/// Saves the auto-lock delay (one small journal record: no need to leave the UI thread).
#[tauri::command]
#[specta::specta]
pub(crate) fn settings_set_auto_lock(
    state: State<'_, AppState>,
    minutes: u16,
) -> Result<(), CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    settings::set_auto_lock_minutes(vault.store(), minutes)?;
    Ok(())
}

/// Saves the date order (null: follow the system's language again).
#[tauri::command]
#[specta::specta]
pub(crate) fn settings_set_date_order(
    state: State<'_, AppState>,
    order: Option<DateOrder>,
) -> Result<(), CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    settings::set_date_order(vault.store(), order)?;
    Ok(())
}
