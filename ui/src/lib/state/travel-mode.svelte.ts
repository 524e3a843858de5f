// Travel mode (issue 19.3): the cases chosen (or all) leave this device after a checked backup,
// and come back from it afterwards. The core makes the backup, checks it holds each case, and
// only then deletes them (`travel_mode::leave`); this module holds what is on screen: the
// choice, the folder, progress with cancel, and what the device holds. Forgotten at lock.

import {
  cancelBackup,
  onBackupProgress,
  travelLeave,
  travelReturn,
  travelStatus,
  type BackupProgress,
  type Left,
  type Returned,
  type TravelStatus,
} from '../services/backup';
import { chooseFolder } from '../services/vault';
import type { CommandError } from '../services/errors';
import { session } from './session.svelte';

export type { Left, Returned, TravelStatus } from '../services/backup';

export class TravelModeState {
  /** Whether the travel-mode panel is shown on the cases screen. */
  open = $state(false);
  /** What the device holds and which cases are away; `null` until the shell answered. */
  status = $state<TravelStatus | null>(null);
  /** Every case, or only those in `chosen`. */
  every = $state(true);
  chosen = $state<string[]>([]);
  /** The backup folder the cases go to, or come back from. */
  folder = $state('');
  running = $state(false);
  progress = $state<BackupProgress | null>(null);
  error = $state<CommandError | null>(null);
  left = $state<Left | null>(null);
  returned = $state<Returned | null>(null);

  /** Cases away, 0 while unknown. */
  get awayCount(): number {
    return this.status?.away.length ?? 0;
  }

  /** When the first case away left (RFC 3339), and where it waits. */
  get firstAway(): { left_at: string; place: string } | null {
    return this.status?.away[0] ?? null;
  }

  show(): void {
    this.error = null;
    this.left = null;
    this.returned = null;
    // Coming back: the folder the cases went to.
    this.folder = this.firstAway?.place ?? this.folder;
    this.open = true;
  }

  hide(): void {
    if (this.running) return;
    this.open = false;
  }

  async refresh(): Promise<void> {
    const result = await travelStatus();
    if (result.ok) this.status = result.value;
    else this.error = result.error;
  }

  async chooseFolder(title: string): Promise<void> {
    const picked = await chooseFolder(title, this.folder || undefined);
    if (!picked.ok) this.error = picked.error;
    else if (picked.value !== null) this.folder = picked.value;
  }

  /** Whether the choice can leave: a folder, and every case or at least one chosen. */
  get canLeave(): boolean {
    return !this.running && this.folder.trim() !== '' && (this.every || this.chosen.length > 0);
  }

  /** Makes the checked backup, then takes the cases off; returns whether they left. */
  async leave(): Promise<boolean> {
    if (!this.canLeave) return false;
    return this.#job(
      () => travelLeave(this.every ? null : [...this.chosen], this.folder),
      (left) => {
        this.left = left;
        this.status = left.status;
        this.chosen = [];
      },
    );
  }

  /** Brings the cases away back from the folder; returns whether they came back. */
  async comeBack(): Promise<boolean> {
    if (this.running || !this.folder.trim()) return false;
    return this.#job(
      () => travelReturn(this.folder),
      (returned) => {
        this.returned = returned;
        this.status = returned.status;
      },
    );
  }

  async #job<T>(
    work: () => Promise<{ ok: true; value: T } | { ok: false; error: CommandError }>,
    done: (value: T) => void,
  ): Promise<boolean> {
    this.running = true;
    this.error = null;
    this.left = null;
    this.returned = null;
    this.progress = null;
    const unlisten = await onBackupProgress((p) => {
      this.progress = p;
    });
    const result = await work();
    unlisten();
    this.running = false;
    this.progress = null;
    if (result.ok) done(result.value);
    else this.error = result.error;
    return result.ok;
  }

  async cancel(): Promise<void> {
    await cancelBackup();
  }

  /** Forgets what it showed (at lock). */
  clear(): void {
    this.open = false;
    this.status = null;
    this.every = true;
    this.chosen = [];
    this.folder = '';
    this.running = false;
    this.progress = null;
    this.error = null;
    this.left = null;
    this.returned = null;
  }
}

export const travelMode = new TravelModeState();
session.onLock(() => travelMode.clear());
