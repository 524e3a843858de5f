//! The travel map (issue 18.2): the trip's countries coloured by level, each with a hatch and a
//! label as well as a colour (a reader who cannot tell colours apart, or a grey print, still
//! reads it), the issuing states marked, the named recipients of each alert outlined, the legs
//! drawn. One [`Drawing`], written as SVG for the app and into the travel brief's PDF.
//!
//! Boundaries: Natural Earth 1:110m (public domain), bundled as `core/data/world-110m.json`
//! (source and licence beside it, `world-110m.NOTICE`); nothing is fetched.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{country, Alert, TravelLevel, Trip};
use crate::pdf::drawing::{Colour, Drawing, Hatch, Label, Shape, Stroke};
use crate::rules::travel::TravelCheck;

/// The drawing's width, in drawing units (pixels on screen at 100 %).
pub const WIDTH: f32 = 800.0;

#[derive(Deserialize)]
struct World {
    countries: Vec<WorldCountry>,
}

#[derive(Deserialize)]
struct WorldCountry {
    code: String,
    /// Flat `[lon, lat, lon, lat, …]` in tenths of a degree.
    rings: Vec<Vec<i32>>,
}

fn world() -> Option<&'static World> {
    static WORLD: OnceLock<Option<World>> = OnceLock::new();
    WORLD
        .get_or_init(|| serde_json::from_str(include_str!("../../data/world-110m.json")).ok())
        .as_ref()
}

fn ring_points(flat: &[i32]) -> Vec<(f32, f32)> {
    flat.chunks_exact(2)
        // Tenths of a degree fit in an f32 exactly (|v| ≤ 1800).
        .map(|p| {
            (
                f32::from(i16::try_from(p[0]).unwrap_or(0)) / 10.0,
                f32::from(i16::try_from(p[1]).unwrap_or(0)) / 10.0,
            )
        })
        .collect()
}

