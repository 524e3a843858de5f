//! CCF filings: create, save, delete, the admissibility check, the argument library, and the
//! exports (portal set into a folder, print packet, letters), each to a place chosen in a
//! native dialog. Export progress goes to the webview as `filing-progress` events and can be
//! cancelled with `filing_export_cancel`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use chrono::NaiveDate;
use habeas_core::evidence::metadata::MetadataChoice;
use habeas_core::export;
use habeas_core::filing::export as filing_export;
use habeas_core::filing::export::AnnexMetadata;
use habeas_core::filing::letters::{self, LetterKind};
use habeas_core::filing::{Filing, FilingKind, Language, Library};
use habeas_core::model::Event;
use habeas_core::rules::admissibility::Finding;
use habeas_core::store::filings;
use habeas_core::vault::Vault;
use habeas_core::Error;
use habeas_core::{clock, locale};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

use super::dialogs;
use super::vault::with_vault;
use crate::error::CommandError;
use crate::state::{cancel_job, start_job, AppState};

#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_list(
    app: AppHandle,
    case_id: String,
) -> Result<Vec<Filing>, CommandError> {
    with_vault(app, move |v| filings::list(v.store(), &case_id)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_create(
    app: AppHandle,
    case_id: String,
    kind: FilingKind,
    language: Language,
) -> Result<Filing, CommandError> {
    with_vault(app, move |v| {
        habeas_core::filing::draft::create(v.store(), &case_id, kind, language)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_save(app: AppHandle, filing: Filing) -> Result<Filing, CommandError> {
    with_vault(app, move |v| filings::update(v.store(), filing)).await
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_delete(app: AppHandle, id: String) -> Result<(), CommandError> {
    with_vault(app, move |v| filings::delete(v.store(), &id)).await
}

/// The admissibility findings of a filing, today.
#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_check(app: AppHandle, id: String) -> Result<Vec<Finding>, CommandError> {
    with_vault(app, move |v| {
        habeas_core::filing::check(v.store(), &id, clock::today())
    })
    .await
}

/// Records filing `id` as submitted through the CCF's portal on `date`: the event that starts
/// the CCF's clocks (issue 21.9).
#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_record_submitted(
    app: AppHandle,
    id: String,
    date: NaiveDate,
) -> Result<Event, CommandError> {
    with_vault(app, move |v| {
        habeas_core::filing::submitted::record(v.store(), &id, date, clock::today())
    })
    .await
}

/// The argument library for a case: every paragraph filled from it, and the suggested ones;
/// with a filing, the paragraphs also name that filing's annexes.
#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_arguments(
    app: AppHandle,
    case_id: String,
    filing_id: Option<String>,
) -> Result<Library, CommandError> {
    with_vault(app, move |v| {
        habeas_core::filing::library(v.store(), &case_id, filing_id.as_deref())
    })
    .await
}

/// Progress of an export, sent as `filing-progress` events.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub(crate) struct ExportProgress {
    done: usize,
    total: usize,
}

/// Registers the one export that may run at a time (a filing, or a decrypted copy), with the
/// cancel flag that `filing_export_cancel` and a lock raise.
pub(crate) fn start_export(app: &AppHandle) -> Result<Arc<AtomicBool>, CommandError> {
    Ok(start_job(app.state::<AppState>().export(), "An export")?)
}

/// Ends the export registered by [`start_export`].
pub(crate) fn finish_export(app: &AppHandle) {
    *app.state::<AppState>().export() = None;
}

/// Runs an export on the vault with progress events (`filing-progress`), cancelled by
/// `filing_export_cancel` or a lock.
async fn tracked<T: Send + 'static>(
    app: &AppHandle,
    work: impl FnOnce(&mut Vault, filing_export::Progress<'_>) -> Result<T, Error> + Send + 'static,
) -> Result<T, CommandError> {
    let cancel = start_export(app)?;
    let emitter = app.clone();
    let result = with_vault(app.clone(), move |v| {
        work(v, &mut |done, total| {
            let _ = emitter.emit(
                crate::events::FILING_PROGRESS,
                ExportProgress { done, total },
            );
            !cancel.load(Ordering::SeqCst)
        })
    })
    .await;
    finish_export(app);
    result
}

/// What each annex carries besides its picture (GPS position, phone, owner…), for the warning
/// shown before an export.
#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_annex_metadata(
    app: AppHandle,
    id: String,
) -> Result<Vec<AnnexMetadata>, CommandError> {
    with_vault(app, move |v| filing_export::annex_metadata(v, &id)).await
}

/// Writes the portal set into a folder the user chooses, photos with or without what they
/// carry as `metadata` says. Returns the folder's name, or `None` if the dialog was closed.
#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_export_portal(
    app: AppHandle,
    id: String,
    metadata: MetadataChoice,
) -> Result<Option<String>, CommandError> {
    let Some(dir) = dialogs::folder(&app).await? else {
        return Ok(None);
    };
    // The folder was chosen in the dialog; files already there are not replaced.
    let dir = tracked(&app, move |v, progress| {
        filing_export::portal_set(v, &id, &dir, false, metadata, progress).map(|_| dir)
    })
    .await?;
    Ok(dialogs::file_name(&dir))
}

