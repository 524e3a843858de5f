//! Rotation of the vault identity when a secret changes (issue 16.4; docs/vault-format.md,
//! "Rotation").
//!
//! Changing the passphrase or confirming a new recovery key makes a new vault identity: the old
//! key file with the old secret (a backup, a synced copy) then opens nothing saved afterwards,
//! and no evidence file of this folder. The change is journaled in two phases so that a
//! `kill -9` or a power cut at any point leaves a vault that opens with the old secret or the new
//! one, with every acknowledged save:
//!
//! 1. **Prepare** `keys/rotating/`: the new slot key file(s), `identity.age` (the new identity
//!    sealed to both slots), this account's device key file re-sealed, `previous.age` (the old
//!    identity sealed to the new one), `headers.age` (every blob's header as it is, sealed to the
//!    new identity) and `snapshot.age` (the whole index, journal folded in, sealed to the new
//!    identity). Nothing the vault reads changes.
//! 2. **Commit**: one atomic rename, `keys/rotating` → `keys/rotated`. From then on every key
//!    file is looked for in `keys/rotated/` first ([`key_path`]).
//! 3. **Finish** ([`finish`]): move the key files into `keys/`, the snapshot into `index/`,
//!    re-wrap every blob's header (the payload stays as it is), then delete `previous.age` and
//!    the folder. Each step can be done again, so an unlock finishes what a crash cut short.
//!
//! Unlocking first discards a `keys/rotating/` left by a crash ([`discard_unfinished`]): the
//! change was never committed, the old secret still opens everything.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use age::x25519;

use super::keys::{self, Slots};
use super::{blobs, device, format};
use crate::files::{atomic, sealed};
use crate::store::Store;
use crate::Error;

/// What a rotation changes besides the identity: the sealed key file and public half of a new
/// passphrase slot or a new recovery slot (the other slot is kept and the new identity sealed
/// to it too).
pub(super) struct NewSlot {
    pub(super) file: Vec<u8>,
    pub(super) recipient: x25519::Recipient,
}

/// How far a rotation got, reported as it goes (for a progress bar; tests stop the process at
/// each step to prove it can be killed there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RotationStep {
    /// The new generation is written in `keys/rotating/`; nothing is committed.
    Prepared,
    /// Committed: from here on only the new secret opens the vault.
    Committed,
    /// A new key file was moved into `keys/`.
    MovedKeyFile,
    /// The new index snapshot was moved into `index/`.
    MovedSnapshot,
    /// Blobs re-keyed so far, of how many.
    RekeyedBlob {
        /// Blobs done.
        done: u64,
        /// Blobs in the vault.
        total: u64,
    },
}

/// Which slot a rotation replaces.
pub(super) enum Replaced {
    Passphrase(NewSlot),
    Recovery(NewSlot),
}

/// Where the current key file `name` (in `keys/`) is: in `keys/rotated/` while a committed
/// rotation is being finished, else in `keys/`.
pub(super) fn key_path(dir: &Path, name: &str) -> (PathBuf, String) {
    let keys = dir.join(format::KEYS_DIR);
    let rotated = keys.join(format::ROTATED_DIR).join(name);
    if rotated.is_file() {
        (
            rotated,
            format!("{}/{}/{name}", format::KEYS_DIR, format::ROTATED_DIR),
        )
    } else {
        (keys.join(name), format!("{}/{name}", format::KEYS_DIR))
    }
}

/// Removes a `keys/rotating/` that was never committed (the process stopped while preparing).
/// Called with the instance lock held, before any key file is read.
pub(super) fn discard_unfinished(dir: &Path) -> Result<(), Error> {
    let keys = dir.join(format::KEYS_DIR);
    let rotating = keys.join(format::ROTATING_DIR);
    match fs::remove_dir_all(&rotating) {
        Ok(()) => atomic::sync_dir(&keys)
            .map_err(|e| Error::from_io("discard an unfinished change of secret", e)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::from_io("discard an unfinished change of secret", e)),
    }
}

