//! The case index: a SQLite database that lives only in memory, saved as an encrypted snapshot
//! plus an encrypted journal (docs/vault-format.md, "The index").
//!
//! - **Snapshot** `index/snapshot.age`: the whole database image (`sqlite3_serialize`), sealed to
//!   the vault's recipient. Decrypted with the stock `age` tool it is an ordinary SQLite file.
//! - **Journal** `index/journal/<seq>.age`: one record per save since the snapshot, holding that
//!   save's SQLite session changeset. A save costs in proportion to what it changed, not to the
//!   size of the database (DESIGN §3: ~85 µs per record, against ~28 ms + 2.8 ms/MB for a
//!   snapshot).
//! - **Compaction** folds the journal into a new snapshot, then deletes the folded records. A
//!   crash between the two leaves records the snapshot already contains; their sequence numbers
//!   are at or below the snapshot's `journal_folded` mark, so they are skipped and removed.
//!
//! A save is acknowledged only after its journal record is on the disk (written, flushed,
//! renamed, folder flushed); if that fails, the in-memory change is rolled back. Nothing is
//! ever written in clear: SQLite's temporary storage is kept in memory.

pub mod audit;
mod authentication;
pub mod case_document;
pub mod cases;
mod devices;
mod documents;
pub mod evidence_items;
pub mod filings;
mod merge;
pub mod schema;
pub mod search;
pub mod trips;

/// The SQLite binding the store is written with, for callers of [`Store::read`] and [`Store::write`].
pub use rusqlite;

/// Keys of the `settings` table that hold a form's unsaved draft (`crate::drafts`), followed by
/// `<case id>/<form>`; deleting a case deletes them.
pub const DRAFT_KEY_PREFIX: &str = "draft:";

/// Key of the `settings` table that links a received case to its sender's case
/// (`crate::sharing`), followed by the local case id; deleting the case deletes it, since it
/// holds the case as last received.
pub const SHARING_LINK_PREFIX: &str = "sharing_received:";

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use age::x25519;
use rusqlite::session::{ConflictAction, ConflictType, Session};
use rusqlite::{Connection, Transaction, MAIN_DB};

use crate::files::{atomic, sealed};
use crate::Error;
pub(crate) use authentication::IndexKey;
pub use devices::KnownDevice;
pub(crate) use devices::{device_name, parse_device_name, DeviceId};

/// Wall time now in ms, as device clocks read it (for comparing with [`KnownDevice`]'s times).
#[must_use]
pub fn devices_clock_now_ms() -> u64 {
    Clock::now_ms()
}
use devices::{Clock, Vector};
use schema::sql;

const INDEX_DIR: &str = "index";
const JOURNAL_DIR: &str = "journal";
const SET_ASIDE_DIR: &str = "set-aside";

/// Journal records a rescue moved out of the way ([`crate::vault::Vault::unlock_rescuing`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SetAside {
    /// The record that could not be read (`index/journal/<seq>.age`), missing or damaged.
    pub damaged: String,
    /// How many record files were moved (that one, if present, and every later one).
    pub records: u64,
    /// Where they are now, relative to the vault folder.
    pub folder: String,
}
const SNAPSHOT_FILE: &str = "snapshot.age";
const SNAPSHOT_PATH: &str = "index/snapshot.age";

/// A format-2 journal record's plaintext starts with this, then its sequence number (8 bytes,
/// big endian), then the changeset. The number inside the ciphertext must match the file name,
/// so a renamed or swapped record is detected. Read only from a vault not yet at format 3.
const JOURNAL_MAGIC_V1: &[u8] = b"habeas-journal-v1\n";

/// A record written since format 3: the same three parts, then the HMAC-SHA256 tag of all three
/// under the index key (`authentication`), so that only a holder of the vault identity can write
/// one that opens (issue 16.5).
const JOURNAL_MAGIC: &[u8] = b"habeas-journal-v2\n";

