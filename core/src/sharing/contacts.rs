//! Contacts: the names this vault's user gave to other vaults' sharing identities (co-counsel,
//! a colleague abroad). Kept in the index (table `settings`, keys `sharing_contact:<fingerprint
//! digits>`), so they are as protected as the cases; a received file names its sender by the
//! name given here, and a file from a key with no name is flagged before anything is saved.

use serde::{Deserialize, Serialize};

use super::identity::PublicIdentity;
use crate::store::rusqlite::params;
use crate::store::Store;
use crate::Error;

const PREFIX: &str = "sharing_contact:";

/// One contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Contact {
    /// The name the user gave.
    pub name: String,
    /// Their public sharing identity, as text.
    pub identity: String,
    /// Its fingerprint, to compare over the phone.
    pub fingerprint: String,
    /// When its owner revoked it (UTC, RFC 3339), if their revocation statement was imported.
    pub revoked: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    name: String,
    identity: String,
}

fn key(public: &PublicIdentity) -> String {
    format!("{PREFIX}{}", public.fingerprint().replace(' ', ""))
}

/// Adds a contact, or renames the one with this identity.
///
/// # Errors
/// [`Error::InvalidInput`] for an empty or too long name or an identity that does not read;
/// I/O errors of saving.
pub fn add(store: &mut Store, name: &str, identity: &str) -> Result<Contact, Error> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::InvalidInput {
            field: "Contact name",
            reason: "it is empty: give the name you know this person by".into(),
        });
    }
    if name.chars().count() > 200 || name.chars().any(char::is_control) {
        return Err(Error::InvalidInput {
            field: "Contact name",
            reason: "keep it to one line of at most 200 characters".into(),
        });
    }
    let public = PublicIdentity::parse(identity)?;
    save_setting(
        store,
        &key(&public),
        &Stored {
            name: name.to_owned(),
            identity: public.to_text(),
        },
    )?;
    Ok(Contact {
        name: name.to_owned(),
        fingerprint: public.fingerprint(),
        identity: public.to_text(),
        revoked: super::revocation::revoked_at(store, &public)?,
    })
}

/// Saves `value` as JSON under `key` in table `settings` (replacing what was there), in one save.
/// Contacts and imported revocations are kept this way.
pub(super) fn save_setting(
    store: &mut Store,
    key: &str,
    value: &impl Serialize,
) -> Result<(), Error> {
    let value = serde_json::to_string(value).map_err(|e| Error::Internal {
        what: e.to_string(),
    })?;
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )
    })?;
    Ok(())
}

/// Every contact, by name.
///
/// # Errors
/// I/O errors of the index.
pub fn list(store: &Store) -> Result<Vec<Contact>, Error> {
    let rows: Vec<String> = store.read(|db| {
        let mut st =
            db.prepare("SELECT value FROM settings WHERE substr(key, 1, length(?1)) = ?1")?;
        let rows = st.query_map([PREFIX], |r| r.get(0))?;
        rows.collect()
    })?;
    let mut out = Vec::new();
    for s in rows
        .iter()
        .filter_map(|v| serde_json::from_str::<Stored>(v).ok())
    {
        let Ok(public) = PublicIdentity::parse(&s.identity) else {
            continue;
        };
        out.push(Contact {
            name: s.name,
            fingerprint: public.fingerprint(),
            identity: public.to_text(),
            revoked: super::revocation::revoked_at(store, &public)?,
        });
    }
    out.sort_by_key(|a| a.name.to_lowercase());
    Ok(out)
}

/// The contact with this identity, if the user named it.
///
/// # Errors
/// I/O errors of the index.
pub fn find(store: &Store, public: &PublicIdentity) -> Result<Option<Contact>, Error> {
    Ok(list(store)?
        .into_iter()
        .find(|c| c.fingerprint == public.fingerprint()))
}

/// The identity `to` names: a contact's name (any case), else an identity's text.
///
/// # Errors
/// [`Error::InvalidInput`] if it is neither.
pub fn resolve(store: &Store, to: &str) -> Result<(PublicIdentity, Option<String>), Error> {
    let wanted = to.trim().to_lowercase();
    if let Some(c) = list(store)?
        .into_iter()
        .find(|c| c.name.to_lowercase() == wanted)
    {
        return Ok((PublicIdentity::parse(&c.identity)?, Some(c.name)));
    }
    if !wanted.starts_with("habeas1") {
        return Err(Error::InvalidInput {
            field: "Share with",
            reason: "no contact has this name: add the contact first, or give their sharing \
                     identity (habeas1-…)"
                .into(),
        });
    }
    let public = PublicIdentity::parse(to)?;
    let name = find(store, &public)?.map(|c| c.name);
    Ok((public, name))
}
