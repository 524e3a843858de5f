//! Per-vault settings, stored in the vault's index (table `settings`, JSON values), so they
//! travel with the vault and are as protected as the cases.

use serde::{Deserialize, Serialize};

use crate::store::rusqlite::OptionalExtension;
use crate::store::Store;
use crate::Error;

/// Auto-lock after this many idle minutes unless the user chose otherwise.
pub const DEFAULT_AUTO_LOCK_MINUTES: u16 = 10;

/// The accepted range for auto-lock, in minutes: at least one, at most eight hours.
pub const AUTO_LOCK_MINUTES: std::ops::RangeInclusive<u16> = 1..=480;

const AUTO_LOCK_KEY: &str = "auto_lock_minutes";
const DATE_ORDER_KEY: &str = "date_order";

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
