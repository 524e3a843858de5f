//! The vault's folder and keys, through the public API, on real files.
//!
//! Every test uses a cheap scrypt work factor through the explicit test option
//! (`WorkFactor::insecure_for_tests`); the default stays pinned (checked below).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::print_stderr,
    reason = "a test reports failure by panicking, and prints the crash harness's seed"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use age::secrecy::SecretString;
use habeas_core::store::rusqlite;
use habeas_core::vault::{
    Confirmed, CreateOptions, RecoveryKey, RecoveryKeyState, Vault, WorkFactor, FORMAT_VERSION,
};
use habeas_core::{Error, ErrorCode};

mod support;
use support::{copy_dir, go_age_recipient_of, go_age_vault_identity, set_setting, setting, which};

const PASSPHRASE: &str = "correct horse battery staple";

fn cheap() -> CreateOptions {
    CreateOptions {
        work_factor: WorkFactor::insecure_for_tests(4),
    }
}

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

/// A fresh vault in a temporary folder: (guard, vault folder, recovery key).
fn new_vault() -> (tempfile::TempDir, PathBuf, RecoveryKey) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("vault");
    let created = Vault::create(&dir, &secret(PASSPHRASE), cheap()).expect("create");
    (tmp, dir, created.recovery_key)
}

fn code(result: Result<Vault, Error>) -> ErrorCode {
    match result {
        Ok(_) => panic!("expected an error, the vault opened"),
        Err(e) => e.code(),
    }
}

fn unlock_error(dir: &Path) -> Error {
    Vault::unlock(dir, &secret(PASSPHRASE)).expect_err("should not open")
}

#[test]
fn the_real_default_is_pinned_not_calibrated() {
    assert_eq!(WorkFactor::PINNED.log_n(), 18);
    assert_eq!(CreateOptions::default().work_factor, WorkFactor::PINNED);
}

/// The scrypt `log_n` of a key file, read from its header as any reader would: the stanza line
/// `-> scrypt <salt> <log_n>` after `age-encryption.org/v1` (age spec).
fn scrypt_log_n(path: &Path) -> u8 {
    let bytes = fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).into_owned();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("age-encryption.org/v1"), "{path:?}");
    let stanza: Vec<&str> = lines.next().unwrap().split(' ').collect();
    assert_eq!(stanza[..2], ["->", "scrypt"], "{path:?}");
    stanza[3].parse().unwrap()
}

fn edit_vault_json(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join("vault.json");
    let mut json: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    edit(&mut json);
    fs::write(&path, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
}

/// Issue 16.3: `vault.json` is not authenticated. A real vault whose clear metadata was set to
/// work factor 1 is refused, by name, before any key is derived; and even with the test-vault
/// flag forged as well, every key file sealed afterwards (passphrase change, a new recovery key,
/// after the passphrase or the recovery key opened it) is at the factor of the key file just
/// opened, never below the pinned one. Costs a few real scrypt runs (about 0.6 s each).
#[test]
fn broken_lowered_work_factor_in_vault_json_never_weakens_a_key_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = Vault::create(&dir, &secret(PASSPHRASE), CreateOptions::default()).unwrap();
    drop(created.vault);
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("vault.json")).unwrap()).unwrap();
    assert!(json.get("test_vault").is_none(), "a real vault: {json}");
    assert_eq!(scrypt_log_n(&dir.join("keys/passphrase.age")), 18);

    edit_vault_json(&dir, |j| j["kdf"]["log_n"] = 1.into());
    let before = fs::read(dir.join("vault.json")).unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::WeakKdf);
    assert!(err.user_message().contains("vault.json"), "{err:?}");
    assert_eq!(
        code(Vault::unlock_with_recovery_key(&dir, &created.recovery_key)),
        ErrorCode::WeakKdf
    );
    assert_eq!(
        fs::read(dir.join("vault.json")).unwrap(),
        before,
        "untouched"
    );

    // Forged further into a "test vault": it opens, but seals nothing weak.
    edit_vault_json(&dir, |j| j["test_vault"] = true.into());
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    vault
        .change_passphrase(&secret("a new passphrase after the edit"))
        .unwrap();
    let pending = vault.prepare_recovery_key().unwrap();
    drop(vault);
    assert_eq!(scrypt_log_n(&dir.join("keys/passphrase.age")), 18);
    assert_eq!(scrypt_log_n(&dir.join("keys/recovery.pending.age")), 18);
    let mut vault = Vault::unlock_with_recovery_key(&dir, &created.recovery_key).unwrap();
    vault
        .change_passphrase(&secret("and another one after recovery"))
        .unwrap();
    drop(vault);
    assert_eq!(scrypt_log_n(&dir.join("keys/passphrase.age")), 18);
    drop(pending);
}

/// A test vault is explicit: made below the pinned factor through the test option, it records
/// `test_vault` and keeps its cheap factor; without the flag the same `vault.json` is refused.
#[test]
fn a_test_vault_is_marked_and_refused_without_its_mark() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    vault
        .change_passphrase(&secret("still a test passphrase"))
        .unwrap();
    drop(vault);
    assert_eq!(scrypt_log_n(&dir.join("keys/passphrase.age")), 4);
    edit_vault_json(&dir, |j| {
        j.as_object_mut().unwrap().remove("test_vault");
    });
    let err = Vault::unlock(&dir, &secret("still a test passphrase")).unwrap_err();
    assert!(
        matches!(
            err,
            Error::WeakKdf {
                found: 4,
                pinned: 18
            }
        ),
        "{err:?}"
    );
}

#[test]
fn create_then_unlock_with_passphrase_and_recovery_key() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = Vault::create(&dir, &secret(PASSPHRASE), cheap()).unwrap();
    let recipient = created.vault.recipient();
    assert!(recipient.starts_with("age1"));
    let id = created.vault.id().to_owned();
    drop(created.vault);

    let by_passphrase = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(by_passphrase.recipient(), recipient);
    assert_eq!(by_passphrase.id(), id);
    drop(by_passphrase);

    let typed = created
        .recovery_key
        .expose()
        .to_lowercase()
        .replace('-', " ");
    let key = RecoveryKey::parse(&typed).unwrap();
    let by_recovery = Vault::unlock_with_recovery_key(&dir, &key).unwrap();
    assert_eq!(by_recovery.recipient(), recipient);
}

#[test]
fn the_folder_reveals_no_names_only_fixed_file_names() {
    let (_tmp, dir, _) = new_vault();
    let mut names: Vec<String> = walk(&dir)
        .iter()
        .map(|p| p.strip_prefix(&dir).unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "habeas.lock",
            "index/snapshot.age",
            "keys/identity.age",
            "keys/passphrase.age",
            "keys/recovery.age",
            "vault.json"
        ]
    );
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("vault.json")).unwrap()).unwrap();
    assert_eq!(json["format"], "habeas-vault");
    assert_eq!(json["version"], FORMAT_VERSION);
    assert_eq!(json["kdf"]["algorithm"], "scrypt");
    assert_eq!(json["kdf"]["log_n"], 4);
    // Made below the pinned factor: an explicit test vault, and it says so (issue 16.3).
    assert_eq!(json["test_vault"], true);
    assert_eq!(
        json.as_object().unwrap().len(),
        5,
        "nothing else in clear: {json}"
    );
}

#[test]
fn wrong_passphrase_and_wrong_recovery_key_have_their_own_codes() {
    let (_tmp, dir, _) = new_vault();
    assert_eq!(
        code(Vault::unlock(&dir, &secret("Correct horse battery staple"))),
        ErrorCode::WrongPassphrase
    );
    let other = RecoveryKey::parse("0000-0000-0000-0000-0000-0000-0000-0000").unwrap();
    assert_eq!(
        code(Vault::unlock_with_recovery_key(&dir, &other)),
        ErrorCode::WrongRecoveryKey
    );
    let message = unlock_error_message(&dir, "wrong passphrase!");
    assert!(
        message.contains("Caps Lock") && message.contains("keyboard layout"),
        "{message}"
    );
}

fn unlock_error_message(dir: &Path, passphrase: &str) -> String {
    Vault::unlock(dir, &secret(passphrase))
        .expect_err("wrong")
        .user_message()
}

#[test]
fn changing_the_passphrase_retires_the_old_one() {
    let (_tmp, dir, recovery) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let recipient = vault.recipient();
    vault
        .change_passphrase(&secret("a completely new passphrase"))
        .unwrap();
    drop(vault);
    assert_eq!(
        code(Vault::unlock(&dir, &secret(PASSPHRASE))),
        ErrorCode::WrongPassphrase
    );
    let reopened = Vault::unlock(&dir, &secret("a completely new passphrase")).unwrap();
    assert_ne!(reopened.recipient(), recipient, "the identity was rotated");
    drop(reopened);
    // The recovery key still opens it, and can set yet another passphrase.
    let mut recovered = Vault::unlock_with_recovery_key(&dir, &recovery).unwrap();
    recovered
        .change_passphrase(&secret("after recovery 2026"))
        .unwrap();
    drop(recovered);
    assert!(Vault::unlock(&dir, &secret("after recovery 2026")).is_ok());
    // No temporary file is left behind.
    assert_eq!(walk(&dir).len(), 6, "{:?}", walk(&dir));
}

/// Issue 16.8: a new recovery key is only prepared (`keys/recovery.pending.age`); the old key
/// keeps opening the vault through a lock and a restart, until the user confirms they stored the
/// new one. Then only the new one opens this folder.
#[test]
fn a_new_recovery_key_replaces_the_old_one_only_once_confirmed() {
    let (_tmp, dir, old_key) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let recipient = vault.recipient();
    let new_key = vault.prepare_recovery_key().unwrap();
    assert_ne!(new_key.expose(), old_key.expose());
    assert!(dir.join("keys/recovery.pending.age").is_file());
    assert_eq!(
        vault.recovery_key_state().unwrap(),
        RecoveryKeyState::Pending
    );
    drop(vault); // locked (or crashed) before the user confirmed

    // The old key still opens; the new one does not yet.
    let mut vault = Vault::unlock_with_recovery_key(&dir, &old_key).unwrap();
    drop(vault);
    assert_eq!(
        code(Vault::unlock_with_recovery_key(&dir, &new_key)),
        ErrorCode::WrongRecoveryKey
    );

    // After the restart the pending key is still there to confirm, typed whole; a wrong key or
    // a wrong last group changes nothing.
    vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        vault.recovery_key_state().unwrap(),
        RecoveryKeyState::Pending
    );
    assert_eq!(
        vault.confirm_recovery_key(&old_key).unwrap_err().code(),
        ErrorCode::WrongRecoveryKey
    );
    assert_eq!(
        vault
            .confirm_typed_recovery_key(Some(&new_key), "ZZZZ")
            .unwrap_err()
            .code(),
        ErrorCode::WrongRecoveryKey
    );
    assert!(dir.join("keys/recovery.pending.age").is_file());
    // Typed whole, as after a restart (no key on screen).
    let typed = new_key.expose().to_lowercase().replace('-', " ");
    assert_eq!(
        vault.confirm_typed_recovery_key(None, &typed).unwrap(),
        Confirmed::Replaced
    );
    assert_eq!(
        vault.recovery_key_state().unwrap(),
        RecoveryKeyState::Confirmed
    );
    drop(vault);

    assert_eq!(
        code(Vault::unlock_with_recovery_key(&dir, &old_key)),
        ErrorCode::WrongRecoveryKey
    );
    let opened = Vault::unlock_with_recovery_key(&dir, &new_key).unwrap();
    assert_ne!(opened.recipient(), recipient, "the identity was rotated");
    assert_eq!(
        opened.recovery_key_state().unwrap(),
        RecoveryKeyState::Confirmed
    );
    drop(opened);
    // The passphrase is untouched; no pending or temporary file is left behind (the journal
    // holds the confirmation).
    assert!(Vault::unlock(&dir, &secret(PASSPHRASE)).is_ok());
    let left: Vec<PathBuf> = walk(&dir)
        .into_iter()
        .filter(|p| !p.starts_with(dir.join("index/devices")))
        .collect();
    assert_eq!(left.len(), 6, "{left:?}");
}

