//! Filings in the index, with their audit entries, and the annex events in the custody log of
//! each evidence item they annex.
//!
//! A change to a filing is one journal record holding the new document, an audit entry per
//! changed field (entity `filing`), and, for every evidence item whose annex label appeared,
//! changed (the user reordered) or went away, a custody entry on that item (`annex`, with the
//! filing and the label; or `unannex`).

use serde_json::json;

use super::audit::{self, Change};
use super::cases::{get_case, touch};
use super::documents::{new_id, not_found, now, parse, to_json};
use super::evidence_items as records;
use super::rusqlite::{params, OptionalExtension, Transaction};
use super::Store;
use crate::model::filing::{Annex, Filing};
use crate::Error;

const ENTITY: &str = "filing";

/// Creates a filing for a case, with the defaults of [`Filing::default`] and the signature's
/// name set to the applicant when no representative files. Returns it, saved.
///
/// # Errors
/// [`Error::NotFound`] (the case); I/O errors of saving.
pub fn create(store: &mut Store, case_id: &str, mut filing: Filing) -> Result<Filing, Error> {
    let case = get_case(store, case_id)?;
    filing.validate()?;
    check_annexes(store, case_id, &filing.annexes)?;
    filing.id = new_id("filing")?;
    filing.case_id = case_id.to_owned();
    let at = now();
    filing.created.clone_from(&at);
    if filing.signature.by.is_empty() && !filing.submitter.representative {
        filing.signature.by = case.display_name().to_owned();
    }
    let doc = to_json(&filing).to_string();
    store.write(|tx| {
        tx.execute(
            "INSERT INTO filings (id, case_id, doc) VALUES (?1, ?2, ?3)",
            params![filing.id, filing.case_id, doc],
        )?;
        touch(tx, case_id, &at)?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id,
                entity: ENTITY,
                entity_id: &filing.id,
                action: "create",
                field: String::new(),
                old: None,
                new: Some(json!({ "kind": filing.kind })),
            }],
        )?;
        annex_events(tx, &at, &filing.id, &[], &filing.annexes)
    })?;
    Ok(filing)
}

/// One filing.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn get(store: &Store, id: &str) -> Result<Filing, Error> {
    let doc: String = store
        .read(|db| {
            db.query_row("SELECT doc FROM filings WHERE id = ?1", [id], |r| r.get(0))
                .optional()
        })?
        .ok_or_else(|| not_found("filing"))?;
    parse(&doc).map_err(super::schema::sql)
}

/// The filings of a case, oldest first.
///
/// # Errors
/// I/O errors of the index.
pub fn list(store: &Store, case_id: &str) -> Result<Vec<Filing>, Error> {
    let mut out: Vec<Filing> = store.read(|db| {
        let mut st = db.prepare_cached("SELECT doc FROM filings WHERE case_id = ?1")?;
        let rows = st.query_map([case_id], |r| r.get::<_, String>(0))?;
        rows.map(|d| d.and_then(|d| parse(&d))).collect()
    })?;
    out.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

/// The filing created last in the vault, of any case: where a new filing takes the
/// representative from.
///
/// # Errors
/// I/O errors of the index.
pub fn latest(store: &Store) -> Result<Option<Filing>, Error> {
    let all: Vec<Filing> = store.read(|db| {
        let mut st = db.prepare_cached("SELECT doc FROM filings")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|d| d.and_then(|d| parse(&d))).collect()
    })?;
    Ok(all
        .into_iter()
        .max_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id))))
}

/// Saves a changed filing (its id and case cannot change). Annexes must be live evidence items
/// of the same case.
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`]; I/O errors of saving.
pub fn update(store: &mut Store, mut filing: Filing) -> Result<Filing, Error> {
    filing.validate()?;
    let old = get(store, &filing.id)?;
    filing.case_id.clone_from(&old.case_id);
    filing.created.clone_from(&old.created);
    check_annexes(store, &old.case_id, &filing.annexes)?;
    if filing == old {
        return Ok(filing);
    }
    let at = now();
    let (old_doc, new_doc) = (to_json(&old), to_json(&filing));
    store.write(|tx| {
        tx.execute(
            "UPDATE filings SET doc = ?2 WHERE id = ?1",
            params![filing.id, new_doc.to_string()],
        )?;
        touch(tx, &filing.case_id, &at)?;
        let changes: Vec<Change<'_>> = audit::diff("", &old_doc, &new_doc)
            .into_iter()
            .map(|(field, old, new)| Change {
                case_id: &filing.case_id,
                entity: ENTITY,
                entity_id: &filing.id,
                action: "update",
                field,
                old,
                new,
            })
            .collect();
        audit::append(tx, &at, changes)?;
        annex_events(tx, &at, &filing.id, &old.annexes, &filing.annexes)
    })?;
    Ok(filing)
}

/// Deletes a filing (the evidence stays; each annexed item's custody log says it was
/// unannexed).
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn delete(store: &mut Store, id: &str) -> Result<(), Error> {
    let old = get(store, id)?;
    let at = now();
    store.write(|tx| {
        tx.execute("DELETE FROM filings WHERE id = ?1", [id])?;
        touch(tx, &old.case_id, &at)?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id: &old.case_id,
                entity: ENTITY,
                entity_id: id,
                action: "delete",
                field: String::new(),
                old: Some(json!({ "kind": old.kind })),
                new: None,
            }],
        )?;
        annex_events(tx, &at, id, &old.annexes, &[])
    })
}

/// Annexes must be live items of the filing's case.
fn check_annexes(store: &Store, case_id: &str, annexes: &[Annex]) -> Result<(), Error> {
    for a in annexes {
        let item = records::get(store, &a.evidence)?;
        if item.case_id != case_id || item.deleted.is_some() {
            return Err(Error::InvalidInput {
                field: "Annexes",
                reason: "annex only evidence of this case that has not been deleted".into(),
            });
        }
    }
    Ok(())
}

/// Custody entries for annex labels that appeared, changed or went away.
fn annex_events(
    tx: &Transaction<'_>,
    at: &str,
    filing_id: &str,
    before: &[Annex],
    after: &[Annex],
) -> super::rusqlite::Result<()> {
    let label = |list: &[Annex], id: &str| {
        list.iter()
            .position(|a| a.evidence == id)
            .map(crate::model::filing::annex_label)
    };
    for a in after {
        let new = label(after, &a.evidence);
        if label(before, &a.evidence) != new {
            records::log_in(
                tx,
                at,
                &a.evidence,
                "annex",
                json!({ "filing": filing_id, "label": new }),
            )?;
        }
    }
    for b in before {
        if label(after, &b.evidence).is_none() {
            records::log_in(
                tx,
                at,
                &b.evidence,
                "unannex",
                json!({ "filing": filing_id }),
            )?;
        }
    }
    Ok(())
}
