//! `habeas filing new | list | show | edit | annex | ground | check | export`: CCF filings from
//! a script; `habeas letter border | asylum`. A filing's fields are given as JSON (`--from FILE`, the shape `filing show --json`
//! prints); annexes and grounds have their own commands. `check` prints the admissibility
//! findings; `export` prints them too before writing, so nothing is exported silently.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use habeas_core::evidence::metadata::MetadataChoice;
use habeas_core::filing::export as filing_export;
use habeas_core::filing::letters::{self, LetterKind};
use habeas_core::filing::{self as filing_core, Annex, Filing, FilingKind, Ground, Language};
use habeas_core::pdf::PageSize;
use habeas_core::rules::admissibility::{Finding, Severity};
use habeas_core::rules::arguments;
use habeas_core::store::{cases, filings};
use habeas_core::vault::Vault;
use habeas_core::Error;
use habeas_core::{clock, locale};
use serde_json::json;

use crate::case::{date, word};
use crate::{progress, Report};

#[derive(Debug, Subcommand)]
pub(crate) enum FilingCommand {
    /// Start a filing for a case, drafted from what the vault records (its alerts, how the
    /// applicant learned of them, a summary of the recorded facts, the latest representative).
    New {
        /// The case's id.
        #[arg(long = "case")]
        case_id: String,
        /// access, correction, deletion, correction-and-deletion, revision.
        #[arg(long, value_parser = word::<FilingKind>, default_value = "deletion")]
        kind: FilingKind,
        /// The filing's language: en, fr, es or ar.
        #[arg(long, value_parser = word::<Language>, default_value = "en")]
        language: Language,
        /// Fields as JSON (the shape `filing show --json` prints).
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
    },
    /// List a case's filings.
    List {
        /// The case's id.
        #[arg(long = "case")]
        case_id: String,
    },
    /// Show a filing, its annexes and the arguments suggested for its case.
    Show {
        /// The filing's id.
        id: String,
    },
    /// Replace a filing's fields with those of a JSON file.
    Edit {
        /// The filing's id.
        id: String,
        /// Fields as JSON.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// Set the annexes, in order: the first is A-1.
    Annex(AnnexArgs),
    /// Append a paragraph of the argument library to the grounds, filled from the case.
    Ground {
        /// The filing's id.
        id: String,
        /// The argument's id (`filing show` lists the suggested ones).
        argument: String,
    },
    /// Check admissibility: each finding with its basis and source.
    Check {
        /// The filing's id.
        id: String,
    },
    /// Write the portal set (a folder of PDFs) or the print packet (one PDF). Not encrypted.
    Export(ExportArgs),
    /// Record that the filing was submitted through the CCF's portal on DATE (YYYY-MM-DD): the
    /// "CCF request filed" event that starts the CCF's clocks.
    Submitted {
        /// The filing's id.
        id: String,
        /// The day it was submitted (not after today).
        #[arg(long, value_parser = date)]
        date: NaiveDate,
    },
}

#[derive(Debug, Args)]
pub(crate) struct AnnexArgs {
    /// The filing's id.
    id: String,
    /// Evidence items, in order.
    evidence: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The filing's id.
    id: String,
    /// A folder for REQUEST.pdf, INDEX.pdf, A-01.pdf … (created if missing).
    #[arg(
        long,
        value_name = "DIR",
        conflicts_with = "packet",
        required_unless_present = "packet"
    )]
    portal: Option<PathBuf>,
    /// One PDF: cover, request, index, annexes.
    #[arg(long, value_name = "FILE")]
    packet: Option<PathBuf>,
    /// Replace existing files.
    #[arg(long)]
    force: bool,
    /// Place photos as imported, with what they carry (GPS position, phone, owner, dates). By
    /// default a photo annex is placed as a copy without it (issue 16.9).
    #[arg(long)]
    keep_metadata: bool,
}

fn read_json(path: &PathBuf) -> Result<Filing, Error> {
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::from_io("read the JSON file", e))?;
    serde_json::from_str(&text).map_err(|e| Error::InvalidInput {
        field: "--from",
        reason: format!("not a filing in JSON: {e}"),
    })
}

