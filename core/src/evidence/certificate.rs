//! The custody certificate: a printable PDF that states, for chosen evidence items, the SHA-256
//! of each file as imported, its details, its whole chain of custody, and how anyone can check a
//! copy of the file with standard tools.
//!
//! The certificate is honest about what it is: a record kept by the holder's own copy of Habeas,
//! with a hash-chained log whose integrity is checked when the certificate is made. It proves a
//! file is unchanged since intake; it cannot prove where the file came from before (that is the
//! "source" the user recorded).

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::Evidence;
use crate::pdf::{Flow, Kind, Meta, PageSize};
use crate::store::audit::{self, Entry};
use crate::store::{evidence_items as records, Store};
use crate::Error;

/// How to make the certificate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Paper size.
    pub page_size: PageSize,
    /// The moment written on it (now, except in tests).
    pub generated: DateTime<Utc>,
}

/// Builds the certificate for `ids` (in that order; deleted items included, with their log) and
/// records in each item's chain of custody that a certificate was issued.
///
/// # Errors
/// [`Error::InvalidInput`] for an empty selection or items of different cases;
/// [`Error::NotFound`]; I/O errors of the index; [`Error::Internal`] if the PDF cannot be made.
pub fn issue(store: &mut Store, ids: &[String], options: &Options) -> Result<Vec<u8>, Error> {
    let pdf = build(store, ids, options)?;
    records::log_certificate(store, ids)?;
    Ok(pdf)
}

/// [`issue`], written to `destination` the way every export is: the file is flushed under a
/// hidden name, the issue is recorded in the chain of custody, and only then does the file
/// take its name, so a crash never leaves a certificate its items' logs do not mention
/// (issue 16, "crashes mid-export"). Returns the file's size.
///
/// # Errors
/// As [`issue`]; [`Error::AlreadyExists`] when the file exists and `overwrite` is false; I/O
/// errors of the destination.
pub fn write(
    store: &mut Store,
    ids: &[String],
    options: &Options,
    destination: &std::path::Path,
    overwrite: bool,
) -> Result<usize, Error> {
    let pdf = build(store, ids, options)?;
    let staged = crate::export::stage(destination, &pdf, overwrite)?;
    if let Err(e) = records::log_certificate(store, ids) {
        staged.abandon();
        return Err(e);
    }
    staged.rename(destination)?;
    Ok(pdf.len())
}

