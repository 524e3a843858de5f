//! The encrypted vault: a folder of standard age files (docs/vault-format.md).
//!
//! This module holds the vault's folder and keys: creation, unlocking by passphrase or recovery
//! key, passphrase change and verification. Everything in the vault is encrypted to one X25519
//! *vault identity*. In format 2 it is sealed in `keys/identity.age` to two *slot* identities,
//! each kept by scrypt under a secret: the passphrase (`keys/passphrase.age`) and the recovery
//! key (`keys/recovery.age`). Changing either secret makes a new vault identity and re-keys the
//! vault to it (`rotation`), so that the old secret with an old key file opens nothing saved
//! afterwards. (Format 1 sealed the vault identity itself under each secret; it is still read.)
//!
//! Every file is written through [`atomic::replace`]; `vault.json` is written last at creation,
//! so a folder without it is not (yet) a vault.

mod age_writer;
pub mod backup;
pub mod blobs;
pub mod device;
mod exposure;
mod format;
mod instance;
mod keys;
pub mod recovery;
mod rotation;
pub mod strength;
mod sync_copies;
mod this_device;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use age::x25519;

pub use backup::{
    backup_generations, restore, BackupObserver, BackupPhase, BackupPolicy, BackupProgress,
    BackupRecord, BackupReport, BackupStatus, RestoreSecret, Restored,
};
pub use blobs::{BlobId, BlobInfo, BlobReader, BlobSink, Expected, Progress};
pub use exposure::{exposure, Exposure};
pub use format::FORMAT_VERSION;
pub use recovery::RecoveryKey;
pub use rotation::RotationStep;
pub use strength::{estimate as estimate_passphrase, generate_passphrase, Strength, Weakness};
pub use sync_copies::{is_conflict_copy, sync_copies, SyncCopies};

use crate::files::atomic;
use crate::store::{rusqlite, Store};
use crate::Error;
use format::VaultFile;
use instance::InstanceLock;

/// The scrypt work factor (`N = 2^log_n`) of the passphrase and recovery key files.
///
/// Pinned in the format, never calibrated to the machine (rage #642: a vault made on a fast
/// desktop must open on a slow laptop). 18 is age's own default for passphrases: about 0.6 s and
/// 256 MiB here (DESIGN §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct WorkFactor(u8);

impl WorkFactor {
    /// The work factor of every vault Habeas creates for real use.
    pub const PINNED: WorkFactor = WorkFactor(18);

    /// The highest work factor Habeas accepts when unlocking (about 4 s and 1 GiB here); a file
    /// asking for more is treated as damaged rather than tying up the machine.
    pub const MAX_ACCEPTED: u8 = 20;

    /// A cheap work factor for tests only: with it a vault can be brute-forced. Never use it for
    /// a real vault; the CLI exposes it only through a hidden, loudly named test option.
    #[must_use]
    pub const fn insecure_for_tests(log_n: u8) -> Self {
        WorkFactor(if log_n == 0 { 1 } else { log_n })
    }

    /// `log2(N)`.
    #[must_use]
    pub const fn log_n(self) -> u8 {
        self.0
    }
}

impl Default for WorkFactor {
    fn default() -> Self {
        Self::PINNED
    }
}

/// Options for [`Vault::create`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateOptions {
    /// scrypt work factor of the key files; [`WorkFactor::PINNED`] unless a test says otherwise.
    pub work_factor: WorkFactor,
}

/// A newly created vault, and its recovery key to show the user once.
#[derive(Debug)]
pub struct Created {
    /// The vault, unlocked.
    pub vault: Vault,
    /// The recovery key. Show it once; it is not stored anywhere in clear.
    pub recovery_key: RecoveryKey,
}

/// What [`Vault::verify`] checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VerifyReport {
    /// Files whose authentication was checked, as paths relative to the vault folder.
    pub checked: Vec<String>,
    /// Partial evidence files a process killed during an import (or a re-keying) left, removed
    /// by this check: ciphertext only, never part of the vault. Relative paths.
    pub removed_leftovers: Vec<String>,
}

/// Where a vault's recovery key stands ([`Vault::recovery_key_state`]).
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryKeyState {
    /// The user confirmed they stored the recovery key.
    Confirmed,
    /// The key shown when the vault was created was never confirmed as stored (the vault was
    /// locked, or Habeas closed, before): it opens the vault, but the user may not have it. Say
    /// so, and offer a new one.
    Unconfirmed,
    /// A new key was made and not yet confirmed; the current one still opens the vault.
    Pending,
}

/// What [`Vault::confirm_recovery_key`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confirmed {
    /// The pending key replaced the old one, which no longer opens this folder.
    Replaced,
    /// The key was already the recovery key (the one shown at creation): it is now known to be
    /// stored.
    AlreadyCurrent,
}

/// What a change of secret did to the vault identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Rotated {
    /// Whether the vault identity was replaced (format 2). A format-1 vault keeps its identity:
    /// a key file copied before still opens everything with the old secret.
    pub identity_rotated: bool,
    /// Evidence files re-keyed to the new identity.
    pub blobs_rekeyed: u64,
    /// Whether the change was finished. `false`: it is committed (only the new secret opens the
    /// vault) but moving files or re-keying blobs failed; the next unlock finishes it.
    pub finished: bool,
}

fn shared_recipient(identity: &x25519::Identity) -> blobs::SharedRecipient {
    std::sync::Arc::new(std::sync::RwLock::new(identity.to_public()))
}

/// The setting (table `settings`) saying whether the creation key was confirmed as stored.
const RECOVERY_CONFIRMED_KEY: &str = "recovery_key_confirmed";

