//! How hard a new passphrase is to guess, the floor below which the core refuses it, and a
//! generated passphrase to offer instead (issue 16, "Also").
//!
//! The estimate is zxcvbn's (Wheeler, "zxcvbn: Low-Budget Password Strength Estimation", USENIX
//! Security 2016; the `zxcvbn` crate is its Rust port): it finds the cheapest way to build the
//! passphrase from common passwords, dictionary words, names, dates, keyboard patterns,
//! repeats and sequences, and counts the guesses an attacker trying those first would need.
//!
//! Languages: zxcvbn's dictionaries are English (words from English Wikipedia and US film and
//! television subtitles, US census names and surnames) plus leaked-password lists, which hold
//! passwords from many languages. A word of another language (French, Spanish, Turkish, Arabic,
//! Russian…) is counted as unknown letters, so a single such word is overrated; the threshold
//! below is high enough that one word of any language stays refused unless it is very long, and
//! the generated passphrase is the answer for everyone. The person-specific words the core
//! knows (the vault folder's name and its parent's, "habeas") are passed as zxcvbn's user inputs.

use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};

use super::MIN_PASSPHRASE_CHARS;
use crate::Error;

/// The least a new passphrase must cost to guess, as log10 of zxcvbn's guess count.
///
/// 10^10 guesses is where zxcvbn's top score begins: "very unguessable: strong protection from
/// offline slow-hash scenario" (zxcvbn README, "Usage", score 4). Someone who copies the vault
/// has exactly that offline scenario, slowed by scrypt at the pinned factor
/// (`WorkFactor::PINNED`, ~0.6 s per guess on one core, ARCHITECTURE.md): 10^10 guesses are
/// about 190 core-years (a week for 10,000 cores), while score 3's floor (10^8) is under two
/// core-years, an afternoon for a state. zxcvbn's estimate is an upper bound on the attacker's
/// patience only when the passphrase was chosen the way zxcvbn models; random words are.
pub const MIN_GUESSES_LOG10: f64 = 10.0;

/// Words in a generated passphrase. Each word of the EFF large list adds log2(7776) ≈ 12.9 bits
/// (EFF Deeplinks, "New Wordlists for Random Passphrases", 2016), so six give ≈ 77.5 bits:
/// 10^23 guesses, far past [`MIN_GUESSES_LOG10`] even when the attacker knows the list.
pub const GENERATED_WORDS: usize = 6;

/// The EFF large wordlist (Joseph Bonneau, EFF, 2016), CC BY 3.0: 7776 lines of five dice
/// digits, a tab and a word. Attribution and source: `core/data/eff_large_wordlist.NOTICE`.
const EFF_LARGE_WORDLIST: &str = include_str!("../../data/eff_large_wordlist.txt");

/// Number of words in the EFF large list (6^5, five dice).
const LIST_LEN: u16 = 7776;

/// What makes a passphrase easy to guess, from zxcvbn's feedback (or the length rule).
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weakness {
    /// Fewer than [`MIN_PASSPHRASE_CHARS`] characters.
    TooShort,
    /// One of the most used passwords, or one with small changes.
    CommonPassword,
    /// A single dictionary word.
    CommonWord,
    /// A first name or surname.
    Name,
    /// A date.
    Date,
    /// A recent year.
    Year,
    /// A row or shape of keys (qwerty, zxcvbn).
    KeyboardPattern,
    /// Repeated characters or groups (aaa, abcabc).
    Repeat,
    /// A sequence (abc, 6543).
    Sequence,
    /// Nothing zxcvbn names, just too few guesses.
    TooSimple,
}

impl Weakness {
    /// Why, in a few words, for the refusal message.
    fn why(self) -> String {
        match self {
            Self::TooShort => format!("it has fewer than {MIN_PASSPHRASE_CHARS} characters"),
            Self::CommonPassword => {
                "it is a very common password, or one with small changes".into()
            }
            Self::CommonWord => "it is a common word".into(),
            Self::Name => "it is a common name".into(),
            Self::Date => "it contains a date".into(),
            Self::Year => "it contains a recent year".into(),
            Self::KeyboardPattern => "it is a keyboard pattern".into(),
            Self::Repeat => "it repeats characters or groups of characters".into(),
            Self::Sequence => "it is a sequence like abc or 6543".into(),
            Self::TooSimple => "it is too simple".into(),
        }
    }

