//! Evidence files ("blobs"): any size, streamed through age in constant memory.
//!
//! A blob is `blobs/<xx>/<30 hex>.age`, named by 128 random bits (never by the file's name or
//! contents); the plaintext is the original file, byte for byte, so the stock tool recovers it
//! with `age -d -i identity.txt`. The SHA-256 of the plaintext is computed in the same pass as
//! the encryption and returned for the evidence record, which is what later detects a blob that
//! was swapped for another (both would authenticate).
//!
//! Reading is seekable: age's STREAM format authenticates 64 KiB chunks independently, so a
//! preview can start anywhere in a large video without decrypting what comes before.

use std::fs::{self, File};
use std::io::{self, BufReader, Read, Seek, SeekFrom, Write};
use std::iter;
use std::path::{Path, PathBuf};

use age::x25519;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::age_writer;
use crate::files::hex;
use crate::Error;

pub(super) const BLOBS_DIR: &str = "blobs";

/// Read and write in pieces of this size: age's own chunk size.
const CHUNK: usize = age_writer::CHUNK;

/// How often (in bytes) intake reports progress and checks for cancellation.
const PROGRESS_EVERY: u64 = 4 * 1024 * 1024;

/// The name of a blob: 128 random bits as 32 lower-case hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobId(String);

impl BlobId {
    fn generate() -> Result<Self, Error> {
        let bytes = crate::files::random_bytes::<16>()?;
        Ok(Self(hex(bytes.as_ref())))
    }

    /// Parses an id as stored in the index.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] unless it is 32 lower-case hex digits.
    pub fn parse(text: &str) -> Result<Self, Error> {
        if text.len() == 32 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            Ok(Self(text.to_owned()))
        } else {
            Err(Error::InvalidInput {
                field: "blob id",
                reason: "not 32 hex digits".into(),
            })
        }
    }

    /// The id's text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The blob's path relative to the vault folder, as error messages name it.
    #[must_use]
    pub fn relative_path(&self) -> String {
        format!("{BLOBS_DIR}/{}/{}.age", &self.0[..2], &self.0[2..])
    }
}

/// What intake learned about a blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobInfo {
    /// Its name in the vault.
    pub id: BlobId,
    /// Size of the original file in bytes.
    pub size: u64,
    /// SHA-256 of the original file, lower-case hex (as `sha256sum` prints it).
    pub sha256: String,
    /// The commitment to the blob's file key that binds its evidence record to it (kept in the
    /// record as `blob_key`; `age_writer::key_commitment`, issue 16.5).
    pub key_commitment: String,
}

/// Where new blobs of one vault go: the folder and the public recipient, nothing secret. It can
/// be moved to a worker thread and used while the vault itself is busy with other commands (an
/// import of a large file must not hold up the rest of the app).
#[derive(Clone)]
pub struct BlobSink {
    dir: PathBuf,
    recipient: SharedRecipient,
    vault_id: String,
}

/// The vault's current recipient, shared by the vault and its [`BlobSink`]s. A blob is written
/// holding it for reading; a rotation of the vault identity holds it for writing from before it
/// prepares until every blob is re-keyed, so no blob can be sealed to a retired identity after
/// the re-keying has passed it (an import running meanwhile waits, or is waited for).
pub(super) type SharedRecipient = std::sync::Arc<std::sync::RwLock<x25519::Recipient>>;

impl std::fmt::Debug for BlobSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobSink")
            .field("vault_id", &self.vault_id)
            .finish_non_exhaustive()
    }
}

impl BlobSink {
    pub(super) fn new(dir: PathBuf, recipient: SharedRecipient, vault_id: String) -> Self {
        Self {
            dir,
            recipient,
            vault_id,
        }
    }

    /// See [`super::Vault::put_blob`].
    ///
    /// # Errors
    /// [`Error::Cancelled`], [`Error::DiskFull`], [`Error::ReadOnly`], and other I/O errors.
    pub fn put(&self, input: &mut dyn Read, progress: Progress<'_>) -> Result<BlobInfo, Error> {
        put_shared(&self.dir, &self.recipient, input, progress)
    }

    /// Removes a blob this sink wrote that will not be recorded (best effort: it is only
    /// ciphertext, and `vault verify` lists blobs no record names).
    pub fn discard(&self, id: &BlobId) {
        let _ = remove(&self.dir, id);
    }

