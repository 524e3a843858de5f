//! The PDF object model Habeas writes, through lopdf: pages of drawing operations, subset
//! TrueType fonts (Type 0, `Identity-H`, with a `ToUnicode` map so text can be searched and
//! copied), internal links, an outline, and real metadata.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use lopdf::{dictionary, Dictionary, Object, ObjectId, Stream, StringFormat};
use sha2::{Digest, Sha256};
use subsetter::GlyphRemapper;

use super::fonts::FontId;
use super::images::Image;
use super::text::Line;
use crate::Error;

/// Paper sizes, in points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PageSize {
    /// ISO A4, 210 × 297 mm: the CCF's and most courts' paper.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl PageSize {
    /// Width and height in points.
    #[must_use]
    pub const fn points(self) -> (f32, f32) {
        match self {
            Self::A4 => (595.276, 841.89),
            Self::Letter => (612.0, 792.0),
        }
    }
}

/// What the document says about itself (the PDF's Info dictionary).
#[derive(Debug, Clone)]
pub struct Meta {
    /// Shown as the window title by PDF readers.
    pub title: String,
    /// One line on what the document is.
    pub subject: String,
    /// When it was made.
    pub created: DateTime<Utc>,
}

/// An RGB colour, components 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb(pub(crate) f32, pub(crate) f32, pub(crate) f32);

pub(crate) const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);
pub(crate) const GREY: Rgb = Rgb(0.35, 0.35, 0.35);
pub(crate) const LIGHT: Rgb = Rgb(0.8, 0.8, 0.8);
pub(crate) const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);

#[derive(Debug, Default)]
struct FontUse {
    remapper: GlyphRemapper,
    /// New glyph id → advance in thousandths of an em.
    widths: BTreeMap<u16, f32>,
    /// New glyph id → the text it stands for.
    unicode: BTreeMap<u16, String>,
}

#[derive(Debug, Default)]
pub(crate) struct Page {
    ops: String,
    links: Vec<([f32; 4], usize)>,
    /// A page taken from another PDF; `ops` is then drawn over it.
    import: Option<Imported>,
}

/// A page of another PDF, placed unchanged.
#[derive(Debug, Clone, Copy)]
struct Imported {
    /// Index into `PdfDoc::sources`.
    source: usize,
    /// Its position among the source's pages.
    index: usize,
    /// Its media box: lower-left x, y, width, height.
    media: [f32; 4],
}

/// A document being built. Coordinates are PDF points from the bottom-left corner.
#[derive(Debug)]
pub(crate) struct PdfDoc {
    pub(crate) size: PageSize,
    pages: Vec<Page>,
    fonts: BTreeMap<FontId, FontUse>,
    /// (title, page index, y) in order.
    outline: Vec<(String, usize, f32)>,
    images: Vec<Image>,
    sources: Vec<lopdf::Document>,
}

fn num(v: f32) -> String {
    let mut s = format!("{v:.2}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = "0".into();
    }
    s
}

