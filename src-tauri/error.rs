//! Errors as the webview receives them: `{code, message}`.
//!
//! The code is one of the closed set [`habeas_core::ErrorCode`]; the UI decides by it. The
//! message is the core's plain-language text, in the language the person reads the app in
//! (`speak`, set whenever the app's language is chosen or read: issue 17.1); the UI shows it as
//! it is. Nothing else crosses:
//! no source chains, no paths, no secrets. The JSON shape is pinned by the tests below and by
//! `ui/src/lib/services/errors.ts`.

use std::sync::atomic::{AtomicUsize, Ordering};

use habeas_core::locale::Language;
use habeas_core::{Error, ErrorCode};
use serde::Serialize;

/// The language errors are put into words in: one app, one person reading it, so one value for
/// the process (an index into `Language::ALL`; English until the UI says otherwise).
static SPOKEN: AtomicUsize = AtomicUsize::new(0);

/// From now on, errors are written in `language`.
pub(crate) fn speak(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or_default();
    SPOKEN.store(index, Ordering::Relaxed);
}

/// The language errors are written in now.
pub(crate) fn spoken() -> Language {
    Language::ALL
        .get(SPOKEN.load(Ordering::Relaxed))
        .copied()
        .unwrap_or_default()
}

/// The error half of every command's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub(crate) struct CommandError {
    code: ErrorCode,
    message: String,
}

impl CommandError {
    /// A fault in Habeas itself (a worker thread that panicked): the details go nowhere near
    /// the user, who is told it is not their doing.
    pub(crate) fn internal(_cause: &dyn std::fmt::Debug) -> Self {
        Self {
            code: ErrorCode::Internal,
            message: "Habeas ran into an internal fault. Your saved work is safe; try again, and \
                      restart Habeas if it happens again."
                .into(),
        }
    }
}

impl CommandError {
    /// `err` as the UI receives it, its message in `language`.
    pub(crate) fn written_in(err: &Error, language: Language) -> Self {
        Self {
            code: err.code(),
            message: err.user_message_in(language),
        }
    }
}

impl From<Error> for CommandError {
    fn from(err: Error) -> Self {
        Self::written_in(&err, spoken())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(err: Error) -> String {
        serde_json::to_string(&CommandError::from(err)).unwrap_or_default()
    }

    /// The exact JSON the UI parses. Changing it breaks the UI: change both, deliberately.
    #[test]
    fn json_shape_is_pinned() {
        assert_eq!(
            json(Error::InvalidInput {
                field: "Vault name",
                reason: "it is empty".into()
            }),
            // The values put into a message are wrapped in bidi isolates (U+2068 … U+2069,
            // issue 17): the webview shows them as nothing, and keeps a Latin name in order
            // inside an Arabic sentence.
            "{\"code\":\"invalid_input\",\"message\":\"Please check \u{201c}\u{2068}Vault name\u{2069}\u{201d}: \u{2068}it is empty\u{2069}.\"}"
        );
        let platform = json(Error::Platform {
            action: "disable core dumps",
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        });
        assert!(
            platform.starts_with(
                "{\"code\":\"platform\",\"message\":\"Habeas could not \u{2068}disable core dumps\u{2069} ("
            ),
            "{platform}"
        );
    }

    /// An error reaches the UI in the language the app is read in (issue 17.1: an Arabic reader
    /// got English messages before).
    #[test]
    fn errors_are_written_in_the_language_spoken() {
        // The process-wide choice is not changed here: other tests read English messages in
        // parallel. `From` is `written_in(spoken())`, and English until spoken otherwise.
        assert_eq!(spoken(), Language::En);
        let french = CommandError::written_in(&Error::VaultLocked, Language::Fr);
        let arabic = CommandError::written_in(&Error::VaultLocked, Language::Ar);
        let english = CommandError::from(Error::VaultLocked);
        assert_eq!(english.message, Error::VaultLocked.user_message());
        assert_eq!(
            french.message,
            Error::VaultLocked.user_message_in(Language::Fr)
        );
        assert_eq!(
            arabic.message,
            Error::VaultLocked.user_message_in(Language::Ar)
        );
        assert_ne!(french.message, english.message);
        assert_ne!(arabic.message, english.message);
    }

    /// The UI's list of codes (`ui/src/lib/services/errors.ts`) names every code the shell can
    /// send, so the UI can never receive a code it does not know.
    #[test]
    fn ui_knows_every_code() {
        let ts = include_str!("../ui/src/lib/services/errors.ts");
        for code in ErrorCode::ALL {
            assert!(
                ts.contains(&format!("'{}'", code.as_str())),
                "errors.ts lacks '{code}'"
            );
        }
    }
}
