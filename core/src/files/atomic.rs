//! Atomic, durable file replacement: the only way the vault writes a file.
//!
//! Write to a temporary file in the same folder, flush it to the disk (`fsync`), rename it over
//! the target (atomic on every platform Habeas supports when both are in one folder), then flush
//! the folder so that the rename itself survives a power cut. A crash at any instant leaves
//! either the old file or the new one, never a mix. Only ciphertext is ever written here.
//!
//! Owner only (issue 16.6): on Unix every file is created 0600 and every folder 0700, so other
//! accounts on the computer cannot list or read the vault even as ciphertext (file sizes and
//! times say how much evidence there is and when it came). The process umask can only take
//! bits away. Windows and macOS: docs/threat-model.md, "Who else on this computer".

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

/// [`replace`] for a file that must not be on the disk unless the write is reported done: a
/// journal record, whose presence at the next opening *is* the save. When the folder flush
/// fails after the rename, [`replace`] reports the failure but the file is in place, and the
/// save the user was told had failed would come back at the next opening (issue 16, "a save
/// reported as failed must not come back"). So on any failure the file is removed again (and the
/// folder flushed once more, best effort).
pub(crate) fn create_or_leave_nothing(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let result = replace(dir, name, bytes);
    if result.is_err() && fs::remove_file(dir.join(name)).is_ok() {
        let _ = sync_dir(dir);
    }
    result
}

std::thread_local! {
    /// Set by [`fail_next_directory_sync_on_this_thread`]; read once by [`sync_dir`].
    static FAIL_NEXT_DIRECTORY_SYNC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Fault injection for tests: the next folder flush made by this thread fails, as a disk that
/// refuses `fsync` on a folder would (some network and FUSE file systems do). An explicit hook,
/// called only by tests: nothing else sets it, and the default path is unchanged.
#[doc(hidden)]
pub fn fail_next_directory_sync_on_this_thread() {
    FAIL_NEXT_DIRECTORY_SYNC.with(|flag| flag.set(true));
}

/// Creates `path` as a new folder (and its missing parents), owner only, and flushes its
/// parent.
pub(crate) fn create_dir(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, OWNER_ONLY_DIR);
    builder.create(path)?;
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => sync_dir(parent),
        _ => Ok(()),
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create_new(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Flushes a folder's entries (renames, new files) to the disk. Windows has no folder handles
/// to flush; NTFS journals the rename itself.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    if FAIL_NEXT_DIRECTORY_SYNC.with(|flag| flag.replace(false)) {
        return Err(io::Error::other(
            "flushing the folder failed (injected by a test)",
        ));
    }
    if cfg!(unix) {
        File::open(dir)?.sync_all()
    } else {
        Ok(())
    }
}

/// The mode of every file Habeas creates on Unix: read and write for the owner only.
pub(crate) const OWNER_ONLY_FILE: u32 = 0o600;
/// The mode of every folder Habeas creates on Unix: the owner only may list or enter it.
pub(crate) const OWNER_ONLY_DIR: u32 = 0o700;

/// Opens a new file for writing, failing if it exists, readable by its owner only (Unix). The
/// one way the vault and the exports create a file.
pub(crate) fn create_new(path: &Path) -> io::Result<File> {
    owner_only(OpenOptions::new().write(true).create_new(true)).open(path)
}

/// Makes an existing folder owner only (Unix), best effort: a file system without modes keeps
/// what it has.
pub(crate) fn restrict_dir(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(OWNER_ONLY_DIR));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// `options` with the owner-only mode for a file it creates (Unix; elsewhere unchanged).
pub(crate) fn owner_only(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, OWNER_ONLY_FILE);
    options
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

    #[cfg(unix)]
    #[test]
    fn files_and_folders_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b");
        create_dir(&nested).unwrap();
        replace(&nested, "f", b"x").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&nested), 0o700);
        assert_eq!(mode(&nested.join("f")), 0o600);
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
