//! What a file is, from its first bytes (never from its name alone).
//!
//! Intake looks at the first [`HEAD`] bytes of every file it imports. The answer is a media type
//! (`image/jpeg`), which decides how the app previews it; the file's extension is kept too, and
//! the two may disagree (a `.pdf` that is really a JPEG is shown as a JPEG).

/// How many bytes of the start of a file the sniffer looks at.
pub const HEAD: usize = 4096;

/// The media type of a file that starts with `head`. `application/octet-stream` when unknown.
#[must_use]
pub fn media_type(head: &[u8]) -> &'static str {
    binary(head).unwrap_or_else(|| text(head))
}

fn at(head: &[u8], offset: usize, magic: &[u8]) -> bool {
    head.get(offset..offset + magic.len()) == Some(magic)
}

fn contains(head: &[u8], needle: &[u8]) -> bool {
    head.windows(needle.len()).any(|w| w == needle)
}

fn binary(h: &[u8]) -> Option<&'static str> {
    let found = if at(h, 0, b"\xFF\xD8\xFF") {
        "image/jpeg"
    } else if at(h, 0, b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if at(h, 0, b"GIF87a") || at(h, 0, b"GIF89a") {
        "image/gif"
    } else if at(h, 0, b"RIFF") && at(h, 8, b"WEBP") {
        "image/webp"
    } else if at(h, 0, b"RIFF") && at(h, 8, b"WAVE") {
        "audio/wav"
    } else if at(h, 0, b"RIFF") && at(h, 8, b"AVI ") {
        "video/x-msvideo"
    } else if contains(&h[..h.len().min(1024)], b"%PDF-") {
        // The PDF specification lets the header start anywhere in the first 1024 bytes.
        "application/pdf"
    } else if at(h, 0, b"II*\0") || at(h, 0, b"MM\0*") {
        "image/tiff"
    } else if at(h, 0, b"BM") && h.len() >= 26 && at(h, 6, b"\0\0\0\0") {
        "image/bmp"
    } else if at(h, 4, b"ftyp") {
        iso_media(h)
    } else if at(h, 0, b"\x1A\x45\xDF\xA3") {
        if contains(h, b"webm") {
            "video/webm"
        } else {
            "video/x-matroska"
        }
    } else if at(h, 0, b"OggS") {
        "audio/ogg"
    } else if at(h, 0, b"fLaC") {
        "audio/flac"
    } else if at(h, 0, b"ID3") || at(h, 0, b"\xFF\xFB") || at(h, 0, b"\xFF\xF3") {
        "audio/mpeg"
    } else if at(h, 0, b"PK\x03\x04") {
        zip(h)
    } else if at(h, 0, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        "application/x-ole-storage"
    } else if at(h, 0, b"{\\rtf") {
        "application/rtf"
    } else if at(h, 0, b"7z\xBC\xAF\x27\x1C") {
        "application/x-7z-compressed"
    } else if at(h, 0, b"Rar!\x1A\x07") {
        "application/vnd.rar"
    } else if at(h, 0, b"\x1F\x8B") {
        "application/gzip"
    } else {
        return None;
    };
    Some(found)
}

/// ISO base media files (MP4, QuickTime, HEIC, 3GP) by their `ftyp` brand.
fn iso_media(h: &[u8]) -> &'static str {
    let brand = h.get(8..12).unwrap_or_default();
    match brand {
        b"heic" | b"heix" | b"hevc" | b"heim" | b"heis" | b"mif1" | b"msf1" => "image/heic",
        b"avif" | b"avis" => "image/avif",
        b"M4A " | b"M4B " => "audio/mp4",
        b"qt  " => "video/quicktime",
        b"3gp4" | b"3gp5" | b"3gp6" | b"3g2a" => "video/3gpp",
        _ => "video/mp4",
    }
}

/// ZIP containers: office documents say what they are in their first entries.
fn zip(h: &[u8]) -> &'static str {
    if contains(h, b"mimetypeapplication/vnd.oasis.opendocument.text") {
        "application/vnd.oasis.opendocument.text"
    } else if contains(h, b"mimetypeapplication/epub+zip") {
        "application/epub+zip"
    } else if contains(h, b"word/") {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    } else if contains(h, b"xl/") {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    } else if contains(h, b"ppt/") {
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    } else {
        "application/zip"
    }
}

