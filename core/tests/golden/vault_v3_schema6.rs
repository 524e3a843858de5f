//! The values of the golden fixture `vault-v3-schema6/` (format 3, index schema 6: trips),
//! shared by the tool that wrote it (`core/examples/make-golden-trip-fixture.rs`) and the test
//! that reads it back (`core/tests/golden.rs`).
//!
//! One case with a Diffusion from Türkiye sent to Portugal and Spain; a trip Germany → Portugal
//! through France and back, checked once (its result kept with the trip), all folded into the
//! snapshot; then a second trip saved, in the journal.
//!
//! The fixture on disk was written from these values: never change one.

#![allow(dead_code, reason = "the tool and the test each use their own part")]

/// The folder and the prefix of its `.recipient` and `.recovery` files.
pub(crate) const NAME: &str = "vault-v3-schema6";
/// The passphrase (work factor 4, the test one).
pub(crate) const PASSPHRASE: &str = "golden fixture passphrase";
/// The person.
pub(crate) const PERSON: &str = "Deniz TRAVELLER";
/// The first trip: its name and legs (date, from, to, transits).
pub(crate) const TRIP: &str = "Conference in Lisbon";
pub(crate) const LEGS: [(&str, &str, &str, &[&str]); 2] = [
    ("2026-06-01", "DE", "PT", &["FR"]),
    ("2026-06-08", "PT", "DE", &[]),
];
/// The day it was checked, and the trip's level then.
pub(crate) const CHECKED_ON: &str = "2026-05-20";
pub(crate) const LEVEL: &str = "high";
/// The second trip, saved after the snapshot (in the journal).
pub(crate) const SECOND_TRIP: &str = "Family visit";
pub(crate) const SECOND_LEG: (&str, &str, &str) = ("2026-09-01", "DE", "GR");
