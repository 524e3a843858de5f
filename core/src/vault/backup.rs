//! Backups of a vault to a folder the user chooses, and restores from them (issue 19.1, 19.2;
//! docs/vault-format.md, "Backups").
//!
//! A backup folder holds *generations*, each a vault as it was when the backup was made (its
//! `vault.json`, its key files, its index as one snapshot), and the evidence files they name,
//! kept once in a *store* shared by the generations made under the same vault identity:
//!
//! ```text
//! habeas-backup.json                 clear text: format, version, vault id
//! generations/<made at, UTC>/        one generation: vault.json, keys/, index/snapshot.age,
//!                                    store (the store's name), manifest.age
//! stores/<16 hex>/blobs/<xx>/<…>.age evidence files, named as in the vault, written once
//! ```
//!
//! Every file is the vault's own ciphertext (or sealed to the vault's recipient): a backup is as
//! encrypted as the vault and says no more than its folder. **Incremental:** an evidence file
//! already in the store is not copied again. **Checked:** every file written is read back and
//! compared; every evidence file copied is decrypted from the copy and its SHA-256 compared with
//! the index; the copied index is decrypted and opened, read-only and in memory. **Atomic:** a
//! generation is written into `generations/.<name>.partial/` and renamed into place only once
//! all of it (and every evidence file it names) is on the disk and checked; an evidence file
//! is written as `.<name>.tmp` and renamed once checked. A `kill -9` at any point leaves the
//! earlier generations as they were; the next run deletes the partial folder and reuses the
//! evidence files already checked.
//!
//! **After a change of secret.** A rotation (`rotation`) gives the vault a new identity and
//! re-wraps every evidence file's header. A generation keeps the key files it was made with, so
//! it opens with the secrets of that time (an older generation with the *old* passphrase). Its
//! evidence files must open with its own identity, so a store belongs to one identity (its name
//! is derived from the identity, and reveals nothing of it): the first backup after a change of
//! secret copies every evidence file again, into a new store. The older store goes when the
//! last generation using it is pruned.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::blobs::{self, BlobId};
use super::{format, rotation, RecoveryKey, Vault};
use crate::files::{atomic, hex, random_bytes, sealed};
use crate::store::rusqlite::{self, OptionalExtension};
use crate::store::Store;
use crate::{Error, ErrorCode};

/// The clear-text file that marks a folder as a Habeas backup.
pub const BACKUP_FILE: &str = "habeas-backup.json";
const BACKUP_FORMAT: &str = "habeas-backup";
/// The backup folder format this Habeas writes, and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;
const GENERATIONS_DIR: &str = "generations";
const STORES_DIR: &str = "stores";
const MANIFEST_FILE: &str = "manifest.age";
const STORE_FILE: &str = "store";
const PARTIAL_SUFFIX: &str = ".partial";
const PRUNING_SUFFIX: &str = ".pruning";
const SNAPSHOT_PATH: &str = "index/snapshot.age";

/// Settings (table `settings`, JSON values) of the backups.
const POLICY_KEY: &str = "backup_policy";
const LAST_KEY: &str = "backup_last";
const LAST_GOOD_KEY: &str = "backup_last_good";

/// Read and copy in pieces of this size.
const CHUNK: usize = 64 * 1024;

#[derive(Debug, Serialize, Deserialize)]
struct BackupFile {
    format: String,
    version: u32,
    vault_id: String,
}

/// What a generation holds, sealed to the vault's recipient in `manifest.age`.
#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    vault_id: String,
    made_at: String,
    store: String,
    cases: u64,
    evidence: Vec<ManifestBlob>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ManifestBlob {
    id: String,
    sha256: String,
}

/// How backups are kept, and when to remind: set by the user, saved in the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BackupPolicy {
    /// How many generations a backup folder keeps: after a new backup is checked, older ones
    /// beyond this many are deleted, oldest first. At least 1.
    pub keep_generations: u32,
    /// Remind the user when the last good backup is older than this many days. At least 1.
    pub remind_after_days: u32,
}

impl Default for BackupPolicy {
    fn default() -> Self {
        Self {
            keep_generations: 7,
            remind_after_days: 7,
        }
    }
}

impl BackupPolicy {
    /// The pruning rule in one sentence, as the user sees it.
    #[must_use]
    pub fn rule(&self) -> String {
        format!(
            "Each backup folder keeps the {} most recent backups; once a new backup has been \
             checked, older ones are deleted, oldest first.",
            self.keep_generations
        )
    }
}

/// The outcome of one backup, recorded in the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BackupRecord {
    /// When it ran (UTC, RFC 3339).
    pub at: String,
    /// The backup folder, as chosen.
    pub place: String,
    /// `None`: made and checked. Otherwise the error's code: nothing was made.
    pub failed: Option<ErrorCode>,
    /// The generation made (its folder name under `generations/`), when it was.
    pub generation: Option<String>,
}

/// Where the backups stand, for Settings and `habeas vault backup-status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BackupStatus {
    /// The last backup tried, good or not.
    pub last: Option<BackupRecord>,
    /// The last backup made and checked.
    pub last_good: Option<BackupRecord>,
    /// The user's settings.
    pub policy: BackupPolicy,
    /// The pruning rule, in words.
    pub rule: String,
    /// Whether to remind the user: no good backup yet, or the last is older than the period.
    pub reminder_due: bool,
}

/// Which part of a backup or restore is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum BackupPhase {
    /// Copying evidence files (and checking each copy).
    Evidence,
    /// Writing and checking the keys and the index.
    Index,
    /// Deleting generations the rule no longer keeps.
    Pruning,
}

