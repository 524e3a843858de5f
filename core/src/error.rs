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
    /// The passphrase does not open the vault.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The recovery key is malformed or does not open the vault.
    #[error("wrong recovery key")]
    WrongRecoveryKey,
    /// The folder exists but holds no Habeas vault (no `vault.json`, or another format).
    #[error("not a Habeas vault")]
    NotAVault,
    /// The vault folder does not exist.
    #[error("vault folder missing")]
    FolderMissing,
    /// A new vault was asked for in a folder that already holds files.
    #[error("folder not empty")]
    FolderNotEmpty,
    /// The vault's format is newer than this Habeas reads. Nothing was changed.
    #[error("vault format {found} is newer than {supported}")]
    VaultTooNew {
        /// The vault's format version.
        found: u32,
        /// The newest format this build reads.
        supported: u32,
    },
    /// `vault.json` asks for a scrypt work factor below the pinned one, and the vault is not an
    /// explicit test vault. The file is not authenticated: a lowered factor is what someone who
    /// altered it would need to get the next key file sealed cheaply. Nothing was opened.
    #[error("vault.json asks for key derivation work factor {found}, below {pinned}")]
    WeakKdf {
        /// The `kdf.log_n` found in `vault.json`.
        found: u8,
        /// The pinned work factor ([`crate::vault::WorkFactor::PINNED`]).
        pinned: u8,
    },
    /// A file the vault needs is missing. `which` is its path inside the vault folder.
    #[error("missing vault file {which}")]
    MissingFile {
        /// Path of the file, relative to the vault folder.
        which: String,
    },
    /// A vault file is truncated, altered or swapped: it fails authentication or parsing.
    #[error("damaged vault file {which}")]
    DamagedFile {
        /// Path of the file, relative to the vault folder.
        which: String,
    },
    /// A save of the index's journal (`index/journal/<n>.age`) is missing or damaged. The rest
    /// of the vault is whole: it can be opened as it was before this save, the save and later
    /// ones set aside (`Vault::unlock_rescuing`). `which` is its path inside the vault folder.
    #[error("damaged save {which}")]
    DamagedSave {
        /// Path of the journal record, relative to the vault folder.
        which: String,
        /// The record is missing (rather than present and unreadable).
        missing: bool,
    },
    /// Another Habeas process has this vault open.
    #[error("vault in use")]
    VaultInUse,
    /// The same kind of long work (`what`: an import, an export, a check) is already running;
    /// one runs at a time.
    #[error("{what} already running")]
    Busy {
        /// What is running, as a noun phrase starting with a capital ("An export").
        what: &'static str,
    },
    /// The destination chosen for an export already holds a file of that name (`what`), and
    /// replacing it was not asked for.
    #[error("already exists: {what}")]
    AlreadyExists {
        /// What is already there: "a file with this name", or the name found in the folder.
        what: String,
    },
    /// The user cancelled a long operation; nothing was changed.
    #[error("cancelled")]
    Cancelled,
    /// The operation needs an unlocked vault, and none is.
    #[error("vault locked")]
    VaultLocked,
    /// A case, alert or event asked for does not exist (deleted meanwhile, or a wrong id).
    #[error("{what} not found")]
    NotFound {
        /// What was looked for ("case", "alert", "event").
        what: &'static str,
    },
    /// The file being imported is already in this case (same SHA-256). Nothing was imported.
    #[error("duplicate of evidence {existing}")]
    Duplicate {
        /// The id of the item already in the case.
        existing: String,
    },
    /// The OS keyring cannot be used (no Secret Service running, keyring locked, or this system
    /// is not supported yet).
    #[error("keyring unavailable: {detail}")]
    KeyringUnavailable {
        /// What the keyring said (shown in the message; contains no secret).
        detail: String,
    },
    /// This OS account's keyring does not remember this vault.
    #[error("not remembered on this device")]
    NotRemembered,
    /// The disk is full.
    #[error("disk full")]
    DiskFull,
    /// The vault folder cannot be written (read-only disk or no permission).
    #[error("vault folder is read-only")]
    ReadOnly,
    /// The backup folder's disk is full. The new backup was not made; earlier backups there
    /// and the vault are unchanged.
    #[error("backup disk full")]
    BackupFull,
    /// The backup folder cannot be written (read-only disk, write-protected stick, no
    /// permission). Nothing was changed.
    #[error("backup folder is read-only")]
    BackupReadOnly,
    /// The backup folder disappeared (a drive unplugged, a share disconnected) before or while
    /// Habeas copied to it. Earlier backups are intact; the next run completes the copy.
    #[error("backup folder gone")]
    BackupFolderGone,
    /// The folder holds the backup of another vault, or a vault itself: Habeas neither mixes
    /// two vaults' backups nor writes a backup into a vault. Nothing was changed.
    #[error("the folder holds another vault")]
    BackupOfAnotherVault,
    /// The folder holds no Habeas backup: for a restore, nothing to restore from; for a backup,
    /// a folder holding other files (`writing`), which Habeas does not mix a backup into.
    #[error("not a Habeas backup")]
    NotABackup {
        /// Whether a backup was to be written there (else read, for a restore).
        writing: bool,
    },
    /// A fault in Habeas itself (a bundled font that cannot be embedded, a document that cannot
    /// be written). Never the user's doing; nothing of theirs was changed.
    #[error("internal error: {what}")]
    Internal {
        /// What failed, for the report.
        what: String,
    },
    /// Any other input/output failure.
    #[error("could not {action}: {source}")]
    Io {
        /// What Habeas was trying to do, as a verb phrase.
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
}

