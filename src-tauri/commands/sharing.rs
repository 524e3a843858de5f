//! This vault's sharing identity and its contacts, sharing a case and receiving one (issue 19.4;
//! docs/sharing-format.md). Only public keys cross: the sharing keys' secrets stay in the core;
//! the paths of shared files come from the shell's own dialogs, never from the webview.

use std::sync::atomic::Ordering;

use habeas_core::clock::today;
use habeas_core::export;
use habeas_core::sharing::{
    self, Contact, IdentityCard, Incoming, ReceiveOptions, Received, Revocation, ShareOptions,
    ShareRequest, Shared,
};
use habeas_core::Error;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, State};

use super::dialogs;
use super::vault::{blocking, with_vault};
use crate::error::CommandError;
use crate::events;
use crate::state::{cancel_job, start_job, AppState};

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

/// Progress of a share, sent as `share-progress` events: evidence bytes written so far.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub(crate) struct ShareProgress {
    done: u64,
    total: u64,
}

/// What was shared, for the webview: the file's name only, never its whole path.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct ShareDone {
    /// The file's name.
    file_name: Option<String>,
    /// Its size in bytes.
    bytes: u64,
    /// The recipient's fingerprint.
    to_fingerprint: String,
    /// The recipient's name among the contacts, if named.
    to_name: Option<String>,
    /// Evidence items included.
    evidence: u32,
    /// Filings included.
    filings: u32,
}

impl From<Shared> for ShareDone {
    fn from(shared: Shared) -> Self {
        Self {
            file_name: dialogs::file_name(&shared.file),
            bytes: shared.bytes,
            to_fingerprint: shared.to_fingerprint,
            to_name: shared.to_name,
            evidence: shared.evidence,
            filings: shared.filings,
        }
    }
}

/// Asks where to save, then writes the case with the evidence items and filings chosen into
/// one file for `to` (a contact's name, or a sharing identity's text), with `share-progress`
/// events; `case_share_cancel` stops it (no file is left, nothing is recorded). `None` when the
/// user closed the save dialog. The path comes from the dialog opened here, never the webview.
#[tauri::command]
#[specta::specta]
pub(crate) async fn case_share(
    app: AppHandle,
    case_id: String,
    to: String,
    evidence: Vec<String>,
    filings: Vec<String>,
) -> Result<Option<ShareDone>, CommandError> {
    let name = export::file_name("share", Some(&case_id), today(), "habeas-share");
    let Some(out) = dialogs::save_as(&app, name, Some(("Habeas", &["habeas-share"]))).await? else {
        return Ok(None);
    };
    let cancel = start_job(app.state::<AppState>().share(), "A share")?;
    let events = app.clone();
    let result = with_vault(app.clone(), move |vault| {
        sharing::share_with(
            vault,
            &ShareRequest {
                case_id: &case_id,
                to: &to,
                evidence: &evidence,
                filings: &filings,
                out: &out,
            },
            // The save dialog asked before replacing a file.
            ShareOptions {
                replace: true,
                progress: &mut |done, total| {
                    let _ = events.emit(events::SHARE_PROGRESS, ShareProgress { done, total });
                    !cancel.load(Ordering::SeqCst)
                },
            },
        )
    })
    .await;
    *app.state::<AppState>().share() = None;
    Ok(Some(result?.into()))
}

/// Cancels the running share, if any.
#[tauri::command]
#[specta::specta]
pub(crate) fn case_share_cancel(app: AppHandle) {
    cancel_job(app.state::<AppState>().share());
}

/// Asks for a shared file with the native dialog, then reads and checks it and says who sent it
/// and what receiving it would change, changing nothing. `None` when the user closed the dialog.
/// The file is kept (in memory, this session) for `share_receive`.
#[tauri::command]
#[specta::specta]
pub(crate) async fn share_receive_pick(app: AppHandle) -> Result<Option<Incoming>, CommandError> {
    let opener = dialogs::opener(&app, dialogs::DialogKind::Evidence);
    let chosen = blocking(move || {
        Ok(dialogs::dialog(opener)
            .add_filter("Habeas", &["habeas-share"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()))
    })
    .await?;
    *app.state::<AppState>().incoming_share() = chosen.clone();
    let Some(path) = chosen else {
        return Ok(None);
    };
    dialogs::remember(&app, dialogs::DialogKind::Evidence, &path);
    with_vault(app, move |vault| sharing::inspect(vault, &path))
        .await
        .map(Some)
}

/// Receives the file chosen by `share_receive_pick`: from a sender not among the contacts only
/// with `accept_sender` (the fingerprint the user compared), and over changes made here only
/// with `replace_local_edits`. On any error nothing in the vault changes.
#[tauri::command]
#[specta::specta]
pub(crate) async fn share_receive(
    app: AppHandle,
    accept_sender: Option<String>,
    replace_local_edits: bool,
) -> Result<Received, CommandError> {
    let path = app
        .state::<AppState>()
        .incoming_share()
        .clone()
        .ok_or(Error::InvalidInput {
            field: "Shared file",
            reason: "choose the file again".into(),
        })?;
    let received = with_vault(app.clone(), move |vault| {
        sharing::receive(
            vault,
            &path,
            ReceiveOptions {
                accept_sender: accept_sender.as_deref(),
                replace_local_edits,
            },
        )
    })
    .await?;
    *app.state::<AppState>().incoming_share() = None;
    Ok(received)
}

/// Makes a new sharing identity and returns the statement revoking the old one (public text,
/// signed by the old key, for the user to send to every contact).
#[tauri::command]
#[specta::specta]
pub(crate) async fn sharing_revoke(app: AppHandle) -> Result<Revocation, CommandError> {
    with_vault(app, |vault| {
        sharing::revocation::revoke(vault.store()).map(|(r, _)| r)
    })
    .await
}

/// Imports a contact's revocation statement (pasted).
#[tauri::command]
#[specta::specta]
pub(crate) async fn sharing_revocation_import(
    app: AppHandle,
    statement: String,
) -> Result<Revocation, CommandError> {
    with_vault(app, move |vault| {
        sharing::revocation::import(vault.store(), &statement)
    })
    .await
}
