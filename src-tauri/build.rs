//! Build script of the desktop shell.
//!
//! The app manifest lists every command the shell defines. With a manifest, Tauri refuses any
//! command that no capability (`src-tauri/capabilities/`) allows, so the webview can call only
//! what is listed there (DEVELOPERS.md, security baseline). The list is in `command_names.rs`;
//! a test in `bindings.rs` keeps it equal to the commands the shell registers.

include!("command_names.rs");

#[allow(
    clippy::expect_used,
    reason = "a build script reports failure by panicking"
)]
fn main() {
    // tauri-build watches its default `capabilities/` folder only; ours is under src-tauri/.
    // Without this, editing a capability would not rebuild the app, and a stale allow-list
    // would ship.
    println!("cargo::rerun-if-changed=src-tauri/capabilities");
    println!("cargo::rerun-if-changed=src-tauri/command_names.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed: see the message above");
}
