//! Trips and the travel check, as use cases (issue 18.1, 18.2, 18.5): one function per command
//! of the app and the CLI. The rule is `rules::travel::check`; trips are stored by
//! `store::trips` (schema 6); the map is `map::draw`; the printable brief is `brief::pdf`.
//!
//! A check is computed fresh each time (nothing derived is stored) but its result is kept with
//! the trip (`Trip::last_check`), so the next check can say what changed since, and the case's
//! timeline can remind the user to check again before departure.

pub mod brief;
pub mod map;

use chrono::NaiveDate;
use serde::Serialize;

use crate::locale::Language;
use crate::model::Trip;
use crate::rules::travel::{self, TravelCheck};
use crate::settings;
use crate::store::{cases, trips, Store};
use crate::Error;

/// A trip as the case's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TripEntry {
    /// The trip.
    pub trip: Trip,
    /// Its first day of travel.
    pub departure: Option<NaiveDate>,
    /// Check again: departure is near and the last check is old or missing, or something the
    /// last check read has changed since (`changed`).
    pub check_again: bool,
    /// What changed since the last check, one sentence each.
    pub changed: Vec<String>,
}

/// A check, what changed since the one before it, and the map.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CheckOutcome {
    /// The check.
    pub check: TravelCheck,
    /// The day of the check before, if there was one.
    pub previous: Option<NaiveDate>,
    /// What changed since then, one line each.
    pub changes: Vec<String>,
    /// The map, as SVG (its text equivalent is `check.countries`).
    pub map_svg: String,
}

/// Saves a new trip for a case.
///
/// # Errors
/// [`Error::NotFound`] (the case), [`Error::InvalidInput`]; I/O errors of saving.
pub fn add(store: &mut Store, case_id: &str, trip: Trip) -> Result<Trip, Error> {
    trips::create(store, case_id, trip)
}

