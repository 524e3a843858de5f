//! What a photo carries besides its picture, and a copy without it (issue 16.9).
//!
//! A phone's JPEG names where it was taken (GPS), the phone (make, model, serial number), often
//! its owner, when it was taken and edited, and a thumbnail that may show the picture before it
//! was cropped. Filed with the CCF or sent to an authority as it is, it can tell a pursuing state
//! where the person is. [`read`] lists what an image carries, for the app to show before a file
//! leaves the vault; [`remove`] writes a copy without it, the pixels untouched (no re-encoding):
//!
//! - JPEG: every APPn segment but JFIF (its thumbnail dropped), an ICC colour profile and
//!   Adobe's colour-transform marker (needed to show CMYK files right), and every comment, are
//!   removed; so is everything after the end-of-image marker (the second images of a
//!   multi-picture file and vendors' trailers carry their own Exif). The orientation is kept, in
//!   an Exif block holding nothing else, so the copy shows the same way up.
//! - PNG: `eXIf` (Exif), `tEXt` / `zTXt` / `iTXt` (text: XMP, author, comments) and `tIME`.
//! - WebP: the `EXIF` and `XMP ` chunks.
//! - HEIC, AVIF and TIFF are read, not cleaned: [`remove`] refuses them with what to do.
//!
//! Exif is read by `kamadak-exif` and the containers are taken apart and put back together by
//! `img-parts`. One part is ours: `img-parts` keeps everything after a JPEG's first scan header
//! as one opaque block, trailers included, so [`jpeg_tail`] walks that block to the real end of
//! the image. Input is hostile: every read is bounds-checked and a damaged file is an error that
//! says so, never a panic (the tests feed truncated and garbled files). A copy is read back
//! before it is returned: if anything is still found, the copy is refused.

use std::io::Cursor;

use exif::{Field, In, Tag, Value};
use img_parts::jpeg::{markers, Jpeg, JpegSegment};
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{Category, Details, Evidence};
use crate::store::evidence_items as records;
use crate::vault::Vault;
use crate::Error;

/// Whether a copy leaving the vault keeps what an image carries or loses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum MetadataChoice {
    /// The file as imported, byte for byte.
    Keep,
    /// A copy without location, device, owner, dates, software, thumbnails or text (see the
    /// module documentation); for a file that carries none, the file itself.
    Remove,
}

/// What kind of thing an image carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Carried {
    /// Where it was taken (GPS).
    Location,
    /// The camera or phone: make, model, lens, serial number.
    Device,
    /// Who owns the camera or made the picture: artist, copyright, owner name.
    Owner,
    /// When it was taken, digitised or changed.
    Date,
    /// The program that made or edited it.
    Software,
    /// A small copy of the picture, perhaps before it was cropped or edited.
    Thumbnail,
    /// Other embedded data: XMP, IPTC, maker notes, comments, text chunks.
    Other,
}

/// One thing an image carries, with its value as read ("41.0082 N, 28.9784 E").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct MetadataFinding {
    /// What it is.
    pub kind: Carried,
    /// What was read, in English where it is words ("XMP metadata"), as read where it is data.
    pub value: String,
}

/// What an image carries besides its picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImageMetadata {
    /// Whether the file is an image at all (nothing else is read).
    pub image: bool,
    /// What was found, location first.
    pub findings: Vec<MetadataFinding>,
    /// Whether Habeas can write a copy without it (JPEG, PNG, WebP).
    pub removable: bool,
    /// Why the file could not be read, when it could not (damaged, or a kind Habeas cannot
    /// read): it may then carry anything.
    pub unreadable: Option<String>,
}

impl ImageMetadata {
    /// Whether anything was found, or could be there unseen.
    #[must_use]
    pub fn carries_anything(&self) -> bool {
        !self.findings.is_empty() || self.unreadable.is_some()
    }

    /// What kinds of thing were found, without their values ("GPS position, camera, owner"):
    /// what the custody log and the certificate say of a copy, since a certificate leaves the
    /// vault and must not carry the position it says was removed.
    #[must_use]
    pub fn kinds(&self) -> String {
        let mut out: Vec<&str> = Vec::new();
        for f in &self.findings {
            let word = match f.kind {
                Carried::Location => "GPS position",
                Carried::Device => "camera",
                Carried::Owner => "owner",
                Carried::Date => "dates",
                Carried::Software => "software",
                Carried::Thumbnail => "thumbnail",
                Carried::Other => "other embedded data",
            };
            if !out.contains(&word) {
                out.push(word);
            }
        }
        out.join(", ")
    }

    /// One line in English: "GPS position 41.0082 N, 28.9784 E; camera Apple iPhone 12".
    #[must_use]
    pub fn summary(&self) -> String {
        let mut parts: Vec<String> = self
            .findings
            .iter()
            .map(|f| {
                let what = match f.kind {
                    Carried::Location => "GPS position",
                    Carried::Device => "camera",
                    Carried::Owner => "owner",
                    Carried::Date => "date",
                    Carried::Software => "software",
                    Carried::Thumbnail | Carried::Other => "",
                };
                if what.is_empty() {
                    f.value.clone()
                } else {
                    format!("{what} {}", f.value)
                }
            })
            .collect();
        if let Some(why) = &self.unreadable {
            parts.push(format!("not readable: {why}"));
        }
        parts.join("; ")
    }
}

