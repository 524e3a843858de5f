//! One vault folder on two devices, kept in sync by real Syncthing instances on 127.0.0.1
//! (issue 20): devices that take turns, a device away for a thousand saves, and both devices
//! saving while apart (format 4: a journal per device), converging once they meet.

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

/// Two devices sharing one vault folder through their own Syncthing: the vault is made on A
/// (with whatever `prepare` saves there first), then shared, and both wait until in sync.
struct Pair {
    tmp: tempfile::TempDir,
    a: Device,
    b: Device,
    sa: Syncthing,
    sb: Syncthing,
}

impl Pair {
    fn new(prepare: impl FnOnce(&Device, &Path)) -> Pair {
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
        prepare(&a, tmp.path());
        let (sa, sb) = (Syncthing::start(), Syncthing::start());
        sa.add_device(&sb);
        sb.add_device(&sa);
        sa.share_folder(FOLDER, &a.vault, &[&sb]);
        sb.share_folder(FOLDER, &b.vault, &[&sa]);
        Syncthing::wait_connected(&sa, &sb, SYNC_LIMIT);
        Syncthing::wait_until_in_sync(&sa, &sb, FOLDER, SYNC_LIMIT);
        Pair { tmp, a, b, sa, sb }
    }

    /// The devices lose sight of each other (each pauses the other).
    fn part(&self) {
        self.sa.pause(&self.sb);
        self.sb.pause(&self.sa);
    }

    /// They meet again, and wait until their folders are the same.
    fn meet(&self) {
        self.sa.resume(&self.sb);
        self.sb.resume(&self.sa);
        Syncthing::wait_connected(&self.sa, &self.sb, SYNC_LIMIT);
        Syncthing::wait_until_in_sync(&self.sa, &self.sb, FOLDER, SYNC_LIMIT);
    }
}

