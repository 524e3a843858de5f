//! Backups, restore and travel mode (issue 19): each command calls one core function. A backup
//! and a travel step hold the vault while they run (off the UI thread), report progress as
//! `backup-progress` events, and stop at the next evidence file when cancelled.

use std::sync::atomic::Ordering;

use age::secrecy::SecretString;
use habeas_core::travel_mode::{self, Left, Returned, TravelStatus};
use habeas_core::vault::backup::{describe_generations, GenerationSummary};
use habeas_core::vault::{
    restore, BackupPolicy, BackupProgress, BackupReport, BackupStatus, RecoveryKey, RestoreSecret,
    Restored,
};
use habeas_core::Error;
use tauri::{AppHandle, Emitter, Manager};

use super::vault::{blocking, folder, with_vault};
use crate::error::CommandError;
use crate::events;
use crate::state::{cancel_job, start_job, AppState};

/// Runs `work` (a backup or a travel step) on the vault with progress events and the cancel
/// flag of the one backup that may run at a time.
async fn backup_job<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(
            &mut habeas_core::vault::Vault,
            &mut dyn FnMut(BackupProgress) -> bool,
        ) -> Result<T, Error>
        + Send
        + 'static,
) -> Result<T, CommandError> {
    let cancel = start_job(app.state::<AppState>().backup(), "A backup")?;
    let emitter = app.clone();
    let result = with_vault(app.clone(), move |vault| {
        work(vault, &mut |progress| {
            let _ = emitter.emit(events::BACKUP_PROGRESS, progress);
            !cancel.load(Ordering::SeqCst)
        })
    })
    .await;
    *app.state::<AppState>().backup() = None;
    result
}

/// Backs the vault up into `dir` (checked, pruned by the user's rule).
#[tauri::command]
#[specta::specta]
pub(crate) async fn backup_run(app: AppHandle, dir: String) -> Result<BackupReport, CommandError> {
    let dir = folder(&dir)?;
    backup_job(app, move |vault, observe| vault.backup(&dir, observe)).await
}

/// Stops the running backup or travel step, if any; it answers `cancelled`.
#[tauri::command]
#[specta::specta]
pub(crate) fn backup_cancel(app: AppHandle) {
    cancel_job(app.state::<AppState>().backup());
}

/// The last backup, the last good one, the rule, and whether to remind.
#[tauri::command]
#[specta::specta]
pub(crate) async fn backup_status(app: AppHandle) -> Result<BackupStatus, CommandError> {
    with_vault(app, |vault| vault.backup_status()).await
}

/// Saves how many backups a folder keeps and when to remind.
#[tauri::command]
#[specta::specta]
pub(crate) async fn backup_set_policy(
    app: AppHandle,
    policy: BackupPolicy,
) -> Result<BackupStatus, CommandError> {
    with_vault(app, move |vault| {
        vault.set_backup_policy(policy)?;
        vault.backup_status()
    })
    .await
}

/// The generations of the backup in `backup`, oldest first: when each was made and whether a
/// change of secret came after it. Needs no vault and no secret (the unlock screen's restore).
#[tauri::command]
#[specta::specta]
pub(crate) async fn backup_generations(
    backup: String,
) -> Result<Vec<GenerationSummary>, CommandError> {
    let backup = folder(&backup)?;
    blocking(move || describe_generations(&backup)).await
}

/// Restores `generation` (the newest when null) of the backup in `backup` into the new folder
/// `dir`, opened with the passphrase or, when given, the recovery key of that time. No vault
/// needs to be unlocked. Reports `backup-progress`; `backup_cancel` stops it at the next
/// evidence file, leaving no folder behind.
#[tauri::command]
#[specta::specta]
pub(crate) async fn backup_restore(
    app: AppHandle,
    backup: String,
    generation: Option<String>,
    dir: String,
    passphrase: Option<String>,
    recovery_key: Option<String>,
) -> Result<Restored, CommandError> {
    let backup = folder(&backup)?;
    let dir = folder(&dir)?;
    let key = recovery_key
        .as_deref()
        .map(RecoveryKey::parse)
        .transpose()?;
    drop(recovery_key);
    let passphrase = SecretString::from(passphrase.unwrap_or_default());
    let cancel = start_job(app.state::<AppState>().backup(), "A restore")?;
    let emitter = app.clone();
    let result = blocking(move || {
        let secret = match &key {
            Some(key) => RestoreSecret::RecoveryKey(key),
            None => RestoreSecret::Passphrase(&passphrase),
        };
        restore(
            &backup,
            generation.as_deref(),
            &dir,
            &secret,
            &mut |progress| {
                let _ = emitter.emit(events::BACKUP_PROGRESS, progress);
                !cancel.load(Ordering::SeqCst)
            },
        )
    })
    .await;
    *app.state::<AppState>().backup() = None;
    result
}

/// Takes `cases` (every case when null) off this device, after a checked backup in `dir`.
#[tauri::command]
#[specta::specta]
pub(crate) async fn travel_leave(
    app: AppHandle,
    cases: Option<Vec<String>>,
    dir: String,
) -> Result<Left, CommandError> {
    let dir = folder(&dir)?;
    backup_job(app, move |vault, observe| {
        travel_mode::leave(vault, cases.as_deref(), &dir, observe)
    })
    .await
}

/// Brings the cases away back from the backup in `dir`.
#[tauri::command]
#[specta::specta]
pub(crate) async fn travel_return(app: AppHandle, dir: String) -> Result<Returned, CommandError> {
    let dir = folder(&dir)?;
    backup_job(app, move |vault, observe| {
        travel_mode::come_back(vault, &dir, observe)
    })
    .await
}

/// What this device holds, and which cases are away.
#[tauri::command]
#[specta::specta]
pub(crate) async fn travel_status(app: AppHandle) -> Result<TravelStatus, CommandError> {
    with_vault(app, travel_mode::status).await
}
