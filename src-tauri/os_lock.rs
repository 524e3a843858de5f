//! Locks the vault when the computer goes to sleep or the screen locks, where the platform says
//! so. On Linux the desktop announces both on D-Bus: the screen saver's `ActiveChanged(true)`
//! (freedesktop and GNOME names) on the session bus, and logind's `PrepareForSleep(true)` and a
//! session's `Lock` on the system bus. A bus that is not there (a server, a container) is simply
//! not watched. macOS and Windows are not wired yet (ARCHITECTURE.md).
//!
//! Locking here does what the lock button does, then tells the webview (`vault-locked`), which
//! forgets everything it showed and returns to the unlock screen.

use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// Locks the vault now, if one is open, and tells the webview why.
pub(crate) fn lock_now(app: &AppHandle, why: &'static str) {
    let state = app.state::<AppState>();
    if let Some(vault) = state.close() {
        // Saved work is already durable; locking folds the journal and wipes the keys.
        let _ = vault.lock();
        let _ = app.emit("vault-locked", why);
    }
}

/// Starts watching the platform's sleep and screen-lock announcements.
pub(crate) fn watch(app: &AppHandle) {
    #[cfg(target_os = "linux")]
    linux::watch(app);
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(target_os = "linux")]
mod linux {
    use tauri::AppHandle;
    use zbus::blocking::{Connection, MessageIterator};

    #[derive(Clone, Copy)]
    enum Bus {
        Session,
        System,
    }

    /// (bus, match rule, whether the signal carries a "true means locking" boolean, why).
    const WATCHED: [(Bus, &str, bool, &str); 4] = [
        (
            Bus::Session,
            "type='signal',interface='org.freedesktop.ScreenSaver',member='ActiveChanged'",
            true,
            "screen_locked",
        ),
        (
            Bus::Session,
            "type='signal',interface='org.gnome.ScreenSaver',member='ActiveChanged'",
            true,
            "screen_locked",
        ),
        (
            Bus::System,
            "type='signal',interface='org.freedesktop.login1.Manager',member='PrepareForSleep'",
            true,
            "sleep",
        ),
        (
            Bus::System,
            "type='signal',interface='org.freedesktop.login1.Session',member='Lock'",
            false,
            "screen_locked",
        ),
    ];

    pub(super) fn watch(app: &AppHandle) {
        for (bus, rule, flag, why) in WATCHED {
            let app = app.clone();
            let _ = std::thread::Builder::new()
                .name("habeas-os-lock".into())
                .spawn(move || {
                    let connection = match bus {
                        Bus::Session => Connection::session(),
                        Bus::System => Connection::system(),
                    };
                    let Ok(connection) = connection else { return };
                    let Ok(Some(messages)) =
                        MessageIterator::for_match_rule(rule, &connection, Some(16)).map(Some)
                    else {
                        return;
                    };
                    for message in messages.flatten() {
                        let locking =
                            !flag || message.body().deserialize::<bool>().unwrap_or(false);
                        if locking {
                            super::lock_now(&app, why);
                        }
                    }
                });
        }
    }
}
