//! Typed errors, and the closed set of codes they cross boundaries with.
//!
//! Every failure a user can meet is one [`Error`] variant. Each variant maps to exactly one
//! [`ErrorCode`]: the desktop shell sends `{code, message}` to the UI, the CLI prints the code
//! with `--json` and derives its exit status from it. Programs decide by the code; people read
//! the message. Codes are part of the public contract: once released a code is never renamed
//! (tests in `src-tauri` pin their JSON spelling).
//!
//! Messages are written for a frightened person at 2 a.m.: what happened, and what to do next.
//! Their words live in the catalogues (`locales/<lang>/core.ftl`, `error-<code>`), one per
//! language, so an error is written once and the UI can show it by its code.
//! They never contain secrets, and never contain case data (names, file names), because they may
//! end up in a bug report.

use std::io;

use crate::locale::{self, Arg, Language};

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
    /// A save of the journal was not written by a holder of the vault's keys: its
    /// authentication tag (under a key derived from the vault identity) is missing or wrong,
    /// though it decrypts. Someone who knows only the vault's public recipient could have made it
    /// (issue 16.5). The vault can be opened as it was before it (`Vault::unlock_rescuing`).
    #[error("forged save {which}")]
    ForgedSave {
        /// Path of the journal record, relative to the vault folder.
        which: String,
    },
    /// The index snapshot (`which`) decrypts but was not written by a holder of the vault's
    /// keys: its authentication tag is missing or wrong (issue 16.5).
    #[error("forged vault file {which}")]
    ForgedFile {
        /// Path of the file, relative to the vault folder.
        which: String,
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
    /// The backup generation was made before the vault's passphrase or recovery key was
    /// changed: a change of secret gives the vault a new identity (`vault::rotation`), so the
    /// generation opens only with the secret of its time, and cannot be read into this vault
    /// (travel mode's return). Nothing was changed; a restore to a new folder with the old
    /// secret gets its cases back.
    #[error("the backup was made before the secret was changed")]
    BackupBeforeSecretChange,
    /// A fault in Habeas itself (a bundled font that cannot be embedded, a document that cannot
    /// be written). Never the user's doing; nothing of theirs was changed.
    #[error("internal error: {what}")]
    Internal {
        /// What failed, for the report.
        what: String,
    },
    /// A shared case file ends before the end its contents declare: it was cut short in
    /// copying or downloading. Nothing was changed.
    #[error("shared file incomplete")]
    ShareIncomplete,
    /// A shared case file fails authentication or its signature does not match what it holds:
    /// it was altered or damaged. Nothing was changed.
    #[error("shared file damaged or altered")]
    ShareDamaged,
    /// A shared case file is not for this vault: it was encrypted to another vault's sharing
    /// identity (`resealed`: it opens here, but its sender signed it for someone else, so it was
    /// re-encrypted by a third party). Nothing was changed.
    #[error("shared file not for this vault")]
    ShareNotForYou {
        /// Encrypted to this vault, but signed for another recipient.
        resealed: bool,
    },
    /// A shared case file was made by a newer Habeas (sharing format `found`). Nothing was
    /// changed.
    #[error("shared file format {found} is newer than {supported}")]
    ShareTooNew {
        /// The file's sharing format.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// A shared case file is signed by a key that is not among this vault's contacts, and the
    /// user did not confirm that sender. Nothing was changed.
    #[error("shared file from an unknown sender {fingerprint}")]
    ShareUnknownSender {
        /// The sender's fingerprint, to compare with what they read out.
        fingerprint: String,
    },
    /// A shared case file is signed by a key whose owner revoked it (a revocation statement was
    /// imported): it may come from whoever took that key. Nothing was changed.
    #[error("shared file signed by a key revoked on {revoked_at}")]
    ShareRevokedSender {
        /// The revoked key's fingerprint.
        fingerprint: String,
        /// When it was revoked (UTC, RFC 3339).
        revoked_at: String,
    },
    /// An update of a received case would replace changes made here since it was last received,
    /// and replacing them was not confirmed. Nothing was changed.
    #[error("{edits} local changes would be replaced")]
    ShareLocalEdits {
        /// How many records were changed here.
        edits: usize,
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
    /// A save of the journal was not written with the vault's keys (forged); the vault can be
    /// rescued (opened as before that save). The message names the file.
    ForgedSave,
    /// The index snapshot was not written with the vault's keys (forged). The message names it.
    ForgedFile,
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
    /// A shared case file is cut short.
    ShareIncomplete,
    /// A shared case file was altered or damaged.
    ShareDamaged,
    /// A shared case file is for another vault.
    ShareNotForYou,
    /// A shared case file was made by a newer Habeas.
    ShareTooNew,
    /// A shared case file comes from a key not among the contacts; confirm the sender first.
    ShareUnknownSender,
    /// An update of a shared case would replace local changes; confirm first.
    ShareLocalEdits,
    /// A shared file or a share names a revoked sharing key.
    ShareRevokedSender,
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
    /// The backup was made before the passphrase or recovery key changed.
    BackupBeforeSecretChange,
}

impl ErrorCode {
    /// Every code, in a stable order (for documentation and exhaustive tests).
    pub const ALL: [ErrorCode; 40] = [
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
        Self::ForgedSave,
        Self::ForgedFile,
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
        Self::ShareIncomplete,
        Self::ShareDamaged,
        Self::ShareNotForYou,
        Self::ShareTooNew,
        Self::ShareUnknownSender,
        Self::ShareLocalEdits,
        Self::ShareRevokedSender,
        Self::Io,
        Self::BackupFull,
        Self::BackupReadOnly,
        Self::BackupFolderGone,
        Self::BackupOfAnotherVault,
        Self::NotABackup,
        Self::BackupBeforeSecretChange,
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
            Self::ForgedSave => "forged_save",
            Self::ForgedFile => "forged_file",
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
            Self::ShareIncomplete => "share_incomplete",
            Self::ShareDamaged => "share_damaged",
            Self::ShareNotForYou => "share_not_for_you",
            Self::ShareTooNew => "share_too_new",
            Self::ShareUnknownSender => "share_unknown_sender",
            Self::ShareLocalEdits => "share_local_edits",
            Self::ShareRevokedSender => "share_revoked_sender",
            Self::Io => "io",
            Self::BackupFull => "backup_full",
            Self::BackupReadOnly => "backup_read_only",
            Self::BackupFolderGone => "backup_folder_gone",
            Self::BackupOfAnotherVault => "backup_of_another_vault",
            Self::NotABackup => "not_a_backup",
            Self::BackupBeforeSecretChange => "backup_before_secret_change",
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
            Self::ForgedSave { .. } => ErrorCode::ForgedSave,
            Self::ForgedFile { .. } => ErrorCode::ForgedFile,
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
            Self::ShareIncomplete => ErrorCode::ShareIncomplete,
            Self::ShareDamaged => ErrorCode::ShareDamaged,
            Self::ShareNotForYou { .. } => ErrorCode::ShareNotForYou,
            Self::ShareTooNew { .. } => ErrorCode::ShareTooNew,
            Self::ShareUnknownSender { .. } => ErrorCode::ShareUnknownSender,
            Self::ShareLocalEdits { .. } => ErrorCode::ShareLocalEdits,
            Self::ShareRevokedSender { .. } => ErrorCode::ShareRevokedSender,
            Self::Io { .. } => ErrorCode::Io,
            Self::BackupFull => ErrorCode::BackupFull,
            Self::BackupReadOnly => ErrorCode::BackupReadOnly,
            Self::BackupFolderGone => ErrorCode::BackupFolderGone,
            Self::BackupOfAnotherVault => ErrorCode::BackupOfAnotherVault,
            Self::NotABackup { .. } => ErrorCode::NotABackup,
            Self::BackupBeforeSecretChange => ErrorCode::BackupBeforeSecretChange,
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

    /// A message for the person using Habeas, in English: what happened and what they can do
    /// about it. Values put into it (a file's name, a field) are wrapped in bidi isolates.
    #[must_use]
    pub fn user_message(&self) -> String {
        self.user_message_in(Language::En)
    }

    /// The message in `language`, from the core's catalogue (`locales/<lang>/core.ftl`, message
    /// `error-<code>`; the UI shows the same message by the code). The values a caller passes
    /// (`field`, `action`, `what`) are English phrases, put in as they are.
    #[must_use]
    pub fn user_message_in(&self, language: Language) -> String {
        let m = |id: &str, args: &[(&str, Arg<'_>)]| locale::message(language, id, args);
        match self {
            Self::InvalidInput { field, reason } => m(
                "error-invalid-input",
                &[
                    ("field", (*field).into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
            Self::Platform { action, source } => m(
                "error-platform",
                &[
                    ("action", (*action).into()),
                    ("detail", source.to_string().into()),
                ],
            ),
            Self::WrongPassphrase => m("error-wrong-passphrase", &[]),
            Self::WrongRecoveryKey => m("error-wrong-recovery-key", &[]),
            Self::NotAVault => m("error-not-a-vault", &[]),
            Self::FolderMissing => m("error-folder-missing", &[]),
            Self::FolderNotEmpty => m("error-folder-not-empty", &[]),
            Self::VaultTooNew { found, supported } => m(
                "error-vault-too-new",
                &[
                    ("found", (*found).into()),
                    ("supported", (*supported).into()),
                ],
            ),
            Self::WeakKdf { found, pinned } => m(
                "error-weak-kdf",
                &[("found", (*found).into()), ("pinned", (*pinned).into())],
            ),
            Self::MissingFile { which } => {
                m("error-missing-file", &[("which", which.as_str().into())])
            }
            Self::DamagedFile { which } => {
                m("error-damaged-file", &[("which", which.as_str().into())])
            }
            Self::DamagedSave { which, missing } => m(
                "error-damaged-save",
                &[
                    ("which", which.as_str().into()),
                    ("state", if *missing { "missing" } else { "damaged" }.into()),
                ],
            ),
            Self::ForgedSave { which } => {
                m("error-forged-save", &[("which", which.as_str().into())])
            }
            Self::ForgedFile { which } => {
                m("error-forged-file", &[("which", which.as_str().into())])
            }
            Self::ShareIncomplete => m("error-share-incomplete", &[]),
            Self::ShareDamaged => m("error-share-damaged", &[]),
            Self::ShareNotForYou { resealed } => m(
                "error-share-not-for-you",
                &[("resealed", if *resealed { "yes" } else { "no" }.into())],
            ),
            Self::ShareTooNew { found, supported } => m(
                "error-share-too-new",
                &[
                    ("found", (*found).into()),
                    ("supported", (*supported).into()),
                ],
            ),
            Self::ShareUnknownSender { fingerprint } => m(
                "error-share-unknown-sender",
                &[("fingerprint", fingerprint.as_str().into())],
            ),
            Self::ShareLocalEdits { edits } => m(
                "error-share-local-edits",
                &[("edits", i64::try_from(*edits).unwrap_or(i64::MAX).into())],
            ),
            Self::ShareRevokedSender {
                fingerprint,
                revoked_at,
            } => m(
                "error-share-revoked-sender",
                &[
                    ("fingerprint", fingerprint.as_str().into()),
                    ("date", revoked_at.get(..10).unwrap_or(revoked_at).into()),
                ],
            ),
            Self::BackupFull => m("error-backup-full", &[]),
            Self::BackupReadOnly => m("error-backup-read-only", &[]),
            Self::BackupFolderGone => m("error-backup-folder-gone", &[]),
            Self::BackupOfAnotherVault => m("error-backup-of-another-vault", &[]),
            Self::NotABackup { writing } => m(
                "error-not-a-backup",
                &[("writing", if *writing { "yes" } else { "no" }.into())],
            ),
            Self::BackupBeforeSecretChange => m("error-backup-before-secret-change", &[]),
            Self::Busy { what } => m("error-busy", &[("what", (*what).into())]),
            Self::AlreadyExists { what } => {
                m("error-already-exists", &[("what", what.as_str().into())])
            }
            Self::VaultInUse => m("error-vault-in-use", &[]),
            Self::Cancelled => m("error-cancelled", &[]),
            Self::VaultLocked => m("error-vault-locked", &[]),
            Self::NotFound { what } => m("error-not-found", &[("what", (*what).into())]),
            Self::Duplicate { .. } => m("error-duplicate", &[]),
            Self::KeyringUnavailable { detail } => m(
                "error-keyring-unavailable",
                &[("detail", detail.as_str().into())],
            ),
            Self::NotRemembered => m("error-not-remembered", &[]),
            Self::DiskFull => m("error-disk-full", &[]),
            Self::ReadOnly => m("error-read-only", &[]),
            Self::Io { action, source } => m(
                "error-io",
                &[
                    ("action", (*action).into()),
                    ("detail", source.to_string().into()),
                ],
            ),
            Self::Internal { what } => m("error-internal", &[("what", what.as_str().into())]),
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
            "Please check “\u{2068}Vault name\u{2069}”: \u{2068}it is empty\u{2069}."
        );

        let err = Error::Platform {
            action: "disable core dumps",
            source: io::Error::from(io::ErrorKind::PermissionDenied),
        };
        assert_eq!(err.code(), ErrorCode::Platform);
        assert!(err
            .user_message()
            .starts_with("Habeas could not \u{2068}disable core dumps\u{2069} ("));
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
            locale::catalogue::without_isolates(&Error::Busy { what: "An export" }.user_message()),
            "An export is already running. Wait for it to finish, or cancel it, then try again."
        );
        assert_eq!(
            Error::AlreadyExists {
                what: "a file with this name".into()
            }
            .code(),
            ErrorCode::AlreadyExists
        );
        assert!(
            locale::catalogue::without_isolates(&missing.user_message_in(Language::Fr))
                .starts_with("Un enregistrement de ce coffre manque : index/journal/")
        );
        let codes: std::collections::HashSet<&str> =
            ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(codes.len(), ErrorCode::ALL.len(), "codes are distinct");
    }
}
