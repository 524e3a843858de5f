//! Smoke test of the app as a user installs it: `make package-test` unpacks the .deb
//! (`dpkg-deb -x`, the files installing writes) and points the harness at its binary with
//! `HABEAS_APP`.
//!
//! A release build refuses to be driven by WebDriver (`src-tauri/window.rs`,
//! `automation_allowed`: its webview stays ephemeral whatever the environment says), so the
//! packaged app is checked from outside: WebDriver is refused (which also proves it is a release
//! build), and launched as a user launches it, under the test's display with a private HOME, it
//! maps its window, draws its unlock screen (seen in the display's pixels: `screen.rs`) and keeps
//! running. The times to the mapped window and to the drawn screen are printed.
//!
//! Without `HABEAS_APP` the development build Cargo made is driven through the same first steps
//! (cold start to the drawn unlock screen, a vault, Settings → About), and must keep saying it is
//! not for real cases. No timed assert: figures are recorded by hand (BENCHMARKS.md).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::error::NewSessionError;

use super::screen::{self, ScreenWatch};
use super::support::{self, App};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(
    clippy::print_stdout,
    reason = "the timings are printed for BENCHMARKS.md (`make package-test` runs with --nocapture)"
)]
async fn the_packaged_app_starts_unlocks_and_says_what_build_it_is() {
    let packaged = std::env::var_os("HABEAS_APP").is_some();
    if packaged {
        return packaged_release_starts(&support::application()).await;
    }
    let app = App::launch().await;

    // Cold start: the unlock screen drawn.
    app.wait_for("[data-testid=vault-form-create]").await;
    app.eval_async("requestAnimationFrame(() => requestAnimationFrame(() => done(null)));")
        .await;
    let drawn = app.session_requested.elapsed();
    let in_page = app.eval("return performance.now()").await;
    println!(
        "cold start to the drawn unlock screen ({} build {}): {} ms from the session request, \
         {} ms of it in the page (since navigation start)",
        if packaged { "packaged" } else { "development" },
        support::application().display(),
        drawn.as_millis(),
        in_page.as_f64().map_or(-1.0, f64::round),
    );
    app.screenshot(if packaged {
        "packaged-01-unlock"
    } else {
        "development-01-unlock"
    })
    .await;

    // A vault created with the real key derivation, its recovery key confirmed: the core is
    // reached through IPC from the packaged binary's embedded UI.
    let passphrase = "correct horse battery staple";
    let vault_dir = app.home().join("Smoke vault");
    super::fill_new_vault(&app, &vault_dir, passphrase).await;
    super::wait_for_hard_to_guess(&app).await;
    let started = Instant::now();
    app.click("[data-testid=create]").await;
    let key = app.text("[data-testid=recovery-key]").await;
    println!("vault created in {} ms", started.elapsed().as_millis());
    assert_eq!(key.len(), 39, "{key}");
    assert!(vault_dir.join("vault.json").is_file());
    app.type_into("[data-testid=recovery-confirm]", &key[35..])
        .await;
    app.click("[data-testid=recovery-confirm-submit]").await;
    app.wait_for("[data-testid=vault-open]").await;

    // Settings → About says which build this is.
    app.click("[data-testid=nav-settings]").await;
    support::assert_core_reached(&app).await;
    let about = app.text("[data-testid=about]").await;
    if packaged {
        assert!(about.contains("Release"), "{about}");
        assert!(!about.contains("not for real cases"), "{about}");
    } else {
        assert!(
            about.contains("Development (not for real cases)"),
            "{about}"
        );
    }
    app.screenshot(if packaged {
        "packaged-02-about"
    } else {
        "development-02-about"
    })
    .await;

    // Lock, and the unlock form comes back.
    app.click("[data-testid=nav-vault]").await;
    app.click("[data-testid=lock]").await;
    app.wait_for("[data-testid=vault-form-unlock]").await;
    let home = app.quit().await;
    assert!(
        support::files_containing(home.path(), passphrase).is_empty(),
        "the passphrase was written somewhere"
    );
}

/// The packaged release: refuses WebDriver, then launched directly maps its window and runs.
#[allow(
    clippy::print_stdout,
    reason = "the timing is printed for BENCHMARKS.md (`make package-test` runs with --nocapture)"
)]
async fn packaged_release_starts(binary: &Path) {
    match App::try_launch_with(&[]).await {
        Ok(_) => panic!(
            "{} let WebDriver drive it: not a release build",
            binary.display()
        ),
        Err(refused) => assert!(
            matches!(refused, NewSessionError::SessionNotCreated(_)),
            "{refused}"
        ),
    }

    let home = tempfile::tempdir().expect("temporary HOME");
    for dir in ["tmp", "data", "config", "cache", "run", "Downloads"] {
        std::fs::create_dir_all(home.path().join(dir)).expect("private folders");
    }
    let watch = ScreenWatch::open(Instant::now());
    let blank = watch.capture();
    let started = Instant::now();
    let watch = watch.counting_from(started);
    let mut child = Command::new(binary)
        .envs(support::private_env(home.path()))
        .env_remove("TAURI_WEBVIEW_AUTOMATION")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdin(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    let deadline = started + Duration::from_secs(60);
    let mapped = loop {
        if let Some(status) = child.try_wait().expect("app status") {
            panic!("the packaged app exited at start: {status}");
        }
        if habeas_window_is_viewable() {
            break started.elapsed();
        }
        assert!(
            Instant::now() < deadline,
            "no Habeas window within a minute"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    // Drawn: the first frame that already looks as the screen looks once it has settled (no new
    // look for 3 s; a blinking caret alternates two looks, both count as settled).
    let frames = watch.until_settled(
        Duration::from_millis(5),
        Duration::from_secs(3),
        DRAWN_COLOURS,
        Duration::from_secs(60),
    );
    let drawn = screen::first_settled(&frames, Duration::from_secs(2)).expect("frames");
    let settled = frames.last().copied().expect("frames");
    println!(
        "packaged release {}: window mapped {} ms, unlock screen drawn {} ms after launch \
         ({} captures; settled look has {} sampled colours, the empty screen {})",
        binary.display(),
        mapped.as_millis(),
        drawn.at.as_millis(),
        frames.len(),
        settled.colours,
        blank.colours,
    );
    // The settled screen is a drawn page, not an empty window: text and controls give many
    // colours, an empty or white window one or two.
    assert_ne!(settled.hash, blank.hash, "the screen never changed");
    assert!(
        settled.colours >= DRAWN_COLOURS,
        "the packaged app's window stayed empty ({} colours)",
        settled.colours
    );
    // It keeps running (a crash after the first frame would show here).
    let still_running = child.try_wait().expect("app status").is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(still_running, "the packaged app exited on its own");
}

/// Distinct colours in a sample of the screen above which it shows a drawn page: the unlock
/// screen's text and controls give hundreds; an empty window one or two.
const DRAWN_COLOURS: usize = 16;

/// Whether a top-level window titled "Habeas" is mapped and viewable on the display
/// (`xwininfo`, Debian's x11-utils).
fn habeas_window_is_viewable() -> bool {
    let tree = Command::new("xwininfo")
        .args(["-root", "-tree"])
        .output()
        .expect("xwininfo (apt-get install x11-utils; make test does)");
    String::from_utf8_lossy(&tree.stdout)
        .lines()
        .filter(|line| line.contains("\"Habeas\""))
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
        .any(|id| {
            Command::new("xwininfo")
                .args(["-id", &id])
                .output()
                .map(|info| String::from_utf8_lossy(&info.stdout).contains("IsViewable"))
                .unwrap_or(false)
        })
}
