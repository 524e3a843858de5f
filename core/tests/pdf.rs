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
use habeas_core::evidence::metadata::{self, Carried, MetadataChoice};
use habeas_core::evidence::{Category, Details};
use habeas_core::model::Person;
use habeas_core::pdf::PageSize;
use habeas_core::store::{cases, evidence_items as records};
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
    check_pdf_with(path, render_as, &[])
}

/// The fonts of a PDF, as `pdffonts` names them.
fn font_names(path: &Path) -> Vec<String> {
    run("pdffonts", &[path.to_str().unwrap()])
        .lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

/// As [`check_pdf`], for a PDF that carries pages of other PDFs: their own fonts (`foreign`)
/// are theirs, kept as they were; every font Habeas adds must be an embedded subset.
fn check_pdf_with(path: &Path, render_as: &str, foreign: &[String]) -> String {
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
        if foreign.iter().any(|f| f == cols[0]) {
            continue;
        }
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
        "The chain is not signed",
        "Chain head",
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
    // Format 2: the recovery key opens a slot, which opens the vault key (two age commands).
    assert!(
        text.contains("age -d -o slot.txt keys/recovery.age"),
        "{text}"
    );
    assert!(
        text.contains("age -d -i slot.txt keys/identity.age"),
        "{text}"
    );

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

// ---------------------------------------------------------------------------------------------
// Filings

use habeas_core::filing::export as filing_export;
use habeas_core::filing::{
    Annex, ApplicantKind, Filing, FilingKind, Ground, IdCopy, Language, Signature,
};
use habeas_core::model::{Alert, AlertKind, Protection, ProtectionKind, ProtectionStatus};
use habeas_core::rules::arguments;
use habeas_core::store::filings;

/// The tests that check a JPEG annex byte for byte place photos as imported.
const KEEP: MetadataChoice = MetadataChoice::Keep;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/evidence")
        .join(name)
}

/// A PNG written with the png crate: 40×24, a gradient.
fn png_file(path: &Path) {
    let mut data = Vec::new();
    for y in 0..24u8 {
        for x in 0..40u8 {
            data.extend_from_slice(&[x * 6, y * 10, 128]);
        }
    }
    let file = fs::File::create(path).unwrap();
    let mut enc = png::Encoder::new(file, 40, 24);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header().unwrap().write_image_data(&data).unwrap();
}

/// Compares `text` with the snapshot `name` (core/tests/snapshots/); `UPDATE_SNAPSHOTS=1`
/// rewrites it instead.
fn snapshot(name: &str, text: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
    }
    let expected = fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("no snapshot {name}: run with UPDATE_SNAPSHOTS=1 and review it")
    });
    assert_eq!(
        text, expected,
        "{name} changed: review, then UPDATE_SNAPSHOTS=1"
    );
}

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    vault: Vault,
    filing: Filing,
}

/// A case with an alert and four annexes (JPEG, PDF, PNG, text), and a filing in `language`.
fn filing_fixture(language: Language) -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    Vault::create(
        &dir.join("vault"),
        &SecretString::from(PASS.to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap();
    let mut v = Vault::unlock(&dir.join("vault"), &SecretString::from(PASS.to_owned())).unwrap();
    let person = Person {
        name_latin: "Amina Haddad".into(),
        name_original: "أمينة حداد".into(),
        birth_date: chrono::NaiveDate::from_ymd_opt(1984, 3, 2),
        nationalities: vec!["SY".into()],
        protection: Some(Protection {
            status: ProtectionStatus::Granted,
            kind: ProtectionKind::ConventionRefugee,
            country: Some("FR".into()),
            date: chrono::NaiveDate::from_ymd_opt(2024, 5, 12),
            feared_state: Some("SY".into()),
            ..Protection::default()
        }),
        ..Person::default()
    };
    let case = cases::create_case(v.store(), person).unwrap();
    let alert = cases::add_alert(
        v.store(),
        &case.id,
        Alert {
            kind: AlertKind::Diffusion,
            issuing_country: Some("SY".into()),
            offence: "Financing of terrorism (as charged)".into(),
            ..Alert::default()
        },
    )
    .unwrap();
    png_file(&dir.join("map.png"));
    fs::write(dir.join("notes.txt"), "Interview notes.\n").unwrap();
    let mut ids = Vec::new();
    for (path, category) in [
        (fixture("photo.jpg"), Category::IdentityDocument),
        (fixture("warrant.pdf"), Category::ArrestWarrant),
        (dir.join("map.png"), Category::Other),
        (dir.join("notes.txt"), Category::NarrativeDraft),
    ] {
        let details = Details {
            category,
            ..Details::default()
        };
        ids.push(
            intake::import(
                &mut v,
                &case.id,
                &path,
                details,
                OnDuplicate::Refuse,
                &mut |_| true,
            )
            .unwrap()
            .id,
        );
    }
    let (facts, outcome) = match language {
        Language::Ar => (
            "السيدة أمينة حداد صحفية لاجئة في فرنسا منذ عام 2019.".to_owned(),
            "نطلب حذف النشرة وإبلاغ جميع المكاتب المركزية الوطنية.".to_owned(),
        ),
        _ => (
            "Ms Haddad is a journalist who fled Syria in 2019 and was recognised as a refugee in France.".to_owned(),
            "Delete the Diffusion and inform every National Central Bureau.".to_owned(),
        ),
    };
    // Two grounds: one whose only citation is verified, one that cites secondary sources and
    // is not confirmed yet, so the request marks it "to be checked" (issue 15, 2.6).
    let alerts = cases::alerts(v.store(), &case.id).unwrap();
    let grounds = ["refugee_policy", "diffusion_description"]
        .into_iter()
        .map(|id| {
            let argument = arguments::by_id(id).unwrap();
            Ground {
                argument: Some(argument.id.into()),
                // In the filing's language, as the app inserts it (issue 17.2).
                text: arguments::fill_in(
                    language,
                    &argument.text_in(language),
                    &case,
                    &alerts,
                    &arguments::Annexed::default(),
                ),
                citations_confirmed: false,
            }
        })
        .collect();
    let filing = filings::create(
        v.store(),
        &case.id,
        Filing {
            kind: FilingKind::Deletion,
            language,
            alerts: vec![alert.id],
            learned_how: "Stopped at the border on 3 May 2026.".into(),
            facts,
            grounds,
            outcome,
            confidential: vec!["Her address in France.".into()],
            annexes: ids
                .iter()
                .map(|id| Annex {
                    evidence: id.clone(),
                    title: String::new(),
                })
                .collect(),
            id_copy: IdCopy {
                name: true,
                birth_date: true,
                photo: true,
            },
            signature: Signature {
                by: "Amina Haddad".into(),
                place: "Lyon".into(),
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20),
            },
            bates_prefix: "HAD-".into(),
            ..Filing::default()
        },
    )
    .unwrap();
    Fixture {
        _tmp: tmp,
        dir,
        vault: v,
        filing,
    }
}

