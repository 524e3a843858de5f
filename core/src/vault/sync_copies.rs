//! Conflict copies left in a vault folder by a file-sync program (issue 20).
//!
//! Today's vault format is written by one device at a time: each save takes the next number in
//! `index/journal/`. When a vault folder kept in sync by Syncthing, Nextcloud or Dropbox is
//! changed on two devices while they are apart, both name their next save alike, and the sync
//! program keeps one under the real name and the other as a *conflict copy* beside it
//! (`000000000042.sync-conflict-20261129-013700-ABCDEFG.age`). Habeas never reads such a copy,
//! so the save in it does not show. Until the multi-device format merges them, [`sync_copies`]
//! finds them so the app and the CLI can say so, instead of showing less than was saved as if
//! it were everything. Nothing is changed or deleted: a copy may hold the only trace of a save.

use std::path::Path;

/// Conflict copies a sync program made inside a vault folder.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SyncCopies {
    /// The copies, relative to the vault folder, the first few only, sorted.
    pub copies: Vec<String>,
    /// How many there are in all.
    pub count: u64,
}

/// At most this many paths are listed in [`SyncCopies::copies`].
const LISTED: usize = 8;

/// The marks sync programs put in the name of a conflict copy: Syncthing
/// (`name.sync-conflict-<date>-<time>-<device>.ext`, docs.syncthing.net "Conflicting Changes"),
/// Nextcloud's desktop client (`name (conflicted copy <date> <time>).ext`), Dropbox (`name
/// (<who>'s conflicted copy <date>).ext`) and ownCloud's (`name_conflict-<date>-<time>.ext`).
const CONFLICT_MARKS: [&str; 3] = [".sync-conflict-", "conflicted copy", "_conflict-"];

/// Whether `name` (one path component) is a sync program's conflict copy.
#[must_use]
pub fn is_conflict_copy(name: &str) -> bool {
    let lower = name.to_lowercase();
    CONFLICT_MARKS.iter().any(|mark| lower.contains(mark))
}

impl SyncCopies {
    /// What it means and what to do, in plain words (the same in the app and the CLI).
    #[must_use]
    pub fn message(&self) -> String {
        format!(
            "A file-sync program left {} conflict cop{} in this vault folder ({}{}). This happens \
             when the vault was changed on two devices while they were apart: the sync program \
             kept one device's save and set the other's aside. Habeas does not merge such copies \
             yet, so a save made on another device may be missing here. Keep these files (they \
             are encrypted and may hold the only trace of that save), and use the vault on one \
             device at a time: let each device finish syncing before saving on another.",
            self.count,
            if self.count == 1 { "y" } else { "ies" },
            self.copies.join(", "),
            if self.count > self.copies.len() as u64 {
                ", …"
            } else {
                ""
            }
        )
    }
}

/// The conflict copies inside the vault folder `dir`, or `None` when there are none (or the
/// folder cannot be read: opening the vault reports that).
#[must_use]
pub fn sync_copies(dir: &Path) -> Option<SyncCopies> {
    let mut copies = Vec::new();
    let mut count = 0u64;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                // The sync program's own folders (`.stfolder`, `.stversions`) hold no save.
                if !entry.file_name().to_string_lossy().starts_with(".st") {
                    stack.push(path);
                }
            } else if kind.is_file() && is_conflict_copy(&entry.file_name().to_string_lossy()) {
                count += 1;
                if let Ok(relative) = path.strip_prefix(dir) {
                    copies.push(relative.display().to_string());
                }
            }
        }
    }
    if count == 0 {
        return None;
    }
    copies.sort();
    copies.truncate(LISTED);
    Some(SyncCopies { copies, count })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copies_of_each_sync_program_are_recognised_and_ordinary_files_are_not() {
        for name in [
            "000000000042.sync-conflict-20261129-013700-ABCDEFG.age",
            "snapshot (conflicted copy 2026-11-29 013700).age",
            "snapshot (Amina's conflicted copy 2026-11-29).age",
            "000000000042_conflict-20261129-013700.age",
        ] {
            assert!(is_conflict_copy(name), "{name}");
        }
        for name in [
            "000000000042.age",
            "snapshot.age",
            ".syncthing.000000000042.age.tmp",
            ".000000000042.age.1a2b.tmp",
            "identity.age",
        ] {
            assert!(!is_conflict_copy(name), "{name}");
        }
    }

    #[test]
    fn copies_are_found_anywhere_in_the_folder_but_not_in_the_sync_programs_own() {
        let dir = tempfile::tempdir().expect("temp");
        assert_eq!(sync_copies(dir.path()), None);
        let journal = dir.path().join("index/journal");
        std::fs::create_dir_all(&journal).expect("mkdir");
        std::fs::create_dir_all(dir.path().join(".stversions")).expect("mkdir");
        std::fs::write(journal.join("000000000001.age"), b"x").expect("write");
        std::fs::write(
            journal.join("000000000002.sync-conflict-20261129-013700-ABCDEFG.age"),
            b"x",
        )
        .expect("write");
        std::fs::write(
            dir.path()
                .join(".stversions/000000000001.sync-conflict-20261128-000000-ABCDEFG.age"),
            b"x",
        )
        .expect("write");
        let found = sync_copies(dir.path()).expect("one copy");
        assert_eq!(found.count, 1);
        assert_eq!(
            found.copies,
            ["index/journal/000000000002.sync-conflict-20261129-013700-ABCDEFG.age"]
        );
        assert!(
            found.message().contains("1 conflict copy"),
            "{}",
            found.message()
        );
    }
}
