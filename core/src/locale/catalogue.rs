//! The core's message catalogues (`locales/<lang>/*.ftl`, Project Fluent), embedded in the
//! binary, and putting a message into words.
//!
//! Fluent chooses plural forms by the CLDR rules of each language (Arabic has six, Russian
//! three) and wraps every inserted value in Unicode bidi isolates (U+2068 … U+2069), so a Latin
//! name inside an Arabic sentence keeps its order and does not reorder its neighbours.
//!
//! A message missing from a language's catalogue falls back to English; a message missing from
//! English too gives its id back (a test keeps both from happening: `core/tests/catalogues.rs`).
//! Nothing here can fail at run time: a broken catalogue is a build-time test failure.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// The core's catalogue files, `locales/<lang>/<name>.ftl`, one per room of texts so that
/// people translating different rooms do not edit the same file (locales/README.md):
/// `core` (errors, dates, deadlines' titles and periods, calendar, CLI lists), `rules` (deadline
/// bases and explanations, flags, checklist, admissibility), `pdf` (the words around the content
/// of every PDF), `legal` (arguments and the request's fixed parts),
/// `letters` (the letters and the "detained now" sheet, in all five languages: they are shown at a
/// border or in custody, not filed) and `travel` (the travel check's reasons and the travel
/// brief).
pub const FILES: [&str; 6] = ["core", "rules", "pdf", "legal", "letters", "travel"];

/// Whether catalogue file `file` is written in `language`. Legal texts are filed, and the CCF
/// works in Arabic, English, French and Spanish only (domain.md §1.4): no Russian `legal.ftl`
/// messages (the file exists, with a comment saying so).
#[must_use]
pub fn written_in(file: &str, language: Language) -> bool {
    !(file == "legal" && language == Language::Ru)
}

macro_rules! catalogue_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../../locales/", $lang, "/core.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/rules.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/pdf.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/legal.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/letters.ftl")),
            include_str!(concat!("../../../locales/", $lang, "/travel.ftl")),
        ]
    };
}

/// The core's catalogue sources for `language`, as embedded, in the order of [`FILES`].
#[must_use]
pub const fn sources(language: Language) -> [&'static str; FILES.len()] {
    match language {
        Language::En => catalogue_files!("en"),
        Language::Fr => catalogue_files!("fr"),
        Language::Es => catalogue_files!("es"),
        Language::Ar => catalogue_files!("ar"),
        Language::Ru => catalogue_files!("ru"),
    }
}

/// A value put into a message: text (isolated for bidi) or a number (chooses the plural form).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, inserted as it is.
    Text(Cow<'a, str>),
    /// A whole number.
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Self::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Self::Text(Cow::Owned(s))
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Self::Number(n)
    }
}
impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Self::Number(i64::from(n))
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Self::Number(i64::from(n))
    }
}
impl From<u8> for Arg<'_> {
    fn from(n: u8) -> Self {
        Self::Number(i64::from(n))
    }
}

type Bundles = Vec<(Language, FluentBundle<FluentResource>)>;

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|language| (language, bundle(language)))
            .collect()
    })
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation is Fluent's default; said here because the whole bidi story depends on it.
    bundle.set_use_isolating(true);
    for source in sources(language) {
        // A resource with a syntax error still yields its good messages; the catalogue test
        // fails on the error itself.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        // Duplicate ids keep the first; the catalogue test fails on them.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn in_language(language: Language) -> Option<&'static FluentBundle<FluentResource>> {
    bundles()
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, b)| b)
}

/// Message `id` in `language` (falling back to English), with `args` put in.
#[must_use]
pub fn message(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.as_ref())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    [language, Language::En]
        .into_iter()
        .filter_map(in_language)
        .find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            Some(text.into_owned())
        })
        .unwrap_or_else(|| id.to_owned())
}

/// Message `id` in `language`, without arguments.
#[must_use]
pub fn text(language: Language, id: &str) -> String {
    message(language, id, &[])
}

/// Whether `language`'s own catalogue has message `id` (not through the English fallback).
#[must_use]
pub fn has(language: Language, id: &str) -> bool {
    in_language(language).is_some_and(|b| b.has_message(id))
}

/// `text` without the bidi isolation marks, for a sink that shows one direction only and would
/// print them as boxes (a terminal, a test's expected string).
#[must_use]
pub fn without_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(language: Language, id: &str, n: i64) -> String {
        without_isolates(&message(language, id, &[("count", Arg::Number(n))]))
    }

    #[test]
    fn plurals_follow_each_languages_cldr_rules() {
        // English and Spanish: one, other.
        assert_eq!(plain(Language::En, "period-days", 1), "1 day");
        assert_eq!(plain(Language::En, "period-days", 18), "18 days");
        assert_eq!(plain(Language::Es, "period-months", 1), "1 mes");
        assert_eq!(plain(Language::Es, "period-months", 2), "2 meses");
        // French: one covers 0 and 1.
        assert_eq!(plain(Language::Fr, "period-days", 0), "0 jour");
        assert_eq!(plain(Language::Fr, "period-days", 1), "1 jour");
        assert_eq!(plain(Language::Fr, "period-days", 2), "2 jours");
        // Russian: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…).
        assert_eq!(plain(Language::Ru, "period-days", 1), "1 день");
        assert_eq!(plain(Language::Ru, "period-days", 21), "21 день");
        assert_eq!(plain(Language::Ru, "period-days", 3), "3 дня");
        assert_eq!(plain(Language::Ru, "period-days", 24), "24 дня");
        assert_eq!(plain(Language::Ru, "period-days", 5), "5 дней");
        assert_eq!(plain(Language::Ru, "period-days", 11), "11 дней");
        assert_eq!(plain(Language::Ru, "period-days", 40), "40 дней");
        // Arabic: zero, one, two, few (3–10), many (11–99), other (100…).
        assert_eq!(plain(Language::Ar, "period-days", 0), "لا أيام");
        assert_eq!(plain(Language::Ar, "period-days", 1), "يوم واحد");
        assert_eq!(plain(Language::Ar, "period-days", 2), "يومان");
        assert_eq!(plain(Language::Ar, "period-days", 3), "3 أيام");
        assert_eq!(plain(Language::Ar, "period-days", 10), "10 أيام");
        assert_eq!(plain(Language::Ar, "period-days", 18), "18 يومًا");
        assert_eq!(plain(Language::Ar, "period-days", 99), "99 يومًا");
        assert_eq!(plain(Language::Ar, "period-days", 100), "100 يوم");
        // Not asserted: 103 and 111 (few and many by n mod 100 in CLDR). intl_pluralrules 7.0.2
        // tests the integer itself, so Fluent gives "other" there; no period Habeas counts is
        // that long (locales/README.md, "Known limits").
    }

    #[test]
    fn an_exact_number_wins_over_its_plural_category() {
        assert_eq!(plain(Language::En, "days-left", 0), "due today");
        assert_eq!(plain(Language::Ar, "days-left", 0), "يستحق اليوم");
        assert_eq!(plain(Language::Ru, "days-left", 2), "осталось 2 дня");
    }

    #[test]
    fn inserted_text_is_isolated_for_bidi() {
        let s = message(
            Language::Ar,
            "error-missing-file",
            &[("which", Arg::from("keys/passphrase.age"))],
        );
        assert!(s.contains("\u{2068}keys/passphrase.age\u{2069}"), "{s}");
        assert!(s.starts_with("ملف"), "{s}");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        assert_eq!(text(Language::Fr, "no-such-message"), "no-such-message");
        assert!(has(Language::En, "error-cancelled"));
        assert!(!has(Language::En, "no-such-message"));
    }
}
