//! `habeas`: the command line over `habeas-core`, for scripting, benchmarks and tests.
//!
//! Global options come before the command. `--json` makes every command print one JSON object
//! (with an `id`) on stdout; errors then print `{"error":{"code":…,"message":…}}` on stdout too,
//! so a script reads one stream. Progress goes to stderr. Exit status: 0 success, 1 an error
//! from the core (its code says which; `docs/errors.md`), 2 bad usage.
//!
//! Passphrases and recovery keys never come from the command line: see [`secrets`].

mod case;
mod evidence;
mod filing;
mod secrets;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use habeas_core::vault::{CreateOptions, RecoveryKey, Vault, WorkFactor};
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
struct Cli {
    /// Print one JSON object on stdout instead of text.
    #[arg(long, global = true)]
    json: bool,

    /// The vault folder to work on.
    #[arg(long, value_name = "DIR", global = true)]
    vault: Option<PathBuf>,

    /// Read the vault's passphrase from this file (one trailing newline is ignored).
    #[arg(long, value_name = "FILE", global = true)]
    passphrase_file: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show what this build is (versions, platform, core dump protection).
    About,
    /// Create, check and manage an encrypted vault.
    #[command(subcommand)]
    Vault(VaultCommand),
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
    /// Write a letter from a case's data (PDF, English): `border` for a country's border and
    /// immigration authorities, `asylum` for an asylum authority.
    Letter(filing::LetterArgs),
    /// Find cases, people (any script), alerts, events and notes.
    Search {
        /// Words to find; every word must match.
        query: String,
    },
    /// Developer commands (benchmarks, diagnostics). Not a stable interface.
    #[command(subcommand, hide = true)]
    Debug(DebugCommand),
}

#[derive(Debug, Subcommand)]
enum DebugCommand {
    /// Import FILE into the vault as a blob through the core's import path (no evidence record):
    /// the benchmark of BENCHMARKS.md.
    PutBlob {
        /// The file to import.
        file: PathBuf,
    },
    /// Time what the app's evidence:// preview does per request (look the item up, open its
    /// blob, seek, decrypt LEN bytes): once from the start, then COUNT times at offsets spread
    /// over the file. The preview benchmark of BENCHMARKS.md.
    ReadRanges {
        /// The evidence item.
        id: String,
        /// How many seeks.
        #[arg(long, default_value_t = 20)]
        count: u64,
        /// Bytes per request (the app serves at most 4 MiB per response).
        #[arg(long, default_value_t = 4 * 1024 * 1024)]
        len: u64,
    },
}

