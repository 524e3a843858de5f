//! `habeas-core`: everything Habeas knows and does, without a user interface.
//!
//! The desktop app (`src-tauri/`), the `habeas` command line (`cli/`) and the tests all call this
//! crate, so a rule written here holds the same everywhere. It must never depend on Tauri: CI
//! checks `cargo tree -p habeas-core` for that (see the Makefile's `check-core-deps`).
//!
//! Rooms, named after the domain (DESIGN §2), from the bottom up. A room imports only rooms
//! below it (checked by `core/tests/layers.rs`):
//!
//! 0. [`locale`] (the languages of the app's texts, and putting texts into words in each).
//! 1. [`error`] (the typed errors every caller maps), [`about`] (what this build is),
//!    [`clock`] (the one "today" and "now"), [`process`] (hardening of the running process).
//! 2. [`files`] (atomic durable writes, sealed age files, random names) and [`pdf`] (the PDF
//!    layer: fonts, shaping, layout, images).
//! 3. [`model`] (the person, alerts, events, evidence items, filings: plain data and field
//!    checks).
//! 4. [`rules`] (deadlines, risk flags, the checklist, admissibility, the argument library: pure
//!    functions of the model and a date).
//! 5. [`store`] (the in-memory index: schema, snapshot and journal, one store per entity, the
//!    hash-chained [`audit`] log, search, a whole case as one document), [`settings`] and
//!    [`drafts`] (unsaved form contents kept in the vault).
//! 6. [`vault`] (the encrypted folder: keys, recovery, device keys, blobs; it holds the store).
//! 7. [`view`] (the read model: case view, case list, deadlines by case, labelled search),
//!    [`export`] (calendar files, atomic plaintext exports), and the use cases
//!    [`evidence`] (intake, custody certificate) and [`filing`] (PDFs, portal set and packet,
//!    letters), [`case_deletion`] (a case and its evidence files), [`travel`] (trips, the travel
//!    check kept with each, its map and printable brief).

#![forbid(unsafe_code)]

pub mod about;
pub mod case_deletion;
pub mod clock;
pub mod drafts;
pub mod error;
pub mod evidence;
pub mod export;
pub mod files;
pub mod filing;
pub mod locale;
pub mod model;
pub mod pdf;
pub mod process;
pub mod rules;
pub mod settings;
pub mod store;
pub mod travel;
pub mod vault;
pub mod view;

pub use error::{Error, ErrorCode};
/// The audit log is a table of the index; its name at the crate root is kept for callers.
pub use store::audit;