fn set_recovery_confirmed(store: &mut Store) -> Result<(), Error> {
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, 'true')
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [RECOVERY_CONFIRMED_KEY],
        )
    })?;
    Ok(())
}

/// Where a new vault goes unless the user chooses elsewhere: `Habeas/vault` in the account's
/// data folder `data_dir`, which the shell asks of the OS (`~/.local/share` on Linux,
/// `%APPDATA%` on Windows, `~/Library/Application Support` on macOS: the place the OS keeps for
/// an application's data of this account). The folder is made with the vault; `Vault::create`
/// checks it as it checks any folder the user chooses (issue 21.10).
#[must_use]
pub fn default_folder(data_dir: &Path) -> PathBuf {
    data_dir.join("Habeas").join("vault")
}

/// An unlocked vault. Dropping it (locking) wipes the identity from memory (age's X25519 secret
/// zeroizes itself on drop), closes the in-memory index and releases the instance lock.
pub struct Vault {
    dir: PathBuf,
    meta: VaultFile,
    identity: x25519::Identity,
    /// The public halves of the key slots (format 2); `None` in a format-1 vault.
    slots: Option<keys::Slots>,
    /// The identity's recipient, shared with every [`BlobSink`] (see `blobs::SharedRecipient`).
    recipient_lock: blobs::SharedRecipient,
    /// The scrypt work factor of the key file this session opened (or sealed, at creation),
    /// authenticated by opening it; `None` when the device key opened the vault.
    opened_factor: Option<WorkFactor>,
    /// When this session unlocked the vault: a partial blob file older than this was left by an
    /// earlier process ([`Vault::verify`]), never one this session is writing.
    unlocked_at: std::time::SystemTime,
    store: Store,
    _lock: InstanceLock,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .field("id", &self.meta.vault_id)
            .finish()
    }
}

/// Minimum passphrase length, in characters. Beyond it, a new passphrase must also be hard to
/// guess (`strength::MIN_GUESSES_LOG10`).
pub const MIN_PASSPHRASE_CHARS: usize = 8;

