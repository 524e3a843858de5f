// The case list, the open case and search, as the screens see them. Every rule (flags,
// deadlines, checklist) comes computed from the core; this layer only keeps the latest answer,
// and forgets everything when the vault locks.

import {
  caseAudit,
  caseDeletePlan,
  checkEvent,
  closeCase,
  createCase,
  emptyPerson,
  deleteCase,
  reopenCase,
  deleteAlert,
  deleteEvent,
  exportIcs,
  listCases,
  listCountries,
  saveAlert,
  saveEvent,
  searchCases,
  updateCase,
  viewCase,
  type Alert,
  type AlertStatus,
  type HistoryLine,
  type RemovalGround,
  type RemovedBy,
  type Case,
  type CaseContents,
  type CaseEvent,
  type Deleted,
  type CaseSummary,
  type CaseView,
  type EventProblem,
  type Country,
  type Person,
  type SearchHit,
} from '../services/cases';
import { navigation } from './navigation.svelte';
import { session } from './session.svelte';
import { CommandState } from './command.svelte';
import { draftKey, drafts } from './drafts.svelte';
import { setCountryNames } from '../i18n/labels';
import { MAX_REMINDER_MONTHS, MAX_TREATY_DAYS } from '../bindings';

/** Choice lists and defaults of the contract, for the components (which never import services). */
export { ALERT_KINDS, ALERT_REQUESTS, ALERT_STATUSES, CCF_REQUEST_KINDS, DOCUMENT_KINDS, EVENT_KINDS, FLAG_KINDS, PRECISIONS, PROFILES, PROTECTION_KINDS, PROTECTION_STATUSES, REGIMES, REMOVAL_GROUNDS, REMOVED_BY, SEXES, emptyAlert, emptyEvent, emptyPerson } from '../services/cases';

export { MAX_REMINDER_MONTHS, MAX_TREATY_DAYS };

/** Whether a bilateral treaty's periods can be saved (the core's rule, with the core's limits). */
export function treatyDaysValid(soft: number | null, hard: number): boolean {
  return hard >= 1 && hard <= MAX_TREATY_DAYS && (soft === null || (soft >= 1 && soft <= hard));
}

/** Whether an access-reminder period can be saved (empty means never). */
export function reminderValid(months: number | null): boolean {
  return months === null || (months >= 1 && months <= MAX_REMINDER_MONTHS);
}

/**
 * What the Overview form edits of a case, kept as a draft across tab switches (issue 21.4).
 * Only these fields: the rest of the case (overrides, checklist, situation) is edited on other
 * tabs, so a kept draft is laid over the case as last saved, never saved whole and stale.
 */
export type PersonForm = Pick<Case, 'person' | 'notes' | 'flag_settings' | 'bilateral' | 'access_reminder_months' | 'misuse_note'> & {
  /** The "other names" box as typed, one name a line. */
  otherNames: string;
};

/** The Overview form of `c`; `otherNames` as typed, else the saved names one a line. */
export function personForm(c: Case, otherNames: string = c.person.other_names.join('\n')): PersonForm {
  const { person, notes, flag_settings, bilateral, access_reminder_months, misuse_note } = c;
  return { person, notes, flag_settings, bilateral, access_reminder_months, misuse_note, otherNames };
}

/** `c` with the Overview form laid over it, the other names read one a line. */
export function withPersonForm(c: Case, form: PersonForm): Case {
  const { otherNames, ...fields } = form;
  const other_names = otherNames
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return { ...c, ...fields, person: { ...fields.person, other_names } };
}

/** The alert form: the alert, and its newest status as the form shows it (kept as a draft). */
export interface AlertForm {
  alert: Alert;
  status: AlertStatus;
  statusDate: string;
  statusBy: RemovedBy | '';
  statusGround: RemovalGround | '';
}

/** The form for `alert` as saved (its newest status in the status fields). */
export function alertForm(alert: Alert): AlertForm {
  const last = alert.status.at(-1);
  return {
    alert,
    status: last?.status ?? 'suspected',
    statusDate: last?.date ?? '',
    statusBy: last?.by ?? '',
    statusGround: last?.ground ?? '',
  };
}

/**
 * The alert to save from the form: a changed status is appended to its history (or corrects the
 * newest entry when only its date, author or ground changed).
 */
