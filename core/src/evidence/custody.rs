//! Custody entries that correct an export entry saved before its copy was named (issue 16,
//! "crashes mid-export"): an export records its custody entry *before* the copy takes its name,
//! so that a crash never leaves a copy without its entry; when the rename then fails, the chain
//! of custody must not go on claiming a copy that does not exist.

use serde_json::json;

use crate::clock;
use crate::model::evidence::Evidence;
use crate::store::audit::{self, Change};
use crate::store::Store;
use crate::Error;

/// The audit log's entity for evidence items (as `store::evidence_items` writes it).
const ENTITY: &str = "evidence";

/// Records in `item`'s chain of custody that its export to `destination`, recorded just
/// before, did not complete: no copy was left there.
///
/// # Errors
/// I/O errors of saving.
pub(crate) fn log_export_failed(
    store: &mut Store,
    item: &Evidence,
    destination: &str,
) -> Result<(), Error> {
    log_failed(store, &[(&item.case_id, &item.id)], destination)
}

/// Records, for each `(case id, item id)`, that the export to `destination` recorded just
/// before did not complete.
///
/// # Errors
/// I/O errors of saving.
pub(crate) fn log_failed(
    store: &mut Store,
    items: &[(&str, &str)],
    destination: &str,
) -> Result<(), Error> {
    let at = clock::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    store.write(|tx| {
        audit::append(
            tx,
            &at,
            items
                .iter()
                .map(|(case_id, id)| Change {
                    case_id,
                    entity: ENTITY,
                    entity_id: id,
                    action: "export_failed",
                    field: String::new(),
                    old: None,
                    new: Some(json!({ "to": destination })),
                })
                .collect(),
        )
    })
}
