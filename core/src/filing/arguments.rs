//! The argument library as a case sees it: every paragraph filled from the case, and the ones
//! suggested by its risk flags and alerts. The app shows it beside a filing's grounds; the CLI
//! prints the suggestions and appends a filled paragraph (`filing ground`). With a filing, the
//! paragraphs, their titles and their citations are in the filing's language (issue 17.2).

use serde::Serialize;

use crate::model::evidence::{Category, Evidence};
use crate::model::filing::annex_label;
use crate::model::filing::{Filing, Language};
use crate::rules::arguments::{self, Annexed, Suggestion};
use crate::rules::deadlines::Confidence;
use crate::rules::flags;
use crate::store::{cases, evidence_items, filings, Store};
use crate::Error;

/// A source a paragraph relies on, as cited in the library's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Citation {
    /// The instrument and provision, as cited in the paragraph.
    pub cites: String,
    /// Where it was read (domain.md's source, or the better source named here).
    pub source: &'static str,
    /// How sure we are of the wording or the number.
    pub confidence: Confidence,
}

/// One paragraph of the library, filled from the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ArgumentView {
    /// The argument's id (kept in a ground made from it).
    pub id: &'static str,
    /// Its short title.
    pub title: String,
    /// The paragraph with what the case knows filled in.
    pub text: String,
    /// What it relies on, each with its confidence.
    pub citations: Vec<Citation>,
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

/// The library filled from case `case_id`, with its suggestions. With `filing_id`, the
/// paragraphs are in that filing's language and name the annexes of that filing they refer to
/// (the refugee decision's label); without, they are in English.
///
/// # Errors
/// [`Error::NotFound`] (no such case, or no such filing in it); I/O errors of the index.
pub fn library(store: &Store, case_id: &str, filing_id: Option<&str>) -> Result<Library, Error> {
    let case = cases::get_case(store, case_id)?;
    let alerts = cases::alerts(store, case_id)?;
    let (language, annexed) = match filing_id {
        Some(id) => annexed_in_store(store, case_id, id)?,
        None => (Language::En, Annexed::default()),
    };
    Ok(Library {
        arguments: arguments::LIBRARY
            .iter()
            .map(|a| ArgumentView {
                id: a.id,
                title: a.title_in(language),
                text: arguments::fill_in(language, &a.text_in(language), &case, &alerts, &annexed),
                citations: a
                    .citations
                    .iter()
                    .map(|c| Citation {
                        cites: c.cites_in(language),
                        source: c.source,
                        confidence: c.confidence,
                    })
                    .collect(),
            })
            .collect(),
        suggested: arguments::suggest(&case, &flags::compute(&case, &alerts), &alerts),
    })
}

/// The language of filing `filing_id`, and its annexes that paragraphs refer to, by label.
fn annexed_in_store(
    store: &Store,
    case_id: &str,
    filing_id: &str,
) -> Result<(Language, Annexed), Error> {
    let filing = filings::get(store, filing_id)?;
    if filing.case_id != case_id {
        return Err(Error::NotFound { what: "filing" });
    }
    let items = filing
        .annexes
        .iter()
        .map(|a| evidence_items::get(store, &a.evidence))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((filing.language, annexed(&filing, &items)))
}

/// The annexes of `filing` that paragraphs refer to, by label, read from the evidence records
/// (`evidence` may hold more items than the filing annexes): the first refugee or asylum
/// decision still in the vault.
#[must_use]
pub fn annexed(filing: &Filing, evidence: &[Evidence]) -> Annexed {
    let protection_decision = filing.annexes.iter().enumerate().find_map(|(i, annex)| {
        evidence
            .iter()
            .find(|e| e.id == annex.evidence)
            .filter(|e| e.category == Category::AsylumDecision && e.deleted.is_none())
            .map(|_| annex_label(i))
    });
    Annexed {
        protection_decision,
    }
}
