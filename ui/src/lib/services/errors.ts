// Errors as the core sends them across the boundary: { code, message }.
//
// The codes are the closed set of habeas_core::ErrorCode (core/src/error.rs); their type is
// generated (../bindings.ts), and the list below, which the UI needs at run time to recognise a
// code, is checked at compile time to name every one of them.
// The UI decides by `code` and shows `message` as it is.

import { t } from '../i18n/i18n.svelte';
import type { CommandError, ErrorCode } from '../bindings';
import { everyMember } from './members';

export type { CommandError, ErrorCode } from '../bindings';

export const ERROR_CODES = everyMember<ErrorCode>()([
  'invalid_input',
  'platform',
  'internal',
  'wrong_passphrase',
  'wrong_recovery_key',
  'not_a_vault',
  'folder_missing',
  'folder_not_empty',
  'vault_too_new',
  'weak_kdf',
  'missing_file',
  'damaged_file',
  'damaged_save',
  'forged_save',
  'forged_file',
  'vault_in_use',
  'busy',
  'already_exists',
  'cancelled',
  'vault_locked',
  'not_found',
  'duplicate',
  'keyring_unavailable',
  'not_remembered',
  'disk_full',
  'read_only',
  'share_incomplete',
  'share_damaged',
  'share_not_for_you',
  'share_too_new',
  'share_unknown_sender',
  'share_local_edits',
  'share_revoked_sender',
  'io',
  'backup_full',
  'backup_read_only',
  'backup_folder_gone',
  'backup_of_another_vault',
  'not_a_backup',
  'backup_before_secret_change',
]);

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Turns whatever a rejected command gave us into a CommandError. Anything that is not the
 * core's shape (a bug, a Tauri-level refusal given as a plain string) becomes `internal`, with
 * the original text kept only when it is a string we can show.
 */
export function toCommandError(raw: unknown): CommandError {
  if (typeof raw === 'object' && raw !== null) {
    const { code, message } = raw as Record<string, unknown>;
    if (isErrorCode(code) && typeof message === 'string') return { code, message };
  }
  if (typeof raw === 'string' && raw.trim() !== '') {
    return { code: 'internal', message: `${t('error.unexpected')} (${raw})` };
  }
  return { code: 'internal', message: t('error.unexpected') };
}
