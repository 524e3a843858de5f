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
use crate::locale::{self, numbers, Arg, Direction, Language};
use crate::pdf::{Flow, Kind, Meta, PageSize};
use crate::settings;
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
    let language = settings::language(store)?.unwrap_or_default();
    write_in(store, ids, options, language, destination, overwrite)
}

/// [`write`] in `language` (the CLI's `--lang`).
///
/// # Errors
/// As [`write`].
pub fn write_in(
    store: &mut Store,
    ids: &[String],
    options: &Options,
    language: Language,
    destination: &std::path::Path,
    overwrite: bool,
) -> Result<usize, Error> {
    let pdf = build_in(store, ids, options, language)?;
    let staged = crate::export::stage(destination, &pdf, overwrite)?;
    if let Err(e) = records::log_certificate(store, ids) {
        staged.abandon();
        return Err(e);
    }
    staged.rename(destination)?;
    Ok(pdf.len())
}

/// Builds the certificate without recording it (for previews and tests), in the vault's
/// language (English until one is chosen).
///
/// # Errors
/// As [`issue`].
pub fn build(store: &Store, ids: &[String], options: &Options) -> Result<Vec<u8>, Error> {
    let language = settings::language(store)?.unwrap_or_default();
    build_in(store, ids, options, language)
}

/// [`build`] in `language` (the CLI's `--lang`). The certificate's words follow the user's
/// language; what was recorded (names, sources, descriptions) is set as written.
///
/// # Errors
/// As [`issue`].
pub fn build_in(
    store: &Store,
    ids: &[String],
    options: &Options,
    language: Language,
) -> Result<Vec<u8>, Error> {
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
    let w = Words(language);
    let count = i64::try_from(items.len()).unwrap_or(i64::MAX);

    let mut flow = Flow::new(
        options.page_size,
        language.direction() == Direction::Rtl,
        &w.t("pdf-certificate-footer"),
    );
    flow.title(&w.t("pdf-certificate-title"));
    flow.paragraph(
        &w.say(
            "pdf-certificate-intro",
            &[
                ("count", count.into()),
                ("made", stamp(&options.generated).into()),
                // One value, so "Habeas 0.1.0" keeps its order inside an Arabic sentence.
                (
                    "program",
                    concat!("Habeas ", env!("CARGO_PKG_VERSION")).into(),
                ),
            ],
        ),
        Kind::Body,
    );
    match chain_break {
        None => flow.paragraph(&w.t("pdf-certificate-chain-intact"), Kind::Body),
        Some(b) => flow.paragraph(
            &w.say(
                "pdf-certificate-chain-broken",
                &[("seq", w.number(b.seq).into())],
            ),
            Kind::Strong,
        ),
    }

    if let Some((seq, hash)) = audit::head(store)? {
        flow.field(
            &w.t("pdf-certificate-chain-head"),
            &w.say(
                "pdf-certificate-chain-head-value",
                &[("seq", w.number(seq).into()), ("hash", hash.into())],
            ),
            Kind::Mono,
        );
    }

    flow.heading(&w.t("pdf-certificate-items"));
    for (n, item) in items.iter().enumerate() {
        flow.field(
            &format!("{}.", n + 1),
            &format!("{} — {}", item.original_name, item.sha256),
            Kind::Small,
        );
    }

    for (n, item) in items.iter().enumerate() {
        let entries = records::custody(store, &item.id)?;
        item_section(&mut flow, w, n + 1, item, &entries);
    }

    flow.heading(&w.t("pdf-certificate-check"));
    flow.paragraph(&w.t("pdf-certificate-check-how"), Kind::Body);
    let file = w.t("pdf-certificate-file");
    flow.field("Linux", &format!("sha256sum {file}"), Kind::Mono);
    flow.field("macOS", &format!("shasum -a 256 {file}"), Kind::Mono);
    flow.field(
        "Windows (PowerShell)",
        &format!("Get-FileHash -Algorithm SHA256 {file}"),
        Kind::Mono,
    );
    flow.paragraph(&w.t("pdf-certificate-check-case"), Kind::Small);
    flow.paragraph(&w.t("pdf-certificate-limits"), Kind::Small);

    flow.heading(&w.t("pdf-certificate-certified-by"));
    flow.field(&w.t("pdf-certificate-name"), "", Kind::Body);
    flow.space(14.0);
    flow.field(&w.t("pdf-certificate-date-place"), "", Kind::Body);
    flow.space(14.0);
    flow.field(&w.t("pdf-certificate-signature"), "", Kind::Body);
    flow.rule();

    let meta = Meta {
        title: w.t("pdf-certificate-title"),
        subject: w.say("pdf-certificate-subject", &[("count", count.into())]),
        created: options.generated,
    };
    flow.finish(&meta, crate::pdf::page_label(language))
}

