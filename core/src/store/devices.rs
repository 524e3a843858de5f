//! Format 4: one journal per device, so that a vault folder kept in sync by a file-sync engine
//! (Syncthing, Nextcloud, a shared drive) takes saves from several devices that were apart
//! (issue 20; docs/vault-format.md, "Several devices").
//!
//! Each device writes only files of its own, `index/devices/<device id>/journal/<n>.age` and
//! `index/devices/<device id>/snapshot.age`, so two devices never write the same name and the
//! sync engine never has to choose between two versions of a file. Every record says which
//! device wrote it, its number in that device's journal, a hybrid logical clock (Kulkarni et
//! al., "Logical Physical Clocks", 2014: wall time in ms, and a counter that orders saves within
//! the same ms or behind a clock that went back), and the version vector it was written on (per
//! device, the highest record already applied). Every device applies the records above its base
//! snapshot in one canonical order, by (clock, device id, number): a record's clock is above
//! that of every record it was written after, so this order respects what each device had seen.
//! A record waits while one it depends on (an earlier number of its device, or anything in its
//! vector) has not arrived: a half-synced folder opens as it was, and catches up later.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use age::x25519;
use rusqlite::{Connection, OptionalExtension, MAIN_DB};

use super::schema::{self, sql};
use super::{
    authentication, memory_connection, merge, read, read_folded, set_folded, snapshot_image_named,
    DeviceLog, IndexKey, SetAside, Store, INDEX_DIR, SET_ASIDE_DIR, SNAPSHOT_FILE, SNAPSHOT_PATH,
};
use crate::files::{atomic, sealed};
use crate::Error;

/// A device's id: 64 random bits, written as 16 lower-case hex digits.
pub(crate) type DeviceId = u64;

/// Per device, the highest record number applied (or covered by a snapshot).
pub(crate) type Vector = BTreeMap<DeviceId, u64>;

pub(super) const DEVICES_DIR: &str = "devices";
pub(super) const DEVICE_JOURNAL_DIR: &str = "journal";
pub(super) const DEVICE_SNAPSHOT_FILE: &str = "snapshot.age";

/// The plaintext of a format-4 record starts with this (then the header, the changeset, and the
/// tag under the index key, as in format 3).
pub(super) const RECORD_MAGIC: &[u8] = b"habeas-journal-v3\n";

/// A hybrid logical clock reading.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Clock {
    /// Wall time, ms since the Unix epoch, as the device saw it (never behind what it had seen).
    pub(crate) ms: u64,
    /// Orders readings of the same `ms`.
    pub(crate) counter: u32,
}

impl Clock {
    /// The reading of a new save made after everything this clock has seen, at wall time
    /// `now_ms`: never below what was seen, so a record sorts after every record it was written
    /// on, even when this device's clock is behind another's.
    pub(crate) fn tick(self, now_ms: u64) -> Clock {
        if now_ms > self.ms {
            Clock {
                ms: now_ms,
                counter: 0,
            }
        } else {
            Clock {
                ms: self.ms,
                counter: self.counter.saturating_add(1),
            }
        }
    }

    /// Wall time now, in ms.
    pub(crate) fn now_ms() -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            .unwrap_or(0)
    }
}

/// What a format-4 record says of itself, before its changeset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) device: DeviceId,
    pub(crate) n: u64,
    pub(crate) clock: Clock,
    pub(crate) vector: Vector,
}

impl Header {
    /// The bytes after the magic line: device, n, clock ms (8 bytes each), clock counter and
    /// vector length (4 bytes each), then each vector entry as device and n (8 bytes each); all
    /// unsigned big-endian.
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.device.to_be_bytes());
        out.extend_from_slice(&self.n.to_be_bytes());
        out.extend_from_slice(&self.clock.ms.to_be_bytes());
        out.extend_from_slice(&self.clock.counter.to_be_bytes());
        let len = u32::try_from(self.vector.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&len.to_be_bytes());
        for (device, n) in self
            .vector
            .iter()
            .take(usize::try_from(len).unwrap_or(usize::MAX))
        {
            out.extend_from_slice(&device.to_be_bytes());
            out.extend_from_slice(&n.to_be_bytes());
        }
    }

    /// Reads a header from `bytes` (after the magic line); returns it and the changeset after.
    pub(crate) fn decode(bytes: &[u8]) -> Option<(Header, &[u8])> {
        let (device, rest) = take_u64(bytes)?;
        let (n, rest) = take_u64(rest)?;
        let (ms, rest) = take_u64(rest)?;
        let (counter, rest) = take_u32(rest)?;
        let (len, mut rest) = take_u32(rest)?;
        let mut vector = Vector::new();
        for _ in 0..len {
            let (d, r) = take_u64(rest)?;
            let (k, r) = take_u64(r)?;
            vector.insert(d, k);
            rest = r;
        }
        Some((
            Header {
                device,
                n,
                clock: Clock { ms, counter },
                vector,
            },
            rest,
        ))
    }
}

fn take_u64(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let (head, rest) = bytes.split_at_checked(8)?;
    Some((u64::from_be_bytes(head.try_into().ok()?), rest))
}

fn take_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (head, rest) = bytes.split_at_checked(4)?;
    Some((u32::from_be_bytes(head.try_into().ok()?), rest))
}

/// `<id>` as 16 lower-case hex digits: the name of its folder.
pub(crate) fn device_name(id: DeviceId) -> String {
    format!("{id:016x}")
}

