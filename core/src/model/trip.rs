//! A trip the person plans: legs (date, from, to, transits), their notes on how countries treat
//! alerts, and a record of the last travel check (issue 18.1, 18.5).
//!
//! The check itself is a rule (`rules::travel`); what is kept here is only what the next check
//! is compared with: the day it ran and each country's level and reasons, so that the app can
//! say what changed (an alert deleted, an instrument entered into force) before departure.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::alert::AlertKind;
use super::fields::{check_country, check_line, check_notes};
use crate::Error;

/// The most legs a trip may have: a round trip with several stops, not an itinerary database.
pub const MAX_LEGS: usize = 20;

/// One planned trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Trip {
    /// Stable identifier (`trip-` and 16 hex digits).
    pub id: String,
    /// The case it belongs to.
    pub case_id: String,
    /// When it was created (UTC, RFC 3339).
    pub created: String,
    /// A name the user gives it ("Conference in Lisbon").
    pub label: String,
    /// The legs, in the order travelled.
    pub legs: Vec<Leg>,
    /// What the user knows of a country's practice (arrests on Diffusions, deportations).
    pub country_notes: Vec<CountryNote>,
    /// The last check's result, kept to show what changed at the next one.
    pub last_check: Option<CheckRecord>,
}

/// One leg: a day's travel from one country to another, through transits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Leg {
    /// The day of travel (local date of departure).
    pub date: Option<NaiveDate>,
    /// Where from, ISO 3166-1 alpha-2.
    pub from: String,
    /// Where to, ISO 3166-1 alpha-2.
    pub to: String,
    /// Countries passed through on the way (airports included: an airside transit is still a
    /// transit through that country's border police).
    pub transits: Vec<String>,
}

/// The user's note on a country's practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct CountryNote {
    /// The country, ISO 3166-1 alpha-2.
    pub country: String,
    /// What the user knows, and from where.
    pub note: String,
}

/// How exposed the person is in a country on the day they are there. There is no "safe": the
/// lowest level says only that nothing recorded points to this country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum TravelLevel {
    /// Nothing recorded in the case points to this country. Not safe: the case may not know
    /// every alert, and what is not found publicly may still exist.
    NotSafeLower,
    /// Something recorded points to this country, but no active alert asks it to arrest.
    Raised,
    /// An active alert that may ask for arrest reaches this country.
    High,
    /// The state that issued an alert, or the one the person fled.
    Highest,
}

impl TravelLevel {
    /// The level in words, as the check, the map's legend and the brief show it.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            TravelLevel::NotSafeLower => "Lower, not safe",
            TravelLevel::Raised => "Raised",
            TravelLevel::High => "High",
            TravelLevel::Highest => "Highest",
        }
    }
}

/// What a check found, kept with the trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct CheckRecord {
    /// The day the check ran.
    pub checked_on: Option<NaiveDate>,
    /// The trip's level then.
    pub level: Option<TravelLevel>,
    /// Each country's level and reasons then.
    pub countries: Vec<CountryRecord>,
    /// What the check read, one fingerprint per fact, so that a change made after it (to the
    /// itinerary, an alert, the person's protection, an event) marks it stale (issue 18.5).
    /// Empty for a check kept before this field existed: only its age is then known.
    pub basis: Vec<CheckedFact>,
}

/// What kind of fact a check read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// The legs: dates, countries, transits.
    Itinerary,
    /// The user's notes on countries' practice.
    CountryNotes,
    /// One alert: its kind, issuing state, recipients, requests, status, final decision.
    Alert,
    /// The person's protection, nationalities, residence, and any protection from extradition
    /// or bilateral treaty recorded in the case.
    Protection,
    /// One event the check reads (a decision on extradition).
    Event,
}

/// One fact a check read, as a fingerprint: its content is not kept twice, only enough to say
/// that it changed and what it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CheckedFact {
    /// What kind of fact.
    pub kind: FactKind,
    /// The alert's or event's id; empty for the trip's and the person's facts.
    pub id: String,
    /// SHA-256 (hex) of the fact's fields as the check read them.
    pub digest: String,
    /// An alert's issuing state or an event's country (ISO 3166-1 alpha-2): to name it in
    /// "what changed" once it is gone.
    pub country: Option<String>,
    /// The alert's kind, for naming it.
    pub alert_kind: Option<AlertKind>,
    /// The event's date, for naming it.
    pub date: Option<NaiveDate>,
}

