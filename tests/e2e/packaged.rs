//! Smoke test of the app as a user installs it: `make package-test` unpacks the .deb
//! (`dpkg-deb -x`, the files installing writes) and points the harness at its binary with
//! `HABEAS_APP`. Without it, the same walk runs on the development build Cargo made, which must
//! keep saying it is not for real cases; the packaged release must not say so.
//!
//! It also times the cold start to a drawn unlock screen (a fresh HOME, so no WebKit cache), from
//! the WebDriver session request (WebKitWebDriver starts the app then) to the unlock form painted
//! (two animation frames), and prints it for BENCHMARKS.md. No timed assert: the figure is
//! recorded by hand (BENCHMARKS.md, first paragraph).

use std::time::Instant;

use super::support::{self, App};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(
    clippy::print_stdout,
    reason = "the timings are printed for BENCHMARKS.md (`make package-test` runs with --nocapture)"
)]
async fn the_packaged_app_starts_unlocks_and_says_what_build_it_is() {
    let packaged = std::env::var_os("HABEAS_APP").is_some();
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
