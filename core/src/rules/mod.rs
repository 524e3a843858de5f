//! Legal rules, derived from a case's data: deadlines, risk flags and the action checklist.
//!
//! Rules are pure functions of the model (and of "today" where time matters), so the app, the
//! CLI and the tests compute the same thing, and the tests can pin any date.

pub mod admissibility;
pub mod arguments;
pub mod ccf;
pub mod checklist;
pub mod deadlines;
pub mod flags;
pub mod regime;
pub mod travel;