/// One country in a kept check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct CountryRecord {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Its level.
    pub level: Option<TravelLevel>,
    /// Its reasons, each in one line.
    pub reasons: Vec<String>,
}

impl Trip {
    /// Every country the trip touches, in the order first met, with the first day there.
    #[must_use]
    pub fn countries(&self) -> Vec<(String, Option<NaiveDate>)> {
        let mut out: Vec<(String, Option<NaiveDate>)> = Vec::new();
        for leg in &self.legs {
            let here = std::iter::once(&leg.from)
                .chain(&leg.transits)
                .chain(std::iter::once(&leg.to));
            for c in here {
                if !out.iter().any(|(k, _)| k == c) {
                    out.push((c.clone(), leg.date));
                }
            }
        }
        out
    }

    /// The days of travel on which the person is in `code` (departing, passing or arriving),
    /// each once, in order: treaties are read on each.
    #[must_use]
    pub fn days_in(&self, code: &str) -> Vec<NaiveDate> {
        let mut out: Vec<NaiveDate> = self
            .legs
            .iter()
            .filter(|l| l.from == code || l.to == code || l.transits.iter().any(|t| t == code))
            .filter_map(|l| l.date)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The first day of travel.
    #[must_use]
    pub fn departure(&self) -> Option<NaiveDate> {
        self.legs.iter().filter_map(|l| l.date).min()
    }

    /// Checks every field a user typed.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] naming the field.
    pub fn validate(&self) -> Result<(), Error> {
        check_line("Trip name", &self.label)?;
        if self.legs.is_empty() {
            return Err(Error::InvalidInput {
                field: "Legs",
                reason: "add at least one leg: the day, where from and where to".into(),
            });
        }
        if self.legs.len() > MAX_LEGS {
            return Err(Error::InvalidInput {
                field: "Legs",
                reason: format!("a trip has at most {MAX_LEGS} legs: split it into two trips"),
            });
        }
        let mut previous: Option<NaiveDate> = None;
        for leg in &self.legs {
            let Some(date) = leg.date else {
                return Err(Error::InvalidInput {
                    field: "Date of travel",
                    reason: "give the day of each leg: treaties are read on that day".into(),
                });
            };
            if previous.is_some_and(|p| date < p) {
                return Err(Error::InvalidInput {
                    field: "Date of travel",
                    reason: "put the legs in the order travelled: a leg is dated before the one \
                             above it"
                        .into(),
                });
            }
            previous = Some(date);
            check_country("From", &leg.from)?;
            check_country("To", &leg.to)?;
            for t in &leg.transits {
                check_country("Transit", t)?;
            }
        }
        for n in &self.country_notes {
            check_country("Country of the note", &n.country)?;
            check_notes("Note on the country", &n.note)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leg(date: &str, from: &str, to: &str, transits: &[&str]) -> Leg {
        Leg {
            date: date.parse().ok(),
            from: from.into(),
            to: to.into(),
            transits: transits.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn countries_in_the_order_met_with_the_first_day() {
        let trip = Trip {
            legs: vec![
                leg("2026-06-01", "DE", "PT", &["FR"]),
                leg("2026-06-09", "PT", "DE", &["ES"]),
            ],
            ..Trip::default()
        };
        let got: Vec<(String, String)> = trip
            .countries()
            .into_iter()
            .map(|(c, d)| (c, d.map(|d| d.to_string()).unwrap_or_default()))
            .collect();
        let want = [
            ("DE", "2026-06-01"),
            ("FR", "2026-06-01"),
            ("PT", "2026-06-01"),
            ("ES", "2026-06-09"),
        ];
        assert_eq!(
            got,
            want.map(|(c, d)| (c.to_owned(), d.to_owned())).to_vec()
        );
        assert_eq!(trip.departure(), "2026-06-01".parse().ok());
    }

    #[test]
    fn a_trip_without_dates_or_with_unknown_countries_is_refused() {
        let mut trip = Trip {
            legs: vec![leg("2026-06-01", "DE", "PT", &[])],
            ..Trip::default()
        };
        assert!(trip.validate().is_ok());
        trip.legs[0].date = None;
        assert!(trip.validate().is_err());
        trip.legs[0].date = "2026-06-01".parse().ok();
        trip.legs[0].transits.push("ZZ".into());
        assert!(trip.validate().is_err());
        trip.legs[0].transits.clear();
        trip.legs.push(leg("2026-05-01", "PT", "DE", &[]));
        assert!(trip.validate().is_err(), "legs out of order");
        trip.legs.clear();
        assert!(trip.validate().is_err(), "no leg");
    }
}
