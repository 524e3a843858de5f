//! PDF output: the one layer every printable document of Habeas goes through (the custody
//! certificate, the recovery sheet, and the CCF filings).
//!
//! - `fonts`: bundled Noto faces (OFL), chosen per character; Arabic gets Noto Naskh Arabic.
//! - `text`: shaping (rustybuzz), bidirectional reordering (unicode-bidi), line breaking.
//! - `write`: the PDF objects (lopdf): subset Type 0 fonts with `ToUnicode`, links, outline,
//!   metadata.
//! - [`Flow`] here: a page-filling layout of headings, paragraphs and label/value rows, with
//!   margins, running footers ("page N of M"), no orphan or widow lines, and headings kept with
//!   what follows them.
//!
//! Why not printpdf (DESIGN §4 names it): it does no shaping or line breaking, so we would set
//! glyph ids ourselves anyway; it re-encodes images unless told otherwise; and merging existing
//! PDFs (annexes) needs lopdf regardless. Writing through lopdf alone keeps one object model for
//! the pages we draw and the pages we merge. ARCHITECTURE.md records the decision.

pub mod drawing;
mod fonts;
mod images;
mod text;
mod write;

pub use write::{Meta, PageSize};

use fonts::FontId;
pub use images::Image;
use text::{Line, TextStyle};
use write::{PdfDoc, Rgb, BLACK, GREY, LIGHT, WHITE};

use crate::locale::{self, numbers, Arg};
use crate::Error;

/// "Page N of M" in `language` (`pdf-page-of`), for [`Flow::finish`]: every PDF's footer, in
/// the language of the document's words.
pub(crate) fn page_label(language: locale::Language) -> impl Fn(usize, usize) -> String {
    move |n, m| {
        locale::message(
            language,
            "pdf-page-of",
            &[
                ("n", Arg::Text(numbers::count(n, language).into())),
                ("m", Arg::Text(numbers::count(m, language).into())),
            ],
        )
    }
}

/// Kinds of text a document is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The document's title.
    Title,
    /// A section heading.
    Heading,
    /// Running text.
    Body,
    /// Bold running text.
    Strong,
    /// Small print: notes, explanations.
    Small,
    /// Fingerprints, identifiers, commands to type.
    Mono,
    /// A recovery key: large, fixed-width, to be copied by hand.
    Key,
}

impl Kind {
    fn style(self, rtl: bool) -> TextStyle {
        let (font, size) = match self {
            Self::Title => (FontId::SansBold, 17.0),
            Self::Heading => (FontId::SansBold, 12.5),
            Self::Body => (FontId::Sans, 10.5),
            Self::Strong => (FontId::SansBold, 10.5),
            Self::Small => (FontId::Sans, 8.5),
            Self::Mono => (FontId::Mono, 8.5),
            Self::Key => (FontId::Mono, 19.0),
        };
        TextStyle { font, size, rtl }
    }

    fn leading(self, rtl: bool) -> f32 {
        // Naskh has tall ascenders and deep descenders: give Arabic more room.
        let factor = if rtl { 1.75 } else { 1.4 };
        self.style(rtl).size * factor
    }

    fn color(self) -> Rgb {
        if self == Self::Small {
            GREY
        } else {
            BLACK
        }
    }
}

const MARGIN_X: f32 = 62.0;
const MARGIN_TOP: f32 = 64.0;
const MARGIN_BOTTOM: f32 = 70.0;
const LABEL_WIDTH: f32 = 140.0;

/// A document laid out top to bottom, page after page.
#[derive(Debug)]
pub(crate) struct Flow {
    doc: PdfDoc,
    page: usize,
    /// Baseline position of the next line's top, from the bottom of the page.
    y: f32,
    rtl: bool,
    footer: String,
    /// Pages taken from other PDFs (annexes): footers and stamps are drawn small over them.
    imported: Vec<usize>,
    /// Nothing has been drawn on the current page yet (a page break there adds no page).
    blank: bool,
    /// Titles and headings add outline entries (off when the caller makes its own outline).
    auto_outline: bool,
}

impl Flow {
    /// A new document. `rtl` sets right-to-left paragraphs (a filing in Arabic); `footer` is the
    /// text on the left of every page's footer (the page number is on the right).
    pub(crate) fn new(size: PageSize, rtl: bool, footer: &str) -> Self {
        let mut doc = PdfDoc::new(size);
        let page = doc.add_page();
        let (_, h) = size.points();
        Self {
            doc,
            page,
            y: h - MARGIN_TOP,
            rtl,
            footer: footer.to_owned(),
            imported: Vec::new(),
            blank: true,
            auto_outline: true,
        }
    }