/// The certificate's words, in the user's language (`locales/<lang>/pdf.ftl`).
#[derive(Debug, Clone, Copy)]
struct Words(Language);

impl Words {
    fn t(self, id: &str) -> String {
        locale::text(self.0, id)
    }

    fn say(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        locale::message(self.0, id, args)
    }

    /// A log sequence number (never negative) in the language's digit groups.
    fn number(self, n: i64) -> String {
        numbers::integer(u64::try_from(n).unwrap_or_default(), self.0)
    }
}

fn item_section(flow: &mut Flow, w: Words, n: usize, item: &Evidence, entries: &[Entry]) {
    flow.heading(&w.say(
        "pdf-certificate-item",
        &[
            ("n", numbers::count(n, w.0).into()),
            ("name", item.original_name.as_str().into()),
        ],
    ));
    flow.field("SHA-256", &item.sha256, Kind::Mono);
    flow.field(
        &w.t("pdf-certificate-size"),
        &size_text(item.size, w.0),
        Kind::Body,
    );
    flow.field(&w.t("pdf-certificate-type"), &item.media_type, Kind::Body);
    flow.field(
        &w.t("pdf-certificate-category"),
        item.category.label(),
        Kind::Body,
    );
    flow.field(
        &w.t("pdf-certificate-imported"),
        &timestamp(&item.imported),
        Kind::Body,
    );
    if let Some(m) = &item.file_modified {
        flow.field(
            &w.t("pdf-certificate-file-modified"),
            &timestamp(m),
            Kind::Body,
        );
    }
    if let Some(d) = item.document_date {
        flow.field(
            &w.t("pdf-certificate-document-date"),
            &d.format("%Y-%m-%d").to_string(),
            Kind::Body,
        );
    }
    for (label, value) in [
        ("pdf-certificate-source", &item.source),
        ("pdf-certificate-language", &item.language),
        ("pdf-certificate-description", &item.description),
        ("pdf-certificate-translator", &item.translator),
    ] {
        if !value.trim().is_empty() {
            flow.field(&w.t(label), value, Kind::Body);
        }
    }
    if let Some(t) = &item.translation_of {
        flow.field(&w.t("pdf-certificate-translation-of"), t, Kind::Mono);
    }
    flow.field(&w.t("pdf-certificate-habeas-id"), &item.id, Kind::Mono);
    if let Some(d) = &item.deleted {
        flow.field(
            &w.t("pdf-certificate-status"),
            &w.say("pdf-certificate-deleted", &[("when", timestamp(d).into())]),
            Kind::Strong,
        );
    }
    flow.space(4.0);
    flow.paragraph(&w.t("pdf-certificate-custody"), Kind::Strong);
    for e in entries {
        let text = format!(
            "{}\n{}\n{}",
            describe(w, e),
            w.say(
                "pdf-certificate-log-entry",
                &[("seq", w.number(e.seq).into())]
            ),
            e.hash
        );
        flow.field(&timestamp(&e.at), &text, Kind::Small);
    }
    if entries.is_empty() {
        flow.paragraph(&w.t("pdf-certificate-no-events"), Kind::Small);
    }
}

