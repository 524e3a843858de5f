//! Text to positioned glyphs: font choice, shaping (rustybuzz), line breaking and bidirectional
//! reordering (unicode-bidi).
//!
//! A paragraph is broken into lines in logical order, measured word by word; each line is then
//! reordered for display (UAX #9) and each visual run shaped in its own direction, so Arabic is
//! joined and laid out right to left while numbers and Latin names inside it stay left to right.
//! Each glyph keeps the text it stands for, which the PDF's `ToUnicode` map uses so that copying
//! and `pdftotext` give back the words.

use std::ops::Range;

use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};

use super::fonts::{font_runs, FontId};

/// One glyph, placed relative to the pen, in points.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Glyph {
    pub(crate) font: FontId,
    /// Glyph id in the original (not yet subset) font.
    pub(crate) gid: u16,
    pub(crate) advance: f32,
    pub(crate) dx: f32,
    pub(crate) dy: f32,
    /// The characters this glyph stands for (the first glyph of a cluster carries them).
    pub(crate) text: Option<String>,
}

/// One laid-out line, glyphs in visual order (left to right).
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    pub(crate) glyphs: Vec<Glyph>,
    pub(crate) width: f32,
}

/// How a run of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextStyle {
    /// The Latin (or mono) face; Arabic letters use its Arabic companion.
    pub(crate) font: FontId,
    pub(crate) size: f32,
    /// Base direction of the paragraph: right to left for a filing in Arabic.
    pub(crate) rtl: bool,
}

/// Shapes `text` in one font and direction. Glyphs come out in visual order.
fn shape_run(text: &str, font: FontId, size: f32, rtl: bool) -> Vec<Glyph> {
    let Some(face) = font.face() else {
        return Vec::new();
    };
    let scale = size / face.units_per_em() as f32;
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let shaped = rustybuzz::shape(face, &[], buffer);
    let mut starts: Vec<usize> = shaped
        .glyph_infos()
        .iter()
        .map(|g| g.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_text = |start: usize| -> String {
        let next = starts
            .iter()
            .find(|&&s| s > start)
            .copied()
            .unwrap_or(text.len());
        text.get(start..next).unwrap_or_default().to_owned()
    };
    // The text of a cluster goes on its widest glyph (the base letter), not on a mark drawn
    // above or below it: a reader extracting text then finds the letter and its marks together.
    let mut carrier: std::collections::HashMap<usize, (usize, i32)> =
        std::collections::HashMap::new();
    for (i, (info, pos)) in shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .enumerate()
    {
        let entry = carrier
            .entry(info.cluster as usize)
            .or_insert((i, pos.x_advance));
        if pos.x_advance > entry.1 {
            *entry = (i, pos.x_advance);
        }
    }
    shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .enumerate()
        .map(|(i, (info, pos))| {
            let cluster = info.cluster as usize;
            Glyph {
                font,
                gid: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: pos.x_advance as f32 * scale,
                dx: pos.x_offset as f32 * scale,
                dy: pos.y_offset as f32 * scale,
                text: (carrier.get(&cluster).map(|c| c.0) == Some(i))
                    .then(|| cluster_text(cluster)),
            }
        })
        .collect()
}

/// Width of `text` set in `style`, in points (no line breaking).
pub(crate) fn width(text: &str, style: TextStyle) -> f32 {
    font_runs(text, style.font)
        .into_iter()
        .flat_map(|(font, r)| shape_run(&text[r], font, style.size, false))
        .map(|g| g.advance)
        .sum()
}

/// Lays out one line of text that is known to fit (or is allowed to overflow), in visual order.
pub(crate) fn line(text: &str, style: TextStyle) -> Line {
    let bidi = ParagraphBidiInfo::new(text, Some(base_level(text, style)));
    visual_line(text, &bidi, 0..text.len(), style)
}

/// A paragraph's direction is that of its first strong character (UAX #9, P2–P3), as a
/// browser does with `dir="auto"`: an English paragraph inside an Arabic filing keeps its full
/// stop at the end. Without any strong character it follows the document.
fn base_level(text: &str, style: TextStyle) -> Level {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Ltr => Level::ltr(),
        unicode_bidi::Direction::Rtl => Level::rtl(),
        unicode_bidi::Direction::Mixed if style.rtl => Level::rtl(),
        unicode_bidi::Direction::Mixed => Level::ltr(),
    }
}

fn visual_line(
    text: &str,
    bidi: &ParagraphBidiInfo<'_>,
    range: Range<usize>,
    style: TextStyle,
) -> Line {
    let mut out = Line::default();
    if range.is_empty() {
        return out;
    }
    let (levels, runs) = bidi.visual_runs(range);
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
        let piece = &text[run.clone()];
        let mut parts = font_runs(piece, style.font);
        if rtl {
            parts.reverse();
        }
        for (font, r) in parts {
            out.glyphs
                .extend(shape_run(&piece[r], font, style.size, rtl));
        }
    }
    out.width = out.glyphs.iter().map(|g| g.advance).sum();
    out
}

/// Breaks `text` into lines no wider than `max_width` and lays each out. A hard line break
/// (`\n`) starts a new line; an empty line stays as an empty line. A word longer than a line
/// (a fingerprint, a long URL) is broken between characters rather than run off the page.
pub(crate) fn paragraph(text: &str, style: TextStyle, max_width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    for piece in text.split('\n') {
        let piece = piece.trim_end_matches('\r');
        if piece.trim().is_empty() {
            lines.push(Line::default());
            continue;
        }
        let bidi = ParagraphBidiInfo::new(piece, Some(base_level(piece, style)));
        for range in break_lines(piece, style, max_width) {
            lines.push(visual_line(piece, &bidi, range, style));
        }
    }
    lines
}

