//! Who else on this computer can look into the vault folder (issue 16.6).
//!
//! Habeas creates every vault file owner-only (`files::atomic`), but a vault made by an earlier
//! version, copied in with `cp -r`, or kept under a folder other accounts can list is still
//! visible to them: a folder's name ("Habeas-Ivanov"), how many evidence files there are and
//! when each came. [`exposure`] looks, before or after unlocking, and the app and the CLI show
//! what it finds. It reads modes only: nothing is changed, since the folders above the vault
//! are the user's.
//!
//! Unix (Linux, macOS) only: Windows keeps access in ACLs inherited from the folder above,
//! which for a folder inside the user's profile admits only that user, the administrators and
//! SYSTEM (docs/threat-model.md, "Who else on this computer").

use std::path::{Path, PathBuf};

/// What other accounts of this computer can see of a vault folder.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Exposure {
    /// Folders other accounts can list: the vault folder itself, or a folder above it inside
    /// the home folder (the home folder included). Listing shows the names inside.
    pub listable: Vec<PathBuf>,
    /// Files and folders inside the vault that other accounts (or the file's group) may read
    /// or enter, relative to the vault folder, the first few only.
    pub open_inside: Vec<String>,
    /// How many such files and folders there are in all.
    pub open_inside_count: u64,
}

/// At most this many paths are listed in [`Exposure::open_inside`].
const LISTED: usize = 8;

impl Exposure {
    /// What it means and what to do, in plain words (the same in the app and the CLI).
    #[must_use]
    pub fn message(&self) -> String {
        let mut text = String::new();
        if !self.listable.is_empty() {
            let folders: Vec<String> = self
                .listable
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            text.push_str(&format!(
                "Other accounts on this computer can list {}: they can see the vault folder's \
                 name, or its files' number, sizes and dates (not their contents). ",
                folders.join(", ")
            ));
        }
        if self.open_inside_count > 0 {
            text.push_str(&format!(
                "{} file(s) or folder(s) inside the vault can be read by other accounts (made by \
                 an earlier Habeas or copied in); they are encrypted, but say how much is there \
                 and when it came. ",
                self.open_inside_count
            ));
        }
        text.push_str(
            "To close this, make the folders private: on Linux or macOS, `chmod -R go-rwx` on \
             the vault folder and `chmod go-r` on the folders above it.",
        );
        text
    }
}

/// What other accounts can see of the vault folder `dir`; `None` when they can see nothing
/// (or on a system where Habeas cannot tell). Files that cannot be examined are skipped.
#[must_use]
pub fn exposure(dir: &Path) -> Option<Exposure> {
    imp::exposure(dir, std::env::var_os("HOME").map(PathBuf::from).as_deref())
}

#[cfg(unix)]
mod imp {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};

    use super::{Exposure, LISTED};

    /// Readable or listable by accounts other than the owner. On a folder, `r` lets them list
    /// it; `x` alone lets them reach a name they already know, which is left to the folders
    /// above the vault.
    const OTHERS_READ: u32 = 0o004;
    const GROUP_OR_OTHERS: u32 = 0o077;

    pub(super) fn exposure(dir: &Path, home: Option<&Path>) -> Option<Exposure> {
        let dir = fs::canonicalize(dir).ok()?;
        let home = home.and_then(|h| fs::canonicalize(h).ok());
        let mode = |p: &Path| fs::metadata(p).ok().map(|m| m.permissions().mode());

        let mut listable = Vec::new();
        if mode(&dir).is_some_and(|m| m & OTHERS_READ != 0) {
            listable.push(dir.clone());
        }
        // The folders above, up to the home folder, when the vault is inside it. Outside the
        // home folder (a USB stick under /media), the folders above are the system's.
        if let Some(home) = home.as_deref().filter(|h| dir.starts_with(h)) {
            let mut above = dir.parent();
            while let Some(folder) = above {
                if mode(folder).is_some_and(|m| m & OTHERS_READ != 0) {
                    listable.push(folder.to_path_buf());
                }
                if folder == home {
                    break;
                }
                above = folder.parent();
            }
        }

        let mut open_inside = Vec::new();
        let mut open_inside_count = 0u64;
        let mut stack: Vec<PathBuf> = vec![dir.clone()];
        while let Some(folder) = stack.pop() {
            let Ok(entries) = fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(meta) = entry.path().symlink_metadata() else {
                    continue;
                };
                if meta.file_type().is_symlink() {
                    continue;
                }
                if meta.permissions().mode() & GROUP_OR_OTHERS != 0 {
                    open_inside_count += 1;
                    if open_inside.len() < LISTED {
                        let relative = entry.path();
                        let relative = relative.strip_prefix(&dir).unwrap_or(&relative);
                        open_inside.push(relative.display().to_string());
                    }
                }
                if meta.is_dir() {
                    stack.push(entry.path());
                }
            }
        }
        open_inside.sort();

        if listable.is_empty() && open_inside_count == 0 {
            None
        } else {
            Some(Exposure {
                listable,
                open_inside,
                open_inside_count,
            })
        }
    }
}

#[cfg(not(unix))]
mod imp {
    use std::path::Path;

    use super::Exposure;

    /// Windows: access is in ACLs inherited from the folder above (the user profile admits only
    /// its user, the administrators and SYSTEM); not examined here.
    pub(super) fn exposure(_dir: &Path, _home: Option<&Path>) -> Option<Exposure> {
        None
    }
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn chmod(path: &Path, mode: u32) {
        if let Err(e) = fs::set_permissions(path, fs::Permissions::from_mode(mode)) {
            panic!("chmod {}: {e}", path.display());
        }
    }

    #[test]
    fn private_folders_expose_nothing_and_open_ones_are_named() {
        let tmp = tempfile::tempdir().unwrap();
        let home = tmp.path().join("home");
        let docs = home.join("Documents");
        let vault = docs.join("vault");
        fs::create_dir_all(vault.join("keys")).unwrap();
        fs::write(vault.join("keys/passphrase.age"), b"x").unwrap();
        for p in [&home, &docs, &vault, &vault.join("keys")] {
            chmod(p, 0o700);
        }
        chmod(&vault.join("keys/passphrase.age"), 0o600);
        assert_eq!(imp::exposure(&vault, Some(&home)), None);

        chmod(&docs, 0o755);
        chmod(&vault.join("keys/passphrase.age"), 0o644);
        let found = imp::exposure(&vault, Some(&home)).unwrap();
        let docs = fs::canonicalize(&docs).unwrap();
        assert_eq!(found.listable, vec![docs]);
        assert_eq!(found.open_inside, vec!["keys/passphrase.age".to_owned()]);
        assert_eq!(found.open_inside_count, 1);
        assert!(found.message().contains("chmod -R go-rwx"));
    }

    #[test]
    fn folders_above_the_home_folder_are_not_the_users() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tmp.path().join("media/usb");
        let vault = outside.join("vault");
        fs::create_dir_all(&vault).unwrap();
        chmod(&outside, 0o755);
        chmod(&vault, 0o700);
        let home = tmp.path().join("home");
        fs::create_dir_all(&home).unwrap();
        assert_eq!(imp::exposure(&vault, Some(&home)), None);
    }
}
