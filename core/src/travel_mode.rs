//! Travel mode (issue 19.3): before a border crossing, cases leave this device and wait in a
//! backup; afterwards they come back from it.
//!
//! **Leaving** makes a new backup in the folder the user chooses (`Vault::backup`: copied,
//! read back, checked), opens that backup's index read-only and checks that it holds each case
//! as the device does (the case record, and every evidence file with its SHA-256). Only then
//! are the cases recorded as away (case ids, the backup folder and generation: nothing about
//! the person) and deleted from the vault as a case deletion deletes them
//! (`case_deletion::delete`): the records and the custody entries in one save, the index
//! compacted so that no journal record holds them, the evidence files removed. A crash between
//! the record and the deletion leaves a case both away and on the device; coming back then keeps
//! the device's copy.
//!
//! **Coming back** opens the recorded generation with the vault key (read-only), copies each
//! evidence file back (checked against its SHA-256), and in one save puts back the case's
//! records and its history: each entry as it was (when, what, old and new), chained anew at the
//! end of this device's log, followed by a `return` entry naming the backup. The backup keeps the
//! entries in their first place in the chain.
//!
//! What it does not do is stated with the status ([`FORENSIC_NOTE`], docs/threat-model.md):
//! deleting a file does not overwrite the disk blocks it used.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::store::audit::{self, Change};
use crate::store::rusqlite::{self, types::Value as SqlValue, OptionalExtension};
use crate::vault::{BackupObserver, BackupReport, BlobId, Vault};
use crate::Error;

/// The setting (table `settings`) listing the cases away.
const TRAVEL_KEY: &str = "travel";

/// The tables holding a case's records, with the column that names the case.
const CASE_TABLES: [(&str, &str); 5] = [
    ("cases", "id"),
    ("alerts", "case_id"),
    ("events", "case_id"),
    ("evidence", "case_id"),
    ("filings", "case_id"),
];

/// What travel mode cannot promise, said wherever the device's contents are stated.
pub const FORENSIC_NOTE: &str = "The cases away were deleted from the vault folder: their \
    records, history and evidence files are no longer in it, and what remains is encrypted. \
    Deleting a file does not overwrite the disk space it used, so a forensic examination of this \
    disk may still find fragments of earlier files (encrypted ones, and copies the operating \
    system or other programs made, such as files you opened outside Habeas). The backup holds \
    the cases: keep it apart from this device.";

/// A case that left the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Away {
    /// The case's id (random: it names no one).
    pub case_id: String,
    /// The backup folder it waits in, as chosen.
    pub place: String,
    /// The backup generation that holds it.
    pub generation: String,
    /// When it left (UTC, RFC 3339).
    pub left_at: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct TravelState {
    away: Vec<Away>,
}

/// What this device holds now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TravelStatus {
    /// Cases away, each in its backup.
    pub away: Vec<Away>,
    /// Cases in the vault on this device.
    pub cases_on_device: u64,
    /// Evidence files in the vault on this device.
    pub evidence_files_on_device: u64,
    /// What a forensic examination may still find ([`FORENSIC_NOTE`]).
    pub forensic_note: String,
}

/// What [`leave`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Left {
    /// The backup made (and checked) first.
    pub backup: BackupReport,
    /// Cases that left.
    pub cases: u64,
    /// Their evidence files, removed from the vault folder.
    pub evidence_files: u64,
    /// What the device holds now.
    pub status: TravelStatus,
}

/// What [`come_back`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Returned {
    /// Cases back on the device.
    pub cases: u64,
    /// Their evidence files, copied back and checked.
    pub evidence_files: u64,
    /// History entries put back.
    pub history_entries: u64,
    /// What the device holds now.
    pub status: TravelStatus,
}

fn state(vault: &mut Vault) -> Result<TravelState, Error> {
    let text: Option<String> = vault.store().read(|db| {
        db.query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [TRAVEL_KEY],
            |r| r.get(0),
        )
        .optional()
    })?;
    Ok(text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

fn state_json(state: &TravelState) -> Result<String, Error> {
    serde_json::to_string(state).map_err(|e| Error::Internal {
        what: format!("travel state: {e}"),
    })
}

fn save_state(tx: &rusqlite::Transaction<'_>, json: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [TRAVEL_KEY, json],
    )
    .map(|_| ())
}

