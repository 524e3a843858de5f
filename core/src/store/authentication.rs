//! Authenticating the index against whoever knows only the vault's public recipient (issue 16.5).
//!
//! Every index file is an age file to the vault's one X25519 recipient, and age authenticates
//! nothing against a sender who knows that recipient: `vault init --json` prints it, so anyone who
//! can write to the folder could add a journal record moving a deadline, or replace the snapshot.
//! So every journal record and the snapshot also carry an HMAC-SHA256 tag under the *index key*,
//! derived from the vault identity's secret (docs/vault-format.md, "Authenticating the index"):
//! only a holder of the identity can make a record that opens.
//!
//! The key is the same for every process that holds the identity, so records appended by another
//! device of the same vault (issue 20, a journal per device) authenticate the same way; each
//! record's tag covers its own number, and a per-device journal will put its device in the magic
//! line it covers. A rotation makes a new identity, hence a new key: it writes the new snapshot
//! with the new key and drops the journal (`vault::rotation`), so nothing tagged with the old
//! key is read afterwards.

use age::secrecy::ExposeSecret;
use age::x25519;
use ring::{hkdf, hmac};

/// HKDF-SHA256's salt and info (RFC 5869): fixed, and naming what the key is for, so that no
/// other use of the identity's secret can give the same key.
const HKDF_SALT: &[u8] = b"habeas-vault";
const HKDF_INFO: &[u8] = b"habeas index authentication v1";

/// Length of an HMAC-SHA256 tag.
pub(super) const TAG_LEN: usize = 32;

/// Ends the plaintext of an authenticated snapshot, before its tag. SQLite reads a database's
/// size from its header and ignores bytes past the last page (`lockBtree` in btree.c accepts a
/// file longer than the header's page count), so a decrypted snapshot still opens in any SQLite
/// shell.
const SNAPSHOT_TRAILER: &[u8] = b"\nhabeas-index-mac-v1\n";

/// The key that authenticates this vault's index files.
pub(crate) struct IndexKey(hmac::Key);

impl std::fmt::Debug for IndexKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IndexKey(…)")
    }
}

struct KeyLen;

impl hkdf::KeyType for KeyLen {
    fn len(&self) -> usize {
        TAG_LEN
    }
}

impl IndexKey {
    /// HKDF-SHA256 of the identity's secret, in age's text form (`AGE-SECRET-KEY-1…`, a
    /// one-to-one encoding of its 32 bytes).
    pub(crate) fn derive(identity: &x25519::Identity) -> IndexKey {
        let secret = identity.to_string();
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, HKDF_SALT)
            .extract(secret.expose_secret().as_bytes());
        let mut bytes = zeroize::Zeroizing::new([0u8; TAG_LEN]);
        // `expand` fails only for an output longer than 255 hashes, and `fill` only for a
        // buffer of another length than `KeyLen`: neither can happen here.
        let filled = prk
            .expand(&[HKDF_INFO], KeyLen)
            .and_then(|okm| okm.fill(&mut bytes[..]));
        debug_assert!(filled.is_ok());
        IndexKey(hmac::Key::new(hmac::HMAC_SHA256, &bytes[..]))
    }

    /// The tag of `data`.
    pub(super) fn tag(&self, data: &[u8]) -> hmac::Tag {
        hmac::sign(&self.0, data)
    }

    /// Whether `tag` is `data`'s (compared in constant time).
    pub(super) fn verifies(&self, data: &[u8], tag: &[u8]) -> bool {
        hmac::verify(&self.0, data, tag).is_ok()
    }

    /// The snapshot's plaintext: the database image, the trailer, and the tag of both.
    pub(super) fn seal_snapshot(&self, image: &[u8]) -> zeroize::Zeroizing<Vec<u8>> {
        let mut out = zeroize::Zeroizing::new(Vec::with_capacity(
            image.len() + SNAPSHOT_TRAILER.len() + TAG_LEN,
        ));
        out.extend_from_slice(image);
        out.extend_from_slice(SNAPSHOT_TRAILER);
        let tag = self.tag(&out);
        out.extend_from_slice(tag.as_ref());
        out
    }
}

/// What a snapshot's plaintext says of its authentication.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Snapshot<'a> {
    /// It carries a trailer whose tag is right: the image.
    Authentic(&'a [u8]),
    /// It carries no trailer (written before format 3): the whole plaintext is the image.
    Unauthenticated(&'a [u8]),
    /// It carries a trailer whose tag is wrong.
    Forged,
}

/// Reads a snapshot's plaintext ([`IndexKey::seal_snapshot`]).
pub(super) fn open_snapshot<'a>(key: &IndexKey, plaintext: &'a [u8]) -> Snapshot<'a> {
    let Some(split) = plaintext.len().checked_sub(TAG_LEN) else {
        return Snapshot::Unauthenticated(plaintext);
    };
    let (covered, tag) = plaintext.split_at(split);
    match covered.strip_suffix(SNAPSHOT_TRAILER) {
        Some(image) if key.verifies(covered, tag) => Snapshot::Authentic(image),
        Some(_) => Snapshot::Forged,
        None => Snapshot::Unauthenticated(plaintext),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_follows_the_identity_and_a_snapshot_tag_binds_the_image() {
        let identity = x25519::Identity::generate();
        let key = IndexKey::derive(&identity);
        let again = IndexKey::derive(&identity);
        let other = IndexKey::derive(&x25519::Identity::generate());
        let sealed = key.seal_snapshot(b"SQLite format 3\0 and pages");
        assert_eq!(
            open_snapshot(&again, &sealed),
            Snapshot::Authentic(b"SQLite format 3\0 and pages")
        );
        assert_eq!(open_snapshot(&other, &sealed), Snapshot::Forged);
        let mut altered = sealed.to_vec();
        altered[3] ^= 1;
        assert_eq!(open_snapshot(&key, &altered), Snapshot::Forged);
        assert_eq!(
            open_snapshot(&key, b"SQLite format 3\0 no trailer"),
            Snapshot::Unauthenticated(b"SQLite format 3\0 no trailer")
        );
        assert_eq!(
            open_snapshot(&key, b"short"),
            Snapshot::Unauthenticated(b"short")
        );
    }
}