/// Confirming the key just shown takes its last group, as vault creation does; discarding a
/// pending key keeps the old one.
#[test]
fn a_shown_key_is_confirmed_by_its_last_group_and_a_pending_one_can_be_discarded() {
    let (_tmp, dir, old_key) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let discarded = vault.prepare_recovery_key().unwrap();
    vault.discard_recovery_key().unwrap();
    vault.discard_recovery_key().unwrap(); // nothing pending: not an error
    assert!(!dir.join("keys/recovery.pending.age").exists());
    let first = vault.prepare_recovery_key().unwrap();
    let second = vault.prepare_recovery_key().unwrap(); // replaces the first
    let last = &second.expose()[35..];
    assert_eq!(
        vault
            .confirm_typed_recovery_key(Some(&second), &last.to_lowercase())
            .unwrap(),
        Confirmed::Replaced
    );
    drop(vault);
    for gone in [&old_key, &discarded, &first] {
        assert_eq!(
            code(Vault::unlock_with_recovery_key(&dir, gone)),
            ErrorCode::WrongRecoveryKey
        );
    }
    assert!(Vault::unlock_with_recovery_key(&dir, &second).is_ok());
}

/// Issue 16.8: the key shown at creation is unconfirmed until the user confirms it, and the
/// vault says so after a lock (the app then offers a new one).
#[test]
fn the_creation_key_counts_as_unconfirmed_until_confirmed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = Vault::create(&dir, &secret(PASSPHRASE), cheap()).unwrap();
    assert_eq!(
        created.vault.recovery_key_state().unwrap(),
        RecoveryKeyState::Unconfirmed
    );
    drop(created.vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        vault.recovery_key_state().unwrap(),
        RecoveryKeyState::Unconfirmed
    );
    // Typed whole later (no key pending): checked against keys/recovery.age.
    assert_eq!(
        vault.confirm_recovery_key(&created.recovery_key).unwrap(),
        Confirmed::AlreadyCurrent
    );
    drop(vault);
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        vault.recovery_key_state().unwrap(),
        RecoveryKeyState::Confirmed
    );
    drop(vault);
    assert!(Vault::unlock_with_recovery_key(&dir, &created.recovery_key).is_ok());
}

#[test]
fn a_too_short_passphrase_is_refused_before_anything_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let err = Vault::create(&dir, &secret("short"), cheap()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(!dir.exists());
}

/// Issue 16 ("Also"): a new passphrase must be hard to guess, even in a test vault, at creation
/// and at a change; the refusal says why.
#[test]
fn a_guessable_passphrase_is_refused_with_its_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let err = Vault::create(&dir, &secret("password1"), cheap()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("very common password"), "{err}");
    assert!(!dir.exists());

    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let err = vault.change_passphrase(&secret("qwertyuiop")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("common password"), "{err}");
    drop(vault);
    assert!(
        Vault::unlock(&dir, &secret(PASSPHRASE)).is_ok(),
        "unchanged"
    );
}

#[test]
fn passphrases_are_compared_in_unicode_nfc() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    // "é" decomposed (e + combining acute) at creation, precomposed at unlock.
    Vault::create(&dir, &secret("re\u{301}fugie\u{301} 2026"), cheap()).unwrap();
    assert!(Vault::unlock(&dir, &secret("r\u{e9}fugi\u{e9} 2026")).is_ok());
}

#[test]
fn a_new_vault_needs_an_empty_folder() {
    let (_tmp, dir, _) = new_vault();
    let err = Vault::create(&dir, &secret(PASSPHRASE), cheap()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::FolderNotEmpty);
    assert!(
        Vault::unlock(&dir, &secret(PASSPHRASE)).is_ok(),
        "the existing vault is intact"
    );
}

// ---- Named broken vaults: each gives its own error, naming the file. ----------------------

#[test]
fn broken_missing_folder() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(
        unlock_error(&tmp.path().join("nowhere")).code(),
        ErrorCode::FolderMissing
    );
}

#[test]
fn broken_not_a_vault() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(unlock_error(tmp.path()).code(), ErrorCode::NotAVault);
    fs::write(
        tmp.path().join("vault.json"),
        br#"{"format":"something-else","version":1}"#,
    )
    .unwrap();
    assert_eq!(unlock_error(tmp.path()).code(), ErrorCode::NotAVault);
}

#[test]
fn broken_newer_format_is_refused_and_left_untouched() {
    let (_tmp, dir, _) = new_vault();
    let path = dir.join("vault.json");
    let mut json: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    json["version"] = serde_json::json!(FORMAT_VERSION + 1);
    json["something_new"] = serde_json::json!({"unknown": true});
    let bytes = serde_json::to_vec(&json).unwrap();
    fs::write(&path, &bytes).unwrap();
    let before = snapshot(&dir);
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::VaultTooNew);
    assert!(
        err.user_message().contains("newer version of Habeas"),
        "{}",
        err.user_message()
    );
    assert_eq!(snapshot(&dir), before, "nothing in the folder changed");
}

#[test]
fn broken_damaged_vault_json() {
    let (_tmp, dir, _) = new_vault();
    fs::write(dir.join("vault.json"), b"{ not json").unwrap();
    assert_eq!(unlock_error(&dir).code(), ErrorCode::DamagedFile);
}

#[test]
fn broken_missing_key_file() {
    let (_tmp, dir, _) = new_vault();
    fs::remove_file(dir.join("keys/passphrase.age")).unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::MissingFile);
    assert!(err.user_message().contains("keys/passphrase.age"));
}

#[test]
fn broken_truncated_key_file() {
    let (_tmp, dir, _) = new_vault();
    let path = dir.join("keys/passphrase.age");
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::DamagedFile, "{err:?}");
    assert!(err.user_message().contains("keys/passphrase.age"));
}

#[test]
fn broken_flipped_byte_in_key_file_payload() {
    let (_tmp, dir, _) = new_vault();
    let path = dir.join("keys/passphrase.age");
    let mut bytes = fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    fs::write(&path, &bytes).unwrap();
    assert_eq!(unlock_error(&dir).code(), ErrorCode::DamagedFile);
}

#[test]
fn broken_recovery_file_is_named_by_verify() {
    let (_tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(vault.verify(&secret(PASSPHRASE)).unwrap().checked.len(), 4);
    fs::write(
        dir.join("keys/recovery.age"),
        b"age-encryption.org/v1\n-> X",
    )
    .unwrap();
    let err = vault.verify(&secret(PASSPHRASE)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DamagedFile);
    assert!(err.user_message().contains("keys/recovery.age"));
}

#[test]
fn broken_huge_key_file_is_not_read_whole() {
    let (_tmp, dir, _) = new_vault();
    fs::write(dir.join("keys/passphrase.age"), vec![b'a'; 1024 * 1024]).unwrap();
    assert_eq!(unlock_error(&dir).code(), ErrorCode::DamagedFile);
}

// ---- Golden fixture: format v1 as first written, kept forever. ---------------------------

/// `tests/fixtures/vault-v1/` was made by this code at format v1 with work factor 4,
/// passphrase "golden fixture passphrase" and the recovery key beside it, and holds one
/// setting in its snapshot and one in its journal (`core/examples/make-golden-fixture.rs`).
/// It must always open, with both.
#[test]
fn golden_fixture_v1_opens() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    // Opening writes (the lock file, journal clean-up): never inside the repository.
    copy_dir(&fixtures.join("vault-v1"), &dir);
    let mut vault = Vault::unlock(&dir, &secret("golden fixture passphrase")).unwrap();
    let recipient = fs::read_to_string(fixtures.join("vault-v1.recipient")).unwrap();
    assert_eq!(vault.recipient(), recipient.trim());
    assert_eq!(
        setting(&mut vault, "in-snapshot").as_deref(),
        Some("\"folded\"")
    );
    assert_eq!(
        setting(&mut vault, "in-journal").as_deref(),
        Some("\"replayed\"")
    );
    drop(vault);
    let key = fs::read_to_string(fixtures.join("vault-v1.recovery")).unwrap();
    let key = RecoveryKey::parse(key.trim()).unwrap();
    assert_eq!(
        Vault::unlock_with_recovery_key(&dir, &key)
            .unwrap()
            .recipient(),
        recipient.trim()
    );
}

// ---- Interop with Debian's Go age. ---------------------------------------------------------

/// The stock `age` tool (Go, Debian's package) opens a key file with its secret, and the slot
/// identity inside opens `keys/identity.age`, which holds this vault's identity: `age-keygen -y`
/// gives the same recipient.
#[test]
fn go_age_opens_the_key_files() {
    let (tmp, dir, recovery) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    for (file, passphrase) in [
        ("keys/passphrase.age", PASSPHRASE),
        ("keys/recovery.age", recovery.expose()),
    ] {
        let out = tmp.path().join("identity.txt");
        go_age_vault_identity(&dir, file, passphrase, &out);
        let identity = fs::read_to_string(&out).expect("Go age wrote the identity");
        assert!(identity.contains("\nAGE-SECRET-KEY-1"), "{file}");
        assert_eq!(go_age_recipient_of(&out), vault.recipient(), "{file}");
    }
}

// ---- helpers ---------------------------------------------------------------------------------

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut all: Vec<_> = walk(dir)
        .into_iter()
        .map(|p| {
            let meta = fs::metadata(&p).unwrap();
            let bytes = fs::read(&p).unwrap();
            (p, bytes, meta.modified().unwrap())
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

// ---- The index: snapshot + journal. --------------------------------------------------------

/// Format 4: the folder of the one device these tests write from, `index/devices/<id>/` (a
/// placeholder path until it has saved anything).
fn device_dir(dir: &Path) -> PathBuf {
    let devices = dir.join("index/devices");
    let mut found: Vec<PathBuf> = fs::read_dir(&devices)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    assert!(found.len() <= 1, "one device only: {found:?}");
    found.pop().unwrap_or_else(|| devices.join("no-device-yet"))
}

/// The single journal of formats 1 to 3, `index/journal/`.
fn legacy_journal_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir.join("index/journal"))
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// This device's journal folder.
fn journal_dir(dir: &Path) -> PathBuf {
    device_dir(dir).join("journal")
}

/// This device's journal folder, as errors name it (relative to the vault folder).
fn journal_rel(dir: &Path) -> String {
    journal_dir(dir)
        .strip_prefix(dir)
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// The snapshot holding the latest state: this device's once it has one.
fn latest_snapshot(dir: &Path) -> PathBuf {
    let own = device_dir(dir).join("snapshot.age");
    if own.is_file() {
        own
    } else {
        dir.join("index/snapshot.age")
    }
}

fn journal_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(journal_dir(dir))
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn every_save_is_one_journal_record_and_survives_reopening() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "auto_lock_minutes", "10");
    set_setting(&mut vault, "auto_lock_minutes", "15");
    // A write that changes nothing writes nothing.
    vault
        .store()
        .write(|tx| tx.execute("DELETE FROM settings WHERE key = 'none'", []))
        .unwrap();
    assert_eq!(
        journal_files(&dir),
        ["000000000001.age", "000000000002.age"]
    );
    assert_eq!(vault.store().journal_len(), 2);
    drop(vault); // no lock(): as after a crash, the journal is not folded

    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        setting(&mut vault, "auto_lock_minutes").as_deref(),
        Some("15")
    );
    set_setting(&mut vault, "theme", "\"dark\"");
    assert_eq!(journal_files(&dir).len(), 3);
    assert_eq!(vault.verify(&secret(PASSPHRASE)).unwrap().checked.len(), 7);

    // Locking folds the journal into the snapshot.
    vault.lock().unwrap();
    assert!(journal_files(&dir).is_empty());
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        setting(&mut vault, "auto_lock_minutes").as_deref(),
        Some("15")
    );
    assert_eq!(setting(&mut vault, "theme").as_deref(), Some("\"dark\""));
    // Numbering goes on after the folded records.
    set_setting(&mut vault, "x", "1");
    assert_eq!(journal_files(&dir), ["000000000004.age"]);
}