/// The closed set of error codes. Stable: a released code is never renamed or reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorCode {
    /// The input was refused; the message says which field and why.
    InvalidInput,
    /// The operating system refused a protective operation.
    Platform,
    /// A bug or an unforeseen failure in Habeas itself. Never used for a user's mistake.
    Internal,
    /// The passphrase does not open the vault.
    WrongPassphrase,
    /// The recovery key does not open the vault.
    WrongRecoveryKey,
    /// The folder holds no Habeas vault.
    NotAVault,
    /// The vault folder does not exist.
    FolderMissing,
    /// A new vault needs an empty folder.
    FolderNotEmpty,
    /// The vault was made by a newer Habeas.
    VaultTooNew,
    /// `vault.json` asks for a weaker key derivation than Habeas allows (altered, most likely).
    WeakKdf,
    /// A vault file is missing; the message names it.
    MissingFile,
    /// A vault file is damaged or altered; the message names it.
    DamagedFile,
    /// A save of the journal is missing or damaged; the vault can be rescued (opened as before
    /// that save). The message names the file.
    DamagedSave,
    /// Another Habeas has the vault open.
    VaultInUse,
    /// The same kind of long work is already running.
    Busy,
    /// The export's destination already holds a file of that name.
    AlreadyExists,
    /// The user cancelled; nothing was changed.
    Cancelled,
    /// The vault is locked.
    VaultLocked,
    /// A case, alert or event does not exist.
    NotFound,
    /// The file being imported is already in the case; the error names the item.
    Duplicate,
    /// The OS keyring cannot be used.
    KeyringUnavailable,
    /// The vault is not remembered on this device.
    NotRemembered,
    /// The disk is full.
    DiskFull,
    /// The vault folder cannot be written.
    ReadOnly,
    /// Another input/output failure.
    Io,
    /// The backup folder's disk is full.
    BackupFull,
    /// The backup folder cannot be written.
    BackupReadOnly,
    /// The backup folder disappeared.
    BackupFolderGone,
    /// The folder holds another vault or its backup.
    BackupOfAnotherVault,
    /// The folder holds no Habeas backup (or, to back up into, other files).
    NotABackup,
}

impl ErrorCode {
    /// Every code, in a stable order (for documentation and exhaustive tests).
    pub const ALL: [ErrorCode; 30] = [
        Self::InvalidInput,
        Self::Platform,
        Self::Internal,
        Self::WrongPassphrase,
        Self::WrongRecoveryKey,
        Self::NotAVault,
        Self::FolderMissing,
        Self::FolderNotEmpty,
        Self::VaultTooNew,
        Self::WeakKdf,
        Self::MissingFile,
        Self::DamagedFile,
        Self::DamagedSave,
        Self::VaultInUse,
        Self::Busy,
        Self::AlreadyExists,
        Self::Cancelled,
        Self::VaultLocked,
        Self::NotFound,
        Self::Duplicate,
        Self::KeyringUnavailable,
        Self::NotRemembered,
        Self::DiskFull,
        Self::ReadOnly,
        Self::Io,
        Self::BackupFull,
        Self::BackupReadOnly,
        Self::BackupFolderGone,
        Self::BackupOfAnotherVault,
        Self::NotABackup,
    ];

