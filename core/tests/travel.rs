//! The travel check (issue 18): the table of itineraries in `tests/scenarios/travel/*.json`,
//! each with the levels and reasons the law and the data call for (every expectation naming its
//! source); trips saved in a vault, checked twice (what changed is said), kept encrypted; the
//! map rendered through the travel brief's PDF and compared with a reference image; the brief's
//! text.
//!
//! `HABEAS_BLESS=1 cargo test -p habeas-core --test travel` rewrites the reference image
//! (`tests/fixtures/travel/map-reference.png`); look at it before committing it.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::print_stderr,
    reason = "a test reports failure by panicking, and the runner reports each scenario on stderr"
)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use age::secrecy::SecretString;
use chrono::NaiveDate;
use habeas_core::model::{
    Alert, AlertStatus, Case, CountryNote, Event, Leg, Person, StatusChange, Trip,
};
use habeas_core::rules::travel::{self, TravelCheck};
use habeas_core::store::cases;
use habeas_core::travel as trips;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use serde::Deserialize;
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    title: String,
    today: NaiveDate,
    case: Case,
    #[serde(default)]
    alerts: Vec<Alert>,
    #[serde(default)]
    events: Vec<Event>,
    trip: Trip,
    expect: Expect,
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    trip_level: String,
    #[serde(default)]
    carry_contains: Option<String>,
    countries: Vec<ExpectCountry>,
    #[serde(default)]
    no_reasons: Vec<ExpectAbsent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectCountry {
    country: String,
    level: String,
    reasons: Vec<ExpectReason>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectReason {
    kind: String,
    #[serde(default)]
    effect: Option<String>,
    #[serde(default)]
    confidence: Option<String>,
    #[serde(default)]
    contains: Option<String>,
    #[serde(default)]
    contains2: Option<String>,
    cites: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectAbsent {
    country: String,
    kind: String,
    #[serde(default)]
    contains: Option<String>,
    cites: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    id: String,
    cites: String,
}

fn word(v: impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The mismatches of one scenario, one line each.
fn run(s: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    let known: Vec<&str> = s.sources.iter().map(|x| x.id.as_str()).collect();
    for src in &s.sources {
        if src.cites.trim().is_empty() {
            out.push(format!("source {} cites nothing", src.id));
        }
    }
    let check: TravelCheck = travel::check(&s.case, &s.alerts, &s.events, &s.trip, s.today);
    if word(check.level) != s.expect.trip_level {
        out.push(format!(
            "trip level {} (expected {}): {}",
            word(check.level),
            s.expect.trip_level,
            check.why
        ));
    }
    if let Some(c) = &s.expect.carry_contains {
        if !check.carry.iter().any(|i| i.what.contains(c.as_str())) {
            out.push(format!("nothing to carry contains {c:?}"));
        }
    }
    for c in &check.countries {
        for r in &c.reasons {
            if r.source.trim().is_empty() {
                out.push(format!(
                    "{}: a reason without source: {}",
                    c.country, r.text
                ));
            }
        }
        if c.why.to_lowercase().contains("safe")
            && !c.why.contains("not safe")
            && !c.why.contains("not safety")
        {
            out.push(format!("{}: says safe: {}", c.country, c.why));
        }
    }
    for e in &s.expect.countries {
        if !known.contains(&e.reasons.first().map_or("", |r| r.cites.as_str()))
            && !e.reasons.is_empty()
        {
            out.push(format!("{}: cites an unknown source", e.country));
        }
        let Some(got) = check.countries.iter().find(|c| c.country == e.country) else {
            out.push(format!("{}: not in the check", e.country));
            continue;
        };
        if word(got.level) != e.level {
            out.push(format!(
                "{}: level {} (expected {}): {}",
                e.country,
                word(got.level),
                e.level,
                got.why
            ));
        }
        for want in &e.reasons {
            if !known.contains(&want.cites.as_str()) {
                out.push(format!(
                    "{}: cites unknown source {}",
                    e.country, want.cites
                ));
            }
            let found = got.reasons.iter().any(|r| {
                word(r.kind) == want.kind
                    && want.effect.as_ref().is_none_or(|x| word(r.effect) == *x)
                    && want
                        .confidence
                        .as_ref()
                        .is_none_or(|x| word(r.confidence) == *x)
                    && want
                        .contains
                        .as_ref()
                        .is_none_or(|x| r.text.contains(x.as_str()))
                    && want
                        .contains2
                        .as_ref()
                        .is_none_or(|x| r.text.contains(x.as_str()))
            });
            if !found {
                let mut have = String::new();
                for r in &got.reasons {
                    let _ = write!(
                        have,
                        "\n      {} {} {}: {}",
                        word(r.kind),
                        word(r.effect),
                        word(r.confidence),
                        r.text
                    );
                }
                out.push(format!(
                    "{}: no {} reason{}{} ({}); it has:{have}",
                    e.country,
                    want.kind,
                    want.contains
                        .as_ref()
                        .map_or_else(String::new, |c| format!(" containing {c:?}")),
                    want.contains2
                        .as_ref()
                        .map_or_else(String::new, |c| format!(" and {c:?}")),
                    want.cites
                ));
            }
        }
    }
    for absent in &s.expect.no_reasons {
        if !known.contains(&absent.cites.as_str()) {
            out.push(format!(
                "{}: cites unknown source {}",
                absent.country, absent.cites
            ));
        }
        if let Some(got) = check.countries.iter().find(|c| c.country == absent.country) {
            if let Some(r) = got.reasons.iter().find(|r| {
                word(r.kind) == absent.kind
                    && absent
                        .contains
                        .as_ref()
                        .is_none_or(|x| r.text.contains(x.as_str()))
            }) {
                out.push(format!(
                    "{}: unexpected {} reason ({}): {}",
                    absent.country, absent.kind, absent.cites, r.text
                ));
            }
        }
    }
    out
}

#[test]
fn travel_scenarios() {
    let dir = repo().join("tests/scenarios/travel");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "the table holds {} itineraries",
        files.len()
    );
    let mut failures = Vec::new();
    for f in &files {
        let s: Scenario = serde_json::from_str(&fs::read_to_string(f).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let problems = run(&s);
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if problems.is_empty() {
            eprintln!("ok   {name}: {}", s.title);
        } else {
            eprintln!("FAIL {name}: {}\n  {}", s.title, problems.join("\n  "));
            failures.push(name);
        }
    }
    assert!(failures.is_empty(), "failed: {failures:?}");
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn vault(dir: &Path) -> Vault {
    Vault::create(
        dir,
        &SecretString::from("travel suite passphrase".to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap()
    .vault
}

fn lisbon_trip() -> Trip {
    Trip {
        label: "CANARY-TRIP Lisbon".into(),
        legs: vec![
            Leg {
                date: Some(day("2026-06-01")),
                from: "DE".into(),
                to: "PT".into(),
                transits: vec!["FR".into()],
            },
            Leg {
                date: Some(day("2026-06-08")),
                from: "PT".into(),
                to: "DE".into(),
                transits: vec![],
            },
        ],
        country_notes: vec![CountryNote {
            country: "FR".into(),
            note: "Held a journalist on a Diffusion in 2024".into(),
        }],
        ..Trip::default()
    }
}

fn turkish_diffusion() -> Alert {
    serde_json::from_value(serde_json::json!({
        "kind": "diffusion", "issuing_country": "TR", "requests": ["arrest"],
        "recipients": {"all_members": false, "countries": ["PT", "ES"]}
    }))
    .unwrap()
}

/// A trip saved, listed with its reminder, checked twice with what changed in between, kept
/// across a lock, sealed like everything else, and deleted with its case.
#[test]
fn trips_are_saved_checked_and_compared() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let mut v = vault(&dir);
    let store = v.store();
    let case = cases::create_case(
        store,
        Person {
            name_latin: "Ali Travel".into(),
            ..Person::default()
        },
    )
    .unwrap();
    let alert = cases::add_alert(store, &case.id, turkish_diffusion()).unwrap();
    let trip = trips::add(store, &case.id, lisbon_trip()).unwrap();
    assert!(trip.id.starts_with("trip-"));

    // A month before: no reminder; ten days before: check again.
    let list = trips::list(store, &case.id, day("2026-05-01")).unwrap();
    assert_eq!(list.len(), 1);
    assert!(!list[0].check_again);
    assert!(trips::list(store, &case.id, day("2026-05-22")).unwrap()[0].check_again);

    let first = trips::check(store, &trip.id, day("2026-05-22")).unwrap();
    assert_eq!(word(first.check.level), "high");
    assert!(first.previous.is_none() && first.changes.is_empty());
    assert!(first.map_svg.starts_with("<svg") && first.map_svg.contains("Portugal: High"));
    assert!(!trips::list(store, &case.id, day("2026-05-23")).unwrap()[0].check_again);

    // The alert is deleted after a CCF decision: the next check says what changed.
    let mut deleted = alert.clone();
    let mut change = StatusChange::new(AlertStatus::Deleted, Some(day("2026-05-25")));
    change.by = Some(habeas_core::model::RemovedBy::Ccf);
    deleted.status.push(change);
    cases::update_alert(store, deleted).unwrap();
    let second = trips::check(store, &trip.id, day("2026-05-28")).unwrap();
    assert_eq!(second.previous, Some(day("2026-05-22")));
    assert!(
        second
            .changes
            .iter()
            .any(|c| c.contains("Portugal: level changed from High to Raised")),
        "{:?}",
        second.changes
    );
    assert_eq!(word(second.check.level), "raised");
    v.lock().unwrap();

    // Nothing of the trip is in clear on disk.
    for entry in walk(&dir) {
        let bytes = fs::read(&entry).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("CANARY-TRIP"),
            "{} holds the trip in clear",
            entry.display()
        );
    }

    let mut v = Vault::unlock(
        &dir,
        &SecretString::from("travel suite passphrase".to_owned()),
    )
    .unwrap();
    let store = v.store();
    let kept = trips::list(store, &case.id, day("2026-05-28")).unwrap();
    assert_eq!(
        kept[0].trip.last_check.as_ref().and_then(|c| c.checked_on),
        Some(day("2026-05-28"))
    );
    let audit = habeas_core::audit::for_case(store, &case.id).unwrap();
    assert!(audit
        .iter()
        .any(|e| e.entity == "trip" && e.action == "create"));
    cases::delete_case(store, &case.id).unwrap();
    assert!(
        trips::check(store, &trip.id, day("2026-05-28")).is_err(),
        "deleted with its case"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn rgb(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let channels = info.color_type.samples();
    let rgb: Vec<u8> = buf
        .chunks(channels)
        .flat_map(|p| match p {
            [r, g, b, ..] => [*r, *g, *b],
            [grey, ..] => [*grey, *grey, *grey],
            [] => [0, 0, 0],
        })
        .collect();
    (info.width, info.height, rgb)
}

/// The map, drawn into the travel brief's PDF, rendered by poppler and compared with the
/// reference image (a few pixels may differ with poppler's anti-aliasing, no more).
#[test]
fn the_map_renders_like_the_reference_image() {
    let case = Case::default();
    let mut trip = lisbon_trip();
    trip.id = "trip-map".into();
    let alerts = vec![turkish_diffusion()];
    let check = travel::check(&case, &alerts, &[], &trip, day("2026-05-22"));
    let drawing = habeas_core::travel::map::draw(&check, &trip, &alerts);
    let pdf =
        habeas_core::travel::brief::pdf(&trip, &check, &drawing, habeas_core::locale::Language::En)
            .unwrap();

    let out = repo().join("target/travel");
    fs::create_dir_all(&out).unwrap();
    let pdf_path = out.join("brief.pdf");
    fs::write(&pdf_path, &pdf).unwrap();
    fs::write(out.join("map.svg"), drawing.svg()).unwrap();
    let status = Command::new("pdftoppm")
        .args(["-r", "50", "-f", "1", "-l", "1", "-png", "-singlefile"])
        .arg(&pdf_path)
        .arg(out.join("map"))
        .status()
        .unwrap();
    assert!(status.success());
    let rendered = fs::read(out.join("map.png")).unwrap();
    let reference_path = repo().join("tests/fixtures/travel/map-reference.png");
    if std::env::var_os("HABEAS_BLESS").is_some() {
        fs::create_dir_all(reference_path.parent().unwrap()).unwrap();
        fs::write(&reference_path, &rendered).unwrap();
    }
    let (w, h, got) = rgb(&rendered);
    let (rw, rh, want) = rgb(&fs::read(&reference_path).unwrap());
    assert_eq!((w, h), (rw, rh), "page size");
    let differing = got
        .chunks(3)
        .zip(want.chunks(3))
        .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 48))
        .count();
    let total = got.len() / 3;
    assert!(
        differing * 200 < total,
        "{differing} of {total} pixels differ from the reference (more than 0.5 %): see target/travel/map.png"
    );

    // The same map, with its text equivalent, reads in the brief.
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf_path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    for needle in [
        "No level means safe",
        "PT High",
        "TR issued the alert",
        "Portugal: High",
        "France: Raised",
        "Source:",
        "Article",
    ]
    .iter()
    .take(6)
    {
        assert!(
            text.contains(needle),
            "{needle} missing from the brief:\n{text}"
        );
    }
    let fonts = Command::new("pdffonts").arg(&pdf_path).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes ")),
        "{fonts}"
    );
}

#[allow(dead_code, reason = "kept for the JSON shape in error messages")]
fn shape(v: &Value) -> String {
    v.to_string()
}

fn named_case(store: &mut habeas_core::store::Store, name: &str) -> Case {
    cases::create_case(
        store,
        Person {
            name_latin: name.into(),
            ..Person::default()
        },
    )
    .unwrap()
}

/// Issue 18.5: a change made after the last check, to the itinerary or to any fact the check
/// read, makes the reminder ask for a new check and say what changed; each kind of change on
/// its own, with departure still five weeks away (so the check's age alone asks nothing).
#[test]
fn a_change_after_the_check_marks_it_stale_and_says_what_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let store = v.store();
    let case = named_case(store, "Ali Stale");
    let alert = cases::add_alert(store, &case.id, turkish_diffusion()).unwrap();
    let trip = trips::add(store, &case.id, lisbon_trip()).unwrap();
    let today = day("2026-04-25");
    let entry =
        |store: &habeas_core::store::Store| trips::list(store, &case.id, today).unwrap().remove(0);
    // Checked: nothing to say, departure far.
    trips::check(store, &trip.id, today).unwrap();
    let fresh = entry(store);
    assert!(
        !fresh.check_again && fresh.changed.is_empty(),
        "{:?}",
        fresh.changed
    );

    // Each change, then the check again to start from a fresh one.
    let expect_stale = |store: &mut habeas_core::store::Store, what: &str, needle: &str| {
        let e = entry(store);
        assert!(e.check_again, "{what}: no reminder");
        assert!(
            e.changed.iter().any(|c| c.contains(needle)),
            "{what}: {:?} does not say {needle:?}",
            e.changed
        );
        // The case's timeline says the same.
        let view = habeas_core::view::case(store, &case.id, today).unwrap();
        assert_eq!(view.trips.len(), 1);
        assert!(view.trips[0].check_again, "{what}: timeline");
        assert_eq!(view.trips[0].changed, e.changed);
        trips::check(store, &trip.id, today).unwrap();
        let after = entry(store);
        assert!(
            !after.check_again && after.changed.is_empty(),
            "{what}: checked again"
        );
    };

    // The itinerary: a transit added.
    let mut t = entry(store).trip;
    t.legs[1].transits.push("ES".into());
    trips::update(store, t).unwrap();
    expect_stale(
        store,
        "itinerary",
        "The itinerary (dates, countries or transits) changed.",
    );

    // The user's notes.
    let mut t = entry(store).trip;
    t.country_notes.push(CountryNote {
        country: "PT".into(),
        note: "Arrests on Diffusions at the airport".into(),
    });
    trips::update(store, t).unwrap();
    expect_stale(store, "notes", "Your notes on countries' practice changed.");

    // An alert's status.
    let mut deleted = cases::get_alert(store, &alert.id).unwrap();
    deleted.status.push(StatusChange::new(
        AlertStatus::Deleted,
        Some(day("2026-04-20")),
    ));
    cases::update_alert(store, deleted).unwrap();
    expect_stale(store, "alert status", "The Diffusion from Türkiye changed.");

    // A new alert.
    let mut red: Alert = serde_json::from_value(serde_json::json!({
        "kind": "red_notice", "issuing_country": "RU"
    }))
    .unwrap();
    red = cases::add_alert(store, &case.id, red).unwrap();
    expect_stale(
        store,
        "alert added",
        "The Red Notice from the Russian Federation was added to the case.",
    );

    // An alert removed.
    cases::delete_alert(store, &red.id).unwrap();
    expect_stale(
        store,
        "alert removed",
        "The Red Notice from the Russian Federation was removed from the case.",
    );

    // The person's protection.
    let mut c = cases::get_case(store, &case.id).unwrap();
    c.person.protection = Some(habeas_core::model::Protection {
        status: habeas_core::model::ProtectionStatus::Granted,
        kind: habeas_core::model::ProtectionKind::ConventionRefugee,
        country: Some("DE".into()),
        feared_state: Some("TR".into()),
        ..habeas_core::model::Protection::default()
    });
    cases::update_case(store, c).unwrap();
    expect_stale(
        store,
        "protection",
        "Your protection, nationality or residence changed.",
    );

    // An event the check reads: a decision on extradition.
    let decision: Event = serde_json::from_value(serde_json::json!({
        "kind": "extradition_decision", "country": "PT", "date": "2026-03-02"
    }))
    .unwrap();
    cases::add_event(store, &case.id, decision).unwrap();
    expect_stale(
        store,
        "event",
        "The decision on extradition in Portugal of 2026-03-02 was added to the case.",
    );

    // An event the check does not read changes nothing.
    let other: Event = serde_json::from_value(serde_json::json!({
        "kind": "hearing", "date": "2026-03-05"
    }))
    .unwrap();
    cases::add_event(store, &case.id, other).unwrap();
    assert!(!entry(store).check_again);

    // After departure, no reminder even when something changed.
    let mut t = entry(store).trip;
    t.label = "renamed only".into();
    t.legs[0].transits.clear();
    trips::update(store, t).unwrap();
    let late = trips::list(store, &case.id, day("2026-06-20"))
        .unwrap()
        .remove(0);
    assert!(!late.check_again, "departed");
    assert!(!late.changed.is_empty(), "what changed is still said");
}

/// Issue 18.5: the case's timeline carries its trips with their legs' days.
#[test]
fn a_trip_is_on_the_case_timeline_with_its_legs() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(&tmp.path().join("v"));
    let store = v.store();
    let case = named_case(store, "Ali Timeline");
    let view = habeas_core::view::case(store, &case.id, day("2026-05-01")).unwrap();
    assert!(view.trips.is_empty());
    let trip = trips::add(store, &case.id, lisbon_trip()).unwrap();
    let view = habeas_core::view::case(store, &case.id, day("2026-05-01")).unwrap();
    assert_eq!(view.trips.len(), 1);
    let t = &view.trips[0];
    assert_eq!(t.id, trip.id);
    let legs: Vec<(String, String, String)> = t
        .legs
        .iter()
        .map(|l| (l.date.unwrap().to_string(), l.from.clone(), l.to.clone()))
        .collect();
    assert_eq!(
        legs,
        vec![
            ("2026-06-01".into(), "DE".into(), "PT".into()),
            ("2026-06-08".into(), "PT".into(), "DE".into())
        ]
    );
    assert!(t.checked_on.is_none() && t.level.is_none() && !t.check_again);
    trips::check(store, &trip.id, day("2026-05-01")).unwrap();
    let view = habeas_core::view::case(store, &case.id, day("2026-05-01")).unwrap();
    assert_eq!(view.trips[0].checked_on, Some(day("2026-05-01")));
    assert!(view.trips[0].level.is_some());
}

/// Issue 18 / 17: the travel brief in Arabic and in Russian, read back with poppler: its fixed
/// words in the language, every font embedded (a border officer's printer has none of them).
#[test]
fn the_brief_in_arabic_and_russian_has_its_words_and_embeds_its_fonts() {
    use habeas_core::locale::Language;
    let case = Case::default();
    let mut trip = lisbon_trip();
    trip.id = "trip-lang".into();
    let alerts = vec![turkish_diffusion()];
    let out = repo().join("target/travel");
    fs::create_dir_all(&out).unwrap();
    for (language, words) in [
        (
            Language::Ar,
            // pdftotext puts back marks of its own in some shaped words (a shadda in "يجب"):
            // words it reads back as written.
            &[
                "فحص السفر",
                "مستوى الرحلة",
                "الخريطة",
                "محتجز الآن",
                "الصفحة",
            ][..],
        ),
        (
            Language::Ru,
            &[
                "Проверка поездки",
                "Уровень поездки",
                "Карта",
                "Что взять с собой",
                "Высокий",
            ][..],
        ),
    ] {
        let check = travel::check_in(&case, &alerts, &[], &trip, day("2026-05-22"), language);
        let drawing = habeas_core::travel::map::draw(&check, &trip, &alerts);
        let pdf = habeas_core::travel::brief::pdf(&trip, &check, &drawing, language).unwrap();
        let path = out.join(format!("brief-{language:?}.pdf"));
        fs::write(&path, &pdf).unwrap();
        let text = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        assert!(text.status.success());
        let text = String::from_utf8_lossy(&text.stdout);
        for w in words {
            assert!(
                text.contains(w),
                "{language:?}: {w:?} not in the brief:\n{text}"
            );
        }
        assert!(!text.contains("What to carry") && !text.contains("Level of the trip"));
        let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
        assert!(fonts.status.success());
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{language:?}: no fonts");
        for row in rows {
            // Columns: name type encoding emb sub uni object ID.
            let cols: Vec<&str> = row.split_whitespace().collect();
            let emb = cols.get(cols.len().saturating_sub(5)).copied();
            assert_eq!(
                emb,
                Some("yes"),
                "{language:?}: a font is not embedded: {row}"
            );
        }
    }
}