/// Text, told apart from binary: UTF-8 (or UTF-16 with a byte-order mark) without NUL bytes.
/// E-mail (`.eml`) is text whose first lines are mail headers.
fn text(h: &[u8]) -> &'static str {
    if at(h, 0, b"\xFF\xFE") || at(h, 0, b"\xFE\xFF") {
        return "text/plain";
    }
    if h.is_empty() || h.contains(&0) {
        return "application/octet-stream";
    }
    let valid = match std::str::from_utf8(h) {
        Ok(s) => s,
        // The head may cut a character in two; anything else is not UTF-8.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&h[..e.valid_up_to()]).unwrap_or("")
        }
        Err(_) => return "application/octet-stream",
    };
    let lower = valid.trim_start_matches('\u{feff}').trim_start();
    let start: String = lower.chars().take(64).collect::<String>().to_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return "text/html";
    }
    const MAIL: [&str; 8] = [
        "from:",
        "to:",
        "subject:",
        "date:",
        "received:",
        "message-id:",
        "mime-version:",
        "return-path:",
    ];
    let headers = lower
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .take(40)
        .filter(|l| {
            let l = l.to_ascii_lowercase();
            MAIL.iter().any(|m| l.starts_with(m))
        })
        .count();
    if headers >= 3 {
        "message/rfc822"
    } else {
        "text/plain"
    }
}

/// How the app can show a file of this media type inside the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Preview {
    /// `<img>`: formats every supported webview decodes.
    Image,
    /// The bundled PDF viewer.
    Pdf,
    /// Plain text (and e-mail, shown as its source).
    Text,
    /// `<audio>`, with seeking through HTTP range requests.
    Audio,
    /// `<video>`, with seeking through HTTP range requests.
    Video,
    /// No preview: the reason is in [`no_preview_reason`].
    None,
}

/// The preview for a media type.
#[must_use]
pub fn preview(media_type: &str) -> Preview {
    match media_type {
        "image/jpeg" | "image/png" | "image/webp" | "image/gif" => Preview::Image,
        "application/pdf" => Preview::Pdf,
        "text/plain" | "message/rfc822" | "text/html" => Preview::Text,
        "audio/mpeg" | "audio/ogg" | "audio/wav" | "audio/flac" | "audio/mp4" => Preview::Audio,
        "video/mp4" | "video/webm" | "video/quicktime" => Preview::Video,
        _ => Preview::None,
    }
}

/// Why a media type has no preview, in plain words.
#[must_use]
pub fn no_preview_reason(media_type: &str) -> &'static str {
    match media_type {
        "image/heic" | "image/avif" | "image/tiff" | "image/bmp" => {
            "this image format cannot be shown safely inside Habeas; export a copy to view it"
        }
        "application/octet-stream" => "Habeas does not recognise this kind of file",
        m if m.starts_with("video/") || m.starts_with("audio/") => {
            "this audio or video format cannot be played inside Habeas"
        }
        _ => "Habeas cannot show this kind of document inside the app; export a copy to open it",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_content_whatever_the_name() {
        let cases: &[(&[u8], &str)] = &[
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "image/jpeg"),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image/png"),
            (b"GIF89a\x01\0", "image/gif"),
            (b"RIFF\x24\0\0\0WEBPVP8 ", "image/webp"),
            (b"RIFF\x24\0\0\0WAVEfmt ", "audio/wav"),
            (b"%PDF-1.7\n%\xE2\xE3", "application/pdf"),
            (b"\0\0\0\x18ftypmp42\0\0\0\0", "video/mp4"),
            (b"\0\0\0\x18ftypheic\0\0\0\0", "image/heic"),
            (b"\x1A\x45\xDF\xA3\x9F\x42\x82\x84webm", "video/webm"),
            (b"OggS\0\x02", "audio/ogg"),
            (b"ID3\x04\0", "audio/mpeg"),
            (
                b"PK\x03\x04\x14\0\0\0word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            (b"PK\x03\x04\x14\0", "application/zip"),
            (
                b"Hello, \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82",
                "text/plain",
            ),
            (
                b"From: a@b\nTo: c@d\nSubject: NCB\n\nbody",
                "message/rfc822",
            ),
            (b"<!DOCTYPE html><html>", "text/html"),
            (b"\0\x01\x02\x03", "application/octet-stream"),
            (b"", "application/octet-stream"),
        ];
        for (head, expected) in cases {
            assert_eq!(media_type(head), *expected, "{head:?}");
        }
    }

    #[test]
    fn a_character_cut_at_the_end_of_the_head_is_still_text() {
        let mut head = "Привет".repeat(10).into_bytes();
        head.pop();
        assert_eq!(media_type(&head), "text/plain");
        assert_eq!(media_type(b"\xC3\x28 invalid"), "application/octet-stream");
    }

    #[test]
    fn previews_only_what_the_webview_can_show() {
        assert_eq!(preview("image/jpeg"), Preview::Image);
        assert_eq!(preview("application/pdf"), Preview::Pdf);
        assert_eq!(preview("message/rfc822"), Preview::Text);
        assert_eq!(preview("video/webm"), Preview::Video);
        assert_eq!(preview("image/heic"), Preview::None);
        assert!(no_preview_reason("image/heic").contains("export"));
    }
}