#[derive(Debug, Subcommand)]
enum VaultCommand {
    /// Create a new vault in DIR (new or empty), and show its recovery key once.
    Init(InitArgs),
    /// Check the authentication of every file of the vault given by --vault.
    Verify,
    /// Change the vault's passphrase (asks for the current one, then the new one).
    Passwd(NewPassphraseArgs),
    /// Open the vault with its recovery key and set a new passphrase.
    Recover(RecoverArgs),
    /// Open a vault whose journal has a missing or damaged record: that save and every later
    /// one are moved, unread, into index/set-aside/ (nothing is deleted) and the vault opens as
    /// it was before it. Use it when opening names a file under index/journal/ and no backup
    /// copy of the vault folder has it intact.
    Rescue,
    /// Make a new recovery key (shown once); the old one stops opening this vault folder.
    NewRecoveryKey {
        /// Also write the new recovery sheet (PDF) to FILE, to print. It holds the key in clear.
        #[arg(long, value_name = "FILE")]
        recovery_sheet: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
struct InitArgs {
    /// Folder for the new vault.
    dir: PathBuf,

    /// Also write the recovery sheet (PDF: the key in letters and as a QR code) to FILE, to
    /// print. The file holds the key in clear: delete it once printed.
    #[arg(long, value_name = "FILE")]
    recovery_sheet: Option<PathBuf>,

    /// TESTS ONLY: scrypt work factor log2(N). A vault made with it can be brute-forced.
    #[arg(long, value_name = "LOG_N", hide = true)]
    insecure_test_kdf: Option<u8>,
}

#[derive(Debug, Args)]
struct NewPassphraseArgs {
    /// Read the new passphrase from this file instead of standard input or the terminal.
    #[arg(long, value_name = "FILE")]
    new_passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct RecoverArgs {
    /// Read the recovery key from this file instead of standard input or the terminal.
    #[arg(long, value_name = "FILE")]
    recovery_key_file: Option<PathBuf>,

    #[command(flatten)]
    new: NewPassphraseArgs,
}

/// What a command prints: the JSON object for `--json`, the text otherwise.
pub(crate) struct Report {
    pub(crate) json: serde_json::Value,
    text: String,
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
            if cli.json {
                let body = json!({"error": {"code": err.code(), "message": err.user_message()}});
                print(&body.to_string());
            } else {
                let _ = writeln!(
                    io::stderr().lock(),
                    "habeas: {} [{}]",
                    err.user_message(),
                    err.code()
                );
            }
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> Result<Report, Error> {
    let secrets = Secrets::new();
    match &cli.command {
        Command::About => Ok(about_report()),
        Command::Vault(VaultCommand::Init(args)) => init(cli, &secrets, args),
        Command::Vault(VaultCommand::Verify) => verify(cli, &secrets),
        Command::Vault(VaultCommand::Passwd(args)) => passwd(cli, &secrets, args),
        Command::Vault(VaultCommand::Recover(args)) => recover(cli, &secrets, args),
        Command::Vault(VaultCommand::Rescue) => rescue(cli, &secrets),
        Command::Vault(VaultCommand::NewRecoveryKey { recovery_sheet }) => {
            with_vault(cli, &secrets, |v| {
                new_recovery_key(v, recovery_sheet.as_deref())
            })
        }
        Command::Debug(DebugCommand::PutBlob { file }) => put_blob(cli, &secrets, file),
        Command::Debug(DebugCommand::ReadRanges { id, count, len }) => {
            with_vault(cli, &secrets, |v| read_ranges(v, id, *count, *len))
        }
        Command::Case(cmd) => with_store(cli, &secrets, |s| case::case(s, cmd)),
        Command::Alert(cmd) => with_store(cli, &secrets, |s| case::alert(s, cmd)),
        Command::Event(cmd) => with_store(cli, &secrets, |s| case::event(s, cmd)),
        Command::Deadlines(args) => with_store(cli, &secrets, |s| case::deadlines(s, args)),
        Command::Evidence(cmd) => with_vault(cli, &secrets, |v| evidence::run(v, cmd)),
        Command::Filing(cmd) => with_vault(cli, &secrets, |v| filing::run(v, cmd)),
        Command::Letter(args) => with_vault(cli, &secrets, |v| filing::letter(v, args)),
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

fn init(cli: &Cli, secrets: &Secrets, args: &InitArgs) -> Result<Report, Error> {
    let mut options = CreateOptions::default();
    if let Some(log_n) = args.insecure_test_kdf {
        progress("WARNING: test-only weak key derivation; never use this vault for real data.");
        options.work_factor = WorkFactor::insecure_for_tests(log_n);
    }
    let passphrase = secrets.new_passphrase(cli.passphrase_file.as_deref())?;
    progress("Creating the vault (deriving keys takes a moment)…");
    let created = Vault::create(&args.dir, &passphrase, options)?;
    let key = created.recovery_key.expose();
    let mut sheet_note = String::new();
    if let Some(path) = &args.recovery_sheet {
        let pdf = habeas_core::vault::recovery::sheet(
            &created.recovery_key,
            created.vault.id(),
            habeas_core::export::pdf::PageSize::A4,
            chrono::Utc::now(),
        )?;
        habeas_core::export::write_file(path, &pdf, false)?;
        sheet_note = format!(
            "\n\nRecovery sheet written to {}. It holds the key in clear: print it, then delete \
             the file.",
            path.display()
        );
    }
    Ok(Report {
        json: json!({
            "id": created.vault.id(),
            "dir": created.vault.dir(),
            "recipient": created.vault.recipient(),
            "recovery_key": key,
            "recovery_sheet": args.recovery_sheet,
        }),
        text: format!(
            "Vault created in {}.\n\nRecovery key, shown only this once:\n\n    {key}\n\n\
             Write it down or print it, and keep it away from this computer. With it anyone can \
             open the vault; without it and without your passphrase, nobody can, not even you.{sheet_note}",
            args.dir.display()
        ),
    })
}

fn new_recovery_key(vault: &mut Vault, sheet: Option<&Path>) -> Result<Report, Error> {
    let key = vault.replace_recovery_key()?;
    let mut note = String::new();
    if let Some(path) = sheet {
        let pdf = habeas_core::vault::recovery::sheet(
            &key,
            vault.id(),
            habeas_core::export::pdf::PageSize::A4,
            chrono::Utc::now(),
        )?;
        habeas_core::export::write_file(path, &pdf, false)?;
        note = format!(
            "\n\nRecovery sheet written to {}. It holds the key in clear: print it, then delete the file.",
            path.display()
        );
    }
    Ok(Report {
        json: json!({"id": vault.id(), "recovery_key": key.expose(), "recovery_sheet": sheet}),
        text: format!(
            "New recovery key, shown only this once:\n\n    {}\n\nThe old key no longer opens this \
             vault folder (copies of the folder made before still open with it).{note}",
            key.expose()
        ),
    })
}

fn vault_dir(cli: &Cli) -> Result<&Path, Error> {
    cli.vault.as_deref().ok_or(Error::InvalidInput {
        field: "--vault",
        reason: "this command needs the vault folder: habeas --vault DIR vault …".into(),
    })
}

fn verify(cli: &Cli, secrets: &Secrets) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let passphrase = secrets.existing(cli.passphrase_file.as_deref(), "Passphrase: ")?;
    progress("Unlocking…");
    let mut vault = Vault::unlock(dir, &passphrase)?;
    let report = vault.verify(&passphrase)?;
    for file in &report.checked {
        progress(&format!("ok  {file}"));
    }
    // Then every evidence file: authentication of each chunk and the SHA-256 of the whole.
    let evidence = evidence::verify(&mut vault, None)?;
    let blobs = evidence.json["items"].as_array().map_or(0, Vec::len);
    Ok(Report {
        json: json!({
            "id": vault.id(),
            "ok": true,
            "checked": report.checked,
            "evidence": evidence.json["items"],
            "unnamed_blobs": evidence.json["unnamed_blobs"],
        }),
        text: format!(
            "All {} files of the vault are intact, and all {blobs} evidence files match their \
             SHA-256.",
            report.checked.len()
        ),
    })
}

fn passwd(cli: &Cli, secrets: &Secrets, args: &NewPassphraseArgs) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let current = secrets.existing(cli.passphrase_file.as_deref(), "Current passphrase: ")?;
    let vault = Vault::unlock(dir, &current)?;
    let new = secrets.new_passphrase(args.new_passphrase_file.as_deref())?;
    vault.change_passphrase(&new)?;
    Ok(changed(
        &vault,
        "Passphrase changed. The old passphrase no longer opens the vault.",
    ))
}

fn recover(cli: &Cli, secrets: &Secrets, args: &RecoverArgs) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let text = secrets.existing(args.recovery_key_file.as_deref(), "Recovery key: ")?;
    let key = RecoveryKey::parse(age::secrecy::ExposeSecret::expose_secret(&text))?;
    let vault = Vault::unlock_with_recovery_key(dir, &key)?;
    let new = secrets.new_passphrase(args.new.new_passphrase_file.as_deref())?;
    vault.change_passphrase(&new)?;
    Ok(changed(
        &vault,
        "Vault recovered: the new passphrase now opens it. The recovery key still works.",
    ))
}

fn rescue(cli: &Cli, secrets: &Secrets) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let passphrase = secrets.existing(cli.passphrase_file.as_deref(), "Passphrase: ")?;
    let (vault, set_aside) = Vault::unlock_rescuing(dir, &passphrase)?;
    let id = vault.id().to_owned();
    vault.lock()?;
    let text = match &set_aside {
        None => "Nothing needed rescuing: every save was read. The vault opens normally.".into(),
        Some(s) => format!(
            "{} could not be read. It and every later save ({} file(s)) were moved, unread, to \
             {}; nothing was deleted. The vault now opens as it was before that save. To get \
             those saves back, restore the vault folder from a backup copy made after them.",
            s.damaged, s.records, s.folder
        ),
    };
    Ok(Report {
        json: json!({"id": id, "set_aside": set_aside}),
        text,
    })
}

fn put_blob(cli: &Cli, secrets: &Secrets, file: &Path) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let passphrase = secrets.existing(cli.passphrase_file.as_deref(), "Passphrase: ")?;
    let vault = Vault::unlock(dir, &passphrase)?;
    let mut input = std::fs::File::open(file).map_err(|e| Error::from_io("open the file", e))?;
    let info = vault.put_blob(&mut input, &mut |_| true)?;
    Ok(Report {
        json: json!({"id": info.id.as_str(), "size": info.size, "sha256": info.sha256}),
        text: format!("{}  {}", info.sha256, info.id.relative_path()),
    })
}

/// One preview request as `src-tauri/protocol.rs` serves it; its duration in milliseconds.
fn timed_range(vault: &mut Vault, id: &str, start: u64, len: u64) -> Result<f64, Error> {
    use std::io::{Read, Seek, SeekFrom};
    let began = std::time::Instant::now();
    let item = habeas_core::store::evidence::get(vault.store(), id)?;
    let blob = habeas_core::vault::BlobId::parse(&item.blob)?;
    let mut reader = vault.open_blob(&blob)?;
    let len = len.min(item.size.saturating_sub(start));
    let mut body = vec![0u8; usize::try_from(len).unwrap_or(0)];
    reader
        .seek(SeekFrom::Start(start))
        .and_then(|_| reader.read_exact(&mut body))
        .map_err(|e| Error::from_io("read the blob", e))?;
    Ok(began.elapsed().as_secs_f64() * 1000.0)
}

fn read_ranges(vault: &mut Vault, id: &str, count: u64, len: u64) -> Result<Report, Error> {
    let size = habeas_core::store::evidence::get(vault.store(), id)?.size;
    let first = timed_range(vault, id, 0, len)?;
    let mut seeks = Vec::new();
    for i in 0..count {
        // Spread over the file, never on a chunk boundary.
        let start = (size.saturating_sub(len) / count.max(1)) * i + 12_345 * (i % 7);
        seeks.push(timed_range(
            vault,
            id,
            start.min(size.saturating_sub(1)),
            len,
        )?);
    }
    seeks.sort_by(f64::total_cmp);
    let median = seeks.get(seeks.len() / 2).copied().unwrap_or(0.0);
    let max = seeks.last().copied().unwrap_or(0.0);
    Ok(Report {
        json: json!({"id": id, "size": size, "len": len, "first_ms": first, "seek_median_ms": median, "seek_max_ms": max}),
        text: format!("first bytes {first:.1} ms; seek median {median:.1} ms, max {max:.1} ms"),
    })
}

/// Unlocks the vault of `--vault`, runs `work` on it, and locks it again.
fn with_vault(
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
fn with_store(
    cli: &Cli,
    secrets: &Secrets,
    work: impl FnOnce(&mut habeas_core::store::Store) -> Result<Report, Error>,
) -> Result<Report, Error> {
    with_vault(cli, secrets, |v| work(v.store()))
}

fn changed(vault: &Vault, text: &str) -> Report {
    Report {
        json: json!({"id": vault.id(), "passphrase_changed": true}),
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