    /// The id of the vault the blobs go to.
    #[must_use]
    pub fn vault_id(&self) -> &str {
        &self.vault_id
    }
}

/// Removes a blob's file and flushes its folder. A blob already gone is not an error.
pub(super) fn remove(vault_dir: &Path, id: &BlobId) -> Result<(), Error> {
    let path = vault_dir.join(id.relative_path());
    match fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::from_io("delete the evidence file", e)),
    }
    if let Some(dir) = path.parent() {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// Every blob in the vault folder (for finding blobs no record names).
pub(super) fn list(vault_dir: &Path) -> Result<Vec<BlobId>, Error> {
    let mut out = Vec::new();
    let root = vault_dir.join(BLOBS_DIR);
    let read = |dir: &Path| match fs::read_dir(dir) {
        Ok(entries) => Ok(Some(entries)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::from_io("read the evidence folder", e)),
    };
    let Some(prefixes) = read(&root)? else {
        return Ok(out);
    };
    for prefix in prefixes.flatten() {
        let p = prefix.file_name();
        let Some(p) = p.to_str().filter(|p| p.len() == 2) else {
            continue;
        };
        let Some(files) = read(&prefix.path())? else {
            continue;
        };
        for file in files.flatten() {
            let name = file.file_name();
            if let Some(rest) = name.to_str().and_then(|n| n.strip_suffix(".age")) {
                if let Ok(id) = BlobId::parse(&format!("{p}{rest}")) {
                    out.push(id);
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Progress of a long operation: bytes done so far. Return `false` to cancel.
pub type Progress<'a> = &'a mut dyn FnMut(u64) -> bool;

/// [`put`] to the vault's current recipient, holding it for the whole write (see
/// [`SharedRecipient`]).
pub(super) fn put_shared(
    vault_dir: &Path,
    recipient: &SharedRecipient,
    input: &mut dyn Read,
    progress: Progress<'_>,
) -> Result<BlobInfo, Error> {
    // A poisoned lock only means a thread panicked while holding it; the recipient is whole.
    let recipient = recipient
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    put(vault_dir, &recipient, input, progress)
}

/// Encrypts everything `input` yields into a new blob, hashing it on the way.
///
/// The blob appears in the vault only once complete and flushed (written under a temporary
/// name, then renamed); on cancellation or any error nothing is left behind.
pub(super) fn put(
    vault_dir: &Path,
    recipient: &x25519::Recipient,
    input: &mut dyn Read,
    progress: Progress<'_>,
) -> Result<BlobInfo, Error> {
    let id = BlobId::generate()?;
    let dir = vault_dir.join(BLOBS_DIR).join(&id.0[..2]);
    crate::files::atomic::create_dir(&dir)
        .map_err(|e| Error::from_io("create the evidence folder", e))?;
    let final_path = vault_dir.join(id.relative_path());
    let tmp_path = dir.join(format!(".{}.tmp", &id.0[2..]));
    let result = write_blob(&tmp_path, recipient, input, progress).and_then(
        |(size, sha256, key_commitment)| {
            fs::rename(&tmp_path, &final_path)
                .and_then(|()| File::open(&dir)?.sync_all())
                .map_err(|e| Error::from_io("store the evidence file", e))?;
            Ok(BlobInfo {
                id,
                size,
                sha256,
                key_commitment,
            })
        },
    );
    if result.is_err() {
        let _ = fs::remove_file(&tmp_path);
    }
    result
}

fn write_blob(
    tmp_path: &Path,
    recipient: &x25519::Recipient,
    input: &mut dyn Read,
    progress: Progress<'_>,
) -> Result<(u64, String, String), Error> {
    let write_err = |e| Error::from_io("store the evidence file", e);
    // Owner only, like every vault file (files::atomic).
    let file = crate::files::atomic::create_new(tmp_path).map_err(write_err)?;
    let (header, sealer, commitment) = age_writer::begin(recipient)?;
    // A second handle on the file, to flush what is written while the rest is still being
    // encrypted: the final flush then has little left to wait for.
    let flusher = file.try_clone().ok();
    let (size, sha256, file) = pipeline(input, header, sealer, file, flusher, progress)?;
    file.sync_all().map_err(write_err)?;
    Ok((size, sha256, commitment))
}

/// Plaintext pieces in flight between the threads of [`pipeline`] (a whole number of chunks).
const PIPE_PIECE: usize = 16 * age_writer::CHUNK;
const PIPE_DEPTH: usize = 8;
const FLUSH_EVERY: usize = 64 * 1024 * 1024;

/// Reads `input` and hashes it on this thread, while a second thread seals what was read and a
/// third writes it after `header`: the SHA-256, the cipher and the disk writes each run beside
/// the others, on as many cores as there are (DESIGN §3). Pieces are recycled between the
/// threads and wiped when dropped, so memory stays at a few MiB whatever the size. Returns the
/// size, the SHA-256 (hex) and the written file.
fn pipeline(
    input: &mut dyn Read,
    header: Vec<u8>,
    mut sealer: age_writer::PayloadSealer,
    mut file: File,
    flusher: Option<File>,
    progress: Progress<'_>,
) -> Result<(u64, String, File), Error> {
    use std::sync::mpsc::sync_channel;
    type Piece = Zeroizing<Vec<u8>>;
    let write_err = |e| Error::from_io("store the evidence file", e);
    let (plain_tx, plain_rx) = sync_channel::<(Piece, usize)>(PIPE_DEPTH);
    let (plain_back_tx, plain_back_rx) = sync_channel::<Piece>(PIPE_DEPTH + 1);
    let (sealed_tx, sealed_rx) = sync_channel::<Piece>(PIPE_DEPTH);
    let (sealed_back_tx, sealed_back_rx) = sync_channel::<Piece>(PIPE_DEPTH + 2);
    for _ in 0..=PIPE_DEPTH {
        let _ = plain_back_tx.send(Zeroizing::new(vec![0u8; PIPE_PIECE]));
    }
    for _ in 0..PIPE_DEPTH + 2 {
        let _ = sealed_back_tx.send(Zeroizing::new(Vec::with_capacity(age_writer::sealed_len(
            PIPE_PIECE / age_writer::CHUNK + 1,
        ))));
    }
    // Flushes run on a fourth thread, each after another FLUSH_EVERY bytes: the disk works
    // while the cipher does. Errors are left to the final, checked flush.
    let (flush_tx, flush_rx) = sync_channel::<()>(1);
    std::thread::scope(|scope| {
        if let Some(file) = flusher {
            scope.spawn(move || {
                for () in flush_rx {
                    let _ = file.sync_data();
                }
            });
        }
        let writing = scope.spawn(move || -> Result<File, Error> {
            file.write_all(&header).map_err(write_err)?;
            let mut unflushed = 0usize;
            for mut sealed in sealed_rx {
                file.write_all(&sealed).map_err(write_err)?;
                unflushed += sealed.len();
                if unflushed >= FLUSH_EVERY {
                    unflushed = 0;
                    // Skipped when a flush is still running: the next one covers it.
                    let _ = flush_tx.try_send(());
                }
                sealed.clear();
                let _ = sealed_back_tx.send(sealed);
            }
            Ok(file)
        });
        let sealing = scope.spawn(move || -> Result<(), Error> {
            let next_out = || sealed_back_rx.recv().ok();
            for (piece, len) in plain_rx {
                // The writer stopped: its own error is reported below.
                let Some(mut out) = next_out() else {
                    return Ok(());
                };
                sealer.push(&piece[..len], &mut out)?;
                // The reader may have stopped; then the piece is simply dropped (wiped).
                let _ = plain_back_tx.send(piece);
                if sealed_tx.send(out).is_err() {
                    return Ok(());
                }
            }
            if let Some(mut out) = next_out() {
                sealer.finish(&mut out)?;
                let _ = sealed_tx.send(out);
            }
            Ok(())
        });
        let mut hasher = Sha256::new();
        let mut done: u64 = 0;
        let mut next_report = PROGRESS_EVERY;
        let read_result = (|| -> Result<(), Error> {
            loop {
                let Ok(mut piece) = plain_back_rx.recv() else {
                    // The sealer stopped early: its own error, or the writer's, is reported below.
                    return Ok(());
                };
                let mut len = 0;
                while len < piece.len() {
                    match input.read(&mut piece[len..]) {
                        Ok(0) => break,
                        Ok(n) => len += n,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(e) => return Err(Error::from_io("read the file to import", e)),
                    }
                }
                if len == 0 {
                    return Ok(());
                }
                hasher.update(&piece[..len]);
                done += len as u64;
                if plain_tx.send((piece, len)).is_err() {
                    return Ok(());
                }
                if done >= next_report {
                    next_report = done + PROGRESS_EVERY;
                    if !progress(done) {
                        return Err(Error::Cancelled);
                    }
                }
            }
        })();
        drop(plain_tx);
        let stopped = |_| Error::Internal {
            what: "an encryption thread stopped".into(),
        };
        let sealed = sealing.join().map_err(stopped).and_then(|r| r);
        let written = writing.join().map_err(stopped).and_then(|r| r);
        read_result?;
        let file = written?;
        sealed?;
        progress(done);
        Ok((done, hex(&hasher.finalize()), file))
    })
}

/// A blob opened for reading: `Read` + `Seek` over the plaintext. Any chunk that fails
/// authentication is an error naming the blob, never silently wrong bytes.
pub struct BlobReader {
    inner: age::stream::StreamReader<BufReader<File>>,
    which: String,
}

impl std::fmt::Debug for BlobReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobReader")
            .field("which", &self.which)
            .finish_non_exhaustive()
    }
}

impl BlobReader {
    /// Decrypts the whole blob into `sink` and checks it against the SHA-256 recorded at intake.
    /// Needs nothing of the vault once the blob is open: callers may release the vault first.
    ///
    /// # Errors
    /// [`Error::DamagedFile`] if any part fails authentication or the hash differs;
    /// [`Error::Cancelled`]; the sink's errors.
    pub fn copy_checked(
        mut self,
        expected: &str,
        sink: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
        progress: Progress<'_>,
    ) -> Result<(), Error> {
        let mut hasher = Sha256::new();
        pump(
            &mut |buf| self.read(buf).map_err(|e| self.explain(e)),
            &mut |piece| {
                hasher.update(piece);
                sink(piece)
            },
            progress,
        )?;
        if hex(&hasher.finalize()) == expected {
            Ok(())
        } else {
            Err(Error::DamagedFile {
                which: self.which.clone(),
            })
        }
    }

    /// The error for a read that failed: a damaged blob if the data did not authenticate.
    #[must_use]
    pub fn explain(&self, err: io::Error) -> Error {
        match err.kind() {
            io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => Error::DamagedFile {
                which: self.which.clone(),
            },
            _ => Error::from_io("read an evidence file", err),
        }
    }
}

impl Read for BlobReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }
}

impl Seek for BlobReader {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}

pub(super) fn open(
    vault_dir: &Path,
    identity: &x25519::Identity,
    id: &BlobId,
) -> Result<BlobReader, Error> {
    let which = id.relative_path();
    let path: PathBuf = vault_dir.join(&which);
    open_file(&path, which, identity)
}

/// Opens the blob file at `path` (a vault's, or a backup's copy of one) for reading; `which`
/// names it in errors.
pub(super) fn open_file(
    path: &Path,
    which: String,
    identity: &x25519::Identity,
) -> Result<BlobReader, Error> {
    let file = File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::MissingFile {
            which: which.clone(),
        },
        _ => Error::from_io("open an evidence file", e),
    })?;
    let damaged = || Error::DamagedFile {
        which: which.clone(),
    };
    let decryptor =
        age::Decryptor::new(BufReader::with_capacity(4 * CHUNK, file)).map_err(|_| damaged())?;
    let inner = decryptor
        .decrypt(iter::once(identity as &dyn age::Identity))
        .map_err(|_| damaged())?;
    Ok(BlobReader { inner, which })
}