/// Progress of a backup or a restore: `done` of `total` evidence files in the phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BackupProgress {
    /// What is running.
    pub phase: BackupPhase,
    /// Files done.
    pub done: u64,
    /// Files in all.
    pub total: u64,
}

/// Called with progress; returning `false` cancels (nothing is changed, see [`Vault::backup`]).
pub type BackupObserver<'a> = &'a mut dyn FnMut(BackupProgress) -> bool;

/// What [`Vault::backup`] made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BackupReport {
    /// The new generation's folder name under `generations/`.
    pub generation: String,
    /// When it was made (UTC, RFC 3339).
    pub made_at: String,
    /// The backup folder.
    pub place: String,
    /// Cases it holds.
    pub cases: u64,
    /// Evidence files it holds.
    pub evidence_files: u64,
    /// Evidence files copied this time (the others were already there).
    pub copied_files: u64,
    /// Bytes of evidence copied this time.
    pub copied_bytes: u64,
    /// Generations the folder keeps now, oldest first.
    pub kept: Vec<String>,
    /// Generations deleted by the rule.
    pub pruned: Vec<String>,
}

/// The secret a restore opens the backup with.
pub enum RestoreSecret<'a> {
    /// The vault's passphrase as it was when the backup was made.
    Passphrase(&'a SecretString),
    /// The recovery key as it was when the backup was made.
    RecoveryKey(&'a RecoveryKey),
}

impl std::fmt::Debug for RestoreSecret<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Passphrase(_) => "RestoreSecret::Passphrase(…)",
            Self::RecoveryKey(_) => "RestoreSecret::RecoveryKey(…)",
        })
    }
}

/// What [`restore`] restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Restored {
    /// The generation restored (folder name under `generations/`).
    pub generation: String,
    /// When that backup was made (UTC, RFC 3339).
    pub made_at: String,
    /// The new vault's folder.
    pub folder: String,
    /// Cases restored.
    pub cases: u64,
    /// Evidence files restored, each checked against its SHA-256.
    pub evidence_files: u64,
}

/// The classification of a failure to write or read the backup folder `root`: a full disk, a
/// read-only folder and a folder gone (a drive unplugged) each get their own code.
fn backup_error(root: &Path, e: &io::Error) -> Error {
    match e.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Error::BackupFull,
        io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied => {
            Error::BackupReadOnly
        }
        _ if !root.is_dir() => Error::BackupFolderGone,
        io::ErrorKind::NotFound => Error::BackupFolderGone,
        kind => Error::Io {
            action: "write the backup",
            source: io::Error::new(kind, e.to_string()),
        },
    }
}

/// The name of the store of `identity`'s evidence files: derived from the secret identity
/// with a domain separator, so it links the generations of one identity and reveals nothing of
/// it (not even its public recipient).
fn store_name(identity: &x25519::Identity) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"habeas backup store v1\n");
    hasher.update(identity.to_string().expose_secret().as_bytes());
    hex(&hasher.finalize()[..8])
}

/// A new generation's name and time: the UTC time to the millisecond, so that names sort as
/// the generations were made. A name not after the last one (two backups in one millisecond, a
/// clock set back) becomes the last one's name with `.1` appended, which sorts after it.
fn generation_name(existing: &[String]) -> (String, String) {
    let now = crate::clock::now();
    let mut name = now.format("%Y%m%dT%H%M%S%.3fZ").to_string();
    if let Some(last) = existing.last() {
        if name.as_str() <= last.as_str() {
            name = format!("{last}.1");
        }
    }
    (
        name,
        now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    )
}

/// Makes `path` (a folder inside the backup folder `root`) and its missing parents inside
/// `root`, never `root` itself: a folder that vanished (a drive pulled out) is not made again on
/// the computer's own disk.
fn make_dir(root: &Path, path: &Path) -> Result<(), Error> {
    if !root.is_dir() {
        return Err(Error::BackupFolderGone);
    }
    atomic::create_dir(path).map_err(|e| backup_error(root, &e))
}

/// Writes `bytes` as the new file `dir/name`, flushes it, reads it back and compares.
fn write_checked(root: &Path, dir: &Path, name: &str, bytes: &[u8]) -> Result<(), Error> {
    let path = dir.join(name);
    let err = |e: io::Error| backup_error(root, &e);
    let mut file = atomic::create_new(&path).map_err(err)?;
    file.write_all(bytes).map_err(err)?;
    file.sync_all().map_err(err)?;
    drop(file);
    let back = fs::read(&path).map_err(err)?;
    if back == bytes {
        Ok(())
    } else {
        Err(Error::DamagedFile {
            which: path.display().to_string(),
        })
    }
}

fn read_vault_file(path: &Path, which: &str) -> Result<Vec<u8>, Error> {
    fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::MissingFile {
            which: which.into(),
        },
        _ => Error::from_io("read the vault", e),
    })
}

/// The key files a generation holds: those that open the vault with a secret (the device key
/// files open only with this account's keyring, and a pending recovery key is not confirmed).
const GENERATION_KEY_FILES: [&str; 3] = [
    format::PASSPHRASE_FILE,
    format::RECOVERY_FILE,
    format::IDENTITY_FILE,
];

/// Reads `dir/habeas-backup.json`: `Ok(None)` if absent.
fn read_backup_file(dir: &Path) -> Result<Option<BackupFile>, Error> {
    let bytes = match fs::read(dir.join(BACKUP_FILE)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(backup_error(dir, &e)),
    };
    let file: BackupFile =
        serde_json::from_slice(&bytes).map_err(|_| Error::NotABackup { writing: false })?;
    if file.format != BACKUP_FORMAT {
        return Err(Error::NotABackup { writing: false });
    }
    if file.version > BACKUP_VERSION {
        return Err(Error::VaultTooNew {
            found: file.version,
            supported: BACKUP_VERSION,
        });
    }
    Ok(Some(file))
}

