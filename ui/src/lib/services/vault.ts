// The vault commands (src-tauri/commands/vault.rs), and the native folder picker.

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { open } from '@tauri-apps/plugin-dialog';
import { call, commands, EVENTS, type Result } from './core';
import { toCommandError } from './errors';
import type { PageSize } from '../bindings';

export type {
  CreatedVault,
  Rescued_Serialize as Rescued,
  SetAside,
  VaultStatus_Serialize as VaultStatus,
} from '../bindings';

export const vaultStatus = () => call(() => commands.vaultStatus());

export const createVault = (dir: string, passphrase: string) => call(() => commands.vaultCreate(dir, passphrase));

export const unlockVault = (dir: string, passphrase: string) => call(() => commands.vaultUnlock(dir, passphrase));

/** Opens a vault whose journal has a missing or damaged record, setting it and later saves aside. */
export const rescueVault = (dir: string, passphrase: string) => call(() => commands.vaultRescue(dir, passphrase));

export const recoverVault = (dir: string, recoveryKey: string, newPassphrase: string) =>
  call(() => commands.vaultRecover(dir, recoveryKey, newPassphrase));

/** Saves the new vault's recovery sheet (PDF) where the user chooses; the file name, or null if cancelled. */
export const saveRecoverySheet = (pageSize: PageSize) => call(() => commands.vaultRecoverySheet(pageSize));

/** Makes a new recovery key after checking the passphrase; the key, to show once. */
export const newRecoveryKey = (current: string) => call(() => commands.vaultNewRecoveryKey(current));

/** The user stored the recovery key: the shell forgets it too. */
export const forgetRecoveryKey = () => call(() => commands.vaultRecoveryForget());

/** The shell locked the vault by itself (the screen locked, the computer went to sleep). */
export const onVaultLocked = (handler: (why: string) => void): Promise<UnlistenFn> =>
  listen<string>(EVENTS.vaultLocked, (e) => handler(e.payload));

export const lockVault = () => call(() => commands.vaultLock());

export const changePassphrase = (current: string, newPassphrase: string) =>
  call(() => commands.vaultChangePassphrase(current, newPassphrase));

/** Opens the system's folder picker; resolves to the chosen folder, or null if cancelled. */
export async function chooseFolder(title: string): Promise<Result<string | null>> {
  try {
    const picked = await open({ directory: true, multiple: false, title });
    return { ok: true, value: typeof picked === 'string' ? picked : null };
  } catch (raw) {
    return { ok: false, error: toCommandError(raw) };
  }
}