pub(crate) fn parse_device_name(name: &str) -> Option<DeviceId> {
    if name.len() != 16 || !name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    u64::from_str_radix(name, 16).ok()
}

/// `index/devices/<id>`.
pub(super) fn device_dir(index_dir: &Path, id: DeviceId) -> PathBuf {
    index_dir.join(DEVICES_DIR).join(device_name(id))
}

/// The path of a record, relative to the vault folder, as errors name it.
pub(super) fn record_name(id: DeviceId, n: u64) -> String {
    format!(
        "index/{DEVICES_DIR}/{}/{DEVICE_JOURNAL_DIR}/{}",
        device_name(id),
        super::journal_file(n)
    )
}

pub(super) fn snapshot_name(id: DeviceId) -> String {
    format!(
        "index/{DEVICES_DIR}/{}/{DEVICE_SNAPSHOT_FILE}",
        device_name(id)
    )
}

/// What one device's folder holds.
#[derive(Debug, Default)]
pub(super) struct DeviceFiles {
    pub(super) snapshot: Option<PathBuf>,
    /// Records by number.
    pub(super) records: BTreeMap<u64, PathBuf>,
}

/// Every device folder under `index/devices/`. Names that are not ours (the sync engine's
/// temporary files, its conflict copies) are left alone: `vault::sync_copies` reports the
/// latter.
pub(super) fn list(index_dir: &Path) -> Result<BTreeMap<DeviceId, DeviceFiles>, Error> {
    let io_err = |e| Error::from_io("read the index folder", e);
    let mut devices = BTreeMap::new();
    let entries = match fs::read_dir(index_dir.join(DEVICES_DIR)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(devices),
        Err(e) => return Err(io_err(e)),
    };
    for entry in entries {
        let entry = entry.map_err(io_err)?;
        let Some(id) = entry.file_name().to_str().and_then(parse_device_name) else {
            continue;
        };
        let dir = entry.path();
        let mut files = DeviceFiles::default();
        let snapshot = dir.join(DEVICE_SNAPSHOT_FILE);
        if snapshot.is_file() {
            files.snapshot = Some(snapshot);
        }
        match fs::read_dir(dir.join(DEVICE_JOURNAL_DIR)) {
            Ok(records) => {
                for record in records {
                    let record = record.map_err(io_err)?;
                    if let Some(n) = record
                        .file_name()
                        .to_str()
                        .and_then(super::parse_journal_file)
                    {
                        files.records.insert(n, record.path());
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(e)),
        }
        devices.insert(id, files);
    }
    Ok(devices)
}

/// Key prefix, in `habeas_index`, of what a snapshot covers: `covers:<device id>` = the highest
/// record of that device the snapshot holds.
const COVERS_PREFIX: &str = "covers:";

/// Every row of `habeas_index` (a snapshot's bookkeeping), values read as unsigned.
fn bookkeeping(conn: &Connection) -> rusqlite::Result<Vec<(String, u64)>> {
    let mut statement = conn.prepare("SELECT key, value FROM habeas_index")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
    })?;
    rows.map(|row| row.map(|(key, value)| (key, u64::try_from(value).unwrap_or(0))))
        .collect()
}

/// What the database image in `conn` covers, and the clock of the latest record it holds.
pub(super) fn read_covers(conn: &Connection) -> rusqlite::Result<(Vector, Clock)> {
    let mut vector = Vector::new();
    let mut clock = Clock::default();
    for (key, value) in bookkeeping(conn)? {
        if let Some(id) = key.strip_prefix(COVERS_PREFIX).and_then(parse_device_name) {
            vector.insert(id, value);
        } else if key == "clock_ms" {
            clock.ms = value;
        } else if key == "clock_counter" {
            clock.counter = u32::try_from(value).unwrap_or(u32::MAX);
        }
    }
    Ok((vector, clock))
}

/// Records in the image that it covers `vector` and was taken at `clock`. Written outside any
/// session: bookkeeping of a snapshot, never part of a record.
pub(super) fn write_covers(conn: &Connection, vector: &Vector, clock: Clock) -> Result<(), Error> {
    let int = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    conn.execute(
        "DELETE FROM habeas_index WHERE key LIKE 'covers:%' OR key IN ('clock_ms', 'clock_counter')",
        [],
    )
    .map_err(sql)?;
    let mut insert = conn
        .prepare("INSERT INTO habeas_index (key, value) VALUES (?1, ?2)")
        .map_err(sql)?;
    for (id, n) in vector {
        insert
            .execute(rusqlite::params![
                format!("{COVERS_PREFIX}{}", device_name(*id)),
                int(*n)
            ])
            .map_err(sql)?;
    }
    insert
        .execute(rusqlite::params!["clock_ms", int(clock.ms)])
        .map_err(sql)?;
    insert
        .execute(rusqlite::params!["clock_counter", i64::from(clock.counter)])
        .map_err(sql)?;
    Ok(())
}

/// How much a snapshot covering `vector` (and legacy journal records up to `folded`) holds: the
/// base a device opens from is the snapshot that holds most (docs/vault-format.md).
pub(super) fn weight(vector: &Vector, folded: u64) -> u64 {
    vector
        .values()
        .fold(folded, |sum, n| sum.saturating_add(*n))
}

