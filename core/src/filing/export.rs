//! Writing a filing out of the vault: the portal set (a folder of separate PDFs named
//! `REQUEST.pdf`, `INDEX.pdf`, `A-01.pdf` …, no personal names) and the print packet (one PDF).
//!
//! Annexes are decrypted into memory (never to disk) and checked against their SHA-256 while
//! decrypting. Each output file is written beside its destination under a temporary name and
//! renamed when complete; a cancel or a failure removes what this run wrote. Every export is
//! recorded in the custody log of each annexed item (`filed`). The PDFs are not encrypted:
//! portals and courts refuse encrypted PDFs, and the app says so before writing.
//!
//! A photo placed as a page is embedded as its file (a JPEG byte for byte), so what it carries
//! (GPS position, phone, owner) would go with it to the CCF (issue 16.9). With
//! [`MetadataChoice::Remove`] (the app's and the CLI's default for filings) such an annex is
//! placed as its copy without metadata ([`crate::evidence::metadata::copy_for`]): the index
//! gives the copy's SHA-256, the original stays as imported, and both custody logs say which
//! copy was filed.

use std::fs;
use std::path::{Path, PathBuf};

use super::pdf::{self, Content, Context};
use super::{annex_file, Filing};
use crate::evidence::metadata::{self, MetadataChoice};
use crate::evidence::Evidence;
use crate::export;
use crate::model::{Alert, Case};
use crate::store::{cases, evidence_items as records, filings};
use crate::vault::Vault;
use crate::Error;

/// Larger annexes are identified on a page instead of being placed (a PDF viewer could not
/// open the result comfortably, and memory would grow with them).
pub const MAX_ANNEX_BYTES: u64 = 256 * 1024 * 1024;

/// Progress of an export: (steps done, steps in all). Return `false` to cancel.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize) -> bool;

struct Loaded {
    filing: Filing,
    case: Case,
    alerts: Vec<Alert>,
    evidence: Vec<Evidence>,
}

fn load(vault: &mut Vault, filing_id: &str) -> Result<Loaded, Error> {
    let filing = filings::get(vault.store(), filing_id)?;
    let case = cases::get_case(vault.store(), &filing.case_id)?;
    let alerts = cases::alerts(vault.store(), &filing.case_id)?;
    let evidence = records::list(vault.store(), &filing.case_id)?;
    Ok(Loaded {
        filing,
        case,
        alerts,
        evidence,
    })
}

impl Loaded {
    fn context(&self) -> Context<'_> {
        Context {
            filing: &self.filing,
            case: &self.case,
            alerts: &self.alerts,
            evidence: &self.evidence,
            generated: crate::clock::now(),
        }
    }
}

/// With `choice` [`MetadataChoice::Remove`], puts in `data` for each annex placed as a picture
/// (JPEG, PNG) that carries metadata its copy without it, so that its pages, the index and the
/// SHA-256 it gives are the copy's. Returns the copy placed for each annex, if any, for the
/// custody log.
fn place_copies(
    vault: &mut Vault,
    data: &mut Loaded,
    choice: MetadataChoice,
) -> Result<Vec<Option<Evidence>>, Error> {
    let mut copies = Vec::new();
    for (i, annex) in data.filing.annexes.iter_mut().enumerate() {
        let placed_as_picture = data.evidence.iter().any(|e| {
            e.id == annex.evidence
                && e.size <= MAX_ANNEX_BYTES
                && matches!(e.media_type.as_str(), "image/jpeg" | "image/png")
        });
        if !placed_as_picture || choice == MetadataChoice::Keep {
            copies.push(None);
            continue;
        }
        let copy = metadata::copy_for(vault, &annex.evidence, choice).map_err(|e| match e {
            Error::InvalidInput { reason, .. } => Error::InvalidInput {
                field: "Annex",
                reason: format!("{}: {reason}", super::annex_label(i)),
            },
            other => other,
        })?;
        if copy.id == annex.evidence {
            copies.push(None);
        } else {
            annex.evidence.clone_from(&copy.id);
            if !data.evidence.iter().any(|e| e.id == copy.id) {
                data.evidence.push(copy.clone());
            }
            copies.push(Some(copy));
        }
    }
    Ok(copies)
}

