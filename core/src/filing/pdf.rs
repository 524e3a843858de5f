//! A filing's documents: the request letter, the annex index, each annex (stamped with its
//! label and a continuous page number), and the print packet that binds them with a cover, a
//! separator sheet per annex, "page N of M" on every page, an outline entry per part and links
//! from the index to each annex.
//!
//! Headings are in the filing's language. The French, Spanish and Arabic headings were written
//! by the Habeas team: short, standard terms, to be reviewed by a native speaker before a
//! release (ARCHITECTURE.md). Everything the user wrote is set as written.

use chrono::{DateTime, Utc};

use super::{annex_label, Applicant, ApplicantKind, Filing, FilingKind, Language};
use crate::evidence::Evidence;
use crate::locale::{self, numbers, Arg};
use crate::model::{Alert, ApproxDate, Case, Person, Precision};
use crate::pdf::{page_label, Flow, Kind, Meta};
use crate::rules::arguments;
use crate::rules::deadlines::Confidence;
use crate::Error;

pub use super::annex_reader::Content;

/// The fixed words of a filing, in the filing's language (`locales/<lang>/pdf.ftl`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words(locale::Language);

impl Words {
    /// Message `id` of the filing's language.
    fn t(self, id: &str) -> String {
        locale::text(self.0, id)
    }

    /// Message `id` with arguments.
    fn say(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        locale::message(self.0, id, args)
    }
}

/// The app language a filing's language is written in (the CCF's four are all app languages).
pub(crate) const fn reading(language: Language) -> locale::Language {
    match language {
        Language::En => locale::Language::En,
        Language::Fr => locale::Language::Fr,
        Language::Es => locale::Language::Es,
        Language::Ar => locale::Language::Ar,
    }
}

pub(crate) const fn words(language: Language) -> Words {
    Words(reading(language))
}

fn kind_title(w: Words, kind: FilingKind) -> String {
    w.t(match kind {
        FilingKind::Access => "pdf-filing-kind-access",
        FilingKind::Correction => "pdf-filing-kind-correction",
        FilingKind::Deletion => "pdf-filing-kind-deletion",
        FilingKind::CorrectionAndDeletion => "pdf-filing-kind-correction-and-deletion",
        FilingKind::Revision => "pdf-filing-kind-revision",
    })
}

/// What the documents are made from.
#[derive(Debug)]
pub struct Context<'a> {
    /// The filing.
    pub filing: &'a Filing,
    /// Its case.
    pub case: &'a Case,
    /// The case's alerts.
    pub alerts: &'a [Alert],
    /// The case's evidence (annexes are looked up here).
    pub evidence: &'a [Evidence],
    /// When the documents are made.
    pub generated: DateTime<Utc>,
}

fn approx(d: &ApproxDate) -> String {
    match d.precision {
        Precision::Day => d.date.format("%Y-%m-%d").to_string(),
        Precision::Month => d.date.format("%Y-%m").to_string(),
        Precision::Year => d.date.format("%Y").to_string(),
    }
}

fn flow_for(ctx: &Context<'_>, footer: &str) -> Flow {
    Flow::new(
        ctx.filing.paper,
        ctx.filing.language == Language::Ar,
        footer,
    )
}

fn meta(ctx: &Context<'_>, title: &str) -> Meta {
    Meta {
        title: title.to_owned(),
        subject: kind_title(words(ctx.filing.language), ctx.filing.kind),
        created: ctx.generated,
    }
}

/// The annexed items, in order, with their labels and titles.
fn annexed<'a>(ctx: &'a Context<'_>) -> Vec<(String, String, &'a Evidence)> {
    ctx.filing
        .annexes
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let item = ctx.evidence.iter().find(|e| e.id == a.evidence)?;
            let title = if !a.title.trim().is_empty() {
                a.title.clone()
            } else if !item.description.trim().is_empty() {
                item.description.clone()
            } else {
                format!("{} ({})", item.category.label(), item.original_name)
            };
            Some((annex_label(i), title, item))
        })
        .collect()
}

