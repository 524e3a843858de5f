//! The vault's sharing identity (docs/sharing-format.md): an age X25519 identity that shared
//! files are encrypted to, and an Ed25519 key that signs what this vault shares.
//!
//! It is not the vault identity: the vault identity's recipient lets anyone write files the
//! vault would read as its own, so it is never shown. The sharing keys are made the first time
//! they are needed and kept in the index (table `settings`, key `sharing_identity`), sealed in
//! the journal and snapshot like every case. The index is re-sealed, not re-made, when a change
//! of secret rotates the vault identity (`vault::rotation`), so the sharing identity survives it
//! and the vault format does not change.

use std::str::FromStr;

use age::secrecy::ExposeSecret;
use age::x25519;
use ring::signature::{self, Ed25519KeyPair, KeyPair};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::files::{hex, random_bytes};
use crate::store::rusqlite::OptionalExtension;
use crate::store::Store;
use crate::Error;

/// The setting holding the secret keys (JSON, [`Stored`]).
const IDENTITY_KEY: &str = "sharing_identity";

/// The start of a public sharing identity's text.
const TEXT_PREFIX: &str = "habeas1";

/// The secret keys, as stored. No `Debug`: it holds secrets.
#[derive(Serialize, Deserialize)]
struct Stored {
    /// The age identity (`AGE-SECRET-KEY-1…`).
    x25519: String,
    /// The Ed25519 seed, 32 bytes in hex.
    ed25519_seed: String,
}

/// This vault's sharing keys, unlocked with the vault. Dropping them wipes the secrets (age's
/// identity zeroizes itself; the seed is held in a `Zeroizing`).
pub struct SharingKeys {
    x25519: x25519::Identity,
    seed: Zeroizing<[u8; 32]>,
    public: PublicIdentity,
}

impl std::fmt::Debug for SharingKeys {
    /// The public half only: the secrets never reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharingKeys")
            .field("public", &self.public)
            .finish_non_exhaustive()
    }
}

impl SharingKeys {
    fn from_parts(x25519: x25519::Identity, seed: Zeroizing<[u8; 32]>) -> Result<Self, Error> {
        let pair = Ed25519KeyPair::from_seed_unchecked(seed.as_ref()).map_err(|_| internal())?;
        let mut verifying = [0u8; 32];
        verifying.copy_from_slice(pair.public_key().as_ref());
        let public = PublicIdentity {
            recipient: x25519.to_public(),
            verifying,
        };
        Ok(Self {
            x25519,
            seed,
            public,
        })
    }

    /// The public half: what co-counsel need to share with this vault and to check what it sends.
    #[must_use]
    pub fn public(&self) -> &PublicIdentity {
        &self.public
    }

    /// The age identity shared files to this vault are encrypted to.
    pub(crate) fn age_identity(&self) -> &x25519::Identity {
        &self.x25519
    }

    /// Signs `message` with the Ed25519 key (RFC 8032; ring's implementation).
    pub(crate) fn sign(&self, message: &[u8]) -> Result<[u8; 64], Error> {
        let pair =
            Ed25519KeyPair::from_seed_unchecked(self.seed.as_ref()).map_err(|_| internal())?;
        let mut out = [0u8; 64];
        out.copy_from_slice(pair.sign(message).as_ref());
        Ok(out)
    }
}

fn internal() -> Error {
    Error::Internal {
        what: "the sharing keys could not be read".into(),
    }
}

/// The public sharing identity of a vault: its age recipient and its Ed25519 verifying key.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicIdentity {
    recipient: x25519::Recipient,
    verifying: [u8; 32],
}

impl std::fmt::Debug for PublicIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl PublicIdentity {
    /// The age recipient (`age1…`): the stock `age -r` encrypts to it.
    #[must_use]
    pub fn recipient(&self) -> &x25519::Recipient {
        &self.recipient
    }

