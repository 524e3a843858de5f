//! The evidence locker through the public API, in a real vault on disk: intake (hash, type,
//! duplicates, cancellation, a vault locked meanwhile), details and their custody entries,
//! export, deletion, verification of every blob, search. (That a blob opens with Debian's Go
//! `age` is tested in `vault.rs`.)

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
use habeas_core::audit;
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::evidence::{Category, Details, Evidence};
use habeas_core::export::ExportStep;
use habeas_core::model::Person;
use habeas_core::store::{cases, evidence_items as records};
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use habeas_core::view;
use habeas_core::{Error, ErrorCode};

const PASS: &str = "correct horse battery staple";

fn new_vault(parent: &Path, name: &str) -> PathBuf {
    let dir = parent.join(name);
    Vault::create(
        &dir,
        &SecretString::from(PASS.to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap();
    dir
}

fn unlock(dir: &Path) -> Vault {
    Vault::unlock(dir, &SecretString::from(PASS.to_owned())).unwrap()
}

fn case(v: &mut Vault) -> String {
    let person = Person {
        name_latin: "Olga Petrova".into(),
        ..Person::default()
    };
    cases::create_case(v.store(), person).unwrap().id
}

/// `sha256sum FILE`, from coreutils: the independent check a user would run.
fn sha256sum(path: &Path) -> String {
    let out = Command::new("sha256sum").arg(path).output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()[..64].to_owned()
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                out.push(
                    e.path()
                        .strip_prefix(dir)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    out.sort();
    out
}

fn blob_files(dir: &Path) -> Vec<String> {
    files(dir)
        .into_iter()
        .filter(|f| f.starts_with("blobs"))
        .collect()
}

const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01 a tiny not-quite JPEG body";

fn details(category: Category, source: &str) -> Details {
    Details {
        category,
        source: source.into(),
        ..Details::default()
    }
}

#[test]
fn intake_keeps_name_size_type_and_hash_inside_the_vault_only() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    // A JPEG with a misleading extension and a name in Cyrillic.
    let photo = tmp.path().join("Паспорт Петровой.pdf");
    fs::write(&photo, JPEG).unwrap();

    let mut reports = Vec::new();
    let item = intake::import(
        &mut v,
        &case_id,
        &photo,
        details(Category::IdentityDocument, "USB stick from the client"),
        OnDuplicate::Refuse,
        &mut |n| {
            reports.push(n);
            true
        },
    )
    .unwrap();
    assert!(item.id.starts_with("evidence-"));
    assert_eq!(item.original_name, "Паспорт Петровой.pdf");
    assert_eq!(item.size, JPEG.len() as u64);
    assert_eq!(item.sha256, sha256sum(&photo));
    assert_eq!(
        item.media_type, "image/jpeg",
        "sniffed from content, not the extension"
    );
    assert!(item.file_modified.is_some());
    assert_eq!(reports.last(), Some(&(JPEG.len() as u64)));

    // The vault folder names nothing: one blob with a random name.
    let blobs = blob_files(&dir);
    assert_eq!(blobs.len(), 1);
    assert!(blobs[0].ends_with(".age") && !blobs[0].contains("Петров"));
    let mut reader = v
        .open_blob(&habeas_core::vault::BlobId::parse(&item.blob).unwrap())
        .unwrap();
    let mut back = Vec::new();
    std::io::Read::read_to_end(&mut reader, &mut back).unwrap();
    assert_eq!(back, JPEG);

    // The custody log starts with the import, with name, size, hash and source.
    let log = records::custody(v.store(), &item.id).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].action, "import");
    let facts = log[0].new.clone().unwrap();
    assert_eq!(facts["original_name"], "Паспорт Петровой.pdf");
    assert_eq!(facts["sha256"], item.sha256.as_str());
    assert_eq!(facts["size"], JPEG.len());
    assert_eq!(facts["source"], "USB stick from the client");

    // Search finds it by its name in any script, and it survives lock and unlock.
    let found = view::find(v.store(), "петровой").unwrap();
    assert!(found.iter().any(|f| f.hit.id == item.id), "{found:?}");
    v.lock().unwrap();
    let mut v = unlock(&dir);
    assert_eq!(records::list(v.store(), &case_id).unwrap(), vec![item]);
}

