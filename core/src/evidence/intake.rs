//! Files in and out of the vault: intake (encrypt, hash, sniff, record), export of a decrypted
//! copy, deletion, and verification.
//!
//! Intake is two steps so that the app can encrypt a large file without holding the vault:
//! [`stage`] streams the file into a new blob through a [`BlobSink`] (constant memory; the
//! SHA-256 and the type come from the same pass), then [`commit`] records it under the vault. A
//! [`Staged`] blob that is never committed (cancelled, failed, a duplicate, the vault locked
//! meanwhile) is removed when dropped: no partial blob and no orphan record.
//!
//! [`import_batch`] is the import the app and the CLI share: files and folders, one file after
//! another, the vault taken through [`VaultAccess`] only to start and to record each file, a
//! failed file reported and the next one tried.

use std::cell::RefCell;
use std::fs::{self, File};
use std::io::{self, Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::SystemTime;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use zeroize::Zeroizing;

use super::metadata::MetadataChoice;
use super::{sniff, Details, Evidence};
use crate::export::{self, destination_error};
use crate::store::evidence_items as records;
use crate::vault::{BlobId, BlobInfo, BlobReader, BlobSink, Progress, Vault};
use crate::{Error, ErrorCode};

/// A blob written for an import, not yet recorded. Dropping it removes the blob.
#[derive(Debug)]
pub struct Staged {
    sink: BlobSink,
    blob: Option<BlobInfo>,
    /// The file's name (control characters replaced).
    pub original_name: String,
    /// The sniffed media type.
    pub media_type: String,
    /// The file's modification time, if the system gives one.
    pub file_modified: Option<String>,
}

impl Staged {
    /// The blob's size and SHA-256.
    #[must_use]
    pub fn info(&self) -> Option<&BlobInfo> {
        self.blob.as_ref()
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(blob) = self.blob.take() {
            self.sink.discard(&blob.id);
        }
    }
}

/// The name of a file as the vault keeps it: the last path component, with control characters
/// (which could garble a terminal) and the invisible characters that reorder text replaced
/// ([`crate::model::neutralised`]).
fn display_name(path: &Path) -> String {
    crate::model::neutralised(
        &path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
    )
}

fn rfc3339(t: SystemTime) -> String {
    DateTime::<Utc>::from(t).to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn open_source(path: &Path) -> Result<File, Error> {
    let read_err = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => Error::InvalidInput {
            field: "File to import",
            reason: "it is no longer there (moved, deleted, or the drive was removed)".into(),
        },
        io::ErrorKind::PermissionDenied => Error::InvalidInput {
            field: "File to import",
            reason: "this account may not read it".into(),
        },
        _ => Error::Io {
            action: "read the file to import",
            source: e,
        },
    };
    let meta = fs::metadata(path).map_err(read_err)?;
    if !meta.is_file() {
        return Err(Error::InvalidInput {
            field: "File to import",
            reason: "it is not a regular file".into(),
        });
    }
    File::open(path).map_err(read_err)
}

/// Encrypts the file at `path` into a new blob of the sink's vault, hashing and sniffing it in
/// the same pass. `progress` gets the bytes done; returning `false` cancels.
///
/// # Errors
/// [`Error::InvalidInput`] for a file that is gone or unreadable, [`Error::Cancelled`],
/// [`Error::DiskFull`], [`Error::ReadOnly`], other I/O errors. Nothing is left behind.
pub fn stage(sink: &BlobSink, path: &Path, progress: Progress<'_>) -> Result<Staged, Error> {
    let mut file = open_source(path)?;
    let file_modified = file.metadata().and_then(|m| m.modified()).ok().map(rfc3339);
    let mut head = Zeroizing::new(vec![0u8; sniff::HEAD]);
    let mut filled = 0;
    while filled < head.len() {
        match file.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Error::from_io("read the file to import", e)),
        }
    }
    head.truncate(filled);
    let media_type = sniff::media_type(&head).to_owned();
    let mut input = Cursor::new(&head[..]).chain(file);
    let blob = sink.put(&mut input, progress)?;
    Ok(Staged {
        sink: sink.clone(),
        blob: Some(blob),
        original_name: display_name(path),
        media_type,
        file_modified,
    })
}