impl PdfDoc {
    pub(crate) fn new(size: PageSize) -> Self {
        Self {
            size,
            pages: Vec::new(),
            fonts: BTreeMap::new(),
            outline: Vec::new(),
            images: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Width and height of a page: the document's paper, or an imported page's own box.
    pub(crate) fn page_size(&self, page: usize) -> (f32, f32) {
        match self.pages.get(page).and_then(|p| p.import) {
            Some(i) => (i.media[2], i.media[3]),
            None => self.size.points(),
        }
    }

    /// Adds an image; returns its index for [`Self::draw_image`].
    pub(crate) fn add_image(&mut self, image: Image) -> usize {
        self.images.push(image);
        self.images.len() - 1
    }

    /// Draws image `index` into the rectangle `[x, y, w, h]`.
    pub(crate) fn draw_image(&mut self, page: usize, index: usize, rect: [f32; 4]) {
        let [x, y, w, h] = rect;
        let op = format!(
            "q {} 0 0 {} {} {} cm /Im{index} Do Q\n",
            num(w),
            num(h),
            num(x),
            num(y)
        );
        self.page(page).ops.push_str(&op);
    }

    /// Appends every page of `source` (another PDF, unchanged); returns their indices here.
    pub(crate) fn import_pages(&mut self, source: lopdf::Document) -> Vec<usize> {
        let index = self.sources.len();
        let mut added = Vec::new();
        for (position, page) in source.get_pages().into_values().enumerate() {
            let media = inherited(&source, page, b"MediaBox")
                .and_then(|o| o.as_array().ok().cloned())
                .and_then(|a| {
                    let v: Vec<f32> = a.iter().filter_map(|n| n.as_float().ok()).collect();
                    (v.len() == 4).then(|| [v[0], v[1], v[2] - v[0], v[3] - v[1]])
                })
                .unwrap_or([0.0, 0.0, 595.0, 842.0]);
            self.pages.push(Page {
                import: Some(Imported {
                    source: index,
                    index: position,
                    media,
                }),
                ..Page::default()
            });
            added.push(self.pages.len() - 1);
        }
        self.sources.push(source);
        added
    }

    /// Makes a rectangle on `page` a link to the top of page `target`.
    pub(crate) fn link(&mut self, page: usize, rect: [f32; 4], target: usize) {
        self.page(page).links.push((rect, target));
    }

    /// Removes the last page (only ever a blank one, about to be replaced).
    pub(crate) fn pop_page(&mut self) {
        self.pages.pop();
    }

    /// Adds a blank page and returns its index.
    pub(crate) fn add_page(&mut self) -> usize {
        self.pages.push(Page::default());
        self.pages.len() - 1
    }

    pub(crate) fn page_count(&self) -> usize {
        self.pages.len()
    }

    fn page(&mut self, page: usize) -> &mut Page {
        if page >= self.pages.len() {
            self.pages.resize_with(page + 1, Page::default);
        }
        &mut self.pages[page]
    }

    /// Draws a laid-out line with its left end at (`x`, `y`) (baseline).
    pub(crate) fn draw_line(
        &mut self,
        page: usize,
        x: f32,
        y: f32,
        line: &Line,
        size: f32,
        color: Rgb,
    ) {
        if line.glyphs.is_empty() {
            return;
        }
        let mut ops = String::new();
        let _ = write!(
            ops,
            "BT {} {} {} rg ",
            num(color.0),
            num(color.1),
            num(color.2)
        );
        let mut pen = x;
        let mut current: Option<FontId> = None;
        let mut open_tj = false;
        for g in &line.glyphs {
            let font = self.fonts.entry(g.font).or_default();
            let cid = font.remapper.remap(g.gid);
            if let Some(face) = g.font.face() {
                let upem = face.units_per_em() as f32;
                let natural = face
                    .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g.gid))
                    .map_or(0.0, |a| f32::from(a) * 1000.0 / upem);
                font.widths.insert(cid, natural);
                if let Some(t) = &g.text {
                    font.unicode.entry(cid).or_insert_with(|| t.clone());
                }
                let moved = g.dx != 0.0 || g.dy != 0.0;
                if current != Some(g.font) || moved || !open_tj {
                    if open_tj {
                        ops.push_str("] TJ ");
                    }
                    if current != Some(g.font) {
                        let _ = write!(ops, "/F{} {} Tf ", g.font as usize, num(size));
                        current = Some(g.font);
                    }
                    let _ = write!(ops, "1 0 0 1 {} {} Tm [", num(pen + g.dx), num(y + g.dy));
                    open_tj = true;
                }
                let _ = write!(ops, "<{cid:04X}>");
                // The shaped advance may differ from the glyph's own width (kerning, marks).
                let shaped = g.advance * 1000.0 / size;
                let adjust = natural - shaped;
                if adjust.abs() > 0.01 {
                    let _ = write!(ops, " {} ", num(adjust));
                }
                if moved {
                    ops.push_str("] TJ ");
                    open_tj = false;
                }
            }
            pen += g.advance;
        }
        if open_tj {
            ops.push_str("] TJ ");
        }
        ops.push_str("ET\n");
        self.page(page).ops.push_str(&ops);
    }

    /// A filled rectangle.
    pub(crate) fn fill_rect(&mut self, page: usize, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        let op = format!(
            "{} {} {} rg {} {} {} {} re f\n",
            num(color.0),
            num(color.1),
            num(color.2),
            num(x),
            num(y),
            num(w),
            num(h)
        );
        self.page(page).ops.push_str(&op);
    }

    /// Drawing operators made elsewhere (a [`super::drawing::Drawing`]), balanced in `q … Q`.
    pub(crate) fn raw_ops(&mut self, page: usize, ops: &str) {
        self.page(page).ops.push_str(ops);
    }