/// What one annex carries besides its picture, to show before the filing leaves the vault.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AnnexMetadata {
    /// Its label.
    pub label: String,
    /// The evidence item annexed.
    pub evidence: String,
    /// What it carries (empty for a file that is not an image).
    pub metadata: metadata::ImageMetadata,
}

/// What each annex of a filing carries: for the warning the app and the CLI show before an
/// export (GPS position, phone, owner…). Only the annexes that carry something are listed.
///
/// # Errors
/// [`Error::NotFound`], [`Error::DamagedFile`], I/O errors.
pub fn annex_metadata(vault: &mut Vault, filing_id: &str) -> Result<Vec<AnnexMetadata>, Error> {
    let filing = filings::get(vault.store(), filing_id)?;
    let mut out = Vec::new();
    for (i, annex) in filing.annexes.iter().enumerate() {
        let found = metadata::of_item(vault, &annex.evidence)?;
        if found.carries_anything() {
            out.push(AnnexMetadata {
                label: super::annex_label(i),
                evidence: annex.evidence.clone(),
                metadata: found,
            });
        }
    }
    Ok(out)
}

/// Decrypts each annex into memory, checking its hash, and reads it as PDF pages or an image.
fn contents(
    vault: &Vault,
    data: &Loaded,
    progress: &mut dyn FnMut() -> bool,
) -> Result<Vec<Content>, Error> {
    let mut out = Vec::new();
    for annex in &data.filing.annexes {
        let item = data
            .evidence
            .iter()
            .find(|e| e.id == annex.evidence && e.deleted.is_none())
            .ok_or(Error::NotFound {
                what: "evidence item",
            })?;
        if item.size > MAX_ANNEX_BYTES {
            out.push(Content::Other(
                "the file is over 256 MB, too large to place in a PDF".into(),
            ));
        } else if matches!(
            item.media_type.as_str(),
            "application/pdf" | "image/jpeg" | "image/png"
        ) {
            let bytes = crate::evidence::intake::decrypt_in_memory(vault, item)?;
            out.push(Content::read(&bytes, &item.media_type));
        } else {
            out.push(Content::read(&[], &item.media_type));
        }
        if !progress() {
            return Err(Error::Cancelled);
        }
    }
    Ok(out)
}