/// What to do when the file is already in the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum OnDuplicate {
    /// Refuse with [`Error::Duplicate`] (the caller asks the user).
    #[default]
    Refuse,
    /// Import it again as a second item.
    Allow,
    /// Leave it out: the same as `Refuse` for [`commit`]; callers importing many files go on
    /// with the next one instead of stopping.
    Skip,
}

/// Records a staged blob as an item of `case_id` with `details`, and logs its import.
///
/// # Errors
/// [`Error::Duplicate`], [`Error::VaultLocked`] if `vault` is not the vault the blob was
/// written to (it was locked and another opened meanwhile), [`Error::NotFound`] (no such
/// case), [`Error::InvalidInput`]; I/O errors of saving. On any error the blob is removed.
pub fn commit(
    vault: &mut Vault,
    case_id: &str,
    mut staged: Staged,
    details: Details,
    on_duplicate: OnDuplicate,
) -> Result<Evidence, Error> {
    if staged.sink.vault_id() != vault.id() {
        return Err(Error::VaultLocked);
    }
    let Some(blob) = staged.blob.clone() else {
        return Err(Error::Cancelled);
    };
    if on_duplicate != OnDuplicate::Allow {
        if let Some(existing) = records::duplicate_of(vault.store(), case_id, &blob.sha256)? {
            return Err(Error::Duplicate { existing });
        }
    }
    let mut item = Evidence {
        case_id: case_id.to_owned(),
        blob: blob.id.as_str().to_owned(),
        original_name: std::mem::take(&mut staged.original_name),
        size: blob.size,
        sha256: blob.sha256,
        blob_key: Some(blob.key_commitment),
        media_type: std::mem::take(&mut staged.media_type),
        file_modified: staged.file_modified.take(),
        ..Evidence::default()
    };
    item.set_details(details);
    let saved = records::insert(vault.store(), item)?;
    // Recorded: the blob now belongs to the vault.
    staged.blob = None;
    Ok(saved)
}

/// Stages and commits one file in one call, holding the vault throughout (see [`import_batch`]
/// for files and folders).
///
/// # Errors
/// Those of [`stage`] and [`commit`].
pub fn import(
    vault: &mut Vault,
    case_id: &str,
    path: &Path,
    details: Details,
    on_duplicate: OnDuplicate,
    progress: Progress<'_>,
) -> Result<Evidence, Error> {
    crate::store::cases::get_case(vault.store(), case_id)?;
    let staged = stage(&vault.blob_sink(), path, progress)?;
    commit(vault, case_id, staged, details, on_duplicate)
}

/// How a long use case borrows the vault for short moments, so that whoever holds it (the app's
/// shared state, the CLI's unlocked vault) can lend it between steps, and other work (a lock)
/// can take it in between.
pub trait VaultAccess {
    /// Runs `work` on the vault.
    ///
    /// # Errors
    /// [`Error::VaultLocked`] when there is no unlocked vault (it was locked meanwhile); else
    /// `work`'s error.
    fn with_vault(
        &self,
        work: &mut dyn FnMut(&mut Vault) -> Result<(), Error>,
    ) -> Result<(), Error>;
}

/// The app's slot: the unlocked vault, if any. A panic while the lock was held cannot leave a
/// half-updated vault (every vault operation is atomic on disk), so a poisoned lock is used.
impl VaultAccess for Mutex<Option<Vault>> {
    fn with_vault(
        &self,
        work: &mut dyn FnMut(&mut Vault) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut slot = self.lock().unwrap_or_else(PoisonError::into_inner);
        work(slot.as_mut().ok_or(Error::VaultLocked)?)
    }
}

