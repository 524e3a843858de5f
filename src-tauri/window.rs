//! The main window, built in code rather than in `tauri.conf.json` because one of its settings
//! depends on how the app was launched, and its guards are code.
//!
//! The webview runs **ephemeral** (incognito): WebKit keeps its cache, local storage and cookies
//! in memory only, so nothing the UI displays can be left in a webview cache on disk
//! (non-negotiable 1). The one exception is a test build run under WebDriver: `tauri-driver`
//! sets `TAURI_WEBVIEW_AUTOMATION=true`, and wry (0.57, `webkitgtk/mod.rs`) gives an incognito
//! webview a new ephemeral WebKit context that does not inherit Tauri's "automation allowed"
//! flag, so WebKitWebDriver could never attach ("failed to create a new browsing context").
//! Under automation the webview therefore uses the ordinary context, whose data directory the
//! end-to-end tests point at a private temporary HOME. A release build ignores the variable
//! ([`automation_allowed`]): setting it in a user's environment cannot make Habeas keep webview
//! data on disk.
//!
//! A preview of decrypted evidence must never become a file, and a document from `evidence://`
//! must never run as the app (issue 16). So the webview may do nothing but show the app:
//! - **no navigation** away from the app's own origin ([`on_app_origin`]): not to
//!   `evidence://` (a hostile "PDF" that is really HTML), not to a `blob:` or `data:` URL, not
//!   to the web. An `<a download>` to any of them is a navigation first, and stops here;
//! - **no new window** (`window.open`, `target="_blank"`; WebView2 would open one);
//! - **no download**: WebKitGTK writes a download (`<a download>` to the app's own origin,
//!   "Save Image As") into the download folder at once, without asking, readable by all. Each
//!   is cancelled before its file exists; nothing already in that folder is touched;
//! - **no native context menu** ("Save Image As", "Download Video", "Open Image in New
//!   Window"): WebKitGTK's `context-menu` signal is answered "handled" with no menu; the UI
//!   also cancels the `contextmenu` event (`ui/src/main.ts`), which WebView2 and WKWebView obey.
//!
//! Files dropped on the window are remembered as chosen by the user: an import takes nothing
//! else (`state::PickedPaths`).

use tauri::webview::NewWindowResponse;
use tauri::{
    App, AppHandle, DragDropEvent, Manager, Runtime, Url, WebviewUrl, WebviewWindow,
    WebviewWindowBuilder, WindowEvent,
};

use crate::state::AppState;

/// Label of the main window (capabilities refer to it: `capabilities/main.json`).
pub(crate) const MAIN: &str = "main";

/// The variable `tauri-driver` sets for the app it launches.
const AUTOMATION: &str = "TAURI_WEBVIEW_AUTOMATION";

/// Opens the main window.
pub(crate) fn open_main(app: &App) -> tauri::Result<()> {
    // Before any dialog can open (`commands/dialogs.rs`).
    crate::commands::dialogs::keep_out_of_recent_files();
    let dev_server = dev_server(app.config());
    let automation = automation_allowed(
        cfg!(debug_assertions),
        std::env::var(AUTOMATION).ok().as_deref(),
    );
    let window = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::default())
        .title("Habeas")
        .inner_size(1200.0, 800.0)
        .min_inner_size(720.0, 520.0)
        .incognito(!automation)
        .on_navigation(move |url| on_app_origin(url, cfg!(windows), dev_server.as_ref()))
        .on_new_window(|_, _| NewWindowResponse::Deny)
        // `false` cancels a requested download before WebKit opens its file.
        .on_download(|_, _| false)
        // Files dropped on the window arrive as paths (`tauri://drag-drop`), for evidence intake.
        .build()?;
    refuse_context_menu(&window)?;
    let handle = app.handle().clone();
    window.on_window_event(move |event| {
        // Tauri runs this before the webview can answer the drop with `evidence_import`.
        if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
            handle.state::<AppState>().picked().grant(paths);
        }
    });
    Ok(())
}

/// Whether the webview may give up being ephemeral for WebDriver: in a debug build (what the
/// end-to-end tests run) launched by `tauri-driver`, never in a release build.
fn automation_allowed(debug_build: bool, variable: Option<&str>) -> bool {
    debug_build && variable == Some("true")
}

/// The development server the window loads from in a development build (`devUrl`), if any.
fn dev_server(config: &tauri::Config) -> Option<Url> {
    tauri::is_dev()
        .then(|| config.build.dev_url.clone())
        .flatten()
}

