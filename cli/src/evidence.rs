//! `habeas evidence import | list | show | verify | export | certificate | delete`: the evidence locker from a
//! script. Progress goes to stderr; results to stdout (one JSON object with `--json`).

use std::cell::RefCell;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use habeas_core::evidence::certificate;
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::evidence::metadata::{self, MetadataChoice};
use habeas_core::evidence::{Category, Details, Evidence};
use habeas_core::locale::Language;
use habeas_core::model::neutralised;
use habeas_core::pdf::PageSize;
use habeas_core::store::evidence_items as records;
use habeas_core::vault::Vault;
use habeas_core::Error;
use serde_json::json;

use crate::case::{date, word};
use crate::{progress, Report};

#[derive(Debug, Subcommand)]
pub(crate) enum EvidenceCommand {
    /// Encrypt files (or every file in folders) into a case, with their SHA-256.
    Import(ImportArgs),
    /// List a case's evidence: id, category, size, SHA-256, original name.
    List {
        /// The case's id.
        #[arg(long = "case")]
        case_id: String,
    },
    /// Show one item and its chain of custody.
    Show {
        /// The item's id.
        id: String,
    },
    /// Re-hash every item (or one case's) and report any that does not match its SHA-256.
    Verify {
        /// Only this case.
        #[arg(long = "case")]
        case_id: Option<String>,
    },
    /// Write a decrypted copy of an item. The copy is not protected by the vault.
    Export {
        /// The item's id.
        id: String,
        /// The file to write, or a folder to write the original name into.
        #[arg(long, value_name = "PATH")]
        to: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
        /// For a photo: write a copy without what it carries (GPS position, phone, owner,
        /// dates, thumbnail), kept in the vault as an item of its own and recorded in both
        /// chains of custody; the original is not changed.
        #[arg(long)]
        remove_metadata: bool,
    },
    /// Write a custody certificate (PDF) for items of one case: each file's SHA-256, its
    /// details, its whole chain of custody, and how to check a copy with `sha256sum`. Issuing it
    /// is recorded in each item's chain of custody.
    Certificate {
        /// The items' ids, in the order to list them.
        #[arg(required = true)]
        ids: Vec<String>,
        /// The PDF file to write. It is not encrypted.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        /// Paper size: a4 or letter.
        #[arg(long, value_parser = word::<PageSize>, default_value = "a4")]
        paper: PageSize,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Delete an item's file. Its record and chain of custody stay, marked deleted.
    Delete {
        /// The item's id.
        id: String,
        /// Confirm the deletion (required: it cannot be undone).
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// Files or folders to import.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The case's id.
    #[arg(long = "case")]
    case_id: String,
    /// identity-document, power-of-attorney, court-record, arrest-warrant, extradition-papers,
    /// asylum-decision, human-rights-report, correspondence-ncb, correspondence-ccf,
    /// correspondence-authorities, press, narrative-draft, translation, other.
    #[arg(long, value_parser = word::<Category>, default_value = "other")]
    category: Category,
    /// Who gave it and how ("USB stick from the client").
    #[arg(long, default_value = "")]
    source: String,
    /// The documents' own date, YYYY-MM-DD.
    #[arg(long, value_parser = date)]
    date: Option<NaiveDate>,
    /// A file already in the case: refuse (import the others, then fail with code
    /// `duplicate`), skip it, or allow a second record.
    #[arg(long, value_parser = word::<OnDuplicate>, default_value = "refuse")]
    duplicates: OnDuplicate,
}

fn item_json(e: &Evidence) -> serde_json::Value {
    json!({
        "id": e.id,
        "case_id": e.case_id,
        "original_name": neutralised(&e.original_name),
        "size": e.size,
        "sha256": e.sha256,
        "media_type": e.media_type,
        "category": e.category,
        "document_date": e.document_date,
        "source": e.source,
        "imported": e.imported,
        "deleted": e.deleted,
        "derived_from": e.derived_from,
        "derivation": e.derivation,
    })
}

fn line(e: &Evidence) -> String {
    let state = if e.deleted.is_some() {
        "  (deleted)"
    } else {
        ""
    };
    format!(
        "{}  {:<26}  {:>12}  {}  {}{state}",
        e.id,
        e.category.label(),
        e.size,
        e.sha256,
        neutralised(&e.original_name)
    )
}

/// Progress on stderr every 10 % of a file (and at its end).
fn reporter(label: String, size: u64) -> impl FnMut(u64) -> bool {
    let mut next = 0u64;
    move |done| {
        if done >= next || done == size {
            let pct = (done.saturating_mul(100)).checked_div(size).unwrap_or(100);
            progress(&format!("{pct:>3}%  {label}"));
            next = done + (size / 10).max(1);
        }
        true
    }
}

/// `language` is the CLI's (`--lang`, else the system's): the custody certificate's words.
pub(crate) fn run(
    vault: &mut Vault,
    cmd: &EvidenceCommand,
    language: Language,
) -> Result<Report, Error> {
    match cmd {
        EvidenceCommand::Import(args) => import(vault, args),
        EvidenceCommand::List { case_id } => {
            habeas_core::store::cases::get_case(vault.store(), case_id)?;
            let items = records::list(vault.store(), case_id)?;
            let text = if items.is_empty() {
                "No evidence in this case yet.".to_owned()
            } else {
                items.iter().map(line).collect::<Vec<_>>().join("\n")
            };
            Ok(Report {
                json: json!({"id": case_id, "items": items.iter().map(item_json).collect::<Vec<_>>()}),
                text,
            })
        }
        EvidenceCommand::Show { id } => {
            let item = records::get(vault.store(), id)?;
            let log = records::custody(vault.store(), id)?;
            let mut text = format!(
                "{}\n  file       {} ({} bytes, {})\n  SHA-256    {}\n  category   {}\n  source     {}",
                item.id,
                neutralised(&item.original_name),
                item.size,
                item.media_type,
                item.sha256,
                item.category.label(),
                item.source
            );
            if let (Some(from), Some(what)) = (&item.derived_from, &item.derivation) {
                text.push_str(&format!("\n  copy of    {from} ({what})"));
            }
            text.push_str("\n\nChain of custody:");
            for e in &log {
                let what = if e.field.is_empty() {
                    e.action.clone()
                } else {
                    format!("{} {}", e.action, e.field)
                };
                text.push_str(&format!(
                    "\n  {}  {what}  (entry {}, hash {})",
                    e.at,
                    e.seq,
                    &e.hash[..16]
                ));
            }
            Ok(Report {
                json: json!({"id": id, "item": item_json(&item), "custody": log}),
                text,
            })
        }
        EvidenceCommand::Verify { case_id } => verify(vault, case_id.as_deref()),
        EvidenceCommand::Export {
            id,
            to,
            force,
            remove_metadata,
        } => {
            let item = records::get(vault.store(), id)?;
            let dest = if to.is_dir() {
                to.join(safe_name(&item.original_name))
            } else {
                to.clone()
            };
            let choice = if *remove_metadata {
                MetadataChoice::Remove
            } else {
                let carried = metadata::of_item(vault, id)?;
                if carried.carries_anything() {
                    progress(&format!(
                        "This file carries: {}. Add --remove-metadata for a copy without it.",
                        carried.summary()
                    ));
                }
                MetadataChoice::Keep
            };
            progress("Writing a decrypted copy. It is not protected by the vault.");
            let written = intake::export_as(
                vault,
                id,
                &dest,
                *force,
                choice,
                &mut reporter(item.original_name.clone(), item.size),
            )?;
            Ok(Report {
                json: json!({
                    "id": id,
                    "exported_to": dest,
                    "sha256": written.sha256,
                    "copy": written.derived_from.is_some().then_some(&written.id),
                }),
                text: format!(
                    "Exported to {} (SHA-256 {}{}). This copy is NOT encrypted: delete it when done.",
                    dest.display(),
                    written.sha256,
                    if written.derived_from.is_some() {
                        format!("; a copy without metadata, kept in the vault as {}", written.id)
                    } else {
                        String::new()
                    }
                ),
            })
        }
        EvidenceCommand::Certificate {
            ids,
            to,
            paper,
            force,
        } => {
            let options = certificate::Options {
                page_size: *paper,
                generated: habeas_core::clock::now(),
            };
            // Build first, so a refused overwrite is reported before anything is logged.
            let bytes = certificate::write_in(vault.store(), ids, &options, language, to, *force)?;
            Ok(Report {
                json: json!({"id": ids.first(), "items": ids, "written_to": to, "bytes": bytes}),
                text: format!(
                    "Custody certificate for {} written to {}. It is not encrypted.",
                    if ids.len() == 1 {
                        "1 item".to_owned()
                    } else {
                        format!("{} items", ids.len())
                    },
                    to.display()
                ),
            })
        }
        EvidenceCommand::Delete { id, yes } => {
            if !yes {
                return Err(Error::InvalidInput {
                    field: "--yes",
                    reason: "deleting evidence cannot be undone; add --yes to confirm".into(),
                });
            }
            intake::delete(vault, id)?;
            Ok(Report {
                json: json!({"id": id, "deleted": true}),
                text: "Deleted. The record and its chain of custody stay, marked deleted.".into(),
            })
        }
    }
}

/// The original name as a file name in a folder the user chose: no path separators.
fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | '\0') {
                '_'
            } else {
                c
            }
        })
        .collect();
    match cleaned.trim() {
        "" | "." | ".." => "evidence".into(),
        n => n.to_owned(),
    }
}

