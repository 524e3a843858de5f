// The vault session as the UI sees it: locked or unlocked, the screen of the locked state, the
// recovery key to show once, and the idle auto-lock.
//
// The UI never holds a passphrase after submitting it: forms pass it straight to a service and
// clear their fields. The recovery key is kept only until the user confirms they stored it, and
// the idle auto-lock waits while it is on screen (issue 16.8): a key locked away before it was
// written down would be lost. (A new key only replaces the old one once confirmed, so a lock
// by the system, on sleep or screen lock, loses nothing either.)

import {
  changePassphrase,
  confirmRecoveryKey,
  createVault,
  discardRecoveryKey,
  lockVault,
  chooseFolder,
  newRecoveryKey,
  onVaultLocked,
  recoverVault,
  reportActivity,
  rescueVault,
  saveRecoverySheet,
  unlockVault,
  vaultPlaces,
  vaultStatus,
} from '../services/vault';
import type { Result } from '../services/core';
import type { CommandError } from '../services/errors';
import type { RecoveryKeyState, SetAside, VaultStatus } from '../services/vault';
import { getSettings, setAutoLock, setDateOrder, type DateOrder } from '../services/settings';
import { dateFormat } from '../i18n/dates.svelte';
import { followVaultLanguage } from '../i18n/language.svelte';
import { deviceRemembers, unlockWithDevice } from '../services/device';

export type LockedMode = 'unlock' | 'create' | 'recover';

/** The shell's REPORT_EVERY (src-tauri/idle_lock.rs): activity reports at most this often. */
const REPORT_EVERY_MS = 30_000;

/** Default auto-lock after this many idle minutes (issue: default 10, configurable). */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/** The longest a lock waits for drafts to be saved first (each save is one small journal record). */
export const SAVE_BEFORE_LOCK_MS = 5_000;

export class Session {
  unlocked = $state(false);
  dir = $state<string | null>(null);
  mode = $state<LockedMode>('unlock');
  busy = $state(false);
  error = $state<CommandError | null>(null);
  /** A recovery key on screen (after creation, or a new one) until the user confirms it. */
  recoveryKey = $state<string | null>(null);
  /** Where the unlocked vault's recovery key stands; null while locked. */
  recoveryState = $state<RecoveryKeyState | null>(null);
  /** What other accounts of this computer can see of the open vault's folder, if anything. */
  exposure = $state<string | null>(null);
  /** Conflict copies a file-sync program left in the open vault's folder, said in words. */
  syncCopies = $state<string | null>(null);
  autoLockMinutes = $state(DEFAULT_AUTO_LOCK_MINUTES);
  /** What the last rescue moved aside, to tell the user once the vault is open. */
  setAside = $state<SetAside | null>(null);
  /** Whether this device's keyring remembers the vault in the folder being unlocked. */
  deviceAvailable = $state(false);
  /** Where a new vault goes unless the user chooses elsewhere (the shell's choice, issue 21.10). */
  defaultDir = $state('');
  /**
   * The folder of this session's vault when it holds no vault any more (moved, renamed, on a
   * drive not connected): the screen says so and offers to create a vault or open another.
   */
  missingDir = $state<string | null>(null);
  /** A vault was just created here: once its recovery key is dealt with, the next step is a case. */
  justCreated = $state(false);
  /** The folder the vault folder dialog last chose, where it starts next (memory only). */
  #lastChosenFolder: string | null = null;

  #idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** When activity was last reported to the shell, and whether it was paused then. */
  #reported: { at: number; paused: boolean } | null = null;
  #lockListeners: (() => void)[] = [];
  #beforeLockHooks: ((vaultOpen: boolean) => Promise<void>)[] = [];
  #unlockListeners: (() => void)[] = [];
  #locking = false;
  /** Settles when the last lock has reached the shell: an unlock waits for it (below). */
  #lockDone: Promise<void> = Promise.resolve();
  /** Bumped by every lock: an answer that arrives after a lock must not unlock the UI again. */
  #generation = 0;

