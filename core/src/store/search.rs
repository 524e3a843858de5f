//! Search: one box that finds cases, people, alerts, events and notes, in any script.
//!
//! Every record keeps a folded copy of its words (see [`fold`]): lower case, diacritics removed,
//! followed by a Latin transliteration, so "Иванов", "ivanov" and "IVANOV" all find the same
//! person, and "Müller" is found by "muller". A query matches a record when every word of the
//! query is found in it (as typed, folded, or transliterated).

use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::Store;
use crate::model::country;
use crate::Error;

/// Lower case, compatibility-decomposed, without combining marks.
#[must_use]
pub fn fold_plain(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The folded text stored for search: the plain fold, then its Latin transliteration when it
/// differs (Cyrillic, Arabic, Greek, CJK… become ASCII words).
#[must_use]
pub fn fold(text: &str) -> String {
    let plain = fold_plain(text);
    let latin = deunicode::deunicode(&plain).to_lowercase();
    if latin == plain {
        plain
    } else {
        format!("{plain} {latin}")
    }
}

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    /// A case (its person, notes).
    Case,
    /// An alert.
    Alert,
    /// An event.
    Event,
    /// An evidence item (its original name, description, source, tags).
    Evidence,
}

/// A search result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Hit {
    /// What matched.
    pub kind: HitKind,
    /// The case it belongs to.
    pub case_id: String,
    /// The id of what matched (the case id for a case).
    pub id: String,
}

/// The most hits returned.
pub const MAX_HITS: usize = 200;

/// Whether every word of a query occurs in the folded `haystack`: each word as any of its
/// forms (see [`query_words`]).
#[must_use]
pub fn matches(haystack: &str, words: &[Vec<String>]) -> bool {
    words
        .iter()
        .all(|forms| forms.iter().any(|f| haystack.contains(f.as_str())))
}

/// The forms of a word or phrase: folded, and transliterated when that differs.
fn forms(text: &str) -> Vec<String> {
    let plain = fold_plain(text);
    let latin = deunicode::deunicode(&plain).to_lowercase();
    if latin == plain {
        vec![plain]
    } else {
        vec![plain, latin]
    }
}

/// The words of a query, each with the forms that find it: folded, transliterated, and for a
/// country's other name ("Turkey", "Russia", "UK", "South Korea") the name Habeas stores
/// ("Türkiye", "Russian Federation", "United Kingdom", "Republic of Korea";
/// [`country::ALIASES`]). Multi-word names are matched as one phrase first.
#[must_use]
pub fn query_words(query: &str) -> Vec<Vec<String>> {
    let words: Vec<String> = query
        .split_whitespace()
        .take(16)
        .map(fold_plain)
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    // The longest run of words that names a country, at each position: "south korea" before
    // "korea".
    let mut i = 0;
    while i < words.len() {
        let named = (i + 1..=words.len().min(i + 4)).rev().find_map(|end| {
            let phrase = words[i..end].join(" ");
            country::by_alias(&phrase, fold_plain).map(|c| (end, phrase, c))
        });
        match named {
            Some((end, phrase, c)) => {
                let mut f = forms(&phrase);
                f.extend(forms(c.name));
                f.dedup();
                out.push(f);
                i = end;
            }
            None => {
                out.push(forms(&words[i]));
                i += 1;
            }
        }
    }
    out
}

/// Finds records matching `query`: cases first, then alerts, events and evidence. An empty query finds
/// nothing.
///
/// # Errors
/// I/O errors of the index.
pub fn search(store: &Store, query: &str) -> Result<Vec<Hit>, Error> {
    let words = query_words(query);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    store.read(|db| {
        let mut hits = Vec::new();
        for (table, kind) in [
            ("cases", HitKind::Case),
            ("alerts", HitKind::Alert),
            ("events", HitKind::Event),
            ("evidence", HitKind::Evidence),
        ] {
            let case_col = if kind == HitKind::Case {
                "id"
            } else {
                "case_id"
            };
            let mut st =
                db.prepare_cached(&format!("SELECT id, {case_col}, search FROM {table}"))?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let search: String = r.get(2)?;
                if matches(&search, &words) {
                    hits.push(Hit {
                        kind,
                        case_id: r.get(1)?,
                        id: r.get(0)?,
                    });
                    if hits.len() >= MAX_HITS {
                        return Ok(hits);
                    }
                }
            }
        }
        Ok(hits)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_is_found_by_its_other_names() {
        let stored = fold("Petrova TR Türkiye KR Republic of Korea");
        for query in [
            "turkey",
            "Türkiye",
            "TURKIYE",
            "south korea",
            "petrova turkey",
        ] {
            assert!(matches(&stored, &query_words(query)), "{query}");
        }
        assert!(!matches(&stored, &query_words("russia")));
        assert!(!matches(
            &fold("Ivanov RU Russian Federation"),
            &query_words("turkey")
        ));
        assert!(matches(
            &fold("Ivanov RU Russian Federation"),
            &query_words("Russia")
        ));
        assert_eq!(
            query_words("south korea red").len(),
            2,
            "the phrase is one word"
        );
    }
}
