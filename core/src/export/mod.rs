//! Exports out of the vault. Anything exported is plaintext the user chose to take out: the app
//! says so before writing it.

pub mod ics;
