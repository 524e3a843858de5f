//! The shared case file (docs/sharing-format.md): one standard age file, encrypted to the
//! recipient's sharing identity, whose plaintext is
//!
//! ```text
//! habeas-share\n
//! version 1\n
//! manifest <bytes>\n
//! <manifest: JSON>\n
//! signature <base64 Ed25519 signature of "habeas-share/1 manifest\n" + manifest>\n
//! <each shared evidence file's bytes, in the manifest's order>
//! ```
//!
//! Sign, then encrypt, with both parties named inside what is signed (`from`, `to`): age does
//! not authenticate senders (age spec, "Introduction"), so the signature says who made the
//! manifest, and the recipient named in it means a file re-encrypted to someone else is seen
//! to be (Davis, "Defective Sign & Encrypt in S/MIME, PKCS#7, MOSS, PEM, PGP, and XML", 2001).
//! The manifest holds every file's SHA-256, so the signature covers the contents too.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::iter;
use std::path::Path;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::identity::{PublicIdentity, SharingKeys};
use crate::model::evidence::Evidence;
use crate::model::filing::Filing;
use crate::model::{Alert, Case, Event};
use crate::Error;

/// The sharing format this build writes and the newest it reads.
pub const FORMAT: u32 = 1;

const MAGIC: &str = "habeas-share";
const SIGNING_CONTEXT: &[u8] = b"habeas-share/1 manifest\n";
/// A manifest holds a case's records and its items' custody logs: far below this.
const MAX_MANIFEST: u64 = 64 << 20;
/// age's STREAM chunk (age spec, "Payload").
const CHUNK: u64 = 64 * 1024;

/// What a shared file holds, signed by its sender.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Manifest {
    /// The sender's public sharing identity (text).
    pub from: String,
    /// The recipient's (text): who the sender meant it for.
    pub to: String,
    /// When it was made (UTC, RFC 3339).
    pub shared_at: String,
    /// The case's id in the sender's vault: a later share of the same case updates it.
    pub sender_case: String,
    /// The case, its alerts and events, with the sender's ids.
    pub case: Case,
    pub alerts: Vec<Alert>,
    pub events: Vec<Event>,
    /// The evidence items shared, their files following the manifest in this order.
    pub evidence: Vec<SharedItem>,
    /// The filings shared.
    pub filings: Vec<Filing>,
}

/// One evidence item: its record (without its blob name) and its chain of custody in the
/// sender's vault.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SharedItem {
    pub record: Evidence,
    pub custody: Vec<Value>,
}

impl Manifest {
    fn content_bytes(&self) -> u64 {
        self.evidence.iter().map(|i| i.record.size).sum()
    }
}

fn io_error(action: &'static str) -> impl Fn(io::Error) -> Error {
    move |e| Error::from_io(action, e)
}

/// Writes the shared file to `out` (a new file, unless `replace`: refused if one is there),
/// encrypted to `to`. `contents` writes each evidence file's bytes in order. Written beside
/// `out` and renamed: a failure leaves nothing, and a replaced file stays whole until then.
pub(crate) fn write(
    out: &Path,
    replace: bool,
    keys: &SharingKeys,
    to: &PublicIdentity,
    manifest: &Manifest,
    contents: &mut dyn FnMut(&mut dyn Write) -> Result<(), Error>,
) -> Result<u64, Error> {
    if out.exists() && !replace {
        return Err(Error::AlreadyExists {
            what: "a file with this name".into(),
        });
    }
    let json = serde_json::to_vec(manifest).map_err(|e| Error::Internal {
        what: format!("the share manifest: {e}"),
    })?;
    let mut signed = SIGNING_CONTEXT.to_vec();
    signed.extend_from_slice(&json);
    let signature = keys.sign(&signed)?;
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty());
    let dir = dir.unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .ok_or_else(|| Error::InvalidInput {
            field: "Shared file",
            reason: "give a file name".into(),
        })?
        .to_string_lossy()
        .into_owned();
    let partial = dir.join(format!(".{name}.{}.partial", crate::files::random_token()?));
    let result = (|| {
        let file = crate::files::atomic::create_new(&partial)
            .map_err(io_error("write the shared file"))?;
        let encryptor =
            age::Encryptor::with_recipients(iter::once(to.recipient() as &dyn age::Recipient))
                .map_err(|e| Error::Internal {
                    what: format!("age: {e}"),
                })?;
        let mut writer = encryptor
            .wrap_output(io::BufWriter::new(file))
            .map_err(io_error("write the shared file"))?;
        let head = format!("{MAGIC}\nversion {FORMAT}\nmanifest {}\n", json.len());
        writer
            .write_all(head.as_bytes())
            .and_then(|()| writer.write_all(&json))
            .and_then(|()| {
                writer.write_all(
                    format!(
                        "\nsignature {}\n",
                        base64::engine::general_purpose::STANDARD.encode(signature)
                    )
                    .as_bytes(),
                )
            })
            .map_err(io_error("write the shared file"))?;
        contents(&mut writer)?;
        let buffered = writer.finish().map_err(io_error("write the shared file"))?;
        let file = buffered
            .into_inner()
            .map_err(|e| Error::from_io("write the shared file", e.into_error()))?;
        file.sync_all().map_err(io_error("write the shared file"))?;
        fs::rename(&partial, out).map_err(io_error("write the shared file"))?;
        crate::files::atomic::sync_dir(dir).map_err(io_error("write the shared file"))?;
        fs::metadata(out)
            .map(|m| m.len())
            .map_err(io_error("write the shared file"))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&partial);
    }
    result
}