/// Builds the certificate without recording it (for previews and tests).
///
/// # Errors
/// As [`issue`].
pub fn build(store: &Store, ids: &[String], options: &Options) -> Result<Vec<u8>, Error> {
    if ids.is_empty() {
        return Err(Error::InvalidInput {
            field: "items",
            reason: "choose at least one evidence item".into(),
        });
    }
    let items: Vec<Evidence> = ids
        .iter()
        .map(|id| records::get(store, id))
        .collect::<Result<_, _>>()?;
    if items.iter().any(|i| i.case_id != items[0].case_id) {
        return Err(Error::InvalidInput {
            field: "items",
            reason: "a certificate covers items of one case; make one per case".into(),
        });
    }
    let chain_break = audit::verify(store)?;
    let generated = options.generated.format("%Y-%m-%d %H:%M UTC").to_string();

    let mut flow = Flow::new(
        options.page_size,
        false,
        "Habeas — evidence custody certificate",
    );
    flow.title("Evidence custody certificate");
    flow.paragraph(
        &format!(
            "This certificate lists {} of evidence kept in an encrypted Habeas vault: the SHA-256 \
             fingerprint of each file, computed when the file was imported, the details recorded \
             about it, and every event of its chain of custody (imported, viewed, exported, \
             changed, annexed, deleted). Made on {generated} by Habeas {}.",
            plural(items.len(), "item", "items"),
            env!("CARGO_PKG_VERSION")
        ),
        Kind::Body,
    );
    match chain_break {
        None => flow.paragraph(
            "Integrity of the log: every entry of the vault's audit log was checked when this \
             certificate was made; the hash chain is intact: no entry below was removed, \
             reordered or altered unless every entry after it was rewritten too. The chain is \
             not signed: whoever holds the vault could rewrite it whole. To fix it in time, have \
             the chain head below timestamped outside the vault (a notary, a trusted \
             timestamping service) when this certificate is made.",
            Kind::Body,
        ),
        Some(b) => flow.paragraph(
            &format!(
                "WARNING: the vault's audit log does not chain at entry {}. Entries from there on \
                 may have been altered or removed. Do not rely on this certificate before the \
                 vault has been checked.",
                b.seq
            ),
            Kind::Strong,
        ),
    }

    if let Some((seq, hash)) = audit::head(store)? {
        flow.field(
            "Chain head",
            &format!("entry {seq}, SHA-256 {hash}"),
            Kind::Mono,
        );
    }

    flow.heading("Items");
    for (n, item) in items.iter().enumerate() {
        flow.field(
            &format!("{}.", n + 1),
            &format!("{} — {}", item.original_name, item.sha256),
            Kind::Small,
        );
    }

    for (n, item) in items.iter().enumerate() {
        let entries = records::custody(store, &item.id)?;
        item_section(&mut flow, n + 1, item, &entries);
    }

    flow.heading("How to check a file yourself");
    flow.paragraph(
        "The SHA-256 fingerprint identifies the exact content of a file: changing a single byte \
         gives a completely different fingerprint. To check that a copy of a file is the one \
         described here, compute its fingerprint with a standard tool and compare all 64 \
         characters with the SHA-256 above.",
        Kind::Body,
    );
    flow.field("Linux", "sha256sum FILE", Kind::Mono);
    flow.field("macOS", "shasum -a 256 FILE", Kind::Mono);
    flow.field(
        "Windows (PowerShell)",
        "Get-FileHash -Algorithm SHA256 FILE",
        Kind::Mono,
    );
    flow.paragraph(
        "Windows prints the fingerprint in capital letters: compare without regard to case. A \
         copy exported from Habeas is checked against this fingerprint while it is written.",
        Kind::Small,
    );
    flow.paragraph(
        "What this certificate does not prove: where a file came from before it was imported \
         (see \"Source\"), or that its content is true. The log is kept by the vault holder's copy \
         of Habeas; it records their handling of the files and is not a third party's \
         attestation.",
        Kind::Small,
    );

    flow.heading("Certified by");
    flow.field("Name", "", Kind::Body);
    flow.space(14.0);
    flow.field("Date and place", "", Kind::Body);
    flow.space(14.0);
    flow.field("Signature", "", Kind::Body);
    flow.rule();

    let meta = Meta {
        title: "Evidence custody certificate".into(),
        subject: format!(
            "Chain of custody of {}",
            plural(items.len(), "evidence item", "evidence items")
        ),
        created: options.generated,
    };
    flow.finish(&meta, |n, m| format!("Page {n} of {m}"))
}

fn item_section(flow: &mut Flow, n: usize, item: &Evidence, entries: &[Entry]) {
    flow.heading(&format!("Item {n}: {}", item.original_name));
    flow.field("SHA-256", &item.sha256, Kind::Mono);
    flow.field("Size", &size_text(item.size), Kind::Body);
    flow.field("Type", &item.media_type, Kind::Body);
    flow.field("Category", item.category.label(), Kind::Body);
    flow.field("Imported", &timestamp(&item.imported), Kind::Body);
    if let Some(m) = &item.file_modified {
        flow.field("File last modified", &timestamp(m), Kind::Body);
    }
    if let Some(d) = item.document_date {
        flow.field(
            "Document date",
            &d.format("%Y-%m-%d").to_string(),
            Kind::Body,
        );
    }
    for (label, value) in [
        ("Source", &item.source),
        ("Language", &item.language),
        ("Description", &item.description),
        ("Translator", &item.translator),
    ] {
        if !value.trim().is_empty() {
            flow.field(label, value, Kind::Body);
        }
    }
    if let Some(t) = &item.translation_of {
        flow.field("Translation of", t, Kind::Mono);
    }
    flow.field("Habeas id", &item.id, Kind::Mono);
    if let Some(d) = &item.deleted {
        flow.field(
            "Status",
            &format!(
                "Deleted on {}: the file is no longer in the vault; its record and log are kept.",
                timestamp(d)
            ),
            Kind::Strong,
        );
    }
    flow.space(4.0);
    flow.paragraph("Chain of custody", Kind::Strong);
    for e in entries {
        let text = format!(
            "{}\nLog entry {}, chain hash:\n{}",
            describe(e),
            e.seq,
            e.hash
        );
        flow.field(&timestamp(&e.at), &text, Kind::Small);
    }
    if entries.is_empty() {
        flow.paragraph("No custody events are recorded for this item.", Kind::Small);
    }
}

