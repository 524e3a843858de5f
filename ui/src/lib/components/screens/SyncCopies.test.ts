// Issue 20: a vault kept in sync by a file-sync program and changed on two devices while apart
// holds a conflict copy Habeas does not merge yet. After unlocking, the vault screen says so first
// (even when the user was elsewhere when the vault locked), so a missing save is never silent.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import Shell from '../Shell.svelte';

const WARNING =
  'A file-sync program left 1 conflict copy in this vault folder (index/journal/000000000002.sync-conflict-20261129-013700-ABCDEFG.age).';

afterEach(() => {
  clearMocks();
  navigation.go('vault');
  session.unlocked = false;
  session.dir = null;
  session.syncCopies = null;
  session.mode = 'unlock';
});

function core(syncCopies: string | null) {
  return (cmd: string): unknown => {
    if (cmd === 'vault_status') return { unlocked: false, dir: null, recovery: null, exposure: null, sync_copies: null };
    if (cmd === 'vault_places') return { default_dir: '/v', default_exists: true, known_exists: true };
    if (cmd === 'vault_unlock')
      return { unlocked: true, dir: '/v', recovery: 'confirmed', exposure: null, sync_copies: syncCopies };
    if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480 };
    if (cmd === 'case_list') return { cases: [], today: '2026-11-29' };
    if (cmd === 'countries') return [];
    if (cmd === 'app_info')
      return {
        app_version: '1',
        core: { core_version: '1', os: 'linux', arch: 'x86_64', release_build: true },
        core_dumps: 'disabled',
      };
    return null;
  };
}

async function unlockFrom(screenBefore: 'cases' | 'settings'): Promise<void> {
  render(Shell);
  await screen.findByTestId('vault-form-unlock');
  // The vault locked while the user was on another screen: an unlock normally returns there.
  navigation.go(screenBefore);
  await fireEvent.input(screen.getByTestId('vault-pass'), { target: { value: 'my passphrase' } });
  await fireEvent.submit(screen.getByTestId('vault-form-unlock'));
  await waitFor(() => expect(session.unlocked).toBe(true));
}

describe('Conflict copies of a synced vault', () => {
  it('are said on the vault screen, first, after unlocking', async () => {
    mockIPC(core(WARNING));
    await unlockFrom('cases');
    const notice = await screen.findByTestId('vault-sync-copies');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('A save made on another device may be missing here.');
    expect(notice.textContent).toContain(WARNING);
    expect(navigation.screen).toBe('vault');
  });

  it('say nothing when there are none', async () => {
    mockIPC(core(null));
    await unlockFrom('cases');
    await waitFor(() => expect(session.syncCopies).toBeNull());
    expect(screen.queryByTestId('vault-sync-copies')).toBeNull();
  });
});
