//! The vault screens: create, unlock (passphrase or recovery key), lock, status.
//!
//! Key derivation (scrypt, ~0.6 s and 256 MiB per key file) runs on a blocking worker thread,
//! never on the UI thread. Passphrases arrive from the webview once (a new one also while it is
//! typed, for the strength meter) and are dropped (wiped) here. The secrets that go back are a
//! generated passphrase, to fill the field and write down, and a recovery key (a new vault's, or
//! a new one made in Settings), which the user must see once to write it down; the UI forgets it as soon as the
//! user confirms (threat model). The shell keeps the key until then too, so the recovery sheet
//! can be printed from it and the confirmation checked against it.

use std::path::PathBuf;

use age::secrecy::ExposeSecret;
use age::secrecy::SecretString;
use habeas_core::export;
use habeas_core::pdf::PageSize;
use habeas_core::store::{KnownDevice, SetAside};
use habeas_core::vault::{recovery, CreateOptions, RecoveryKey, RecoveryKeyState, Strength, Vault};
use habeas_core::Error;
use serde::Serialize;
use tauri::{AppHandle, Manager, State};

use crate::error::CommandError;
use crate::state::AppState;

/// Whether a vault is unlocked, and which.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct VaultStatus {
    unlocked: bool,
    /// The vault folder, when unlocked.
    dir: Option<PathBuf>,
    /// Where its recovery key stands, when unlocked (the UI says when the key shown at
    /// creation was never confirmed, or a new one waits for confirmation).
    recovery: Option<RecoveryKeyState>,
    /// When unlocked and other accounts of this computer can look into the vault folder: what
    /// they can see and what to do (`vault::exposure`), to show as it is.
    exposure: Option<String>,
    /// When unlocked and a file-sync program left conflict copies in the vault folder (a save
    /// made on another device may be missing): what it means and what to do
    /// (`vault::sync_copies`), to show as it is.
    sync_copies: Option<String>,
}

/// The warning of [`habeas_core::vault::sync_copies`] for the vault folder `dir`.
fn sync_copies(dir: &std::path::Path) -> Option<String> {
    habeas_core::vault::sync_copies(dir).map(|c| c.message())
}

/// The warning of [`habeas_core::vault::exposure`] for the vault folder `dir`.
fn exposure(dir: &std::path::Path) -> Option<String> {
    habeas_core::vault::exposure(dir).map(|e| e.message())
}

/// What the user must see once after creating a vault.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct CreatedVault {
    dir: PathBuf,
    recovery_key: String,
    /// As in [`VaultStatus`]: what other accounts can see of the new vault's folder.
    exposure: Option<String>,
}

/// Runs blocking core work (key derivation, file I/O) off the UI thread.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, CommandError> {
    match tauri::async_runtime::spawn_blocking(work).await {
        Ok(result) => result.map_err(CommandError::from),
        Err(join) => Err(CommandError::internal(&join)),
    }
}

/// Runs `work` on the unlocked vault, off the UI thread. When the journal has grown long, it is
/// then folded into a new snapshot in the background, after the answer has gone back, so that
/// no command waits for it and opening stays fast.
pub(crate) async fn with_vault<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&mut Vault) -> Result<T, Error> + Send + 'static,
) -> Result<T, CommandError> {
    let handle = app.clone();
    let (result, compact) = blocking(move || {
        let state = app.state::<AppState>();
        let mut guard = state.vault();
        let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
        let result = work(vault);
        Ok((result, vault.store().needs_compaction()))
    })
    .await?;
    if compact {
        tauri::async_runtime::spawn_blocking(move || {
            let state = handle.state::<AppState>();
            let mut guard = state.vault();
            if let Some(vault) = guard.as_mut() {
                // A failure leaves the journal as it was: every save in it is still durable,
                // and the next command or the lock tries again.
                let _ = vault.store().compact_if_needed();
            }
        });
    }
    result.map_err(CommandError::from)
}

pub(crate) fn folder(dir: &str) -> Result<PathBuf, CommandError> {
    let trimmed = dir.trim();
    if trimmed.is_empty() {
        return Err(Error::InvalidInput {
            field: "Vault folder",
            reason: "choose a folder first".into(),
        }
        .into());
    }
    Ok(PathBuf::from(trimmed))
}

#[tauri::command]
#[specta::specta]
pub(crate) fn vault_status(state: State<'_, AppState>) -> VaultStatus {
    let vault = state.vault();
    VaultStatus {
        unlocked: vault.is_some(),
        dir: vault.as_ref().map(|v| v.dir().to_path_buf()),
        recovery: vault.as_ref().and_then(|v| v.recovery_key_state().ok()),
        exposure: vault.as_ref().and_then(|v| exposure(v.dir())),
        sync_copies: vault.as_ref().and_then(|v| sync_copies(v.dir())),
    }
}

/// Where the first screen looks for a vault (issue 21.10).
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct VaultPlaces {
    /// Where a new vault goes unless the user chooses elsewhere (`vault::default_folder` of the
    /// OS data folder); `None` when the OS names no data folder.
    default_dir: Option<PathBuf>,
    /// Whether a vault is already there (then the screen offers to unlock it).
    default_exists: bool,
    /// For the folder the webview knew this session, if it sent one: whether a vault is still
    /// there (not when it was moved or renamed, or is on a drive that is not connected).
    known_exists: Option<bool>,
}