/// Writes the portal set into `dir` (created if missing). Refuses to replace files already
/// there unless `overwrite`. Photos are placed with or without their metadata as `metadata`
/// says (see the module documentation). Returns the files written, in order.
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`] (files exist), [`Error::DamagedFile`] (an annex
/// fails its hash), [`Error::Cancelled`], I/O errors.
pub fn portal_set(
    vault: &mut Vault,
    filing_id: &str,
    dir: &Path,
    overwrite: bool,
    metadata: MetadataChoice,
    progress: Progress<'_>,
) -> Result<Vec<PathBuf>, Error> {
    let mut data = load(vault, filing_id)?;
    let n = data.filing.annexes.len();
    let mut names = vec!["REQUEST.pdf".to_owned(), "INDEX.pdf".to_owned()];
    names.extend((0..n).map(annex_file));
    fs::create_dir_all(dir).map_err(|e| Error::from_io("create the export folder", e))?;
    if !overwrite {
        if let Some(existing) = names.iter().find(|name| dir.join(name).exists()) {
            return Err(Error::AlreadyExists {
                what: format!("{existing} (in this folder)"),
            });
        }
    }
    let filed = data.filing.clone();
    let copies = place_copies(vault, &mut data, metadata)?;
    let total = n * 2 + 2;
    let mut done = 0usize;
    let mut step = || {
        done += 1;
        progress(done, total)
    };
    // Every file is written and flushed under a hidden name first; the custody entries are
    // saved; only then do the files take their names (issue 16, "crashes mid-export": a crash
    // leaves no named copy without its entry; `finish_filed_export`).
    let mut staged: Vec<(export::Staged, PathBuf)> = Vec::new();
    let result = (|| {
        let contents = contents(vault, &data, &mut step)?;
        let ctx = data.context();
        let pages: Vec<usize> = contents.iter().map(Content::pages).collect();
        let mut write = |name: &str, bytes: &[u8]| -> Result<(), Error> {
            let path = dir.join(name);
            staged.push((export::stage(&path, bytes, true)?, path));
            Ok(())
        };
        write("REQUEST.pdf", &pdf::request(&ctx)?)?;
        if !step() {
            return Err(Error::Cancelled);
        }
        write("INDEX.pdf", &pdf::index(&ctx, &pages)?)?;
        let mut bates = 0u64;
        for (i, content) in contents.into_iter().enumerate() {
            write(&annex_file(i), &pdf::annex(&ctx, i, content, &mut bates)?)?;
            if !step() {
                return Err(Error::Cancelled);
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (part, _) in staged {
            part.abandon();
        }
        return Err(e);
    }
    finish_filed_export(
        vault,
        &filed,
        &copies,
        &dir.to_string_lossy(),
        "portal set",
        staged,
    )
}

/// Saves the custody entries of a filing's export, then gives each staged file its name. A
/// rename that fails after the entries are saved removes the files already named (the set is
/// all or nothing) and records in the same custody logs that the export did not complete.
fn finish_filed_export(
    vault: &mut Vault,
    filed: &Filing,
    copies: &[Option<Evidence>],
    destination: &str,
    what: &str,
    staged: Vec<(export::Staged, PathBuf)>,
) -> Result<Vec<PathBuf>, Error> {
    if let Err(e) = records::log_filed_copies(vault.store(), filed, destination, what, copies) {
        for (part, _) in staged {
            part.abandon();
        }
        return Err(e);
    }
    let mut named: Vec<PathBuf> = Vec::new();
    let mut parts = staged.into_iter();
    while let Some((part, path)) = parts.next() {
        if let Err(e) = part.rename(&path) {
            for (rest, _) in parts {
                rest.abandon();
            }
            for path in &named {
                let _ = fs::remove_file(path);
            }
            let mut logged: Vec<(&str, &str)> = filed
                .annexes
                .iter()
                .map(|a| (filed.case_id.as_str(), a.evidence.as_str()))
                .collect();
            logged.extend(
                copies
                    .iter()
                    .flatten()
                    .map(|c| (c.case_id.as_str(), c.id.as_str())),
            );
            let _ = crate::evidence::custody::log_failed(vault.store(), &logged, destination);
            return Err(e);
        }
        named.push(path);
    }
    Ok(named)
}

/// Writes the print packet (one PDF) to `dest`.
///
/// # Errors
/// As [`portal_set`].
pub fn packet(
    vault: &mut Vault,
    filing_id: &str,
    dest: &Path,
    overwrite: bool,
    metadata: MetadataChoice,
    progress: Progress<'_>,
) -> Result<(), Error> {
    let mut data = load(vault, filing_id)?;
    if !overwrite && dest.exists() {
        return Err(Error::AlreadyExists {
            what: "a file with this name".into(),
        });
    }
    let filed = data.filing.clone();
    let copies = place_copies(vault, &mut data, metadata)?;
    let total = data.filing.annexes.len() + 1;
    let mut done = 0usize;
    let mut step = || {
        done += 1;
        progress(done, total)
    };
    let contents = contents(vault, &data, &mut step)?;
    let bytes = pdf::packet(&data.context(), contents)?;
    let staged = export::stage(dest, &bytes, true)?;
    let _ = step();
    finish_filed_export(
        vault,
        &filed,
        &copies,
        &dest.to_string_lossy(),
        "print packet",
        vec![(staged, dest.to_path_buf())],
    )?;
    Ok(())
}
