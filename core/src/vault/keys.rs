//! Wrapping and unwrapping the vault's X25519 identity in scrypt-protected age files.
//!
//! The plaintext of a key file is the identity in age's own text form (`AGE-SECRET-KEY-1…` and a
//! newline): decrypted with the stock tool, it is directly usable as `age -d -i identity.txt`.

use std::fs;
use std::io::{self, Read, Write};
use std::iter;
use std::path::Path;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::{scrypt, x25519, DecryptError};
use zeroize::Zeroizing;

use super::WorkFactor;
use crate::Error;

/// Largest key file Habeas reads: a real one is about 250 bytes.
const MAX_KEY_FILE: u64 = 64 * 1024;

/// Brings a new passphrase to Unicode NFC, so that the same characters typed on different
/// systems (composed or decomposed accents) give the same key, and refuses it when it is too easy
/// to guess for a vault in `vault_dir` (`strength::require_strong`).
pub(super) fn normalize(
    passphrase: &SecretString,
    vault_dir: &Path,
) -> Result<SecretString, Error> {
    let normalized = normalize_for_unlock(passphrase);
    super::strength::require_strong(&normalized, vault_dir)?;
    Ok(normalized)
}

/// Brings a passphrase to NFC without judging it (unlocking must accept whatever was set).
pub(super) fn normalize_for_unlock(passphrase: &SecretString) -> SecretString {
    use unicode_normalization::UnicodeNormalization;
    SecretString::from(passphrase.expose_secret().nfc().collect::<String>())
}

/// Encrypts the identity's text under `passphrase` with scrypt at `work_factor`.
pub(super) fn seal_identity(
    identity: &x25519::Identity,
    passphrase: &SecretString,
    work_factor: WorkFactor,
) -> Result<Vec<u8>, Error> {
    let mut recipient = scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(work_factor.log_n());
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| internal("prepare a key file", e))?;
    let mut out = Vec::with_capacity(512);
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|e| internal("encrypt a key file", e))?;
    let text = Zeroizing::new(format!("{}\n", identity.to_string().expose_secret()));
    writer
        .write_all(text.as_bytes())
        .map_err(|e| internal("encrypt a key file", e))?;
    writer
        .finish()
        .map_err(|e| internal("encrypt a key file", e))?;
    Ok(out)
}

/// A key file opened with its secret: the vault identity inside, and the scrypt work factor the
/// file was sealed at.
pub(super) struct Opened {
    pub(super) identity: x25519::Identity,
    /// Read from the header of the very bytes that were decrypted. scrypt's `log_n` is an input
    /// of the key that unwraps the file key, and the header MAC covers it (age spec, "Header"),
    /// so once the file opened this is the factor its sealer chose, not one someone wrote in.
    pub(super) work_factor: WorkFactor,
}

/// Decrypts the key file at `path` (shown to the user as `which`) with `passphrase`.
/// `wrong` is the error for a passphrase that does not open it.
pub(super) fn open_identity(
    path: &Path,
    which: &str,
    passphrase: &SecretString,
    wrong: Error,
) -> Result<Opened, Error> {
    let bytes = read_key_file(path, which)?;
    let work_factor = scrypt_work_factor(&bytes).ok_or_else(|| Error::DamagedFile {
        which: which.into(),
    })?;
    let mut identity = scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(WorkFactor::MAX_ACCEPTED);
    let damaged = || Error::DamagedFile {
        which: which.into(),
    };
    let decryptor = age::Decryptor::new_buffered(&bytes[..]).map_err(|_| damaged())?;
    let mut reader = match decryptor.decrypt(iter::once(&identity as &dyn age::Identity)) {
        Ok(reader) => reader,
        // scrypt's AEAD failing on the wrapped file key: the passphrase is wrong (or that one
        // stanza was altered; age cannot tell the two apart).
        Err(DecryptError::DecryptionFailed) => return Err(wrong),
        Err(_) => return Err(damaged()),
    };
    let mut text = Zeroizing::new(String::new());
    reader.read_to_string(&mut text).map_err(|_| damaged())?;
    let identity = x25519::Identity::from_str(text.trim_end()).map_err(|_| damaged())?;
    Ok(Opened {
        identity,
        work_factor,
    })
}

