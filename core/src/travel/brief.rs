//! The printable travel brief (issue 18.2): the check's caution, the trip's level, the map, each
//! country with its reasons (confidence and source), and what to carry. A plaintext document the
//! user takes out of the vault, written like every export (`export::write_file`) by the caller.

use crate::clock;
use crate::model::{country, Trip};
use crate::pdf::drawing::Drawing;
use crate::pdf::{Flow, Kind, Meta, PageSize};
use crate::rules::deadlines::Confidence;
use crate::rules::travel::{Role, TravelCheck};
use crate::Error;

const fn confidence_words(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "verified",
        Confidence::Secondary => "secondary source: confirm it",
        Confidence::Unverified => "not verified",
        Confidence::EnteredByYou => "entered by you, not checked by Habeas",
    }
}

/// The brief as PDF bytes.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn pdf(trip: &Trip, check: &TravelCheck, map: &Drawing) -> Result<Vec<u8>, Error> {
    let title = if trip.label.trim().is_empty() {
        "Travel check".to_owned()
    } else {
        format!("Travel check: {}", trip.label.trim())
    };
    let mut flow = Flow::new(PageSize::A4, false, &title);
    flow.title(&title);
    flow.paragraph(&check.caution, Kind::Strong);
    flow.field(
        "Checked on",
        &check.checked_on.format("%-d %B %Y").to_string(),
        Kind::Body,
    );
    flow.field("Level of the trip", check.level.label(), Kind::Strong);
    flow.paragraph(&check.why, Kind::Body);
    for leg in &trip.legs {
        let through = if leg.transits.is_empty() {
            String::new()
        } else {
            format!(
                " through {}",
                leg.transits
                    .iter()
                    .map(|t| country::name(t))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        flow.field(
            &leg.date
                .map_or_else(|| "Undated".to_owned(), |d| d.to_string()),
            &format!(
                "{} to {}{through}",
                country::name(&leg.from),
                country::name(&leg.to)
            ),
            Kind::Body,
        );
    }
    flow.heading("Map");
    flow.paragraph(
        "Levels are shown by colour, hatching and a label: Highest (cross-hatched), High \
         (diagonal lines), Raised (horizontal lines), Lower, not safe (plain). A thick outline \
         marks a state that issued an alert; a dashed outline, a named recipient; a dashed line, \
         a leg.",
        Kind::Small,
    );
    flow.drawing(map);
    for c in &check.countries {
        flow.heading(&format!("{}: {}", c.name, c.level.label()));
        let roles: Vec<&str> = c
            .roles
            .iter()
            .map(|r| match r {
                Role::Departure => "departure",
                Role::Transit => "transit",
                Role::Arrival => "arrival",
            })
            .collect();
        flow.field(
            "There",
            &format!(
                "{}{}",
                c.date.map_or_else(String::new, |d| format!("{d}, ")),
                roles.join(", ")
            ),
            Kind::Body,
        );
        flow.paragraph(&c.why, Kind::Strong);
        for r in &c.reasons {
            flow.paragraph(&r.text, Kind::Body);
            flow.paragraph(
                &format!(
                    "Confidence: {}. Source: {}",
                    confidence_words(r.confidence),
                    r.source
                ),
                Kind::Small,
            );
        }
    }
    if !check.carry.is_empty() {
        flow.heading("What to carry");
        for item in &check.carry {
            flow.field(&item.what, &item.why, Kind::Body);
            flow.paragraph(&format!("Source: {}", item.source), Kind::Small);
        }
    }
    let meta = Meta {
        title,
        subject: "Travel check: the risk of arrest in each country of a trip, with sources".into(),
        created: clock::now(),
    };
    flow.finish(&meta, |n, m| format!("Page {n} of {m}"))
}