/// The applicant as a natural person: the case's person (for a minor, the minor).
fn write_person(flow: &mut Flow, w: Words, p: &Person) {
    let mut name = p.name_latin.clone();
    if !p.name_original.is_empty() && p.name_original != p.name_latin {
        name = if name.is_empty() {
            p.name_original.clone()
        } else {
            format!("{name} ({})", p.name_original)
        };
    }
    flow.field(&w.t("pdf-filing-name"), &name, Kind::Body);
    if let Some(d) = p.birth_date {
        flow.field(
            &w.t("pdf-filing-birth"),
            &d.format("%Y-%m-%d").to_string(),
            Kind::Body,
        );
    }
    if !p.birth_place.is_empty() {
        flow.field(&w.t("pdf-filing-birth-place"), &p.birth_place, Kind::Body);
    }
    if !p.nationalities.is_empty() {
        let list: Vec<String> = p
            .nationalities
            .iter()
            .map(|c| crate::model::country::name_in(c, w.0))
            .collect();
        flow.field(&w.t("pdf-filing-nationality"), &list.join(", "), Kind::Body);
    }
}

/// The applicant as an entity: what its registration shows and who represents it (the CCF's
/// admissibility sheet, domain.md §2 row A').
fn write_entity(flow: &mut Flow, w: Words, a: &Applicant) {
    flow.field(&w.t("pdf-filing-name"), &a.entity_name, Kind::Body);
    if !a.registration_number.trim().is_empty() {
        flow.field(
            &w.t("pdf-filing-registration"),
            &a.registration_number,
            Kind::Body,
        );
    }
    if let Some(d) = a.registered_on {
        flow.field(
            &w.t("pdf-filing-registered-on"),
            &d.format("%Y-%m-%d").to_string(),
            Kind::Body,
        );
    }
    if !a.registered_office.trim().is_empty() {
        flow.field(&w.t("pdf-filing-office"), &a.registered_office, Kind::Body);
    }
    if !a.signatory.trim().is_empty() {
        flow.field(&w.t("pdf-filing-represented-by"), &a.signatory, Kind::Body);
    }
    if !a.signatory_authority.trim().is_empty() {
        flow.field(
            &w.t("pdf-filing-authority"),
            &a.signatory_authority,
            Kind::Body,
        );
    }
}