    /// The code as it appears in JSON and in the CLI's output.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid_input",
            Self::Platform => "platform",
            Self::Internal => "internal",
            Self::WrongPassphrase => "wrong_passphrase",
            Self::WrongRecoveryKey => "wrong_recovery_key",
            Self::NotAVault => "not_a_vault",
            Self::FolderMissing => "folder_missing",
            Self::FolderNotEmpty => "folder_not_empty",
            Self::VaultTooNew => "vault_too_new",
            Self::WeakKdf => "weak_kdf",
            Self::MissingFile => "missing_file",
            Self::DamagedFile => "damaged_file",
            Self::DamagedSave => "damaged_save",
            Self::VaultInUse => "vault_in_use",
            Self::Busy => "busy",
            Self::AlreadyExists => "already_exists",
            Self::Cancelled => "cancelled",
            Self::VaultLocked => "vault_locked",
            Self::NotFound => "not_found",
            Self::Duplicate => "duplicate",
            Self::KeyringUnavailable => "keyring_unavailable",
            Self::NotRemembered => "not_remembered",
            Self::DiskFull => "disk_full",
            Self::ReadOnly => "read_only",
            Self::Io => "io",
            Self::BackupFull => "backup_full",
            Self::BackupReadOnly => "backup_read_only",
            Self::BackupFolderGone => "backup_folder_gone",
            Self::BackupOfAnotherVault => "backup_of_another_vault",
            Self::NotABackup => "not_a_backup",
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
            Self::WrongPassphrase => ErrorCode::WrongPassphrase,
            Self::WrongRecoveryKey => ErrorCode::WrongRecoveryKey,
            Self::NotAVault => ErrorCode::NotAVault,
            Self::FolderMissing => ErrorCode::FolderMissing,
            Self::FolderNotEmpty => ErrorCode::FolderNotEmpty,
            Self::VaultTooNew { .. } => ErrorCode::VaultTooNew,
            Self::WeakKdf { .. } => ErrorCode::WeakKdf,
            Self::MissingFile { .. } => ErrorCode::MissingFile,
            Self::DamagedFile { .. } => ErrorCode::DamagedFile,
            Self::DamagedSave { .. } => ErrorCode::DamagedSave,
            Self::VaultInUse => ErrorCode::VaultInUse,
            Self::Busy { .. } => ErrorCode::Busy,
            Self::AlreadyExists { .. } => ErrorCode::AlreadyExists,
            Self::Cancelled => ErrorCode::Cancelled,
            Self::VaultLocked => ErrorCode::VaultLocked,
            Self::NotFound { .. } => ErrorCode::NotFound,
            Self::Duplicate { .. } => ErrorCode::Duplicate,
            Self::KeyringUnavailable { .. } => ErrorCode::KeyringUnavailable,
            Self::NotRemembered => ErrorCode::NotRemembered,
            Self::DiskFull => ErrorCode::DiskFull,
            Self::ReadOnly => ErrorCode::ReadOnly,
            Self::Io { .. } => ErrorCode::Io,
            Self::BackupFull => ErrorCode::BackupFull,
            Self::BackupReadOnly => ErrorCode::BackupReadOnly,
            Self::BackupFolderGone => ErrorCode::BackupFolderGone,
            Self::BackupOfAnotherVault => ErrorCode::BackupOfAnotherVault,
            Self::NotABackup { .. } => ErrorCode::NotABackup,
            Self::Internal { .. } => ErrorCode::Internal,
        }
    }

    /// Classifies an input/output failure: a full disk and a read-only folder get their own
    /// codes, because the user can do something specific about each.
    #[must_use]
    pub fn from_io(action: &'static str, source: io::Error) -> Self {
        match source.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Self::DiskFull,
            io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied => Self::ReadOnly,
            _ => Self::Io { action, source },
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
            Self::WrongPassphrase => "Wrong passphrase. Check the keyboard layout and Caps Lock, \
                then try again. If you have lost it, open the vault with your recovery key."
                .into(),
            Self::WrongRecoveryKey => "This recovery key does not open this vault. Compare each \
                group of four characters with your recovery sheet (0 and O, 1 and I count as the \
                same)."
                .into(),
            Self::NotAVault => "This folder is not a Habeas vault (it has no vault.json). Choose \
                the folder that holds vault.json."
                .into(),
            Self::FolderMissing => "The vault folder does not exist. It may have been moved or \
                renamed, or be on a disk that is not connected."
                .into(),
            Self::FolderNotEmpty => "This folder is not empty. Create the vault in a new or \
                empty folder, so that nothing else is mixed with it."
                .into(),
            Self::VaultTooNew { found, supported } => format!(
                "This vault was made by a newer version of Habeas (data format {found}; this \
                 version reads up to {supported}). Update Habeas to open it. The vault was not \
                 changed."
            ),
            Self::WeakKdf { found, pinned } => format!(
                "This vault's settings file (vault.json) asks for a much weaker protection of \
                 the passphrase than Habeas allows (work factor {found}; at least {pinned} is \
                 required). Someone may have altered it so that your next passphrase would be \
                 easy to crack. Habeas did not open the vault and changed nothing. Restore \
                 vault.json from a backup copy of the vault folder, or set \"log_n\" in it back \
                 to {pinned}."
            ),
            Self::MissingFile { which } => format!(
                "A file of the vault is missing: {which}. Restore it from a backup copy of the \
                 vault folder. Nothing was changed."
            ),
            Self::DamagedFile { which } => format!(
                "A file of the vault is damaged or was altered: {which}. Restore it from a \
                 backup copy of the vault folder. Nothing was changed."
            ),
            Self::DamagedSave { which, missing } => format!(
                "One save of this vault is {}: {which}. The rest of the vault is whole. Restore \
                 the vault folder from a backup copy if you have one; otherwise open the vault \
                 as it was before this save (Rescue): that save and any later ones are set \
                 aside in the vault folder, not deleted.",
                if *missing { "missing" } else { "damaged or was altered" }
            ),
            Self::Busy { what } => format!(
                "{what} is already running. Wait for it to finish, or cancel it, then try again."
            ),
            Self::AlreadyExists { what } => format!(
                "Nothing was written: {what} is already there. Choose another name or an empty \
                 folder."
            ),
            Self::VaultInUse => "This vault is already open in another Habeas window or \
                program. Close it there first. (If Habeas crashed, this clears by itself.)"
                .into(),
            Self::Cancelled => "Cancelled. Nothing was changed.".into(),
            Self::VaultLocked => "The vault is locked. Unlock it, then try again.".into(),
            Self::NotFound { what } => format!(
                "This {what} no longer exists in the vault. It may have been deleted in another window; \
                 go back to the case list."
            ),
            Self::Duplicate { .. } => "This file is already in this case: its SHA-256 \
                fingerprint matches an item imported before, so it is the same file byte for \
                byte. Nothing was imported. Import it again only if you need a second record."
                .into(),
            Self::KeyringUnavailable { detail } => format!(
                "This computer's keyring cannot be used ({detail}), so Habeas cannot remember the \
                 vault here. Unlock it with your passphrase; nothing was changed."
            ),
            Self::NotRemembered => "This vault is not remembered on this device. Unlock it with \
                your passphrase."
                .into(),
            Self::DiskFull => "The disk is full, so Habeas could not save. Your last saved work \
                is safe. Free some space, then try again."
                .into(),
            Self::ReadOnly => "Habeas cannot write to the vault folder: the disk is read-only or \
                you lack permission. Your last saved work is safe. Check the folder's \
                permissions, or copy the vault to a writable folder."
                .into(),
            Self::Io { action, source } => format!(
                "Habeas could not {action} ({source}). Your last saved work is safe; try again."
            ),
            Self::BackupFull => "The backup disk is full, so this backup was not made. Your \
                vault and the earlier backups in that folder are unchanged. Free some space \
                there (or keep fewer backups, or choose a larger disk), then back up again."
                .into(),
            Self::BackupReadOnly => "Habeas cannot write to the backup folder: the disk is \
                read-only or write-protected, or you lack permission. Nothing was changed. \
                Check the drive's write-protect switch or the folder's permissions, or choose \
                another folder."
                .into(),
            Self::BackupFolderGone => "The backup folder is no longer there: the drive may \
                have been unplugged or the network share disconnected. Your vault and the \
                earlier backups are unchanged. Reconnect it and back up again: the next \
                backup completes this one."
                .into(),
            Self::BackupOfAnotherVault => "This folder holds another vault, or the backup of \
                another vault. Habeas does not mix them, and changed nothing. Choose an empty \
                folder, or the folder of this vault's own backups."
                .into(),
            Self::NotABackup { writing: true } => "This folder holds other files and no Habeas \
                backup. Nothing was changed. Choose an empty folder for backups (a new folder on \
                the drive), or the folder of this vault's earlier backups."
                .into(),
            Self::NotABackup { writing: false } => "This folder holds no Habeas backup. Choose \
                the folder you backed up to: it holds a file named habeas-backup.json."
                .into(),
            Self::Internal { what } => format!(
                "Something went wrong inside Habeas ({what}). Your saved work is safe. Please \
                 report this message."
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

    /// The situations that used to share `invalid_input` or `damaged_file` each have a code of
    /// their own, so that no caller needs to read the message (issue 14.3).
    #[test]
    fn situations_a_caller_acts_on_have_their_own_code() {
        let save = Error::DamagedSave {
            which: "index/journal/000000000002.age".into(),
            missing: false,
        };
        assert_eq!(save.code(), ErrorCode::DamagedSave);
        assert!(save
            .user_message()
            .contains("index/journal/000000000002.age"));
        assert!(save.user_message().contains("Rescue"));
        let missing = Error::DamagedSave {
            which: "index/journal/000000000003.age".into(),
            missing: true,
        };
        assert!(missing.user_message().contains("is missing"));
        assert_eq!(
            Error::Busy { what: "An export" }.user_message(),
            "An export is already running. Wait for it to finish, or cancel it, then try again."
        );
        assert_eq!(
            Error::AlreadyExists {
                what: "a file with this name".into()
            }
            .code(),
            ErrorCode::AlreadyExists
        );
        let codes: std::collections::HashSet<&str> =
            ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(codes.len(), ErrorCode::ALL.len(), "codes are distinct");
    }
}