impl Vault {
    /// Creates a vault in `dir` (created if missing; must be empty otherwise).
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for a passphrase that is too short or too easy to guess (saying why), [`Error::FolderNotEmpty`],
    /// and the I/O errors of [`Error::from_io`].
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        options: CreateOptions,
    ) -> Result<Created, Error> {
        let passphrase = keys::normalize(passphrase, dir)?;
        match fs::read_dir(dir) {
            Ok(mut entries) => {
                if entries.next().is_some() {
                    return Err(Error::FolderNotEmpty);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::from_io("read the vault folder", e)),
        }
        let result = Self::write_new(dir, &passphrase, options);
        if result.is_err() {
            // The folder was new or empty: remove what was written, so that the user can simply
            // try again (after freeing space, say) instead of meeting "folder not empty".
            for name in [
                format::KEYS_DIR,
                "index",
                instance::LOCK_FILE,
                format::VAULT_FILE,
            ] {
                let path = dir.join(name);
                let _ = if path.is_dir() {
                    fs::remove_dir_all(path)
                } else {
                    fs::remove_file(path)
                };
            }
        }
        result
    }

    fn write_new(
        dir: &Path,
        passphrase: &SecretString,
        options: CreateOptions,
    ) -> Result<Created, Error> {
        let keys_dir = dir.join(format::KEYS_DIR);
        atomic::create_dir(&keys_dir).map_err(|e| Error::from_io("create the vault folder", e))?;
        // The folder may have existed (empty, chosen by the user for the vault): make it owner
        // only like everything inside. Best effort: some file systems (FAT on a USB stick) have
        // no modes; `exposure` says what others can still see.
        atomic::restrict_dir(dir);
        let lock = InstanceLock::acquire(dir)?;

        let identity = x25519::Identity::generate();
        let recovery_key = RecoveryKey::generate()?;
        let wf = options.work_factor;
        let passphrase_slot = x25519::Identity::generate();
        let recovery_slot = x25519::Identity::generate();
        let sealed = keys::seal_identity(&passphrase_slot, passphrase, wf)?;
        atomic::replace(&keys_dir, format::PASSPHRASE_FILE, &sealed)
            .map_err(|e| Error::from_io("write the passphrase key file", e))?;
        let sealed = keys::seal_identity(&recovery_slot, &recovery_key.as_passphrase(), wf)?;
        atomic::replace(&keys_dir, format::RECOVERY_FILE, &sealed)
            .map_err(|e| Error::from_io("write the recovery key file", e))?;
        let slots = keys::Slots {
            passphrase: passphrase_slot.to_public(),
            recovery: recovery_slot.to_public(),
            authenticated_index: true,
        };
        let sealed = keys::seal_vault_identity(&identity, &slots)?;
        atomic::replace(&keys_dir, format::IDENTITY_FILE, &sealed)
            .map_err(|e| Error::from_io("write the identity file", e))?;

        // The recovery key counts as unconfirmed until the user confirms they stored it
        // (`confirm_recovery_key` saves that), so opening the vault can say so.
        let meta = VaultFile::new(wf)?;
        let device = this_device::this_device(&meta.vault_id, dir, meta.is_test_vault())?;
        let store = Store::create(dir, &identity, Some(device.id))?;

        atomic::replace(dir, format::VAULT_FILE, &meta.to_bytes()?)
            .map_err(|e| Error::from_io("write vault.json", e))?;
        let mut vault = Vault {
            dir: dir.to_path_buf(),
            meta,
            recipient_lock: shared_recipient(&identity),
            identity,
            slots: Some(slots),
            opened_factor: Some(wf),
            unlocked_at: std::time::SystemTime::now(),
            store,
            _lock: lock,
        };
        vault.record_device_name()?;
        Ok(Created {
            vault,
            recovery_key,
        })
    }

    /// Unlocks the vault in `dir` with its passphrase.
    ///
    /// # Errors
    /// [`Error::WrongPassphrase`], [`Error::NotAVault`], [`Error::VaultTooNew`],
    /// [`Error::MissingFile`], [`Error::DamagedFile`], and I/O errors.
    pub fn unlock(dir: &Path, passphrase: &SecretString) -> Result<Vault, Error> {
        let (meta, lock, opened) = Self::passphrase_identity(dir, passphrase)?;
        Self::open_key_file(dir, meta, lock, opened, false).map(|(vault, _)| vault)
    }

    /// Unlocks the vault in `dir` with its passphrase even when a journal record is missing or
    /// damaged (when [`Vault::unlock`] fails with [`Error::MissingFile`] or
    /// [`Error::DamagedFile`] naming `index/journal/…`): that record and every later one are
    /// moved, unread, into `index/set-aside/…` — nothing is deleted — and the vault opens as it
    /// was before that save, writable. Says what was set aside (`None`: nothing needed to be).
    ///
    /// # Errors
    /// As [`Vault::unlock`], for everything else (a damaged snapshot among them).
    pub fn unlock_rescuing(
        dir: &Path,
        passphrase: &SecretString,
    ) -> Result<(Vault, Option<crate::store::SetAside>), Error> {
        let (meta, lock, opened) = Self::passphrase_identity(dir, passphrase)?;
        Self::open_key_file(dir, meta, lock, opened, true)
    }

    fn passphrase_identity(
        dir: &Path,
        passphrase: &SecretString,
    ) -> Result<(VaultFile, InstanceLock, keys::Opened), Error> {
        let meta = VaultFile::read(dir)?;
        let lock = InstanceLock::acquire(dir)?;
        rotation::discard_unfinished(dir)?;
        let passphrase = keys::normalize_for_unlock(passphrase);
        let (path, which) = rotation::key_path(dir, format::PASSPHRASE_FILE);
        let opened = keys::open_identity(&path, &which, &passphrase, Error::WrongPassphrase)?;
        Ok((meta, lock, opened))
    }

    /// Unlocks the vault in `dir` with its recovery key (then set a new passphrase with
    /// [`Vault::change_passphrase`]).
    ///
    /// # Errors
    /// [`Error::WrongRecoveryKey`], and the errors of [`Vault::unlock`] but the passphrase one.
    pub fn unlock_with_recovery_key(dir: &Path, key: &RecoveryKey) -> Result<Vault, Error> {
        let meta = VaultFile::read(dir)?;
        let lock = InstanceLock::acquire(dir)?;
        rotation::discard_unfinished(dir)?;
        let (path, which) = rotation::key_path(dir, format::RECOVERY_FILE);
        let opened =
            keys::open_identity(&path, &which, &key.as_passphrase(), Error::WrongRecoveryKey)?;
        Self::open_key_file(dir, meta, lock, opened, false).map(|(vault, _)| vault)
    }

    /// [`Vault::open_store`] after a key file opened: its work factor is the floor of every key
    /// file this session seals. In format 2 what it opened is a slot, which opens the vault
    /// identity in `keys/identity.age`.
    fn open_key_file(
        dir: &Path,
        meta: VaultFile,
        lock: InstanceLock,
        opened: keys::Opened,
        rescue: bool,
    ) -> Result<(Vault, Option<crate::store::SetAside>), Error> {
        let factor = Some(opened.work_factor);
        let (identity, slots) = if meta.has_key_slots() {
            let (path, which) = rotation::key_path(dir, format::IDENTITY_FILE);
            let bytes = keys::read(&path, &which)?;
            let (identity, slots) = keys::open_vault_identity(&bytes, &which, &opened.identity)?;
            (identity, Some(slots.ok_or(Error::DamagedFile { which })?))
        } else {
            (opened.identity, None)
        };
        Self::open_store(dir, meta, identity, slots, factor, lock, rescue)
    }

    /// Finishes a rotation a crash cut short, then opens the index (rescuing a damaged journal
    /// if asked: see [`Store::open`]).
    #[allow(
        clippy::too_many_arguments,
        reason = "private; the parts of an unlocked vault"
    )]
    fn open_store(
        dir: &Path,
        meta: VaultFile,
        identity: x25519::Identity,
        slots: Option<keys::Slots>,
        opened_factor: Option<WorkFactor>,
        lock: InstanceLock,
        rescue: bool,
    ) -> Result<(Vault, Option<crate::store::SetAside>), Error> {
        rotation::finish(dir, &identity, &mut |_| {})?;
        // Decided by the sealed identity text, never by `vault.json` (issue 16.5): a format-1
        // vault (no slots) has no place to say it, and its index stays unauthenticated.
        let require_tags = slots
            .as_ref()
            .is_some_and(|slots| slots.authenticated_index);
        // Format 4: saves go to this device's own journal (`store::devices`).
        // A folder with device journals is format 4 whatever `vault.json` (not authenticated)
        // says: set back to 3, it must not hide the devices' saves.
        let device = if meta.version() >= format::FIRST_WITH_DEVICES
            || dir.join("index").join("devices").is_dir()
        {
            Some(this_device::this_device(&meta.vault_id, dir, meta.is_test_vault())?.id)
        } else {
            None
        };
        let (store, set_aside) = Store::open(dir, &identity, require_tags, rescue, device)?;
        let mut vault = Vault {
            dir: dir.to_path_buf(),
            meta,
            recipient_lock: shared_recipient(&identity),
            identity,
            slots,
            opened_factor,
            unlocked_at: std::time::SystemTime::now(),
            store,
            _lock: lock,
        };
        vault.migrate_to_authenticated_index()?;
        vault.record_device_name()?;
        Ok((vault, set_aside))
    }

    /// Records this device's name in the vault, where the other devices read it (issue 20.3),
    /// when it is not there yet: with this device's next save.
    fn record_device_name(&mut self) -> Result<(), Error> {
        if self.store.device().is_none() {
            return Ok(());
        }
        let device =
            this_device::this_device(&self.meta.vault_id, &self.dir, self.meta.is_test_vault())?;
        self.store.record_device_name(&device.name)
    }

    /// The devices that save to this vault: each one's name and id, how many saves of it are
    /// here and when it made the latest, and when this device last saw its changes (issue 20.3).
    ///
    /// # Errors
    /// Errors of reading the index.
    pub fn devices(&self) -> Result<Vec<crate::store::KnownDevice>, Error> {
        self.store.known_devices()
    }

    /// Format 2 → 3, once, on the first unlock by a Habeas that writes format 3 (issue 16.5):
    /// the index is written anew as one tagged snapshot (the untagged journal folded in and
    /// deleted), then `keys/identity.age` is sealed again with the line saying that the index is
    /// authenticated (and this account's device key file too; those of other accounts, which
    /// cannot be re-sealed from here, are deleted: they would be refused), then `vault.json`
    /// says 3. Each step is one atomic replace, in that order, so a crash anywhere leaves a
    /// vault that opens and finishes the migration at the next unlock. A format-1 vault is not
    /// migrated (its key files hold the identity itself, and the recovery key is not at hand).
    fn migrate_to_authenticated_index(&mut self) -> Result<(), Error> {
        let Some(slots) = self.slots.clone() else {
            return Ok(());
        };
        if !slots.authenticated_index {
            self.bind_evidence_blobs()?;
            self.store.authenticate_all()?;
            let slots = keys::Slots {
                authenticated_index: true,
                ..slots
            };
            let keys_dir = self.dir.join(format::KEYS_DIR);
            let sealed = keys::seal_vault_identity(&self.identity, &slots)?;
            atomic::replace(&keys_dir, format::IDENTITY_FILE, &sealed)
                .map_err(|e| Error::from_io("write the identity file", e))?;
            device::reseal_for_rotation(
                &self.dir,
                &keys_dir,
                &self.meta.vault_id,
                &self.identity,
                &slots,
            )?;
            self.slots = Some(slots);
        }
        if self.store.device().is_none() && self.slots.is_some() {
            // Format 3 → 4 (issue 20): the whole index as `index/snapshot.age`, the base every
            // device starts from, then `vault.json` says 4. A crash between the two leaves a
            // format-3 vault whose snapshot holds everything: the next unlock converts again.
            let device = this_device::this_device(
                &self.meta.vault_id,
                &self.dir,
                self.meta.is_test_vault(),
            )?;
            // Saves the engine set aside as conflict copies of format-3 records are merged.
            let copies: Vec<PathBuf> = fs::read_dir(self.dir.join("index").join("journal"))
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .filter(|e| e.file_name().to_str().is_some_and(is_conflict_copy))
                        .map(|e| e.path())
                        .collect()
                })
                .unwrap_or_default();
            self.store
                .convert_to_devices(&self.identity, device.id, &copies)?;
        }
        if self.meta.version() < FORMAT_VERSION {
            let meta = self.meta.at_current_version();
            atomic::replace(&self.dir, format::VAULT_FILE, &meta.to_bytes()?)
                .map_err(|e| Error::from_io("write vault.json", e))?;
            self.meta = meta;
        }
        Ok(())
    }

    /// The vault's case index.
    pub fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    /// Locks the vault: folds the journal into the snapshot (so that the snapshot alone holds
    /// everything, for recovery with the stock tools), then forgets every key. Saved work is safe
    /// even if the compaction fails; its error is returned after the vault is locked.
    ///
    /// # Errors
    /// The I/O errors of writing the snapshot.
    pub fn lock(mut self) -> Result<(), Error> {
        let result = if self.store.journal_len() > 0 {
            self.store.compact()
        } else {
            Ok(())
        };
        drop(self);
        result
    }

    /// Unlocks the vault in `dir` with the device key this OS account's keyring holds for it
    /// ("remember on this device").
    ///
    /// # Errors
    /// [`Error::NotRemembered`], [`Error::KeyringUnavailable`], and the errors of
    /// [`Vault::unlock`] but the passphrase one.
    pub fn unlock_with_device(dir: &Path) -> Result<Vault, Error> {
        let meta = VaultFile::read(dir)?;
        let lock = InstanceLock::acquire(dir)?;
        rotation::discard_unfinished(dir)?;
        let (identity, slots) = device::unlock(dir, &meta.vault_id)?;
        if meta.has_key_slots() && slots.is_none() {
            return Err(Error::DamagedFile {
                which: format!("{}/device-….age", format::KEYS_DIR),
            });
        }
        if slots
            .as_ref()
            .is_some_and(|slots| !slots.authenticated_index)
        {
            // A device key file from before format 3. It may be stale (an old copy put back by
            // someone who wants untagged index files read, issue 16.5): only `keys/identity.age`
            // can say whether the index is authenticated, and only a secret opens that. The
            // passphrase once, and the migration re-seals this device's file.
            return Err(Error::NotRemembered);
        }
        Self::open_store(dir, meta, identity, slots, None, lock, false).map(|(vault, _)| vault)
    }

    /// Whether `dir` holds a vault (its `vault.json` reads as one): what the first screen asks
    /// before offering to unlock a folder rather than to create a vault there. Any failure
    /// reads as "no"; unlocking then says what is wrong.
    #[must_use]
    pub fn exists_at(dir: &Path) -> bool {
        VaultFile::read(dir).is_ok()
    }

    /// Whether this OS account's keyring remembers the vault in `dir` (read before unlocking, to
    /// offer "unlock with this device"). Any failure reads as "no".
    #[must_use]
    pub fn is_remembered_at(dir: &Path) -> bool {
        VaultFile::read(dir).is_ok_and(|meta| device::is_remembered(&meta.vault_id))
    }

    /// Remembers the vault on this device: afterwards, anyone who can use this OS account's
    /// unlocked keyring can open it without the passphrase.
    ///
    /// # Errors
    /// [`Error::KeyringUnavailable`], and I/O errors of writing the device key file.
    pub fn remember_on_device(&self) -> Result<(), Error> {
        device::remember(
            &self.dir,
            &self.meta.vault_id,
            &self.identity,
            self.slots.as_ref(),
        )
    }

    /// Forgets the vault on this device (keyring entry and device key file).
    ///
    /// # Errors
    /// [`Error::KeyringUnavailable`], and I/O errors of deleting the device key file.
    pub fn forget_device(&self) -> Result<(), Error> {
        device::forget(&self.dir, &self.meta.vault_id)
    }

    /// Whether this OS account's keyring remembers the vault.
    #[must_use]
    pub fn is_remembered_on_device(&self) -> bool {
        device::is_remembered(&self.meta.vault_id)
    }

    /// The scrypt work factor of every key file this session seals (issue 16.3): never below
    /// the factor of the key file it opened, and never below [`WorkFactor::PINNED`] unless the
    /// vault is an explicit test vault. `vault.json`'s `log_n` plays no part: it is not
    /// authenticated. With no key file opened (the device key unlocked the vault) there is no
    /// authenticated factor to go by, so even a test vault gets the pinned one.
    fn seal_factor(&self) -> WorkFactor {
        let opened = self.opened_factor.unwrap_or(WorkFactor::PINNED);
        if self.meta.is_test_vault() {
            opened
        } else {
            opened.max(WorkFactor::PINNED)
        }
    }

    /// Replaces the passphrase and rotates the vault identity (format 2; docs/vault-format.md,
    /// "Rotation"): afterwards only the new passphrase (and the recovery key) opens this vault
    /// folder, and the old passphrase with a key file copied before opens nothing saved from now
    /// on, nor any evidence file of this folder. A `kill -9` at any point leaves the old
    /// passphrase or the new one opening everything saved. A format-1 vault keeps its identity
    /// (said in the result): there, a copy of the old key file still opens with the old
    /// passphrase.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] for a passphrase that is too short or too easy to guess (saying why), and I/O errors (the
    /// passphrase is then unchanged).
    pub fn change_passphrase(&mut self, new: &SecretString) -> Result<Rotated, Error> {
        self.change_passphrase_observed(new, &mut |_| {})
    }

    /// [`Vault::change_passphrase`], reporting each step of the rotation to `observe` (progress
    /// over the evidence files; tests stop the process at each step).
    ///
    /// # Errors
    /// Those of [`Vault::change_passphrase`].
    pub fn change_passphrase_observed(
        &mut self,
        new: &SecretString,
        observe: &mut dyn FnMut(RotationStep),
    ) -> Result<Rotated, Error> {
        let new = keys::normalize(new, &self.dir)?;
        if self.slots.is_none() {
            // Format 1: the key file holds the vault identity itself.
            let sealed = keys::seal_identity(&self.identity, &new, self.seal_factor())?;
            atomic::replace(
                &self.dir.join(format::KEYS_DIR),
                format::PASSPHRASE_FILE,
                &sealed,
            )
            .map_err(|e| Error::from_io("write the passphrase key file", e))?;
            return Ok(Rotated {
                identity_rotated: false,
                blobs_rekeyed: 0,
                finished: true,
            });
        }
        let slot = x25519::Identity::generate();
        let file = keys::seal_identity(&slot, &new, self.seal_factor())?;
        self.rotate(
            rotation::Replaced::Passphrase(rotation::NewSlot {
                file,
                recipient: slot.to_public(),
            }),
            observe,
        )
    }

    /// Rotates the vault identity, replacing one slot (format 2): prepares and commits the new
    /// generation, switches this session to it, then finishes (see `rotation`).
    fn rotate(
        &mut self,
        replaced: rotation::Replaced,
        observe: &mut dyn FnMut(RotationStep),
    ) -> Result<Rotated, Error> {
        let slots = self.slots.clone().ok_or(Error::Internal {
            what: "a format-1 vault has no key slots".into(),
        })?;
        // New blobs wait from here until every blob is re-keyed, and blobs being written now are
        // finished first (`blobs::SharedRecipient`).
        let recipient_lock = std::sync::Arc::clone(&self.recipient_lock);
        let mut sink_recipient = recipient_lock
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (new, new_slots, folded) = rotation::prepare_and_commit(
            &self.dir,
            &self.meta.vault_id,
            &slots,
            &self.identity,
            replaced,
            &mut self.store,
            observe,
        )?;
        // Committed: whatever happens next, the disk's identity is the new one, and so must be
        // every later save.
        *sink_recipient = new.to_public();
        self.store.rotated(&new, folded);
        self.identity = new;
        self.slots = Some(new_slots);
        let finished = rotation::finish(&self.dir, &self.identity, observe);
        drop(sink_recipient);
        match finished {
            Ok(rekeyed) => {
                self.store.remove_folded_records();
                Ok(Rotated {
                    identity_rotated: true,
                    blobs_rekeyed: rekeyed.unwrap_or(0),
                    finished: true,
                })
            }
            // The next unlock finishes it (`open_store`).
            Err(_) => Ok(Rotated {
                identity_rotated: true,
                blobs_rekeyed: 0,
                finished: false,
            }),
        }
    }

    /// Makes a new recovery key and seals the vault's identity to it in
    /// `keys/recovery.pending.age`. The current recovery key keeps opening the vault until the
    /// user confirms they stored the new one ([`Vault::confirm_recovery_key`]); a lock, a crash
    /// or a restart before that changes nothing for it, and the pending key can still be
    /// confirmed later by typing it whole, or discarded ([`Vault::discard_recovery_key`]).
    /// Making another new key replaces the pending one. Show the key once, as at creation.
    ///
    /// # Errors
    /// I/O errors of writing the pending key file.
    pub fn prepare_recovery_key(&self) -> Result<RecoveryKey, Error> {
        let key = RecoveryKey::generate()?;
        // Format 2: a new recovery slot, which the confirmation makes current by rotating the
        // vault identity. Format 1: the vault identity itself.
        let sealed = if self.slots.is_some() {
            let slot = x25519::Identity::generate();
            keys::seal_identity(&slot, &key.as_passphrase(), self.seal_factor())?
        } else {
            keys::seal_identity(&self.identity, &key.as_passphrase(), self.seal_factor())?
        };
        atomic::replace(
            &self.dir.join(format::KEYS_DIR),
            format::PENDING_RECOVERY_FILE,
            &sealed,
        )
        .map_err(|e| Error::from_io("write the new recovery key file", e))?;
        Ok(key)
    }

    /// The user stored `key`: checks that it opens the pending key file (or, with none pending,
    /// the current recovery key file: the key shown at creation), then makes it the recovery
    /// key by renaming the pending file over `keys/recovery.age` (atomic: a crash leaves the
    /// old key or the new one, never neither). From then on the old key no longer opens this
    /// folder; copies of the folder made before still open with it.
    ///
    /// # Errors
    /// [`Error::WrongRecoveryKey`] if `key` is not the pending (or current) one; I/O errors.
    pub fn confirm_recovery_key(&mut self, key: &RecoveryKey) -> Result<Confirmed, Error> {
        self.confirm_recovery_key_observed(key, &mut |_| {})
    }

    /// [`Vault::confirm_recovery_key`], reporting each step of the rotation to `observe`.
    ///
    /// # Errors
    /// Those of [`Vault::confirm_recovery_key`].
    pub fn confirm_recovery_key_observed(
        &mut self,
        key: &RecoveryKey,
        observe: &mut dyn FnMut(RotationStep),
    ) -> Result<Confirmed, Error> {
        let keys_dir = self.dir.join(format::KEYS_DIR);
        let pending = keys_dir.join(format::PENDING_RECOVERY_FILE);
        let (path, which) = if pending.is_file() {
            (pending.clone(), format::PENDING_RECOVERY_PATH.to_owned())
        } else {
            rotation::key_path(&self.dir, format::RECOVERY_FILE)
        };
        let opened =
            keys::open_identity(&path, &which, &key.as_passphrase(), Error::WrongRecoveryKey)?;
        let confirmed = match (&self.slots, path == pending) {
            // Format 2, a new key: its slot replaces the recovery slot, with a new identity.
            (Some(_), true) => {
                let file = keys::read(&pending, &which)?;
                self.rotate(
                    rotation::Replaced::Recovery(rotation::NewSlot {
                        file,
                        recipient: opened.identity.to_public(),
                    }),
                    observe,
                )?;
                Confirmed::Replaced
            }
            (Some(_), false) => {
                self.check_slot(&opened.identity, &which)?;
                Confirmed::AlreadyCurrent
            }
            (None, is_pending) => {
                if opened.identity.to_public().to_string() != self.recipient() {
                    return Err(Error::DamagedFile { which });
                }
                if is_pending {
                    fs::rename(&pending, keys_dir.join(format::RECOVERY_FILE))
                        .and_then(|()| atomic::sync_dir(&keys_dir))
                        .map_err(|e| Error::from_io("write the recovery key file", e))?;
                    Confirmed::Replaced
                } else {
                    Confirmed::AlreadyCurrent
                }
            }
        };
        set_recovery_confirmed(&mut self.store)?;
        Ok(confirmed)
    }

    /// Checks that the slot identity `slot` (opened from `which`) opens this session's vault
    /// identity from `keys/identity.age` (format 2).
    fn check_slot(&self, slot: &x25519::Identity, which: &str) -> Result<(), Error> {
        let (path, identity_which) = rotation::key_path(&self.dir, format::IDENTITY_FILE);
        let bytes = keys::read(&path, &identity_which)?;
        let (identity, _) =
            keys::open_vault_identity(&bytes, &identity_which, slot).map_err(|_| {
                Error::DamagedFile {
                    which: which.into(),
                }
            })?;
        if identity.to_public() == self.identity.to_public() {
            Ok(())
        } else {
            Err(Error::DamagedFile {
                which: identity_which,
            })
        }
    }

    /// [`Vault::confirm_recovery_key`] from what the user typed: with the key on screen
    /// (`shown`, just made and held by the caller), its last group of four, as vault creation
    /// confirms it (any case, O for 0, I or L for 1); otherwise (after a lock or a restart) the
    /// whole key.
    ///
    /// # Errors
    /// [`Error::WrongRecoveryKey`] if `typed` is not the last group of `shown`, or not a
    /// recovery key; those of [`Vault::confirm_recovery_key`].
    pub fn confirm_typed_recovery_key(
        &mut self,
        shown: Option<&RecoveryKey>,
        typed: &str,
    ) -> Result<Confirmed, Error> {
        match shown {
            Some(shown) if shown.ends_with_group(typed) => self.confirm_recovery_key(shown),
            // The whole key is accepted too (the screen may have been reloaded meanwhile).
            _ => self.confirm_recovery_key(&RecoveryKey::parse(typed)?),
        }
    }

    /// Deletes the pending recovery key, if any: the current one stays the recovery key.
    ///
    /// # Errors
    /// I/O errors of deleting the file.
    pub fn discard_recovery_key(&self) -> Result<(), Error> {
        let keys_dir = self.dir.join(format::KEYS_DIR);
        match fs::remove_file(keys_dir.join(format::PENDING_RECOVERY_FILE)) {
            Ok(()) => atomic::sync_dir(&keys_dir)
                .map_err(|e| Error::from_io("delete the new recovery key file", e)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::from_io("delete the new recovery key file", e)),
        }
    }

    /// Where the recovery key stands: confirmed, never confirmed since the vault was created,
    /// or a new one waiting for confirmation.
    ///
    /// # Errors
    /// Errors of reading the index.
    pub fn recovery_key_state(&self) -> Result<RecoveryKeyState, Error> {
        let pending = self
            .dir
            .join(format::KEYS_DIR)
            .join(format::PENDING_RECOVERY_FILE);
        if pending.is_file() {
            return Ok(RecoveryKeyState::Pending);
        }
        let confirmed: Option<String> = self.store.read(|db| {
            use rusqlite::OptionalExtension;
            db.query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [RECOVERY_CONFIRMED_KEY],
                |r| r.get(0),
            )
            .optional()
        })?;
        // Saved only by a confirmation: absent, the key shown at creation was never confirmed
        // (in a vault made before the question existed too: asking once more does no harm).
        Ok(if confirmed.as_deref() == Some("true") {
            RecoveryKeyState::Confirmed
        } else {
            RecoveryKeyState::Unconfirmed
        })
    }

    /// Checks that `passphrase` is this vault's current passphrase (before changing it, so that
    /// someone at an unattended, unlocked vault cannot lock its owner out).
    ///
    /// # Errors
    /// [`Error::WrongPassphrase`], or the errors of reading the key file.
    pub fn check_passphrase(&self, passphrase: &SecretString) -> Result<(), Error> {
        let passphrase = keys::normalize_for_unlock(passphrase);
        let (path, which) = rotation::key_path(&self.dir, format::PASSPHRASE_FILE);
        let found = keys::open_identity(&path, &which, &passphrase, Error::WrongPassphrase)?;
        if self.slots.is_some() {
            return self.check_slot(&found.identity, &which);
        }
        if found.identity.to_public().to_string() == self.recipient() {
            Ok(())
        } else {
            Err(Error::DamagedFile {
                which: format::PASSPHRASE_PATH.into(),
            })
        }
    }

    /// Checks the authentication of every encrypted file of the vault: the key file of the
    /// passphrase must decrypt to this vault's identity, the recovery key file must be a
    /// well-formed passphrase file, and the index snapshot and every journal record must decrypt
    /// and authenticate.
    ///
    /// # Errors
    /// [`Error::DamagedFile`] or [`Error::MissingFile`] naming the first bad file.
    pub fn verify(&self, passphrase: &SecretString) -> Result<VerifyReport, Error> {
        self.check_passphrase(passphrase)?;
        let recovery = self.dir.join(format::KEYS_DIR).join(format::RECOVERY_FILE);
        keys::check_authenticates(&recovery, format::RECOVERY_PATH)?;
        let mut checked = vec![
            format::PASSPHRASE_PATH.to_owned(),
            format::RECOVERY_PATH.to_owned(),
        ];
        if self.slots.is_some() {
            // Opened by the passphrase's slot in `check_passphrase`.
            checked.push(format!("{}/{}", format::KEYS_DIR, format::IDENTITY_FILE));
        }
        let pending = self
            .dir
            .join(format::KEYS_DIR)
            .join(format::PENDING_RECOVERY_FILE);
        if pending.is_file() {
            keys::check_authenticates(&pending, format::PENDING_RECOVERY_PATH)?;
            checked.push(format::PENDING_RECOVERY_PATH.to_owned());
        }
        checked.extend(self.store.verify(&self.identity)?);
        let removed_leftovers = blobs::leftovers(&self.dir, self.unlocked_at)?;
        for leftover in &removed_leftovers {
            fs::remove_file(self.dir.join(leftover))
                .map_err(|e| Error::from_io("remove a partial evidence file", e))?;
        }
        Ok(VerifyReport {
            checked,
            removed_leftovers,
        })
    }

    /// Encrypts everything `input` yields into a new evidence blob, in constant memory, and
    /// returns its id, size and SHA-256. `progress` is called with the bytes done every few MiB
    /// and at the end; returning `false` cancels, leaving nothing behind.
    ///
    /// # Errors
    /// [`Error::Cancelled`], [`Error::DiskFull`], [`Error::ReadOnly`], and other I/O errors.
    pub fn put_blob(
        &self,
        input: &mut dyn io::Read,
        progress: Progress<'_>,
    ) -> Result<BlobInfo, Error> {
        blobs::put_shared(&self.dir, &self.recipient_lock, input, progress)
    }

    /// A handle that writes new blobs into this vault without borrowing it (see [`BlobSink`]).
    #[must_use]
    pub fn blob_sink(&self) -> BlobSink {
        BlobSink::new(
            self.dir.clone(),
            std::sync::Arc::clone(&self.recipient_lock),
            self.meta.vault_id.clone(),
        )
    }

    /// Deletes a blob's file. A blob already gone is not an error.
    ///
    /// # Errors
    /// I/O errors ([`Error::ReadOnly`] among them).
    pub fn remove_blob(&self, id: &BlobId) -> Result<(), Error> {
        blobs::remove(&self.dir, id)
    }

    /// Every blob file in the vault folder, sorted by id.
    ///
    /// # Errors
    /// I/O errors of reading the folder.
    pub fn blob_ids(&self) -> Result<Vec<BlobId>, Error> {
        blobs::list(&self.dir)
    }

    /// Migrating to format 3: records the commitment to its blob's file key in every evidence
    /// record that has a blob and none yet (`Evidence::blob_key`, issue 16.5), in one save. A
    /// blob that cannot be read now is left without one: its SHA-256 is checked whenever it is
    /// opened. Trusts the blobs as they are, as the vault did until now.
    fn bind_evidence_blobs(&mut self) -> Result<(), Error> {
        let unbound: Vec<(String, String)> = self.store.read(|db| {
            let mut statement = db.prepare(
                "SELECT id, json_extract(doc, '$.blob') FROM evidence
                 WHERE coalesce(json_extract(doc, '$.blob'), '') != ''
                   AND json_extract(doc, '$.blob_key') IS NULL",
            )?;
            let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
            rows.collect()
        })?;
        let mut commitments = Vec::new();
        for (item, blob) in unbound {
            let Ok(id) = BlobId::parse(&blob) else {
                continue;
            };
            match blobs::key_commitment(&self.dir, &self.identity, &id) {
                Ok(Some(commitment)) => commitments.push((item, commitment)),
                Ok(None) | Err(Error::MissingFile { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        if commitments.is_empty() {
            return Ok(());
        }
        self.store.write(|tx| {
            for (item, commitment) in &commitments {
                tx.execute(
                    "UPDATE evidence SET doc = json_set(doc, '$.blob_key', ?2) WHERE id = ?1",
                    [item, commitment],
                )?;
            }
            Ok(())
        })
    }

    /// Opens the blob of evidence record `item` for reading, with seeking, once it is known to
    /// be that record's blob ([`Expected`]; issue 16.5): what a preview or an export reads.
    ///
    /// # Errors
    /// [`Error::DamagedFile`] naming the blob if it is not the record's (put in its place) or
    /// damaged, [`Error::MissingFile`], [`Error::NotFound`] for a deleted item.
    pub fn open_evidence_blob(
        &self,
        item: &crate::model::evidence::Evidence,
    ) -> Result<BlobReader, Error> {
        if item.deleted.is_some() || item.blob.is_empty() {
            return Err(Error::NotFound {
                what: "evidence item",
            });
        }
        let id = BlobId::parse(&item.blob)?;
        blobs::open_expected(
            &self.dir,
            &self.identity,
            &id,
            Expected {
                key_commitment: item.blob_key.as_deref(),
                sha256: &item.sha256,
            },
        )
    }

    /// Opens a blob for reading, with seeking, without checking that it is any record's: only
    /// for a caller that checks the SHA-256 of the whole ([`BlobReader::copy_checked`]), such as
    /// verification. A preview or an export goes through [`Vault::open_evidence_blob`].
    ///
    /// # Errors
    /// [`Error::MissingFile`] or [`Error::DamagedFile`] naming the blob.
    pub fn open_blob(&self, id: &BlobId) -> Result<BlobReader, Error> {
        blobs::open(&self.dir, &self.identity, id)
    }

    /// Decrypts a whole blob and checks it against the SHA-256 recorded at intake.
    ///
    /// # Errors
    /// [`Error::DamagedFile`] if any part fails authentication or the hash differs (a blob
    /// swapped for another), [`Error::MissingFile`], [`Error::Cancelled`].
    pub fn verify_blob(
        &self,
        id: &BlobId,
        sha256: &str,
        progress: Progress<'_>,
    ) -> Result<(), Error> {
        blobs::decrypt_checked(
            &self.dir,
            &self.identity,
            id,
            sha256,
            &mut |_| Ok(()),
            progress,
        )
    }

    /// Decrypts a whole blob into `sink`, checking it against the SHA-256 recorded at intake
    /// (an export writes through this; the caller discards what it wrote if this fails).
    ///
    /// # Errors
    /// Those of [`Vault::verify_blob`], and whatever `sink` returns.
    pub fn decrypt_blob_checked(
        &self,
        id: &BlobId,
        sha256: &str,
        sink: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
        progress: Progress<'_>,
    ) -> Result<(), Error> {
        blobs::decrypt_checked(&self.dir, &self.identity, id, sha256, sink, progress)
    }

    /// The vault's random identifier (not secret; in `vault.json`).
    #[must_use]
    pub fn id(&self) -> &str {
        &self.meta.vault_id
    }

    /// The vault's folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether changing a secret rotates this vault's identity (format 2 and later; a format-1
    /// vault keeps its identity, so a copy of an old key file keeps opening it).
    #[must_use]
    pub fn rotates_identity(&self) -> bool {
        self.slots.is_some()
    }

    /// The age recipient (`age1…`) every file of this vault is encrypted to. Public.
    #[must_use]
    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_folder_is_habeas_vault_in_the_data_folder() {
        let data = Path::new("/home/someone/.local/share");
        assert_eq!(
            default_folder(data),
            Path::new("/home/someone/.local/share/Habeas/vault")
        );
    }

    #[test]
    fn a_folder_holds_a_vault_only_once_one_is_created_there() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = default_folder(tmp.path());
        assert!(!Vault::exists_at(&dir), "nothing there yet");
        fs::create_dir_all(&dir).unwrap();
        assert!(!Vault::exists_at(&dir), "an empty folder is no vault");
        let options = CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        };
        let created =
            Vault::create(&dir, &SecretString::from("a long test passphrase"), options).unwrap();
        created.vault.lock().unwrap();
        assert!(Vault::exists_at(&dir));
    }
}