/// Issue 21.4: a form the rules would refuse is kept as a draft, sealed in the journal like any
/// save, offered again after the next unlock, and goes with its case.
#[test]
fn a_draft_is_sealed_kept_across_a_lock_and_goes_with_its_case() {
    use habeas_core::drafts;
    use habeas_core::model::Person;
    use habeas_core::store::cases;

    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let case = cases::create_case(
        vault.store(),
        Person {
            name_latin: "Draft Canary".into(),
            ..Person::default()
        },
    )
    .unwrap();
    let key = format!("{}/person", case.id);
    let typed = r#"{"otherNames":"Zqxjv Halfwritten"}"#;
    drafts::keep(vault.store(), &key, typed).unwrap();
    drafts::keep(vault.store(), "settings/auto-lock", "0").unwrap();
    // Sealed: no journal record holds the typed text in the clear.
    for name in journal_files(&dir) {
        let bytes = fs::read(journal_dir(&dir).join(&name)).unwrap();
        let canary = b"Zqxjv Halfwritten";
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary),
            "{name} holds the draft in the clear"
        );
    }
    drop(vault); // as after a screen lock cut the typing short, then a crash

    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let kept = drafts::list(vault.store()).unwrap();
    assert_eq!(
        kept.iter()
            .map(|d| (d.key.as_str(), d.value.as_str()))
            .collect::<Vec<_>>(),
        [(key.as_str(), typed), ("settings/auto-lock", "0")]
    );
    // Not the app's keys, or not JSON: refused, nothing written.
    for (bad_key, value) in [
        ("", "1"),
        ("x;y", "1"),
        ("a b", "1"),
        ("ok/key", "{not json"),
    ] {
        let err = drafts::keep(vault.store(), bad_key, value).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{bad_key:?} {value:?}");
    }
    drafts::discard(vault.store(), "settings/auto-lock").unwrap();
    drafts::discard(vault.store(), "settings/never-kept").unwrap();
    vault.lock().unwrap();

    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(drafts::list(vault.store()).unwrap().len(), 1);
    cases::delete_case(vault.store(), &case.id).unwrap();
    assert!(drafts::list(vault.store()).unwrap().is_empty());
}

#[test]
fn a_failed_sql_change_saves_nothing() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let result = vault.store().write(|tx| {
        tx.execute("INSERT INTO settings (key, value) VALUES ('a', '1')", [])?;
        tx.execute("INSERT INTO no_such_table VALUES (1)", [])
    });
    assert!(result.is_err());
    assert_eq!(setting(&mut vault, "a"), None, "rolled back in memory");
    assert!(journal_files(&dir).is_empty(), "nothing on disk");
}

#[test]
fn the_snapshot_is_a_plain_sqlite_database_for_the_stock_tools() {
    let (tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "visible-after-recovery", "\"yes\"");
    vault.lock().unwrap();
    // Unwrap the identity with Go age, then decrypt the snapshot with it, as the format doc says.
    let identity = tmp.path().join("identity.txt");
    go_age_vault_identity(&dir, "keys/passphrase.age", PASSPHRASE, &identity);
    let db = tmp.path().join("habeas.sqlite");
    let out = Command::new("age")
        .args(["-d", "-i"])
        .arg(&identity)
        .arg("-o")
        .arg(&db)
        .arg(latest_snapshot(&dir))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let plain = fs::read(&db).unwrap();
    assert!(plain.starts_with(b"SQLite format 3\0"));
    assert!(
        plain[..plain.len() - 32].ends_with(b"\nhabeas-index-mac-v1\n"),
        "the tag trailer follows the last page"
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let value: String = conn
        .query_row(
            "SELECT value FROM settings WHERE key = 'visible-after-recovery'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(value, "\"yes\"");
    // The tag trailer after the last page (format 3) is not seen by SQLite.
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

/// Flips one bit near the end of journal record 2 (inside its last chunk); returns the damaged
/// bytes as written.
fn damage_second_save(dir: &Path) -> Vec<u8> {
    let path = journal_dir(dir).join("000000000002.age");
    let mut bytes = fs::read(&path).unwrap();
    let middle = bytes.len() - 20;
    bytes[middle] ^= 0x40;
    fs::write(&path, &bytes).unwrap();
    bytes
}

#[test]
fn broken_flipped_byte_in_a_journal_record_is_named() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "a", "1");
    set_setting(&mut vault, "b", "2");
    drop(vault);
    damage_second_save(&dir);
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::DamagedSave);
    assert!(
        err.user_message()
            .contains(&format!("{}/000000000002.age", journal_rel(&dir))),
        "{}",
        err.user_message()
    );
}

/// A damaged journal record does not lose the rest: rescuing sets it and every later record
/// aside (moved, byte for byte, never deleted) and opens the vault as it was before that save,
/// writable; afterwards it opens normally.
#[test]
fn rescue_sets_a_damaged_record_and_the_later_ones_aside_and_opens_the_rest() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "a", "1");
    set_setting(&mut vault, "b", "2");
    set_setting(&mut vault, "c", "3");
    drop(vault);
    let bytes = damage_second_save(&dir);
    let third = fs::read(journal_dir(&dir).join("000000000003.age")).unwrap();
    assert_eq!(unlock_error(&dir).code(), ErrorCode::DamagedSave);

    let (mut vault, set_aside) = Vault::unlock_rescuing(&dir, &secret(PASSPHRASE)).unwrap();
    let set_aside = set_aside.expect("something was set aside");
    assert_eq!(
        set_aside.damaged,
        format!("{}/000000000002.age", journal_rel(&dir))
    );
    assert_eq!(set_aside.records, 2);
    assert!(
        set_aside
            .folder
            .starts_with("index/set-aside/000000000002-"),
        "{set_aside:?}"
    );
    let folder = dir.join(&set_aside.folder);
    assert_eq!(fs::read(folder.join("000000000002.age")).unwrap(), bytes);
    assert_eq!(fs::read(folder.join("000000000003.age")).unwrap(), third);
    assert_eq!(journal_files(&dir), ["000000000001.age"]);
    assert_eq!(
        setting(&mut vault, "a").as_deref(),
        Some("1"),
        "the save before stays"
    );
    assert_eq!(setting(&mut vault, "b"), None);
    assert_eq!(setting(&mut vault, "c"), None);
    // Writable: the next save takes the free number, and the vault then opens normally.
    set_setting(&mut vault, "d", "4");
    assert_eq!(
        journal_files(&dir),
        ["000000000001.age", "000000000002.age"]
    );
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut vault, "d").as_deref(), Some("4"));
    assert_eq!(setting(&mut vault, "a").as_deref(), Some("1"));
    vault.lock().unwrap();
    assert!(
        folder.join("000000000003.age").is_file(),
        "locking never touches what was set aside"
    );
}

#[test]
fn rescue_handles_a_missing_record_and_leaves_a_healthy_vault_alone() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "a", "1");
    set_setting(&mut vault, "b", "2");
    set_setting(&mut vault, "c", "3");
    drop(vault);
    // Healthy: nothing to set aside, nothing moved.
    let (vault, set_aside) = Vault::unlock_rescuing(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(set_aside, None);
    assert_eq!(journal_files(&dir).len(), 3);
    assert!(!dir.join("index/set-aside").exists());
    drop(vault);

    fs::remove_file(journal_dir(&dir).join("000000000002.age")).unwrap();
    assert_eq!(unlock_error(&dir).code(), ErrorCode::DamagedSave);
    let (mut vault, set_aside) = Vault::unlock_rescuing(&dir, &secret(PASSPHRASE)).unwrap();
    let set_aside = set_aside.expect("the record after the gap was set aside");
    assert_eq!(
        set_aside.damaged,
        format!("{}/000000000002.age", journal_rel(&dir))
    );
    assert_eq!(
        set_aside.records, 1,
        "only the record after the gap exists to move"
    );
    assert!(dir
        .join(&set_aside.folder)
        .join("000000000003.age")
        .is_file());
    assert_eq!(setting(&mut vault, "a").as_deref(), Some("1"));
    assert_eq!(setting(&mut vault, "c"), None);
}

#[test]
fn rescue_cannot_open_without_the_snapshot() {
    let (_tmp, dir, _) = new_vault();
    let path = dir.join("index/snapshot.age");
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let err = Vault::unlock_rescuing(&dir, &secret(PASSPHRASE)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DamagedFile);
    assert!(err.user_message().contains("index/snapshot.age"));
}

#[test]
fn broken_swapped_journal_records() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "a", "1");
    set_setting(&mut vault, "b", "2");
    drop(vault);
    let j = journal_dir(&dir);
    fs::rename(j.join("000000000001.age"), j.join("tmp")).unwrap();
    fs::rename(j.join("000000000002.age"), j.join("000000000001.age")).unwrap();
    fs::rename(j.join("tmp"), j.join("000000000002.age")).unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::DamagedSave);
    assert!(err
        .user_message()
        .contains(&format!("{}/000000000001.age", journal_rel(&dir))));
}

#[test]
fn broken_missing_journal_record_in_the_middle() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    for k in ["a", "b", "c"] {
        set_setting(&mut vault, k, "1");
    }
    drop(vault);
    fs::remove_file(journal_dir(&dir).join("000000000002.age")).unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::DamagedSave);
    assert!(err
        .user_message()
        .contains(&format!("{}/000000000002.age", journal_rel(&dir))));
}

#[test]
fn broken_truncated_snapshot() {
    let (_tmp, dir, _) = new_vault();
    let path = dir.join("index/snapshot.age");
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() - 100]).unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::DamagedFile);
    assert!(err.user_message().contains("index/snapshot.age"));
}

#[test]
fn broken_snapshot_swapped_with_a_journal_record() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "a", "1");
    drop(vault);
    fs::copy(
        journal_dir(&dir).join("000000000001.age"),
        dir.join("index/snapshot.age"),
    )
    .unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::DamagedFile);
    assert!(err.user_message().contains("index/snapshot.age"));
}

#[test]
fn broken_missing_snapshot() {
    let (_tmp, dir, _) = new_vault();
    fs::remove_file(dir.join("index/snapshot.age")).unwrap();
    assert_eq!(unlock_error(&dir).code(), ErrorCode::MissingFile);
}

#[test]
fn broken_newer_index_schema_is_refused_and_left_untouched() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let newer = habeas_core::store::schema::LATEST + 1;
    vault
        .store()
        .write(|tx| tx.pragma_update(None, "user_version", newer))
        .unwrap();
    vault.store().compact().unwrap();
    drop(vault);
    let before = snapshot(&dir);
    assert_eq!(unlock_error(&dir).code(), ErrorCode::VaultTooNew);
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn records_left_by_an_interrupted_compaction_are_not_applied_twice() {
    let (tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "a", "1");
    let record = journal_dir(&dir).join("000000000001.age");
    let kept = tmp.path().join("kept.age");
    fs::copy(&record, &kept).unwrap();
    vault.store().compact().unwrap();
    drop(vault);
    // As if the process died after writing the snapshot, before deleting the record.
    fs::copy(&kept, &record).unwrap();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut vault, "a").as_deref(), Some("1"));
    assert!(
        journal_files(&dir).is_empty(),
        "the stale record was removed"
    );
}

#[test]
fn a_second_opener_is_refused_while_the_vault_is_open() {
    let (_tmp, dir, recovery) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::VaultInUse);
    assert_eq!(
        code(Vault::unlock_with_recovery_key(&dir, &recovery)),
        ErrorCode::VaultInUse
    );
    drop(vault);
    assert!(
        Vault::unlock(&dir, &secret(PASSPHRASE)).is_ok(),
        "released when locked"
    );
}

// ---- Crash harness. --------------------------------------------------------------------------