/// A journal longer than this should be compacted (by the app, in the background).
const COMPACT_AFTER_RECORDS: u64 = 256;

/// The open index of an unlocked vault.
pub struct Store {
    conn: Connection,
    dir: PathBuf,
    recipient: x25519::Recipient,
    /// Authenticates every index file this store writes, and those it reads.
    key: IndexKey,
    /// Whether an index file without a tag is refused: always, once the vault identity says the
    /// index is authenticated (format 3, `vault::keys`); a format-2 vault's files are read
    /// without one until it is migrated.
    require_tags: bool,
    /// Highest journal sequence number contained in the snapshot on disk.
    folded: u64,
    /// Sequence number the next save will use.
    next_seq: u64,
    /// Format 4: this device's journal and what it has applied of every device's. `None`: a
    /// vault of an earlier format, with one journal (`index/journal/`).
    devices: Option<DeviceLog>,
}

/// Format 4 (several devices, `devices`): this device's place among the others.
#[derive(Debug)]
struct DeviceLog {
    me: DeviceId,
    /// The number of this device's next record.
    next_n: u64,
    /// The clock of the latest record applied here (this device's or another's).
    clock: Clock,
    /// Per device, the highest record applied here.
    applied: Vector,
    /// What this device's own snapshot on disk covers.
    own_snapshot: Vector,
    /// What each other device's snapshot covered when this index was opened. They only grow, so
    /// deciding from these what this device may delete of its own errs on the side of keeping.
    others: std::collections::BTreeMap<DeviceId, Vector>,
    /// Records present that wait for an earlier one still on its way.
    waiting: u64,
    /// What `index/snapshot.age` (the base written at creation, conversion, rotation or
    /// restore) holds, while it is there: its device records and legacy journal mark.
    shared: Option<(Vector, u64)>,
    /// Per device, the wall time (ms, its clock) of its latest record applied here (issue 20.3).
    last_save: std::collections::BTreeMap<DeviceId, u64>,
    /// Per other device, the highest of its records this device had applied, and the wall time
    /// (ms) when this device first applied that one: when it last saw that device's changes.
    seen: std::collections::BTreeMap<DeviceId, (u64, u64)>,
    /// This device's name (its `settings` key and JSON value), when the vault does not hold it
    /// yet: written with this device's next save, so that a device that only reads writes
    /// nothing (issue 20.3).
    name_to_record: Option<(String, String)>,
}