/// Phases 1 and 2: prepares the new generation beside the current one and commits it. Returns
/// the new identity, its slots and the last journal record the new snapshot holds. On an error
/// before the commit nothing changed (the half-written folder is removed, or discarded at the
/// next unlock).
pub(super) fn prepare_and_commit(
    dir: &Path,
    vault_id: &str,
    slots: &Slots,
    old: &x25519::Identity,
    replaced: Replaced,
    store: &mut Store,
    observe: &mut dyn FnMut(RotationStep),
) -> Result<(x25519::Identity, Slots, u64), Error> {
    let keys_dir = dir.join(format::KEYS_DIR);
    let rotating = keys_dir.join(format::ROTATING_DIR);
    // An earlier change this session committed but could not finish (`Rotated::finished`):
    // finish it first, its `keys/rotated/` must be gone before this one commits.
    finish(dir, old, observe)?;
    discard_unfinished(dir)?;
    let io_err = |e| Error::from_io("change the vault's keys", e);
    atomic::create_dir(&rotating).map_err(io_err)?;
    let result = (|| {
        let new = x25519::Identity::generate();
        let mut new_slots = slots.clone();
        // The new identity's text says so, and the new snapshot carries its tag.
        new_slots.authenticated_index = true;
        let (slot, name) = match replaced {
            Replaced::Passphrase(slot) => {
                new_slots.passphrase = slot.recipient.clone();
                (slot, format::PASSPHRASE_FILE)
            }
            Replaced::Recovery(slot) => {
                new_slots.recovery = slot.recipient.clone();
                (slot, format::RECOVERY_FILE)
            }
        };
        atomic::replace(&rotating, name, &slot.file).map_err(io_err)?;
        let identity_file = keys::seal_vault_identity(&new, &new_slots)?;
        atomic::replace(&rotating, format::IDENTITY_FILE, &identity_file).map_err(io_err)?;
        device::reseal_for_rotation(dir, &rotating, vault_id, &new, &new_slots)?;
        let previous = sealed::seal(
            &new.to_public(),
            keys::encode_identity(old, slots).as_bytes(),
        )?;
        atomic::replace(&rotating, format::PREVIOUS_FILE, &previous).map_err(io_err)?;
        let headers = saved_headers(dir)?;
        let headers = sealed::seal(&new.to_public(), &headers)?;
        atomic::replace(&rotating, format::SAVED_HEADERS_FILE, &headers).map_err(io_err)?;
        let (snapshot, folded) = store.sealed_snapshot_for(&new)?;
        atomic::replace(&rotating, format::ROTATED_SNAPSHOT_FILE, &snapshot).map_err(io_err)?;
        observe(RotationStep::Prepared);
        // The commit: one rename of the folder.
        fs::rename(&rotating, keys_dir.join(format::ROTATED_DIR))
            .and_then(|()| atomic::sync_dir(&keys_dir))
            .map_err(io_err)?;
        Ok((new, new_slots, folded))
    })();
    if result.is_err() && rotating.exists() {
        let _ = discard_unfinished(dir);
    }
    if result.is_ok() {
        observe(RotationStep::Committed);
    }
    result
}

/// Every blob's header as it is now, for `headers.age`: per blob, its id (32 hex digits), the
/// header's length (2 bytes, big endian) and the header.
fn saved_headers(dir: &Path) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    for id in blobs::list(dir)? {
        // Only a help for torn headers: a blob that cannot be read now is left out, and the
        // re-wrapping says what it makes of it.
        if let Ok(Some(header)) = blobs::header(dir, &id) {
            let Ok(len) = u16::try_from(header.len()) else {
                continue;
            };
            out.extend_from_slice(id.as_str().as_bytes());
            out.extend_from_slice(&len.to_be_bytes());
            out.extend_from_slice(&header);
        }
    }
    Ok(out)
}

/// Reads [`saved_headers`]' bytes back (stopping at anything malformed).
fn parse_saved_headers(mut bytes: &[u8]) -> std::collections::HashMap<String, Vec<u8>> {
    let mut out = std::collections::HashMap::new();
    while let (Some(id), Some(len)) = (bytes.get(..32), bytes.get(32..34)) {
        let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
        let Some(header) = bytes.get(34..34 + len) else {
            break;
        };
        out.insert(String::from_utf8_lossy(id).into_owned(), header.to_vec());
        bytes = &bytes[34 + len..];
    }
    out
}