/// Says where the first screen should start: the default vault folder and whether a vault is
/// there, and whether the folder known this session still holds one. Nothing is remembered on
/// disk: a vault's path names the user's folders.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_places(
    app: AppHandle,
    known: Option<String>,
) -> Result<VaultPlaces, CommandError> {
    let default_dir = app
        .path()
        .data_dir()
        .ok()
        .map(|data| habeas_core::vault::default_folder(&data));
    let known = known.and_then(|dir| folder(&dir).ok());
    blocking(move || {
        Ok(VaultPlaces {
            default_exists: default_dir.as_deref().is_some_and(Vault::exists_at),
            known_exists: known.as_deref().map(Vault::exists_at),
            default_dir,
        })
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_create(
    state: State<'_, AppState>,
    dir: String,
    passphrase: String,
) -> Result<CreatedVault, CommandError> {
    let dir = folder(&dir)?;
    let passphrase = SecretString::from(passphrase);
    let created =
        blocking(move || Vault::create(&dir, &passphrase, CreateOptions::default())).await?;
    let answer = CreatedVault {
        dir: created.vault.dir().to_path_buf(),
        recovery_key: created.recovery_key.expose().to_owned(),
        exposure: exposure(created.vault.dir()),
    };
    state.open(created.vault);
    *state.recovery() = Some(created.recovery_key);
    Ok(answer)
}

/// How hard a new passphrase is to guess (`habeas_core::vault::estimate_passphrase`), for the
/// meter of the creation and change forms: for a vault in `dir` when given (the creation form's
/// folder), else the unlocked vault's. The passphrase goes no further than this process and is
/// dropped (wiped) after the estimate; off the UI thread, since zxcvbn's time grows with length.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_passphrase_strength(
    state: State<'_, AppState>,
    passphrase: String,
    dir: Option<String>,
) -> Result<Strength, CommandError> {
    let passphrase = SecretString::from(passphrase);
    let dir = match dir.as_deref().map(str::trim) {
        Some(typed) if !typed.is_empty() => Some(PathBuf::from(typed)),
        _ => state.vault().as_ref().map(|v| v.dir().to_path_buf()),
    };
    blocking(move || {
        Ok(habeas_core::vault::estimate_passphrase(
            &passphrase,
            dir.as_deref(),
        ))
    })
    .await
}

/// A new passphrase of six random words (`habeas_core::vault::generate_passphrase`), for the
/// user to write down and type: it fills the new-passphrase field of the form that asked.
#[tauri::command]
#[specta::specta]
pub(crate) fn vault_generate_passphrase() -> Result<String, CommandError> {
    Ok(habeas_core::vault::generate_passphrase()?
        .expose_secret()
        .to_owned())
}

/// Writes the new vault's recovery sheet (PDF: the key in letters and as a QR code) where the
/// user chooses, to print. Only until the user confirms they stored the key. Returns the file
/// name written, or `None` if the dialog was closed.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_recovery_sheet(
    app: AppHandle,
    page_size: PageSize,
) -> Result<Option<String>, CommandError> {
    let Some(dest) = super::dialogs::save_as(
        &app,
        "habeas-recovery-sheet.pdf".into(),
        Some(super::dialogs::PDF),
    )
    .await?
    else {
        return Ok(None);
    };
    blocking(move || {
        let state = app.state::<AppState>();
        let vault_id = state
            .vault()
            .as_ref()
            .map(|v| v.id().to_owned())
            .ok_or(Error::VaultLocked)?;
        let recovery = state.recovery();
        let key = recovery.as_ref().ok_or(Error::InvalidInput {
            field: "Recovery sheet",
            reason: "a recovery key is shown and printable only until you confirm you stored it"
                .into(),
        })?;
        // In the language the app is read in, as its messages are.
        let pdf = recovery::sheet_in(
            key,
            &vault_id,
            page_size,
            habeas_core::clock::now(),
            crate::error::spoken(),
        )?;
        export::write_file(&dest, &pdf, true)?;
        Ok(super::dialogs::file_name(&dest))
    })
    .await
}

/// Makes a new recovery key after checking the current passphrase (someone at an unattended,
/// unlocked vault cannot replace it). The key is only prepared: the current one keeps opening
/// the vault until the user confirms they stored the new one (`vault_confirm_recovery_key`).
/// Returns the key to show once; the shell keeps it for the recovery sheet and the
/// confirmation until then, or until the vault locks.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_new_recovery_key(
    app: AppHandle,
    current: String,
) -> Result<String, CommandError> {
    let current = SecretString::from(current);
    blocking(move || {
        let state = app.state::<AppState>();
        let key = {
            let guard = state.vault();
            let vault = guard.as_ref().ok_or(Error::VaultLocked)?;
            vault.check_passphrase(&current)?;
            vault.prepare_recovery_key()?
        };
        let shown = key.expose().to_owned();
        *state.recovery() = Some(key);
        Ok(shown)
    })
    .await
}

