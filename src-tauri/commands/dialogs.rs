//! The native dialogs that choose where an export goes, run off the UI thread. The save dialog
//! asks before replacing a file, so a caller may then overwrite what the user chose.

use std::path::{Path, PathBuf};

use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use super::vault::blocking;
use crate::error::CommandError;

/// The filter for a PDF.
pub(crate) const PDF: (&str, &[&str]) = ("PDF", &["pdf"]);

/// Asks where to save, offering `name`; `None` when the user closes the dialog.
pub(crate) async fn save_as(
    app: &AppHandle,
    name: String,
    filter: Option<(&'static str, &'static [&'static str])>,
) -> Result<Option<PathBuf>, CommandError> {
    let dialog = app.dialog().clone();
    blocking(move || {
        let mut builder = dialog.file().set_file_name(&name);
        if let Some((label, extensions)) = filter {
            builder = builder.add_filter(label, extensions);
        }
        Ok(builder
            .blocking_save_file()
            .and_then(|p| p.into_path().ok()))
    })
    .await
}

/// Asks for a folder; `None` when the user closes the dialog.
pub(crate) async fn folder(app: &AppHandle) -> Result<Option<PathBuf>, CommandError> {
    let dialog = app.dialog().clone();
    blocking(move || {
        Ok(dialog
            .file()
            .blocking_pick_folder()
            .and_then(|p| p.into_path().ok()))
    })
    .await
}

/// The name the webview shows for what was written (never the whole path).
pub(crate) fn file_name(path: &Path) -> Option<String> {
    path.file_name().map(|n| n.to_string_lossy().into_owned())
}