/// A child process (this test binary, re-run as `crash_child`) saves settings and imports files
/// in a loop and prints `ack N` after each acknowledged save, compacting now and then; the parent kills it
/// with SIGKILL at a random moment, reopens the vault, and checks that every acknowledged save is
/// there. 200 kills by default; `HABEAS_CRASH_KILLS=5000` for a longer soak.
#[test]
#[cfg(unix)]
fn crash_harness_kill_9_never_loses_an_acknowledged_save() {
    use std::io::Read;
    if let Some(dir) = std::env::var_os("HABEAS_CRASH_CHILD") {
        crash_child(Path::new(&dir));
        return;
    }
    let kills: u32 = std::env::var("HABEAS_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let (_tmp, dir, _) = new_vault();
    let mut seed: u64 = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos()
        .into();
    seed |= 1; // xorshift needs a non-zero state
    eprintln!("crash harness: {kills} kills, seed {seed}");
    let mut acked_max: u64 = 0;
    let mut killed_mid_work = 0;
    let mut imports_checked = 0;
    let mut verified = std::collections::HashSet::new();
    for round in 0..kills {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Start-up and unlock take ~150 ms on an idle machine, much longer on a loaded one;
        // then ~400 saves a second (each fsynced). One round in eight is killed at a random time
        // from the start (during start-up, unlock or the first saves); the others at a random
        // time after the child says it has unlocked, so that a busy machine (CI running other
        // tests) still kills mostly in the middle of saves and imports.
        let from_start = seed.is_multiple_of(8);
        let delay = if from_start {
            std::time::Duration::from_micros(100_000 + (seed >> 8) % 250_000)
        } else {
            std::time::Duration::from_micros((seed >> 8) % 500_000)
        };
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_harness_kill_9_never_loses_an_acknowledged_save",
                "--nocapture",
            ])
            .env("HABEAS_CRASH_CHILD", &dir)
            .env("HABEAS_CRASH_START", (acked_max + 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        if !from_start {
            // Blocks until the child has unlocked ("ready", after the test harness's own lines)
            // or died.
            let mut line = String::new();
            while std::io::BufRead::read_line(&mut stdout, &mut line).unwrap() > 0 {
                let ready = line.trim() == "ready";
                first.push_str(&line);
                line.clear();
                if ready {
                    break;
                }
            }
        }
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let mut out = first;
        stdout.read_to_string(&mut out).unwrap();
        let acks: Vec<u64> = out
            .lines()
            .filter_map(|l| l.strip_prefix("ack "))
            .map(|n| n.trim().parse().unwrap())
            .collect();
        if !acks.is_empty() {
            killed_mid_work += 1;
        }
        acked_max = acks
            .iter()
            .copied()
            .max()
            .unwrap_or(acked_max)
            .max(acked_max);

        let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE))
            .unwrap_or_else(|e| panic!("round {round}: the vault does not open: {e:?}"));
        let (count, max): (i64, Option<i64>) = vault
            .store()
            .read(|db| {
                db.query_row(
                    "SELECT count(*), max(CAST(substr(key, 7) AS INTEGER)) FROM settings
                     WHERE key LIKE 'crash-%'",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
            })
            .unwrap();
        let (count, max) = (count.unsigned_abs(), max.unwrap_or(0).unsigned_abs());
        assert!(
            max >= acked_max,
            "round {round}: acknowledged {acked_max}, found only {max}"
        );
        assert_eq!(
            count, max,
            "round {round}: every save 1..={max} is there, no gap"
        );
        // Every recorded import's blob is there and intact.
        let imports: Vec<String> = vault
            .store()
            .read(|db| {
                let mut stmt = db.prepare(
                    "SELECT value FROM settings WHERE key LIKE 'crash-%' AND value LIKE '% %'",
                )?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                rows.collect()
            })
            .unwrap();
        // Blobs are never rewritten: check the imports new since the last round.
        for record in imports.iter().filter(|r| verified.insert((*r).clone())) {
            verify_import(&vault, record, round);
        }
        imports_checked = imports.len();
        acked_max = max;
        drop(vault);
    }
    assert!(
        killed_mid_work > kills / 4,
        "the child was killed while saving in {killed_mid_work} rounds"
    );
    assert!(acked_max > 0);
    assert!(imports_checked > 0, "imports were part of the run");
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    for record in &verified {
        verify_import(&vault, record, kills);
    }
}

/// `record` is "<blob id> <sha256>": the blob must be there and hash to it.
fn verify_import(vault: &Vault, record: &str, round: u32) {
    let (id, sha) = record.split_once(' ').unwrap();
    let id = habeas_core::vault::BlobId::parse(id).unwrap();
    vault
        .verify_blob(&id, sha, &mut |_| true)
        .unwrap_or_else(|e| panic!("round {round}: import {record} lost: {e:?}"));
}

fn crash_child(dir: &Path) {
    use std::io::Write;
    let start: u64 = std::env::var("HABEAS_CRASH_START")
        .unwrap()
        .parse()
        .unwrap();
    let mut vault = Vault::unlock(dir, &secret(PASSPHRASE)).unwrap();
    let stdout = std::io::stdout();
    writeln!(stdout.lock(), "ready").unwrap();
    for n in start.. {
        if n % 4 == 0 {
            // An import: the blob, then one save recording its id and hash (as the evidence
            // locker will). Acknowledged once the save is.
            let contents = noise(100_000 + usize::try_from(n % 7).unwrap() * 70_000, n);
            let info = put(&vault, &contents);
            let record = format!("{} {}", info.id.as_str(), info.sha256);
            set_setting(&mut vault, &format!("crash-{n}"), &record);
        } else {
            set_setting(&mut vault, &format!("crash-{n}"), &format!("{n}"));
        }
        writeln!(stdout.lock(), "ack {n}").unwrap();
        if n % 16 == 0 {
            vault.store().compact().unwrap();
        }
    }
}

// ---- Blobs: evidence files. ------------------------------------------------------------------

/// Deterministic pseudo-random bytes (xorshift), so the tests need no extra crate.
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

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn put(vault: &Vault, bytes: &[u8]) -> habeas_core::vault::BlobInfo {
    vault.put_blob(&mut &bytes[..], &mut |_| true).unwrap()
}

