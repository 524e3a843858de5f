//! Revoking a sharing identity (issue 19.4; docs/sharing-format.md, "Revocation").
//!
//! When the user believes their sharing keys are compromised (a seized laptop, a vault folder
//! copied with its passphrase), [`revoke`] makes a new sharing identity and writes a
//! *revocation statement*: the old identity, the new one and the date, signed by the **old**
//! key. Only the holder of the old key can write it, so a contact who imports it
//! ([`import`]) knows it is genuine; from then on a package signed by the old key is refused
//! with the date ([`Error::ShareRevokedSender`]), and sharing to it is refused. The new identity
//! in the statement is *not* trusted by it: whoever stole the old key could write a statement
//! naming their own key, so the contact compares the new fingerprint by phone before adding it.

use base64::Engine;
use serde::{Deserialize, Serialize};

use super::identity::{self, PublicIdentity};
use super::IdentityCard;
use crate::store::rusqlite::OptionalExtension;
use crate::store::Store;
use crate::Error;

/// The first line of a statement; the version follows it.
const MAGIC: &str = "habeas-sharing-revocation";
/// The statement format this build writes and reads.
const VERSION: u32 = 1;
/// What the signature covers comes after this context, so a signature made for a shared file's
/// manifest can never pass as a revocation (and the reverse).
const SIGNING_CONTEXT: &[u8] = b"habeas-sharing-revocation/1\n";
/// Settings key prefix of the revocations imported (by the revoked key's fingerprint digits).
const PREFIX: &str = "sharing_revoked:";

/// A revocation, as made or as imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Revocation {
    /// The statement's text, to send to every contact.
    pub statement: String,
    /// The fingerprint of the identity revoked.
    pub revoked_fingerprint: String,
    /// When it was revoked (UTC, RFC 3339).
    pub revoked_at: String,
    /// The identity that replaces it (text), to compare by phone before trusting it.
    pub replaced_by: String,
    /// Its fingerprint.
    pub replaced_by_fingerprint: String,
    /// The contact who holds the revoked key, if the user named it (on import).
    pub contact: Option<String>,
}

/// What is kept of an imported revocation.
#[derive(Serialize, Deserialize)]
struct Stored {
    at: String,
    replaced_by: String,
}

fn key(public: &PublicIdentity) -> String {
    format!("{PREFIX}{}", public.fingerprint().replace(' ', ""))
}

fn body(old: &PublicIdentity, new: &PublicIdentity, at: &str) -> String {
    format!(
        "{MAGIC}\nversion {VERSION}\nrevoked {}\nreplaced-by {}\nat {at}\n",
        old.to_text(),
        new.to_text()
    )
}

fn signed(body: &str) -> Vec<u8> {
    let mut out = SIGNING_CONTEXT.to_vec();
    out.extend_from_slice(body.as_bytes());
    out
}

/// Makes a new sharing identity for this vault and returns the statement revoking the old one,
/// signed by the old key, with the new identity's card. The old keys are forgotten in the same
/// save: shared files made for the old identity no longer open here (ask for them again).
///
/// # Errors
/// I/O errors of the index.
pub fn revoke(store: &mut Store) -> Result<(Revocation, IdentityCard), Error> {
    let old = identity::load_or_create(store)?;
    let at = crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let new = identity::replace(store)?;
    let text = body(old.public(), new.public(), &at);
    let signature = old.sign(&signed(&text))?;
    let statement = format!(
        "{text}signature {}\n",
        base64::engine::general_purpose::STANDARD.encode(signature)
    );
    let card = super::identity_card(store)?;
    Ok((
        Revocation {
            statement,
            revoked_fingerprint: old.public().fingerprint(),
            revoked_at: at,
            replaced_by: new.public().to_text(),
            replaced_by_fingerprint: new.public().fingerprint(),
            contact: None,
        },
        card,
    ))
}