/// Writes the request letter into `flow`.
fn write_request(flow: &mut Flow, ctx: &Context<'_>) {
    let w = words(ctx.filing.language);
    let f = ctx.filing;
    let p = &ctx.case.person;
    flow.paragraph(&w.t("pdf-filing-ccf"), Kind::Strong);
    flow.paragraph(
        "200 quai Charles de Gaulle, 69006 Lyon, France",
        Kind::Small,
    );
    flow.paragraph(&w.t("pdf-filing-portal"), Kind::Small);
    flow.space(8.0);
    flow.title(&kind_title(w, f.kind));

    flow.heading(&w.t("pdf-filing-applicant"));
    let a = &f.applicant;
    if a.kind == ApplicantKind::Entity {
        write_entity(flow, w, a);
    } else {
        write_person(flow, w, p);
        if a.kind == ApplicantKind::Minor {
            let mut guardian = a.guardian.clone();
            if !a.relationship.trim().is_empty() {
                guardian = format!("{guardian} ({})", a.relationship);
            }
            flow.field(&w.t("pdf-filing-guardian"), &guardian, Kind::Body);
        }
    }
    if !a.property.trim().is_empty() {
        flow.field(&w.t("pdf-filing-property"), &a.property, Kind::Body);
    }

    flow.heading(&w.t("pdf-filing-submitted-by"));
    let s = &f.submitter;
    if s.representative {
        let lines: Vec<&str> = [&s.name, &s.firm, &s.address, &s.email, &s.phone]
            .into_iter()
            .map(String::as_str)
            .filter(|l| !l.trim().is_empty())
            .collect();
        flow.paragraph(&lines.join("\n"), Kind::Body);
    } else {
        let by = match a.kind {
            ApplicantKind::Person => &w.t("pdf-filing-in-person"),
            ApplicantKind::Minor => &w.t("pdf-filing-by-guardian"),
            ApplicantKind::Entity => &w.t("pdf-filing-by-entity"),
        };
        flow.paragraph(by, Kind::Body);
    }

    if f.kind == FilingKind::Revision {
        flow.heading(&w.t("pdf-filing-revision"));
        let mut decision = f.revision.decision.clone();
        if let Some(d) = f.revision.decision_date {
            decision = format!("{decision} ({})", d.format("%Y-%m-%d"));
        }
        flow.field(&w.t("pdf-filing-decision"), &decision, Kind::Body);
        flow.field(
            &w.t("pdf-filing-new-fact"),
            &f.revision.new_fact,
            Kind::Body,
        );
        if let Some(d) = f.revision.discovered {
            flow.field(
                &w.t("pdf-filing-discovered"),
                &d.format("%Y-%m-%d").to_string(),
                Kind::Body,
            );
        }
    }

    let concerned: Vec<&Alert> = ctx
        .alerts
        .iter()
        .filter(|a| f.alerts.contains(&a.id))
        .collect();
    if !concerned.is_empty() || !f.learned_how.trim().is_empty() {
        flow.heading(&w.t("pdf-filing-data"));
        for a in concerned {
            let mut parts = vec![a.kind.label().to_owned()];
            if let Some(c) = &a.issuing_country {
                parts.push(crate::model::country::name_in(c, w.0));
            }
            if !a.ncb.is_empty() {
                parts.push(a.ncb.clone());
            }
            if let Some(d) = &a.date {
                parts.push(approx(d));
            }
            let mut line = parts.join(" · ");
            if !a.offence.is_empty() {
                line.push_str(&format!("\n{}", a.offence));
            }
            let wr = &a.warrant;
            let warrant: Vec<String> = [wr.authority.clone(), wr.reference.clone()]
                .into_iter()
                .chain(wr.date.map(|d| d.format("%Y-%m-%d").to_string()))
                .filter(|x| !x.is_empty())
                .collect();
            if !warrant.is_empty() {
                line.push_str(&format!("\n{}", warrant.join(", ")));
            }
            flow.paragraph(&line, Kind::Body);
        }
        if !f.learned_how.trim().is_empty() {
            flow.field(&w.t("pdf-filing-learned"), &f.learned_how, Kind::Body);
        }
    }

    if !f.facts.trim().is_empty() {
        flow.heading(&w.t("pdf-filing-facts"));
        flow.paragraph(&f.facts, Kind::Body);
    }
    if !f.grounds.is_empty() {
        flow.heading(&w.t("pdf-filing-grounds"));
        for (i, g) in f.grounds.iter().enumerate() {
            flow.paragraph(&format!("{}. {}", i + 1, g.text), Kind::Body);
            if let Some(arg) = g.argument.as_deref().and_then(arguments::by_id) {
                // Every citation carries its confidence until the user has checked it (issue 15,
                // 2.6): a secondary or unverified one is marked "to be checked" in the request.
                let cites: Vec<String> = arg
                    .citations
                    .iter()
                    .map(|c| {
                        let level = match c.confidence {
                            _ if g.citations_confirmed => None,
                            Confidence::Verified => None,
                            Confidence::Secondary => Some(w.t("pdf-filing-secondary")),
                            Confidence::Unverified | Confidence::EnteredByYou => {
                                Some(w.t("pdf-filing-unverified"))
                            }
                        };
                        match level {
                            Some(l) => w.say(
                                "pdf-filing-to-check",
                                &[
                                    ("citation", c.cites_in(f.language).into()),
                                    ("level", l.into()),
                                ],
                            ),
                            None => c.cites_in(f.language),
                        }
                    })
                    .collect();
                flow.paragraph(
                    &w.say("pdf-filing-sources", &[("list", cites.join("; ").into())]),
                    Kind::Small,
                );
            }
        }
    }
    flow.heading(&w.t("pdf-filing-outcome"));
    flow.paragraph(&f.outcome, Kind::Body);
    if !f.confidential.is_empty() {
        flow.heading(&w.t("pdf-filing-confidential"));
        for c in &f.confidential {
            flow.paragraph(&format!("• {c}"), Kind::Body);
        }
    }
    let list = annexed(ctx);
    if !list.is_empty() {
        flow.heading(&w.t("pdf-filing-annexes"));
        for (label, title, _) in &list {
            flow.field(label, title, Kind::Body);
        }
    }
    flow.heading(&w.t("pdf-filing-signature"));
    flow.field(&w.t("pdf-filing-name"), &f.signature.by, Kind::Body);
    flow.field(&w.t("pdf-filing-place"), &f.signature.place, Kind::Body);
    let date = f
        .signature
        .date
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    flow.field(&w.t("pdf-filing-date"), &date, Kind::Body);
    flow.space(36.0);
    flow.rule();
}

/// Writes the annex index; returns, per annex, where its row is (page, bottom, top) for links.
fn write_index(flow: &mut Flow, ctx: &Context<'_>, pages: &[usize]) -> Vec<(usize, f32, f32)> {
    let w = words(ctx.filing.language);
    flow.title(&w.t("pdf-filing-index"));
    let mut rows = Vec::new();
    for (i, (label, title, item)) in annexed(ctx).into_iter().enumerate() {
        let date = item
            .document_date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| w.t("pdf-filing-no-date"));
        let n = pages.get(i).copied().unwrap_or(1);
        let details = w.say(
            "pdf-filing-index-row",
            &[
                ("date", date.into()),
                ("pages", numbers::count(n, w.0).into()),
            ],
        );
        let value = format!("{title}\n{details}");
        let (page, top) = flow.position();
        flow.field(&label, &value, Kind::Body);
        flow.field("SHA-256", &item.sha256, Kind::Mono);
        let (after_page, bottom) = flow.position();
        rows.push(if after_page == page {
            (page, bottom, top)
        } else {
            (after_page, bottom, bottom + 40.0)
        });
    }
    rows
}