export function alertOfForm(form: AlertForm): Alert {
  const { status, statusDate, statusBy, statusGround } = form;
  const alert = structuredClone(form.alert);
  const last = alert.status.at(-1);
  const removal = status === 'deleted' || status === 'refused';
  // Left out when not recorded, as the core writes it.
  const by = removal && statusBy ? statusBy : undefined;
  const ground = removal && statusGround ? statusGround : undefined;
  if (!last || last.status !== status || (last.date ?? '') !== statusDate || last.by !== by || last.ground !== ground) {
    if (last && last.status === status) {
      last.date = statusDate || null;
      last.by = by;
      last.ground = ground;
    } else if (last || status !== 'suspected' || statusDate) {
      alert.status = [...alert.status, { status, date: statusDate || null, ...(by ? { by } : {}), ...(ground ? { ground } : {}) }];
    }
  }
  return alert;
}

/** A date of the user's being entered on the timeline (an override of `key`), kept as a draft. */
export interface OverrideForm {
  key: string;
  date: string;
  reason: string;
}

/** The event as saved from its form: a regime belongs only to an arrest or a detention. */
export function eventToSave(event: CaseEvent): CaseEvent {
  return event.kind === 'provisional_arrest' || event.kind === 'detention' ? event : { ...event, regime: null };
}

export { draftKey };

/** The case header's situation form (what no event can show), kept as a draft. */
export interface SituationForm {
  extraditedOn: string | null;
  protectedNote: string;
  protectedSince: string | null;
}

export function situationForm(s: Case['situation'] | undefined): SituationForm {
  return {
    extraditedOn: s?.extradited_on ?? null,
    protectedNote: s?.protected_from_extradition?.note ?? '',
    protectedSince: s?.protected_from_extradition?.since ?? null,
  };
}

export function situationOfForm(form: SituationForm): Case['situation'] {
  const note = form.protectedNote.trim();
  return {
    extradited_on: form.extraditedOn || null,
    protected_from_extradition: note ? { note, since: form.protectedSince || null } : null,
  };
}

/** The names of a new case being created (kept as a draft). */
export interface NewCaseForm {
  nameLatin: string;
  nameOriginal: string;
}

/** The checklist notes typed and not saved, by item (kept as a draft). */
export type ChecklistNotes = Record<string, string>;

export type SortKey = 'deadline' | 'name' | 'flags' | 'updated';

/**
 * Orders case summaries; `deadline` puts cases with an alarm first, then the soonest next
 * deadline, cases without one last.
 */
export function sortCases(list: CaseSummary[], key: SortKey, ascending: boolean): CaseSummary[] {
  const far = '9999-12-31';
  const compare = (a: CaseSummary, b: CaseSummary): number => {
    switch (key) {
      case 'deadline': {
        // A case with an alarm (a passed custody limit) leads, as the core orders them.
        const alarm = (s: CaseSummary): number => (s.next_deadline?.alarm ? 0 : 1);
        return (
          alarm(a) - alarm(b) ||
          (a.next_deadline?.next ?? far).localeCompare(b.next_deadline?.next ?? far)
        );
      }
      case 'flags':
        return b.flags.length - a.flags.length;
      case 'updated':
        return b.updated.localeCompare(a.updated);
      case 'name':
        return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
    }
  };
  const sorted = [...list].sort(
    (a, b) => compare(a, b) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  );
  return ascending ? sorted : sorted.reverse();
}

export class CasesState extends CommandState {
  list = $state<CaseSummary[]>([]);
  today = $state<string>('');
  sortKey = $state<SortKey>('deadline');
  ascending = $state(true);
  query = $state('');
  hits = $state<SearchHit[] | null>(null);
  current = $state<CaseView | null>(null);
  /** The case's history, each entry in words (the core's sentences). */
  audit = $state<HistoryLine[]>([]);
  countries = $state<Country[]>([]);
  /** What was last saved, for the "saved" confirmation. */
  savedAt = $state<string | null>(null);
  /** The list shows the closed cases instead of the open ones. */
  showClosed = $state(false);
  /** What the last deletion removed, for the confirmation on the list. */
  lastDeleted = $state<Deleted | null>(null);