fn refused(reason: &str) -> Error {
    Error::InvalidInput {
        field: "Revocation statement",
        reason: reason.to_owned(),
    }
}

/// Reads and checks a statement: its form, and the signature by the key it revokes.
fn parse(statement: &str) -> Result<(PublicIdentity, PublicIdentity, String, String), Error> {
    // Mail programs turn line ends into CR LF and add blank lines around a pasted text.
    let lines: Vec<&str> = statement
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let field = |i: usize, name: &str| -> Result<String, Error> {
        lines
            .get(i)
            .and_then(|l| l.strip_prefix(name))
            .and_then(|l| l.strip_prefix(' '))
            .map(str::to_owned)
            .ok_or_else(|| {
                refused("this is not a whole Habeas revocation statement: copy all of it again")
            })
    };
    if lines.first() != Some(&MAGIC) {
        return Err(refused(
            "this is not a Habeas revocation statement: copy all of it again",
        ));
    }
    if field(1, "version")? != VERSION.to_string() {
        return Err(refused(
            "this statement was made by a newer Habeas: update Habeas, then import it again",
        ));
    }
    let old = PublicIdentity::parse(&field(2, "revoked")?)?;
    let new = PublicIdentity::parse(&field(3, "replaced-by")?)?;
    let at = field(4, "at")?;
    chrono::DateTime::parse_from_rfc3339(&at)
        .map_err(|_| refused("its date does not read: copy all of it again"))?;
    let signature = base64::engine::general_purpose::STANDARD
        .decode(field(5, "signature")?)
        .map_err(|_| refused("its signature is damaged: copy all of it again"))?;
    if lines.len() != 6 || !old.verifies(&signed(&body(&old, &new, &at)), &signature) {
        return Err(refused(
            "its signature does not match: it was altered, or not made by the key it revokes. \
             Do not trust it; ask the sender directly",
        ));
    }
    let fingerprint = new.fingerprint();
    Ok((old, new, at, fingerprint))
}

/// Imports a contact's revocation statement: checks that the key it revokes signed it, and
/// records the revocation (one save). From then on files signed by that key are refused, and so
/// is sharing to it. The new identity is returned, not trusted: add it as a contact only after
/// comparing its fingerprint with them by phone.
///
/// # Errors
/// [`Error::InvalidInput`] for a statement that does not read or whose signature does not
/// match; I/O errors of saving.
pub fn import(store: &mut Store, statement: &str) -> Result<Revocation, Error> {
    let (old, new, at, replaced_by_fingerprint) = parse(statement)?;
    super::contacts::save_setting(
        store,
        &key(&old),
        &Stored {
            at: at.clone(),
            replaced_by: new.to_text(),
        },
    )?;
    let contact = super::contacts::find(store, &old)?.map(|c| c.name);
    Ok(Revocation {
        statement: statement.trim().to_owned(),
        revoked_fingerprint: old.fingerprint(),
        revoked_at: at,
        replaced_by: new.to_text(),
        replaced_by_fingerprint,
        contact,
    })
}

/// When `public` was revoked, if a statement revoking it was imported here.
///
/// # Errors
/// I/O errors of the index.
pub fn revoked_at(store: &Store, public: &PublicIdentity) -> Result<Option<String>, Error> {
    let value: Option<String> = store.read(|db| {
        db.query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [key(public)],
            |r| r.get(0),
        )
        .optional()
    })?;
    Ok(value
        .and_then(|v| serde_json::from_str::<Stored>(&v).ok())
        .map(|s| s.at))
}

/// Refuses a key whose revocation was imported here.
///
/// # Errors
/// [`Error::ShareRevokedSender`] with the date; I/O errors of the index.
pub fn check(store: &Store, public: &PublicIdentity) -> Result<(), Error> {
    match revoked_at(store, public)? {
        Some(at) => Err(Error::ShareRevokedSender {
            fingerprint: public.fingerprint(),
            revoked_at: at,
        }),
        None => Ok(()),
    }
}
