//! The webview's web process in a sandbox, on Linux (issue 16, "previews decode hostile images
//! and media in a sandbox").
//!
//! Evidence is hostile input: a photo or a recording sent by the pursuing state may be made to
//! exploit the decoder that shows it. On Linux the decoding happens in WebKitGTK's web process
//! (images, and media through GStreamer, which WebKit runs in that process). WebKitGTK can run
//! that process inside a bubblewrap sandbox (no access to the home folder, no network of its
//! own, a private `/tmp`, seccomp filters), but with the 4.1 API it does so only when asked:
//! `webkit_web_context_set_sandbox_enabled` must be called before the first web process starts
//! (calling it later is a fatal error, WebKitGTK's documentation says), and wry creates and uses
//! its web context before Tauri lets the app see it. WebKitGTK's launcher also reads
//! `WEBKIT_FORCE_SANDBOX` (`ProcessLauncherGLib.cpp`), which Habeas sets before any WebKit code
//! runs. Checked with WebKitGTK 2.50.6: with it, `WebKitWebProcess` runs under `/usr/bin/bwrap`;
//! without it, it does not.
//!
//! Only where bubblewrap works: a system that forbids unprivileged user namespaces (some
//! distributions' defaults, most containers) would leave the web process unable to start, and
//! the window blank. So Habeas first runs bubblewrap once itself; when that fails, it leaves
//! the web process unsandboxed (docs/threat-model.md says so). Inside Flatpak, WebKit has its
//! own sandbox and bubblewrap cannot nest.

use std::path::Path;
use std::process::{Command, Stdio};

/// The variable WebKitGTK's process launcher reads.
const FORCE: &str = "WEBKIT_FORCE_SANDBOX";
/// Where WebKitGTK looks for bubblewrap (its build's `BWRAP_EXECUTABLE`, as Debian, Ubuntu and
/// Fedora build it).
const BWRAP: &str = "/usr/bin/bwrap";

/// What to do with the web process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Sandbox it (set the variable).
    Sandbox,
    /// The user's environment already says (`WEBKIT_FORCE_SANDBOX` set): left as it is.
    AsSet,
    /// Inside Flatpak: WebKit's own sandbox applies.
    Flatpak,
    /// Bubblewrap is missing or cannot make a sandbox here: not sandboxed.
    Unavailable,
}

/// Decides, and sets the variable when the answer is [`Decision::Sandbox`]. Called first thing
/// in `main`, while the process has one thread.
pub(crate) fn enable() -> Decision {
    let decision = decide(
        std::env::var_os(FORCE).is_some(),
        Path::new("/.flatpak-info").exists(),
        || bubblewrap_works(Path::new(BWRAP)),
    );
    if decision == Decision::Sandbox {
        // `main` has started no other thread yet, so nothing reads the environment meanwhile.
        std::env::set_var(FORCE, "1");
    }
    decision
}

fn decide(already_set: bool, in_flatpak: bool, works: impl FnOnce() -> bool) -> Decision {
    if already_set {
        Decision::AsSet
    } else if in_flatpak {
        Decision::Flatpak
    } else if works() {
        Decision::Sandbox
    } else {
        Decision::Unavailable
    }
}

/// Whether `bwrap` can make a sandbox like WebKit's here (new namespaces, the file system
/// read-only): it runs `true` inside one.
fn bubblewrap_works(bwrap: &Path) -> bool {
    Command::new(bwrap)
        .args([
            "--ro-bind",
            "/",
            "/",
            "--unshare-all",
            "--die-with-parent",
            "--",
            "true",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_web_process_is_sandboxed_only_where_bubblewrap_works() {
        assert_eq!(decide(false, false, || true), Decision::Sandbox);
        assert_eq!(decide(false, false, || false), Decision::Unavailable);
        assert_eq!(decide(false, true, || true), Decision::Flatpak);
        assert_eq!(decide(true, false, || true), Decision::AsSet);
    }

    /// The probe fails without bubblewrap, and agrees with bubblewrap run by hand where it is.
    #[test]
    fn the_probe_runs_bubblewrap() {
        assert!(!bubblewrap_works(Path::new("/nonexistent/bwrap")));
        if Path::new(BWRAP).exists() {
            let by_hand = Command::new(BWRAP)
                .args(["--ro-bind", "/", "/", "--unshare-all", "--", "true"])
                .status()
                .is_ok_and(|s| s.success());
            assert_eq!(bubblewrap_works(Path::new(BWRAP)), by_hand);
        }
    }
}