/// Phase 3: finishes a committed rotation, if one is under way (`keys/rotated/` exists): moves
/// the new key files and snapshot into place and re-wraps every blob from the retired identity
/// to `current`. Returns how many blobs were re-wrapped (`None`: nothing was under way).
/// Idempotent: a crash anywhere here is finished by the next unlock. A blob neither identity
/// opens gets its saved header back (one torn by a power cut) and is re-wrapped again; one still
/// unreadable is left as it is (`vault verify` names it).
pub(super) fn finish(
    dir: &Path,
    current: &x25519::Identity,
    observe: &mut dyn FnMut(RotationStep),
) -> Result<Option<u64>, Error> {
    let keys_dir = dir.join(format::KEYS_DIR);
    let rotated = keys_dir.join(format::ROTATED_DIR);
    if !rotated.is_dir() {
        return Ok(None);
    }
    let io_err = |e| Error::from_io("finish changing the vault's keys", e);
    // The key files, the identity file last: until it moves, `key_path` finds it in rotated/.
    let mut names: Vec<String> = fs::read_dir(&rotated)
        .map_err(io_err)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("device-") && name.ends_with(".age"))
        .collect();
    names.sort();
    names.extend(
        [
            format::PASSPHRASE_FILE,
            format::RECOVERY_FILE,
            format::IDENTITY_FILE,
        ]
        .map(String::from),
    );
    for name in &names {
        let from = rotated.join(name);
        if !from.is_file() {
            continue;
        }
        if name == format::RECOVERY_FILE {
            // The pending key being committed: it is the recovery key now.
            match fs::remove_file(keys_dir.join(format::PENDING_RECOVERY_FILE)) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_err(e)),
            }
        }
        fs::rename(&from, keys_dir.join(name)).map_err(io_err)?;
        atomic::sync_dir(&keys_dir).map_err(io_err)?;
        observe(RotationStep::MovedKeyFile);
    }
    let snapshot = rotated.join(format::ROTATED_SNAPSHOT_FILE);
    if snapshot.is_file() {
        let index = dir.join("index");
        fs::rename(&snapshot, index.join("snapshot.age")).map_err(io_err)?;
        atomic::sync_dir(&index).map_err(io_err)?;
        observe(RotationStep::MovedSnapshot);
    }
    let previous_path = rotated.join(format::PREVIOUS_FILE);
    let mut rewrapped = 0;
    if previous_path.is_file() {
        let which = format!(
            "{}/{}/{}",
            format::KEYS_DIR,
            format::ROTATED_DIR,
            format::PREVIOUS_FILE
        );
        let bytes = keys::read(&previous_path, &which)?;
        let (previous, _) = keys::open_vault_identity(&bytes, &which, current)?;
        let saved_path = rotated.join(format::SAVED_HEADERS_FILE);
        // Only a help for torn headers: unreadable, it is simply not used.
        let saved = fs::read(&saved_path)
            .ok()
            .and_then(|bytes| sealed::open(current, &bytes, format::SAVED_HEADERS_FILE).ok())
            .map(|plain| parse_saved_headers(&plain))
            .unwrap_or_default();
        let ids = blobs::list(dir)?;
        let total = ids.len() as u64;
        for (done, id) in ids.iter().enumerate() {
            let mut result = blobs::rewrap(dir, id, &previous, current);
            if let (Err(Error::DamagedFile { .. }), Some(header)) =
                (&result, saved.get(id.as_str()))
            {
                // Neither identity opens it: a header torn while written in place. Put the old
                // one back and do it again.
                blobs::restore_header(dir, id, header)?;
                result = blobs::rewrap(dir, id, &previous, current);
            }
            match result {
                Ok(true) => rewrapped += 1,
                Ok(false) | Err(Error::DamagedFile { .. } | Error::MissingFile { .. }) => {}
                Err(e) => return Err(e),
            }
            observe(RotationStep::RekeyedBlob {
                done: done as u64 + 1,
                total,
            });
        }
        drop(previous);
        fs::remove_file(&previous_path).map_err(io_err)?;
    }
    // Everything needed is moved out; what may remain is a stray temporary file.
    fs::remove_dir_all(&rotated).map_err(io_err)?;
    atomic::sync_dir(&keys_dir).map_err(io_err)?;
    Ok(Some(rewrapped))
}
