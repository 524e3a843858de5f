//! Issue 16.4: changing a secret rotates the vault identity (docs/vault-format.md, "Rotation").
//!
//! - What a copy of the old key files with the old secret can still open after a change: the
//!   old folder's contents as they were, and nothing of this folder — no save made since, no
//!   snapshot, no evidence file (their headers were re-wrapped; the payload is the same bytes).
//! - Debian's Go `age` reaches the new identity the documented way and opens a re-wrapped blob.
//! - `kill -9` at every step of a rotation leaves a vault that opens with the old passphrase or
//!   the new one, with every acknowledged save and every evidence file, and the next unlock
//!   finishes (or discards) the change. The child stops itself at a numbered step and says so;
//!   the parent kills it there, so the test does not depend on timing.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

mod support;

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use age::secrecy::SecretString;
use habeas_core::vault::{
    BlobId, BlobInfo, Confirmed, CreateOptions, RecoveryKey, RotationStep, Vault, WorkFactor,
};
use habeas_core::ErrorCode;
use support::{copy_dir, go_age_vault_identity, set_setting, setting};

const OLD: &str = "correct horse battery staple";
const NEW: &str = "a brand new passphrase, after the border";

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn cheap() -> CreateOptions {
    CreateOptions {
        work_factor: WorkFactor::insecure_for_tests(4),
    }
}

/// Evidence of several sizes (empty, one chunk and a bit), their contents and infos.
fn put_blobs(vault: &Vault) -> Vec<(Vec<u8>, BlobInfo)> {
    [0usize, 1000, 64 * 1024 + 7]
        .iter()
        .map(|&len| {
            let data: Vec<u8> = (0..len).map(|i| (i * 13 + len).to_le_bytes()[0]).collect();
            let info = vault.put_blob(&mut &data[..], &mut |_| true).unwrap();
            (data, info)
        })
        .collect()
}

/// A vault with three blobs, two saves in the snapshot and one in the journal.
fn populated() -> (
    tempfile::TempDir,
    PathBuf,
    RecoveryKey,
    Vec<(Vec<u8>, BlobInfo)>,
) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = Vault::create(&dir, &secret(OLD), cheap()).unwrap();
    let mut vault = created.vault;
    let blobs = put_blobs(&vault);
    set_setting(&mut vault, "before-1", "\"one\"");
    set_setting(&mut vault, "before-2", "\"two\"");
    vault.lock().unwrap();
    let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
    set_setting(&mut vault, "before-3", "\"three, in the journal\"");
    drop(vault);
    (tmp, dir, created.recovery_key, blobs)
}

/// Go `age -d -i identity input`, the plaintext on its standard output.
fn go_age(identity: &Path, input: &Path) -> std::process::Output {
    Command::new("age")
        .args(["-d", "-i"])
        .arg(identity)
        .arg(input)
        .output()
        .expect("Debian's Go age (apt-get install age)")
}

/// Every file of `dir` under `sub` (relative paths).
fn files_under(dir: &Path, sub: &str) -> Vec<PathBuf> {
    fn walk(path: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(path).into_iter().flatten().flatten() {
            if entry.path().is_dir() {
                walk(&entry.path(), out);
            } else {
                out.push(entry.path());
            }
        }
    }
    let mut out = Vec::new();
    walk(&dir.join(sub), &mut out);
    out.sort();
    out
}

fn check_everything(vault: &mut Vault, blobs: &[(Vec<u8>, BlobInfo)]) {
    assert_eq!(setting(vault, "before-1").as_deref(), Some("\"one\""));
    assert_eq!(setting(vault, "before-2").as_deref(), Some("\"two\""));
    assert_eq!(
        setting(vault, "before-3").as_deref(),
        Some("\"three, in the journal\"")
    );
    for (data, info) in blobs {
        vault
            .verify_blob(&info.id, &info.sha256, &mut |_| true)
            .unwrap_or_else(|e| panic!("blob {}: {e:?}", info.id.as_str()));
        let mut plain = Vec::new();
        vault
            .decrypt_blob_checked(
                &info.id,
                &info.sha256,
                &mut |p| {
                    plain.extend_from_slice(p);
                    Ok(())
                },
                &mut |_| true,
            )
            .unwrap();
        assert!(plain == *data);
    }
}

