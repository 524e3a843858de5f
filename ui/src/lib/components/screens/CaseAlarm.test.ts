// Issue 21.1: a passed custody limit on a detained person is an alarm that leads the case list
// and the case, saying what to do now. The fixture is what the real core answers for a Diffusion
// from Türkiye and a provisional arrest in Italy 49 days before, no request and no release
// (made with the `habeas` CLI: case new, alert add, event add, case show/list --json).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { cases } from '../../state/cases.svelte';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import Shell from '../Shell.svelte';
import fixture from '../fixtures/alarm-case.json';

afterEach(() => {
  clearMocks();
  cases.clear();
  navigation.go('vault');
  session.unlocked = false;
});

function core(cmd: string): unknown {
  if (cmd === 'vault_status') return { unlocked: true, dir: '/v' };
  if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480 };
  if (cmd === 'case_list') return { today: fixture.view.today, cases: fixture.list.cases };
  if (cmd === 'case_view') return fixture.view;
  if (cmd === 'countries') return [{ code: 'TR', name: 'Türkiye', interpol_member: true }];
  if (cmd === 'case_audit' || cmd === 'evidence_list' || cmd === 'filing_list' || cmd === 'trip_list') return [];
  return null;
}

describe('a passed custody limit', () => {
  it('leads the case list and the case, with what to do now', async () => {
    mockIPC(core);
    await session.refresh();
    render(Shell);
    navigation.go('cases');
    const badge = await screen.findByTestId('case-alarm-badge');
    expect(badge.textContent).toContain('Custody limit passed');
    const row = screen.getAllByTestId('case-row')[0];
    expect(row).toBeDefined();
    await fireEvent.click(within(row as HTMLElement).getByTestId('case-open'));
    const alarm = await screen.findByTestId('case-alarm');
    expect(alarm.getAttribute('role')).toBe('alert');
    expect(alarm.textContent).toContain('Ask the court now to release the person');
    expect(alarm.textContent).toContain('Extradition request due (provisional arrest)');
    // It comes before everything else of the case, the name included.
    const name = screen.getByTestId('case-name');
    expect(alarm.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The header does not pretend nothing is due.
    expect(screen.getByTestId('case-next').textContent).not.toContain('No open deadline');
  });
});
