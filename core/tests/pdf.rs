//! Printable documents checked with the tools a court clerk's or a portal's software would use:
//! `qpdf --check` (structure), `pdffonts` (every font embedded as a subset), `pdftotext` (the
//! text can be found and copied, Arabic in logical order), `pdfinfo` (real metadata) and
//! `pdftoppm` (page 1 rendered to `target/pdf/*.png`, kept as a CI artefact and looked at).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};
use habeas_core::evidence::certificate::{self, Options};
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::evidence::{Category, Details};
use habeas_core::export::pdf::PageSize;
use habeas_core::model::Person;
use habeas_core::store::{cases, evidence as records};
use habeas_core::vault::recovery::{self, RecoveryKey};
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use habeas_core::ErrorCode;

const PASS: &str = "correct horse battery staple";

/// Where rendered pages go, kept by CI.
fn artefacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/pdf");
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("{cmd} is missing ({e}); `make test` installs poppler-utils and qpdf")
    });
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The checks every PDF Habeas writes must pass. Returns the text `pdftotext` extracts.
fn check_pdf(path: &Path, render_as: &str) -> String {
    let p = path.to_str().unwrap();
    let qpdf = run("qpdf", &["--check", p]);
    assert!(
        qpdf.contains("No syntax or stream encoding errors"),
        "{qpdf}"
    );

    let fonts = run("pdffonts", &[p]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts: {fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... encoding emb sub uni object ID
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "font not embedded as a subset with a Unicode map: {row}"
        );
        assert!(
            cols[0].as_bytes().get(6) == Some(&b'+'),
            "no subset tag: {row}"
        );
    }

    let info = run("pdfinfo", &[p]);
    assert!(info.contains("Producer:        Habeas"), "{info}");
    assert!(!info.contains("1970"), "{info}");

    run(
        "pdftoppm",
        &[
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            p,
            artefacts().join(render_as).to_str().unwrap(),
        ],
    );
    assert!(
        artefacts()
            .join(format!("{render_as}.png"))
            .metadata()
            .unwrap()
            .len()
            > 1000
    );

    run("pdftotext", &["-enc", "UTF-8", p, "-"])
}

fn sha256sum(path: &Path) -> String {
    run("sha256sum", &[path.to_str().unwrap()])[..64].to_owned()
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

#[test]
fn custody_certificate_states_hashes_log_and_how_to_check() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    Vault::create(
        &dir,
        &SecretString::from(PASS.to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap();
    let mut v = Vault::unlock(&dir, &SecretString::from(PASS.to_owned())).unwrap();
    let person = Person {
        name_latin: "Olga Petrova".into(),
        ..Person::default()
    };
    let case_id = cases::create_case(v.store(), person).unwrap().id;

    // Names in Turkish and Arabic, so the certificate must set both.
    let warrant = tmp.path().join("Yakalama kararı — İzmir.pdf");
    fs::write(&warrant, b"%PDF-1.4\n% a warrant\n").unwrap();
    let decision = tmp.path().join("قرار اللجوء.txt");
    fs::write(&decision, "Asylum granted on 12 May 2024.\n").unwrap();
    let mut ids = Vec::new();
    for (path, category) in [
        (&warrant, Category::ArrestWarrant),
        (&decision, Category::AsylumDecision),
    ] {
        let details = Details {
            category,
            source: "E-mail from the client's sister".into(),
            ..Details::default()
        };
        let item = intake::import(
            &mut v,
            &case_id,
            path,
            details,
            OnDuplicate::Refuse,
            &mut |_| true,
        )
        .unwrap();
        ids.push(item.id);
    }
    let mut changed = records::get(v.store(), &ids[0]).unwrap().details();
    changed.description = "Warrant of the 3rd criminal court".into();
    records::update(v.store(), &ids[0], changed).unwrap();
    records::log_view(v.store(), &ids[1]).unwrap();

    let options = Options {
        page_size: PageSize::A4,
        generated: at("2026-11-24T10:00:00Z"),
    };
    let pdf = certificate::issue(v.store(), &ids, &options).unwrap();
    let path = tmp.path().join("certificate.pdf");
    fs::write(&path, &pdf).unwrap();
    let text = check_pdf(&path, "custody-certificate-a4");

    // The hashes are those `sha256sum` prints, in full.
    for original in [&warrant, &decision] {
        let hash = sha256sum(original);
        assert!(text.contains(&hash), "{hash} missing from:\n{text}");
    }
    for needle in [
        "Evidence custody certificate",
        "Yakalama kararı — İzmir.pdf",
        "قرار اللجوء",
        "Arrest warrant",
        "Refugee or asylum decision",
        "the hash chain is intact",
        "Opened for viewing inside Habeas",
        "Changed description from “(empty)” to “Warrant of the 3rd criminal court”.",
        "sha256sum FILE",
        "shasum -a 256 FILE",
        "Get-FileHash -Algorithm SHA256 FILE",
        "Page 1 of",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }

    // Issuing it is itself a custody event, of every item covered.
    for id in &ids {
        let log = records::custody(v.store(), id).unwrap();
        assert_eq!(log.last().map(|e| e.action.as_str()), Some("certificate"));
    }

    // US Letter too.
    let letter = Options {
        page_size: PageSize::Letter,
        ..options
    };
    let pdf = certificate::build(v.store(), &ids[..1], &letter).unwrap();
    let path = tmp.path().join("letter.pdf");
    fs::write(&path, &pdf).unwrap();
    check_pdf(&path, "custody-certificate-letter");
    let info = run("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("612 x 792 pts"), "{info}");

    // An empty selection is refused in words.
    let err = certificate::build(v.store(), &[], &letter).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

#[test]
fn recovery_sheet_shows_the_key_and_a_qr_code_that_scans_to_it() {
    let tmp = tempfile::tempdir().unwrap();
    let created = Vault::create(
        &tmp.path().join("vault"),
        &SecretString::from(PASS.to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap();
    let key = &created.recovery_key;
    let pdf = recovery::sheet(key, "vault-test", PageSize::A4, at("2026-11-24T10:00:00Z")).unwrap();
    let path = tmp.path().join("sheet.pdf");
    fs::write(&path, pdf.as_slice()).unwrap();
    let text = check_pdf(&path, "recovery-sheet");
    assert!(text.contains(key.expose()), "the key in letters:\n{text}");
    assert!(text.contains("age -d keys/recovery.age"));

    // The QR code, rendered at print resolution, scans back to the key (zbarimg, from zbar-tools).
    let png = tmp.path().join("sheet");
    run(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-singlefile",
            path.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
    let scanned = run(
        "zbarimg",
        &[
            "--raw",
            "-q",
            tmp.path().join("sheet.png").to_str().unwrap(),
        ],
    );
    assert_eq!(scanned.trim(), key.expose());
    // And what it scans to opens the vault.
    assert!(RecoveryKey::parse(scanned.trim()).is_ok());
}
