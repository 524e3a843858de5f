//! Locks the vault when the computer goes to sleep or the screen locks, where the platform says
//! so: D-Bus signals on Linux (`linux.rs`), NSWorkspace and distributed notifications on macOS
//! (`macos.rs`), session and power messages to a hidden window on Windows (`windows.rs`). Each
//! platform file needs only a [`Locker`], so the macOS and Windows ones can be type-checked
//! from Linux on their own (`tools/check-platforms.sh`).
//!
//! Locking here does what the lock button does, then tells the webview (`vault-locked`), which
//! forgets everything it showed and returns to the unlock screen.

use std::sync::Arc;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// Locks the vault now, if one is open, and tells the webview why.
pub(crate) fn lock_now(app: &AppHandle, why: &'static str) {
    let state = app.state::<AppState>();
    if let Some(vault) = state.close() {
        // Saved work is already durable; locking folds the journal and wipes the keys.
        let _ = vault.lock();
        let _ = app.emit(crate::events::VAULT_LOCKED, why);
    }
}

/// What a platform watcher calls when the computer is about to sleep or the screen locks, with
/// the reason the webview is told (`sleep`, `screen_locked`).
pub(crate) type Locker = Arc<dyn Fn(&'static str) + Send + Sync>;

/// Starts watching the platform's sleep and screen-lock announcements.
pub(crate) fn watch(app: &AppHandle) {
    let app = app.clone();
    let lock: Locker = Arc::new(move |why| lock_now(&app, why));
    #[cfg(target_os = "linux")]
    linux::watch(&lock);
    #[cfg(target_os = "macos")]
    macos::watch(&lock);
    #[cfg(windows)]
    windows::watch(&lock);
    #[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
    let _ = lock;
}

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(windows)]
mod windows;
