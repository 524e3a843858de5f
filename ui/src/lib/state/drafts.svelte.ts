// Unsaved form contents, kept here rather than in the components (issue 21.4: "nothing a user
// typed is lost by a tab switch or a lock"). A case tab unmounts its form when the user switches
// tab or case; the form writes what was typed here as it changes and reads it back when it is
// shown again. Keys name the case and the form: `<case id>/person`, `<case id>/alert`, …
//
// Memory only: nothing here is ever written to localStorage or sessionStorage (the webview is
// ephemeral, and a plaintext draft on disk would break the vault's promise). At a lock started
// by the UI (Ctrl+L, the lock button, auto-lock) the session saves each draft through the
// normal save command first, so a draft becomes saved work in the encrypted journal; then
// everything here is forgotten with the rest of the case data. See ARCHITECTURE.md, "Drafts".

import { untrack } from 'svelte';
import { session } from './session.svelte';

/** Where the drafts of one case's form are kept: `<case id>/<form>`. */
export const draftKey = (caseId: string, form: string): string => `${caseId}/${form}`;

/** Saves a kept draft through the normal command; true when the core accepted it. */
export type DraftSaver<T> = (value: T) => Promise<boolean>;

interface Kept {
  value: unknown;
  save: DraftSaver<never> | null;
}

export class Drafts {
  // Replaced whole on each change (`$state.raw`): the values are plain snapshots, never proxies
  // shared with a component, so a component's later edits cannot reach a kept draft unseen.
  #kept = $state.raw<Record<string, Kept>>({});
  /** Drafts a lock could not save (the core refused them), shown once after the next unlock. */
  notSaved = $state<string[]>([]);

  /** The draft kept under `key`, or null. */
  read<T>(key: string): T | null {
    const kept = this.#kept[key];
    return kept ? (structuredClone(kept.value) as T) : null;
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
    // Drafts are JSON (they cross to the core as JSON): a copy through it also takes a plain
    // copy of any reactive proxy a form hands over.
    const json = value === null ? null : JSON.stringify(value);
    if (json === null || json === JSON.stringify(saved)) {
      this.discard(key);
      return;
    }
    this.#kept = { ...this.#kept, [key]: { value: JSON.parse(json) as unknown, save: save as DraftSaver<never> | null } };
  }

  /** Whether `key` holds unsaved changes. */
  dirty(key: string): boolean {
    return key in this.#kept;
  }

  discard(key: string): void {
    if (!(key in this.#kept)) return;
    this.#kept = Object.fromEntries(Object.entries(this.#kept).filter(([k]) => k !== key));
  }

  /** Forgets every draft of a case (it was deleted). */
  discardCase(caseId: string): void {
    this.#kept = Object.fromEntries(Object.entries(this.#kept).filter(([key]) => !key.startsWith(draftKey(caseId, ''))));
  }

  /** The keys of every unsaved draft. */
  get keys(): string[] {
    return Object.keys(this.#kept);
  }

  /**
   * Saves every draft through its command (before a lock). The keys of those that could not be
   * saved (a half-filled form the core refuses, or a form with no save at a lock) are returned.
   */
  async saveAll(): Promise<string[]> {
    // Taken before the first wait: the lock forgets the drafts while they are being saved.
    const all = Object.entries(this.#kept);
    const failed: string[] = [];
    for (const [key, kept] of all) {
      const ok = kept.save !== null && (await (kept.save as DraftSaver<unknown>)(structuredClone(kept.value)).catch(() => false));
      if (ok) this.discard(key);
      else failed.push(key);
    }
    return failed;
  }

  clear(): void {
    this.#kept = {};
  }
}

export const drafts = new Drafts();
session.beforeLock(async (vaultOpen) => {
  // When the shell locked first (screen lock, sleep), nothing can be saved any more.
  const failed = vaultOpen ? await drafts.saveAll() : drafts.keys;
  // Only the form names survive the lock (`<form>` of `<case id>/<form>`), never what was typed.
  drafts.notSaved = failed.map((key) => key.slice(key.indexOf('/') + 1).split(':')[0] ?? key);
});
session.onLock(() => drafts.clear());
