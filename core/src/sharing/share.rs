//! Sharing a case with co-counsel: the sender's side.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::json;

use super::package::{self, Manifest, SharedItem};
use super::{contacts, identity};
use crate::store::audit::{self, Change};
use crate::store::{case_document, evidence_items, filings};
use crate::vault::Vault;
use crate::Error;

/// What to share, and with whom.
#[derive(Debug, Clone)]
pub struct ShareRequest<'a> {
    /// The case.
    pub case_id: &'a str,
    /// A contact's name, or a sharing identity's text.
    pub to: &'a str,
    /// The evidence items to include (ids, of this case).
    pub evidence: &'a [String],
    /// The filings to include (ids, of this case); every item they annex must be included.
    pub filings: &'a [String],
    /// The file to write (must not exist).
    pub out: &'a Path,
}

/// What was shared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Shared {
    /// The file written.
    pub file: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The recipient's fingerprint.
    pub to_fingerprint: String,
    /// The recipient's name among the contacts, if named.
    pub to_name: Option<String>,
    /// Evidence items included.
    pub evidence: u32,
    /// Filings included.
    pub filings: u32,
}

fn refused(reason: &str) -> Error {
    Error::InvalidInput {
        field: "Share",
        reason: reason.to_owned(),
    }
}

/// How a share is written, beyond what it holds.
pub struct ShareOptions<'a> {
    /// Whether `out` may be replaced: the app's save dialog already asked the user before
    /// replacing a file; the CLI never replaces one.
    pub replace: bool,
    /// Called with the evidence bytes written so far, out of [`ShareOptions`]' total (every
    /// chosen item's size); returning false cancels: nothing is written or recorded.
    pub progress: &'a mut dyn FnMut(u64, u64) -> bool,
}

/// Writes the case `request.case_id`, with the evidence items and filings chosen, into one file
/// for `request.to` (docs/sharing-format.md), and records it: the case's history says "shared
/// with", and so does each item's chain of custody. Nothing is recorded if writing fails.
///
/// # Errors
/// [`Error::NotFound`]; [`Error::InvalidInput`] for an unknown contact, an item or filing of
/// another case or deleted, a filing whose annex is not included; [`Error::AlreadyExists`];
/// I/O errors.
pub fn share(vault: &mut Vault, request: &ShareRequest<'_>) -> Result<Shared, Error> {
    share_with(
        vault,
        request,
        ShareOptions {
            replace: false,
            progress: &mut |_, _| true,
        },
    )
}

impl std::fmt::Debug for ShareOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShareOptions")
            .field("replace", &self.replace)
            .finish_non_exhaustive()
    }
}

/// [`share`], with progress and cancel for large evidence, and the choice to replace `out`.
///
/// # Errors
/// Those of [`share`]; [`Error::Cancelled`] when `progress` returns false (no file is left).
pub fn share_with(
    vault: &mut Vault,
    request: &ShareRequest<'_>,
    options: ShareOptions<'_>,
) -> Result<Shared, Error> {
    let ShareOptions { replace, progress } = options;
    let keys = identity::load_or_create(vault.store())?;
    let (to, to_name) = contacts::resolve(vault.store(), request.to)?;
    // Their key was revoked: whoever took it could open the file.
    super::revocation::check(vault.store(), &to)?;
    let doc = case_document::export(vault.store(), request.case_id)?;
    let mut items = Vec::new();
    for id in request.evidence {
        let mut record = evidence_items::get(vault.store(), id)?;
        if record.case_id != request.case_id || record.deleted.is_some() {
            return Err(refused(
                "an evidence item chosen is not in this case, or was deleted",
            ));
        }
        if items
            .iter()
            .any(|i: &(String, SharedItem)| i.1.record.id == *id)
        {
            continue;
        }
        let custody = evidence_items::custody(vault.store(), id)?
            .iter()
            .map(|e| serde_json::to_value(e).unwrap_or_default())
            .collect();
        let blob = std::mem::take(&mut record.blob);
        items.push((blob, SharedItem { record, custody }));
    }
    let mut shared_filings = Vec::new();
    for id in request.filings {
        let filing = filings::get(vault.store(), id)?;
        if filing.case_id != request.case_id {
            return Err(refused("a filing chosen is not in this case"));
        }
        if filing
            .annexes
            .iter()
            .any(|a| !items.iter().any(|(_, i)| i.record.id == a.evidence))
        {
            return Err(refused(
                "a filing chosen annexes evidence that is not included: include those items \
                 too, or leave the filing out",
            ));
        }
        shared_filings.push(filing);
    }
    let manifest = Manifest {
        from: keys.public().to_text(),
        to: to.to_text(),
        shared_at: crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        sender_case: request.case_id.to_owned(),
        case: doc.case,
        alerts: doc.alerts,
        events: doc.events,
        evidence: items.iter().map(|(_, i)| i.clone()).collect(),
        filings: shared_filings,
    };
    let total: u64 = items.iter().map(|(_, i)| i.record.size).sum();
    if !progress(0, total) {
        return Err(Error::Cancelled);
    }
    let bytes = {
        let vault_ref: &Vault = vault;
        package::write(request.out, replace, &keys, &to, &manifest, &mut |writer| {
            let mut before: u64 = 0;
            for (blob, item) in &items {
                let id = crate::vault::BlobId::parse(blob)?;
                vault_ref.decrypt_blob_checked(
                    &id,
                    &item.record.sha256,
                    &mut |chunk| {
                        writer
                            .write_all(chunk)
                            .map_err(|e| Error::from_io("write the shared file", e))
                    },
                    &mut |done| progress(before.saturating_add(done), total),
                )?;
                before = before.saturating_add(item.record.size);
                // The blob reader asks only every few MiB: a cancel between small files too.
                if !progress(before, total) {
                    return Err(Error::Cancelled);
                }
            }
            Ok(())
        })?
    };
    let to_fingerprint = to.fingerprint();
    let facts = json!({
        "to": to_fingerprint,
        "to_name": to_name,
        "evidence": items.len(),
        "filings": manifest.filings.len(),
    });
    let at = manifest.shared_at.clone();
    vault.store().write(|tx| {
        let mut changes = vec![Change {
            case_id: request.case_id,
            entity: "case",
            entity_id: request.case_id,
            action: "share",
            field: String::new(),
            old: None,
            new: Some(facts.clone()),
        }];
        for (_, item) in &items {
            changes.push(Change {
                case_id: request.case_id,
                entity: "evidence",
                entity_id: &item.record.id,
                action: "shared",
                field: String::new(),
                old: None,
                new: Some(json!({
                    "to": to_fingerprint,
                    "to_name": to_name,
                    "sha256": item.record.sha256,
                })),
            });
        }
        audit::append(tx, &at, changes)
    })?;
    Ok(Shared {
        file: request.out.to_path_buf(),
        bytes,
        to_fingerprint: to.fingerprint(),
        to_name,
        evidence: u32::try_from(items.len()).unwrap_or(u32::MAX),
        filings: u32::try_from(manifest.filings.len()).unwrap_or(u32::MAX),
    })
}
