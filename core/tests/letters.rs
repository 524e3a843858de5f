//! The "detained now" sheet and the letters in every language, read back with the poppler tools
//! (issue 18.3, issue 17.7): each statement of the sheet checked against the case over a table
//! of cases (refugee status or a pending claim; a CCF request filed or only drafted; a Red
//! Notice or a Diffusion; consent to surrender recorded or not), in each language of the sheet,
//! with `pdftotext`; the sheet one page (`pdfinfo`); every font embedded (`pdffonts`); pages
//! rendered to `target/pdf/` (`pdftoppm`) to be looked at.
//!
//! The expected sentences are the catalogue's own, put into words with the case's values: a
//! sentence that the sheet must not say is looked for too, so a sheet that said everything
//! would fail.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, NaiveDate, Utc};
use habeas_core::clock;
use habeas_core::filing::letters::{self, LetterData, LetterKind};
use habeas_core::filing::{Filing, Submitter};
use habeas_core::locale::{self, Arg, Language};
use habeas_core::model::{
    Alert, AlertKind, AlertRequest, Case, CcfRequestKind, DocumentKind, Event, EventKind,
    IdDocument, Person, Protection, ProtectionKind, ProtectionStatus,
};
use habeas_core::pdf::PageSize;

fn artefacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/pdf/letters");
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("{cmd} is missing ({e}); `make test` installs poppler-utils and qpdf")
    });
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Text without direction marks and with single spaces: what pdftotext gives (it wraps Arabic
/// lines in U+202B … U+202C) and what the catalogue gives (isolates) compared as words.
fn words(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters and digits only, for finding a sentence in extracted text: pdftotext joins or splits
/// words around Arabic punctuation and digits, and moves Arabic vowel marks.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .filter(|c| !matches!(c, '\u{0640}' | '\u{064b}'..='\u{065f}' | '\u{0670}'))
        .collect()
}

/// Whether `sentence` is in `text`. Arabic is matched word by word: pdftotext gives the runs of
/// an Arabic line in visual pieces (clauses around a comma swapped) and splits a word whose
/// vowel mark follows a ligature, so words carrying marks are left out of the match.
fn said_in(text: &str, sentence: &str, language: Language) -> bool {
    if language != Language::Ar {
        return compact(text).contains(&compact(sentence));
    }
    let page: Vec<String> = text.split_whitespace().map(compact).collect();
    let wanted: Vec<String> = sentence
        .split_whitespace()
        .filter(|w| {
            !w.chars()
                .any(|c| matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}'))
        })
        .map(compact)
        .filter(|w| w.chars().count() > 1)
        .collect();
    assert!(wanted.len() >= 2, "too few words to match: {sentence:?}");
    wanted
        .iter()
        .all(|w| page.iter().any(|p| p.contains(w.as_str())))
}

/// The longest run of a catalogue sentence between the values put into it: the part that is
/// the language's own words, cut to at most 40 characters so a line break cannot hide it.
fn fixed_part(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let text = locale::message(language, id, args);
    let longest = text
        .split(['\u{2068}', '\u{2069}'])
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, s)| words(s))
        .max_by_key(|s| s.chars().count())
        .unwrap_or_default();
    let cut: String = longest.chars().take(40).collect();
    // Cut at a word boundary: pdftotext may break the line at the next space.
    cut.rsplit_once(' ')
        .map_or(cut.clone(), |(head, _)| head.to_owned())
}

/// Writes `pdf` and checks it as every Habeas PDF: fonts embedded as subsets with a Unicode map,
/// the page rendered. Returns the pages and the text.
fn read_back(pdf: &[u8], name: &str) -> (usize, String) {
    let path = artefacts().join(format!("{name}.pdf"));
    fs::write(&path, pdf).unwrap();
    let p = path.to_str().unwrap();
    let fonts = run("pdffonts", &[p]);
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "{name}: {row}");
    }
    run(
        "pdftoppm",
        &[
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            p,
            artefacts().join(name).to_str().unwrap(),
        ],
    );
    let info = run("pdfinfo", &[p]);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    (pages, words(&run("pdftotext", &["-enc", "UTF-8", p, "-"])))
}