#[test]
fn a_duplicate_is_refused_unless_allowed_and_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let other_case = case(&mut v);
    let a = tmp.path().join("warrant.pdf");
    let b = tmp.path().join("warrant copy.pdf");
    fs::write(&a, b"%PDF-1.4 the same bytes").unwrap();
    fs::copy(&a, &b).unwrap();
    let first = intake::import(
        &mut v,
        &case_id,
        &a,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();

    let err = intake::import(
        &mut v,
        &case_id,
        &b,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Duplicate);
    assert!(matches!(&err, Error::Duplicate { existing } if *existing == first.id));
    assert!(
        !err.user_message().contains("warrant"),
        "no file name in a message"
    );
    assert_eq!(blob_files(&dir).len(), 1, "the refused copy's blob is gone");
    assert_eq!(records::list(v.store(), &case_id).unwrap().len(), 1);

    // The same file in another case is not a duplicate; asked for, a second record is made.
    intake::import(
        &mut v,
        &other_case,
        &b,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    intake::import(
        &mut v,
        &case_id,
        &b,
        Details::default(),
        OnDuplicate::Allow,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(records::list(v.store(), &case_id).unwrap().len(), 2);
    assert_eq!(blob_files(&dir).len(), 3);
}

#[test]
fn cancelling_or_locking_during_intake_leaves_no_partial_blob_and_no_record() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let other = new_vault(tmp.path(), "other");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let big = tmp.path().join("video.mp4");
    fs::write(&big, vec![7u8; 20 * 1024 * 1024]).unwrap();
    let before = files(&dir);

    let mut calls = 0;
    let err = intake::import(
        &mut v,
        &case_id,
        &big,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| {
            calls += 1;
            calls < 2
        },
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled);
    assert!(calls >= 2, "progress was reported before the end");
    assert!(
        blob_files(&dir).is_empty(),
        "no blob, no temporary file: {:?}",
        files(&dir)
    );
    assert!(records::list(v.store(), &case_id).unwrap().is_empty());
    assert_eq!(v.store().journal_len(), 1, "only the case was saved");
    assert_eq!(files(&dir).len(), before.len());

    // Staged into this vault, then committed after it was locked and another one opened.
    let staged = intake::stage(&v.blob_sink(), &big, &mut |_| true).unwrap();
    assert_eq!(blob_files(&dir).len(), 1);
    v.lock().unwrap();
    let mut w = unlock(&other);
    let other_case = case(&mut w);
    let err = intake::commit(
        &mut w,
        &other_case,
        staged,
        Details::default(),
        OnDuplicate::Refuse,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultLocked);
    assert!(blob_files(&dir).is_empty(), "the staged blob was removed");
    assert!(blob_files(&other).is_empty());

    // A staged blob simply dropped (the app crashed between the steps, or gave up) is removed.
    let staged = intake::stage(&w.blob_sink(), &big, &mut |_| true).unwrap();
    assert_eq!(blob_files(&other).len(), 1);
    drop(staged);
    assert!(blob_files(&other).is_empty());
}

#[test]
fn bad_files_to_import_get_plain_refusals() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let gone = tmp.path().join("gone.jpg");
    let err = intake::import(
        &mut v,
        &case_id,
        &gone,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(
        err.user_message().contains("no longer there"),
        "{}",
        err.user_message()
    );
    let err = intake::import(
        &mut v,
        &case_id,
        tmp.path(),
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let file = tmp.path().join("x.txt");
    fs::write(&file, "x").unwrap();
    let err = intake::import(
        &mut v,
        "case-0000000000000000",
        &file,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    // An empty file is evidence too.
    let empty = tmp.path().join("empty.txt");
    fs::write(&empty, "").unwrap();
    let item = intake::import(
        &mut v,
        &case_id,
        &empty,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(item.sha256, sha256sum(&empty));
    assert!(blob_files(&dir).len() == 1);
}

#[test]
fn folders_are_walked_in_order_without_hidden_files() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("stick");
    fs::create_dir_all(root.join("b/inner")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join("a.txt"), "a").unwrap();
    fs::write(root.join("b/inner/c.txt"), "c").unwrap();
    fs::write(root.join(".DS_Store"), "x").unwrap();
    fs::write(root.join(".git/config"), "x").unwrap();
    let single = tmp.path().join("single.txt");
    fs::write(&single, "s").unwrap();
    std::os::unix::fs::symlink("/etc/passwd", root.join("link")).unwrap();
    let got = intake::expand(&[root.clone(), single.clone()]).unwrap();
    assert_eq!(
        got,
        vec![
            root.join("a.txt"),
            root.join("b/inner/c.txt"),
            single.clone()
        ]
    );
    // What was left out is reported, with why (issue 16: folder imports say what they skipped).
    let (_, skipped) = intake::expand_reporting(&[root.clone(), single]).unwrap();
    let left: Vec<(String, intake::SkipReason)> =
        skipped.into_iter().map(|s| (s.name, s.reason)).collect();
    assert_eq!(
        left,
        vec![
            (".DS_Store".to_owned(), intake::SkipReason::Hidden),
            (".git".to_owned(), intake::SkipReason::Hidden),
            ("link".to_owned(), intake::SkipReason::Link),
        ]
    );
    assert_eq!(
        intake::expand(&[tmp.path().join("nope")])
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
}

/// The batch import the app and the CLI share: a file that fails (here one that disappears
/// while the batch runs) and a duplicate are reported, and the files after them are imported.
#[test]
fn a_batch_carries_on_after_a_failed_file_and_reports_each() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let stick = tmp.path().join("stick");
    fs::create_dir_all(&stick).unwrap();
    fs::write(stick.join("a.txt"), "first").unwrap();
    fs::write(stick.join("b.txt"), "gone before its turn").unwrap();
    fs::write(stick.join("c.txt"), "first").unwrap();
    fs::write(stick.join("d.txt"), "last").unwrap();
    let mut seen = Vec::new();
    let report = intake::import_batch(
        &std::cell::RefCell::new(&mut v),
        &case_id,
        std::slice::from_ref(&stick),
        &details(Category::Press, "a USB stick"),
        OnDuplicate::Refuse,
        &mut |p| {
            if p.file == 0 && p.done == 0 {
                // Removed after the batch listed it: it fails when its turn comes.
                fs::remove_file(stick.join("b.txt")).unwrap();
            }
            seen.push((p.file, p.files, p.name.to_owned(), p.total_done, p.total));
            true
        },
    )
    .unwrap();
    let names: Vec<&str> = report
        .imported
        .iter()
        .map(|e| e.original_name.as_str())
        .collect();
    assert_eq!(names, ["a.txt", "d.txt"]);
    assert!(report
        .imported
        .iter()
        .all(|e| e.category == Category::Press && e.source == "a USB stick"));
    assert_eq!(report.failed.len(), 1);
    assert_eq!(report.failed[0].file, 1);
    assert_eq!(report.failed[0].name, "b.txt");
    assert_eq!(report.failed[0].error.code(), ErrorCode::InvalidInput);
    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(report.duplicates[0].path, stick.join("c.txt"));
    assert!(
        matches!(&report.duplicates[0].error, Error::Duplicate { existing } if *existing == report.imported[0].id)
    );
    assert!(!report.cancelled);
    assert_eq!(
        blob_files(&dir).len(),
        2,
        "no blob for the failure or the duplicate"
    );
    assert_eq!(records::list(v.store(), &case_id).unwrap().len(), 2);
    // Progress names each file in turn, and counts against the size of all of them.
    let total = 5 + 20 + 5 + 4;
    assert_eq!(seen.first(), Some(&(0, 4, "a.txt".to_owned(), 0, total)));
    assert_eq!(seen.last(), Some(&(3, 4, "d.txt".to_owned(), total, total)));
    let files: Vec<usize> = seen.iter().map(|s| s.0).collect();
    assert!(files.windows(2).all(|w| w[0] <= w[1]), "{files:?}");
    // A case that does not exist refuses the batch before anything is written.
    let err = intake::import_batch(
        &std::cell::RefCell::new(&mut v),
        "case-0000000000000000",
        std::slice::from_ref(&stick),
        &Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(blob_files(&dir).len(), 2);
}

/// The app's batch: the vault sits in a mutex that the batch takes only to start and to record
/// each file, so a lock can come while a file is encrypted. A cancel, during a file or after its
/// last chunk, leaves no blob and no record for it; a lock stops the batch with what was
/// recorded before it kept.
#[test]
fn a_batch_encrypts_without_holding_the_vault_and_a_cancel_or_lock_leaves_nothing() {
    use std::sync::Mutex;
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let slot = Mutex::new(Some(v));
    let small = tmp.path().join("small.txt");
    let big = tmp.path().join("video.mp4");
    let after = tmp.path().join("after.txt");
    fs::write(&small, "small").unwrap();
    fs::write(&big, vec![7u8; 20 * 1024 * 1024]).unwrap();
    fs::write(&after, "after").unwrap();
    let paths = [small.clone(), big.clone(), after.clone()];

    // Cancelled in the middle of the big file.
    let (mut calls, mut held) = (0, 0);
    let report = intake::import_batch(
        &slot,
        &case_id,
        &paths,
        &Details::default(),
        OnDuplicate::Refuse,
        &mut |p| {
            // The vault is free whenever progress is reported: another command (or a lock)
            // gets in while files are encrypted.
            calls += 1;
            if !slot.try_lock().is_ok_and(|g| g.is_some()) {
                held += 1;
            }
            !(p.file == 1 && p.done > 0)
        },
    )
    .unwrap();
    assert!(
        calls >= 4,
        "progress before, during and after a file ({calls})"
    );
    assert_eq!(held, 0, "the vault was held during encryption");
    assert!(report.cancelled);
    assert_eq!(report.imported.len(), 1);
    assert!(report.failed.is_empty() && report.duplicates.is_empty());
    assert_eq!(
        blob_files(&dir).len(),
        1,
        "no partial blob: {:?}",
        files(&dir)
    );

    // Cancelled after the last chunk of a file: encrypted, but dropped unrecorded.
    let mut last_chunk_seen = false;
    let report = intake::import_batch(
        &slot,
        &case_id,
        std::slice::from_ref(&after),
        &Details::default(),
        OnDuplicate::Refuse,
        &mut |p| {
            if last_chunk_seen {
                return false;
            }
            last_chunk_seen = p.done == p.size && p.done > 0;
            true
        },
    )
    .unwrap();
    assert!(last_chunk_seen && report.cancelled);
    assert!(report.imported.is_empty());
    assert_eq!(blob_files(&dir).len(), 1, "the encrypted blob was removed");

    // Locked while the big file is encrypted: the batch stops; nothing of that file remains.
    let locked = std::cell::Cell::new(false);
    let err = intake::import_batch(
        &slot,
        &case_id,
        &[after.clone(), big.clone()],
        &Details::default(),
        OnDuplicate::Refuse,
        &mut |p| {
            if p.file == 1 && p.done > 0 && !locked.get() {
                let vault = slot
                    .try_lock()
                    .expect("the vault is free while a file is encrypted")
                    .take()
                    .unwrap();
                vault.lock().unwrap();
                locked.set(true);
            }
            true
        },
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultLocked);
    assert_eq!(blob_files(&dir).len(), 2, "{:?}", files(&dir));
    let mut v = unlock(&dir);
    let names: Vec<String> = records::list(v.store(), &case_id)
        .unwrap()
        .into_iter()
        .map(|e| e.original_name)
        .collect();
    assert_eq!(names, ["small.txt", "after.txt"]);
}

#[test]
fn details_changes_views_exports_and_deletion_are_in_the_custody_log() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let original = tmp.path().join("decision.txt");
    fs::write(&original, "Asylum granted on 3 March 2025.\n").unwrap();
    let item = intake::import(
        &mut v,
        &case_id,
        &original,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(item.media_type, "text/plain");

    // Re-categorised: the log keeps old and new.
    let mut d = item.details();
    d.category = Category::AsylumDecision;
    d.language = "en".into();
    d.tags = vec!["decisive".into()];
    let saved = records::update(v.store(), &item.id, d.clone()).unwrap();
    assert_eq!(saved.category, Category::AsylumDecision);
    // Unchanged details write nothing.
    let journal = v.store().journal_len();
    records::update(v.store(), &item.id, d.clone()).unwrap();
    assert_eq!(v.store().journal_len(), journal);
    // A translation must name another item of the same case.
    let mut bad = d.clone();
    bad.category = Category::Translation;
    bad.translation_of = Some(item.id.clone());
    assert_eq!(
        records::update(v.store(), &item.id, bad)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
    let mut bad = d.clone();
    bad.translation_of = Some(item.id.clone());
    assert_eq!(
        records::update(v.store(), &item.id, bad)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );

    records::log_view(v.store(), &item.id).unwrap();

    // Export: an explicit destination, refused over an existing file unless asked.
    let out = tmp.path().join("out").join("copy.txt");
    fs::create_dir_all(out.parent().unwrap()).unwrap();
    intake::export(&mut v, &item.id, &out, false, &mut |_| true).unwrap();
    assert_eq!(fs::read(&out).unwrap(), fs::read(&original).unwrap());
    let err = intake::export(&mut v, &item.id, &out, false, &mut |_| true).unwrap_err();
    assert_eq!(err.code(), ErrorCode::AlreadyExists);
    intake::export(&mut v, &item.id, &out, true, &mut |_| true).unwrap();
    assert_eq!(
        files(out.parent().unwrap()),
        vec!["copy.txt"],
        "no temporary file left"
    );

    // Delete: the file goes, the record and its log stay.
    intake::delete(&mut v, &item.id).unwrap();
    assert!(blob_files(&dir).is_empty());
    let gone = records::get(v.store(), &item.id).unwrap();
    assert!(gone.deleted.is_some() && gone.blob.is_empty());
    assert_eq!(
        gone.sha256, item.sha256,
        "the record keeps what the file was"
    );
    assert_eq!(
        intake::export(
            &mut v,
            &item.id,
            &tmp.path().join("again.txt"),
            false,
            &mut |_| true
        )
        .unwrap_err()
        .code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        intake::delete(&mut v, &item.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert!(view::find(v.store(), "decision").unwrap().is_empty());

    let actions: Vec<(String, String)> = records::custody(v.store(), &item.id)
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.field))
        .collect();
    let expected: Vec<(String, String)> = [
        ("import", ""),
        ("update", "category"),
        ("update", "language"),
        ("update", "tags"),
        ("view", ""),
        ("export", ""),
        ("export", ""),
        ("delete", ""),
    ]
    .iter()
    .map(|(a, f)| ((*a).to_owned(), (*f).to_owned()))
    .collect();
    assert_eq!(actions, expected);
    // The custody log is the vault's hash chain: intact, and in the case's history.
    assert_eq!(audit::verify(v.store()).unwrap(), None);
    assert!(audit::for_case(v.store(), &case_id)
        .unwrap()
        .iter()
        .any(|e| e.action == "delete"));
    // After lock and unlock, the deleted item is still recorded as deleted.
    v.lock().unwrap();
    let mut v = unlock(&dir);
    assert!(records::get(v.store(), &item.id).unwrap().deleted.is_some());
}

/// Imports a.txt, b.txt and c.txt (written to `folder`) into the case, in that order.
fn import_three_texts(v: &mut Vault, case_id: &str, folder: &Path) -> Vec<Evidence> {
    [("a.txt", "first"), ("b.txt", "second"), ("c.txt", "third")]
        .into_iter()
        .map(|(name, body)| {
            let p = folder.join(name);
            fs::write(&p, body).unwrap();
            intake::import(
                v,
                case_id,
                &p,
                Details::default(),
                OnDuplicate::Refuse,
                &mut |_| true,
            )
            .unwrap()
        })
        .collect()
}

#[test]
fn verify_rehashes_every_item_and_names_each_bad_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let items = import_three_texts(&mut v, &case_id, tmp.path());
    let report = intake::verify(&mut v, None, &mut |_, _| true).unwrap();
    assert!(report.all_ok() && report.items.len() == 3 && report.unnamed_blobs.is_empty());

    let path = |i: usize| dir.join(&report.items[i].blob);
    // a: swapped for b's blob (authenticates, wrong hash); b: a flipped byte; c: removed.
    let a_bytes = fs::read(path(0)).unwrap();
    fs::copy(path(1), path(0)).unwrap();
    let mut b_bytes = fs::read(path(1)).unwrap();
    let last = b_bytes.len() - 1;
    b_bytes[last] ^= 1;
    fs::write(path(1), &b_bytes).unwrap();
    fs::remove_file(path(2)).unwrap();
    // And one blob no record names.
    let stray = dir.join("blobs/ff/00112233445566778899aabbccddee.age");
    fs::create_dir_all(stray.parent().unwrap()).unwrap();
    fs::write(&stray, &a_bytes).unwrap();

    let mut last_progress = (0, 0);
    let report = intake::verify(&mut v, None, &mut |d, t| {
        last_progress = (d, t);
        true
    })
    .unwrap();
    let problems: Vec<Option<ErrorCode>> = report.items.iter().map(|i| i.problem).collect();
    assert_eq!(
        problems,
        vec![
            Some(ErrorCode::DamagedFile),
            Some(ErrorCode::DamagedFile),
            Some(ErrorCode::MissingFile)
        ]
    );
    assert_eq!(report.items[0].original_name, "a.txt");
    assert_eq!(
        report.unnamed_blobs,
        vec!["blobs/ff/00112233445566778899aabbccddee.age"]
    );
    assert!(!report.all_ok());
    assert_eq!(last_progress.1, items.iter().map(|i| i.size).sum::<u64>());
    // Verifying one case leaves out the vault-wide stray list.
    let one = intake::verify(&mut v, Some(&case_id), &mut |_, _| true).unwrap();
    assert_eq!(one.items.len(), 3);
    assert!(one.unnamed_blobs.is_empty());
    // And cancelling stops it.
    let err = intake::verify(&mut v, None, &mut |_, _| false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled);
}

/// The app checks in two halves: the plan under the vault, then each blob opened briefly and
/// checked without it. A vault locked (or another one opened) meanwhile stops the check at the
/// next item; a blob that cannot be opened is that item's problem, not the end of the check.
#[test]
fn a_check_runs_without_holding_the_vault_and_stops_when_it_locks() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    import_three_texts(&mut v, &case_id, tmp.path());
    let plan = intake::verify_plan(&mut v, Some(&case_id)).unwrap();
    assert_eq!(plan.vault_id(), v.id());
    // Item b's blob cannot be opened (missing); the others are opened from the vault.
    let mut opened = 0;
    let report = intake::verify_run(
        plan,
        &mut |blob| {
            opened += 1;
            if opened == 2 {
                Err(habeas_core::Error::MissingFile {
                    which: blob.relative_path(),
                })
            } else {
                v.open_blob(blob)
            }
        },
        &mut |_, _| true,
    )
    .unwrap();
    let problems: Vec<_> = report.items.iter().map(|i| i.problem).collect();
    assert_eq!(problems, vec![None, Some(ErrorCode::MissingFile), None]);

    let plan = intake::verify_plan(&mut v, Some(&case_id)).unwrap();
    let mut opened = 0;
    let err = intake::verify_run(
        plan,
        &mut |blob| {
            opened += 1;
            if opened == 1 {
                v.open_blob(blob)
            } else {
                Err(habeas_core::Error::VaultLocked)
            }
        },
        &mut |_, _| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::VaultLocked);
    assert_eq!(opened, 2, "nothing is opened after the lock");
}

/// The app's export opens the blob under the vault, writes and checks the copy without it, then
/// names it and logs it in one step under the vault: a copy never exists without its custody
/// entry.
#[test]
fn an_export_writes_its_copy_without_holding_the_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let original = tmp.path().join("scan.jpg");
    fs::write(&original, JPEG.repeat(1000)).unwrap();
    let item = intake::import(
        &mut v,
        &case_id,
        &original,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    let job = intake::export_open(&mut v, &item.id).unwrap();
    v.lock().unwrap();
    let dest = tmp.path().join("copy.jpg");
    // Written while the vault is locked, but not named yet: dropped, it leaves nothing.
    let pending = intake::export_write(job, &dest, false, &mut |_| true).unwrap();
    assert!(!dest.exists());
    drop(pending);
    let leftovers = fs::read_dir(tmp.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".part")
        })
        .count();
    assert_eq!(leftovers, 0);
    // Again, and this time named and logged together once the vault is open again.
    let mut v = unlock(&dir);
    let job = intake::export_open(&mut v, &item.id).unwrap();
    v.lock().unwrap();
    let pending = intake::export_write(job, &dest, false, &mut |_| true).unwrap();
    let mut v = unlock(&dir);
    let before = records::custody(v.store(), &item.id).unwrap().len();
    let written = pending.finish(&mut v).unwrap();
    assert_eq!(written.sha256, sha256sum(&dest));
    assert_eq!(fs::read(&dest).unwrap(), fs::read(&original).unwrap());
    let log = records::custody(v.store(), &item.id).unwrap();
    assert_eq!(log.len(), before + 1);
    assert_eq!(log.last().unwrap().action, "export");
}

// ---- A crash mid-export (issue 16, "Also") ---------------------------------------------------

const EXPORT_CHILD_DIR: &str = "HABEAS_EXPORT_CHILD";
const EXPORT_CHILD_ITEM: &str = "HABEAS_EXPORT_ITEM";
const EXPORT_CHILD_DEST: &str = "HABEAS_EXPORT_DEST";
const EXPORT_CHILD_STOP: &str = "HABEAS_EXPORT_STOP";

/// The child: exports the item and, at step number `stop` (counted from 1 in the order
/// [`ExportStep`]s are reported), says `stopped N` and waits to be killed.
fn export_child(dir: &Path) {
    use std::io::Write as _;
    let stop: usize = std::env::var(EXPORT_CHILD_STOP).unwrap().parse().unwrap();
    let id = std::env::var(EXPORT_CHILD_ITEM).unwrap();
    let dest = PathBuf::from(std::env::var_os(EXPORT_CHILD_DEST).unwrap());
    let mut v = unlock(dir);
    let job = intake::export_open(&mut v, &id).unwrap();
    let pending = intake::export_write(job, &dest, false, &mut |_| true).unwrap();
    let mut steps = 0;
    let mut out = std::io::stdout();
    pending
        .finish_observed(&mut v, &mut |step: ExportStep| {
            steps += 1;
            writeln!(out, "step {steps} {step:?}").unwrap();
            if steps == stop {
                writeln!(out, "stopped {steps}").unwrap();
                out.flush().unwrap();
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(60));
                }
            }
        })
        .unwrap();
}