    /// Changes the direction of the paragraphs that follow: a page in two languages (the
    /// "detained now" sheet, English and Arabic) sets each half in its own direction.
    pub(crate) fn set_rtl(&mut self, rtl: bool) {
        self.rtl = rtl;
    }

    fn width(&self) -> f32 {
        self.doc.size.points().0 - 2.0 * MARGIN_X
    }

    fn room(&self) -> f32 {
        self.y - MARGIN_BOTTOM
    }

    /// Starts a new page.
    pub(crate) fn page_break(&mut self) {
        if !self.blank || self.imported.contains(&self.page) {
            self.page = self.doc.add_page();
        }
        self.y = self.doc.size.points().1 - MARGIN_TOP;
        self.blank = true;
    }

    /// Ensures `height` points remain on this page, or starts a new one.
    fn need(&mut self, height: f32) {
        if self.room() < height {
            self.page_break();
        }
    }

    /// Vertical space.
    pub(crate) fn space(&mut self, points: f32) {
        self.y -= points;
    }

    /// Draws one line whose top is at the cursor; `ascent` is the distance from the top to the
    /// baseline (the largest size on the row, so label and value of a field share a baseline).
    fn draw(&mut self, line: &Line, kind: Kind, x: f32, width: f32, ascent: f32) {
        let style = kind.style(self.rtl);
        let lead = kind.leading(self.rtl);
        let baseline = self.y - ascent * if self.rtl { 1.15 } else { 1.0 };
        let left = if self.rtl { x + width - line.width } else { x };
        self.doc
            .draw_line(self.page, left, baseline, line, style.size, kind.color());
        self.blank = false;
        self.y -= lead;
    }

    /// A paragraph, wrapped to the text width, split across pages without leaving a single line
    /// alone at the bottom or the top of a page.
    pub(crate) fn paragraph(&mut self, text: &str, kind: Kind) {
        let x = MARGIN_X;
        let width = self.width();
        self.block(text, kind, x, width);
        self.space(kind.leading(self.rtl) * 0.45);
    }

