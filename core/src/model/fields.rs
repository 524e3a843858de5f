//! Limits and checks shared by every field a user types.

use super::country;
use crate::Error;

/// Longest text accepted in a one-line field (a name, a reference), in characters.
pub const MAX_LINE: usize = 500;

/// Longest text accepted in a notes field, in characters.
pub const MAX_NOTES: usize = 100_000;

/// Checks a one-line text field: trimmed, at most [`MAX_LINE`] characters, no control characters.
///
/// # Errors
/// [`Error::InvalidInput`] naming `field`.
pub fn check_line(field: &'static str, value: &str) -> Result<(), Error> {
    if value.chars().count() > MAX_LINE {
        return Err(Error::InvalidInput {
            field,
            reason: format!("keep it under {MAX_LINE} characters"),
        });
    }
    if value.chars().any(char::is_control) {
        return Err(Error::InvalidInput {
            field,
            reason: "remove line breaks and tabs".into(),
        });
    }
    Ok(())
}

/// Checks a notes field: at most [`MAX_NOTES`] characters.
///
/// # Errors
/// [`Error::InvalidInput`] naming `field`.
pub fn check_notes(field: &'static str, value: &str) -> Result<(), Error> {
    if value.chars().count() > MAX_NOTES {
        return Err(Error::InvalidInput {
            field,
            reason: format!("keep it under {MAX_NOTES} characters"),
        });
    }
    Ok(())
}

/// Checks a country code against [`country::COUNTRIES`].
///
/// # Errors
/// [`Error::InvalidInput`] naming `field`.
pub fn check_country(field: &'static str, code: &str) -> Result<(), Error> {
    if country::by_code(code).is_none_or(|c| c.code != code) {
        return Err(Error::InvalidInput {
            field,
            reason: format!("\"{code}\" is not a known country code (two capital letters)"),
        });
    }
    Ok(())
}