/// Whether `a` is `b` or inside it (both made absolute, symbolic links resolved as far as
/// they exist).
fn is_within(a: &Path, b: &Path) -> bool {
    let resolve = |p: &Path| {
        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let mut existing = abs.as_path();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_owned());
                    existing = parent;
                }
                _ => break,
            }
        }
        let mut out = fs::canonicalize(existing).unwrap_or_else(|_| existing.to_path_buf());
        for name in rest.iter().rev() {
            out.push(name);
        }
        out
    };
    resolve(a).starts_with(resolve(b))
}

/// Committed generations of a backup folder, oldest first.
fn generations(root: &Path) -> Result<Vec<String>, Error> {
    let entries = match fs::read_dir(root.join(GENERATIONS_DIR)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(backup_error(root, &e)),
    };
    let mut out: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|name| !name.starts_with('.'))
        .collect();
    out.sort();
    Ok(out)
}

/// Deletes what an interrupted run left: partial generations, half-deleted ones, temporary
/// evidence files. Only ciphertext; best effort.
fn remove_leftovers(root: &Path) {
    if let Ok(entries) = fs::read_dir(root.join(GENERATIONS_DIR)) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.')
                && (name.ends_with(PARTIAL_SUFFIX) || name.ends_with(PRUNING_SUFFIX))
            {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
    if let Ok(stores) = fs::read_dir(root.join(STORES_DIR)) {
        for store in stores.flatten() {
            if store
                .file_name()
                .to_string_lossy()
                .ends_with(PRUNING_SUFFIX)
            {
                let _ = fs::remove_dir_all(store.path());
                continue;
            }
            let Ok(prefixes) = fs::read_dir(store.path().join(blobs::BLOBS_DIR)) else {
                continue;
            };
            for prefix in prefixes.flatten() {
                for file in fs::read_dir(prefix.path()).into_iter().flatten().flatten() {
                    if file.file_name().to_string_lossy().ends_with(".tmp") {
                        let _ = fs::remove_file(file.path());
                    }
                }
            }
        }
    }
}

fn open_manifest(
    identity: &x25519::Identity,
    generation_dir: &Path,
    which: &str,
) -> Result<Manifest, Error> {
    let bytes = fs::read(generation_dir.join(MANIFEST_FILE)).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::MissingFile {
            which: which.into(),
        },
        _ => Error::from_io("read the backup", e),
    })?;
    let plain = sealed::open(identity, &bytes, which)?;
    serde_json::from_slice(&plain).map_err(|_| Error::DamagedFile {
        which: which.into(),
    })
}

impl Vault {
    /// Backs the vault up into `folder` (made if missing; it must be empty, or hold earlier
    /// backups of this vault): a new generation, checked, then older generations pruned by the
    /// user's rule ([`BackupPolicy`]). The outcome, good or not, is recorded in the vault
    /// ([`Vault::backup_status`]); nothing else in the vault changes, and a failed or cancelled
    /// backup leaves the folder's earlier generations as they were (evidence files it already
    /// copied and checked stay, for the next run to reuse).
    ///
    /// # Errors
    /// [`Error::BackupFull`], [`Error::BackupReadOnly`], [`Error::BackupFolderGone`],
    /// [`Error::BackupOfAnotherVault`], [`Error::NotABackup`], [`Error::Cancelled`], and errors
    /// reading the vault ([`Error::DamagedFile`] naming an evidence file that fails its check).
    pub fn backup(
        &mut self,
        folder: &Path,
        observe: BackupObserver<'_>,
    ) -> Result<BackupReport, Error> {
        let result = self.make_backup(folder, observe);
        let at = crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let record = BackupRecord {
            at: result.as_ref().map_or(at, |r| r.made_at.clone()),
            place: folder.display().to_string(),
            failed: result.as_ref().err().map(Error::code),
            generation: result.as_ref().ok().map(|r| r.generation.clone()),
        };
        // Recording is best effort: the backup (or its failure) is what the caller must hear.
        let _ = self.record_backup(&record);
        result
    }

