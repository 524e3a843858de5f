//! Images embedded in a PDF without loss: a JPEG as its own bytes (the PDF's `DCTDecode`
//! filter is JPEG, so `pdfimages` gives back the very file), a PNG's compressed pixel data
//! passed through (`FlateDecode` with the PNG predictors) when its format allows, or else
//! decoded and compressed again without loss (alpha as a soft mask).

use lopdf::{dictionary, Dictionary, Object, Stream};

/// An image ready to become a PDF image XObject.
#[derive(Debug, Clone)]
pub struct Image {
    pub(crate) width: u32,
    pub(crate) height: u32,
    dict: Dictionary,
    data: Vec<u8>,
    /// Soft mask (alpha), as a grey image of the same size, Flate-compressed.
    smask: Option<Vec<u8>>,
}

/// Why an image cannot be embedded.
pub(crate) type Refusal = &'static str;

/// The most a PNG that must be decoded (alpha, transparency, 16 bits, interlacing) may take
/// decoded: 256 MiB, 64 million pixels with alpha, more than a 48-megapixel phone photo.
const MAX_DECODED: usize = 256 << 20;
const TOO_LARGE: Refusal = "the PNG is too large to place on a page (over 256 MB once decoded); \
                            reduce it or convert it to JPEG, then import it again";

impl Image {
    /// Reads a JPEG or PNG from its bytes.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self, Refusal> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            jpeg(bytes)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            png(bytes)
        } else {
            Err("only JPEG and PNG images can be placed in a PDF")
        }
    }

    /// The XObject stream (and its soft mask, to be added first).
    pub(crate) fn into_streams(self) -> (Stream, Option<Stream>) {
        let smask = self.smask.map(|alpha| {
            Stream::new(
                dictionary! {
                    "Type" => "XObject",
                    "Subtype" => "Image",
                    "Width" => i64::from(self.width),
                    "Height" => i64::from(self.height),
                    "ColorSpace" => "DeviceGray",
                    "BitsPerComponent" => 8,
                    "Filter" => "FlateDecode",
                },
                alpha,
            )
            .with_compression(false)
        });
        (
            Stream::new(self.dict, self.data).with_compression(false),
            smask,
        )
    }
}

fn jpeg(bytes: &[u8]) -> Result<Image, Refusal> {
    // Walk the markers to the first start-of-frame: it holds the size and the components.
    let mut i = 2;
    while i + 9 < bytes.len() {
        if bytes[i] != 0xFF {
            return Err("the JPEG file is damaged");
        }
        let marker = bytes[i + 1];
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_sof {
            let height = u32::from(u16::from_be_bytes([bytes[i + 5], bytes[i + 6]]));
            let width = u32::from(u16::from_be_bytes([bytes[i + 7], bytes[i + 8]]));
            let components = bytes[i + 9];
            let space = match components {
                1 => "DeviceGray",
                3 => "DeviceRGB",
                4 => "DeviceCMYK",
                _ => return Err("the JPEG has an unusual colour format"),
            };
            if width == 0 || height == 0 {
                return Err("the JPEG has no size");
            }
            let mut dict = dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(width),
                "Height" => i64::from(height),
                "ColorSpace" => space,
                "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            };
            if components == 4 {
                // Adobe's CMYK JPEGs are stored inverted.
                dict.set(
                    "Decode",
                    vec![
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                    ],
                );
            }
            return Ok(Image {
                width,
                height,
                dict,
                data: bytes.to_vec(),
                smask: None,
            });
        }
        i += 2 + len;
    }
    Err("the JPEG file is damaged")
}