    /// A straight line.
    pub(crate) fn stroke_line(
        &mut self,
        page: usize,
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
        color: Rgb,
    ) {
        let op = format!(
            "{} {} {} RG {} w {} {} m {} {} l S\n",
            num(color.0),
            num(color.1),
            num(color.2),
            num(width),
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1)
        );
        self.page(page).ops.push_str(&op);
    }

    /// Adds an outline (bookmark) entry pointing at `y` on `page`.
    pub(crate) fn bookmark(&mut self, title: &str, page: usize, y: f32) {
        self.outline.push((title.to_owned(), page, y));
    }

    /// Serialises the document.
    pub(crate) fn finish(mut self, meta: &Meta) -> Result<Vec<u8>, Error> {
        let mut doc = lopdf::Document::with_version("1.7");

        // Other PDFs' objects first, renumbered above ours; their page trees are replaced by ours.
        let mut source_pages: Vec<Vec<ObjectId>> = Vec::new();
        for mut src in std::mem::take(&mut self.sources) {
            let start = doc.objects.keys().map(|k| k.0).max().unwrap_or(0) + 1;
            src.renumber_objects_with(start);
            let pages: Vec<ObjectId> = src.get_pages().into_values().collect();
            for &p in &pages {
                for key in [&b"Resources"[..], b"MediaBox", b"CropBox", b"Rotate"] {
                    let own = src.get_dictionary(p).is_ok_and(|d| d.has(key));
                    if !own {
                        if let Some(value) = inherited(&src, p, key) {
                            if let Ok(d) = src.get_dictionary_mut(p) {
                                d.set(key.to_vec(), value);
                            }
                        }
                    }
                }
            }
            src.objects.retain(|_, o| {
                !o.as_dict().is_ok_and(|d| {
                    d.get(b"Type")
                        .is_ok_and(|t| matches!(t.as_name(), Ok(b"Pages" | b"Catalog")))
                })
            });
            doc.objects.extend(std::mem::take(&mut src.objects));
            source_pages.push(pages);
        }
        doc.max_id = doc.objects.keys().map(|k| k.0).max().unwrap_or(0);
        let pages_id = doc.new_object_id();

        let mut font_refs = Dictionary::new();
        for (id, usage) in &self.fonts {
            let font_obj = write_font(&mut doc, *id, usage)?;
            font_refs.set(format!("F{}", *id as usize), font_obj);
        }
        let mut shared = dictionary! { "Font" => font_refs };
        if !self.images.is_empty() {
            let mut xobjects = Dictionary::new();
            for (i, image) in std::mem::take(&mut self.images).into_iter().enumerate() {
                let (mut stream, smask) = image.into_streams();
                if let Some(mask) = smask {
                    stream.dict.set("SMask", doc.add_object(mask));
                }
                xobjects.set(format!("Im{i}"), doc.add_object(stream));
            }
            shared.set("XObject", xobjects);
        }
        let resources = doc.add_object(shared);

        let (w, h) = self.size.points();
        let page_ids: Vec<ObjectId> = self
            .pages
            .iter()
            .map(|p| match p.import {
                Some(i) => source_pages
                    .get(i.source)
                    .and_then(|s| s.get(i.index))
                    .copied()
                    .unwrap_or((0, 0)),
                None => doc.new_object_id(),
            })
            .collect();
        for (i, page) in self.pages.iter().enumerate() {
            let mut stream = Stream::new(dictionary! {}, page.ops.clone().into_bytes());
            let _ = stream.compress();
            let mut dict = match page.import {
                None => dictionary! {
                    "Type" => "Page",
                    "Parent" => pages_id,
                    "MediaBox" => vec![0.into(), 0.into(), w.into(), h.into()],
                    "Contents" => doc.add_object(stream),
                    "Resources" => resources,
                },
                Some(imp) => {
                    let mut dict = doc.get_dictionary(page_ids[i]).cloned().unwrap_or_default();
                    // What we draw over the page is a form with its own resources, so its names
                    // cannot clash with the page's.
                    for (key, value) in [
                        ("Type", Object::from("XObject")),
                        ("Subtype", Object::from("Form")),
                        (
                            "BBox",
                            vec![0.into(), 0.into(), imp.media[2].into(), imp.media[3].into()]
                                .into(),
                        ),
                        ("Resources", resources.into()),
                    ] {
                        stream.dict.set(key, value);
                    }
                    let form = doc.add_object(stream);
                    let mut res = resolve_dict(&doc, dict.get(b"Resources").ok());
                    let mut xobjects = resolve_dict(&doc, res.get(b"XObject").ok());
                    xobjects.set("HabeasOverlay", form);
                    res.set("XObject", xobjects);
                    dict.set("Resources", res);
                    let mut contents: Vec<Object> = match dict.get(b"Contents") {
                        Ok(Object::Reference(id)) => match doc.get_object(*id) {
                            Ok(Object::Array(a)) => a.clone(),
                            _ => vec![Object::Reference(*id)],
                        },
                        Ok(Object::Array(a)) => a.clone(),
                        _ => Vec::new(),
                    };
                    let open = doc.add_object(Stream::new(dictionary! {}, b"q\n".to_vec()));
                    let close = format!(
                        "\nQ q 1 0 0 1 {} {} cm /HabeasOverlay Do Q\n",
                        num(imp.media[0]),
                        num(imp.media[1])
                    );
                    let close = doc.add_object(Stream::new(dictionary! {}, close.into_bytes()));
                    contents.insert(0, Object::Reference(open));
                    contents.push(Object::Reference(close));
                    dict.set("Contents", contents);
                    dict.set("Parent", pages_id);
                    dict
                }
            };
            if !page.links.is_empty() {
                let offset = page
                    .import
                    .map_or([0.0, 0.0], |imp| [imp.media[0], imp.media[1]]);
                let mut annots: Vec<Object> = match dict.get(b"Annots") {
                    Ok(Object::Array(a)) => a.clone(),
                    Ok(Object::Reference(id)) => doc
                        .get_object(*id)
                        .and_then(Object::as_array)
                        .cloned()
                        .unwrap_or_default(),
                    _ => Vec::new(),
                };
                for (rect, target) in &page.links {
                    let Some(dest) = page_ids.get(*target) else {
                        continue;
                    };
                    let rect = [
                        rect[0] + offset[0],
                        rect[1] + offset[1],
                        rect[2] + offset[0],
                        rect[3] + offset[1],
                    ];
                    annots.push(Object::Reference(doc.add_object(dictionary! {
                        "Type" => "Annot",
                        "Subtype" => "Link",
                        "Rect" => rect.iter().map(|v| Object::Real(*v)).collect::<Vec<_>>(),
                        "Border" => vec![0.into(), 0.into(), 0.into()],
                        "Dest" => vec![(*dest).into(), "Fit".into()],
                    })));
                }
                dict.set("Annots", annots);
            }
            doc.objects.insert(page_ids[i], Object::Dictionary(dict));
        }
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => page_ids.iter().map(|id| Object::Reference(*id)).collect::<Vec<_>>(),
                "Count" => i64::try_from(page_ids.len()).unwrap_or(0),
            }),
        );

        let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
        if let Some(outlines) = write_outline(&mut doc, &self.outline, &page_ids, h) {
            catalog.set("Outlines", outlines);
            catalog.set("PageMode", "UseOutlines");
        }
        let catalog_id = doc.add_object(catalog);

        let date = meta.created.format("D:%Y%m%d%H%M%SZ").to_string();
        let info = doc.add_object(dictionary! {
            "Title" => text_string(&meta.title),
            "Subject" => text_string(&meta.subject),
            "Producer" => text_string(&format!("Habeas {}", env!("CARGO_PKG_VERSION"))),
            "Creator" => text_string("Habeas"),
            "CreationDate" => Object::string_literal(date.clone()),
            "ModDate" => Object::string_literal(date),
        });
        doc.trailer.set("Root", catalog_id);
        doc.trailer.set("Info", info);
        let id = Sha256::digest(format!("{}{}", meta.title, meta.created.to_rfc3339()).as_bytes());
        let id = Object::String(id[..16].to_vec(), StringFormat::Hexadecimal);
        doc.trailer.set("ID", vec![id.clone(), id]);

        let mut out = Vec::new();
        doc.save_to(&mut out).map_err(|e| Error::Internal {
            what: format!("writing the PDF: {e}"),
        })?;
        Ok(out)
    }
}

