//! The IPC contract, written once: the commands the webview may call, the types that cross, the
//! event names and the constants the UI needs, all described here in Rust. The webview's side,
//! `ui/src/lib/bindings.ts`, is generated from this by tauri-specta and committed; the tests
//! below fail when it is stale (`make bindings` rewrites it) and when the allow-lists of
//! `src-tauri/command_names.rs` (the app manifest, read by `build.rs`) and
//! `capabilities/main.json` name anything but exactly these commands.
//!
//! Arguments cross in camelCase (`caseId`), Tauri's default, which is also what the generated
//! bindings send: no command may set `rename_all` (a test checks), or the two would disagree.

use tauri_specta::{collect_commands, Builder};

use crate::commands::{
    about, backup, cases, device, drafts, evidence, filings, settings, sharing, travel, vault,
};

/// Names every command once: the invoke handler is built from this list, the bindings are
/// generated from it, and the tests hold the two allow-lists to it.
macro_rules! ipc_commands {
    ($($module:ident :: $name:ident),* $(,)?) => {
        /// Every command the webview may call, with its types.
        fn commands() -> tauri_specta::Commands<tauri::Wry> {
            collect_commands![$($module::$name),*]
        }

        /// Their names, as the webview invokes them (no command is renamed).
        #[cfg(test)]
        const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

ipc_commands![
    about::app_info,
    backup::backup_run,
    backup::backup_cancel,
    backup::backup_status,
    backup::backup_set_policy,
    backup::backup_generations,
    backup::backup_restore,
    backup::travel_leave,
    backup::travel_return,
    backup::travel_status,
    vault::vault_status,
    vault::vault_places,
    vault::vault_create,
    vault::vault_recovery_sheet,
    vault::vault_confirm_recovery_key,
    vault::vault_discard_recovery_key,
    vault::vault_devices,
    vault::vault_new_recovery_key,
    vault::vault_unlock,
    vault::vault_recover,
    vault::vault_rescue,
    vault::vault_lock,
    vault::session_activity,
    vault::vault_change_passphrase,
    vault::vault_passphrase_strength,
    vault::vault_generate_passphrase,
    device::device_status,
    device::device_remember,
    device::device_forget,
    device::device_remembers,
    device::vault_unlock_device,
    settings::settings_get,
    settings::settings_set_auto_lock,
    settings::settings_set_date_order,
    settings::language_device,
    settings::language_set,
    drafts::drafts_keep,
    drafts::drafts_list,
    drafts::drafts_discard,
    sharing::sharing_identity,
    sharing::sharing_contacts,
    sharing::sharing_contact_add,
    sharing::case_share,
    sharing::case_share_cancel,
    sharing::share_receive_pick,
    sharing::share_receive,
    sharing::sharing_revoke,
    sharing::sharing_revocation_import,
    cases::case_list,
    cases::case_create,
    cases::case_view,
    cases::case_update,
    cases::case_close,
    cases::case_reopen,
    cases::case_delete_plan,
    cases::case_delete,
    cases::alert_save,
    cases::alert_delete,
    cases::event_check,
    cases::event_save,
    cases::event_delete,
    cases::case_audit,
    cases::case_search,
    cases::countries,
    cases::deadlines_export_ics,
    evidence::evidence_list,
    evidence::evidence_categories,
    evidence::evidence_import,
    evidence::evidence_import_cancel,
    evidence::evidence_pick,
    evidence::evidence_update,
    evidence::evidence_custody,
    evidence::evidence_preview,
    evidence::evidence_metadata,
    evidence::evidence_export,
    evidence::evidence_certificate,
    evidence::evidence_delete,
    evidence::evidence_verify,
    evidence::evidence_verify_cancel,
    filings::filing_list,
    filings::filing_create,
    filings::filing_save,
    filings::filing_delete,
    filings::filing_check,
    filings::filing_record_submitted,
    filings::filing_arguments,
    filings::filing_annex_metadata,
    filings::filing_export_portal,
    filings::filing_export_packet,
    filings::filing_export_cancel,
    filings::letter_export,
    travel::trip_list,
    travel::trip_add,
    travel::trip_save,
    travel::trip_delete,
    travel::travel_check,
    travel::travel_brief_export,
];

/// The commands, as the app registers them (`lib.rs` takes its invoke handler).
pub(crate) fn builder() -> Builder<tauri::Wry> {
    Builder::new().commands(commands())
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    use specta_typescript::Typescript;
    use tauri_specta::ErrorHandlingMode;

    use super::*;
    use crate::events;

    /// Where the generated bindings live, from the repository root.
    const BINDINGS_PATH: &str = "ui/src/lib/bindings.ts";

    /// The command that rewrites [`BINDINGS_PATH`].
    const REGENERATE: &str = "make bindings";

    /// The contract as exported: the commands, the event payloads and the constants.
    ///
    /// Commands throw (`ErrorHandlingMode::Throw`): `ui/src/lib/services/core.ts` turns every
    /// rejection into the UI's `Result` with a typed `CommandError`, including Tauri's own refusals,
    /// which are plain strings.
    ///
    /// Two shapes where serde reads more leniently than it writes (a `#[serde(default)]` or an
    /// `Option` field may be missing on input): `Case_Serialize`, every field present, is what a
    /// command returns; `Case_Deserialize` is what one accepts. The UI holds the first and sends it
    /// back, which the second accepts. (tauri-specta's single-shape mode would mark every such field
    /// optional in what the UI receives, which serde never does.)
    ///
    /// Integers wider than 32 bits (file sizes, byte counts, audit sequence numbers, day counts)
    /// become `number`: JavaScript holds integers exactly up to 2^53, i.e. 8 PiB, far beyond any
    /// file or count Habeas handles.
    fn contract() -> Builder<tauri::Wry> {
        builder()
            .typ::<evidence::ImportProgress>()
            .typ::<evidence::VerifyProgress>()
            .typ::<filings::ExportProgress>()
            .typ::<habeas_core::vault::BackupProgress>()
            .typ::<sharing::ShareProgress>()
            .constant(
                "EVENTS",
                events::NAMES.into_iter().collect::<BTreeMap<_, _>>(),
            )
            .constant(
                "MIN_PASSPHRASE_CHARS",
                habeas_core::vault::MIN_PASSPHRASE_CHARS,
            )
            .constant("MAX_TREATY_DAYS", habeas_core::model::MAX_TREATY_DAYS)
            .constant("ANNEX_PREFIX", habeas_core::model::filing::ANNEX_PREFIX)
            .constant(
                "MAX_REMINDER_MONTHS",
                habeas_core::model::MAX_REMINDER_MONTHS,
            )
            .error_handling(ErrorHandlingMode::Throw)
            .dangerously_cast_bigints_to_number()
    }

    /// The TypeScript exporter, with the header the generated file carries.
    fn typescript() -> Typescript {
        Typescript::default().header(format!(
            "// Generated from src-tauri/bindings.rs by tauri-specta: do not edit. Regenerate \
             with `{REGENERATE}`.\n// {BINDINGS_PATH}"
        ))
    }

    fn repo() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// The bindings as this build would generate them.
    fn generated() -> String {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
        let path = dir.path().join("bindings.ts");
        contract()
            .export(typescript(), &path)
            .unwrap_or_else(|e| panic!("tauri-specta could not export the bindings: {e}"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// The committed bindings are what the Rust definitions generate. With
    /// `HABEAS_WRITE_BINDINGS=1` (what `make bindings` sets) the test writes them instead.
    #[test]
    fn bindings_are_current() {
        let path = repo().join(BINDINGS_PATH);
        let fresh = generated();
        if std::env::var_os("HABEAS_WRITE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh)
                .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{BINDINGS_PATH} is stale: the Rust side of the IPC contract changed. Run `{REGENERATE}` \
             and commit the result."
        );
    }

    /// Generating twice gives the same text, so the check above cannot flap.
    #[test]
    fn bindings_are_stable() {
        assert_eq!(generated(), generated());
    }

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// The app manifest (`build.rs` includes `command_names.rs`) lists exactly the collected
    /// commands: one missing there could not be called at all, one extra would be allowed
    /// without existing.
    #[test]
    fn app_manifest_lists_exactly_the_commands() {
        mod manifest {
            include!("command_names.rs");
            pub(super) fn all() -> &'static [&'static str] {
                COMMANDS
            }
        }
        assert_eq!(names(manifest::all()), names(COMMAND_NAMES));
        assert_eq!(
            manifest::all().len(),
            COMMAND_NAMES.len(),
            "a command is listed twice"
        );
    }

    /// The capability grants exactly the collected commands (`allow-<name in kebab case>`),
    /// beside the plugin and core permissions it names on purpose.
    #[test]
    fn capability_allows_exactly_the_commands() {
        let path = repo().join("src-tauri/capabilities/main.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let json: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse main.json: {e}"));
        let permissions: Vec<&str> = json["permissions"]
            .as_array()
            .map(|list| list.iter().filter_map(serde_json::Value::as_str).collect())
            .unwrap_or_default();
        let allowed: BTreeSet<String> = permissions
            .iter()
            .filter_map(|p| p.strip_prefix("allow-"))
            .map(|p| p.replace('-', "_"))
            .collect();
        assert_eq!(allowed, names(COMMAND_NAMES));
        let others: BTreeSet<&str> = permissions
            .iter()
            .copied()
            .filter(|p| !p.starts_with("allow-"))
            .collect();
        assert_eq!(
            others,
            BTreeSet::from([
                "core:event:allow-listen",
                "core:event:allow-unlisten",
                "dialog:allow-open"
            ]),
            "a permission beyond Habeas' own commands was added or removed: update this test \
             and ARCHITECTURE.md deliberately"
        );
    }

    /// The bindings send arguments in camelCase, Tauri's default. A command that set
    /// `rename_all` would expect other names than the bindings send, and fail at run time.
    #[test]
    fn no_command_renames_its_arguments() {
        let dir = repo().join("src-tauri/commands");
        let files = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"));
        let mut seen = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            seen += text.matches("#[tauri::command").count();
            assert!(
                !text.contains("rename_all") && !text.contains("#[tauri::command(rename"),
                "{}: a command renames its arguments or itself; the generated bindings would \
                 not match it",
                short(&file)
            );
        }
        assert_eq!(seen, COMMAND_NAMES.len(), "every command is collected");
    }

    fn short(path: &Path) -> String {
        path.strip_prefix(repo())
            .unwrap_or(path)
            .display()
            .to_string()
    }
}