fn fonts(pdf: &[u8], name: &str) -> String {
    let path = artefacts().join(format!("{name}.pdf"));
    fs::write(&path, pdf).unwrap();
    run("pdffonts", &[path.to_str().unwrap()])
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn at() -> DateTime<Utc> {
    "2026-11-24T10:00:00Z".parse().unwrap()
}

/// One row of the table: what the case records.
#[derive(Debug, Clone, Copy)]
struct Row {
    protection: Option<ProtectionStatus>,
    filed: bool,
    red_notice: bool,
    consented: bool,
}

fn case(row: Row) -> Case {
    Case {
        person: Person {
            name_latin: "Amina Haddad".into(),
            birth_date: Some(day("1984-03-02")),
            nationalities: vec!["SY".into()],
            documents: vec![IdDocument {
                kind: DocumentKind::RefugeeTravelDocument,
                number: "RT0042917".into(),
                issuer: Some("FR".into()),
                ..IdDocument::default()
            }],
            protection: row.protection.map(|status| Protection {
                status,
                kind: ProtectionKind::ConventionRefugee,
                country: Some("FR".into()),
                date: Some(day("2024-05-12")),
                feared_state: Some("SY".into()),
                ..Protection::default()
            }),
            ..Person::default()
        },
        ..Case::default()
    }
}

fn alerts(row: Row) -> Vec<Alert> {
    vec![Alert {
        kind: if row.red_notice {
            AlertKind::RedNotice
        } else {
            AlertKind::Diffusion
        },
        issuing_country: Some("SY".into()),
        requests: vec![AlertRequest::Arrest],
        ..Alert::default()
    }]
}

fn events(row: Row) -> Vec<Event> {
    let mut out = Vec::new();
    if row.filed {
        out.push(Event {
            kind: EventKind::CcfRequestFiled,
            date: Some(day("2026-11-20")),
            ccf_request: vec![CcfRequestKind::Deletion],
            ..Event::default()
        });
    }
    if row.consented {
        out.push(Event {
            kind: EventKind::ConsentToSurrender,
            date: Some(day("2026-11-21")),
            ..Event::default()
        });
    }
    out
}

/// A request drafted in Habeas (never a request until filed), with the lawyer to call.
fn drafted() -> Vec<Filing> {
    vec![Filing {
        submitter: Submitter {
            representative: true,
            name: "Maître Claire Dubois".into(),
            phone: "+33 4 72 00 00 00".into(),
            ..Submitter::default()
        },
        ..Filing::default()
    }]
}

/// Every statement the sheet may make in `language`, with whether the case of `row` says it.
fn statements(row: Row, language: Language) -> Vec<(&'static str, String, bool)> {
    let date = |s: &str| clock::written_in(day(s), language);
    let state = |c: &str| {
        if language == Language::En {
            habeas_core::model::country::in_text(c)
        } else {
            habeas_core::model::country::name(c).to_owned()
        }
    };
    let refugee = row.protection == Some(ProtectionStatus::Granted);
    let claim = row.protection == Some(ProtectionStatus::Pending);
    vec![
        (
            "asks for a lawyer",
            fixed_part(language, "letters-detained-lawyer", &[]),
            true,
        ),
        (
            "refuses simplified extradition",
            fixed_part(language, "letters-detained-no-consent", &[]),
            !row.consented,
        ),
        (
            "a Red Notice is not an arrest warrant",
            fixed_part(
                language,
                "letters-sheet-nature",
                &[("kind", "red_notice".into())],
            ),
            row.red_notice,
        ),
        (
            "a Diffusion is not reviewed before it is sent",
            fixed_part(
                language,
                "letters-sheet-nature",
                &[("kind", "wanted_diffusion".into())],
            ),
            !row.red_notice,
        ),
        (
            "recognised as a refugee",
            fixed_part(
                language,
                "letters-status-refugee",
                &[
                    ("name", "Amina Haddad".into()),
                    ("by", state("FR").into()),
                    ("when", "".into()),
                    ("feared", "".into()),
                ],
            ),
            refugee,
        ),
        (
            "the refugee policy",
            fixed_part(language, "letters-sheet-refugee-policy", &[]),
            refugee,
        ),
        (
            "a claim not yet decided",
            fixed_part(
                language,
                "letters-status-pending",
                &[
                    ("name", "Amina Haddad".into()),
                    ("by", state("FR").into()),
                    ("when", "".into()),
                ],
            ),
            claim,
        ),
        (
            "never the feared state's consulate",
            fixed_part(
                language,
                "letters-detained-no-consulate",
                &[("state", state("SY").into())],
            ),
            refugee || claim,
        ),
        (
            "a CCF request filed",
            fixed_part(
                language,
                "letters-sheet-pending",
                &[
                    ("what", "deletion".into()),
                    ("date", date("2026-11-20").into()),
                ],
            ),
            row.filed,
        ),
        ("the date it was filed", date("2026-11-20"), row.filed),
        ("whom to call", "+33 4 72 00 00 00".to_owned(), true),
    ]
}

/// Letter `kind` in `language` from the case of `row`, for `country`.
fn letter(row: Row, kind: LetterKind, country: &str, language: Language) -> Vec<u8> {
    let case = case(row);
    let alerts = alerts(row);
    let events = events(row);
    let filings = drafted();
    let data = LetterData {
        case: &case,
        alerts: &alerts,
        filings: &filings,
        events: &events,
        evidence: &[],
        country,
        today: day("2026-11-28"),
        paper: PageSize::A4,
        generated: at(),
    };
    letters::letter(kind, &data, language).unwrap()
}

fn sheet(row: Row, country: &str, chosen: Language) -> Vec<u8> {
    letter(row, LetterKind::DetainedNow, country, chosen)
}

/// Issue 18.3: what the sheet says follows the case, in each of its languages, and it stays one
/// page with two.
#[test]
fn the_detained_sheet_says_what_the_case_records_in_each_of_its_languages() {
    let mut rows = Vec::new();
    for protection in [
        Some(ProtectionStatus::Granted),
        Some(ProtectionStatus::Pending),
        None,
    ] {
        for filed in [true, false] {
            for red_notice in [true, false] {
                for consented in [false, true] {
                    rows.push(Row {
                        protection,
                        filed,
                        red_notice,
                        consented,
                    });
                }
            }
        }
    }
    // Where it is shown, and the language the user chose: France (French), Lebanon (Arabic),
    // Kazakhstan (Russian), Spain (Spanish), Germany with Russian chosen (no app language is
    // official there: the chosen one), Germany with English chosen (English alone).
    let places = [
        ("FR", Language::En, vec![Language::En, Language::Fr]),
        ("LB", Language::En, vec![Language::En, Language::Ar]),
        ("KZ", Language::Fr, vec![Language::En, Language::Ru]),
        ("ES", Language::En, vec![Language::En, Language::Es]),
        ("DE", Language::Ru, vec![Language::En, Language::Ru]),
        ("DE", Language::En, vec![Language::En]),
    ];
    let mut failures = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        // Each row in one of the places in turn (every language sees every kind of statement
        // over the table), and the longest row (refugee, filed, not consented) in all of them.
        for (i, (country, chosen, expected)) in places.iter().enumerate() {
            if !(n % places.len() == i || n == 0 || n == 2) {
                continue;
            }
            assert_eq!(&letters::sheet_languages(country, *chosen), expected);
            let name = format!("sheet-{n}-{country}-{chosen}");
            let (pages, text) = read_back(&sheet(*row, country, *chosen), &name);
            if pages != 1 {
                failures.push(format!(
                    "{name}: {pages} pages, the sheet must stay one ({row:?})"
                ));
            }
            for language in expected {
                for (what, sentence, said) in statements(*row, *language) {
                    if said_in(&text, &sentence, *language) != said {
                        failures.push(format!(
                            "{name} [{language}] {row:?}: \"{what}\" should {}be said: {sentence:?}",
                            if said { "" } else { "not " }
                        ));
                    }
                }
            }
            // The translation is marked as unreviewed, in its own language; English is not.
            for language in expected {
                let mark = fixed_part(*language, "letters-detained-unreviewed", &[]);
                assert_eq!(
                    said_in(&text, &mark, *language),
                    *language != Language::En,
                    "{name}: the unreviewed mark of {language}"
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The map from a country to the language its authorities read, for the app's five languages.
#[test]
fn a_country_is_read_in_its_official_language_where_the_app_has_it() {
    assert_eq!(letters::country_language("fr"), Some(Language::Fr));
    assert_eq!(letters::country_language("CA"), Some(Language::Fr));
    assert_eq!(letters::country_language("MX"), Some(Language::Es));
    assert_eq!(letters::country_language("AE"), Some(Language::Ar));
    assert_eq!(letters::country_language("BY"), Some(Language::Ru));
    assert_eq!(letters::country_language("DE"), None);
    assert_eq!(letters::country_language("GB"), None);
    assert_eq!(letters::country_language(""), None);
    // English is always the first half; never twice.
    assert_eq!(
        letters::sheet_languages("US", Language::En),
        vec![Language::En]
    );
}

/// Issue 17.7: each letter in each language is in that language throughout its fixed words,
/// with its fonts embedded (Arabic and Cyrillic faces for Arabic and Russian), and Arabic set
/// right to left.
#[test]
fn every_letter_is_written_in_each_language_with_its_fonts_embedded() {
    let row = Row {
        protection: Some(ProtectionStatus::Granted),
        filed: true,
        red_notice: false,
        consented: false,
    };
    for language in Language::ALL {
        for (kind, heading) in [
            (LetterKind::Border, "letters-border-heading"),
            (LetterKind::Asylum, "letters-asylum-heading"),
            (LetterKind::LawyerBrief, "letters-brief-title"),
        ] {
            let pdf = letter(row, kind, "DE", language);
            let name = format!("{}-{language}", kind.stem());
            let (_, text) = read_back(&pdf, &name);
            let expected = words(&locale::text(language, heading));
            assert!(
                compact(&text).contains(&compact(&expected)),
                "{name}: {expected:?} in\n{text}"
            );
            // The date in the language's words.
            let filed = clock::written_in(day("2026-11-20"), language);
            if kind != LetterKind::LawyerBrief {
                assert!(
                    compact(&text).contains(&compact(&filed)),
                    "{name}: {filed:?} in\n{text}"
                );
            }
            let fonts = fonts(&pdf, &name);
            match language {
                Language::Ar => assert!(fonts.contains("NotoNaskhArabic"), "{name}: {fonts}"),
                // Cyrillic is in the Noto Sans faces Habeas embeds: the words read back.
                Language::Ru => assert!(
                    fonts.contains("NotoSans")
                        && text.chars().filter(|c| ('а'..='я').contains(c)).count() > 100,
                    "{name}: {fonts}"
                ),
                _ => {}
            }
        }
    }
    // Each language's catalogue is its own: no letter text falls back to English.
    for language in Language::ALL {
        assert!(
            locale::catalogue::has(language, "letters-detained-title"),
            "{language}"
        );
    }
}
