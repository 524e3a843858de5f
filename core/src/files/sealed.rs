//! Files encrypted to the vault's own X25519 recipient (everything but the key files).

use std::io::{Read, Write};
use std::iter;

use age::x25519;
use zeroize::Zeroizing;

use crate::Error;

/// Encrypts `plaintext` to `recipient` as one age file.
pub(crate) fn seal(recipient: &x25519::Recipient, plaintext: &[u8]) -> Result<Vec<u8>, Error> {
    let encryptor = age::Encryptor::with_recipients(iter::once(recipient as &dyn age::Recipient))
        .map_err(|e| Error::Io {
        action: "encrypt",
        source: std::io::Error::other(e),
    })?;
    // age adds a header (~200 bytes) and 16 bytes per 64 KiB chunk.
    let mut out = Vec::with_capacity(plaintext.len() + plaintext.len() / 4096 + 256);
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| Error::Io {
        action: "encrypt",
        source: e,
    })?;
    writer.write_all(plaintext).map_err(|e| Error::Io {
        action: "encrypt",
        source: e,
    })?;
    writer.finish().map_err(|e| Error::Io {
        action: "encrypt",
        source: e,
    })?;
    Ok(out)
}

/// Decrypts and authenticates a whole age file encrypted to `identity`. `which` names the file
/// (relative to the vault folder) in the error if it is truncated, altered, or not ours.
pub(crate) fn open(
    identity: &x25519::Identity,
    ciphertext: &[u8],
    which: &str,
) -> Result<Zeroizing<Vec<u8>>, Error> {
    let damaged = || Error::DamagedFile {
        which: which.into(),
    };
    let decryptor = age::Decryptor::new_buffered(ciphertext).map_err(|_| damaged())?;
    let mut reader = decryptor
        .decrypt(iter::once(identity as &dyn age::Identity))
        .map_err(|_| damaged())?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    reader.read_to_end(&mut plaintext).map_err(|_| damaged())?;
    Ok(plaintext)
}
