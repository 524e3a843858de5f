//! Per-vault settings, stored in the vault's index (table `settings`, JSON values), so they
//! travel with the vault and are as protected as the cases.

use crate::store::rusqlite::OptionalExtension;
use crate::store::Store;
use crate::Error;

/// Auto-lock after this many idle minutes unless the user chose otherwise.
pub const DEFAULT_AUTO_LOCK_MINUTES: u16 = 10;

/// The accepted range for auto-lock, in minutes: at least one, at most eight hours.
pub const AUTO_LOCK_MINUTES: std::ops::RangeInclusive<u16> = 1..=480;

const AUTO_LOCK_KEY: &str = "auto_lock_minutes";

/// Minutes of inactivity after which the vault locks itself.
///
/// # Errors
/// I/O errors of the index (a stored value out of range reads as the default).
pub fn auto_lock_minutes(store: &Store) -> Result<u16, Error> {
    let stored: Option<String> = store.read(|db| {
        db.query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [AUTO_LOCK_KEY],
            |r| r.get(0),
        )
        .optional()
    })?;
    Ok(stored
        .and_then(|v| v.trim().parse::<u16>().ok())
        .filter(|m| AUTO_LOCK_MINUTES.contains(m))
        .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES))
}

/// Sets the auto-lock delay, saved durably.
///
/// # Errors
/// [`Error::InvalidInput`] outside [`AUTO_LOCK_MINUTES`]; I/O errors of saving.
pub fn set_auto_lock_minutes(store: &mut Store, minutes: u16) -> Result<(), Error> {
    if !AUTO_LOCK_MINUTES.contains(&minutes) {
        return Err(Error::InvalidInput {
            field: "Auto-lock",
            reason: format!(
                "choose between {} and {} minutes",
                AUTO_LOCK_MINUTES.start(),
                AUTO_LOCK_MINUTES.end()
            ),
        });
    }
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [AUTO_LOCK_KEY, &minutes.to_string()],
        )
    })?;
    Ok(())
}