/// A shared file whose manifest was read and checked: signature, recipient, size. The evidence
/// files follow in `contents`, each to be checked against its SHA-256 as it is read.
pub(crate) struct Opened {
    pub manifest: Manifest,
    pub sender: PublicIdentity,
    pub contents: Box<dyn Read>,
    /// The file's length, and the length it must have: a read error is classified by them.
    file_len: u64,
    expected_len: u64,
}

impl Opened {
    /// The error for a failure reading the contents: the file is cut short, or altered.
    pub(super) fn read_failure(&self) -> Error {
        if self.file_len < self.expected_len {
            Error::ShareIncomplete
        } else {
            Error::ShareDamaged
        }
    }

    /// Checks that nothing follows the last file (age checks the end of its stream itself).
    pub(super) fn finish(&mut self) -> Result<(), Error> {
        let mut rest = [0u8; 1];
        match self.contents.read(&mut rest) {
            Ok(0) => Ok(()),
            _ => Err(self.read_failure()),
        }
    }
}

/// The length of an age file's header (through the `---` MAC line), if it has a whole one.
fn header_len(start: &[u8]) -> Option<u64> {
    let at = start.windows(5).position(|w| w == b"\n--- ")?;
    let end = start[at + 1..].iter().position(|b| *b == b'\n')?;
    Some((at + 1 + end + 1) as u64)
}

/// The length of an age file with a header of `header` bytes and `plaintext` bytes of payload:
/// a 16-byte nonce, then chunks of 64 KiB, each with a 16-byte tag, at least one (age spec,
/// "Payload").
fn age_file_len(header: u64, plaintext: u64) -> u64 {
    let chunks = plaintext.div_ceil(CHUNK).max(1);
    header + 16 + plaintext + 16 * chunks
}