impl DeviceLog {
    fn new(me: DeviceId) -> DeviceLog {
        DeviceLog {
            me,
            next_n: 1,
            clock: Clock::default(),
            applied: Vector::new(),
            own_snapshot: Vector::new(),
            others: std::collections::BTreeMap::new(),
            waiting: 0,
            shared: Some((Vector::new(), 0)),
            last_save: std::collections::BTreeMap::new(),
            seen: std::collections::BTreeMap::new(),
            name_to_record: None,
        }
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("folded", &self.folded)
            .field("next_seq", &self.next_seq)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Creates the index of a new vault and writes its first snapshot.
    ///
    /// With `device` (format 4), saves go to that device's journal (`devices`); the snapshot
    /// written here, `index/snapshot.age`, is the base every device starts from.
    pub(crate) fn create(
        vault_dir: &Path,
        identity: &x25519::Identity,
        device: Option<DeviceId>,
    ) -> Result<Store, Error> {
        let mut conn = memory_connection()?;
        schema::migrate(&mut conn)?;
        let mut store = Store {
            conn,
            dir: vault_dir.to_path_buf(),
            recipient: identity.to_public(),
            key: IndexKey::derive(identity),
            require_tags: true,
            folded: 0,
            next_seq: 1,
            devices: device.map(DeviceLog::new),
        };
        atomic::create_dir(&store.journal_dir())
            .map_err(|e| Error::from_io("create the index folder", e))?;
        if store.devices.is_some() {
            devices::write_covers(&store.conn, &Vector::new(), Clock::default())?;
        }
        store.write_snapshot(0)?;
        Ok(store)
    }

    /// Opens the index: decrypts the snapshot, applies the journal in order, migrates.
    ///
    /// With `rescue`, a journal record that is missing or damaged does not stop the opening:
    /// that record and every later one are moved, whole and unread, into a new folder
    /// `index/set-aside/<seq>-<random>/`, and the index opens as it was before that save (said
    /// in the returned [`SetAside`]). Nothing is deleted. A damaged snapshot still stops the
    /// opening (nothing can be read without it).
    ///
    /// With `require_tags`, every index file must carry its tag under the index key
    /// (`authentication`): a snapshot without one, or with a wrong one, stops the opening with
    /// [`Error::ForgedFile`]; a journal record so, with [`Error::ForgedSave`] (which a rescue sets
    /// aside like a damaged one). Without it (a format-2 vault, before its migration), files
    /// without a tag are read, and a wrong tag is still refused.
    ///
    /// With `device` (format 4), the base is the snapshot holding most of all those present
    /// (`index/snapshot.age` and each device's), then every device's records above it are
    /// applied in the canonical order (`devices`, `merge`).
    pub(crate) fn open(
        vault_dir: &Path,
        identity: &x25519::Identity,
        require_tags: bool,
        rescue: bool,
        device: Option<DeviceId>,
    ) -> Result<(Store, Option<SetAside>), Error> {
        if let Some(me) = device {
            return Self::open_devices(vault_dir, identity, require_tags, rescue, me);
        }
        let key = IndexKey::derive(identity);
        let snapshot_path = vault_dir.join(INDEX_DIR).join(SNAPSHOT_FILE);
        let ciphertext = read(&snapshot_path, SNAPSHOT_PATH)?;
        let plaintext = sealed::open(identity, &ciphertext, SNAPSHOT_PATH)?;
        let image = snapshot_image(&key, &plaintext, require_tags)?;
        let mut conn = memory_connection()?;
        let damaged = || Error::DamagedFile {
            which: SNAPSHOT_PATH.into(),
        };
        conn.deserialize_read_exact(MAIN_DB, image, image.len(), false)
            .map_err(|_| damaged())?;
        drop(plaintext);
        // Deserializing gives the main database a new b-tree, without the connection's
        // `secure_delete`: set it again, or a deleted row's text stays in the image (and in
        // the next snapshot) until its page is reused.
        conn.pragma_update(None, "secure_delete", "ON")
            .map_err(sql)?;
        let version = schema::version(&conn).map_err(|_| damaged())?;
        if version > schema::LATEST {
            return Err(Error::VaultTooNew {
                found: version,
                supported: schema::LATEST,
            });
        }
        let folded = read_folded(&conn).map_err(|_| damaged())?;

        let mut store = Store {
            conn,
            dir: vault_dir.to_path_buf(),
            recipient: identity.to_public(),
            key,
            require_tags,
            folded,
            next_seq: folded + 1,
            devices: None,
        };
        let set_aside = store.apply_legacy_journal(identity, rescue, true)?;
        if schema::migrate(&mut store.conn)? {
            // Schema changes are not in any changeset: make them durable as a snapshot now.
            store.compact()?;
        }
        Ok((store, set_aside))
    }

    /// Applies the records of `index/journal/` above the snapshot, in order (formats 1 to 3; in
    /// format 4, records a device of format 3 wrote before it learnt of the conversion). With
    /// `delete_stale`, those the snapshot already holds are deleted.
    fn apply_legacy_journal(
        &mut self,
        identity: &x25519::Identity,
        rescue: bool,
        delete_stale: bool,
    ) -> Result<Option<SetAside>, Error> {
        let store = self;
        let (stale, pending) = store.journal_files()?;
        let mut set_aside = None;
        for (i, (seq, path)) in pending.iter().enumerate() {
            let applied = if *seq == store.next_seq {
                store.apply_record(identity, *seq, path)
            } else {
                Err(Error::MissingFile {
                    which: journal_name(store.next_seq),
                })
            };
            // A journal record that cannot be read is a damaged *save*: the vault before it is
            // whole, and a rescue can open it (its own code, so callers decide by the code).
            let applied = applied.map_err(|e| match e {
                Error::MissingFile { which } => Error::DamagedSave {
                    which,
                    missing: true,
                },
                Error::DamagedFile { which } => Error::DamagedSave {
                    which,
                    missing: false,
                },
                e => e,
            });
            match applied {
                Ok(()) => store.next_seq += 1,
                Err(Error::DamagedSave { which, .. } | Error::ForgedSave { which }) if rescue => {
                    set_aside = Some(store.set_aside(which, &pending[i..])?);
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        if delete_stale {
            for path in stale {
                // Already in the snapshot: a compaction was cut short. Only ciphertext.
                let _ = fs::remove_file(path);
            }
        }
        Ok(set_aside)
    }

    /// Moves `records` (the unreadable one first) into a new folder under `index/set-aside/`,
    /// the latest first: a crash part-way leaves the journal still stopping at the same
    /// record, and rescuing again moves the rest.
    fn set_aside(&self, damaged: String, records: &[(u64, PathBuf)]) -> Result<SetAside, Error> {
        let first = records.first().map_or(self.next_seq, |(seq, _)| *seq);
        self.set_aside_from(damaged, first, records, &self.journal_dir())
    }

    /// Runs `change` in a transaction and saves it durably. Returns only once the change is on
    /// the disk; on any error the change is rolled back and nothing is saved.
    ///
    /// # Errors
    /// A SQL error from `change` (as [`Error::Io`]), or the I/O errors of writing the record.
    pub fn write<T>(
        &mut self,
        change: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, Error> {
        let mut session = Session::new(&self.conn).map_err(sql)?;
        // A changeset lists its tables in the order they were attached, and a journal record is
        // replayed in that order. Stand-ins go first: an audit entry may be deleted only once
        // its stand-in exists (schema 5 triggers), on replay as when it was saved.
        session.attach(Some("audit_erased")).map_err(sql)?;
        session.attach(None::<&str>).map_err(sql)?;
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
        let schema_before = schema_cookie(&tx)?;
        let value = change(&tx).map_err(sql)?;
        if let Some((key, name)) = self
            .devices
            .as_ref()
            .and_then(|l| l.name_to_record.as_ref())
        {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, name],
            )
            .map_err(sql)?;
        }
        // Sessions record rows, not schema: a schema change here would be lost at the next
        // opening. Schema changes belong in migrations (`schema.rs`).
        if schema_cookie(&tx)? != schema_before {
            return Err(Error::InvalidInput {
                field: "index change",
                reason: "schema changes must go through a migration".into(),
            });
        }
        if let Some(log) = self.devices.as_mut() {
            let mut changeset = Vec::new();
            session.changeset_strm(&mut changeset).map_err(sql)?;
            drop(session);
            if !changeset.is_empty() {
                let written =
                    devices::write_record(&self.dir, &self.key, &self.recipient, log, &changeset);
                zeroize::Zeroize::zeroize(&mut changeset);
                written?;
                log.name_to_record = None;
            }
            tx.commit().map_err(sql)?;
            return Ok(value);
        }
        let mut record = JOURNAL_MAGIC.to_vec();
        record.extend_from_slice(&self.next_seq.to_be_bytes());
        let header = record.len();
        session.changeset_strm(&mut record).map_err(sql)?;
        drop(session);
        if record.len() > header {
            let tag = self.key.tag(&record);
            record.extend_from_slice(tag.as_ref());
            let sealed = sealed::seal(&self.recipient, &record)?;
            zeroize::Zeroize::zeroize(&mut record);
            // A failed save leaves no record behind, or it would come back at the next opening.
            atomic::create_or_leave_nothing(
                &self.journal_dir(),
                &journal_file(self.next_seq),
                &sealed,
            )
            .map_err(|e| Error::from_io("save", e))?;
            // The record is durable: from here on the save is acknowledged.
            self.next_seq += 1;
        }
        tx.commit().map_err(sql)?;
        Ok(value)
    }

    /// Runs a read-only query. The connection is switched to `query_only` meanwhile: a write
    /// here would change memory without a journal record and vanish at the next opening, so
    /// SQLite refuses it.
    ///
    /// # Errors
    /// A SQL error from `query` (a write attempt included), as [`Error::Io`].
    pub fn read<T>(
        &self,
        query: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, Error> {
        self.conn
            .pragma_update(None, "query_only", true)
            .map_err(sql)?;
        let result = query(&self.conn).map_err(sql);
        self.conn
            .pragma_update(None, "query_only", false)
            .map_err(sql)?;
        result
    }

    /// Folds the journal into a new snapshot and removes the folded records. Costs in
    /// proportion to the whole database: the app runs it in the background and on lock.
    ///
    /// # Errors
    /// The I/O errors of writing the snapshot; the vault on disk stays as it was.
    pub fn compact(&mut self) -> Result<(), Error> {
        if self.devices.is_some() {
            return self.compact_device();
        }
        let last = self.next_seq - 1;
        let previous = self.folded;
        set_folded(&self.conn, last)?;
        if let Err(e) = self.write_snapshot(last) {
            let _ = set_folded(&self.conn, previous);
            return Err(e);
        }
        self.folded = last;
        let (stale, _) = self.journal_files()?;
        for path in stale {
            let _ = fs::remove_file(path);
        }
        Ok(())
    }

    /// The whole index as a snapshot sealed to `recipient`, every journal record folded in, and
    /// the last sequence number it holds: the index of a vault whose identity is being rotated
    /// (`vault::rotation`). Changes nothing on the disk, nor in memory once it returns.
    ///
    /// # Errors
    /// SQL and encryption errors.
    pub(crate) fn sealed_snapshot_for(
        &mut self,
        identity: &x25519::Identity,
    ) -> Result<(Vec<u8>, u64), Error> {
        let last = self.next_seq - 1;
        let previous = self.folded;
        if let Some(log) = &self.devices {
            // The snapshot holds every device's records applied here.
            devices::write_covers(&self.conn, &log.applied, log.clock)?;
        }
        set_folded(&self.conn, last)?;
        let key = IndexKey::derive(identity);
        let sealed = self
            .conn
            .serialize(MAIN_DB)
            .map_err(sql)
            .and_then(|image| sealed::seal(&identity.to_public(), &key.seal_snapshot(&image)));
        set_folded(&self.conn, previous)?;
        Ok((sealed?, last))
    }

    /// Opens a sealed database image read-only, in memory, without touching any file: how a
    /// backup's copy of the index is checked (`vault::backup`). `which` names the file in the
    /// error. Checks SQLite's own structure (`quick_check`) too.
    ///
    /// # Errors
    /// [`Error::DamagedFile`] naming `which` if it does not decrypt, authenticate, or read as a
    /// whole database.
    pub(crate) fn open_image_read_only(
        identity: &x25519::Identity,
        ciphertext: &[u8],
        which: &str,
    ) -> Result<Connection, Error> {
        let damaged = || Error::DamagedFile {
            which: which.into(),
        };
        let plaintext = sealed::open(identity, ciphertext, which)?;
        // A tag that does not match is refused (`forged_file`); a snapshot without one (a vault
        // of format 1 or 2) is read as it is: restoring it opens it through `Vault::unlock`,
        // which requires tags where the vault's identity file says so.
        let image = snapshot_image(&IndexKey::derive(identity), &plaintext, false)?;
        let mut conn = memory_connection()?;
        conn.deserialize_read_exact(MAIN_DB, image, image.len(), true)
            .map_err(|_| damaged())?;
        drop(plaintext);
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|_| damaged())?;
        if check != "ok" {
            return Err(damaged());
        }
        conn.pragma_update(None, "query_only", true).map_err(sql)?;
        Ok(conn)
    }

    /// A rotation committed a snapshot from [`Self::sealed_snapshot_for`] holding every record
    /// up to `folded`: later saves are sealed to `identity` and tagged with its index key.
    /// Cannot fail: the commit is done, and a save sealed to the retired recipient would be lost.
    pub(crate) fn rotated(&mut self, identity: &x25519::Identity, folded: u64) {
        self.recipient = identity.to_public();
        self.key = IndexKey::derive(identity);
        self.require_tags = true;
        self.folded = folded;
        // The in-memory mark only matters to the next snapshot, and `compact` sets it first.
        let _ = set_folded(&self.conn, folded);
        if let Some(log) = self.devices.as_mut() {
            // This device's snapshot is sealed to the retired identity: the next lock writes it
            // anew (until then `index/snapshot.age`, which holds everything, is the base).
            log.own_snapshot = Vector::new();
            log.shared = Some((log.applied.clone(), folded));
        }
    }

    /// Deletes the journal records the snapshot on disk already holds (sealed to an identity a
    /// rotation retired, once that snapshot is in place). Best effort: only ciphertext.
    pub(crate) fn remove_folded_records(&self) {
        if let Some(log) = &self.devices {
            // This device's records and snapshot, sealed to the retired identity, which the new
            // `index/snapshot.age` holds. Another device's files are its own (a change of
            // secret with several devices: docs/sync.md).
            let mine = devices::device_dir(&self.dir.join(INDEX_DIR), log.me);
            let _ = fs::remove_file(mine.join(devices::DEVICE_SNAPSHOT_FILE));
            if let Ok(listed) = devices::list(&self.dir.join(INDEX_DIR)) {
                if let Some(files) = listed.get(&log.me) {
                    let upto = log.applied.get(&log.me).copied().unwrap_or(0);
                    for (_, path) in files.records.range(..=upto) {
                        let _ = fs::remove_file(path);
                    }
                }
            }
        }
        if let Ok((stale, _)) = self.journal_files() {
            for path in stale {
                let _ = fs::remove_file(path);
            }
        }
    }

    /// Number of journal records not yet folded into the snapshot.
    #[must_use]
    pub fn journal_len(&self) -> u64 {
        self.next_seq - 1 - self.folded + self.device_backlog()
    }

    /// Compacts when the journal is long enough ([`Self::needs_compaction`]); says whether it did.
    ///
    /// # Errors
    /// As [`Self::compact`].
    pub fn compact_if_needed(&mut self) -> Result<bool, Error> {
        if !self.needs_compaction() {
            return Ok(false);
        }
        self.compact()?;
        Ok(true)
    }

    /// Whether the journal is long enough to be worth compacting.
    #[must_use]
    pub fn needs_compaction(&self) -> bool {
        self.journal_len() >= COMPACT_AFTER_RECORDS
    }

    /// Checks every index file's authentication: the snapshot and each journal record.
    pub(crate) fn verify(&self, identity: &x25519::Identity) -> Result<Vec<String>, Error> {
        let mut checked = Vec::new();
        let shared = self.dir.join(INDEX_DIR).join(SNAPSHOT_FILE);
        // Format 4: the shared base only while it is there, then every device's files.
        if self.devices.is_none() || shared.is_file() {
            let snapshot = read(&shared, SNAPSHOT_PATH)?;
            let plaintext = sealed::open(identity, &snapshot, SNAPSHOT_PATH)?;
            snapshot_image(&self.key, &plaintext, self.require_tags)?;
            checked.push(SNAPSHOT_PATH.to_owned());
        }
        if self.devices.is_some() {
            checked.extend(self.verify_devices(identity)?);
        }
        let (_, pending) = self.journal_files()?;
        for (seq, path) in pending {
            let which = journal_name(seq);
            let plaintext = sealed::open(identity, &read(&path, &which)?, &which)?;
            self.check_record(&plaintext, seq, &which)?;
            checked.push(which);
        }
        Ok(checked)
    }

    fn apply_record(
        &self,
        identity: &x25519::Identity,
        seq: u64,
        path: &Path,
    ) -> Result<(), Error> {
        let which = journal_name(seq);
        let plaintext = sealed::open(identity, &read(path, &which)?, &which)?;
        let changeset = self.check_record(&plaintext, seq, &which)?;
        let mut input: &[u8] = changeset;
        self.conn
            .apply_strm(
                &mut input,
                None::<fn(&str) -> bool>,
                |_: ConflictType, _| ConflictAction::SQLITE_CHANGESET_ABORT,
            )
            .map_err(|_| Error::DamagedFile { which })
    }

    fn write_snapshot(&mut self, folded: u64) -> Result<(), Error> {
        debug_assert_eq!(read_folded(&self.conn).ok(), Some(folded));
        let image = self.conn.serialize(MAIN_DB).map_err(sql)?;
        let sealed = sealed::seal(&self.recipient, &self.key.seal_snapshot(&image))?;
        drop(image);
        atomic::replace(&self.dir.join(INDEX_DIR), SNAPSHOT_FILE, &sealed)
            .map_err(|e| Error::from_io("save the case index", e))
    }

    fn journal_dir(&self) -> PathBuf {
        self.dir.join(INDEX_DIR).join(JOURNAL_DIR)
    }

    /// Journal files on disk, split into those already folded and those to apply (sorted).
    #[allow(clippy::type_complexity, reason = "a private pair of plain lists")]
    fn journal_files(&self) -> Result<(Vec<PathBuf>, Vec<(u64, PathBuf)>), Error> {
        let entries = match fs::read_dir(self.journal_dir()) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
            Err(e) => return Err(Error::from_io("read the journal folder", e)),
        };
        let mut stale = Vec::new();
        let mut pending = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::from_io("read the journal folder", e))?;
            let name = entry.file_name();
            let Some(seq) = name.to_str().and_then(parse_journal_file) else {
                continue; // a leftover temporary file, or something that is not ours
            };
            if seq <= self.folded {
                stale.push(entry.path());
            } else {
                pending.push((seq, entry.path()));
            }
        }
        pending.sort_unstable_by_key(|(seq, _)| *seq);
        Ok((stale, pending))
    }
}

