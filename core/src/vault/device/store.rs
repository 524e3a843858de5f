//! The OS keyring: Secret Service on Linux (tested against gnome-keyring in CI), the login
//! Keychain on macOS, Credential Manager on Windows: the same `keyring-core` entries, only the
//! store differs. The macOS and Windows stores cannot be exercised on the Linux CI machine;
//! `tools/check-platforms.sh` type-checks this file for both targets.

use std::sync::Once;

use age::secrecy::SecretString;
use keyring_core::{Entry, Error as KeyringError};

use crate::Error;

fn entry(account: &str) -> Result<Entry, Error> {
    static INIT: Once = Once::new();
    let mut failed = None;
    INIT.call_once(|| match platform_store() {
        Ok(store) => keyring_core::set_default_store(store),
        Err(e) => failed = Some(e),
    });
    if let Some(e) = failed {
        return Err(unavailable(&e));
    }
    Entry::new(super::KEYRING_SERVICE, account).map_err(|e| unavailable(&e))
}

#[cfg(target_os = "linux")]
fn platform_store() -> keyring_core::Result<std::sync::Arc<zbus_secret_service_keyring_store::Store>>
{
    zbus_secret_service_keyring_store::Store::new()
}

#[cfg(target_os = "macos")]
fn platform_store(
) -> keyring_core::Result<std::sync::Arc<apple_native_keyring_store::keychain::Store>> {
    apple_native_keyring_store::keychain::Store::new()
}

#[cfg(windows)]
fn platform_store() -> keyring_core::Result<std::sync::Arc<windows_native_keyring_store::Store>> {
    windows_native_keyring_store::Store::new()
}

fn unavailable(e: &KeyringError) -> Error {
    Error::KeyringUnavailable {
        detail: e.to_string(),
    }
}

pub(super) fn set(account: &str, secret: &str) -> Result<(), Error> {
    entry(account)?
        .set_secret(secret.as_bytes())
        .map_err(|e| unavailable(&e))
}

pub(super) fn get(account: &str) -> Result<Option<SecretString>, Error> {
    match entry(account)?.get_secret() {
        Ok(bytes) => String::from_utf8(bytes)
            .map(|s| Some(SecretString::from(s)))
            .map_err(|_| Error::NotRemembered),
        Err(KeyringError::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(&e)),
    }
}

pub(super) fn delete(account: &str) -> Result<(), Error> {
    match entry(account)?.delete_credential() {
        Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(&e)),
    }
}
