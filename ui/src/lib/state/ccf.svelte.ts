// The letter asking the CCF for a decision overdue under Art. 40 of its Statute, offered on the
// case's timeline where the chain of requests shows the step overdue (issue 15 §3.4).

import { i18n } from '../i18n/i18n.svelte';
import { exportLetter } from '../services/filings';
import { CommandState } from './command.svelte';
import { session } from './session.svelte';

export class FollowUpState extends CommandState {
  caseId = $state<string | null>(null);
  /** The name of the letter written, once the user chose where. */
  written = $state<string | null>(null);

  clear(): void {
    this.forget();
    this.caseId = null;
    this.written = null;
    this.error = null;
  }

  /** Asks where to save, then writes the letter for case `caseId`, in `language` (the app's
   * unless chosen: the CCF works in English, French, Spanish and Arabic). */
  async write(caseId: string, language: string = i18n.locale === 'ru' ? 'en' : i18n.locale): Promise<void> {
    if (this.caseId !== caseId) this.clear();
    this.caseId = caseId;
    this.written = null;
    await this.run(
      () => exportLetter(caseId, 'ccf_follow_up', '', language),
      (name) => (this.written = name),
    );
  }
}

export const followUp = new FollowUpState();
session.onLock(() => followUp.clear());