/// Writes one annex (its pages, stamped); returns the index of its first page.
fn write_annex(
    flow: &mut Flow,
    heading: &str,
    item: &Evidence,
    content: Content,
    bates: &mut u64,
    prefix: &str,
    w: Words,
) -> usize {
    let mut stamp_pages = Vec::new();
    let first = match content {
        Content::Pdf(doc) => {
            let pages = flow.import(*doc);
            stamp_pages.extend(&pages);
            pages.first().copied().unwrap_or(0)
        }
        Content::Image(img) => {
            flow.image_page(heading, *img);
            let (page, _) = flow.position();
            stamp_pages.push(page);
            page
        }
        Content::Other(reason) => {
            flow.page_break();
            let (page, _) = flow.position();
            flow.paragraph(heading, Kind::Strong);
            flow.paragraph(&w.t("pdf-filing-not-pdf"), Kind::Body);
            flow.field(&w.t("pdf-filing-title"), &item.original_name, Kind::Body);
            flow.field(&w.t("pdf-filing-type"), &item.media_type, Kind::Body);
            flow.field(
                &w.t("pdf-filing-bytes"),
                &numbers::integer(item.size, w.0),
                Kind::Body,
            );
            flow.field("SHA-256", &item.sha256, Kind::Mono);
            flow.paragraph(&reason, Kind::Small);
            stamp_pages.push(page);
            page
        }
    };
    for page in stamp_pages {
        *bates += 1;
        let label = heading.split(" — ").next().unwrap_or(heading);
        flow.stamp(page, &format!("{label} · {prefix}{:06}", *bates));
    }
    first
}

/// The request letter (REQUEST.pdf).
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn request(ctx: &Context<'_>) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let title = &kind_title(w, ctx.filing.kind);
    let mut flow = flow_for(ctx, title);
    write_request(&mut flow, ctx);
    flow.finish(&meta(ctx, title), page_label(w.0))
}

/// The annex index (INDEX.pdf). `pages` gives each annex's page count.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn index(ctx: &Context<'_>, pages: &[usize]) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let mut flow = flow_for(ctx, &w.t("pdf-filing-index"));
    write_index(&mut flow, ctx, pages);
    flow.finish(&meta(ctx, &w.t("pdf-filing-index")), page_label(w.0))
}

/// One annex as its own PDF (A-01.pdf …), its pages stamped with its label and continuous page
/// numbers starting after `bates`.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn annex(
    ctx: &Context<'_>,
    index: usize,
    content: Content,
    bates: &mut u64,
) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let list = annexed(ctx);
    let (label, title, item) = list.get(index).ok_or(Error::NotFound { what: "annex" })?;
    let heading = format!("{label} — {title}");
    let mut flow = flow_for(ctx, &heading);
    flow.manual_outline();
    let first = write_annex(
        &mut flow,
        &heading,
        item,
        content,
        bates,
        &ctx.filing.bates_prefix,
        w,
    );
    flow.bookmark(&heading, first);
    flow.finish(&meta(ctx, &heading), page_label(w.0))
}

