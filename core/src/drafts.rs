//! Unsaved form contents kept in the vault (issue 21.4: "nothing a user typed is lost by a tab
//! switch or a lock"). The app keeps what is typed in a form as a draft while the user works
//! elsewhere; what is not saved when the vault locks (a half-filled form the rules refuse, or
//! typing the screen lock cut short) is kept here, sealed in the journal like everything else,
//! and offered again after the next unlock.
//!
//! A draft is opaque JSON to the core: it is not case data until the user saves the form, which
//! goes through the form's own use case and its validation. Drafts live in the `settings` table
//! under keys starting `draft:` (no schema change); deleting a case deletes its drafts
//! (`store::cases::delete_case`).

use serde::Serialize;

use crate::store::rusqlite::params;
use crate::store::{Store, DRAFT_KEY_PREFIX};
use crate::Error;

/// The longest a draft may be: a filing with long text boxes is far below; anything larger is
/// not typing.
pub const MAX_DRAFT_BYTES: usize = 1 << 20;

/// The longest key: a case id, a form name and an item id.
const MAX_KEY_CHARS: usize = 200;

/// One kept draft: which form (`<case id>/<form>`, as the app names it) and what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Draft {
    /// The form, as the app names it.
    pub key: String,
    /// What was typed, as JSON.
    pub value: String,
}

fn check_key(key: &str) -> Result<(), Error> {
    let fine = !key.is_empty()
        && key.chars().count() <= MAX_KEY_CHARS
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | ':' | '.'));
    if fine {
        Ok(())
    } else {
        Err(Error::InvalidInput {
            field: "Draft",
            reason: "the form's name is not one the app uses".to_owned(),
        })
    }
}

/// Keeps `value` (JSON) as the draft of `key`, replacing the one before; saved durably.
///
/// # Errors
/// [`Error::InvalidInput`] for a key the app does not make, a value that is not JSON or larger
/// than [`MAX_DRAFT_BYTES`]; I/O errors of saving.
pub fn keep(store: &mut Store, key: &str, value: &str) -> Result<(), Error> {
    check_key(key)?;
    if value.len() > MAX_DRAFT_BYTES || serde_json::from_str::<serde_json::Value>(value).is_err() {
        return Err(Error::InvalidInput {
            field: "Draft",
            reason: "it is too large to be typing, or damaged".to_owned(),
        });
    }
    let stored = format!("{DRAFT_KEY_PREFIX}{key}");
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![stored, value],
        )
    })?;
    Ok(())
}

/// Every kept draft, by key.
///
/// # Errors
/// I/O errors of the index.
pub fn list(store: &Store) -> Result<Vec<Draft>, Error> {
    store.read(|db| {
        let mut st = db.prepare(
            "SELECT substr(key, ?2), value FROM settings
              WHERE substr(key, 1, ?3) = ?1 ORDER BY key",
        )?;
        let prefix_chars = i64::try_from(DRAFT_KEY_PREFIX.len()).unwrap_or(i64::MAX);
        let rows = st.query_map(
            params![DRAFT_KEY_PREFIX, prefix_chars + 1, prefix_chars],
            |r| {
                Ok(Draft {
                    key: r.get(0)?,
                    value: r.get(1)?,
                })
            },
        )?;
        rows.collect()
    })
}

/// Forgets the draft of `key` (saved, or thrown away by the user); nothing when there is none.
///
/// # Errors
/// [`Error::InvalidInput`] for a key the app does not make; I/O errors of saving.
pub fn discard(store: &mut Store, key: &str) -> Result<(), Error> {
    check_key(key)?;
    let stored = format!("{DRAFT_KEY_PREFIX}{key}");
    let exists: bool = store.read(|db| {
        db.query_row(
            "SELECT EXISTS (SELECT 1 FROM settings WHERE key = ?1)",
            [&stored],
            |r| r.get(0),
        )
    })?;
    if exists {
        store.write(|tx| tx.execute("DELETE FROM settings WHERE key = ?1", [&stored]))?;
    }
    Ok(())
}