#[test]
fn a_blob_round_trips_with_its_sha256_and_seeks() {
    use std::io::{Read, Seek, SeekFrom};
    let (_tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let original = noise(5 * 1024 * 1024 + 12_345, 42); // several age chunks, a partial last one
    let mut reports = Vec::new();
    let info = vault.put_blob(&mut &original[..], &mut |done| {
        reports.push(done);
        true
    });
    let info = info.unwrap();
    assert_eq!(info.size, original.len() as u64);
    assert_eq!(info.sha256, sha256_hex(&original));
    assert_eq!(
        reports.last().copied(),
        Some(original.len() as u64),
        "progress ends at 100 %"
    );
    assert!(
        reports.len() >= 2,
        "progress is reported along the way: {reports:?}"
    );

    // The file name says nothing: blobs/<2 hex>/<30 hex>.age.
    let rel = info.id.relative_path();
    assert!(rel.starts_with("blobs/") && rel.ends_with(".age") && rel.len() == 6 + 2 + 1 + 30 + 4);
    assert!(dir.join(&rel).is_file());

    let mut whole = Vec::new();
    vault
        .open_blob(&info.id)
        .unwrap()
        .read_to_end(&mut whole)
        .unwrap();
    assert_eq!(whole, original);

    // Seek to arbitrary places, across chunk boundaries.
    let mut reader = vault.open_blob(&info.id).unwrap();
    for offset in [0u64, 65_535, 65_536, 3_000_001, original.len() as u64 - 10] {
        reader.seek(SeekFrom::Start(offset)).unwrap();
        let mut buf = [0u8; 10];
        reader.read_exact(&mut buf).unwrap();
        let at = usize::try_from(offset).unwrap();
        assert_eq!(&buf[..], &original[at..at + 10], "at {offset}");
    }
    vault
        .verify_blob(&info.id, &info.sha256, &mut |_| true)
        .unwrap();
}

#[test]
fn an_empty_file_is_a_valid_blob() {
    let (_tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let info = put(&vault, b"");
    assert_eq!(info.size, 0);
    assert_eq!(
        info.sha256,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    vault
        .verify_blob(&info.id, &info.sha256, &mut |_| true)
        .unwrap();
}

#[test]
fn cancelling_an_import_leaves_nothing_behind() {
    let (_tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let before = walk(&dir).len();
    let big = noise(9 * 1024 * 1024, 7);
    let err = vault.put_blob(&mut &big[..], &mut |_| false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled);
    assert_eq!(walk(&dir).len(), before, "no blob, no temporary file");
}

#[test]
fn broken_blob_altered_deleted_or_swapped() {
    use std::io::Read;
    let (_tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let a = put(&vault, &noise(200_000, 1));
    let b = put(&vault, &noise(300_000, 2));

    // Swapped: both authenticate, the recorded hash tells them apart.
    let (pa, pb) = (
        dir.join(a.id.relative_path()),
        dir.join(b.id.relative_path()),
    );
    let (ca, cb) = (fs::read(&pa).unwrap(), fs::read(&pb).unwrap());
    fs::write(&pa, &cb).unwrap();
    let err = vault
        .verify_blob(&a.id, &a.sha256, &mut |_| true)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::DamagedFile);
    assert!(err.user_message().contains(&a.id.relative_path()));
    fs::write(&pa, &ca).unwrap();

    // Altered: one flipped bit in the middle of the payload.
    let mut bytes = cb.clone();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x04;
    fs::write(&pb, &bytes).unwrap();
    assert_eq!(
        vault
            .verify_blob(&b.id, &b.sha256, &mut |_| true)
            .unwrap_err()
            .code(),
        ErrorCode::DamagedFile
    );
    let mut reader = vault.open_blob(&b.id).unwrap();
    let mut sink = Vec::new();
    let read_err = reader.read_to_end(&mut sink).unwrap_err();
    assert_eq!(reader.explain(read_err).code(), ErrorCode::DamagedFile);

    // Deleted.
    fs::remove_file(&pb).unwrap();
    assert_eq!(
        vault.open_blob(&b.id).unwrap_err().code(),
        ErrorCode::MissingFile
    );
    // The other blob is unaffected.
    vault.verify_blob(&a.id, &a.sha256, &mut |_| true).unwrap();
}

/// Go age decrypts a blob with the identity unwrapped by the passphrase; Habeas reads a blob that
/// Go age encrypted to the vault's recipient.
#[test]
fn go_age_and_habeas_read_each_others_blobs() {
    use std::io::Read;
    let (tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let original = noise(1_000_000, 9);
    let info = put(&vault, &original);

    let identity = tmp.path().join("identity.txt");
    go_age_vault_identity(&dir, "keys/passphrase.age", PASSPHRASE, &identity);
    let out_path = tmp.path().join("out.bin");
    let out = Command::new("age")
        .args(["-d", "-i"])
        .arg(&identity)
        .arg("-o")
        .arg(&out_path)
        .arg(dir.join(info.id.relative_path()))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(fs::read(&out_path).unwrap(), original);

    let plain = tmp.path().join("from-go.txt");
    fs::write(&plain, "encrypted by Debian's Go age").unwrap();
    let id = habeas_core::vault::BlobId::parse("0123456789abcdef0123456789abcdef").unwrap();
    let target = dir.join(id.relative_path());
    fs::create_dir_all(target.parent().unwrap()).unwrap();
    let out = Command::new("age")
        .arg("-r")
        .arg(vault.recipient())
        .arg("-o")
        .arg(&target)
        .arg(&plain)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let mut text = String::new();
    vault
        .open_blob(&id)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text, "encrypted by Debian's Go age");
}

/// At every size where age's chunking or the import pipeline's pieces change — empty, one byte,
/// around a 64 KiB chunk, around the 1 MiB pieces handed between threads, whole pieces (where
/// the last chunk is full) — Debian's Go `age` and the `age` crate both decrypt a blob to the
/// very bytes, checking the header MAC, every tag and the last-chunk flag.
#[test]
fn blobs_of_every_boundary_size_decrypt_with_go_age_and_the_age_crate() {
    use std::io::Read;
    let (tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let identity_path = tmp.path().join("identity.txt");
    go_age_vault_identity(&dir, "keys/passphrase.age", PASSPHRASE, &identity_path);
    let identity: age::x25519::Identity = fs::read_to_string(&identity_path)
        .unwrap()
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap()
        .parse()
        .unwrap();
    const K: usize = 64 * 1024;
    const M: usize = 1024 * 1024;
    for size in [
        0,
        1,
        K - 1,
        K,
        K + 1,
        3 * K,
        M - 1,
        M,
        M + 1,
        2 * M,
        2 * M + K,
        3 * M - 7,
    ] {
        let original = noise(size, size as u64);
        let info = put(&vault, &original);
        let blob = dir.join(info.id.relative_path());
        let expected_len = size + 16 * size.div_ceil(K).max(1);
        let file_len = usize::try_from(fs::metadata(&blob).unwrap().len()).unwrap();
        assert!(
            file_len > expected_len && file_len < expected_len + 400,
            "{size}: {file_len} bytes for {expected_len} of payload and a header"
        );

        let out_path = tmp.path().join(format!("out-{size}"));
        let out = Command::new("age")
            .args(["-d", "-i"])
            .arg(&identity_path)
            .arg("-o")
            .arg(&out_path)
            .arg(&blob)
            .output()
            .unwrap();
        assert!(out.status.success(), "Go age, {size} bytes: {out:?}");
        // Go age creates its output lazily: nothing written, no file.
        let decrypted = fs::read(&out_path).unwrap_or_default();
        assert!(decrypted == original, "Go age, {size} bytes");

        let decryptor = age::Decryptor::new(fs::File::open(&blob).unwrap()).unwrap();
        let mut reader = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .unwrap();
        let mut whole = Vec::new();
        reader.read_to_end(&mut whole).unwrap();
        assert!(whole == original, "age crate, {size} bytes");
        assert_eq!(info.sha256, sha256_hex(&original), "{size} bytes");
    }
}

// ---- Settings. -------------------------------------------------------------------------------

#[test]
fn auto_lock_minutes_default_persist_and_are_bounded() {
    use habeas_core::settings::{auto_lock_minutes, set_auto_lock_minutes};
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(auto_lock_minutes(vault.store()).unwrap(), 10);
    set_auto_lock_minutes(vault.store(), 3).unwrap();
    for bad in [0, 481] {
        let err = set_auto_lock_minutes(vault.store(), bad).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
    }
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(auto_lock_minutes(vault.store()).unwrap(), 3);
    // A value out of range (written by hand or by a future version) reads as the default.
    set_setting(&mut vault, "auto_lock_minutes", "100000");
    assert_eq!(auto_lock_minutes(vault.store()).unwrap(), 10);
}

#[test]
fn date_order_follows_the_system_until_chosen_and_persists() {
    use habeas_core::settings::{date_order, set_date_order, DateOrder};
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(date_order(vault.store()).unwrap(), None);
    set_date_order(vault.store(), Some(DateOrder::DayMonthYear)).unwrap();
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        date_order(vault.store()).unwrap(),
        Some(DateOrder::DayMonthYear)
    );
    set_date_order(vault.store(), Some(DateOrder::YearMonthDay)).unwrap();
    assert_eq!(
        date_order(vault.store()).unwrap(),
        Some(DateOrder::YearMonthDay)
    );
    // Back to the system's order; a value this version does not know reads the same way.
    set_date_order(vault.store(), None).unwrap();
    assert_eq!(date_order(vault.store()).unwrap(), None);
    set_setting(&mut vault, "date_order", "week_first");
    assert_eq!(date_order(vault.store()).unwrap(), None);
}

#[test]
fn the_vault_language_is_unset_until_chosen_persists_and_is_not_on_disk_in_clear() {
    use habeas_core::locale::Language;
    use habeas_core::settings::{language, set_language};
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(language(vault.store()).unwrap(), None);
    set_language(vault.store(), Language::Ru).unwrap();
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(language(vault.store()).unwrap(), Some(Language::Ru));
    set_language(vault.store(), Language::Ar).unwrap();
    assert_eq!(language(vault.store()).unwrap(), Some(Language::Ar));
    // Like every setting, it is in the encrypted index: the key never appears on disk.
    drop(vault);
    assert!(canary_hits(&dir, "\"language\"").is_empty());
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    // A code this version does not know reads as unset.
    set_setting(&mut vault, "language", "tlh");
    assert_eq!(language(vault.store()).unwrap(), None);
}

#[test]
fn the_device_language_is_the_last_used_then_the_systems_then_english() {
    use habeas_core::locale::Language;
    use habeas_core::settings::{device_language, remember_device_language, DEVICE_LANGUAGE_FILE};
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config").join("habeas");
    // Nothing remembered: the system's tag decides.
    assert_eq!(device_language(&config, Some("es-MX")), Language::Es);
    remember_device_language(&config, Language::Ar).unwrap();
    assert_eq!(
        fs::read_to_string(config.join(DEVICE_LANGUAGE_FILE)).unwrap(),
        "ar"
    );
    assert_eq!(device_language(&config, Some("es-MX")), Language::Ar);
    remember_device_language(&config, Language::Fr).unwrap();
    assert_eq!(device_language(&config, None), Language::Fr);
    // A damaged file is ignored, never an error: the unlock screen must show.
    fs::write(config.join(DEVICE_LANGUAGE_FILE), "\u{0}garbage").unwrap();
    assert_eq!(device_language(&config, Some("ru_RU.UTF-8")), Language::Ru);
}

// ---- Canary scan: no plaintext on disk. ------------------------------------------------------

/// Occurrences of `needle` in every file under `root` (raw bytes, and UTF-16LE as some
/// platforms' caches store text).
fn canary_hits(root: &Path, needle: &str) -> Vec<PathBuf> {
    let utf16: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut hits = Vec::new();
    if !root.exists() {
        return hits;
    }
    for path in walk(root) {
        let bytes = fs::read(&path).unwrap_or_default();
        let found = |n: &[u8]| bytes.windows(n.len()).any(|w| w == n);
        if found(needle.as_bytes()) || found(&utf16) {
            hits.push(path);
        }
    }
    hits
}

/// A scripted session in a child process with its own TMPDIR: a value and an imported file
/// carrying canaries, edits, a backup, a lock. Then every file under the vault folder, the backup
/// folder and that TMPDIR is searched: zero hits.
#[test]
fn canary_scan_finds_no_plaintext_in_the_vault_or_temp() {
    if let Some(dir) = std::env::var_os("HABEAS_CANARY_CHILD") {
        canary_child(Path::new(&dir));
        return;
    }
    let (tmp, dir, _) = new_vault();
    let child_tmp = tmp.path().join("child-tmp");
    fs::create_dir(&child_tmp).unwrap();
    let status = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "canary_scan_finds_no_plaintext_in_the_vault_or_temp",
            "--nocapture",
        ])
        .env("HABEAS_CANARY_CHILD", &dir)
        .env("TMPDIR", &child_tmp)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    assert!(walk(&dir).len() >= 4, "the session wrote the vault");
    // The export the user cancelled left nothing, not even a partial file, where they chose.
    let dest = export_destination(&dir);
    assert_eq!(
        walk(&dest),
        Vec::<PathBuf>::new(),
        "a cancelled export leaves nothing"
    );
    let shared = shared_destination(&dir);
    assert_eq!(
        walk(&shared).len(),
        1,
        "the shared file, and nothing half-written"
    );
    let backup = backup_destination(&dir);
    assert!(walk(&backup).len() >= 6, "the session made a backup");
    for canary in [CANARY_NAME, CANARY_CONTENT, PASSPHRASE] {
        assert_eq!(
            canary_hits(&shared, canary),
            Vec::<PathBuf>::new(),
            "{canary} in the shared file"
        );
        assert_eq!(
            canary_hits(&backup, canary),
            Vec::<PathBuf>::new(),
            "{canary} in the backup folder"
        );
        assert_eq!(
            canary_hits(&dest, canary),
            Vec::<PathBuf>::new(),
            "{canary} where a cancelled export was going"
        );
        assert_eq!(
            canary_hits(&dir, canary),
            Vec::<PathBuf>::new(),
            "{canary} in the vault"
        );
        assert_eq!(
            canary_hits(&child_tmp, canary),
            Vec::<PathBuf>::new(),
            "{canary} in TMPDIR"
        );
    }
    // The scan itself can find what it looks for.
    fs::write(child_tmp.join("probe"), format!("x{CANARY_NAME}x")).unwrap();
    assert_eq!(canary_hits(&child_tmp, CANARY_NAME).len(), 1);
}

const CANARY_NAME: &str = "Canary-Zhukovskaya-7f3a";
const CANARY_CONTENT: &str = "CANARY-CONTENT-51c9e0";

/// Where the user writes a case shared with co-counsel (beside the vault folder, outside it).
fn shared_destination(vault_dir: &Path) -> PathBuf {
    vault_dir.parent().unwrap().join("shared")
}

/// Where the user points a decrypted export (beside the vault folder, outside it).
fn export_destination(vault_dir: &Path) -> PathBuf {
    vault_dir.parent().unwrap().join("export-destination")
}

fn canary_child(dir: &Path) {
    let mut vault = Vault::unlock(dir, &secret(PASSPHRASE)).unwrap();
    // An evidence file imported from a USB stick (outside the scan), then a decrypted export
    // that the user cancels part-way.
    {
        use habeas_core::evidence::intake::{self, OnDuplicate};
        let stick = dir.parent().unwrap().join("usb-stick");
        fs::create_dir_all(&stick).unwrap();
        let original = stick.join("statement.txt");
        // Over 8 MiB: progress is reported every 4 MiB, and the second report cancels.
        fs::write(&original, CANARY_CONTENT.repeat(500_000)).unwrap();
        let person = habeas_core::model::Person {
            name_latin: CANARY_NAME.into(),
            ..Default::default()
        };
        let case_id = habeas_core::store::cases::create_case(vault.store(), person)
            .unwrap()
            .id;
        let item = intake::import(
            &mut vault,
            &case_id,
            &original,
            Default::default(),
            OnDuplicate::Refuse,
            &mut |_| true,
        )
        .unwrap();
        let dest = export_destination(dir);
        fs::create_dir_all(&dest).unwrap();
        let mut calls = 0;
        let err = intake::export(
            &mut vault,
            &item.id,
            &dest.join("statement.txt"),
            false,
            &mut |_| {
                calls += 1;
                calls < 2
            },
        )
        .unwrap_err();
        assert_eq!(err.code(), ErrorCode::Cancelled);
        // The case shared with co-counsel (here the vault's own sharing identity): the file
        // as it travels holds neither the name nor the contents (issue 19.4).
        let own = habeas_core::sharing::identity_card(vault.store())
            .unwrap()
            .text;
        let shared = shared_destination(dir);
        fs::create_dir_all(&shared).unwrap();
        habeas_core::sharing::share(
            &mut vault,
            &habeas_core::sharing::ShareRequest {
                case_id: &case_id,
                to: &own,
                evidence: std::slice::from_ref(&item.id),
                filings: &[],
                out: &shared.join("case.habeas-share"),
            },
        )
        .unwrap();
    }
    set_setting(&mut vault, "client", &format!("\"{CANARY_NAME}\""));
    let contents = CANARY_CONTENT.repeat(10_000);
    let info = put(&vault, contents.as_bytes());
    set_setting(&mut vault, "client", &format!("\"{CANARY_NAME} (edited)\""));
    vault.store().compact().unwrap();
    set_setting(&mut vault, "note", &format!("\"{CANARY_NAME} again\""));
    vault
        .verify_blob(&info.id, &info.sha256, &mut |_| true)
        .unwrap();
    // A backup of all of it (issue 19): as encrypted as the vault.
    let report = vault
        .backup(&backup_destination(dir), &mut |_| true)
        .unwrap();
    assert_eq!(report.cases, 1);
    vault.lock().unwrap();
}

/// Where the user points backups (beside the vault folder, outside it).
fn backup_destination(vault_dir: &Path) -> PathBuf {
    vault_dir.parent().unwrap().join("backup-destination")
}

// ---- Remember on this device: a real gnome-keyring in a private D-Bus session. ---------------

/// The test re-runs itself inside `dbus-run-session` with a private HOME, where a fresh
/// gnome-keyring (Secret Service) is started and unlocked: the real user's keyring is never
/// reached, however the test is run.
#[test]
#[cfg(target_os = "linux")]
fn remember_on_this_device_with_a_real_gnome_keyring() {
    if let Some(dir) = std::env::var_os("HABEAS_KEYRING_CHILD") {
        keyring_child(Path::new(&dir));
        return;
    }
    for tool in ["dbus-run-session", "gnome-keyring-daemon"] {
        assert!(
            which(tool).is_some(),
            "{tool} is needed: apt-get install dbus gnome-keyring (make test does)"
        );
    }
    let (tmp, dir, _) = new_vault();
    let home = tmp.path().join("home");
    let runtime = home.join("run");
    fs::create_dir_all(&runtime).unwrap();
    fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .unwrap();
    let script = "eval \"$(printf habeas-test | gnome-keyring-daemon --unlock --components=secrets \
                  --daemonize)\" && export GNOME_KEYRING_CONTROL && \
                  exec \"$0\" --exact remember_on_this_device_with_a_real_gnome_keyring --nocapture";
    let out = Command::new("dbus-run-session")
        .args(["--", "sh", "-c", script])
        .arg(std::env::current_exe().unwrap())
        .env("HABEAS_KEYRING_CHILD", &dir)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("keyring steps: ok"),
        "keyring child failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The keyring's files are in the private HOME, and hold no vault secret in clear.
    assert!(
        home.join("data/keyrings").is_dir(),
        "gnome-keyring used the private HOME"
    );
}

fn device_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir.join("keys"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("device-"))
        .collect()
}

fn keyring_child(dir: &Path) {
    use std::io::Write;
    let vault = Vault::unlock(dir, &secret(PASSPHRASE)).unwrap();
    let recipient = vault.recipient();
    assert!(!vault.is_remembered_on_device(), "off by default");
    assert_eq!(code(Vault::unlock_with_device(dir)), ErrorCode::VaultInUse);
    vault.remember_on_device().unwrap();
    vault.remember_on_device().unwrap(); // again: still one device entry and one file
    assert!(vault.is_remembered_on_device());
    assert_eq!(device_files(dir).len(), 1);
    assert_eq!(not_owner_only(&dir.join("keys")), Vec::<String>::new());
    drop(vault);

    let vault = Vault::unlock_with_device(dir).unwrap();
    assert_eq!(
        vault.recipient(),
        recipient,
        "the keyring opened the same vault"
    );
    drop(vault);

    // A change of passphrase (here from a session the device key opened) rotates the identity:
    // this account's device key file is re-sealed to it, another account's is deleted.
    let foreign = dir.join("keys/device-0123456789abcdef.age");
    fs::write(&foreign, b"another account's device key file").unwrap();
    let mut vault = Vault::unlock_with_device(dir).unwrap();
    vault.check_passphrase(&secret(PASSPHRASE)).unwrap();
    let rotated = vault
        .change_passphrase(&secret("changed on a remembered device"))
        .unwrap();
    assert!(rotated.identity_rotated && rotated.finished, "{rotated:?}");
    let new_recipient = vault.recipient();
    assert_ne!(new_recipient, recipient);
    drop(vault);
    assert!(!foreign.exists());
    assert_eq!(device_files(dir).len(), 1);
    let vault = Vault::unlock_with_device(dir).unwrap();
    assert_eq!(vault.recipient(), new_recipient, "the device follows");
    drop(vault);
    // Another account's change of secret deletes this account's device key file: this device
    // then no longer remembers the vault (its keyring entry alone opens nothing).
    let mine = dir.join("keys").join(&device_files(dir)[0]);
    let aside = dir.join("device.aside");
    fs::rename(&mine, &aside).unwrap();
    assert_eq!(
        code(Vault::unlock_with_device(dir)),
        ErrorCode::NotRemembered
    );
    fs::rename(&aside, &mine).unwrap();
    let vault = Vault::unlock_with_device(dir).unwrap();
    vault.forget_device().unwrap();
    assert!(!vault.is_remembered_on_device());
    assert!(device_files(dir).is_empty(), "the device key file is gone");
    drop(vault);
    assert_eq!(
        code(Vault::unlock_with_device(dir)),
        ErrorCode::NotRemembered
    );
    assert!(
        Vault::unlock(dir, &secret("changed on a remembered device")).is_ok(),
        "the passphrase still works"
    );
    writeln!(std::io::stdout().lock(), "keyring steps: ok").unwrap();
}

// ---- The store refuses changes it could not keep. ---------------------------------------------

#[test]
fn reads_cannot_write_and_writes_cannot_change_the_schema() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    // A write slipped into a read would live in memory only: refused.
    let sneaky = vault
        .store()
        .read(|db| db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')", []));
    assert!(sneaky.is_err());
    assert_eq!(setting(&mut vault, "x"), None);
    // Reads still work afterwards, and so do writes.
    set_setting(&mut vault, "y", "2");
    assert_eq!(setting(&mut vault, "y").as_deref(), Some("2"));
    // Schema changes outside a migration would not be journaled: refused, rolled back.
    let ddl = vault
        .store()
        .write(|tx| tx.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
    assert_eq!(ddl.unwrap_err().code(), ErrorCode::InvalidInput);
    let tables: i64 = vault
        .store()
        .read(|db| {
            db.query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 't'",
                [],
                |r| r.get(0),
            )
        })
        .unwrap();
    assert_eq!(tables, 0);
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut vault, "y").as_deref(), Some("2"));
}

