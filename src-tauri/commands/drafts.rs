//! Unsaved form contents kept in the vault (`habeas_core::drafts`, issue 21.4). Each is one
//! small journal record: no need to leave the UI thread.

use habeas_core::drafts::{self, Draft};
use habeas_core::Error;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

/// Keeps what was typed in a form (`value`, JSON) under `key` until it is saved.
#[tauri::command]
#[specta::specta]
pub(crate) fn drafts_keep(
    state: State<'_, AppState>,
    key: String,
    value: String,
) -> Result<(), CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    drafts::keep(vault.store(), &key, &value)?;
    Ok(())
}

/// Every draft kept in the vault (read after an unlock).
#[tauri::command]
#[specta::specta]
pub(crate) fn drafts_list(state: State<'_, AppState>) -> Result<Vec<Draft>, CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    Ok(drafts::list(vault.store())?)
}

/// Forgets the draft of `key` (saved, or thrown away).
#[tauri::command]
#[specta::specta]
pub(crate) fn drafts_discard(state: State<'_, AppState>, key: String) -> Result<(), CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    drafts::discard(vault.store(), &key)?;
    Ok(())
}