/// Saves a changed trip; the last check is kept (it is what the next check compares with).
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`]; I/O errors of saving.
pub fn update(store: &mut Store, mut trip: Trip) -> Result<Trip, Error> {
    let old = trips::get(store, &trip.id)?;
    trip.last_check = old.last_check;
    trips::update(store, trip)
}

/// Writes the user's note on a country's practice in a trip, replacing the one there; an empty
/// note removes it. The last check is kept (the next reminder says the notes changed).
///
/// # Errors
/// [`Error::NotFound`], [`Error::InvalidInput`] (the country or the note); I/O errors of saving.
pub fn set_note(
    store: &mut Store,
    trip_id: &str,
    country: &str,
    note: &str,
) -> Result<Trip, Error> {
    let mut trip = trips::get(store, trip_id)?;
    let code = country.trim().to_uppercase();
    trip.country_notes.retain(|n| n.country != code);
    if !note.trim().is_empty() {
        trip.country_notes.push(crate::model::CountryNote {
            country: code,
            note: note.trim().to_owned(),
        });
    }
    trips::update(store, trip)
}

/// Deletes a trip.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of saving.
pub fn delete(store: &mut Store, id: &str) -> Result<(), Error> {
    trips::delete(store, id)
}

/// The case's trips, by departure, each saying whether it should be checked again on `today`.
///
/// # Errors
/// [`Error::NotFound`] (the case); I/O errors of the index.
pub fn list(store: &Store, case_id: &str, today: NaiveDate) -> Result<Vec<TripEntry>, Error> {
    let case = cases::get_case(store, case_id)?;
    let alerts = cases::alerts(store, case_id)?;
    let events = cases::events(store, case_id)?;
    Ok(trips::list(store, case_id)?
        .into_iter()
        .map(|trip| {
            let recheck = travel::recheck(&case, &alerts, &events, &trip, today);
            TripEntry {
                departure: trip.departure(),
                check_again: recheck.check_again,
                changed: recheck.changed,
                trip,
            }
        })
        .collect())
}

/// Runs the travel check of a trip on `today`, keeps its result with the trip, and says what
/// changed since the last one.
///
/// # Errors
/// [`Error::NotFound`]; I/O errors of the index or of saving.
pub fn check(store: &mut Store, trip_id: &str, today: NaiveDate) -> Result<CheckOutcome, Error> {
    let language = vault_language(store)?;
    check_in(store, trip_id, today, language)
}

/// The vault's language, English until one is chosen (as the case view reads it).
fn vault_language(store: &Store) -> Result<Language, Error> {
    Ok(settings::language(store)?.unwrap_or_default())
}

/// [`check`], in `language` (`habeas --lang … travel check`).
///
/// # Errors
/// As [`check`].
pub fn check_in(
    store: &mut Store,
    trip_id: &str,
    today: NaiveDate,
    language: Language,
) -> Result<CheckOutcome, Error> {
    let mut trip = trips::get(store, trip_id)?;
    let case = cases::get_case(store, &trip.case_id)?;
    let alerts = cases::alerts(store, &trip.case_id)?;
    let events = cases::events(store, &trip.case_id)?;
    let result = travel::check_in(&case, &alerts, &events, &trip, today, language);
    let record = result.record(travel::basis(&case, &alerts, &events, &trip));
    let previous = trip.last_check.as_ref().and_then(|c| c.checked_on);
    let changes = trip
        .last_check
        .as_ref()
        .map_or_else(Vec::new, |before| travel::changes(before, &record));
    let map_svg = map::draw(&result, &trip, &alerts).svg();
    if trip.last_check.as_ref() != Some(&record) {
        trip.last_check = Some(record);
        trips::update(store, trip)?;
    }
    Ok(CheckOutcome {
        check: result,
        previous,
        changes,
        map_svg,
    })
}

/// The travel check of an itinerary that is not saved (`habeas travel check --case … --leg …`):
/// nothing is kept, so nothing is compared.
///
/// # Errors
/// [`Error::NotFound`] (the case), [`Error::InvalidInput`] (the legs); I/O errors of the index.
pub fn preview(
    store: &Store,
    case_id: &str,
    trip: &Trip,
    today: NaiveDate,
    language: Language,
) -> Result<CheckOutcome, Error> {
    trip.validate()?;
    let case = cases::get_case(store, case_id)?;
    let alerts = cases::alerts(store, case_id)?;
    let events = cases::events(store, case_id)?;
    let result = travel::check_in(&case, &alerts, &events, trip, today, language);
    let map_svg = map::draw(&result, trip, &alerts).svg();
    Ok(CheckOutcome {
        check: result,
        previous: None,
        changes: Vec::new(),
        map_svg,
    })
}

/// Writes the travel brief of a trip to `destination` (not encrypted: the user takes it out of
/// the vault), beside it first and renamed. Returns its size.
///
/// # Errors
/// [`Error::NotFound`]; [`Error::Internal`]; I/O errors of writing (an existing file is kept
/// unless `overwrite`).
pub fn write_brief(
    store: &Store,
    trip_id: &str,
    today: NaiveDate,
    destination: &std::path::Path,
    overwrite: bool,
) -> Result<usize, Error> {
    let language = vault_language(store)?;
    write_brief_in(store, trip_id, today, destination, overwrite, language)
}

/// [`write_brief`], in `language`.
///
/// # Errors
/// As [`write_brief`].
pub fn write_brief_in(
    store: &Store,
    trip_id: &str,
    today: NaiveDate,
    destination: &std::path::Path,
    overwrite: bool,
    language: Language,
) -> Result<usize, Error> {
    let bytes = brief_pdf_in(store, trip_id, today, language)?;
    crate::export::write_file(destination, &bytes, overwrite)?;
    Ok(bytes.len())
}

/// The printable travel brief of a trip (its check on `today`, the map, what to carry) as PDF
/// bytes. It does not replace the kept check: only [`check`] does.
///
/// # Errors
/// [`Error::NotFound`]; [`Error::Internal`] if the PDF cannot be made.
pub fn brief_pdf(store: &Store, trip_id: &str, today: NaiveDate) -> Result<Vec<u8>, Error> {
    brief_pdf_in(store, trip_id, today, vault_language(store)?)
}

/// [`brief_pdf`], in `language`.
///
/// # Errors
/// As [`brief_pdf`].
pub fn brief_pdf_in(
    store: &Store,
    trip_id: &str,
    today: NaiveDate,
    language: Language,
) -> Result<Vec<u8>, Error> {
    let trip = trips::get(store, trip_id)?;
    let case = cases::get_case(store, &trip.case_id)?;
    let alerts = cases::alerts(store, &trip.case_id)?;
    let events = cases::events(store, &trip.case_id)?;
    let result = travel::check_in(&case, &alerts, &events, &trip, today, language);
    let drawing = map::draw(&result, &trip, &alerts);
    brief::pdf(&trip, &result, &drawing, language)
}