    /// Checks an Ed25519 signature of `message` by this identity.
    pub(crate) fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        signature::UnparsedPublicKey::new(&signature::ED25519, &self.verifying)
            .verify(message, signature)
            .is_ok()
    }

    fn body(&self) -> String {
        format!("{TEXT_PREFIX}-{}-{}", self.recipient, hex(&self.verifying))
    }

    /// The identity as one line of text, to send by any channel: `habeas1-<age recipient>-<the
    /// verifying key in hex>-<checksum>`, the checksum being the first 4 bytes of the SHA-256 of
    /// what precedes it, so a character lost or changed in copying is caught.
    #[must_use]
    pub fn to_text(&self) -> String {
        let body = self.body();
        let sum = Sha256::digest(body.as_bytes());
        format!("{body}-{}", hex(&sum[..4]))
    }

    /// Reads [`PublicIdentity::to_text`]'s text (spaces and line breaks anywhere are ignored, and
    /// capitals read as small letters, so a text wrapped by a mail program still reads).
    ///
    /// # Errors
    /// [`Error::InvalidInput`] if it is not one, or its checksum does not match.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let refused = |reason: &str| Error::InvalidInput {
            field: "Sharing identity",
            reason: reason.to_owned(),
        };
        let text: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        let parts: Vec<&str> = text.split('-').collect();
        let [prefix, recipient, verifying, sum] = parts.as_slice() else {
            return Err(refused(
                "this is not a Habeas sharing identity (it starts with habeas1- and has four parts)",
            ));
        };
        if *prefix != TEXT_PREFIX {
            return Err(refused(
                "this is not a Habeas sharing identity, or one from a newer Habeas",
            ));
        }
        let recipient = x25519::Recipient::from_str(recipient)
            .map_err(|_| refused("its first key is damaged: copy the whole text again"))?;
        let bytes = unhex(verifying)
            .filter(|b| b.len() == 32)
            .ok_or_else(|| refused("its second key is damaged: copy the whole text again"))?;
        let mut key = [0u8; 32];
        key.copy_from_slice(&bytes);
        let public = Self {
            recipient,
            verifying: key,
        };
        let body = public.body();
        if hex(&Sha256::digest(body.as_bytes())[..4]) != *sum {
            return Err(refused(
                "its checksum does not match: a character was lost or changed in copying. Copy \
                 the whole text again",
            ));
        }
        Ok(public)
    }

    /// A fingerprint a person can read over the phone: 30 digits in six groups of five, from the
    /// SHA-256 of both public keys (about 99 bits: finding another identity with the same
    /// fingerprint is out of reach). Compare it with what the other side reads out.
    #[must_use]
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::digest(format!("habeas-share-fingerprint\n{}", self.body()));
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        let number = u128::from_be_bytes(first) % 10u128.pow(30);
        let digits = format!("{number:030}");
        digits
            .as_bytes()
            .chunks(5)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn qr(&self) -> Result<qrcode::QrCode, Error> {
        qrcode::QrCode::with_error_correction_level(self.to_text().as_bytes(), qrcode::EcLevel::M)
            .map_err(|e| Error::Internal {
                what: format!("QR code of the sharing identity: {e}"),
            })
    }

    /// The text as a QR code's modules, row by row (`true`: dark; error correction M, as the
    /// recovery sheet's).
    ///
    /// # Errors
    /// [`Error::Internal`] if the text does not fit a QR code (it always does: about 150 bytes).
    pub fn qr_modules(&self) -> Result<Vec<Vec<bool>>, Error> {
        let code = self.qr()?;
        let width = code.width();
        let colors = code.to_colors();
        Ok(colors
            .chunks(width.max(1))
            .map(|row| row.iter().map(|c| *c == qrcode::Color::Dark).collect())
            .collect())
    }

    /// The text as a QR code, in SVG.
    ///
    /// # Errors
    /// As [`PublicIdentity::qr_modules`].
    pub fn qr_svg(&self) -> Result<String, Error> {
        Ok(self
            .qr()?
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build())
    }
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// This vault's sharing keys, if they were ever made (reading never makes them: receiving a
/// file must change nothing in the vault).
///
/// # Errors
/// [`Error::Internal`] if the stored keys do not read; I/O errors of the index.
pub fn load(store: &Store) -> Result<Option<SharingKeys>, Error> {
    let value: Option<String> = store.read(|db| {
        db.query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [IDENTITY_KEY],
            |r| r.get(0),
        )
        .optional()
    })?;
    let Some(value) = value.map(Zeroizing::new) else {
        return Ok(None);
    };
    let stored: Stored = serde_json::from_str(&value).map_err(|_| internal())?;
    let secret = Zeroizing::new(stored.x25519);
    let seed_hex = Zeroizing::new(stored.ed25519_seed);
    let identity = x25519::Identity::from_str(&secret).map_err(|_| internal())?;
    let bytes = Zeroizing::new(unhex(&seed_hex).ok_or_else(internal)?);
    if bytes.len() != 32 {
        return Err(internal());
    }
    let mut seed = Zeroizing::new([0u8; 32]);
    seed.copy_from_slice(&bytes);
    SharingKeys::from_parts(identity, seed).map(Some)
}

