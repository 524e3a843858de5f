//! This device's id and name in a vault of format 4 (issue 20; docs/vault-format.md, "Several
//! devices").
//!
//! A device writes its saves under `index/devices/<id>/`, so its id must be its own: 64 random
//! bits, made the first time this device opens the vault and kept *outside* the vault folder
//! (the folder is what the sync engine copies to the other devices), in this OS account's
//! Habeas data folder beside what the app keeps of its own: `Habeas/devices/<vault id>-<16 hex
//! of the folder's path>.json` = `{"device_id": …, "name": …}`. The folder's path is part of the
//! name, so two copies of one vault on one computer (two accounts' folders, a test) are two
//! devices. The id is not secret: it names a folder inside the vault.
//!
//! Should that file not be writable, the session takes a new id of its own: saves stay safe
//! (nobody else writes under it), only the list of devices grows by one.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::files::{atomic, random};
use crate::store::{device_name, parse_device_name, DeviceId};

/// This device, as it knows itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ThisDevice {
    pub(crate) id: DeviceId,
    pub(crate) name: String,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct DeviceFile {
    device_id: String,
    name: String,
}

/// The folder of the OS account's application data (as `vault::default_folder`'s caller gets
/// it from the OS), from the environment the desktop sets.
fn data_dir() -> Option<PathBuf> {
    if cfg!(windows) {
        return std::env::var_os("APPDATA").map(PathBuf::from);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    if cfg!(target_os = "macos") {
        return home.map(|h| h.join("Library").join("Application Support"));
    }
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| home.map(|h| h.join(".local").join("share")))
}

/// Where this device keeps its id for the vault `vault_id` in `vault_dir`. A test vault
/// (`vault.json`'s `test_vault`) keeps it in the temporary folder, so that tests leave nothing
/// in the account's data folder.
fn device_file(vault_id: &str, vault_dir: &Path, test_vault: bool) -> Option<PathBuf> {
    let base = if test_vault {
        std::env::temp_dir().join("habeas-test-devices")
    } else {
        data_dir()?.join("Habeas").join("devices")
    };
    let place = fs::canonicalize(vault_dir).unwrap_or_else(|_| vault_dir.to_path_buf());
    let digest = Sha256::digest(place.as_os_str().as_encoded_bytes());
    let vault_id: String = vault_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(32)
        .collect();
    Some(base.join(format!("{vault_id}-{}.json", &random::hex(&digest)[..16])))
}

/// A name for a new device: the computer's host name, else a neutral one.
fn host_name() -> String {
    let from_file = fs::read_to_string("/etc/hostname").ok();
    from_file
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|n| n.trim().chars().take(64).collect::<String>())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "this device".to_owned())
}

fn random_id() -> Result<DeviceId, crate::Error> {
    let bytes = random::random_bytes::<8>()?;
    Ok(u64::from_be_bytes(*bytes))
}

/// This device for the vault `vault_id` in `vault_dir`: the one kept, or a new one (kept if
/// possible).
///
/// # Errors
/// Only if the system's random source fails.
pub(crate) fn this_device(
    vault_id: &str,
    vault_dir: &Path,
    test_vault: bool,
) -> Result<ThisDevice, crate::Error> {
    let path = device_file(vault_id, vault_dir, test_vault);
    if let Some(kept) = path
        .as_ref()
        .and_then(|p| fs::read(p).ok())
        .and_then(|bytes| serde_json::from_slice::<DeviceFile>(&bytes).ok())
        .and_then(|file| {
            Some(ThisDevice {
                id: parse_device_name(&file.device_id)?,
                name: file.name,
            })
        })
    {
        return Ok(kept);
    }
    let device = ThisDevice {
        id: random_id()?,
        name: host_name(),
    };
    if let Some(path) = path {
        let file = DeviceFile {
            device_id: device_name(device.id),
            name: device.name.clone(),
        };
        if let (Some(dir), Some(name), Ok(bytes)) = (
            path.parent(),
            path.file_name().and_then(|n| n.to_str()),
            serde_json::to_vec_pretty(&file),
        ) {
            // Best effort (see the module's note): a session whose id is not kept is safe.
            let _ = atomic::create_dir(dir).and_then(|()| atomic::replace(dir, name, &bytes));
        }
    }
    Ok(device)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_keeps_its_id_and_two_copies_of_a_vault_are_two_devices() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        fs::create_dir_all(&a).unwrap();
        fs::create_dir_all(&b).unwrap();
        let vault_id = "00112233445566778899aabbccddeeff";
        let first = this_device(vault_id, &a, true).unwrap();
        assert_eq!(this_device(vault_id, &a, true).unwrap(), first, "kept");
        assert_ne!(this_device(vault_id, &b, true).unwrap().id, first.id);
        assert!(!first.name.is_empty());
    }
}