    fn record_backup(&mut self, record: &BackupRecord) -> Result<(), Error> {
        let json = serde_json::to_string(record).map_err(|e| Error::Internal {
            what: format!("backup record: {e}"),
        })?;
        let good = record.failed.is_none();
        self.store.write(|tx| {
            let put = |key: &str| {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, json.as_str()],
                )
            };
            put(LAST_KEY)?;
            if good {
                put(LAST_GOOD_KEY)?;
            }
            Ok(())
        })
    }

    fn setting<T: serde::de::DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Error> {
        let text: Option<String> = self.store.read(|db| {
            db.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
        })?;
        // A value Habeas cannot read (written by a newer version) reads as absent.
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    /// The last backup, the last good one, the user's rule, and whether to remind them.
    ///
    /// # Errors
    /// Errors of reading the index.
    pub fn backup_status(&self) -> Result<BackupStatus, Error> {
        let policy: BackupPolicy = self.setting(POLICY_KEY)?.unwrap_or_default();
        let last: Option<BackupRecord> = self.setting(LAST_KEY)?;
        let last_good: Option<BackupRecord> = self.setting(LAST_GOOD_KEY)?;
        let reminder_due = last_good.as_ref().is_none_or(|good| {
            chrono::DateTime::parse_from_rfc3339(&good.at).is_ok_and(|at| {
                crate::clock::now().signed_duration_since(at)
                    > chrono::Duration::days(i64::from(policy.remind_after_days))
            })
        });
        Ok(BackupStatus {
            last,
            last_good,
            rule: policy.rule(),
            policy,
            reminder_due,
        })
    }

    /// Saves how backups are kept and when to remind.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for a count or a period of 0 (or above 1000); errors of saving.
    pub fn set_backup_policy(&mut self, policy: BackupPolicy) -> Result<(), Error> {
        if !(1..=1000).contains(&policy.keep_generations) {
            return Err(Error::InvalidInput {
                field: "backups kept",
                reason: "keep between 1 and 1000 backups".into(),
            });
        }
        if !(1..=1000).contains(&policy.remind_after_days) {
            return Err(Error::InvalidInput {
                field: "backup reminder",
                reason: "remind after 1 to 1000 days".into(),
            });
        }
        let json = serde_json::to_string(&policy).map_err(|e| Error::Internal {
            what: format!("backup policy: {e}"),
        })?;
        self.store.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [POLICY_KEY, json.as_str()],
            )
        })?;
        Ok(())
    }

    /// Checks `folder` and makes it a backup folder of this vault if it is new or empty.
    fn prepare_backup_folder(&self, folder: &Path) -> Result<(), Error> {
        if is_within(folder, &self.dir) || is_within(&self.dir, folder) {
            return Err(Error::InvalidInput {
                field: "backup folder",
                reason: "it must be outside the vault folder, and must not contain it (a \
                         backup belongs on another disk)"
                    .into(),
            });
        }
        match fs::metadata(folder) {
            Ok(meta) if !meta.is_dir() => return Err(Error::NotABackup { writing: true }),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                // Only the last folder is made: a missing parent is most likely a drive that is
                // not plugged in, and making it would back up to the computer's own disk.
                let parent_exists = folder
                    .parent()
                    .is_none_or(|p| p.as_os_str().is_empty() || p.is_dir());
                if !parent_exists {
                    return Err(Error::BackupFolderGone);
                }
                atomic::create_dir(folder).map_err(|e| backup_error(folder, &e))?;
            }
            Err(e) => return Err(backup_error(folder, &e)),
        }
        if folder.join(format::VAULT_FILE).exists() {
            return Err(Error::BackupOfAnotherVault);
        }
        match read_backup_file(folder) {
            Ok(Some(file)) if file.vault_id == self.meta.vault_id => Ok(()),
            Ok(Some(_)) => Err(Error::BackupOfAnotherVault),
            Err(Error::NotABackup { .. }) => Err(Error::NotABackup { writing: true }),
            Err(e) => Err(e),
            Ok(None) => {
                // A run killed while writing the marker leaves its temporary file: ours, and
                // only that, may be there.
                let mut empty = true;
                for entry in fs::read_dir(folder).map_err(|e| backup_error(folder, &e))? {
                    let entry = entry.map_err(|e| backup_error(folder, &e))?;
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.starts_with(&format!(".{BACKUP_FILE}.")) && name.ends_with(".tmp") {
                        let _ = fs::remove_file(entry.path());
                    } else {
                        empty = false;
                    }
                }
                if !empty {
                    return Err(Error::NotABackup { writing: true });
                }
                let file = BackupFile {
                    format: BACKUP_FORMAT.into(),
                    version: BACKUP_VERSION,
                    vault_id: self.meta.vault_id.clone(),
                };
                let json = serde_json::to_vec_pretty(&file).map_err(|e| Error::Internal {
                    what: format!("backup file: {e}"),
                })?;
                atomic::restrict_dir(folder);
                atomic::replace(folder, BACKUP_FILE, &json).map_err(|e| backup_error(folder, &e))
            }
        }
    }

    /// The evidence files the index names (live items), with their SHA-256.
    fn evidence_blobs(&self) -> Result<Vec<(BlobId, String)>, Error> {
        let rows: Vec<(String, String)> = self.store.read(|db| {
            let mut stmt = db.prepare(
                "SELECT json_extract(doc, '$.blob'), sha256 FROM evidence
                 WHERE coalesce(json_extract(doc, '$.blob'), '') <> '' ORDER BY 1",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect()
        })?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, sha) in rows {
            out.push((BlobId::parse(&id)?, sha));
        }
        out.dedup_by(|a, b| a.0 == b.0);
        Ok(out)
    }

    fn make_backup(
        &mut self,
        folder: &Path,
        observe: BackupObserver<'_>,
    ) -> Result<BackupReport, Error> {
        self.prepare_backup_folder(folder)?;
        remove_leftovers(folder);
        let err = |e: io::Error| backup_error(folder, &e);
        let store = store_name(&self.identity);
        let store_dir = folder.join(STORES_DIR).join(&store);

        // Evidence first: a generation is committed only once every file it names is there.
        let evidence = self.evidence_blobs()?;
        let total = evidence.len() as u64;
        let (mut copied_files, mut copied_bytes) = (0u64, 0u64);
        for (done, (id, sha256)) in evidence.iter().enumerate() {
            if !observe(BackupProgress {
                phase: BackupPhase::Evidence,
                done: done as u64,
                total,
            }) {
                return Err(Error::Cancelled);
            }
            if let Some(bytes) = self.copy_blob(folder, &store_dir, id, sha256)? {
                copied_files += 1;
                copied_bytes += bytes;
            }
        }
        if !observe(BackupProgress {
            phase: BackupPhase::Index,
            done: total,
            total,
        }) {
            return Err(Error::Cancelled);
        }

        let (generation, made_at) = generation_name(&generations(folder)?);
        let generations_dir = folder.join(GENERATIONS_DIR);
        make_dir(folder, &generations_dir)?;
        let partial = generations_dir.join(format!(".{generation}{PARTIAL_SUFFIX}"));
        let result = self.write_generation(folder, &partial, &store, &made_at, &evidence);
        let cases = match result {
            Ok(cases) => cases,
            Err(e) => {
                let _ = fs::remove_dir_all(&partial);
                return Err(e);
            }
        };
        fs::rename(&partial, generations_dir.join(&generation)).map_err(err)?;
        atomic::sync_dir(&generations_dir).map_err(err)?;

        let _ = observe(BackupProgress {
            phase: BackupPhase::Pruning,
            done: total,
            total,
        });
        let policy: BackupPolicy = self.setting(POLICY_KEY)?.unwrap_or_default();
        let (kept, pruned) = prune(folder, &self.identity, &store, policy.keep_generations)?;
        Ok(BackupReport {
            generation,
            made_at,
            place: folder.display().to_string(),
            cases,
            evidence_files: total,
            copied_files,
            copied_bytes,
            kept,
            pruned,
        })
    }

    /// Copies one evidence file into the store unless it is there already; a copy is written
    /// beside its name, flushed, decrypted from the copy and checked against `sha256`, then
    /// renamed. Returns the bytes copied (`None`: already there).
    fn copy_blob(
        &self,
        root: &Path,
        store: &Path,
        id: &BlobId,
        sha256: &str,
    ) -> Result<Option<u64>, Error> {
        let relative = id.relative_path();
        let source = self.dir.join(&relative);
        // The store is laid out as a vault's `blobs/` folder, so the vault's own blob
        // functions (list, remove) work on it.
        let target = store.join(&relative);
        let source_len = fs::metadata(&source)
            .map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => Error::MissingFile {
                    which: relative.clone(),
                },
                _ => Error::from_io("read an evidence file", e),
            })?
            .len();
        // Written once: a file of that name in the store was checked before it got the name.
        if fs::metadata(&target).is_ok_and(|m| m.len() == source_len) {
            return Ok(None);
        }
        let err = |e: io::Error| backup_error(root, &e);
        let dir = target.parent().unwrap_or(store);
        make_dir(root, dir)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.tmp"));
        let _ = fs::remove_file(&tmp);
        let result = (|| {
            let mut input =
                File::open(&source).map_err(|e| Error::from_io("read an evidence file", e))?;
            let mut output = atomic::create_new(&tmp).map_err(err)?;
            let mut buf = vec![0u8; CHUNK];
            loop {
                let n = match input.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(Error::from_io("read an evidence file", e)),
                };
                output.write_all(&buf[..n]).map_err(err)?;
            }
            output.sync_all().map_err(err)?;
            drop(output);
            // Read back from the copy: it must authenticate and be the file the index names.
            let which = format!("{} (backup copy)", relative);
            blobs::open_file(&tmp, which, &self.identity)?.copy_checked(
                sha256,
                &mut |_| Ok(()),
                &mut |_| true,
            )?;
            fs::rename(&tmp, &target).map_err(err)?;
            atomic::sync_dir(dir).map_err(err)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map(|()| Some(source_len))
    }

    /// Writes a generation into `partial` and checks it; returns the number of cases.
    fn write_generation(
        &mut self,
        root: &Path,
        partial: &Path,
        store: &str,
        made_at: &str,
        evidence: &[(BlobId, String)],
    ) -> Result<u64, Error> {
        let err = |e: io::Error| backup_error(root, &e);
        let keys_dir = partial.join(format::KEYS_DIR);
        let index_dir = partial.join("index");
        make_dir(root, &keys_dir)?;
        make_dir(root, &index_dir)?;

        let meta = read_vault_file(&self.dir.join(format::VAULT_FILE), format::VAULT_FILE)?;
        write_checked(root, partial, format::VAULT_FILE, &meta)?;
        for name in GENERATION_KEY_FILES {
            let (path, which) = rotation::key_path(&self.dir, name);
            if name == format::IDENTITY_FILE && self.slots.is_none() {
                continue; // format 1 has no identity file
            }
            let bytes = read_vault_file(&path, &which)?;
            write_checked(root, &keys_dir, name, &bytes)?;
        }
        // The index as one snapshot, every save folded in.
        let recipient = self.identity.to_public();
        let (snapshot, _) = self.store.sealed_snapshot_for(&self.identity)?;
        write_checked(root, &index_dir, "snapshot.age", &snapshot)?;
        write_checked(root, partial, STORE_FILE, store.as_bytes())?;

        // The copy of the index, opened read-only from the backup with the vault key.
        let back = fs::read(index_dir.join("snapshot.age")).map_err(err)?;
        let db = Store::open_image_read_only(&self.identity, &back, SNAPSHOT_PATH)?;
        let count = |sql: &str| -> Result<u64, Error> {
            db.query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(i64::unsigned_abs)
                .map_err(|e| Error::Internal {
                    what: format!("count in the backup's index: {e}"),
                })
        };
        let cases = count("SELECT count(*) FROM cases")?;
        let live = self
            .store
            .read(|db| db.query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0)))?;
        let copied_evidence = count(
            "SELECT count(*) FROM evidence WHERE coalesce(json_extract(doc, '$.blob'), '') <> ''",
        )?;
        if cases != live.unsigned_abs() || copied_evidence < evidence.len() as u64 {
            return Err(Error::DamagedFile {
                which: format!("{} (backup copy)", SNAPSHOT_PATH),
            });
        }
        drop(db);

        let manifest = Manifest {
            vault_id: self.meta.vault_id.clone(),
            made_at: made_at.into(),
            store: store.into(),
            cases,
            evidence: evidence
                .iter()
                .map(|(id, sha)| ManifestBlob {
                    id: id.as_str().into(),
                    sha256: sha.clone(),
                })
                .collect(),
        };
        let json = serde_json::to_vec(&manifest).map_err(|e| Error::Internal {
            what: format!("backup manifest: {e}"),
        })?;
        let sealed = sealed::seal(&recipient, &json)?;
        write_checked(root, partial, MANIFEST_FILE, &sealed)?;
        for dir in [&keys_dir, &index_dir, &partial.to_path_buf()] {
            atomic::sync_dir(dir).map_err(err)?;
        }
        Ok(cases)
    }
}

