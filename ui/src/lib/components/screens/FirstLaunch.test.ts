// Issue 21.10, the first run: with no vault anywhere the screen offers to create one in the
// shell's default folder; a vault folder that went away is said plainly, with both ways on; and
// once a new vault's recovery key is stored, the next step is the first case, not "Lock".
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import Shell from '../Shell.svelte';

const DEFAULT = '/home/ana/.local/share/Habeas/vault';
const KEY = '7K2M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-0123';

afterEach(() => {
  clearMocks();
  navigation.go('vault');
  navigation.intent = null;
  session.unlocked = false;
  session.dir = null;
  session.recoveryKey = null;
  session.recoveryState = null;
  session.missingDir = null;
  session.justCreated = false;
  session.mode = 'unlock';
});

type Places = { default_dir: string | null; default_exists: boolean; known_exists: boolean | null };

/** The shell, locked, answering `vault_places` with `places`; commands are recorded in `calls`. */
function core(places: (known: string | null) => Places, calls: [string, unknown][] = []) {
  return (cmd: string, args: unknown): unknown => {
    calls.push([cmd, args]);
    if (cmd === 'vault_status') return { unlocked: false, dir: null, recovery: null, exposure: null };
    if (cmd === 'vault_places') return places((args as { known: string | null }).known);
    if (cmd === 'vault_create')
      return { dir: (args as { dir: string }).dir, recovery_key: KEY, exposure: null };
    if (cmd === 'vault_confirm_recovery_key') return 'confirmed';
    if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480 };
    if (cmd === 'case_list') return { cases: [], today: '2026-11-28' };
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

const dirField = (): HTMLInputElement => screen.getByTestId('vault-dir');

describe('First launch', () => {
  it('opens on "Create a vault" with the default folder when no vault is known', async () => {
    mockIPC(core(() => ({ default_dir: DEFAULT, default_exists: false, known_exists: null })));
    render(Shell);
    await screen.findByTestId('vault-form-create');
    await waitFor(() => expect(dirField().value).toBe(DEFAULT));
    expect(screen.queryByTestId('vault-form-unlock')).toBeNull();
    // Opening an existing vault instead is one click away.
    await fireEvent.click(screen.getByTestId('mode-unlock'));
    expect(screen.getByTestId('vault-form-unlock')).toBeTruthy();
  });

  it('offers to unlock a vault already in the default folder', async () => {
    mockIPC(core(() => ({ default_dir: DEFAULT, default_exists: true, known_exists: null })));
    render(Shell);
    await waitFor(() => expect(dirField().value).toBe(DEFAULT));
    expect(screen.getByTestId('vault-form-unlock')).toBeTruthy();
  });

  it('says plainly when the known vault folder is gone, and offers both ways on', async () => {
    session.dir = '/media/usb/vault';
    const calls: [string, unknown][] = [];
    mockIPC(core(() => ({ default_dir: DEFAULT, default_exists: false, known_exists: false }), calls));
    render(Shell);
    const missing = await screen.findByTestId('vault-missing');
    expect(missing.textContent).toContain('/media/usb/vault');
    expect(calls).toContainEqual(['vault_places', { known: '/media/usb/vault' }]);
    expect(screen.getByTestId('missing-open')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('missing-create'));
    expect(screen.getByTestId('vault-form-create')).toBeTruthy();
    expect(dirField().value).toBe(DEFAULT);
  });

  it('the known folder, still there, opens on its unlock form', async () => {
    session.dir = '/media/usb/vault';
    mockIPC(core(() => ({ default_dir: DEFAULT, default_exists: false, known_exists: true })));
    render(Shell);
    await waitFor(() => expect(dirField().value).toBe('/media/usb/vault'));
    expect(screen.getByTestId('vault-form-unlock')).toBeTruthy();
    expect(screen.queryByTestId('vault-missing')).toBeNull();
  });

  it('after creating a vault and storing its key, leads to "Create your first case"', async () => {
    const calls: [string, unknown][] = [];
    mockIPC(core(() => ({ default_dir: DEFAULT, default_exists: false, known_exists: null }), calls));
    render(Shell);
    await waitFor(() => expect(dirField().value).toBe(DEFAULT));
    const passphrase = 'correct horse battery staple';
    await fireEvent.input(screen.getByTestId('create-pass'), { target: { value: passphrase } });
    await fireEvent.input(screen.getByTestId('create-repeat'), { target: { value: passphrase } });
    await fireEvent.submit(screen.getByTestId('vault-form-create'));
    expect(calls).toContainEqual(['vault_create', { dir: DEFAULT, passphrase }]);
    await fireEvent.input(await screen.findByTestId('recovery-confirm'), { target: { value: '0123' } });
    await fireEvent.submit(screen.getByTestId('recovery-confirm').closest('form') as HTMLFormElement);
    const next = await screen.findByTestId('first-case');
    expect(next.textContent?.trim()).toBe('Create your first case');
    expect(next.classList.contains('primary')).toBe(true);
    expect(screen.getByTestId('lock').classList.contains('primary')).toBe(false);
    await fireEvent.click(next);
    expect(navigation.screen).toBe('cases');
  });
});