fn png(bytes: &[u8]) -> Result<Image, Refusal> {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().map_err(|_| "the PNG file is damaged")?;
    let info = reader.info();
    let (width, height) = (info.width, info.height);
    let passthrough = info.bit_depth == png::BitDepth::Eight
        && !info.interlaced
        && info.trns.is_none()
        && matches!(
            info.color_type,
            png::ColorType::Grayscale | png::ColorType::Rgb | png::ColorType::Indexed
        );
    if passthrough {
        let (colors, space): (i64, Object) = match info.color_type {
            png::ColorType::Grayscale => (1, "DeviceGray".into()),
            png::ColorType::Rgb => (3, "DeviceRGB".into()),
            _ => {
                let palette = info.palette.as_ref().ok_or("the PNG has no palette")?;
                let entries = i64::try_from(palette.len() / 3).unwrap_or(0);
                (
                    1,
                    vec![
                        "Indexed".into(),
                        "DeviceRGB".into(),
                        (entries - 1).into(),
                        Object::String(palette.to_vec(), lopdf::StringFormat::Hexadecimal),
                    ]
                    .into(),
                )
            }
        };
        let idat = idat_chunks(bytes).ok_or("the PNG file is damaged")?;
        let dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => i64::from(width),
            "Height" => i64::from(height),
            "ColorSpace" => space,
            "BitsPerComponent" => 8,
            "Filter" => "FlateDecode",
            "DecodeParms" => dictionary! {
                "Predictor" => 15,
                "Colors" => colors,
                "BitsPerComponent" => 8,
                "Columns" => i64::from(width),
            },
        };
        return Ok(Image {
            width,
            height,
            dict,
            data: idat,
            smask: None,
        });
    }
    // Alpha, transparency, 16 bits or interlacing: decode, and compress again without loss
    // (16-bit samples are reduced to 8: PDF viewers show no more).
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|_| "the PNG file is damaged")?;
    // The size comes from the file's header: a few kilobytes can claim billions of pixels.
    let size = reader
        .output_buffer_size()
        .filter(|&size| size <= MAX_DECODED)
        .ok_or(TOO_LARGE)?;
    let mut buf = vec![0; size];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|_| "the PNG file is damaged")?;
    let pixels = &buf[..frame.buffer_size()];
    let (channels, alpha) = match frame.color_type {
        png::ColorType::Grayscale => (1, false),
        png::ColorType::GrayscaleAlpha => (1, true),
        png::ColorType::Rgb => (3, false),
        png::ColorType::Rgba => (3, true),
        png::ColorType::Indexed => return Err("the PNG has an unusual colour format"),
    };
    let step = channels + usize::from(alpha);
    let mut color = Vec::with_capacity(pixels.len() / step * channels);
    let mut mask = Vec::new();
    for px in pixels.chunks_exact(step) {
        color.extend_from_slice(&px[..channels]);
        if alpha {
            mask.push(px[channels]);
        }
    }
    let dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => i64::from(width),
        "Height" => i64::from(height),
        "ColorSpace" => if channels == 1 { "DeviceGray" } else { "DeviceRGB" },
        "BitsPerComponent" => 8,
        "Filter" => "FlateDecode",
    };
    Ok(Image {
        width,
        height,
        dict,
        data: deflate(&color),
        smask: alpha.then(|| deflate(&mask)),
    })
}

fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = enc.write_all(data);
    enc.finish().unwrap_or_default()
}

/// The concatenated IDAT chunks: the zlib stream of the PNG's filtered pixel rows, which PDF's
/// `FlateDecode` with predictor 15 reads as is.
fn idat_chunks(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 8;
    while i + 8 <= bytes.len() {
        let len = usize::try_from(u32::from_be_bytes(bytes[i..i + 4].try_into().ok()?)).ok()?;
        let kind = &bytes[i + 4..i + 8];
        let body = bytes.get(i + 8..i + 8 + len)?;
        if kind == b"IDAT" {
            out.extend_from_slice(body);
        } else if kind == b"IEND" {
            break;
        }
        i += 12 + len;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_bytes(color: png::ColorType, w: u32, h: u32, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, w, h);
            enc.set_color(color);
            enc.set_depth(png::BitDepth::Eight);
            let mut writer = enc.write_header().unwrap_or_else(|_| unreachable!());
            let _ = writer.write_image_data(data);
        }
        out
    }

    #[test]
    fn a_jpeg_is_embedded_byte_for_byte() {
        // SOI, an APP0 of 16 bytes, SOF0 (8 bits, 40 high, 64 wide, 3 components), EOI.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        jpeg.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        jpeg.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x28, 0x00, 0x40, 0x03]);
        jpeg.extend_from_slice(&[0; 9]);
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        let img = Image::parse(&jpeg).unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!((img.width, img.height), (64, 40));
        let (stream, mask) = img.into_streams();
        assert_eq!(stream.content, jpeg);
        assert!(mask.is_none());
        assert_eq!(
            stream.dict.get(b"Filter").ok(),
            Some(&Object::Name(b"DCTDecode".to_vec()))
        );
    }

    #[test]
    fn an_rgb_png_passes_its_compressed_rows_through() {
        let bytes = png_bytes(
            png::ColorType::Rgb,
            2,
            2,
            &[255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9],
        );
        let img = Image::parse(&bytes).unwrap_or_else(|e| unreachable!("{e}"));
        let (stream, mask) = img.into_streams();
        assert!(mask.is_none());
        assert_eq!(Some(stream.content.clone()), idat_chunks(&bytes));
        assert!(stream.dict.get(b"DecodeParms").is_ok());
    }

    #[test]
    fn alpha_becomes_a_soft_mask() {
        let bytes = png_bytes(png::ColorType::Rgba, 1, 1, &[10, 20, 30, 128]);
        let img = Image::parse(&bytes).unwrap_or_else(|e| unreachable!("{e}"));
        let (_, mask) = img.into_streams();
        assert!(mask.is_some());
    }

    #[test]
    fn other_files_are_refused_in_words() {
        assert!(Image::parse(b"GIF89a").is_err());
        assert!(Image::parse(&[0xFF, 0xD8, 0xFF, 0x00]).is_err());
        assert!(Image::parse(b"\x89PNG\r\n\x1a\nbroken").is_err());
    }
}
