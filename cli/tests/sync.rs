//! One vault folder on two devices, kept in sync by real Syncthing instances on 127.0.0.1
//! (issue 20). Today's format is single-writer: these tests pin what works now — devices that
//! take turns — and what the engine leaves in a vault folder (its `.stfolder` marker, its
//! temporary files), so that the multi-device format can be built against the real engine.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use support::syncthing::Syncthing;

const FOLDER: &str = "habeas-vault";
const SYNC_LIMIT: Duration = Duration::from_secs(120);

/// One device: its copy of the vault folder and the passphrase file, outside the synced folder.
struct Device {
    vault: PathBuf,
    pass: PathBuf,
}

impl Device {
    fn new(root: &Path, name: &str) -> Device {
        let home = root.join(name);
        std::fs::create_dir_all(home.join("vault")).expect("mkdir");
        let pass = home.join("pass");
        std::fs::write(&pass, "two devices passphrase\n").expect("write");
        Device {
            vault: home.join("vault"),
            pass,
        }
    }

    fn output(&self, args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_habeas"))
            .args(["--json", "--vault"])
            .arg(&self.vault)
            .arg("--passphrase-file")
            .arg(&self.pass)
            .args(args)
            .output()
            .expect("run habeas")
    }

    fn run(&self, args: &[&str]) -> serde_json::Value {
        let out = self.output(args);
        assert!(
            out.status.success(),
            "{args:?} on {}: {out:?}",
            self.vault.display()
        );
        serde_json::from_slice(&out.stdout).expect("JSON")
    }
}

