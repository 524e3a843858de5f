//! Backups, travel mode and restore in the real app (issue 19): a vault with a case is backed
//! up; travel mode takes the case off the device after its own checked backup and brings it
//! back; then, locked, the backup is restored from the unlock screen into a new folder (a folder
//! holding a vault is refused first), opened, and the case is there. Walked in English and in
//! Arabic, screenshotted at 1280×800 (`target/e2e/backups-<lang>-*.png`).

use serde_json::json;

use super::{create_vault, set_value};
use crate::support::App;

const PASSPHRASE: &str = "correct horse battery staple";
const NAME: &str = "Dara Example";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_travel_mode_and_restore_in_english() {
    walk("en").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_travel_mode_and_restore_in_arabic() {
    walk("ar").await;
}

async fn walk(lang: &str) {
    let app = App::launch().await;
    app.client
        .set_window_size(1280, 800)
        .await
        .expect("window 1280×800");
    app.wait_for("[data-testid=vault-form-create]").await;
    if lang != "en" {
        set_value(&app, "[data-testid=language]", lang).await;
        app.wait_for("html[dir=rtl]").await;
    }
    let vault = app.home().join("vault");
    create_vault(&app, &vault, PASSPHRASE).await;

    app.click("[data-testid=nav-cases]").await;
    app.wait_for("[data-testid=cases-empty]").await;
    app.click("[data-testid=case-new]").await;
    app.type_into("[data-testid=case-new-latin]", NAME).await;
    app.click("[data-testid=case-new-create]").await;
    app.wait_for("[data-testid=screen-caseWorkspace] [data-testid=person-form]")
        .await;

    // A backup, made by the command Settings → Backups runs once its native folder dialog
    // answers (the dialog itself cannot be driven over WebDriver).
    let backups = app.home().join("backups");
    let report = app
        .eval_async(&format!(
            "window.__TAURI_INTERNALS__.invoke('backup_run', {{ dir: {:?} }})
               .then(done, (e) => done({{ error: e }}));",
            backups.to_string_lossy()
        ))
        .await;
    assert_eq!(report["cases"], json!(1), "{report}");
    app.click("[data-testid=nav-settings]").await;
    app.wait_for("[data-testid=backup-last]").await;
    assert!(app
        .text("[data-testid=backup-last]")
        .await
        .contains(&*backups.to_string_lossy()));

    // Travel mode: the backup said first, made first; then the case leaves the device.
    app.click("[data-testid=nav-cases]").await;
    app.wait_for("[data-testid=case-row]").await;
    app.click("[data-testid=travel-mode-open]").await;
    app.wait_for("[data-testid=travel-mode-backup-first]").await;
    assert_eq!(
        app.eval("return document.activeElement?.id").await,
        json!("travel-mode-title"),
        "the panel takes the focus"
    );
    let travel = app.home().join("travel");
    app.type_into(
        "[data-testid=travel-mode-folder]",
        travel.to_str().expect("utf-8"),
    )
    .await;
    app.screenshot(&format!("backups-{lang}-01-travel-mode"))
        .await;
    app.click("[data-testid=travel-mode-leave]").await;
    app.wait_for("[data-testid=travel-mode-left]").await;
    app.wait_for("[data-testid=cases-empty]").await;
    if lang == "en" {
        assert!(app
            .text("[data-testid=travel-mode-left]")
            .await
            .contains("Cases taken off: 1"));
        assert!(app
            .text("[data-testid=travel-mode-holds]")
            .await
            .contains("cases 0, evidence files 0"));
        assert!(app
            .text("[data-testid=travel-mode-forensic]")
            .await
            .contains("forensic examination of this disk may still find fragments"));
    }
    app.screenshot(&format!("backups-{lang}-02-travel-mode-left"))
        .await;
    app.click("[data-testid=travel-mode-close]").await;
    app.wait_for("[data-testid=travel-mode-away]").await;
    assert!(!app.exists("[data-testid=case-row]").await);
    app.screenshot(&format!("backups-{lang}-03-cases-away"))
        .await;

    // And back.
    app.click("[data-testid=travel-mode-away-return]").await;
    assert_eq!(
        app.eval("return document.querySelector('[data-testid=travel-mode-folder]').value")
            .await,
        json!(travel.to_string_lossy()),
        "the folder the cases went to"
    );
    app.click("[data-testid=travel-mode-return]").await;
    app.wait_for("[data-testid=travel-mode-returned]").await;
    app.wait_for("[data-testid=case-row]").await;
    assert!(app.text("[data-testid=case-row]").await.contains(NAME));
    app.screenshot(&format!("backups-{lang}-04-travel-mode-returned"))
        .await;
    app.click("[data-testid=travel-mode-close]").await;
    assert!(!app.exists("[data-testid=travel-mode-away]").await);

    // Locked: restore from the unlock screen.
    app.click("[data-testid=nav-vault]").await;
    app.click("[data-testid=lock]").await;
    app.wait_for("[data-testid=vault-form-unlock]").await;
    app.click("[data-testid=mode-restore]").await;
    app.wait_for("[data-testid=restore]").await;
    app.type_into(
        "[data-testid=restore-backup]",
        backups.to_str().expect("utf-8"),
    )
    .await;
    app.click("[data-testid=restore-read]").await;
    app.wait_for("[data-testid=restore-generations] input[type=radio]:checked")
        .await;
    let listed = app
        .eval("return document.querySelectorAll('[data-testid=restore-generations] li').length")
        .await;
    assert_eq!(listed, json!(1), "the one backup made in this folder");

    // Never over a vault: the vault's own folder is refused, with what to do.
    app.type_into(
        "[data-testid=restore-target]",
        vault.to_str().expect("utf-8"),
    )
    .await;
    app.type_into("[data-testid=restore-secret]", PASSPHRASE)
        .await;
    app.click("[data-testid=restore-run]").await;
    app.wait_for("[data-testid=restore-error] [data-code=folder_not_empty]")
        .await;
    app.wait_for("[data-testid=restore-advice]").await;
    app.screenshot(&format!("backups-{lang}-05-restore-refused"))
        .await;

    let restored = app.home().join("restored vault");
    set_value(
        &app,
        "[data-testid=restore-target]",
        restored.to_str().expect("utf-8"),
    )
    .await;
    app.type_into("[data-testid=restore-secret]", PASSPHRASE)
        .await;
    app.screenshot(&format!("backups-{lang}-06-restore-form"))
        .await;
    app.click("[data-testid=restore-run]").await;
    app.wait_for("[data-testid=restore-done]").await;
    if lang == "en" {
        assert!(app
            .text("[data-testid=restore-done-what]")
            .await
            .contains("cases 1, evidence files 0"));
    }
    assert!(app
        .text("[data-testid=restore-done-folder]")
        .await
        .contains(&*restored.to_string_lossy()));
    app.screenshot(&format!("backups-{lang}-07-restored")).await;

    // Open it: the unlock form with its folder, the passphrase asked again.
    app.click("[data-testid=restore-open]").await;
    app.wait_for("[data-testid=vault-form-unlock]").await;
    assert_eq!(
        app.eval("return [document.querySelector('[data-testid=vault-dir]').value, document.activeElement?.id]")
            .await,
        json!([restored.to_string_lossy(), "vault-pass"])
    );
    app.type_into("[data-testid=vault-pass]", PASSPHRASE).await;
    app.click("[data-testid=unlock]").await;
    app.wait_for("[data-testid=nav-cases]").await;
    app.click("[data-testid=nav-cases]").await;
    app.wait_for("[data-testid=case-row]").await;
    assert!(app.text("[data-testid=case-row]").await.contains(NAME));
    app.screenshot(&format!("backups-{lang}-08-restored-case"))
        .await;
    // The original vault is untouched by the restore.
    assert!(vault.join("vault.json").is_file());
    assert!(restored.join("vault.json").is_file());
}
