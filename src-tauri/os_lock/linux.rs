//! Linux: the desktop announces both on D-Bus: the screen saver's `ActiveChanged(true)`
//! (freedesktop and GNOME names) on the session bus, and logind's `PrepareForSleep(true)` and a
//! session's `Lock` on the system bus. A bus that is not there (a server, a container) is simply
//! not watched.

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

pub(super) fn watch(lock: &super::Locker) {
    for (bus, rule, flag, why) in WATCHED {
        let lock = lock.clone();
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
                    let locking = !flag || message.body().deserialize::<bool>().unwrap_or(false);
                    if locking {
                        lock(why);
                    }
                }
            });
    }
}
