//! What several integration test files share: copying a fixture folder, reading and writing a
//! setting, and driving Debian's Go `age` (the interop tests of `vault.rs`, `golden.rs` and
//! `rotation.rs`; `cases.rs` reads a snapshot as it is on the disk).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Copies the folder `from` (a fixture) to `to`, recursively. Opening a vault writes (the lock
/// file, journal clean-up): a fixture is opened from a copy, never inside the repository.
#[allow(
    dead_code,
    reason = "each test binary uses its own part of this module"
)]
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Go age reads passphrases only from a terminal: give it one with util-linux `script`.
pub(crate) fn go_age_decrypt_with_passphrase(input: &Path, output: &Path, passphrase: &str) {
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

pub(crate) fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// The vault identity of a format-2 vault, as the stock tools reach it (docs/vault-format.md):
/// Go `age` opens the key file `key_file` with `secret`, giving its slot identity, and with that
/// opens `keys/identity.age`. Written to `out` (an age identity file, with comment lines).
#[allow(
    dead_code,
    reason = "each test binary uses its own part of this module"
)]
pub(crate) fn go_age_vault_identity(dir: &Path, key_file: &str, secret: &str, out: &Path) {
    let slot = out.with_extension("slot.txt");
    let _ = fs::remove_file(&slot);
    let _ = fs::remove_file(out);
    go_age_decrypt_with_passphrase(&dir.join(key_file), &slot, secret);
    let result = Command::new("age")
        .args(["-d", "-i"])
        .arg(&slot)
        .arg("-o")
        .arg(out)
        .arg(dir.join("keys/identity.age"))
        .output()
        .expect("Go age");
    assert!(result.status.success(), "{result:?}");
}

/// Decrypts `input` into `output` with Go `age` and the identity file given; returns the
/// plaintext.
#[allow(
    dead_code,
    reason = "each test binary uses its own part of this module"
)]
pub(crate) fn go_age_decrypt_with_identity(
    identity: &Path,
    input: &Path,
    output: &Path,
) -> Vec<u8> {
    let out = Command::new("age")
        .args(["-d", "-i"])
        .arg(identity)
        .arg("-o")
        .arg(output)
        .arg(input)
        .output()
        .expect("Go age");
    assert!(out.status.success(), "Go age, {}: {out:?}", input.display());
    fs::read(output).unwrap()
}

/// The recipient (`age1…`) of an age identity file, as `age-keygen -y` prints it.
#[allow(
    dead_code,
    reason = "each test binary uses its own part of this module"
)]
pub(crate) fn go_age_recipient_of(identity: &Path) -> String {
    let public = Command::new("age-keygen")
        .arg("-y")
        .arg(identity)
        .output()
        .expect("age-keygen");
    assert!(public.status.success(), "{public:?}");
    String::from_utf8_lossy(&public.stdout).trim().to_owned()
}

/// The value of a setting (table `settings`), if saved.
#[allow(
    dead_code,
    reason = "each test binary uses its own part of this module"
)]
pub(crate) fn setting(vault: &mut habeas_core::vault::Vault, key: &str) -> Option<String> {
    use habeas_core::store::rusqlite::OptionalExtension;
    vault
        .store()
        .read(|db| {
            db.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
        })
        .unwrap()
}

/// Saves a setting: one journal record.
#[allow(
    dead_code,
    reason = "each test binary uses its own part of this module"
)]
pub(crate) fn set_setting(vault: &mut habeas_core::vault::Vault, key: &str, value: &str) {
    vault
        .store()
        .write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
        })
        .unwrap();
}