/// A vault held by one caller for the whole run (the CLI): lent to each step in turn.
impl VaultAccess for RefCell<&mut Vault> {
    fn with_vault(
        &self,
        work: &mut dyn FnMut(&mut Vault) -> Result<(), Error>,
    ) -> Result<(), Error> {
        // Steps never nest, so the vault is never borrowed twice; if it were, it is busy.
        let mut vault = self.try_borrow_mut().map_err(|_| Error::Busy {
            what: "Other work on the vault",
        })?;
        work(&mut vault)
    }
}

/// Where an import batch is, reported before each file, as its bytes go, and once it is
/// encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchProgress<'a> {
    /// The file being imported (0-based), and how many there are.
    pub file: usize,
    /// How many files the batch has.
    pub files: usize,
    /// Its path, as found.
    pub path: &'a Path,
    /// Its name, as the vault will keep it.
    pub name: &'a str,
    /// Bytes of this file done.
    pub done: u64,
    /// Its size.
    pub size: u64,
    /// Bytes of all files done.
    pub total_done: u64,
    /// The size of all files.
    pub total: u64,
}

/// A file of a batch that was not imported, and why.
#[derive(Debug)]
pub struct NotImported {
    /// Its place in the batch (0-based), to report failures in order.
    pub file: usize,
    /// Its path.
    pub path: PathBuf,
    /// Its name, as the vault would have kept it.
    pub name: String,
    /// Why: [`Error::Duplicate`] (naming the item already in the case), or the failure.
    pub error: Error,
}

impl NotImported {
    /// For a duplicate, the item already in the case.
    #[must_use]
    pub fn existing(&self) -> Option<&str> {
        match &self.error {
            Error::Duplicate { existing } => Some(existing),
            _ => None,
        }
    }
}

/// What an import batch did.
#[derive(Debug, Default)]
pub struct BatchReport {
    /// The items recorded, in batch order.
    pub imported: Vec<Evidence>,
    /// Files already in the case (same SHA-256), left out unless duplicates were allowed.
    pub duplicates: Vec<NotImported>,
    /// Files that failed (gone, unreadable, not a regular file, the disk full…).
    pub failed: Vec<NotImported>,
    /// Cancelled: the file in progress and those after it were not imported.
    pub cancelled: bool,
    /// Entries of the folders given that were left out (hidden, links, not files), with why.
    pub skipped: Vec<Skipped>,
}