  sorted = $derived(sortCases(this.list, this.sortKey, this.ascending));


  clear(): void {
    this.forget();
    this.list = [];
    this.hits = null;
    this.query = '';
    this.current = null;
    this.audit = [];
    this.error = null;
    this.savedAt = null;
    this.showClosed = false;
    this.lastDeleted = null;
  }

  sortBy(key: SortKey): void {
    if (this.sortKey === key) this.ascending = !this.ascending;
    else {
      this.sortKey = key;
      this.ascending = true;
    }
  }

  async load(): Promise<void> {
    await this.run(() => listCases(this.showClosed), (v) => {
      this.list = v.cases;
      this.today = v.today;
    });
    if (this.countries.length === 0) {
      await this.run(listCountries, (v) => {
        this.countries = v;
        setCountryNames(v);
      });
    }
  }

  async search(query: string): Promise<void> {
    this.query = query;
    if (!query.trim()) {
      this.hits = null;
      return;
    }
    await this.run(
      () => searchCases(query),
      (v) => {
        if (this.query === query) this.hits = v;
      },
    );
  }

  /** Asks where to save, then writes the deadlines of one case (or all, `null`) as a calendar
   * file. The file's name, or null when the user closed the dialog. */
  exportIcs(caseId: string | null, names: boolean): ReturnType<typeof exportIcs> {
    return exportIcs(caseId, names);
  }

  async open(id: string): Promise<void> {
    const ok = await this.run(
      () => viewCase(id),
      (v) => {
        this.current = v;
        this.savedAt = null;
      },
    );
    if (ok) {
      navigation.caseTab = 'overview';
      navigation.go('caseWorkspace');
    }
  }

  /** Reads the open case again, after a change made from another screen (a filing recorded as
   * submitted adds an event). */
  async reloadCurrent(): Promise<void> {
    const id = this.current?.case.id;
    if (id) await this.run(() => viewCase(id), (v) => (this.current = v));
  }

  async create(person: Person): Promise<boolean> {
    let id = '';
    const ok = await this.run(
      () => createCase(person),
      (c) => (id = c.id),
    );
    if (ok) {
      // A new case is open: show the list it is on.
      this.showClosed = false;
      await this.load();
      await this.open(id);
    }
    return ok;
  }

