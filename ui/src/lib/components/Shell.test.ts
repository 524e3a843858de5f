import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { navigation } from '../state/navigation.svelte';
import { session } from '../state/session.svelte';
import Shell from './Shell.svelte';

afterEach(() => {
  clearMocks();
  navigation.go('vault');
  session.unlocked = false;
});

const APP_INFO = {
  app_version: '1.2.3',
  core: { core_version: '1.2.3', os: 'linux', arch: 'x86_64', release_build: true },
  core_dumps: 'disabled',
};

/** Answers as the shell would with a vault unlocked at /v. */
function unlockedCore(cmd: string): unknown {
  if (cmd === 'vault_status' || cmd === 'vault_unlock') return { unlocked: true, dir: '/v' };
  if (cmd === 'app_info') return APP_INFO;
  if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480 };
  if (cmd === 'case_list') return { today: '2026-11-24', cases: [] };
  if (cmd === 'countries') return [];
  return null;
}

describe('Shell', () => {
  it('opens locked on the vault screen, with no navigation to any case', async () => {
    mockIPC((cmd) => (cmd === 'vault_status' ? { unlocked: false, dir: null } : null));
    render(Shell);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vault');
    expect(screen.getByTestId('vault-form-unlock')).toBeTruthy();
    expect(screen.queryByTestId('nav-cases')).toBeNull();
    await fireEvent.keyDown(window, { key: '2', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vault');
  });

  it('navigates between the screens and marks the current one', async () => {
    mockIPC(unlockedCore);
    await session.refresh();
    render(Shell);
    await fireEvent.click(screen.getByTestId('nav-cases'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cases');
    expect(screen.getByTestId('nav-cases').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-vault').getAttribute('aria-current')).toBeNull();

    await fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');
    expect((await screen.findByTestId('core-version')).textContent).toBe('1.2.3');
  });

  it('locks with Ctrl+L and shows nothing but the unlock form', async () => {
    mockIPC(unlockedCore);
    await session.refresh();
    render(Shell);
    navigation.go('cases');
    await fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    expect(session.unlocked).toBe(false);
    expect(await screen.findByTestId('vault-form-unlock')).toBeTruthy();
    expect(screen.queryByTestId('nav-cases')).toBeNull();
  });

  it('shows the message of a failed command and offers to retry', async () => {
    mockIPC((cmd) => {
      if (cmd === 'vault_status') return { unlocked: true, dir: '/v' };
      throw { code: 'internal', message: 'The core could not answer.' };
    });
    await session.refresh();
    navigation.go('settings');
    const { about } = await import('../state/about.svelte');
    about.status = 'idle';
    render(Shell);
    const alert = await within(screen.getByTestId('about')).findByRole('alert');
    expect(alert.getAttribute('data-code')).toBe('internal');
    expect(alert.textContent).toContain('The core could not answer.');
    expect(alert.textContent).toContain('not something you did');
    expect(within(screen.getByTestId('about')).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
