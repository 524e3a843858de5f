// Issue 15 §1.2: when nothing in Habeas' data binds both states, the case says so and asks for
// the date; it never invents a period. The fixture is what the real core answers for a Diffusion
// from Türkiye and a provisional arrest in the United States (made with the `habeas` CLI).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../services/cases';
import { cases } from '../../state/cases.svelte';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import fixture from '../fixtures/needed-case.json';
import TimelineTab from './TimelineTab.svelte';

afterEach(() => {
  clearMocks();
  cases.clear();
  navigation.go('vault');
  session.unlocked = false;
});

describe('dates Habeas cannot work out', () => {
  it('are listed with why, and the date entered is saved under its key with its source', async () => {
    const view = fixture.view as unknown as CaseView;
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'case_update') {
        saved.push(args);
        return view;
      }
      // The tab reads the case again when it opens.
      if (cmd === 'case_view') return view;
      return null;
    });
    cases.current = view;
    render(TimelineTab);
    expect(screen.queryAllByTestId('deadline-row')).toHaveLength(0);
    const needed = screen.getByTestId('date-needed');
    expect(needed.textContent).toContain('No instrument in Habeas');
    expect(needed.textContent).toContain('will not guess');
    await fireEvent.click(within(needed).getByTestId('date-needed-enter'));
    // Both the date and its source are required.
    await fireEvent.click(within(needed).getByText('Save'));
    expect(saved).toHaveLength(0);
    expect(within(needed).getByRole('alert').textContent).toContain('where it comes from');
    await fireEvent.input(within(needed).getByLabelText('Date that applies'), { target: { value: '2027-01-19' } });
    await fireEvent.input(within(needed).getByLabelText(/Where the date comes from/), {
      target: { value: 'US–Türkiye treaty 1979, Art. 9: 60 days' },
    });
    await fireEvent.click(within(needed).getByText('Save'));
    const update = saved[0] as { caseFile: { overrides: { key: string; date: string; reason: string }[] } };
    expect(update.caseFile.overrides).toContainEqual({
      key: view.dates_needed[0]?.key,
      date: '2027-01-19',
      reason: 'US–Türkiye treaty 1979, Art. 9: 60 days',
    });
  });
});