/// The hidden `.part` files in `dir`.
fn part_files(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".part"))
        .collect()
}

/// `kill -9` at each step of an evidence export (the copy flushed under its hidden name, the
/// custody entry saved, the copy named) leaves either no copy, or a copy with its custody
/// entry; never a named copy the chain of custody does not mention. A leftover `.part` file is
/// owner only and is removed by the next export into that folder.
#[test]
fn kill_9_at_each_step_of_an_export_leaves_no_copy_without_its_custody_entry() {
    use std::io::{BufRead as _, BufReader};
    use std::process::Stdio;
    if let Some(dir) = std::env::var_os(EXPORT_CHILD_DIR) {
        export_child(Path::new(&dir));
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let original = tmp.path().join("scan.jpg");
    fs::write(&original, JPEG.repeat(500)).unwrap();
    let item = intake::import(
        &mut v,
        &case_id,
        &original,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    v.lock().unwrap();
    let exports = |v: &mut Vault| {
        records::custody(v.store(), &item.id)
            .unwrap()
            .iter()
            .filter(|e| e.action == "export")
            .count()
    };
    for stop in 1..=3 {
        let out = tmp.path().join(format!("out-{stop}"));
        fs::create_dir(&out).unwrap();
        let dest = out.join("copy.jpg");
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "kill_9_at_each_step_of_an_export_leaves_no_copy_without_its_custody_entry",
                "--nocapture",
            ])
            .env(EXPORT_CHILD_DIR, &dir)
            .env(EXPORT_CHILD_ITEM, &item.id)
            .env(EXPORT_CHILD_DEST, &dest)
            .env(EXPORT_CHILD_STOP, stop.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stopped = false;
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            if line.unwrap().starts_with("stopped ") {
                stopped = true;
                child.kill().unwrap(); // SIGKILL
                break;
            }
        }
        child.wait().unwrap();
        assert!(stopped, "the child never reached step {stop}");

        let mut v = unlock(&dir);
        let logged = exports(&mut v);
        match stop {
            // Flushed under the hidden name only: no copy, no entry.
            1 => {
                assert!(!dest.exists());
                assert_eq!(logged, 0, "an entry for an export not yet recorded");
            }
            // Recorded, not named: no copy; the entry is there.
            2 => assert!(!dest.exists()),
            // Named: the copy, whole, and its entry.
            _ => {
                assert_eq!(sha256sum(&dest), item.sha256);
            }
        }
        if dest.exists() {
            assert!(logged >= 1, "a named copy without its custody entry");
        }
        let parts = part_files(&out);
        if stop < 3 {
            assert_eq!(parts.len(), 1, "the killed export's hidden file");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = fs::metadata(&parts[0]).unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "a leftover readable by others");
            }
        } else {
            assert!(parts.is_empty());
        }
        // The next export into that folder removes the leftover.
        let job = intake::export_open(&mut v, &item.id).unwrap();
        let pending =
            intake::export_write(job, &out.join("again.jpg"), false, &mut |_| true).unwrap();
        pending.finish(&mut v).unwrap();
        assert!(part_files(&out).is_empty(), "a leftover .part file stayed");
        v.lock().unwrap();
    }
}

