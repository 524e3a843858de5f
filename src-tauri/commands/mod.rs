//! The commands the webview may call. Each reads state, calls one core function, and maps the
//! error (STYLE.md, "thin commands"). Every command here is also listed in `build.rs` and allowed
//! in `capabilities/main.json`; anything else is refused by Tauri.

pub(crate) mod about;
pub(crate) mod backup;
pub(crate) mod cases;
pub(crate) mod device;
pub(crate) mod dialogs;
pub(crate) mod drafts;
pub(crate) mod evidence;
pub(crate) mod filings;
pub(crate) mod settings;
pub(crate) mod sharing;
pub(crate) mod travel;
pub(crate) mod vault;
