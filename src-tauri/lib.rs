//! The Habeas desktop shell: the only crate that knows about Tauri.
//!
//! It opens the window, registers the commands in [`commands`] and turns core errors into
//! `{code, message}` ([`error`]). Every rule lives in `habeas-core`; nothing here decides
//! anything a test of the core could not see.

mod commands;
mod error;
mod os_lock;
mod protocol;
mod state;
mod stream;
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

    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state::AppState::default())
        .register_asynchronous_uri_scheme_protocol(protocol::SCHEME, protocol::handle)
        .invoke_handler(tauri::generate_handler![
            commands::about::app_info,
            commands::vault::vault_status,
            commands::vault::vault_create,
            commands::vault::vault_recovery_sheet,
            commands::vault::vault_confirm_recovery_key,
            commands::vault::vault_discard_recovery_key,
            commands::vault::vault_new_recovery_key,
            commands::vault::vault_unlock,
            commands::vault::vault_recover,
            commands::vault::vault_rescue,
            commands::vault::vault_lock,
            commands::vault::vault_change_passphrase,
            commands::device::device_status,
            commands::device::device_remember,
            commands::device::device_forget,
            commands::device::device_remembers,
            commands::device::vault_unlock_device,
            commands::settings::settings_get,
            commands::settings::settings_set_auto_lock,
            commands::cases::case_list,
            commands::cases::case_create,
            commands::cases::case_view,
            commands::cases::case_update,
            commands::cases::alert_save,
            commands::cases::alert_delete,
            commands::cases::event_save,
            commands::cases::event_delete,
            commands::cases::case_audit,
            commands::cases::case_search,
            commands::cases::countries,
            commands::cases::deadlines_export_ics,
            commands::evidence::evidence_list,
            commands::evidence::evidence_categories,
            commands::evidence::evidence_import,
            commands::evidence::evidence_import_cancel,
            commands::evidence::evidence_pick,
            commands::evidence::evidence_update,
            commands::evidence::evidence_custody,
            commands::evidence::evidence_preview,
            commands::evidence::evidence_export,
            commands::evidence::evidence_certificate,
            commands::evidence::evidence_delete,
            commands::evidence::evidence_verify,
            commands::evidence::evidence_verify_cancel,
            commands::filings::filing_list,
            commands::filings::filing_create,
            commands::filings::filing_save,
            commands::filings::filing_delete,
            commands::filings::filing_check,
            commands::filings::filing_arguments,
            commands::filings::filing_export_portal,
            commands::filings::filing_export_packet,
            commands::filings::filing_export_cancel,
            commands::filings::letter_export,
        ])
        .setup(|app| {
            window::open_main(app)?;
            os_lock::watch(app.handle());
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
