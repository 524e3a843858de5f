// Unsaved form contents, kept here rather than in the components (issue 21.4: "nothing a user
// typed is lost by a tab switch or a lock"). A case tab unmounts its form when the user switches
// tab or case; the form writes what was typed here as it changes and reads it back when it is
// shown again. Keys name the case and the form: `<case id>/person`, `<case id>/alert`, …
//
// Never in localStorage or sessionStorage (a plaintext draft on disk would break the vault's
// promise). Each draft is also kept in the vault, sealed in the journal like any save
// (`drafts_keep`), a moment after the typing pauses: a lock by the system (screen lock, sleep),
// which the shell does before the UI hears of it, or a crash, loses at most that moment. At a
// lock started by the UI (Ctrl+L, the lock button, auto-lock) the session first saves each
// draft through its form's normal save command; one the core refuses (a half-filled form) stays
// kept in the vault, and comes back after the next unlock. See ARCHITECTURE.md, "Drafts".

import { untrack } from 'svelte';
import { discardDraft, keepDraft, listDrafts } from '../services/drafts';
import { session } from './session.svelte';

/** Where the drafts of one case's form are kept: `<case id>/<form>`. */
export const draftKey = (caseId: string, form: string): string => `${caseId}/${form}`;

/** The form's name in a key (`alert` of `<case id>/alert`, `filing` of `…/filing:<id>`). */
export const formOf = (key: string): string => key.slice(key.indexOf('/') + 1).split(':')[0] ?? key;

/** Saves a kept draft through the normal command; true when the core accepted it. */
export type DraftSaver<T> = (value: T) => Promise<boolean>;

/** How long typing pauses before the draft is written to the vault (one journal record). */
export const KEEP_IN_VAULT_AFTER_MS = 1_000;

/** `record` without `key`. */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

interface Kept {
  /** The draft, as JSON text (what the vault keeps too). */
  json: string;
  save: DraftSaver<never> | null;
}

export class Drafts {
  // Replaced whole on each change (`$state.raw`): the values are plain JSON, never proxies
  // shared with a component, so a component's later edits cannot reach a kept draft unseen.
  #kept = $state.raw<Record<string, Kept>>({});
  // Not reactive on purpose (nothing on screen follows them): plain records.
  /** What the vault holds of each key (the JSON last written). */
  #inVault: Record<string, string> = {};
  #timers: Record<string, ReturnType<typeof setTimeout>> = {};
  /** The forms whose latest typing a lock could not keep, for the unlock screen. */
  notSaved = $state<string[]>([]);
  /** The forms a lock kept as drafts in the vault, for the unlock screen. */
  keptAtLock = $state<string[]>([]);
  /** The keys of the drafts that came back from the vault at the last unlock. */
  #restored = $state<string[]>([]);

  /** The draft kept under `key`, or null. */
  read<T>(key: string): T | null {
    const kept = this.#kept[key];
    return kept ? (JSON.parse(kept.json) as T) : null;
  }

  /**
   * Keeps `value` under `key` when it differs from `saved` (what the form shows with nothing
   * typed), else forgets the key: a draft exists only while something is unsaved. `save`
   * writes it through the normal command at a lock.
   */
  keep<T>(key: string, value: T | null, saved: T | null, save: DraftSaver<T> | null = null): void {
    // Called from the forms' effects: reading the kept drafts here must not make the effect
    // depend on them (it would run again on its own write).
    untrack(() => this.#store(key, value, saved, save));
  }

  #store<T>(key: string, value: T | null, saved: T | null, save: DraftSaver<T> | null): void {
    // Drafts are JSON (they cross to the core as JSON): this also copies any reactive proxy.
    const json = value === null ? null : JSON.stringify(value);
    if (json === null || json === JSON.stringify(saved)) {
      this.discard(key);
      return;
    }
    const before = this.#kept[key];
    if (before?.json === json && before.save === save) return;
    this.#kept = { ...this.#kept, [key]: { json, save: save as DraftSaver<never> | null } };
    this.#later(key);
  }