/// A country's label point: the centre of its largest ring (by the shoelace area).
fn centre(c: &WorldCountry) -> Option<(f32, f32)> {
    let ring = c
        .rings
        .iter()
        .map(|r| ring_points(r))
        .max_by(|a, b| area(a).total_cmp(&area(b)))?;
    let (mut cx, mut cy, mut a2) = (0.0_f32, 0.0_f32, 0.0_f32);
    for i in 0..ring.len() {
        let (x0, y0) = ring[i];
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let cross = x0 * y1 - x1 * y0;
        a2 += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a2.abs() < f32::EPSILON {
        return ring.first().copied();
    }
    Some((cx / (3.0 * a2), cy / (3.0 * a2)))
}

fn area(r: &[(f32, f32)]) -> f32 {
    let mut a = 0.0;
    for i in 0..r.len() {
        let (x0, y0) = r[i];
        let (x1, y1) = r[(i + 1) % r.len()];
        a += x0 * y1 - x1 * y0;
    }
    (a / 2.0).abs()
}

/// The colour, hatch and word of a level (Okabe–Ito colours, told apart by most colour-blind
/// readers; no green, which would read as "safe").
#[must_use]
pub fn style(level: TravelLevel) -> (Colour, Hatch) {
    match level {
        TravelLevel::Highest => (Colour(213, 94, 0), Hatch::Cross),
        TravelLevel::High => (Colour(230, 159, 0), Hatch::Diagonal),
        TravelLevel::Raised => (Colour(240, 228, 66), Hatch::Horizontal),
        TravelLevel::NotSafeLower => (Colour(86, 180, 233), Hatch::None),
    }
}

const LAND: Colour = Colour(226, 226, 226);
const SEA: Colour = Colour(255, 255, 255);
const BORDER: Colour = Colour(150, 150, 150);
const INK: Colour = Colour(0, 0, 0);

/// The view: longitude and latitude bounds.
struct View {
    west: f32,
    east: f32,
    south: f32,
    north: f32,
    k: f32,
    shrink: f32,
}

impl View {
    fn around(points: &[(f32, f32)]) -> Self {
        let (mut west, mut east, mut south, mut north) =
            (180.0_f32, -180.0_f32, 90.0_f32, -90.0_f32);
        for (lon, lat) in points {
            west = west.min(*lon);
            east = east.max(*lon);
            south = south.min(*lat);
            north = north.max(*lat);
        }
        if points.is_empty() {
            (west, east, south, north) = (-170.0, 190.0, -58.0, 84.0);
        }
        // Padding, and a minimum span so a one-country trip still shows its neighbours.
        let (pad_lon, pad_lat) = (12.0, 8.0);
        west -= pad_lon;
        east += pad_lon;
        south -= pad_lat;
        north += pad_lat;
        let grow = |lo: &mut f32, hi: &mut f32, min: f32| {
            let span = *hi - *lo;
            if span < min {
                *lo -= (min - span) / 2.0;
                *hi += (min - span) / 2.0;
            }
        };
        grow(&mut west, &mut east, 50.0);
        grow(&mut south, &mut north, 30.0);
        south = south.max(-60.0);
        north = north.min(85.0);
        let shrink = ((south + north) / 2.0).to_radians().cos().max(0.3);
        // Keep the picture between 4:3 and 2:1.
        let (w, h) = ((east - west) * shrink, north - south);
        if w / h < 4.0 / 3.0 {
            let need = (h * 4.0 / 3.0 / shrink - (east - west)) / 2.0;
            west -= need;
            east += need;
        } else if w / h > 2.0 {
            let need = (w / 2.0 - h) / 2.0;
            south -= need;
            north += need;
        }
        let k = WIDTH / ((east - west) * shrink);
        Self {
            west,
            east,
            south,
            north,
            k,
            shrink,
        }
    }

    fn height(&self) -> f32 {
        (self.north - self.south) * self.k
    }

    fn project(&self, (lon, lat): (f32, f32)) -> (f32, f32) {
        (
            (lon - self.west) * self.shrink * self.k,
            (self.north - lat) * self.k,
        )
    }

    fn touches(&self, ring: &[(f32, f32)]) -> bool {
        let (mut w, mut e, mut s, mut n) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
        for (lon, lat) in ring {
            w = w.min(*lon);
            e = e.max(*lon);
            s = s.min(*lat);
            n = n.max(*lat);
        }
        e >= self.west && w <= self.east && n >= self.south && s <= self.north
    }
}

/// The map of a check: the trip's countries by level, the issuing states, the named recipients
/// and the legs.
#[must_use]
pub fn draw(check: &TravelCheck, trip: &Trip, alerts: &[Alert]) -> Drawing {
    let issuers: BTreeSet<&str> = alerts
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    let recipients: BTreeSet<&str> = alerts
        .iter()
        .flat_map(|a| a.recipients.countries.iter().map(String::as_str))
        .collect();
    let level_of = |code: &str| {
        check
            .countries
            .iter()
            .find(|c| c.country == code)
            .map(|c| c.level)
    };
    let Some(world) = world() else {
        return Drawing {
            width: WIDTH,
            height: 100.0,
            background: SEA,
            shapes: Vec::new(),
            labels: vec![Label {
                at: (WIDTH / 2.0, 50.0),
                text: "The map data could not be read; the table lists every country.".into(),
                size: 12.0,
            }],
            description: "No map".into(),
        };
    };
    let centre_of = |code: &str| {
        world
            .countries
            .iter()
            .find(|c| c.code == code)
            .and_then(centre)
    };
    let focus: Vec<(f32, f32)> = check
        .countries
        .iter()
        .map(|c| c.country.as_str())
        .chain(issuers.iter().copied())
        .filter_map(centre_of)
        .collect();
    let view = View::around(&focus);
    let mut shapes = Vec::new();
    let mut labels = Vec::new();
    // Land first, then the trip's countries, then the issuers' and recipients' outlines on top.
    let mut on_top = Vec::new();
    for c in &world.countries {
        let rings: Vec<Vec<(f32, f32)>> = c
            .rings
            .iter()
            .map(|r| ring_points(r))
            .filter(|r| view.touches(r))
            .map(|r| r.into_iter().map(|p| view.project(p)).collect())
            .collect();
        if rings.is_empty() {
            continue;
        }
        let name = country::name(&c.code).to_owned();
        let level = level_of(&c.code);
        let (fill, hatch, title) = match level {
            Some(l) => {
                let (f, h) = style(l);
                (f, h, format!("{name}: {}", l.label()))
            }
            None => (LAND, Hatch::None, name.clone()),
        };
        let shape = Shape {
            rings: rings.clone(),
            fill: Some(fill),
            hatch,
            stroke: Some(Stroke {
                colour: if level.is_some() { INK } else { BORDER },
                width: if level.is_some() { 0.8 } else { 0.4 },
                dash: None,
            }),
            title,
        };
        if level.is_some() {
            on_top.push(shape);
        } else {
            shapes.push(shape);
        }
        if issuers.contains(c.code.as_str()) {
            on_top.push(Shape {
                rings: rings.clone(),
                fill: None,
                hatch: Hatch::None,
                stroke: Some(Stroke {
                    colour: INK,
                    width: 2.5,
                    dash: None,
                }),
                title: format!("{name}: issued an alert"),
            });
        } else if recipients.contains(c.code.as_str()) {
            on_top.push(Shape {
                rings,
                fill: None,
                hatch: Hatch::None,
                stroke: Some(Stroke {
                    colour: INK,
                    width: 1.4,
                    dash: Some((4.0, 3.0)),
                }),
                title: format!("{name}: named recipient of an alert"),
            });
        }
    }
    shapes.extend(on_top);
    // The legs: from, through each transit, to.
    for leg in &trip.legs {
        let stops: Vec<(f32, f32)> = std::iter::once(&leg.from)
            .chain(&leg.transits)
            .chain(std::iter::once(&leg.to))
            .filter_map(|c| centre_of(c))
            .map(|p| view.project(p))
            .collect();
        if stops.len() >= 2 {
            shapes.push(Shape {
                rings: vec![stops],
                fill: None,
                hatch: Hatch::None,
                stroke: Some(Stroke {
                    colour: INK,
                    width: 2.0,
                    dash: Some((8.0, 4.0)),
                }),
                title: format!(
                    "{} to {}{}",
                    country::name(&leg.from),
                    country::name(&leg.to),
                    leg.date.map_or_else(String::new, |d| format!(", {d}"))
                ),
            });
        }
    }
    let mut labelled: BTreeSet<&str> = BTreeSet::new();
    for c in &check.countries {
        if let Some(p) = centre_of(&c.country) {
            let issuer = if issuers.contains(c.country.as_str()) {
                ", issued the alert"
            } else {
                ""
            };
            labels.push(Label {
                at: view.project(p),
                text: format!("{} {}{issuer}", c.country, c.level.label()),
                size: 11.0,
            });
            labelled.insert(c.country.as_str());
        }
    }
    for i in &issuers {
        if labelled.contains(i) {
            continue;
        }
        if let Some(p) = centre_of(i) {
            labels.push(Label {
                at: view.project(p),
                text: format!("{i} issued the alert"),
                size: 11.0,
            });
        }
    }
    let description = format!(
        "Map of the trip. {} Issuing states: {}. Named recipients: {}.",
        check
            .countries
            .iter()
            .map(|c| format!("{}: {}.", c.name, c.level.label()))
            .collect::<Vec<_>>()
            .join(" "),
        if issuers.is_empty() {
            "none recorded".to_owned()
        } else {
            issuers
                .iter()
                .map(|c| country::name(c))
                .collect::<Vec<_>>()
                .join(", ")
        },
        if recipients.is_empty() {
            "none recorded".to_owned()
        } else {
            recipients
                .iter()
                .map(|c| country::name(c))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    Drawing {
        width: WIDTH,
        height: view.height(),
        background: SEA,
        shapes,
        labels,
        description,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test reports failure by panicking")]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_boundaries_hold_the_countries_the_picker_offers() {
        let w = world().unwrap();
        assert!(w.countries.len() > 170);
        for code in ["DE", "PT", "TR", "RU", "US", "FR", "XK"] {
            assert!(w.countries.iter().any(|c| c.code == code), "{code}");
        }
        let pt = w.countries.iter().find(|c| c.code == "PT").unwrap();
        let (lon, lat) = centre(pt).unwrap();
        assert!(
            (-10.0..-6.0).contains(&lon) && (37.0..42.5).contains(&lat),
            "{lon} {lat}"
        );
    }

    #[test]
    fn every_level_has_its_own_colour_and_hatch() {
        let levels = [
            TravelLevel::Highest,
            TravelLevel::High,
            TravelLevel::Raised,
            TravelLevel::NotSafeLower,
        ];
        let styles: BTreeSet<String> = levels.iter().map(|l| format!("{:?}", style(*l))).collect();
        assert_eq!(styles.len(), levels.len());
        let hatches: BTreeSet<String> = levels
            .iter()
            .map(|l| format!("{:?}", style(*l).1))
            .collect();
        assert_eq!(hatches.len(), levels.len(), "told apart without colour");
    }
}