/// Media types whose Exif `kamadak-exif` reads.
fn readable(media_type: &str) -> bool {
    matches!(
        media_type,
        "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/avif" | "image/tiff"
    )
}

/// Media types [`remove`] can clean.
#[must_use]
pub fn removable(media_type: &str) -> bool {
    matches!(media_type, "image/jpeg" | "image/png" | "image/webp")
}

/// Lists what the image in `bytes` (of the sniffed `media_type`) carries. A file that is not an
/// image gives an empty report; a damaged image or one Habeas cannot read says so in
/// [`ImageMetadata::unreadable`].
#[must_use]
pub fn read(bytes: &[u8], media_type: &str) -> ImageMetadata {
    if !media_type.starts_with("image/") {
        return ImageMetadata::default();
    }
    let mut report = ImageMetadata {
        image: true,
        removable: removable(media_type),
        ..ImageMetadata::default()
    };
    if !readable(media_type) {
        report.unreadable = Some(format!(
            "Habeas cannot read what a {} file carries",
            media_type.trim_start_matches("image/").to_uppercase()
        ));
        return report;
    }
    let container = match media_type {
        "image/jpeg" => jpeg_extras(bytes),
        "image/png" => png_extras(bytes),
        "image/webp" => webp_extras(bytes),
        _ => Ok(Vec::new()),
    };
    let extras = match container {
        Ok(found) => found,
        Err(why) => {
            report.unreadable = Some(why.to_owned());
            return report;
        }
    };
    let mut found = read_exif(bytes).map_or_else(Vec::new, |e| exif_findings(&e));
    for f in extras {
        if !found.contains(&f) {
            found.push(f);
        }
    }
    // Location first: it is what the warning is for (a stable sort: Exif's before the rest).
    found.sort_by_key(|f| f.kind as u8);
    report.findings = found;
    report
}

/// The Exif block of any container `kamadak-exif` knows, what it could read of a damaged one,
/// or `None` when there is none.
fn read_exif(bytes: &[u8]) -> Option<exif::Exif> {
    let mut reader = exif::Reader::new();
    reader.continue_on_error(true);
    match reader.read_from_container(&mut Cursor::new(bytes)) {
        Ok(exif) => Some(exif),
        Err(e) => e.distill_partial_result(|_| {}).ok(),
    }
}

