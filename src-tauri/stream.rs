//! Audio and video previews where the webview's media player cannot read `evidence://`: a
//! small HTTP server on the loopback interface, for the unlocked session only.
//!
//! WebKitGTK plays media through GStreamer, whose source elements take `http(s)` and `blob:`
//! URLs but no custom scheme (`MEDIA_ERR_SRC_NOT_SUPPORTED`). Loading a whole file into a
//! `blob:` URL caps previews at what fits in memory. So on Linux, audio and video stream from
//! `http://127.0.0.1:<port>/<session token>/<item id>`, with Range requests served from the
//! seekable decryption (`protocol::open_item`), in constant memory whatever the file's size.
//!
//! What keeps this as private as `evidence://`:
//! - it listens on 127.0.0.1 only, on a port the system picks, and answers only URLs carrying
//!   the current session's random token (128 bits, compared in constant time:
//!   `protocol::token_matches`), with the exact `Host` it was given (no DNS rebinding); a lock
//!   ends the session, refuses every URL and cuts every open connection;
//! - every answer carries the same `Content-Security-Policy: sandbox; default-src 'none'` as
//!   `evidence://`, and the window never navigates to it (`window.rs`);
//! - `Cache-Control: no-store`, and the webview is ephemeral (`window.rs`), so WebKit keeps no
//!   copy;
//! - WebKitGTK's player buffers a played file **to disk** (`/var/tmp/WebKit-Media-*`, unlinked
//!   at once but written) when it is built for `preload="auto"` and the element does not loop
//!   (or the URL is `blob:`). The preview player is built at `preload="metadata"` and loops
//!   (`EvidencePreview.svelte`); each alone keeps the buffer off (tried both ways, and with
//!   neither the file appears), and the end-to-end test looks for that file among the open
//!   files of every process while a recording plays;
//! - the app sets `no_proxy` for the loopback address at start (`lib.rs`), so a proxy configured
//!   in the environment never sees a preview;
//! - another program of the user could still open connections and send nothing (a "slowloris")
//!   to keep the player out. So a request head must arrive whole within [`HEAD_DEADLINE`]
//!   (however slowly its bytes trickle), each peer address may have at most
//!   [`MAX_HEADS_PER_PEER`] connections still sending their head, and a new connection over
//!   either limit closes the oldest one still sending its head rather than being refused: the
//!   player's own request, whose head arrives at once, always gets through (issue 16, "the
//!   loopback server limits slow connections per peer").

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::net::{IpAddr, Ipv4Addr, Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tauri::http::StatusCode;
use zeroize::Zeroizing;

use crate::protocol;

/// Whether this platform's webview plays media from the loopback server rather than
/// `evidence://`. WebKitGTK's cannot read a custom scheme; WKWebView's and WebView2's can.
pub(crate) const USED: bool = cfg!(target_os = "linux");

/// Where the server finds what it serves.
pub(crate) trait Source: Send + Sync + 'static {
    /// Opens item `id` if `token` is the current session's.
    fn open(&self, token: &str, id: &str) -> Result<Item, StatusCode>;
    /// Whether `token` is still the current session's (checked between writes).
    fn live(&self, token: &str) -> bool;
}

/// Something to read from and seek in.
pub(crate) trait ReadSeek: Read + Seek + Send {}
impl<T: Read + Seek + Send> ReadSeek for T {}

/// An item opened for streaming.
pub(crate) struct Item {
    pub(crate) size: u64,
    pub(crate) content_type: String,
    pub(crate) reader: Box<dyn ReadSeek>,
}

/// The most connections served at once (a player opens one or two).
const MAX_CONNECTIONS: usize = 16;
/// The most connections one peer address may have still sending their request head. A player
/// sends its head at once; more than a few waiting are someone holding the server.
const MAX_HEADS_PER_PEER: usize = 4;
/// The longest a request head may take to arrive, in all (not per read: a byte every few
/// seconds would otherwise hold a connection for ever).
const HEAD_DEADLINE: Duration = Duration::from_secs(5);
/// The longest request head read.
const MAX_HEAD: usize = 8 * 1024;
/// Plaintext decrypted and written at a time.
const PIECE: usize = 256 * 1024;

