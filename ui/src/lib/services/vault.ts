// The vault commands (src-tauri/commands/vault.rs), and the native folder picker.

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { open } from '@tauri-apps/plugin-dialog';
import { call, type Result } from './core';
import { toCommandError } from './errors';

/** Where the vault's recovery key stands (core `vault::RecoveryKeyState`). */
export type RecoveryKeyState = 'confirmed' | 'unconfirmed' | 'pending';

export interface VaultStatus {
  unlocked: boolean;
  dir: string | null;
  /** When unlocked: whether the key shown at creation was ever confirmed, or a new one waits. */
  recovery?: RecoveryKeyState | null;
  /** When unlocked and other accounts can look into the vault folder: what to tell the user. */
  exposure?: string | null;
}

export interface CreatedVault {
  dir: string;
  /** Shown once to the user, then forgotten. */
  recovery_key: string;
  /** As in VaultStatus. */
  exposure?: string | null;
}

export const vaultStatus = () => call<VaultStatus>('vault_status');

export const createVault = (dir: string, passphrase: string) =>
  call<CreatedVault>('vault_create', { dir, passphrase });

export const unlockVault = (dir: string, passphrase: string) =>
  call<VaultStatus>('vault_unlock', { dir, passphrase });

/** The saves a rescue moved aside, unread (core `store::SetAside`). */
export interface SetAside {
  /** The record that could not be read, e.g. index/journal/000000000002.age. */
  damaged: string;
  /** How many record files were moved (it and every later one). */
  records: number;
  /** Where they are now, relative to the vault folder. */
  folder: string;
}

export interface Rescued extends VaultStatus {
  set_aside: SetAside | null;
}

/** Opens a vault whose journal has a missing or damaged record, setting it and later saves aside. */
export const rescueVault = (dir: string, passphrase: string) =>
  call<Rescued>('vault_rescue', { dir, passphrase });

export const recoverVault = (dir: string, recoveryKey: string, newPassphrase: string) =>
  call<VaultStatus>('vault_recover', { dir, recoveryKey, newPassphrase });

/** Saves the new vault's recovery sheet (PDF) where the user chooses; the file name, or null if cancelled. */
export const saveRecoverySheet = (pageSize: 'a4' | 'letter') =>
  call<string | null>('vault_recovery_sheet', { page_size: pageSize });

/**
 * Makes a new recovery key after checking the passphrase; the key, to show once. It only waits
 * for confirmation: the current key keeps opening the vault until then.
 */
export const newRecoveryKey = (current: string) => call<string>('vault_new_recovery_key', { current });

/**
 * The user stored the recovery key: `typed` is the last group of the key on screen (or, with
 * none on screen, the whole key). The shell checks it, makes a new key the recovery key, and
 * forgets the key it held.
 */
export const confirmRecoveryKey = (typed: string) =>
  call<RecoveryKeyState>('vault_confirm_recovery_key', { typed });

/** Throws away a new recovery key that was not confirmed; the current one stays. */
export const discardRecoveryKey = () => call<RecoveryKeyState>('vault_discard_recovery_key');

/** The shell locked the vault by itself (the screen locked, the computer went to sleep). */
export const onVaultLocked = (handler: (why: string) => void): Promise<UnlistenFn> =>
  listen<string>('vault-locked', (e) => handler(e.payload));

export const lockVault = () => call<null>('vault_lock');

export const changePassphrase = (current: string, newPassphrase: string) =>
  call<null>('vault_change_passphrase', { current, newPassphrase });

/** Opens the system's folder picker; resolves to the chosen folder, or null if cancelled. */
export async function chooseFolder(title: string): Promise<Result<string | null>> {
  try {
    const picked = await open({ directory: true, multiple: false, title });
    return { ok: true, value: typeof picked === 'string' ? picked : null };
  } catch (raw) {
    return { ok: false, error: toCommandError(raw) };
  }
}
