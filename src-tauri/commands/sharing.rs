//! This vault's sharing identity and its contacts (issue 19.4; docs/sharing-format.md). Only
//! public keys cross: the sharing keys' secrets stay in the core.

use habeas_core::sharing::{self, Contact, IdentityCard};
use habeas_core::Error;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

/// This vault's public sharing identity: text, fingerprint and QR code (made the first time).
#[tauri::command]
#[specta::specta]
pub(crate) fn sharing_identity(state: State<'_, AppState>) -> Result<IdentityCard, CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    Ok(sharing::identity_card(vault.store())?)
}

/// The contacts, by name.
#[tauri::command]
#[specta::specta]
pub(crate) fn sharing_contacts(state: State<'_, AppState>) -> Result<Vec<Contact>, CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    Ok(sharing::contacts::list(vault.store())?)
}

/// Names another vault's sharing identity (or renames the contact that has it).
#[tauri::command]
#[specta::specta]
pub(crate) fn sharing_contact_add(
    state: State<'_, AppState>,
    name: String,
    identity: String,
) -> Result<Contact, CommandError> {
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
    Ok(sharing::contacts::add(vault.store(), &name, &identity)?)
}