/// The running server. Dropping it does not stop the listener thread (it lives as long as the
/// app); [`Server::cut`] closes every open connection.
pub(crate) struct Server {
    port: u16,
    connections: Arc<Connections>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("port", &self.port).finish()
    }
}

/// Open connections, by number, so a lock can cut them all.
#[derive(Default)]
struct Connections {
    next: AtomicU64,
    open: Mutex<HashMap<u64, Connection>>,
}

/// One open connection.
struct Connection {
    stream: TcpStream,
    peer: IpAddr,
    /// When it was accepted.
    since: Instant,
    /// Whether its request head is still being read.
    reading_head: bool,
}

impl Connections {
    fn open(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Connection>> {
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Registers a new connection from `peer`, making room by closing the oldest connection
    /// still sending its head (of that peer when the peer is over its limit, else of any peer
    /// when the server is full). `false`: no room (every connection is being answered).
    fn admit(&self, number: u64, stream: TcpStream, peer: IpAddr) -> bool {
        let mut open = self.open();
        let heads_of_peer = open
            .values()
            .filter(|c| c.reading_head && c.peer == peer)
            .count();
        if heads_of_peer >= MAX_HEADS_PER_PEER {
            close_oldest_head(&mut open, Some(peer));
        }
        if open.len() >= MAX_CONNECTIONS {
            close_oldest_head(&mut open, None);
        }
        if open.len() >= MAX_CONNECTIONS {
            return false;
        }
        open.insert(
            number,
            Connection {
                stream,
                peer,
                since: Instant::now(),
                reading_head: true,
            },
        );
        true
    }

    /// Marks connection `number`'s head as read.
    fn head_read(&self, number: u64) {
        if let Some(connection) = self.open().get_mut(&number) {
            connection.reading_head = false;
        }
    }
}

/// Closes the oldest connection still sending its head (of `peer`, if given).
fn close_oldest_head(open: &mut HashMap<u64, Connection>, peer: Option<IpAddr>) {
    let oldest = open
        .iter()
        .filter(|(_, c)| c.reading_head && peer.is_none_or(|p| c.peer == p))
        .min_by_key(|(_, c)| c.since)
        .map(|(number, _)| *number);
    if let Some(connection) = oldest.and_then(|number| open.remove(&number)) {
        let _ = connection.stream.shutdown(Shutdown::Both);
    }
}

/// Reads from a connection, failing once `until` has passed, however the bytes trickle in.
struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        let mut stream = self.stream;
        stream.read(buf)
    }
}

impl Server {
    /// Listens on a free port of 127.0.0.1 and serves from `source` on background threads.
    pub(crate) fn start(source: Arc<dyn Source>) -> io::Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        let port = listener.local_addr()?.port();
        let connections = Arc::new(Connections::default());
        let registry = Arc::clone(&connections);
        std::thread::Builder::new()
            .name("preview-stream".into())
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    accept(stream, port, &source, &registry);
                }
            })?;
        Ok(Self { port, connections })
    }

    /// The URL of item `id` for the session `token`.
    pub(crate) fn url(&self, token: &str, id: &str) -> String {
        format!("http://127.0.0.1:{}/{token}/{id}", self.port)
    }

    /// Closes every open connection (at lock: a player mid-file stops at once).
    pub(crate) fn cut(&self) {
        for (_, connection) in self.connections.open().drain() {
            let _ = connection.stream.shutdown(Shutdown::Both);
        }
    }
}

