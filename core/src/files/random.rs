//! Random names and tokens, and the hex they are written in.

use std::io;

use crate::Error;

/// `N` random bytes from the operating system's generator, wiped when dropped.
pub(crate) fn random_bytes<const N: usize>() -> Result<zeroize::Zeroizing<[u8; N]>, Error> {
    let mut bytes = zeroize::Zeroizing::new([0u8; N]);
    getrandom::fill(bytes.as_mut()).map_err(|e| Error::Platform {
        action: "get random numbers from the operating system",
        source: io::Error::from(e),
    })?;
    Ok(bytes)
}

/// 128 random bits as 32 hex digits: an unguessable name for one unlocked session (the app's
/// preview URLs carry one, so that a URL from an earlier session never serves again).
///
/// # Errors
/// [`Error::Platform`] if the system's random source fails.
pub fn random_token() -> Result<String, Error> {
    Ok(hex(random_bytes::<16>()?.as_ref()))
}

/// Lower-case hex, as `sha256sum` prints digests and as vault ids and file names are written.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
