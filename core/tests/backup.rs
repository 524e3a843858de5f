//! Backups and restores (issue 19.1, 19.2, 19.5), through the public API, on real files.
//!
//! Cheap scrypt through the explicit test option, as in `vault.rs`.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::print_stderr,
    clippy::print_stdout,
    reason = "a test reports failure by panicking, and the kill harness prints its seed"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use age::secrecy::SecretString;
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::store::{audit, cases, evidence_items};
use habeas_core::vault::{
    backup_generations, restore, BackupPolicy, CreateOptions, RecoveryKey, RestoreSecret, Vault,
    WorkFactor,
};
use habeas_core::ErrorCode;

mod support;
use support::{go_age_vault_identity, which};

const PASSPHRASE: &str = "correct horse battery staple";

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn cheap() -> CreateOptions {
    CreateOptions {
        work_factor: WorkFactor::insecure_for_tests(4),
    }
}

/// Deterministic pseudo-random bytes (xorshift).
fn noise(len: usize, mut state: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[3]
        })
        .collect()
}

/// Imports the file at `path` into case `case_id`, as a user would.
fn import(vault: &mut Vault, case_id: &str, path: &Path) -> habeas_core::model::evidence::Evidence {
    intake::import(
        vault,
        case_id,
        path,
        Default::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap()
}

/// A vault holding one case with `files` evidence items of noise: (vault folder, recovery key).
fn vault_with_a_case(root: &Path, files: usize) -> (PathBuf, RecoveryKey) {
    let dir = root.join("vault");
    let created = Vault::create(&dir, &secret(PASSPHRASE), cheap()).unwrap();
    let mut vault = created.vault;
    let person = habeas_core::model::Person {
        name_latin: "Backup Test Person".into(),
        ..Default::default()
    };
    let case_id = cases::create_case(vault.store(), person).unwrap().id;
    let originals = root.join("originals");
    fs::create_dir_all(&originals).unwrap();
    for n in 0..files {
        let path = originals.join(format!("statement-{n}.bin"));
        fs::write(&path, noise(50_000 + n * 30_000, n as u64 + 1)).unwrap();
        let item = import(&mut vault, &case_id, &path);
        evidence_items::log_view(vault.store(), &item.id).unwrap();
    }
    vault.lock().unwrap();
    (dir, created.recovery_key)
}

/// Everything a user would miss: cases, each item's record, bytes and custody log.
#[derive(Debug, PartialEq)]
struct Contents {
    cases: Vec<habeas_core::model::Case>,
    evidence: Vec<(
        habeas_core::model::evidence::Evidence,
        Vec<u8>,
        Vec<audit::Entry>,
    )>,
}

fn contents(vault: &mut Vault) -> Contents {
    let cases = cases::list_cases(vault.store()).unwrap();
    let mut evidence = Vec::new();
    for case in &cases {
        for item in evidence_items::list(vault.store(), &case.id).unwrap() {
            let mut bytes = Vec::new();
            let blob = habeas_core::vault::BlobId::parse(&item.blob).unwrap();
            vault
                .decrypt_blob_checked(
                    &blob,
                    &item.sha256,
                    &mut |piece| {
                        bytes.extend_from_slice(piece);
                        Ok(())
                    },
                    &mut |_| true,
                )
                .unwrap();
            let custody = evidence_items::custody(vault.store(), &item.id).unwrap();
            evidence.push((item, bytes, custody));
        }
    }
    Contents { cases, evidence }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Every file under `dir` with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    walk(dir)
        .into_iter()
        .map(|p| {
            let bytes = fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

fn backup(dir: &Path, to: &Path) -> Result<habeas_core::vault::BackupReport, habeas_core::Error> {
    let mut vault = Vault::unlock(dir, &secret(PASSPHRASE)).unwrap();
    let result = vault.backup(to, &mut |_| true);
    vault.lock().unwrap();
    result
}

#[test]
fn backup_then_restore_gives_back_every_case_byte_and_custody_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, recovery) = vault_with_a_case(tmp.path(), 3);
    let to = tmp.path().join("usb").join("backups");
    fs::create_dir(tmp.path().join("usb")).unwrap();

    let first = backup(&dir, &to).unwrap();
    assert_eq!(first.cases, 1);
    assert_eq!(first.evidence_files, 3);
    assert_eq!(first.copied_files, 3, "the first backup copies every file");

    // Incremental: a second backup copies nothing new; a new file is the only one copied.
    let second = backup(&dir, &to).unwrap();
    assert_eq!(second.copied_files, 0);
    assert_eq!(second.kept.len(), 2);
    {
        let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
        let case_id = cases::list_cases(vault.store()).unwrap()[0].id.clone();
        let path = tmp.path().join("originals").join("late.bin");
        fs::write(&path, noise(70_000, 99)).unwrap();
        import(&mut vault, &case_id, &path);
        let third = vault.backup(&to, &mut |_| true).unwrap();
        assert_eq!((third.copied_files, third.evidence_files), (1, 4));
        // The outcome is recorded in the vault and shown.
        let status = vault.backup_status().unwrap();
        assert_eq!(
            status.last_good.as_ref().unwrap().generation.as_ref(),
            Some(&third.generation)
        );
        assert_eq!(
            status.last.as_ref().unwrap().place,
            to.display().to_string()
        );
        assert!(!status.reminder_due, "just backed up");
        vault.lock().unwrap();
    }

    let mut original = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let expected = contents(&mut original);
    drop(original);
    assert_eq!(expected.evidence.len(), 4);

    // With the passphrase, the newest generation.
    let target = tmp.path().join("restored");
    let restored = restore(
        &to,
        None,
        &target,
        &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
        &mut |_| true,
    )
    .unwrap();
    assert_eq!((restored.cases, restored.evidence_files), (1, 4));
    assert!(restored.made_at.starts_with("20"), "{}", restored.made_at);
    let mut back = Vault::unlock(&target, &secret(PASSPHRASE)).unwrap();
    assert_eq!(contents(&mut back), expected);
    assert_eq!(
        audit::verify(back.store()).unwrap(),
        None,
        "the chain holds"
    );
    drop(back);

    // With the recovery key, an older generation: what it held then (three files).
    let older = tmp.path().join("restored-older");
    let restored = restore(
        &to,
        Some(&first.generation),
        &older,
        &RestoreSecret::RecoveryKey(&recovery),
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(restored.evidence_files, 3);
    let mut back = Vault::unlock_with_recovery_key(&older, &recovery).unwrap();
    assert_eq!(contents(&mut back).evidence.len(), 3);
    drop(back);

    // A restore never overwrites: not into a vault, not into any folder holding files.
    let before = files(&target);
    let err = restore(
        &to,
        None,
        &target,
        &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::FolderNotEmpty);
    assert_eq!(files(&target), before);
    // A wrong passphrase leaves nothing behind.
    let err = restore(
        &to,
        None,
        &tmp.path().join("wrong"),
        &RestoreSecret::Passphrase(&secret("not the passphrase at all")),
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::WrongPassphrase);
    assert!(!tmp.path().join("wrong").exists());
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("restoring"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no half-built vault left: {leftovers:?}"
    );
}

#[test]
fn old_generations_are_pruned_by_the_rule_and_their_files_go_with_them() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = vault_with_a_case(tmp.path(), 2);
    let to = tmp.path().join("backups");
    {
        let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
        vault
            .set_backup_policy(BackupPolicy {
                keep_generations: 2,
                remind_after_days: 3,
            })
            .unwrap();
        let status = vault.backup_status().unwrap();
        assert!(status.reminder_due, "never backed up: remind");
        assert!(status.rule.contains("2 most recent"), "{}", status.rule);
        let err = vault
            .set_backup_policy(BackupPolicy {
                keep_generations: 0,
                remind_after_days: 3,
            })
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        vault.lock().unwrap();
    }
    let first = backup(&dir, &to).unwrap();
    // A case deleted between backups: its evidence leaves the backup with the last generation
    // that held it.
    {
        let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
        let id = cases::list_cases(vault.store()).unwrap()[0].id.clone();
        habeas_core::case_deletion::delete(&mut vault, &id).unwrap();
        vault.lock().unwrap();
    }
    let blob_files = |to: &Path| {
        walk(&to.join("stores"))
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "age"))
            .count()
    };
    backup(&dir, &to).unwrap();
    assert_eq!(blob_files(&to), 2, "the first generation still names them");
    let third = backup(&dir, &to).unwrap();
    assert_eq!(third.pruned, vec![first.generation.clone()]);
    assert_eq!(third.kept.len(), 2);
    assert_eq!(backup_generations(&to).unwrap(), third.kept);
    assert_eq!(blob_files(&to), 0, "no kept generation names them");
}

