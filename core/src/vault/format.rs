//! The vault's clear-text descriptor `vault.json` and the names of its files (format 2; format 1
//! is still read).

use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::WorkFactor;
use crate::Error;

/// The vault format this Habeas writes, and the newest it reads. Format 2 (key slots and
/// `keys/identity.age`, so that changing a secret rotates the vault identity) differs from
/// format 1 only in `keys/`; format 3 from format 2 only in that every index file carries a tag
/// under a key derived from the vault identity, which the identity's text announces
/// (docs/vault-format.md, "Format history"). A format-2 vault becomes format 3 when first
/// unlocked (`Vault::migrate_to_authenticated_index`).
/// Format 4 keeps one journal per device (`store::devices`, issue 20); a format-3 vault becomes
/// format 4 when first unlocked.
pub const FORMAT_VERSION: u32 = 4;

/// The first format whose saves go to a journal per device.
pub(super) const FIRST_WITH_DEVICES: u32 = 4;

/// The first format whose key files are slots around `keys/identity.age`.
const FIRST_WITH_KEY_SLOTS: u32 = 2;

/// The value of `format` in `vault.json`.
const FORMAT_NAME: &str = "habeas-vault";

pub(super) const VAULT_FILE: &str = "vault.json";
pub(super) const KEYS_DIR: &str = "keys";
pub(super) const PASSPHRASE_FILE: &str = "passphrase.age";
pub(super) const RECOVERY_FILE: &str = "recovery.age";
pub(super) const PASSPHRASE_PATH: &str = "keys/passphrase.age";
pub(super) const RECOVERY_PATH: &str = "keys/recovery.age";
/// A new recovery key waiting for the user to confirm they stored it (docs/vault-format.md).
pub(super) const PENDING_RECOVERY_FILE: &str = "recovery.pending.age";
pub(super) const PENDING_RECOVERY_PATH: &str = "keys/recovery.pending.age";
/// Format 2: the vault identity, sealed to the passphrase slot and the recovery slot.
pub(super) const IDENTITY_FILE: &str = "identity.age";
/// A rotation being prepared (`keys/rotating/`) or committed and being finished
/// (`keys/rotated/`): docs/vault-format.md, "Rotation".
pub(super) const ROTATING_DIR: &str = "rotating";
pub(super) const ROTATED_DIR: &str = "rotated";
/// In `keys/rotated/`: the retired identity sealed to the new one, to re-key the blobs.
pub(super) const PREVIOUS_FILE: &str = "previous.age";
/// In `keys/rotated/`: every blob's header as it was before, sealed to the new identity, to put
/// back a header torn by a power cut while it was rewritten in place.
pub(super) const SAVED_HEADERS_FILE: &str = "headers.age";
/// In `keys/rotated/`: the index sealed to the new identity, moved to `index/snapshot.age`.
pub(super) const ROTATED_SNAPSHOT_FILE: &str = "snapshot.age";

/// The two golden fixtures (`tests/fixtures/vault-v1*`), test vaults made at work factor 4
/// before `vault.json` had a `test_vault` field. A released fixture is never rewritten, so they
/// are recognised by their vault id (docs/vault-format.md, "`test_vault`"). Listing an id here
/// weakens nothing: the work factor of new key files never comes from `vault.json`
/// (`Vault::seal_factor`).
const PUBLISHED_TEST_VAULTS: [&str; 2] = [
    "845cb49a93510d0d4234275e4b6a33be", // tests/fixtures/vault-v1
    "93c8137cb6e0572d3b516f72895fe4c3", // tests/fixtures/vault-v1-schema4
];