/// A long journal is folded into the snapshot by `compact_if_needed` (what the app runs in the
/// background after a command), and not before it is long: every save survives both ways.
#[test]
fn a_long_journal_is_compacted_when_needed_and_nothing_is_lost() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "first", "\"1\"");
    assert!(
        !vault.store().compact_if_needed().unwrap(),
        "one record is not worth a snapshot"
    );
    assert_eq!(journal_files(&dir).len(), 1);
    for i in 0..300 {
        set_setting(&mut vault, "counter", &i.to_string());
    }
    assert!(vault.store().needs_compaction());
    assert!(vault.store().compact_if_needed().unwrap());
    assert_eq!(vault.store().journal_len(), 0);
    assert_eq!(
        journal_files(&dir),
        Vec::<String>::new(),
        "folded records are removed"
    );
    set_setting(&mut vault, "after", "\"2\"");
    drop(vault);
    let mut reopened = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let read = |v: &mut Vault, key: &str| -> String {
        v.store()
            .read(|db| {
                db.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
            })
            .unwrap()
    };
    assert_eq!(read(&mut reopened, "first"), "\"1\"");
    assert_eq!(read(&mut reopened, "counter"), "299");
    assert_eq!(read(&mut reopened, "after"), "\"2\"");
}

// ---- A full disk and a read-only folder: a small tmpfs in a private mount namespace. ----------

/// The test re-runs itself under `unshare -rm` (a user and mount namespace of its own, where it
/// may mount), on a 4 MiB tmpfs that only it sees and that goes when it ends: no privilege on the
/// host, no real disk filled.
#[test]
#[cfg(target_os = "linux")]
fn a_full_disk_and_a_read_only_folder_get_their_codes_and_lose_nothing() {
    const NAME: &str = "a_full_disk_and_a_read_only_folder_get_their_codes_and_lose_nothing";
    if let Some(dir) = std::env::var_os("HABEAS_SMALL_DISK_CHILD") {
        small_disk_child(Path::new(&dir));
        return;
    }
    assert!(
        which("unshare").is_some(),
        "unshare is needed: apt-get install util-linux"
    );
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    fs::create_dir(&mnt).unwrap();
    let script = format!(
        "mount -t tmpfs -o size=4m habeas-test \"$1\" && exec \"$0\" --exact {NAME} --nocapture"
    );
    let out = Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .arg(std::env::current_exe().unwrap())
        .arg(&mnt)
        .env("HABEAS_SMALL_DISK_CHILD", &mnt)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("small disk: all checked"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(walk(&mnt).is_empty(), "nothing reached the real disk");
}

#[cfg(target_os = "linux")]
fn small_disk_child(mnt: &Path) {
    #![allow(clippy::print_stdout, reason = "tells the parent the checks ran")]
    let names = |dir: &Path| {
        let mut all: Vec<_> = walk(dir)
            .into_iter()
            .filter(|p| !p.ends_with("habeas.lock"))
            .collect();
        all.sort();
        all
    };
    let mounts = fs::read_to_string("/proc/self/mounts").unwrap();
    assert!(
        mounts.contains(&format!("habeas-test {} tmpfs", mnt.display())),
        "not on the small tmpfs: {mounts}"
    );
    let dir = mnt.join("vault");
    Vault::create(&dir, &secret(PASSPHRASE), cheap()).unwrap();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "before", "kept");
    let files = names(&dir);

    // An import larger than the free space: disk_full, and no partial blob is left.
    let big = noise(6 * 1024 * 1024, 11);
    let err = vault.put_blob(&mut &big[..], &mut |_| true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DiskFull, "{err:?}");
    assert_eq!(names(&dir), files, "no blob, no temporary file");

    // The disk filled by something else, then a save: disk_full, and the change is undone.
    let filler = mnt.join("filler");
    {
        use std::io::Write;
        let mut file = fs::File::create(&filler).unwrap();
        let zeros = vec![0u8; 64 * 1024];
        while file.write_all(&zeros).is_ok() {}
    }
    let err = vault
        .store()
        .write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('after', 'lost')",
                [],
            )
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::DiskFull, "{err:?}");
    assert!(
        err.user_message().contains("Free some space"),
        "{}",
        err.user_message()
    );
    assert_eq!(setting(&mut vault, "after"), None, "rolled back in memory");

    // Space again: saving works again, and the vault reopens with every acknowledged save.
    fs::remove_file(&filler).unwrap();
    set_setting(&mut vault, "later", "kept too");
    vault.lock().unwrap();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut vault, "before").as_deref(), Some("kept"));
    assert_eq!(setting(&mut vault, "after"), None);
    assert_eq!(setting(&mut vault, "later").as_deref(), Some("kept too"));

    // The folder read-only (a write-protected stick, a read-only mount): read_only at unlock,
    // which must write its instance lock; nothing changes; writable again, it opens as before.
    vault.lock().unwrap();
    let files = snapshot(&dir);
    let remount = |how: &str| {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{how}")])
            .arg(mnt)
            .status()
            .unwrap();
        assert!(status.success(), "remount {how}");
    };
    remount("ro");
    let err = unlock_error(&dir);
    assert_eq!(err.code(), ErrorCode::ReadOnly, "{err:?}");
    assert!(
        err.user_message().contains("read-only"),
        "{}",
        err.user_message()
    );
    remount("rw");
    assert_eq!(snapshot(&dir), files, "the refused unlock changed nothing");
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut vault, "later").as_deref(), Some("kept too"));
    println!("small disk: all checked");
}

// ---- Owner-only files (issue 16.6). ------------------------------------------------------------

/// Every file and folder under `root` (the folder itself included) whose mode is not `0600`
/// (files) or `0700` (folders), as "path: mode".
#[cfg(unix)]
fn not_owner_only(root: &Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    let mut out = Vec::new();
    let mode = |p: &Path| fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;
    if mode(root) != 0o700 {
        out.push(format!("{}: {:o}", root.display(), mode(root)));
    }
    for path in walk_all(root) {
        let expected = if path.is_dir() { 0o700 } else { 0o600 };
        if mode(&path) != expected {
            out.push(format!("{}: {:o}", path.display(), mode(&path)));
        }
    }
    out
}

/// Every file and folder under `dir`.
fn walk_all(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk_all(&path));
        }
        out.push(path);
    }
    out
}