fn text_of(field: &Field) -> Option<String> {
    let text = match &field.value {
        Value::Ascii(parts) => parts
            .iter()
            .map(|p| String::from_utf8_lossy(p).trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        _ => field.display_value().to_string(),
    };
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Degrees from an Exif GPS coordinate (degrees, minutes, seconds as rationals).
fn degrees(field: &Field) -> Option<f64> {
    match &field.value {
        Value::Rational(v) if !v.is_empty() => {
            let part = |i: usize| v.get(i).map_or(0.0, exif::Rational::to_f64);
            let d = part(0) + part(1) / 60.0 + part(2) / 3600.0;
            d.is_finite().then_some(d)
        }
        _ => None,
    }
}

fn exif_findings(exif: &exif::Exif) -> Vec<MetadataFinding> {
    let field = |tag: Tag| exif.get_field(tag, In::PRIMARY);
    let text = |tag: Tag| field(tag).and_then(text_of);
    let mut out = Vec::new();
    let mut push = |kind: Carried, value: String| {
        let f = MetadataFinding { kind, value };
        if !out.contains(&f) {
            out.push(f);
        }
    };

    let reference = |tag: Tag, default: &'static str| {
        text(tag)
            .and_then(|t| t.chars().next())
            .map_or(default.to_owned(), |c| c.to_uppercase().to_string())
    };
    let lat = field(Tag::GPSLatitude).and_then(degrees);
    let lon = field(Tag::GPSLongitude).and_then(degrees);
    if let (Some(lat), Some(lon)) = (lat, lon) {
        push(
            Carried::Location,
            format!(
                "{lat:.4} {}, {lon:.4} {}",
                reference(Tag::GPSLatitudeRef, "N"),
                reference(Tag::GPSLongitudeRef, "E")
            ),
        );
    } else if exif.fields().any(|f| f.tag.context() == exif::Context::Gps) {
        push(Carried::Location, "GPS data (no position read)".into());
    }

    let make = text(Tag::Make).unwrap_or_default();
    let model = text(Tag::Model).unwrap_or_default();
    let camera = if model.starts_with(&make) {
        model
    } else {
        format!("{make} {model}").trim().to_owned()
    };
    if !camera.is_empty() {
        push(Carried::Device, camera);
    }
    for (tag, label) in [
        (Tag::LensModel, "lens"),
        (Tag::BodySerialNumber, "serial number"),
        (Tag::ImageUniqueID, "image id"),
    ] {
        if let Some(v) = text(tag) {
            push(Carried::Device, format!("{label} {v}"));
        }
    }
    for tag in [Tag::Artist, Tag::CameraOwnerName, Tag::Copyright] {
        if let Some(v) = text(tag) {
            push(Carried::Owner, v);
        }
    }
    for tag in [Tag::DateTimeOriginal, Tag::DateTimeDigitized, Tag::DateTime] {
        if let Some(v) = text(tag) {
            // "2026:05:03 14:02:11" as "2026-05-03 14:02:11" when it reads as an Exif date.
            let v = exif::DateTime::from_ascii(v.as_bytes()).map_or(v, |d| d.to_string());
            push(Carried::Date, v);
        }
    }
    if let Some(v) = text(Tag::Software) {
        push(Carried::Software, v);
    }
    if exif.fields().any(|f| f.ifd_num == In::THUMBNAIL) {
        push(Carried::Thumbnail, "a thumbnail picture".into());
    }
    if field(Tag::MakerNote).is_some() {
        push(
            Carried::Other,
            "maker notes (the camera maker's own data)".into(),
        );
    }
    out
}

const XMP_PREFIX: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
const XMP_EXTENDED_PREFIX: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";

/// Whether an XMP packet holds a position (`exif:GPSLatitude`, IPTC's location fields).
fn xmp_has_location(xmp: &[u8]) -> bool {
    let text = String::from_utf8_lossy(xmp);
    [
        "GPSLatitude",
        "GPSLongitude",
        "LocationCreated",
        "LocationShown",
    ]
    .iter()
    .any(|k| text.contains(k))
}

fn xmp_findings(xmp: &[u8]) -> Vec<MetadataFinding> {
    let mut out = vec![MetadataFinding {
        kind: Carried::Other,
        value: "XMP metadata".into(),
    }];
    if xmp_has_location(xmp) {
        out.push(MetadataFinding {
            kind: Carried::Location,
            value: "a position in the XMP metadata".into(),
        });
    }
    out
}

fn other(value: &str) -> MetadataFinding {
    MetadataFinding {
        kind: Carried::Other,
        value: value.to_owned(),
    }
}

/// What a JPEG's segments carry beyond Exif (which [`read_exif`] reads).
fn jpeg_extras(bytes: &[u8]) -> Result<Vec<MetadataFinding>, &'static str> {
    let jpeg = parse_jpeg(bytes)?;
    let mut out = Vec::new();
    for s in jpeg.segments() {
        let c = s.contents();
        match s.marker() {
            markers::APP1 if c.starts_with(XMP_PREFIX) || c.starts_with(XMP_EXTENDED_PREFIX) => {
                out.extend(xmp_findings(c));
            }
            markers::APP13 => out.push(other("IPTC or Photoshop data")),
            markers::COM => out.push(other("a comment")),
            markers::APP2 if c.starts_with(b"MPF\0") => {
                out.push(other("more pictures after the image (multi-picture)"));
            }
            markers::APP0 if jfif_thumbnail(c) => out.push(MetadataFinding {
                kind: Carried::Thumbnail,
                value: "a thumbnail picture".into(),
            }),
            _ => {}
        }
    }
    let tail = scan_data(&jpeg, bytes);
    let end = jpeg_tail(tail).end;
    if end < tail.len() {
        out.push(other("data after the end of the picture"));
    }
    Ok(out)
}

/// A JPEG's segments up to its first scan header. One without a scan has no picture.
fn parse_jpeg(bytes: &[u8]) -> Result<Jpeg, &'static str> {
    let jpeg =
        Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|_| "the JPEG file is damaged")?;
    if jpeg.segments().iter().any(|s| s.marker() == markers::SOS) {
        Ok(jpeg)
    } else {
        Err("the JPEG file is damaged (it holds no picture)")
    }
}

/// What follows a JPEG's first scan header: `img-parts` keeps it whole, as the rest of the
/// input, so it is the input's last bytes (taken by length, not by offset: the parser skips
/// stray bytes between segments, so the header may be shorter than where the scan starts).
fn scan_data<'a>(jpeg: &Jpeg, bytes: &'a [u8]) -> &'a [u8] {
    let len = jpeg.len().saturating_sub(head_len(jpeg));
    bytes
        .get(bytes.len().saturating_sub(len)..)
        .unwrap_or_default()
}

/// Whether a JFIF APP0 segment holds a thumbnail (its width and height bytes, JFIF 1.02 §4).
fn jfif_thumbnail(app0: &[u8]) -> bool {
    app0.starts_with(b"JFIF\0") && app0.get(12..14).is_some_and(|wh| wh != [0, 0])
}

/// Bytes of a parsed JPEG up to its first scan's data: SOI and every segment's header.
fn head_len(jpeg: &Jpeg) -> usize {
    2 + jpeg.segments().iter().map(JpegSegment::len).sum::<usize>()
}