    fn from_warning(warning: zxcvbn::feedback::Warning) -> Self {
        use zxcvbn::feedback::Warning as W;
        match warning {
            W::StraightRowsOfKeysAreEasyToGuess | W::ShortKeyboardPatternsAreEasyToGuess => {
                Self::KeyboardPattern
            }
            W::RepeatsLikeAaaAreEasyToGuess | W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
                Self::Repeat
            }
            W::ThisIsATop10Password
            | W::ThisIsATop100Password
            | W::ThisIsACommonPassword
            | W::ThisIsSimilarToACommonlyUsedPassword => Self::CommonPassword,
            W::SequencesLikeAbcAreEasyToGuess => Self::Sequence,
            W::RecentYearsAreEasyToGuess => Self::Year,
            W::AWordByItselfIsEasyToGuess => Self::CommonWord,
            W::DatesAreOftenEasyToGuess => Self::Date,
            W::NamesAndSurnamesByThemselvesAreEasyToGuess
            | W::CommonNamesAndSurnamesAreEasyToGuess => Self::Name,
        }
    }
}

/// The core's judgement of a new passphrase, shown while it is typed.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Strength {
    /// zxcvbn's score: 0 (guessed in under 10^3 tries) to 4 (over 10^10).
    pub score: u8,
    /// log10 of the estimated number of guesses.
    pub guesses_log10: f64,
    /// Whether the core accepts it as a new passphrase ([`MIN_GUESSES_LOG10`] and the length).
    pub acceptable: bool,
    /// What makes it easy to guess, when something does.
    pub weakness: Option<Weakness>,
}

/// Estimates how hard `passphrase` is to guess, for a vault in `vault_dir` (whose name, and its
/// parent's, an attacker would try first).
#[must_use]
pub fn estimate(passphrase: &SecretString, vault_dir: Option<&Path>) -> Strength {
    let text = passphrase.expose_secret();
    let mut inputs: Vec<String> = vec!["habeas".into(), "vault".into()];
    if let Some(dir) = vault_dir {
        for name in [dir.file_name(), dir.parent().and_then(Path::file_name)]
            .into_iter()
            .flatten()
        {
            let name = name.to_string_lossy().to_lowercase();
            inputs.extend(
                name.split(|c: char| !c.is_alphanumeric())
                    .filter(|part| !part.is_empty())
                    .map(str::to_owned),
            );
            inputs.push(name);
        }
    }
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let entropy = zxcvbn::zxcvbn(text, &inputs);
    let guesses_log10 = entropy.guesses_log10();
    let too_short = text.chars().count() < MIN_PASSPHRASE_CHARS;
    let acceptable = !too_short && guesses_log10 >= MIN_GUESSES_LOG10;
    let named = entropy
        .feedback()
        .and_then(zxcvbn::feedback::Feedback::warning)
        .map(Weakness::from_warning);
    let weakness = if too_short {
        Some(Weakness::TooShort)
    } else if acceptable {
        None
    } else {
        Some(named.unwrap_or(Weakness::TooSimple))
    };
    Strength {
        score: entropy.score().into(),
        guesses_log10,
        acceptable,
        weakness,
    }
}

/// Refuses a new passphrase that is too easy to guess, saying why and what to do.
pub(super) fn require_strong(passphrase: &SecretString, vault_dir: &Path) -> Result<(), Error> {
    let strength = estimate(passphrase, Some(vault_dir));
    match strength.weakness {
        None => Ok(()),
        Some(weakness) => Err(Error::InvalidInput {
            field: "Passphrase",
            reason: format!(
                "{}, so someone with a copy of the vault could guess it. Add a few more \
                 unrelated words (words you would not use together), or use a generated \
                 passphrase and write it down",
                weakness.why()
            ),
        }),
    }
}

