//! What the shell holds between commands: at most one unlocked vault.
//!
//! The vault (its keys and its in-memory index) lives here, in the Rust process, never in the
//! webview. Locking drops it, which wipes the keys and closes the index.

use std::sync::{Mutex, MutexGuard, PoisonError};

use habeas_core::vault::Vault;

/// The app's state, managed by Tauri.
#[derive(Debug, Default)]
pub(crate) struct AppState {
    vault: Mutex<Option<Vault>>,
}

impl AppState {
    /// The unlocked vault, if any. A panic while the lock was held cannot leave a half-updated
    /// vault here (every vault operation is atomic on disk), so a poisoned lock is recovered.
    pub(crate) fn vault(&self) -> MutexGuard<'_, Option<Vault>> {
        self.vault.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