/// What [`jpeg_tail`] found after the first scan header.
struct Tail {
    /// Ranges of the tail to keep (scan data and the markers between scans).
    keep: Vec<(usize, usize)>,
    /// Where the image ends (after EOI), or the tail's length if it has no EOI.
    end: usize,
}

/// Walks the scan data after a JPEG's first scan header (ITU T.81 B.1.1.2, B.1.1.5): the
/// entropy-coded data, where `FF` is followed by `00` (a stuffed byte), a restart marker or
/// fill bytes; then the markers between the scans of a progressive file (tables and further
/// scan headers, each with its length), up to `FF D9`. Application segments and comments found
/// between scans are left out of `keep`, as is everything after `FF D9`. A file cut short has
/// no end marker: what there is is kept.
fn jpeg_tail(tail: &[u8]) -> Tail {
    let mut keep = Vec::new();
    let mut from = 0usize;
    let mut i = 0usize;
    while i + 1 < tail.len() {
        if tail[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = tail[i + 1];
        match marker {
            0x00 | 0xD0..=0xD7 | 0xFF => i += if marker == 0xFF { 1 } else { 2 },
            0xD9 => {
                keep.push((from, i + 2));
                return Tail { keep, end: i + 2 };
            }
            0x01 | 0xD8 => i += 2,
            _ => {
                let len = tail
                    .get(i + 2..i + 4)
                    .map_or(0, |b| usize::from(u16::from_be_bytes([b[0], b[1]])));
                let next = (i + 2 + len).min(tail.len());
                if (0xE0..=0xEF).contains(&marker) || marker == 0xFE {
                    keep.push((from, i));
                    from = next;
                }
                // A length under 2 is damage; step past the marker rather than loop.
                i = next.max(i + 2);
            }
        }
    }
    keep.push((from, tail.len()));
    Tail {
        keep,
        end: tail.len(),
    }
}

const PNG_TEXT_CHUNKS: [[u8; 4]; 5] = [*b"eXIf", *b"tEXt", *b"zTXt", *b"iTXt", *b"tIME"];

fn png_extras(bytes: &[u8]) -> Result<Vec<MetadataFinding>, &'static str> {
    let png =
        Png::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|_| "the PNG file is damaged")?;
    let mut out = Vec::new();
    for chunk in png.chunks() {
        let c = chunk.contents();
        match &chunk.kind() {
            b"tEXt" | b"zTXt" | b"iTXt" => {
                let key = c.split(|b| *b == 0).next().unwrap_or_default();
                let key = String::from_utf8_lossy(key);
                if key == "XML:com.adobe.xmp" {
                    out.extend(xmp_findings(c));
                } else if matches!(key.as_ref(), "Author" | "Copyright") {
                    out.push(MetadataFinding {
                        kind: Carried::Owner,
                        value: format!("text “{key}”"),
                    });
                } else if matches!(key.as_ref(), "Creation Time") {
                    out.push(MetadataFinding {
                        kind: Carried::Date,
                        value: format!("text “{key}”"),
                    });
                } else if key == "Software" {
                    out.push(MetadataFinding {
                        kind: Carried::Software,
                        value: format!("text “{key}”"),
                    });
                } else {
                    out.push(other(&format!("text “{key}”")));
                }
            }
            b"tIME" => out.push(MetadataFinding {
                kind: Carried::Date,
                value: "the time it was last changed".into(),
            }),
            _ => {}
        }
    }
    Ok(out)
}

fn webp_extras(bytes: &[u8]) -> Result<Vec<MetadataFinding>, &'static str> {
    let webp =
        WebP::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|_| "the WebP file is damaged")?;
    Ok(webp
        .chunks_by_id(*b"XMP ")
        .filter_map(|c| c.content().data().map(|d| xmp_findings(d)))
        .flatten()
        .collect())
}

fn refused(reason: &str) -> Error {
    Error::InvalidInput {
        field: "Image",
        reason: reason.to_owned(),
    }
}

/// A copy of the image in `bytes` without what it carries (see the module documentation), the
/// picture itself unchanged. A file that carries nothing comes back as it is.
///
/// # Errors
/// [`Error::InvalidInput`] when the image is damaged, of a kind Habeas cannot clean (HEIC, AVIF,
/// TIFF, GIF…: convert it to JPEG or PNG and import that), or when the copy still carries
/// something.
pub fn remove(bytes: &[u8], media_type: &str) -> Result<Vec<u8>, Error> {
    let before = read(bytes, media_type);
    if !before.carries_anything() {
        return Ok(bytes.to_vec());
    }
    if let Some(why) = &before.unreadable {
        if before.removable {
            return Err(refused(&format!(
                "{why}, so what it carries cannot be removed"
            )));
        }
    }
    let cleaned = match media_type {
        "image/jpeg" => clean_jpeg(bytes),
        "image/png" => clean_png(bytes),
        "image/webp" => clean_webp(bytes),
        other => Err(format!(
            "Habeas cannot remove what a {} file carries; convert it to JPEG or PNG, check the \
             copy, and import that",
            other.trim_start_matches("image/").to_uppercase()
        )),
    }
    .map_err(|why| refused(&why))?;
    let after = read(&cleaned, media_type);
    if after.carries_anything() {
        return Err(refused(&format!(
            "the copy still carries {}; Habeas did not write it",
            after.summary()
        )));
    }
    Ok(cleaned)
}

