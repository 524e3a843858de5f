// A deadline Habeas cannot date leads the case like the alarm does, and the case never says
// "no open deadline" while it waits. The fixture is what the real core answers for a Diffusion
// from Türkiye and a provisional arrest recorded without its country or regime (made with the
// `habeas` CLI: case new, alert add, event add, case show --json): the core cannot choose the
// instrument, so no deadline is shown and one date is needed (`states_unknown`).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../services/cases';
import { cases } from '../../state/cases.svelte';
import { navigation } from '../../state/navigation.svelte';
import fixture from '../fixtures/states-unknown-case.json';
import CaseWorkspaceScreen from './CaseWorkspaceScreen.svelte';

afterEach(() => {
  clearMocks();
  cases.clear();
  navigation.go('vault');
});

function core(cmd: string): unknown {
  if (cmd === 'case_view') return fixture.view;
  if (cmd === 'countries') return [{ code: 'TR', name: 'Türkiye', interpol_member: true }];
  if (cmd === 'case_audit' || cmd === 'evidence_list' || cmd === 'filing_list' || cmd === 'trip_list') return [];
  return null;
}

describe('a deadline Habeas cannot date', () => {
  it('leads the case as urgently as the alarm, and nothing says no deadline is open', async () => {
    mockIPC(core);
    const view = fixture.view as unknown as CaseView;
    expect(view.deadlines).toHaveLength(0);
    expect(view.dates_needed[0]?.need).toBe('states_unknown');
    cases.current = view;
    navigation.go('caseWorkspace');
    render(CaseWorkspaceScreen);
    const lead = await screen.findByTestId('case-needed');
    expect(lead.getAttribute('role')).toBe('alert');
    expect(lead.classList.contains('alarm')).toBe(true);
    expect(lead.textContent).toContain('Extradition request due: Habeas needs the two states');
    expect(lead.textContent).toContain('Record the country of the arrest');
    // Before everything else of the case, the name included.
    const name = screen.getByTestId('case-name');
    expect(lead.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.body.textContent).not.toContain('No open deadline');
    expect(screen.getByTestId('case-next').textContent).toContain('date');
    // It takes the user to where the date is entered.
    await fireEvent.click(screen.getByTestId('case-needed-open'));
    expect(navigation.caseTab).toBe('timeline');
  });
});
