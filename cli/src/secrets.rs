//! Where the CLI gets passphrases and recovery keys: never from the command line (it would
//! land in shell history and `ps`).
//!
//! In order: a file named by an option (one trailing newline removed); otherwise the next line
//! of standard input when it is not a terminal (scripts: one secret per line, in the order the
//! command needs them); otherwise a prompt on the terminal that does not echo.

use std::fs;
use std::io::{self, BufRead, IsTerminal};
use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use habeas_core::Error;
use zeroize::Zeroizing;

/// Reads secrets for one command.
#[derive(Debug)]
pub(crate) struct Secrets {
    stdin_is_terminal: bool,
}

impl Secrets {
    pub(crate) fn new() -> Self {
        Self {
            stdin_is_terminal: io::stdin().is_terminal(),
        }
    }

    /// A secret that already exists (the current passphrase, a recovery key).
    pub(crate) fn existing(
        &self,
        file: Option<&Path>,
        prompt: &str,
    ) -> Result<SecretString, Error> {
        if let Some(file) = file {
            return from_file(file);
        }
        if self.stdin_is_terminal {
            return prompt_hidden(prompt);
        }
        next_stdin_line()
    }

    /// A new passphrase: from a file or stdin as above; on a terminal, asked twice.
    pub(crate) fn new_passphrase(&self, file: Option<&Path>) -> Result<SecretString, Error> {
        if file.is_some() || !self.stdin_is_terminal {
            return self.existing(file, "");
        }
        let first = prompt_hidden("New passphrase: ")?;
        let second = prompt_hidden("Repeat the new passphrase: ")?;
        if first.expose_secret() != second.expose_secret() {
            return Err(Error::InvalidInput {
                field: "Passphrase",
                reason: "the two entries differ; type it again".into(),
            });
        }
        Ok(first)
    }
}

fn from_file(path: &Path) -> Result<SecretString, Error> {
    let bytes = Zeroizing::new(fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::InvalidInput {
            field: "Passphrase file",
            reason: format!("{} does not exist", PathBuf::from(path).display()),
        },
        _ => Error::from_io("read the passphrase file", e),
    })?);
    let text = std::str::from_utf8(&bytes).map_err(|_| Error::InvalidInput {
        field: "Passphrase file",
        reason: "it is not UTF-8 text".into(),
    })?;
    Ok(SecretString::from(strip_newline(text).to_owned()))
}

fn next_stdin_line() -> Result<SecretString, Error> {
    let mut line = Zeroizing::new(String::new());
    let read = io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::from_io("read standard input", e))?;
    if read == 0 {
        return Err(Error::InvalidInput {
            field: "Standard input",
            reason: "it ended before every passphrase or key this command needs was given \
                     (one per line)"
                .into(),
        });
    }
    Ok(SecretString::from(strip_newline(&line).to_owned()))
}

fn prompt_hidden(prompt: &str) -> Result<SecretString, Error> {
    rpassword::prompt_password(prompt)
        .map(SecretString::from)
        .map_err(|e| Error::from_io("read the passphrase from the terminal", e))
}

fn strip_newline(text: &str) -> &str {
    text.strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(text)
}
