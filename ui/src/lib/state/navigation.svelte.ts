// Which screen and which case tab are shown. The screens are those of DESIGN §1.

import type { MessageKey } from '../i18n/i18n.svelte';

export const SCREENS = ['vault', 'cases', 'caseWorkspace', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export const CASE_TABS = [
  'overview',
  'alerts',
  'timeline',
  'checklist',
  'evidence',
  'filings',
  'travel',
  'history',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export const screenLabel: Record<Screen, MessageKey> = {
  vault: 'nav.vault',
  cases: 'nav.cases',
  caseWorkspace: 'nav.caseWorkspace',
  settings: 'nav.settings',
};

export class Navigation {
  screen = $state<Screen>('vault');
  caseTab = $state<CaseTab>('overview');

  go(screen: Screen): void {
    this.screen = screen;
  }

  /** A request from a shortcut that the screen it is meant for takes when it shows. */
  intent = $state<'newCase' | 'search' | null>(null);

  /** Goes to the cases screen and asks it to open the new-case form or focus its search. */
  request(intent: 'newCase' | 'search'): void {
    this.screen = 'cases';
    this.intent = intent;
  }

  /** Returns whether `intent` is pending, and clears it. */
  take(intent: 'newCase' | 'search'): boolean {
    if (this.intent !== intent) return false;
    this.intent = null;
    return true;
  }

  /** Arrow keys, Home and End move between case tabs (WAI-ARIA tabs pattern, automatic). */
  moveTab(key: string, dir: 'ltr' | 'rtl'): boolean {
    const i = CASE_TABS.indexOf(this.caseTab);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const n = CASE_TABS.length;
    let next: number;
    if (key === forward) next = (i + 1) % n;
    else if (key === backward) next = (i - 1 + n) % n;
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = n - 1;
    else return false;
    this.caseTab = CASE_TABS[next] ?? this.caseTab;
    return true;
  }
}

export const navigation = new Navigation();