/// What an evidence record says of its blob: the commitment to its file key (`None` in a
/// record made before format 3 whose blob could not be read when the vault was migrated) and
/// the SHA-256 of its plaintext.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// `Evidence::blob_key`.
    pub key_commitment: Option<&'a str>,
    /// `Evidence::sha256`.
    pub sha256: &'a str,
}

/// Opens blob `id` for reading as the blob of a record that says `expected` (issue 16.5): the
/// file key in its header must be the one the record committed to, so a blob put in its place
/// (another item's, or one made by someone who knows only the vault's recipient) is refused
/// before a byte of it is shown, and the payload then authenticates under that key. A record
/// without a commitment has its blob decrypted whole and its SHA-256 checked first.
///
/// # Errors
/// [`Error::DamagedFile`] naming the blob when it is not the record's; [`Error::MissingFile`].
pub(super) fn open_expected(
    vault_dir: &Path,
    identity: &x25519::Identity,
    id: &BlobId,
    expected: Expected<'_>,
) -> Result<BlobReader, Error> {
    match expected.key_commitment {
        Some(commitment) => {
            if key_commitment(vault_dir, identity, id)?.as_deref() != Some(commitment) {
                return Err(Error::DamagedFile {
                    which: id.relative_path(),
                });
            }
        }
        None => open(vault_dir, identity, id)?.copy_checked(
            expected.sha256,
            &mut |_| Ok(()),
            &mut |_| true,
        )?,
    }
    open(vault_dir, identity, id)
}

