//! "Remember on this device": unlock without the passphrase, through the OS keyring.
//!
//! A fresh X25519 *device identity* is kept in the operating system's keyring (the Secret
//! Service on Linux: GNOME Keyring, KWallet), under the service `org.habeas.desktop` and the
//! account `vault-<vault id>`. The vault identity is sealed to that device identity in
//! `keys/device-<device id>.age`, a standard age file like the others. Forgetting the device
//! deletes both. Whoever can use this OS account's unlocked keyring can then open the vault:
//! the UI says so before turning it on, and it is off by default.
//!
//! macOS (Keychain) and Windows (Credential Manager) stores are not wired yet: there the
//! functions return [`Error::KeyringUnavailable`].

use std::path::Path;

use age::secrecy::ExposeSecret;
use age::x25519;
use zeroize::Zeroizing;

use super::{format, keys, rotation};
use crate::files::{atomic, sealed};
use crate::Error;

/// The keyring service name of every Habeas entry.
pub const KEYRING_SERVICE: &str = "org.habeas.desktop";

fn account(vault_id: &str) -> String {
    format!("vault-{vault_id}")
}

fn device_file(device_id: &str) -> String {
    format!("device-{device_id}.age")
}

/// The keyring entry's secret: `<device id>\n<AGE-SECRET-KEY-1…>`.
struct DeviceSecret {
    device_id: String,
    identity: x25519::Identity,
}

impl DeviceSecret {
    fn encode(&self) -> Zeroizing<String> {
        Zeroizing::new(format!(
            "{}\n{}",
            self.device_id,
            self.identity.to_string().expose_secret()
        ))
    }

    fn decode(text: &str) -> Option<Self> {
        let (device_id, key) = text.split_once('\n')?;
        if device_id.len() != 16 || !device_id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        Some(Self {
            device_id: device_id.to_owned(),
            identity: key.trim().parse().ok()?,
        })
    }
}

/// The plaintext of a device key file: the identity with its slots (format 2), or bare.
fn identity_text(
    vault_identity: &x25519::Identity,
    slots: Option<&keys::Slots>,
) -> Zeroizing<String> {
    match slots {
        Some(slots) => keys::encode_identity(vault_identity, slots),
        None => Zeroizing::new(format!("{}\n", vault_identity.to_string().expose_secret())),
    }
}

/// Seals `vault_identity` to a new device identity and stores that in the keyring.
pub(super) fn remember(
    dir: &Path,
    vault_id: &str,
    vault_identity: &x25519::Identity,
    slots: Option<&keys::Slots>,
) -> Result<(), Error> {
    // One device entry per vault and OS account: replace an earlier one cleanly.
    let _ = forget(dir, vault_id);
    let id = crate::files::random_bytes::<8>()?;
    let device = DeviceSecret {
        device_id: crate::files::hex(id.as_ref()),
        identity: x25519::Identity::generate(),
    };
    let plaintext = identity_text(vault_identity, slots);
    let sealed = sealed::seal(&device.identity.to_public(), plaintext.as_bytes())?;
    let keys = dir.join(format::KEYS_DIR);
    atomic::replace(&keys, &device_file(&device.device_id), &sealed)
        .map_err(|e| Error::from_io("write the device key file", e))?;
    if let Err(e) = store::set(&account(vault_id), &device.encode()) {
        let _ = std::fs::remove_file(keys.join(device_file(&device.device_id)));
        return Err(e);
    }
    Ok(())
}

/// Whether this OS account's keyring remembers the vault.
pub(super) fn is_remembered(vault_id: &str) -> bool {
    matches!(store::get(&account(vault_id)), Ok(Some(_)))
}

/// The vault identity (and its slots, in format 2), from the keyring and the device key file
/// (in `keys/rotated/` while a rotation is being finished).
pub(super) fn unlock(
    dir: &Path,
    vault_id: &str,
) -> Result<(x25519::Identity, Option<keys::Slots>), Error> {
    let secret = store::get(&account(vault_id))?.ok_or(Error::NotRemembered)?;
    let device = DeviceSecret::decode(secret.expose_secret()).ok_or(Error::NotRemembered)?;
    let (path, which) = rotation::key_path(dir, &device_file(&device.device_id));
    let bytes = match keys::read(&path, &which) {
        Ok(bytes) => bytes,
        // The keyring remembers, but the vault no longer does: a change of secret made by
        // another OS account (whose keyring this one cannot read) deleted the file.
        Err(Error::MissingFile { .. }) => return Err(Error::NotRemembered),
        Err(e) => return Err(e),
    };
    keys::open_vault_identity(&bytes, &which, &device.identity)
}

/// For a rotation: if this OS account's keyring remembers the vault, seals the new identity to
/// the same device identity into `out` (`keys/rotating/`). Device key files of other accounts
/// are deleted: their keyrings are out of reach, and they would only open the retired identity.
/// A keyring that cannot be read forgets this device too (the passphrase still opens).
pub(super) fn reseal_for_rotation(
    dir: &Path,
    out: &Path,
    vault_id: &str,
    new: &x25519::Identity,
    slots: &keys::Slots,
) -> Result<(), Error> {
    let keys_dir = dir.join(format::KEYS_DIR);
    let device_files: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(&keys_dir)
        .map_err(|e| Error::from_io("read the keys folder", e))?
        .flatten()
        .filter_map(|entry| Some((entry.file_name().into_string().ok()?, entry.path())))
        .filter(|(name, _)| name.starts_with("device-") && name.ends_with(".age"))
        .collect();
    if device_files.is_empty() {
        // Not remembered anywhere: no need to ask the keyring.
        return Ok(());
    }
    let mine = match store::get(&account(vault_id)) {
        Ok(Some(secret)) => DeviceSecret::decode(secret.expose_secret()),
        _ => None,
    };
    let keep = mine.as_ref().map(|device| device_file(&device.device_id));
    if let Some(device) = &mine {
        let sealed = sealed::seal(
            &device.identity.to_public(),
            keys::encode_identity(new, slots).as_bytes(),
        )?;
        atomic::replace(out, &device_file(&device.device_id), &sealed)
            .map_err(|e| Error::from_io("write the device key file", e))?;
    }
    for (name, path) in device_files {
        if Some(&name) != keep.as_ref() {
            let _ = std::fs::remove_file(path);
        }
    }
    Ok(())
}

/// Removes the keyring entry and the device key file. Forgetting what is not remembered is not
/// an error.
pub(super) fn forget(dir: &Path, vault_id: &str) -> Result<(), Error> {
    if let Some(secret) = store::get(&account(vault_id))? {
        if let Some(device) = DeviceSecret::decode(secret.expose_secret()) {
            let path = dir
                .join(format::KEYS_DIR)
                .join(device_file(&device.device_id));
            match std::fs::remove_file(path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::from_io("delete the device key file", e)),
            }
        }
        store::delete(&account(vault_id))?;
    }
    Ok(())
}

#[cfg(any(target_os = "linux", target_os = "macos", windows))]
mod store;

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
mod store {
    use age::secrecy::SecretString;

    use crate::Error;

    fn unavailable() -> Error {
        Error::KeyringUnavailable {
            detail: "not supported on this system yet".into(),
        }
    }

    pub(super) fn set(_account: &str, _secret: &str) -> Result<(), Error> {
        Err(unavailable())
    }

    pub(super) fn get(_account: &str) -> Result<Option<SecretString>, Error> {
        Err(unavailable())
    }

    pub(super) fn delete(_account: &str) -> Result<(), Error> {
        Err(unavailable())
    }
}
