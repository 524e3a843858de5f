//! The argument library as a case sees it: every paragraph filled from the case, and the ones
//! suggested by its risk flags and alerts. The app shows it beside a filing's grounds; the CLI
//! prints the suggestions and appends a filled paragraph (`filing ground`).

use serde::Serialize;

use crate::rules::arguments::{self, Citation, Suggestion};
use crate::rules::flags;
use crate::store::{cases, Store};
use crate::Error;

/// One paragraph of the library, filled from the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ArgumentView {
    /// The argument's id (kept in a ground made from it).
    pub id: &'static str,
    /// Its short title.
    pub title: &'static str,
    /// The English paragraph with what the case knows filled in.
    pub text: String,
    /// What it relies on, each with its confidence.
    pub citations: &'static [Citation],
}

/// The argument library for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Library {
    /// Every paragraph, in the library's order, filled from the case.
    pub arguments: Vec<ArgumentView>,
    /// The paragraphs that fit the case, strongest first, with why.
    pub suggested: Vec<Suggestion>,
}

impl Library {
    /// The paragraph with this id.
    #[must_use]
    pub fn argument(&self, id: &str) -> Option<&ArgumentView> {
        self.arguments.iter().find(|a| a.id == id)
    }
}

/// The library filled from case `case_id`, with its suggestions.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index.
pub fn library(store: &Store, case_id: &str) -> Result<Library, Error> {
    let case = cases::get_case(store, case_id)?;
    let alerts = cases::alerts(store, case_id)?;
    Ok(Library {
        arguments: arguments::LIBRARY
            .iter()
            .map(|a| ArgumentView {
                id: a.id,
                title: a.title,
                text: arguments::fill(a.text, &case, &alerts),
                citations: a.citations,
            })
            .collect(),
        suggested: arguments::suggest(&flags::compute(&case, &alerts), &alerts),
    })
}