/// The print packet: cover, request, index, and for each annex a separator sheet then the
/// annex; page N of M on every page, an outline entry per part, the index linked to each annex.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn packet(ctx: &Context<'_>, contents: Vec<Content>) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let title = &kind_title(w, ctx.filing.kind);
    let mut flow = flow_for(ctx, title);
    flow.manual_outline();
    let list = annexed(ctx);

    // Cover.
    flow.bookmark(&w.t("pdf-filing-packet"), 0);
    flow.space(120.0);
    flow.paragraph(&w.t("pdf-filing-packet"), Kind::Small);
    flow.title(title);
    flow.paragraph(ctx.case.display_name(), Kind::Heading);
    flow.paragraph(&w.t("pdf-filing-ccf"), Kind::Body);
    flow.space(24.0);
    flow.paragraph(&w.t("pdf-filing-contents"), Kind::Strong);
    flow.paragraph(
        &format!("{}\n{}", title, &w.t("pdf-filing-index")),
        Kind::Body,
    );
    for (label, t, _) in &list {
        flow.paragraph(&format!("{label} — {t}"), Kind::Body);
    }

    flow.page_break();
    let (request_page, _) = flow.position();
    flow.bookmark(title, request_page);
    write_request(&mut flow, ctx);

    flow.page_break();
    let (index_page, _) = flow.position();
    flow.bookmark(&w.t("pdf-filing-index"), index_page);
    let pages: Vec<usize> = contents.iter().map(Content::pages).collect();
    let rows = write_index(&mut flow, ctx, &pages);

    let mut bates = 0u64;
    for ((content, (label, t, item)), row) in contents.into_iter().zip(&list).zip(&rows) {
        let heading = format!("{label} — {t}");
        flow.page_break();
        let (separator, _) = flow.position();
        flow.space(200.0);
        flow.title(label);
        flow.paragraph(t, Kind::Heading);
        flow.paragraph(&format!("SHA-256 {}", item.sha256), Kind::Mono);
        flow.bookmark(&heading, separator);
        let _first = write_annex(
            &mut flow,
            &heading,
            item,
            content,
            &mut bates,
            &ctx.filing.bates_prefix,
            w,
        );
        flow.link(row.0, row.1, row.2, separator);
    }
    flow.finish(&meta(ctx, title), page_label(w.0))
}

/// Everything the bytes of an evidence file go through on their way into a filing: the type
/// sniffed from the content, the file read as an annex (`lopdf`, the image reader), its pages
/// placed in a PDF of ours and stamped as a filing's annexes are (`write_annex`), the PDF
/// written, then read back. Returns the page count
/// of what was written, checked to be every page placed, each whole. For the fuzzer (`fuzz/`,
/// `make fuzz`) and the regression test that replays its finds; no other code calls it.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be written, or what was written cannot be read back
/// whole.
#[cfg(any(test, fuzzing))]
#[doc(hidden)]
pub fn annex_round_trip(bytes: &[u8]) -> Result<usize, Error> {
    use crate::pdf::PageSize;
    let media_type = crate::files::sniff::media_type(bytes);
    let item = Evidence {
        original_name: "annex".into(),
        media_type: media_type.into(),
        ..Evidence::default()
    };
    let w = words(Language::En);
    let mut flow = Flow::new(PageSize::A4, false, "A-1");
    let content = Content::read(bytes, media_type);
    write_annex(&mut flow, "A-1 — annex", &item, content, &mut 0, "HAD-", w);
    let meta = Meta {
        title: "A-1".into(),
        subject: "fuzz".into(),
        created: DateTime::<Utc>::UNIX_EPOCH,
    };
    let expected = flow.position().0 + 1;
    let written = flow.finish(&meta, page_label(w.0))?;
    let read_back = lopdf::Document::load_mem(&written).map_err(|e| Error::Internal {
        what: format!("reading back the PDF just written: {e}"),
    })?;
    match read_back.get_pages().len() {
        n if n == expected && super::annex_reader::first_damaged_page(&read_back).is_none() => {
            Ok(n)
        }
        n => Err(Error::Internal {
            what: format!("the PDF just written has {n} whole pages, not {expected}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixtures(dir: &str) -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.file_name() != "README.md")
                    .map(|e| {
                        let bytes = std::fs::read(e.path()).unwrap_or_default();
                        (e.file_name().to_string_lossy().into_owned(), bytes)
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    #[test]
    fn the_evidence_fixtures_become_annex_pages() {
        let files = fixtures("../tests/fixtures/evidence");
        assert_eq!(
            files.len(),
            2,
            "{:?}",
            files.iter().map(|f| &f.0).collect::<Vec<_>>()
        );
        for (name, bytes) in files {
            assert_eq!(annex_round_trip(&bytes).ok(), Some(1), "{name}");
        }
    }

    /// Every file the fuzzer (fuzz/, `make fuzz`) found to crash, hang or write an unreadable
    /// PDF, kept under tests/fixtures/fuzz/annex/ once fixed: each now gives a readable annex
    /// of at least one page (a damaged file gets a page saying so).
    #[test]
    fn what_the_fuzzer_found_gives_a_readable_annex() {
        let files = fixtures("../tests/fixtures/fuzz/annex");
        assert!(!files.is_empty(), "tests/fixtures/fuzz/annex/ is empty");
        for (name, bytes) in files {
            let pages = annex_round_trip(&bytes);
            assert!(matches!(pages, Ok(n) if n >= 1), "{name}: {pages:?}");
        }
    }
}
