//! `habeas vault backup …`, `vault restore …`, `vault travel …`: backups to a folder the user
//! chooses, restores into a new folder, and travel mode (issue 19). Each calls one core function.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use habeas_core::travel_mode::{self, TravelStatus};
use habeas_core::vault::{
    backup_generations, restore, BackupPolicy, BackupProgress, BackupStatus, RestoreSecret, Vault,
};
use habeas_core::Error;
use serde_json::json;

use crate::secrets::Secrets;
use crate::{progress, Cli, Report};

#[derive(Debug, Args)]
pub(crate) struct BackupArgs {
    /// The backup folder: new, empty, or holding this vault's earlier backups (a USB drive, a
    /// synced folder, a network share).
    dir: PathBuf,
}

#[derive(Debug, Args)]
pub(crate) struct PolicyArgs {
    /// How many backups each backup folder keeps (older ones are deleted after a new one is
    /// checked).
    #[arg(long, value_name = "N")]
    keep: u32,
    /// Remind when the last good backup is older than this many days.
    #[arg(long, value_name = "DAYS")]
    remind_after_days: u32,
}

#[derive(Debug, Args)]
pub(crate) struct RestoreArgs {
    /// The backup folder (it holds habeas-backup.json).
    backup: PathBuf,
    /// A new or empty folder for the restored vault. A vault is never overwritten.
    dir: PathBuf,
    /// Restore this backup (a name from `vault backups`) instead of the newest.
    #[arg(long, value_name = "NAME")]
    generation: Option<String>,
    /// Open the backup with the recovery key instead of the passphrase.
    #[arg(long)]
    recovery_key: bool,
    /// Read the recovery key from this file instead of standard input or the terminal.
    #[arg(long, value_name = "FILE", requires = "recovery_key")]
    recovery_key_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TravelCommand {
    /// Take cases off this device: a checked backup to DIR first, then they are deleted here.
    Leave {
        /// The backup folder to leave them in (keep it apart from this device).
        dir: PathBuf,
        /// A case to take off (repeat for several).
        #[arg(long = "case", value_name = "ID", required_unless_present = "all")]
        cases: Vec<String>,
        /// Take every case off.
        #[arg(long, conflicts_with = "cases")]
        all: bool,
    },
    /// Bring the cases away back from the backup in DIR.
    Return {
        /// The backup folder they were left in.
        dir: PathBuf,
    },
    /// Say what this device holds, and which cases are away.
    Status,
}

fn report_progress(p: BackupProgress) -> bool {
    if p.total > 0 && (p.done == p.total || p.done.is_multiple_of(25)) {
        progress(&format!("{} of {} evidence files", p.done, p.total));
    }
    true
}

pub(crate) fn backup(vault: &mut Vault, args: &BackupArgs) -> Result<Report, Error> {
    progress("Backing up (every copy is read back and checked)…");
    let report = vault.backup(&args.dir, &mut report_progress)?;
    let status = vault.backup_status()?;
    Ok(Report {
        text: format!(
            "Backup made and checked in {} at {} ({}).\n{} cases, {} evidence files ({} copied \
             now, {} bytes; the others were already there).\nBackups kept there: {}.{}\n{}",
            report.place,
            report.made_at,
            report.generation,
            report.cases,
            report.evidence_files,
            report.copied_files,
            report.copied_bytes,
            report.kept.len(),
            if report.pruned.is_empty() {
                String::new()
            } else {
                format!(" Deleted by the rule: {}.", report.pruned.join(", "))
            },
            status.rule,
        ),
        json: json!({"id": vault.id(), "backup": report, "status": status}),
    })
}

pub(crate) fn status(vault: &Vault) -> Result<Report, Error> {
    let status = vault.backup_status()?;
    Ok(Report {
        text: status_text(&status),
        json: json!({"id": vault.id(), "status": status}),
    })
}

fn status_text(status: &BackupStatus) -> String {
    let last = status.last.as_ref().map_or_else(
        || "No backup was ever made of this vault.".to_owned(),
        |last| match last.failed {
            None => format!("Last backup: {} to {}, checked.", last.at, last.place),
            Some(code) => format!(
                "Last backup: {} to {}, FAILED ({code}); nothing was made.",
                last.at, last.place
            ),
        },
    );
    let good = match (&status.last_good, &status.last) {
        (Some(good), Some(last)) if good != last => {
            format!("\nLast good backup: {} to {}.", good.at, good.place)
        }
        _ => String::new(),
    };
    let reminder = if status.reminder_due {
        format!(
            "\nReminder: back up now (`habeas vault backup DIR`): the last good backup is older \
             than {} days, or there is none.",
            status.policy.remind_after_days
        )
    } else {
        String::new()
    };
    format!("{last}{good}\n{}{reminder}", status.rule)
}

pub(crate) fn set_policy(vault: &mut Vault, args: &PolicyArgs) -> Result<Report, Error> {
    vault.set_backup_policy(BackupPolicy {
        keep_generations: args.keep,
        remind_after_days: args.remind_after_days,
    })?;
    status(vault)
}

pub(crate) fn list(dir: &Path) -> Result<Report, Error> {
    let generations = backup_generations(dir)?;
    Ok(Report {
        text: if generations.is_empty() {
            "No backup in this folder yet.".into()
        } else {
            generations.join("\n")
        },
        json: json!({"backups": generations}),
    })
}

pub(crate) fn restore_backup(
    cli: &Cli,
    secrets: &Secrets,
    args: &RestoreArgs,
) -> Result<Report, Error> {
    let restored = if args.recovery_key {
        let text = secrets.existing(args.recovery_key_file.as_deref(), "Recovery key: ")?;
        let key = habeas_core::vault::RecoveryKey::parse(
            age::secrecy::ExposeSecret::expose_secret(&text),
        )?;
        progress("Restoring (every file is checked)…");
        restore(
            &args.backup,
            args.generation.as_deref(),
            &args.dir,
            &RestoreSecret::RecoveryKey(&key),
            &mut report_progress,
        )?
    } else {
        let passphrase = secrets.existing(cli.passphrase_file.as_deref(), "Passphrase: ")?;
        progress("Restoring (every file is checked)…");
        restore(
            &args.backup,
            args.generation.as_deref(),
            &args.dir,
            &RestoreSecret::Passphrase(&passphrase),
            &mut report_progress,
        )?
    };
    Ok(Report {
        text: format!(
            "Restored into {}: the backup made {} ({}), {} cases and {} evidence files, each \
             checked. It opens with the passphrase and recovery key of that time.",
            restored.folder,
            restored.made_at,
            restored.generation,
            restored.cases,
            restored.evidence_files
        ),
        json: json!({"restored": restored}),
    })
}

fn travel_text(status: &TravelStatus) -> String {
    let away = if status.away.is_empty() {
        "No case is away.".to_owned()
    } else {
        let lines: Vec<String> = status
            .away
            .iter()
            .map(|a| {
                format!(
                    "  {} in {} (backup {}, left {})",
                    a.case_id, a.place, a.generation, a.left_at
                )
            })
            .collect();
        format!(
            "{} cases away, only in their backup:\n{}",
            status.away.len(),
            lines.join("\n")
        )
    };
    format!(
        "This device holds {} cases and {} evidence files.\n{away}\n\n{}",
        status.cases_on_device, status.evidence_files_on_device, status.forensic_note
    )
}

pub(crate) fn run_travel(vault: &mut Vault, cmd: &TravelCommand) -> Result<Report, Error> {
    match cmd {
        TravelCommand::Leave { dir, cases, all } => {
            progress("Backing up and checking before anything leaves this device…");
            let chosen = (!*all).then_some(cases.as_slice());
            let left = travel_mode::leave(vault, chosen, dir, &mut report_progress)?;
            Ok(Report {
                text: format!(
                    "{} cases and {} evidence files left this device, after backup {} in {} \
                     was checked to hold them.\n\n{}",
                    left.cases,
                    left.evidence_files,
                    left.backup.generation,
                    left.backup.place,
                    travel_text(&left.status)
                ),
                json: json!({"id": vault.id(), "left": left}),
            })
        }
        TravelCommand::Return { dir } => {
            let back = travel_mode::come_back(vault, dir, &mut report_progress)?;
            Ok(Report {
                text: format!(
                    "{} cases came back with {} evidence files (each checked) and {} history \
                     entries.\n\n{}",
                    back.cases,
                    back.evidence_files,
                    back.history_entries,
                    travel_text(&back.status)
                ),
                json: json!({"id": vault.id(), "returned": back}),
            })
        }
        TravelCommand::Status => {
            let status = travel_mode::status(vault)?;
            Ok(Report {
                text: travel_text(&status),
                json: json!({"id": vault.id(), "travel": status}),
            })
        }
    }
}
