//! The native dialogs that choose where an export goes, run off the UI thread. The save dialog
//! asks before replacing a file, so a caller may then overwrite what the user chose.
//!
//! No dialog of Habeas leaves a trace in the desktop's "recent files" (issue 16.7): see
//! [`keep_out_of_recent_files`].

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

/// Keeps every file dialog of this process out of the account's recent-files list.
///
/// On Linux the dialogs are GTK's file chooser (tauri-plugin-dialog 2.8 → rfd 0.17, GTK 3
/// `GtkFileChooserNative`), which adds each picked file, folder and save destination to
/// `~/.local/share/recently-used.xbel`, readable by every program of the account and copied by
/// backups: the vault's folder, the names of evidence files, where exports went. Neither the
/// plugin nor rfd has a setting for it; GTK's own is `GtkSettings:gtk-recent-files-enabled`,
/// set here for this process only (an application's value outranks the desktop's). GTK 3.24's
/// recent manager (`gtkrecentmanager.c`) then records nothing, but it still rewrites the list
/// after each pick, empty: the account's recent-files history, other programs' entries
/// included, is cleared the first time a Habeas dialog returns a file. That is GTK's meaning of
/// the setting ("the list will always be empty"), as when a user turns file history off.
///
/// Runs on the main thread before any dialog opens (`window.rs`): the dialogs run there too.
/// A dialog served by the desktop portal (Flatpak, `GTK_USE_PORTAL=1`) runs in the portal's
/// process, which keeps its own list; Windows' `IFileDialog` (`FOS_DONTADDTORECENT`) and macOS'
/// panels are not reachable through rfd (docs/threat-model.md).
#[cfg(target_os = "linux")]
pub(crate) fn keep_out_of_recent_files() {
    use gtk::prelude::GtkSettingsExt;
    if !gtk::is_initialized_main_thread() {
        return;
    }
    if let Some(settings) = gtk::Settings::default() {
        settings.set_gtk_recent_files_enabled(false);
    }
}

/// See the Linux version: rfd offers no such setting on Windows and macOS.
#[cfg(not(target_os = "linux"))]
pub(crate) fn keep_out_of_recent_files() {}
