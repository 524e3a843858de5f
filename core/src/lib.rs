//! `habeas-core`: everything Habeas knows and does, without a user interface.
//!
//! The desktop app (`src-tauri/`), the `habeas` command line (`cli/`) and the tests all call this
//! crate, so a rule written here holds the same everywhere. It must never depend on Tauri: CI
//! checks `cargo tree -p habeas-core` for that (see the Makefile's `check-core-deps`).
//!
//! Rooms, named after the domain (DESIGN §2): [`error`] (the typed errors every caller maps),
//! [`about`] (what this build is), [`process`] (hardening of the running process), [`vault`] (the
//! encrypted vault's folder and keys), [`store`] (the in-memory index: schema, cases, search),
//! [`model`] (the person, alerts, events), [`rules`] (deadlines, risk flags, the checklist),
//! [`audit`] (the hash-chained log of changes), [`export`] (calendar files), [`evidence`] (the
//! evidence locker: intake, custody, export).

#![forbid(unsafe_code)]

pub mod about;
pub mod audit;
pub mod error;
pub mod evidence;
pub mod export;
pub mod filing;
pub mod model;
pub mod process;
pub mod rules;
pub mod settings;
pub mod store;
pub mod vault;

pub use error::{Error, ErrorCode};