fn findings_text(found: &[Finding]) -> String {
    if found.is_empty() {
        return "Admissibility: no problem found.".into();
    }
    found
        .iter()
        .map(|f| {
            let level = if f.severity == Severity::Problem {
                "PROBLEM"
            } else {
                "warning"
            };
            format!(
                "{level}: {}\n  basis: {} ({:?}; {})\n  fix: {}",
                f.message, f.basis, f.confidence, f.source, f.field
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn saved(filing: &Filing, text: &str) -> Report {
    Report {
        json: json!({"id": filing.id, "filing": filing}),
        text: format!("{text} {}", filing.id),
    }
}

pub(crate) fn run(vault: &mut Vault, cmd: &FilingCommand) -> Result<Report, Error> {
    match cmd {
        FilingCommand::New {
            case_id,
            kind,
            language,
            from,
        } => {
            // From a file: as written. Otherwise drafted from what the vault records (the
            // alerts, the facts, the latest representative), as the app does.
            let filing = match from {
                Some(path) => filings::create(vault.store(), case_id, read_json(path)?)?,
                None => filing_core::draft::create(vault.store(), case_id, *kind, *language)?,
            };
            Ok(saved(&filing, "Filing created:"))
        }
        FilingCommand::List { case_id } => {
            cases::get_case(vault.store(), case_id)?;
            let list = filings::list(vault.store(), case_id)?;
            let text = if list.is_empty() {
                "No filing in this case yet.".to_owned()
            } else {
                list.iter()
                    .map(|f| format!("{}  {}  {} annexes", f.id, f.kind.title(), f.annexes.len()))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            Ok(Report {
                json: json!({"id": case_id, "filings": list}),
                text,
            })
        }
        FilingCommand::Show { id } => {
            let filing = filings::get(vault.store(), id)?;
            let suggested =
                filing_core::library(vault.store(), &filing.case_id, Some(id.as_str()))?.suggested;
            let mut text = format!(
                "{}  {}  ({})\n",
                filing.id,
                filing.kind.title(),
                filing.language.name()
            );
            for (i, a) in filing.annexes.iter().enumerate() {
                text.push_str(&format!(
                    "  {}  {}\n",
                    habeas_core::filing::annex_label(i),
                    a.evidence
                ));
            }
            for s in &suggested {
                text.push_str(&format!("  suggested argument: {} ({})\n", s.id, s.because));
            }
            Ok(Report {
                json: json!({"id": id, "filing": filing, "suggested": suggested}),
                text,
            })
        }
        FilingCommand::Edit { id, from } => {
            let mut filing = read_json(from)?;
            filing.id.clone_from(id);
            let filing = filings::update(vault.store(), filing)?;
            Ok(saved(&filing, "Filing saved:"))
        }
        FilingCommand::Annex(args) => {
            let mut filing = filings::get(vault.store(), &args.id)?;
            let keep: Vec<Annex> = args
                .evidence
                .iter()
                .map(|e| {
                    let title = filing
                        .annexes
                        .iter()
                        .find(|a| &a.evidence == e)
                        .map(|a| a.title.clone())
                        .unwrap_or_default();
                    Annex {
                        evidence: e.clone(),
                        title,
                    }
                })
                .collect();
            filing.annexes = keep;
            let filing = filings::update(vault.store(), filing)?;
            Ok(saved(&filing, "Annexes set:"))
        }
        FilingCommand::Ground { id, argument } => {
            let mut filing = filings::get(vault.store(), id)?;
            let library = filing_core::library(vault.store(), &filing.case_id, Some(id.as_str()))?;
            let arg = library.argument(argument).ok_or(Error::InvalidInput {
                field: "argument",
                reason: "no such argument in the library; `filing show` lists suggestions".into(),
            })?;
            // The library's French, Spanish and Arabic texts are drafts no native-speaking
            // lawyer has reviewed yet (locales/<lang>/legal.reviewed is empty, issue 17.4).
            if filing.language != Language::En && arguments::by_id(arg.id).is_some() {
                progress(&format!(
                    "Note: the {} text of this paragraph is a draft not yet reviewed by a native-speaking lawyer; read it before filing.",
                    filing.language.name()
                ));
            }
            filing.grounds.push(Ground {
                argument: Some(arg.id.into()),
                text: arg.text.clone(),
                citations_confirmed: false,
            });
            let filing = filings::update(vault.store(), filing)?;
            Ok(saved(&filing, "Paragraph added:"))
        }
        FilingCommand::Check { id } => {
            let found = filing_core::check(vault.store(), id, clock::today())?;
            let admissible = !found.iter().any(|f| f.severity == Severity::Problem);
            Ok(Report {
                json: json!({"id": id, "admissible": admissible, "findings": found}),
                text: findings_text(&found),
            })
        }
        FilingCommand::Submitted { id, date } => {
            let event = filing_core::submitted::record(vault.store(), id, *date, clock::today())?;
            Ok(Report {
                text: format!(
                    "Recorded on the case's timeline: {} on {} ({}). The CCF's clocks run from it.",
                    event.kind.label(),
                    date.format("%Y-%m-%d"),
                    event.id
                ),
                json: json!({"id": id, "event": event}),
            })
        }
        FilingCommand::Export(args) => {
            let found = filing_core::check(vault.store(), &args.id, clock::today())?;
            if !found.is_empty() {
                progress(&format!(
                    "Exporting with these findings:\n{}",
                    findings_text(&found)
                ));
            }
            let carried = filing_export::annex_metadata(vault, &args.id)?;
            let metadata = if args.keep_metadata {
                MetadataChoice::Keep
            } else {
                MetadataChoice::Remove
            };
            for a in &carried {
                let verb = match metadata {
                    MetadataChoice::Keep => "goes WITH",
                    MetadataChoice::Remove => "is placed without",
                };
                progress(&format!(
                    "{} {verb} what it carries: {}",
                    a.label,
                    a.metadata.summary()
                ));
            }
            progress(
                "Writing PDFs. They are NOT encrypted (portals and courts refuse encrypted PDFs).",
            );
            let mut report = |done: usize, total: usize| {
                progress(&format!("{done}/{total}"));
                true
            };
            let (written, to): (Vec<PathBuf>, &PathBuf) = match (&args.portal, &args.packet) {
                (Some(dir), _) => (
                    filing_export::portal_set(
                        vault,
                        &args.id,
                        dir,
                        args.force,
                        metadata,
                        &mut report,
                    )?,
                    dir,
                ),
                (None, Some(file)) => {
                    filing_export::packet(
                        vault,
                        &args.id,
                        file,
                        args.force,
                        metadata,
                        &mut report,
                    )?;
                    (vec![file.clone()], file)
                }
                (None, None) => {
                    return Err(Error::InvalidInput {
                        field: "--portal or --packet",
                        reason: "say where to write".into(),
                    })
                }
            };
            Ok(Report {
                json: json!({"id": args.id, "written": written, "findings": found}),
                text: format!(
                    "Written to {} ({} files). Not encrypted: keep it safe.",
                    to.display(),
                    written.len()
                ),
            })
        }
    }
}

/// `habeas letter border|asylum|ccf-follow-up`.
#[derive(Debug, Args)]
pub(crate) struct LetterArgs {
    /// border (to a country's border and immigration authorities), asylum (covering letter
    /// for an asylum authority) or ccf-follow-up (to the CCF, asking for a decision overdue
    /// under Art. 40 of its Statute).
    #[arg(value_parser = word::<LetterKind>)]
    kind: LetterKind,
    /// The case's id.
    #[arg(long = "case")]
    case_id: String,
    /// The country addressed, as a two-letter code (DE, FR, TR…): for border and asylum.
    #[arg(long)]
    country: Option<String>,
    /// The PDF file to write. It is not encrypted.
    #[arg(long, value_name = "FILE")]
    to: PathBuf,
    /// Paper size: a4 or letter. Without it, the paper of the case's latest filing, else a4.
    #[arg(long, value_parser = word::<PageSize>)]
    paper: Option<PageSize>,
    /// Replace an existing file.
    #[arg(long)]
    force: bool,
    /// The letter's language: en, fr, es, ar or ru; separate from `--lang`, the language of
    /// this program's messages, which it follows when not given. The "detained now" sheet is in
    /// English and this language, unless the country where it would be shown has another one.
    #[arg(long, value_parser = word::<locale::Language>)]
    language: Option<locale::Language>,
}

/// Writes the letter; `app_language` is the language of the messages (`--lang`).
pub(crate) fn letter(
    vault: &mut Vault,
    args: &LetterArgs,
    app_language: locale::Language,
) -> Result<Report, Error> {
    if let Some(caution) = letters::caution(args.kind, app_language) {
        progress(&format!("Caution: {}", crate::for_terminal(&caution)));
    }
    let language = args.language.unwrap_or(app_language);
    let bytes = letters::write(
        vault.store(),
        &args.case_id,
        args.kind,
        args.country.as_deref().unwrap_or_default(),
        language,
        args.paper,
        &args.to,
        args.force,
    )?;
    let reviewed = letters::reviewed(language);
    Ok(Report {
        json: json!({
            "id": args.case_id,
            "written_to": args.to,
            "bytes": bytes,
            "language": language,
            "reviewed": reviewed,
        }),
        text: format!(
            "Letter written to {} ({}). It is not encrypted.{}",
            args.to.display(),
            language.autonym(),
            if reviewed {
                ""
            } else {
                " This translation has not been reviewed by a native-speaking lawyer: have it checked before you use it."
            }
        ),
    })
}
