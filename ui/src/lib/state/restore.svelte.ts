// Restore from a backup, on the unlock screen (issue 19.2): the backup folder, its generations,
// the new folder to restore into, the secret of that time, progress with cancel, and what was
// restored. The core does the work (`vault::restore`, off the UI thread in the shell); this
// module only holds what is on screen. The secret is handed over once and never kept.

import {
  backupGenerations,
  cancelBackup,
  onBackupProgress,
  restoreBackup,
  type BackupProgress,
  type GenerationSummary,
  type Restored,
} from '../services/backup';
import { chooseFolder } from '../services/vault';
import type { CommandError } from '../services/errors';

export type { GenerationSummary, Restored } from '../services/backup';

/** Which secret opens the backup: the passphrase or the recovery key it had when it was made. */
export type RestoreSecretKind = 'passphrase' | 'recovery_key';

export class RestoreState {
  /** Whether the unlock screen shows the restore instead of its form. */
  open = $state(false);
  /** The backup folder, as chosen or typed. */
  backup = $state('');
  /** Its generations, newest first; `null` until read. */
  generations = $state<GenerationSummary[] | null>(null);
  /** The generation chosen (its name); the newest by default. */
  generation = $state<string | null>(null);
  /** The new folder to restore into. */
  target = $state('');
  secretKind = $state<RestoreSecretKind>('passphrase');
  reading = $state(false);
  running = $state(false);
  progress = $state<BackupProgress | null>(null);
  error = $state<CommandError | null>(null);
  /** What the last restore gave back. */
  restored = $state<Restored | null>(null);

  /** The chosen generation's summary. */
  get chosen(): GenerationSummary | null {
    return this.generations?.find((g) => g.name === this.generation) ?? null;
  }

  start(): void {
    this.reset();
    this.open = true;
  }

  /** Back to the unlock form, forgetting everything shown. */
  close(): void {
    this.reset();
    this.open = false;
  }

  reset(): void {
    this.backup = '';
    this.generations = null;
    this.generation = null;
    this.target = '';
    this.secretKind = 'passphrase';
    this.reading = false;
    this.running = false;
    this.progress = null;
    this.error = null;
    this.restored = null;
  }

  /** Reads the generations of the backup folder typed or chosen; the newest is chosen. */
  async readGenerations(): Promise<void> {
    this.error = null;
    this.generations = null;
    this.generation = null;
    if (!this.backup.trim()) return;
    this.reading = true;
    const result = await backupGenerations(this.backup);
    this.reading = false;
    if (!result.ok) {
      this.error = result.error;
      return;
    }
    const newestFirst = [...result.value].reverse();
    this.generations = newestFirst;
    this.generation = newestFirst[0]?.name ?? null;
  }

  /** Asks for the backup folder with the system's picker (`title` heads it), then reads it. */
  async chooseBackup(title: string): Promise<void> {
    const picked = await chooseFolder(title, this.backup || undefined);
    if (!picked.ok) {
      this.error = picked.error;
      return;
    }
    if (picked.value === null) return;
    this.backup = picked.value;
    await this.readGenerations();
  }

  /** Asks for the new folder to restore into. */
  async chooseTarget(title: string): Promise<void> {
    const picked = await chooseFolder(title, this.target || undefined);
    if (!picked.ok) this.error = picked.error;
    else if (picked.value !== null) this.target = picked.value;
  }

  /**
   * Restores the chosen generation into the target with `secret`, which is passed on and not
   * kept. Returns whether it was restored.
   */
  async run(secret: string): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    this.error = null;
    this.restored = null;
    this.progress = null;
    const unlisten = await onBackupProgress((p) => {
      this.progress = p;
    });
    const [passphrase, recoveryKey] = this.secretKind === 'passphrase' ? [secret, null] : [null, secret];
    const result = await restoreBackup(this.backup, this.generation, this.target, passphrase, recoveryKey);
    unlisten();
    this.running = false;
    this.progress = null;
    if (result.ok) this.restored = result.value;
    else this.error = result.error;
    return result.ok;
  }

  async cancel(): Promise<void> {
    await cancelBackup();
  }
}

export const restore = new RestoreState();
