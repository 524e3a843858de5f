//! `habeas`: the command line over `habeas-core`, for scripting, benchmarks and tests.
//!
//! Global options come before the command. `--json` makes every command print one JSON object
//! (with an `id`) on stdout; errors then print `{"error":{"code":…,"message":…}}` on stdout too,
//! so a script reads one stream. Progress goes to stderr. Exit status: 0 success, 1 an error
//! from the core (its code says which; `docs/errors.md`), 2 bad usage.
//!
//! Passphrases and recovery keys never come from the command line: see [`secrets`].

mod backup;
mod case;
mod case_edit;
mod debug;
mod evidence;
mod filing;
mod secrets;
mod sharing;
mod travel;
mod vault;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use habeas_core::locale::{self, Language};
use habeas_core::vault::Vault;
use habeas_core::{about, process, Error};
use serde_json::json;

use secrets::Secrets;

#[derive(Debug, Parser)]
#[command(
    name = "habeas",
    version,
    about = "Habeas: case files and CCF requests, from the command line",
    after_help = "Secrets are read from --passphrase-file, else one per line from standard \
                  input when it is not a terminal, else asked for without echo."
)]
pub(crate) struct Cli {
    /// Print one JSON object on stdout instead of text.
    #[arg(long, global = true)]
    json: bool,

    /// The vault folder to work on.
    #[arg(long, value_name = "DIR", global = true)]
    vault: Option<PathBuf>,

    /// Read the vault's passphrase from this file (one trailing newline is ignored).
    #[arg(long, value_name = "FILE", global = true)]
    passphrase_file: Option<PathBuf>,

    /// The language of messages, deadlines and calendars: en, fr, es, ar or ru (a BCP 47 tag
    /// such as fr-CA works too). Default: the system locale (LC_ALL, LC_MESSAGES, LANG), else
    /// English. The other texts are still English.
    #[arg(long, value_name = "LANG", global = true, value_parser = parse_language)]
    lang: Option<Language>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show what this build is (versions, platform, core dump protection).
    About,
    /// Create, check and manage an encrypted vault.
    #[command(subcommand)]
    Vault(vault::VaultCommand),
    /// Open, list and show cases.
    #[command(subcommand)]
    Case(case::CaseCommand),
    /// Record an INTERPOL alert in a case.
    #[command(subcommand)]
    Alert(case::AlertCommand),
    /// Record an event on a case's timeline.
    #[command(subcommand)]
    Event(case::EventCommand),
    /// List the computed deadlines of every case (or one), soonest first; or export them as
    /// an iCalendar file.
    Deadlines(case::DeadlinesArgs),
    /// Import, list, verify, export and delete evidence (encrypted in the vault).
    #[command(subcommand)]
    Evidence(evidence::EvidenceCommand),
    /// Build, check and export CCF filings (requests and revision applications).
    #[command(subcommand)]
    Filing(filing::FilingCommand),
    /// Write a letter from a case's data (PDF, in `--language`): `border` for a country's
    /// border and immigration authorities, `asylum` for an asylum authority.
    Letter(filing::LetterArgs),
    /// Trips of a case and the travel check: for each country, the risk of arrest with its
    /// reasons and sources, a map and a printable brief.
    #[command(subcommand)]
    Travel(travel::TravelCommand),
    /// Find cases, people (any script), alerts, events and notes.
    Search {
        /// Words to find; every word must match.
        query: String,
    },
    /// This vault's sharing identity, and the contacts cases are shared with.
    #[command(subcommand)]
    Sharing(sharing::SharingCommand),
    /// Developer commands (benchmarks, diagnostics). Not a stable interface.
    #[command(subcommand, hide = true)]
    Debug(debug::DebugCommand),
}

fn parse_language(tag: &str) -> Result<Language, String> {
    Language::from_tag(tag).ok_or_else(|| format!("no such language: {tag} (en, fr, es, ar, ru)"))
}

impl Cli {
    /// `--lang`, else the system locale's, else English.
    pub(crate) fn language(&self) -> Language {
        self.lang.unwrap_or_else(Language::of_system)
    }
}

/// `text` for a terminal: without the bidi isolation marks Fluent puts around inserted values
/// (a terminal does not reorder text, and some print the marks as boxes).
pub(crate) fn for_terminal(text: &str) -> String {
    locale::catalogue::without_isolates(text)
}

/// What a command prints: the JSON object for `--json`, the text otherwise.
pub(crate) struct Report {
    pub(crate) json: serde_json::Value,
    pub(crate) text: String,
}

