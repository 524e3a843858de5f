//! A vector drawing made once and written twice: as SVG for the app's screen and into a PDF page
//! (issue 18.2, the travel map). Coordinates are in drawing units, origin top left, y down (as
//! in SVG); the PDF side flips and scales them into the box it is given.
//!
//! Fills carry a hatch as well as a colour so that a reader who cannot tell the colours apart,
//! or a black-and-white print, still tells the shapes apart (WCAG 2.2, 1.4.1 Use of Color).

use std::fmt::Write as _;

/// An RGB colour, 0–255 per component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    pub(crate) fn unit(self) -> (f32, f32, f32) {
        (
            f32::from(self.0) / 255.0,
            f32::from(self.1) / 255.0,
            f32::from(self.2) / 255.0,
        )
    }
}

/// A pattern of lines drawn over a fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hatch {
    /// No lines.
    None,
    /// Horizontal lines.
    Horizontal,
    /// Diagonal lines, rising to the right.
    Diagonal,
    /// Diagonal lines both ways.
    Cross,
}

/// How an outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Its colour.
    pub colour: Colour,
    /// Its width, in drawing units.
    pub width: f32,
    /// Dashed (on, off lengths) or solid.
    pub dash: Option<(f32, f32)>,
}

/// A filled shape of one or more rings (holes by the even-odd rule), or an open line.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The rings (closed) or, for a line, its one polyline.
    pub rings: Vec<Vec<(f32, f32)>>,
    /// The fill colour; `None` draws an open line.
    pub fill: Option<Colour>,
    /// Lines drawn over the fill.
    pub hatch: Hatch,
    /// The outline.
    pub stroke: Option<Stroke>,
    /// A title for screen readers and hover (the SVG `<title>`).
    pub title: String,
}

/// A text label, centred on its point, on a white box so it reads over any fill.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Where (centre of the baseline box).
    pub at: (f32, f32),
    /// What.
    pub text: String,
    /// Its size, in drawing units.
    pub size: f32,
}

/// A drawing: shapes in order (later ones on top), then labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// Its width, in drawing units.
    pub width: f32,
    /// Its height.
    pub height: f32,
    /// The background colour.
    pub background: Colour,
    /// The shapes.
    pub shapes: Vec<Shape>,
    /// The labels.
    pub labels: Vec<Label>,
    /// What the drawing shows, for screen readers (the SVG `aria-label`).
    pub description: String,
}

const HATCH_SPACING: f32 = 6.0;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn path_data(rings: &[Vec<(f32, f32)>], close: bool) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, (x, y)) in ring.iter().enumerate() {
            let _ = write!(d, "{}{:.1} {:.1}", if i == 0 { "M" } else { "L" }, x, y);
        }
        if close {
            d.push('Z');
        }
    }
    d
}

/// The hatch's lines across a box, in drawing units.
fn hatch_lines(hatch: Hatch, w: f32, h: f32) -> Vec<((f32, f32), (f32, f32))> {
    let mut out = Vec::new();
    let mut add_diagonal = |rising: bool| {
        let mut c = -h;
        while c < w + h {
            if rising {
                out.push(((c, h), (c + h, 0.0)));
            } else {
                out.push(((c, 0.0), (c + h, h)));
            }
            c += HATCH_SPACING;
        }
    };
    match hatch {
        Hatch::None => {}
        Hatch::Diagonal => add_diagonal(true),
        Hatch::Cross => {
            add_diagonal(true);
            add_diagonal(false);
        }
        Hatch::Horizontal => {
            let mut y = 0.0;
            while y < h {
                out.push(((0.0, y), (w, y)));
                y += HATCH_SPACING;
            }
        }
    }
    out
}

