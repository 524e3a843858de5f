//! The `habeas` binary as a script would use it.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::process::Command;

/// The binary, in the C locale unless a test says otherwise: messages follow the system locale
/// when `--lang` is not given, and these tests read English.
fn habeas(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_habeas"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .output()
        .expect("run habeas")
}

#[test]
fn about_json_is_one_object_with_an_id() {
    let out = habeas(&["--json", "about"]);
    assert!(out.status.success(), "{out:?}");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(value["id"], "about");
    assert_eq!(value["core_version"], env!("CARGO_PKG_VERSION"));
    if cfg!(unix) {
        assert_eq!(value["core_dumps"], "disabled");
    }
}

#[test]
fn about_text_names_the_version() {
    let out = habeas(&["about"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.starts_with(&format!("habeas-core {}\n", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
}

#[test]
fn bad_usage_exits_2() {
    let out = habeas(&["no-such-command"]);
    assert_eq!(out.status.code(), Some(2));
}

fn habeas_stdin(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run habeas");
    // A command may refuse before reading its input (and exit): a closed pipe is not a failure.
    match child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => panic!("write stdin: {e}"),
    }
    child.wait_with_output().expect("wait")
}

fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// init → verify → passwd → recover, as a script drives them: secrets on stdin or in files,
/// never in argv; JSON on stdout; error codes and exit statuses.
#[test]
fn vault_lifecycle_from_a_script() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8 path");

    let out = habeas_stdin(
        &["--json", "vault", "init", dir_s, "--insecure-test-kdf", "4"],
        "first passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let created = json_of(&out);
    let id = created["id"].as_str().expect("id").to_owned();
    let recovery = created["recovery_key"]
        .as_str()
        .expect("recovery key")
        .to_owned();
    assert_eq!(recovery.len(), 39);

    // Verify, passphrase from a file with a trailing newline.
    let pass_file = tmp.path().join("pass");
    std::fs::write(&pass_file, "first passphrase\n").expect("write");
    let pf = pass_file.to_str().expect("utf-8");
    let out = habeas(&[
        "--json",
        "--vault",
        dir_s,
        "--passphrase-file",
        pf,
        "vault",
        "verify",
    ]);
    assert!(out.status.success(), "{out:?}");
    let verified = json_of(&out);
    assert_eq!(verified["id"], id.as_str());
    assert_eq!(
        verified["checked"],
        serde_json::json!([
            "keys/passphrase.age",
            "keys/recovery.age",
            "keys/identity.age",
            "index/snapshot.age"
        ])
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("ok  keys/passphrase.age"));

    // Wrong passphrase: exit 1, its own code, on stdout as JSON.
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "verify"],
        "not it at all\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["code"], "wrong_passphrase");

    // passwd: current then new, one per line on stdin.
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "passwd"],
        "first passphrase\nsecond passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    // A format-2 vault: the change rotated the vault identity.
    assert_eq!(json_of(&out)["identity_rotated"], true, "{out:?}");
    assert_eq!(json_of(&out)["finished"], true, "{out:?}");
    let out = habeas(&[
        "--json",
        "--vault",
        dir_s,
        "--passphrase-file",
        pf,
        "vault",
        "verify",
    ]);
    assert_eq!(
        json_of(&out)["error"]["code"],
        "wrong_passphrase",
        "old passphrase retired"
    );

    // recover: recovery key (typed loosely) then the new passphrase.
    let typed = recovery.to_lowercase().replace('-', " ");
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "recover"],
        &format!("{typed}\nthird passphrase\n"),
    );
    assert!(out.status.success(), "{out:?}");
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "verify"],
        "third passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");

    // A wrong recovery key has its own code.
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "recover"],
        "0000-0000-0000-0000-0000-0000-0000-0000\nx\n",
    );
    assert_eq!(json_of(&out)["error"]["code"], "wrong_recovery_key");

    // A new recovery key (issue 16.8): shown once, but the old one keeps working until the new
    // one is confirmed by typing it whole.
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "new-recovery-key"],
        "third passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let made = json_of(&out);
    assert_eq!(made["pending"], true);
    let fresh = made["recovery_key"].as_str().expect("key").to_owned();
    assert_ne!(fresh, recovery);
    assert!(dir.join("keys/recovery.pending.age").is_file());
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "recover"],
        &format!("{fresh}\nfourth passphrase\n"),
    );
    assert_eq!(
        json_of(&out)["error"]["code"],
        "wrong_recovery_key",
        "not confirmed yet: the new key does not open"
    );
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "recover"],
        &format!("{recovery}\nfourth passphrase\n"),
    );
    assert!(out.status.success(), "the old key still opens: {out:?}");
    // Confirming with anything but the new key changes nothing.
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "confirm-recovery-key"],
        &format!("fourth passphrase\n{recovery}\n"),
    );
    assert_eq!(json_of(&out)["error"]["code"], "wrong_recovery_key");
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "confirm-recovery-key"],
        &format!("fourth passphrase\n{}\n", fresh.to_lowercase()),
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json_of(&out)["confirmed"], "replaced");
    assert!(!dir.join("keys/recovery.pending.age").exists());
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "recover"],
        &format!("{recovery}\nfifth passphrase\n"),
    );
    assert_eq!(
        json_of(&out)["error"]["code"],
        "wrong_recovery_key",
        "old key retired once the new one is confirmed"
    );
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "recover"],
        &format!("{fresh}\nfifth passphrase\n"),
    );
    assert!(out.status.success(), "{out:?}");

    // A new key can also be thrown away; the confirmed one stays.
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "new-recovery-key"],
        "fifth passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "discard-recovery-key"],
        "fifth passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    assert!(!dir.join("keys/recovery.pending.age").exists());
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "recover"],
        &format!("{fresh}\nsixth passphrase\n"),
    );
    assert!(out.status.success(), "{out:?}");
}

/// Issue 16.3: a `vault.json` lowered below the pinned work factor is refused by name, and a
/// test vault made with the hidden option says it is one.
#[test]
fn a_lowered_work_factor_in_vault_json_is_refused() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8 path");
    let out = habeas_stdin(
        &["--json", "vault", "init", dir_s, "--insecure-test-kdf", "4"],
        "test passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let path = dir.join("vault.json");
    let mut meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("JSON");
    assert_eq!(meta["test_vault"], true);
    meta.as_object_mut().expect("object").remove("test_vault");
    std::fs::write(&path, serde_json::to_vec(&meta).expect("JSON")).expect("write");
    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "passwd"],
        "test passphrase\nanother test passphrase\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let error = json_of(&out);
    assert_eq!(error["error"]["code"], "weak_kdf");
    assert!(error["error"]["message"]
        .as_str()
        .unwrap_or("")
        .contains("vault.json"));
}

/// `vault rescue`: a damaged journal record (here one that is not even an age file) stops every
/// command, naming it; rescue moves it aside and the vault opens again.
#[test]
fn vault_rescue_sets_a_damaged_save_aside() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8 path");
    let out = habeas_stdin(
        &["--json", "vault", "init", dir_s, "--insecure-test-kdf", "4"],
        "rescue script passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let journal = dir.join("index/journal");
    std::fs::create_dir_all(&journal).expect("journal folder");
    std::fs::write(journal.join("000000000001.age"), b"not an age file").expect("write");
    let verify = || {
        habeas_stdin(
            &["--json", "--vault", dir_s, "vault", "verify"],
            "rescue script passphrase\n",
        )
    };
    let out = verify();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["code"], "damaged_save");

    let out = habeas_stdin(
        &["--json", "--vault", dir_s, "vault", "rescue"],
        "rescue script passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let set_aside = &json_of(&out)["set_aside"];
    assert_eq!(set_aside["damaged"], "index/journal/000000000001.age");
    assert_eq!(set_aside["records"], 1);
    let folder = dir.join(set_aside["folder"].as_str().expect("folder"));
    assert_eq!(
        std::fs::read(folder.join("000000000001.age")).expect("moved, not deleted"),
        b"not an age file"
    );
    assert!(verify().status.success());

    // Text output says what happened and what to do.
    let out = habeas_stdin(
        &["--vault", dir_s, "vault", "rescue"],
        "rescue script passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing needed rescuing"));
}