/// Every file of a folder, relative, with its bytes: what each device holds.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            let rel = p
                .strip_prefix(dir)
                .expect("prefix")
                .to_string_lossy()
                .into_owned();
            if rel.starts_with(".stfolder") || rel == "habeas.lock" {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((rel, std::fs::read(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}

/// A vault made on one device reaches the other through Syncthing and opens there with every
/// case, event and evidence byte; an edit made there comes back; each device sees the same case
/// and a verified vault. The devices take turns (one writes, sync, the other writes): what
/// today's single-writer format supports.
#[test]
fn a_vault_synced_by_syncthing_opens_and_takes_turns_on_two_devices() {
    let tmp = tempfile::tempdir().expect("temp");
    let (a, b) = (Device::new(tmp.path(), "a"), Device::new(tmp.path(), "b"));

    // The vault is made on A, with a case and a piece of evidence, before syncing starts.
    std::fs::remove_dir(&a.vault).expect("rmdir");
    let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(["--json", "vault", "init"])
        .arg(&a.vault)
        .args(["--insecure-test-kdf", "4", "--passphrase-file"])
        .arg(&a.pass)
        .output()
        .expect("init");
    assert!(out.status.success(), "{out:?}");
    let case_id = a.run(&[
        "case",
        "new",
        "--name",
        "Amina Haddad",
        "--nationality",
        "TR",
    ])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let warrant = tmp.path().join("warrant.pdf");
    let warrant_bytes = b"%PDF-1.4\n% the requesting state's warrant\n".repeat(5000);
    std::fs::write(&warrant, &warrant_bytes).expect("write");
    let imported = a.run(&[
        "evidence",
        "import",
        warrant.to_str().expect("utf-8"),
        "--case",
        &case_id,
    ]);
    let evidence_id = imported["items"][0]["id"].as_str().expect("id").to_owned();

    let (sa, sb) = (Syncthing::start(), Syncthing::start());
    sa.add_device(&sb);
    sb.add_device(&sa);
    sa.share_folder(FOLDER, &a.vault, &[&sb]);
    sb.share_folder(FOLDER, &b.vault, &[&sa]);
    Syncthing::wait_connected(&sa, &sb, SYNC_LIMIT);
    Syncthing::wait_until_in_sync(&sa, &sb, FOLDER, SYNC_LIMIT);
    assert_eq!(
        tree(&a.vault),
        tree(&b.vault),
        "the two copies differ after syncing"
    );

    // B opens the copy: the case and the evidence's bytes are there.
    let listed = b.run(&["case", "list"]);
    assert!(listed.to_string().contains("Amina Haddad"), "{listed}");
    let out_dir = tmp.path().join("b-export");
    std::fs::create_dir_all(&out_dir).expect("mkdir");
    b.run(&[
        "evidence",
        "export",
        &evidence_id,
        "--to",
        out_dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        std::fs::read(out_dir.join("warrant.pdf")).expect("exported"),
        warrant_bytes
    );

    // B's turn: an event. It reaches A.
    b.run(&[
        "event",
        "add",
        &case_id,
        "--kind",
        "provisional-arrest",
        "--date",
        "2026-11-02",
        "--country",
        "DE",
    ]);
    Syncthing::wait_until_in_sync(&sa, &sb, FOLDER, SYNC_LIMIT);
    let on_a = a.run(&["case", "export", &case_id])["document"].clone();
    let on_b = b.run(&["case", "export", &case_id])["document"].clone();
    assert_eq!(on_a, on_b, "the two devices show the case differently");
    assert!(
        on_a["events"].to_string().contains("2026-11-02"),
        "B's event did not reach A: {on_a}"
    );
    for device in [&a, &b] {
        let verified = device.run(&["vault", "verify"]);
        assert_eq!(verified["ok"], true, "{verified}");
    }
}

/// A device that was away while the other saved 1,000 times catches up when they meet again:
/// every save is there, and both verify. (One device writes while they are apart: today's format
/// is single-writer.)
#[test]
fn a_device_away_for_a_thousand_saves_catches_up() {
    const SAVES: usize = 1000;
    let tmp = tempfile::tempdir().expect("temp");
    let (a, b) = (Device::new(tmp.path(), "a"), Device::new(tmp.path(), "b"));
    std::fs::remove_dir(&a.vault).expect("rmdir");
    let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(["--json", "vault", "init"])
        .arg(&a.vault)
        .args(["--insecure-test-kdf", "4", "--passphrase-file"])
        .arg(&a.pass)
        .output()
        .expect("init");
    assert!(out.status.success(), "{out:?}");
    let case_id = a.run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let (sa, sb) = (Syncthing::start(), Syncthing::start());
    sa.add_device(&sb);
    sb.add_device(&sa);
    sa.share_folder(FOLDER, &a.vault, &[&sb]);
    sb.share_folder(FOLDER, &b.vault, &[&sa]);
    Syncthing::wait_connected(&sa, &sb, SYNC_LIMIT);
    Syncthing::wait_until_in_sync(&sa, &sb, FOLDER, SYNC_LIMIT);

    // Apart: B saves a thousand times (a note rewritten, and an event every hundredth save).
    sb.pause(&sa);
    sa.pause(&sb);
    for i in 0..SAVES {
        if i % 100 == 0 {
            let date = format!("2026-{:02}-01", 1 + i / 100);
            b.run(&[
                "event", "add", &case_id, "--kind", "hearing", "--date", &date,
            ]);
        } else {
            b.run(&["case", "edit", &case_id, "--notes", &format!("save {i}")]);
        }
    }
    let on_a = a.run(&["case", "export", &case_id])["document"].clone();
    assert!(
        !on_a.to_string().contains("save 999"),
        "A saw B's saves while apart"
    );

    sb.resume(&sa);
    sa.resume(&sb);
    Syncthing::wait_connected(&sa, &sb, SYNC_LIMIT);
    Syncthing::wait_until_in_sync(&sa, &sb, FOLDER, SYNC_LIMIT);
    let on_a = a.run(&["case", "export", &case_id])["document"].clone();
    let on_b = b.run(&["case", "export", &case_id])["document"].clone();
    assert_eq!(on_a, on_b);
    assert!(on_a.to_string().contains("save 999"), "{on_a}");
    assert_eq!(
        on_a["events"].as_array().expect("events").len(),
        SAVES / 100,
        "every event B saved is on A"
    );
    assert_eq!(a.run(&["vault", "verify"])["ok"], true);
}

/// Both devices save while apart: today's format names both saves alike, and Syncthing sets one
/// aside as a conflict copy. Habeas does not merge it yet, but it must not stay silent about
/// it: `vault verify` names the copy and says a save from another device may be missing.
#[test]
fn saves_on_both_devices_while_apart_are_reported_not_hidden() {
    let tmp = tempfile::tempdir().expect("temp");
    let (a, b) = (Device::new(tmp.path(), "a"), Device::new(tmp.path(), "b"));
    std::fs::remove_dir(&a.vault).expect("rmdir");
    let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(["--json", "vault", "init"])
        .arg(&a.vault)
        .args(["--insecure-test-kdf", "4", "--passphrase-file"])
        .arg(&a.pass)
        .output()
        .expect("init");
    assert!(out.status.success(), "{out:?}");
    let case_id = a.run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let (sa, sb) = (Syncthing::start(), Syncthing::start());
    sa.add_device(&sb);
    sb.add_device(&sa);
    sa.share_folder(FOLDER, &a.vault, &[&sb]);
    sb.share_folder(FOLDER, &b.vault, &[&sa]);
    Syncthing::wait_connected(&sa, &sb, SYNC_LIMIT);
    Syncthing::wait_until_in_sync(&sa, &sb, FOLDER, SYNC_LIMIT);
    let clean = a.run(&["vault", "verify"]);
    assert!(clean["sync_copies"].is_null(), "{clean}");

    sa.pause(&sb);
    sb.pause(&sa);
    // Each device's CLI compacts when it locks: both rewrite index/snapshot.age.
    a.run(&["case", "edit", &case_id, "--notes", "written on A"]);
    b.run(&["case", "edit", &case_id, "--notes", "written on B"]);
    sa.resume(&sb);
    sb.resume(&sa);
    Syncthing::wait_connected(&sa, &sb, SYNC_LIMIT);
    Syncthing::wait_until_in_sync(&sa, &sb, FOLDER, SYNC_LIMIT);

    for device in [&a, &b] {
        let verified = device.run(&["vault", "verify"]);
        let copies = &verified["sync_copies"];
        assert!(
            copies["count"].as_u64().is_some_and(|n| n >= 1),
            "no conflict copy reported on {}: {verified}",
            device.vault.display()
        );
        assert!(
            copies["copies"].to_string().contains(".sync-conflict-"),
            "{verified}"
        );
    }
    // The plain-text report says what it means.
    let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(["--vault"])
        .arg(&b.vault)
        .arg("--passphrase-file")
        .arg(&b.pass)
        .args(["vault", "verify"])
        .output()
        .expect("verify");
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("a save made on another device may be missing"),
        "{out:?}"
    );
}