fn memory_connection() -> Result<Connection, Error> {
    let conn = Connection::open_in_memory().map_err(sql)?;
    // Sorting and temporary tables stay in memory: no plaintext in temp files.
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(sql)?;
    // Deleted rows are overwritten with zeros inside the database image.
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(sql)?;
    Ok(conn)
}

/// SQLite's schema cookie: it changes whenever the schema does.
fn schema_cookie(conn: &Connection) -> Result<i64, Error> {
    conn.pragma_query_value(None, "schema_version", |row| row.get(0))
        .map_err(sql)
}

fn read_folded(conn: &Connection) -> rusqlite::Result<u64> {
    conn.query_row(
        "SELECT value FROM habeas_index WHERE key = 'journal_folded'",
        [],
        |row| row.get::<_, i64>(0),
    )
    .map(|v| u64::try_from(v).unwrap_or(0))
}

fn set_folded(conn: &Connection, folded: u64) -> Result<(), Error> {
    let value = i64::try_from(folded).unwrap_or(i64::MAX);
    conn.execute(
        "UPDATE habeas_index SET value = ?1 WHERE key = 'journal_folded'",
        [value],
    )
    .map(|_| ())
    .map_err(sql)
}

/// The database image inside a snapshot's plaintext, checked against its tag
/// ([`Store::open`] says which snapshots are refused).
fn snapshot_image<'a>(
    key: &IndexKey,
    plaintext: &'a [u8],
    require_tags: bool,
) -> Result<&'a [u8], Error> {
    snapshot_image_named(key, plaintext, require_tags, SNAPSHOT_PATH)
}