impl Drawing {
    /// The drawing as a standalone SVG document (no script, no external reference), with a
    /// title per shape and a description for screen readers.
    #[must_use]
    pub fn svg(&self) -> String {
        let mut s = String::new();
        let _ = write!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0} {h:.0}" width="{w:.0}" height="{h:.0}" role="img" aria-label="{desc}">"#,
            w = self.width,
            h = self.height,
            desc = escape(&self.description)
        );
        s.push_str("<defs>");
        for (id, hatch) in [
            ("h-horizontal", Hatch::Horizontal),
            ("h-diagonal", Hatch::Diagonal),
            ("h-cross", Hatch::Cross),
        ] {
            let _ = write!(
                s,
                r#"<pattern id="{id}" patternUnits="userSpaceOnUse" width="{sp}" height="{sp}">"#,
                sp = HATCH_SPACING
            );
            for ((x1, y1), (x2, y2)) in hatch_lines(hatch, HATCH_SPACING, HATCH_SPACING) {
                let _ = write!(
                    s,
                    r##"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="#000" stroke-width="0.8"/>"##
                );
            }
            s.push_str("</pattern>");
        }
        s.push_str("</defs>");
        let _ = write!(
            s,
            r#"<rect width="100%" height="100%" fill="{}"/>"#,
            self.background.hex()
        );
        for shape in &self.shapes {
            let close = shape.fill.is_some();
            let d = path_data(&shape.rings, close);
            let stroke = shape.stroke.map_or_else(
                || String::from(r#" stroke="none""#),
                |st| {
                    format!(
                        r#" stroke="{}" stroke-width="{:.1}"{}"#,
                        st.colour.hex(),
                        st.width,
                        st.dash.map_or_else(String::new, |(a, b)| format!(
                            r#" stroke-dasharray="{a:.1} {b:.1}""#
                        ))
                    )
                },
            );
            let fill = shape.fill.map_or_else(|| "none".to_owned(), Colour::hex);
            let _ = write!(
                s,
                r#"<g><title>{}</title><path d="{d}" fill="{fill}" fill-rule="evenodd"{stroke}/>"#,
                escape(&shape.title)
            );
            let pattern = match shape.hatch {
                Hatch::None => None,
                Hatch::Horizontal => Some("h-horizontal"),
                Hatch::Diagonal => Some("h-diagonal"),
                Hatch::Cross => Some("h-cross"),
            };
            if let (Some(p), true) = (pattern, close) {
                let _ = write!(
                    s,
                    r#"<path d="{d}" fill="url(#{p})" fill-rule="evenodd" stroke="none"/>"#
                );
            }
            s.push_str("</g>");
        }
        for l in &self.labels {
            let w = l.size * 0.62 * l.text.chars().count() as f32 + l.size * 0.6;
            let _ = write!(
                s,
                r##"<rect x="{:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="#ffffff" stroke="#000000" stroke-width="0.6"/><text x="{:.1}" y="{:.1}" font-family="sans-serif" font-size="{:.1}" text-anchor="middle" fill="#000000">{}</text>"##,
                l.at.0 - w / 2.0,
                l.at.1 - l.size,
                l.size * 1.35,
                l.at.0,
                l.at.1,
                l.size,
                escape(&l.text)
            );
        }
        s.push_str("</svg>");
        s
    }

    /// PDF drawing operators for this drawing scaled into the box (`x`, `y` bottom left,
    /// `w` wide, in points), clipped to it. Labels are left to the caller, which owns fonts.
    pub(crate) fn pdf_ops(&self, x: f32, y: f32, w: f32) -> (String, f32) {
        let scale = if self.width > 0.0 {
            w / self.width
        } else {
            1.0
        };
        let h = self.height * scale;
        let tx = |p: (f32, f32)| (x + p.0 * scale, y + h - p.1 * scale);
        let mut ops = String::new();
        let (r, g, b) = self.background.unit();
        let _ = writeln!(ops, "q {x:.2} {y:.2} {w:.2} {h:.2} re W n");
        let _ = writeln!(
            ops,
            "{r:.3} {g:.3} {b:.3} rg {x:.2} {y:.2} {w:.2} {h:.2} re f"
        );
        let path = |rings: &[Vec<(f32, f32)>], close: bool| {
            let mut p = String::new();
            for ring in rings {
                for (i, pt) in ring.iter().enumerate() {
                    let (px, py) = tx(*pt);
                    let _ = write!(p, "{px:.2} {py:.2} {} ", if i == 0 { "m" } else { "l" });
                }
                if close {
                    p.push_str("h ");
                }
            }
            p
        };
        for shape in &self.shapes {
            let close = shape.fill.is_some();
            let p = path(&shape.rings, close);
            if let Some(fill) = shape.fill {
                let (r, g, b) = fill.unit();
                let _ = writeln!(ops, "{r:.3} {g:.3} {b:.3} rg {p}f*");
                if shape.hatch != Hatch::None {
                    // The hatch, clipped to the shape.
                    let _ = writeln!(ops, "q {p}W* n 0 0 0 RG {:.2} w", 0.8 * scale);
                    for ((x1, y1), (x2, y2)) in hatch_lines(shape.hatch, self.width, self.height) {
                        let (a, b2) = (tx((x1, y1)), tx((x2, y2)));
                        let _ = write!(ops, "{:.2} {:.2} m {:.2} {:.2} l ", a.0, a.1, b2.0, b2.1);
                    }
                    ops.push_str("S Q\n");
                }
            }
            if let Some(st) = shape.stroke {
                let (r, g, b) = st.colour.unit();
                let dash = st.dash.map_or_else(
                    || "[] 0 d".to_owned(),
                    |(a, b)| format!("[{:.2} {:.2}] 0 d", a * scale, b * scale),
                );
                let _ = writeln!(
                    ops,
                    "{r:.3} {g:.3} {b:.3} RG {:.2} w {dash} 1 j {p}S",
                    st.width * scale
                );
            }
        }
        ops.push_str("Q\n");
        (ops, h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(fill: Option<Colour>, hatch: Hatch) -> Drawing {
        Drawing {
            width: 100.0,
            height: 50.0,
            background: Colour(255, 255, 255),
            shapes: vec![Shape {
                rings: vec![vec![(10.0, 10.0), (40.0, 10.0), (40.0, 40.0), (10.0, 40.0)]],
                fill,
                hatch,
                stroke: None,
                title: "A & B".into(),
            }],
            labels: vec![Label {
                at: (25.0, 25.0),
                text: "<PT>".into(),
                size: 8.0,
            }],
            description: "test".into(),
        }
    }

    #[test]
    fn svg_escapes_text_and_patterns_the_fill() {
        let svg = square(Some(Colour(213, 94, 0)), Hatch::Cross).svg();
        assert!(svg.contains("<title>A &amp; B</title>"));
        assert!(svg.contains("&lt;PT&gt;"));
        assert!(svg.contains("#d55e00"));
        assert!(svg.contains("url(#h-cross)"));
        assert!(!svg.contains("<script"));
        let plain = square(Some(Colour(1, 2, 3)), Hatch::None).svg();
        assert!(!plain.contains("fill=\"url("));
    }

    #[test]
    fn pdf_ops_are_clipped_and_scaled_into_the_box() {
        let (ops, h) = square(Some(Colour(0, 0, 0)), Hatch::Diagonal).pdf_ops(50.0, 100.0, 200.0);
        assert!((h - 100.0).abs() < 0.01);
        assert!(ops.starts_with("q 50.00 100.00 200.00 100.00 re W n"));
        // (10, 10) in drawing units is (70, 180) on the page: y flipped, scaled by 2.
        assert!(ops.contains("70.00 180.00 m"));
        assert!(ops.contains("W* n"), "hatch clipped to the shape");
    }
}
