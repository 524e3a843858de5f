//! The printable travel brief (issue 18.2): the check's caution, the trip's level, the map, each
//! country with its reasons (confidence and source), and what to carry. A plaintext document the
//! user takes out of the vault, written like every export (`export::write_file`) by the caller.

use crate::clock;
use crate::locale::Language;
use crate::model::{country, Trip};
use crate::pdf::drawing::Drawing;
use crate::pdf::{Flow, Kind, Meta, PageSize};
use crate::rules::deadlines::Confidence;
use crate::rules::travel::{level_label, say, say_with, Role, TravelCheck};
use crate::Error;

fn confidence_words(c: Confidence, language: Language) -> String {
    say(
        language,
        match c {
            Confidence::Verified => "travel-confidence-verified",
            Confidence::Secondary => "travel-confidence-secondary",
            Confidence::Unverified => "travel-confidence-unverified",
            Confidence::EnteredByYou => "travel-confidence-entered",
        },
    )
}

/// The brief as PDF bytes, in `language` (its fixed words, levels, what to carry; Arabic is
/// laid out right to left). Country names stay as the core names them.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn pdf(
    trip: &Trip,
    check: &TravelCheck,
    map: &Drawing,
    language: Language,
) -> Result<Vec<u8>, Error> {
    let title = if trip.label.trim().is_empty() {
        say(language, "travel-brief-title")
    } else {
        say_with(
            language,
            "travel-brief-title-named",
            &[("label", trip.label.trim().into())],
        )
    };
    let mut flow = Flow::new(PageSize::A4, language == Language::Ar, &title);
    flow.title(&title);
    flow.paragraph(&check.caution, Kind::Strong);
    flow.field(
        &say(language, "travel-brief-checked-on"),
        &clock::written_in(check.checked_on, language),
        Kind::Body,
    );
    flow.field(
        &say(language, "travel-brief-trip-level"),
        &level_label(check.level, language),
        Kind::Strong,
    );
    flow.paragraph(&check.why, Kind::Body);
    for leg in &trip.legs {
        let from = country::name(&leg.from);
        let to = country::name(&leg.to);
        let text = if leg.transits.is_empty() {
            say_with(
                language,
                "travel-brief-leg",
                &[("from", from.into()), ("to", to.into())],
            )
        } else {
            let through = leg
                .transits
                .iter()
                .map(|t| country::name(t))
                .collect::<Vec<_>>()
                .join(", ");
            say_with(
                language,
                "travel-brief-leg-through",
                &[
                    ("from", from.into()),
                    ("to", to.into()),
                    ("transits", through.into()),
                ],
            )
        };
        flow.field(
            &leg.date.map_or_else(
                || say(language, "travel-brief-undated"),
                |d| clock::written_in(d, language),
            ),
            &text,
            Kind::Body,
        );
    }
    flow.heading(&say(language, "travel-brief-map"));
    flow.paragraph(&say(language, "travel-brief-legend"), Kind::Small);
    flow.drawing(map);
    for c in &check.countries {
        flow.heading(&say_with(
            language,
            "travel-brief-country",
            &[
                ("country", c.name.as_str().into()),
                ("level", level_label(c.level, language).into()),
            ],
        ));
        let roles: Vec<String> = c
            .roles
            .iter()
            .map(|r| {
                say(
                    language,
                    match r {
                        Role::Departure => "travel-role-departure",
                        Role::Transit => "travel-role-transit",
                        Role::Arrival => "travel-role-arrival",
                    },
                )
            })
            .collect();
        flow.field(
            &say(language, "travel-brief-there"),
            &format!(
                "{}{}",
                c.date.map_or_else(String::new, |d| format!(
                    "{}, ",
                    clock::written_in(d, language)
                )),
                roles.join(", ")
            ),
            Kind::Body,
        );
        flow.paragraph(&c.why, Kind::Strong);
        for r in &c.reasons {
            flow.paragraph(&r.text, Kind::Body);
            flow.paragraph(
                &say_with(
                    language,
                    "travel-brief-confidence",
                    &[
                        (
                            "confidence",
                            confidence_words(r.confidence, language).into(),
                        ),
                        ("source", r.source.as_str().into()),
                    ],
                ),
                Kind::Small,
            );
        }
    }
    if !check.carry.is_empty() {
        flow.heading(&say(language, "travel-brief-carry"));
        for item in &check.carry {
            flow.field(&item.what, &item.why, Kind::Body);
            flow.paragraph(
                &say_with(
                    language,
                    "travel-brief-source",
                    &[("source", item.source.as_str().into())],
                ),
                Kind::Small,
            );
        }
    }
    let meta = Meta {
        title,
        subject: say(language, "travel-brief-subject"),
        created: clock::now(),
    };
    flow.finish(&meta, |n, m| {
        say_with(
            language,
            "travel-brief-page",
            &[
                ("page", n.to_string().into()),
                ("pages", m.to_string().into()),
            ],
        )
    })
}