/// [`snapshot_image`] of the snapshot `which` (format 4 has one per device).
fn snapshot_image_named<'a>(
    key: &IndexKey,
    plaintext: &'a [u8],
    require_tags: bool,
    which: &str,
) -> Result<&'a [u8], Error> {
    let forged = || Error::ForgedFile {
        which: which.into(),
    };
    match authentication::open_snapshot(key, plaintext) {
        authentication::Snapshot::Authentic(image) => Ok(image),
        // Not a database at all (another vault file in its place, say): damaged, as before.
        authentication::Snapshot::Unauthenticated(image)
            if !image.starts_with(b"SQLite format 3\0") =>
        {
            Err(Error::DamagedFile {
                which: which.into(),
            })
        }
        authentication::Snapshot::Unauthenticated(image) if !require_tags => Ok(image),
        authentication::Snapshot::Unauthenticated(_) | authentication::Snapshot::Forged => {
            Err(forged())
        }
    }
}

impl Store {
    /// The changeset of journal record `seq`'s plaintext, once its number and tag are checked.
    fn check_record<'a>(
        &self,
        plaintext: &'a [u8],
        seq: u64,
        which: &str,
    ) -> Result<&'a [u8], Error> {
        let damaged = || Error::DamagedFile {
            which: which.into(),
        };
        let forged = || Error::ForgedSave {
            which: which.into(),
        };
        let rest = if plaintext.starts_with(JOURNAL_MAGIC) {
            let split = plaintext
                .len()
                .checked_sub(authentication::TAG_LEN)
                .filter(|&split| split >= JOURNAL_MAGIC.len())
                .ok_or_else(forged)?;
            let (covered, tag) = plaintext.split_at(split);
            if !self.key.verifies(covered, tag) {
                return Err(forged());
            }
            &covered[JOURNAL_MAGIC.len()..]
        } else if let Some(rest) = plaintext.strip_prefix(JOURNAL_MAGIC_V1) {
            // Untagged: written before format 3, or by someone who knows only the recipient.
            if self.require_tags {
                return Err(forged());
            }
            rest
        } else {
            return Err(damaged());
        };
        let (number, changeset) = rest.split_at_checked(8).ok_or_else(damaged)?;
        if number != seq.to_be_bytes() {
            return Err(damaged());
        }
        Ok(changeset)
    }

    /// Migrating to format 3: writes the whole index as one tagged snapshot (the journal folded
    /// in and its untagged records deleted), and from now on refuses index files without a tag.
    ///
    /// # Errors
    /// As [`Self::compact`]; the vault on disk stays as it was.
    pub(crate) fn authenticate_all(&mut self) -> Result<(), Error> {
        self.compact()?;
        self.require_tags = true;
        Ok(())
    }
}

fn read(path: &Path, which: &str) -> Result<Vec<u8>, Error> {
    fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::MissingFile {
            which: which.into(),
        },
        _ => Error::from_io("read the vault", e),
    })
}

fn journal_file(seq: u64) -> String {
    format!("{seq:012}.age")
}

fn journal_name(seq: u64) -> String {
    format!("{INDEX_DIR}/{JOURNAL_DIR}/{}", journal_file(seq))
}

fn parse_journal_file(name: &str) -> Option<u64> {
    let digits = name.strip_suffix(".age")?;
    if digits.len() != 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_names_round_trip_and_reject_others() {
        assert_eq!(journal_file(7), "000000000007.age");
        assert_eq!(parse_journal_file("000000000007.age"), Some(7));
        assert_eq!(parse_journal_file(".000000000007.age.1a2b.tmp"), None);
        assert_eq!(parse_journal_file("7.age"), None);
        assert_eq!(journal_name(3), "index/journal/000000000003.age");
    }
}
