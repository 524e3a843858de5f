//! The languages Habeas speaks to its user (issue 17), and which one this device starts in.
//!
//! The app's language is a choice separate from a filing's language
//! ([`crate::model::filing::Language`], the CCF's four working languages, domain.md §1.4): a
//! Lyon lawyer may read the app in French and file in English. Russian is offered for reading
//! the app because many of the people targeted read it before English (issue 17); the CCF does
//! not work in it, so no filing is written in Russian.
//!
//! This room sits below every other one: the error messages, the clock's written dates and every
//! rule text are put into words here, so each of them may import it.

pub mod catalogue;
pub mod countries;
pub mod numbers;

pub use catalogue::{message, text, Arg};

use serde::{Deserialize, Serialize};

/// A language of the app's texts.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English, the source language: every text is written in English first.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic, written right to left.
    Ar,
    /// Russian.
    Ru,
}

/// The direction a language is written in, for the UI's `dir` and the PDF's alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Language {
    /// Every language, in the order a language menu offers them.
    pub const ALL: [Self; 5] = [Self::En, Self::Fr, Self::Es, Self::Ar, Self::Ru];

    /// The BCP 47 code ("en", "fr", "es", "ar", "ru"), as stored and as the catalogues'
    /// folders are named (`locales/<code>/`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ar => "ar",
            Self::Ru => "ru",
        }
    }

    /// The language's name in itself, as a language menu shows it (a reader who cannot read
    /// the current language must still find their own).
    #[must_use]
    pub const fn autonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::Es => "Español",
            Self::Ar => "العربية",
            Self::Ru => "Русский",
        }
    }

    /// Right to left for Arabic, left to right otherwise.
    #[must_use]
    pub const fn direction(self) -> Direction {
        match self {
            Self::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The language a BCP 47 tag ("fr", "fr-CA", "ar-LB", "es-419", "ru-Cyrl-KZ") or a POSIX
    /// locale name ("fr_FR.UTF-8", "ar_LB@latin") names, by its primary subtag, case-insensitive;
    /// `None` for any other language and for "C" / "POSIX".
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language the system locale names, read as POSIX does: the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and not empty decides; if that one names a language
    /// Habeas does not have, `None` (it is not overridden by a later variable). `lookup` reads
    /// one environment variable.
    #[must_use]
    pub fn from_locale_env(lookup: impl Fn(&str) -> Option<String>) -> Option<Self> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&lookup)
            .find(|v| !v.trim().is_empty())
            .and_then(|v| Self::from_tag(&v))
    }

    /// The language of this process's locale environment, English if it names none Habeas
    /// has. (On macOS and Windows the shell asks the system itself and passes the tag to
    /// [`Language::from_tag`]; these variables are often unset there.)
    #[must_use]
    pub fn of_system() -> Self {
        Self::from_locale_env(|name| std::env::var(name).ok()).unwrap_or_default()
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_languages_by_their_primary_subtag() {
        assert_eq!(Language::from_tag("fr"), Some(Language::Fr));
        assert_eq!(Language::from_tag("FR-ca"), Some(Language::Fr));
        assert_eq!(Language::from_tag("es-419"), Some(Language::Es));
        assert_eq!(Language::from_tag("ar_LB.UTF-8"), Some(Language::Ar));
        assert_eq!(Language::from_tag("ru-Cyrl-KZ"), Some(Language::Ru));
        assert_eq!(Language::from_tag(" en_GB@euro "), Some(Language::En));
        assert_eq!(Language::from_tag("de-DE"), None);
        assert_eq!(Language::from_tag("C"), None);
        assert_eq!(Language::from_tag("POSIX"), None);
        assert_eq!(Language::from_tag(""), None);
        // "e" and "ara" are not "es" and "ar": the whole primary subtag must match.
        assert_eq!(Language::from_tag("e"), None);
        assert_eq!(Language::from_tag("ara"), None);
    }

    #[test]
    fn arabic_alone_is_right_to_left() {
        for l in Language::ALL {
            let expected = if l == Language::Ar {
                Direction::Rtl
            } else {
                Direction::Ltr
            };
            assert_eq!(l.direction(), expected, "{l}");
        }
    }

    #[test]
    fn codes_round_trip_through_tags_and_serde() {
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.code()), Some(l));
            assert_eq!(
                serde_json::to_string(&l).unwrap_or_default(),
                format!("\"{}\"", l.code())
            );
        }
    }

    #[test]
    fn the_locale_environment_is_read_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            Language::from_locale_env(env(&[("LANG", "ru_RU.UTF-8")])),
            Some(Language::Ru)
        );
        assert_eq!(
            Language::from_locale_env(env(&[("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "es_ES")])),
            Some(Language::Es)
        );
        assert_eq!(
            Language::from_locale_env(env(&[
                ("LANG", "ru_RU.UTF-8"),
                ("LC_MESSAGES", "es_ES"),
                ("LC_ALL", "ar_LB.UTF-8")
            ])),
            Some(Language::Ar)
        );
        // An empty LC_ALL does not count; a set one naming another language decides.
        assert_eq!(
            Language::from_locale_env(env(&[("LC_ALL", ""), ("LANG", "fr_FR.UTF-8")])),
            Some(Language::Fr)
        );
        assert_eq!(
            Language::from_locale_env(env(&[("LC_ALL", "de_DE"), ("LANG", "fr_FR.UTF-8")])),
            None
        );
        assert_eq!(Language::from_locale_env(env(&[])), None);
    }
}
