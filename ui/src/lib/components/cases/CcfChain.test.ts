// Issue 15 §3.4: the case shows its requests to the CCF as a chain, says which step is overdue
// under Art. 40 and offers the letter asking for the decision; a submission recorded with two
// request types after the portal became mandatory is pointed out.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChainStep, Deadline } from '../../services/cases';
import { followUp } from '../../state/ccf.svelte';
import CcfChain from './CcfChain.svelte';

afterEach(() => {
  clearMocks();
  followUp.clear();
});

const step = (s: Partial<ChainStep> & Pick<ChainStep, 'step'>): ChainStep => ({
  state: 'not_asked',
  filed_event: null,
  filed: null,
  admissibility: null,
  decided: null,
  drafts: 0,
  deadline: null,
  overdue: false,
  combined: false,
  ...s,
});

const art40 = { key: 'ccf_access_decision:event-2', due: '2026-05-20' } as Deadline;

describe('the chain of requests to the CCF', () => {
  it('shows each step, the overdue one with the letter asking for the decision', async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'letter_export') {
        calls.push(args);
        return 'letter-ccf-decision-overdue.pdf';
      }
      return null;
    });
    render(CcfChain, {
      caseId: 'case-1',
      deadlines: [art40],
      steps: [
        step({ step: 'access', state: 'admissible', filed: '2026-01-06', admissibility: '2026-01-20', deadline: art40.key, overdue: true }),
        step({ step: 'correction_or_deletion', state: 'drafted', drafts: 1 }),
        step({ step: 'revision' }),
      ],
    });
    const steps = screen.getAllByTestId('ccf-step');
    expect(steps.map((s) => s.dataset.state)).toEqual(['admissible', 'drafted', 'not_asked']);
    expect(steps[1]?.textContent).toContain('Drafted in Habeas, not filed');
    expect(steps[1]?.textContent).toContain('A draft is not a request');
    const overdue = screen.getByTestId('ccf-overdue');
    expect(overdue.textContent).toContain('Statute Art. 40, read in a secondary source');
    expect(overdue.textContent).toContain('2026');
    await fireEvent.click(screen.getByTestId('ccf-follow-up'));
    expect(await screen.findByTestId('ccf-follow-up-written')).toBeTruthy();
    expect(calls).toEqual([{ caseId: 'case-1', kind: 'ccf_follow_up', country: '', language: 'en' }]);
  });

  it('offers no letter when nothing is overdue, and points out a combined submission', () => {
    render(CcfChain, {
      caseId: 'case-1',
      deadlines: [],
      steps: [
        step({ step: 'access', state: 'filed', filed: '2026-04-01', combined: true }),
        step({ step: 'correction_or_deletion', state: 'filed', filed: '2026-04-01', combined: true }),
        step({ step: 'revision' }),
      ],
    });
    expect(screen.queryByTestId('ccf-follow-up')).toBeNull();
    expect(screen.getAllByTestId('ccf-combined')).toHaveLength(2);
    expect(screen.getAllByTestId('ccf-combined')[0]?.textContent).toContain('one request type per submission');
  });
});