/// Line ranges (byte offsets into `text`, trailing spaces trimmed), greedy fill.
fn break_lines(text: &str, style: TextStyle, max_width: f32) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0usize;
    let mut used = 0.0f32;
    let mut pending_space = 0.0f32;
    let mut end = 0usize;
    for word in words(text) {
        let body = text[word.clone()].trim_end();
        let body_end = word.start + body.len();
        let w = width(body, style);
        let space = width(&text[body_end..word.end], style);
        if end > start && used + pending_space + w > max_width {
            lines.push(start..end);
            start = word.start;
            used = 0.0;
            pending_space = 0.0;
        }
        if w > max_width {
            // Too long for any line: cut it between characters.
            let mut cut_start = word.start;
            let mut cut_used = 0.0f32;
            for (i, c) in body.char_indices() {
                let at = word.start + i;
                let cw = width(c.encode_utf8(&mut [0; 4]), style);
                if at > cut_start && cut_used + cw > max_width {
                    lines.push(cut_start..at);
                    cut_start = at;
                    cut_used = 0.0;
                }
                cut_used += cw;
            }
            start = cut_start;
            used = cut_used;
        } else {
            used += pending_space + w;
        }
        end = body_end;
        pending_space = space;
    }
    if end > start {
        lines.push(start..end);
    }
    lines
}

/// Words with their trailing spaces: break opportunities are after spaces, and after a slash
/// inside a long token (a path, a URL).
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut prev_space = false;
    let mut prev_break_after = false;
    for (i, c) in text.char_indices() {
        let space = c == ' ' || c == '\t';
        if i > start && !space && (prev_space || prev_break_after) {
            out.push(start..i);
            start = i;
        }
        prev_space = space;
        // Not after a hyphen: pdftotext would take it for hyphenation and join the parts
        // ("GA-2017-86-RES-09" would read "GA-201786-RES-09").
        prev_break_after = c == '/' && i > start;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: TextStyle = TextStyle {
        font: FontId::Sans,
        size: 11.0,
        rtl: false,
    };

    fn text_of(line: &Line) -> String {
        line.glyphs.iter().filter_map(|g| g.text.clone()).collect()
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let text = "The Commission for the Control of INTERPOL's Files reviews whether data \
                    processed in the INTERPOL Information System complies with the rules.";
        let lines = paragraph(text, BODY, 200.0);
        assert!(lines.len() >= 3, "{} lines", lines.len());
        for l in &lines {
            assert!(l.width <= 200.5, "line of {} pt", l.width);
        }
        let joined: Vec<String> = lines.iter().map(text_of).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn an_unbreakable_token_is_cut_not_lost() {
        let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let mono = TextStyle {
            font: FontId::Mono,
            size: 9.0,
            rtl: false,
        };
        let lines = paragraph(hash, mono, 120.0);
        assert!(lines.len() > 1);
        let back: String = lines.iter().map(text_of).collect();
        assert_eq!(back, hash);
        for l in &lines {
            assert!(l.width <= 120.5);
        }
    }

    #[test]
    fn hard_breaks_and_blank_lines_are_kept() {
        let lines = paragraph("one\n\ntwo", BODY, 300.0);
        assert_eq!(lines.len(), 3);
        assert!(lines[1].glyphs.is_empty());
    }

    #[test]
    fn arabic_is_shaped_and_reversed_for_display() {
        let style = TextStyle {
            font: FontId::Sans,
            size: 12.0,
            rtl: true,
        };
        let text = "طلب حذف";
        let line = line(text, style);
        assert!(line.glyphs.iter().all(|g| g.font == FontId::Arabic));
        // Visual order: the last word of the sentence comes first, left to right.
        let first = line
            .glyphs
            .first()
            .and_then(|g| g.text.clone())
            .unwrap_or_default();
        assert!(
            "حذف".contains(first.as_str()),
            "first glyph stands for {first:?}"
        );
        // Joined letters: the shaped forms differ from the isolated ones.
        let isolated: Vec<u16> = "ب"
            .chars()
            .filter_map(|c| FontId::Arabic.face()?.glyph_index(c).map(|g| g.0))
            .collect();
        let shaped = self::line("ببب", style);
        assert!(shaped.glyphs.iter().any(|g| !isolated.contains(&g.gid)));
    }

    #[test]
    fn a_marked_letter_carries_its_marks_text_on_the_letter_itself() {
        let style = TextStyle {
            font: FontId::Sans,
            size: 12.0,
            rtl: true,
        };
        let line = line("مقدَّم", style);
        for g in &line.glyphs {
            if g.text.is_some() {
                assert!(g.advance > 0.0, "text on a zero-width mark: {g:?}");
            }
        }
        let all: String = line.glyphs.iter().filter_map(|g| g.text.clone()).collect();
        assert_eq!(all.chars().count(), "مقدَّم".chars().count());
    }

    #[test]
    fn an_english_paragraph_in_an_arabic_document_keeps_its_order() {
        let style = TextStyle {
            font: FontId::Sans,
            size: 12.0,
            rtl: true,
        };
        let line = line("Delete the data.", style);
        let text: String = line.glyphs.iter().filter_map(|g| g.text.clone()).collect();
        assert_eq!(text, "Delete the data.", "the full stop stays at the end");
    }

    #[test]
    fn numbers_inside_arabic_stay_left_to_right() {
        let style = TextStyle {
            font: FontId::Sans,
            size: 12.0,
            rtl: true,
        };
        let line = line("المادة 83 من القواعد", style);
        let digits: String = line
            .glyphs
            .iter()
            .filter_map(|g| g.text.clone())
            .filter(|t| t.chars().all(|c| c.is_ascii_digit()))
            .collect();
        assert_eq!(digits, "83");
    }
}
