//! The names of the events the shell sends the webview. The UI listens by the same names: they
//! reach it as the generated constant `EVENTS` (`bindings.rs`), never typed by hand.

/// The vault was locked by the shell itself (screen lock, sleep); the payload says why.
pub(crate) const VAULT_LOCKED: &str = "vault-locked";
/// Progress of an evidence import (`ImportProgress`).
pub(crate) const EVIDENCE_PROGRESS: &str = "evidence-progress";
/// Progress of an evidence check (`VerifyProgress`).
pub(crate) const EVIDENCE_VERIFY_PROGRESS: &str = "evidence-verify-progress";
/// A case's evidence changed; the payload is the case's id.
pub(crate) const EVIDENCE_CHANGED: &str = "evidence-changed";
/// Progress of a filing export (`ExportProgress`).
pub(crate) const FILING_PROGRESS: &str = "filing-progress";

/// Progress of a backup, a restore or a travel step (`BackupProgress`).
pub(crate) const BACKUP_PROGRESS: &str = "backup-progress";

/// Progress of a share (`ShareProgress`).
pub(crate) const SHARE_PROGRESS: &str = "share-progress";

/// Every event, by the name the UI knows it under (exported into the bindings by their test).
#[cfg(test)]
pub(crate) const NAMES: [(&str, &str); 7] = [
    ("vaultLocked", VAULT_LOCKED),
    ("evidenceProgress", EVIDENCE_PROGRESS),
    ("evidenceVerifyProgress", EVIDENCE_VERIFY_PROGRESS),
    ("evidenceChanged", EVIDENCE_CHANGED),
    ("filingProgress", FILING_PROGRESS),
    ("backupProgress", BACKUP_PROGRESS),
    ("shareProgress", SHARE_PROGRESS),
];
