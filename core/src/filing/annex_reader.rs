//! Reading an annex: evidence files are hostile input (a file sent as "evidence" may be built
//! to crash or mislead the reader), so an annex is read all or nothing: a PDF whose pages do
//! not all survive reading, a password-protected PDF or an image too large to decode becomes a
//! page that says why and what to do, never a missing or blank page. Fuzzed by `make fuzz`
//! (fuzz/); what the fuzzer found is replayed by the tests of [`super::pdf`].

use crate::pdf::Image;

/// An annex's content, decrypted in memory.
#[derive(Debug)]
pub enum Content {
    /// A PDF, placed page by page unchanged.
    Pdf(Box<lopdf::Document>),
    /// A JPEG or PNG, placed on a page without loss.
    Image(Box<Image>),
    /// Anything else: a page identifies the file; the reason is shown.
    Other(String),
}

impl Content {
    /// Reads an annex from its bytes and its sniffed type.
    #[must_use]
    pub fn read(bytes: &[u8], media_type: &str) -> Self {
        match media_type {
            "application/pdf" => match lopdf::Document::load_mem(bytes) {
                Ok(doc) if doc.is_encrypted() => Self::Other(
                    "the PDF is password-protected; remove the protection and import it again"
                        .into(),
                ),
                Ok(doc) if doc.get_pages().is_empty() => Self::Other("the PDF has no pages".into()),
                Ok(doc) => match first_damaged_page(&doc) {
                    // A page left out or blank would change the evidence: all or nothing.
                    Some(n) => Self::Other(format!(
                        "page {n} of the PDF is damaged and cannot be placed; open the file in \
                         a PDF reader, print it to a new PDF, and import that"
                    )),
                    None => Self::Pdf(Box::new(doc)),
                },
                Err(_) => Self::Other("the PDF could not be read; it may be damaged".into()),
            },
            "image/jpeg" | "image/png" => match Image::parse(bytes) {
                Ok(img) => Self::Image(Box::new(img)),
                Err(reason) => Self::Other(reason.into()),
            },
            other => Self::Other(format!("a {other} file cannot be shown as a page")),
        }
    }

    /// How many pages it takes.
    #[must_use]
    pub fn pages(&self) -> usize {
        match self {
            Self::Pdf(doc) => doc.get_pages().len(),
            Self::Image(_) | Self::Other(_) => 1,
        }
    }
}

/// The number (from 1) of the first page that did not survive reading: `lopdf` drops an object
/// it cannot parse and still lists the page that referred to it, so a page whose dictionary or
/// content stream is missing would come out blank or not at all.
pub(super) fn first_damaged_page(doc: &lopdf::Document) -> Option<u32> {
    use lopdf::Object;
    let is_stream = |o: &Object| match o {
        Object::Reference(id) => matches!(doc.get_object(*id), Ok(Object::Stream(_))),
        Object::Stream(_) => true,
        _ => false,
    };
    doc.get_pages().into_iter().find_map(|(n, id)| {
        let whole = doc.get_dictionary(id).is_ok_and(|page| {
            match page.get(b"Contents") {
                // No content: a blank page, as its author made it.
                Err(_) => true,
                Ok(Object::Reference(r)) => match doc.get_object(*r) {
                    Ok(Object::Stream(_)) => true,
                    Ok(Object::Array(parts)) => parts.iter().all(is_stream),
                    _ => false,
                },
                Ok(Object::Array(parts)) => parts.iter().all(is_stream),
                Ok(_) => false,
            }
        });
        (!whole).then_some(n)
    })
}
