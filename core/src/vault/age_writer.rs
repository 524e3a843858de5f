//! Writing age v1 files for evidence intake, with the payload sealed by `ring`.
//!
//! The `age` crate's own writer seals with the portable ChaCha20-Poly1305 of RustCrypto, which
//! on this project's reference machine runs at about half the speed of the assembly that Go's
//! `age` and `ring` use (BENCHMARKS.md). Intake of a large file is bound by that cipher, so the
//! blob path writes the same format itself:
//!
//! - the header is the `age` crate's: its X25519 recipient wraps a fresh 128-bit file key into
//!   the stanza, and the header's HMAC-SHA-256 is computed here exactly as the age spec says
//!   (key `HKDF-SHA-256(ikm = file key, salt = empty, info = "header")` over every byte from
//!   `age-encryption.org/v1` up to and including `---`);
//! - the payload is a random 16-byte nonce, then STREAM: ChaCha20-Poly1305 under
//!   `HKDF-SHA-256(ikm = file key, salt = nonce, info = "payload")`, 64 KiB chunks each followed
//!   by its 16-byte tag, the 12-byte chunk nonce an 11-byte big-endian counter and a last-chunk
//!   flag byte. Only the last chunk may be short, and it is empty only when the file is.
//!
//! Nothing here decrypts a payload: reading stays with the `age` crate, and the tests check every
//! chunk and piece boundary against both it and Debian's Go `age` (`core/tests/vault.rs`).
//!
//! [`rewrap`] gives an existing file a new header for another recipient around the same file
//! key, for a rotation of the vault identity: the `age` crate keeps its header type private, so
//! the header is read with `age_core`'s stanza parser, the key unwrapped by the crate's
//! `Identity::unwrap_stanzas`, and the new header written as above.

use age::x25519;
use age_core::format::{FileKey, Stanza};
use age_core::secrecy::ExposeSecret;
use base64::{prelude::BASE64_STANDARD_NO_PAD, Engine};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use ring::hmac;
use zeroize::Zeroizing;

use crate::Error;

/// Plaintext bytes per STREAM chunk (age v1).
pub(super) const CHUNK: usize = 64 * 1024;
/// The length of the header [`begin`] and [`rewrap`] write (one X25519 stanza): whatever the
/// recipient, so a re-wrapped header fits exactly where the old one was.
pub(super) const X25519_HEADER_LEN: usize = 168;
/// Bytes a chunk grows by when sealed: its Poly1305 tag.
const TAG: usize = 16;

/// What binds an evidence record to its blob (issue 16.5): `SHA-256("habeas-blob-key-v1\n" ||
/// file key)`, lower-case hex. Every blob is an age file to the vault's public recipient, which
/// anyone may know, so a blob put in another's place would decrypt and play as that item; its
/// file key, though, is its own and random, and a rotation re-wraps it unchanged
/// ([`rewrap`]). The record keeps this commitment inside the authenticated index, and opening
/// the blob checks the file key found in its header against it; the payload's STREAM then
/// authenticates every byte under that key. A hash of a random 128-bit key reveals nothing of
/// it, and it is stored only inside the encrypted index anyway.
pub(super) fn key_commitment(file_key: &FileKey) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(b"habeas-blob-key-v1\n");
    hasher.update(file_key.expose_secret());
    crate::files::hex(&hasher.finalize())
}