/// `vault.json`. Clear text, nothing secret: what a reader needs before any key is known.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct VaultFile {
    /// Always `habeas-vault`.
    format: String,
    /// Format version; a newer one is refused, untouched.
    version: u32,
    /// 128 random bits, hex. Identifies the vault (for the OS keyring entry, the lock file).
    pub(super) vault_id: String,
    /// The key files' KDF.
    kdf: Kdf,
    /// Set at creation when the key files were sealed below [`WorkFactor::PINNED`] (tests
    /// only, through [`WorkFactor::insecure_for_tests`]). Absent in every real vault. Without
    /// it, a `log_n` below the pinned factor is refused ([`Error::WeakKdf`]): `vault.json` is
    /// not authenticated, and a lowered factor is how someone would try to get the next key
    /// file sealed cheaply (issue 16.3).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    test_vault: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Kdf {
    algorithm: String,
    log_n: u8,
}

impl VaultFile {
    pub(super) fn new(work_factor: WorkFactor) -> Result<Self, Error> {
        let id = crate::files::random_bytes::<16>()?;
        Ok(Self {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            vault_id: crate::files::hex(id.as_ref()),
            kdf: Kdf {
                algorithm: "scrypt".into(),
                log_n: work_factor.log_n(),
            },
            test_vault: work_factor.log_n() < WorkFactor::PINNED.log_n(),
        })
    }

    /// Whether the key files are slots around `keys/identity.age` (format 2 and later); a
    /// format-1 vault's key files hold the vault identity itself, and it cannot be rotated.
    pub(super) fn has_key_slots(&self) -> bool {
        self.version >= FIRST_WITH_KEY_SLOTS
    }

    /// The format version this file says (not authenticated: only ever a hint of what to
    /// migrate; what is refused is decided by the sealed identity text, `keys::Slots`).
    pub(super) fn version(&self) -> u32 {
        self.version
    }

    /// The same descriptor at the format this Habeas writes.
    pub(super) fn at_current_version(&self) -> Self {
        Self {
            version: FORMAT_VERSION,
            ..self.clone()
        }
    }

    /// Whether this is an explicit test vault: one whose key files may be sealed below the
    /// pinned work factor (marked at creation, or one of the published fixtures).
    pub(super) fn is_test_vault(&self) -> bool {
        self.test_vault || PUBLISHED_TEST_VAULTS.contains(&self.vault_id.as_str())
    }

    pub(super) fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        let mut bytes = serde_json::to_vec_pretty(self).map_err(|e| Error::Platform {
            action: "write vault.json",
            source: io::Error::other(e),
        })?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Reads and checks `dir/vault.json`.
    pub(super) fn read(dir: &Path) -> Result<Self, Error> {
        let path = dir.join(VAULT_FILE);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(if dir.is_dir() {
                    Error::NotAVault
                } else {
                    Error::FolderMissing
                });
            }
            Err(e) => return Err(Error::from_io("read vault.json", e)),
        };
        // Read the version before anything else, so a future format is refused as such even if
        // the rest of its descriptor looks different.
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| Error::DamagedFile {
                which: VAULT_FILE.into(),
            })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
            return Err(Error::NotAVault);
        }
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        match version {
            Some(v) if v > u64::from(FORMAT_VERSION) => {
                return Err(Error::VaultTooNew {
                    found: u32::try_from(v).unwrap_or(u32::MAX),
                    supported: FORMAT_VERSION,
                });
            }
            Some(_) => {}
            None => {
                return Err(Error::DamagedFile {
                    which: VAULT_FILE.into(),
                })
            }
        }
        let file: VaultFile = serde_json::from_value(value).map_err(|_| Error::DamagedFile {
            which: VAULT_FILE.into(),
        })?;
        if file.kdf.algorithm != "scrypt"
            || file.kdf.log_n == 0
            || file.kdf.log_n > WorkFactor::MAX_ACCEPTED
        {
            return Err(Error::DamagedFile {
                which: VAULT_FILE.into(),
            });
        }
        if file.kdf.log_n < WorkFactor::PINNED.log_n() && !file.is_test_vault() {
            return Err(Error::WeakKdf {
                found: file.kdf.log_n,
                pinned: WorkFactor::PINNED.log_n(),
            });
        }
        Ok(file)
    }
}