/// The orientation of the picture (Exif 0x112), if not the default.
fn orientation(bytes: &[u8]) -> Option<u16> {
    let exif = read_exif(bytes)?;
    let value = exif
        .get_field(Tag::Orientation, In::PRIMARY)?
        .value
        .get_uint(0)?;
    u16::try_from(value).ok().filter(|o| (2..=8).contains(o))
}

/// An Exif block (TIFF structure) holding only the orientation.
fn orientation_only(value: u16) -> Result<Vec<u8>, String> {
    let field = Field {
        tag: Tag::Orientation,
        ifd_num: In::PRIMARY,
        value: Value::Short(vec![value]),
    };
    let mut writer = exif::experimental::Writer::new();
    writer.push_field(&field);
    let mut out = Cursor::new(Vec::new());
    writer
        .write(&mut out, false)
        .map_err(|e| format!("the orientation could not be written: {e}"))?;
    Ok(out.into_inner())
}

fn clean_jpeg(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let turned = orientation(bytes);
    let mut jpeg = parse_jpeg(bytes)?;
    let tail = scan_data(&jpeg, bytes);
    let keep_segment = |s: &JpegSegment| {
        let c = s.contents();
        match s.marker() {
            markers::APP0 => c.starts_with(b"JFIF\0"),
            markers::APP2 => c.starts_with(b"ICC_PROFILE\0"),
            markers::APP14 => c.starts_with(b"Adobe"),
            m if (markers::APP0..=markers::APP15).contains(&m) => false,
            markers::COM => false,
            _ => true,
        }
    };
    let segments = jpeg.segments_mut();
    segments.retain(keep_segment);
    for s in segments.iter_mut() {
        if s.marker() == markers::APP0 && s.contents().len() >= 14 {
            // JFIF without its thumbnail: the fixed fields, thumbnail size 0 × 0.
            let mut fixed = s.contents().slice(..14).to_vec();
            fixed[12] = 0;
            fixed[13] = 0;
            *s = JpegSegment::new_with_contents(markers::APP0, Bytes::from(fixed));
        }
    }
    if let Some(o) = turned {
        jpeg.set_exif(Some(Bytes::from(orientation_only(o)?)));
    }
    // The head as rebuilt (its last segment is the first scan header; img-parts appends the
    // old tail to it), then the tail as walked.
    let mut out = jpeg.encoder().bytes().to_vec();
    let new_head = out.len().saturating_sub(tail.len());
    out.truncate(new_head);
    for (from, to) in jpeg_tail(tail).keep {
        out.extend_from_slice(tail.get(from..to).unwrap_or_default());
    }
    Ok(out)
}

fn clean_png(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut png =
        Png::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|_| "the PNG file is damaged")?;
    png.chunks_mut()
        .retain(|c| !PNG_TEXT_CHUNKS.contains(&c.kind()));
    Ok(png.encoder().bytes().to_vec())
}

fn clean_webp(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut webp =
        WebP::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|_| "the WebP file is damaged")?;
    webp.remove_chunks_by_id(*b"XMP ");
    // set_exif(None) also works out the VP8X header's flags again from the chunks left.
    webp.set_exif(None);
    Ok(webp.encoder().bytes().to_vec())
}

