// Labels for the core's enums, relative days and country names, in the UI language.

import { hasMessage, i18n, t, type MessageKey } from './i18n.svelte';

export type EnumGroup =
  | 'sex'
  | 'profile'
  | 'docKind'
  | 'protection'
  | 'protectionKind'
  | 'removedBy'
  | 'removalGround'
  | 'alertKind'
  | 'request'
  | 'alertStatus'
  | 'precision'
  | 'eventKind'
  | 'regime'
  | 'ccfRequest'
  | 'confidence'
  | 'deadlineState'
  | 'flag'
  | 'filingKind'
  | 'applicantKind'
  | 'ccfStep'
  | 'language'
  | 'severity'
  | 'travelLevel'
  | 'travelRole';

/** The label of one value of a core enum (`enum.<group>.<value>` in the catalogue). */
export function enumLabel(group: EnumGroup, value: string): string {
  return t(`enum.${group}.${value}` as MessageKey);
}

/** "Today", "In 5 days", "3 days ago". */
export function daysText(n: number): string {
  if (n === 0) return t('days.today');
  if (n === 1) return t('days.tomorrow');
  if (n === -1) return t('days.agoOne');
  return n > 0 ? t('days.in', { n }) : t('days.ago', { n: -n });
}

/** Urgency of a date `n` days away: drives colours on the timeline and in the tables. */
export function urgency(
  n: number,
  state: 'open' | 'met' | 'late' | 'passed',
): 'met' | 'overdue' | 'urgent' | 'soon' | 'later' {
  if (state === 'met') return 'met';
  if (state === 'passed' || state === 'late' || n < 0) return 'overdue';
  if (n <= 7) return 'urgent';
  if (n <= 30) return 'soon';
  return 'later';
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
const coreNames = new Map<string, string>();

/**
 * The core's English names (habeas_core::model::country), the ones every document Habeas writes
 * uses. Set once the country list is loaded, so that the app in English shows the same name as
 * the PDFs ("Türkiye" everywhere, not "Turkey" in a picker and "Türkiye" in the filing).
 */
export function setCountryNames(list: readonly { code: string; name: string }[]): void {
  coreNames.clear();
  for (const c of list) coreNames.set(c.code, c.name);
}

/**
 * The name of a country in the UI language: in English the core's name (the one in documents),
 * in another language the system's translation of it, else `fallback` or the code.
 */
export function countryName(code: string, fallback?: string): string {
  const core = coreNames.get(code) ?? fallback;
  if (i18n.locale.split('-')[0] === 'en' && core) return core;
  let names = displayNames.get(i18n.locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([i18n.locale], { type: 'region' });
    } catch {
      names = null;
    }
    displayNames.set(i18n.locale, names);
  }
  const shown = names?.of(code);
  return shown && shown !== code ? shown : (core ?? code);
}

/** Dates in lists and sentences follow the user's date order (issue 21.6): see dates.svelte.ts. */
export { dateText } from './dates.svelte';

/** The forms of kept drafts (`person`, `filing`, …) in words, each once (issue 21.4). */
export function draftFormNames(forms: string[]): string {
  return [...new Set(forms)]
    .map((form) => {
      const key = `drafts.form.${form}`;
      return hasMessage(key) ? t(key as MessageKey) : form;
    })
    .join(', ');
}
