// The filings of the open case: the list, the one being edited (a draft saved on request), its
// admissibility findings, the argument library, and exports with progress. Cleared at lock.

import {
  annexMetadata,
  argumentLibrary,
  cancelExport,
  checkFiling,
  createFiling,
  deleteFiling,
  exportLetter,
  exportPacket,
  exportPortal,
  listFilings,
  moveAnnex,
  recordSubmitted,
  saveFiling,
  type AnnexMetadata,
  type Filing,
  type FilingKind,
  type Finding,
  type Language,
  type LetterKind,
  type Library,
  onExportProgress,
} from '../services/filings';
import { session } from './session.svelte';
import { CommandState } from './command.svelte';
import { draftKey, drafts } from './drafts.svelte';

/** Where a filing's unsaved changes are kept. */
const filingDraftKey = (f: Filing): string => draftKey(f.case_id, `filing:${f.id}`);

/** Choice lists and defaults of the contract, for the components (which never import services). */
export { APPLICANT_KINDS, FILING_KINDS, LANGUAGES, annexLabel } from '../services/filings';

export class FilingsState extends CommandState {
  caseId = $state<string | null>(null);
  list = $state<Filing[]>([]);
  /** The filing being edited, as the user changed it (saved with `save`). */
  draft = $state<Filing | null>(null);
  findings = $state<Finding[] | null>(null);
  library = $state<Library | null>(null);
  dirty = $state(false);
  exporting = $state(false);
  progress = $state<{ done: number; total: number } | null>(null);
  /** The name of the last file or folder written. */
  written = $state<string | null>(null);
  /** What the annexes carry besides their pictures (read before an export; issue 16.9). */
  carried = $state<AnnexMetadata[]>([]);
  /**
   * Whether photos go into the filing without it. On by default: a filing goes to the CCF,
   * which may share it with the state that issued the alert; the user can untick it.
   */
  removeMetadata = $state(true);
  /** The date the open filing was just recorded as submitted (issue 21.9). */
  submitted = $state<string | null>(null);

  problems = $derived((this.findings ?? []).filter((f) => f.severity === 'problem'));


  clear(): void {
    this.forget();
    this.caseId = null;
    this.list = [];
    this.draft = null;
    this.findings = null;
    this.library = null;
    this.dirty = false;
    this.exporting = false;
    this.progress = null;
    this.written = null;
    this.carried = [];
    this.removeMetadata = true;
    this.submitted = null;
    this.error = null;
  }

  async load(caseId: string): Promise<void> {
    if (this.caseId !== caseId) {
      this.clear();
      this.caseId = caseId;
    }
    await this.run(
      () => listFilings(caseId),
      (v) => (this.list = v),
    );
    await this.loadLibrary(null);
  }

  async open(id: string): Promise<void> {
    const found = this.list.find((f) => f.id === id) ?? null;
    // Changes not saved when the user last left this filing (another case, another filing)
    // come back (issue 21.4).
    const kept = found ? drafts.read<Filing>(filingDraftKey(found)) : null;
    this.draft = kept ?? (found ? structuredClone($state.snapshot(found)) : null);
    this.dirty = kept !== null;
    this.written = null;
    this.submitted = null;
    this.findings = null;
    if (found) {
      await this.check();
      await this.loadLibrary(found.id);
    }
  }

  /** The library for the case; with a filing, its paragraphs name that filing's annexes (the
   *  refugee decision's label, issue 21.8). */
  private async loadLibrary(filingId: string | null): Promise<void> {
    const caseId = this.caseId;
    if (!caseId) return;
    await this.run(
      () => argumentLibrary(caseId, filingId),
      (v) => (this.library = v),
    );
  }

  async create(kind: FilingKind, language: Language): Promise<void> {
    const caseId = this.caseId;
    if (!caseId) return;
    await this.run(
      () => createFiling(caseId, kind, language),
      (f) => {
        this.list = [...this.list, f];
      },
    );
    const last = this.list[this.list.length - 1];
    if (last) await this.open(last.id);
  }

  /** Changes the draft; marks it unsaved. */
  edit(change: (f: Filing) => void): void {
    if (!this.draft) return;
    change(this.draft);
    this.dirty = true;
    this.#keep();
  }

