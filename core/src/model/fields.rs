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

/// A file name as Habeas shows and keeps it: control characters, and the invisible characters
/// that reorder or hide text (bidi embeddings, overrides and isolates, direction marks, zero-width
/// space, word joiners, byte-order mark), each replaced by U+FFFD so that the user sees something
/// was there. `invoice\u{202E}fdp.exe` would otherwise show as "invoiceexe.pdf" (issue 16,
/// "Names"). The zero-width joiner and non-joiner stay: Persian and Indic names need them.
#[must_use]
pub fn neutralised(name: &str) -> String {
    name.chars()
        .map(|c| if hides_text(c) { '\u{FFFD}' } else { c })
        .collect()
}

fn hides_text(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_cannot_hide_its_real_extension() {
        let shown = neutralised("invoice\u{202E}fdp.exe");
        assert_eq!(shown, "invoice\u{FFFD}fdp.exe");
        assert!(shown.ends_with(".exe"));
        for c in [
            '\u{2066}', '\u{2069}', '\u{200F}', '\u{FEFF}', '\n', '\u{1b}',
        ] {
            assert_eq!(neutralised(&format!("a{c}b")), "a\u{FFFD}b", "{:?}", c);
        }
        // Persian: the zero-width non-joiner is part of the word.
        assert_eq!(neutralised("می\u{200C}خواهم.pdf"), "می\u{200C}خواهم.pdf");
        assert_eq!(neutralised("Türkiye – karar.pdf"), "Türkiye – karar.pdf");
    }
}
