// Issue 19.3: travel mode on the cases screen: the checked backup comes first, the cases chosen
// (or all) leave, what the device then holds is said (with what a forensic examination may still
// find), the list shows that cases are away, and they come back.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { cases } from '../../state/cases.svelte';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import { travelMode } from '../../state/travel-mode.svelte';
import Shell from '../Shell.svelte';
import fixture from '../fixtures/alarm-case.json';

afterEach(() => {
  clearMocks();
  cases.clear();
  travelMode.clear();
  navigation.go('vault');
  session.unlocked = false;
});

const NOTE = 'core note, in English only';
const HOME = { away: [], cases_on_device: 1, evidence_files_on_device: 2, forensic_note: NOTE };
const AWAY = {
  away: [{ case_id: 'c1', place: '/media/stick/travel', generation: 'g1', left_at: '2026-11-29T03:00:00.000Z' }],
  cases_on_device: 0,
  evidence_files_on_device: 0,
  forensic_note: NOTE,
};
const BACKUP = {
  generation: 'g1',
  made_at: '2026-11-29T03:00:00.000Z',
  place: '/media/stick/travel',
  cases: 1,
  evidence_files: 2,
  copied_files: 2,
  copied_bytes: 10,
  kept: ['g1'],
  pruned: [],
};

function core(calls: [string, InvokeArgs | undefined][], state: { away: boolean }) {
  return (cmd: string, args?: InvokeArgs): unknown => {
    calls.push([cmd, args]);
    if (cmd === 'vault_status') return { unlocked: true, dir: '/v' };
    if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480 };
    if (cmd === 'case_list') return { today: fixture.view.today, cases: state.away ? [] : fixture.list.cases };
    if (cmd === 'countries') return [];
    if (cmd === 'travel_status') return state.away ? AWAY : HOME;
    if (cmd === 'travel_leave') {
      state.away = true;
      return { backup: BACKUP, cases: 1, evidence_files: 2, status: AWAY };
    }
    if (cmd === 'travel_return') {
      state.away = false;
      return { cases: 1, evidence_files: 2, history_entries: 7, status: HOME };
    }
    return null;
  };
}

async function casesScreen(): Promise<void> {
  await session.refresh();
  render(Shell);
  navigation.go('cases');
  await screen.findAllByTestId('case-row');
}

describe('Travel mode', () => {
  it('says a checked backup comes first and what stays, then takes the chosen cases off', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC(core(calls, { away: false }), { shouldMockEvents: true });
    await casesScreen();
    await fireEvent.click(screen.getByTestId('travel-mode-open'));
    const panel = await screen.findByTestId('travel-mode');
    await waitFor(() => expect(document.activeElement?.id).toBe('travel-mode-title'));
    // The backup comes first, said before anything is chosen.
    expect(screen.getByTestId('travel-mode-backup-first').textContent).toContain('Only then are the cases deleted');
    expect(screen.getByTestId('travel-mode-forensic').textContent).toContain('forensic examination of this disk may still find fragments');
    expect(panel.textContent).toContain('cases 1, evidence files 2');

    // Only some cases: none chosen, nothing to do.
    await fireEvent.click(screen.getByTestId('travel-mode-some'));
    await fireEvent.input(screen.getByTestId('travel-mode-folder'), { target: { value: '/media/stick/travel' } });
    const go = screen.getByTestId('travel-mode-leave') as HTMLButtonElement;
    expect(go.disabled).toBe(true);
    const [box] = screen.getAllByTestId('travel-mode-case') as [HTMLInputElement];
    await fireEvent.click(box);
    expect(go.disabled).toBe(false);
    expect(go.textContent).toContain('take one case off');
    await fireEvent.submit(screen.getByTestId('travel-mode-leave-form'));

    const left = await screen.findByTestId('travel-mode-left');
    expect(left.textContent).toContain('Cases taken off: 1; evidence files removed: 2');
    expect(left.textContent).toContain('/media/stick/travel');
    const [, args] = calls.find(([cmd]) => cmd === 'travel_leave') ?? ['', undefined];
    expect(args).toEqual({ cases: [box.value], dir: '/media/stick/travel' });
    // The device now holds nothing of them, and it is said.
    expect(screen.getByTestId('travel-mode-holds').textContent).toContain('cases 0, evidence files 0');
    expect(screen.getByTestId('travel-mode-holds-away').textContent).toContain('/media/stick/travel');
  });

  it('shows on the list that cases are away, and brings them back', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC(core(calls, { away: true }), { shouldMockEvents: true });
    await session.refresh();
    render(Shell);
    navigation.go('cases');
    const notice = await screen.findByTestId('travel-mode-away');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('One case is away from this device');
    expect(notice.textContent).toContain('/media/stick/travel');
    // The empty list says where the cases are, not that the vault has none.
    await waitFor(() => expect(screen.getByTestId('cases-empty').textContent).toContain('away in travel mode'));
    expect(screen.getByTestId('cases-empty').textContent).not.toContain('No cases yet');
    await fireEvent.click(screen.getByTestId('travel-mode-away-return'));
    const folder = (await screen.findByTestId('travel-mode-folder')) as HTMLInputElement;
    expect(folder.value).toBe('/media/stick/travel');
    await fireEvent.submit(screen.getByTestId('travel-mode-return-form'));
    const back = await screen.findByTestId('travel-mode-returned');
    expect(back.textContent).toContain('cases 1, evidence files 2 (each checked), history entries 7');
    expect(calls.some(([cmd, args]) => cmd === 'travel_return' && (args as { dir: string }).dir === '/media/stick/travel')).toBe(true);
    await fireEvent.click(screen.getByTestId('travel-mode-close'));
    expect(screen.queryByTestId('travel-mode-away')).toBeNull();
    await screen.findAllByTestId('case-row');
  });

  it('keeps the cases when the backup fails, and says why', async () => {
    mockIPC(
      (cmd) => {
        if (cmd === 'travel_leave') throw { code: 'backup_full', message: 'The backup disk is full, so this backup was not made.' };
        return core([], { away: false })(cmd);
      },
      { shouldMockEvents: true },
    );
    await casesScreen();
    await fireEvent.click(screen.getByTestId('travel-mode-open'));
    await fireEvent.input(await screen.findByTestId('travel-mode-folder'), { target: { value: '/media/stick/travel' } });
    await fireEvent.submit(screen.getByTestId('travel-mode-leave-form'));
    const error = await screen.findByTestId('travel-mode-error');
    expect(error.textContent).toContain('The backup disk is full');
    expect(screen.queryByTestId('travel-mode-left')).toBeNull();
    expect(screen.getAllByTestId('case-row')).toHaveLength(fixture.list.cases.length);
  });
});