/// Whether a record with `header` can be applied on top of `applied`: it is the next of its
/// device, and everything it was written on is there.
pub(super) fn ready(header: &Header, applied: &Vector) -> bool {
    applied.get(&header.device).copied().unwrap_or(0) + 1 == header.n
        && header
            .vector
            .iter()
            .all(|(d, k)| applied.get(d).copied().unwrap_or(0) >= *k)
}

/// One snapshot that opened: what it holds, and its database.
struct Base {
    conn: Connection,
    covers: Vector,
    clock: Clock,
    folded: u64,
}

/// A record read and checked, waiting to be applied.
struct Pending {
    header: Header,
    which: String,
    changeset: Vec<u8>,
}

impl Drop for Pending {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.changeset);
    }
}

impl Store {
    /// Opens a format-4 index (see [`Store::open`]).
    pub(super) fn open_devices(
        vault_dir: &Path,
        identity: &x25519::Identity,
        require_tags: bool,
        rescue: bool,
        me: DeviceId,
    ) -> Result<(Store, Option<SetAside>), Error> {
        let key = IndexKey::derive(identity);
        let index_dir = vault_dir.join(INDEX_DIR);
        let listed = list(&index_dir)?;
        let mut candidates: Vec<(Option<DeviceId>, PathBuf, String)> = Vec::new();
        let shared = index_dir.join(SNAPSHOT_FILE);
        if shared.is_file() {
            candidates.push((None, shared, SNAPSHOT_PATH.to_owned()));
        }
        for (id, files) in &listed {
            if let Some(path) = &files.snapshot {
                candidates.push((Some(*id), path.clone(), snapshot_name(*id)));
            }
        }
        let mut bases = Vec::new();
        let mut own_seen = BTreeMap::new();
        let mut others = BTreeMap::new();
        let mut shared = None;
        for (id, path, which) in candidates {
            // Every snapshot must open, as in format 3: one that is damaged or forged stops the
            // opening by name, rather than being passed over for an older state. Except a
            // device's snapshot sealed to another identity: one a change of secret retired (the
            // device has not opened the vault since, or the change was cut short before it
            // removed this device's old one); `index/snapshot.age`, written by the change,
            // holds what it held. `vault verify` still names it.
            let ciphertext = read(&path, &which)?;
            let plaintext = match sealed::open(identity, &ciphertext, &which) {
                Ok(plaintext) => plaintext,
                Err(Error::DamagedFile { .. }) if id.is_some() => continue,
                Err(e) => return Err(e),
            };
            let base = open_base(&key, &plaintext, &which, require_tags)?;
            if id == Some(me) {
                // What this device had seen is in its own snapshot, whichever is the base.
                own_seen = read_device_times(&base.conn, me).map_err(sql)?.1;
            }
            match id {
                Some(id) => {
                    others.insert(id, base.covers.clone());
                }
                None => shared = Some((base.covers.clone(), base.folded)),
            }
            bases.push(base);
        }
        // A snapshot can be the base only if every record above it is still there: a device
        // deletes its own records once the snapshots of the devices it knows hold them, and a
        // device it did not know yet (one that had never saved) may have a snapshot that does
        // not. Each device's own snapshot says up to where it may have deleted. Of those that
        // can, the one holding most; a tie goes to the first (`index/snapshot.age`, then by
        // device id), so every device with the same files chooses the same.
        let complete = |base: &Base| {
            others.iter().all(|(owner, covers)| {
                let from = base.covers.get(owner).copied().unwrap_or(0);
                let upto = covers.get(owner).copied().unwrap_or(0);
                (from + 1..=upto).all(|n| {
                    listed
                        .get(owner)
                        .is_some_and(|files| files.records.contains_key(&n))
                })
            })
        };
        let mut best: Option<Base> = None;
        let mut fallback: Option<Base> = None;
        for base in bases {
            let slot = if complete(&base) {
                &mut best
            } else {
                &mut fallback
            };
            if slot
                .as_ref()
                .is_none_or(|b| weight(&base.covers, base.folded) > weight(&b.covers, b.folded))
            {
                *slot = Some(base);
            }
        }
        // None complete (files still on their way): the fullest; what is missing waits.
        let Some(base) = best.or(fallback) else {
            return Err(Error::MissingFile {
                which: SNAPSHOT_PATH.into(),
            });
        };
        let own_snapshot = others.remove(&me).unwrap_or_default();
        let mut next_n = own_snapshot.get(&me).copied().unwrap_or(0);
        for covers in others.values().chain([&base.covers]) {
            next_n = next_n.max(covers.get(&me).copied().unwrap_or(0));
        }
        if let Some(files) = listed.get(&me) {
            next_n = next_n.max(files.records.keys().next_back().copied().unwrap_or(0));
        }
        let mut store = Store {
            conn: base.conn,
            dir: vault_dir.to_path_buf(),
            recipient: identity.to_public(),
            key,
            require_tags,
            folded: base.folded,
            next_seq: base.folded + 1,
            devices: Some(DeviceLog {
                me,
                next_n: next_n + 1,
                clock: base.clock,
                applied: base.covers,
                own_snapshot,
                others,
                waiting: 0,
                shared,
                last_save: BTreeMap::new(),
                seen: BTreeMap::new(),
                name_to_record: None,
            }),
        };
        let (last_save, _) = read_device_times(&store.conn, me).map_err(sql)?;
        if let Some(log) = store.devices.as_mut() {
            log.last_save = last_save;
            log.seen = own_seen;
        }
        let mut set_aside = store.apply_legacy_journal(identity, rescue, false)?;
        let device_set_aside = store.apply_device_records(identity, &listed, rescue)?;
        if device_set_aside.is_some() {
            // This device's next save takes the first number no longer on the disk, as in
            // format 3 (the set-aside records are not this journal's any more).
            let remaining = list(&index_dir)?;
            if let Some(log) = store.devices.as_mut() {
                let on_disk = remaining
                    .get(&me)
                    .and_then(|files| files.records.keys().next_back().copied())
                    .unwrap_or(0);
                let applied = log.applied.get(&me).copied().unwrap_or(0);
                log.next_n = on_disk.max(applied) + 1;
            }
        }
        set_aside = set_aside.or(device_set_aside);
        if let Some(log) = store.devices.as_mut() {
            log.note_seen(Clock::now_ms());
        }
        if schema::migrate(&mut store.conn)? {
            store.compact()?;
        }
        Ok((store, set_aside))
    }

