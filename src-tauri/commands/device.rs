//! "Remember on this device" (OS keyring). Keyring calls go over D-Bus and may wait for the
//! keyring to answer, so they run on a worker thread.

use std::path::PathBuf;

use habeas_core::vault::Vault;
use habeas_core::Error;
use tauri::{AppHandle, Manager, State};

use super::vault::{blocking, folder, install, VaultStatus};
use crate::error::CommandError;
use crate::state::AppState;

/// Runs `work` on the unlocked vault, on a worker thread.
async fn with_vault<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&Vault) -> Result<T, Error> + Send + 'static,
) -> Result<T, CommandError> {
    blocking(move || {
        let state = app.state::<AppState>();
        let guard = state.vault();
        work(guard.as_ref().ok_or(Error::VaultLocked)?)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn device_status(app: AppHandle) -> Result<bool, CommandError> {
    with_vault(app, |vault| Ok(vault.is_remembered_on_device())).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn device_remember(app: AppHandle) -> Result<(), CommandError> {
    with_vault(app, Vault::remember_on_device).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn device_forget(app: AppHandle) -> Result<(), CommandError> {
    with_vault(app, Vault::forget_device).await
}

/// Whether the keyring remembers the vault in `dir` (before unlocking).
#[tauri::command]
#[specta::specta]
pub(crate) async fn device_remembers(dir: String) -> Result<bool, CommandError> {
    let dir: PathBuf = folder(&dir)?;
    blocking(move || Ok(Vault::is_remembered_at(&dir))).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_unlock_device(
    state: State<'_, AppState>,
    dir: String,
) -> Result<VaultStatus, CommandError> {
    let dir = folder(&dir)?;
    let vault = blocking(move || Vault::unlock_with_device(&dir)).await?;
    Ok(install(&state, vault))
}