/// Issue 16.6: whatever the umask, the vault's files are 0600 and its folders 0700 (a folder
/// chosen for the vault included), after creating, saving, importing evidence, exporting it
/// (the decrypted copy too), preparing a recovery key and rescuing a damaged save. A file left
/// readable (as an earlier version made them) is what `exposure` reports.
#[cfg(unix)]
#[test]
fn every_file_the_vault_and_its_exports_write_is_owner_only() {
    use habeas_core::evidence::intake::{self, OnDuplicate};
    use habeas_core::evidence::Details;
    use habeas_core::store::cases;
    use std::os::unix::fs::PermissionsExt;

    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    // The user made the folder first, with the usual 0755.
    fs::create_dir(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    let created = Vault::create(&dir, &secret(PASSPHRASE), cheap()).unwrap();
    let mut vault = created.vault;
    assert_eq!(not_owner_only(&dir), Vec::<String>::new(), "after creation");

    set_setting(&mut vault, "a", "1");
    let person = habeas_core::model::Person {
        name_latin: "Olga Petrova".into(),
        ..habeas_core::model::Person::default()
    };
    let case_id = cases::create_case(vault.store(), person).unwrap().id;
    let original = tmp.path().join("photo.jpg");
    fs::write(&original, b"\xFF\xD8\xFF\xE0 evidence bytes").unwrap();
    fs::set_permissions(&original, fs::Permissions::from_mode(0o644)).unwrap();
    let item = intake::import(
        &mut vault,
        &case_id,
        &original,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    let exports = tmp.path().join("Downloads");
    fs::create_dir(&exports).unwrap();
    let copy = exports.join("photo.jpg");
    intake::export(&mut vault, &item.id, &copy, false, &mut |_| true).unwrap();
    assert_eq!(
        fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600,
        "the decrypted copy is the owner's only"
    );
    // Replacing an export keeps it private too.
    intake::export(&mut vault, &item.id, &copy, true, &mut |_| true).unwrap();
    assert_eq!(
        fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let _pending = vault.prepare_recovery_key().unwrap();
    set_setting(&mut vault, "b", "2");
    drop(vault);
    damage_second_save(&dir);
    let (vault, set_aside) = Vault::unlock_rescuing(&dir, &secret(PASSPHRASE)).unwrap();
    assert!(set_aside.is_some());
    drop(vault);

    let names: Vec<String> = walk_all(&dir)
        .iter()
        .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
        .collect();
    for expected in [
        "blobs",
        "index/devices",
        "index/set-aside",
        "keys/recovery.pending.age",
    ] {
        assert!(
            names.iter().any(|n| n.starts_with(expected)),
            "{expected} was written: {names:?}"
        );
    }
    assert_eq!(not_owner_only(&dir), Vec::<String>::new(), "after use");
    let seen = habeas_core::vault::exposure(&dir);
    assert!(
        seen.as_ref().is_none_or(|e| e.open_inside.is_empty()),
        "{seen:?}"
    );

    // A file left readable by others (an earlier Habeas made them 0644) is reported.
    fs::set_permissions(
        dir.join("keys/passphrase.age"),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let seen = habeas_core::vault::exposure(&dir).expect("reported");
    assert_eq!(seen.open_inside, ["keys/passphrase.age"]);
}

// ---- Issue 16.5: forgery by someone who knows only the vault's public recipient. -----------

/// Encrypts `plaintext` to `recipient` with the stock age crate: all that someone who read the
/// recipient (`vault init --json` prints it) and can write to the folder needs.
fn seal_to(recipient: &str, plaintext: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let recipient: age::x25519::Recipient = recipient.parse().unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    out
}

/// A real SQLite session changeset setting `key` in the table `settings`, made apart from any
/// vault: what a forger would put in a journal record.
fn forged_changeset(key: &str, value: &str) -> Vec<u8> {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
        .unwrap();
    let mut session = rusqlite::session::Session::new(&conn).unwrap();
    session.attach(None::<&str>).unwrap();
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)",
        [key, value],
    )
    .unwrap();
    let mut changeset = Vec::new();
    session.changeset_strm(&mut changeset).unwrap();
    assert!(!changeset.is_empty());
    changeset
}

/// Journal record `seq` as format 2 wrote it (`habeas-journal-v1`, no tag), or in format 3's
/// layout with a made-up tag: both sealed with only the public recipient.
fn forged_record(recipient: &str, seq: u64, changeset: &[u8], with_made_up_tag: bool) -> Vec<u8> {
    let magic: &[u8] = if with_made_up_tag {
        b"habeas-journal-v2\n"
    } else {
        b"habeas-journal-v1\n"
    };
    let mut plaintext = magic.to_vec();
    plaintext.extend_from_slice(&seq.to_be_bytes());
    plaintext.extend_from_slice(changeset);
    if with_made_up_tag {
        plaintext.extend_from_slice(&[0x5a; 32]);
    }
    seal_to(recipient, &plaintext)
}

/// A vault with one save in its journal (record 1), and its recipient.
fn vault_with_one_save() -> (tempfile::TempDir, PathBuf, String) {
    let (tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "deadline", "\"2026-12-01\"");
    let recipient = vault.recipient();
    drop(vault); // not lock(): the save stays in the journal
    assert_eq!(journal_files(&dir), ["000000000001.age"]);
    (tmp, dir, recipient)
}

#[test]
fn broken_journal_record_forged_with_only_the_recipient_is_refused_by_name() {
    for with_made_up_tag in [false, true] {
        let (_tmp, dir, recipient) = vault_with_one_save();
        let record = forged_record(
            &recipient,
            2,
            &forged_changeset("deadline-moved", "\"2027-06-01\""),
            with_made_up_tag,
        );
        fs::write(journal_dir(&dir).join("000000000002.age"), record).unwrap();
        let err = unlock_error(&dir);
        assert_eq!(err.code(), ErrorCode::ForgedSave, "{err:?}");
        assert!(
            err.user_message()
                .contains(&format!("{}/000000000002.age", journal_rel(&dir))),
            "{}",
            err.user_message()
        );
        // Setting vault.json back to format 2 does not make Habeas read untagged records: the
        // sealed identity says the index is authenticated.
        edit_vault_json(&dir, |json| json["version"] = serde_json::json!(2));
        assert_eq!(unlock_error(&dir).code(), ErrorCode::ForgedSave);
    }
}

/// The rescue path of a forged record is that of a damaged one: it is set aside, unread, and
/// the vault opens as it was before it, without the forged change.
#[test]
fn rescue_sets_a_forged_record_aside_and_opens_without_its_change() {
    let (_tmp, dir, recipient) = vault_with_one_save();
    let record = forged_record(
        &recipient,
        2,
        &forged_changeset("deadline-moved", "\"2027-06-01\""),
        false,
    );
    fs::write(journal_dir(&dir).join("000000000002.age"), &record).unwrap();
    let (mut vault, set_aside) = Vault::unlock_rescuing(&dir, &secret(PASSPHRASE)).unwrap();
    let set_aside = set_aside.expect("the forged record was set aside");
    assert_eq!(
        set_aside.damaged,
        format!("{}/000000000002.age", journal_rel(&dir))
    );
    assert_eq!(set_aside.records, 1);
    assert_eq!(
        fs::read(dir.join(&set_aside.folder).join("000000000002.age")).unwrap(),
        record
    );
    assert_eq!(setting(&mut vault, "deadline-moved"), None);
    assert_eq!(
        setting(&mut vault, "deadline").as_deref(),
        Some("\"2026-12-01\"")
    );
    drop(vault);
    Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
}

/// Without the tag check the forged record above would apply: a format-2 vault, not yet
/// migrated, still reads untagged records (what this test proves the check is for).
#[test]
fn a_format_2_vault_still_reads_an_untagged_record_before_its_migration() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault-v2");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/vault-v2"),
        &dir,
    );
    let recipient = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/vault-v2.recipient"),
    )
    .unwrap();
    let last = legacy_journal_files(&dir).last().unwrap().clone();
    let seq: u64 = last.trim_end_matches(".age").parse().unwrap();
    let changeset = forged_changeset("deadline-moved", "\"2027-06-01\"");
    fs::write(
        dir.join("index/journal")
            .join(format!("{:012}.age", seq + 1)),
        forged_record(recipient.trim(), seq + 1, &changeset, false),
    )
    .unwrap();
    let passphrase = secret("golden fixture passphrase");
    let mut vault = Vault::unlock(&dir, &passphrase).unwrap();
    assert_eq!(
        setting(&mut vault, "deadline-moved").as_deref(),
        Some("\"2027-06-01\"")
    );
    drop(vault);
    // Migrated by that unlock (its journal folded into a tagged snapshot): the same forgery,
    // as the next record, is now refused.
    assert!(legacy_journal_files(&dir).is_empty());
    fs::write(
        dir.join("index/journal")
            .join(format!("{:012}.age", seq + 2)),
        forged_record(recipient.trim(), seq + 2, &changeset, false),
    )
    .unwrap();
    assert_eq!(
        Vault::unlock(&dir, &passphrase).unwrap_err().code(),
        ErrorCode::ForgedSave
    );
}

#[test]
fn broken_snapshot_forged_with_only_the_recipient_is_refused_by_name() {
    // A whole SQLite database of the forger's making, with and without a made-up trailer.
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE habeas_index (key TEXT PRIMARY KEY, value INTEGER);
         INSERT INTO habeas_index VALUES ('journal_folded', 0);
         CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
         INSERT INTO settings VALUES ('deadline', '\"2027-06-01\"');",
    )
    .unwrap();
    let image = conn.serialize(rusqlite::MAIN_DB).unwrap().to_vec();
    let mut with_trailer = image.clone();
    with_trailer.extend_from_slice(b"\nhabeas-index-mac-v1\n");
    with_trailer.extend_from_slice(&[0x5a; 32]);
    for plaintext in [image, with_trailer] {
        let (_tmp, dir, recipient) = vault_with_one_save();
        fs::write(
            dir.join("index/snapshot.age"),
            seal_to(&recipient, &plaintext),
        )
        .unwrap();
        let err = unlock_error(&dir);
        assert_eq!(err.code(), ErrorCode::ForgedFile, "{err:?}");
        assert!(
            err.user_message().contains("index/snapshot.age"),
            "{}",
            err.user_message()
        );
    }
}

/// An evidence record opens only its own blob (issue 16.5): another item's blob copied over
/// it, or a file of the forger's making sealed to the recipient, is refused before a byte is
/// read; a record without a commitment (older) falls back to its SHA-256.
#[test]
fn broken_swapped_blob_is_refused_for_preview() {
    use habeas_core::model::evidence::Evidence;
    use std::io::Read;
    let (_tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let first = put(&vault, b"the arrest warrant, page 1");
    let second = put(&vault, b"a photo the forger wants shown instead");
    let record = |info: &habeas_core::vault::BlobInfo, bound: bool| Evidence {
        id: "evidence-0000000000000001".into(),
        blob: info.id.as_str().to_owned(),
        size: info.size,
        sha256: info.sha256.clone(),
        blob_key: bound.then(|| info.key_commitment.clone()),
        ..Evidence::default()
    };
    let mut plain = Vec::new();
    vault
        .open_evidence_blob(&record(&first, true))
        .unwrap()
        .read_to_end(&mut plain)
        .unwrap();
    assert_eq!(plain, b"the arrest warrant, page 1");

    let first_path = dir.join(first.id.relative_path());
    let original = fs::read(&first_path).unwrap();
    let swaps = [
        fs::read(dir.join(second.id.relative_path())).unwrap(),
        seal_to(
            &vault.recipient(),
            b"made by someone with only the recipient",
        ),
    ];
    for swapped in swaps {
        fs::write(&first_path, &swapped).unwrap();
        for bound in [true, false] {
            let err = vault
                .open_evidence_blob(&record(&first, bound))
                .expect_err("a blob put in the record's place must not open");
            assert_eq!(err.code(), ErrorCode::DamagedFile, "bound {bound}: {err:?}");
        }
    }
    fs::write(&first_path, &original).unwrap();
    assert!(vault.open_evidence_blob(&record(&first, false)).is_ok());
}

// ---- Durability (issue 16, "Also"). ------------------------------------------------------------

/// A save reported as failed does not come back at the next opening, even when only the
/// folder flush after the rename failed (the record file was already in place). The failure is
/// injected through the explicit test hook; the default path is untouched.
#[test]
fn a_save_reported_failed_after_a_folder_flush_error_does_not_come_back() {
    let (_tmp, dir, _) = new_vault();
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut vault, "kept", "1");
    habeas_core::files::fail_next_directory_sync_on_this_thread();
    let failed = vault.store().write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('reported-failed', '2')",
            [],
        )
    });
    assert!(failed.is_err(), "the injected flush failure is reported");
    assert_eq!(setting(&mut vault, "reported-failed"), None, "rolled back");
    assert_eq!(journal_files(&dir), ["000000000001.age"], "no record left");
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut vault, "kept").as_deref(), Some("1"));
    assert_eq!(setting(&mut vault, "reported-failed"), None);
    // The next save takes the number again and is kept.
    set_setting(&mut vault, "after", "3");
    drop(vault);
    let mut vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut vault, "after").as_deref(), Some("3"));
}

/// A `kill -9` during an import leaves a partial blob file (`blobs/<xx>/.<…>.tmp`, ciphertext):
/// `vault verify` names it and removes it. A file this session is writing is not touched.
#[test]
fn verify_lists_and_removes_partial_blobs_a_killed_import_left() {
    let (_tmp, dir, _) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let kept = put(&vault, b"a whole blob");
    drop(vault);
    // What a killed import leaves: its temporary file, beside the blobs.
    let folder = dir.join("blobs/ab");
    fs::create_dir_all(&folder).unwrap();
    let partial = folder.join(".cdef0123456789abcdef0123456789.tmp");
    fs::write(&partial, b"age-encryption.org/v1\n-> X25519 cut short").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));

    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    // One this session is writing now (newer than the unlock) stays.
    let in_flight = folder.join(".0123456789abcdef0123456789abcd.tmp");
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&in_flight, b"being written").unwrap();
    let report = vault.verify(&secret(PASSPHRASE)).unwrap();
    assert_eq!(
        report.removed_leftovers,
        ["blobs/ab/.cdef0123456789abcdef0123456789.tmp"]
    );
    assert!(!partial.exists());
    assert!(in_flight.exists());
    assert!(
        dir.join(kept.id.relative_path()).exists(),
        "a whole blob stays"
    );
    assert!(vault
        .verify(&secret(PASSPHRASE))
        .unwrap()
        .removed_leftovers
        .is_empty());
}

