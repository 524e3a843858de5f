//! The case model: the person, their INTERPOL alerts and the events of the case, the evidence
//! kept for it and the filings made from it. One file per entity.
//!
//! Types here are plain data (serde, JSON in the index and across the app's boundary). Rules that
//! derive things from them (deadlines, risk flags, the checklist) live in [`crate::rules`]; how
//! they are stored, in [`crate::store`]. Field names are part of the vault format: add fields
//! with `#[serde(default)]`, never rename one.
//!
//! The model is the lowest room that knows the domain: it depends on nothing but [`crate::error`]
//! and the paper sizes of [`crate::pdf`].

mod alert;
mod case;
pub mod country;
mod event;
pub mod evidence;
mod fields;
pub mod filing;
mod person;
mod trip;

pub use alert::{
    Alert, AlertKind, AlertRequest, AlertStatus, ApproxDate, FinalDecision, FinalOutcome,
    Precision, Prescription, PrescriptionOf, Recipients, RemovalGround, RemovedBy, StatusChange,
    Warrant,
};
pub use case::{
    situation, treaty_days_valid, BilateralStart, BilateralTreaty, Case, ChecklistItem,
    ChecklistMark, Custody, DeadlineOverride, ExtraditionProtection, FlagKind, FlagSetting,
    ProtectionHeld, ProtectionHeldKind, Situation, SituationBasis, SituationSetting,
    MAX_REMINDER_MONTHS, MAX_TREATY_DAYS,
};
pub use event::{CcfRequestKind, Event, EventKind, EventProblem, Regime};
pub use fields::{check_country, check_line, check_notes, neutralised, MAX_LINE, MAX_NOTES};
pub use person::{
    DocumentKind, IdDocument, Person, Profile, Protection, ProtectionKind, ProtectionStatus, Sex,
};
pub use trip::{
    CheckRecord, CheckedFact, CountryNote, CountryRecord, FactKind, Leg, TravelLevel, Trip,
    MAX_LEGS,
};