/// The `log_n` of a key file's scrypt stanza: the header starts with the version line, then
/// `-> scrypt <salt> <log_n>` (age spec, "scrypt recipient stanza"; a passphrase file has that
/// one stanza and no other). `None` if the file does not start that way.
pub(super) fn scrypt_work_factor(file: &[u8]) -> Option<WorkFactor> {
    let rest = file.strip_prefix(b"age-encryption.org/v1\n")?;
    let (_, stanza) = age_core::format::read::age_stanza(rest).ok()?;
    match (stanza.tag, stanza.args.as_slice()) {
        ("scrypt", [_salt, log_n]) => {
            // Decimal without leading zeros, as age writes and requires.
            if log_n.starts_with('0') || !log_n.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let log_n: u8 = log_n.parse().ok()?;
            (log_n > 0).then_some(WorkFactor(log_n))
        }
        _ => None,
    }
}

/// Checks that the key file at `path` is a well-formed age file for a passphrase (its contents
/// cannot be authenticated without that passphrase).
pub(super) fn check_authenticates(path: &Path, which: &str) -> Result<(), Error> {
    let bytes = read_key_file(path, which)?;
    let decryptor = age::Decryptor::new_buffered(&bytes[..]).map_err(|_| Error::DamagedFile {
        which: which.into(),
    })?;
    if decryptor.is_scrypt() {
        Ok(())
    } else {
        Err(Error::DamagedFile {
            which: which.into(),
        })
    }
}

fn read_key_file(path: &Path, which: &str) -> Result<Vec<u8>, Error> {
    let file = match fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Error::MissingFile {
                which: which.into(),
            });
        }
        Err(e) => return Err(Error::from_io("read a key file", e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_KEY_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::from_io("read a key file", e))?;
    if bytes.len() as u64 > MAX_KEY_FILE {
        return Err(Error::DamagedFile {
            which: which.into(),
        });
    }
    Ok(bytes)
}

fn internal(action: &'static str, e: impl std::fmt::Display) -> Error {
    Error::Platform {
        action,
        source: io::Error::other(e.to_string()),
    }
}

/// The public halves of a format-2 vault's key slots: `keys/identity.age` is sealed to both,
/// and a rotation seals the next vault identity to the one it does not replace. They travel
/// inside the identity's own sealed text ([`encode_identity`]), never in clear: only someone
/// who held the vault identity can have written them.
#[derive(Clone)]
pub(super) struct Slots {
    pub(super) passphrase: x25519::Recipient,
    pub(super) recovery: x25519::Recipient,
    /// Whether the identity's text says that the index is authenticated ([`AUTHENTICATED_INDEX`],
    /// format 3). Every identity text Habeas writes since says so; one read without it is a
    /// format-2 vault's, not yet migrated.
    pub(super) authenticated_index: bool,
}

const PASSPHRASE_SLOT: &str = "# passphrase-slot: ";
const RECOVERY_SLOT: &str = "# recovery-slot: ";

/// The line of an identity text saying that every index file carries a tag under the key
/// derived from this identity (format 3, issue 16.5). It lives here, sealed with the identity,
/// because `vault.json` is not authenticated: someone who set its version back to 2 to get
/// untagged records read would still meet this line, which only a holder of the identity can
/// have written (or removed).
const AUTHENTICATED_INDEX: &str = "# index: authenticated";

/// The text of a format-2 identity file (`keys/identity.age`, a device key file, the rotation's
/// `previous.age`): comment lines naming the key slots, then the identity. An age identity file
/// may carry `#` comments, so the stock tool takes it as is: `age -d -i identity.txt`.
pub(super) fn encode_identity(identity: &x25519::Identity, slots: &Slots) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "# Habeas vault identity (docs/vault-format.md)\n{PASSPHRASE_SLOT}{}\n{RECOVERY_SLOT}{}\n{AUTHENTICATED_INDEX}\n{}\n",
        slots.passphrase,
        slots.recovery,
        identity.to_string().expose_secret()
    ))
}