/// Imports the files under `paths` (folders walked by [`expand`]) into case `case_id`, each
/// with `details`, one after another. Each file is encrypted without holding the vault (a long
/// file keeps no other command, and no lock, waiting), then recorded under it through `vault`.
/// A file that fails or is a duplicate (per `on_duplicate`) is reported and the next one tried.
/// `progress` is told where the batch is; returning `false` cancels: the file in progress
/// leaves nothing behind, even when it was already encrypted.
///
/// # Errors
/// [`Error::NotFound`] (no such case), [`Error::InvalidInput`] (a path given does not exist;
/// nothing is imported), [`Error::VaultLocked`] (the vault was locked meanwhile: what was
/// recorded before stays, the file in progress leaves nothing).
pub fn import_batch(
    vault: &dyn VaultAccess,
    case_id: &str,
    paths: &[PathBuf],
    details: &Details,
    on_duplicate: OnDuplicate,
    progress: &mut dyn FnMut(&BatchProgress<'_>) -> bool,
) -> Result<BatchReport, Error> {
    let mut sink = None;
    vault.with_vault(&mut |v| {
        crate::store::cases::get_case(v.store(), case_id)?;
        sink = Some(v.blob_sink());
        Ok(())
    })?;
    let sink = sink.ok_or(Error::VaultLocked)?;
    let (files, skipped) = expand_reporting(paths)?;
    // A file that cannot be read counts 0 here and fails with its reason when staged.
    let sizes: Vec<u64> = files
        .iter()
        .map(|f| fs::metadata(f).map(|m| m.len()).unwrap_or(0))
        .collect();
    let total: u64 = sizes.iter().sum();
    let mut report = BatchReport {
        skipped,
        ..BatchReport::default()
    };
    let mut before = 0u64;
    for (file, (path, &size)) in files.iter().zip(&sizes).enumerate() {
        let name = display_name(path);
        let at = |done: u64| BatchProgress {
            file,
            files: files.len(),
            path,
            name: &name,
            done,
            size,
            total_done: before + done,
            total,
        };
        if !progress(&at(0)) {
            report.cancelled = true;
            break;
        }
        let staged = stage(&sink, path, &mut |done| progress(&at(done)));
        let not_imported = |error| NotImported {
            file,
            path: path.clone(),
            name: name.clone(),
            error,
        };
        let staged = match staged {
            Ok(staged) => staged,
            Err(Error::Cancelled) => {
                report.cancelled = true;
                break;
            }
            Err(e) => {
                report.failed.push(not_imported(e));
                before += size;
                continue;
            }
        };
        // Asked once more after the last chunk: a cancel that came then still drops the
        // encrypted blob unrecorded.
        let encrypted = staged.info().map_or(size, |b| b.size);
        if !progress(&at(encrypted)) {
            report.cancelled = true;
            break;
        }
        before += size;
        let mut staged = Some(staged);
        let mut outcome = None;
        vault.with_vault(&mut |v| {
            if let Some(staged) = staged.take() {
                outcome = Some(commit(v, case_id, staged, details.clone(), on_duplicate));
            }
            Ok(())
        })?;
        match outcome {
            Some(Ok(item)) => report.imported.push(item),
            Some(Err(e @ Error::Duplicate { .. })) => report.duplicates.push(not_imported(e)),
            Some(Err(Error::VaultLocked)) | None => return Err(Error::VaultLocked),
            Some(Err(e)) => report.failed.push(not_imported(e)),
        }
    }
    Ok(report)
}

/// The files under `paths`: files as given, folders walked (sorted; symbolic links and hidden
/// entries inside folders skipped, so a dropped folder cannot loop or pull in `.git`).
///
/// # Errors
/// [`Error::InvalidInput`] for a path that does not exist; I/O errors of reading a folder.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    expand_reporting(paths).map(|(files, _)| files)
}

/// Why an entry of a folder was not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// A hidden entry (its name starts with a dot: `.git`, `.DS_Store`).
    Hidden,
    /// A symbolic link (followed, a dropped folder could loop or reach outside it).
    Link,
    /// Neither a file nor a folder (a device, a socket, a pipe).
    NotAFile,
}

/// An entry of a folder left out of an import, and why (issue 16: folder imports report what
/// they skipped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Its path.
    pub path: PathBuf,
    /// Its name, as the vault would show it.
    pub name: String,
    /// Why.
    pub reason: SkipReason,
}

/// [`expand`], with the entries of folders it left out.
///
/// # Errors
/// As [`expand`].
pub fn expand_reporting(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<Skipped>), Error> {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|_| Error::InvalidInput {
            field: "File to import",
            reason: "it is no longer there (moved, deleted, or the drive was removed)".into(),
        })?;
        if meta.is_dir() {
            walk(path, &mut out, &mut skipped)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok((out, skipped))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<Skipped>) -> Result<(), Error> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(|e| Error::from_io("read a folder to import", e))?
        .flatten()
        .collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        let mut skip = |reason| {
            skipped.push(Skipped {
                name: display_name(&path),
                path: path.clone(),
                reason,
            });
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            skip(SkipReason::Hidden);
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            skip(SkipReason::NotAFile);
            continue;
        };
        if kind.is_dir() {
            walk(&path, out, skipped)?;
        } else if kind.is_file() {
            out.push(path);
        } else if kind.is_symlink() {
            skip(SkipReason::Link);
        } else {
            skip(SkipReason::NotAFile);
        }
    }
    Ok(())
}

