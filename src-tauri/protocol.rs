//! `evidence://`: previews of evidence, decrypted in memory and served to the webview.
//!
//! A preview URL is `evidence://localhost/<session token>%2F<item id>` (Windows:
//! `http://evidence.localhost/…`), as `convertFileSrc` builds it from the path that the
//! `evidence_preview` command returns. The token is random per unlocked session and cleared at
//! lock, so a URL stops serving the moment the vault locks, and never serves in a later session.
//!
//! Nothing is written to disk: each response is decrypted from the blob into memory (seekable
//! age STREAM, so a range in the middle of a 1 GiB video costs one 64 KiB chunk or a few), and
//! marked `Cache-Control: no-store` so that WebKit keeps no copy. Range requests (`bytes=a-b`,
//! `bytes=a-`, `bytes=-n`) are answered with 206 and at most [`MAX_RANGE`] bytes, which is what
//! `<video>` and `<audio>` need to start fast and seek anywhere.
//!
//! An evidence file is hostile input (a "PDF" sent by the pursuing state may be HTML), and a
//! document loaded from `evidence://` must never run as the app (issue 16.2). So every answer,
//! whatever its status, carries `Content-Security-Policy: sandbox; default-src 'none'` (a
//! document shown from it runs no script, loads nothing and has an opaque origin) and
//! `X-Content-Type-Options: nosniff`; the window never navigates to it (`window.rs`); and it
//! answers CORS only to the app's own origin (the preview's `fetch` in pdf.js and the text
//! view), never `*`. Images, audio and video are loaded without CORS and are not affected.

use std::borrow::Cow;
use std::io::{Read, Seek, SeekFrom};

use habeas_core::store::evidence_items as records;
use habeas_core::vault::BlobReader;
use subtle::ConstantTimeEq;
use tauri::http::{header, HeaderValue, Request, Response, StatusCode};
use tauri::{AppHandle, Manager, UriSchemeContext, UriSchemeResponder};

use crate::state::AppState;

/// The scheme's name.
pub(crate) const SCHEME: &str = "evidence";

/// The most bytes one range response carries.
const MAX_RANGE: u64 = 4 * 1024 * 1024;

/// The largest item served whole (a request without a range: images, PDFs, text).
const MAX_WHOLE: u64 = 512 * 1024 * 1024;

/// Handles one request on a worker thread (decryption must not run on the UI thread).
pub(crate) fn handle<R: tauri::Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    let app = ctx.app_handle().clone();
    tauri::async_runtime::spawn_blocking(move || {
        let origin = request
            .headers()
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
            .filter(|o| crate::window::is_app_origin(&app, o));
        responder.respond(guard(serve(&app, &request), origin));
    });
}

type Reply = Response<Cow<'static, [u8]>>;

/// The policy every answer carries, a refusal as much as a file: nothing cached, nothing
/// sniffed, nothing run (`sandbox` gives a document an opaque origin, no script, no form, no
/// plugin; `default-src 'none'` lets it load nothing), and CORS for `app_origin` only, the
/// `Origin` of the request when it is the app's own (`window::is_app_origin`), else none.
pub(crate) fn guard(mut response: Reply, app_origin: Option<&str>) -> Reply {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(EVIDENCE_CSP),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    if let Some(origin) = app_origin.and_then(|o| HeaderValue::from_str(o).ok()) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        // The page is another origin than evidence://: without this, a range reader (pdf.js,
        // the text preview) cannot see which part it got.
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("Content-Range, Accept-Ranges, Content-Length"),
        );
    }
    response
}

/// What an evidence answer allows a document made from it: nothing (issue 16.2).
pub(crate) const EVIDENCE_CSP: &str = "sandbox; default-src 'none'";

/// Whether `given` is the current session's preview token, `current` (none while locked). The
/// comparison takes the same time whichever byte differs, so that timing the loopback server's
/// refusals tells another program on the computer nothing about the token.
pub(crate) fn token_matches(current: Option<&str>, given: &str) -> bool {
    current.is_some_and(|token| bool::from(token.as_bytes().ct_eq(given.as_bytes())))
}

fn reply(status: StatusCode, body: Vec<u8>, headers: &[(header::HeaderName, String)]) -> Reply {
    let mut builder = Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    let body: Cow<'static, [u8]> = Cow::Owned(body);
    builder
        .body(body)
        .unwrap_or_else(|_| Response::new(Cow::Borrowed(&[][..])))
}

