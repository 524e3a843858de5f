//! The main window, built in code rather than in `tauri.conf.json` because one of its settings
//! depends on how the app was launched.
//!
//! The webview runs **ephemeral** (incognito): WebKit keeps its cache, local storage and cookies
//! in memory only, so nothing the UI displays can be left in a webview cache on disk
//! (non-negotiable 1). The one exception is a run under WebDriver: `tauri-driver` sets
//! `TAURI_WEBVIEW_AUTOMATION=true`, and wry (0.57, `webkitgtk/mod.rs`) gives an incognito
//! webview a new ephemeral WebKit context that does not inherit Tauri's "automation allowed"
//! flag, so WebKitWebDriver could never attach ("failed to create a new browsing context").
//! Under automation the webview therefore uses the ordinary context, whose data directory the
//! end-to-end tests point at a private temporary HOME.

use tauri::{App, WebviewUrl, WebviewWindowBuilder};

/// Label of the main window (capabilities refer to it: `capabilities/main.json`).
pub(crate) const MAIN: &str = "main";

/// Opens the main window.
pub(crate) fn open_main(app: &App) -> tauri::Result<()> {
    WebviewWindowBuilder::new(app, MAIN, WebviewUrl::default())
        .title("Habeas")
        .inner_size(1200.0, 800.0)
        .min_inner_size(720.0, 520.0)
        .incognito(!under_webdriver())
        // Files dropped on the window arrive as paths (`tauri://drag-drop`), for evidence intake.
        .build()?;
    Ok(())
}

/// Whether `tauri-driver` launched the app for WebDriver automation.
fn under_webdriver() -> bool {
    std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true")
}
