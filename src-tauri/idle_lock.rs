//! The shell's own auto-lock (issue 16, "auto-lock has a shell-side backstop").
//!
//! The idle countdown the user sees runs in the webview (`session.svelte.ts`), which knows
//! about keys and clicks. But a webview that stops running its timers (its web process hung,
//! crashed or throttled, a page stuck in a dialog) would leave the vault unlocked for ever. So
//! the webview also reports activity to the shell (`session_activity`, at most every
//! [`REPORT_EVERY`]), and the shell locks by itself once no report has come for the idle period
//! plus [`GRACE`], whatever the webview does. The period is the vault's own setting, read at
//! unlock and when it changes; the countdown pauses while the webview says a recovery key is on
//! screen (issue 16.8), as the webview's does.

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager};

use crate::state::AppState;

/// How often, at most, the webview reports activity (it throttles: `REPORT_EVERY_MS` in
/// `session.svelte.ts`).
const REPORT_EVERY: Duration = Duration::from_secs(30);
/// How long past the idle period the shell waits for a report before locking by itself: two
/// report intervals, so the webview's own lock comes first whenever it runs.
const GRACE: Duration = Duration::from_secs(2 * REPORT_EVERY.as_secs());
/// How often the shell looks at its clock.
const TICK: Duration = Duration::from_secs(5);
/// The period before the vault's setting is read (the vault's own default).
const DEFAULT_PERIOD: Duration = Duration::from_secs(10 * 60);

/// When the user was last seen active, and how long idle locks.
#[derive(Debug)]
pub(crate) struct IdleClock {
    inner: Mutex<Idle>,
}

#[derive(Debug, Clone, Copy)]
struct Idle {
    last: Instant,
    period: Duration,
    paused: bool,
}

impl Default for IdleClock {
    fn default() -> Self {
        Self::new(DEFAULT_PERIOD)
    }
}

impl IdleClock {
    fn new(period: Duration) -> Self {
        Self {
            inner: Mutex::new(Idle {
                last: Instant::now(),
                period,
                paused: false,
            }),
        }
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Idle> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts the countdown afresh (at unlock) with the vault's idle period.
    pub(crate) fn restart(&self, period: Duration) {
        *self.idle() = Idle {
            last: Instant::now(),
            period,
            paused: false,
        };
    }

    /// The vault's idle period changed.
    pub(crate) fn set_period(&self, period: Duration) {
        let mut idle = self.idle();
        idle.period = period;
        idle.last = Instant::now();
    }

    /// The webview saw the user active (`paused`: a recovery key is on screen).
    pub(crate) fn activity(&self, paused: bool) {
        let mut idle = self.idle();
        idle.last = Instant::now();
        idle.paused = paused;
    }

    /// Whether the shell should lock at `now`; if so, the countdown starts again (a lock is
    /// asked for once per period, not at every tick).
    fn due(&self, now: Instant) -> bool {
        let mut idle = self.idle();
        let due = !idle.paused && now.saturating_duration_since(idle.last) >= idle.period + GRACE;
        if due {
            idle.last = now;
        }
        due
    }
}

/// Starts the shell's watch: locks the vault when the clock is due.
pub(crate) fn watch(app: &AppHandle) {
    let app = app.clone();
    let _ = std::thread::Builder::new()
        .name("habeas-idle-lock".into())
        .spawn(move || {
            let state = app.state::<AppState>();
            run(state.idle(), TICK, &|| {
                crate::os_lock::lock_now(&app, "idle");
            });
        });
}

/// Checks `clock` every `tick` and calls `lock` when it is due. Runs for ever.
fn run(clock: &IdleClock, tick: Duration, lock: &dyn Fn()) {
    loop {
        std::thread::sleep(tick);
        if clock.due(Instant::now()) {
            lock();
        }
    }
}

/// The idle period of `minutes`.
pub(crate) fn period(minutes: u16) -> Duration {
    Duration::from_secs(u64::from(minutes) * 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// The shell locks by itself once the webview has stopped reporting for the period plus
    /// the grace; a report puts it off; a recovery key on screen pauses it.
    #[test]
    fn the_shell_locks_when_the_webview_stops_reporting() {
        let clock = IdleClock::new(Duration::from_secs(60));
        let start = Instant::now();
        assert!(!clock.due(start + Duration::from_secs(60)));
        assert!(clock.due(start + Duration::from_secs(60) + GRACE + Duration::from_secs(1)));
        // Asked once, then the countdown runs again.
        assert!(!clock.due(start + Duration::from_secs(61) + GRACE));

        clock.restart(Duration::from_secs(60));
        clock.activity(false);
        let seen = Instant::now();
        assert!(!clock.due(seen + Duration::from_secs(100)));
        assert!(clock.due(seen + Duration::from_secs(60) + GRACE));

        clock.activity(true);
        let shown = Instant::now();
        assert!(
            !clock.due(shown + Duration::from_secs(3600)),
            "locked while a recovery key was on screen"
        );
        clock.activity(false);
        assert!(clock.due(Instant::now() + Duration::from_secs(60) + GRACE));

        clock.set_period(Duration::from_secs(300));
        assert!(!clock.due(Instant::now() + Duration::from_secs(60) + GRACE));
    }

    /// The watch thread itself calls the lock, without any report from a webview.
    #[test]
    fn the_watch_locks_without_the_webview() {
        let clock = Arc::new(IdleClock::new(Duration::ZERO));
        clock.restart(Duration::ZERO);
        // Pretend the last report is older than the grace.
        clock.idle().last = Instant::now() - GRACE - Duration::from_secs(1);
        let locks = Arc::new(AtomicUsize::new(0));
        let (c, l) = (Arc::clone(&clock), Arc::clone(&locks));
        std::thread::spawn(move || {
            run(&c, Duration::from_millis(10), &|| {
                l.fetch_add(1, Ordering::SeqCst);
            });
        });
        let until = Instant::now() + Duration::from_secs(2);
        while locks.load(Ordering::SeqCst) == 0 && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(locks.load(Ordering::SeqCst), 1);
    }
}
