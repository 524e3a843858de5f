//! Build script of the desktop shell.
//!
//! The app manifest lists every command the shell defines. With a manifest, Tauri refuses any
//! command that no capability (`src-tauri/capabilities/`) allows, so the webview can call only
//! what is listed there (DEVELOPERS.md, security baseline).

/// Commands defined in `src-tauri/commands/`. A command missing here cannot be called at all.
const COMMANDS: &[&str] = &[
    "app_info",
    "vault_status",
    "vault_create",
    "vault_recovery_sheet",
    "vault_confirm_recovery_key",
    "vault_discard_recovery_key",
    "vault_new_recovery_key",
    "vault_unlock",
    "vault_recover",
    "vault_rescue",
    "vault_lock",
    "vault_change_passphrase",
    "device_status",
    "device_remember",
    "device_forget",
    "device_remembers",
    "vault_unlock_device",
    "settings_get",
    "settings_set_auto_lock",
    "case_list",
    "case_create",
    "case_view",
    "case_update",
    "alert_save",
    "alert_delete",
    "event_save",
    "event_delete",
    "case_audit",
    "case_search",
    "countries",
    "deadlines_export_ics",
    "evidence_list",
    "evidence_categories",
    "evidence_import",
    "evidence_import_cancel",
    "evidence_pick",
    "evidence_update",
    "evidence_custody",
    "evidence_preview",
    "evidence_export",
    "evidence_certificate",
    "evidence_delete",
    "evidence_verify",
    "evidence_verify_cancel",
    "filing_list",
    "filing_create",
    "filing_save",
    "filing_delete",
    "filing_check",
    "filing_arguments",
    "filing_export_portal",
    "filing_export_packet",
    "filing_export_cancel",
    "letter_export",
];

#[allow(
    clippy::expect_used,
    reason = "a build script reports failure by panicking"
)]
fn main() {
    // tauri-build watches its default `capabilities/` folder only; ours is under src-tauri/.
    // Without this, editing a capability would not rebuild the app, and a stale allow-list
    // would ship.
    println!("cargo::rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed: see the message above");
}
