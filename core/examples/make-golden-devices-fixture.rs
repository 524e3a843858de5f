//! Writes the golden fixture of format 4 (a journal per device, issue 20) into the folder given
//! (which must not exist): `cargo run -p habeas-core --example make-golden-devices-fixture --
//! tests/fixtures/vault-v4`. Two devices: the first saved a setting into its snapshot and one
//! into its journal; the second, a copy of the folder opened elsewhere, saved one into its own
//! journal, and its folder was then synced back.
//!
//! Run it only when a new format version is introduced; a released fixture is never rewritten.
//! It prints the recipient and the recovery key, to be saved beside the folder as
//! `<name>.recipient` and `<name>.recovery`.

#![allow(
    clippy::print_stdout,
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a developer tool"
)]

use std::fs;
use std::path::Path;

use age::secrecy::SecretString;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};

fn set(vault: &mut Vault, key: &str, value: &str) {
    vault
        .store()
        .write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)",
                [key, value],
            )
        })
        .expect("save");
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .expect("usage: make-golden-devices-fixture DIR");
    let dir = Path::new(&dir);
    let options = CreateOptions {
        work_factor: WorkFactor::insecure_for_tests(4),
    };
    let passphrase = SecretString::from("golden fixture passphrase".to_owned());
    let created = Vault::create(dir, &passphrase, options).expect("create");
    let mut vault = created.vault;
    set(&mut vault, "in-snapshot", "\"folded\"");
    vault.store().compact().expect("compact");
    println!("recipient {}", vault.recipient());
    println!("recovery  {}", created.recovery_key.expose());
    drop(vault);

    // The second device: a copy of the folder (another path, so another device id).
    let other = dir.with_extension("other-device");
    fs::remove_file(dir.join("habeas.lock")).expect("remove the lock file");
    copy_dir(dir, &other);
    let mut vault = Vault::unlock(&other, &passphrase).expect("unlock the copy");
    set(&mut vault, "from-the-other-device", "\"merged\"");
    drop(vault); // not lock(): the setting stays in that device's journal

    let mut vault = Vault::unlock(dir, &passphrase).expect("unlock");
    set(&mut vault, "in-journal", "\"replayed\"");
    drop(vault);

    // The sync engine brings the second device's folder over.
    for entry in fs::read_dir(other.join("index/devices")).unwrap() {
        let entry = entry.unwrap();
        let target = dir.join("index/devices").join(entry.file_name());
        if !target.exists() {
            copy_dir(&entry.path(), &target);
        }
    }
    fs::remove_dir_all(&other).expect("remove the copy");
    fs::remove_file(dir.join("habeas.lock")).expect("remove the lock file");
}