/// One custody event in words.
fn describe(e: &Entry) -> String {
    let new = e.new.as_ref();
    let s = |key: &str| new.and_then(|v| v.get(key)).map(show).unwrap_or_default();
    match e.action.as_str() {
        "import" => {
            let size = new
                .and_then(|v| v.get("size"))
                .and_then(Value::as_u64)
                .unwrap_or(0);
            let mut t = format!(
                "Imported “{}” ({}), SHA-256 {}, type {}.",
                s("original_name"),
                size_text(size),
                s("sha256"),
                s("media_type")
            );
            let source = s("source");
            if !source.is_empty() {
                t.push_str(&format!(" Source: {source}."));
            }
            t
        }
        "view" => "Opened for viewing inside Habeas (decrypted in memory only).".into(),
        "export" => format!(
            "A decrypted copy was exported to {}; its SHA-256 was checked while writing.",
            s("to")
        ),
        "export_failed" => format!(
            "The export to {} recorded above did not complete: no copy was left there.",
            s("to")
        ),
        "update" => {
            let old = e.old.as_ref().map(show).unwrap_or_else(|| "(empty)".into());
            let new = new.map(show).unwrap_or_else(|| "(empty)".into());
            let field = if e.field.is_empty() {
                "details"
            } else {
                &e.field
            };
            format!("Changed {field} from “{old}” to “{new}”.")
        }
        "delete" => "Deleted: the file was removed from the vault; this record was kept.".into(),
        "certificate" => "A custody certificate was issued.".into(),
        "annex" => format!("Annexed to a filing as {}.", s("label")),
        "unannex" => "Removed from a filing's annexes.".into(),
        "filed" => {
            let mut t = format!(
                "Exported as annex {} of a filing ({}) to {}.",
                s("label"),
                s("as"),
                s("to")
            );
            let copy = new.and_then(|v| v.get("copy"));
            if let Some(sha) = copy.and_then(|c| c.get("sha256")).map(show) {
                t.push_str(&format!(
                    " Placed as its copy without metadata, SHA-256 {sha}."
                ));
            }
            t
        }
        "derive" => format!(
            "A copy was made for export ({}): item {}, SHA-256 {}. This file is unchanged.",
            s("what"),
            s("copy"),
            s("sha256")
        ),
        "derived" => format!(
            "Made by Habeas from item {} (SHA-256 {}): {}. SHA-256 of this copy {}.",
            s("from"),
            s("from_sha256"),
            s("what"),
            s("sha256")
        ),
        other => format!("{other}."),
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) if s.is_empty() => "(empty)".into(),
        Value::String(s) => s.clone(),
        Value::Null => "(empty)".into(),
        Value::Array(a) if a.is_empty() => "(none)".into(),
        Value::Array(a) => a.iter().map(show).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// "2026-11-24 13:40:52 UTC" from RFC 3339; the input unchanged if it does not parse.
fn timestamp(rfc3339: &str) -> String {
    DateTime::parse_from_rfc3339(rfc3339)
        .map(|d| {
            d.with_timezone(&Utc)
                .format("%Y-%m-%d %H:%M:%S UTC")
                .to_string()
        })
        .unwrap_or_else(|_| rfc3339.to_owned())
}

/// "1,234,567 bytes (1.2 MB)".
fn size_text(bytes: u64) -> String {
    let digits = bytes.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    #[allow(
        clippy::cast_precision_loss,
        reason = "an approximate size for reading"
    )]
    let b = bytes as f64;
    let approx = if b >= 1e9 {
        format!(" ({:.1} GB)", b / 1e9)
    } else if b >= 1e6 {
        format!(" ({:.1} MB)", b / 1e6)
    } else if b >= 1e3 {
        format!(" ({:.1} kB)", b / 1e3)
    } else {
        String::new()
    };
    format!(
        "{grouped} {}{approx}",
        if bytes == 1 { "byte" } else { "bytes" }
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(1), "1 byte");
        assert_eq!(size_text(999), "999 bytes");
        assert_eq!(size_text(1234), "1,234 bytes (1.2 kB)");
        assert_eq!(size_text(1_073_741_824), "1,073,741,824 bytes (1.1 GB)");
    }

    #[test]
    fn timestamps_are_utc_and_bad_ones_pass_through() {
        assert_eq!(
            timestamp("2026-11-24T13:40:52+01:00"),
            "2026-11-24 12:40:52 UTC"
        );
        assert_eq!(timestamp("yesterday"), "yesterday");
    }
}