    /// Reads every record above what is applied, then applies them in the canonical order,
    /// each once everything it depends on is applied; the rest wait for the next opening.
    fn apply_device_records(
        &mut self,
        identity: &x25519::Identity,
        listed: &BTreeMap<DeviceId, DeviceFiles>,
        rescue: bool,
    ) -> Result<Option<SetAside>, Error> {
        let mut set_aside = None;
        let mut pending = Vec::new();
        let applied = self
            .devices
            .as_ref()
            .map(|log| log.applied.clone())
            .unwrap_or_default();
        let me = self.devices.as_ref().map(|log| log.me);
        for (id, files) in listed {
            let from = applied.get(id).copied().unwrap_or(0);
            let mut expected = from + 1;
            for (n, path) in files.records.range(from + 1..) {
                let which = record_name(*id, *n);
                // Another device's record after a gap waits for the missing one, still on its
                // way; a gap in this device's own journal is a lost save (it wrote them all).
                let read = if Some(*id) == me && *n != expected {
                    Err(Error::DamagedSave {
                        which: record_name(*id, expected),
                        missing: true,
                    })
                } else {
                    self.read_device_record(identity, path, &which, *id, *n)
                };
                expected = *n + 1;
                match read {
                    Ok(record) => pending.push(record),
                    Err(e @ (Error::DamagedSave { .. } | Error::ForgedSave { .. })) if rescue => {
                        let which = match &e {
                            Error::DamagedSave { which, .. } | Error::ForgedSave { which } => {
                                which.clone()
                            }
                            _ => String::new(),
                        };
                        let later: Vec<(u64, PathBuf)> = files
                            .records
                            .range(*n..)
                            .map(|(n, p)| (*n, p.clone()))
                            .collect();
                        let dir =
                            device_dir(&self.dir.join(INDEX_DIR), *id).join(DEVICE_JOURNAL_DIR);
                        let moved = self.set_aside_from(which, *n, &later, &dir)?;
                        set_aside.get_or_insert(moved);
                        pending.retain(|p: &Pending| p.header.device != *id || p.header.n < *n);
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        pending.sort_by(|a, b| {
            (a.header.clock, a.header.device, a.header.n).cmp(&(
                b.header.clock,
                b.header.device,
                b.header.n,
            ))
        });
        let mut blocked = std::collections::BTreeSet::new();
        let mut waiting = 0;
        for record in &pending {
            let Some(log) = self.devices.as_mut() else {
                break;
            };
            if blocked.contains(&record.header.device) || !ready(&record.header, &log.applied) {
                blocked.insert(record.header.device);
                waiting += 1;
                continue;
            }
            apply_in_savepoint(&self.conn, &record.changeset).map_err(|_| Error::DamagedSave {
                which: record.which.clone(),
                missing: false,
            })?;
            log.applied.insert(record.header.device, record.header.n);
            log.clock = log.clock.max(record.header.clock);
            log.last_save
                .insert(record.header.device, record.header.clock.ms);
        }
        if let Some(log) = self.devices.as_mut() {
            log.waiting = waiting;
        }
        self.delete_own_folded(listed);
        Ok(set_aside)
    }

    fn read_device_record(
        &self,
        identity: &x25519::Identity,
        path: &Path,
        which: &str,
        id: DeviceId,
        n: u64,
    ) -> Result<Pending, Error> {
        let as_save = |e| match e {
            Error::MissingFile { which } => Error::DamagedSave {
                which,
                missing: true,
            },
            Error::DamagedFile { which } => Error::DamagedSave {
                which,
                missing: false,
            },
            e => e,
        };
        let plaintext =
            sealed::open(identity, &read(path, which).map_err(as_save)?, which).map_err(as_save)?;
        let (header, changeset) = self.check_device_record(&plaintext, which)?;
        if header.device != id || header.n != n {
            // Renamed, or moved from another device's folder.
            return Err(Error::DamagedSave {
                which: which.into(),
                missing: false,
            });
        }
        Ok(Pending {
            header,
            which: which.into(),
            changeset: changeset.to_vec(),
        })
    }

    /// The header and changeset of a format-4 record's plaintext, once its tag is checked.
    fn check_device_record<'a>(
        &self,
        plaintext: &'a [u8],
        which: &str,
    ) -> Result<(Header, &'a [u8]), Error> {
        let damaged = || Error::DamagedSave {
            which: which.into(),
            missing: false,
        };
        let forged = || Error::ForgedSave {
            which: which.into(),
        };
        if !plaintext.starts_with(RECORD_MAGIC) {
            // A record of an earlier format where only tagged format-4 records belong: what
            // someone who knows only the recipient could write (issue 16.5).
            if plaintext.starts_with(b"habeas-journal-") {
                return Err(forged());
            }
            return Err(damaged());
        }
        let split = plaintext
            .len()
            .checked_sub(authentication::TAG_LEN)
            .filter(|&split| split >= RECORD_MAGIC.len())
            .ok_or_else(forged)?;
        let (covered, tag) = plaintext.split_at(split);
        if !self.key.verifies(covered, tag) {
            return Err(forged());
        }
        Header::decode(&covered[RECORD_MAGIC.len()..]).ok_or_else(damaged)
    }

    /// Moves `records` of one journal folder `dir` (the unreadable one first) aside, as
    /// [`Store::open`]'s rescue does.
    /// The folder is named after `first`, the unreadable record's number.
    pub(super) fn set_aside_from(
        &self,
        damaged: String,
        first: u64,
        records: &[(u64, PathBuf)],
        dir: &Path,
    ) -> Result<SetAside, Error> {
        let io_err = |e| Error::from_io("set aside the unreadable saves", e);
        let name = format!("{first:012}-{}", &crate::files::random_token()?[..8]);
        let parent = self.dir.join(INDEX_DIR).join(SET_ASIDE_DIR);
        let folder = parent.join(&name);
        atomic::create_dir(&parent).map_err(io_err)?;
        atomic::create_dir(&folder).map_err(io_err)?;
        for (_, path) in records.iter().rev() {
            if let Some(file) = path.file_name() {
                fs::rename(path, folder.join(file)).map_err(io_err)?;
            }
        }
        atomic::sync_dir(&folder).map_err(io_err)?;
        atomic::sync_dir(dir).map_err(io_err)?;
        Ok(SetAside {
            damaged,
            records: records.len() as u64,
            folder: format!("{INDEX_DIR}/{SET_ASIDE_DIR}/{name}"),
        })
    }

    /// Format 4: writes this device's snapshot (everything applied here), then deletes this
    /// device's records that every other device's snapshot holds too. Never touches another
    /// device's files.
    pub(super) fn compact_device(&mut self) -> Result<(), Error> {
        let Some(log) = self.devices.as_ref() else {
            return Ok(());
        };
        let (me, applied, clock) = (log.me, log.applied.clone(), log.clock);
        let last = self.next_seq - 1;
        write_covers(&self.conn, &applied, clock)?;
        write_device_times(&self.conn, log)?;
        set_folded(&self.conn, last)?;
        let dir = device_dir(&self.dir.join(INDEX_DIR), me);
        atomic::create_dir(&dir).map_err(|e| Error::from_io("save the case index", e))?;
        let image = self.conn.serialize(MAIN_DB).map_err(sql)?;
        let sealed = sealed::seal(&self.recipient, &self.key.seal_snapshot(&image))?;
        drop(image);
        atomic::replace(&dir, DEVICE_SNAPSHOT_FILE, &sealed)
            .map_err(|e| Error::from_io("save the case index", e))?;
        self.folded = last;
        let listed = list(&self.dir.join(INDEX_DIR))?;
        if let Some(log) = self.devices.as_mut() {
            // The shared base is no longer needed once this device's snapshot holds all it
            // holds (any device can open from that one); and it must go, or a deleted case
            // would stay in it (issue 21.3).
            let covered = log.shared.as_ref().is_some_and(|(covers, folded)| {
                *folded <= last
                    && covers
                        .iter()
                        .all(|(d, n)| applied.get(d).copied().unwrap_or(0) >= *n)
            });
            if covered {
                let shared = self.dir.join(INDEX_DIR).join(SNAPSHOT_FILE);
                match fs::remove_file(&shared) {
                    Ok(()) => log.shared = None,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => log.shared = None,
                    Err(_) => {}
                }
            }
            log.own_snapshot = applied;
        }
        self.delete_own_folded(&listed);
        Ok(())
    }

    /// Deletes this device's records that its own snapshot holds and every other device's
    /// snapshot holds too (a device with no snapshot yet holds none), so that whichever
    /// snapshot a device opens from, the records above it are still there. Only ciphertext;
    /// best effort.
    fn delete_own_folded(&self, listed: &BTreeMap<DeviceId, DeviceFiles>) {
        let Some(log) = self.devices.as_ref() else {
            return;
        };
        let mut bound = log.own_snapshot.get(&log.me).copied().unwrap_or(0);
        for id in listed.keys().filter(|id| **id != log.me) {
            let theirs = log
                .others
                .get(id)
                .and_then(|covers| covers.get(&log.me))
                .copied()
                .unwrap_or(0);
            bound = bound.min(theirs);
        }
        if let Some(files) = listed.get(&log.me) {
            for (_, path) in files.records.range(..=bound) {
                let _ = fs::remove_file(path);
            }
        }
    }

    /// Format 4: records not yet in this device's snapshot.
    pub(super) fn device_backlog(&self) -> u64 {
        self.devices.as_ref().map_or(0, |log| {
            log.applied
                .iter()
                .map(|(id, n)| n.saturating_sub(log.own_snapshot.get(id).copied().unwrap_or(0)))
                .sum()
        })
    }

    /// Format 4: checks every snapshot and every device's record; their names.
    pub(super) fn verify_devices(&self, identity: &x25519::Identity) -> Result<Vec<String>, Error> {
        let mut checked = Vec::new();
        let index_dir = self.dir.join(INDEX_DIR);
        for (id, files) in list(&index_dir)? {
            if let Some(path) = &files.snapshot {
                let which = snapshot_name(id);
                let plaintext = sealed::open(identity, &read(path, &which)?, &which)?;
                snapshot_image_named(&self.key, &plaintext, self.require_tags, &which)?;
                checked.push(which);
            }
            for (n, path) in &files.records {
                let which = record_name(id, *n);
                let plaintext = sealed::open(identity, &read(path, &which)?, &which)?;
                let (header, _) = self.check_device_record(&plaintext, &which)?;
                if header.device != id || header.n != *n {
                    return Err(Error::DamagedFile { which });
                }
                checked.push(which);
            }
        }
        Ok(checked)
    }

    /// Converting to format 4 (`vault::Vault`): the whole index as `index/snapshot.age`, the
    /// base every device starts from, and from now on saves go to `device`'s journal. The
    /// caller then writes `vault.json`; a crash before leaves a format-3 vault that converts
    /// again.
    ///
    /// `conflict_copies` are the sync engine's conflict copies of `index/journal/` records
    /// (`vault::sync_copies` recognises them): see [`Store::merge_legacy_conflict_copies`].
    pub(crate) fn convert_to_devices(
        &mut self,
        identity: &x25519::Identity,
        device: DeviceId,
        conflict_copies: &[PathBuf],
    ) -> Result<(), Error> {
        let merged = self.merge_legacy_conflict_copies(identity, conflict_copies);
        write_covers(&self.conn, &Vector::new(), Clock::default())?;
        self.compact()?;
        self.devices = Some(DeviceLog::new(device));
        // Folded into the snapshot just written: the copies can go.
        for path in merged {
            let _ = fs::remove_file(path);
        }
        Ok(())
    }

    /// Format 3 numbered saves vault-wide, so two devices saving while apart both wrote record
    /// `n`, and the sync engine kept one and set the other aside as a conflict copy
    /// (`<n>.sync-conflict-….age`): a save that was never applied. Each copy that is a valid
    /// record of this vault (tag checked) is applied now by the merge rule, after the journal;
    /// returns the copies applied (deleted once the snapshot holding them is written). Copies
    /// that do not open are left, and reported (`vault::sync_copies`).
    fn merge_legacy_conflict_copies(
        &mut self,
        identity: &x25519::Identity,
        conflict_copies: &[PathBuf],
    ) -> Vec<PathBuf> {
        let mut copies: Vec<(String, PathBuf)> = conflict_copies
            .iter()
            .filter_map(|p| Some((p.file_name()?.to_str()?.to_owned(), p.clone())))
            .collect();
        copies.sort();
        let mut merged = Vec::new();
        for (name, path) in copies {
            let Some(seq) = name.get(..12).and_then(|d| d.parse::<u64>().ok()) else {
                continue;
            };
            let which = format!("{INDEX_DIR}/{}/{name}", super::JOURNAL_DIR);
            let Ok(ciphertext) = fs::read(&path) else {
                continue;
            };
            let Ok(plaintext) = sealed::open(identity, &ciphertext, &which) else {
                continue;
            };
            let Ok(changeset) = self.check_record(&plaintext, seq, &which) else {
                continue;
            };
            if apply_in_savepoint(&self.conn, changeset).is_ok() {
                merged.push(path);
            }
        }
        merged
    }

    /// This device's id (format 4).
    #[must_use]
    pub fn device(&self) -> Option<DeviceId> {
        self.devices.as_ref().map(|log| log.me)
    }

    /// Records present that wait for an earlier record still on its way from another device
    /// (format 4): they are applied at a later opening, once it has arrived.
    #[must_use]
    pub fn waiting_records(&self) -> u64 {
        self.devices.as_ref().map_or(0, |log| log.waiting)
    }
}

/// Key prefixes, in `habeas_index`, of what the devices list shows (issue 20.3):
/// `saved_ms:<device>` = the clock (ms) of that device's latest record the snapshot holds (the
/// same on every device that holds it); `seen_n:<observer>:<device>` and
/// `seen_ms:<observer>:<device>` = the highest record of `device` that `observer` had applied,
/// and when it first applied it (the observer's own wall time: only it writes these rows, and
/// only its own, so a snapshot taken as base by another device does not speak for it).
const SAVED_MS_PREFIX: &str = "saved_ms:";
const SEEN_N_PREFIX: &str = "seen_n:";
const SEEN_MS_PREFIX: &str = "seen_ms:";

/// Per device, when it last saved; per other device, what `me` had seen of it and when.
type DeviceTimes = (BTreeMap<DeviceId, u64>, BTreeMap<DeviceId, (u64, u64)>);

fn read_device_times(conn: &Connection, me: DeviceId) -> rusqlite::Result<DeviceTimes> {
    let mut saved = BTreeMap::new();
    let mut seen: BTreeMap<DeviceId, (u64, u64)> = BTreeMap::new();
    let seen_n = format!("{SEEN_N_PREFIX}{}:", device_name(me));
    let seen_ms = format!("{SEEN_MS_PREFIX}{}:", device_name(me));
    for (key, value) in bookkeeping(conn)? {
        if let Some(id) = key
            .strip_prefix(SAVED_MS_PREFIX)
            .and_then(parse_device_name)
        {
            saved.insert(id, value);
        } else if let Some(id) = key.strip_prefix(&seen_n).and_then(parse_device_name) {
            seen.entry(id).or_default().0 = value;
        } else if let Some(id) = key.strip_prefix(&seen_ms).and_then(parse_device_name) {
            seen.entry(id).or_default().1 = value;
        }
    }
    Ok((saved, seen))
}

/// Writes `log`'s device times into the image being snapshotted (see [`SAVED_MS_PREFIX`]);
/// other observers' rows are left as they are.
fn write_device_times(conn: &Connection, log: &DeviceLog) -> Result<(), Error> {
    let int = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    let me = device_name(log.me);
    conn.execute(
        "DELETE FROM habeas_index WHERE key LIKE 'saved_ms:%' OR key LIKE ?1 OR key LIKE ?2",
        rusqlite::params![
            format!("{SEEN_N_PREFIX}{me}:%"),
            format!("{SEEN_MS_PREFIX}{me}:%")
        ],
    )
    .map_err(sql)?;
    let mut insert = conn
        .prepare("INSERT INTO habeas_index (key, value) VALUES (?1, ?2)")
        .map_err(sql)?;
    for (id, ms) in &log.last_save {
        insert
            .execute(rusqlite::params![
                format!("{SAVED_MS_PREFIX}{}", device_name(*id)),
                int(*ms)
            ])
            .map_err(sql)?;
    }
    for (id, (n, ms)) in &log.seen {
        let other = device_name(*id);
        insert
            .execute(rusqlite::params![
                format!("{SEEN_N_PREFIX}{me}:{other}"),
                int(*n)
            ])
            .map_err(sql)?;
        insert
            .execute(rusqlite::params![
                format!("{SEEN_MS_PREFIX}{me}:{other}"),
                int(*ms)
            ])
            .map_err(sql)?;
    }
    Ok(())
}

impl DeviceLog {
    /// Notes, at wall time `now_ms`, every other device's records applied here that this
    /// device had not seen before.
    fn note_seen(&mut self, now_ms: u64) {
        for (id, n) in &self.applied {
            if *id == self.me || *n == 0 {
                continue;
            }
            let seen = self.seen.entry(*id).or_insert((0, 0));
            if seen.0 < *n {
                *seen = (*n, now_ms);
            }
        }
    }
}

/// Key prefix, in the `settings` table, of a device's name (`device_name:<device id>`, a JSON
/// string): a setting, so it travels in the device's records, sealed like every case, and
/// every device learns the others' names (issue 20.3).
pub(super) const DEVICE_NAME_SETTING: &str = "device_name:";

/// One device that saves to this vault, as this device knows it (issue 20.3).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KnownDevice {
    /// Its id: 16 hex digits, the name of its folder `index/devices/<id>/`.
    pub id: String,
    /// The name it gave itself (the computer's name), once a record of it saying so is here.
    pub name: Option<String>,
    /// Whether it is the device this runs on.
    pub this_device: bool,
    /// How many saves of it are applied here (the number of its latest).
    pub saves: u64,
    /// When it made its latest save applied here, by its clock (ms since 1970, UTC); `None`
    /// when not known (saves folded into a snapshot written before devices were listed).
    pub last_save_ms: Option<u64>,
    /// For another device: when this device first applied its latest save (ms since 1970,
    /// UTC, this device's clock), i.e. when this device last saw its changes.
    pub last_seen_ms: Option<u64>,
}

impl Store {
    /// The devices that saved to this vault (format 4; empty before), this device first, then
    /// by id (issue 20.3).
    ///
    /// # Errors
    /// Errors of reading the index.
    pub fn known_devices(&self) -> Result<Vec<KnownDevice>, Error> {
        let Some(log) = self.devices.as_ref() else {
            return Ok(Vec::new());
        };
        let mut names: BTreeMap<DeviceId, String> = BTreeMap::new();
        let mut statement = self
            .conn
            .prepare("SELECT key, value FROM settings WHERE key LIKE 'device_name:%'")
            .map_err(sql)?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })
            .map_err(sql)?;
        for row in rows {
            let (key, value) = row.map_err(sql)?;
            if let (Some(id), Ok(name)) = (
                key.strip_prefix(DEVICE_NAME_SETTING)
                    .and_then(parse_device_name),
                serde_json::from_str::<String>(&value),
            ) {
                names.insert(id, name);
            }
        }
        let mut ids: std::collections::BTreeSet<DeviceId> = log
            .applied
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(id, _)| *id)
            .collect();
        ids.extend(names.keys().copied());
        ids.insert(log.me);
        let mut listed: Vec<KnownDevice> = ids
            .into_iter()
            .map(|id| KnownDevice {
                id: device_name(id),
                name: names.get(&id).cloned(),
                this_device: id == log.me,
                saves: log.applied.get(&id).copied().unwrap_or(0),
                last_save_ms: log.last_save.get(&id).copied(),
                last_seen_ms: if id == log.me {
                    None
                } else {
                    log.seen.get(&id).map(|(_, ms)| *ms)
                },
            })
            .collect();
        listed.sort_by_key(|d| !d.this_device);
        Ok(listed)
    }

    /// Records this device's `name` in the vault (a setting, see [`DEVICE_NAME_SETTING`]) with
    /// this device's next save, when it is not there yet or differs: the other devices learn it
    /// from that record. Nothing before format 4.
    ///
    /// # Errors
    /// Errors of reading the index.
    pub(crate) fn record_device_name(&mut self, name: &str) -> Result<(), Error> {
        let Some(me) = self.device() else {
            return Ok(());
        };
        let key = format!("{DEVICE_NAME_SETTING}{}", device_name(me));
        let value = serde_json::Value::String(name.to_owned()).to_string();
        let kept: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [&key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(sql)?;
        if let Some(log) = self.devices.as_mut() {
            log.name_to_record = (kept.as_deref() != Some(value.as_str())).then_some((key, value));
        }
        Ok(())
    }
}