fn accept(stream: TcpStream, port: u16, source: &Arc<dyn Source>, registry: &Arc<Connections>) {
    let Some(peer) = stream
        .peer_addr()
        .ok()
        .map(|a| a.ip())
        .filter(IpAddr::is_loopback)
    else {
        return;
    };
    let Ok(handle) = stream.try_clone() else {
        return;
    };
    let number = registry.next.fetch_add(1, Ordering::Relaxed);
    if !registry.admit(number, handle, peer) {
        return;
    }
    let source = Arc::clone(source);
    let connections = Arc::clone(registry);
    let spawned = std::thread::Builder::new()
        .name("preview-stream-conn".into())
        .spawn(move || {
            // A client gone mid-answer is normal (a player seeking drops its connection).
            let _ = serve(stream, port, source.as_ref(), &|| {
                connections.head_read(number);
            });
            connections.open().remove(&number);
        });
    if spawned.is_err() {
        registry.open().remove(&number);
    }
}

/// One request, as much of it as the server looks at.
#[derive(Debug, PartialEq, Eq)]
struct Request {
    method: String,
    path: String,
    host: Option<String>,
    range: Option<String>,
}

/// Reads a request head (up to the blank line), at most [`MAX_HEAD`] bytes.
fn read_request(stream: &mut impl Read) -> io::Result<Request> {
    let bad = || io::Error::new(io::ErrorKind::InvalidData, "bad request");
    let mut reader = BufReader::new(stream.take(MAX_HEAD as u64));
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_ascii_whitespace();
    let (Some(method), Some(path), Some(version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    if !version.starts_with("HTTP/1.") {
        return Err(bad());
    }
    let mut request = Request {
        method: method.to_owned(),
        path: path.to_owned(),
        host: None,
        range: None,
    };
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            // The head was cut short (or longer than MAX_HEAD).
            return Err(bad());
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            return Ok(request);
        }
        if let Some((name, value)) = header.split_once(':') {
            let value = Some(value.trim().to_owned());
            if name.eq_ignore_ascii_case("host") {
                request.host = value;
            } else if name.eq_ignore_ascii_case("range") {
                request.range = value;
            }
        }
    }
}

/// The status line and headers of an answer.
fn head(status: StatusCode, headers: &[(&str, String)]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {} {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: {}\r\nConnection: close\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        protocol::EVIDENCE_CSP,
    );
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    out.into_bytes()
}

fn refuse(stream: &mut TcpStream, status: StatusCode, extra: &[(&str, String)]) -> io::Result<()> {
    let mut headers = vec![("Content-Length", "0".to_owned())];
    headers.extend_from_slice(extra);
    stream.write_all(&head(status, &headers))
}