/// The start of a new age file for `recipient` (header and payload nonce), the sealer for its
/// payload and the commitment to its file key ([`key_commitment`]).
pub(super) fn begin(
    recipient: &x25519::Recipient,
) -> Result<(Vec<u8>, PayloadSealer, String), Error> {
    let key_bytes = crate::files::random_bytes::<16>()?;
    let file_key = FileKey::init_with_mut(|k| k.copy_from_slice(key_bytes.as_ref()));
    let commitment = key_commitment(&file_key);
    let payload_nonce = *crate::files::random_bytes::<16>()?;
    let mut out = header(recipient, &file_key)?;
    out.extend_from_slice(&payload_nonce);

    let payload_key = Zeroizing::new(age_core::primitives::hkdf(
        &payload_nonce,
        b"payload",
        file_key.expose_secret(),
    ));
    let key = UnboundKey::new(&CHACHA20_POLY1305, payload_key.as_ref())
        .map_err(|_| encrypt_err("the payload key was refused".into()))?;
    Ok((
        out,
        PayloadSealer {
            key: LessSafeKey::new(key),
            counter: 0,
            pending: Zeroizing::new(Vec::with_capacity(CHUNK)),
            finished: false,
        },
        commitment,
    ))
}

fn encrypt_err(what: String) -> Error {
    Error::Io {
        action: "encrypt",
        source: std::io::Error::other(what),
    }
}

/// The header of an age file whose payload is under `file_key`, for `recipient`: the version
/// line, the X25519 stanza the `age` crate wraps, `---` and the header MAC, up to and including
/// its newline (age spec, "Header").
fn header(recipient: &x25519::Recipient, file_key: &FileKey) -> Result<Vec<u8>, Error> {
    let (stanzas, _labels) = age::Recipient::wrap_file_key(recipient, file_key)
        .map_err(|e| encrypt_err(e.to_string()))?;
    let mut out = VERSION_LINE.to_vec();
    for stanza in &stanzas {
        write_stanza(&mut out, stanza);
    }
    out.extend_from_slice(b"---");
    let mac = hmac::sign(&header_mac_key(file_key), &out);
    out.push(b' ');
    out.extend_from_slice(BASE64_STANDARD_NO_PAD.encode(mac.as_ref()).as_bytes());
    out.push(b'\n');
    Ok(out)
}

const VERSION_LINE: &[u8] = b"age-encryption.org/v1\n";

/// The header MAC's key: `HKDF-SHA-256(ikm = file key, salt = empty, info = "header")`; the MAC
/// is HMAC-SHA-256 over every header byte from the version line up to and including `---`
/// (age spec, "Header").
fn header_mac_key(file_key: &FileKey) -> hmac::Key {
    let mac_key = Zeroizing::new(age_core::primitives::hkdf(
        &[],
        b"header",
        file_key.expose_secret(),
    ));
    hmac::Key::new(hmac::HMAC_SHA256, mac_key.as_ref())
}

/// The length of the age v1 header at the start of `start` (version line, stanzas, MAC line),
/// if it is one.
pub(super) fn header_len(start: &[u8]) -> Option<usize> {
    let mut rest = start.strip_prefix(VERSION_LINE)?;
    while rest.starts_with(b"->") {
        rest = age_core::format::read::age_stanza(rest).ok()?.0;
    }
    let mac_text = rest.strip_prefix(b"--- ")?;
    (mac_text.get(43) == Some(&b'\n')).then_some(start.len() - rest.len() + 4 + 43 + 1)
}

/// What [`rewrap`] found at the start of an age file.
pub(super) enum Rewrapped {
    /// The header already wraps the file key to the new identity: nothing to write.
    AlreadyNew,
    /// The header for the new recipient, and the length of the old header it replaces (the
    /// payload after it is kept byte for byte).
    Header { header: Vec<u8>, replaces: usize },
}

/// Re-wraps an age file's key from `old` to `new`, given the file's first bytes (`start`, at
/// least the whole header): the header is parsed with `age_core`'s stanza reader, the file key
/// unwrapped by `old` (or found already wrapped to `new`) and the old header's MAC checked
/// under it; the new header wraps the same file key to `new` with a fresh X25519 stanza and MAC.
/// The payload (nonce and STREAM) depends only on the file key, so it stays valid unchanged:
/// this is how a rotation of the vault identity re-keys gigabytes of evidence by rewriting a
/// few hundred bytes per file (docs/vault-format.md, "Rotation").
///
/// Returns `None` for anything that is not a well-formed age v1 header whose key `old` or
/// `new` unwraps and whose MAC verifies.
pub(super) fn rewrap(
    start: &[u8],
    old: &x25519::Identity,
    new: &x25519::Identity,
) -> Option<Result<Rewrapped, Error>> {
    let header = ParsedHeader::read(start)?;
    if header.file_key(new).is_some() {
        return Some(Ok(Rewrapped::AlreadyNew));
    }
    let file_key = header.file_key(old)?;
    Some(
        self::header(&new.to_public(), &file_key).map(|header_bytes| Rewrapped::Header {
            header: header_bytes,
            replaces: header.len,
        }),
    )
}

