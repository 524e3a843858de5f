//! The admissibility check of a saved filing, as the app and the CLI both run it: the filing,
//! its case, the case's alerts and evidence read from the index, then the pure rules of
//! [`crate::rules::admissibility`].

use chrono::NaiveDate;

use crate::locale::Language;
use crate::rules::admissibility::{self, Finding};
use crate::settings;
use crate::store::{cases, evidence_items as records, filings, Store};
use crate::Error;

/// The admissibility findings of filing `filing_id` on `today` (callers pass
/// [`crate::clock::today`]; tests pin a date), in the vault's language.
///
/// # Errors
/// [`Error::NotFound`] (no such filing, or its case is gone); I/O errors of the index.
pub fn check(store: &Store, filing_id: &str, today: NaiveDate) -> Result<Vec<Finding>, Error> {
    let language = settings::language(store)?.unwrap_or_default();
    check_in(store, filing_id, today, language)
}

/// [`check`] with what to do said in `language` (the CLI's `--lang`).
///
/// # Errors
/// As [`check`].
pub fn check_in(
    store: &Store,
    filing_id: &str,
    today: NaiveDate,
    language: Language,
) -> Result<Vec<Finding>, Error> {
    let filing = filings::get(store, filing_id)?;
    let case = cases::get_case(store, &filing.case_id)?;
    let alerts = cases::alerts(store, &filing.case_id)?;
    let evidence = records::list(store, &filing.case_id)?;
    Ok(admissibility::check_in(
        &filing, &case, &alerts, &evidence, today, language,
    ))
}