/// Writes a decrypted copy of an item to `destination`, checks it against the SHA-256 recorded
/// at intake while writing, and logs the export. The copy appears only once complete (written
/// beside it under a temporary name, flushed, renamed); an existing file is replaced only with
/// `overwrite`.
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`] (the file exists), [`Error::DamagedFile`]
/// (the blob fails authentication or its hash), [`Error::Cancelled`], I/O errors.
pub fn export(
    vault: &mut Vault,
    id: &str,
    destination: &Path,
    overwrite: bool,
    progress: Progress<'_>,
) -> Result<Evidence, Error> {
    let job = export_open(vault, id)?;
    export_write(job, destination, overwrite, progress)?.finish(vault)
}

/// [`export`] of the copy [`super::metadata::copy_for`] gives for `choice`: with
/// [`MetadataChoice::Remove`], a photo's copy without its metadata (made and recorded once, the
/// original untouched); the export is logged on the item written. Returns that item.
///
/// # Errors
/// Those of [`export`] and of [`super::metadata::copy_for`].
pub fn export_as(
    vault: &mut Vault,
    id: &str,
    destination: &Path,
    overwrite: bool,
    choice: MetadataChoice,
    progress: Progress<'_>,
) -> Result<Evidence, Error> {
    let job = export_open_as(vault, id, choice)?;
    export_write(job, destination, overwrite, progress)?.finish(vault)
}

/// [`export_open`] of the copy [`super::metadata::copy_for`] gives for `choice`.
///
/// # Errors
/// Those of [`export_open`] and of [`super::metadata::copy_for`].
pub fn export_open_as(
    vault: &mut Vault,
    id: &str,
    choice: MetadataChoice,
) -> Result<ExportJob, Error> {
    let copy = super::metadata::copy_for(vault, id, choice)?;
    export_open(vault, &copy.id)
}

/// An export under way: the item and its blob, opened. It needs the vault no more, so the app
/// releases the vault while a large file is written ([`export_write`]), then takes it again to
/// name the copy and log the export ([`PendingExport::finish`]).
#[derive(Debug)]
pub struct ExportJob {
    item: Evidence,
    reader: BlobReader,
}

/// First step of [`export`]: checks the item and opens its blob.
///
/// # Errors
/// [`Error::NotFound`] (also for a deleted item), [`Error::MissingFile`].
pub fn export_open(vault: &mut Vault, id: &str) -> Result<ExportJob, Error> {
    let item = records::get(vault.store(), id)?;
    if item.deleted.is_some() {
        return Err(Error::NotFound {
            what: "evidence item",
        });
    }
    let reader = vault.open_evidence_blob(&item)?;
    Ok(ExportJob { item, reader })
}

/// Second step of [`export`]: writes the decrypted copy beside `destination` under a temporary
/// name, checking the SHA-256 while writing. Nothing of the vault is held. The copy takes its
/// name only when [`PendingExport::finish`] is called; dropped before, it is removed.
///
/// # Errors
/// [`Error::InvalidInput`] (the file exists), [`Error::DamagedFile`], [`Error::Cancelled`],
/// I/O errors of the destination.
pub fn export_write(
    job: ExportJob,
    destination: &Path,
    overwrite: bool,
    progress: Progress<'_>,
) -> Result<PendingExport, Error> {
    let ExportJob { item, reader } = job;
    let mut staged = export::Staged::beside(destination, overwrite)?;
    let written = reader.copy_checked(
        &item.sha256,
        &mut |piece| staged.file.write_all(piece).map_err(destination_error),
        progress,
    );
    match written {
        Ok(()) => Ok(PendingExport {
            staged: Some(staged),
            item,
            destination: destination.to_path_buf(),
        }),
        Err(e) => {
            staged.abandon();
            Err(e)
        }
    }
}

/// A decrypted copy, complete and checked, not yet under its name. [`Self::finish`] records
/// the export and then renames it, under the vault, so a copy never exists without its custody
/// entry; dropping it (the vault was locked meanwhile) removes the file.
#[derive(Debug)]
pub struct PendingExport {
    staged: Option<export::Staged>,
    item: Evidence,
    destination: PathBuf,
}

impl PendingExport {
    /// Records the export in the item's chain of custody and gives the copy its name.
    ///
    /// # Errors
    /// I/O errors of the destination or of saving.
    pub fn finish(self, vault: &mut Vault) -> Result<Evidence, Error> {
        self.finish_observed(vault, &mut |_| {})
    }

    /// [`Self::finish`], telling `observe` each step done. The order is what makes a crash
    /// harmless (issue 16, "crashes mid-export"): the copy is flushed under its hidden name,
    /// the custody entry is saved, and only then does the copy take its name. Killed before
    /// the entry is saved, the export leaves no copy (the hidden `.part` file, owner only, is
    /// removed by the next export into that folder: [`export::sweep_leftovers`]); killed
    /// after, the entry is there for whatever copy exists. A rename that fails after the
    /// entry is saved is recorded as such in the chain of custody (`export_failed`).
    ///
    /// # Errors
    /// As [`Self::finish`].
    pub fn finish_observed(
        mut self,
        vault: &mut Vault,
        observe: &mut dyn FnMut(export::ExportStep),
    ) -> Result<Evidence, Error> {
        let Some(mut staged) = self.staged.take() else {
            return Err(Error::Internal {
                what: "an export finished twice".into(),
            });
        };
        if let Err(e) = staged.flush() {
            staged.abandon();
            return Err(e);
        }
        observe(export::ExportStep::Written);
        let to = self.destination.to_string_lossy().into_owned();
        if let Err(e) = records::log_export(vault.store(), &self.item.id, &to) {
            // Not recorded, so never named.
            staged.abandon();
            return Err(e);
        }
        observe(export::ExportStep::Recorded);
        if let Err(e) = staged.rename(&self.destination) {
            // The entry says an export was made: say it did not complete, so the chain of
            // custody (and a certificate printed from it) claims no copy that does not exist.
            let _ = super::custody::log_export_failed(vault.store(), &self.item, &to);
            return Err(e);
        }
        observe(export::ExportStep::Renamed);
        Ok(self.item.clone())
    }
}

impl Drop for PendingExport {
    fn drop(&mut self) {
        if let Some(staged) = self.staged.take() {
            staged.abandon();
        }
    }
}

/// An item's file decrypted into memory (never to disk), checked against its SHA-256 while
/// decrypting; wiped when dropped. For what reads a whole file: a filing's annexes, a photo's
/// metadata.
///
/// # Errors
/// [`Error::DamagedFile`] (the blob fails authentication or its hash), [`Error::MissingFile`],
/// [`Error::NotFound`] (a deleted item has no blob).
pub fn decrypt_in_memory(vault: &Vault, item: &Evidence) -> Result<Zeroizing<Vec<u8>>, Error> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(usize::try_from(item.size).unwrap_or(0)));
    vault.decrypt_blob_checked(
        &BlobId::parse(&item.blob)?,
        &item.sha256,
        &mut |piece| {
            bytes.extend_from_slice(piece);
            Ok(())
        },
        &mut |_| true,
    )?;
    Ok(bytes)
}

/// Deletes an item's file and marks its record deleted (the record and its custody log stay).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving or of removing the file.
pub fn delete(vault: &mut Vault, id: &str) -> Result<(), Error> {
    let blob = records::mark_deleted(vault.store(), id)?;
    if let Ok(blob) = BlobId::parse(&blob) {
        vault.remove_blob(&blob)?;
    }
    Ok(())
}

/// The result of checking one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ItemCheck {
    /// The item.
    pub id: String,
    /// Its case.
    pub case_id: String,
    /// Its original name (for the user; never in an error message).
    pub original_name: String,
    /// Its blob's path in the vault folder.
    pub blob: String,
    /// `None` when the file decrypts, authenticates and hashes to the recorded SHA-256; else
    /// the code of the problem (`damaged_file`, `missing_file`).
    pub problem: Option<ErrorCode>,
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct VerifyReport {
    /// Every live item checked, in case and import order.
    pub items: Vec<ItemCheck>,
    /// Blob files no record names (left by a crash during a deletion, or put there by someone
    /// else). Only ciphertext; listed, never deleted automatically.
    pub unnamed_blobs: Vec<String>,
}

impl VerifyReport {
    /// Whether every item checked out.
    #[must_use]
    pub fn all_ok(&self) -> bool {
        self.items.iter().all(|i| i.problem.is_none())
    }
}

/// Re-hashes every live item (of one case, or all) and reports any mismatch by item.
/// `progress(done_bytes, total_bytes)`; returning `false` cancels.
///
/// # Errors
/// [`Error::Cancelled`]; I/O errors of the index. A bad item is reported, not an error.
pub fn verify(
    vault: &mut Vault,
    case_id: Option<&str>,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<VerifyReport, Error> {
    let plan = verify_plan(vault, case_id)?;
    verify_run(plan, &mut |blob| vault.open_blob(blob), progress)
}

/// What a verification will check, read from the index: see [`verify_plan`].
#[derive(Debug)]
pub struct VerifyPlan {
    items: Vec<Evidence>,
    unnamed_blobs: Vec<String>,
    vault_id: String,
}

impl VerifyPlan {
    /// The vault the plan was made for (a runner checks it is still the one open).
    #[must_use]
    pub fn vault_id(&self) -> &str {
        &self.vault_id
    }
}

/// The first half of [`verify`], the only one that needs the vault for long: the items to
/// check (of one case, or all) and, for all, the blob files no record names. The app then runs
/// [`verify_run`] without holding the vault, opening each blob as it goes, so a lock is never
/// kept waiting by a long check.
///
/// # Errors
/// I/O errors of the index or the blob folder.
pub fn verify_plan(vault: &mut Vault, case_id: Option<&str>) -> Result<VerifyPlan, Error> {
    let mut items = records::all_live(vault.store())?;
    items.sort_by(|a, b| (&a.case_id, &a.imported, &a.id).cmp(&(&b.case_id, &b.imported, &b.id)));
    let named: std::collections::HashSet<String> = items.iter().map(|i| i.blob.clone()).collect();
    let unnamed_blobs = if case_id.is_none() {
        vault
            .blob_ids()?
            .into_iter()
            .filter(|b| !named.contains(b.as_str()))
            .map(|b| b.relative_path())
            .collect()
    } else {
        Vec::new()
    };
    if let Some(c) = case_id {
        items.retain(|i| i.case_id == c);
    }
    Ok(VerifyPlan {
        items,
        unnamed_blobs,
        vault_id: vault.id().to_owned(),
    })
}

/// The second half of [`verify`]: decrypts each planned item through `open` and checks it
/// against its recorded SHA-256. `open` failing with [`Error::VaultLocked`] or
/// [`Error::Cancelled`] stops the run with that error; any other failure is the item's problem.
///
/// # Errors
/// [`Error::Cancelled`], [`Error::VaultLocked`].
pub fn verify_run(
    plan: VerifyPlan,
    open: &mut dyn FnMut(&BlobId) -> Result<crate::vault::BlobReader, Error>,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<VerifyReport, Error> {
    let total: u64 = plan.items.iter().map(|i| i.size).sum();
    let mut before = 0u64;
    let mut report = VerifyReport {
        items: Vec::with_capacity(plan.items.len()),
        unnamed_blobs: plan.unnamed_blobs,
    };
    for item in plan.items {
        if !progress(before, total) {
            return Err(Error::Cancelled);
        }
        let result = BlobId::parse(&item.blob).and_then(|blob| {
            open(&blob)?.copy_checked(&item.sha256, &mut |_| Ok(()), &mut |done| {
                progress(before + done, total)
            })
        });
        let problem = match result {
            Ok(()) => None,
            Err(e @ (Error::Cancelled | Error::VaultLocked)) => return Err(e),
            Err(e) => Some(e.code()),
        };
        before += item.size;
        report.items.push(ItemCheck {
            blob: BlobId::parse(&item.blob)
                .map(|b| b.relative_path())
                .unwrap_or_default(),
            id: item.id,
            case_id: item.case_id,
            original_name: item.original_name,
            problem,
        });
    }
    Ok(report)
}