/// The user says they stored the recovery key: `typed` is the last group of the key on screen,
/// or, with none on screen (after a lock), the whole key. A new key then replaces the old one;
/// the shell forgets the key it held. Returns where the recovery key now stands.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_confirm_recovery_key(
    app: AppHandle,
    typed: String,
) -> Result<RecoveryKeyState, CommandError> {
    with_vault(app.clone(), move |vault| {
        let state = app.state::<AppState>();
        let mut shown = state.recovery();
        vault.confirm_typed_recovery_key(shown.as_ref(), &typed)?;
        *shown = None;
        vault.recovery_key_state()
    })
    .await
}

/// The devices that save to this vault, with when each saved last and when this device last
/// saw its changes (issue 20.3).
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_devices(app: AppHandle) -> Result<Vec<KnownDevice>, CommandError> {
    with_vault(app, |vault| vault.devices()).await
}

/// Throws away a new recovery key that was not confirmed: the current one stays.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_discard_recovery_key(
    app: AppHandle,
) -> Result<RecoveryKeyState, CommandError> {
    with_vault(app.clone(), move |vault| {
        vault.discard_recovery_key()?;
        *app.state::<AppState>().recovery() = None;
        vault.recovery_key_state()
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_unlock(
    state: State<'_, AppState>,
    dir: String,
    passphrase: String,
) -> Result<VaultStatus, CommandError> {
    let dir = folder(&dir)?;
    let passphrase = SecretString::from(passphrase);
    let vault = blocking(move || Vault::unlock(&dir, &passphrase)).await?;
    Ok(install(&state, vault))
}

/// What a rescue opened, and what it set aside.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct Rescued {
    #[serde(flatten)]
    status: VaultStatus,
    /// The unreadable journal record and the saves moved with it; `None` if none was needed.
    set_aside: Option<SetAside>,
}

/// Opens the vault with its passphrase when a journal record is missing or damaged: that save
/// and every later one are moved aside unread (never deleted) and the vault opens as it was
/// before it (`Vault::unlock_rescuing`). Offered by the unlock screen only after such an error.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_rescue(
    state: State<'_, AppState>,
    dir: String,
    passphrase: String,
) -> Result<Rescued, CommandError> {
    let dir = folder(&dir)?;
    let passphrase = SecretString::from(passphrase);
    let (vault, set_aside) = blocking(move || Vault::unlock_rescuing(&dir, &passphrase)).await?;
    Ok(Rescued {
        status: install(&state, vault),
        set_aside,
    })
}

/// Opens the vault with its recovery key and sets a new passphrase in one step.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_recover(
    state: State<'_, AppState>,
    dir: String,
    recovery_key: String,
    new_passphrase: String,
) -> Result<VaultStatus, CommandError> {
    let dir = folder(&dir)?;
    let key = RecoveryKey::parse(&recovery_key)?;
    drop(recovery_key);
    let passphrase = SecretString::from(new_passphrase);
    let vault = blocking(move || {
        let mut vault = Vault::unlock_with_recovery_key(&dir, &key)?;
        vault.change_passphrase(&passphrase)?;
        Ok(vault)
    })
    .await?;
    Ok(install(&state, vault))
}

/// Makes `vault` the unlocked vault of the app.
pub(super) fn install(state: &AppState, vault: Vault) -> VaultStatus {
    let status = VaultStatus {
        unlocked: true,
        dir: Some(vault.dir().to_path_buf()),
        recovery: vault.recovery_key_state().ok(),
        exposure: exposure(vault.dir()),
        sync_copies: sync_copies(vault.dir()),
    };
    state.open(vault);
    status
}

/// Locks the vault: folds the journal into the snapshot, wipes the keys, closes the index.
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_lock(state: State<'_, AppState>) -> Result<(), CommandError> {
    let vault = state.close();
    match vault {
        Some(vault) => blocking(move || vault.lock()).await,
        None => Ok(()),
    }
}

/// The webview saw the user active (a key, a click), at most every 30 s; `paused` while a
/// recovery key is on screen. Keeps the shell's own auto-lock (`idle_lock.rs`) from locking.
#[tauri::command]
#[specta::specta]
pub(crate) fn session_activity(state: State<'_, AppState>, paused: bool) {
    state.idle().activity(paused);
}

/// Changes the passphrase of the unlocked vault, after checking the current one. The vault
/// stays in place (a lock pressed meanwhile waits for the change, then locks).
#[tauri::command]
#[specta::specta]
pub(crate) async fn vault_change_passphrase(
    app: AppHandle,
    current: String,
    new_passphrase: String,
) -> Result<(), CommandError> {
    let current = SecretString::from(current);
    let new = SecretString::from(new_passphrase);
    blocking(move || {
        let state = app.state::<AppState>();
        let mut guard = state.vault();
        let vault = guard.as_mut().ok_or(Error::VaultLocked)?;
        vault.check_passphrase(&current)?;
        // Rotates the vault identity, re-keying every evidence file (a header each): this
        // blocking task keeps it off the UI thread.
        vault.change_passphrase(&new).map(|_| ())
    })
    .await
}
