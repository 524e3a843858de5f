//! What the shell holds between commands: at most one unlocked vault.
//!
//! The vault (its keys and its in-memory index) lives here, in the Rust process, never in the
//! webview. Locking drops it, which wipes the keys and closes the index.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use habeas_core::vault::recovery::RecoveryKey;
use habeas_core::vault::Vault;
use tauri::http::StatusCode;
use tauri::{AppHandle, Manager};

use crate::commands::dialogs::LastFolders;
use crate::idle_lock::{self, IdleClock};
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
    /// The cancel flag of the backup or travel step that is running, if any (one at a time).
    backup: Mutex<Option<Arc<AtomicBool>>>,
    /// The cancel flag of the share that is running, if any (one at a time).
    share: Mutex<Option<Arc<AtomicBool>>>,
    /// The shared file chosen in this session's "receive" dialog, until it is received: the only
    /// file `share_receive` reads (issue 19.4).
    incoming_share: Mutex<Option<PathBuf>>,
    /// The recovery key of a vault just created, kept only until the user confirms they stored
    /// it (or locks), so the recovery sheet can be printed without the webview sending it back.
    recovery: Mutex<Option<RecoveryKey>>,
    /// The loopback server for audio and video previews (`stream.rs`), started at the first
    /// such preview.
    media: Mutex<Option<stream::Server>>,
    /// What the user chose in this session's evidence dialogs or dropped on the window: the
    /// only paths an import accepts (issue 16).
    picked: Mutex<PickedPaths>,
    /// The folder each kind of file dialog last went to in this unlocked session, where the
    /// next one of that kind starts (issue 21.10). In memory only, forgotten at lock: a path
    /// names the user's folders, and is never written to disk in clear.
    last_folders: Mutex<LastFolders>,
    /// The shell's own idle countdown, the backstop of the webview's (`idle_lock.rs`).
    idle: IdleClock,
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

    /// The shell's idle countdown.
    pub(crate) fn idle(&self) -> &IdleClock {
        &self.idle
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

    /// The running backup's (or travel step's) cancel flag.
    pub(crate) fn backup(&self) -> MutexGuard<'_, Option<Arc<AtomicBool>>> {
        self.backup.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The running share's cancel flag.
    pub(crate) fn share(&self) -> MutexGuard<'_, Option<Arc<AtomicBool>>> {
        self.share.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The shared file chosen to be received.
    pub(crate) fn incoming_share(&self) -> MutexGuard<'_, Option<PathBuf>> {
        self.incoming_share
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The new vault's recovery key, until the user confirms they stored it.
    pub(crate) fn recovery(&self) -> MutexGuard<'_, Option<RecoveryKey>> {
        self.recovery.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The paths the shell handed out in this session (file dialogs, drops).
    pub(crate) fn picked(&self) -> MutexGuard<'_, PickedPaths> {
        self.picked.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Where this session's file dialogs last went, by kind.
    pub(crate) fn last_folders(&self) -> MutexGuard<'_, LastFolders> {
        self.last_folders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
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
    pub(crate) fn open(&self, mut vault: Vault) {
        let minutes = habeas_core::settings::auto_lock_minutes(vault.store())
            .unwrap_or(habeas_core::settings::DEFAULT_AUTO_LOCK_MINUTES);
        self.idle.restart(idle_lock::period(minutes));
        *self.recovery() = None;
        *self.picked() = PickedPaths::default();
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
        *self.picked() = PickedPaths::default();
        *self.last_folders() = LastFolders::default();
        cancel_job(self.import());
        cancel_job(self.export());
        cancel_job(self.verify());
        cancel_job(self.share());
        *self.incoming_share() = None;
        self.vault().take()
    }
}

/// The files and folders the user chose in Habeas' own evidence dialog, or dropped on its
/// window, in this session. An import takes only these, or what lies inside a chosen folder: a
/// script in the webview (a hostile file that found a hole in a preview, say) cannot have the
/// shell encrypt `~/.ssh/id_ed25519` into a case, because no dialog ever handed it out.
/// Forgotten at lock and unlock.
#[derive(Debug, Default)]
pub(crate) struct PickedPaths(HashSet<PathBuf>);

impl PickedPaths {
    /// Remembers paths the shell handed to the webview (a dialog's answer, a drop).
    pub(crate) fn grant<'a>(&mut self, paths: impl IntoIterator<Item = &'a PathBuf>) {
        self.0.extend(paths.into_iter().cloned());
    }

    /// Whether `path` was handed out, or lies inside a folder that was. Only absolute paths
    /// without `..` are compared, so `<chosen folder>/../.ssh` is not inside the folder.
    pub(crate) fn allows(&self, path: &Path) -> bool {
        path.is_absolute()
            && !path.components().any(|c| matches!(c, Component::ParentDir))
            && path.ancestors().any(|a| self.0.contains(a))
    }

    /// Refuses the first of `paths` that was not handed out, naming it (its file name only).
    pub(crate) fn check(&self, paths: &[PathBuf]) -> Result<(), habeas_core::Error> {
        match paths.iter().find(|p| !self.allows(p)) {
            None => Ok(()),
            Some(path) => Err(habeas_core::Error::InvalidInput {
                field: "Files to import",
                reason: format!(
                    "“{}” was not chosen with “Import files…” or “Import a folder…”, nor dropped \
                     on this window, and Habeas imports only what you choose that way: choose it \
                     again",
                    path.file_name()
                        .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy())
                ),
            }),
        }
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
        crate::protocol::token_matches(self.0.state::<AppState>().session().as_deref(), token)
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

    /// Import takes what a dialog or a drop handed out (and what lies in a chosen folder), and
    /// nothing the webview names by itself.
    #[test]
    fn only_picked_paths_are_imported() {
        let home = std::env::temp_dir().join("habeas-picked");
        let (chosen, folder) = (home.join("Evidence/warrant.pdf"), home.join("Scans"));
        let mut picked = PickedPaths::default();
        let ssh = home.join(".ssh/id_ed25519");
        assert!(!picked.allows(&chosen), "nothing is allowed before a pick");
        picked.grant([&chosen, &folder]);

        assert!(picked.allows(&chosen));
        assert!(picked.allows(&folder));
        assert!(picked.allows(&folder.join("2024/page-1.jpg")));
        for refused in [
            ssh.clone(),
            home.join("Evidence/other.pdf"),
            home.clone(),
            folder.join("../.ssh/id_ed25519"),
            PathBuf::from("Scans/page-1.jpg"),
            PathBuf::from("Evidence/warrant.pdf"),
        ] {
            assert!(!picked.allows(&refused), "{}", refused.display());
        }

        assert!(picked
            .check(&[chosen.clone(), folder.join("a.jpg")])
            .is_ok());
        let refusal = picked.check(&[chosen, ssh]).expect_err("refused");
        assert_eq!(refusal.code(), habeas_core::ErrorCode::InvalidInput);
        let message = refusal.user_message();
        assert!(message.contains("“id_ed25519”"), "{message}");
        assert!(
            !message.contains(".ssh"),
            "the message names the file only: {message}"
        );
    }
}