/// Answers one request on `stream`, then closes it. `head_read` is called once the request
/// head has arrived (within [`HEAD_DEADLINE`]).
fn serve(
    mut stream: TcpStream,
    port: u16,
    source: &dyn Source,
    head_read: &dyn Fn(),
) -> io::Result<()> {
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    stream.set_nodelay(true)?;
    let read = read_request(&mut Deadline {
        stream: &stream,
        until: Instant::now() + HEAD_DEADLINE,
    });
    let Ok(request) = read else {
        return refuse(&mut stream, StatusCode::BAD_REQUEST, &[]);
    };
    head_read();
    let head_only = request.method == "HEAD";
    if request.method != "GET" && !head_only {
        return refuse(&mut stream, StatusCode::METHOD_NOT_ALLOWED, &[]);
    }
    if request.host.as_deref() != Some(format!("127.0.0.1:{port}").as_str()) {
        return refuse(&mut stream, StatusCode::FORBIDDEN, &[]);
    }
    let Some((token, id)) = protocol::parse_path(&request.path) else {
        return refuse(&mut stream, StatusCode::NOT_FOUND, &[]);
    };
    let mut item = match source.open(&token, &id) {
        Ok(item) => item,
        Err(status) => return refuse(&mut stream, status, &[]),
    };
    let size = item.size;
    let (status, start, len) = match request.range.as_deref() {
        None => (StatusCode::OK, 0, size),
        Some(range) => match protocol::parse_range(range, size) {
            Some((start, end)) => (StatusCode::PARTIAL_CONTENT, start, end - start + 1),
            None => {
                let unsatisfiable = [("Content-Range", format!("bytes */{size}"))];
                return refuse(
                    &mut stream,
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    &unsatisfiable,
                );
            }
        },
    };
    if item.reader.seek(SeekFrom::Start(start)).is_err() {
        return refuse(&mut stream, StatusCode::UNPROCESSABLE_ENTITY, &[]);
    }
    let mut headers = vec![
        ("Content-Type", item.content_type.clone()),
        ("Accept-Ranges", "bytes".to_owned()),
        ("Content-Length", len.to_string()),
    ];
    if status == StatusCode::PARTIAL_CONTENT {
        let end = start + len - 1;
        headers.push(("Content-Range", format!("bytes {start}-{end}/{size}")));
    }
    stream.write_all(&head(status, &headers))?;
    if head_only {
        return Ok(());
    }
    let mut piece = Zeroizing::new(vec![0u8; PIECE]);
    let mut left = len;
    while left > 0 {
        let n = usize::try_from(left.min(PIECE as u64)).unwrap_or(PIECE);
        // A damaged chunk stops the answer short: the player sees an error, never wrong bytes.
        item.reader.read_exact(&mut piece[..n])?;
        if !source.live(&token) {
            // Locked while streaming: stop, and send nothing more.
            return Ok(());
        }
        stream.write_all(&piece[..n])?;
        left -= n as u64;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use std::sync::atomic::AtomicBool;

    /// Items in memory, one session token that can be ended.
    struct Memory {
        token: &'static str,
        live: AtomicBool,
        items: HashMap<&'static str, Vec<u8>>,
    }

    impl Source for Memory {
        fn open(&self, token: &str, id: &str) -> Result<Item, StatusCode> {
            if !self.live(token) {
                return Err(StatusCode::FORBIDDEN);
            }
            let bytes = self.items.get(id).ok_or(StatusCode::NOT_FOUND)?.clone();
            Ok(Item {
                size: bytes.len() as u64,
                content_type: "audio/wav".into(),
                reader: Box::new(Cursor::new(bytes)),
            })
        }
        fn live(&self, token: &str) -> bool {
            protocol::token_matches(Some(self.token), token) && self.live.load(Ordering::SeqCst)
        }
    }

    const TOKEN: &str = "t0ken";
    /// Larger than what the loopback's socket buffers hold.
    const BIG: usize = 64 * 1024 * 1024;

    fn sample() -> Vec<u8> {
        (0..3 * PIECE + 12_345)
            .map(|i| u8::try_from(i * 7 % 251).unwrap_or(0))
            .collect()
    }

    fn server() -> (Server, Arc<Memory>) {
        let memory = Arc::new(Memory {
            token: TOKEN,
            live: AtomicBool::new(true),
            items: HashMap::from([("evidence-1", sample()), ("evidence-big", vec![7u8; BIG])]),
        });
        let server = Server::start(Arc::clone(&memory) as Arc<dyn Source>).expect("start");
        (server, memory)
    }

    /// Sends `request` and returns the status line, the headers and the body.
    fn ask(server: &Server, request: &str) -> (String, Vec<String>, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        stream
            .write_all(
                request
                    .replace("{port}", &server.port.to_string())
                    .as_bytes(),
            )
            .expect("send");
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).expect("read");
        let split = answer
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a head");
        let head = String::from_utf8(answer[..split].to_vec()).expect("text");
        let mut lines = head.split("\r\n").map(str::to_owned);
        let status = lines.next().unwrap_or_default();
        (status, lines.collect(), answer[split + 4..].to_vec())
    }

    fn get(server: &Server, path: &str, range: Option<&str>) -> (String, Vec<String>, Vec<u8>) {
        let range = range.map_or(String::new(), |r| format!("Range: {r}\r\n"));
        ask(
            server,
            &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{{port}}\r\n{range}\r\n"),
        )
    }

    #[test]
    fn serves_the_whole_file_and_any_range_of_it() {
        let (server, _) = server();
        let data = sample();
        let (status, headers, body) = get(&server, "/t0ken/evidence-1", None);
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert!(
            headers.contains(&"Cache-Control: no-store".to_owned()),
            "{headers:?}"
        );
        assert!(
            headers.contains(&"Content-Security-Policy: sandbox; default-src 'none'".to_owned()),
            "{headers:?}"
        );
        assert!(headers.contains(&format!("Content-Length: {}", data.len())));
        assert_eq!(body, data);

        let (status, headers, body) = get(&server, "/t0ken/evidence-1", Some("bytes=300000-"));
        assert_eq!(status, "HTTP/1.1 206 Partial Content");
        let last = data.len() - 1;
        assert!(
            headers.contains(&format!(
                "Content-Range: bytes 300000-{last}/{}",
                data.len()
            )),
            "{headers:?}"
        );
        assert_eq!(body, data[300_000..]);

        let (_, _, body) = get(&server, "/t0ken/evidence-1", Some("bytes=10-19"));
        assert_eq!(body, data[10..20]);
        let (_, _, body) = get(&server, "/t0ken/evidence-1", Some("bytes=-5"));
        assert_eq!(body, data[data.len() - 5..]);

        let (status, headers, body) = get(&server, "/t0ken/evidence-1", Some("bytes=999999999-"));
        assert_eq!(status, "HTTP/1.1 416 Range Not Satisfiable");
        assert!(headers.contains(&format!("Content-Range: bytes */{}", data.len())));
        assert!(body.is_empty());

        let (status, headers, body) = ask(
            &server,
            "HEAD /t0ken/evidence-1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n",
        );
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert!(headers.contains(&format!("Content-Length: {}", data.len())));
        assert!(body.is_empty());
    }

    #[test]
    fn refuses_wrong_tokens_hosts_methods_and_paths() {
        let (server, _) = server();
        assert_eq!(
            get(&server, "/other/evidence-1", None).0,
            "HTTP/1.1 403 Forbidden"
        );
        assert_eq!(
            get(&server, "/t0ken/evidence-2", None).0,
            "HTTP/1.1 404 Not Found"
        );
        assert_eq!(
            get(&server, "/t0ken%2F..%2Fkeys", None).0,
            "HTTP/1.1 404 Not Found"
        );
        let rebound = ask(
            &server,
            "GET /t0ken/evidence-1 HTTP/1.1\r\nHost: evil.example:{port}\r\n\r\n",
        );
        assert_eq!(rebound.0, "HTTP/1.1 403 Forbidden");
        assert!(rebound.2.is_empty());
        let post = ask(
            &server,
            "POST /t0ken/evidence-1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n",
        );
        assert_eq!(post.0, "HTTP/1.1 405 Method Not Allowed");
        assert_eq!(
            ask(&server, "nonsense\r\n\r\n").0,
            "HTTP/1.1 400 Bad Request"
        );
        // A head longer than MAX_HEAD is refused unread: a 400, or a reset when the refusal
        // closes the connection before the client stops sending.
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        let huge = format!(
            "GET /t0ken/evidence-1 HTTP/1.1\r\nX: {}\r\n\r\n",
            "a".repeat(MAX_HEAD)
        );
        let _ = stream.write_all(huge.as_bytes());
        let mut answer = Vec::new();
        match stream.read_to_end(&mut answer) {
            Ok(_) => assert!(answer.starts_with(b"HTTP/1.1 400 "), "{answer:?}"),
            Err(e) => assert_eq!(e.kind(), io::ErrorKind::ConnectionReset),
        }
    }

    #[test]
    fn a_lock_refuses_new_requests_and_cuts_open_ones() {
        let (server, memory) = server();
        // A client that asks for the whole file and reads only its first bytes, like a player
        // that buffered enough.
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        stream
            .write_all(
                format!(
                    "GET /t0ken/evidence-big HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
                    server.port
                )
                .as_bytes(),
            )
            .expect("send");
        let mut first = [0u8; 64];
        stream.read_exact(&mut first).expect("the answer starts");
        memory.live.store(false, Ordering::SeqCst);
        server.cut();
        let mut rest = Vec::new();
        let _ = stream.read_to_end(&mut rest);
        assert!(
            rest.len() < BIG / 2,
            "the answer stops short of the file after the lock ({} bytes)",
            rest.len()
        );
        assert!(wait_empty(&server), "no connection is left open");
        assert_eq!(
            get(&server, "/t0ken/evidence-1", None).0,
            "HTTP/1.1 403 Forbidden"
        );
    }

    /// Issue 16: another program opening many connections and sending half a head
    /// ("slowloris") does not keep the player out: the oldest waiting heads are closed to make
    /// room, and one peer never holds more than a few.
    #[test]
    fn many_slow_connections_do_not_keep_the_player_out() {
        let (server, memory) = server();
        let mut slow = Vec::new();
        for _ in 0..3 * MAX_CONNECTIONS {
            let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
            stream.write_all(b"GET /t0ken/evid").expect("send");
            slow.push(stream);
        }
        std::thread::sleep(Duration::from_millis(200));
        let waiting = server
            .connections
            .open()
            .values()
            .filter(|c| c.reading_head)
            .count();
        assert!(
            waiting <= MAX_HEADS_PER_PEER,
            "{waiting} heads waiting from one peer"
        );
        let started = Instant::now();
        let (status, _, body) = get(&server, "/t0ken/evidence-1", None);
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert_eq!(body, memory.items["evidence-1"]);
        assert!(started.elapsed() < Duration::from_secs(2));
        // The slow ones were closed: a read ends (0 bytes or a reset), it does not wait.
        for mut stream in slow.drain(..slow.len() - MAX_HEADS_PER_PEER) {
            stream
                .set_read_timeout(Some(Duration::from_secs(2)))
                .expect("timeout");
            let mut buf = [0u8; 16];
            let closed = match stream.read(&mut buf) {
                Ok(n) => n == 0,
                Err(e) => {
                    e.kind() != io::ErrorKind::WouldBlock && e.kind() != io::ErrorKind::TimedOut
                }
            };
            assert!(closed, "a slow connection was left open");
        }
    }

    /// A head sent a byte at a time, each within the per-read patience of a plain server, is
    /// cut once [`HEAD_DEADLINE`] has passed in all.
    #[test]
    fn a_trickled_head_is_cut_at_the_deadline() {
        let (server, _) = server();
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        let started = Instant::now();
        let mut answer = Vec::new();
        for byte in b"GET /t0ken/evidence-1 HTTP/1.1\r\nX-Slow: ".iter().cycle() {
            if stream.write_all(&[*byte]).is_err() {
                break;
            }
            stream
                .set_read_timeout(Some(Duration::from_millis(400)))
                .expect("timeout");
            let mut buf = [0u8; 256];
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => answer.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) if e.kind() == io::ErrorKind::TimedOut => {}
                Err(_) => break,
            }
            assert!(
                started.elapsed() < HEAD_DEADLINE + Duration::from_secs(3),
                "the trickled head is still being read"
            );
        }
        assert!(started.elapsed() >= HEAD_DEADLINE - Duration::from_millis(500));
        let answer = String::from_utf8_lossy(&answer);
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 400"),
            "{answer}"
        );
    }

    fn wait_empty(server: &Server) -> bool {
        for _ in 0..100 {
            if server.connections.open().is_empty() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }

    #[test]
    fn request_heads_are_read_up_to_the_blank_line() {
        let head =
            "GET /a/b HTTP/1.1\r\nhost: 127.0.0.1:1\r\nRANGE: bytes=0-1\r\nAccept: */*\r\n\r\nbody";
        assert_eq!(
            read_request(&mut head.as_bytes()).expect("parsed"),
            Request {
                method: "GET".into(),
                path: "/a/b".into(),
                host: Some("127.0.0.1:1".into()),
                range: Some("bytes=0-1".into()),
            }
        );
        assert!(read_request(&mut "GET /a HTTP/2\r\n\r\n".as_bytes()).is_err());
        assert!(read_request(&mut "GET /a HTTP/1.1\r\nHost: x\r\n".as_bytes()).is_err());
    }

    /// What a player waits for on the Linux preview path, at 1 GiB: a request for the start of
    /// the file answered (its first 64 KiB received), then 40 seeks spread over the file, each a
    /// new connection asking `bytes=N-` and reading 64 KiB, as WebKit's player does. A real
    /// vault (cheap KDF; it does not affect these times) and a real blob.
    /// `cargo test --release --lib stream::tests::bench -- --ignored --nocapture`
    #[test]
    #[ignore = "benchmark (BENCHMARKS.md): writes a 1 GiB blob"]
    #[allow(clippy::print_stdout, reason = "a benchmark reports its figures")]
    fn bench_loopback_preview_of_1_gib() {
        use habeas_core::vault::{BlobId, CreateOptions, Vault, WorkFactor};
        use std::time::Instant;

        struct OneBlob(Mutex<Vault>, BlobId, u64);
        impl Source for OneBlob {
            fn open(&self, _: &str, _: &str) -> Result<Item, StatusCode> {
                let vault = self
                    .0
                    .lock()
                    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
                let reader = vault
                    .open_blob(&self.1)
                    .map_err(|_| StatusCode::NOT_FOUND)?;
                Ok(Item {
                    size: self.2,
                    content_type: "video/mp4".into(),
                    reader: Box::new(reader),
                })
            }
            fn live(&self, _: &str) -> bool {
                true
            }
        }

        const SIZE: u64 = 1 << 30;
        let dir = tempfile::tempdir().expect("temp");
        let options = CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(10),
        };
        let pass = age::secrecy::SecretString::from("bench passphrase".to_owned());
        let vault = Vault::create(&dir.path().join("v"), &pass, options)
            .expect("vault")
            .vault;
        let mut input = io::repeat(0x5a).take(SIZE);
        let blob = vault.put_blob(&mut input, &mut |_| true).expect("blob");
        let source = Arc::new(OneBlob(Mutex::new(vault), blob.id, SIZE));
        let server = Server::start(source).expect("start");

        let first_bytes = |offset: u64| {
            let started = Instant::now();
            let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
            let request = format!(
                "GET /t0ken/evidence-1 HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nRange: bytes={offset}-\r\n\r\n",
                server.port
            );
            stream.write_all(request.as_bytes()).expect("send");
            let mut received = Vec::new();
            let mut buf = [0u8; 16 * 1024];
            while received.len() < 64 * 1024 + 512 {
                let n = stream.read(&mut buf).expect("read");
                assert!(n > 0, "the answer ended early");
                received.extend_from_slice(&buf[..n]);
            }
            started.elapsed().as_secs_f64() * 1000.0
        };
        let start = first_bytes(0);
        let mut seeks: Vec<f64> = (0..40u64)
            .map(|i| first_bytes((SIZE / 41) * (i + 1) + i * 4097))
            .collect();
        seeks.sort_by(f64::total_cmp);
        println!(
            "loopback preview of 1 GiB: first bytes {start:.1} ms; seek median {:.1} ms, worst {:.1} ms",
            seeks[seeks.len() / 2],
            seeks[seeks.len() - 1]
        );
    }
}
