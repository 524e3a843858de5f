//! The evidence locker: intake with progress and cancel, details, chain of custody, preview
//! links, export of a decrypted copy, custody certificates, deletion, verification.
//!
//! Intake (`intake::import_batch`) encrypts *without* holding the vault: other commands (and a
//! lock) go on while a 4 GiB file is encrypted; the vault is taken only to record each file.
//! Progress goes to the webview as `evidence-progress` events; when a command changes a case's
//! evidence it emits `evidence-changed` so that any screen showing it reloads.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use habeas_core::audit::Entry;
use habeas_core::evidence::certificate;
use habeas_core::evidence::intake::{self, OnDuplicate, VerifyReport};
use habeas_core::evidence::metadata::{self, ImageMetadata, MetadataChoice};
use habeas_core::evidence::sniff::{self, Preview};
use habeas_core::evidence::{Category, Details, Evidence};
use habeas_core::export;
use habeas_core::pdf::PageSize;
use habeas_core::store::evidence_items as records;
use habeas_core::vault::BlobId;
use habeas_core::Error;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

use super::dialogs;
use super::vault::{blocking, with_vault};
use crate::error::CommandError;
use crate::events;
use crate::state::{cancel_job, start_job, AppState};

fn changed(app: &AppHandle, case_id: &str) {
    let _ = app.emit(events::EVIDENCE_CHANGED, case_id);
}

/// An item as the evidence tab shows it.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct EvidenceItem {
    #[serde(flatten)]
    item: Evidence,
    /// How it can be previewed.
    preview: Preview,
    /// Why not, when it cannot.
    no_preview: Option<&'static str>,
}

fn view(item: Evidence) -> EvidenceItem {
    let preview = item.preview();
    let no_preview = (preview == Preview::None && item.deleted.is_none())
        .then(|| sniff::no_preview_reason(&item.media_type));
    EvidenceItem {
        item,
        preview,
        no_preview,
    }
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_list(
    app: AppHandle,
    case_id: String,
) -> Result<Vec<EvidenceItem>, CommandError> {
    with_vault(app, move |v| {
        habeas_core::store::cases::get_case(v.store(), &case_id)?;
        Ok(records::list(v.store(), &case_id)?
            .into_iter()
            .map(view)
            .collect())
    })
    .await
}

/// The categories, in the order the app offers them, with their English labels.
#[tauri::command]
#[specta::specta]
pub(crate) fn evidence_categories() -> Vec<(Category, &'static str)> {
    Category::ALL.iter().map(|c| (*c, c.label())).collect()
}

/// Progress of an import, sent as `evidence-progress` events.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub(crate) struct ImportProgress {
    /// The file being imported (0-based) and how many there are.
    file: usize,
    files: usize,
    /// Its name.
    name: String,
    /// Bytes of this file done, and its size.
    done: u64,
    size: u64,
    /// Bytes of all files done, and their total.
    total_done: u64,
    total: u64,
}

/// A file that was not imported, and why.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct NotImported {
    path: PathBuf,
    name: String,
    /// For a duplicate: the item already in the case.
    existing: Option<String>,
    error: CommandError,
}

/// What an import did.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct ImportReport {
    imported: Vec<EvidenceItem>,
    /// Files already in the case (same SHA-256): the UI asks whether to import them anyway.
    duplicates: Vec<NotImported>,
    failed: Vec<NotImported>,
    /// The user cancelled: files after the one in progress were not imported.
    cancelled: bool,
    /// Entries of the folders given that were left out, with why.
    skipped: Vec<SkippedEntry>,
}

/// An entry of a folder left out of an import.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct SkippedEntry {
    name: String,
    reason: intake::SkipReason,
}

/// Imports files and folders into a case. One import at a time; `evidence_import_cancel` stops
/// it (the file in progress leaves nothing behind).
#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_import(
    app: AppHandle,
    case_id: String,
    paths: Vec<PathBuf>,
    on_duplicate: Option<OnDuplicate>,
) -> Result<ImportReport, CommandError> {
    // Only what the user chose in this session's dialog or dropped on the window (issue 16).
    app.state::<AppState>().picked().check(&paths)?;
    let cancel = start_job(app.state::<AppState>().import(), "An import")?;
    let job_app = app.clone();
    let result = blocking(move || {
        import_files(
            &job_app,
            &case_id,
            &paths,
            on_duplicate.unwrap_or_default(),
            &cancel,
        )
    })
    .await;
    *app.state::<AppState>().import() = None;
    result
}