/// The attacker's view: a backup made before the change (key files included) and the old
/// passphrase. It still opens the backup as it was; against this folder, nothing.
#[test]
fn after_a_passphrase_change_the_old_key_files_open_nothing_new() {
    let (tmp, dir, recovery, blobs) = populated();
    let backup = tmp.path().join("backup");
    copy_dir(&dir, &backup);
    let blob_before = fs::read(dir.join(blobs[2].1.id.relative_path())).unwrap();

    let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
    let old_recipient = vault.recipient();
    let rotated = vault.change_passphrase(&secret(NEW)).unwrap();
    assert!(rotated.identity_rotated && rotated.finished, "{rotated:?}");
    assert_eq!(rotated.blobs_rekeyed, 3);
    assert_ne!(vault.recipient(), old_recipient);
    set_setting(&mut vault, "after", "\"saved after the change\"");
    drop(vault);
    assert!(!dir.join("keys/rotated").exists() && !dir.join("keys/rotating").exists());

    // The payload of a blob is the same bytes; only the header changed, at the same length.
    let blob_after = fs::read(dir.join(blobs[2].1.id.relative_path())).unwrap();
    assert_eq!(blob_after.len(), blob_before.len());
    let header = blob_before.windows(4).position(|w| w == b"--- ").unwrap() + 48;
    assert!(
        blob_after[header..] == blob_before[header..],
        "payload kept"
    );
    assert!(
        blob_after[..header] != blob_before[..header],
        "header re-wrapped"
    );

    // The new passphrase and the (unchanged) recovery key open everything.
    let mut vault = Vault::unlock(&dir, &secret(NEW)).unwrap();
    check_everything(&mut vault, &blobs);
    drop(vault);
    let mut vault = Vault::unlock_with_recovery_key(&dir, &recovery).unwrap();
    assert_eq!(
        setting(&mut vault, "after").as_deref(),
        Some("\"saved after the change\"")
    );
    drop(vault);
    assert_eq!(
        Vault::unlock(&dir, &secret(OLD)).unwrap_err().code(),
        ErrorCode::WrongPassphrase
    );

    // The backup still opens with the old passphrase, as it was (that cannot be taken back)...
    let mut old = Vault::unlock(&backup, &secret(OLD)).unwrap();
    assert_eq!(setting(&mut old, "after"), None);
    drop(old);
    // ...but its key files put back into this folder open nothing here.
    let restored = tmp.path().join("restored");
    copy_dir(&dir, &restored);
    for name in ["passphrase.age", "recovery.age", "identity.age"] {
        fs::copy(
            backup.join("keys").join(name),
            restored.join("keys").join(name),
        )
        .unwrap();
    }
    let err = Vault::unlock(&restored, &secret(OLD)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DamagedFile, "{err:?}");
    assert!(err.user_message().contains("index/snapshot.age"), "{err:?}");

    // File by file, with the stock tool: the old identity opens no new snapshot, no new save,
    // no blob; the new identity (reached the documented way) opens the re-wrapped blobs.
    let old_identity = tmp.path().join("old-identity.txt");
    go_age_vault_identity(&backup, "keys/passphrase.age", OLD, &old_identity);
    let new_identity = tmp.path().join("new-identity.txt");
    go_age_vault_identity(&dir, "keys/passphrase.age", NEW, &new_identity);
    let mut attacked = files_under(&dir, "index");
    attacked.extend(files_under(&dir, "blobs"));
    assert!(attacked.len() >= 5, "{attacked:?}");
    for file in &attacked {
        let result = go_age(&old_identity, file);
        assert!(
            !result.status.success(),
            "the old identity opened {}",
            file.display()
        );
    }
    for (data, info) in &blobs {
        let result = go_age(&new_identity, &dir.join(info.id.relative_path()));
        assert!(result.status.success(), "{:?}", result.stderr);
        assert!(result.stdout == *data);
    }
}

/// Confirming a new recovery key rotates too: the old key with the old `recovery.age` (and
/// the old `identity.age`) opens nothing of this folder; the passphrase is unchanged.
#[test]
fn after_a_new_recovery_key_the_old_one_opens_nothing_new() {
    let (tmp, dir, old_key, blobs) = populated();
    let backup = tmp.path().join("backup");
    copy_dir(&dir, &backup);
    let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
    let old_recipient = vault.recipient();
    let new_key = vault.prepare_recovery_key().unwrap();
    // Prepared only: nothing rotated yet.
    assert_eq!(vault.recipient(), old_recipient);
    assert_eq!(
        vault.confirm_recovery_key(&new_key).unwrap(),
        Confirmed::Replaced
    );
    assert_ne!(vault.recipient(), old_recipient);
    set_setting(&mut vault, "after", "\"saved after the change\"");
    drop(vault);
    assert!(!dir.join("keys/recovery.pending.age").exists());

    let mut vault = Vault::unlock_with_recovery_key(&dir, &new_key).unwrap();
    check_everything(&mut vault, &blobs);
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
    check_everything(&mut vault, &blobs);
    drop(vault);
    assert_eq!(
        Vault::unlock_with_recovery_key(&dir, &old_key)
            .unwrap_err()
            .code(),
        ErrorCode::WrongRecoveryKey
    );
    for names in [&["recovery.age"][..], &["recovery.age", "identity.age"][..]] {
        let restored = tmp.path().join("restored");
        let _ = fs::remove_dir_all(&restored);
        copy_dir(&dir, &restored);
        for name in names {
            fs::copy(
                backup.join("keys").join(name),
                restored.join("keys").join(name),
            )
            .unwrap();
        }
        let err = Vault::unlock_with_recovery_key(&restored, &old_key).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DamagedFile, "{names:?}: {err:?}");
    }
}