/// Opens the shared file at `path` with this vault's sharing keys, reads its manifest and
/// checks its signature, that it is meant for this vault, and the file's length.
pub(crate) fn open(path: &Path, keys: &SharingKeys) -> Result<Opened, Error> {
    let file = File::open(path).map_err(io_error("read the shared file"))?;
    let file_len = file
        .metadata()
        .map_err(io_error("read the shared file"))?
        .len();
    let mut start = Vec::new();
    (&file)
        .take(CHUNK)
        .read_to_end(&mut start)
        .map_err(io_error("read the shared file"))?;
    let Some(header) = header_len(&start) else {
        return Err(if start.starts_with(b"age-encryption.org/v1\n") {
            Error::ShareIncomplete
        } else {
            Error::ShareDamaged
        });
    };
    let file = File::open(path).map_err(io_error("read the shared file"))?;
    let decryptor =
        age::Decryptor::new_buffered(BufReader::new(file)).map_err(|_| Error::ShareDamaged)?;
    let reader = match decryptor.decrypt(iter::once(keys.age_identity() as &dyn age::Identity)) {
        Ok(reader) => reader,
        Err(age::DecryptError::NoMatchingKeys) => {
            return Err(Error::ShareNotForYou { resealed: false })
        }
        Err(_) => return Err(Error::ShareDamaged),
    };
    let mut reader = BufReader::new(reader);
    // Until the manifest is read the file's length is unknown: a failure here cannot tell a
    // file cut short in its first part from an altered one (docs/sharing-format.md).
    let line = |reader: &mut BufReader<_>| -> Result<String, Error> {
        let mut bytes = Vec::new();
        (&mut *reader)
            .take(64)
            .read_until(b'\n', &mut bytes)
            .map_err(|_| Error::ShareDamaged)?;
        match bytes.pop() {
            Some(b'\n') => String::from_utf8(bytes).map_err(|_| Error::ShareDamaged),
            _ => Err(Error::ShareDamaged),
        }
    };
    if line(&mut reader)? != MAGIC {
        return Err(Error::ShareDamaged);
    }
    let version: u32 = line(&mut reader)?
        .strip_prefix("version ")
        .and_then(|v| v.parse().ok())
        .ok_or(Error::ShareDamaged)?;
    if version > FORMAT {
        return Err(Error::ShareTooNew {
            found: version,
            supported: FORMAT,
        });
    }
    if version != FORMAT {
        return Err(Error::ShareDamaged);
    }
    let size_line = line(&mut reader)?;
    let size: u64 = size_line
        .strip_prefix("manifest ")
        .and_then(|v| v.parse().ok())
        .filter(|n| *n <= MAX_MANIFEST)
        .ok_or(Error::ShareDamaged)?;
    let mut json = Vec::new();
    (&mut reader)
        .take(size)
        .read_to_end(&mut json)
        .map_err(|_| Error::ShareDamaged)?;
    if json.len() as u64 != size || !line(&mut reader)?.is_empty() {
        return Err(Error::ShareDamaged);
    }
    let signature_line = line_long(&mut reader)?;
    let signature = signature_line
        .strip_prefix("signature ")
        .and_then(|s| base64::engine::general_purpose::STANDARD.decode(s).ok())
        .ok_or(Error::ShareDamaged)?;
    let manifest: Manifest = serde_json::from_slice(&json).map_err(|_| Error::ShareDamaged)?;
    let head_len = (MAGIC.len() + 1) as u64
        + format!("version {FORMAT}\n").len() as u64
        + size_line.len() as u64
        + 1
        + size
        + 1
        + signature_line.len() as u64
        + 1;
    let expected_len = age_file_len(header, head_len + manifest.content_bytes());
    if file_len < expected_len {
        return Err(Error::ShareIncomplete);
    }
    if file_len > expected_len {
        return Err(Error::ShareDamaged);
    }
    let sender = PublicIdentity::parse(&manifest.from).map_err(|_| Error::ShareDamaged)?;
    let mut signed = SIGNING_CONTEXT.to_vec();
    signed.extend_from_slice(&json);
    if !sender.verifies(&signed, &signature) {
        return Err(Error::ShareDamaged);
    }
    let meant_for = PublicIdentity::parse(&manifest.to).map_err(|_| Error::ShareDamaged)?;
    if &meant_for != keys.public() {
        return Err(Error::ShareNotForYou { resealed: true });
    }
    Ok(Opened {
        manifest,
        sender,
        contents: Box::new(reader),
        file_len,
        expected_len,
    })
}

/// The signature line: base64 of 64 bytes, 88 characters and its name.
fn line_long(reader: &mut impl BufRead) -> Result<String, Error> {
    let mut bytes = Vec::new();
    reader
        .take(128)
        .read_until(b'\n', &mut bytes)
        .map_err(|_| Error::ShareDamaged)?;
    match bytes.pop() {
        Some(b'\n') => String::from_utf8(bytes).map_err(|_| Error::ShareDamaged),
        _ => Err(Error::ShareDamaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_age_file_length_counts_nonce_chunks_and_tags() {
        assert_eq!(age_file_len(100, 0), 100 + 16 + 16);
        assert_eq!(age_file_len(100, CHUNK), 100 + 16 + CHUNK + 16);
        assert_eq!(age_file_len(100, CHUNK + 1), 100 + 16 + CHUNK + 1 + 32);
        assert_eq!(
            header_len(b"age-encryption.org/v1\n-> X\nab\n--- mac\nxyz"),
            Some(38)
        );
        assert_eq!(header_len(b"age-encryption.org/v1\n-> X\nab\n"), None);
    }
}