/// The item that leaves the vault for item `id` under `choice`: the item itself when kept, when
/// it is not an image, or when it carries nothing; else its copy without metadata (see
/// [`remove`]), made once and kept in the vault as an item of its own (own blob, own SHA-256,
/// `derived_from` the original), recorded in both custody logs (`derive` / `derived`). A later
/// export reuses that copy. The original is never changed.
///
/// # Errors
/// [`Error::NotFound`] (also for a deleted item), [`Error::DamagedFile`] (the blob fails its
/// hash), [`Error::InvalidInput`] (the image cannot be cleaned: damaged, or a kind Habeas cannot
/// clean), I/O errors of the vault.
pub fn copy_for(vault: &mut Vault, id: &str, choice: MetadataChoice) -> Result<Evidence, Error> {
    let item = records::get(vault.store(), id)?;
    if item.deleted.is_some() {
        return Err(Error::NotFound {
            what: "evidence item",
        });
    }
    if choice == MetadataChoice::Keep || !item.media_type.starts_with("image/") {
        return Ok(item);
    }
    let bytes = super::intake::decrypt_in_memory(vault, &item)?;
    let found = read(&bytes, &item.media_type);
    if !found.carries_anything() {
        return Ok(item);
    }
    let cleaned = Zeroizing::new(remove(&bytes, &item.media_type)?);
    let sink = vault.blob_sink();
    let blob = sink.put(&mut Cursor::new(&cleaned[..]), &mut |_| true)?;
    // This copy already made by an earlier export (cleaning gives the same bytes each time):
    // use that one.
    let earlier = records::list(vault.store(), &item.case_id)?
        .into_iter()
        .find(|e| {
            e.deleted.is_none()
                && e.sha256 == blob.sha256
                && e.derived_from.as_deref() == Some(item.id.as_str())
        });
    if let Some(earlier) = earlier {
        sink.discard(&blob.id);
        return Ok(earlier);
    }
    let mut copy = Evidence {
        case_id: item.case_id.clone(),
        blob: blob.id.as_str().to_owned(),
        original_name: item.original_name.clone(),
        size: blob.size,
        sha256: blob.sha256.clone(),
        blob_key: Some(blob.key_commitment.clone()),
        media_type: item.media_type.clone(),
        file_modified: None,
        derived_from: Some(item.id.clone()),
        derivation: Some(format!("metadata removed: {}", found.kinds())),
        ..Evidence::default()
    };
    copy.set_details(Details {
        translation_of: None,
        ..item.details()
    });
    if copy.category == Category::Translation {
        copy.category = Category::Other;
    }
    match records::insert_derivative(vault.store(), copy) {
        Ok(saved) => Ok(saved),
        Err(e) => {
            sink.discard(&blob.id);
            Err(e)
        }
    }
}

/// What item `id` carries, read from its file decrypted in memory (nothing is logged: the file
/// does not leave the vault).
///
/// # Errors
/// [`Error::NotFound`] (also for a deleted item), [`Error::DamagedFile`], I/O errors.
pub fn of_item(vault: &mut Vault, id: &str) -> Result<ImageMetadata, Error> {
    let item = records::get(vault.store(), id)?;
    if item.deleted.is_some() {
        return Err(Error::NotFound {
            what: "evidence item",
        });
    }
    if !item.media_type.starts_with("image/") {
        return Ok(ImageMetadata::default());
    }
    let bytes = super::intake::decrypt_in_memory(vault, &item)?;
    Ok(read(&bytes, &item.media_type))
}

#[cfg(test)]
mod tests {
    use super::*;
    use exif::Rational;

    const PHOTO: &[u8] = include_bytes!("../../../tests/fixtures/evidence/photo.jpg");