/// The commitment to blob `id`'s file key (`None` if `identity` does not open its header).
///
/// # Errors
/// [`Error::MissingFile`], and I/O errors of reading it.
pub(super) fn key_commitment(
    vault_dir: &Path,
    identity: &x25519::Identity,
    id: &BlobId,
) -> Result<Option<String>, Error> {
    let which = id.relative_path();
    let mut file = File::open(vault_dir.join(&which)).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::MissingFile { which },
        _ => Error::from_io("open an evidence file", e),
    })?;
    let start = read_start(&mut file).map_err(|e| Error::from_io("read an evidence file", e))?;
    Ok(age_writer::commitment_of(&start, identity))
}

/// Decrypts a whole blob into `sink` and checks its SHA-256 against `expected` (lower-case
/// hex). Verification passes a sink that drops the bytes; export one that writes them.
pub(super) fn decrypt_checked(
    vault_dir: &Path,
    identity: &x25519::Identity,
    id: &BlobId,
    expected: &str,
    sink: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    progress: Progress<'_>,
) -> Result<(), Error> {
    open(vault_dir, identity, id)?.copy_checked(expected, sink, progress)
}

/// Moves everything `read` yields to `sink`, a chunk at a time through one wiped buffer,
/// reporting progress every few MiB and at the end. Returns the byte count.
fn pump(
    read: &mut dyn FnMut(&mut [u8]) -> Result<usize, Error>,
    sink: &mut dyn FnMut(&[u8]) -> Result<(), Error>,
    progress: Progress<'_>,
) -> Result<u64, Error> {
    let mut buf = Zeroizing::new(vec![0u8; CHUNK]);
    let mut done: u64 = 0;
    let mut next_report = PROGRESS_EVERY;
    loop {
        let n = match read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(Error::Io { source, .. }) if source.kind() == io::ErrorKind::Interrupted => {
                continue;
            }
            Err(e) => return Err(e),
        };
        sink(&buf[..n])?;
        done += n as u64;
        if done >= next_report {
            next_report = done + PROGRESS_EVERY;
            if !progress(done) {
                return Err(Error::Cancelled);
            }
        }
    }
    progress(done);
    Ok(done)
}

