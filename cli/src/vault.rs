//! `habeas vault …`: create a vault, check it, change its passphrase, recover, rescue, and
//! make a new recovery key (prepared, then confirmed: the old key works until then).

use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use clap::{Args, Subcommand};
use habeas_core::locale::Language;
use habeas_core::vault::{Confirmed, CreateOptions, RecoveryKey, Rotated, Vault, WorkFactor};
use habeas_core::Error;
use serde_json::json;

use crate::secrets::Secrets;
use crate::{backup, changed, evidence, progress, vault_dir, with_vault, Cli, Report};

pub(crate) fn run(cli: &Cli, secrets: &Secrets, cmd: &VaultCommand) -> Result<Report, Error> {
    match cmd {
        VaultCommand::Init(args) => init(cli, secrets, args),
        VaultCommand::Verify => verify(cli, secrets),
        VaultCommand::Passwd(args) => passwd(cli, secrets, args),
        VaultCommand::Recover(args) => recover(cli, secrets, args),
        VaultCommand::Rescue => rescue(cli, secrets),
        VaultCommand::NewRecoveryKey { recovery_sheet } => with_vault(cli, secrets, |v| {
            new_recovery_key(v, recovery_sheet.as_deref(), cli.language())
        }),
        VaultCommand::ConfirmRecoveryKey(args) => with_vault(cli, secrets, |v| {
            confirm_recovery_key(v, secrets, args.recovery_key_file.as_deref())
        }),
        VaultCommand::Backup(args) => with_vault(cli, secrets, |v| backup::backup(v, args)),
        VaultCommand::BackupStatus => with_vault(cli, secrets, |v| backup::status(v)),
        VaultCommand::BackupPolicy(args) => {
            with_vault(cli, secrets, |v| backup::set_policy(v, args))
        }
        VaultCommand::Backups { dir } => backup::list(dir),
        VaultCommand::Restore(args) => backup::restore_backup(cli, secrets, args),
        VaultCommand::Travel { command } => {
            with_vault(cli, secrets, |v| backup::run_travel(v, command))
        }
        VaultCommand::Devices => with_vault(cli, secrets, |v| devices(v)),
        VaultCommand::DiscardRecoveryKey => with_vault(cli, secrets, |v| {
            v.discard_recovery_key()?;
            Ok(Report {
                json: json!({"id": v.id(), "discarded": true}),
                text: "The new recovery key was discarded; the current one still opens the vault."
                    .into(),
            })
        }),
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum VaultCommand {
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
    /// it was before it. Use it when opening names a file under index/devices/…/journal/ (or
    /// index/journal/) and no backup copy of the vault folder has it intact.
    Rescue,
    /// Make a new recovery key (shown once). It does not work yet and the current one still
    /// does, until you confirm you stored it with `vault confirm-recovery-key`.
    NewRecoveryKey {
        /// Also write the new recovery sheet (PDF) to FILE, to print. It holds the key in clear.
        #[arg(long, value_name = "FILE")]
        recovery_sheet: Option<PathBuf>,
    },
    /// Confirm you stored the new recovery key by typing it whole: it then replaces the old
    /// one, which stops opening this vault folder. With no new key waiting, confirms that the
    /// key shown at creation is stored.
    ConfirmRecoveryKey(RecoveryKeyArgs),
    /// Throw away a new recovery key that was not confirmed; the current one stays.
    DiscardRecoveryKey,
    /// The devices that save to this vault (kept in sync by Syncthing or another engine): each
    /// one's name and id, how many saves of it are here and when it made the latest, and when
    /// this device last saw its changes.
    Devices,
    /// Back the vault up into DIR: only new files are copied, every copy is read back and
    /// checked, and older backups there are deleted by the rule `vault backup-status` shows.
    Backup(backup::BackupArgs),
    /// When the last backup was made, where, whether it worked, and whether one is due.
    BackupStatus,
    /// Set how many backups a folder keeps and when to remind.
    BackupPolicy(backup::PolicyArgs),
    /// List the backups in the backup folder DIR (no vault needed).
    Backups {
        /// The backup folder.
        dir: PathBuf,
    },
    /// Restore a backup into a new folder (no --vault needed; never overwrites a vault).
    Restore(backup::RestoreArgs),
    /// Travel mode: take cases off this device into a checked backup, and bring them back.
    Travel {
        #[command(subcommand)]
        command: backup::TravelCommand,
    },
}

#[derive(Debug, Args)]
pub(crate) struct RecoveryKeyArgs {
    /// Read the recovery key from this file instead of standard input or the terminal.
    #[arg(long, value_name = "FILE")]
    recovery_key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// Folder for the new vault.
    dir: PathBuf,

    /// Also write the recovery sheet (PDF: the key in letters and as a QR code) to FILE, to
    /// print. The file holds the key in clear: delete it once printed.
    #[arg(long, value_name = "FILE")]
    recovery_sheet: Option<PathBuf>,

    /// Make up the passphrase instead of asking for one: six random words from the EFF list,
    /// shown only this once. Write them down before you close the terminal.
    #[arg(long)]
    generate_passphrase: bool,

    /// TESTS ONLY: scrypt work factor log2(N). A vault made with it can be brute-forced.
    #[arg(long, value_name = "LOG_N", hide = true)]
    insecure_test_kdf: Option<u8>,
}

#[derive(Debug, Args)]
pub(crate) struct NewPassphraseArgs {
    /// Read the new passphrase from this file instead of standard input or the terminal.
    #[arg(long, value_name = "FILE")]
    new_passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct RecoverArgs {
    #[command(flatten)]
    key: RecoveryKeyArgs,

    #[command(flatten)]
    new: NewPassphraseArgs,
}

fn init(cli: &Cli, secrets: &Secrets, args: &InitArgs) -> Result<Report, Error> {
    let mut options = CreateOptions::default();
    if let Some(log_n) = args.insecure_test_kdf {
        progress("WARNING: test-only weak key derivation; never use this vault for real data.");
        options.work_factor = WorkFactor::insecure_for_tests(log_n);
    }
    if args.generate_passphrase && cli.passphrase_file.is_some() {
        return Err(Error::InvalidInput {
            field: "--generate-passphrase",
            reason: "give either --generate-passphrase or --passphrase-file, not both".into(),
        });
    }
    let generated = if args.generate_passphrase {
        Some(habeas_core::vault::generate_passphrase()?)
    } else {
        None
    };
    let passphrase = match &generated {
        Some(words) => words.clone(),
        None => secrets.new_passphrase(cli.passphrase_file.as_deref())?,
    };
    progress("Creating the vault (deriving keys takes a moment)…");
    let created = Vault::create(&args.dir, &passphrase, options)?;
    let key = created.recovery_key.expose();
    let mut sheet_note = String::new();
    if let Some(path) = &args.recovery_sheet {
        let pdf = habeas_core::vault::recovery::sheet_in(
            &created.recovery_key,
            created.vault.id(),
            habeas_core::pdf::PageSize::A4,
            habeas_core::clock::now(),
            cli.language(),
        )?;
        habeas_core::export::write_file(path, &pdf, false)?;
        sheet_note = format!(
            "\n\nRecovery sheet written to {}. It holds the key in clear: print it, then delete \
             the file.",
            path.display()
        );
    }
    let exposure = habeas_core::vault::exposure(created.vault.dir());
    Ok(Report {
        json: json!({
            "id": created.vault.id(),
            "dir": created.vault.dir(),
            "recipient": created.vault.recipient(),
            "recovery_key": key,
            "passphrase": generated.as_ref().map(ExposeSecret::expose_secret),
            "recovery_sheet": args.recovery_sheet,
            "exposure": exposure,
        }),
        text: format!(
            "Vault created in {}.{}\n\nRecovery key, shown only this once:\n\n    {key}\n\n\
             Write it down or print it, and keep it away from this computer. With it anyone can \
             open the vault; without it and without your passphrase, nobody can, not even you. \
             Once it is stored, confirm it with `habeas vault confirm-recovery-key` (Habeas \
             reminds you until then).{sheet_note}{}",
            args.dir.display(),
            generated.as_ref().map_or_else(String::new, |words| format!(
                "\n\nPassphrase, shown only this once (six words, separated by spaces):\n\n    \
                 {}\n\nWrite it down now; it opens the vault every day.",
                words.expose_secret()
            )),
            exposure_note(exposure.as_ref()),
        ),
    })
}

/// The warning of [`habeas_core::vault::exposure`], as a paragraph to append (empty if none).
fn exposure_note(exposure: Option<&habeas_core::vault::Exposure>) -> String {
    exposure.map_or_else(String::new, |e| format!("\n\nWarning: {}", e.message()))
}

fn read_recovery_key(secrets: &Secrets, file: Option<&Path>) -> Result<RecoveryKey, Error> {
    let text = secrets.existing(file, "Recovery key: ")?;
    RecoveryKey::parse(age::secrecy::ExposeSecret::expose_secret(&text))
}

fn confirm_recovery_key(
    vault: &mut Vault,
    secrets: &Secrets,
    file: Option<&Path>,
) -> Result<Report, Error> {
    let key = read_recovery_key(secrets, file)?;
    let confirmed = vault.confirm_recovery_key(&key)?;
    let text = match confirmed {
        Confirmed::Replaced => format!(
            "New recovery key confirmed: it now opens this vault. {}",
            rotated_note(vault.rotates_identity(), "recovery key")
        ),
        Confirmed::AlreadyCurrent => "Recovery key confirmed as stored.".to_owned(),
    };
    Ok(Report {
        json: json!({"id": vault.id(), "confirmed": confirmed}),
        text,
    })
}

fn new_recovery_key(
    vault: &mut Vault,
    sheet: Option<&Path>,
    language: Language,
) -> Result<Report, Error> {
    let key = vault.prepare_recovery_key()?;
    let mut note = String::new();
    if let Some(path) = sheet {
        let pdf = habeas_core::vault::recovery::sheet_in(
            &key,
            vault.id(),
            habeas_core::pdf::PageSize::A4,
            habeas_core::clock::now(),
            language,
        )?;
        habeas_core::export::write_file(path, &pdf, false)?;
        note = format!(
            "\n\nRecovery sheet written to {}. It holds the key in clear: print it, then delete the file.",
            path.display()
        );
    }
    Ok(Report {
        json: json!({
            "id": vault.id(),
            "recovery_key": key.expose(),
            "recovery_sheet": sheet,
            "pending": true,
        }),
        text: format!(
            "New recovery key, shown only this once:\n\n    {}\n\nIt does not open the vault \
             yet: your current recovery key still does. Write the new one down or print it, then \
             run `habeas vault confirm-recovery-key` and type it; only then does it replace the \
             old one. (`habeas vault discard-recovery-key` throws it away.){note}",
            key.expose()
        ),
    })
}

/// A time in ms since 1970 as UTC, to the second.
fn utc(ms: Option<u64>) -> String {
    ms.and_then(|ms| i64::try_from(ms).ok())
        .and_then(chrono::DateTime::from_timestamp_millis)
        .map_or_else(
            || "unknown".to_owned(),
            |t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
        )
}

fn devices(vault: &Vault) -> Result<Report, Error> {
    let listed = vault.devices()?;
    let mut text = String::new();
    if listed.is_empty() {
        text.push_str("This vault keeps no list of devices (it was made before format 4).");
    }
    for device in &listed {
        let name = device.name.as_deref().unwrap_or("(name not received yet)");
        let whose = if device.this_device {
            " (this device)"
        } else {
            ""
        };
        text.push_str(&format!(
            "{name}{whose}  id {}\n  {} save(s); latest made {}\n",
            device.id,
            device.saves,
            utc(device.last_save_ms)
        ));
        if !device.this_device {
            text.push_str(&format!(
                "  its latest changes seen here {}\n",
                utc(device.last_seen_ms)
            ));
        }
    }
    Ok(Report {
        json: json!({"id": vault.id(), "devices": listed}),
        text: text.trim_end().to_owned(),
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
    for file in &report.removed_leftovers {
        progress(&format!("removed  {file}  (part of an import cut short)"));
    }
    // Then every evidence file: authentication of each chunk and the SHA-256 of the whole.
    let evidence = evidence::verify(&mut vault, None)?;
    let blobs = evidence.json["items"].as_array().map_or(0, Vec::len);
    let exposure = habeas_core::vault::exposure(vault.dir());
    let sync_copies = habeas_core::vault::sync_copies(vault.dir());
    Ok(Report {
        json: json!({
            "id": vault.id(),
            "ok": true,
            "checked": report.checked,
            "removed_leftovers": report.removed_leftovers,
            "evidence": evidence.json["items"],
            "unnamed_blobs": evidence.json["unnamed_blobs"],
            "exposure": exposure,
            "sync_copies": sync_copies,
        }),
        text: format!(
            "All {} files of the vault are intact, and all {blobs} evidence files match their \
             SHA-256.{}{}{}",
            report.checked.len(),
            match report.removed_leftovers.len() {
                0 => String::new(),
                n => format!(
                    " Removed {n} partial evidence file(s) left by an import that was cut short \
                     (encrypted, never part of the vault)."
                ),
            },
            exposure_note(exposure.as_ref()),
            sync_copies.map_or_else(String::new, |c| format!("\n\nWarning: {}", c.message())),
        ),
    })
}

fn passwd(cli: &Cli, secrets: &Secrets, args: &NewPassphraseArgs) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let current = secrets.existing(cli.passphrase_file.as_deref(), "Current passphrase: ")?;
    let mut vault = Vault::unlock(dir, &current)?;
    let new = secrets.new_passphrase(args.new_passphrase_file.as_deref())?;
    progress("Changing the passphrase and re-keying the vault…");
    let rotated = vault.change_passphrase(&new)?;
    Ok(changed(
        &vault,
        &rotated,
        &format!(
            "Passphrase changed. {}{}",
            rotated_note(rotated.identity_rotated, "passphrase"),
            unfinished_note(&rotated)
        ),
    ))
}

fn recover(cli: &Cli, secrets: &Secrets, args: &RecoverArgs) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let key = read_recovery_key(secrets, args.key.recovery_key_file.as_deref())?;
    let mut vault = Vault::unlock_with_recovery_key(dir, &key)?;
    let new = secrets.new_passphrase(args.new.new_passphrase_file.as_deref())?;
    let rotated = vault.change_passphrase(&new)?;
    Ok(changed(
        &vault,
        &rotated,
        &format!(
            "Vault recovered: the new passphrase now opens it. The recovery key still works. {}{}",
            rotated_note(rotated.identity_rotated, "passphrase"),
            unfinished_note(&rotated)
        ),
    ))
}

/// What a change of `secret` ("passphrase", "recovery key") did, in words that are true for
/// this vault's format: only a rotated identity locks out copies of the old key file.
fn rotated_note(identity_rotated: bool, secret: &str) -> String {
    if identity_rotated {
        format!(
            "The vault was re-keyed: the old {secret} no longer opens this vault, nor anything \
             saved from now on, even with a copy of its old key file. A copy of the folder made \
             before (a backup, a synced copy) still holds what it held then, and opens with the \
             old {secret}."
        )
    } else {
        format!(
            "The old {secret} no longer opens this vault folder, but this vault (format 1) keeps \
             its key: a copy of the folder made before (a backup, a synced copy) still opens \
             with the old {secret}, and its key file opens what is saved from now on too. Make \
             a new vault and move the cases into it to lock the old {secret} out."
        )
    }
}

fn unfinished_note(rotated: &Rotated) -> &'static str {
    if rotated.finished {
        ""
    } else {
        " Some files could not be re-keyed yet: unlocking the vault again finishes it."
    }
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
