//! Settings of the unlocked vault.

use std::path::PathBuf;

use habeas_core::locale::Language;
use habeas_core::settings::{self, DateOrder};
use habeas_core::Error;
use serde::Serialize;
use tauri::{AppHandle, Manager, State};

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
    /// The code of the language chosen in this vault ("fr"); null if none was (the app keeps
    /// the device's). A code, not the core's type: the filing's `Language` already has that name
    /// in the bindings.
    language: Option<String>,
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
        language: settings::language(vault.store())?.map(|l| {
            crate::error::speak(l);
            l.code().to_owned()
        }),
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
    state.idle().set_period(crate::idle_lock::period(minutes));
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

/// The app's configuration folder (the device's remembered language lives there).
fn config_dir(app: &AppHandle) -> Result<PathBuf, Error> {
    app.path()
        .app_config_dir()
        .map_err(|e| Error::from_io("find the settings folder", std::io::Error::other(e)))
}

/// The code of the language to show before any vault is open: the last one used on this device,
/// else the system's (`system`: the webview's `navigator.language`), else English (issue 17.6).
#[tauri::command]
#[specta::specta]
pub(crate) fn language_device(app: AppHandle, system: Option<String>) -> String {
    // Without a configuration folder there is nothing remembered: the system's language decides.
    let dir = config_dir(&app).unwrap_or_default();
    let language = settings::device_language(&dir, system.as_deref());
    crate::error::speak(language);
    language.code().to_owned()
}

/// Switches the app's language: remembered on this device for the unlock screen and, when a
/// vault is open, saved in that vault, so it opens in the same language elsewhere.
#[tauri::command]
#[specta::specta]
pub(crate) fn language_set(
    app: AppHandle,
    state: State<'_, AppState>,
    language: String,
) -> Result<(), CommandError> {
    let language = Language::from_tag(&language).ok_or_else(|| Error::InvalidInput {
        field: "language",
        reason: format!("Habeas has no texts in “{language}”"),
    })?;
    crate::error::speak(language);
    if let Some(vault) = state.vault().as_mut() {
        settings::set_language(vault.store(), language)?;
    }
    settings::remember_device_language(&config_dir(&app)?, language)?;
    Ok(())
}