/// Keeps the newest `keep` generations and deletes the others; then the evidence files of the
/// current store that no kept generation names, and the stores no kept generation uses.
/// Returns (kept, pruned).
fn prune(
    root: &Path,
    identity: &x25519::Identity,
    current_store: &str,
    keep: u32,
) -> Result<(Vec<String>, Vec<String>), Error> {
    let err = |e: io::Error| backup_error(root, &e);
    let all = generations(root)?;
    let keep = usize::try_from(keep.max(1)).unwrap_or(usize::MAX);
    let split = all.len().saturating_sub(keep);
    let (old, kept) = all.split_at(split);
    let generations_dir = root.join(GENERATIONS_DIR);
    for name in old {
        // Renamed first, so that a crash mid-delete leaves no half generation under its name.
        let doomed = generations_dir.join(format!(".{name}{PRUNING_SUFFIX}"));
        fs::rename(generations_dir.join(name), &doomed).map_err(err)?;
        fs::remove_dir_all(&doomed).map_err(err)?;
    }
    atomic::sync_dir(&generations_dir).map_err(err)?;

    let mut stores_used = BTreeSet::new();
    let mut named = BTreeSet::new();
    let mut all_read = true;
    for name in kept {
        let dir = generations_dir.join(name);
        let store = fs::read_to_string(dir.join(STORE_FILE)).unwrap_or_default();
        if store.trim() == current_store {
            match open_manifest(identity, &dir, MANIFEST_FILE) {
                Ok(manifest) => named.extend(manifest.evidence.into_iter().map(|b| b.id)),
                Err(_) => all_read = false,
            }
        }
        stores_used.insert(store.trim().to_owned());
    }
    let stores_dir = root.join(STORES_DIR);
    // A vault without evidence has no store yet.
    let stores = match fs::read_dir(&stores_dir) {
        Ok(entries) => entries.flatten().collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound && root.is_dir() => Vec::new(),
        Err(e) => return Err(err(e)),
    };
    for entry in stores {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || stores_used.contains(&name) {
            continue;
        }
        let doomed = stores_dir.join(format!(".{name}{PRUNING_SUFFIX}"));
        fs::rename(entry.path(), &doomed).map_err(err)?;
        fs::remove_dir_all(&doomed).map_err(err)?;
    }
    // A kept generation whose manifest does not open keeps every evidence file.
    if all_read {
        let current = stores_dir.join(current_store);
        for id in blobs::list(&current)? {
            if !named.contains(id.as_str()) {
                let _ = blobs::remove(&current, &id);
            }
        }
    }
    Ok((kept.to_vec(), old.to_vec()))
}

