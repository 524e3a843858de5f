//! Deleting a case with its evidence (issue 21.3): the records in one save, then the files.
//!
//! The order is the one evidence deletion uses (`evidence::intake::delete`): the records go
//! first, in one journal record with one audit entry that holds only counts, so a crash (even
//! `kill -9`) leaves either the whole case or no record of it; the blob files go after. A crash
//! between the two leaves files no record names, which `vault verify` lists
//! (`VerifyReport::unnamed_blobs`); they are only ciphertext.
//!
//! The case's audit entries go in the same save, each replaced by a stand-in that keeps the
//! chain verifiable and says nothing of the case (`store::audit::erase_case`). The index is then
//! compacted, so the journal records that held the case's data (its creation, its edits, the
//! deletion's own record of the rows it removed) leave the disk now rather than at the next lock.
//!
//! What deletion cannot reach, the confirmation says: copies outside the vault folder (backups,
//! synced folders, exported files), and the deletion's own audit entry (counts only).

use serde::Serialize;

use crate::store::cases::{self, CaseContents};
use crate::vault::{BlobId, Vault};
use crate::Error;

/// What a deletion removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Deleted {
    /// What the case held.
    pub removed: CaseContents,
    /// Evidence files that could not be removed (relative paths); `vault verify` lists them as
    /// unnamed until they are removed by hand. Usually empty.
    pub files_left: Vec<String>,
}

/// What deleting the case would remove: what the confirmation shows.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn plan(vault: &mut Vault, id: &str) -> Result<CaseContents, Error> {
    cases::contents(vault.store(), id)
}

/// Deletes the case, its alerts, events, evidence records and filings, then its evidence files.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving (then nothing was deleted).
pub fn delete(vault: &mut Vault, id: &str) -> Result<Deleted, Error> {
    let removed = cases::contents(vault.store(), id)?;
    let blobs = cases::delete_case(vault.store(), id)?;
    // The records are gone and saved: from here on the case is deleted, and a file that cannot
    // be removed is reported, not an error (the user could not undo the deletion anyway).
    // Likewise the compaction: if it fails, the records it would have folded stay sealed in the
    // journal until the next one (at the latest on lock).
    let _ = vault.store().compact();
    let mut files_left = Vec::new();
    for blob in blobs {
        if let Ok(blob) = BlobId::parse(&blob) {
            if vault.remove_blob(&blob).is_err() {
                files_left.push(blob.relative_path());
            }
        }
    }
    Ok(Deleted {
        removed,
        files_left,
    })
}