  /** Keeps the draft in the drafts state, so leaving the case or locking loses nothing: a lock
   * saves it through `filing_save` first (a filing is itself a draft until filed). */
  #keep(): void {
    const draft = this.draft;
    if (!draft) return;
    const value = $state.snapshot(draft) as Filing;
    const saved = this.list.find((f) => f.id === value.id) ?? null;
    drafts.keep(filingDraftKey(value), value, saved ? ($state.snapshot(saved) as Filing) : null, async (f) => (await saveFiling(f)).ok);
  }

  moveAnnex(from: number, to: number): void {
    this.edit((f) => {
      f.annexes = moveAnnex(f.annexes, from, to);
    });
  }

  insertArgument(id: string): void {
    const arg = this.library?.arguments.find((a) => a.id === id);
    if (arg) this.edit((f) => f.grounds.push({ argument: arg.id, text: arg.text, citations_confirmed: false }));
  }

  async save(): Promise<boolean> {
    const draft = this.draft;
    if (!draft) return false;
    const ok = await this.run(
      () => saveFiling($state.snapshot(draft) as Filing),
      (f) => {
        this.list = this.list.map((x) => (x.id === f.id ? f : x));
        this.draft = structuredClone(f);
        this.dirty = false;
        drafts.discard(filingDraftKey(f));
      },
    );
    if (ok) {
      await this.check();
      await this.loadLibrary(draft.id);
    }
    return ok;
  }

  async check(): Promise<void> {
    const id = this.draft?.id;
    if (!id) return;
    await this.run(
      () => checkFiling(id),
      (v) => (this.findings = v),
    );
  }

  async remove(id: string): Promise<void> {
    const ok = await this.run(
      () => deleteFiling(id),
      () => {},
    );
    if (ok) {
      this.list = this.list.filter((f) => f.id !== id);
      if (this.draft?.id === id) this.draft = null;
      drafts.discard(draftKey(this.caseId ?? '', `filing:${id}`));
    }
  }

  /** Follows the shell's export progress events; returns the function that stops following. */
  followProgress(): () => void {
    const stop = onExportProgress((p) => this.onProgress(p));
    return () => void stop.then((f) => f()).catch(() => {});
  }

  onProgress(p: { done: number; total: number }): void {
    if (this.exporting) this.progress = p;
  }

  /**
   * Saves unsaved changes, then reads what the annexes carry, for the confirmation to show
   * before anything is written. Returns whether it could.
   */
  async prepareExport(): Promise<boolean> {
    if (this.dirty && !(await this.save())) return false;
    const id = this.draft?.id;
    if (!id) return false;
    this.carried = [];
    this.removeMetadata = true;
    return this.run(
      () => annexMetadata(id),
      (v) => (this.carried = v),
    );
  }

  /** Saves unsaved changes first, then exports; `how` picks the output. */
  async export(how: 'portal' | 'packet'): Promise<void> {
    if (this.dirty && !(await this.save())) return;
    const id = this.draft?.id;
    if (!id) return;
    const choice = this.removeMetadata ? 'remove' : 'keep';
    this.exporting = true;
    this.progress = null;
    this.written = null;
    try {
      await this.run(
        () => (how === 'portal' ? exportPortal(id, choice) : exportPacket(id, choice)),
        (name) => (this.written = name),
      );
    } finally {
      this.exporting = false;
      this.progress = null;
    }
  }

  /** Records the open filing as submitted through the portal on `date`: the event that starts
   * the CCF's clocks. */
  async recordSubmitted(date: string): Promise<boolean> {
    const id = this.draft?.id;
    if (!id) return false;
    return this.run(
      () => recordSubmitted(id, date),
      (e) => (this.submitted = e.date),
    );
  }

  async cancel(): Promise<void> {
    await cancelExport();
  }

  /** Writes letter `kind` in `language` (the letter's own choice, not the app's). */
  async letter(kind: LetterKind, country: string, language: string): Promise<void> {
    const caseId = this.caseId;
    if (!caseId) return;
    await this.run(
      () => exportLetter(caseId, kind, country, language),
      (name) => (this.written = name),
    );
  }
}

export const filings = new FilingsState();
session.onLock(() => filings.clear());
