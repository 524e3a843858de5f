//! Exports out of the vault. Anything exported is plaintext the user chose to take out: the app
//! says so before writing it.
//!
//! An export and its temporary `.part` file are readable by their owner only (0600 on Unix,
//! issue 16.6): a decrypted file in a shared Downloads folder must not be readable by the other
//! accounts of the computer while it is written, nor after. Moving it elsewhere is the user's
//! choice; the threat model says what each system does with the mode.

pub mod ics;

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::files::{atomic, hex, random_bytes};
use crate::Error;

/// The file name offered for an export: `stem`, then the first four characters of the random
/// part of the case's id (`case-c0ce…` gives `c0ce`) when the export is of one case, then the
/// date it is made, then `extension`: `letter-border-authorities-c0ce-2026-11-28.pdf`. Exports
/// of two cases, or of one case on two days, no longer take each other's name in a Downloads
/// folder, and the name still says nothing of the person: no name, no country (issue 21.10).
#[must_use]
pub fn file_name(stem: &str, case_id: Option<&str>, made: NaiveDate, extension: &str) -> String {
    // Only the id's characters that are safe in a file name anywhere; ids are lowercase hex.
    let short: String = case_id
        .map(|id| id.rsplit('-').next().unwrap_or(id))
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(4)
        .collect();
    let date = made.format("%Y-%m-%d");
    if short.is_empty() {
        format!("{stem}-{date}.{extension}")
    } else {
        format!("{stem}-{short}-{date}.{extension}")
    }
}

/// A file being written beside its destination under a temporary name (which names nothing of
/// the case), renamed over the destination only once complete and flushed: a crash or a
/// cancel never leaves a half-written export under the name the user chose.
#[derive(Debug)]
pub(crate) struct Staged {
    /// The open temporary file.
    pub(crate) file: File,
    tmp: PathBuf,
    dir: PathBuf,
}

/// Maps a failure to write the user's chosen destination.
pub(crate) fn destination_error(e: io::Error) -> Error {
    match e.kind() {
        io::ErrorKind::StorageFull => Error::DiskFull,
        _ => Error::Io {
            action: "write the exported file",
            source: e,
        },
    }
}

impl Staged {
    /// Opens the temporary file beside `destination`, refusing an existing destination unless
    /// `overwrite`.
    pub(crate) fn beside(destination: &Path, overwrite: bool) -> Result<Self, Error> {
        if !overwrite && destination.exists() {
            return Err(Error::AlreadyExists {
                what: "a file with this name".into(),
            });
        }
        let dir = match destination.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let tmp = dir.join(format!(
            ".habeas-export-{}.part",
            hex(random_bytes::<6>()?.as_ref())
        ));
        let file = atomic::create_new(&tmp).map_err(destination_error)?;
        Ok(Self { file, tmp, dir })
    }

    /// Flushes the file and renames it to `destination`.
    pub(crate) fn commit(self, destination: &Path) -> Result<(), Error> {
        let result = self
            .file
            .sync_all()
            .and_then(|()| fs::rename(&self.tmp, destination))
            .map_err(destination_error);
        if result.is_err() {
            let _ = fs::remove_file(&self.tmp);
        } else {
            let _ = File::open(&self.dir).and_then(|d| d.sync_all());
        }
        result
    }

    /// Removes the temporary file (after a failure or a cancel).
    pub(crate) fn abandon(self) {
        drop(self.file);
        let _ = fs::remove_file(&self.tmp);
    }
}

/// Writes a finished document (a PDF, a calendar file) to the place the user chose, atomically.
///
/// # Errors
/// [`Error::InvalidInput`] when the file exists and `overwrite` is false; [`Error::DiskFull`];
/// other I/O errors.
pub fn write_file(destination: &Path, bytes: &[u8], overwrite: bool) -> Result<(), Error> {
    let mut staged = Staged::beside(destination, overwrite)?;
    match staged.file.write_all(bytes) {
        Ok(()) => staged.commit(destination),
        Err(e) => {
            staged.abandon();
            Err(destination_error(e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Issue 21.10: two cases' exports, or one case's on two days, are told apart by name.
    #[test]
    fn export_names_carry_the_short_case_id_and_the_date() {
        let made = day(2026, 11, 28);
        assert_eq!(
            file_name(
                "letter-border-authorities",
                Some("case-c0ce1234abcd5678"),
                made,
                "pdf"
            ),
            "letter-border-authorities-c0ce-2026-11-28.pdf"
        );
        assert_ne!(
            file_name("filing-packet", Some("case-c0ce1234abcd5678"), made, "pdf"),
            file_name("filing-packet", Some("case-9f0a1234abcd5678"), made, "pdf")
        );
        assert_ne!(
            file_name("deadlines", Some("case-c0ce1234abcd5678"), made, "ics"),
            file_name(
                "deadlines",
                Some("case-c0ce1234abcd5678"),
                day(2026, 11, 29),
                "ics"
            )
        );
        // An export of every case has no case to name.
        assert_eq!(
            file_name("deadlines", None, made, "ics"),
            "deadlines-2026-11-28.ics"
        );
    }

    /// Whatever an id holds, only letters and digits of it reach the file name.
    #[test]
    fn an_odd_case_id_gives_no_path_characters() {
        let name = file_name("packet", Some("case-../ab"), day(2026, 1, 2), "pdf");
        assert_eq!(name, "packet-ab-2026-01-02.pdf");
    }

    /// Issue 16.6: a decrypted export is the owner's only, while it is written (the `.part`
    /// file) and once renamed, whatever the umask.
    #[cfg(unix)]
    #[test]
    fn the_part_file_and_the_export_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let destination = dir.path().join("certificate.pdf");
        let mut staged = Staged::beside(&destination, false).unwrap();
        staged.file.write_all(b"plaintext").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert!(staged
            .tmp
            .file_name()
            .is_some_and(|n| n.to_string_lossy().ends_with(".part")));
        assert_eq!(mode(&staged.tmp), 0o600);
        staged.commit(&destination).unwrap();
        assert_eq!(mode(&destination), 0o600);
        write_file(&destination, b"again", true).unwrap();
        assert_eq!(mode(&destination), 0o600);
    }
}