  /** Writes the draft of `key` to the vault once typing pauses. */
  #later(key: string): void {
    clearTimeout(this.#timers[key]);
    this.#timers[key] = setTimeout(() => {
      this.#timers = without(this.#timers, key);
      void this.#toVault(key);
    }, KEEP_IN_VAULT_AFTER_MS);
  }

  /** Writes the draft of `key` to the vault now, unless the vault already holds it. */
  async #toVault(key: string): Promise<boolean> {
    const json = this.#kept[key]?.json;
    if (json === undefined) return true;
    if (this.#inVault[key] === json) return true;
    const result = await keepDraft(key, json);
    if (result.ok) this.#inVault[key] = json;
    return result.ok;
  }

  /** Whether `key` holds unsaved changes. */
  dirty(key: string): boolean {
    return key in this.#kept;
  }

  /** Forgets the draft of `key` (saved, or thrown away), here and in the vault. */
  discard(key: string): void {
    clearTimeout(this.#timers[key]);
    this.#timers = without(this.#timers, key);
    if (key in this.#kept) this.#kept = without(this.#kept, key);
    if (key in this.#inVault) {
      this.#inVault = without(this.#inVault, key);
      void discardDraft(key);
    }
  }

  /** Forgets every draft of a case (it was deleted; the core deleted its drafts with it). */
  discardCase(caseId: string): void {
    const prefix = draftKey(caseId, '');
    for (const key of Object.keys(this.#kept).filter((k) => k.startsWith(prefix))) {
      this.#inVault = without(this.#inVault, key);
      this.discard(key);
    }
  }

  /** The forms whose drafts came back at the last unlock and are still unsaved. */
  get restored(): string[] {
    return this.#restored.filter((key) => key in this.#kept).map(formOf);
  }

  /** The keys of every unsaved draft. */
  get keys(): string[] {
    return Object.keys(this.#kept);
  }

  /** Reads the drafts the vault kept (after an unlock), to offer them again in their forms. */
  async restore(): Promise<void> {
    const result = await listDrafts();
    if (!result.ok) return;
    // A missing answer (an older shell, a test's core that does not know drafts) is no drafts.
    const listed = Array.isArray(result.value) ? result.value : [];
    const kept = { ...this.#kept };
    for (const d of listed) {
      this.#inVault[d.key] = d.value;
      kept[d.key] ??= { json: d.value, save: null };
    }
    this.#kept = kept;
    this.#restored = listed.map((d) => d.key);
  }

  /**
   * Before a lock: saves every draft through its form's command; keeps in the vault each one
   * that could not be saved (refused by the core, or a form with no save). With the vault
   * already locked by the shell, only notes what the vault did not get in time.
   */
  async beforeLock(vaultOpen: boolean): Promise<void> {
    // Taken now: the lock forgets the drafts while they are being saved.
    const all = Object.entries(this.#kept);
    const inVault = { ...this.#inVault };
    this.#stopTimers();
    const kept: string[] = [];
    const lost: string[] = [];
    for (const [key, draft] of all) {
      if (!vaultOpen) {
        if (inVault[key] === draft.json) kept.push(key);
        else lost.push(key);
        continue;
      }
      const saved =
        draft.save !== null && (await (draft.save as DraftSaver<unknown>)(JSON.parse(draft.json)).catch(() => false));
      if (saved) {
        if (key in inVault) await discardDraft(key);
      } else if (inVault[key] === draft.json || (await keepDraft(key, draft.json)).ok) {
        kept.push(key);
      } else {
        lost.push(key);
      }
    }
    this.keptAtLock = kept.map(formOf);
    this.notSaved = lost.map(formOf);
  }

  #stopTimers(): void {
    for (const timer of Object.values(this.#timers)) clearTimeout(timer);
    this.#timers = {};
  }

  clear(): void {
    this.#stopTimers();
    this.#inVault = {};
    this.#kept = {};
    this.#restored = [];
  }
}

export const drafts = new Drafts();
session.beforeLock((vaultOpen) => drafts.beforeLock(vaultOpen));
session.onLock(() => drafts.clear());
session.onUnlock(() => void drafts.restore());