    fn ascii(tag: Tag, text: &str) -> Field {
        Field {
            tag,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![text.as_bytes().to_vec()]),
        }
    }

    fn dms(d: u32, m: u32, s100: u32) -> Value {
        Value::Rational(vec![
            Rational { num: d, denom: 1 },
            Rational { num: m, denom: 1 },
            Rational {
                num: s100,
                denom: 100,
            },
        ])
    }

    /// An Exif block as a phone writes it: position, phone, owner, dates, software, a
    /// thumbnail, turned a quarter (orientation 6).
    fn phone_exif() -> Vec<u8> {
        let fields = vec![
            ascii(Tag::Make, "Apple"),
            ascii(Tag::Model, "iPhone 12"),
            ascii(Tag::Artist, "Canary Owner Qzv"),
            ascii(Tag::Software, "17.1"),
            ascii(Tag::DateTimeOriginal, "2026:05:03 14:02:11"),
            Field {
                tag: Tag::Orientation,
                ifd_num: In::PRIMARY,
                value: Value::Short(vec![6]),
            },
            ascii(Tag::GPSLatitudeRef, "N"),
            Field {
                tag: Tag::GPSLatitude,
                ifd_num: In::PRIMARY,
                value: dms(41, 0, 2952),
            },
            ascii(Tag::GPSLongitudeRef, "E"),
            Field {
                tag: Tag::GPSLongitude,
                ifd_num: In::PRIMARY,
                value: dms(28, 58, 4224),
            },
        ];
        let mut w = exif::experimental::Writer::new();
        for f in &fields {
            w.push_field(f);
        }
        w.set_jpeg(PHOTO, In::THUMBNAIL);
        let mut out = Cursor::new(Vec::new());
        w.write(&mut out, false).unwrap();
        out.into_inner()
    }

    /// The fixture photo with a phone's Exif, XMP with a position, a comment, and a second
    /// picture with its own Exif after the end of the first (as a multi-picture file has).
    fn phone_jpeg() -> Vec<u8> {
        let mut jpeg = Jpeg::from_bytes(Bytes::from_static(PHOTO)).unwrap();
        jpeg.set_exif(Some(Bytes::from(phone_exif())));
        let xmp = [
            XMP_PREFIX,
            b"<x:xmpmeta><exif:GPSLatitude>41,0.49N</exif:GPSLatitude>",
        ]
        .concat();
        let segments = jpeg.segments_mut();
        segments.insert(1, JpegSegment::new_with_contents(markers::APP1, xmp.into()));
        segments.insert(
            1,
            JpegSegment::new_with_contents(markers::COM, "Canary comment".into()),
        );
        let mut bytes = jpeg.encoder().bytes().to_vec();
        let mut second = Jpeg::from_bytes(Bytes::from_static(PHOTO)).unwrap();
        second.set_exif(Some(Bytes::from(phone_exif())));
        bytes.extend_from_slice(&second.encoder().bytes());
        bytes
    }

    fn kinds(m: &ImageMetadata) -> Vec<Carried> {
        m.findings.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn a_phone_photo_shows_its_position_first_then_the_phone_and_the_rest() {
        let m = read(&phone_jpeg(), "image/jpeg");
        assert!(m.image && m.removable && m.unreadable.is_none(), "{m:?}");
        assert_eq!(
            m.findings.first().map(|f| f.value.as_str()),
            Some("41.0082 N, 28.9784 E"),
            "{m:?}"
        );
        let summary = m.summary();
        for expected in [
            "GPS position 41.0082 N, 28.9784 E",
            "a position in the XMP metadata",
            "camera Apple iPhone 12",
            "owner Canary Owner Qzv",
            "date 2026-05-03 14:02:11",
            "software 17.1",
            "a thumbnail picture",
            "XMP metadata",
            "a comment",
            "data after the end of the picture",
        ] {
            assert!(summary.contains(expected), "{expected} not in {summary}");
        }
        let k = kinds(&m);
        let mut sorted = k.clone();
        sorted.sort_by_key(|c| *c as u8);
        assert_eq!(k, sorted);
    }

    #[test]
    fn a_comment_goes_and_a_file_that_carries_nothing_comes_back_as_it_is() {
        // The fixture photo has only a comment ("Canary JPEG …", for the canary scans).
        assert_eq!(read(PHOTO, "image/jpeg").summary(), "a comment");
        let cleaned = remove(PHOTO, "image/jpeg").unwrap();
        assert_eq!(cleaned.len(), PHOTO.len() - 20);
        assert_eq!(remove(&cleaned, "image/jpeg").unwrap(), cleaned);
    }

    #[test]
    fn a_cleaned_photo_keeps_its_picture_and_orientation_and_nothing_else() {
        let original = phone_jpeg();
        let cleaned = remove(&original, "image/jpeg").unwrap();
        let after = read(&cleaned, "image/jpeg");
        assert!(!after.carries_anything(), "{after:?}");
        assert_eq!(orientation(&cleaned), Some(6));
        for canary in ["Apple", "iPhone", "Canary", "GPS", "17.1", "2026:05"] {
            assert!(
                !cleaned
                    .windows(canary.len())
                    .any(|w| w == canary.as_bytes()),
                "{canary} left in the copy"
            );
        }
        // The picture itself is untouched: the same scan data, to the end-of-image marker.
        let scan = |b: &[u8]| {
            let j = parse_jpeg(b).unwrap();
            let tail = scan_data(&j, b);
            tail[..jpeg_tail(tail).end].to_vec()
        };
        assert_eq!(scan(&cleaned), scan(PHOTO));
        assert!(cleaned.ends_with(&[0xFF, 0xD9]));
        // …and the filing's PDF writer still places it.
        assert!(crate::pdf::Image::parse(&cleaned).is_ok());
        // Cleaning is deterministic: a second export finds the same copy by its hash.
        assert_eq!(remove(&original, "image/jpeg").unwrap(), cleaned);
    }

    fn png_with_text() -> Vec<u8> {
        let mut raw = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut raw, 3, 2);
            enc.set_color(png::ColorType::Rgb);
            let mut w = enc.write_header().unwrap();
            w.write_image_data(&[7u8; 18]).unwrap();
        }
        let mut p = Png::from_bytes(Bytes::from(raw)).unwrap();
        let at = p.chunks().len() - 1;
        let chunks = p.chunks_mut();
        chunks.insert(
            at,
            img_parts::png::PngChunk::new(*b"tEXt", Bytes::from_static(b"Author\0Canary Owner")),
        );
        chunks.insert(
            at,
            img_parts::png::PngChunk::new(*b"eXIf", Bytes::from(phone_exif())),
        );
        chunks.insert(
            at,
            img_parts::png::PngChunk::new(*b"tIME", Bytes::from_static(&[7, 234, 5, 3, 14, 2, 11])),
        );
        p.encoder().bytes().to_vec()
    }

    #[test]
    fn a_png_loses_its_exif_text_and_time_and_keeps_its_pixels() {
        let original = png_with_text();
        let m = read(&original, "image/png");
        let summary = m.summary();
        assert!(summary.starts_with("GPS position 41.0082 N"), "{summary}");
        assert!(summary.contains("text “Author”"), "{summary}");
        let cleaned = remove(&original, "image/png").unwrap();
        assert!(!read(&cleaned, "image/png").carries_anything());
        let pixels = |b: &[u8]| {
            let mut r = png::Decoder::new(Cursor::new(b)).read_info().unwrap();
            let mut buf = vec![0; r.output_buffer_size().unwrap()];
            r.next_frame(&mut buf).unwrap();
            buf
        };
        assert_eq!(pixels(&cleaned), pixels(&original));
    }

    /// A WebP container (the bitstream is not decoded, so a stand-in does): an extended header,
    /// a lossy picture, the phone's Exif and XMP with a position.
    fn webp_with_exif() -> Vec<u8> {
        use img_parts::riff::{RiffChunk, RiffContent};
        let data =
            |id: &[u8; 4], bytes: Vec<u8>| RiffChunk::new(*id, RiffContent::Data(bytes.into()));
        // VP8X: flags (EXIF 0x08, XMP 0x04), reserved, canvas 1 × 1 (stored minus one).
        let vp8x = vec![0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        // A VP8 key frame header for 1 × 1 (RFC 6386 §9.1), then stand-in data.
        let vp8 = vec![0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 1, 0, 1, 0, 0, 0];
        let xmp = b"<x:xmpmeta><exif:GPSLatitude>41,0.49N</exif:GPSLatitude>".to_vec();
        let riff = RiffChunk::new(
            *b"RIFF",
            RiffContent::List {
                kind: Some(*b"WEBP"),
                subchunks: vec![
                    data(b"VP8X", vp8x),
                    data(b"VP8 ", vp8),
                    data(b"EXIF", phone_exif()),
                    data(b"XMP ", xmp),
                ],
            },
        );
        riff.encoder().bytes().to_vec()
    }

    #[test]
    fn a_webp_loses_its_exif_and_xmp_chunks() {
        let original = webp_with_exif();
        let summary = read(&original, "image/webp").summary();
        assert!(summary.starts_with("GPS position 41.0082 N"), "{summary}");
        assert!(summary.contains("XMP metadata"), "{summary}");
        let cleaned = remove(&original, "image/webp").unwrap();
        assert!(!read(&cleaned, "image/webp").carries_anything());
        let webp = WebP::from_bytes(Bytes::from(cleaned)).unwrap();
        assert!(webp.has_chunk(*b"VP8 "));
        assert!(!webp.has_chunk(*b"EXIF") && !webp.has_chunk(*b"XMP "));
    }

    #[test]
    fn kinds_habeas_cannot_clean_are_refused_with_what_to_do() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        let m = read(heic, "image/gif");
        assert!(m.unreadable.is_some());
        let err = remove(heic, "image/gif").unwrap_err();
        assert!(
            err.to_string().contains("convert it to JPEG or PNG"),
            "{err}"
        );
        assert_eq!(
            read(b"%PDF-1.7", "application/pdf"),
            ImageMetadata::default()
        );
    }

    /// Hostile and damaged files: every cut of the phone photo, the PNG and the WebP, and bytes
    /// flipped all over them, give a report and a copy or a refusal, never a panic, and never
    /// a copy that still carries something.
    #[test]
    fn cut_and_garbled_images_never_panic_nor_leak() {
        for (bytes, media_type) in [
            (phone_jpeg(), "image/jpeg"),
            (png_with_text(), "image/png"),
            (webp_with_exif(), "image/webp"),
        ] {
            let mut cases: Vec<Vec<u8>> = (0..bytes.len())
                .step_by(7)
                .map(|n| bytes[..n].to_vec())
                .collect();
            let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
            for _ in 0..300 {
                let mut b = bytes.clone();
                for _ in 0..4 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let at = usize::try_from(seed % (b.len() as u64)).unwrap();
                    b[at] = u8::try_from(seed >> 56).unwrap();
                }
                cases.push(b);
            }
            for case in cases {
                let _ = read(&case, media_type);
                match remove(&case, media_type) {
                    Ok(copy) => assert!(!read(&copy, media_type)
                        .findings
                        .iter()
                        .any(|f| f.kind == Carried::Location)),
                    Err(e) => assert_eq!(e.code(), crate::ErrorCode::InvalidInput),
                }
            }
        }
    }

    #[test]
    fn the_scan_walk_keeps_stuffed_bytes_and_restarts_and_drops_segments_between_scans() {
        // Scan data with a stuffed FF 00 and a restart marker, a comment between scans, a
        // second scan header, then EOI and a trailer.
        let tail = [
            1, 2, 0xFF, 0x00, 3, 0xFF, 0xD0, 4, 0xFF, 0xFE, 0, 4, b'h', b'i', 0xFF, 0xDA, 0, 3, 9,
            5, 0xFF, 0xD9, b'G', b'P', b'S',
        ];
        let t = jpeg_tail(&tail);
        let kept: Vec<u8> = t
            .keep
            .iter()
            .flat_map(|&(a, b)| tail[a..b].to_vec())
            .collect();
        assert_eq!(
            kept,
            [1, 2, 0xFF, 0x00, 3, 0xFF, 0xD0, 4, 0xFF, 0xDA, 0, 3, 9, 5, 0xFF, 0xD9]
        );
        assert_eq!(t.end, tail.len() - 3);
    }
}