/// A copy that cannot take its name after its custody entry was saved (here the name is taken
/// by a folder) is not left anywhere, and the chain of custody says the export did not
/// complete, so a certificate claims no copy that does not exist.
#[test]
fn an_export_that_cannot_be_named_is_recorded_as_not_completed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let original = tmp.path().join("scan.jpg");
    fs::write(&original, JPEG).unwrap();
    let item = intake::import(
        &mut v,
        &case_id,
        &original,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    let out = tmp.path().join("out");
    let dest = out.join("copy.jpg");
    fs::create_dir_all(dest.join("taken")).unwrap();
    let job = intake::export_open(&mut v, &item.id).unwrap();
    let pending = intake::export_write(job, &dest, true, &mut |_| true).unwrap();
    assert!(pending.finish(&mut v).is_err());
    assert!(dest.is_dir(), "the folder in the way was replaced");
    assert!(part_files(&out).is_empty());
    let log = records::custody(v.store(), &item.id).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions[actions.len() - 2..], ["export", "export_failed"]);
    assert_eq!(
        log.last().unwrap().new.as_ref().unwrap()["to"],
        dest.to_string_lossy().as_ref()
    );
}

/// Issue 16.9: an evidence export can leave a photo's metadata behind (here the fixture
/// photo's comment); the copy is an item of its own, the original is untouched, and a file
/// Habeas cannot clean is refused rather than exported as it is.
#[test]
fn an_export_without_metadata_writes_a_recorded_copy_and_keeps_the_original() {
    use habeas_core::evidence::metadata::{self, MetadataChoice};
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let photo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/evidence/photo.jpg");
    let item = intake::import(
        &mut v,
        &case_id,
        &photo,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(
        metadata::of_item(&mut v, &item.id).unwrap().summary(),
        "a comment"
    );
    let out = tmp.path().join("clean.jpg");
    let written = intake::export_as(
        &mut v,
        &item.id,
        &out,
        false,
        MetadataChoice::Remove,
        &mut |_| true,
    )
    .unwrap();
    let bytes = fs::read(&out).unwrap();
    assert!(!bytes.windows(11).any(|w| w == b"Canary JPEG"));
    assert_eq!(written.derived_from.as_deref(), Some(item.id.as_str()));
    assert_eq!(written.sha256, sha256sum(&out));
    // The original: same record, same hash, same bytes.
    assert_eq!(records::get(v.store(), &item.id).unwrap(), item);
    let kept = tmp.path().join("kept.jpg");
    intake::export_as(
        &mut v,
        &item.id,
        &kept,
        false,
        MetadataChoice::Keep,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(fs::read(&kept).unwrap(), fs::read(&photo).unwrap());
    let mut actions = |id: &str| -> Vec<String> {
        records::custody(v.store(), id)
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect()
    };
    assert_eq!(actions(&item.id), ["import", "derive", "export"]);
    assert_eq!(actions(&written.id), ["derived", "export"]);

    // A GIF cannot be read nor cleaned: refused, nothing written.
    let gif = tmp.path().join("scan.gif");
    fs::write(&gif, b"GIF89a\x01\0\x01\0\0\0\0;").unwrap();
    let scan = intake::import(
        &mut v,
        &case_id,
        &gif,
        Details::default(),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(scan.media_type, "image/gif");
    let err = intake::export_as(
        &mut v,
        &scan.id,
        &tmp.path().join("scan-copy.gif"),
        false,
        MetadataChoice::Remove,
        &mut |_| true,
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(
        err.to_string().contains("convert it to JPEG or PNG"),
        "{err}"
    );
    assert!(!tmp.path().join("scan-copy.gif").exists());
}

/// Issue 16 ("Names"): a name that uses a right-to-left override to pass an executable off as a
/// PDF is kept with the override made visible, so it shows as what it is.
#[test]
fn a_name_that_reorders_itself_is_kept_with_its_trick_visible() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = new_vault(tmp.path(), "vault");
    let mut v = unlock(&dir);
    let case_id = case(&mut v);
    let trick = tmp.path().join("invoice\u{202E}fdp.exe");
    fs::write(&trick, b"MZ not really a program").unwrap();
    let item = intake::import(
        &mut v,
        &case_id,
        &trick,
        details(Category::Other, "e-mail from the prosecutor's office"),
        OnDuplicate::Refuse,
        &mut |_| true,
    )
    .unwrap();
    assert_eq!(item.original_name, "invoice\u{FFFD}fdp.exe");
    assert!(!item.original_name.contains('\u{202E}'));
}