/// The generations of the backup in `folder`, oldest first (names under `generations/`, which
/// begin with the UTC date and time they were made).
///
/// # Errors
/// [`Error::NotABackup`], [`Error::VaultTooNew`] for a newer backup format, I/O errors.
pub fn backup_generations(folder: &Path) -> Result<Vec<String>, Error> {
    if !folder.is_dir() {
        return Err(Error::BackupFolderGone);
    }
    read_backup_file(folder)?.ok_or(Error::NotABackup { writing: false })?;
    generations(folder)
}

/// One generation of a backup, as the restore screen lists it before any secret is given:
/// only what the backup folder shows in clear (its name, the time in it, which store of
/// evidence files it uses). What it holds (cases, evidence) is sealed in its manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GenerationSummary {
    /// The folder name under `generations/`, which [`restore`] takes.
    pub name: String,
    /// When it was made (UTC, RFC 3339), read from its name; `None` for a name Habeas did not
    /// write.
    pub made_at: Option<String>,
    /// Whether the vault's passphrase or recovery key was changed after it was made, before
    /// the newest generation: it then opens only with the secret of its own time. Seen in
    /// clear because a store of evidence files belongs to one vault identity (module docs).
    pub before_secret_change: bool,
}

/// The time in a generation's name ([`generation_name`]: `%Y%m%dT%H%M%S%.3fZ`, perhaps followed
/// by `.1`s), as RFC 3339.
fn made_at_of(name: &str) -> Option<String> {
    let stamp = name.get(..name.find('Z')? + 1)?;
    let time = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%.3fZ").ok()?;
    Some(
        time.and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    )
}

/// The store of evidence files a generation uses (the clear file `store` in it), if readable.
fn store_of(root: &Path, generation: &str) -> Option<String> {
    let path = root.join(GENERATIONS_DIR).join(generation).join(STORE_FILE);
    fs::read_to_string(path).ok().map(|s| s.trim().to_owned())
}

/// The generations of the backup in `folder`, oldest first, each with when it was made and
/// whether a change of secret came after it (see [`GenerationSummary`]). Needs no secret.
///
/// # Errors
/// As [`backup_generations`].
pub fn describe_generations(folder: &Path) -> Result<Vec<GenerationSummary>, Error> {
    let names = backup_generations(folder)?;
    let newest_store = names.last().and_then(|n| store_of(folder, n));
    Ok(names
        .into_iter()
        .map(|name| {
            let store = store_of(folder, &name);
            GenerationSummary {
                made_at: made_at_of(&name),
                before_secret_change: store.is_some()
                    && newest_store.is_some()
                    && store != newest_store,
                name,
            }
        })
        .collect())
}