fn open_base(
    key: &IndexKey,
    plaintext: &[u8],
    which: &str,
    require_tags: bool,
) -> Result<Base, Error> {
    let image = snapshot_image_named(key, plaintext, require_tags, which)?;
    let mut conn = memory_connection()?;
    let damaged = || Error::DamagedFile {
        which: which.into(),
    };
    conn.deserialize_read_exact(MAIN_DB, image, image.len(), false)
        .map_err(|_| damaged())?;
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
    let (covers, clock) = read_covers(&conn).map_err(|_| damaged())?;
    Ok(Base {
        conn,
        covers,
        clock,
        folded,
    })
}

/// Format 4: writes a record of `changeset` in `log`'s device's journal, under `key`, sealed to
/// `recipient` (the parts of a [`Store`], borrowed apart from its open transaction).
pub(super) fn write_record(
    vault_dir: &Path,
    key: &IndexKey,
    recipient: &x25519::Recipient,
    log: &mut DeviceLog,
    changeset: &[u8],
) -> Result<(), Error> {
    let header = Header {
        device: log.me,
        n: log.next_n,
        clock: log.clock.tick(Clock::now_ms()),
        vector: log.applied.clone(),
    };
    let mut record = RECORD_MAGIC.to_vec();
    header.encode(&mut record);
    record.extend_from_slice(changeset);
    let tag = key.tag(&record);
    record.extend_from_slice(tag.as_ref());
    let sealed = sealed::seal(recipient, &record);
    zeroize::Zeroize::zeroize(&mut record);
    let sealed = sealed?;
    let dir = device_dir(&vault_dir.join(INDEX_DIR), header.device).join(DEVICE_JOURNAL_DIR);
    atomic::create_dir(&dir).map_err(|e| Error::from_io("save", e))?;
    // A failed save leaves no record behind, or it would come back at the next opening.
    atomic::create_or_leave_nothing(&dir, &super::journal_file(header.n), &sealed)
        .map_err(|e| Error::from_io("save", e))?;
    // The record is durable: from here on the save is acknowledged.
    log.applied.insert(header.device, header.n);
    log.next_n = header.n + 1;
    log.clock = header.clock;
    log.last_save.insert(header.device, header.clock.ms);
    Ok(())
}