/// Whether `url` is on the app's own origin: where Tauri serves the bundled UI
/// (`tauri://localhost`; on Windows `http://tauri.localhost`, or `https` with
/// `useHttpsScheme`), or the development server of a development build. Compared by scheme,
/// host and port, as an origin is: a path or fragment (the skip link's `#main`) changes nothing.
pub(crate) fn on_app_origin(url: &Url, windows: bool, dev_server: Option<&Url>) -> bool {
    let origin = |u: &Url| {
        (
            u.scheme().to_owned(),
            u.host_str().map(str::to_owned),
            u.port(),
        )
    };
    let bundled: &[(&str, &str)] = if windows {
        &[("http", "tauri.localhost"), ("https", "tauri.localhost")]
    } else {
        &[("tauri", "localhost")]
    };
    let (scheme, host, port) = origin(url);
    bundled
        .iter()
        .any(|(s, h)| scheme == *s && host.as_deref() == Some(*h) && port.is_none())
        || dev_server.is_some_and(|dev| origin(dev) == (scheme, host, port))
}

/// Whether `origin` (a request's `Origin` header) is the app's own (`protocol.rs`).
pub(crate) fn is_app_origin<R: Runtime>(app: &AppHandle<R>, origin: &str) -> bool {
    Url::parse(origin)
        .is_ok_and(|url| on_app_origin(&url, cfg!(windows), dev_server(app.config()).as_ref()))
}

/// WebKitGTK shows its own menu on a right click ("Save Image As", "Download Video"); the
/// signal answered `true` ("handled") shows none.
#[cfg(target_os = "linux")]
fn refuse_context_menu(window: &WebviewWindow) -> tauri::Result<()> {
    window.with_webview(|webview| {
        use webkit2gtk::WebViewExt;
        webview.inner().connect_context_menu(|_, _, _, _| true);
    })
}

/// WebView2 and WKWebView obey the UI's cancelled `contextmenu` event (`ui/src/main.ts`).
#[cfg(not(target_os = "linux"))]
fn refuse_context_menu(_window: &WebviewWindow) -> tauri::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    /// The webview stays on the app: its own pages yes, evidence, blobs, data and the web no.
    #[test]
    fn navigation_stays_on_the_app() {
        for allowed in [
            "tauri://localhost",
            "tauri://localhost/",
            "tauri://localhost/index.html#main",
        ] {
            assert!(on_app_origin(&url(allowed), false, None), "{allowed}");
        }
        for refused in [
            "evidence://localhost/0123abcd%2Fevidence-0001",
            "blob:tauri://localhost/5b1f0e0e-8f7a-4c57-9a43-6a1c0d8f7a21",
            "data:text/html,<script>alert(1)</script>",
            "about:blank",
            "http://127.0.0.1:41234/0123abcd/evidence-0001",
            "https://example.org/",
            "tauri://localhost.example.org/",
            "tauri://evil/",
            "tauri://localhost:8080/",
            "http://tauri.localhost/",
            "file:///etc/passwd",
        ] {
            assert!(!on_app_origin(&url(refused), false, None), "{refused}");
        }
        // Windows serves the app from http://tauri.localhost, and evidence from another host.
        assert!(on_app_origin(&url("http://tauri.localhost/"), true, None));
        assert!(on_app_origin(&url("https://tauri.localhost/a"), true, None));
        assert!(!on_app_origin(
            &url("http://evidence.localhost/t%2Fe"),
            true,
            None
        ));
        assert!(!on_app_origin(&url("tauri://localhost/"), true, None));
        // A development build also loads from its dev server, and only from its port.
        let dev = url("http://localhost:5173");
        assert!(on_app_origin(
            &url("http://localhost:5173/src/App.svelte"),
            false,
            Some(&dev)
        ));
        assert!(!on_app_origin(
            &url("http://localhost:5174/"),
            false,
            Some(&dev)
        ));
        assert!(!on_app_origin(&url("http://localhost/"), false, Some(&dev)));
    }

    /// Only a debug build launched by tauri-driver gives up the ephemeral webview.
    #[test]
    fn only_a_test_build_under_webdriver_keeps_webview_data() {
        assert!(automation_allowed(true, Some("true")));
        assert!(
            !automation_allowed(false, Some("true")),
            "never a release build"
        );
        assert!(!automation_allowed(true, None));
        assert!(!automation_allowed(true, Some("1")));
        assert!(!automation_allowed(false, None));
    }
}
