// Settings → Backups: where the backups stand, making one (with progress and cancel), and the
// rule that keeps them. Components read this state; only this module calls the services.

import {
  backupStatus,
  cancelBackup,
  onBackupProgress,
  runBackup,
  setBackupPolicy,
  type BackupPolicy,
  type BackupProgress,
  type BackupReport,
  type BackupStatus,
} from '../services/backup';
import { chooseFolder } from '../services/vault';
import type { CommandError } from '../services/errors';

export class BackupState {
  /** `null` until the shell has answered. */
  status = $state<BackupStatus | null>(null);
  /** The backup just made, to say what it did. */
  made = $state<BackupReport | null>(null);
  running = $state(false);
  progress = $state<BackupProgress | null>(null);
  error = $state<CommandError | null>(null);

  async refresh(): Promise<void> {
    const result = await backupStatus();
    if (result.ok) this.status = result.value;
    else this.error = result.error;
  }

  /** Backs up into `dir`; the status is read again afterwards, good or not (it records both). */
  async run(dir: string): Promise<void> {
    this.running = true;
    this.error = null;
    this.made = null;
    this.progress = null;
    const unlisten = await onBackupProgress((p) => {
      this.progress = p;
    });
    const result = await runBackup(dir);
    unlisten();
    this.running = false;
    if (result.ok) this.made = result.value;
    else this.error = result.error;
    await this.refresh();
  }

  /** Asks for the backup folder (`title` heads the system's picker), then backs up into it. */
  async chooseAndRun(title: string): Promise<void> {
    const picked = await chooseFolder(title);
    if (!picked.ok) {
      this.error = picked.error;
      return;
    }
    if (picked.value !== null) await this.run(picked.value);
  }

  async cancel(): Promise<void> {
    await cancelBackup();
  }

  async savePolicy(policy: BackupPolicy): Promise<CommandError | null> {
    const result = await setBackupPolicy(policy);
    if (!result.ok) return result.error;
    this.status = result.value;
    return null;
  }

  /** Forgets what it showed (at lock). */
  clear(): void {
    this.status = null;
    this.made = null;
    this.progress = null;
    this.error = null;
  }
}

export const backup = new BackupState();