/// The stock tool opens a backup as it opens the vault: the generation's key files give the
/// identity, which opens its index and its evidence files.
#[test]
fn go_age_opens_a_backup() {
    assert!(which("age").is_some(), "apt-get install age");
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = vault_with_a_case(tmp.path(), 1);
    let to = tmp.path().join("backups");
    let report = backup(&dir, &to).unwrap();
    let generation = to.join("generations").join(&report.generation);
    let identity = tmp.path().join("identity.txt");
    go_age_vault_identity(&generation, "keys/passphrase.age", PASSPHRASE, &identity);
    let db = tmp.path().join("habeas.sqlite");
    let out = Command::new("age")
        .args(["-d", "-i"])
        .arg(&identity)
        .arg("-o")
        .arg(&db)
        .arg(generation.join("index/snapshot.age"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = habeas_core::store::rusqlite::Connection::open(&db).unwrap();
    let (blob, sha): (String, String) = conn
        .query_row(
            "SELECT json_extract(doc, '$.blob'), sha256 FROM evidence",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let store = walk(&to.join("stores"))
        .into_iter()
        .find(|p| {
            p.to_string_lossy()
                .ends_with(&format!("{}.age", &blob[2..]))
        })
        .expect("the evidence file is in the backup");
    let out = Command::new("age")
        .args(["-d", "-i"])
        .arg(&identity)
        .arg(&store)
        .output()
        .unwrap();
    assert!(out.status.success());
    use sha2::Digest;
    let got: String = sha2::Sha256::digest(&out.stdout)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(got, sha);
}

/// Each bad folder has its own code, and changes nothing in it (nor in the vault's cases).
#[test]
fn bad_backup_folders_get_their_own_codes_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = vault_with_a_case(tmp.path(), 1);
    let other_root = tmp.path().join("other");
    fs::create_dir(&other_root).unwrap();
    let (other, _) = vault_with_a_case(&other_root, 1);
    let others_backup = tmp.path().join("others-backup");
    backup(&other, &others_backup).unwrap();

    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let expected = contents(&mut vault);
    let mut refused = |folder: &Path, code: ErrorCode| {
        let before = files(folder);
        let err = vault.backup(folder, &mut |_| true).unwrap_err();
        assert_eq!(err.code(), code, "{}: {err:?}", folder.display());
        assert!(!err.user_message().is_empty());
        assert_eq!(files(folder), before, "{} changed", folder.display());
        let status = vault.backup_status().unwrap();
        assert_eq!(
            status.last.unwrap().failed,
            Some(code),
            "the failure is shown"
        );
    };
    // The backup of another vault, and another vault itself.
    refused(&others_backup, ErrorCode::BackupOfAnotherVault);
    refused(&other, ErrorCode::BackupOfAnotherVault);
    // A folder of other files.
    let photos = tmp.path().join("photos");
    fs::create_dir(&photos).unwrap();
    fs::write(photos.join("holiday.jpg"), b"not ours").unwrap();
    refused(&photos, ErrorCode::NotABackup);
    // A drive that is not there (its mount point's parent missing): nothing made on this disk.
    let unplugged = tmp.path().join("media").join("USB STICK").join("backups");
    let err = vault.backup(&unplugged, &mut |_| true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BackupFolderGone);
    assert!(!tmp.path().join("media").exists());
    // Inside the vault folder.
    let err = vault.backup(&dir.join("blobs"), &mut |_| true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    // Removed while copying (a stick pulled out): the observer removes the folder mid-copy.
    let pulled = tmp.path().join("pulled");
    let err = vault
        .backup(&pulled, &mut |p| {
            if p.phase == habeas_core::vault::BackupPhase::Index {
                fs::remove_dir_all(&pulled).unwrap();
            }
            true
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::BackupFolderGone, "{err:?}");
    assert!(!pulled.exists());
    // Cancelled: no generation.
    let cancelled = tmp.path().join("cancelled");
    let err = vault.backup(&cancelled, &mut |_| false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled);
    assert!(backup_generations(&cancelled).unwrap().is_empty());
    assert_eq!(
        contents(&mut vault),
        expected,
        "the vault's cases are as they were"
    );
    drop(vault);

    // Restoring from a folder that is not a backup.
    let err = restore(
        &photos,
        None,
        &tmp.path().join("r"),
        &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotABackup);
}

/// A full disk and a read-only one, on a small tmpfs in a private mount namespace (as
/// `vault.rs` does for the vault itself).
#[test]
#[cfg(target_os = "linux")]
fn a_full_or_read_only_backup_disk_gets_its_code_and_keeps_the_earlier_backup() {
    const NAME: &str = "a_full_or_read_only_backup_disk_gets_its_code_and_keeps_the_earlier_backup";
    if let Some(dir) = std::env::var_os("HABEAS_BACKUP_DISK_CHILD") {
        small_disk_child(Path::new(&dir));
        return;
    }
    assert!(which("unshare").is_some(), "apt-get install util-linux");
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    fs::create_dir(&mnt).unwrap();
    let script = format!(
        "mount -t tmpfs -o size=2m habeas-test \"$1\" && exec \"$0\" --exact {NAME} --nocapture"
    );
    let out = Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .arg(std::env::current_exe().unwrap())
        .arg(&mnt)
        .env("HABEAS_BACKUP_DISK_CHILD", &mnt)
        .env("HABEAS_BACKUP_VAULT_ROOT", tmp.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("backup disk: all checked"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(target_os = "linux")]
fn small_disk_child(mnt: &Path) {
    let root = PathBuf::from(std::env::var_os("HABEAS_BACKUP_VAULT_ROOT").unwrap());
    let (dir, _) = vault_with_a_case(&root, 2);
    let to = mnt.join("backups");
    let first = backup(&dir, &to).unwrap();
    let kept = files(&to);
    // Evidence larger than the space left.
    {
        let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
        let id = cases::list_cases(vault.store()).unwrap()[0].id.clone();
        let path = root.join("big.bin");
        fs::write(&path, noise(3 * 1024 * 1024, 5)).unwrap();
        import(&mut vault, &id, &path);
        let err = vault.backup(&to, &mut |_| true).unwrap_err();
        assert_eq!(err.code(), ErrorCode::BackupFull, "{err:?}");
        assert!(err.user_message().contains("Free some space"));
        vault.lock().unwrap();
    }
    assert_eq!(
        files(&to),
        kept,
        "the earlier backup is as it was, no partial file"
    );
    assert_eq!(
        backup_generations(&to).unwrap(),
        vec![first.generation.clone()]
    );
    // Read-only (a write-protected stick).
    let status = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(mnt)
        .status()
        .unwrap();
    assert!(status.success());
    let err = backup(&dir, &to).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BackupReadOnly, "{err:?}");
    assert_eq!(files(&to), kept);
    // The earlier backup still restores.
    let restored = restore(
        &to,
        None,
        &root.join("restored"),
        &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(restored.evidence_files, 2);
    println!("backup disk: all checked");
}

/// A child process backs up in a loop; the parent kills it with SIGKILL at random moments. After
/// each kill the newest generation restores whole, and a backup run afterwards completes.
/// 12 kills by default; `HABEAS_BACKUP_KILLS` for more.
#[test]
#[cfg(unix)]
fn kill_9_during_a_backup_leaves_the_previous_one_whole_and_the_next_completes_it() {
    const NAME: &str =
        "kill_9_during_a_backup_leaves_the_previous_one_whole_and_the_next_completes_it";
    if let Some(dir) = std::env::var_os("HABEAS_BACKUP_KILL_CHILD") {
        let to = PathBuf::from(std::env::var_os("HABEAS_BACKUP_KILL_TO").unwrap());
        let mut vault = Vault::unlock(Path::new(&dir), &secret(PASSPHRASE)).unwrap();
        println!("ready");
        loop {
            vault.backup(&to, &mut |_| true).unwrap();
            println!("done");
        }
    }
    let kills: u32 = std::env::var("HABEAS_BACKUP_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = vault_with_a_case(tmp.path(), 12);
    let mut original = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let expected = contents(&mut original);
    drop(original);
    let mut seed: u64 = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos()
        .into();
    seed |= 1;
    eprintln!("backup kill harness: {kills} kills, seed {seed}");
    let mut killed_before_first = 0;
    for round in 0..kills {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // A new folder every third round, so that kills also land in a first backup (copying
        // evidence), not only in the quick incremental ones.
        let to = tmp.path().join(format!("backups-{}", round / 3));
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", NAME, "--nocapture"])
            .env("HABEAS_BACKUP_KILL_CHILD", &dir)
            .env("HABEAS_BACKUP_KILL_TO", &to)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while std::io::BufRead::read_line(&mut stdout, &mut line).unwrap() > 0 {
            if line.trim() == "ready" {
                break;
            }
            line.clear();
        }
        std::thread::sleep(std::time::Duration::from_micros((seed >> 8) % 300_000));
        child.kill().unwrap();
        child.wait().unwrap();
        // Killed before the folder was marked as a backup: nothing was committed there.
        let generations = match backup_generations(&to) {
            Ok(generations) => generations,
            Err(e)
                if matches!(
                    e.code(),
                    ErrorCode::NotABackup | ErrorCode::BackupFolderGone
                ) =>
            {
                Vec::new()
            }
            Err(e) => panic!("round {round}: {e:?}"),
        };
        if generations.is_empty() {
            killed_before_first += 1;
        } else {
            let target = tmp.path().join(format!("restored-{round}"));
            restore(
                &to,
                None,
                &target,
                &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
                &mut |_| true,
            )
            .unwrap_or_else(|e| panic!("round {round}: the last backup does not restore: {e:?}"));
            let mut back = Vault::unlock(&target, &secret(PASSPHRASE)).unwrap();
            assert_eq!(contents(&mut back), expected, "round {round}");
            drop(back);
            fs::remove_dir_all(&target).unwrap();
        }
        // The next run completes it.
        let report = backup(&dir, &to).unwrap_or_else(|e| panic!("round {round}: {e:?}"));
        assert_eq!(report.evidence_files, 12);
        assert!(
            !walk(&to)
                .iter()
                .any(|p| p.to_string_lossy().contains(".partial")
                    || p.to_string_lossy().ends_with(".tmp")),
            "round {round}: leftovers were cleared"
        );
    }
    eprintln!("{killed_before_first} kills landed before a first generation was committed");
}

/// What an entry said and when, without its place in the chain (which a return changes).
fn said(entries: &[audit::Entry]) -> Vec<(String, String, String, String, String)> {
    entries
        .iter()
        .map(|e| {
            (
                e.at.clone(),
                e.entity.clone(),
                e.action.clone(),
                e.field.clone(),
                format!("{:?} {:?}", e.old, e.new),
            )
        })
        .collect()
}

#[test]
fn travel_mode_takes_cases_off_after_a_checked_backup_and_brings_them_back() {
    use habeas_core::travel_mode;
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = vault_with_a_case(tmp.path(), 2);
    let to = tmp.path().join("stick");
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let staying = cases::create_case(
        vault.store(),
        habeas_core::model::Person {
            name_latin: "Stays On The Device".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let all = cases::list_cases(vault.store()).unwrap();
    let leaving: Vec<String> = all
        .iter()
        .map(|c| c.id.clone())
        .filter(|id| *id != staying)
        .collect();
    let before = contents(&mut vault);
    let history_before = audit::for_case(vault.store(), &leaving[0]).unwrap();
    let blobs_before = vault.blob_ids().unwrap();
    assert_eq!(blobs_before.len(), 2);

    // Refused without a usable backup folder: nothing leaves.
    let photos = tmp.path().join("photos");
    fs::create_dir(&photos).unwrap();
    fs::write(photos.join("x.jpg"), b"x").unwrap();
    let err = travel_mode::leave(&mut vault, Some(&leaving), &photos, &mut |_| true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotABackup);
    assert_eq!(cases::list_cases(vault.store()).unwrap().len(), 2);

    let left = travel_mode::leave(&mut vault, Some(&leaving), &to, &mut |_| true).unwrap();
    assert_eq!((left.cases, left.evidence_files), (1, 2));
    assert_eq!(left.status.cases_on_device, 1);
    assert_eq!(left.status.evidence_files_on_device, 0);
    assert_eq!(left.status.away.len(), 1);
    assert!(left.status.forensic_note.contains("forensic examination"));
    assert_eq!(cases::list_cases(vault.store()).unwrap().len(), 1);
    assert!(
        vault.blob_ids().unwrap().is_empty(),
        "its evidence files left the folder"
    );
    assert!(audit::for_case(vault.store(), &leaving[0])
        .unwrap()
        .is_empty());
    assert_eq!(audit::verify(vault.store()).unwrap(), None);
    vault.lock().unwrap();
    // Nothing of the case in the index on the disk: the snapshot names no evidence, no case.
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        travel_mode::status(&mut vault).unwrap().away[0].case_id,
        leaving[0]
    );
    let err = travel_mode::come_back(&mut vault, &photos, &mut |_| true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotABackup);

    let back = travel_mode::come_back(&mut vault, &to, &mut |_| true).unwrap();
    assert_eq!((back.cases, back.evidence_files), (1, 2));
    assert_eq!(back.history_entries, history_before.len() as u64);
    assert!(back.status.away.is_empty());
    assert_eq!(back.status.cases_on_device, 2);
    let after = contents(&mut vault);
    assert_eq!(after.cases, before.cases);
    assert_eq!(after.evidence.len(), before.evidence.len());
    for ((item, bytes, custody), (item0, bytes0, custody0)) in
        after.evidence.iter().zip(&before.evidence)
    {
        assert_eq!((item, bytes), (item0, bytes0));
        assert_eq!(
            said(custody),
            said(custody0),
            "the custody history came back"
        );
    }
    let history = audit::for_case(vault.store(), &leaving[0]).unwrap();
    assert_eq!(
        said(&history[..history_before.len()]),
        said(&history_before)
    );
    assert_eq!(history.last().unwrap().action, "return");
    assert_eq!(
        audit::verify(vault.store()).unwrap(),
        None,
        "the chain holds"
    );
    let err = travel_mode::come_back(&mut vault, &to, &mut |_| true).unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::InvalidInput,
        "nothing is away any more"
    );
    vault.lock().unwrap();
    // And it survives a lock.
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(contents(&mut vault).cases, before.cases);
}

/// After a change of passphrase (a rotation re-wraps every evidence file's header), each
/// generation still opens with the secret of its time, and the next backup copies the evidence
/// again into the new identity's store (docs/vault-format.md, "Backups").
#[test]
fn each_generation_opens_with_the_secret_of_its_time_after_a_rotation() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = vault_with_a_case(tmp.path(), 2);
    let to = tmp.path().join("backups");
    let before = backup(&dir, &to).unwrap();
    const NEW: &str = "a brand new passphrase for this vault";
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let rotated = vault.change_passphrase(&secret(NEW)).unwrap();
    assert!(rotated.identity_rotated);
    let after = vault.backup(&to, &mut |_| true).unwrap();
    assert_eq!(
        after.copied_files, 2,
        "re-wrapped files are copied into a new store"
    );
    let expected = contents(&mut vault);
    vault.lock().unwrap();
    let stores = fs::read_dir(to.join("stores")).unwrap().count();
    assert_eq!(stores, 2, "one store per identity");

    let old = tmp.path().join("old");
    let err = restore(
        &to,
        Some(&before.generation),
        &old,
        &RestoreSecret::Passphrase(&secret(NEW)),
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::WrongPassphrase,
        "the old generation has the old key files"
    );
    restore(
        &to,
        Some(&before.generation),
        &old,
        &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
        &mut |_| true,
    )
    .unwrap();
    let new = tmp.path().join("new");
    let err = restore(
        &to,
        None,
        &new,
        &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::WrongPassphrase,
        "the old passphrase opens nothing newer"
    );
    restore(
        &to,
        None,
        &new,
        &RestoreSecret::Passphrase(&secret(NEW)),
        &mut |_| true,
    )
    .unwrap();
    let mut back = Vault::unlock(&new, &secret(NEW)).unwrap();
    assert_eq!(contents(&mut back), expected);
    drop(back);

    // Pruned down to the newer generation: the old identity's store goes with the last
    // generation that used it.
    let mut vault = Vault::unlock(&dir, &secret(NEW)).unwrap();
    vault
        .set_backup_policy(BackupPolicy {
            keep_generations: 1,
            remind_after_days: 7,
        })
        .unwrap();
    let last = vault.backup(&to, &mut |_| true).unwrap();
    assert_eq!(last.pruned.len(), 2);
    vault.lock().unwrap();
    assert_eq!(fs::read_dir(to.join("stores")).unwrap().count(), 1);
}

/// Issue 19, returning after a change of secret: cases left in a generation made under the old
/// identity; a passphrase change retires it (`vault::rotation`), so the return cannot read that
/// generation. It is refused with its own code (not a "damaged file"), nothing changes, the
/// restore screen's list marks the generation, and restoring it with the old passphrase gets
/// the cases back, as the message says.
#[test]
fn returning_after_a_passphrase_change_is_refused_clearly_and_the_old_backup_restores() {
    use habeas_core::travel_mode;
    use habeas_core::vault::backup::describe_generations;
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = vault_with_a_case(tmp.path(), 1);
    let to = tmp.path().join("stick");
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let before = contents(&mut vault);
    let left = travel_mode::leave(&mut vault, None, &to, &mut |_| true).unwrap();
    assert_eq!(left.cases, 1);
    const NEW: &str = "a brand new passphrase after the border";
    assert!(
        vault
            .change_passphrase(&secret(NEW))
            .unwrap()
            .identity_rotated
    );

    let err = travel_mode::come_back(&mut vault, &to, &mut |_| true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BackupBeforeSecretChange);
    let status = travel_mode::status(&mut vault).unwrap();
    assert_eq!(status.away.len(), 1, "still recorded as away");
    assert_eq!(status.cases_on_device, 0, "nothing came back half-way");

    // A later backup under the new identity: the list marks the travel one as older.
    vault.backup(&to, &mut |_| true).unwrap();
    vault.lock().unwrap();
    let listed = describe_generations(&to).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].name, left.backup.generation);
    assert_eq!(
        listed[0].made_at.as_deref(),
        Some(left.backup.made_at.as_str())
    );
    assert!(listed[0].before_secret_change);
    assert!(!listed[1].before_secret_change);

    let restored_dir = tmp.path().join("restored");
    let restored = restore(
        &to,
        Some(&left.backup.generation),
        &restored_dir,
        &RestoreSecret::Passphrase(&secret(PASSPHRASE)),
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(restored.cases, 1);
    let mut back = Vault::unlock(&restored_dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(contents(&mut back).cases, before.cases);
}
