//! The evidence locker: files of any size kept encrypted in the vault, with what they are, where
//! they came from, and their chain of custody.
//!
//! An item's file is a blob (`vault::blobs`: streamed age, random name, SHA-256 of the original
//! computed during intake). Its record is a JSON document in the index table `evidence`; the
//! original file name, size, type and timestamps are kept there only, inside the vault. The
//! chain of custody is the vault's audit log (entity `evidence`): imported, viewed, exported,
//! changed, deleted. A deleted item keeps its record (marked deleted, without a file), so its
//! custody log still reads to its end.
//!
//! [`intake`] moves files in; [`crate::store::evidence_items`] keeps the records.

pub mod certificate;
pub(crate) mod custody;
pub mod intake;
pub mod metadata;

/// File types are read from content by [`crate::files::sniff`]; its name here is kept for callers.
pub use crate::files::sniff;
pub use crate::model::evidence::{Category, Details, Evidence};
