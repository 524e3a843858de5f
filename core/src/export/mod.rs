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

/// The start and end of a temporary export's name: hidden, and naming nothing of the case.
const PART_PREFIX: &str = ".habeas-export-";
const PART_SUFFIX: &str = ".part";

/// A file being written beside its destination under a temporary name (which names nothing of
/// the case), renamed over the destination only once complete and flushed: a crash or a
/// cancel never leaves a half-written export under the name the user chose.
///
/// A crash (`kill -9`, a power cut) before the rename leaves the hidden `.part` file: plaintext,
/// readable by its owner only (0600). The writer holds an exclusive lock on it while it lives
/// (`flock` on Unix, `LockFileEx` on Windows, released by the system when the process dies), so
/// the next export into that folder can tell a leftover from a file another export is still
/// writing, and removes it ([`sweep_leftovers`]).
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

/// The steps of an export that a crash can fall between, in order (reported to an observer so
/// the tests can `kill -9` the process at each one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportStep {
    /// The whole copy is in its hidden `.part` file, flushed to the disk.
    Written,
    /// The export is recorded in the chain of custody (saved durably).
    Recorded,
    /// The copy has its name.
    Renamed,
}

impl Staged {
    /// Opens the temporary file beside `destination`, refusing an existing destination unless
    /// `overwrite`. Leftovers of earlier exports killed in that folder are removed first.
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
        sweep_leftovers(&dir);
        let tmp = dir.join(format!(
            "{PART_PREFIX}{}{PART_SUFFIX}",
            hex(random_bytes::<6>()?.as_ref())
        ));
        let file = atomic::create_new(&tmp).map_err(destination_error)?;
        if let Err(e) = file.try_lock() {
            drop(file);
            let _ = fs::remove_file(&tmp);
            return Err(destination_error(io::Error::other(e)));
        }
        Ok(Self { file, tmp, dir })
    }

    /// Flushes the whole copy to the disk (still under its hidden name).
    pub(crate) fn flush(&mut self) -> Result<(), Error> {
        let result = self.file.sync_all().map_err(destination_error);
        if result.is_err() {
            let _ = fs::remove_file(&self.tmp);
        }
        result
    }

    /// Renames the flushed file to `destination` and flushes the folder. On failure the
    /// temporary file is removed.
    pub(crate) fn rename(self, destination: &Path) -> Result<(), Error> {
        let result = fs::rename(&self.tmp, destination).map_err(destination_error);
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

/// Removes from `dir` the hidden `.part` files that exports killed before their rename left
/// there (plaintext, owner only). A `.part` file some export is still writing is locked by its
/// writer and kept, as is anything that is not a plain file of that name (a link is never
/// followed). Returns how many were removed; best effort (a folder that cannot be read removes
/// nothing).
pub fn sweep_leftovers(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(PART_PREFIX) && name.ends_with(PART_SUFFIX)) {
            continue;
        }
        let path = entry.path();
        let plain_file = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file());
        if !plain_file {
            continue;
        }
        // Not locked: its writer is gone. Locked: an export under way in this or another
        // Habeas process. The lock is held while the file is removed.
        let Ok(handle) = File::open(&path) else {
            continue;
        };
        if handle.try_lock().is_ok() && fs::remove_file(&path).is_ok() {
            removed += 1;
        }
        drop(handle);
    }
    if removed > 0 {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    removed
}

/// Writes a finished document (a PDF, a calendar file) to the place the user chose, atomically.
///
/// # Errors
/// [`Error::InvalidInput`] when the file exists and `overwrite` is false; [`Error::DiskFull`];
/// other I/O errors.
pub fn write_file(destination: &Path, bytes: &[u8], overwrite: bool) -> Result<(), Error> {
    stage(destination, bytes, overwrite)?.rename(destination)
}

/// Writes `bytes` beside `destination` under the hidden temporary name and flushes them, for
/// an export that records its custody entry before the copy takes its name
/// ([`Staged::rename`]).
///
/// # Errors
/// As [`write_file`].
pub(crate) fn stage(destination: &Path, bytes: &[u8], overwrite: bool) -> Result<Staged, Error> {
    let mut staged = Staged::beside(destination, overwrite)?;
    if let Err(e) = staged.file.write_all(bytes) {
        staged.abandon();
        return Err(destination_error(e));
    }
    staged.flush()?;
    Ok(staged)
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
        staged.flush().unwrap();
        staged.rename(&destination).unwrap();
        assert_eq!(mode(&destination), 0o600);
        write_file(&destination, b"again", true).unwrap();
        assert_eq!(mode(&destination), 0o600);
    }

    /// The sweep removes what a killed export left, and only that: a `.part` file another
    /// export is writing (locked) stays, as do other files and a link of that name.
    #[test]
    fn the_sweep_removes_only_unlocked_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let leftover = dir.path().join(".habeas-export-0a1b2c3d4e5f.part");
        fs::write(&leftover, b"plaintext of a killed export").unwrap();
        let other = dir.path().join("notes.part");
        fs::write(&other, b"the user's").unwrap();
        let live = Staged::beside(&dir.path().join("live.pdf"), false).unwrap();
        // Opening the live export removed the leftover already.
        assert!(!leftover.exists());
        fs::write(&leftover, b"again").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&other, dir.path().join(".habeas-export-link.part")).unwrap();
        assert_eq!(sweep_leftovers(dir.path()), 1);
        assert!(!leftover.exists());
        assert!(live.tmp.exists(), "a live export's file was removed");
        assert!(other.exists());
        #[cfg(unix)]
        assert!(dir.path().join(".habeas-export-link.part").exists());
        live.abandon();
        assert_eq!(sweep_leftovers(dir.path()), 0);
    }
}
