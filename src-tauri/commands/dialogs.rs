//! The native dialogs that choose where an export goes, run off the UI thread. The save dialog
//! asks before replacing a file, so a caller may then overwrite what the user chose.
//!
//! Each kind of dialog (evidence to import, an export to write) starts in the folder the last
//! one of its kind went to in this unlocked session, else in the account's Documents folder
//! (issue 21.10). Those folders are kept in memory only ([`LastFolders`], forgotten at lock):
//! they name the user's folders and are never written to disk in clear.
//!
//! No dialog of Habeas leaves a trace in the desktop's "recent files" (issue 16.7): see
//! [`keep_out_of_recent_files`].

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{Dialog, DialogExt, FileDialogBuilder};

use super::vault::blocking;
use crate::error::CommandError;
use crate::state::AppState;

/// The filter for a PDF.
pub(crate) const PDF: (&str, &[&str]) = ("PDF", &["pdf"]);

/// What a file dialog is for; each kind remembers its own last folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DialogKind {
    /// Files or a folder to import as evidence.
    Evidence,
    /// Where an export (letter, packet, portal set, certificate, calendar, copy) goes.
    Export,
}

/// The folder each kind of dialog last went to, this session.
#[derive(Debug, Default)]
pub(crate) struct LastFolders {
    evidence: Option<PathBuf>,
    export: Option<PathBuf>,
}

impl LastFolders {
    fn slot(&mut self, kind: DialogKind) -> &mut Option<PathBuf> {
        match kind {
            DialogKind::Evidence => &mut self.evidence,
            DialogKind::Export => &mut self.export,
        }
    }

    /// Remembers where a dialog of `kind` went: the folder holding what was chosen (a file, or
    /// a folder, whose siblings the next dialog shows).
    pub(crate) fn note(&mut self, kind: DialogKind, chosen: &Path) {
        if let Some(parent) = chosen.parent().filter(|p| !p.as_os_str().is_empty()) {
            *self.slot(kind) = Some(parent.to_path_buf());
        }
    }

    /// Where the next dialog of `kind` starts: the last folder of that kind if it still
    /// exists, else `fallback` (Documents).
    pub(crate) fn start(&self, kind: DialogKind, fallback: Option<PathBuf>) -> Option<PathBuf> {
        let last = match kind {
            DialogKind::Evidence => &self.evidence,
            DialogKind::Export => &self.export,
        };
        last.clone().filter(|p| p.is_dir()).or(fallback)
    }
}

/// A file dialog of `kind`, starting in the right folder. Made where it is shown (on the
/// blocking worker), from what [`opener`] gathered on the async side.
pub(crate) fn dialog(
    (dialog, start): (Dialog<tauri::Wry>, Option<PathBuf>),
) -> FileDialogBuilder<tauri::Wry> {
    let builder = dialog.file();
    match start {
        Some(dir) => builder.set_directory(dir),
        None => builder,
    }
}

/// What [`dialog`] needs for a dialog of `kind`: the dialog plugin and the folder to start in.
pub(crate) fn opener(app: &AppHandle, kind: DialogKind) -> (Dialog<tauri::Wry>, Option<PathBuf>) {
    let documents = app.path().document_dir().ok().filter(|p| p.is_dir());
    let start = app
        .state::<AppState>()
        .last_folders()
        .start(kind, documents);
    (app.dialog().clone(), start)
}

/// Remembers where a dialog of `kind` went (see [`LastFolders::note`]).
pub(crate) fn remember(app: &AppHandle, kind: DialogKind, chosen: &Path) {
    app.state::<AppState>().last_folders().note(kind, chosen);
}

/// Asks where to save, offering `name`; `None` when the user closes the dialog.
pub(crate) async fn save_as(
    app: &AppHandle,
    name: String,
    filter: Option<(&'static str, &'static [&'static str])>,
) -> Result<Option<PathBuf>, CommandError> {
    let opener = opener(app, DialogKind::Export);
    let chosen = blocking(move || {
        let mut builder = dialog(opener).set_file_name(&name);
        if let Some((label, extensions)) = filter {
            builder = builder.add_filter(label, extensions);
        }
        Ok(builder
            .blocking_save_file()
            .and_then(|p| p.into_path().ok()))
    })
    .await?;
    if let Some(path) = &chosen {
        remember(app, DialogKind::Export, path);
    }
    Ok(chosen)
}

/// Asks for a folder to export into; `None` when the user closes the dialog.
pub(crate) async fn folder(app: &AppHandle) -> Result<Option<PathBuf>, CommandError> {
    let opener = opener(app, DialogKind::Export);
    let chosen = blocking(move || {
        Ok(dialog(opener)
            .blocking_pick_folder()
            .and_then(|p| p.into_path().ok()))
    })
    .await?;
    if let Some(path) = &chosen {
        remember(app, DialogKind::Export, path);
    }
    Ok(chosen)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_starts_where_its_last_dialog_went() {
        let tmp = tempfile::tempdir().unwrap();
        let evidence = tmp.path().join("scans");
        let exports = tmp.path().join("out");
        std::fs::create_dir_all(&evidence).unwrap();
        std::fs::create_dir_all(&exports).unwrap();
        let documents = Some(tmp.path().to_path_buf());
        let mut last = LastFolders::default();
        assert_eq!(last.start(DialogKind::Export, documents.clone()), documents);
        last.note(DialogKind::Evidence, &evidence.join("photo.jpg"));
        last.note(DialogKind::Export, &exports.join("letter.pdf"));
        assert_eq!(last.start(DialogKind::Evidence, None), Some(evidence));
        assert_eq!(last.start(DialogKind::Export, None), Some(exports.clone()));
        // A folder that went away (a drive unplugged) is not offered.
        std::fs::remove_dir(&exports).unwrap();
        assert_eq!(last.start(DialogKind::Export, documents.clone()), documents);
    }
}
