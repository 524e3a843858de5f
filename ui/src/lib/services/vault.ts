// The vault commands (src-tauri/commands/vault.rs), and the native folder picker.

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { open } from '@tauri-apps/plugin-dialog';
import { call, commands, EVENTS, type Result } from './core';
import { toCommandError } from './errors';
import type { PageSize } from '../bindings';

export type {
  CreatedVault,
  RecoveryKeyState,
  Rescued_Serialize as Rescued,
  SetAside,
  VaultStatus_Serialize as VaultStatus,
} from '../bindings';

export const vaultStatus = () => call(() => commands.vaultStatus());

export type { VaultPlaces_Serialize as VaultPlaces } from '../bindings';

/**
 * Where the first screen starts: the default vault folder (in the OS data folder), whether a
 * vault is there, and whether `known` (the folder of this session's vault) still holds one.
 */
export const vaultPlaces = (known: string | null) => call(() => commands.vaultPlaces(known));

export const createVault = (dir: string, passphrase: string) => call(() => commands.vaultCreate(dir, passphrase));

export const unlockVault = (dir: string, passphrase: string) => call(() => commands.vaultUnlock(dir, passphrase));

/** Opens a vault whose journal has a missing or damaged record, setting it and later saves aside. */
export const rescueVault = (dir: string, passphrase: string) => call(() => commands.vaultRescue(dir, passphrase));

export const recoverVault = (dir: string, recoveryKey: string, newPassphrase: string) =>
  call(() => commands.vaultRecover(dir, recoveryKey, newPassphrase));

/** Saves the new vault's recovery sheet (PDF) where the user chooses; the file name, or null if cancelled. */
export const saveRecoverySheet = (pageSize: PageSize) => call(() => commands.vaultRecoverySheet(pageSize));

/**
 * Makes a new recovery key after checking the passphrase; the key, to show once. It only waits
 * for confirmation: the current key keeps opening the vault until then.
 */
export const newRecoveryKey = (current: string) => call(() => commands.vaultNewRecoveryKey(current));

/**
 * The user stored the recovery key: `typed` is the last group of the key on screen (or, with
 * none on screen, the whole key). The shell checks it, makes a new key the recovery key, and
 * forgets the key it held.
 */
export const confirmRecoveryKey = (typed: string) => call(() => commands.vaultConfirmRecoveryKey(typed));

/** Throws away a new recovery key that was not confirmed; the current one stays. */
export const discardRecoveryKey = () => call(() => commands.vaultDiscardRecoveryKey());

/** The shell locked the vault by itself (the screen locked, the computer went to sleep). */
export const onVaultLocked = (handler: (why: string) => void): Promise<UnlistenFn> =>
  listen<string>(EVENTS.vaultLocked, (e) => handler(e.payload));

export const lockVault = () => call(() => commands.vaultLock());

/** Tells the shell the user is active, for its own auto-lock backstop (src-tauri/idle_lock.rs). */
export const reportActivity = (paused: boolean) => call(() => commands.sessionActivity(paused));

export const changePassphrase = (current: string, newPassphrase: string) =>
  call(() => commands.vaultChangePassphrase(current, newPassphrase));

/**
 * Opens the system's folder picker, starting in `start` when given; resolves to the chosen
 * folder, or null if cancelled.
 */
export async function chooseFolder(title: string, start?: string): Promise<Result<string | null>> {
  try {
    const picked = await open({ directory: true, multiple: false, title, ...(start ? { defaultPath: start } : {}) });
    return { ok: true, value: typeof picked === 'string' ? picked : null };
  } catch (raw) {
    return { ok: false, error: toCommandError(raw) };
  }
}

export type { Strength_Serialize as PassphraseStrength, Weakness } from '../bindings';

/**
 * How hard a new passphrase is to guess, as the core judges it (and whether it would accept it),
 * for a vault in `dir` (the creation form's folder) or, with null, the unlocked vault.
 */
export const passphraseStrength = (passphrase: string, dir: string | null) =>
  call(() => commands.vaultPassphraseStrength(passphrase, dir));

/** Six random words from the EFF list, made by the core, to fill the new-passphrase field. */
export const generatePassphrase = () => call(() => commands.vaultGeneratePassphrase());

/** The devices that save to this vault, and when this device last saw each one's changes. */
export const vaultDevices = () => call(() => commands.vaultDevices());