  async refresh(): Promise<void> {
    const generation = this.#generation;
    const result = await vaultStatus();
    if (result.ok && generation === this.#generation) {
      this.#apply(result.value);
    }
  }

  /**
   * Decides how the locked screen starts (issue 21.10): the form and the folder to fill in.
   * This session's vault folder opens on its unlock form; when it holds no vault any more,
   * `missingDir` says so and nothing is filled in; else a vault in the default folder opens on
   * its unlock form; else (a first launch) the create form with the default folder. Null when
   * the shell did not answer: the screen stays as it is. Nothing is remembered across launches:
   * a path names the user's folders and is not written to disk in clear.
   */
  async locate(): Promise<{ mode: LockedMode; dir: string } | null> {
    const known = this.dir;
    const result = await vaultPlaces(known);
    const places = result.ok ? result.value : null;
    if (!places) return null;
    this.defaultDir = places.default_dir ?? '';
    this.missingDir = known && places.known_exists === false ? known : null;
    if (this.missingDir) return { mode: 'unlock', dir: '' };
    if (known) return { mode: 'unlock', dir: known };
    const create = !places.default_exists && this.defaultDir !== '';
    return { mode: create ? 'create' : 'unlock', dir: this.defaultDir };
  }

  async create(dir: string, passphrase: string): Promise<boolean> {
    return this.#run(async () => {
      const result = await createVault(dir, passphrase);
      if (!result.ok) return result.error;
      this.justCreated = true;
      this.missingDir = null;
      this.recoveryKey = result.value.recovery_key;
      this.#apply({
        unlocked: true,
        dir: result.value.dir,
        recovery: 'unconfirmed',
        exposure: result.value.exposure,
        sync_copies: null,
      });
      return null;
    });
  }

  async unlock(dir: string, passphrase: string): Promise<boolean> {
    // The screen hides at once on a lock while drafts are still being saved; an unlock typed
    // meanwhile must reach the shell after that lock, not before it.
    await this.#lockDone;
    return this.#open(unlockVault(dir, passphrase));
  }

  /** Asks whether the keyring remembers the vault in `dir` (to offer the device unlock). */
  async checkDevice(dir: string): Promise<void> {
    if (!dir.trim()) {
      this.deviceAvailable = false;
      return;
    }
    const result = await deviceRemembers(dir);
    this.deviceAvailable = result.ok && result.value === true;
  }

  async unlockWithDevice(dir: string): Promise<boolean> {
    await this.#lockDone;
    return this.#open(unlockWithDevice(dir));
  }

  /**
   * Whether the last unlock failed on a journal record (one save), which a rescue can set
   * aside. The core gives that failure its own codes (`damaged_save`, and `forged_save` for a
   * record not made with the vault's keys: docs/errors.md); a damaged snapshot or key file is
   * `damaged_file` (`forged_file`) and cannot be rescued this way.
   */
  get canRescue(): boolean {
    const code = this.error?.code;
    return !this.unlocked && (code === 'damaged_save' || code === 'forged_save');
  }

  async rescue(dir: string, passphrase: string): Promise<boolean> {
    await this.#lockDone;
    return this.#run(async () => {
      const result = await rescueVault(dir, passphrase);
      if (!result.ok) return result.error;
      this.#apply(result.value);
      this.setAside = result.value.set_aside;
      return null;
    });
  }

  async recover(dir: string, recoveryKey: string, newPassphrase: string): Promise<boolean> {
    await this.#lockDone;
    return this.#open(recoverVault(dir, recoveryKey, newPassphrase));
  }

  /** Changes the passphrase after the shell checked the current one. */
  async changePassphrase(current: string, next: string): Promise<CommandError | null> {
    this.busy = true;
    try {
      const result = await changePassphrase(current, next);
      return result.ok ? null : result.error;
    } finally {
      this.busy = false;
    }
  }

  /** Saves a new auto-lock delay in the vault, and uses it from now on. */
  async saveAutoLock(minutes: number): Promise<CommandError | null> {
    const result = await setAutoLock(minutes);
    if (!result.ok) return result.error;
    this.autoLockMinutes = minutes;
    this.activity();
    return null;
  }

  /** Saves the date order in the vault (null: as the system writes dates), and uses it at once. */
  async saveDateOrder(order: DateOrder | null): Promise<CommandError | null> {
    const result = await setDateOrder(order);
    if (!result.ok) return result.error;
    dateFormat.chosen = order;
    return null;
  }

  /**
   * Makes a new recovery key; it is shown once on the vault screen, as at creation, and replaces
   * the old one only once confirmed. Auto-lock waits while it is on screen.
   */
  async newRecoveryKey(current: string): Promise<CommandError | null> {
    return this.#recoveryStep(
      () => newRecoveryKey(current),
      (key) => {
        this.recoveryKey = key;
        this.recoveryState = 'pending';
      },
    );
  }

  /**
   * The user says they stored the recovery key: `typed` is the last group of the key on screen,
   * or the whole key when none is (a new key made before a lock). The shell checks it; on
   * success the key is forgotten here and auto-lock runs again.
   */
  async confirmRecoveryKey(typed: string): Promise<CommandError | null> {
    return this.#recoveryStep(() => confirmRecoveryKey(typed), (state) => this.#keyGone(state));
  }

  /** Throws away a new recovery key that was not confirmed; the old one stays. */
  async discardRecoveryKey(): Promise<CommandError | null> {
    return this.#recoveryStep(() => discardRecoveryKey(), (state) => this.#keyGone(state));
  }

  #keyGone(state: RecoveryKeyState): void {
    this.recoveryKey = null;
    this.recoveryState = state;
  }

  /** Runs one recovery-key command, applies its answer, then restarts (or pauses) auto-lock. */
  async #recoveryStep<T>(step: () => Promise<Result<T>>, apply: (value: T) => void): Promise<CommandError | null> {
    this.busy = true;
    try {
      const result = await step();
      if (!result.ok) return result.error;
      apply(result.value);
      this.activity();
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** Runs `forget` at every lock, before anything else: state holding case data registers here. */
  onLock(forget: () => void): void {
    this.#lockListeners.push(forget);
  }

  /** Runs `then` after every unlock (drafts kept in the vault come back). */
  onUnlock(then: () => void): void {
    this.#unlockListeners.push(then);
  }

  /**
   * Runs `save` before every lock, before anything is forgotten (issue 21.4: unsaved drafts are
   * saved first). `vaultOpen` is false when the shell has already locked the vault (screen
   * lock, sleep): nothing can be saved then, only noted.
   */
  beforeLock(save: (vaultOpen: boolean) => Promise<void>): void {
    this.#beforeLockHooks.push(save);
  }

  /**
   * Follows the shell's own locks (screen lock, sleep): forgets everything shown, as the lock
   * button does. Returns the function that stops following (for a component's teardown).
   */
  followShellLocks(): () => void {
    const stop = onVaultLocked(() => {
      if (this.unlocked) void this.lock({ vaultOpen: false });
    });
    return () => void stop.then((f) => f()).catch(() => {});
  }

  /** Saves the recovery sheet (PDF) of the key on screen where the user chooses. */
  saveRecoverySheet(paper: Parameters<typeof saveRecoverySheet>[0]): ReturnType<typeof saveRecoverySheet> {
    return saveRecoverySheet(paper);
  }

  /** The native folder dialog; the folder chosen, or null when the user closed it. */
  async chooseFolder(title: string): Promise<string | null> {
    const picked = await chooseFolder(title, this.#lastChosenFolder ?? undefined);
    if (picked.ok && picked.value) this.#lastChosenFolder = picked.value;
    return picked.ok ? picked.value : null;
  }

  /**
   * Locks: starts saving what can be saved (drafts, issue 21.4), forgets everything shown, and
   * asks the shell to lock once the saves are written. `vaultOpen: false` when the shell already
   * locked (its own signal): then nothing can be saved.
   */
  async lock({ vaultOpen = true }: { vaultOpen?: boolean } = {}): Promise<void> {
    if (this.#locking) return;
    this.#locking = true;
    let done = (): void => {};
    this.#lockDone = new Promise((resolve) => (done = resolve));
    try {
      this.#clearIdle();
      const open = vaultOpen && this.unlocked;
      // Each save takes what it saves now, before the screen forgets it; the screen then hides
      // at once, and the vault locks once the saves are written (a failed save never keeps it
      // open, and one that never answers keeps it open at most SAVE_BEFORE_LOCK_MS).
      const saves = Promise.all(this.#beforeLockHooks.map((save) => save(open).catch(() => {})));
      this.#forget();
      let timer: ReturnType<typeof setTimeout> | null = null;
      const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, SAVE_BEFORE_LOCK_MS)));
      await Promise.race([saves, limit]);
      if (timer !== null) clearTimeout(timer);
      const result = await lockVault();
      this.error = result.ok ? null : result.error;
    } finally {
      this.#locking = false;
      done();
    }
  }

  /** Forgets everything shown, and shows the unlock screen. */
  #forget(): void {
    this.#generation++;
    this.#clearIdle();
    for (const forget of this.#lockListeners) forget();
    // Forget everything shown first, so nothing of the vault stays on screen while saving.
    this.recoveryKey = null;
    this.recoveryState = null;
    this.exposure = null;
    this.syncCopies = null;
    // The next vault may have chosen another order; until it says, the system's.
    dateFormat.chosen = null;
    this.setAside = null;
    this.justCreated = false;
    // Asked again by the unlock screen: the device may have been forgotten meanwhile, and a stale
    // "unlock with this device" button would only fail.
    this.deviceAvailable = false;
    this.unlocked = false;
    this.mode = 'unlock';
  }

  /** Any user activity: restart the idle countdown (paused while a recovery key is shown). */
  activity(): void {
    if (!this.unlocked) return;
    this.#clearIdle();
    this.#report(this.recoveryKey !== null);
    if (this.recoveryKey !== null) return;
    this.#idleTimer = setTimeout(() => void this.lock(), this.autoLockMinutes * 60_000);
  }

  /**
   * Tells the shell, at most every 30 s (or at once when the pause changes), so its own
   * auto-lock (src-tauri/idle_lock.rs) locks if this page stops running its timer (issue 16).
   */
  #report(paused: boolean): void {
    const now = Date.now();
    const last = this.#reported;
    if (last !== null && last.paused === paused && now - last.at < REPORT_EVERY_MS) return;
    this.#reported = { at: now, paused };
    void reportActivity(paused);
  }

  #apply(status: VaultStatus): void {
    const unlocked = status.unlocked;
    this.unlocked = unlocked;
    if (status.dir) this.dir = status.dir;
    this.recoveryState = unlocked ? (status.recovery ?? null) : null;
    this.exposure = unlocked ? (status.exposure ?? null) : null;
    this.syncCopies = unlocked ? (status.sync_copies ?? null) : null;
    this.error = null;
    if (unlocked) {
      this.activity();
      void this.#loadSettings();
      for (const then of this.#unlockListeners) then();
    }
  }

  async #loadSettings(): Promise<void> {
    const result = await getSettings();
    if (result.ok && this.unlocked) dateFormat.chosen = result.value?.date_order ?? null;
    if (result.ok && this.unlocked) void followVaultLanguage(result.value?.language);
    const minutes = result.ok ? result.value?.auto_lock_minutes : undefined;
    if (typeof minutes === 'number' && minutes > 0 && this.unlocked) {
      this.autoLockMinutes = minutes;
      this.activity();
    }
  }

  #clearIdle(): void {
    if (this.#idleTimer !== null) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }

  /** Applies the answer of a command that unlocks the vault. */
  #open(answer: Promise<Result<VaultStatus>>): Promise<boolean> {
    return this.#run(async () => {
      const result = await answer;
      if (!result.ok) return result.error;
      this.#apply(result.value);
      return null;
    });
  }

  async #run(work: () => Promise<CommandError | null>): Promise<boolean> {
    this.busy = true;
    this.error = null;
    try {
      this.error = await work();
      return this.error === null;
    } finally {
      this.busy = false;
    }
  }
}

export const session = new Session();