/// Writes the print packet where the user chooses. Returns the file name, or `None`.
#[tauri::command]
#[specta::specta]
pub(crate) async fn filing_export_packet(
    app: AppHandle,
    id: String,
    metadata: MetadataChoice,
) -> Result<Option<String>, CommandError> {
    let lookup = id.clone();
    let name = with_vault(app.clone(), move |v| {
        let case_id = filings::get(v.store(), &lookup)?.case_id;
        Ok(export::file_name(
            "filing-packet",
            Some(&case_id),
            clock::today(),
            "pdf",
        ))
    })
    .await?;
    let Some(dest) = dialogs::save_as(&app, name, Some(dialogs::PDF)).await? else {
        return Ok(None);
    };
    // The dialog asked before replacing a file.
    let dest = tracked(&app, move |v, progress| {
        filing_export::packet(v, &id, &dest, true, metadata, progress).map(|()| dest)
    })
    .await?;
    Ok(dialogs::file_name(&dest))
}

/// Stops the running export; what it wrote is removed.
#[tauri::command]
#[specta::specta]
pub(crate) fn filing_export_cancel(app: AppHandle) {
    cancel_job(app.state::<AppState>().export());
}

/// Writes a letter (border authorities or asylum authority of `country`, the CCF, the
/// "detained now" sheet for `country` if given, the brief for the lawyer) in `language` (the
/// letter's code, chosen apart from the app's) where the user chooses. Returns the file name, or
/// `None`.
#[tauri::command]
#[specta::specta]
pub(crate) async fn letter_export(
    app: AppHandle,
    case_id: String,
    kind: LetterKind,
    country: String,
    language: String,
) -> Result<Option<String>, CommandError> {
    // A code ("fr"), not the core's type: specta has another `Language` (a filing's).
    let language = locale::Language::from_tag(&language).ok_or_else(|| Error::InvalidInput {
        field: "Language",
        reason: "choose one of en, fr, es, ar, ru".into(),
    })?;
    // Refused before asking where to save.
    if kind.needs_country() || (kind.takes_country() && !country.trim().is_empty()) {
        letters::country_code(&country)?;
    }
    let name = kind.file_name(&case_id, clock::today());
    let Some(dest) = dialogs::save_as(&app, name, Some(dialogs::PDF)).await? else {
        return Ok(None);
    };
    // The dialog asked before replacing a file. The paper follows the case's latest filing.
    let written = with_vault(app, move |v| {
        letters::write(
            v.store(),
            &case_id,
            kind,
            &country,
            language,
            None,
            &dest,
            true,
        )
        .map(|_| dest)
    })
    .await?;
    Ok(dialogs::file_name(&written))
}