/// Largest header a blob may have: Habeas writes one X25519 stanza (168 bytes).
const MAX_HEADER: usize = 4096;

/// The first [`MAX_HEADER`] bytes of a file (fewer if it is shorter).
fn read_start(file: &mut File) -> io::Result<Vec<u8>> {
    let mut start = vec![0u8; MAX_HEADER];
    let mut len = 0;
    while len < start.len() {
        match file.read(&mut start[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    start.truncate(len);
    Ok(start)
}

/// Partial blob files a process killed while writing left behind (`blobs/<xx>/.<…>.tmp`, an
/// interrupted import; `.<…>.rekey.tmp`, an interrupted re-keying written beside its blob):
/// ciphertext only, never read, but they take space and say that an import was cut short.
/// Only those last changed before `before` (the unlock of the session asking): a file being
/// written right now by this session is never one of them. Paths relative to the vault folder.
///
/// # Errors
/// I/O errors of reading the folders.
pub(super) fn leftovers(
    vault_dir: &Path,
    before: std::time::SystemTime,
) -> Result<Vec<String>, Error> {
    let io_err = |e| Error::from_io("read the evidence folder", e);
    let mut found = Vec::new();
    let top = match fs::read_dir(vault_dir.join(BLOBS_DIR)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(found),
        Err(e) => return Err(io_err(e)),
    };
    for folder in top {
        let folder = folder.map_err(io_err)?;
        let Some(prefix) = folder.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if !folder.file_type().map_err(io_err)?.is_dir() {
            continue;
        }
        for entry in fs::read_dir(folder.path()).map_err(io_err)? {
            let entry = entry.map_err(io_err)?;
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            let metadata = entry.metadata().map_err(io_err)?;
            let old_enough = metadata.modified().is_ok_and(|changed| changed < before);
            // A sync program's own partial download (`.syncthing.<name>.tmp`) is not ours to remove.
            if name.starts_with('.')
                && !name.starts_with(".syncthing.")
                && name.ends_with(".tmp")
                && metadata.is_file()
                && old_enough
            {
                found.push(format!("{BLOBS_DIR}/{prefix}/{name}"));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// A blob's age header as it is now (`None` if the file does not start with one), saved by a
/// rotation before it rewrites any header in place, so that a header torn by a power cut can be
/// put back ([`restore_header`]).
pub(super) fn header(vault_dir: &Path, id: &BlobId) -> Result<Option<Vec<u8>>, Error> {
    let mut file = match File::open(vault_dir.join(id.relative_path())) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::from_io("read an evidence file", e)),
    };
    let start = read_start(&mut file).map_err(|e| Error::from_io("read an evidence file", e))?;
    Ok(age_writer::header_len(&start).map(|len| start[..len].to_vec()))
}

/// Writes `header` (saved by [`header`] before a rotation) back over the start of a blob whose
/// header no identity opens any more, then flushes it: what a header rewritten in place and torn
/// by a power cut needs. Only a header of the length written in place is put back.
pub(super) fn restore_header(vault_dir: &Path, id: &BlobId, header: &[u8]) -> Result<(), Error> {
    if header.len() != age_writer::X25519_HEADER_LEN {
        return Ok(());
    }
    let io_err = |e| Error::from_io("repair an evidence file's header", e);
    let mut file = File::options()
        .write(true)
        .open(vault_dir.join(id.relative_path()))
        .map_err(io_err)?;
    file.write_all(header).map_err(io_err)?;
    file.sync_data().map_err(io_err)
}

/// Re-wraps a blob's file key from `old` to `new` for a rotation of the vault identity (see
/// [`age_writer::rewrap`]); says whether it wrote anything. The payload is not read.
///
/// A new header of the old one's length (always, for the one X25519 stanza Habeas writes: 168
/// bytes) is written over it in place by one write inside the file's first 512-byte sector,
/// then flushed: a `kill -9` leaves the old header or the new one, each of which opens with its
/// identity, and a rotation that is cut short does it again (the header is then found already
/// new). A power cut that tears the sector is repaired from the headers the rotation saved first
/// ([`header`], [`restore_header`]). Any other
/// length is written as a whole new file beside the old one (the payload copied unread), then
/// renamed over it.
pub(super) fn rewrap(
    vault_dir: &Path,
    id: &BlobId,
    old: &x25519::Identity,
    new: &x25519::Identity,
) -> Result<bool, Error> {
    let which = id.relative_path();
    let path = vault_dir.join(&which);
    let io_err = |e| Error::from_io("re-key an evidence file", e);
    let mut file = File::options()
        .read(true)
        .write(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => Error::MissingFile {
                which: which.clone(),
            },
            _ => io_err(e),
        })?;
    let start = read_start(&mut file).map_err(io_err)?;
    let damaged = || Error::DamagedFile {
        which: which.clone(),
    };
    let (header, replaces) = match age_writer::rewrap(&start, old, new).ok_or_else(damaged)?? {
        age_writer::Rewrapped::AlreadyNew => return Ok(false),
        age_writer::Rewrapped::Header { header, replaces } => (header, replaces),
    };
    if header.len() == replaces {
        file.seek(SeekFrom::Start(0))
            .and_then(|_| file.write_all(&header))
            .map_err(io_err)?;
        file.sync_data().map_err(io_err)?;
        return Ok(true);
    }
    let dir = path.parent().ok_or_else(damaged)?;
    let tmp_path = dir.join(format!(".{}.rekey.tmp", &id.0[2..]));
    let copied = (|| -> io::Result<()> {
        let mut out = crate::files::atomic::create_new(&tmp_path)?;
        out.write_all(&header)?;
        file.seek(SeekFrom::Start(replaces as u64))?;
        io::copy(&mut file, &mut out)?;
        out.sync_all()?;
        fs::rename(&tmp_path, &path)?;
        File::open(dir)?.sync_all()
    })();
    if let Err(e) = copied {
        let _ = fs::remove_file(&tmp_path);
        return Err(io_err(e));
    }
    Ok(true)
}
