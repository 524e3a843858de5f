//! Atomic, durable file replacement: the only way the vault writes a file.
//!
//! Write to a temporary file in the same folder, flush it to the disk (`fsync`), rename it over
//! the target (atomic on every platform Habeas supports when both are in one folder), then flush
//! the folder so that the rename itself survives a power cut. A crash at any instant leaves
//! either the old file or the new one, never a mix. Only ciphertext is ever written here.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Replaces `dir/name` with `bytes`, atomically and durably.
pub(crate) fn replace(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!(".{name}.{}.tmp", random_suffix()?));
    let result = write_synced(&tmp, bytes)
        .and_then(|()| fs::rename(&tmp, dir.join(name)))
        .and_then(|()| sync_dir(dir));
    if result.is_err() {
        // Best effort: a leftover temporary file holds only ciphertext and is ignored on open.
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Creates `path` as a new folder (and its parents), and flushes its parent.
pub(crate) fn create_dir(path: &Path) -> io::Result<()> {
    fs::create_dir_all(path)?;
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => sync_dir(parent),
        _ => Ok(()),
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Flushes a folder's entries (renames, new files) to the disk. Windows has no folder handles
/// to flush; NTFS journals the rename itself.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    if cfg!(unix) {
        File::open(dir)?.sync_all()
    } else {
        Ok(())
    }
}

fn random_suffix() -> io::Result<String> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(io::Error::from)?;
    Ok(super::hex(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        replace(dir.path(), "a", b"one").unwrap();
        replace(dir.path(), "a", b"two").unwrap();
        assert_eq!(
            fs::read(dir.path().join("a")).ok().as_deref(),
            Some(&b"two"[..])
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(names, vec!["a"]);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        replace(dir.path(), "a", b"old").unwrap();
        // The target is a non-empty folder: the rename fails after the data was written.
        fs::create_dir_all(dir.path().join("b/x")).unwrap();
        assert!(replace(dir.path(), "b", b"new").is_err());
        assert_eq!(
            fs::read(dir.path().join("a")).ok().as_deref(),
            Some(&b"old"[..])
        );
        let leftovers = fs::read_dir(dir.path())
            .map(|entries| entries.filter_map(Result::ok).count())
            .unwrap_or_default();
        assert_eq!(leftovers, 2, "only a and b remain");
    }
}
