// The open case's evidence, as the evidence tab sees it: the list, the selected item with its
// chain of custody and preview link, a running import's progress, files to confirm as
// duplicates. Everything is forgotten when the vault locks (preview URLs stop serving then too).

import type { AuditEntry } from '../services/cases';
import {
  cancelImport,
  cancelVerify,
  certifyEvidence,
  deleteEvidence,
  evidenceCustody,
  evidenceMetadata,
  exportEvidence,
  importEvidence,
  details,
  listEvidence,
  onEvidenceChanged,
  onFilesDropped,
  onImportProgress,
  onVerifyProgress,
  openPreview,
  pickEvidence,
  previewUrl,
  updateEvidence,
  verifyEvidence,
  type Details,
  type EvidenceItem,
  type ImageMetadata,
  type ImportProgress,
  type ImportReport,
  type NotImported,
  type OnDuplicate,
  type PageSize,
  type PreviewLink,
  type VerifyProgress,
  type VerifyReport,
} from '../services/evidence';
import { session } from './session.svelte';
import { CommandState } from './command.svelte';

/** Choice lists and defaults of the contract, for the components (which never import services). */
export { CATEGORIES } from '../services/evidence';

/** The details form of an item, kept as a draft across tab switches (issue 21.4). */
export interface DetailsForm {
  details: Details;
  /** The tags box as typed, separated by commas. */
  tagsText: string;
}

/** The form of `item` as saved. */
export function detailsForm(item: EvidenceItem): DetailsForm {
  return { details: details(item), tagsText: item.tags.join(', ') };
}

/** The details to save from the form, the tags read from the box. */
export function detailsOfForm(form: DetailsForm): Details {
  const tags = form.tagsText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return { ...form.details, tags };
}

export class EvidenceState extends CommandState {
  caseId = $state<string | null>(null);
  items = $state<EvidenceItem[]>([]);
  selectedId = $state<string | null>(null);
  custody = $state<AuditEntry[]>([]);
  preview = $state<PreviewLink | null>(null);
  progress = $state<ImportProgress | null>(null);
  importing = $state(false);
  /** The last import's result (files not imported, cancelled). */
  report = $state<ImportReport | null>(null);
  /** Files already in the case, waiting for "import anyway" or "skip". */
  duplicates = $state<NotImported[]>([]);
  verify = $state<VerifyReport | null>(null);
  verifying = $state(false);
  /** How far a running check is. */
  verifyProgress = $state<VerifyProgress | null>(null);
  /** The last export's file name, for the confirmation. */
  exported = $state<string | null>(null);
  /** What the item about to be exported carries (read when the export is asked for). */
  carried = $state<ImageMetadata | null>(null);
  /**
   * Whether that export leaves it behind. Off by default: an evidence export is the file as
   * imported, with the SHA-256 its custody certificate gives; the user ticks it (issue 16.9).
   */
  removeMetadata = $state(false);
  /** Items ticked for a custody certificate. */
  chosen = $state<string[]>([]);
  /** The file name of the last certificate written. */
  certified = $state<string | null>(null);

  selected = $derived(this.items.find((i) => i.id === this.selectedId) ?? null);
  live = $derived(this.items.filter((i) => i.deleted === null));


  clear(): void {
    this.forget();
    this.caseId = null;
    this.items = [];
    this.selectedId = null;
    this.custody = [];
    this.preview = null;
    this.progress = null;
    this.importing = false;
    this.report = null;
    this.duplicates = [];
    this.verify = null;
    this.verifying = false;
    this.verifyProgress = null;
    this.exported = null;
    this.carried = null;
    this.removeMetadata = false;
    this.chosen = [];
    this.certified = null;
    this.error = null;
  }

