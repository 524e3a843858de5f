//! The vault's folder and keys, through the public API, on real files.
//!
//! Every test uses a cheap scrypt work factor through the explicit test option
//! (`WorkFactor::insecure_for_tests`); the default stays pinned (checked below).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use age::secrecy::SecretString;
use habeas_core::vault::{CreateOptions, RecoveryKey, Vault, WorkFactor, FORMAT_VERSION};
use habeas_core::{Error, ErrorCode};

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

#[test]
fn create_then_unlock_with_passphrase_and_recovery_key() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = Vault::create(&dir, &secret(PASSPHRASE), cheap()).unwrap();
    let recipient = created.vault.recipient();
    assert!(recipient.starts_with("age1"));

    let by_passphrase = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(by_passphrase.recipient(), recipient);
    assert_eq!(by_passphrase.id(), created.vault.id());

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
        ["keys/passphrase.age", "keys/recovery.age", "vault.json"]
    );
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("vault.json")).unwrap()).unwrap();
    assert_eq!(json["format"], "habeas-vault");
    assert_eq!(json["version"], FORMAT_VERSION);
    assert_eq!(json["kdf"]["algorithm"], "scrypt");
    assert_eq!(json["kdf"]["log_n"], 4);
    assert_eq!(
        json.as_object().unwrap().len(),
        4,
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
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    vault
        .change_passphrase(&secret("a completely new passphrase"))
        .unwrap();
    assert_eq!(
        code(Vault::unlock(&dir, &secret(PASSPHRASE))),
        ErrorCode::WrongPassphrase
    );
    let reopened = Vault::unlock(&dir, &secret("a completely new passphrase")).unwrap();
    assert_eq!(reopened.recipient(), vault.recipient());
    // The recovery key still opens it, and can set yet another passphrase.
    let recovered = Vault::unlock_with_recovery_key(&dir, &recovery).unwrap();
    recovered
        .change_passphrase(&secret("after recovery 2026"))
        .unwrap();
    assert!(Vault::unlock(&dir, &secret("after recovery 2026")).is_ok());
    // No temporary file is left behind.
    assert_eq!(walk(&dir).len(), 3);
}

#[test]
fn a_too_short_passphrase_is_refused_before_anything_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let err = Vault::create(&dir, &secret("short"), cheap()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(!dir.exists());
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
    assert_eq!(vault.verify(&secret(PASSPHRASE)).unwrap().checked.len(), 2);
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

/// `tests/fixtures/vault-v1-keys/` was made by this code at format v1 with work factor 4,
/// passphrase "golden fixture passphrase" and the recovery key below. It must always open.
#[test]
fn golden_fixture_v1_opens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/vault-v1-keys");
    let vault = Vault::unlock(&dir, &secret("golden fixture passphrase")).expect("fixture opens");
    assert_eq!(
        vault.recipient(),
        fs::read_to_string(dir.join("../vault-v1-keys.recipient"))
            .unwrap()
            .trim()
    );
    let key = RecoveryKey::parse(
        fs::read_to_string(dir.join("../vault-v1-keys.recovery"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    assert_eq!(
        Vault::unlock_with_recovery_key(&dir, &key)
            .unwrap()
            .recipient(),
        vault.recipient()
    );
}

// ---- Interop with Debian's Go age. ---------------------------------------------------------

/// The stock `age` tool (Go, Debian's package) opens a key file with the passphrase, and the
/// identity inside is this vault's: `age-keygen -y` gives the same recipient.
#[test]
fn go_age_opens_the_key_files() {
    let (tmp, dir, recovery) = new_vault();
    let vault = Vault::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    for (file, passphrase) in [
        ("keys/passphrase.age", PASSPHRASE),
        ("keys/recovery.age", recovery.expose()),
    ] {
        let out = tmp.path().join("identity.txt");
        let _ = fs::remove_file(&out);
        go_age_decrypt_with_passphrase(&dir.join(file), &out, passphrase);
        let identity = fs::read_to_string(&out).expect("Go age wrote the identity");
        assert!(identity.starts_with("AGE-SECRET-KEY-1"), "{file}");
        let public = Command::new("age-keygen")
            .arg("-y")
            .arg(&out)
            .output()
            .expect("age-keygen");
        assert!(public.status.success(), "{public:?}");
        assert_eq!(
            String::from_utf8_lossy(&public.stdout).trim(),
            vault.recipient(),
            "{file}"
        );
    }
}

/// Go age reads passphrases only from a terminal: give it one with util-linux `script`.
fn go_age_decrypt_with_passphrase(input: &Path, output: &Path, passphrase: &str) {
    let age = which("age").expect(
        "Debian's Go `age` is needed for the interop test: apt-get install age (make test does)",
    );
    let command = format!(
        "{} -d -o '{}' '{}'",
        age.display(),
        output.display(),
        input.display()
    );
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("util-linux script");
    std::thread::sleep(std::time::Duration::from_millis(700));
    {
        use std::io::Write;
        let stdin = child.stdin.as_mut().expect("stdin");
        writeln!(stdin, "{passphrase}").expect("type the passphrase");
    }
    let status = child.wait().expect("wait for age");
    assert!(
        status.success(),
        "Go age failed to decrypt {}",
        input.display()
    );
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
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