/// One custody event in words.
fn describe(w: Words, e: &Entry) -> String {
    let new = e.new.as_ref();
    let s = |key: &str| {
        new.and_then(|v| v.get(key))
            .map(|v| show(w, v))
            .unwrap_or_default()
    };
    match e.action.as_str() {
        "import" => {
            let size = new
                .and_then(|v| v.get("size"))
                .and_then(Value::as_u64)
                .unwrap_or(0);
            let mut t = w.say(
                "pdf-certificate-event-import",
                &[
                    ("name", s("original_name").into()),
                    ("size", size_text(size, w.0).into()),
                    ("sha256", s("sha256").into()),
                    ("type", s("media_type").into()),
                ],
            );
            let source = s("source");
            if !source.is_empty() {
                t.push(' ');
                t.push_str(&w.say(
                    "pdf-certificate-event-import-source",
                    &[("source", source.into())],
                ));
            }
            t
        }
        "view" => w.t("pdf-certificate-event-view"),
        "export" => w.say("pdf-certificate-event-export", &[("to", s("to").into())]),
        "export_failed" => w.say(
            "pdf-certificate-event-export-failed",
            &[("to", s("to").into())],
        ),
        "update" => {
            let old = e
                .old
                .as_ref()
                .map_or_else(|| w.t("pdf-certificate-empty"), |v| show(w, v));
            let new = new.map_or_else(|| w.t("pdf-certificate-empty"), |v| show(w, v));
            let field = if e.field.is_empty() {
                w.t("pdf-certificate-details")
            } else {
                e.field.clone()
            };
            w.say(
                "pdf-certificate-event-update",
                &[
                    ("field", field.into()),
                    ("old", old.into()),
                    ("new", new.into()),
                ],
            )
        }
        "delete" => w.t("pdf-certificate-event-delete"),
        "certificate" => w.t("pdf-certificate-event-certificate"),
        "annex" => w.say(
            "pdf-certificate-event-annex",
            &[("label", s("label").into())],
        ),
        "unannex" => w.t("pdf-certificate-event-unannex"),
        "filed" => {
            let mut t = w.say(
                "pdf-certificate-event-filed",
                &[
                    ("label", s("label").into()),
                    ("as", s("as").into()),
                    ("to", s("to").into()),
                ],
            );
            let copy = new.and_then(|v| v.get("copy"));
            if let Some(sha) = copy.and_then(|c| c.get("sha256")).map(|v| show(w, v)) {
                t.push(' ');
                t.push_str(&w.say(
                    "pdf-certificate-event-filed-copy",
                    &[("sha256", sha.into())],
                ));
            }
            t
        }
        "derive" => w.say(
            "pdf-certificate-event-derive",
            &[
                ("what", s("what").into()),
                ("copy", s("copy").into()),
                ("sha256", s("sha256").into()),
            ],
        ),
        "derived" => w.say(
            "pdf-certificate-event-derived",
            &[
                ("from", s("from").into()),
                ("fromsha", s("from_sha256").into()),
                ("what", s("what").into()),
                ("sha256", s("sha256").into()),
            ],
        ),
        other => w.say("pdf-certificate-event-other", &[("action", other.into())]),
    }
}

fn show(w: Words, v: &Value) -> String {
    match v {
        Value::String(s) if s.is_empty() => w.t("pdf-certificate-empty"),
        Value::String(s) => s.clone(),
        Value::Null => w.t("pdf-certificate-empty"),
        Value::Array(a) if a.is_empty() => w.t("pdf-certificate-none"),
        Value::Array(a) => a.iter().map(|x| show(w, x)).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// "2026-11-24 13:40 UTC": when the certificate was made.
fn stamp(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
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

/// "1,234,567 bytes (1.2 MB)", digits and units as `language` writes them.
fn size_text(bytes: u64, language: Language) -> String {
    let w = Words(language);
    let count = i64::try_from(bytes).unwrap_or(i64::MAX);
    let exact = w.say(
        "pdf-certificate-bytes",
        &[
            ("count", count.into()),
            ("bytes", numbers::integer(bytes, language).into()),
        ],
    );
    #[allow(
        clippy::cast_precision_loss,
        reason = "an approximate size for reading"
    )]
    let b = bytes as f64;
    let approx = [
        (1e9, "pdf-certificate-gigabytes"),
        (1e6, "pdf-certificate-megabytes"),
        (1e3, "pdf-certificate-kilobytes"),
    ]
    .into_iter()
    .find(|(unit, _)| b >= *unit)
    .map(|(unit, id)| {
        w.say(
            id,
            &[("value", numbers::one_decimal(b / unit, language).into())],
        )
    });
    match approx {
        Some(a) => format!("{exact} ({a})"),
        None => exact,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        let plain = |b, l| locale::catalogue::without_isolates(&size_text(b, l));
        assert_eq!(plain(1, Language::En), "1 byte");
        assert_eq!(plain(999, Language::En), "999 bytes");
        assert_eq!(plain(1234, Language::En), "1,234 bytes (1.2 kB)");
        assert_eq!(
            plain(1_073_741_824, Language::En),
            "1,073,741,824 bytes (1.1 GB)"
        );
        assert_eq!(plain(1234, Language::Fr), "1\u{202f}234 octets (1,2 ko)");
        assert_eq!(plain(1234, Language::Es), "1234 bytes (1,2 kB)");
        assert_eq!(plain(2, Language::Ar), "بايتان");
        assert_eq!(plain(22, Language::Ru), "22 байта");
        assert_eq!(plain(25, Language::Ru), "25 байт");
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
