// Issue 21.3: the person's situation at a glance on the case list and the case, closing a case,
// and deleting one after a confirmation that says what goes. The fixture is what the real core
// answers (made with the `habeas` CLI): Olga Petrova, arrested then released, refugee status
// in Germany; Ali Kaya, detained.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../state/cases.svelte';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import Shell from '../Shell.svelte';
import fixture from '../fixtures/situation-case.json';

const olga = fixture.list.cases.find((c) => c.name === 'Olga Petrova');
const plan = {
  id: fixture.view.case.id,
  name: 'Olga Petrova',
  evidence_items: 2,
  evidence_bytes: 1_536_000,
  filings: 1,
  alerts: 0,
  events: 2,
};

beforeAll(() => {
  // jsdom has no modal dialogs; the e2e test opens the real one in WebKit.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  clearMocks();
  cases.clear();
  navigation.go('vault');
  session.unlocked = false;
});

function core(calls: { cmd: string; args: unknown }[], deleted = false) {
  return (cmd: string, args: unknown): unknown => {
    calls.push({ cmd, args });
    if (cmd === 'vault_status') return { unlocked: true, dir: '/v' };
    if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480 };
    if (cmd === 'case_list') {
      const list = deleted ? fixture.list.cases.filter((c) => c !== olga) : fixture.list.cases;
      return { today: fixture.view.case.updated.slice(0, 10), cases: list };
    }
    if (cmd === 'case_view') return fixture.view;
    if (cmd === 'case_close') return { ...fixture.view, case: { ...fixture.view.case, closed: '2026-11-28T10:00:00Z' }, situation: { ...fixture.view.situation, closed: true } };
    if (cmd === 'case_delete_plan') return plan;
    if (cmd === 'case_update') return fixture.view;
    if (cmd === 'case_delete') {
      deleted = true;
      return { removed: plan, files_left: [] };
    }
    if (cmd === 'countries') return [{ code: 'DE', name: 'Germany', interpol_member: true }];
    if (cmd === 'case_audit' || cmd === 'evidence_list' || cmd === 'filing_list' || cmd === 'trip_list') return [];
    return null;
  };
}

async function openOlga(): Promise<void> {
  const row = screen.getAllByTestId('case-row').find((r) => r.textContent.includes('Olga Petrova'));
  if (!row) throw new Error('no row for Olga Petrova');
  await fireEvent.click(within(row).getByTestId('case-open'));
  await screen.findByTestId('case-header-situation');
}

/** The shell on the case list, then Olga's case; returns the commands called. */
async function openOlgaWithCore(): Promise<{ cmd: string; args: unknown }[]> {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC(core(calls));
  await session.refresh();
  render(Shell);
  navigation.go('cases');
  await screen.findAllByTestId('case-row');
  await openOlga();
  return calls;
}

describe('the person’s situation', () => {
  it('is on every row of the list and in the case header, a later release never shown as detained', async () => {
    mockIPC(core([]));
    await session.refresh();
    render(Shell);
    navigation.go('cases');
    await screen.findAllByTestId('case-row');
    const situations = screen.getAllByTestId('case-row-situation').map((s) => s.textContent);
    expect(situations.some((s) => s.includes('Detained since'))).toBe(true);
    const released = situations.find((s) => s.includes('Released on'));
    expect(released).toContain('Refugee status (Germany) since');
    expect(released).not.toContain('Detained');

    await openOlga();
    const header = screen.getByTestId('case-header-situation').textContent;
    expect(header).toContain('Released on');
    expect(header).toContain('Refugee status (Germany)');
    expect(header).not.toContain('Detained');
  });

  it('closes a case: it says so and keeps everything', async () => {
    const calls = await openOlgaWithCore();
    await fireEvent.click(screen.getByTestId('case-close'));
    expect(await screen.findByTestId('case-closed-note')).toBeTruthy();
    expect(screen.getByTestId('case-header-situation').textContent).toContain('Closed');
    expect(screen.getByTestId('case-reopen')).toBeTruthy();
    expect(calls.filter((c) => c.cmd === 'case_close')).toEqual([{ cmd: 'case_close', args: { id: fixture.view.case.id } }]);
  });
});

describe('what no event shows', () => {
  it('is saved with the case: a surrender and a protection against extradition', async () => {
    const calls = await openOlgaWithCore();
    await fireEvent.input(screen.getByTestId('situation-extradited'), { target: { value: '2026-05-01' } });
    await fireEvent.input(screen.getByTestId('situation-protected'), { target: { value: 'Court refused extradition' } });
    await fireEvent.submit(screen.getByTestId('situation-form'));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'case_update')).toBe(true));
    const sent = calls.find((c) => c.cmd === 'case_update')?.args as { caseFile: { situation: unknown; id: string } };
    expect(sent.caseFile.id).toBe(fixture.view.case.id);
    expect(sent.caseFile.situation).toEqual({
      extradited_on: '2026-05-01',
      protected_from_extradition: { note: 'Court refused extradition', since: null },
    });
  });
});

describe('deleting a case', () => {
  it('asks first, saying what goes and what is not touched, and deletes only when confirmed', async () => {
    const calls = await openOlgaWithCore();

    await fireEvent.click(screen.getByTestId('case-delete'));
    const dialog = (await screen.findByTestId('case-delete-dialog')) as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    const text = dialog.textContent;
    expect(text).toContain('Delete the case of Olga Petrova?');
    expect(text).toContain('evidence files: 2 (1.5 MB, 1,536,000 B)');
    expect(text).toContain('filings: 1');
    expect(text).toContain('events: 2');
    expect(text).toContain('Backups, synced copies of the vault folder and files you exported are not touched');
    expect(text).toContain('its history of changes, with the evidence’s chain of custody');
    expect(text).toContain('one line saying that a case was deleted, with these counts and nothing else');

    // Cancel deletes nothing.
    await fireEvent.click(screen.getByTestId('case-delete-cancel'));
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(calls.some((c) => c.cmd === 'case_delete')).toBe(false);

    await fireEvent.click(screen.getByTestId('case-delete'));
    await waitFor(() => expect(dialog.open).toBe(true));
    await fireEvent.click(screen.getByTestId('case-delete-confirm'));
    const notice = await screen.findByTestId('case-deleted');
    expect(notice.textContent).toContain('with 2 evidence files');
    expect(calls.filter((c) => c.cmd === 'case_delete')).toEqual([{ cmd: 'case_delete', args: { id: fixture.view.case.id } }]);
    await waitFor(() => {
      const names = screen.getAllByTestId('case-row').map((r) => r.textContent);
      expect(names.some((n) => n.includes('Olga Petrova'))).toBe(false);
    });
  });
});