// ---- Several devices (format 4, issue 20). ---------------------------------------------------

/// What a file-sync engine does once two copies of a folder meet again: each file present on
/// one side only is copied over, and of a file on both sides the newer replaces the older (the
/// snapshot each device rewrites; every other file is written once). `only` limits the copy to
/// the files whose relative path passes it (a half-finished transfer).
fn sync_into(from: &Path, to: &Path, only: &dyn Fn(&str) -> bool) {
    for path in walk(from) {
        let rel = path.strip_prefix(from).unwrap();
        let name = rel.to_string_lossy();
        if name == "habeas.lock" || !only(&name) {
            continue;
        }
        let target = to.join(rel);
        let newer = fs::metadata(&target).map_or(true, |t| {
            fs::metadata(&path).unwrap().modified().unwrap() > t.modified().unwrap()
                && fs::read(&target).unwrap() != fs::read(&path).unwrap()
        });
        if newer {
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::copy(&path, &target).unwrap();
        }
    }
}

fn meet(a: &Path, b: &Path) {
    sync_into(a, b, &|_| true);
    sync_into(b, a, &|_| true);
}

/// Everything a device shows: every setting, every case as its document, and the audit chain.
fn state(dir: &Path) -> (Vec<(String, String)>, Vec<serde_json::Value>, usize) {
    use habeas_core::store::{audit, cases};
    let mut vault = Vault::unlock(dir, &secret(PASSPHRASE)).unwrap();
    let settings = vault
        .store()
        .read(|db| {
            let mut s = db.prepare("SELECT key, value FROM settings ORDER BY key")?;
            let rows = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<Vec<_>, _>>()
        })
        .unwrap();
    let mut docs: Vec<serde_json::Value> = cases::list_cases(vault.store())
        .unwrap()
        .iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect();
    docs.sort_by_key(|d| d["id"].to_string());
    assert_eq!(
        audit::verify(vault.store()).unwrap(),
        None,
        "the chain holds"
    );
    let (entries, _) = audit::chain(vault.store()).unwrap();
    vault.verify(&secret(PASSPHRASE)).unwrap();
    vault.lock().unwrap();
    (settings, docs, entries.len())
}

/// Two copies of one vault, each written while apart, converge once their files meet: every
/// save of both is on both, the same, whichever opens first, with one whole audit chain; edits
/// of different fields of one case both stay.
#[test]
fn two_devices_saving_while_apart_converge_when_their_files_meet() {
    use habeas_core::model::Person;
    use habeas_core::store::cases;
    let (tmp, a, _) = new_vault();
    let mut vault = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    let case = cases::create_case(
        vault.store(),
        Person {
            name_latin: "Amina Haddad".into(),
            ..Person::default()
        },
    )
    .unwrap();
    vault.lock().unwrap();
    let b = tmp.path().join("vault-b");
    copy_dir(&a, &b);

    // Apart: A edits the notes and saves a setting, B the name and another setting.
    let mut on_a = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    let mut edited = cases::get_case(on_a.store(), &case.id).unwrap();
    edited.notes = "written on A".into();
    cases::update_case(on_a.store(), edited).unwrap();
    set_setting(&mut on_a, "from-a", "1");
    on_a.lock().unwrap();
    let mut on_b = Vault::unlock(&b, &secret(PASSPHRASE)).unwrap();
    let mut edited = cases::get_case(on_b.store(), &case.id).unwrap();
    edited.person.name_latin = "Amina Haddad-Yilmaz".into();
    cases::update_case(on_b.store(), edited).unwrap();
    set_setting(&mut on_b, "from-b", "2");
    set_setting(&mut on_b, "from-b-too", "3");
    on_b.lock().unwrap();
    let devices = |dir: &Path| fs::read_dir(dir.join("index/devices")).unwrap().count();
    // B's copy came with A's folder (A saved the case before the copy); B added its own.
    assert_eq!((devices(&a), devices(&b)), (1, 2));

    meet(&a, &b);
    assert_eq!(devices(&a), 2);
    let (on_a, on_b) = (state(&a), state(&b));
    assert_eq!(on_a, on_b, "both devices show the same");
    let (settings, docs, audit_entries) = on_a;
    for key in ["from-a", "from-b", "from-b-too"] {
        assert!(settings.iter().any(|(k, _)| k == key), "{key} is lost");
    }
    assert_eq!(docs[0]["notes"], "written on A");
    assert_eq!(docs[0]["person"]["name_latin"], "Amina Haddad-Yilmaz");
    assert!(
        audit_entries >= 3,
        "creation and both edits are in the chain"
    );

    // Each lock acknowledged the other's saves: once both snapshots hold a device's records,
    // that device deletes them, and never the other's.
    meet(&a, &b);
    let _ = (state(&a), state(&b));
    meet(&a, &b);
    assert_eq!(state(&a), state(&b));
}

/// Files arriving partly and in any order: a record whose predecessor has not arrived waits
/// (the vault opens as it was), and applies once it has.
#[test]
fn a_record_that_arrives_before_its_predecessor_waits_for_it() {
    let (tmp, a, _) = new_vault();
    let b = tmp.path().join("vault-b");
    copy_dir(&a, &b);
    let mut on_a = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut on_a, "first", "1");
    set_setting(&mut on_a, "second", "2");
    drop(on_a); // no lock: both saves are only in A's journal
    sync_into(&a, &b, &|name| name.ends_with("000000000002.age"));
    let mut on_b = Vault::unlock(&b, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut on_b, "second"), None, "waits for the first");
    assert_eq!(on_b.store().waiting_records(), 1);
    drop(on_b);
    sync_into(&a, &b, &|_| true);
    let mut on_b = Vault::unlock(&b, &secret(PASSPHRASE)).unwrap();
    assert_eq!(setting(&mut on_b, "first").as_deref(), Some("1"));
    assert_eq!(setting(&mut on_b, "second").as_deref(), Some("2"));
    assert_eq!(on_b.store().waiting_records(), 0);
}

/// A device deletes only its own records, and only once every other device's snapshot holds
/// them: a device that has not seen them yet can still open from its own snapshot.
#[test]
fn compaction_keeps_a_devices_records_until_every_other_device_holds_them() {
    let (tmp, a, _) = new_vault();
    let b = tmp.path().join("vault-b");
    copy_dir(&a, &b);
    let mut on_b = Vault::unlock(&b, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut on_b, "b-was-here", "1");
    on_b.lock().unwrap();
    meet(&a, &b); // A now knows B (and B's snapshot)
    let mut on_a = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut on_a, "from-a", "1");
    on_a.lock().unwrap();
    let records = |dir: &Path| -> usize {
        walk(&dir.join("index/devices"))
            .iter()
            .filter(|p| p.parent().unwrap().ends_with("journal"))
            .count()
    };
    // B's snapshot does not hold A's save yet: A keeps it.
    assert_eq!(records(&a), 1, "A's record is kept for B");
    meet(&a, &b);
    assert_eq!(state(&b).0.iter().filter(|(k, _)| k == "from-a").count(), 1);
    meet(&a, &b);
    let _ = state(&a); // A sees B's snapshot holding its record, and deletes it
    assert_eq!(records(&a), 0, "{:?}", walk(&a.join("index/devices")));
    // B, having lost nothing, still opens with everything.
    meet(&a, &b);
    assert_eq!(state(&a), state(&b));
}

/// Each device that saves is listed on every device once their files meet (issue 20.3): its
/// id, the name it recorded inside the vault, how many saves of it are here and when it made
/// the latest; and, for the other device, when this one first saw its latest changes.
#[test]
fn every_device_lists_the_devices_that_saved_with_their_names_and_times() {
    let (tmp, a, _) = new_vault();
    let before = habeas_core::store::devices_clock_now_ms();
    let mut on_a = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut on_a, "from-a", "1");
    let listed = on_a.devices().unwrap();
    assert_eq!(listed.len(), 1, "only A has saved: {listed:?}");
    let me_a = listed[0].clone();
    assert!(me_a.this_device && me_a.name.is_some() && me_a.last_seen_ms.is_none());
    assert_eq!(me_a.saves, 1, "its name went with the setting: {me_a:?}");
    assert!(me_a.last_save_ms.is_some_and(|ms| ms >= before));
    on_a.lock().unwrap();
    // B is a copy made once A had saved (see `first_saves_made_apart_on_two_copies_both_arrive`).
    let b = tmp.path().join("vault-b");
    copy_dir(&a, &b);
    let b_opened = habeas_core::store::devices_clock_now_ms();
    let mut on_b = Vault::unlock(&b, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut on_b, "from-b", "2");
    let me_b = on_b.devices().unwrap()[0].clone();
    assert!(me_b.this_device);
    assert_ne!(me_b.id, me_a.id, "two copies are two devices");
    on_b.lock().unwrap();

    meet(&a, &b);
    let seen_from = habeas_core::store::devices_clock_now_ms();
    let on_a = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    let from_a = on_a.devices().unwrap();
    on_a.lock().unwrap();
    let on_b = Vault::unlock(&b, &secret(PASSPHRASE)).unwrap();
    let from_b = on_b.devices().unwrap();
    on_b.lock().unwrap();
    // A saw B's save at this opening; B saw A's at its first (the copy held it).
    let seen = [seen_from..=u64::MAX, b_opened..=seen_from];
    for ((listed, me, other), seen) in [(&from_a, &me_a, &me_b), (&from_b, &me_b, &me_a)]
        .into_iter()
        .zip(seen)
    {
        assert_eq!(listed.len(), 2, "{listed:?}");
        assert_eq!(listed[0].id, me.id, "this device first");
        assert!(listed[0].this_device && !listed[1].this_device);
        let theirs = &listed[1];
        assert_eq!(theirs.id, other.id);
        assert_eq!(theirs.name, other.name, "its name came in its records");
        assert_eq!(theirs.saves, other.saves);
        assert_eq!(theirs.last_save_ms, other.last_save_ms);
        assert!(
            theirs.last_seen_ms.is_some_and(|ms| seen.contains(&ms)),
            "when it was seen: {theirs:?}, {seen:?}"
        );
    }

    // Kept across a lock (in this device's snapshot): seen once, not again at every opening.
    let on_a = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    assert_eq!(on_a.devices().unwrap(), from_a);
    on_a.lock().unwrap();
}

/// Two copies of a new vault whose first saves are both made while apart: neither knew the
/// other when it locked, and neither may delete the records the other has not seen, or the
/// other's snapshot alone could never bring them (each device's saves stay on both).
///
/// Fails today (format 4 as landed): each copy, alone in its folder when it locks, deletes its
/// folded records; once the files meet neither snapshot holds the other's save, and the one
/// not chosen as base is lost. Keeping a lone device's records fixes it but stops a
/// single-device vault from ever compacting its journal: the lead's call.
#[test]
#[ignore = "known loss of a save (issue 20.1): first saves of two copies made apart"]
fn first_saves_made_apart_on_two_copies_both_arrive() {
    let (tmp, a, _) = new_vault();
    let b = tmp.path().join("vault-b");
    copy_dir(&a, &b);
    let mut on_a = Vault::unlock(&a, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut on_a, "from-a", "1");
    on_a.lock().unwrap();
    let mut on_b = Vault::unlock(&b, &secret(PASSPHRASE)).unwrap();
    set_setting(&mut on_b, "from-b", "2");
    on_b.lock().unwrap();
    meet(&a, &b);
    for dir in [&a, &b] {
        let mut vault = Vault::unlock(dir, &secret(PASSPHRASE)).unwrap();
        assert_eq!(setting(&mut vault, "from-a").as_deref(), Some("1"));
        assert_eq!(setting(&mut vault, "from-b").as_deref(), Some("2"));
        assert_eq!(vault.store().waiting_records(), 0);
        vault.lock().unwrap();
    }
    meet(&a, &b);
    assert_eq!(state(&a), state(&b));
}
