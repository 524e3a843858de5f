import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseSummary, Deadline } from '../services/cases';
import { cases, sortCases } from './cases.svelte';
import { navigation } from './navigation.svelte';
import { session } from './session.svelte';

afterEach(() => {
  clearMocks();
  cases.clear();
});

function deadline(next: string, days: number): Deadline {
  return {
    key: `k-${next}`,
    rule: 'european_convention',
    title: 'Extradition request due (provisional arrest)',
    basis: 'European Convention on Extradition 1957 (ETS 024), Art. 16(4)',
    source: 's',
    confidence: 'verified',
    application: null,
    reasoning: null,
    finding: null,
    explanation: 'e',
    counting: 'c',
    period: '18 days, at most 40 days',
    start_event: null,
    start: '2026-11-20',
    soft: null,
    due: next,
    computed_due: next,
    override_reason: null,
    state: 'open',
    weight: 'custody',
    closing: null,
    alarm: null,
    action: null,
    next,
    days_left: days,
  };
}

function summary(name: string, next: Deadline | null, flags = 0, updated = '2026-11-01'): CaseSummary {
  return {
    id: `case-${name}`,
    name,
    name_original: '',
    flags: Array.from({ length: flags }, () => ({ kind: 'refugee', label: 'R', reason: 'r', source: 'data' })),
    next_deadline: next,
    alert_count: 0,
    situation: { custody: 'at_liberty', since: null, basis: 'nothing_recorded', event_id: null, protections: [], closed: false },
    updated,
  };
}

describe('case list order', () => {
  const a = summary('Ana', deadline('2026-12-30', 36));
  const b = summary('bruno', deadline('2026-12-08', 14), 2);
  const c = summary('Chen', null, 1, '2026-11-20');

  it('puts the soonest deadline first and cases without one last', () => {
    expect(sortCases([a, c, b], 'deadline', true).map((s) => s.name)).toEqual(['bruno', 'Ana', 'Chen']);
    expect(sortCases([a, c, b], 'deadline', false).map((s) => s.name)).toEqual(['Chen', 'Ana', 'bruno']);
  });

  it('puts a case whose custody limit has passed first, before any sooner deadline', () => {
    const held = summary('Dara', { ...deadline('2026-12-31', 37), state: 'passed', alarm: 'limit_passed' });
    expect(sortCases([a, b, held, c], 'deadline', true).map((s) => s.name)).toEqual(['Dara', 'bruno', 'Ana', 'Chen']);
  });

  it('sorts by name without regard to case, by flags and by last change', () => {
    expect(sortCases([c, b, a], 'name', true).map((s) => s.name)).toEqual(['Ana', 'bruno', 'Chen']);
    expect(sortCases([a, c, b], 'flags', true).map((s) => s.name)).toEqual(['bruno', 'Chen', 'Ana']);
    expect(sortCases([a, b, c], 'updated', true)[0]?.name).toBe('Chen');
  });

  it('toggles the direction when the same column is chosen again', () => {
    cases.sortBy('name');
    expect([cases.sortKey, cases.ascending]).toEqual(['name', true]);
    cases.sortBy('name');
    expect(cases.ascending).toBe(false);
    cases.sortBy('deadline');
    expect([cases.sortKey, cases.ascending]).toEqual(['deadline', true]);
  });
});

describe('cases state', () => {
  it('opens a case in the workspace and forgets everything when the vault locks', async () => {
    mockIPC((cmd) => {
      if (cmd === 'case_view')
        return { case: { id: 'case-1' }, alerts: [], events: [], flags: [], deadlines: [], checklist: [], today: '2026-11-24' };
      if (cmd === 'case_search') return [{ kind: 'case', case_id: 'case-1', id: 'case-1', case_name: 'X', label: 'X' }];
      return null;
    });
    await cases.open('case-1');
    expect(navigation.screen).toBe('caseWorkspace');
    expect(cases.current?.case.id).toBe('case-1');
    await cases.search('x');
    expect(cases.hits).toHaveLength(1);
    session.unlocked = true;
    await session.lock();
    expect(cases.current).toBeNull();
    expect(cases.hits).toBeNull();
    expect(cases.query).toBe('');
  });

  it('keeps the error of a refused save and does not change the open case', async () => {
    mockIPC((cmd) => {
      if (cmd === 'case_view')
        return { case: { id: 'case-1' }, alerts: [], events: [], flags: [], deadlines: [], checklist: [], today: '2026-11-24' };
      if (cmd === 'event_save') throw { code: 'invalid_input', message: 'Date: give the date it happened' };
      return null;
    });
    await cases.open('case-1');
    const before = cases.current;
    const ok = await cases.saveEvent({
      id: '', case_id: '', kind: 'detention', date: null, country: null, notes: '', alert_ids: [],
      regime: null, notified_on: null, ccf_request: [], admissible: null,
    });
    expect(ok).toBe(false);
    expect(cases.error?.code).toBe('invalid_input');
    expect(cases.current).toBe(before);
  });
});

describe('limits received from the core', () => {
  it('checks a bilateral treaty and a reminder against the core’s limits', async () => {
    const { MAX_REMINDER_MONTHS, MAX_TREATY_DAYS, reminderValid, treatyDaysValid } = await import('./cases.svelte');
    expect(MAX_TREATY_DAYS).toBe(366);
    expect(treatyDaysValid(null, MAX_TREATY_DAYS)).toBe(true);
    expect(treatyDaysValid(null, MAX_TREATY_DAYS + 1)).toBe(false);
    expect(treatyDaysValid(19, 18)).toBe(false);
    expect(reminderValid(null)).toBe(true);
    expect(reminderValid(MAX_REMINDER_MONTHS)).toBe(true);
    expect(reminderValid(0)).toBe(false);
  });
});
