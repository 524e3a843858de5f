// Issue 21.5: failures seen failing silently. Each says what is wrong where the user looks.
import { clearMocks, mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { cases } from '../../state/cases.svelte';
import { evidence } from '../../state/evidence.svelte';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import { dateFormat } from '../../i18n/dates.svelte';
import ErrorNotice from '../ErrorNotice.svelte';
import Shell from '../Shell.svelte';
import fixture from '../fixtures/alarm-case.json';

afterEach(() => {
  clearMocks();
  cases.clear();
  evidence.clear();
  navigation.go('vault');
  navigation.caseTab = 'overview';
  session.unlocked = false;
  dateFormat.chosen = null;
});

const ITEM = {
  id: 'evidence-0000000000000001',
  case_id: fixture.view.case.id,
  blob: 'b'.repeat(32),
  original_name: 'decision.pdf',
  size: 1000,
  sha256: 'a'.repeat(64),
  media_type: 'application/pdf',
  file_modified: null,
  imported: '2026-11-20T10:00:00Z',
  category: 'identity_document',
  document_date: '2026-11-02',
  source: '',
  language: '',
  description: '',
  tags: [],
  events: [],
  alerts: [],
  translation_of: null,
  translator: '',
  deleted: null,
  preview: 'pdf',
  no_preview: null,
};

function core(calls: [string, unknown][]) {
  return (cmd: string, args: unknown): unknown => {
    calls.push([cmd, args]);
    if (cmd === 'vault_status') return { unlocked: true, dir: '/v' };
    if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480, date_order: 'day_month_year' };
    if (cmd === 'case_list') return { today: fixture.view.today, cases: fixture.list.cases };
    if (cmd === 'case_view') return fixture.view;
    if (cmd === 'countries') return [{ code: 'TR', name: 'Türkiye', interpol_member: true }];
    if (cmd === 'evidence_list') return [ITEM];
    if (cmd === 'evidence_custody' || cmd === 'case_audit' || cmd === 'filing_list' || cmd === 'trip_list') return [];
    if (cmd === 'evidence_update') return ITEM;
    return null;
  };
}

describe('silent failures', () => {
  it('auto-lock 0 is refused with a reason next to the field, and nothing is saved', async () => {
    const calls: [string, unknown][] = [];
    mockIPC(core(calls));
    render(Shell);
    await waitFor(() => expect(session.unlocked).toBe(true));
    navigation.go('settings');
    const field = await screen.findByTestId('auto-lock-minutes');
    await fireEvent.input(field, { target: { value: '0' } });
    await fireEvent.click(screen.getByTestId('auto-lock-save'));
    const section = screen.getByTestId('auto-lock');
    const said = await within(section).findByRole('alert');
    expect(said.textContent).toMatch(/between 1 and 480 minutes/i);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(said.id);
    expect(calls.some(([c]) => c === 'settings_set_auto_lock')).toBe(false);
  });

  it('the case workspace with no case open after an unlock does not say there are no cases', async () => {
    mockIPC(core([]));
    await session.refresh();
    render(Shell);
    navigation.go('caseWorkspace');
    const list = await screen.findByTestId('case-none-open');
    expect(list.textContent).not.toContain('No cases yet');
    expect(list.textContent).toContain('No case is open');
    expect(screen.queryByText(/No cases yet/)).toBeNull();
  });

  it('evidence "Save details" with an impossible date says why next to the date, and saves nothing', async () => {
    const calls: [string, unknown][] = [];
    mockWindows('main');
    mockIPC(core(calls), { shouldMockEvents: true });
    await session.refresh();
    render(Shell);
    await cases.open(fixture.view.case.id);
    navigation.go('caseWorkspace');
    navigation.caseTab = 'evidence';
    await fireEvent.click(await screen.findByTestId('evidence-open'));
    const date = await screen.findByLabelText('Date of the document');
    await fireEvent.input(date, { target: { value: '31/02/2026' } });
    await fireEvent.click(screen.getByTestId('evidence-save'));
    const form = screen.getByTestId('evidence-details');
    const said = await within(form).findByRole('alert');
    expect(said.textContent).toBe('February 2026 has 28 days: there is no day 31.');
    expect(calls.some(([c]) => c === 'evidence_update')).toBe(false);
    expect(document.activeElement).toBe(date);
  });

  it('a long error shows what is wrong first and keeps the rest for a report, not only "Try again"', () => {
    const detail = 'x'.repeat(480);
    render(ErrorNotice, {
      error: { code: 'internal', message: `Habeas received an answer it did not understand. (invalid args \`case\`: ${detail})` },
      onretry: () => {},
    });
    const notice = screen.getByTestId('error');
    const summary = within(notice).getByTestId('error-summary');
    expect(summary.textContent).toBe('Habeas received an answer it did not understand.');
    const more = within(notice).getByTestId('error-detail');
    expect(more.tagName).toBe('DETAILS');
    expect(more.textContent).toContain(detail);
    // What to do besides trying again: the internal error's hint.
    expect(notice.textContent).toContain('not something you did');
  });
});