/// Applies one record whole or not at all.
fn apply_in_savepoint(conn: &Connection, changeset: &[u8]) -> rusqlite::Result<()> {
    conn.execute_batch("SAVEPOINT habeas_record")?;
    match merge::apply(conn, changeset) {
        Ok(()) => conn.execute_batch("RELEASE habeas_record"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK TO habeas_record; RELEASE habeas_record");
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_round_trips_and_a_short_one_is_refused() {
        let header = Header {
            device: 0x0123_4567_89ab_cdef,
            n: 42,
            clock: Clock {
                ms: 1_780_000_000_000,
                counter: 3,
            },
            vector: Vector::from([(1, 5), (0x0123_4567_89ab_cdef, 41)]),
        };
        let mut bytes = Vec::new();
        header.encode(&mut bytes);
        bytes.extend_from_slice(b"changeset");
        let (back, rest) = Header::decode(&bytes).unwrap();
        assert_eq!(back, header);
        assert_eq!(rest, b"changeset");
        assert!(Header::decode(&bytes[..20]).is_none());
    }

    #[test]
    fn the_clock_never_goes_back_and_orders_saves_of_one_millisecond() {
        let seen = Clock {
            ms: 1000,
            counter: 0,
        };
        assert_eq!(
            seen.tick(999),
            Clock {
                ms: 1000,
                counter: 1
            }
        );
        assert_eq!(
            seen.tick(1000),
            Clock {
                ms: 1000,
                counter: 1
            }
        );
        assert_eq!(
            seen.tick(1001),
            Clock {
                ms: 1001,
                counter: 0
            }
        );
        assert!(seen.tick(5) > seen);
    }

    #[test]
    fn a_record_waits_for_its_predecessor_and_for_what_it_was_written_on() {
        let header = Header {
            device: 1,
            n: 3,
            clock: Clock::default(),
            vector: Vector::from([(1, 2), (2, 7)]),
        };
        assert!(
            !ready(&header, &Vector::from([(1, 1), (2, 7)])),
            "gap in its own"
        );
        assert!(
            !ready(&header, &Vector::from([(1, 2), (2, 6)])),
            "another's missing"
        );
        assert!(ready(&header, &Vector::from([(1, 2), (2, 9)])));
        assert!(
            !ready(&header, &Vector::from([(1, 3), (2, 9)])),
            "already applied"
        );
    }

    #[test]
    fn device_names_are_sixteen_lower_case_hex_digits() {
        assert_eq!(device_name(255), "00000000000000ff");
        assert_eq!(parse_device_name("00000000000000ff"), Some(255));
        assert_eq!(parse_device_name("00000000000000FF"), None);
        assert_eq!(parse_device_name("ff"), None);
        assert_eq!(
            record_name(255, 7),
            "index/devices/00000000000000ff/journal/000000000007.age"
        );
    }
}
