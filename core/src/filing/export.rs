//! Writing a filing out of the vault: the portal set (a folder of separate PDFs named
//! `REQUEST.pdf`, `INDEX.pdf`, `A-01.pdf` …, no personal names) and the print packet (one PDF).
//!
//! Annexes are decrypted into memory (never to disk) and checked against their SHA-256 while
//! decrypting. Each output file is written beside its destination under a temporary name and
//! renamed when complete; a cancel or a failure removes what this run wrote. Every export is
//! recorded in the custody log of each annexed item (`filed`). The PDFs are not encrypted:
//! portals and courts refuse encrypted PDFs, and the app says so before writing.

use std::fs;
use std::path::{Path, PathBuf};

use super::pdf::{self, Content, Context};
use super::{annex_file, Filing};
use crate::evidence::Evidence;
use crate::export;
use crate::model::{Alert, Case};
use crate::store::{cases, evidence_items as records, filings};
use crate::vault::{BlobId, Vault};
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
            let mut bytes = zeroize::Zeroizing::new(Vec::with_capacity(
                usize::try_from(item.size).unwrap_or(0),
            ));
            let blob = BlobId::parse(&item.blob)?;
            vault.decrypt_blob_checked(
                &blob,
                &item.sha256,
                &mut |piece| {
                    bytes.extend_from_slice(piece);
                    Ok(())
                },
                &mut |_| true,
            )?;
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
/// there unless `overwrite`. Returns the files written, in order.
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`] (files exist), [`Error::DamagedFile`] (an annex
/// fails its hash), [`Error::Cancelled`], I/O errors.
pub fn portal_set(
    vault: &mut Vault,
    filing_id: &str,
    dir: &Path,
    overwrite: bool,
    progress: Progress<'_>,
) -> Result<Vec<PathBuf>, Error> {
    let data = load(vault, filing_id)?;
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
    let total = n * 2 + 2;
    let mut done = 0usize;
    let mut step = || {
        done += 1;
        progress(done, total)
    };
    let mut written: Vec<PathBuf> = Vec::new();
    let result = (|| {
        let contents = contents(vault, &data, &mut step)?;
        let ctx = data.context();
        let pages: Vec<usize> = contents.iter().map(Content::pages).collect();
        let write = |name: &str, bytes: &[u8], written: &mut Vec<PathBuf>| -> Result<(), Error> {
            let path = dir.join(name);
            export::write_file(&path, bytes, true)?;
            written.push(path);
            Ok(())
        };
        write("REQUEST.pdf", &pdf::request(&ctx)?, &mut written)?;
        if !step() {
            return Err(Error::Cancelled);
        }
        write("INDEX.pdf", &pdf::index(&ctx, &pages)?, &mut written)?;
        let mut bates = 0u64;
        for (i, content) in contents.into_iter().enumerate() {
            write(
                &annex_file(i),
                &pdf::annex(&ctx, i, content, &mut bates)?,
                &mut written,
            )?;
            if !step() {
                return Err(Error::Cancelled);
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        for path in &written {
            let _ = fs::remove_file(path);
        }
        return Err(e);
    }
    records::log_filed(
        vault.store(),
        &data.filing,
        &dir.to_string_lossy(),
        "portal set",
    )?;
    Ok(written)
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
    progress: Progress<'_>,
) -> Result<(), Error> {
    let data = load(vault, filing_id)?;
    if !overwrite && dest.exists() {
        return Err(Error::AlreadyExists {
            what: "a file with this name".into(),
        });
    }
    let total = data.filing.annexes.len() + 1;
    let mut done = 0usize;
    let mut step = || {
        done += 1;
        progress(done, total)
    };
    let contents = contents(vault, &data, &mut step)?;
    let bytes = pdf::packet(&data.context(), contents)?;
    export::write_file(dest, &bytes, true)?;
    let _ = step();
    records::log_filed(
        vault.store(),
        &data.filing,
        &dest.to_string_lossy(),
        "print packet",
    )?;
    Ok(())
}
