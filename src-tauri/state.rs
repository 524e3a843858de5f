//! What the shell holds between commands: at most one unlocked vault.
//!
//! The vault (its keys and its in-memory index) lives here, in the Rust process, never in the
//! webview. Locking drops it, which wipes the keys and closes the index.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use habeas_core::vault::recovery::RecoveryKey;
use habeas_core::vault::Vault;
use tauri::http::StatusCode;
use tauri::{AppHandle, Manager};

use crate::stream;

/// The app's state, managed by Tauri.
#[derive(Debug, Default)]
pub(crate) struct AppState {
    vault: Mutex<Option<Vault>>,
    /// A random name for the current unlocked session, part of every preview URL
    /// (`protocol.rs`). Replaced at each unlock, cleared at lock: old URLs never serve again.
    session: Mutex<Option<String>>,
    /// The cancel flag of the import that is running, if any (one at a time).
    import: Mutex<Option<Arc<AtomicBool>>>,
    /// The cancel flag of the filing export that is running, if any (one at a time).
    export: Mutex<Option<Arc<AtomicBool>>>,
    /// The cancel flag of the evidence check that is running, if any (one at a time).
    verify: Mutex<Option<Arc<AtomicBool>>>,
    /// The recovery key of a vault just created, kept only until the user confirms they stored
    /// it (or locks), so the recovery sheet can be printed without the webview sending it back.
    recovery: Mutex<Option<RecoveryKey>>,
    /// The loopback server for audio and video previews (`stream.rs`), started at the first
    /// such preview.
    media: Mutex<Option<stream::Server>>,
}

impl AppState {
    /// The unlocked vault, if any. A panic while the lock was held cannot leave a half-updated
    /// vault here (every vault operation is atomic on disk), so a poisoned lock is recovered.
    pub(crate) fn vault(&self) -> MutexGuard<'_, Option<Vault>> {
        self.vault.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The unlocked vault's slot itself, lent to a core use case that takes the vault only for
    /// short moments (`intake::import_batch`), so a lock can come in between.
    pub(crate) fn vault_slot(&self) -> &Mutex<Option<Vault>> {
        &self.vault
    }

    /// The current session's preview token.
    pub(crate) fn session(&self) -> MutexGuard<'_, Option<String>> {
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The running import's cancel flag.
    pub(crate) fn import(&self) -> MutexGuard<'_, Option<Arc<AtomicBool>>> {
        self.import.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The running filing export's cancel flag.
    pub(crate) fn export(&self) -> MutexGuard<'_, Option<Arc<AtomicBool>>> {
        self.export.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The running evidence check's cancel flag.
    pub(crate) fn verify(&self) -> MutexGuard<'_, Option<Arc<AtomicBool>>> {
        self.verify.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The new vault's recovery key, until the user confirms they stored it.
    pub(crate) fn recovery(&self) -> MutexGuard<'_, Option<RecoveryKey>> {
        self.recovery.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The loopback URL of item `id` for the session `token`, the server started if needed.
    pub(crate) fn media_url(
        &self,
        app: &AppHandle,
        token: &str,
        id: &str,
    ) -> std::io::Result<String> {
        let mut media = self.media.lock().unwrap_or_else(PoisonError::into_inner);
        let server = match &mut *media {
            Some(server) => server,
            empty @ None => empty.insert(stream::Server::start(Arc::new(Previews(app.clone())))?),
        };
        Ok(server.url(token, id))
    }

    /// Makes `vault` the unlocked vault, with a new session token.
    pub(crate) fn open(&self, vault: Vault) {
        *self.recovery() = None;
        *self.session() = habeas_core::files::random_token().ok();
        *self.vault() = Some(vault);
    }

    /// Takes the vault out (to lock it) and ends the session: preview URLs stop serving, and a
    /// running import, export or evidence check is cancelled.
    pub(crate) fn close(&self) -> Option<Vault> {
        *self.session() = None;
        if let Some(server) = self
            .media
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            server.cut();
        }
        *self.recovery() = None;
        cancel_job(self.import());
        cancel_job(self.export());
        cancel_job(self.verify());
        self.vault().take()
    }
}

/// The slot of the one long job of a kind that may run at a time (an import, an export, an
/// evidence check): its cancel flag while it runs.
pub(crate) type JobSlot<'a> = MutexGuard<'a, Option<Arc<AtomicBool>>>;

/// Registers a new job in `slot`, or refuses with [`habeas_core::Error::Busy`] naming `what`
/// ("An export") when one is already running.
pub(crate) fn start_job(
    mut slot: JobSlot<'_>,
    what: &'static str,
) -> Result<Arc<AtomicBool>, habeas_core::Error> {
    if slot.is_some() {
        return Err(habeas_core::Error::Busy { what });
    }
    let cancel = Arc::new(AtomicBool::new(false));
    *slot = Some(Arc::clone(&cancel));
    Ok(cancel)
}

/// Asks the job running in `slot`, if any, to stop.
pub(crate) fn cancel_job(slot: JobSlot<'_>) {
    if let Some(cancel) = slot.as_ref() {
        cancel.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// The unlocked vault's evidence, as the loopback server sees it.
struct Previews(AppHandle);

impl stream::Source for Previews {
    fn open(&self, token: &str, id: &str) -> Result<stream::Item, StatusCode> {
        let opened = crate::protocol::open_item(&self.0.state::<AppState>(), token, id)?;
        Ok(stream::Item {
            size: opened.size,
            content_type: opened.content_type,
            reader: Box::new(opened.reader),
        })
    }

    fn live(&self, token: &str) -> bool {
        self.0.state::<AppState>().session().as_deref() == Some(token)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// A second job of the same kind is refused with its own code, not `invalid_input`.
    #[test]
    fn a_second_job_is_busy() {
        let slot: Mutex<Option<Arc<AtomicBool>>> = Mutex::new(None);
        let first = start_job(slot.lock().unwrap(), "An export");
        assert!(first.is_ok());
        let second = start_job(slot.lock().unwrap(), "An export");
        assert!(matches!(
            second,
            Err(ref e) if e.code() == habeas_core::ErrorCode::Busy
        ));
        cancel_job(slot.lock().unwrap());
        assert!(first.unwrap().load(std::sync::atomic::Ordering::SeqCst));
    }
}