/// This vault's sharing keys, made and saved (one journal record) the first time.
///
/// # Errors
/// Those of [`load`]; I/O errors of saving.
pub fn load_or_create(store: &mut Store) -> Result<SharingKeys, Error> {
    if let Some(keys) = load(store)? {
        return Ok(keys);
    }
    generate_and_save(store)
}

/// Makes new sharing keys and saves them in place of the old ones, which are forgotten in the
/// same save (`revocation::revoke`, after it has signed with the old key).
///
/// # Errors
/// I/O errors of saving.
pub(crate) fn replace(store: &mut Store) -> Result<SharingKeys, Error> {
    generate_and_save(store)
}

fn generate_and_save(store: &mut Store) -> Result<SharingKeys, Error> {
    let identity = x25519::Identity::generate();
    let seed = random_bytes::<32>()?;
    let stored = Zeroizing::new(
        serde_json::to_string(&Stored {
            x25519: identity.to_string().expose_secret().to_owned(),
            ed25519_seed: hex(seed.as_ref()),
        })
        .map_err(|_| internal())?,
    );
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [IDENTITY_KEY, stored.as_str()],
        )
    })?;
    SharingKeys::from_parts(identity, seed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some_identity() -> PublicIdentity {
        let seed = Zeroizing::new([7u8; 32]);
        SharingKeys::from_parts(x25519::Identity::generate(), seed)
            .unwrap()
            .public
    }

    #[test]
    fn the_text_round_trips_and_a_changed_character_is_caught() {
        let public = some_identity();
        let text = public.to_text();
        assert!(text.starts_with("habeas1-age1"), "{text}");
        assert_eq!(PublicIdentity::parse(&text).unwrap(), public);
        // Wrapped and upper-cased by a mail program: still read.
        let wrapped = format!("{}\n  {}", &text[..50], text[50..].to_uppercase());
        assert_eq!(PublicIdentity::parse(&wrapped).unwrap(), public);
        // One hex digit of the verifying key changed: the checksum catches it.
        let i = text.rfind('-').unwrap() - 3;
        let mut changed = text.clone().into_bytes();
        changed[i] = if changed[i] == b'0' { b'1' } else { b'0' };
        let err = PublicIdentity::parse(&String::from_utf8(changed).unwrap()).unwrap_err();
        assert!(err.to_string().contains("checksum"), "{err}");
    }

    #[test]
    fn the_fingerprint_is_six_groups_of_five_digits_and_differs_between_identities() {
        let a = some_identity();
        let fp = a.fingerprint();
        assert_eq!(fp.len(), 35, "{fp}");
        assert!(fp
            .split(' ')
            .all(|g| g.len() == 5 && g.bytes().all(|b| b.is_ascii_digit())));
        assert_ne!(fp, some_identity().fingerprint());
        assert!(a.qr_svg().unwrap().starts_with("<?xml"));
        let modules = a.qr_modules().unwrap();
        assert!(modules.len() >= 21 && modules.iter().all(|r| r.len() == modules.len()));
    }

    #[test]
    fn a_signature_verifies_only_for_its_message() {
        let keys =
            SharingKeys::from_parts(x25519::Identity::generate(), Zeroizing::new([9; 32])).unwrap();
        let sig = keys.sign(b"manifest").unwrap();
        assert!(keys.public().verifies(b"manifest", &sig));
        assert!(!keys.public().verifies(b"manifesto", &sig));
    }
}
