//! Numbers written into prose in each language's own way (issue 17.3): the digit-group and
//! decimal separators of CLDR's `numbers.json` (`symbols-numberSystem-latn`) and its minimum
//! grouping digits, for the numbers the core writes itself (file sizes, page numbers and
//! counts in the PDFs). CLDR 46 (cldr-json `cldr-numbers-full`, `main/<lang>/numbers.json`):
//!
//! | | group | decimal | minimum grouping digits |
//! |---|---|---|---|
//! | en | `,` | `.` | 1 |
//! | fr | U+202F narrow no-break space | `,` | 1 |
//! | es | `.` | `,` | 2 (so "1234" but "12.345") |
//! | ar (latn) | `,` | `.` | 1 |
//! | ru | U+00A0 no-break space | `,` | 1 |
//!
//! Arabic: CLDR's default numbering system for `ar` is `arab` (٠١٢٣…), but it lists `latn` as
//! the other one, and the Maghreb locales (`ar-DZ`, `ar-MA`, `ar-TN`) default to it. Habeas
//! writes Western digits (0–9) in Arabic: the dates, SHA-256 fingerprints, reference numbers
//! and articles a reader compares against their documents are in Western digits, the user
//! typed them so, and one text mixing both systems would be harder to check
//! (locales/README.md). The separators are then CLDR's `latn` ones for `ar`.

use super::Language;

/// (group separator, decimal separator, minimum grouping digits) of `language`.
const fn symbols(language: Language) -> (&'static str, &'static str, usize) {
    match language {
        Language::En | Language::Ar => (",", ".", 1),
        Language::Fr => ("\u{202f}", ",", 1),
        Language::Es => (".", ",", 2),
        Language::Ru => ("\u{a0}", ",", 1),
    }
}

/// A whole number with `language`'s digit groups: 1,234,567 / 1 234 567 / 1.234.567.
#[must_use]
pub fn integer(n: u64, language: Language) -> String {
    let (group, _, min_grouping) = symbols(language);
    let digits = n.to_string();
    // CLDR: group only when the number has at least `min_grouping` digits above the first group.
    if digits.len() < 4 + min_grouping - 1 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    out
}

/// A count (of pages, items) written as [`integer`] does.
#[must_use]
pub fn count(n: usize, language: Language) -> String {
    integer(u64::try_from(n).unwrap_or(u64::MAX), language)
}

/// `x` with one decimal, rounded half away from zero: 1.2 / 1,2.
#[must_use]
pub fn one_decimal(x: f64, language: Language) -> String {
    let (_, decimal, _) = symbols(language);
    let text = format!("{:.1}", x.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, "0"));
    let whole = whole
        .parse::<u64>()
        .map_or_else(|_| whole.to_owned(), |w| integer(w, language));
    let sign = if x < 0.0 && text != "0.0" { "-" } else { "" };
    format!("{sign}{whole}{decimal}{fraction}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_follow_cldr() {
        let n = 1_234_567;
        assert_eq!(integer(n, Language::En), "1,234,567");
        assert_eq!(integer(n, Language::Fr), "1\u{202f}234\u{202f}567");
        assert_eq!(integer(n, Language::Es), "1.234.567");
        assert_eq!(integer(n, Language::Ar), "1,234,567");
        assert_eq!(integer(n, Language::Ru), "1\u{a0}234\u{a0}567");
        assert_eq!(integer(999, Language::En), "999");
        assert_eq!(integer(1234, Language::En), "1,234");
        // Spanish groups four digits only from five on (minimumGroupingDigits 2).
        assert_eq!(integer(1234, Language::Es), "1234");
        assert_eq!(integer(12_345, Language::Es), "12.345");
        assert_eq!(integer(0, Language::Ru), "0");
    }

    #[test]
    fn decimals_use_the_languages_separator() {
        assert_eq!(one_decimal(1.25, Language::En), "1.2");
        assert_eq!(one_decimal(1.26, Language::Fr), "1,3");
        assert_eq!(one_decimal(1234.5, Language::Ru), "1\u{a0}234,5");
        assert_eq!(one_decimal(1234.5, Language::Es), "1234,5");
        assert_eq!(one_decimal(3.0, Language::Ar), "3.0");
    }
}
