//! Typed errors, and the closed set of codes they cross boundaries with.
//!
//! Every failure a user can meet is one [`Error`] variant. Each variant maps to exactly one
//! [`ErrorCode`]: the desktop shell sends `{code, message}` to the UI, the CLI prints the code
//! with `--json` and derives its exit status from it. Programs decide by the code; people read
//! the message. Codes are part of the public contract: once released a code is never renamed
//! (tests in `src-tauri` pin their JSON spelling).
//!
//! Messages are written for a frightened person at 2 a.m.: what happened, and what to do next.
//! They never contain secrets, and never contain case data (names, file names), because they may
//! end up in a bug report.

use std::io;

/// A failure in Habeas' core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The caller passed something the core cannot accept (an empty name, a date out of range).
    /// `field` names the input in the caller's terms, `reason` says what is wrong with it.
    #[error("{field}: {reason}")]
    InvalidInput {
        /// Which input was refused.
        field: &'static str,
        /// What is wrong with it, in plain words.
        reason: String,
    },
    /// The operating system refused an operation that protects the user, such as disabling core
    /// dumps. `action` says which.
    #[error("could not {action}: {source}")]
    Platform {
        /// What Habeas was trying to do, as a verb phrase ("disable core dumps").
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
}

/// The closed set of error codes. Stable: a released code is never renamed or reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorCode {
    /// The input was refused; the message says which field and why.
    InvalidInput,
    /// The operating system refused a protective operation.
    Platform,
    /// A bug or an unforeseen failure in Habeas itself. Never used for a user's mistake.
    Internal,
}

impl ErrorCode {
    /// Every code, in a stable order (for documentation and exhaustive tests).
    pub const ALL: [ErrorCode; 3] = [Self::InvalidInput, Self::Platform, Self::Internal];

    /// The code as it appears in JSON and in the CLI's output.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid_input",
            Self::Platform => "platform",
            Self::Internal => "internal",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Error {
    /// The code this error crosses boundaries with.
    #[must_use]
    pub const fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidInput { .. } => ErrorCode::InvalidInput,
            Self::Platform { .. } => ErrorCode::Platform,
        }
    }

    /// A message for the person using Habeas: what happened and what they can do about it.
    #[must_use]
    pub fn user_message(&self) -> String {
        match self {
            Self::InvalidInput { field, reason } => {
                format!("Please check “{field}”: {reason}.")
            }
            Self::Platform { action, source } => format!(
                "Habeas could not {action} ({source}). Your data is safe, but this computer \
                 may keep a copy of memory if Habeas crashes. Restart Habeas; if this keeps \
                 happening, report it with this message."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_serializes_as_its_str() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn messages_say_what_to_do() {
        let err = Error::InvalidInput {
            field: "Vault name",
            reason: "it is empty".into(),
        };
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert_eq!(
            err.user_message(),
            "Please check “Vault name”: it is empty."
        );

        let err = Error::Platform {
            action: "disable core dumps",
            source: io::Error::from(io::ErrorKind::PermissionDenied),
        };
        assert_eq!(err.code(), ErrorCode::Platform);
        assert!(err
            .user_message()
            .starts_with("Habeas could not disable core dumps ("));
        assert!(err.user_message().contains("Restart Habeas"));
    }
}