fn main() -> ExitCode {
    let hardening = process::harden();
    let cli = Cli::parse();
    match hardening.and_then(|_| run(&cli)) {
        Ok(report) => {
            if cli.json {
                print(&report.json.to_string());
            } else {
                print(&report.text);
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            let message = for_terminal(&err.user_message_in(cli.language()));
            if cli.json {
                let body = json!({"error": {"code": err.code(), "message": message}});
                print(&body.to_string());
            } else {
                let _ = writeln!(io::stderr().lock(), "habeas: {message} [{}]", err.code());
            }
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> Result<Report, Error> {
    let secrets = Secrets::new();
    match &cli.command {
        Command::About => Ok(about_report()),
        Command::Vault(cmd) => vault::run(cli, &secrets, cmd),
        Command::Debug(cmd) => debug::run(cli, &secrets, cmd),
        Command::Case(cmd) => with_vault(cli, &secrets, |v| case::case(v, cmd, cli.language())),
        Command::Alert(cmd) => with_store(cli, &secrets, |s| case::alert(s, cmd)),
        Command::Event(cmd) => with_store(cli, &secrets, |s| case::event(s, cmd)),
        Command::Deadlines(args) => {
            with_store(cli, &secrets, |s| case::deadlines(s, args, cli.language()))
        }
        Command::Evidence(cmd) => {
            with_vault(cli, &secrets, |v| evidence::run(v, cmd, cli.language()))
        }
        Command::Filing(cmd) => with_vault(cli, &secrets, |v| filing::run(v, cmd)),
        Command::Letter(args) => {
            with_vault(cli, &secrets, |v| filing::letter(v, args, cli.language()))
        }
        Command::Travel(cmd) => with_store(cli, &secrets, |s| travel::run(s, cmd, cli.language())),
        Command::Sharing(cmd) => with_vault(cli, &secrets, |v| sharing::run(v, cmd)),
        Command::Search { query } => with_store(cli, &secrets, |s| case::search(s, query)),
    }
}

fn about_report() -> Report {
    let build = about::build_info();
    let dumps = process::core_dumps();
    let dumps_text = match dumps {
        process::CoreDumps::Disabled => "disabled",
        process::CoreDumps::Allowed => "allowed",
        process::CoreDumps::NotControlled => "not controlled by Habeas",
    };
    Report {
        json: json!({
            "id": "about",
            "core_version": build.core_version,
            "os": build.os,
            "arch": build.arch,
            "release_build": build.release_build,
            "core_dumps": dumps,
        }),
        text: format!(
            "habeas-core {}\nplatform    {} {}\nbuild       {}\ncore dumps  {dumps_text}",
            build.core_version,
            build.os,
            build.arch,
            if build.release_build {
                "release"
            } else {
                "development"
            },
        ),
    }
}

pub(crate) fn vault_dir(cli: &Cli) -> Result<&Path, Error> {
    cli.vault.as_deref().ok_or(Error::InvalidInput {
        field: "--vault",
        reason: "this command needs the vault folder: habeas --vault DIR vault …".into(),
    })
}

/// Unlocks the vault of `--vault`, runs `work` on it, and locks it again.
pub(crate) fn with_vault(
    cli: &Cli,
    secrets: &Secrets,
    work: impl FnOnce(&mut Vault) -> Result<Report, Error>,
) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let passphrase = secrets.existing(cli.passphrase_file.as_deref(), "Passphrase: ")?;
    let mut vault = Vault::unlock(dir, &passphrase)?;
    let result = work(&mut vault);
    // Lock even after an error: what was saved before it is folded into the snapshot.
    let locked = vault.lock();
    let report = result?;
    locked?;
    Ok(report)
}

/// Unlocks the vault of `--vault`, runs `work` on its index, and locks it again.
pub(crate) fn with_store(
    cli: &Cli,
    secrets: &Secrets,
    work: impl FnOnce(&mut habeas_core::store::Store) -> Result<Report, Error>,
) -> Result<Report, Error> {
    with_vault(cli, secrets, |v| work(v.store()))
}

pub(crate) fn changed(vault: &Vault, rotated: &habeas_core::vault::Rotated, text: &str) -> Report {
    Report {
        json: json!({
            "id": vault.id(),
            "passphrase_changed": true,
            "identity_rotated": rotated.identity_rotated,
            "blobs_rekeyed": rotated.blobs_rekeyed,
            "finished": rotated.finished,
        }),
        text: text.into(),
    }
}

pub(crate) fn progress(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

fn print(text: &str) {
    // A closed stdout (a pipe to `head`) leaves nothing else to tell.
    let _ = writeln!(io::stdout().lock(), "{text}");
}
