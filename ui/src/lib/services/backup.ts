// Backups, restore and travel mode (src-tauri/commands/backup.rs, issue 19).

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { BackupPolicy, BackupProgress } from '../bindings';
import { call, commands, EVENTS } from './core';

export type {
  BackupPolicy,
  BackupProgress,
  BackupRecord,
  BackupReport,
  BackupStatus,
  GenerationSummary,
  Left,
  Restored,
  Returned,
  TravelStatus,
} from '../bindings';

export const backupStatus = () => call(() => commands.backupStatus());
export const runBackup = (dir: string) => call(() => commands.backupRun(dir));
export const cancelBackup = () => call(() => commands.backupCancel());
export const setBackupPolicy = (policy: BackupPolicy) => call(() => commands.backupSetPolicy(policy));
/** The generations of a backup folder, oldest first (no secret needed). */
export const backupGenerations = (backup: string) => call(() => commands.backupGenerations(backup));
/**
 * Restores `generation` (the newest when null) of `backup` into the new folder `dir`: with
 * `recoveryKey` the backup is opened with it, else with `passphrase`. Progress comes as
 * `backup-progress` events; `cancelBackup` stops it.
 */
export const restoreBackup = (
  backup: string,
  generation: string | null,
  dir: string,
  passphrase: string | null,
  recoveryKey: string | null,
) => call(() => commands.backupRestore(backup, generation, dir, passphrase, recoveryKey));
export const travelStatus = () => call(() => commands.travelStatus());
/** `cases` null: every case. */
export const travelLeave = (cases: string[] | null, dir: string) => call(() => commands.travelLeave(cases, dir));
export const travelReturn = (dir: string) => call(() => commands.travelReturn(dir));

export const onBackupProgress = (handler: (p: BackupProgress) => void): Promise<UnlistenFn> =>
  listen<BackupProgress>(EVENTS.backupProgress, (e) => handler(e.payload));
