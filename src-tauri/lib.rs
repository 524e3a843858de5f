//! The Habeas desktop shell: the only crate that knows about Tauri.
//!
//! It opens the window, registers the commands in [`commands`] (listed once, in [`bindings`],
//! which also generates the webview's TypeScript side) and turns core errors into
//! `{code, message}` ([`error`]). Every rule lives in `habeas-core`; nothing here decides
//! anything a test of the core could not see.

mod bindings;
mod commands;
mod error;
mod events;
mod idle_lock;
mod os_lock;
mod protocol;
mod state;
mod stream;
#[cfg(target_os = "linux")]
mod web_sandbox;
mod window;

use std::process::ExitCode;

/// Runs the app until its last window closes.
///
/// Hardening comes first, before any case data can be in memory: no core dumps (see
/// [`habeas_core::process`]). Without a display on Linux the app stops with a message that says
/// how to run it, instead of GTK's panic.
#[allow(
    clippy::print_stderr,
    reason = "before the window exists, stderr is the only place a message can go"
)]
#[must_use]
pub fn main() -> ExitCode {
    if let Err(err) = habeas_core::process::harden() {
        eprintln!("habeas: {}", err.user_message());
    }

    if let Some(message) = missing_display() {
        eprintln!("{message}");
        return ExitCode::from(2);
    }
    keep_loopback_off_proxies();
    // Before any WebKit code runs: hostile previews decode in a sandbox where one can be made.
    #[cfg(target_os = "linux")]
    let _ = web_sandbox::enable();

    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state::AppState::default())
        .register_asynchronous_uri_scheme_protocol(protocol::SCHEME, protocol::handle)
        .invoke_handler(bindings::builder().invoke_handler())
        .setup(|app| {
            window::open_main(app)?;
            os_lock::watch(app.handle());
            idle_lock::watch(app.handle());
            Ok(())
        })
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("habeas: the app could not start: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Media previews stream over the loopback interface (`stream.rs`): a proxy set in the
/// environment (`http_proxy`), which WebKit's network process follows, must never be sent them.
/// Runs before any other thread exists, so changing the environment is safe.
fn keep_loopback_off_proxies() {
    if !stream::USED {
        return;
    }
    for name in ["no_proxy", "NO_PROXY"] {
        let current = std::env::var(name).unwrap_or_default();
        if !current.split(',').any(|h| h.trim() == "127.0.0.1") {
            let joined = if current.is_empty() {
                "127.0.0.1".to_owned()
            } else {
                format!("{current},127.0.0.1")
            };
            std::env::set_var(name, joined);
        }
    }
}

/// On Linux and the BSDs, GTK needs an X11 or Wayland display. Says how to get one if absent.
fn missing_display() -> Option<&'static str> {
    if !cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    )) {
        return None;
    }
    let has = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    if has("DISPLAY") || has("WAYLAND_DISPLAY") {
        return None;
    }
    Some(
        "habeas: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n\
         Habeas is a desktop app and needs a graphical session. On a server or in CI, run it \
         under a virtual display:\n    xvfb-run -a make run",
    )
}