/// Imports every file; a file that fails (or a duplicate, unless `--duplicates skip` or
/// `allow`) does not stop the others. Like `verify`, the command then fails with the first
/// problem's code, after every problem is listed on stderr.
fn import(vault: &mut Vault, args: &ImportArgs) -> Result<Report, Error> {
    let details = Details {
        category: args.category,
        source: args.source.clone(),
        document_date: args.date,
        ..Details::default()
    };
    // Progress on stderr every 10 % of each file (and at its end).
    let (mut current, mut next) = (usize::MAX, 0u64);
    let report = intake::import_batch(
        &RefCell::new(vault),
        &args.case_id,
        &args.paths,
        &details,
        args.duplicates,
        &mut |p| {
            if p.file != current {
                (current, next) = (p.file, 0);
            }
            if p.done >= next || p.done == p.size {
                let pct = (p.done.saturating_mul(100))
                    .checked_div(p.size)
                    .unwrap_or(100);
                progress(&format!("{pct:>3}%  {}", p.path.display()));
                next = p.done + (p.size / 10).max(1);
            }
            true
        },
    )?;
    for s in &report.skipped {
        let why = match s.reason {
            intake::SkipReason::Hidden => "hidden",
            intake::SkipReason::Link => "a link",
            intake::SkipReason::NotAFile => "not a file",
        };
        progress(&format!(
            "left out ({why}): {}",
            neutralised(&s.path.display().to_string())
        ));
    }
    let skip = args.duplicates == OnDuplicate::Skip;
    let mut skipped = Vec::new();
    let mut problems = report.failed;
    for d in report.duplicates {
        if skip {
            let existing = d.existing().unwrap_or_default();
            progress(&format!(
                "skipped (already in the case as {existing}): {}",
                d.path.display()
            ));
            skipped.push(json!({"path": d.path, "existing": existing}));
        } else {
            problems.push(d);
        }
    }
    problems.sort_by_key(|p| p.file);
    if !problems.is_empty() {
        for item in &report.imported {
            progress(&format!("imported  {}", line(item)));
        }
        for p in &problems {
            progress(&format!(
                "FAILED  {}  {}  {}",
                p.path.display(),
                p.error.code(),
                p.error.user_message()
            ));
        }
    }
    if let Some(first) = problems.into_iter().next() {
        return Err(first.error);
    }
    let text = report
        .imported
        .iter()
        .map(line)
        .collect::<Vec<_>>()
        .join("\n");
    let left_out = if report.skipped.is_empty() {
        String::new()
    } else {
        format!(
            " Left out of the folders: {} (hidden entries, links or special files; listed above).",
            report.skipped.len()
        )
    };
    Ok(Report {
        json: json!({
            "id": report.imported.first().map(|i| i.id.clone()),
            "items": report.imported.iter().map(item_json).collect::<Vec<_>>(),
            "skipped": skipped,
            "left_out": report.skipped.iter().map(|s| json!({
                "path": s.path,
                "reason": s.reason,
            })).collect::<Vec<_>>(),
        }),
        text: format!(
            "{text}{}Imported {} file(s){}.{left_out}",
            if text.is_empty() { "" } else { "\n" },
            report.imported.len(),
            if skipped.is_empty() {
                String::new()
            } else {
                format!(", skipped {} already in the case", skipped.len())
            }
        ),
    })
}

