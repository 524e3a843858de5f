//! Filings through the public API, in a real vault on disk: saved durably with their audit
//! entries, annexes in the order the user sets, each label written to the annexed item's chain
//! of custody, and refusals for evidence of another case or deleted evidence.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::fs;
use std::path::Path;

use age::secrecy::SecretString;
use habeas_core::evidence::intake::{self, OnDuplicate};
use habeas_core::evidence::{Category, Details};
use habeas_core::filing::{Annex, Filing, FilingKind};
use habeas_core::model::Person;
use habeas_core::store::{cases, evidence_items as records, filings};
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use habeas_core::ErrorCode;

const PASS: &str = "correct horse battery staple";

fn unlock(dir: &Path) -> Vault {
    Vault::unlock(dir, &SecretString::from(PASS.to_owned())).unwrap()
}

fn import(v: &mut Vault, case_id: &str, dir: &Path, name: &str, category: Category) -> String {
    let path = dir.join(name);
    fs::write(&path, format!("content of {name}")).unwrap();
    let details = Details {
        category,
        ..Details::default()
    };
    intake::import(v, case_id, &path, details, OnDuplicate::Refuse, &mut |_| {
        true
    })
    .unwrap()
    .id
}

fn annexes(ids: &[&str]) -> Vec<Annex> {
    ids.iter()
        .map(|id| Annex {
            evidence: (*id).to_owned(),
            title: String::new(),
        })
        .collect()
}

fn last_custody(v: &mut Vault, id: &str) -> (String, serde_json::Value) {
    let log = records::custody(v.store(), id).unwrap();
    let e = log.last().unwrap();
    (e.action.clone(), e.new.clone().unwrap_or_default())
}

#[test]
fn annexes_are_ordered_labelled_and_logged_in_each_items_custody() {
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
    let mut v = unlock(&dir);
    let person = Person {
        name_latin: "Amina Haddad".into(),
        ..Person::default()
    };
    let case_id = cases::create_case(v.store(), person).unwrap().id;
    let passport = import(
        &mut v,
        &case_id,
        tmp.path(),
        "passport.jpg",
        Category::IdentityDocument,
    );
    let warrant = import(
        &mut v,
        &case_id,
        tmp.path(),
        "warrant.pdf",
        Category::ArrestWarrant,
    );
    let asylum = import(
        &mut v,
        &case_id,
        tmp.path(),
        "asylum.pdf",
        Category::AsylumDecision,
    );

    let filing = filings::create(
        v.store(),
        &case_id,
        Filing {
            kind: FilingKind::Deletion,
            annexes: annexes(&[&passport, &warrant]),
            ..Filing::default()
        },
    )
    .unwrap();
    assert!(filing.id.starts_with("filing-"));
    assert_eq!(
        filing.signature.by, "Amina Haddad",
        "the applicant signs by default"
    );
    assert_eq!(
        last_custody(&mut v, &passport),
        (
            "annex".into(),
            serde_json::json!({"filing": filing.id, "label": "A-1"})
        )
    );
    assert_eq!(last_custody(&mut v, &warrant).1["label"], "A-2");

    // The user drags the asylum decision to the top: every label that moved is logged.
    let mut moved = filing.clone();
    moved.annexes = annexes(&[&asylum, &passport, &warrant]);
    filings::update(v.store(), moved.clone()).unwrap();
    for (id, label) in [(&asylum, "A-1"), (&passport, "A-2"), (&warrant, "A-3")] {
        assert_eq!(
            last_custody(&mut v, id),
            (
                "annex".into(),
                serde_json::json!({"filing": filing.id, "label": label})
            )
        );
    }
    let before = records::custody(v.store(), &passport).unwrap().len();
    // Saving again without a change writes nothing.
    filings::update(v.store(), moved.clone()).unwrap();
    assert_eq!(
        records::custody(v.store(), &passport).unwrap().len(),
        before
    );

    // Removed from the annexes: logged on the item, which stays in the vault.
    let mut fewer = moved.clone();
    fewer.annexes = annexes(&[&asylum, &passport]);
    filings::update(v.store(), fewer).unwrap();
    assert_eq!(last_custody(&mut v, &warrant).0, "unannex");

    // Evidence of another case, or deleted evidence, cannot be annexed.
    let other = cases::create_case(
        v.store(),
        Person {
            name_latin: "Other".into(),
            ..Person::default()
        },
    )
    .unwrap()
    .id;
    let foreign = import(&mut v, &other, tmp.path(), "other.pdf", Category::Other);
    let mut wrong = moved.clone();
    wrong.annexes.push(Annex {
        evidence: foreign,
        title: String::new(),
    });
    assert_eq!(
        filings::update(v.store(), wrong).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    intake::delete(&mut v, &warrant).unwrap();
    let mut gone = moved.clone();
    gone.annexes = annexes(&[&warrant]);
    assert_eq!(
        filings::update(v.store(), gone).unwrap_err().code(),
        ErrorCode::InvalidInput
    );

    // Saved durably: after lock and unlock the filing reads back as last saved.
    let saved = filings::get(v.store(), &filing.id).unwrap();
    v.lock().unwrap();
    let mut v = unlock(&dir);
    assert_eq!(filings::get(v.store(), &filing.id).unwrap(), saved);
    assert_eq!(filings::list(v.store(), &case_id).unwrap().len(), 1);
    let history = habeas_core::audit::for_entity(v.store(), "filing", &filing.id).unwrap();
    assert_eq!(history[0].action, "create");
    assert!(history.iter().any(|e| e.field.starts_with("annexes")));

    // Deleting the filing unannexes what it annexed, and the audit chain stays intact.
    filings::delete(v.store(), &filing.id).unwrap();
    assert_eq!(last_custody(&mut v, &asylum).0, "unannex");
    assert_eq!(
        filings::get(v.store(), &filing.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(habeas_core::audit::verify(v.store()).unwrap(), None);
}