/// A format-1 vault (the published fixture) keeps its identity when its passphrase changes, and
/// says so: the texts must not promise a rotation there.
#[test]
fn a_format_1_vault_says_it_was_not_rotated() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    copy_dir(&fixtures.join("vault-v1"), &dir);
    let recipient = fs::read_to_string(fixtures.join("vault-v1.recipient")).unwrap();
    let mut vault = Vault::unlock(&dir, &secret("golden fixture passphrase")).unwrap();
    assert!(!vault.rotates_identity());
    let rotated = vault.change_passphrase(&secret(NEW)).unwrap();
    assert!(!rotated.identity_rotated);
    drop(vault);
    let vault = Vault::unlock(&dir, &secret(NEW)).unwrap();
    assert_eq!(vault.recipient(), recipient.trim());
}

// ---- kill -9 during a rotation ---------------------------------------------------------------

const CHILD_DIR: &str = "HABEAS_ROTATION_CHILD";
const CHILD_STOP: &str = "HABEAS_ROTATION_STOP";
/// Set: the child confirms this pending recovery key instead of changing the passphrase.
const CHILD_CONFIRM: &str = "HABEAS_ROTATION_CONFIRM";

/// The child: unlocks with the old passphrase, changes it, and at step number `stop` of the
/// rotation (counted from 1, in the order [`RotationStep`]s are reported) says `stopped N` and
/// waits to be killed. With a step beyond the last it finishes and says `done`.
fn rotation_child(dir: &Path) {
    let stop: usize = std::env::var(CHILD_STOP).unwrap().parse().unwrap();
    let mut vault = Vault::unlock(dir, &secret(OLD)).unwrap();
    let mut steps = 0;
    let mut out = std::io::stdout();
    let mut observe = |step: RotationStep| {
        steps += 1;
        writeln!(out, "step {steps} {step:?}").unwrap();
        if steps == stop {
            writeln!(out, "stopped {steps}").unwrap();
            out.flush().unwrap();
            loop {
                std::thread::sleep(std::time::Duration::from_secs(60));
            }
        }
    };
    match std::env::var(CHILD_CONFIRM) {
        Ok(key) => {
            let key = RecoveryKey::parse(&key).unwrap();
            vault
                .confirm_recovery_key_observed(&key, &mut observe)
                .unwrap();
        }
        Err(_) => {
            vault
                .change_passphrase_observed(&secret(NEW), &mut observe)
                .unwrap();
        }
    }
    writeln!(out, "done {steps}").unwrap();
    out.flush().unwrap();
}