/// Checks every item; a bad item makes the command fail with the first problem's code, after
/// every problem is listed on stderr.
pub(crate) fn verify(vault: &mut Vault, case_id: Option<&str>) -> Result<Report, Error> {
    let mut shown = 0u64;
    let report = intake::verify(vault, case_id, &mut |done, total| {
        let pct = done.saturating_mul(100).checked_div(total).unwrap_or(100);
        if pct >= shown {
            progress(&format!("{pct:>3}%  verifying evidence"));
            shown = pct + 10;
        }
        true
    })?;
    let mut first: Option<Error> = None;
    for item in &report.items {
        match item.problem {
            None => progress(&format!(
                "ok   {}  {}",
                item.id,
                neutralised(&item.original_name)
            )),
            Some(code) => {
                progress(&format!(
                    "BAD  {}  {}  {code}  {}",
                    item.id,
                    neutralised(&item.original_name),
                    item.blob
                ));
                first.get_or_insert_with(|| match code {
                    habeas_core::ErrorCode::MissingFile => Error::MissingFile {
                        which: item.blob.clone(),
                    },
                    _ => Error::DamagedFile {
                        which: item.blob.clone(),
                    },
                });
            }
        }
    }
    for stray in &report.unnamed_blobs {
        progress(&format!(
            "note: {stray} belongs to no evidence record (only ciphertext)"
        ));
    }
    if let Some(e) = first {
        return Err(e);
    }
    Ok(Report {
        json: json!({"id": case_id.unwrap_or("all"), "ok": true, "items": report.items, "unnamed_blobs": report.unnamed_blobs}),
        text: format!(
            "All {} evidence files match their SHA-256.",
            report.items.len()
        ),
    })
}
