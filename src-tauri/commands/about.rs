//! Settings → About: what this build is, and whether it is protected as it should be.

use habeas_core::{about, process};
use serde::Serialize;

use crate::error::CommandError;

/// What the About section shows.
#[derive(Debug, Serialize, specta::Type)]
pub(crate) struct AppInfo {
    /// The desktop app's version.
    app_version: &'static str,
    /// The core's view of this build.
    core: about::BuildInfo,
    /// Whether a crash can write this process' memory to disk.
    core_dumps: process::CoreDumps,
}

/// Returns facts about this build, from the core.
#[tauri::command]
#[specta::specta]
pub(crate) fn app_info() -> Result<AppInfo, CommandError> {
    Ok(AppInfo {
        app_version: env!("CARGO_PKG_VERSION"),
        core: about::build_info(),
        core_dumps: process::core_dumps(),
    })
}