/// Restores a backup into `target`, a new or empty folder (a restore never overwrites a vault):
/// the newest generation, or `generation`. The backup is opened with the secret of its time,
/// every file copied is checked (evidence against its SHA-256), and the new vault is unlocked
/// once to prove it opens; it is built beside `target` and renamed into place only when whole.
///
/// # Errors
/// [`Error::NotABackup`], [`Error::FolderNotEmpty`] (the target holds files),
/// [`Error::WrongPassphrase`], [`Error::WrongRecoveryKey`], [`Error::MissingFile`] or
/// [`Error::DamagedFile`] naming a file of the backup, [`Error::Cancelled`], I/O errors.
pub fn restore(
    backup: &Path,
    generation: Option<&str>,
    target: &Path,
    secret: &RestoreSecret<'_>,
    observe: BackupObserver<'_>,
) -> Result<Restored, Error> {
    let all = backup_generations(backup)?;
    let generation = match generation {
        Some(name) => {
            all.iter()
                .find(|g| g.as_str() == name)
                .ok_or_else(|| Error::InvalidInput {
                    field: "backup",
                    reason: "this backup folder holds no backup of that name".into(),
                })?
        }
        None => all.last().ok_or(Error::NotABackup { writing: false })?,
    }
    .clone();
    match fs::read_dir(target) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(Error::FolderNotEmpty);
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::from_io("read the folder to restore into", e)),
    }
    if is_within(target, backup) {
        return Err(Error::InvalidInput {
            field: "restore folder",
            reason: "it must be outside the backup folder".into(),
        });
    }
    let absolute = std::path::absolute(target).map_err(|e| Error::from_io("restore", e))?;
    let parent = absolute.parent().ok_or(Error::InvalidInput {
        field: "restore folder",
        reason: "choose a folder, not the root of a disk".into(),
    })?;
    atomic::create_dir(parent).map_err(|e| Error::from_io("make the folder to restore into", e))?;
    let leaf = absolute
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let suffix = random_bytes::<4>()?;
    let build = parent.join(format!(".{leaf}.restoring-{}", hex(suffix.as_ref())));
    let result = restore_into(backup, &generation, &build, secret, observe);
    let restored = match result {
        Ok(restored) => restored,
        Err(e) => {
            let _ = fs::remove_dir_all(&build);
            return Err(e);
        }
    };
    // An empty target is replaced; one that gained files meanwhile is not.
    let _ = fs::remove_dir(&absolute);
    if let Err(e) = fs::rename(&build, &absolute) {
        let _ = fs::remove_dir_all(&build);
        return Err(match e.kind() {
            io::ErrorKind::AlreadyExists | io::ErrorKind::DirectoryNotEmpty => {
                Error::FolderNotEmpty
            }
            _ => Error::from_io("restore", e),
        });
    }
    let _ = atomic::sync_dir(parent);
    Ok(Restored {
        folder: absolute.display().to_string(),
        generation,
        ..restored
    })
}

fn restore_into(
    backup: &Path,
    generation: &str,
    build: &Path,
    secret: &RestoreSecret<'_>,
    observe: BackupObserver<'_>,
) -> Result<Restored, Error> {
    let source = backup.join(GENERATIONS_DIR).join(generation);
    let io_err = |e: io::Error| Error::from_io("write the restored vault", e);
    let from_backup = |relative: &str| -> Result<Vec<u8>, Error> {
        let which = format!("{GENERATIONS_DIR}/{generation}/{relative}");
        fs::read(source.join(relative)).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound if backup.is_dir() => Error::MissingFile { which },
            _ => backup_error(backup, &e),
        })
    };
    atomic::create_dir(&build.join(format::KEYS_DIR)).map_err(io_err)?;
    atomic::create_dir(&build.join("index").join("journal")).map_err(io_err)?;
    let copy = |relative: &str, optional: bool| -> Result<(), Error> {
        let bytes = match from_backup(relative) {
            Err(Error::MissingFile { .. }) if optional => return Ok(()),
            other => other?,
        };
        let (dir, name) = relative.rsplit_once('/').unwrap_or(("", relative));
        atomic::replace(&build.join(dir), name, &bytes).map_err(io_err)?;
        if fs::read(build.join(relative)).map_err(io_err)? != bytes {
            return Err(Error::Io {
                action: "write the restored vault",
                source: io::Error::other("a file read back differs from what was written"),
            });
        }
        Ok(())
    };
    copy(format::PASSPHRASE_PATH, false)?;
    copy(format::RECOVERY_PATH, false)?;
    copy(
        &format!("{}/{}", format::KEYS_DIR, format::IDENTITY_FILE),
        true,
    )?;
    copy(SNAPSHOT_PATH, false)?;
    copy(format::VAULT_FILE, false)?;

    let mut vault = match secret {
        RestoreSecret::Passphrase(passphrase) => Vault::unlock(build, passphrase)?,
        RestoreSecret::RecoveryKey(key) => Vault::unlock_with_recovery_key(build, key)?,
    };
    let which = format!("{GENERATIONS_DIR}/{generation}/{MANIFEST_FILE}");
    let manifest = open_manifest(&vault.identity, &source, &which)?;
    if manifest.vault_id != vault.meta.vault_id {
        return Err(Error::DamagedFile { which });
    }
    let store_dir = backup.join(STORES_DIR).join(&manifest.store);
    let total = manifest.evidence.len() as u64;
    for (done, blob) in manifest.evidence.iter().enumerate() {
        if !observe(BackupProgress {
            phase: BackupPhase::Evidence,
            done: done as u64,
            total,
        }) {
            return Err(Error::Cancelled);
        }
        let id = BlobId::parse(&blob.id)?;
        let relative = id.relative_path();
        let bytes_from = store_dir.join(&relative);
        let target = build.join(&relative);
        let dir = target.parent().unwrap_or(build);
        atomic::create_dir(dir).map_err(io_err)?;
        copy_file(&bytes_from, &target, backup, || {
            format!("{STORES_DIR}/{}/{relative}", manifest.store)
        })?;
        // Checked in the new vault, with its key: authenticates, and is the file the index names.
        vault.verify_blob(&id, &blob.sha256, &mut |_| true)?;
    }
    let cases = vault
        .store()
        .read(|db| db.query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0)))?;
    vault.lock()?;
    Ok(Restored {
        generation: generation.into(),
        made_at: manifest.made_at,
        folder: String::new(),
        cases: cases.unsigned_abs(),
        evidence_files: total,
    })
}