fn new_case(device: &Device, name: &str) -> String {
    device.run(&["case", "new", "--name", name])["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

/// A vault made on one device reaches the other through Syncthing and opens there with every
/// case, event and evidence byte; an edit made there comes back; each device sees the same case
/// and a verified vault.
#[test]
fn a_vault_synced_by_syncthing_opens_and_takes_turns_on_two_devices() {
    let warrant_bytes = b"%PDF-1.4\n% the requesting state's warrant\n".repeat(5000);
    let mut ids = (String::new(), String::new());
    // The vault is made on A, with a case and a piece of evidence, before syncing starts.
    let pair = Pair::new(|a, tmp| {
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
        let warrant = tmp.join("warrant.pdf");
        std::fs::write(&warrant, &warrant_bytes).expect("write");
        let imported = a.run(&[
            "evidence",
            "import",
            warrant.to_str().expect("utf-8"),
            "--case",
            &case_id,
        ]);
        let evidence_id = imported["items"][0]["id"].as_str().expect("id").to_owned();
        ids = (case_id, evidence_id);
    });
    let (case_id, evidence_id) = ids;
    let (a, b) = (&pair.a, &pair.b);
    assert_eq!(
        tree(&a.vault),
        tree(&b.vault),
        "the two copies differ after syncing"
    );

    // B opens the copy: the case and the evidence's bytes are there.
    let listed = b.run(&["case", "list"]);
    assert!(listed.to_string().contains("Amina Haddad"), "{listed}");
    let out_dir = pair.tmp.path().join("b-export");
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
    Syncthing::wait_until_in_sync(&pair.sa, &pair.sb, FOLDER, SYNC_LIMIT);
    let on_a = a.run(&["case", "export", &case_id])["document"].clone();
    let on_b = b.run(&["case", "export", &case_id])["document"].clone();
    assert_eq!(on_a, on_b, "the two devices show the case differently");
    assert!(
        on_a["events"].to_string().contains("2026-11-02"),
        "B's event did not reach A: {on_a}"
    );
    for device in [a, b] {
        let verified = device.run(&["vault", "verify"]);
        assert_eq!(verified["ok"], true, "{verified}");
    }
}

/// A device that was away while the other saved 1,000 times catches up when they meet again:
/// every save is there, and both verify.
#[test]
fn a_device_away_for_a_thousand_saves_catches_up() {
    const SAVES: usize = 1000;
    let mut case_id = String::new();
    let pair = Pair::new(|a, _| case_id = new_case(a, "Amina Haddad"));
    let (a, b) = (&pair.a, &pair.b);

    // Apart: B saves a thousand times (a note rewritten, and an event every hundredth save).
    pair.part();
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

    pair.meet();
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

/// Every case as `case export` shows it, by id: what two devices must agree on.
fn every_case(device: &Device) -> Vec<(String, serde_json::Value)> {
    let listed = device.run(&["case", "list"]);
    let mut ids: Vec<String> = listed
        .as_array()
        .or_else(|| listed["cases"].as_array())
        .expect("a list of cases")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_owned())
        .collect();
    ids.sort();
    ids.into_iter()
        .map(|id| {
            let doc = device.run(&["case", "export", &id])["document"].clone();
            (id, doc)
        })
        .collect()
}

/// Both devices save while apart, on different cases and on the same case (format 4: each in
/// its own journal). Once they meet, both show the same cases, every save of both is there, the
/// engine set nothing aside as a conflict copy, and both vaults verify.
#[test]
fn saves_on_both_devices_while_apart_converge_when_they_meet() {
    let mut ids = (String::new(), String::new());
    let pair = Pair::new(|a, _| {
        ids = (new_case(a, "Amina Haddad"), new_case(a, "Omar Farouk"));
    });
    let (shared, other) = ids;
    let (a, b) = (&pair.a, &pair.b);
    // B opens once while they are together (so that it is a device of the vault, as in use).
    assert_eq!(every_case(b).len(), 2);
    Syncthing::wait_until_in_sync(&pair.sa, &pair.sb, FOLDER, SYNC_LIMIT);

    pair.part();
    // Different cases: A edits one, B the other and makes a third.
    a.run(&["case", "edit", &other, "--notes", "A's note on Omar"]);
    let made_on_b = new_case(b, "Leyla Demir");
    b.run(&[
        "event",
        "add",
        &shared,
        "--kind",
        "hearing",
        "--date",
        "2026-12-03",
    ]);
    // The same case: A sets the place of birth, B the name (different fields), and both the
    // notes (the same field, differently).
    a.run(&["case", "edit", &shared, "--birth-place", "Aleppo"]);
    b.run(&["case", "edit", &shared, "--name", "Amina Haddad-Demir"]);
    a.run(&["case", "edit", &shared, "--notes", "notes from A"]);
    b.run(&["case", "edit", &shared, "--notes", "notes from B"]);

    pair.meet();
    let on_a = every_case(a);
    Syncthing::wait_until_in_sync(&pair.sa, &pair.sb, FOLDER, SYNC_LIMIT);
    let on_b = every_case(b);
    assert_eq!(on_a, on_b, "the devices show different cases");
    assert_eq!(on_a.len(), 3, "B's new case reached A");
    assert!(on_a.iter().any(|(id, _)| *id == made_on_b));
    let doc = &on_a.iter().find(|(id, _)| *id == shared).expect("shared").1;
    let text = doc.to_string();
    assert!(text.contains("Aleppo"), "A's edit is lost: {doc}");
    assert!(
        text.contains("Amina Haddad-Demir"),
        "B's edit is lost: {doc}"
    );
    assert!(text.contains("2026-12-03"), "B's event is lost: {doc}");
    assert!(
        text.contains("notes from A") || text.contains("notes from B"),
        "{doc}"
    );
    let doc = &on_a.iter().find(|(id, _)| *id == other).expect("other").1;
    assert!(doc.to_string().contains("A's note on Omar"), "{doc}");
    for device in [a, b] {
        let verified = device.run(&["vault", "verify"]);
        assert_eq!(verified["ok"], true, "{verified}");
        assert!(
            verified["sync_copies"].is_null(),
            "the engine set a file aside: {verified}"
        );
    }
}