fn import_files(
    app: &AppHandle,
    case_id: &str,
    paths: &[PathBuf],
    on_duplicate: OnDuplicate,
    cancel: &AtomicBool,
) -> Result<ImportReport, Error> {
    let state = app.state::<AppState>();
    let report = intake::import_batch(
        state.vault_slot(),
        case_id,
        paths,
        &Details::default(),
        on_duplicate,
        &mut |p| {
            let progress = ImportProgress {
                file: p.file,
                files: p.files,
                name: p.name.to_owned(),
                done: p.done,
                size: p.size,
                total_done: p.total_done,
                total: p.total,
            };
            let _ = app.emit(events::EVIDENCE_PROGRESS, progress);
            !cancel.load(Ordering::SeqCst)
        },
    )?;
    changed(app, case_id);
    let not_imported = |n: intake::NotImported| NotImported {
        existing: n.existing().map(str::to_owned),
        path: n.path,
        name: n.name,
        error: n.error.into(),
    };
    Ok(ImportReport {
        imported: report.imported.into_iter().map(view).collect(),
        duplicates: report.duplicates.into_iter().map(not_imported).collect(),
        failed: report.failed.into_iter().map(not_imported).collect(),
        cancelled: report.cancelled,
        skipped: report
            .skipped
            .into_iter()
            .map(|s| SkippedEntry {
                name: s.name,
                reason: s.reason,
            })
            .collect(),
    })
}

/// Cancels the running import, if any.
#[tauri::command]
#[specta::specta]
pub(crate) fn evidence_import_cancel(app: AppHandle) {
    cancel_job(app.state::<AppState>().import());
}

/// Asks for files (or a folder) with the native dialog; `None` when the user closes it.
#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_pick(
    app: AppHandle,
    folder: bool,
) -> Result<Option<Vec<PathBuf>>, CommandError> {
    let opener = dialogs::opener(&app, dialogs::DialogKind::Evidence);
    let chosen = blocking(move || {
        let dialog = dialogs::dialog(opener);
        let picked = if folder {
            dialog.blocking_pick_folder().map(|p| vec![p])
        } else {
            dialog.blocking_pick_files()
        };
        Ok(picked.map(|paths| {
            paths
                .into_iter()
                .filter_map(|p| p.into_path().ok())
                .collect::<Vec<PathBuf>>()
        }))
    })
    .await?;
    // What the user chose is what `evidence_import` will accept.
    if let Some(paths) = &chosen {
        app.state::<AppState>().picked().grant(paths);
        if let Some(first) = paths.first() {
            dialogs::remember(&app, dialogs::DialogKind::Evidence, first);
        }
    }
    Ok(chosen)
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_update(
    app: AppHandle,
    id: String,
    details: Details,
) -> Result<EvidenceItem, CommandError> {
    let emitter = app.clone();
    let item = with_vault(app, move |v| records::update(v.store(), &id, details)).await?;
    changed(&emitter, &item.case_id);
    Ok(view(item))
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_custody(
    app: AppHandle,
    id: String,
) -> Result<Vec<Entry>, CommandError> {
    with_vault(app, move |v| records::custody(v.store(), &id)).await
}

/// Where the webview can load an item's preview, for this session only.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct PreviewLink {
    /// The path to give `convertFileSrc(path, 'evidence')`: `<session token>/<item id>`.
    path: String,
    preview: Preview,
    media_type: String,
    size: u64,
    /// Where audio and video stream from instead, when the webview's player cannot read
    /// `evidence://` (Linux: the loopback server of `stream.rs`).
    stream: Option<String>,
}

/// Opens an item for viewing: logs "viewed" in its chain of custody and returns its preview
/// link (served by `protocol.rs` until the vault locks).
#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_preview(
    app: AppHandle,
    id: String,
) -> Result<PreviewLink, CommandError> {
    let token = app
        .state::<AppState>()
        .session()
        .clone()
        .ok_or(Error::VaultLocked)?;
    let handle = app.clone();
    with_vault(app, move |v| {
        let item = records::log_view(v.store(), &id)?;
        let preview = item.preview();
        let stream = (crate::stream::USED && matches!(preview, Preview::Audio | Preview::Video))
            .then(|| {
                handle
                    .state::<AppState>()
                    .media_url(&handle, &token, &item.id)
            })
            .transpose()
            .map_err(|source| Error::Io {
                action: "start the media preview",
                source,
            })?;
        Ok(PreviewLink {
            path: format!("{token}/{}", item.id),
            preview,
            media_type: item.media_type,
            size: item.size,
            stream,
        })
    })
    .await
}

/// What an item carries besides its picture (GPS position, phone, owner…), read in memory, for
/// the warning shown before it leaves the vault.
#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_metadata(
    app: AppHandle,
    id: String,
) -> Result<ImageMetadata, CommandError> {
    with_vault(app, move |v| metadata::of_item(v, &id)).await
}