/// An attribute a page inherits from its ancestors in the page tree (PDF 1.7, 7.7.3.4).
fn inherited(doc: &lopdf::Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut node = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(v) = node.get(key) {
            return Some(v.clone());
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// A dictionary given inline or by reference, copied; empty if absent.
fn resolve_dict(doc: &lopdf::Document, object: Option<&Object>) -> Dictionary {
    match object {
        Some(Object::Dictionary(d)) => d.clone(),
        Some(Object::Reference(id)) => doc.get_dictionary(*id).cloned().unwrap_or_default(),
        _ => Dictionary::new(),
    }
}

/// A PDF text string: UTF-16BE with a byte-order mark, so any script survives.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn write_outline(
    doc: &mut lopdf::Document,
    entries: &[(String, usize, f32)],
    page_ids: &[ObjectId],
    _height: f32,
) -> Option<ObjectId> {
    if entries.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    for (i, (title, page, y)) in entries.iter().enumerate() {
        let page_id = page_ids.get(*page).copied().unwrap_or(page_ids[0]);
        let mut item = dictionary! {
            "Title" => text_string(title),
            "Parent" => root,
            "Dest" => vec![page_id.into(), "XYZ".into(), Object::Null, Object::Real(*y), Object::Null],
        };
        if i > 0 {
            item.set("Prev", ids[i - 1]);
        }
        if let Some(next) = ids.get(i + 1) {
            item.set("Next", *next);
        }
        doc.objects.insert(ids[i], Object::Dictionary(item));
    }
    doc.objects.insert(
        root,
        Object::Dictionary(dictionary! {
            "Type" => "Outlines",
            "First" => ids[0],
            "Last" => ids[ids.len() - 1],
            "Count" => i64::try_from(ids.len()).unwrap_or(0),
        }),
    );
    Some(root)
}

/// Writes one subset font as a Type 0 font and returns the font dictionary's id.
fn write_font(doc: &mut lopdf::Document, id: FontId, usage: &FontUse) -> Result<ObjectId, Error> {
    let face = id.face().ok_or_else(|| Error::Internal {
        what: format!("bundled font {id:?} unreadable"),
    })?;
    let program =
        subsetter::subset(id.data(), 0, &usage.remapper).map_err(|e| Error::Internal {
            what: format!("subsetting {id:?}: {e}"),
        })?;

    // The subset tag: six capitals derived from the glyph set, as the PDF spec asks.
    let digest = Sha256::digest(&program);
    let tag: String = digest
        .iter()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect();
    let base_font = format!("{tag}+{}", id.postscript_name());

    let upem = face.units_per_em() as f32;
    let scale = |v: i16| f32::from(v) * 1000.0 / upem;
    let bbox = face.global_bounding_box();

    let mut file = Stream::new(
        dictionary! { "Length1" => i64::try_from(program.len()).unwrap_or(0) },
        program,
    );
    let _ = file.compress();
    let file_id = doc.add_object(file);

    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => Object::Name(base_font.clone().into_bytes()),
        "Flags" => 4,
        "FontBBox" => vec![
            scale(bbox.x_min).into(), scale(bbox.y_min).into(),
            scale(bbox.x_max).into(), scale(bbox.y_max).into(),
        ],
        "ItalicAngle" => 0,
        "Ascent" => scale(face.ascender()),
        "Descent" => scale(face.descender()),
        "CapHeight" => scale(face.capital_height().unwrap_or(face.ascender())),
        "StemV" => 80,
        "FontFile2" => file_id,
    });

    let mut widths: Vec<Object> = Vec::new();
    for (cid, w) in &usage.widths {
        widths.push(i64::from(*cid).into());
        widths.push(vec![Object::Real(*w)].into());
    }
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => Object::Name(base_font.clone().into_bytes()),
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor,
        "DW" => 0,
        "W" => widths,
        "CIDToGIDMap" => "Identity",
    });

    let mut to_unicode = Stream::new(dictionary! {}, to_unicode_cmap(&usage.unicode).into_bytes());
    let _ = to_unicode.compress();
    let to_unicode = doc.add_object(to_unicode);

    Ok(doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => Object::Name(base_font.into_bytes()),
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Reference(cid_font)],
        "ToUnicode" => to_unicode,
    }))
}

fn to_unicode_cmap(map: &BTreeMap<u16, String>) -> String {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &String)> = map.iter().filter(|(_, t)| !t.is_empty()).collect();
    for chunk in entries.chunks(100) {
        let _ = writeln!(s, "{} beginbfchar", chunk.len());
        for (cid, text) in chunk {
            let hex: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            let _ = writeln!(s, "<{cid:04X}> <{hex}>");
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s
}