#[test]
fn vault_errors_are_plain_text_without_json() {
    let tmp = tempfile::tempdir().expect("temp");
    let out = habeas_stdin(
        &[
            "--vault",
            tmp.path().to_str().expect("utf-8"),
            "vault",
            "verify",
        ],
        "whatever passphrase\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not a Habeas vault") && stderr.ends_with("[not_a_vault]\n"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_command_needing_a_vault_says_so() {
    let out = habeas_stdin(&["--json", "vault", "verify"], "x\n");
    assert_eq!(out.status.code(), Some(1));
    let error = json_of(&out);
    assert_eq!(error["error"]["code"], "invalid_input");
    assert!(error["error"]["message"]
        .as_str()
        .unwrap_or("")
        .contains("--vault"));
}

#[test]
fn stdin_running_out_is_a_clear_error() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let out = habeas_stdin(
        &[
            "--json",
            "vault",
            "init",
            dir.to_str().expect("utf-8"),
            "--insecure-test-kdf",
            "4",
        ],
        "",
    );
    assert_eq!(json_of(&out)["error"]["code"], "invalid_input");
    assert!(!dir.exists(), "nothing created");
}

/// The benchmark's import command goes through the core's import path and reports the same
/// SHA-256 as an independent implementation would (`sha256sum`).
#[test]
fn debug_put_blob_imports_and_hashes() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8");
    let out = habeas_stdin(
        &["vault", "init", dir_s, "--insecure-test-kdf", "4"],
        "bench passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let file = tmp.path().join("f.txt");
    std::fs::write(&file, "abc").expect("write");
    let out = habeas_stdin(
        &[
            "--json",
            "--vault",
            dir_s,
            "debug",
            "put-blob",
            file.to_str().expect("utf-8"),
        ],
        "bench passphrase\n",
    );
    assert!(out.status.success(), "{out:?}");
    let info = json_of(&out);
    assert_eq!(info["size"], 3);
    // SHA-256("abc"), FIPS 180-2 test vector.
    assert_eq!(
        info["sha256"],
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    let blob = dir.join(format!(
        "blobs/{}/{}.age",
        &info["id"].as_str().expect("id")[..2],
        &info["id"].as_str().expect("id")[2..]
    ));
    assert!(blob.is_file());
}

/// The case workspace from a script: a case, a Diffusion asking for arrest, a provisional arrest
/// under the European Convention, then the 18- and 40-day deadlines, search and the calendar.
#[test]
fn case_alert_event_deadlines_and_search_from_a_script() {
    let vault = ScriptVault::new();
    let (dir_s, pf) = (vault.dir.as_str(), vault.pass.as_str());
    let run = |args: &[&str]| vault.run(args);

    let case = run(&[
        "case",
        "new",
        "--name",
        "Sergei Ivanov",
        "--original",
        "Сергей Иванов",
        "--nationality",
        "ru",
    ]);
    let case_id = case["id"].as_str().expect("id").to_owned();
    assert!(case_id.starts_with("case-"));
    let alert = run(&[
        "alert",
        "add",
        &case_id,
        "--kind",
        "diffusion",
        "--country",
        "RU",
        "--asks",
        "arrest",
        "--all-members",
    ]);
    let alert_id = alert["id"].as_str().expect("id").to_owned();

    let today = chrono::Local::now().date_naive();
    let arrested = today - chrono::Days::new(2);
    let event = run(&[
        "event",
        "add",
        &case_id,
        "--kind",
        "provisional-arrest",
        "--date",
        &arrested.to_string(),
        "--country",
        "DE",
        "--regime",
        "european-convention",
        "--alert",
        &alert_id,
    ]);
    let deadlines = event["deadlines"].as_array().expect("deadlines");
    assert_eq!(deadlines.len(), 1);
    assert_eq!(
        deadlines[0]["soft"],
        (arrested + chrono::Days::new(18)).to_string()
    );
    assert_eq!(
        deadlines[0]["due"],
        (arrested + chrono::Days::new(40)).to_string()
    );
    assert_eq!(deadlines[0]["days_left"], 16);
    assert!(deadlines[0]["basis"]
        .as_str()
        .expect("basis")
        .contains("Art. 16(4)"));

    let all = run(&["deadlines"]);
    assert_eq!(all["deadlines"].as_array().expect("list").len(), 1);
    let soon = run(&["deadlines", "--within", "10"]);
    assert!(soon["deadlines"].as_array().expect("list").is_empty());

    let list = run(&["case", "list"]);
    assert_eq!(list["cases"][0]["id"], case_id.as_str());
    assert_eq!(list["cases"][0]["next_deadline"]["days_left"], 16);

    for query in ["иванов", "IVANOV", "diffusion"] {
        let found = run(&["search", query]);
        assert_eq!(found["hits"][0]["case_id"], case_id.as_str(), "{query}");
    }

    let shown = run(&["case", "show", &case_id]);
    assert_eq!(
        shown["view"]["alerts"][0]["requests"],
        serde_json::json!(["arrest"])
    );

    // The calendar, without names.
    let out = habeas(&[
        "--vault",
        dir_s,
        "--passphrase-file",
        pf,
        "deadlines",
        "--ics",
        "--hide-names",
    ]);
    let ics = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        ics.starts_with("BEGIN:VCALENDAR") && !ics.contains("Ivanov"),
        "{ics}"
    );
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);

    // Bad input: a clear refusal, exit 1 with a code, or 2 for usage.
    let out = habeas(&[
        "--json",
        "--vault",
        dir_s,
        "--passphrase-file",
        pf,
        "case",
        "show",
        "case-0000000000000000",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["code"], "not_found");
    let out = habeas(&[
        "--vault",
        dir_s,
        "--passphrase-file",
        pf,
        "event",
        "add",
        &case_id,
        "--kind",
        "arrest-ish",
        "--date",
        "2026-01-01",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("provisional-arrest"),
        "lists the kinds"
    );
}

/// evidence import (files and a folder) → list → show → verify → export → delete, and `vault
/// verify` catching a swapped blob, from a script; hashes checked against coreutils' sha256sum.
#[test]
fn evidence_import_list_verify_export_delete_from_a_script() {
    let tmp = tempfile::tempdir().expect("temp");
    let (dir, pass_file, sheet, out) = init_with_sheet(tmp.path(), "en", "recovery sheet.pdf");
    let dir_s = dir.to_str().expect("utf-8 path");
    let pf = pass_file.to_str().expect("utf-8");
    // The recovery sheet was written, and carries the key shown.
    let key = json_of(&out)["recovery_key"]
        .as_str()
        .expect("key")
        .to_owned();
    assert!(pdf_text(&sheet).contains(&key));
    let call = |args: &[&str]| {
        let mut all = vec!["--json", "--vault", dir_s, "--passphrase-file", pf];
        all.extend_from_slice(args);
        habeas(&all)
    };
    let run = |args: &[&str]| {
        let out = call(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        json_of(&out)
    };
    let sha256sum = |p: &std::path::Path| {
        let out = Command::new("sha256sum")
            .arg(p)
            .output()
            .expect("sha256sum");
        String::from_utf8(out.stdout).expect("utf-8")[..64].to_owned()
    };
    let case_id = run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let stick = tmp.path().join("stick");
    std::fs::create_dir_all(stick.join("letters")).expect("mkdir");
    let warrant = stick.join("warrant.pdf");
    std::fs::write(&warrant, b"%PDF-1.4\n% a warrant\n").expect("write");
    std::fs::write(
        stick.join("letters/ncb.eml"),
        "From: ncb@example\nTo: me@example\nSubject: Diffusion\n\nBody\n",
    )
    .expect("write");
    let photo = tmp.path().join("ID card.jpg");
    std::fs::write(&photo, b"\xFF\xD8\xFF\xE0\x00\x10JFIF id card").expect("write");

    let imported = run(&[
        "evidence",
        "import",
        stick.to_str().expect("utf-8"),
        photo.to_str().expect("utf-8"),
        "--case",
        &case_id,
        "--category",
        "court-record",
        "--source",
        "USB stick",
        "--date",
        "2025-04-01",
    ]);
    let items = imported["items"].as_array().expect("items");
    assert_eq!(items.len(), 3, "{imported}");
    let names: Vec<&str> = items
        .iter()
        .map(|i| i["original_name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["ncb.eml", "warrant.pdf", "ID card.jpg"]);
    let types: Vec<&str> = items
        .iter()
        .map(|i| i["media_type"].as_str().expect("type"))
        .collect();
    assert_eq!(types, ["message/rfc822", "application/pdf", "image/jpeg"]);
    assert_eq!(items[1]["sha256"], sha256sum(&warrant));
    assert_eq!(items[2]["sha256"], sha256sum(&photo));
    assert_eq!(items[0]["document_date"], "2025-04-01");
    let warrant_id = items[1]["id"].as_str().expect("id").to_owned();

    // The same file again: refused with its own code, or skipped on request.
    let out = call(&[
        "evidence",
        "import",
        warrant.to_str().expect("utf-8"),
        "--case",
        &case_id,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["code"], "duplicate");
    let skipped = run(&[
        "evidence",
        "import",
        stick.to_str().expect("utf-8"),
        "--case",
        &case_id,
        "--duplicates",
        "skip",
    ]);
    assert_eq!(skipped["items"].as_array().expect("items").len(), 0);
    assert_eq!(skipped["skipped"].as_array().expect("skipped").len(), 2);

    let list = run(&["evidence", "list", "--case", &case_id]);
    assert_eq!(list["items"].as_array().expect("items").len(), 3);
    let shown = run(&["evidence", "show", &warrant_id]);
    assert_eq!(shown["custody"][0]["action"], "import");
    assert_eq!(shown["item"]["category"], "court_record");
    let verified = run(&["evidence", "verify"]);
    assert_eq!(verified["ok"], true);
    assert_eq!(verified["items"].as_array().expect("items").len(), 3);

    // Export into a folder: the original name, the same bytes; logged.
    let out_dir = tmp.path().join("out");
    std::fs::create_dir_all(&out_dir).expect("mkdir");
    run(&[
        "evidence",
        "export",
        &warrant_id,
        "--to",
        out_dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        std::fs::read(out_dir.join("warrant.pdf")).expect("read"),
        std::fs::read(&warrant).expect("read")
    );
    let out = call(&[
        "evidence",
        "export",
        &warrant_id,
        "--to",
        out_dir.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        json_of(&out)["error"]["code"],
        "already_exists",
        "no silent overwrite"
    );
    run(&[
        "evidence",
        "export",
        &warrant_id,
        "--to",
        out_dir.to_str().expect("utf-8"),
        "--force",
    ]);
    assert_eq!(
        run(&["evidence", "show", &warrant_id])["custody"][2]["action"],
        "export"
    );

    // A custody certificate for two items: a PDF whose text carries both hashes, logged.
    let photo_id = items[2]["id"].as_str().expect("id").to_owned();
    let cert = tmp.path().join("certificate.pdf");
    let cert_s = cert.to_str().expect("utf-8");
    let written = run(&[
        "evidence",
        "certificate",
        &warrant_id,
        &photo_id,
        "--to",
        cert_s,
        "--paper",
        "letter",
    ]);
    assert_eq!(written["items"].as_array().expect("items").len(), 2);
    let text = pdf_text(&cert);
    assert!(text.contains(&sha256sum(&warrant)), "{text}");
    assert!(text.contains(&sha256sum(&photo)), "{text}");
    let out = call(&["evidence", "certificate", &warrant_id, "--to", cert_s]);
    assert_eq!(
        json_of(&out)["error"]["code"],
        "already_exists",
        "no silent overwrite"
    );
    assert_eq!(
        run(&["evidence", "show", &photo_id])["custody"]
            .as_array()
            .expect("custody")
            .last()
            .expect("entry")["action"],
        "certificate"
    );

    // Delete needs --yes; the record stays, marked deleted.
    let out = call(&["evidence", "delete", &warrant_id]);
    assert_eq!(json_of(&out)["error"]["code"], "invalid_input");
    run(&["evidence", "delete", &warrant_id, "--yes"]);
    let list = run(&["evidence", "list", "--case", &case_id]);
    let deleted: Vec<bool> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| !i["deleted"].is_null())
        .collect();
    assert_eq!(deleted, [false, true, false]);

    // A blob swapped for another: `evidence verify` and `vault verify` both fail, naming it.
    let blobs: Vec<std::path::PathBuf> = walk(&dir.join("blobs"));
    assert_eq!(blobs.len(), 2);
    std::fs::copy(&blobs[0], &blobs[1]).expect("swap");
    for args in [&["evidence", "verify"][..], &["vault", "verify"][..]] {
        let out = call(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = &json_of(&out)["error"];
        assert_eq!(err["code"], "damaged_file");
        assert!(
            err["message"].as_str().expect("message").contains("blobs/"),
            "{err}"
        );
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("BAD"),
            "{args:?}"
        );
    }
}

/// A batch goes on after a file that cannot be imported (changed in issue 14: the command used
/// to stop at the first failure). Every failure is listed on stderr, the others are imported,
/// and the command fails with the first failure's code, as `evidence verify` does.
#[test]
fn evidence_import_carries_on_after_a_failed_file() {
    let vault = ScriptVault::new();
    let case_id = vault.run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let first = vault.tmp.path().join("first.txt");
    let last = vault.tmp.path().join("last.txt");
    std::fs::write(&first, "first").expect("write");
    std::fs::write(&last, "last").expect("write");
    // Not a regular file: refused when its turn comes, between the two others.
    let out = vault.output(&[
        "evidence",
        "import",
        first.to_str().expect("utf-8"),
        "/dev/null",
        last.to_str().expect("utf-8"),
        "--case",
        &case_id,
    ]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(json_of(&out)["error"]["code"], "invalid_input");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("FAILED  /dev/null  invalid_input"),
        "{stderr}"
    );
    assert!(
        stderr.contains("first.txt") && stderr.contains("last.txt"),
        "{stderr}"
    );
    let listed = vault.run(&["evidence", "list", "--case", &case_id]);
    let names: Vec<&str> = listed["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["original_name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["first.txt", "last.txt"]);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read").flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

#[test]
fn filing_from_a_script_new_annex_ground_check_edit_export() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8 path");
    let pass_file = tmp.path().join("pass");
    std::fs::write(&pass_file, "filing passphrase\n").expect("write");
    let pf = pass_file.to_str().expect("utf-8");
    let out = habeas(&[
        "vault",
        "init",
        dir_s,
        "--insecure-test-kdf",
        "4",
        "--passphrase-file",
        pf,
    ]);
    assert!(out.status.success(), "{out:?}");
    let call = |args: &[&str]| {
        let mut all = vec!["--json", "--vault", dir_s, "--passphrase-file", pf];
        all.extend_from_slice(args);
        habeas(&all)
    };
    let run = |args: &[&str]| {
        let out = call(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        json_of(&out)
    };
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/evidence");
    let case_id = run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let photo = run(&[
        "evidence",
        "import",
        fixtures.join("photo.jpg").to_str().expect("utf-8"),
        "--case",
        &case_id,
        "--category",
        "identity-document",
    ])["items"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let warrant = run(&[
        "evidence",
        "import",
        fixtures.join("warrant.pdf").to_str().expect("utf-8"),
        "--case",
        &case_id,
    ])["items"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let id = run(&["filing", "new", "--case", &case_id, "--kind", "deletion"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert!(id.starts_with("filing-"));
    // Annexes in the order given: the warrant first, then the passport.
    let set = run(&["filing", "annex", &id, &warrant, &photo]);
    assert_eq!(set["filing"]["annexes"][0]["evidence"], warrant.as_str());
    let grounded = run(&["filing", "ground", &id, "art3_predominance"]);
    let text = grounded["filing"]["grounds"][0]["text"]
        .as_str()
        .expect("text");
    assert!(
        text.contains("Amina Haddad"),
        "filled from the case: {text}"
    );
    let bad = call(&["filing", "ground", &id, "no_such_argument"]);
    assert_eq!(json_of(&bad)["error"]["code"], "invalid_input");

    // Not admissible yet: the problems are named with their basis.
    let check = run(&["filing", "check", &id]);
    assert_eq!(check["admissible"], false);
    let rules: Vec<&str> = check["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["rule"].as_str().expect("rule"))
        .collect();
    // The paragraph inserted from the library still holds passages to fill in.
    for rule in [
        "identity_contents",
        "signed_and_dated",
        "purpose",
        "placeholder",
    ] {
        assert!(rules.contains(&rule), "{rule} missing from {rules:?}");
    }
    assert!(
        !rules.contains(&"identity_document"),
        "the passport is annexed"
    );

    // Fill the rest from JSON, as a script would.
    let mut filing = run(&["filing", "show", &id])["filing"].clone();
    filing["outcome"] = "Delete the data.".into();
    filing["id_copy"] = serde_json::json!({"name": true, "birth_date": true, "photo": true});
    filing["signature"] =
        serde_json::json!({"by": "Amina Haddad", "place": "Lyon", "date": "2026-11-20"});
    filing["paper"] = "letter".into();
    filing["grounds"][0]["text"] = "Amina Haddad is a journalist; the charges follow her \
        reporting on the 2019 protests."
        .into();
    let json_file = tmp.path().join("filing.json");
    std::fs::write(&json_file, filing.to_string()).expect("write");
    run(&[
        "filing",
        "edit",
        &id,
        "--from",
        json_file.to_str().expect("utf-8"),
    ]);
    let check = run(&["filing", "check", &id]);
    let problems: Vec<&serde_json::Value> = check["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "problem")
        .collect();
    assert!(problems.is_empty(), "{problems:?}");

    // Export: the portal set, then no silent overwrite, then the packet.
    let portal = tmp.path().join("portal");
    let written = run(&[
        "filing",
        "export",
        &id,
        "--portal",
        portal.to_str().expect("utf-8"),
    ]);
    assert_eq!(written["written"].as_array().expect("written").len(), 4);
    for name in ["REQUEST.pdf", "INDEX.pdf", "A-01.pdf", "A-02.pdf"] {
        assert!(
            std::fs::read(portal.join(name))
                .expect("file")
                .starts_with(b"%PDF-"),
            "{name}"
        );
    }
    let again = call(&[
        "filing",
        "export",
        &id,
        "--portal",
        portal.to_str().expect("utf-8"),
    ]);
    assert_eq!(json_of(&again)["error"]["code"], "already_exists");
    let packet = tmp.path().join("packet.pdf");
    run(&[
        "filing",
        "export",
        &id,
        "--packet",
        packet.to_str().expect("utf-8"),
    ]);
    assert!(std::fs::read(&packet)
        .expect("packet")
        .starts_with(b"%PDF-"));
    let listed = run(&["filing", "list", "--case", &case_id]);
    assert_eq!(listed["filings"].as_array().expect("filings").len(), 1);

    // The border letter, one command from the case.
    let letter = tmp.path().join("border.pdf");
    let letter_s = letter.to_str().expect("utf-8");
    let border_letter = |more: &[&str]| {
        let mut args = vec![
            "letter",
            "border",
            "--case",
            &case_id,
            "--country",
            "de",
            "--to",
            letter_s,
        ];
        args.extend_from_slice(more);
        run(&args)
    };
    border_letter(&[]);
    let text = Command::new("pdftotext")
        .args([letter_s, "-"])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(
        text.contains("To the border and immigration authorities of Germany"),
        "{text}"
    );
    // Without --paper, the letter takes the paper of the case's latest filing (US Letter here),
    // as the app does; --paper chooses (changed in issue 14: the CLI used to default to A4).
    let page_size = |path: &str| {
        let info = Command::new("pdfinfo").arg(path).output().expect("pdfinfo");
        String::from_utf8(info.stdout).expect("utf-8")
    };
    assert!(
        page_size(letter_s).contains("612 x 792 pts"),
        "{}",
        page_size(letter_s)
    );
    border_letter(&["--paper", "a4", "--force"]);
    assert!(
        page_size(letter_s).contains("(A4)"),
        "{}",
        page_size(letter_s)
    );
    let bad = call(&[
        "letter",
        "border",
        "--case",
        &case_id,
        "--country",
        "XX",
        "--to",
        letter_s,
        "--force",
    ]);
    assert_eq!(json_of(&bad)["error"]["code"], "invalid_input");
}

/// A vault for a script, and a runner of `habeas --json --vault … --passphrase-file …`.
struct ScriptVault {
    tmp: tempfile::TempDir,
    dir: String,
    pass: String,
}

impl ScriptVault {
    fn new() -> Self {
        let tmp = tempfile::tempdir().expect("temp");
        let dir = tmp.path().join("v").to_str().expect("utf-8").to_owned();
        let pass = tmp.path().join("pass").to_str().expect("utf-8").to_owned();
        std::fs::write(&pass, "script passphrase\n").expect("write");
        let out = habeas(&[
            "vault",
            "init",
            &dir,
            "--insecure-test-kdf",
            "4",
            "--passphrase-file",
            &pass,
        ]);
        assert!(out.status.success(), "{out:?}");
        ScriptVault { tmp, dir, pass }
    }

    fn output(&self, args: &[&str]) -> std::process::Output {
        let mut all = vec![
            "--json",
            "--vault",
            &self.dir,
            "--passphrase-file",
            &self.pass,
        ];
        all.extend_from_slice(args);
        habeas(&all)
    }

    fn run(&self, args: &[&str]) -> serde_json::Value {
        let out = self.output(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        json_of(&out)
    }

    /// Writes `value` to a file in the temporary folder; returns its path.
    fn file(&self, name: &str, value: &serde_json::Value) -> String {
        let path = self.tmp.path().join(name);
        std::fs::write(&path, value.to_string()).expect("write");
        path.to_str().expect("utf-8").to_owned()
    }

    /// The journal records on disk: a refused import must not add one.
    fn saves(&self) -> usize {
        // Format 4: one journal per device, `index/devices/<id>/journal/`.
        std::fs::read_dir(std::path::Path::new(&self.dir).join("index/devices"))
            .map(|devices| {
                devices
                    .map(|d| {
                        std::fs::read_dir(d.expect("entry").path().join("journal"))
                            .map(|j| j.count())
                            .unwrap_or(0)
                    })
                    .sum()
            })
            .unwrap_or(0)
    }
}

/// A document with its ids replaced by their order of appearance and the timestamps taken out:
/// two exports of the same case compare equal but for its ids.
fn without_ids(doc: &serde_json::Value) -> serde_json::Value {
    let mut ids: Vec<String> = vec![doc["case"]["id"].as_str().expect("case id").to_owned()];
    for part in ["alerts", "events"] {
        for r in doc[part].as_array().expect(part) {
            ids.push(r["id"].as_str().expect("id").to_owned());
        }
    }
    let mut text = doc.to_string();
    for (i, id) in ids.iter().enumerate() {
        text = text.replace(id.as_str(), &format!("#{i}"));
    }
    let mut out: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    for key in ["created", "updated"] {
        out["case"]
            .as_object_mut()
            .expect("case")
            .remove(key)
            .expect(key);
    }
    out
}

/// Every edit the app can make, from a script; then export → import → export gives the same
/// document but for the ids; and a case shown with `--json` imports as it was printed.
#[test]
fn case_edits_export_and_import_round_trip() {
    let v = ScriptVault::new();
    let case = v.run(&[
        "case",
        "new",
        "--name",
        "Amina Haddad",
        "--nationality",
        "TR",
    ]);
    let id = case["id"].as_str().expect("id").to_owned();
    v.run(&[
        "case",
        "edit",
        &id,
        "--original",
        "Amina Haddad",
        "--other-name",
        "Emine Haddat",
        "--sex",
        "female",
        "--born",
        "1988-04-02",
        "--birth-place",
        "Izmir",
        "--residence",
        "DE",
        "--address",
        "Berlin",
        "--contacts",
        "Signal",
        "--profile",
        "journalist",
        "--notes",
        "Two alerts.",
        "--misuse-note",
        "Reports of misuse by the issuing NCB.",
        "--access-reminder-months",
        "6",
    ]);
    v.run(&[
        "case",
        "add-document",
        &id,
        "--kind",
        "refugee-travel-document",
        "--number",
        "D123",
        "--issuer",
        "DE",
        "--expiry",
        "2030-01-31",
    ]);
    v.run(&[
        "case",
        "add-document",
        &id,
        "--number",
        "U999",
        "--issuer",
        "TR",
    ]);
    v.run(&["case", "remove-document", &id, "U999"]);
    v.run(&[
        "case",
        "protection",
        &id,
        "--status",
        "granted",
        "--country",
        "DE",
        "--date",
        "2024-02-01",
        "--feared-state",
        "TR",
        "--grounds",
        "political opinion",
    ]);
    v.run(&[
        "case",
        "set-flag",
        &id,
        "private-dispute",
        "on",
        "--reason",
        "A partner's claim",
    ]);
    v.run(&[
        "case",
        "set-flag",
        &id,
        "in-absentia",
        "off",
        "--reason",
        "Retried since",
    ]);
    v.run(&["case", "check", &id, "counsel", "--note", "Ms Avocat"]);
    v.run(&["case", "uncheck", &id, "asylum"]);
    v.run(&[
        "case",
        "bilateral",
        &id,
        "--name",
        "Treaty X–Y 2001, Art. 9",
        "--hard-days",
        "45",
        "--soft-days",
        "18",
        "--from",
        "notification",
    ]);
    let red = v.run(&[
        "alert",
        "add",
        &id,
        "--kind",
        "red-notice",
        "--country",
        "TR",
        "--date",
        "2024-03-01",
        "--asks",
        "arrest",
        "--all-members",
        "--offence",
        "fraud",
        "--warrant",
        "W-1",
        "--warrant-authority",
        "Izmir court",
        "--warrant-date",
        "2023-12-01",
        "--ncb",
        "NCB Ankara",
        "--learned-how",
        "CCF access answer",
    ]);
    let red_id = red["id"].as_str().expect("id").to_owned();
    v.run(&[
        "alert",
        "status",
        &red_id,
        "confirmed",
        "--date",
        "2024-05-01",
    ]);
    v.run(&[
        "alert",
        "status",
        &red_id,
        "refused",
        "--date",
        "2024-06-01",
    ]);
    v.run(&["alert", "status", &red_id, "--undo"]);
    v.run(&[
        "alert",
        "status",
        &red_id,
        "deleted",
        "--date",
        "2024-07-01",
    ]);
    let diffusion = v.run(&[
        "alert",
        "add",
        &id,
        "--kind",
        "diffusion",
        "--country",
        "TR",
        "--date",
        "2024-09-01",
        "--to",
        "DE",
        "--to",
        "IT",
    ]);
    let diffusion_id = diffusion["id"].as_str().expect("id").to_owned();
    v.run(&[
        "alert",
        "edit",
        &diffusion_id,
        "--precision",
        "month",
        "--date",
        "2024-09-01",
    ]);
    let arrest = v.run(&[
        "event",
        "add",
        &id,
        "--kind",
        "provisional-arrest",
        "--date",
        "2026-03-02",
        "--country",
        "IT",
        "--regime",
        "bilateral",
        "--notified-on",
        "2026-03-03",
        "--alert",
        &diffusion_id,
    ]);
    let arrest_id = arrest["id"].as_str().expect("id").to_owned();
    let key = format!("bilateral:{arrest_id}");
    v.run(&[
        "case",
        "override",
        &id,
        &key,
        "--date",
        "2026-04-20",
        "--reason",
        "Court order",
    ]);
    let filed = v.run(&[
        "event",
        "add",
        &id,
        "--kind",
        "ccf-request-filed",
        "--date",
        "2026-03-05",
        "--request",
        "access",
    ]);
    let filed_id = filed["id"].as_str().expect("id").to_owned();
    v.run(&[
        "event",
        "edit",
        &filed_id,
        "--request",
        "deletion",
        "--notes",
        "By counsel",
    ]);
    let extra = v.run(&[
        "event",
        "add",
        &id,
        "--kind",
        "other",
        "--date",
        "2026-03-06",
    ]);
    v.run(&["event", "delete", extra["id"].as_str().expect("id")]);
    let gone = v.run(&["alert", "add", &id, "--kind", "blue-notice"]);
    v.run(&["alert", "delete", gone["id"].as_str().expect("id")]);

    // What the edits did, as `case show` reads it back.
    let shown = v.run(&["case", "show", &id])["view"].clone();
    let person = &shown["case"]["person"];
    assert_eq!(person["sex"], "female");
    assert_eq!(person["birth_date"], "1988-04-02");
    assert_eq!(person["documents"].as_array().expect("documents").len(), 1);
    assert_eq!(person["protection"]["feared_state"], "TR");
    assert_eq!(shown["case"]["access_reminder_months"], 6);
    let raised: Vec<&str> = shown["flags"]
        .as_array()
        .expect("flags")
        .iter()
        .map(|f| f["kind"].as_str().expect("kind"))
        .collect();
    assert!(raised.contains(&"private_dispute"), "{raised:?}");
    assert!(raised.contains(&"country_misuse"), "{raised:?}");
    assert!(!raised.contains(&"in_absentia"), "{raised:?}");
    let statuses = &shown["alerts"][0]["status"];
    assert_eq!(
        statuses,
        &serde_json::json!([
            {"status": "confirmed", "date": "2024-05-01"},
            {"status": "deleted", "date": "2024-07-01"}
        ])
    );
    assert_eq!(shown["alerts"].as_array().expect("alerts").len(), 2);
    assert_eq!(shown["events"].as_array().expect("events").len(), 2);
    let bilateral = shown["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .find(|d| d["key"] == key.as_str())
        .expect("the bilateral deadline");
    assert_eq!(bilateral["due"], "2026-04-20");
    assert_eq!(bilateral["override_reason"], "Court order");
    let counsel = shown["checklist"]
        .as_array()
        .expect("checklist")
        .iter()
        .find(|i| i["item"] == "counsel")
        .expect("counsel");
    assert_eq!(counsel["done"], true);
    assert_eq!(counsel["note"], "Ms Avocat");

    // export → import → export: the same document but for the ids (and the times of creation).
    let first = v.run(&["case", "export", &id])["document"].clone();
    let path = v.file("case.json", &first);
    let imported = v.run(&["case", "import", &path]);
    let new_id = imported["id"].as_str().expect("id").to_owned();
    assert_ne!(new_id, id);
    let second = v.run(&["case", "export", &new_id])["document"].clone();
    assert_ne!(first["alerts"][0]["id"], second["alerts"][0]["id"]);
    assert_eq!(without_ids(&first), without_ids(&second));
    // The text output is the document itself.
    let out = habeas(&[
        "--vault",
        &v.dir,
        "--passphrase-file",
        &v.pass,
        "case",
        "export",
        &id,
    ]);
    assert!(out.status.success(), "{out:?}");
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(printed, first);

    // The view `case show --json` prints imports as it is: its derived parts are ignored.
    let path = v.file("view.json", &shown);
    let from_view = v.run(&["case", "import", &path]);
    let third =
        v.run(&["case", "export", from_view["id"].as_str().expect("id")])["document"].clone();
    assert_eq!(without_ids(&first), without_ids(&third));

    // Three cases: the one edited, and its two imports.
    let list = v.run(&["case", "list"]);
    assert_eq!(list["cases"].as_array().expect("cases").len(), 3);
}

/// A document with ids left out gets new ones; one with an unknown field, a wrong value or a
/// broken reference is refused with a message naming it, and the vault is left as it was.
#[test]
fn a_bad_case_document_is_refused_by_name_and_changes_nothing() {
    let v = ScriptVault::new();
    let minimal = serde_json::json!({
        "case": {"person": {"name_latin": "Sergei Ivanov", "nationalities": ["RU"]}},
        "alerts": [{"id": "the-diffusion", "kind": "diffusion", "issuing_country": "RU"}],
        "events": [{"kind": "provisional_arrest", "date": "2026-03-02", "country": "DE",
                    "alert_ids": ["the-diffusion"]}]
    });
    let path = v.file("minimal.json", &minimal);
    let imported = v.run(&["case", "import", &path]);
    let doc = &imported["document"];
    let alert_id = doc["alerts"][0]["id"].as_str().expect("id");
    assert!(alert_id.starts_with("alert-"), "{alert_id}");
    assert_eq!(doc["events"][0]["alert_ids"][0], alert_id);
    assert!(doc["events"][0]["id"]
        .as_str()
        .expect("id")
        .starts_with("event-"));
    let before = v.run(&["case", "list"]);
    let saves = v.saves();

    let cases: [(serde_json::Value, &str); 6] = [
        (
            serde_json::json!({"case": {"person": {"name_latin": "X", "nationalty": ["FR"]}}}),
            "\"case.person.nationalty\" is not a field Habeas knows",
        ),
        (
            serde_json::json!({"case": {"person": {"name_latin": "X"}},
                               "alerts": [{"kind": "diffusion", "warrant": {"in_absenta": true}}]}),
            "\"alerts[0].warrant.in_absenta\"",
        ),
        (
            serde_json::json!({"case": {"person": {"name_latin": "X"}}, "filings": []}),
            "unknown field `filings`",
        ),
        (
            serde_json::json!({"case": {"person": {"name_latin": "X"}},
                               "alerts": [{"kind": "red_notic"}]}),
            "alerts[0]: unknown variant `red_notic`",
        ),
        (
            serde_json::json!({"case": {"person": {"name_latin": "X"}},
                               "events": [{"kind": "release", "date": "2026-01-01",
                                           "alert_ids": ["nowhere"]}]}),
            "events[0] refers to the alert \"nowhere\"",
        ),
        // All or nothing: the first event is good, the second fails its check.
        (
            serde_json::json!({"case": {"person": {"name_latin": "X"}},
                               "events": [{"kind": "release", "date": "2026-01-01"},
                                          {"kind": "release", "country": "XX",
                                           "date": "2026-01-02"}]}),
            "in events[1] of the case file",
        ),
    ];
    for (i, (doc, says)) in cases.iter().enumerate() {
        let path = v.file(&format!("bad{i}.json"), doc);
        let out = v.output(&["case", "import", &path]);
        assert_eq!(out.status.code(), Some(1), "{doc}");
        let error = &json_of(&out)["error"];
        assert_eq!(error["code"], "invalid_input", "{doc}");
        let message = error["message"].as_str().expect("message");
        assert!(message.contains(says), "{message}");
        assert!(message.contains("othing was imported"), "{message}");
    }
    // Not JSON at all.
    let path = v.tmp.path().join("broken.json");
    std::fs::write(&path, "{\"case\": {").expect("write");
    let out = v.output(&["case", "import", path.to_str().expect("utf-8")]);
    let message = json_of(&out)["error"]["message"]
        .as_str()
        .expect("message")
        .to_owned();
    assert!(message.contains("not readable JSON"), "{message}");

    assert_eq!(v.saves(), saves, "a refused import saved something");
    assert_eq!(v.run(&["case", "list"]), before);
}

/// Issue 16.9: `evidence export` warns what a photo carries and, with `--remove-metadata`,
/// writes a copy without it (kept in the vault, recorded); `filing export` places photo annexes
/// without their metadata unless `--keep-metadata`.
#[test]
fn exports_say_what_a_photo_carries_and_leave_it_behind_when_asked() {
    let v = ScriptVault::new();
    let tmp = &v.tmp;
    // The JSON answer and what was said on the way (stderr).
    let run = |args: &[&str]| {
        let out = v.output(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        (
            json_of(&out),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let case_id = run(&["case", "new", "--name", "Amina Haddad"]).0["id"]
        .as_str()
        .expect("id")
        .to_owned();
    // The fixture photo carries a comment ("Canary JPEG …").
    let photo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/evidence/photo.jpg");
    let imported = run(&[
        "evidence",
        "import",
        "--case",
        &case_id,
        photo.to_str().expect("utf-8"),
    ])
    .0;
    let id = imported["items"][0]["id"].as_str().expect("id").to_owned();
    let canary = |p: &std::path::Path| {
        std::fs::read(p)
            .expect("read")
            .windows(11)
            .any(|w| w == b"Canary JPEG")
    };

    let kept = tmp.path().join("kept.jpg");
    let (_, warned) = run(&[
        "evidence",
        "export",
        &id,
        "--to",
        kept.to_str().expect("utf-8"),
    ]);
    assert!(warned.contains("This file carries: a comment"), "{warned}");
    assert!(canary(&kept));

    let clean = tmp.path().join("clean.jpg");
    let (written, _) = run(&[
        "evidence",
        "export",
        &id,
        "--to",
        clean.to_str().expect("utf-8"),
        "--remove-metadata",
    ]);
    assert!(!canary(&clean));
    let copy = written["copy"].as_str().expect("a copy was made");
    let sha = Command::new("sha256sum")
        .arg(&clean)
        .output()
        .expect("sha256sum");
    assert_eq!(
        written["sha256"],
        String::from_utf8_lossy(&sha.stdout)[..64].to_owned()
    );
    let shown = run(&["evidence", "show", copy]).0;
    assert_eq!(shown["custody"][0]["action"], "derived");
    assert_eq!(shown["item"]["derived_from"], id.as_str());
    let original = run(&["evidence", "show", &id]).0;
    let actions: Vec<&str> = original["custody"]
        .as_array()
        .expect("custody")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions, ["import", "export", "derive"]);

    // A filing: told what A-1 carries, placed without it by default, with it on request.
    let filing = run(&["filing", "new", "--case", &case_id]).0["id"]
        .as_str()
        .expect("id")
        .to_owned();
    run(&["filing", "annex", &filing, &id]);
    let extracted = |pdf: &std::path::Path, prefix: &str| {
        let prefix = tmp.path().join(prefix);
        let out = Command::new("pdfimages")
            .args(["-all", pdf.to_str().expect("utf-8")])
            .arg(&prefix)
            .output()
            .expect("pdfimages (poppler-utils)");
        assert!(out.status.success(), "{out:?}");
        tmp.path().join(format!("{}-000.jpg", prefix.display()))
    };
    let portal = tmp.path().join("portal");
    let (_, told) = run(&[
        "filing",
        "export",
        &filing,
        "--portal",
        portal.to_str().expect("utf-8"),
    ]);
    assert!(
        told.contains("A-1 is placed without what it carries: a comment"),
        "{told}"
    );
    assert!(!canary(&extracted(&portal.join("A-01.pdf"), "removed")));
    let with = tmp.path().join("with");
    let (_, told) = run(&[
        "filing",
        "export",
        &filing,
        "--portal",
        with.to_str().expect("utf-8"),
        "--keep-metadata",
    ]);
    assert!(told.contains("A-1 goes WITH what it carries"), "{told}");
    assert!(canary(&extracted(&with.join("A-01.pdf"), "kept")));
}

/// The person's situation, closing, reopening and deleting a case from a script (issue 21.3).
#[test]
fn case_situation_close_reopen_and_delete_from_a_script() {
    let v = ScriptVault::new();
    let id = v.run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let situation = |v: &ScriptVault| v.run(&["case", "show", &id])["view"]["situation"].clone();
    assert_eq!(situation(&v)["custody"], "at_liberty");
    v.run(&[
        "event",
        "add",
        &id,
        "--kind",
        "provisional-arrest",
        "--date",
        "2026-03-02",
    ]);
    assert_eq!(situation(&v)["custody"], "detained");
    v.run(&[
        "event",
        "add",
        &id,
        "--kind",
        "release",
        "--date",
        "2026-04-15",
    ]);
    let s = situation(&v);
    assert_eq!(
        (s["custody"].as_str(), s["since"].as_str()),
        (Some("released"), Some("2026-04-15"))
    );
    let set = v.run(&[
        "case",
        "situation",
        &id,
        "--extradited-on",
        "2026-05-01",
        "--protected",
        "Court refused extradition",
    ]);
    assert_eq!(set["situation"]["custody"], "extradited");
    assert_eq!(
        set["situation"]["protections"][0]["kind"],
        "against_extradition"
    );
    let text_out = habeas(&[
        "--vault",
        &v.dir,
        "--passphrase-file",
        &v.pass,
        "case",
        "list",
    ]);
    let text = String::from_utf8_lossy(&text_out.stdout);
    assert!(
        text.contains("Extradited on 2026-05-01 (set by you)"),
        "{text}"
    );

    // Closed: off the list, on the closed list, data kept; reopened: back.
    v.run(&["case", "close", &id]);
    assert_eq!(
        v.run(&["case", "list"])["cases"]
            .as_array()
            .expect("list")
            .len(),
        0
    );
    let closed = v.run(&["case", "list", "--closed"]);
    assert_eq!(closed["cases"][0]["id"], id.as_str());
    assert_eq!(closed["cases"][0]["situation"]["closed"], true);
    assert_eq!(
        v.run(&["case", "show", &id])["view"]["events"]
            .as_array()
            .expect("events")
            .len(),
        2
    );
    v.run(&["case", "reopen", &id]);
    assert_eq!(v.run(&["case", "list"])["cases"][0]["id"], id.as_str());

    // Delete: without --yes it says what would go and deletes nothing.
    let file = v.tmp.path().join("statement.txt");
    std::fs::write(&file, "twelve bytes").expect("write");
    v.run(&[
        "evidence",
        "import",
        file.to_str().expect("utf-8"),
        "--case",
        &id,
    ]);
    let refused = v.output(&["case", "delete", &id]);
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");
    let message = json_of(&refused)["error"]["message"].to_string();
    assert!(message.contains("1 evidence item (12 bytes)"), "{message}");
    assert!(message.contains("Backups"), "{message}");
    assert!(message.contains("history of changes"), "{message}");
    assert!(!message.contains("Amina"), "{message}");
    assert_eq!(
        v.run(&["case", "list"])["cases"]
            .as_array()
            .expect("list")
            .len(),
        1
    );
    let blobs = |v: &ScriptVault| walk(&std::path::Path::new(&v.dir).join("blobs")).len();
    assert_eq!(blobs(&v), 1);
    let done = v.run(&["case", "delete", &id, "--yes"]);
    assert_eq!(done["deleted"]["removed"]["evidence_items"], 1);
    assert_eq!(done["deleted"]["removed"]["events"], 2);
    assert_eq!(blobs(&v), 0);
    assert_eq!(v.output(&["case", "show", &id]).status.code(), Some(1));
    assert!(v.run(&["case", "list"])["cases"]
        .as_array()
        .expect("list")
        .is_empty());
    assert!(v.run(&["case", "list", "--closed"])["cases"]
        .as_array()
        .expect("list")
        .is_empty());
}

/// The words of a PDF, as `pdftotext` reads them, one space apart.
fn pdf_words(path: &str) -> String {
    let text = Command::new("pdftotext")
        .args([path, "-"])
        .output()
        .expect("pdftotext");
    String::from_utf8(text.stdout)
        .expect("utf-8")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `habeas letter ccf-follow-up`: the letter to the CCF asking for a decision overdue under
/// Art. 40, written only when one is (issue 15 §3.4); border and asylum letters still need the
/// country.
#[test]
fn the_ccf_follow_up_letter_is_written_only_for_an_overdue_decision() {
    let v = ScriptVault::new();
    let doc = |events: serde_json::Value| {
        serde_json::json!({
            "case": {"person": {"name_latin": "Sergei Ivanov", "nationalities": ["RU"]}},
            "alerts": [{"id": "the-diffusion", "kind": "diffusion", "issuing_country": "RU"}],
            "events": events
        })
    };
    // Filed and found admissible in January 2025: nine months ended in October 2025.
    let overdue = doc(serde_json::json!([
        {"kind": "ccf_request_filed", "date": "2025-01-06", "ccf_request": ["deletion"]},
        {"kind": "admissibility_decision", "date": "2025-01-20"}
    ]));
    let path = v.file("overdue.json", &overdue);
    let imported = v.run(&["case", "import", &path]);
    let case_id = imported["document"]["case"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let to = v.tmp.path().join("follow-up.pdf");
    let to_s = to.to_str().expect("utf-8");
    v.run(&["letter", "ccf-follow-up", "--case", &case_id, "--to", to_s]);
    let text = pdf_words(to_s);
    assert!(
        text.contains("that period ended on 20 October 2025. No decision on it has been received."),
        "{text}"
    );
    // The letter's language is its own choice (`--language`), apart from `--lang`: French
    // throughout, its citation in the French form, and said to be unreviewed.
    let written = v.run(&[
        "letter",
        "ccf-follow-up",
        "--case",
        &case_id,
        "--to",
        to_s,
        "--force",
        "--language",
        "fr",
    ]);
    assert_eq!(written["language"], "fr");
    assert_eq!(written["reviewed"], false);
    let text = pdf_words(to_s);
    for needle in [
        "Aux termes de l'art. 40 du Statut de la CCF",
        "ce délai a expiré le 20 octobre 2025. Aucune décision n'a été reçue à ce jour.",
    ] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    assert!(!text.contains("No decision on it"), "{text}");

    let pending = doc(serde_json::json!([
        {"kind": "ccf_request_filed", "date": "2025-01-06", "ccf_request": ["deletion"]}
    ]));
    let path = v.file("pending.json", &pending);
    let imported = v.run(&["case", "import", &path]);
    let other = imported["document"]["case"]["id"].as_str().expect("id");
    let refused = v.output(&[
        "letter",
        "ccf-follow-up",
        "--case",
        other,
        "--to",
        to_s,
        "--force",
    ]);
    assert!(!refused.status.success());
    assert_eq!(json_of(&refused)["error"]["code"], "invalid_input");
    let no_country = v.output(&["letter", "border", "--case", other, "--to", to_s, "--force"]);
    assert_eq!(json_of(&no_country)["error"]["code"], "invalid_input");

    // A filing submitted: one command records the event that starts the CCF's clocks.
    let filing = v.run(&["filing", "new", "--case", other, "--kind", "access"]);
    let filing_id = filing["id"].as_str().expect("id");
    let recorded = v.run(&["filing", "submitted", filing_id, "--date", "2025-02-01"]);
    assert_eq!(recorded["event"]["kind"], "ccf_request_filed");
    assert_eq!(recorded["event"]["ccf_request"][0], "access");
    let shown = v.run(&["case", "show", other]);
    let access = &shown["view"]["ccf"][0];
    assert_eq!(access["state"], "filed", "{access}");
    assert_eq!(access["filed"], "2025-02-01");
}

/// Issue 16 ("Also"): a guessable passphrase is refused, saying why and what to do; a generated
/// one is printed once and opens the vault.
#[test]
fn vault_init_refuses_a_common_password_and_can_generate_one() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8 path");

    let out = habeas_stdin(
        &["--json", "vault", "init", dir_s, "--insecure-test-kdf", "4"],
        "password1\n",
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let error = &json_of(&out)["error"];
    assert_eq!(error["code"], "invalid_input");
    let message = error["message"].as_str().expect("message");
    assert!(message.contains("very common password"), "{message}");
    assert!(message.contains("generated passphrase"), "{message}");
    assert!(!dir.join("vault.json").exists(), "no vault was made");

    let out = habeas(&[
        "--json",
        "vault",
        "init",
        dir_s,
        "--generate-passphrase",
        "--insecure-test-kdf",
        "4",
    ]);
    assert!(out.status.success(), "{out:?}");
    let passphrase = json_of(&out)["passphrase"]
        .as_str()
        .expect("the generated passphrase")
        .to_owned();
    let words: Vec<&str> = passphrase.split(' ').collect();
    assert_eq!(words.len(), 6, "{passphrase}");
    assert!(words
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')));

    let pass_file = tmp.path().join("pass");
    std::fs::write(&pass_file, format!("{passphrase}\n")).expect("write");
    let out = habeas(&[
        "--json",
        "--vault",
        dir_s,
        "--passphrase-file",
        pass_file.to_str().expect("utf-8"),
        "vault",
        "verify",
    ]);
    assert!(
        out.status.success(),
        "the generated passphrase opens the vault: {out:?}"
    );
}

/// Compares `text` with the snapshot `name` (cli/tests/snapshots/); `UPDATE_SNAPSHOTS=1`
/// rewrites it instead.
fn snapshot(name: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("no snapshot {name}: run with UPDATE_SNAPSHOTS=1 and review it")
    });
    assert_eq!(
        text, expected,
        "{name} changed: review, then UPDATE_SNAPSHOTS=1"
    );
}

/// `--lang` puts the deadline list, the calendar and error messages into each language (issue
/// 17), and without it the system locale decides. Dates relative to today are replaced by
/// their offset so the snapshots hold.
#[test]
fn lang_puts_deadlines_calendar_and_errors_into_each_language() {
    let vault = ScriptVault::new();
    let (dir_s, pf) = (vault.dir.as_str(), vault.pass.as_str());
    let run = |args: &[&str]| vault.run(args);
    let case = run(&[
        "case",
        "new",
        "--name",
        "Sergei Ivanov",
        "--nationality",
        "ru",
    ]);
    let case_id = case["id"].as_str().expect("id").to_owned();
    let alert = run(&[
        "alert",
        "add",
        &case_id,
        "--kind",
        "diffusion",
        "--country",
        "RU",
        "--asks",
        "arrest",
        "--all-members",
    ]);
    let alert_id = alert["id"].as_str().expect("id").to_owned();
    let today = chrono::Local::now().date_naive();
    let arrested = today - chrono::Days::new(2);
    run(&[
        "event",
        "add",
        &case_id,
        "--kind",
        "provisional-arrest",
        "--date",
        &arrested.to_string(),
        "--country",
        "DE",
        "--regime",
        "european-convention",
        "--alert",
        &alert_id,
    ]);
    let relative = |text: &str| {
        [0_u64, 18, 40].iter().fold(text.to_owned(), |t, n| {
            t.replace(
                &(arrested + chrono::Days::new(*n)).to_string(),
                &format!("<arrest+{n}>"),
            )
        })
    };
    for lang in ["en", "fr", "es", "ar", "ru"] {
        let base = ["--vault", dir_s, "--passphrase-file", pf, "--lang", lang];
        let list = habeas(&[&base[..], &["deadlines"]].concat());
        assert!(list.status.success(), "{list:?}");
        let calendar = habeas(&[&base[..], &["deadlines", "--ics", "--hide-names"]].concat());
        // Unfolded (RFC 5545 §3.1): a folded line goes on after CRLF and one space.
        let calendar = String::from_utf8(calendar.stdout)
            .expect("utf-8")
            .replace("\r\n ", "");
        let summaries: Vec<&str> = calendar
            .lines()
            .filter(|l| l.starts_with("SUMMARY:"))
            .collect();
        let show = habeas(&[&base[..], &["case", "show", &case_id]].concat());
        assert!(show.status.success(), "{show:?}");
        let error = habeas(&[&base[..], &["case", "show", "case-0000000000000000"]].concat());
        assert_eq!(error.status.code(), Some(1));
        let text = format!(
            "$ habeas --lang {lang} deadlines\n{}\n$ habeas --lang {lang} deadlines --ics (summaries)\n{}\n$ habeas --lang {lang} case show <case>\n{}\n$ habeas --lang {lang} case show case-0000000000000000\n{}",
            String::from_utf8(list.stdout).expect("utf-8"),
            summaries.join("\n"),
            String::from_utf8(show.stdout)
                .expect("utf-8")
                .replace(&case_id, "<case>")
                .replace(&alert_id, "<alert>"),
            String::from_utf8(error.stderr).expect("utf-8"),
        );
        assert!(
            !text.contains('\u{2068}'),
            "no isolation marks on a terminal: {text}"
        );
        snapshot(&format!("lang-{lang}.txt"), &relative(&text));
    }

    // Without --lang, the system locale decides (LC_ALL first); a language Habeas lacks is
    // English.
    let error_in = |lc_all: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
            .env("LC_ALL", lc_all)
            .args([
                "--vault",
                dir_s,
                "--passphrase-file",
                pf,
                "case",
                "show",
                "case-0",
            ])
            .output()
            .expect("run habeas");
        String::from_utf8(out.stderr).expect("utf-8")
    };
    assert!(
        error_in("ru_RU.UTF-8").starts_with("habeas: Этот объект"),
        "{}",
        error_in("ru_RU.UTF-8")
    );
    assert!(
        error_in("de_DE.UTF-8").starts_with("habeas: This "),
        "{}",
        error_in("de_DE.UTF-8")
    );
    // An unknown --lang is a usage error.
    let out = habeas(&["--lang", "tlh", "about"]);
    assert_eq!(out.status.code(), Some(2));
}

/// `habeas travel`: a trip saved, listed, checked (levels with sources, the map and the brief
/// written), checked legs without saving, and a bad leg refused by name.
#[test]
fn travel_add_list_check_from_a_script() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8 path");
    let pass_file = tmp.path().join("pass");
    std::fs::write(&pass_file, "travel passphrase words\n").expect("write");
    let pf = pass_file.to_str().expect("utf-8");
    let out = habeas(&[
        "vault",
        "init",
        dir_s,
        "--insecure-test-kdf",
        "4",
        "--passphrase-file",
        pf,
    ]);
    assert!(out.status.success(), "{out:?}");
    let raw = |args: &[&str]| {
        let mut all = vec!["--json", "--vault", dir_s, "--passphrase-file", pf];
        all.extend_from_slice(args);
        habeas(&all)
    };
    let run = |args: &[&str]| {
        let out = raw(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        json_of(&out)
    };
    let case = run(&["case", "new", "--name", "Deniz Test"]);
    let case_id = case["id"].as_str().expect("id").to_owned();
    run(&[
        "alert",
        "add",
        &case_id,
        "--kind",
        "diffusion",
        "--country",
        "TR",
        "--asks",
        "arrest",
        "--to",
        "PT",
    ]);
    let trip = run(&[
        "travel",
        "add",
        "--case",
        &case_id,
        "--label",
        "Lisbon",
        "--leg",
        "2099-06-01:de:pt:fr",
        "--note",
        "FR:held someone on a Diffusion",
    ]);
    let trip_id = trip["id"].as_str().expect("id").to_owned();
    let list = run(&["travel", "list", "--case", &case_id]);
    assert_eq!(list["trips"][0]["trip"]["id"], trip_id.as_str());
    let map = tmp.path().join("map.svg");
    let brief = tmp.path().join("brief.pdf");
    let check = run(&[
        "travel",
        "check",
        "--trip",
        &trip_id,
        "--map",
        map.to_str().expect("utf-8"),
        "--brief",
        brief.to_str().expect("utf-8"),
    ]);
    assert_eq!(check["check"]["level"], "high");
    let pt = check["check"]["countries"]
        .as_array()
        .expect("countries")
        .iter()
        .find(|c| c["country"] == "PT")
        .expect("PT");
    assert_eq!(pt["level"], "high");
    assert!(pt["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .all(|r| !r["source"].as_str().unwrap_or_default().is_empty()));
    assert!(std::fs::read_to_string(&map)
        .expect("map")
        .starts_with("<svg"));
    assert!(std::fs::read(&brief).expect("brief").starts_with(b"%PDF"));
    // Checked again: the earlier check is named.
    let again = run(&["travel", "check", "--trip", &trip_id]);
    assert!(again["previous"].is_string(), "{again}");
    // A note written after the check: the list asks for a new check and says what changed;
    // the check shows the note as the user's own, not as a source.
    assert_eq!(
        run(&["travel", "list", "--case", &case_id])["trips"][0]["check_again"],
        false
    );
    run(&[
        "travel",
        "note",
        "--trip",
        &trip_id,
        "--country",
        "pt",
        "--text",
        "Airport police check Diffusions",
    ]);
    let listed = run(&["travel", "list", "--case", &case_id]);
    assert_eq!(listed["trips"][0]["check_again"], true, "{listed}");
    assert_eq!(
        listed["trips"][0]["changed"][0],
        "Your notes on countries' practice changed."
    );
    let noted = run(&["travel", "check", "--trip", &trip_id]);
    let note = noted["check"]["countries"]
        .as_array()
        .expect("countries")
        .iter()
        .find(|c| c["country"] == "PT")
        .and_then(|c| {
            c["reasons"]
                .as_array()?
                .iter()
                .find(|r| r["kind"] == "user_note")
                .cloned()
        })
        .expect("the note is a reason");
    assert_eq!(
        note["text"],
        "Your own note on this country: Airport police check Diffusions."
    );
    assert!(note["source"]
        .as_str()
        .expect("source")
        .starts_with("your own note, not a source"));
    let removed = run(&["travel", "note", "--trip", &trip_id, "--country", "PT"]);
    assert_eq!(removed["country_notes"].as_array().expect("notes").len(), 1);
    // Legs checked without saving.
    let preview = run(&[
        "travel",
        "check",
        "--case",
        &case_id,
        "--leg",
        "2099-07-01:DE:JP",
    ]);
    assert_eq!(preview["check"]["countries"][1]["level"], "not_safe_lower");
    let bad = raw(&[
        "travel",
        "add",
        "--case",
        &case_id,
        "--leg",
        "2099-06-01:DE:ZZ",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(json_of(&bad)["error"]["code"], "invalid_input");
}

/// `habeas --lang … travel check` (issue 18, 17): the levels, the why of each country and of
/// the trip, the caution and what to carry in each of the five languages. The reasons quote
/// English data and stay English. Legs in 2099, so the treaty data's dates do not move them.
#[test]
fn travel_check_speaks_each_language() {
    let vault = ScriptVault::new();
    let (dir_s, pf) = (vault.dir.as_str(), vault.pass.as_str());
    let case = vault.run(&["case", "new", "--name", "Deniz Test"]);
    let case_id = case["id"].as_str().expect("id").to_owned();
    vault.run(&[
        "alert",
        "add",
        &case_id,
        "--kind",
        "diffusion",
        "--country",
        "TR",
        "--asks",
        "arrest",
        "--to",
        "PT",
    ]);
    for lang in ["en", "fr", "es", "ar", "ru"] {
        let out = habeas(&[
            "--vault",
            dir_s,
            "--passphrase-file",
            pf,
            "--lang",
            lang,
            "travel",
            "check",
            "--case",
            &case_id,
            "--leg",
            "2099-06-01:DE:PT:FR",
        ]);
        assert!(out.status.success(), "{out:?}");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert!(
            !text.contains('\u{2068}'),
            "no isolation marks on a terminal: {text}"
        );
        snapshot(
            &format!("travel-{lang}.txt"),
            &format!("$ habeas --lang {lang} travel check --case <case> --leg 2099-06-01:DE:PT:FR\n{text}"),
        );
    }
}

/// `case share` / `case receive` between two vaults (issue 19.4): identity, contacts, the
/// unknown sender refused until its fingerprint is accepted, the dry run changing nothing.
#[test]
fn a_case_shared_from_one_vault_is_received_in_another() {
    let alice = ScriptVault::new();
    let bob = ScriptVault::new();
    let bob_identity = bob.run(&["sharing", "identity"]);
    let bob_text = bob_identity["text"].as_str().expect("text").to_owned();
    assert!(bob_text.starts_with("habeas1-"));
    alice.run(&["sharing", "contact", "add", "Bob", &bob_text]);
    let listed = alice.run(&["sharing", "contact", "list"]);
    assert_eq!(listed["contacts"][0]["name"], "Bob");
    let case_id = alice.run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let item = alice.tmp.path().join("statement.txt");
    std::fs::write(&item, "a statement").expect("write");
    let imported = alice.run(&[
        "evidence",
        "import",
        "--case",
        &case_id,
        item.to_str().expect("utf-8"),
    ]);
    let item_id = imported["items"][0]["id"]
        .as_str()
        .or_else(|| imported["item"]["id"].as_str())
        .expect("item id")
        .to_owned();
    let file = bob.tmp.path().join("case.habeas-share");
    let file_s = file.to_str().expect("utf-8");
    let shared = alice.run(&[
        "case",
        "share",
        "--case",
        &case_id,
        "--to",
        "Bob",
        "--out",
        file_s,
        "--evidence",
        &item_id,
    ]);
    assert_eq!(shared["shared"]["evidence"], 1);

    // Bob has not named Alice: refused with the fingerprint, nothing saved.
    let saves = bob.saves();
    let out = bob.output(&["case", "receive", file_s]);
    assert_eq!(out.status.code(), Some(1));
    let err = &json_of(&out)["error"];
    assert_eq!(err["code"], "share_unknown_sender");
    let dry = bob.run(&["case", "receive", file_s, "--dry-run"]);
    let fingerprint = dry["incoming"]["sender_fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_owned();
    assert_eq!(bob.saves(), saves, "refused and dry runs save nothing");
    let received = bob.run(&["case", "receive", file_s, "--accept-sender", &fingerprint]);
    let local = received["id"].as_str().expect("id").to_owned();
    let shown = bob.run(&["case", "show", &local]);
    assert_eq!(
        shown["view"]["case"]["person"]["name_latin"],
        "Amina Haddad"
    );
    let items = bob.run(&["evidence", "list", "--case", &local]);
    assert_eq!(items["items"].as_array().expect("items").len(), 1);
}

/// `sharing revoke` and `sharing contact import-revocation` (issue 19.4): the contact is marked
/// revoked, and a file signed by the revoked key is refused with the date.
#[test]
fn a_revoked_sharing_key_is_refused_once_its_statement_is_imported() {
    let alice = ScriptVault::new();
    let bob = ScriptVault::new();
    let alice_text = alice.run(&["sharing", "identity"])["text"]
        .as_str()
        .expect("text")
        .to_owned();
    let bob_text = bob.run(&["sharing", "identity"])["text"]
        .as_str()
        .expect("text")
        .to_owned();
    alice.run(&["sharing", "contact", "add", "Bob", &bob_text]);
    bob.run(&["sharing", "contact", "add", "Alice", &alice_text]);
    let case_id = alice.run(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let file = bob.tmp.path().join("old-key.habeas-share");
    let file_s = file.to_str().expect("utf-8");
    alice.run(&[
        "case", "share", "--case", &case_id, "--to", "Bob", "--out", file_s,
    ]);

    let statement = alice.tmp.path().join("revocation.txt");
    let statement_s = statement.to_str().expect("utf-8");
    let revoked = alice.run(&["sharing", "revoke", "--out", statement_s]);
    let at = revoked["revocation"]["revoked_at"]
        .as_str()
        .expect("date")
        .to_owned();
    assert_ne!(revoked["identity"].as_str(), Some(alice_text.as_str()));
    assert_eq!(
        alice.run(&["sharing", "identity"])["text"],
        revoked["identity"]
    );

    let imported = bob.run(&["sharing", "contact", "import-revocation", statement_s]);
    assert_eq!(imported["revocation"]["contact"], "Alice");
    let listed = bob.run(&["sharing", "contact", "list"]);
    assert_eq!(listed["contacts"][0]["revoked"].as_str(), Some(at.as_str()));
    let out = bob.output(&["case", "receive", file_s]);
    assert_eq!(out.status.code(), Some(1));
    let err = &json_of(&out)["error"];
    assert_eq!(err["code"], "share_revoked_sender");
    assert!(
        err["message"]
            .as_str()
            .expect("message")
            .contains(&at[..10]),
        "{err}"
    );
}

/// `vault backup`, `backup-status`, `backups`, `restore` and `travel`, as a script drives them
/// (issue 19).
#[test]
fn backup_restore_and_travel_from_a_script() {
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("v");
    let dir_s = dir.to_str().expect("utf-8 path");
    let pass_file = tmp.path().join("pass");
    std::fs::write(&pass_file, "backup passphrase\n").expect("write");
    let pf = pass_file.to_str().expect("utf-8");
    let out = habeas(&[
        "--json",
        "vault",
        "init",
        dir_s,
        "--insecure-test-kdf",
        "4",
        "--passphrase-file",
        pf,
    ]);
    assert!(out.status.success(), "{out:?}");
    let recovery = json_of(&out)["recovery_key"]
        .as_str()
        .expect("key")
        .to_owned();
    let run = |args: &[&str]| {
        let mut all = vec!["--json", "--vault", dir_s, "--passphrase-file", pf];
        all.extend_from_slice(args);
        habeas(&all)
    };
    let ok = |args: &[&str]| {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        json_of(&out)
    };
    let case_id = ok(&[
        "case",
        "new",
        "--name",
        "Script Person",
        "--nationality",
        "ru",
    ])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let status = ok(&["vault", "backup-status"]);
    assert_eq!(status["status"]["reminder_due"], true);

    let to = tmp.path().join("backups");
    let to_s = to.to_str().expect("utf-8");
    let made = ok(&["vault", "backup", to_s]);
    assert_eq!(made["backup"]["cases"], 1);
    let generation = made["backup"]["generation"]
        .as_str()
        .expect("name")
        .to_owned();
    let status = ok(&["vault", "backup-status"]);
    assert_eq!(
        status["status"]["last_good"]["generation"],
        generation.as_str()
    );
    assert_eq!(status["status"]["reminder_due"], false);
    let listed = json_of(&habeas(&["--json", "vault", "backups", to_s]));
    assert_eq!(listed["backups"], serde_json::json!([generation]));
    let policy = ok(&[
        "vault",
        "backup-policy",
        "--keep",
        "3",
        "--remind-after-days",
        "2",
    ]);
    assert_eq!(policy["status"]["policy"]["keep_generations"], 3);

    // The backup of another vault: its own code, exit 1.
    let other = tmp.path().join("other");
    let out = habeas(&[
        "vault",
        "init",
        other.to_str().expect("utf-8"),
        "--insecure-test-kdf",
        "4",
        "--passphrase-file",
        pf,
    ]);
    assert!(out.status.success());
    let out = habeas(&[
        "--json",
        "--vault",
        other.to_str().expect("utf-8"),
        "--passphrase-file",
        pf,
        "vault",
        "backup",
        to_s,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["code"], "backup_of_another_vault");

    // Restore with the recovery key, from a file; then the same target again is refused.
    let key_file = tmp.path().join("key");
    std::fs::write(&key_file, format!("{recovery}\n")).expect("write");
    let restored_dir = tmp.path().join("restored");
    let restore = |target: &std::path::Path| {
        habeas(&[
            "--json",
            "vault",
            "restore",
            to_s,
            target.to_str().expect("utf-8"),
            "--recovery-key",
            "--recovery-key-file",
            key_file.to_str().expect("utf-8"),
        ])
    };
    let out = restore(&restored_dir);
    assert!(out.status.success(), "{out:?}");
    let restored = json_of(&out);
    assert_eq!(restored["restored"]["cases"], 1);
    assert_eq!(restored["restored"]["generation"], generation.as_str());
    let out = restore(&restored_dir);
    assert_eq!(json_of(&out)["error"]["code"], "folder_not_empty");
    let out = habeas(&[
        "--json",
        "--vault",
        restored_dir.to_str().expect("utf-8"),
        "--passphrase-file",
        pf,
        "case",
        "list",
    ]);
    assert!(out.status.success(), "the restored vault opens: {out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains(&case_id));

    // Travel: leave, status, return.
    let stick = tmp.path().join("stick");
    let stick_s = stick.to_str().expect("utf-8");
    let left = ok(&["vault", "travel", "leave", stick_s, "--all"]);
    assert_eq!(left["left"]["cases"], 1);
    assert_eq!(left["left"]["status"]["cases_on_device"], 0);
    let out = run(&["vault", "travel", "status"]);
    assert!(out.status.success());
    let text = habeas(&[
        "--vault",
        dir_s,
        "--passphrase-file",
        pf,
        "vault",
        "travel",
        "status",
    ]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("1 cases away") && text.contains("forensic"),
        "{text}"
    );
    let back = ok(&["vault", "travel", "return", stick_s]);
    assert_eq!(back["returned"]["cases"], 1);
    assert_eq!(back["returned"]["status"]["cases_on_device"], 1);
}

/// A new vault in `tmp` (folder, passphrase file), made with `--lang lang --json` and a
/// recovery sheet written to `sheet_name`; with the command's output.
fn init_with_sheet(
    tmp: &std::path::Path,
    lang: &str,
    sheet_name: &str,
) -> (
    std::path::PathBuf,
    std::path::PathBuf,
    std::path::PathBuf,
    std::process::Output,
) {
    let (dir, pass_file, sheet) = (tmp.join("v"), tmp.join("pass"), tmp.join(sheet_name));
    std::fs::write(&pass_file, "script passphrase for a sheet\n").expect("write");
    let out = habeas(&[
        "--json",
        "--lang",
        lang,
        "vault",
        "init",
        dir.to_str().expect("utf-8"),
        "--insecure-test-kdf",
        "4",
        "--passphrase-file",
        pass_file.to_str().expect("utf-8"),
        "--recovery-sheet",
        sheet.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{out:?}");
    (dir, pass_file, sheet, out)
}

/// The text of the PDF at `path`, as poppler reads it.
fn pdf_text(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .args([path.to_str().expect("utf-8"), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// `--lang` writes the recovery sheets (at `vault init` and `new-recovery-key`) and the custody
/// certificate in that language (issue 17.1); without it they follow the system's (here
/// English).
#[test]
fn lang_puts_recovery_sheets_and_certificates_into_that_language() {
    let tmp = tempfile::tempdir().expect("temp");
    let (dir, pass_file, sheet, _) = init_with_sheet(tmp.path(), "fr", "sheet-fr.pdf");
    let dir_s = dir.to_str().expect("utf-8 path");
    let pf = pass_file.to_str().expect("utf-8");
    let text = pdf_text(&sheet);
    assert!(text.contains("Fiche de récupération Habeas"), "{text}");
    assert!(!text.contains("Habeas recovery sheet"), "{text}");

    let call = |args: &[&str]| {
        let mut all = vec!["--json", "--vault", dir_s, "--passphrase-file", pf];
        all.extend_from_slice(args);
        let out = habeas(&all);
        assert!(out.status.success(), "{args:?}: {out:?}");
        json_of(&out)
    };
    for (lang, title) in [
        ("es", "Hoja de recuperación de Habeas"),
        ("ru", "Лист восстановления Habeas"),
    ] {
        let sheet = tmp.path().join(format!("sheet-{lang}.pdf"));
        let sheet_s = sheet.to_str().expect("utf-8");
        call(&[
            "--lang",
            lang,
            "vault",
            "new-recovery-key",
            "--recovery-sheet",
            sheet_s,
        ]);
        let text = pdf_text(&sheet);
        assert!(text.contains(title), "{lang}: {text}");
    }

    let case_id = call(&["case", "new", "--name", "Amina Haddad"])["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let warrant = tmp.path().join("warrant.pdf");
    std::fs::write(&warrant, b"%PDF-1.4 warrant").expect("write");
    let imported = call(&[
        "evidence",
        "import",
        warrant.to_str().expect("utf-8"),
        "--case",
        &case_id,
        "--category",
        "court-record",
    ]);
    let id = imported["items"][0]["id"].as_str().expect("id").to_owned();
    for (lang, title) in [
        (None, "Evidence custody certificate"),
        (Some("es"), "Certificado de custodia de pruebas"),
        (Some("ru"), "Справка о хранении доказательств"),
    ] {
        let cert = tmp
            .path()
            .join(format!("certificate-{}.pdf", lang.unwrap_or("system")));
        let cert_s = cert.to_str().expect("utf-8");
        let mut args = lang.map_or_else(Vec::new, |l| vec!["--lang", l]);
        args.extend_from_slice(&["evidence", "certificate", &id, "--to", cert_s]);
        call(&args);
        let text = pdf_text(&cert);
        assert!(text.contains(title), "{lang:?}: {text}");
    }
}

/// `vault devices` lists this device once it has saved: its id, the name it recorded in the
/// vault, its saves and when it made the latest (issue 20.3); the text says which is this one.
#[test]
fn vault_devices_lists_this_device_after_a_save() {
    let vault = ScriptVault::new();
    let listed = vault.run(&["vault", "devices"]);
    assert_eq!(
        listed["devices"].as_array().expect("devices").len(),
        1,
        "this device, before any save: {listed}"
    );
    assert_eq!(listed["devices"][0]["saves"], 0, "{listed}");
    vault.run(&["case", "new", "--name", "Amina Haddad"]);
    vault.run(&["case", "new", "--name", "Sergei Ivanov"]);
    let listed = vault.run(&["vault", "devices"]);
    let me = &listed["devices"][0];
    assert_eq!(me["this_device"], true, "{listed}");
    assert_eq!(me["saves"], 2, "{listed}");
    assert_eq!(me["id"].as_str().expect("id").len(), 16);
    assert!(
        me["name"].as_str().is_some_and(|n| !n.is_empty()),
        "{listed}"
    );
    assert!(me["last_save_ms"].as_u64().is_some(), "{listed}");
    let out = habeas(&[
        "--vault",
        &vault.dir,
        "--passphrase-file",
        &vault.pass,
        "vault",
        "devices",
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("(this device)") && text.contains("2 save(s)"),
        "{text}"
    );
}
