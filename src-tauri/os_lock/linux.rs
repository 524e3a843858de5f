//! Linux: the desktop announces both on D-Bus: the screen saver's `ActiveChanged(true)`
//! (freedesktop and GNOME names) on the session bus, and logind's `PrepareForSleep(true)` and a
//! session's `Lock` on the system bus. A bus that is not there (a server, a container) is simply
//! not watched.
//!
//! Sleep: logind sends `PrepareForSleep(true)` and suspends at once unless a program holds a
//! "delay" inhibitor (logind's `Inhibit("sleep", …, "delay")`, a file descriptor: logind waits
//! until it is closed, at most `InhibitDelayMaxSec`, 5 s by default). Without one, the vault
//! could still be unlocked in the memory image a hibernation writes, or on screen at wake-up.
//! So Habeas holds one while it runs, closes it once the vault is locked, and takes a new one
//! at `PrepareForSleep(false)` (wake-up). <https://systemd.io/INHIBITOR_LOCKS/>

use zbus::blocking::{Connection, MessageIterator};
use zbus::zvariant::OwnedFd;

#[derive(Clone, Copy)]
enum Bus {
    Session,
    System,
}

/// (bus, match rule, whether the signal carries a "true means locking" boolean, why).
const WATCHED: [(Bus, &str, bool, &str); 3] = [
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
        "type='signal',interface='org.freedesktop.login1.Session',member='Lock'",
        false,
        "screen_locked",
    ),
];

/// logind's announcement that the computer is about to sleep (`true`) or has woken (`false`).
const PREPARE_FOR_SLEEP: &str =
    "type='signal',interface='org.freedesktop.login1.Manager',member='PrepareForSleep'";

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
                let Ok(messages) = MessageIterator::for_match_rule(rule, &connection, Some(16))
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
    let lock = lock.clone();
    let _ = std::thread::Builder::new()
        .name("habeas-sleep-lock".into())
        .spawn(move || {
            if let Ok(connection) = Connection::system() {
                watch_sleep(&connection, &lock);
            }
        });
}

/// Locks at each `PrepareForSleep(true)` on `connection`'s bus, holding a logind delay
/// inhibitor until the lock is done. Returns when the bus goes away.
fn watch_sleep(connection: &Connection, lock: &super::Locker) {
    // Listen first, then take the inhibitor: no announcement falls between the two.
    let Ok(messages) = MessageIterator::for_match_rule(PREPARE_FOR_SLEEP, connection, Some(16))
    else {
        return;
    };
    let mut inhibitor = take_inhibitor(connection);
    for message in messages.flatten() {
        if message.body().deserialize::<bool>().unwrap_or(false) {
            lock("sleep");
            // Locked: let the computer sleep now rather than at logind's time-out.
            drop(inhibitor.take());
        } else if inhibitor.is_none() {
            inhibitor = take_inhibitor(connection);
        }
    }
}

/// Asks logind for a "delay" inhibitor of sleep. `None` where logind refuses or is absent (the
/// lock then still happens, but may come after the computer has slept).
fn take_inhibitor(connection: &Connection) -> Option<OwnedFd> {
    let reply = connection
        .call_method(
            Some("org.freedesktop.login1"),
            "/org/freedesktop/login1",
            Some("org.freedesktop.login1.Manager"),
            "Inhibit",
            &(
                "sleep",
                "Habeas",
                "Lock the vault before the computer sleeps",
                "delay",
            ),
        )
        .ok()?;
    reply.body().deserialize::<OwnedFd>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufRead, BufReader, Read};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    /// A stand-in for logind on a private bus: `Inhibit` hands out the write end of a pipe
    /// whose read end the test keeps, so it sees when Habeas closes the inhibitor.
    struct FakeLogind {
        calls: mpsc::Sender<(String, String, std::io::PipeReader)>,
    }

    #[zbus::interface(name = "org.freedesktop.login1.Manager")]
    impl FakeLogind {
        fn inhibit(
            &self,
            what: &str,
            _who: &str,
            _why: &str,
            mode: &str,
        ) -> zbus::fdo::Result<OwnedFd> {
            let (reader, writer) =
                std::io::pipe().map_err(|e| zbus::fdo::Error::Failed(e.to_string()))?;
            let _ = self.calls.send((what.to_owned(), mode.to_owned(), reader));
            Ok(OwnedFd::from(std::os::fd::OwnedFd::from(writer)))
        }
    }

    /// Waits (up to 5 s) for the pipe's write end to be closed everywhere: reading ends.
    fn closed(reader: std::io::PipeReader) -> mpsc::Receiver<Instant> {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = reader;
            let mut buf = [0u8; 1];
            if reader.read(&mut buf).is_ok_and(|n| n == 0) {
                let _ = tx.send(Instant::now());
            }
        });
        rx
    }

    /// Issue 16: the sleep lock takes logind's delay inhibitor for sleep, locks at
    /// `PrepareForSleep(true)` while still holding it, releases it once locked, and takes a new
    /// one at wake-up. Against a private D-Bus daemon and a stand-in logind (this machine has
    /// no system bus).
    #[test]
    fn sleep_is_delayed_until_the_vault_is_locked() {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("dbus-daemon");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().expect("stdout"))
            .read_line(&mut address)
            .expect("address");
        let address = address.trim().to_owned();

        let (calls_tx, calls) = mpsc::channel();
        let logind = zbus::blocking::connection::Builder::address(address.as_str())
            .expect("address")
            .name("org.freedesktop.login1")
            .expect("name")
            .serve_at("/org/freedesktop/login1", FakeLogind { calls: calls_tx })
            .expect("serve")
            .build()
            .expect("logind");

        let locked_at: Arc<Mutex<Option<Instant>>> = Arc::default();
        let (locks_tx, locks) = mpsc::channel();
        let record = Arc::clone(&locked_at);
        let lock: crate::os_lock::Locker = Arc::new(move |why| {
            // A lock takes a moment (the journal is folded): the inhibitor must outlast it.
            std::thread::sleep(Duration::from_millis(300));
            *record.lock().expect("lock") = Some(Instant::now());
            let _ = locks_tx.send(why);
        });
        let client = zbus::blocking::connection::Builder::address(address.as_str())
            .expect("address")
            .build()
            .expect("client");
        std::thread::spawn(move || watch_sleep(&client, &lock));

        let wait = Duration::from_secs(5);
        let (what, mode, first) = calls.recv_timeout(wait).expect("an inhibitor is taken");
        assert_eq!((what.as_str(), mode.as_str()), ("sleep", "delay"));
        let released = closed(first);
        assert!(
            released.recv_timeout(Duration::from_millis(300)).is_err(),
            "the inhibitor was let go before any sleep"
        );

        let emit = |going: bool| {
            logind
                .emit_signal(
                    None::<()>,
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                    "PrepareForSleep",
                    &(going,),
                )
                .expect("signal");
        };
        emit(true);
        assert_eq!(locks.recv_timeout(wait), Ok("sleep"));
        let released_at = released.recv_timeout(wait).expect("released after locking");
        let locked = locked_at.lock().expect("lock").expect("locked");
        assert!(locked <= released_at, "released before the lock was done");

        // Awake again: a new inhibitor for the next sleep.
        emit(false);
        let (what, mode, _second) = calls.recv_timeout(wait).expect("a new inhibitor");
        assert_eq!((what.as_str(), mode.as_str()), ("sleep", "delay"));

        let _ = daemon.kill();
        let _ = daemon.wait();
    }
}