  async #loadCustody(id: string): Promise<void> {
    await this.run(
      () => evidenceCustody(id),
      (v) => (this.custody = v),
    );
  }

  /** Loads a case's list (and forgets another case's selection). */
  /**
   * Follows the shell's events while the Evidence tab is open: import and check progress,
   * changes made elsewhere, and files dropped on the window (`hover` says when files are over
   * it). Returns the function that stops following.
   */
  follow(hover: (over: boolean) => void): () => void {
    const stops = [
      onImportProgress((p) => this.onProgress(p)),
      onVerifyProgress((p) => this.onVerifyProgress(p)),
      onEvidenceChanged((id) => {
        if (id === this.caseId && !this.importing) void this.reload();
      }),
      onFilesDropped((paths) => void this.import(paths), hover),
    ];
    return () => {
      for (const stop of stops) void stop.then((f) => f()).catch(() => {});
    };
  }

  /** The native dialog for files (or a folder), then the import of what was chosen. */
  async pickAndImport(folder: boolean): Promise<void> {
    const result = await pickEvidence(folder);
    if (result.ok && result.value) await this.import(result.value);
  }

  /** The editable details of an item. */
  details(item: EvidenceItem): Details {
    return details(item);
  }

  /** The in-memory URL a preview loads (evidence://, for this session only). */
  previewUrl(link: PreviewLink): string {
    return previewUrl(link);
  }

  async load(caseId: string): Promise<void> {
    if (this.caseId !== caseId) {
      this.clear();
      this.caseId = caseId;
    }
    await this.run(
      () => listEvidence(caseId),
      (v) => (this.items = v),
    );
    if (this.selectedId && !this.items.some((i) => i.id === this.selectedId)) this.select(null);
    this.chosen = this.chosen.filter((id) => this.items.some((i) => i.id === id));
  }

  async reload(): Promise<void> {
    if (this.caseId) await this.load(this.caseId);
    if (this.selectedId) await this.#loadCustody(this.selectedId);
  }

  /** Selects an item: loads its custody log; its preview opens only on request (logged as viewed). */
  async select(id: string | null): Promise<void> {
    this.selectedId = id;
    this.preview = null;
    this.custody = [];
    this.exported = null;
    if (id) await this.#loadCustody(id);
  }

  async openPreview(): Promise<void> {
    const id = this.selectedId;
    if (!id) return;
    await this.run(
      () => openPreview(id),
      (v) => (this.preview = v),
    );
    await this.#loadCustody(id);
  }

  async import(paths: string[], onDuplicate: OnDuplicate = 'refuse'): Promise<void> {
    const caseId = this.caseId;
    if (!caseId || paths.length === 0 || this.importing) return;
    const generation = this.generation;
    this.importing = true;
    this.report = null;
    this.progress = null;
    try {
      const result = await importEvidence(caseId, paths, onDuplicate);
      if (generation !== this.generation) return;
      if (!result.ok) {
        this.error = result.error;
        return;
      }
      this.error = null;
      this.report = result.value;
      this.duplicates = result.value.duplicates;
      const first = result.value.imported[0];
      await this.load(caseId);
      if (first) await this.select(first.id);
    } finally {
      if (generation === this.generation) {
        this.importing = false;
        this.progress = null;
      }
    }
  }

  onProgress(p: ImportProgress): void {
    if (this.importing) this.progress = p;
  }

  async cancel(): Promise<void> {
    await cancelImport();
  }

  /** The user chose to import the duplicates anyway. */
  async importDuplicates(): Promise<void> {
    const paths = this.duplicates.map((d) => d.path);
    this.duplicates = [];
    await this.import(paths, 'allow');
  }

  skipDuplicates(): void {
    this.duplicates = [];
  }

  /** Saves a kept details draft (at a lock, when the item may belong to a case not open). */
  async saveDraft(id: string, form: DetailsForm): Promise<boolean> {
    const result = await updateEvidence(id, detailsOfForm(form));
    if (result.ok) this.items = this.items.map((i) => (i.id === result.value.id ? result.value : i));
    return result.ok;
  }

  async save(id: string, d: Details): Promise<boolean> {
    return this.run(
      () => updateEvidence(id, d),
      (v) => {
        this.items = this.items.map((i) => (i.id === v.id ? v : i));
      },
    ).then(async (ok) => {
      if (ok && this.selectedId === id) await this.#loadCustody(id);
      return ok;
    });
  }

  /** Reads what item `id` carries, for the export confirmation to show (issue 16.9). */
  async prepareExport(id: string): Promise<void> {
    this.carried = null;
    this.removeMetadata = false;
    await this.run(
      () => evidenceMetadata(id),
      (m) => (this.carried = m),
    );
  }

  /** Exports item `id` as the user chose: as imported, or without its metadata. */
  async export(id: string): Promise<void> {
    const choice = this.removeMetadata ? 'remove' : 'keep';
    await this.run(
      () => exportEvidence(id, choice),
      (name) => (this.exported = name),
    );
    this.carried = null;
    // A copy without metadata is an item of its own: the list shows it.
    if (choice === 'remove') await this.reload();
    if (this.selectedId === id) await this.#loadCustody(id);
  }

  /** Ticks or unticks an item for the certificate. */
  choose(id: string, on: boolean): void {
    const others = this.chosen.filter((c) => c !== id);
    this.chosen = on ? [...others, id] : others;
  }

  /** Ticks every item of the case, or none. */
  chooseAll(on: boolean): void {
    this.chosen = on ? this.items.map((i) => i.id) : [];
  }

  /** Writes a custody certificate for `ids` (in the list's order) where the user chooses. */
  async certify(ids: string[], pageSize: PageSize): Promise<void> {
    const ordered = this.items.filter((i) => ids.includes(i.id)).map((i) => i.id);
    await this.run(
      () => certifyEvidence(ordered, pageSize),
      (name) => (this.certified = name),
    );
    if (this.selectedId && ordered.includes(this.selectedId)) await this.#loadCustody(this.selectedId);
  }

  async remove(id: string): Promise<void> {
    const ok = await this.run(
      () => deleteEvidence(id),
      () => {},
    );
    if (ok) {
      this.preview = null;
      await this.reload();
    }
  }

  async runVerify(): Promise<void> {
    const caseId = this.caseId;
    if (!caseId) return;
    this.verifying = true;
    this.verifyProgress = null;
    try {
      await this.run(
        () => verifyEvidence(caseId),
        (v) => (this.verify = v),
      );
    } finally {
      this.verifying = false;
      this.verifyProgress = null;
    }
  }

  onVerifyProgress(p: VerifyProgress): void {
    if (this.verifying) this.verifyProgress = p;
  }

  async cancelVerify(): Promise<void> {
    await cancelVerify();
  }
}

export const evidence = new EvidenceState();
session.onLock(() => evidence.clear());
