//! CCF filings: a request for access, correction or deletion (Statute Art. 29), or an
//! application for revision (Art. 42), built from a case's data.
//!
//! The model follows what the CCF's admissibility sheet and the Portal ask for (domain.md §1.3,
//! §2): the *Applicant* (the person concerned, from the case) and the *Submitter* (the applicant
//! or a representative with their power of attorney), the filing's working language, the data
//! concerned, the facts, the grounds, the outcome asked for, the items the applicant marks
//! confidential (Art. 20), the annexes in the order the user sets (labels, …), and the
//! signature. [`crate::rules::admissibility`] checks it before export ([`check`] reads what it
//! needs from the index); [`library`] fills the argument library from the case.

mod admissibility;
mod annex_reader;
mod arguments;
pub mod draft;
pub mod export;
pub mod letters;
pub mod pdf;
pub mod submitted;

pub use crate::model::filing::{
    annex_file, annex_label, Annex, Applicant, ApplicantKind, Filing, FilingKind, Ground, IdCopy,
    Language, Revision, Signature, Submitter,
};
pub use admissibility::{check, check_in};
pub use arguments::{annexed, library, ArgumentView, Library};
