//! The fonts bundled with Habeas (Noto, SIL Open Font License; `core/assets/fonts/OFL.txt`) and
//! the choice of a font for each character.
//!
//! Fonts are compiled into the binary, so an export looks the same on every machine and never
//! depends on what the system has installed. Only the glyphs a document uses are embedded
//! (`write.rs` subsets them).

use std::sync::LazyLock;

use rustybuzz::Face;

/// A bundled font face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum FontId {
    /// Noto Sans: Latin (with diacritics, Turkish), Greek, Cyrillic.
    Sans,
    /// Noto Sans Bold.
    SansBold,
    /// Noto Naskh Arabic.
    Arabic,
    /// Noto Naskh Arabic Bold.
    ArabicBold,
    /// Noto Mono, for fingerprints and identifiers.
    Mono,
}

impl FontId {
    pub(crate) const ALL: [Self; 5] = [
        Self::Sans,
        Self::SansBold,
        Self::Arabic,
        Self::ArabicBold,
        Self::Mono,
    ];

    /// The font's bytes, as shipped.
    pub(crate) fn data(self) -> &'static [u8] {
        match self {
            Self::Sans => include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
            Self::SansBold => include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
            Self::Arabic => include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
            Self::ArabicBold => include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
            Self::Mono => include_bytes!("../../assets/fonts/NotoMono-Regular.ttf"),
        }
    }

    /// The PostScript name written in the PDF (after the subset tag).
    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            Self::Sans => "NotoSans-Regular",
            Self::SansBold => "NotoSans-Bold",
            Self::Arabic => "NotoNaskhArabic-Regular",
            Self::ArabicBold => "NotoNaskhArabic-Bold",
            Self::Mono => "NotoMono-Regular",
        }
    }

    /// The parsed face. Parsing happens once per process; a bundled font that does not parse is
    /// a broken build, caught by the tests below.
    pub(crate) fn face(self) -> Option<&'static Face<'static>> {
        static FACES: LazyLock<[Option<Face<'static>>; 5]> =
            LazyLock::new(|| FontId::ALL.map(|id| Face::from_slice(id.data(), 0)));
        FACES[self as usize].as_ref()
    }

    /// The Arabic companion of a Latin face with the same weight.
    pub(crate) fn arabic(self) -> Self {
        match self {
            Self::SansBold | Self::ArabicBold => Self::ArabicBold,
            Self::Sans | Self::Arabic | Self::Mono => Self::Arabic,
        }
    }

    /// The Latin companion of a face with the same weight.
    pub(crate) fn latin(self) -> Self {
        match self {
            Self::SansBold | Self::ArabicBold => Self::SansBold,
            Self::Sans | Self::Arabic => Self::Sans,
            Self::Mono => Self::Mono,
        }
    }

    /// Whether this face has a glyph for `c`.
    pub(crate) fn covers(self, c: char) -> bool {
        self.face().and_then(|f| f.glyph_index(c)).is_some()
    }
}

/// Arabic script blocks (Arabic, Supplement, Extended-A, Presentation Forms A and B).
pub(crate) fn is_arabic(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Characters that take the font of their neighbours: spaces, digits, punctuation.
fn is_neutral(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_digit() || c.is_ascii_punctuation()
}

/// Splits `text` into runs of one font each, starting from `base` (a Latin or mono face).
/// Arabic letters go to the Arabic companion; a neutral character stays with the run it is in,
/// so "١٢ مايو 2024" does not flip fonts at every space. A character that neither face has is
/// tried in the mono face, else left with the base font (it shows as the font's "missing" box,
/// never silently dropped).
pub(crate) fn font_runs(text: &str, base: FontId) -> Vec<(FontId, std::ops::Range<usize>)> {
    let mut runs: Vec<(FontId, std::ops::Range<usize>)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let want = if is_arabic(c) && base != FontId::Mono {
            Some(base.arabic())
        } else if is_neutral(c) {
            None
        } else if base.covers(c) {
            Some(base.latin())
        } else if base.arabic().covers(c) {
            Some(base.arabic())
        } else if FontId::Mono.covers(c) {
            Some(FontId::Mono)
        } else {
            Some(base.latin())
        };
        // A neutral stays with its run only if that run's face has it (Naskh has no Latin
        // parentheses, for one).
        let want = match (want, runs.last()) {
            (None, Some((f, _))) if !f.covers(c) => {
                Some(if base.covers(c) { base.latin() } else { base })
            }
            (w, _) => w,
        };
        match (runs.last_mut(), want) {
            (Some((_, r)), None) => r.end = end,
            (Some((f, r)), Some(w)) if *f == w => r.end = end,
            (_, w) => runs.push((w.unwrap_or(base), i..end)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_parses_and_covers_its_scripts() {
        for id in FontId::ALL {
            assert!(id.face().is_some(), "{id:?} does not parse");
        }
        for c in ['é', 'ş', 'İ', 'ğ', 'Ж', 'ё', '€', '№'] {
            assert!(FontId::Sans.covers(c), "Sans lacks {c}");
            assert!(FontId::SansBold.covers(c), "SansBold lacks {c}");
        }
        for c in ['ب', 'ع', 'ي', '٣', '،'] {
            assert!(FontId::Arabic.covers(c), "Arabic lacks {c}");
        }
        for c in "0123456789abcdef".chars() {
            assert!(FontId::Mono.covers(c));
        }
    }

    #[test]
    fn runs_keep_neutrals_with_their_neighbours() {
        let text = "Case 12 قضية رقم 7, Ankara";
        let runs = font_runs(text, FontId::Sans);
        let named: Vec<(FontId, &str)> = runs.iter().map(|(f, r)| (*f, &text[r.clone()])).collect();
        assert_eq!(
            named,
            vec![
                (FontId::Sans, "Case 12 "),
                (FontId::Arabic, "قضية رقم 7, "),
                (FontId::Sans, "Ankara"),
            ]
        );
        assert_eq!(font_runs("", FontId::Sans), vec![]);
        let bold = font_runs("قضية", FontId::SansBold);
        assert_eq!(bold[0].0, FontId::ArabicBold);
    }
}
