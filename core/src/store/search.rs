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

/// Whether every word of `query` occurs in the folded `haystack`.
#[must_use]
pub fn matches(haystack: &str, words: &[(String, String)]) -> bool {
    words.iter().all(|(plain, latin)| {
        haystack.contains(plain.as_str()) || haystack.contains(latin.as_str())
    })
}

/// The words of a query, each folded and transliterated.
#[must_use]
pub fn query_words(query: &str) -> Vec<(String, String)> {
    query
        .split_whitespace()
        .take(16)
        .map(|w| {
            let plain = fold_plain(w);
            let latin = deunicode::deunicode(&plain).to_lowercase();
            (plain, latin)
        })
        .filter(|(p, _)| !p.is_empty())
        .collect()
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