/// The [`key_commitment`] of the age file starting with `start` (at least its whole header),
/// if `identity` unwraps its file key and the header's MAC verifies under it.
pub(super) fn commitment_of(start: &[u8], identity: &x25519::Identity) -> Option<String> {
    let header = ParsedHeader::read(start)?;
    header.file_key(identity).map(|key| key_commitment(&key))
}

/// An age v1 header read with `age_core`'s stanza parser.
struct ParsedHeader<'a> {
    stanzas: Vec<Stanza>,
    /// Every byte from the version line up to and including `---`: what the MAC covers.
    covered: &'a [u8],
    mac: Vec<u8>,
    /// The whole header's length, MAC line included.
    len: usize,
}

impl<'a> ParsedHeader<'a> {
    fn read(start: &'a [u8]) -> Option<Self> {
        let mut rest = start.strip_prefix(VERSION_LINE)?;
        let mut stanzas = Vec::new();
        while rest.starts_with(b"->") {
            let (after, stanza) = age_core::format::read::age_stanza(rest).ok()?;
            stanzas.push(Stanza::from(stanza));
            rest = after;
        }
        let dashes_end = start.len() - rest.len() + 3;
        let mac_text = rest.strip_prefix(b"--- ")?;
        // A MAC of 32 bytes is 43 characters of unpadded base64, then the newline.
        let encoded = mac_text.get(..43)?;
        if mac_text.get(43) != Some(&b'\n') {
            return None;
        }
        Some(ParsedHeader {
            stanzas,
            covered: start.get(..dashes_end)?,
            mac: BASE64_STANDARD_NO_PAD.decode(encoded).ok()?,
            len: dashes_end + 1 + 43 + 1,
        })
    }

    /// The file key, if `identity` unwraps it and the header's MAC verifies under it.
    fn file_key(&self, identity: &x25519::Identity) -> Option<FileKey> {
        let file_key = age::Identity::unwrap_stanzas(identity, &self.stanzas)?.ok()?;
        // Constant-time comparison (ring).
        hmac::verify(&header_mac_key(&file_key), self.covered, &self.mac).ok()?;
        Some(file_key)
    }
}

/// `-> type args…` then the body in base64 without padding, in lines of 64 characters, the
/// last one shorter (empty if need be).
fn write_stanza(out: &mut Vec<u8>, stanza: &Stanza) {
    out.extend_from_slice(b"->");
    for word in std::iter::once(&stanza.tag).chain(&stanza.args) {
        out.push(b' ');
        out.extend_from_slice(word.as_bytes());
    }
    out.push(b'\n');
    let body = BASE64_STANDARD_NO_PAD.encode(&stanza.body);
    let mut rest = body.as_bytes();
    while rest.len() >= 64 {
        out.extend_from_slice(&rest[..64]);
        out.push(b'\n');
        rest = &rest[64..];
    }
    out.extend_from_slice(rest);
    out.push(b'\n');
}

/// Seals a payload a piece at a time into ciphertext buffers. It keeps back at most one chunk,
/// because only the next bytes (or [`PayloadSealer::finish`]) tell whether a chunk is the last.
pub(super) struct PayloadSealer {
    key: LessSafeKey,
    counter: u64,
    pending: Zeroizing<Vec<u8>>,
    finished: bool,
}

impl std::fmt::Debug for PayloadSealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PayloadSealer")
            .field("counter", &self.counter)
            .finish_non_exhaustive()
    }
}