  #applyView = (v: CaseView): void => {
    this.current = v;
    this.savedAt = v.case.updated;
  };

  saveCase(c: Case): Promise<boolean> {
    return this.run(() => updateCase(c), this.#applyView);
  }

  /**
   * Saves a kept Overview draft of any case (at a lock, when it may not be the open one): read
   * the case as saved, lay the form over it, save. The core validates as for the Save button.
   */
  async savePersonDraft(caseId: string, form: PersonForm): Promise<boolean> {
    return this.#saveOver(caseId, (c) => withPersonForm(c, form));
  }

  /** Saves a kept alert draft of any case (at a lock). */
  async saveAlertDraft(caseId: string, alert: Alert): Promise<boolean> {
    const result = await saveAlert(caseId, alert);
    if (result.ok && this.current?.case.id === caseId) this.#applyView(result.value);
    return result.ok;
  }

  /** Creates the case of a kept new-case form (at a lock), when it names the person. */
  async saveNewCaseDraft(form: NewCaseForm): Promise<boolean> {
    const person = { ...emptyPerson(), name_latin: form.nameLatin.trim(), name_original: form.nameOriginal.trim() };
    if (!person.name_latin && !person.name_original) return false;
    return (await createCase(person)).ok;
  }

  /** Saves a kept situation draft of any case (at a lock). */
  async saveSituationDraft(caseId: string, form: SituationForm): Promise<boolean> {
    return this.#saveOver(caseId, (c) => ({ ...c, situation: situationOfForm(form) }));
  }

  /** Saves kept checklist notes of any case (at a lock), each with its item's tick as saved. */
  async saveChecklistDraft(caseId: string, notes: ChecklistNotes): Promise<boolean> {
    return this.#saveOver(caseId, (c) => {
      const marks = Object.entries(notes).map(([item, note]) => {
        const existing = c.checklist.find((m) => m.item === item);
        return { item: item as Case['checklist'][number]['item'], done: existing?.done ?? null, note };
      });
      return { ...c, checklist: [...c.checklist.filter((m) => !(m.item in notes)), ...marks] };
    });
  }

  /** Reads a case as saved, changes it, saves it: how a kept draft of one part is saved. */
  async #saveOver(caseId: string, change: (c: Case) => Case): Promise<boolean> {
    const saved = await viewCase(caseId);
    if (!saved.ok) return false;
    const result = await updateCase(change(saved.value.case));
    if (result.ok && this.current?.case.id === caseId) this.#applyView(result.value);
    return result.ok;
  }

  /** Saves a kept override draft of any case (at a lock): the user's date with its reason. */
  async saveOverrideDraft(caseId: string, form: OverrideForm): Promise<boolean> {
    if (!form.reason.trim() || !form.date) return false;
    return this.#saveOver(caseId, (c) => ({
      ...c,
      overrides: [...c.overrides.filter((o) => o.key !== form.key), { key: form.key, date: form.date, reason: form.reason.trim() }],
    }));
  }

  /** Saves a kept event draft of any case (at a lock), after the core's own check. */
  async saveEventDraft(caseId: string, event: CaseEvent): Promise<boolean> {
    event = eventToSave(event);
    if ((await this.checkEvent(event)).length > 0) return false;
    const result = await saveEvent(caseId, event);
    if (result.ok && this.current?.case.id === caseId) this.#applyView(result.value);
    return result.ok;
  }

  saveAlert(alert: Alert): Promise<boolean> {
    const id = this.current?.case.id;
    if (!id) return Promise.resolve(false);
    return this.run(() => saveAlert(id, alert), this.#applyView);
  }

  deleteAlert(alertId: string): Promise<boolean> {
    const id = this.current?.case.id;
    if (!id) return Promise.resolve(false);
    return this.run(() => deleteAlert(id, alertId), this.#applyView);
  }

  /** What the core says must be fixed in an event's form before it can be saved. */
  async checkEvent(event: CaseEvent): Promise<EventProblem[]> {
    const result = await checkEvent(event);
    // If the check itself fails, the save will say why.
    return result.ok ? (result.value ?? []) : [];
  }

  saveEvent(event: CaseEvent): Promise<boolean> {
    const id = this.current?.case.id;
    if (!id) return Promise.resolve(false);
    return this.run(() => saveEvent(id, event), this.#applyView);
  }

  deleteEvent(eventId: string): Promise<boolean> {
    const id = this.current?.case.id;
    if (!id) return Promise.resolve(false);
    return this.run(() => deleteEvent(id, eventId), this.#applyView);
  }

  /** Switches the list between open and closed cases. */
  async toggleClosed(): Promise<void> {
    this.showClosed = !this.showClosed;
    await this.load();
  }

  /** Closes the open case: it leaves the main list and keeps everything. */
  closeCurrent(): Promise<boolean> {
    const id = this.current?.case.id;
    if (!id) return Promise.resolve(false);
    return this.run(() => closeCase(id), this.#applyView);
  }

  reopenCurrent(): Promise<boolean> {
    const id = this.current?.case.id;
    if (!id) return Promise.resolve(false);
    return this.run(() => reopenCase(id), this.#applyView);
  }

  /** What deleting the open case would remove (for the confirmation), or null on error. */
  async deletionPlan(): Promise<CaseContents | null> {
    const id = this.current?.case.id;
    if (!id) return null;
    let plan: CaseContents | null = null;
    await this.run(
      () => caseDeletePlan(id),
      (v) => (plan = v),
    );
    return plan;
  }

  /** Deletes the open case with its evidence files, then shows the list. */
  async deleteCurrent(): Promise<boolean> {
    const id = this.current?.case.id;
    if (!id) return false;
    const ok = await this.run(
      () => deleteCase(id),
      (v) => {
        this.lastDeleted = v;
        drafts.discardCase(id);
        this.current = null;
        this.audit = [];
      },
    );
    if (ok) {
      navigation.go('cases');
      await this.load();
    }
    return ok;
  }

  async loadAudit(): Promise<void> {
    const id = this.current?.case.id;
    if (!id) return;
    await this.run(
      () => caseAudit(id),
      (v) => (this.audit = v),
    );
  }
}

export const cases = new CasesState();
session.onLock(() => cases.clear());