/// Writes a decrypted copy where the user chooses (native save dialog, the original name
/// offered): the file as imported, or with `metadata` `remove` a photo's copy without what it
/// carries (made and recorded once). Returns the file name written, or `None` if the user
/// closed the dialog.
#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_export(
    app: AppHandle,
    id: String,
    metadata: MetadataChoice,
) -> Result<Option<String>, CommandError> {
    let lookup = id.clone();
    let name = with_vault(app.clone(), move |v| {
        Ok(records::get(v.store(), &lookup)?.original_name)
    })
    .await?;
    let Some(dest) = dialogs::save_as(&app, name, None).await? else {
        return Ok(None);
    };
    // The vault is held only to open the blob and, at the end, to log the export: a large copy
    // does not stop other commands (or a lock, which cancels it) while it is written.
    let open_id = id.clone();
    let job = with_vault(app.clone(), move |v| {
        intake::export_open_as(v, &open_id, metadata)
    })
    .await?;
    let cancel = super::filings::start_export(&app)?;
    let target = dest.clone();
    let written = blocking(move || {
        // The dialog asked before replacing a file.
        intake::export_write(job, &target, true, &mut |_| !cancel.load(Ordering::SeqCst))
    })
    .await;
    super::filings::finish_export(&app);
    let pending = written?;
    // Named and logged together; if the vault was locked meanwhile, the copy is removed.
    let item = with_vault(app.clone(), move |v| pending.finish(v)).await?;
    changed(&app, &item.case_id);
    Ok(dialogs::file_name(&dest))
}

/// Writes a custody certificate (PDF) for `ids` where the user chooses (native save dialog),
/// and records it in each item's chain of custody. Returns the file name written, or `None` if
/// the user closed the dialog.
#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_certificate(
    app: AppHandle,
    ids: Vec<String>,
    page_size: PageSize,
) -> Result<Option<String>, CommandError> {
    let options = certificate::Options {
        page_size,
        generated: habeas_core::clock::now(),
    };
    // Build before asking where to save: a refusal (no items, items of two cases) comes first.
    let check = ids.clone();
    let check_options = options.clone();
    with_vault(app.clone(), move |v| {
        certificate::build(v.store(), &check, &check_options).map(drop)
    })
    .await?;
    // Named after the items' case (the first item's: `build` refused items of two cases).
    let first = ids.first().cloned();
    let name = with_vault(app.clone(), move |v| {
        let case_id = first
            .map(|id| records::get(v.store(), &id).map(|e| e.case_id))
            .transpose()?;
        Ok(export::file_name(
            "custody-certificate",
            case_id.as_deref(),
            habeas_core::clock::today(),
            "pdf",
        ))
    })
    .await?;
    let Some(dest) = dialogs::save_as(&app, name, Some(dialogs::PDF)).await? else {
        return Ok(None);
    };
    let emitter = app.clone();
    let case_id = with_vault(app, move |v| {
        // The dialog asked before replacing a file.
        certificate::write(v.store(), &ids, &options, &dest, true)?;
        let case_id = ids
            .first()
            .map(|id| records::get(v.store(), id).map(|e| e.case_id))
            .transpose()?;
        Ok((case_id, dest))
    })
    .await?;
    if let Some(case_id) = &case_id.0 {
        changed(&emitter, case_id);
    }
    Ok(dialogs::file_name(&case_id.1))
}

#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_delete(app: AppHandle, id: String) -> Result<(), CommandError> {
    let emitter = app.clone();
    let case_id = with_vault(app, move |v| {
        let case_id = records::get(v.store(), &id)?.case_id;
        intake::delete(v, &id)?;
        Ok(case_id)
    })
    .await?;
    changed(&emitter, &case_id);
    Ok(())
}

/// Re-hashes every item of a case and reports each one's state.
#[tauri::command]
#[specta::specta]
pub(crate) async fn evidence_verify(
    app: AppHandle,
    case_id: String,
) -> Result<VerifyReport, CommandError> {
    let cancel = start_job(app.state::<AppState>().verify(), "A check of the evidence")?;
    let plan = with_vault(app.clone(), move |v| intake::verify_plan(v, Some(&case_id))).await;
    let report = match plan {
        Ok(plan) => {
            let worker = app.clone();
            blocking(move || {
                let state = worker.state::<AppState>();
                let vault_id = plan.vault_id().to_owned();
                // The vault is held only to open each blob: a lock (which also sets `cancel`)
                // never waits for a long check, and stops it at the next few MiB.
                let mut open = |blob: &BlobId| {
                    let guard = state.vault();
                    match guard.as_ref() {
                        Some(v) if v.id() == vault_id => v.open_blob(blob),
                        _ => Err(Error::VaultLocked),
                    }
                };
                intake::verify_run(plan, &mut open, &mut |done, total| {
                    let _ = worker.emit(
                        events::EVIDENCE_VERIFY_PROGRESS,
                        VerifyProgress { done, total },
                    );
                    !cancel.load(Ordering::SeqCst)
                })
            })
            .await
        }
        Err(e) => Err(e),
    };
    *app.state::<AppState>().verify() = None;
    report
}

/// Progress of a check, sent as `evidence-verify-progress` events: bytes decrypted so far.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub(crate) struct VerifyProgress {
    done: u64,
    total: u64,
}

/// Stops the running check, if any; it answers `cancelled`.
#[tauri::command]
#[specta::specta]
pub(crate) fn evidence_verify_cancel(app: AppHandle) {
    cancel_job(app.state::<AppState>().verify());
}