fn refuse(status: StatusCode) -> Reply {
    reply(status, Vec::new(), &[])
}

/// The token and item id of a request path (`/<token>%2F<id>` or `/<token>/<id>`).
pub(crate) fn parse_path(path: &str) -> Option<(String, String)> {
    let decoded = percent_decode(path.trim_start_matches('/'))?;
    let (token, id) = decoded.split_once('/')?;
    let ok = |s: &str, max: usize| {
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    (ok(token, 64) && ok(id, 64)).then(|| (token.to_owned(), id.to_owned()))
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A byte range of a file of `size` bytes, from a `Range` header (first and last byte, both
/// included); `None` if unsatisfiable.
pub(crate) fn parse_range(header: &str, size: u64) -> Option<(u64, u64)> {
    let spec = header.trim().strip_prefix("bytes=")?;
    let first = spec.split(',').next()?.trim();
    let (a, b) = first.split_once('-')?;
    let (start, end) = if a.is_empty() {
        let n: u64 = b.parse().ok()?;
        if n == 0 {
            return None;
        }
        (size.saturating_sub(n), size.checked_sub(1)?)
    } else {
        let start: u64 = a.parse().ok()?;
        let end = if b.is_empty() {
            size.checked_sub(1)?
        } else {
            b.parse::<u64>().ok()?.min(size.checked_sub(1)?)
        };
        (start, end)
    };
    (start <= end && end < size).then_some((start, end))
}

/// What the webview is told the content is. HTML is shown as text, never rendered.
pub(crate) fn content_type(media_type: &str) -> String {
    match media_type {
        "text/plain" | "text/html" | "message/rfc822" => "text/plain; charset=utf-8".into(),
        m => m.into(),
    }
}

/// An item opened for serving: its size, the type the webview is told, and its plaintext.
pub(crate) struct Opened {
    pub(crate) size: u64,
    pub(crate) content_type: String,
    pub(crate) reader: BlobReader,
}

/// Opens item `id` for serving if `token` names the current unlocked session (`evidence://`
/// here, and the loopback server of `stream.rs`). The vault is held only to look the item up
/// and open its blob; reading happens after, without it.
pub(crate) fn open_item(state: &AppState, token: &str, id: &str) -> Result<Opened, StatusCode> {
    if !token_matches(state.session().as_deref(), token) {
        // Locked, or a URL from an earlier session.
        return Err(StatusCode::FORBIDDEN);
    }
    let mut guard = state.vault();
    let vault = guard.as_mut().ok_or(StatusCode::FORBIDDEN)?;
    records::get(vault.store(), id)
        .ok()
        .filter(|item| item.deleted.is_none())
        .and_then(|item| {
            // Only the record's own blob (issue 16.5): one put in its place is refused here.
            Some(Opened {
                size: item.size,
                content_type: content_type(&item.media_type),
                reader: vault.open_evidence_blob(&item).ok()?,
            })
        })
        .ok_or(StatusCode::NOT_FOUND)
}

fn serve<R: tauri::Runtime>(app: &AppHandle<R>, request: &Request<Vec<u8>>) -> Reply {
    if request.method() != tauri::http::Method::GET {
        return refuse(StatusCode::METHOD_NOT_ALLOWED);
    }
    let Some((token, id)) = parse_path(request.uri().path()) else {
        return refuse(StatusCode::NOT_FOUND);
    };
    let Opened {
        size,
        content_type: kind,
        mut reader,
    } = match open_item(&app.state::<AppState>(), &token, &id) {
        Ok(opened) => opened,
        Err(status) => return refuse(status),
    };
    let range = request
        .headers()
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok());
    let (status, start, end) = match range {
        Some(r) => match parse_range(r, size) {
            Some((s, e)) => (StatusCode::PARTIAL_CONTENT, s, e.min(s + MAX_RANGE - 1)),
            None => {
                return reply(
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    Vec::new(),
                    &[(header::CONTENT_RANGE, format!("bytes */{size}"))],
                )
            }
        },
        None if size > MAX_WHOLE => return refuse(StatusCode::PAYLOAD_TOO_LARGE),
        None => (StatusCode::OK, 0, size.saturating_sub(1)),
    };
    let len = if size == 0 { 0 } else { end - start + 1 };
    let mut body = vec![0u8; usize::try_from(len).unwrap_or(0)];
    let read = reader
        .seek(SeekFrom::Start(start))
        .and_then(|_| reader.read_exact(&mut body));
    if read.is_err() {
        // Damaged blob: say nothing more than that it cannot be served.
        return refuse(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let mut headers = vec![
        (header::CONTENT_TYPE, kind),
        (header::ACCEPT_RANGES, "bytes".to_owned()),
        (header::CONTENT_LENGTH, len.to_string()),
    ];
    if status == StatusCode::PARTIAL_CONTENT {
        headers.push((header::CONTENT_RANGE, format!("bytes {start}-{end}/{size}")));
    }
    reply(status, body, &headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_carry_a_token_and_an_id_and_nothing_else() {
        assert_eq!(
            parse_path("/abc123%2Fevidence-0011"),
            Some(("abc123".into(), "evidence-0011".into()))
        );
        assert_eq!(
            parse_path("/abc/evidence-1"),
            Some(("abc".into(), "evidence-1".into()))
        );
        assert_eq!(parse_path("/abc%2F..%2Fkeys"), None);
        assert_eq!(parse_path("/abc"), None);
        assert_eq!(parse_path("/%2Fevidence-1"), None);
        assert_eq!(parse_path("/abc%2"), None);
    }

    fn header<'a>(reply: &'a Reply, name: &header::HeaderName) -> Option<&'a str> {
        reply.headers().get(name).and_then(|v| v.to_str().ok())
    }

    /// A file and a refusal alike forbid everything to a document made from them, are never
    /// sniffed or cached, and answer CORS to the app's origin only, never `*`.
    #[test]
    fn answers_forbid_everything_and_answer_the_app_origin_only() {
        let file = reply(
            StatusCode::OK,
            b"<script>alert(1)</script>".to_vec(),
            &[(header::CONTENT_TYPE, "text/plain; charset=utf-8".into())],
        );
        for (answer, origin) in [
            (
                guard(file, Some("tauri://localhost")),
                Some("tauri://localhost"),
            ),
            (guard(refuse(StatusCode::FORBIDDEN), None), None),
        ] {
            assert_eq!(
                header(&answer, &header::CONTENT_SECURITY_POLICY),
                Some("sandbox; default-src 'none'")
            );
            assert_eq!(
                header(&answer, &header::X_CONTENT_TYPE_OPTIONS),
                Some("nosniff")
            );
            assert_eq!(header(&answer, &header::CACHE_CONTROL), Some("no-store"));
            assert_eq!(header(&answer, &header::VARY), Some("Origin"));
            assert_eq!(
                header(&answer, &header::ACCESS_CONTROL_ALLOW_ORIGIN),
                origin,
                "CORS names the app's origin or nothing"
            );
            assert_eq!(
                header(&answer, &header::ACCESS_CONTROL_EXPOSE_HEADERS).is_some(),
                origin.is_some()
            );
        }
    }

    /// The token comparison accepts the session's token only: not while locked, not a prefix,
    /// not one character off (wherever it is), not empty.
    #[test]
    fn tokens_match_exactly() {
        let token = "0123456789abcdef0123456789abcdef";
        assert!(token_matches(Some(token), token));
        assert!(!token_matches(None, token));
        assert!(!token_matches(Some(token), ""));
        assert!(!token_matches(Some(token), &token[..31]));
        assert!(!token_matches(Some(token), &format!("{token}0")));
        for at in [0, 15, 31] {
            let mut other = token.as_bytes().to_vec();
            other[at] = b'x';
            let other = String::from_utf8(other).unwrap_or_default();
            assert!(!token_matches(Some(token), &other), "differs at {at}");
        }
    }

    #[test]
    fn ranges_end_at_the_file_and_bad_ones_are_refused() {
        assert_eq!(parse_range("bytes=0-99", 1000), Some((0, 99)));
        assert_eq!(parse_range("bytes=900-", 1000), Some((900, 999)));
        assert_eq!(parse_range("bytes=-100", 1000), Some((900, 999)));
        assert_eq!(parse_range("bytes=0-5000", 1000), Some((0, 999)));
        assert_eq!(parse_range("bytes=0-", 5000), Some((0, 4999)));
        assert_eq!(parse_range("bytes=1000-", 1000), None);
        assert_eq!(parse_range("bytes=5-4", 1000), None);
        assert_eq!(parse_range("bytes=0-", 0), None);
        assert_eq!(parse_range("items=0-1", 1000), None);
    }
}