    fn block(&mut self, text: &str, kind: Kind, x: f32, width: f32) {
        let lines = text::paragraph(text, kind.style(self.rtl), width);
        let ascent = kind.style(self.rtl).size;
        let lead = kind.leading(self.rtl);
        let mut rest: &[Line] = &lines;
        while !rest.is_empty() {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a count of lines that fit, clamped at 0"
            )]
            let fit = (self.room() / lead).floor().max(0.0) as usize;
            let take = if fit >= rest.len() {
                rest.len()
            } else if fit < 2 {
                // An orphan: move the whole remainder to the next page.
                0
            } else if rest.len() - fit < 2 {
                // A widow would be left on the next page: carry one more line there.
                fit - 1
            } else {
                fit
            };
            if take == 0 {
                self.page_break();
                if rest.len() == 1 || (self.room() / lead) < 1.0 {
                    // One line, or a page that cannot hold two: place what fits.
                    let (first, tail) = rest.split_at(1);
                    self.draw(&first[0], kind, x, width, ascent);
                    rest = tail;
                }
                continue;
            }
            let (now, later) = rest.split_at(take);
            for l in now {
                self.draw(l, kind, x, width, ascent);
            }
            rest = later;
            if !rest.is_empty() {
                self.page_break();
            }
        }
    }

    /// The document title, with an outline entry.
    pub(crate) fn title(&mut self, text: &str) {
        if self.auto_outline {
            self.doc.bookmark(text, self.page, self.y);
        }
        self.paragraph(text, Kind::Title);
        self.space(4.0);
    }

    /// A section heading, kept on the same page as at least two lines of what follows, with an
    /// outline entry.
    pub(crate) fn heading(&mut self, text: &str) {
        let need = Kind::Heading.leading(self.rtl) * 2.0 + Kind::Body.leading(self.rtl) * 3.0;
        self.need(need);
        self.space(8.0);
        if self.auto_outline {
            self.doc.bookmark(text, self.page, self.y + 8.0);
        }
        self.paragraph(text, Kind::Heading);
    }

    /// A row of two columns: a label and its value (which may wrap over several lines). Kept on
    /// one page when it fits on one.
    pub(crate) fn field(&mut self, label: &str, value: &str, value_kind: Kind) {
        let width = self.width();
        let value_width = width - LABEL_WIDTH;
        let label_lines = text::paragraph(label, Kind::Small.style(self.rtl), LABEL_WIDTH - 8.0);
        let value_lines = text::paragraph(value, value_kind.style(self.rtl), value_width);
        let height = (label_lines.len() as f32 * Kind::Small.leading(self.rtl))
            .max(value_lines.len() as f32 * value_kind.leading(self.rtl));
        if height < self.doc.size.points().1 - MARGIN_TOP - MARGIN_BOTTOM {
            self.need(height);
        }
        let (label_x, value_x) = if self.rtl {
            (MARGIN_X + value_width, MARGIN_X)
        } else {
            (MARGIN_X, MARGIN_X + LABEL_WIDTH)
        };
        let top = self.y;
        let page = self.page;
        let ascent = value_kind.style(self.rtl).size;
        for l in &label_lines {
            self.draw(l, Kind::Small, label_x, LABEL_WIDTH - 8.0, ascent);
        }
        self.y = top;
        self.page = page;
        self.block(value, value_kind, value_x, value_width);
        self.y = self.y.min(top - height);
        self.space(3.0);
    }

    /// A thin horizontal rule across the text width.
    pub(crate) fn rule(&mut self) {
        self.need(10.0);
        self.space(4.0);
        let w = self.doc.size.points().0;
        self.blank = false;
        self.doc.stroke_line(
            self.page,
            (MARGIN_X, self.y),
            (w - MARGIN_X, self.y),
            0.6,
            LIGHT,
        );
        self.space(8.0);
    }

    /// Draws a square grid of dark modules (a QR code), `size` points wide, centred.
    pub(crate) fn modules(&mut self, dark: &[bool], per_side: usize, size: f32) {
        if per_side == 0 {
            return;
        }
        self.need(size + 8.0);
        let module = size / per_side as f32;
        self.blank = false;
        let left = (self.doc.size.points().0 - size) / 2.0;
        let top = self.y;
        for (i, on) in dark.iter().enumerate() {
            if *on {
                let (row, col) = (i / per_side, i % per_side);
                let x = left + col as f32 * module;
                let y = top - (row as f32 + 1.0) * module;
                // A hair of overlap so no white seams show between modules when printed.
                self.doc
                    .fill_rect(self.page, x, y, module + 0.05, module + 0.05, BLACK);
            }
        }
        self.y = top - size - 8.0;
    }

    /// A vector drawing across the text width (the travel map), its labels in the body font.
    pub(crate) fn drawing(&mut self, d: &drawing::Drawing) {
        let w = self.width();
        let h = if d.width > 0.0 {
            d.height * w / d.width
        } else {
            0.0
        };
        self.need(h + 8.0);
        self.blank = false;
        let bottom = self.y - h;
        let (ops, _) = d.pdf_ops(MARGIN_X, bottom, w);
        self.doc.raw_ops(self.page, &ops);
        let scale = if d.width > 0.0 { w / d.width } else { 1.0 };
        for l in &d.labels {
            let style = TextStyle {
                size: l.size * scale,
                ..Kind::Small.style(false)
            };
            let line = text::line(&l.text, style);
            let cx = MARGIN_X + l.at.0 * scale;
            let base = self.y - l.at.1 * scale;
            self.doc.fill_rect(
                self.page,
                cx - line.width / 2.0 - 2.0,
                base - style.size * 0.3,
                line.width + 4.0,
                style.size * 1.3,
                WHITE,
            );
            self.doc.draw_line(
                self.page,
                cx - line.width / 2.0,
                base,
                &line,
                style.size,
                BLACK,
            );
        }
        self.y = bottom - 8.0;
    }

    /// The page being filled (0-based) and the cursor's height on it.
    pub(crate) fn position(&self) -> (usize, f32) {
        (self.page, self.y)
    }

    /// A link from a band of `page` (between heights `bottom` and `top`, across the text width)
    /// to the top of page `target`.
    pub(crate) fn link(&mut self, page: usize, bottom: f32, top: f32, target: usize) {
        let w = self.doc.size.points().0;
        self.doc
            .link(page, [MARGIN_X, bottom, w - MARGIN_X, top], target);
    }

    /// Makes the outline only from [`Self::bookmark`] calls (one entry per part of a packet).
    pub(crate) fn manual_outline(&mut self) {
        self.auto_outline = false;
    }

    /// An outline entry pointing at the top of `page`.
    pub(crate) fn bookmark(&mut self, title: &str, page: usize) {
        let h = self.doc.page_size(page).1;
        self.doc.bookmark(title, page, h);
    }

    /// A new page showing `image` as large as fits under a heading, without resampling.
    pub(crate) fn image_page(&mut self, heading: &str, image: Image) {
        self.page_break();
        self.paragraph(heading, Kind::Strong);
        let (iw, ih) = (image.width as f32, image.height as f32);
        let index = self.doc.add_image(image);
        let max_w = self.width();
        let max_h = self.room() - 8.0;
        let scale = (max_w / iw).min(max_h / ih);
        let (w, h) = (iw * scale, ih * scale);
        let x = MARGIN_X + (max_w - w) / 2.0;
        let y = self.y - 8.0 - h;
        self.doc.draw_image(self.page, index, [x, y, w, h]);
        self.blank = false;
        self.y = y;
    }

    /// Appends the pages of another PDF unchanged; returns their indices. The next text goes
    /// on a new page after them.
    pub(crate) fn import(&mut self, source: lopdf::Document) -> Vec<usize> {
        if self.blank && self.page + 1 == self.doc.page_count() {
            // Nothing on the page we are on: the imported pages take its place.
            self.doc.pop_page();
        }
        let pages = self.doc.import_pages(source);
        self.imported.extend(&pages);
        if let Some(&last) = pages.last() {
            self.page = last;
            self.y = MARGIN_BOTTOM;
        }
        pages
    }

    /// Stamps `text` at the top right of `page`, small, on a white ground (an annex label and
    /// its page number).
    pub(crate) fn stamp(&mut self, page: usize, text: &str) {
        let style = Kind::Small.style(false);
        let line = text::line(
            text,
            TextStyle {
                font: FontId::SansBold,
                ..style
            },
        );
        let (w, h) = self.doc.page_size(page);
        // A centimetre from the edges: inside what printers can print, above most documents'
        // own margins.
        let x = w - line.width - 28.0;
        let y = h - 30.0;
        self.doc
            .fill_rect(page, x - 5.0, y - 4.0, line.width + 10.0, 14.0, WHITE);
        self.doc.draw_line(page, x, y, &line, style.size, BLACK);
    }

    /// Finishes the document: footers with "page N of M", then serialisation.
    /// `page_label(n, m)` gives the localised "page N of M".
    pub(crate) fn finish(
        mut self,
        meta: &Meta,
        page_label: impl Fn(usize, usize) -> String,
    ) -> Result<Vec<u8>, Error> {
        let total = self.doc.page_count();
        let style = Kind::Small.style(self.rtl);
        for page in 0..total {
            let (w, _) = self.doc.page_size(page);
            if self.imported.contains(&page) {
                // Someone else's page: only the number, small, on a white ground at the foot.
                let number = text::line(&page_label(page + 1, total), style);
                let x = (w - number.width) / 2.0;
                self.doc
                    .fill_rect(page, x - 4.0, 6.0, number.width + 8.0, 13.0, WHITE);
                self.doc.draw_line(page, x, 9.5, &number, style.size, GREY);
                continue;
            }
            let y = MARGIN_BOTTOM - 34.0;
            self.doc.stroke_line(
                page,
                (MARGIN_X, y + 12.0),
                (w - MARGIN_X, y + 12.0),
                0.4,
                LIGHT,
            );
            let number = text::line(&page_label(page + 1, total), style);
            let footer = text::line(&self.footer, style);
            let (num_x, foot_x) = if self.rtl {
                (MARGIN_X, w - MARGIN_X - footer.width)
            } else {
                (w - MARGIN_X - number.width, MARGIN_X)
            };
            self.doc
                .draw_line(page, num_x, y, &number, style.size, GREY);
            self.doc
                .draw_line(page, foot_x, y, &footer, style.size, GREY);
        }
        self.doc.finish(meta)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_flows_onto_numbered_pages_and_parses() {
        let mut flow = Flow::new(PageSize::A4, false, "Test document");
        flow.title("Flow test");
        for i in 0..40 {
            flow.heading(&format!("Section {i}"));
            flow.paragraph(
                &"Lorem ipsum dolor sit amet, çağrı İstanbul Ж. ".repeat(12),
                Kind::Body,
            );
            flow.field("SHA-256", &"ab".repeat(32), Kind::Mono);
        }
        assert!(flow.page > 3);
        let created = chrono::DateTime::parse_from_rfc3339("2026-11-24T10:00:00Z")
            .map(|d| d.with_timezone(&chrono::Utc))
            .unwrap_or_default();
        let meta = Meta {
            title: "Flow test".into(),
            subject: "test".into(),
            created,
        };
        let bytes = flow
            .finish(&meta, |n, m| format!("page {n} of {m}"))
            .unwrap_or_default();
        assert!(bytes.starts_with(b"%PDF-1.7"));
        let parsed = lopdf::Document::load_mem(&bytes);
        assert!(parsed.is_ok(), "{parsed:?}");
        let pages = parsed.map(|d| d.get_pages().len()).unwrap_or(0);
        assert!(pages > 3);
    }
}