/// A new passphrase of [`GENERATED_WORDS`] words from the EFF large wordlist, separated by
/// spaces, each drawn uniformly with the operating system's random generator.
///
/// # Errors
/// [`Error::Platform`] if the system's random source fails.
pub fn generate_passphrase() -> Result<SecretString, Error> {
    let mut words: Vec<&str> = Vec::with_capacity(GENERATED_WORDS);
    while words.len() < GENERATED_WORDS {
        let bytes = crate::files::random::random_bytes::<2>()?;
        let value = u16::from_le_bytes(*bytes);
        // Rejection sampling: 65536 is not a multiple of 7776, so the top 3328 values would make
        // the first words of the list likelier; draw again instead.
        if value >= LIST_LEN * 8 {
            continue;
        }
        let index = usize::from(value % LIST_LEN);
        let word = eff_words().nth(index).ok_or_else(|| Error::Internal {
            what: "the bundled word list is shorter than 7776 words".into(),
        })?;
        words.push(word);
    }
    Ok(SecretString::from(words.join(" ")))
}

/// The words of the EFF large list, in list order.
fn eff_words() -> impl Iterator<Item = &'static str> {
    EFF_LARGE_WORDLIST
        .lines()
        .filter_map(|line| line.split_once('\t').map(|(_, word)| word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn secret(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    #[test]
    fn the_word_list_is_the_whole_eff_large_list() {
        let words: Vec<&str> = eff_words().collect();
        assert_eq!(words.len(), usize::from(LIST_LEN));
        assert_eq!(words.iter().collect::<HashSet<_>>().len(), words.len());
        assert_eq!(words.first(), Some(&"abacus"));
        assert_eq!(words.last(), Some(&"zoom"));
    }

    #[test]
    fn a_common_password_is_refused_with_its_reason() {
        let dir = Path::new("/home/someone/Cases");
        let error = require_strong(&secret("password1"), dir).unwrap_err();
        let text = error.to_string();
        assert_eq!(error.code(), crate::ErrorCode::InvalidInput);
        assert!(text.contains("very common password"), "{text}");
        assert!(text.contains("generated"), "{text}");
        assert_eq!(
            estimate(&secret("qwertyuiop"), None).weakness,
            Some(Weakness::CommonPassword)
        );
    }

    #[test]
    fn dates_keyboard_patterns_and_short_ones_are_named() {
        assert_eq!(
            estimate(&secret("12/03/1989"), None).weakness,
            Some(Weakness::Date)
        );
        assert_eq!(
            estimate(&secret("zxcvbnm,./"), None).weakness,
            Some(Weakness::KeyboardPattern)
        );
        assert_eq!(
            estimate(&secret("Xq7!"), None).weakness,
            Some(Weakness::TooShort)
        );
    }

    #[test]
    fn the_folder_name_counts_as_a_guess() {
        let phrase = secret("ahmadoglu-kaplan2019");
        assert!(estimate(&phrase, None).acceptable);
        let dir = Path::new("/home/someone/ahmadoglu-kaplan2019");
        assert!(!estimate(&phrase, Some(dir)).acceptable);
    }

    #[test]
    fn a_six_word_diceware_phrase_is_accepted() {
        let dir = Path::new("/tmp/vault");
        let phrase = secret("gravity oxidize unlaced chamomile rebound saffron");
        assert!(require_strong(&phrase, dir).is_ok());
        let strength = estimate(&phrase, Some(dir));
        assert_eq!(strength.score, 4);
        assert_eq!(strength.weakness, None);
    }

    #[test]
    fn generated_passphrases_are_six_list_words_and_differ() {
        let list: HashSet<&str> = eff_words().collect();
        let first = generate_passphrase().unwrap();
        let second = generate_passphrase().unwrap();
        for phrase in [&first, &second] {
            let words: Vec<&str> = phrase.expose_secret().split(' ').collect();
            assert_eq!(words.len(), GENERATED_WORDS);
            assert!(words.iter().all(|word| list.contains(word)), "{words:?}");
            assert!(require_strong(phrase, Path::new("/tmp/vault")).is_ok());
        }
        // Two draws of 77 bits are equal with probability 2^-77.
        assert_ne!(first.expose_secret(), second.expose_secret());
    }
}
