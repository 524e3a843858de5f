//! `habeas case share | case receive` and `habeas sharing identity | contact`: a case shared
//! with co-counsel (docs/sharing-format.md). Each parses, calls one core function, prints.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use habeas_core::sharing::{self, ChangeKind, Incoming, ReceiveOptions, ShareRequest};
use habeas_core::vault::Vault;
use habeas_core::Error;
use serde_json::json;

use crate::Report;

#[derive(Debug, Args)]
pub(crate) struct ShareArgs {
    /// The case's id.
    #[arg(long = "case")]
    case_id: String,
    /// A contact's name (`sharing contact list`), or their sharing identity (habeas1-…).
    #[arg(long)]
    to: String,
    /// The file to write (it must not exist).
    #[arg(long)]
    out: PathBuf,
    /// Evidence items to include (ids); repeat, or separate with commas.
    #[arg(long, value_delimiter = ',')]
    evidence: Vec<String>,
    /// Filings to include (ids); every item they annex must be included too.
    #[arg(long, value_delimiter = ',')]
    filings: Vec<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ReceiveArgs {
    /// The shared file.
    file: PathBuf,
    /// Only say who sent it and what receiving it would change; change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Receive from a sender not among your contacts: their fingerprint, as they read it to you.
    #[arg(long, value_name = "FINGERPRINT")]
    accept_sender: Option<String>,
    /// Let an update replace changes made here since the case was last received.
    #[arg(long)]
    replace_local_edits: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum SharingCommand {
    /// Show this vault's sharing identity (to give to co-counsel) and its fingerprint.
    Identity {
        /// Also write it as a QR code (SVG) to this file.
        #[arg(long, value_name = "FILE")]
        qr: Option<PathBuf>,
    },
    /// Name other vaults' sharing identities.
    #[command(subcommand)]
    Contact(ContactCommand),
    /// Your sharing keys may be compromised: make a new sharing identity, and write a statement
    /// revoking the old one, signed by it, for every contact to import.
    Revoke {
        /// Write the revocation statement to this file (it must not exist).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ContactCommand {
    /// Add a contact (or rename the one with this identity).
    Add {
        /// The name you know them by.
        name: String,
        /// Their sharing identity (habeas1-…), as they sent it.
        identity: String,
    },
    /// List the contacts.
    List,
    /// Import a contact's revocation statement: files signed by the key it revokes are refused
    /// from now on. Add their new identity only after comparing its fingerprint by phone.
    ImportRevocation {
        /// The statement, as they sent it.
        file: PathBuf,
    },
}

pub(crate) fn share(vault: &mut Vault, args: &ShareArgs) -> Result<Report, Error> {
    let shared = sharing::share(
        vault,
        &ShareRequest {
            case_id: &args.case_id,
            to: &args.to,
            evidence: &args.evidence,
            filings: &args.filings,
            out: &args.out,
        },
    )?;
    let to = shared
        .to_name
        .clone()
        .unwrap_or_else(|| "(not a contact)".into());
    Ok(Report {
        text: format!(
            "Wrote {} ({} bytes) for {to}, fingerprint {}: the case, {} evidence item(s), {} \
             filing(s). Only their vault can open it. The case's history and each item's chain \
             of custody record the share.",
            shared.file.display(),
            shared.bytes,
            shared.to_fingerprint,
            shared.evidence,
            shared.filings
        ),
        json: json!({ "id": args.case_id, "shared": shared }),
    })
}

fn describe(incoming: &Incoming) -> String {
    let mut text = format!(
        "From: {}\nFingerprint: {}\nShared at: {}\nCase: {} ({} evidence item(s), {} filing(s))\n",
        incoming.sender_name.as_deref().unwrap_or(
            "UNKNOWN SENDER: not among your contacts. Call them and compare the fingerprint"
        ),
        incoming.sender_fingerprint,
        incoming.shared_at,
        incoming.case_name,
        incoming.evidence,
        incoming.filings
    );
    if let Some(id) = &incoming.update_of {
        text.push_str(&format!("Updates your case {id}:\n"));
    }
    let line = |c: &sharing::RecordChange| {
        let what = match c.change {
            ChangeKind::Added => "added",
            ChangeKind::Changed => "changed",
            ChangeKind::Removed => "removed",
        };
        let fields = if c.fields.is_empty() {
            String::new()
        } else {
            format!(": {}", c.fields.join(", "))
        };
        format!("  {what} {} {}{fields}\n", c.what, c.id)
    };
    if incoming.update_of.is_some() {
        incoming
            .changes
            .iter()
            .for_each(|c| text.push_str(&line(c)));
    }
    if !incoming.local_edits.is_empty() {
        text.push_str("Changes made here since you last received it, which it would replace:\n");
        incoming
            .local_edits
            .iter()
            .for_each(|c| text.push_str(&line(c)));
    }
    text
}

pub(crate) fn receive(vault: &mut Vault, args: &ReceiveArgs) -> Result<Report, Error> {
    if args.dry_run {
        let incoming = sharing::inspect(vault, &args.file)?;
        return Ok(Report {
            text: format!("{}Nothing was received (--dry-run).", describe(&incoming)),
            json: json!({ "id": "receive", "incoming": incoming }),
        });
    }
    let options = ReceiveOptions {
        accept_sender: args.accept_sender.as_deref(),
        replace_local_edits: args.replace_local_edits,
    };
    let received = sharing::receive(vault, &args.file, options)?;
    Ok(Report {
        text: format!(
            "{}Received as case {}.",
            describe(&received.incoming),
            received.case_id
        ),
        json: json!({ "id": received.case_id, "received": received }),
    })
}

pub(crate) fn run(vault: &mut Vault, cmd: &SharingCommand) -> Result<Report, Error> {
    let store = vault.store();
    match cmd {
        SharingCommand::Identity { qr } => {
            let card = sharing::identity_card(store)?;
            if let Some(path) = qr {
                let svg = sharing::identity::load_or_create(store)?
                    .public()
                    .qr_svg()?;
                std::fs::write(path, svg).map_err(|e| Error::from_io("write the QR code", e))?;
            }
            Ok(Report {
                text: format!(
                    "Your sharing identity (send it to co-counsel; it is public):\n{}\n\
                     Fingerprint (read it to them by phone): {}",
                    card.text, card.fingerprint
                ),
                json: json!({ "id": "sharing-identity", "text": card.text, "fingerprint": card.fingerprint }),
            })
        }
        SharingCommand::Contact(ContactCommand::Add { name, identity }) => {
            let contact = sharing::contacts::add(store, name, identity)?;
            Ok(Report {
                text: format!(
                    "Added {}, fingerprint {}. Compare it with them by phone.",
                    contact.name, contact.fingerprint
                ),
                json: json!({ "id": "contact", "contact": contact }),
            })
        }
        SharingCommand::Revoke { out } => {
            if out.exists() {
                return Err(Error::AlreadyExists {
                    what: "a file with this name".into(),
                });
            }
            let (revocation, card) = sharing::revocation::revoke(store)?;
            habeas_core::export::write_file(out, revocation.statement.as_bytes(), false)?;
            Ok(Report {
                text: format!(
                    "Your old sharing identity (fingerprint {}) is revoked as of {}. Send the \
                     statement in {} to every contact. Your new sharing identity:\n{}\n\
                     Fingerprint (read it to them by phone): {}\nFiles shared with your old \
                     identity no longer open here: ask for them again.",
                    revocation.revoked_fingerprint,
                    revocation.revoked_at,
                    out.display(),
                    card.text,
                    card.fingerprint
                ),
                json: json!({ "id": "sharing-revoke", "revocation": revocation, "identity": card.text, "fingerprint": card.fingerprint }),
            })
        }
        SharingCommand::Contact(ContactCommand::ImportRevocation { file }) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| Error::from_io("read the revocation statement", e))?;
            let revocation = sharing::revocation::import(store, &text)?;
            Ok(Report {
                text: format!(
                    "The key {} ({}) was revoked by its owner on {}: files signed by it are refused \
                     from now on. Their new identity, fingerprint {}:\n{}\nAdd it only after they \
                     read you that fingerprint by phone.",
                    revocation.revoked_fingerprint,
                    revocation.contact.as_deref().unwrap_or("not one of your contacts"),
                    revocation.revoked_at,
                    revocation.replaced_by_fingerprint,
                    revocation.replaced_by
                ),
                json: json!({ "id": "revocation", "revocation": revocation }),
            })
        }
        SharingCommand::Contact(ContactCommand::List) => {
            let contacts = sharing::contacts::list(store)?;
            let text = contacts
                .iter()
                .map(|c| match &c.revoked {
                    Some(at) => format!("{}  {}  (REVOKED {at})", c.fingerprint, c.name),
                    None => format!("{}  {}", c.fingerprint, c.name),
                })
                .collect::<Vec<_>>()
                .join("\n");
            Ok(Report {
                text: if text.is_empty() {
                    "No contacts yet.".into()
                } else {
                    text
                },
                json: json!({ "id": "contacts", "contacts": contacts }),
            })
        }
    }
}
