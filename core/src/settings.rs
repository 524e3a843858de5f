//! Per-vault settings, stored in the vault's index (table `settings`, JSON values), so they
//! travel with the vault and are as protected as the cases.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::files::atomic;
use crate::locale::Language;
use crate::store::rusqlite::OptionalExtension;
use crate::store::Store;
use crate::Error;

/// Auto-lock after this many idle minutes unless the user chose otherwise.
pub const DEFAULT_AUTO_LOCK_MINUTES: u16 = 10;

/// The accepted range for auto-lock, in minutes: at least one, at most eight hours.
pub const AUTO_LOCK_MINUTES: std::ops::RangeInclusive<u16> = 1..=480;

const AUTO_LOCK_KEY: &str = "auto_lock_minutes";
const DATE_ORDER_KEY: &str = "date_order";
const LANGUAGE_KEY: &str = "language";

/// The one file Habeas keeps outside a vault, in the app's configuration folder: the code of
/// the language last used on this device ("fr"), and nothing else, so the unlock screen speaks
/// it before any vault is open (docs/threat-model.md says it is in clear).
pub const DEVICE_LANGUAGE_FILE: &str = "language";

/// The order in which the user types and reads numeric dates (issue 21.6). Only entry and
/// display follow it: the model keeps ISO dates. No setting means "as the system's language
/// writes them", which the UI reads from the webview's locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// 25/11/2026: most of Europe, Latin America, the Arab world, Russia, Türkiye.
    DayMonthYear,
    /// 11/25/2026: the United States.
    MonthDayYear,
    /// 2026-11-25: ISO 8601.
    YearMonthDay,
}

impl DateOrder {
    /// The stored spelling, the same as serde's.
    fn as_str(self) -> &'static str {
        match self {
            Self::DayMonthYear => "day_month_year",
            Self::MonthDayYear => "month_day_year",
            Self::YearMonthDay => "year_month_day",
        }
    }

    fn parse(stored: &str) -> Option<Self> {
        [Self::DayMonthYear, Self::MonthDayYear, Self::YearMonthDay]
            .into_iter()
            .find(|o| o.as_str() == stored.trim())
    }
}

/// The stored value of one setting, if any.
fn stored(store: &Store, key: &str) -> Result<Option<String>, Error> {
    store.read(|db| {
        db.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()
    })
}

/// Minutes of inactivity after which the vault locks itself.
///
/// # Errors
/// I/O errors of the index (a stored value out of range reads as the default).
pub fn auto_lock_minutes(store: &Store) -> Result<u16, Error> {
    Ok(stored(store, AUTO_LOCK_KEY)?
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

/// The user's date order, or `None` to follow the system's language.
///
/// # Errors
/// I/O errors of the index (a stored value this version does not know reads as `None`).
pub fn date_order(store: &Store) -> Result<Option<DateOrder>, Error> {
    Ok(stored(store, DATE_ORDER_KEY)?.and_then(|v| DateOrder::parse(&v)))
}

/// Sets the date order (`None`: follow the system's language again), saved durably.
///
/// # Errors
/// I/O errors of saving.
pub fn set_date_order(store: &mut Store, order: Option<DateOrder>) -> Result<(), Error> {
    store.write(|tx| match order {
        Some(order) => tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [DATE_ORDER_KEY, order.as_str()],
        ),
        None => tx.execute("DELETE FROM settings WHERE key = ?1", [DATE_ORDER_KEY]),
    })?;
    Ok(())
}

/// The vault's language (issue 17.6), or `None` if it was never chosen in this vault (then the
/// app keeps the device's, [`device_language`]).
///
/// # Errors
/// I/O errors of the index (a stored code this version does not know reads as `None`).
pub fn language(store: &Store) -> Result<Option<Language>, Error> {
    Ok(stored(store, LANGUAGE_KEY)?.and_then(|v| Language::from_tag(&v)))
}

/// Sets the vault's language, saved durably in the index (encrypted like every setting).
///
/// # Errors
/// I/O errors of saving.
pub fn set_language(store: &mut Store, language: Language) -> Result<(), Error> {
    store.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [LANGUAGE_KEY, language.code()],
        )
    })?;
    Ok(())
}

/// The language this device starts in, before any vault is open: the last one used here
/// (remembered in `config_dir` by [`remember_device_language`]), else the system's (`system_tag`,
/// a BCP 47 tag the shell read from the system, then the locale environment), else English.
/// An unreadable or unknown remembered value is ignored: the unlock screen must always show.
#[must_use]
pub fn device_language(config_dir: &Path, system_tag: Option<&str>) -> Language {
    std::fs::read_to_string(config_dir.join(DEVICE_LANGUAGE_FILE))
        .ok()
        .and_then(|code| Language::from_tag(&code))
        .or_else(|| system_tag.and_then(Language::from_tag))
        .unwrap_or_else(Language::of_system)
}

/// Remembers `language` as the last one used on this device, in `config_dir` (created if
/// missing), atomically. Only the language code is written there, in clear.
///
/// # Errors
/// I/O errors of writing the file.
pub fn remember_device_language(config_dir: &Path, language: Language) -> Result<(), Error> {
    if !config_dir.is_dir() {
        atomic::create_dir(config_dir)
            .map_err(|e| Error::from_io("create the settings folder", e))?;
    }
    atomic::replace(config_dir, DEVICE_LANGUAGE_FILE, language.code().as_bytes())
        .map_err(|e| Error::from_io("remember the language", e))
}