fn page_text(path: &Path, page: usize) -> String {
    let p = page.to_string();
    run(
        "pdftotext",
        &[
            "-enc",
            "UTF-8",
            "-f",
            &p,
            "-l",
            &p,
            path.to_str().unwrap(),
            "-",
        ],
    )
}

#[test]
fn portal_set_is_separate_named_pdfs_with_stamped_annexes_and_an_untouched_jpeg() {
    let mut fx = filing_fixture(Language::En);
    let out = fx.dir.join("portal");
    let files = filing_export::portal_set(
        &mut fx.vault,
        &fx.filing.id,
        &out,
        false,
        KEEP,
        &mut |_, _| true,
    )
    .unwrap();
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "REQUEST.pdf",
            "INDEX.pdf",
            "A-01.pdf",
            "A-02.pdf",
            "A-03.pdf",
            "A-04.pdf"
        ]
    );

    let request = check_pdf(&out.join("REQUEST.pdf"), "filing-request-en");
    snapshot("request-en.txt", &request);
    let index = check_pdf(&out.join("INDEX.pdf"), "filing-index-en");
    for id in &fx.filing.annexes {
        let item = records::get(fx.vault.store(), &id.evidence).unwrap();
        assert!(index.contains(&item.sha256), "{index}");
    }
    // The JPEG annex: `pdfimages` gives back the very file.
    let a1 = check_pdf(&out.join("A-01.pdf"), "filing-annex-jpeg");
    assert!(a1.contains("A-1 · HAD-000001"), "{a1}");
    let prefix = fx.dir.join("extracted");
    run(
        "pdfimages",
        &[
            "-all",
            out.join("A-01.pdf").to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    assert_eq!(
        fs::read(fx.dir.join("extracted-000.jpg")).unwrap(),
        fs::read(fixture("photo.jpg")).unwrap()
    );
    // The PDF annex: its own page, unchanged, stamped with the next number.
    let a2 = check_pdf_with(
        &out.join("A-02.pdf"),
        "filing-annex-pdf",
        &font_names(&fixture("warrant.pdf")),
    );
    assert!(
        a2.contains("Canary PDF Vqzk") && a2.contains("A-2 · HAD-000002"),
        "{a2}"
    );
    let a3 = check_pdf(&out.join("A-03.pdf"), "filing-annex-png");
    assert!(a3.contains("HAD-000003"));
    let a4 = check_pdf(&out.join("A-04.pdf"), "filing-annex-other");
    assert!(
        a4.contains("cannot be shown as a page") && a4.contains("HAD-000004"),
        "{a4}"
    );

    // Every annexed item's custody log says where it went.
    for a in &fx.filing.annexes {
        let log = records::custody(fx.vault.store(), &a.evidence).unwrap();
        let last = log.last().unwrap();
        assert_eq!(last.action, "filed");
        assert_eq!(last.new.as_ref().unwrap()["as"], "portal set");
    }
    // No silent overwrite; a cancel removes what it wrote.
    let err = filing_export::portal_set(
        &mut fx.vault,
        &fx.filing.id,
        &out,
        false,
        KEEP,
        &mut |_, _| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::AlreadyExists);
    let other = fx.dir.join("cancelled");
    let err = filing_export::portal_set(
        &mut fx.vault,
        &fx.filing.id,
        &other,
        false,
        KEEP,
        &mut |done, _| done < 5,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled);
    assert_eq!(
        fs::read_dir(&other).unwrap().count(),
        0,
        "nothing left behind"
    );
}

/// The fixture photo as a phone would have written it: an Exif block with where it was taken
/// (41°0'29.52" N, 28°58'42.24" E), the phone and its owner, built here with the crates the
/// core reads it with (no file from elsewhere).
fn photo_with_gps(path: &Path) {
    use exif::{experimental::Writer, Field, In, Rational, Tag, Value};
    let ascii = |tag, text: &str| Field {
        tag,
        ifd_num: In::PRIMARY,
        value: Value::Ascii(vec![text.as_bytes().to_vec()]),
    };
    let dms = |tag, d, m, s100| Field {
        tag,
        ifd_num: In::PRIMARY,
        value: Value::Rational(vec![
            Rational { num: d, denom: 1 },
            Rational { num: m, denom: 1 },
            Rational {
                num: s100,
                denom: 100,
            },
        ]),
    };
    let fields = [
        ascii(Tag::Make, "Apple"),
        ascii(Tag::Model, "iPhone 12"),
        ascii(Tag::CameraOwnerName, "Owner Canary Kqx"),
        ascii(Tag::GPSLatitudeRef, "N"),
        dms(Tag::GPSLatitude, 41, 0, 2952),
        ascii(Tag::GPSLongitudeRef, "E"),
        dms(Tag::GPSLongitude, 28, 58, 4224),
    ];
    let mut writer = Writer::new();
    for f in &fields {
        writer.push_field(f);
    }
    let mut tiff = std::io::Cursor::new(Vec::new());
    writer.write(&mut tiff, true).unwrap();
    let mut jpeg =
        img_parts::jpeg::Jpeg::from_bytes(fs::read(fixture("photo.jpg")).unwrap().into()).unwrap();
    img_parts::ImageEXIF::set_exif(&mut jpeg, Some(tiff.into_inner().into()));
    fs::write(path, jpeg.encoder().bytes()).unwrap();
}

#[test]
fn a_photo_with_gps_is_filed_without_it_and_the_original_stays_in_the_vault() {
    let mut fx = filing_fixture(Language::En);
    let gps = fx.dir.join("IMG_0001.jpg");
    photo_with_gps(&gps);
    let original = intake::import(
        &mut fx.vault,
        &fx.filing.case_id,
        &gps,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(original.sha256, sha256sum(&gps));
    let mut filing = fx.filing.clone();
    filing.annexes.insert(
        0,
        Annex {
            evidence: original.id.clone(),
            title: "Photo of the arrest".into(),
        },
    );
    let filing = filings::update(fx.vault.store(), filing).unwrap();

    // Before the export: the app and the CLI are told what A-1 carries.
    let carried = filing_export::annex_metadata(&mut fx.vault, &filing.id).unwrap();
    let a1 = carried.iter().find(|a| a.label == "A-1").unwrap();
    assert_eq!(a1.evidence, original.id);
    let summary = a1.metadata.summary();
    assert!(
        summary.starts_with("GPS position 41.0082 N, 28.9784 E; camera Apple iPhone 12"),
        "{summary}"
    );

    // Exported with the metadata removed: the JPEG in A-01.pdf, as `pdfimages` extracts it,
    // carries no position, no phone, no owner.
    let out = fx.dir.join("portal");
    let remove = MetadataChoice::Remove;
    filing_export::portal_set(
        &mut fx.vault,
        &filing.id,
        &out,
        false,
        remove,
        &mut |_, _| true,
    )
    .unwrap();
    let a1_pdf = out.join("A-01.pdf");
    check_pdf(&a1_pdf, "filing-annex-photo-cleaned");
    let prefix = fx.dir.join("cleaned");
    run(
        "pdfimages",
        &["-all", a1_pdf.to_str().unwrap(), prefix.to_str().unwrap()],
    );
    let filed = fx.dir.join("cleaned-000.jpg");
    let filed_bytes = fs::read(&filed).unwrap();
    let found = metadata::read(&filed_bytes, "image/jpeg");
    assert!(!found.carries_anything(), "{found:?}");
    for canary in ["GPS", "Apple", "iPhone", "Owner Canary Kqx", "Canary JPEG"] {
        assert!(
            !filed_bytes
                .windows(canary.len())
                .any(|w| w == canary.as_bytes()),
            "{canary} went to the CCF"
        );
    }
    // The filed picture is the copy kept in the vault, with its own SHA-256, given by the
    // index; the original stays as imported.
    let items = records::list(fx.vault.store(), &filing.case_id).unwrap();
    let copy = items
        .iter()
        .find(|e| e.derived_from.as_deref() == Some(original.id.as_str()))
        .expect("the copy is an item of the case");
    assert_eq!(copy.sha256, sha256sum(&filed));
    assert_ne!(copy.sha256, original.sha256);
    let index = check_pdf(&out.join("INDEX.pdf"), "filing-index-photo-cleaned");
    assert!(index.contains(&copy.sha256) && !index.contains(&original.sha256));
    let kept = fx.dir.join("kept.jpg");
    intake::export(&mut fx.vault, &original.id, &kept, false, &mut |_| true).unwrap();
    assert_eq!(fs::read(&kept).unwrap(), fs::read(&gps).unwrap());
    assert_eq!(
        records::get(fx.vault.store(), &original.id).unwrap().sha256,
        sha256sum(&gps)
    );

    // Both chains of custody record the copy and its hash.
    let log = records::custody(fx.vault.store(), &original.id).unwrap();
    let derive = log.iter().find(|e| e.action == "derive").unwrap();
    let facts = derive.new.as_ref().unwrap();
    assert_eq!(facts["copy"], copy.id.as_str());
    assert_eq!(facts["sha256"], copy.sha256.as_str());
    assert_eq!(
        facts["what"],
        "metadata removed: GPS position, camera, owner, other embedded data"
    );
    // The custody log (and so a certificate, which leaves the vault) names what was removed,
    // never the position itself.
    assert!(!format!("{log:?}").contains("41.0082"));
    let last = log.iter().rev().find(|e| e.action == "filed").unwrap();
    assert_eq!(
        last.new.as_ref().unwrap()["copy"]["sha256"],
        copy.sha256.as_str()
    );
    let copy_log = records::custody(fx.vault.store(), &copy.id).unwrap();
    assert_eq!(
        copy_log
            .iter()
            .map(|e| e.action.as_str())
            .collect::<Vec<_>>(),
        ["derived", "filed"]
    );
    assert_eq!(
        copy_log[0].new.as_ref().unwrap()["from_sha256"],
        original.sha256.as_str()
    );
    // The certificate says it in words.
    let cert = certificate::build(
        fx.vault.store(),
        std::slice::from_ref(&original.id),
        &Options {
            page_size: PageSize::A4,
            generated: Utc::now(),
        },
    )
    .unwrap();
    let cert_path = fx.dir.join("certificate.pdf");
    fs::write(&cert_path, &cert).unwrap();
    let cert_text = run("pdftotext", &[cert_path.to_str().unwrap(), "-"]).replace('\n', " ");
    assert!(
        cert_text.contains("A copy was made for export"),
        "{cert_text}"
    );

    // A second export places the same copy: no second one is made.
    let again = fx.dir.join("again.pdf");
    filing_export::packet(
        &mut fx.vault,
        &filing.id,
        &again,
        false,
        remove,
        &mut |_, _| true,
    )
    .unwrap();
    let copies = records::list(fx.vault.store(), &filing.case_id)
        .unwrap()
        .into_iter()
        .filter(|e| e.derived_from.as_deref() == Some(original.id.as_str()))
        .count();
    assert_eq!(copies, 1);

    // Kept when the user chooses to: the photo goes byte for byte, position and all.
    let with = fx.dir.join("with-metadata");
    filing_export::portal_set(
        &mut fx.vault,
        &filing.id,
        &with,
        false,
        KEEP,
        &mut |_, _| true,
    )
    .unwrap();
    let prefix = fx.dir.join("kept-in-pdf");
    run(
        "pdfimages",
        &[
            "-all",
            with.join("A-01.pdf").to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let bytes = fs::read(fx.dir.join("kept-in-pdf-000.jpg")).unwrap();
    assert_eq!(bytes, fs::read(&gps).unwrap());
    assert_eq!(
        metadata::read(&bytes, "image/jpeg").findings[0].kind,
        Carried::Location
    );
}

#[test]
fn arabic_request_is_right_to_left_and_extracts_in_logical_order() {
    let mut fx = filing_fixture(Language::Ar);
    let out = fx.dir.join("portal");
    filing_export::portal_set(
        &mut fx.vault,
        &fx.filing.id,
        &out,
        false,
        KEEP,
        &mut |_, _| true,
    )
    .unwrap();
    let text = check_pdf(&out.join("REQUEST.pdf"), "filing-request-ar");
    for sentence in [
        "لجنة الرقابة على محفوظات الإنتربول",
        "طلب حذف البيانات",
        "نطلب حذف النشرة وإبلاغ جميع المكاتب المركزية الوطنية",
        "أمينة حداد",
    ] {
        assert!(
            text.contains(sentence),
            "{sentence} not in logical order in:\n{text}"
        );
    }
    snapshot("request-ar.txt", &text);
}

#[test]
fn an_entitys_request_names_the_entity_its_registration_and_signatory_not_a_birth_date() {
    let mut fx = filing_fixture(Language::En);
    let mut f = fx.filing.clone();
    f.applicant.kind = ApplicantKind::Entity;
    f.applicant.entity_name = "Haddad Maritime SARL".into();
    f.applicant.registration_number = "RCS Lyon 512 345 678".into();
    f.applicant.registered_on = chrono::NaiveDate::from_ymd_opt(2011, 5, 3);
    f.applicant.registered_office = "12 quai Saint-Antoine, Lyon".into();
    f.applicant.signatory = "Amina Haddad".into();
    f.applicant.signatory_authority = "Managing director (gérante)".into();
    f.applicant.property = "Vessel Amal, IMO 9123456".into();
    filings::update(fx.vault.store(), f).unwrap();
    let out = fx.dir.join("portal");
    filing_export::portal_set(
        &mut fx.vault,
        &fx.filing.id,
        &out,
        false,
        KEEP,
        &mut |_, _| true,
    )
    .unwrap();
    let text = check_pdf(&out.join("REQUEST.pdf"), "filing-request-entity");
    for line in [
        "Haddad Maritime SARL",
        "Registration number",
        "RCS Lyon 512 345 678",
        "Represented by",
        "Managing director (gérante)",
        "Property concerned",
        "Vessel Amal, IMO 9123456",
    ] {
        assert!(text.contains(line), "{line} missing in:\n{text}");
    }
    assert!(
        text.contains("The entity, through the person representing it"),
        "{text}"
    );
    // The case's person is not the applicant here: no date of birth is claimed for the entity.
    assert!(!text.contains("Date of birth"), "{text}");
}

#[test]
fn a_minors_request_names_the_parent_acting_for_them() {
    let mut fx = filing_fixture(Language::Fr);
    let mut f = fx.filing.clone();
    f.applicant.kind = ApplicantKind::Minor;
    f.applicant.guardian = "Leila Haddad".into();
    f.applicant.relationship = "mère".into();
    filings::update(fx.vault.store(), f).unwrap();
    let out = fx.dir.join("portal");
    filing_export::portal_set(
        &mut fx.vault,
        &fx.filing.id,
        &out,
        false,
        KEEP,
        &mut |_, _| true,
    )
    .unwrap();
    let text = check_pdf(&out.join("REQUEST.pdf"), "filing-request-minor");
    // The label may wrap in its column: compare with line breaks as spaces.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Parent ou tuteur agissant pour le mineur"),
        "{text}"
    );
    assert!(text.contains("Leila Haddad (mère)"), "{text}");
    assert!(
        flat.contains("Le parent ou tuteur nommé ci-dessus, pour le mineur"),
        "{text}"
    );
    assert!(text.contains("Amina Haddad"), "{text}");
}

#[test]
fn print_packet_has_every_part_numbered_bookmarked_and_linked() {
    let mut fx = filing_fixture(Language::En);
    let dest = fx.dir.join("packet.pdf");
    filing_export::packet(
        &mut fx.vault,
        &fx.filing.id,
        &dest,
        false,
        KEEP,
        &mut |_, _| true,
    )
    .unwrap();
    if let Some(keep) = std::env::var_os("KEEP_PACKET") {
        fs::copy(&dest, keep).unwrap();
    }
    check_pdf_with(&dest, "filing-packet", &font_names(&fixture("warrant.pdf")));
    let doc = lopdf::Document::load(&dest).unwrap();
    let total = doc.get_pages().len();
    // Page N of M on every page, the annex's own page included.
    for n in 1..=total {
        let t = page_text(&dest, n);
        assert!(
            t.contains(&format!("Page {n} of {total}")),
            "page {n}:\n{t}"
        );
    }
    // One outline entry per part: cover, request, index, four annexes.
    let catalog = doc.catalog().unwrap();
    let outlines = doc
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    assert_eq!(outlines.get(b"Count").unwrap().as_i64().unwrap(), 7);
    // The index links to each annex.
    let links: usize = doc
        .get_pages()
        .values()
        .filter_map(|p| {
            doc.get_dictionary(*p)
                .ok()?
                .get(b"Annots")
                .ok()?
                .as_array()
                .ok()
                .map(Vec::len)
        })
        .sum();
    assert_eq!(links, 4);
    let log = records::custody(fx.vault.store(), &fx.filing.annexes[0].evidence).unwrap();
    assert_eq!(
        log.last().unwrap().new.as_ref().unwrap()["as"],
        "print packet"
    );
}

#[test]
fn border_and_asylum_letters_state_the_case_and_the_law_with_sources() {
    use habeas_core::filing::letters::{self, LetterData, LetterKind};
    use habeas_core::model::{CcfRequestKind, Event, EventKind};
    let mut fx = filing_fixture(Language::En);
    let case_id = fx.filing.case_id.clone();
    let case = cases::get_case(fx.vault.store(), &case_id).unwrap();
    let alerts = cases::alerts(fx.vault.store(), &case_id).unwrap();
    let filings_list = filings::list(fx.vault.store(), &case_id).unwrap();
    let evidence = records::list(fx.vault.store(), &case_id).unwrap();
    let letter_text = |kind: LetterKind, events: &[Event], to: &str, name: &str| {
        let data = LetterData {
            case: &case,
            alerts: &alerts,
            filings: &filings_list,
            events,
            evidence: &evidence,
            country: to,
            paper: PageSize::A4,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
            generated: at("2026-11-24T10:00:00Z"),
        };
        let path = fx.dir.join(format!("{name}.pdf"));
        fs::write(
            &path,
            letters::letter(kind, &data, habeas_core::locale::Language::En).unwrap(),
        )
        .unwrap();
        check_pdf(&path, name)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };

    // The filing exists as a draft only: no request is said to be pending (issue 15, 2.5).
    let text = letter_text(LetterKind::Border, &[], "DE", "letter-border-draft");
    assert!(!text.contains("was filed on"), "{text}");
    assert!(!text.contains("pending"), "{text}");

    let filed = cases::add_event(
        fx.vault.store(),
        &case_id,
        Event {
            kind: EventKind::CcfRequestFiled,
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20),
            ccf_request: vec![CcfRequestKind::Deletion],
            ..Event::default()
        },
    )
    .unwrap();
    let events = [filed];
    let text = letter_text(LetterKind::Border, &events, "DE", "letter-border");
    for needle in [
        // The bearer's page comes first, with the caution.
        "For the bearer: read before you use this letter",
        "Coming forward to border or police authorities can itself lead to an arrest",
        "remove it before you hand the letter over",
        "To the border and immigration authorities of Germany",
        "Amina Haddad, born on 2 March 1984",
        "a Diffusion recorded in INTERPOL's",
        "recognised as a refugee under the 1951 Convention relating to the Status of Refugees by France on 12 May 2024",
        "GA-2017-86-RES-09",
        "A request for deletion of these data was filed on 20 November 2026 with the Commission",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    let first_page = page_text(&fx.dir.join("letter-border.pdf"), 1);
    assert!(
        first_page.contains("For the bearer") && !first_page.contains("To the border"),
        "{first_page}"
    );
    // The letter is numbered without the bearer's page, so it reads whole once that is removed.
    let letter_page = page_text(&fx.dir.join("letter-border.pdf"), 2);
    assert!(letter_page.contains("Page 1 of 1"), "{letter_page}");
    // Never to the state that issued the alert.
    let data = LetterData {
        case: &case,
        alerts: &alerts,
        filings: &filings_list,
        events: &events,
        evidence: &evidence,
        country: "SY",
        paper: PageSize::A4,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        generated: at("2026-11-24T10:00:00Z"),
    };
    let err =
        letters::letter(LetterKind::Border, &data, habeas_core::locale::Language::En).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let text = letter_text(LetterKind::Asylum, &events, "DE", "letter-asylum");
    assert!(
        text.contains("To the asylum authority of Germany"),
        "{text}"
    );
    assert!(
        text.contains("the state the applicant fears persecution from"),
        "{text}"
    );

    // The sheet a person carries in case of detention (issue 18.3): one page, what they ask for,
    // the protection and the pending request as recorded, never the feared state's consulate.
    let text = letter_text(LetterKind::DetainedNow, &events, "", "sheet-if-detained");
    for needle in [
        "If I am detained",
        "I ask for a lawyer and an interpreter",
        "I do not consent to my extradition or surrender",
        "Do not contact the embassy or consulate of the Syrian Arab Republic",
        "recognised as a refugee under the 1951 Convention",
        "GA-2017-86-RES-09",
        "was filed on 20 November 2026",
        "Call, day and night",
        "Page 1 of 1",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    // No request filed: none is said to be pending. Consent recorded: not denied.
    let consent = [Event {
        kind: EventKind::ConsentToSurrender,
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 21),
        ..Event::default()
    }];
    let text = letter_text(LetterKind::DetainedNow, &consent, "", "sheet-if-detained-2");
    assert!(!text.contains("was filed on"), "{text}");
    assert!(!text.contains("I do not consent"), "{text}");

    // The brief for the lawyer in custody (issue 18.4): the file as recorded, with each item's
    // SHA-256 and its annex label, and where the requests to the CCF stand.
    let text = letter_text(LetterKind::LawyerBrief, &events, "", "brief-for-the-lawyer");
    for needle in [
        "Brief for the lawyer in custody",
        "Diffusion, from Syrian Arab Republic",
        "Financing of terrorism",
        "Requests to the CCF",
        "Correction or deletion filed on 20 November 2026",
        "Access not asked",
        "Annex A-1:",
        evidence[0].sha256.as_str(),
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
}

#[test]
fn the_follow_up_letter_asks_the_ccf_for_an_overdue_decision_and_only_then() {
    use habeas_core::filing::letters::{self, LetterData, LetterKind};
    use habeas_core::model::{CcfRequestKind, Event, EventKind};
    let mut fx = filing_fixture(Language::En);
    let case_id = fx.filing.case_id.clone();
    let store = fx.vault.store();
    let case = cases::get_case(store, &case_id).unwrap();
    let alerts = cases::alerts(store, &case_id).unwrap();
    let filings_list = filings::list(store, &case_id).unwrap();
    let evidence = records::list(store, &case_id).unwrap();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let event = |kind, date: &str, asks: &[CcfRequestKind]| Event {
        id: format!("event-{date}"),
        kind,
        date: Some(day(date)),
        ccf_request: asks.to_vec(),
        ..Event::default()
    };
    let events = [
        event(
            EventKind::CcfRequestFiled,
            "2026-01-15",
            &[CcfRequestKind::Deletion],
        ),
        event(EventKind::AdmissibilityDecision, "2026-02-10", &[]),
    ];
    let data = |today: &str| LetterData {
        case: &case,
        alerts: &alerts,
        filings: &filings_list,
        events: &events,
        evidence: &evidence,
        country: "",
        paper: PageSize::A4,
        today: day(today),
        generated: at("2026-11-24T10:00:00Z"),
    };
    // Nine months from 10 February 2026 end on 10 November 2026: not overdue that day.
    let err = letters::letter(
        LetterKind::CcfFollowUp,
        &data("2026-11-10"),
        habeas_core::locale::Language::En,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let path = fx.dir.join("follow-up.pdf");
    fs::write(
        &path,
        letters::letter(
            LetterKind::CcfFollowUp,
            &data("2026-11-28"),
            habeas_core::locale::Language::En,
        )
        .unwrap(),
    )
    .unwrap();
    let text = check_pdf(&path, "letter-ccf-follow-up")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for needle in [
        "Before you send this letter",
        "read only in a secondary source",
        "To the Commission for the Control of INTERPOL's Files (CCF)",
        "On 15 January 2026, a request for correction or deletion of the data concerning Amina Haddad \
         was filed with the Commission. The Commission found it admissible on 10 February 2026.",
        "within nine months of its admissibility: that period ended on 10 November 2026",
        "respectfully asks the Commission to give its decision",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    let first_page = page_text(&path, 1);
    assert!(
        first_page.contains("Before you send") && !first_page.contains("To the Commission"),
        "{first_page}"
    );
    // A decision recorded after admissibility: nothing to ask for.
    let decided = [
        events[0].clone(),
        events[1].clone(),
        event(EventKind::CcfDecision, "2026-11-20", &[]),
    ];
    let mut d = data("2026-11-28");
    d.events = &decided;
    assert!(letters::letter(
        LetterKind::CcfFollowUp,
        &d,
        habeas_core::locale::Language::En
    )
    .is_err());
}

// ---------------------------------------------------------------------------------------------
// The PDFs' own words in each language (issue 17.1)

use habeas_core::locale::Language as AppLanguage;

/// `text` with what changes from run to run (fingerprints, ids, times, the recovery key) replaced
/// by a placeholder, so the snapshot holds the document's words.
fn steady(text: &str, key: Option<&str>) -> String {
    let mut out = String::new();
    for line in text.lines() {
        // A fingerprint's first characters, split off onto a line of their own by an Arabic
        // line's reordering, change with the fingerprint.
        let bare: String = line.chars().filter(char::is_ascii_alphanumeric).collect();
        if !bare.is_empty() && bare.chars().all(|c| c.is_ascii_hexdigit()) && bare.len() < 4 {
            out.push_str("<n>\n");
            continue;
        }
        let mut words: Vec<String> = Vec::new();
        for word in line.split(' ') {
            let bare = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let hex = bare.len() >= 32 && bare.chars().all(|c| c.is_ascii_hexdigit());
            let time = bare.len() == 8 && bare.chars().filter(|c| *c == ':').count() == 2;
            let id =
                bare.len() >= 20 && bare.contains('-') && bare.chars().any(|c| c.is_ascii_digit());
            words.push(if hex {
                "<sha256>".into()
            } else if time {
                "<time>".into()
            } else if id || key.is_some_and(|k| bare == k) {
                "<id>".into()
            } else {
                word.to_owned()
            });
        }
        out.push_str(&words.join(" "));
        out.push('\n');
    }
    out
}

/// `text` without the embedding marks pdftotext puts around Arabic lines, its no-break spaces
/// as spaces.
fn without_marks(text: &str) -> String {
    text.replace(['\u{202f}', '\u{a0}'], " ")
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
        .collect()
}

/// The fonts a PDF embeds.
fn embedded_fonts(path: &Path) -> String {
    font_names(path).join(" ")
}

#[test]
fn certificate_and_recovery_sheet_are_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = Vault::create(
        &dir,
        &SecretString::from(PASS.to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap();
    let mut v = created.vault;
    let person = Person {
        name_latin: "Olga Petrova".into(),
        ..Person::default()
    };
    let case_id = cases::create_case(v.store(), person).unwrap().id;
    let file = tmp.path().join("warrant.pdf");
    fs::write(&file, vec![b'x'; 1234]).unwrap();
    let item = intake::import(
        &mut v,
        &case_id,
        &file,
        Details {
            category: Category::ArrestWarrant,
            ..Details::default()
        },
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    let options = Options {
        page_size: PageSize::A4,
        generated: at("2026-11-24T10:00:00Z"),
    };
    let expected = [
        (
            AppLanguage::En,
            "Evidence custody certificate",
            "1,234 bytes (1.2 kB)",
            "Habeas recovery sheet",
        ),
        (
            AppLanguage::Fr,
            "Certificat de conservation des pièces",
            "1\u{202f}234 octets (1,2 ko)",
            "Fiche de récupération Habeas",
        ),
        (
            AppLanguage::Es,
            "Certificado de custodia de pruebas",
            "1234 bytes (1,2 kB)",
            "Hoja de recuperación de Habeas",
        ),
        (
            AppLanguage::Ar,
            "شهادة حفظ الأدلة",
            "1,234 بايت (1.2 كيلوبايت)",
            "ورقة الاسترداد في Habeas",
        ),
        (
            AppLanguage::Ru,
            "Справка о хранении доказательств",
            "1\u{a0}234 байта (1,2 КБ)",
            "Лист восстановления Habeas",
        ),
    ];
    for (language, title, size, sheet_title) in expected {
        let code = language.code();
        let pdf = certificate::build_in(
            v.store(),
            std::slice::from_ref(&item.id),
            &options,
            language,
        )
        .unwrap();
        let path = tmp.path().join(format!("certificate-{code}.pdf"));
        fs::write(&path, &pdf).unwrap();
        let text = check_pdf(&path, &format!("custody-certificate-{code}"));
        // pdftotext gives the no-break spaces of French and Russian digit groups as spaces.
        let size = size.replace(['\u{202f}', '\u{a0}'], " ");
        // pdftotext wraps Arabic lines in embedding marks: look for each word of the size.
        let plain = without_marks(&text);
        let words = size.split_whitespace().map(|w| w.trim_matches(['(', ')']));
        for needle in std::iter::once(title).chain(words) {
            assert!(
                plain.contains(needle),
                "{code}: {needle:?} missing from:\n{text}"
            );
        }
        snapshot(&format!("certificate-{code}.txt"), &steady(&text, None));

        let key = &created.recovery_key;
        let sheet = recovery::sheet_in(
            key,
            "vault-test",
            PageSize::A4,
            at("2026-11-24T10:00:00Z"),
            language,
        )
        .unwrap();
        let path_sheet = tmp.path().join(format!("sheet-{code}.pdf"));
        fs::write(&path_sheet, sheet.as_slice()).unwrap();
        let text = check_pdf(&path_sheet, &format!("recovery-sheet-{code}"));
        assert!(
            without_marks(&text).contains(sheet_title),
            "{code}:\n{text}"
        );
        assert!(
            text.contains(key.expose()),
            "{code}: the key in letters:\n{text}"
        );
        snapshot(
            &format!("recovery-{code}.txt"),
            &steady(&text, Some(key.expose())),
        );

        // Arabic is set in Naskh, Russian in Noto Sans (its Cyrillic), each embedded.
        for p in [&path, &path_sheet] {
            let fonts = embedded_fonts(p);
            match language {
                AppLanguage::Ar => assert!(fonts.contains("NotoNaskhArabic"), "{fonts}"),
                _ => assert!(!fonts.contains("NotoNaskhArabic"), "{code}: {fonts}"),
            }
            assert!(fonts.contains("NotoSans"), "{fonts}");
        }
    }
    // The vault's language decides when none is given.
    habeas_core::settings::set_language(v.store(), AppLanguage::Ru).unwrap();
    let pdf = certificate::build(v.store(), &[item.id], &options).unwrap();
    let path = tmp.path().join("certificate-vault.pdf");
    fs::write(&path, &pdf).unwrap();
    assert!(check_pdf(&path, "custody-certificate-vault").contains("Справка о хранении"));
}

#[test]
fn a_filing_s_words_follow_the_filing_s_language() {
    for (language, words) in [
        (
            Language::Fr,
            [
                "Demande d'effacement de données",
                "Bordereau des annexes",
                "Page 1 sur",
            ],
        ),
        (
            Language::Es,
            [
                "Solicitud de supresión de datos",
                "Índice de anexos",
                "Página 1 de",
            ],
        ),
    ] {
        let mut fx = filing_fixture(language);
        let out = fx.dir.join("portal");
        filing_export::portal_set(
            &mut fx.vault,
            &fx.filing.id,
            &out,
            false,
            KEEP,
            &mut |_, _| true,
        )
        .unwrap();
        let code = match language {
            Language::Fr => "fr",
            _ => "es",
        };
        let request = check_pdf(&out.join("REQUEST.pdf"), &format!("filing-request-{code}"));
        let index = check_pdf(&out.join("INDEX.pdf"), &format!("filing-index-{code}"));
        let both = format!("{request}\n{index}");
        for w in words {
            assert!(both.contains(w), "{code}: {w:?} missing from:\n{both}");
        }
        snapshot(&format!("request-{code}.txt"), &request);
        snapshot(&format!("index-{code}.txt"), &steady(&index, None));
    }
}

/// Issue 16, "crashes mid-export": a portal set is all or nothing. When a file cannot take its
/// name after the custody entries were saved (here the last annex's name is taken by a folder),
/// no file of the set is left named or hidden, and each annexed item's chain of custody says
/// the export did not complete.
#[test]
fn a_portal_set_that_cannot_be_named_leaves_nothing_and_says_so() {
    let mut fx = filing_fixture(Language::En);
    let out = fx.dir.join("portal");
    let last = fx.filing.annexes.len() - 1;
    let blocked = out.join(habeas_core::model::filing::annex_file(last));
    fs::create_dir_all(blocked.join("taken")).unwrap();
    let names_before: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let result = filing_export::portal_set(
        &mut fx.vault,
        &fx.filing.id,
        &out,
        true,
        KEEP,
        &mut |_, _| true,
    );
    assert!(result.is_err());
    let names_after: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names_after, names_before, "files of a failed set were left");
    for annex in &fx.filing.annexes {
        let log = records::custody(fx.vault.store(), &annex.evidence).unwrap();
        let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions[actions.len() - 2..], ["filed", "export_failed"]);
    }
}