/// Runs the child on `dir` up to step `stop` and kills it there (`kill -9`). Returns whether it
/// stopped there (`false`: it finished first: `stop` is past the last step).
fn run_child_until(dir: &Path, stop: usize, confirm: Option<&RecoveryKey>) -> bool {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            "--exact",
            "kill_9_at_every_step_of_a_rotation_leaves_the_old_or_the_new_passphrase",
            "--nocapture",
        ])
        .env(CHILD_DIR, dir)
        .env(CHILD_STOP, stop.to_string());
    if let Some(key) = confirm {
        command.env(CHILD_CONFIRM, key.expose());
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read to the end (a finished child prints the test harness's lines after `done`).
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let mut stopped = false;
    let mut seen = String::new();
    for line in stdout.lines() {
        let line = line.unwrap();
        seen.push_str(&line);
        seen.push('\n');
        if line.starts_with("stopped ") {
            stopped = true;
            child.kill().unwrap(); // SIGKILL
            break;
        }
    }
    let status = child.wait().unwrap();
    assert!(
        stopped || status.success(),
        "the child failed at step {stop}: {seen}"
    );
    stopped
}

#[test]
fn kill_9_at_every_step_of_a_rotation_leaves_the_old_or_the_new_passphrase() {
    if let Some(dir) = std::env::var_os(CHILD_DIR) {
        rotation_child(Path::new(&dir));
        return;
    }
    let (tmp, original, recovery, blobs) = populated();
    let mut outcomes = Vec::new();
    for stop in 1.. {
        let dir = tmp.path().join(format!("round-{stop}"));
        copy_dir(&original, &dir);
        let _ = fs::remove_file(dir.join("habeas.lock"));
        let stopped = run_child_until(&dir, stop, None);
        // Whichever passphrase opens, the vault is whole: every save, every blob, and the
        // change finished (or discarded) by this unlock.
        let by_old = Vault::unlock(&dir, &secret(OLD));
        let opened_old = by_old.is_ok();
        let mut vault = match by_old {
            Ok(vault) => vault,
            Err(e) => {
                assert_eq!(e.code(), ErrorCode::WrongPassphrase, "step {stop}: {e:?}");
                Vault::unlock(&dir, &secret(NEW))
                    .unwrap_or_else(|e| panic!("step {stop}: neither opens: {e:?}"))
            }
        };
        check_everything(&mut vault, &blobs);
        // Saves go on after the crash and survive.
        set_setting(&mut vault, "after-crash", "\"kept\"");
        drop(vault);
        assert!(
            !dir.join("keys/rotating").exists() && !dir.join("keys/rotated").exists(),
            "step {stop}: the unlock left the change half done"
        );
        let (current, other) = if opened_old { (OLD, NEW) } else { (NEW, OLD) };
        assert_eq!(
            Vault::unlock(&dir, &secret(other)).unwrap_err().code(),
            ErrorCode::WrongPassphrase,
            "step {stop}: both passphrases open"
        );
        let mut vault = Vault::unlock(&dir, &secret(current)).unwrap();
        assert_eq!(
            setting(&mut vault, "after-crash").as_deref(),
            Some("\"kept\"")
        );
        // Every blob is under the current identity alone: verify reads each.
        check_everything(&mut vault, &blobs);
        drop(vault);
        assert!(Vault::unlock_with_recovery_key(&dir, &recovery).is_ok());
        outcomes.push((stop, stopped, opened_old));
        if !stopped {
            break;
        }
        assert!(stop < 50, "the rotation never finished");
    }
    // Killed before the commit: the old passphrase; from the commit on: the new one.
    let old_after: Vec<usize> = outcomes
        .iter()
        .filter(|(_, stopped, old)| *stopped && *old)
        .map(|(stop, _, _)| *stop)
        .collect();
    assert_eq!(old_after, [1], "{outcomes:?}");
    // Prepared, committed, two key files and the snapshot moved, three blobs: 8 steps.
    assert_eq!(outcomes.len(), 9, "{outcomes:?}");
}

#[test]
fn blob_ids_stay_the_same_through_a_rotation() {
    let (_tmp, dir, _recovery, blobs) = populated();
    let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
    let before: Vec<BlobId> = vault.blob_ids().unwrap();
    vault.change_passphrase(&secret(NEW)).unwrap();
    assert_eq!(vault.blob_ids().unwrap(), before);
    assert_eq!(before.len(), blobs.len());
}

/// An import holds a [`habeas_core::vault::BlobSink`] taken before the change: what it writes
/// afterwards is sealed to the new identity (a blob sealed to the retired one would be lost
/// once the rotation forgets it).
#[test]
fn a_blob_sink_taken_before_a_rotation_writes_to_the_new_identity() {
    let (_tmp, dir, _recovery, _blobs) = populated();
    let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
    let sink = vault.blob_sink();
    vault.change_passphrase(&secret(NEW)).unwrap();
    let data = b"imported while the passphrase changed".to_vec();
    let info = sink.put(&mut &data[..], &mut |_| true).unwrap();
    vault
        .verify_blob(&info.id, &info.sha256, &mut |_| true)
        .unwrap();
    drop(vault);
    let vault = Vault::unlock(&dir, &secret(NEW)).unwrap();
    vault
        .verify_blob(&info.id, &info.sha256, &mut |_| true)
        .unwrap();
}

/// The same for confirming a new recovery key: killed before the commit the old key opens and
/// the new one is still pending (it can be confirmed again); from the commit on the new key
/// opens and the pending file is gone. The passphrase opens throughout.
#[test]
fn kill_9_at_every_step_of_a_recovery_key_confirmation_leaves_the_old_or_the_new_key() {
    let (tmp, original, old_key, blobs) = populated();
    let vault = Vault::unlock(&original, &secret(OLD)).unwrap();
    let new_key = vault.prepare_recovery_key().unwrap();
    drop(vault);
    let mut outcomes = Vec::new();
    for stop in 1.. {
        let dir = tmp.path().join(format!("round-{stop}"));
        copy_dir(&original, &dir);
        let _ = fs::remove_file(dir.join("habeas.lock"));
        let stopped = run_child_until(&dir, stop, Some(&new_key));
        let by_old = Vault::unlock_with_recovery_key(&dir, &old_key);
        let opened_old = by_old.is_ok();
        let mut vault = match by_old {
            Ok(vault) => vault,
            Err(e) => {
                assert_eq!(e.code(), ErrorCode::WrongRecoveryKey, "step {stop}: {e:?}");
                Vault::unlock_with_recovery_key(&dir, &new_key)
                    .unwrap_or_else(|e| panic!("step {stop}: neither key opens: {e:?}"))
            }
        };
        check_everything(&mut vault, &blobs);
        drop(vault);
        let pending = dir.join("keys/recovery.pending.age").exists();
        assert_eq!(pending, opened_old, "step {stop}: pending file");
        let (current, other) = if opened_old {
            (&old_key, &new_key)
        } else {
            (&new_key, &old_key)
        };
        assert_eq!(
            Vault::unlock_with_recovery_key(&dir, other)
                .unwrap_err()
                .code(),
            ErrorCode::WrongRecoveryKey,
            "step {stop}: both keys open"
        );
        assert!(Vault::unlock_with_recovery_key(&dir, current).is_ok());
        let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
        check_everything(&mut vault, &blobs);
        drop(vault);
        outcomes.push((stop, stopped, opened_old));
        if !stopped {
            break;
        }
        assert!(stop < 50, "the rotation never finished");
    }
    let old_after: Vec<usize> = outcomes
        .iter()
        .filter(|(_, stopped, old)| *stopped && *old)
        .map(|(stop, _, _)| *stop)
        .collect();
    assert_eq!(old_after, [1], "{outcomes:?}");
    // Prepared, committed, the recovery and identity files and the snapshot moved, three blobs.
    assert_eq!(outcomes.len(), 9, "{outcomes:?}");
}

/// A power cut that tears blob headers while they are rewritten in place: the rotation saved
/// every header before the commit (`keys/rotated/headers.age`, sealed to the new identity), so
/// the unlock that finishes it puts each torn one back and re-wraps it again.
#[test]
fn torn_blob_headers_are_put_back_from_the_saved_headers() {
    let (_tmp, dir, _recovery, blobs) = populated();
    // Killed once the first blob is re-keyed (step 6); then every header is torn: its X25519
    // stanza overwritten with other valid base64, as a half-written sector would leave it.
    assert!(run_child_until(&dir, 6, None));
    assert!(dir.join("keys/rotated/headers.age").is_file());
    for (_, info) in &blobs {
        let path = dir.join(info.id.relative_path());
        let mut bytes = fs::read(&path).unwrap();
        bytes[80..120].fill(b'A');
        fs::write(&path, &bytes).unwrap();
    }
    let mut vault = Vault::unlock(&dir, &secret(NEW)).unwrap();
    check_everything(&mut vault, &blobs);
    drop(vault);
    assert!(!dir.join("keys/rotated").exists());
}

/// A rotation whose last step fails in the session (a blob that cannot be rewritten: here a
/// folder where a blob file should be) is committed all the same: it says it is not finished,
/// saves go on under the new identity, and the next change of secret finishes it first.
#[test]
fn an_unfinished_rotation_is_finished_by_the_next_change() {
    let (_tmp, dir, _recovery, blobs) = populated();
    let blocker = dir.join("blobs/ff/ffffffffffffffffffffffffffffff.age");
    fs::create_dir_all(&blocker).unwrap();
    let mut vault = Vault::unlock(&dir, &secret(OLD)).unwrap();
    let rotated = vault.change_passphrase(&secret(NEW)).unwrap();
    assert!(rotated.identity_rotated && !rotated.finished, "{rotated:?}");
    assert!(dir.join("keys/rotated").is_dir());
    set_setting(&mut vault, "after", "\"saved while unfinished\"");
    fs::remove_dir(&blocker).unwrap();
    let third = "a third passphrase, later";
    let rotated = vault.change_passphrase(&secret(third)).unwrap();
    assert!(rotated.finished, "{rotated:?}");
    drop(vault);
    assert!(!dir.join("keys/rotated").exists());
    let mut vault = Vault::unlock(&dir, &secret(third)).unwrap();
    check_everything(&mut vault, &blobs);
    assert_eq!(
        setting(&mut vault, "after").as_deref(),
        Some("\"saved while unfinished\"")
    );
}
