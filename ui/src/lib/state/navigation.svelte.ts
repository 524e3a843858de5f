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

  /** Ctrl+1 … Ctrl+4 jump to the n-th screen; returns whether the key was used. */
  handleShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
    const index = Number.parseInt(event.key, 10) - 1;
    const screen = SCREENS[index];
    if (screen === undefined) return false;
    this.go(screen);
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
