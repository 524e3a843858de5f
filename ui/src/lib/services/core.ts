// The only place the UI talks to the Rust side. Every command goes through `call`, which never
// throws: it returns a Result whose error is a typed CommandError.

import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import { toCommandError, type CommandError } from './errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: CommandError };

/** Commands the shell defines (src-tauri/build.rs); a name not listed here cannot be called. */
export type Command =
  | 'app_info'
  | 'vault_status'
  | 'vault_create'
  | 'vault_recovery_sheet'
  | 'vault_confirm_recovery_key'
  | 'vault_discard_recovery_key'
  | 'vault_new_recovery_key'
  | 'vault_unlock'
  | 'vault_recover'
  | 'vault_rescue'
  | 'vault_lock'
  | 'vault_change_passphrase'
  | 'device_status'
  | 'device_remember'
  | 'device_forget'
  | 'device_remembers'
  | 'vault_unlock_device'
  | 'settings_get'
  | 'settings_set_auto_lock'
  | 'case_list'
  | 'case_create'
  | 'case_view'
  | 'case_update'
  | 'alert_save'
  | 'alert_delete'
  | 'event_save'
  | 'event_delete'
  | 'case_audit'
  | 'case_search'
  | 'countries'
  | 'deadlines_export_ics'
  | 'evidence_list'
  | 'evidence_categories'
  | 'evidence_import'
  | 'evidence_import_cancel'
  | 'evidence_pick'
  | 'evidence_update'
  | 'evidence_custody'
  | 'evidence_preview'
  | 'evidence_export'
  | 'evidence_certificate'
  | 'evidence_delete'
  | 'evidence_verify'
  | 'evidence_verify_cancel'
  | 'filing_list'
  | 'filing_create'
  | 'filing_save'
  | 'filing_delete'
  | 'filing_check'
  | 'filing_arguments'
  | 'filing_export_portal'
  | 'filing_export_packet'
  | 'filing_export_cancel'
  | 'letter_export';

export async function call<T>(command: Command, args?: InvokeArgs): Promise<Result<T>> {
  try {
    return { ok: true, value: await invoke<T>(command, args) };
  } catch (raw) {
    return { ok: false, error: toCommandError(raw) };
  }
}
