// Sharing a case with co-counsel and receiving one (issue 19.4). The core checks everything
// (docs/sharing-format.md); this state holds what the dialogs show: the items and filings to
// choose (all by default), the contact, the progress, and what a received file holds.

import { listEvidence, type EvidenceItem } from '../services/evidence';
import { listFilings, type Filing } from '../services/filings';
import {
  cancelShare,
  onShareProgress,
  pickSharedFile,
  receiveSharedFile,
  shareCase,
  type Incoming,
  type Received,
  type ShareDone,
  type ShareProgress,
} from '../services/sharing';
import type { CommandError } from '../services/errors';
import { session } from './session.svelte';

export class ShareState {
  caseId = $state<string | null>(null);
  items = $state<EvidenceItem[]>([]);
  filings = $state<Filing[]>([]);
  chosenItems = $state<string[]>([]);
  chosenFilings = $state<string[]>([]);
  /** A contact's name. */
  to = $state('');
  busy = $state(false);
  progress = $state<ShareProgress | null>(null);
  done = $state<ShareDone | null>(null);
  error = $state<CommandError | null>(null);

  /** Filings that annex an item not chosen: the core refuses them, so they cannot be ticked. */
  readonly blocked = $derived(
    this.filings.filter((f) => f.annexes.some((a) => !this.chosenItems.includes(a.evidence))).map((f) => f.id),
  );

  /** The bytes of evidence chosen. */
  readonly bytes = $derived(this.items.filter((i) => this.chosenItems.includes(i.id)).reduce((n, i) => n + i.size, 0));

  /** Opens the choice for a case: every live item and every filing, chosen. */
  async start(caseId: string): Promise<boolean> {
    this.reset();
    this.caseId = caseId;
    const [items, filings] = await Promise.all([listEvidence(caseId), listFilings(caseId)]);
    if (!items.ok || !filings.ok) {
      this.error = !items.ok ? items.error : !filings.ok ? filings.error : null;
      return false;
    }
    this.items = items.value.filter((i) => !i.deleted);
    this.filings = filings.value;
    this.chosenItems = this.items.map((i) => i.id);
    this.chosenFilings = this.filings.map((f) => f.id);
    return true;
  }

  toggleItem(id: string, on: boolean): void {
    this.chosenItems = this.chosenItems.filter((x) => x !== id).concat(on ? [id] : []);
    // A filing whose annex was left out leaves the choice too.
    this.chosenFilings = this.chosenFilings.filter((f) => !this.blocked.includes(f));
  }

  toggleFiling(id: string, on: boolean): void {
    if (on && this.blocked.includes(id)) return;
    this.chosenFilings = this.chosenFilings.filter((x) => x !== id).concat(on ? [id] : []);
  }

  /** Shares; true when written (false: refused, cancelled, or the save dialog closed). */
  async share(): Promise<boolean> {
    if (!this.caseId || !this.to.trim()) return false;
    this.busy = true;
    this.error = null;
    this.done = null;
    this.progress = null;
    const unlisten = await onShareProgress((p) => (this.progress = p)).catch(() => null);
    const result = await shareCase(this.caseId, this.to, this.chosenItems, this.chosenFilings);
    unlisten?.();
    this.busy = false;
    this.progress = null;
    if (!result.ok) {
      this.error = result.error;
      return false;
    }
    this.done = result.value;
    return result.value !== null;
  }

  async cancel(): Promise<void> {
    await cancelShare();
  }

  reset(): void {
    this.caseId = null;
    this.items = [];
    this.filings = [];
    this.chosenItems = [];
    this.chosenFilings = [];
    this.to = '';
    this.busy = false;
    this.progress = null;
    this.done = null;
    this.error = null;
  }
}

export class ReceiveState {
  /** The file picked, read and checked; nothing received yet. */
  incoming = $state<Incoming | null>(null);
  /** The user compared the unknown sender's fingerprint with them and it matches. */
  senderConfirmed = $state(false);
  /** The user lets the update replace the changes made here. */
  replaceConfirmed = $state(false);
  busy = $state(false);
  received = $state<Received | null>(null);
  error = $state<CommandError | null>(null);

  /** Whether receiving may be asked now: an unknown sender and local edits need the user's word. */
  readonly ready = $derived(
    this.incoming !== null &&
      (this.incoming.sender_name !== null || this.senderConfirmed) &&
      (this.incoming.local_edits.length === 0 || this.replaceConfirmed),
  );

  /** Asks for a file and reads it; every refusal (damaged, not for this vault…) is shown. */
  async pick(): Promise<void> {
    this.reset();
    this.busy = true;
    const result = await pickSharedFile();
    this.busy = false;
    if (!result.ok) this.error = result.error;
    else this.incoming = result.value;
  }

  /** Receives the file picked; the new (or updated) case's id, or null. */
  async receive(): Promise<string | null> {
    const incoming = this.incoming;
    if (!incoming || !this.ready) return null;
    this.busy = true;
    this.error = null;
    const result = await receiveSharedFile(
      incoming.sender_name === null ? incoming.sender_fingerprint : null,
      this.replaceConfirmed,
    );
    this.busy = false;
    if (!result.ok) {
      this.error = result.error;
      return null;
    }
    this.received = result.value;
    this.incoming = null;
    return result.value.case_id;
  }

  reset(): void {
    this.incoming = null;
    this.senderConfirmed = false;
    this.replaceConfirmed = false;
    this.busy = false;
    this.received = null;
    this.error = null;
  }
}

export const share = new ShareState();
export const receive = new ReceiveState();

session.onLock(() => {
  share.reset();
  receive.reset();
});