/// Copies `from` (in the backup `root`) to the new file `to`, flushed.
fn copy_file(from: &Path, to: &Path, root: &Path, which: impl Fn() -> String) -> Result<(), Error> {
    let mut input = File::open(from).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound if root.is_dir() => Error::MissingFile { which: which() },
        _ => backup_error(root, &e),
    })?;
    let io_err = |e: io::Error| Error::from_io("write the restored vault", e);
    let mut output = atomic::create_new(to).map_err(io_err)?;
    io::copy(&mut input, &mut output).map_err(io_err)?;
    output.sync_all().map_err(io_err)
}

/// A generation of this vault's backup, opened read-only for travel mode (`crate::travel`):
/// its index in memory, and where its evidence files are.
pub(crate) struct GenerationIndex {
    /// The generation's index, read-only, in memory.
    pub(crate) db: rusqlite::Connection,
    store_dir: std::path::PathBuf,
    root: std::path::PathBuf,
    evidence: Vec<(String, String)>,
}

impl GenerationIndex {
    /// Whether the generation names this evidence file, with this SHA-256.
    pub(crate) fn holds_blob(&self, id: &str, sha256: &str) -> bool {
        self.evidence.iter().any(|(i, s)| i == id && s == sha256)
    }
}

impl Vault {
    /// Opens `generation` of this vault's backup in `folder` with this session's identity,
    /// without writing to it.
    ///
    /// # Errors
    /// [`Error::NotABackup`], [`Error::BackupOfAnotherVault`],
    /// [`Error::BackupBeforeSecretChange`] (a generation made under an identity a change of
    /// secret retired does not open with this one), [`Error::MissingFile`] or
    /// [`Error::DamagedFile`].
    pub(crate) fn open_backup_generation(
        &self,
        folder: &Path,
        generation: &str,
    ) -> Result<GenerationIndex, Error> {
        if !folder.is_dir() {
            return Err(Error::BackupFolderGone);
        }
        let file = read_backup_file(folder)?.ok_or(Error::NotABackup { writing: false })?;
        if file.vault_id != self.meta.vault_id {
            return Err(Error::BackupOfAnotherVault);
        }
        let dir = folder.join(GENERATIONS_DIR).join(generation);
        // A generation made under an identity a change of secret retired names another store
        // (`store_name`): say so, instead of the damaged manifest it would otherwise look like.
        if store_of(folder, generation).is_some_and(|s| s != store_name(&self.identity)) {
            return Err(Error::BackupBeforeSecretChange);
        }
        let which = format!("{GENERATIONS_DIR}/{generation}/{MANIFEST_FILE}");
        let manifest = open_manifest(&self.identity, &dir, &which)?;
        if manifest.vault_id != self.meta.vault_id {
            return Err(Error::DamagedFile { which });
        }
        let snapshot_which = format!("{GENERATIONS_DIR}/{generation}/{SNAPSHOT_PATH}");
        let bytes = fs::read(dir.join(SNAPSHOT_PATH)).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => Error::MissingFile {
                which: snapshot_which.clone(),
            },
            _ => backup_error(folder, &e),
        })?;
        let db = Store::open_image_read_only(&self.identity, &bytes, &snapshot_which)?;
        Ok(GenerationIndex {
            db,
            store_dir: folder.join(STORES_DIR).join(&manifest.store),
            root: folder.to_path_buf(),
            evidence: manifest
                .evidence
                .into_iter()
                .map(|b| (b.id, b.sha256))
                .collect(),
        })
    }

    /// Copies an evidence file from a backup generation back into this vault (beside its name,
    /// flushed, renamed), then checks it against `sha256` with the vault's key.
    ///
    /// # Errors
    /// [`Error::MissingFile`] naming the backup's file, [`Error::DamagedFile`], I/O errors.
    pub(crate) fn bring_back_blob(
        &self,
        from: &GenerationIndex,
        id: &BlobId,
        sha256: &str,
    ) -> Result<(), Error> {
        let relative = id.relative_path();
        let target = self.dir.join(&relative);
        let dir = target.parent().unwrap_or(&self.dir);
        atomic::create_dir(dir).map_err(|e| Error::from_io("write an evidence file", e))?;
        let tmp = dir.join(format!(".{}.tmp", id.as_str()));
        let _ = fs::remove_file(&tmp);
        let result = copy_file(&from.store_dir.join(&relative), &tmp, &from.root, || {
            format!("{STORES_DIR}/…/{relative}")
        })
        .and_then(|()| {
            blobs::open_file(&tmp, relative.clone(), &self.identity)?.copy_checked(
                sha256,
                &mut |_| Ok(()),
                &mut |_| true,
            )
        })
        .and_then(|()| {
            fs::rename(&tmp, &target)
                .and_then(|()| atomic::sync_dir(dir))
                .map_err(|e| Error::from_io("write an evidence file", e))
        });
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }
}
