//! Writes the golden fixture vault of the current format into the folder given (which must not
//! exist): `cargo run -p habeas-core --example make-golden-fixture -- tests/fixtures/vault-v1`.
//!
//! Run it only when a new format version is introduced; a released fixture is never rewritten
//! (`core/tests/vault.rs`, `golden_fixture_v1_opens`). It prints the recipient and the recovery
//! key, to be saved beside the folder as `<name>.recipient` and `<name>.recovery`.

#![allow(clippy::print_stdout, clippy::expect_used, reason = "a developer tool")]

use age::secrecy::SecretString;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .expect("usage: make-golden-fixture DIR");
    let options = CreateOptions {
        work_factor: WorkFactor::insecure_for_tests(4),
    };
    let passphrase = SecretString::from("golden fixture passphrase".to_owned());
    let created = Vault::create(dir.as_ref(), &passphrase, options).expect("create");
    let mut vault = created.vault;
    let set = |vault: &mut Vault, key: &str, value: &str| {
        vault
            .store()
            .write(|tx| {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)",
                    [key, value],
                )
            })
            .expect("save");
    };
    set(&mut vault, "in-snapshot", "\"folded\"");
    vault.store().compact().expect("compact");
    set(&mut vault, "in-journal", "\"replayed\"");
    println!("recipient {}", vault.recipient());
    println!("recovery  {}", created.recovery_key.expose());
    drop(vault); // not lock(): the second setting stays in the journal
    let lock = std::path::Path::new(&dir).join("habeas.lock");
    std::fs::remove_file(lock).expect("remove the lock file");
}