/// The ciphertext size of `chunks` full chunks: what to reserve for a piece of that many.
pub(super) const fn sealed_len(chunks: usize) -> usize {
    chunks * (CHUNK + TAG)
}

impl PayloadSealer {
    /// Appends to `out` the sealed form of every whole chunk of `data` (and of what was kept
    /// back) that is known not to be the last.
    pub(super) fn push(&mut self, mut data: &[u8], out: &mut Vec<u8>) -> Result<(), Error> {
        debug_assert!(!self.finished);
        while !data.is_empty() {
            if self.pending.len() == CHUNK {
                seal(&self.key, &mut self.counter, &self.pending, false, out)?;
                self.pending.clear();
            }
            if self.pending.is_empty() && data.len() > CHUNK {
                seal(&self.key, &mut self.counter, &data[..CHUNK], false, out)?;
                data = &data[CHUNK..];
                continue;
            }
            let take = (CHUNK - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
        Ok(())
    }

    /// Appends the last chunk (what was kept back; empty if the whole payload is).
    pub(super) fn finish(&mut self, out: &mut Vec<u8>) -> Result<(), Error> {
        seal(&self.key, &mut self.counter, &self.pending, true, out)?;
        self.pending.clear();
        self.finished = true;
        Ok(())
    }
}

/// Appends `chunk` sealed as chunk number `counter` (then counts it) to `out`.
fn seal(
    key: &LessSafeKey,
    counter: &mut u64,
    chunk: &[u8],
    last: bool,
    out: &mut Vec<u8>,
) -> Result<(), Error> {
    let mut nonce = [0u8; 12];
    nonce[3..11].copy_from_slice(&counter.to_be_bytes());
    nonce[11] = u8::from(last);
    let start = out.len();
    out.extend_from_slice(chunk);
    let tag = key
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::empty(),
            &mut out[start..],
        )
        .map_err(|_| Error::Internal {
            what: "a chunk could not be sealed".into(),
        })?;
    out.extend_from_slice(tag.as_ref());
    // 2^64 chunks of 64 KiB is far beyond any disk; refuse rather than wrap.
    *counter = counter.checked_add(1).ok_or_else(|| Error::Internal {
        what: "the file is too large to encrypt".into(),
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn seal_all(recipient: &x25519::Recipient, data: &[u8], piece: usize) -> Vec<u8> {
        let (mut out, mut sealer, _) = begin(recipient).unwrap();
        for part in data.chunks(piece.max(1)) {
            sealer.push(part, &mut out).unwrap();
        }
        sealer.finish(&mut out).unwrap();
        out
    }

    fn open_all(identity: &x25519::Identity, file: &[u8]) -> Vec<u8> {
        let decryptor = age::Decryptor::new(file).unwrap();
        let mut reader = decryptor
            .decrypt(std::iter::once(identity as &dyn age::Identity))
            .unwrap();
        let mut plain = Vec::new();
        reader.read_to_end(&mut plain).unwrap();
        plain
    }

    #[test]
    fn the_age_crate_reads_what_is_written_at_every_boundary() {
        let identity = x25519::Identity::generate();
        let recipient = identity.to_public();
        for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17] {
            let data: Vec<u8> = (0..len).map(|i| (i * 7 + len).to_le_bytes()[0]).collect();
            for piece in [1000, CHUNK - 1, CHUNK, CHUNK + 1, 4 * CHUNK] {
                let file = seal_all(&recipient, &data, piece);
                let chunks = len.div_ceil(CHUNK).max(1);
                let header = file.len() - len - chunks * TAG;
                assert!((150..400).contains(&header), "len {len}: header {header}");
                assert_eq!(open_all(&identity, &file), data, "len {len}, piece {piece}");
            }
        }
    }

    #[test]
    fn a_chunk_marked_last_too_early_or_a_cut_file_is_refused() {
        let identity = x25519::Identity::generate();
        let recipient = identity.to_public();
        let data = vec![9u8; 2 * CHUNK];
        let file = seal_all(&recipient, &data, CHUNK);
        // Cut after the first chunk: its flag says "not last", so the reader must refuse.
        let cut = &file[..file.len() - (CHUNK + TAG)];
        let decryptor = age::Decryptor::new(cut).unwrap();
        let mut reader = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .unwrap();
        let mut plain = Vec::new();
        assert!(reader.read_to_end(&mut plain).is_err());
        // A flipped byte in the header's MAC: the header does not authenticate.
        let mut bad = file.clone();
        let dashes = bad.windows(4).position(|w| w == b"--- ").unwrap();
        bad[dashes + 5] ^= 1;
        let refused = age::Decryptor::new(&bad[..]).and_then(|d| {
            d.decrypt(std::iter::once(&identity as &dyn age::Identity))
                .map(|_| ())
        });
        assert!(refused.is_err());
    }

    fn rewrapped(file: &[u8], old: &x25519::Identity, new: &x25519::Identity) -> Vec<u8> {
        match rewrap(file, old, new).unwrap().unwrap() {
            Rewrapped::Header { header, replaces } => {
                let mut out = header;
                out.extend_from_slice(&file[replaces..]);
                out
            }
            Rewrapped::AlreadyNew => panic!("not rewrapped"),
        }
    }

    #[test]
    fn a_rewrapped_file_opens_with_the_new_identity_only() {
        let old = x25519::Identity::generate();
        let new = x25519::Identity::generate();
        for len in [0, 5, CHUNK + 3] {
            let data: Vec<u8> = (0..len).map(|i| (i * 3).to_le_bytes()[0]).collect();
            let file = seal_all(&old.to_public(), &data, CHUNK);
            let again = rewrapped(&file, &old, &new);
            assert_eq!(again.len(), file.len(), "an X25519 header keeps its length");
            // `--- `, 43 characters of MAC and a newline end the header.
            let payload = file.windows(4).position(|w| w == b"--- ").unwrap() + 48;
            // The size docs/vault-format.md gives, inside one 512-byte sector.
            assert_eq!(payload, X25519_HEADER_LEN);
            assert_eq!(again[payload..], file[payload..], "payload kept");
            assert_eq!(open_all(&new, &again), data);
            let refused = age::Decryptor::new(&again[..]).and_then(|d| {
                d.decrypt(std::iter::once(&old as &dyn age::Identity))
                    .map(|_| ())
            });
            assert!(refused.is_err(), "the old identity must not open it");
            assert!(matches!(
                rewrap(&again, &old, &new),
                Some(Ok(Rewrapped::AlreadyNew))
            ));
        }
    }

    #[test]
    fn rewrapping_refuses_a_foreign_or_forged_header() {
        let old = x25519::Identity::generate();
        let new = x25519::Identity::generate();
        let stranger = x25519::Identity::generate();
        let file = seal_all(&stranger.to_public(), b"not ours", 4);
        assert!(
            rewrap(&file, &old, &new).is_none(),
            "a key neither identity holds"
        );
        // Our key, but the MAC altered: not rewrapped (it would launder a forged header).
        let mut bad = seal_all(&old.to_public(), b"ours", 4);
        let dashes = bad.windows(4).position(|w| w == b"--- ").unwrap();
        bad[dashes + 6] ^= 1;
        assert!(rewrap(&bad, &old, &new).is_none());
        assert!(rewrap(b"age-encryption.org/v1\n-> X25519 abc\n", &old, &new).is_none());
        assert!(rewrap(b"not age at all", &old, &new).is_none());
    }

    #[test]
    fn each_file_has_its_own_key_and_nonce() {
        let recipient = x25519::Identity::generate().to_public();
        let a = seal_all(&recipient, b"same words", 4);
        let b = seal_all(&recipient, b"same words", 4);
        assert_ne!(a, b);
        assert_ne!(a[a.len() - 26..], b[b.len() - 26..]);
    }
}