/// What this device holds: the cases away, and the counts of what stays.
///
/// # Errors
/// Errors of reading the index.
pub fn status(vault: &mut Vault) -> Result<TravelStatus, Error> {
    let away = state(vault)?.away;
    let (cases, evidence): (i64, i64) = vault.store().read(|db| {
        db.query_row(
            "SELECT (SELECT count(*) FROM cases),
                    (SELECT count(*) FROM evidence
                      WHERE coalesce(json_extract(doc, '$.blob'), '') <> '')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    })?;
    Ok(TravelStatus {
        away,
        cases_on_device: cases.unsigned_abs(),
        evidence_files_on_device: evidence.unsigned_abs(),
        forensic_note: FORENSIC_NOTE.into(),
    })
}

/// The live evidence (blob, SHA-256) of a case, in a connection.
fn case_blobs(db: &rusqlite::Connection, case_id: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut st = db.prepare(
        "SELECT json_extract(doc, '$.blob'), sha256 FROM evidence
          WHERE case_id = ?1 AND coalesce(json_extract(doc, '$.blob'), '') <> '' ORDER BY 1",
    )?;
    let rows = st.query_map([case_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

fn case_doc(db: &rusqlite::Connection, case_id: &str) -> rusqlite::Result<Option<String>> {
    db.query_row("SELECT doc FROM cases WHERE id = ?1", [case_id], |r| {
        r.get(0)
    })
    .optional()
}

/// Takes `cases` (every case when `None`) off this device, after a checked backup in `folder`
/// holds them.
///
/// # Errors
/// [`Error::InvalidInput`] for no case, [`Error::NotFound`] for an unknown one; the errors of
/// [`Vault::backup`] (then nothing left the device); [`Error::DamagedFile`] if the new backup
/// does not hold a case as the device does (nothing left either).
pub fn leave(
    vault: &mut Vault,
    cases: Option<&[String]>,
    folder: &Path,
    observe: BackupObserver<'_>,
) -> Result<Left, Error> {
    let ids: Vec<String> = match cases {
        Some(ids) => ids.to_vec(),
        None => crate::store::cases::list_cases(vault.store())?
            .into_iter()
            .map(|c| c.id)
            .collect(),
    };
    if ids.is_empty() {
        return Err(Error::InvalidInput {
            field: "cases to take off this device",
            reason: "choose at least one case".into(),
        });
    }
    let mut evidence_files = 0u64;
    let mut expected = Vec::with_capacity(ids.len());
    for id in &ids {
        crate::store::cases::get_case(vault.store(), id)?;
        let (doc, blobs) = vault
            .store()
            .read(|db| Ok((case_doc(db, id)?, case_blobs(db, id)?)))?;
        evidence_files += blobs.len() as u64;
        expected.push((id.clone(), doc, blobs));
    }

    let backup = vault.backup(folder, observe)?;
    let generation = vault.open_backup_generation(folder, &backup.generation)?;
    for (id, doc, blobs) in &expected {
        let held_doc = case_doc(&generation.db, id).map_err(crate::store::schema::sql)?;
        let held_blobs = case_blobs(&generation.db, id).map_err(crate::store::schema::sql)?;
        let all_held = blobs.iter().all(|(b, s)| generation.holds_blob(b, s));
        if held_doc != *doc || held_blobs != *blobs || !all_held {
            return Err(Error::DamagedFile {
                which: format!("{} (the new backup)", backup.generation),
            });
        }
    }
    drop(generation);

    // Recorded as away before anything is deleted: a crash in between loses nothing.
    let mut travel = state(vault)?;
    let left_at = crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for id in &ids {
        travel.away.retain(|a| &a.case_id != id);
        travel.away.push(Away {
            case_id: id.clone(),
            place: folder.display().to_string(),
            generation: backup.generation.clone(),
            left_at: left_at.clone(),
        });
    }
    let json = state_json(&travel)?;
    vault.store().write(|tx| save_state(tx, &json))?;
    for id in &ids {
        crate::case_deletion::delete(vault, id)?;
    }
    Ok(Left {
        backup,
        cases: ids.len() as u64,
        evidence_files,
        status: status(vault)?,
    })
}

/// One case's records in a table of a connection: (column names, rows).
type Rows = (Vec<String>, Vec<Vec<SqlValue>>);

fn rows_of(
    db: &rusqlite::Connection,
    table: &str,
    column: &str,
    case_id: &str,
) -> rusqlite::Result<Rows> {
    let mut st = db.prepare(&format!("SELECT * FROM {table} WHERE {column} = ?1"))?;
    let names: Vec<String> = st.column_names().map(str::to_owned).collect();
    let width = names.len();
    let rows = st.query_map([case_id], |r| {
        (0..width).map(|i| r.get::<_, SqlValue>(i)).collect()
    })?;
    Ok((names, rows.collect::<rusqlite::Result<_>>()?))
}

/// Brings every case away back from the backup in `folder` (where the drive is mounted now;
/// it must be the backup recorded when they left).
///
/// # Errors
/// [`Error::InvalidInput`] when no case is away; the errors of opening the backup
/// ([`Error::BackupOfAnotherVault`], [`Error::NotABackup`], [`Error::BackupFolderGone`],
/// [`Error::BackupBeforeSecretChange`] for a generation made before a change of secret, which
/// only the secret of its time opens: its message says to restore it to a new folder with that
/// secret, [`Error::DamagedFile`]); I/O errors. Nothing is changed in the
/// vault's records unless every case comes back.
pub fn come_back(
    vault: &mut Vault,
    folder: &Path,
    observe: BackupObserver<'_>,
) -> Result<Returned, Error> {
    let mut travel = state(vault)?;
    if travel.away.is_empty() {
        return Err(Error::InvalidInput {
            field: "travel mode",
            reason: "no case is away from this device".into(),
        });
    }
    let mut generations: Vec<String> = travel.away.iter().map(|a| a.generation.clone()).collect();
    generations.sort();
    generations.dedup();

    // Everything is read and every evidence file copied back before the one save.
    let mut records = Vec::new();
    let mut history = Vec::new();
    let mut evidence_files = 0u64;
    let total = travel.away.len() as u64;
    let mut done = 0u64;
    for name in &generations {
        let generation = vault.open_backup_generation(folder, name)?;
        for away in travel.away.iter().filter(|a| &a.generation == name) {
            if !observe(crate::vault::BackupProgress {
                phase: crate::vault::BackupPhase::Evidence,
                done,
                total,
            }) {
                return Err(Error::Cancelled);
            }
            done += 1;
            let id = &away.case_id;
            if crate::store::cases::get_case(vault.store(), id).is_ok() {
                continue; // it never left (a crash before its deletion)
            }
            let sql = crate::store::schema::sql;
            for (blob, sha) in case_blobs(&generation.db, id).map_err(sql)? {
                vault.bring_back_blob(&generation, &BlobId::parse(&blob)?, &sha)?;
                evidence_files += 1;
            }
            for (table, column) in CASE_TABLES {
                records.push((
                    table,
                    rows_of(&generation.db, table, column, id).map_err(sql)?,
                ));
            }
            let entries = audit::for_case_in(&generation.db, id).map_err(sql)?;
            history.push((away.clone(), entries));
        }
    }

    let cases = history.len() as u64;
    let history_entries: u64 = history.iter().map(|(_, e)| e.len() as u64).sum();
    travel.away.clear();
    let json = state_json(&travel)?;
    let at = crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    vault.store().write(|tx| {
        for (table, (names, rows)) in &records {
            let placeholders = vec!["?"; names.len()].join(", ");
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({placeholders})",
                names.join(", ")
            );
            for row in rows {
                tx.execute(&sql, rusqlite::params_from_iter(row.iter()))?;
            }
        }
        for (away, entries) in &history {
            audit::append_returned(tx, entries)?;
            audit::append(
                tx,
                &at,
                vec![Change {
                    case_id: &away.case_id,
                    entity: "case",
                    entity_id: &away.case_id,
                    action: "return",
                    field: String::new(),
                    old: None,
                    new: Some(json!({
                        "from": away.place,
                        "backup": away.generation,
                        "left_at": away.left_at,
                        "history_entries": entries.len(),
                    })),
                }],
            )?;
        }
        save_state(tx, &json)
    })?;
    Ok(Returned {
        cases,
        evidence_files,
        history_entries,
        status: status(vault)?,
    })
}