/// Reads [`encode_identity`]'s text (or a bare identity, with `None` for the slots).
pub(super) fn decode_identity(text: &str) -> Option<(x25519::Identity, Option<Slots>)> {
    let mut identity = None;
    let (mut passphrase, mut recovery) = (None, None);
    let mut authenticated_index = false;
    for line in text.lines().map(str::trim_end) {
        if line == AUTHENTICATED_INDEX {
            authenticated_index = true;
        } else if let Some(r) = line.strip_prefix(PASSPHRASE_SLOT) {
            passphrase = Some(r.parse().ok()?);
        } else if let Some(r) = line.strip_prefix(RECOVERY_SLOT) {
            recovery = Some(r.parse().ok()?);
        } else if line.is_empty() || line.starts_with('#') {
        } else if identity.is_none() {
            identity = Some(x25519::Identity::from_str(line).ok()?);
        } else {
            return None;
        }
    }
    let slots = match (passphrase, recovery) {
        (Some(passphrase), Some(recovery)) => Some(Slots {
            passphrase,
            recovery,
            authenticated_index,
        }),
        (None, None) => None,
        _ => return None,
    };
    Some((identity?, slots))
}

/// `keys/identity.age`: the vault identity and its slots, sealed to both slots' recipients (one
/// age file, one stanza per slot).
pub(super) fn seal_vault_identity(
    identity: &x25519::Identity,
    slots: &Slots,
) -> Result<Vec<u8>, Error> {
    let recipients = [
        &slots.passphrase as &dyn age::Recipient,
        &slots.recovery as &dyn age::Recipient,
    ];
    let encryptor = age::Encryptor::with_recipients(recipients.into_iter())
        .map_err(|e| internal("prepare the identity file", e))?;
    let mut out = Vec::with_capacity(1024);
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|e| internal("encrypt the identity file", e))?;
    writer
        .write_all(encode_identity(identity, slots).as_bytes())
        .map_err(|e| internal("encrypt the identity file", e))?;
    writer
        .finish()
        .map_err(|e| internal("encrypt the identity file", e))?;
    Ok(out)
}

/// Opens an identity file (`keys/identity.age`, a device key file, `previous.age`) with `key`
/// and reads it: the identity, and the slots it names (`None` in a format-1 device file).
pub(super) fn open_vault_identity(
    bytes: &[u8],
    which: &str,
    key: &x25519::Identity,
) -> Result<(x25519::Identity, Option<Slots>), Error> {
    let plaintext = crate::files::sealed::open(key, bytes, which)?;
    std::str::from_utf8(&plaintext)
        .ok()
        .and_then(decode_identity)
        .ok_or_else(|| Error::DamagedFile {
            which: which.into(),
        })
}

/// Reads a key file of the vault (at most 64 KiB), [`Error::MissingFile`] naming `which`.
pub(super) fn read(path: &Path, which: &str) -> Result<Vec<u8>, Error> {
    read_key_file(path, which)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_text_round_trips_with_its_slots_and_is_an_age_identity_file() {
        let identity = x25519::Identity::generate();
        let slots = Slots {
            passphrase: x25519::Identity::generate().to_public(),
            recovery: x25519::Identity::generate().to_public(),
            authenticated_index: false,
        };
        let text = encode_identity(&identity, &slots);
        let (back, read) = decode_identity(&text).unwrap();
        assert_eq!(back.to_public(), identity.to_public());
        let read = read.unwrap();
        assert_eq!(read.passphrase, slots.passphrase);
        assert_eq!(read.recovery, slots.recovery);
        // Written by this version: the index is authenticated, whatever the slots said.
        assert!(read.authenticated_index);
        let format_2 = text.replace(&format!("{AUTHENTICATED_INDEX}\n"), "");
        assert!(
            !decode_identity(&format_2)
                .unwrap()
                .1
                .unwrap()
                .authenticated_index
        );
        // The age crate's identity-file reader (the stock tool's format) takes it too.
        let file = age::IdentityFile::from_buffer(text.as_bytes()).unwrap();
        assert_eq!(file.into_identities().unwrap().len(), 1);
        // A bare v1 identity has no slots; two identities, or one slot alone, are refused.
        let bare = format!("{}\n", identity.to_string().expose_secret());
        assert!(decode_identity(&bare).unwrap().1.is_none());
        assert!(decode_identity(&format!("{bare}{bare}")).is_none());
        let one_slot = format!("{PASSPHRASE_SLOT}{}\n{bare}", slots.passphrase);
        assert!(decode_identity(&one_slot).is_none());
    }
}
