import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { navigation } from '../state/navigation.svelte';
import Shell from './Shell.svelte';

afterEach(() => {
  clearMocks();
  navigation.go('vault');
});

describe('Shell', () => {
  it('opens on the vault screen and says it is not built yet', () => {
    render(Shell);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vault');
    expect(screen.getByTestId('not-built').textContent).toContain('Not built yet');
  });

  it('navigates between the screens and marks the current one', async () => {
    mockIPC(() => ({
      app_version: '1.2.3',
      core: { core_version: '1.2.3', os: 'linux', arch: 'x86_64', release_build: true },
      core_dumps: 'disabled',
    }));
    render(Shell);
    await fireEvent.click(screen.getByTestId('nav-cases'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cases');
    expect(screen.getByTestId('nav-cases').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-vault').getAttribute('aria-current')).toBeNull();

    await fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');
    expect((await screen.findByTestId('core-version')).textContent).toBe('1.2.3');
  });

  it('shows the message of a failed command and offers to retry', async () => {
    mockIPC(() => {
      throw { code: 'internal', message: 'The core could not answer.' };
    });
    navigation.go('settings');
    const { about } = await import('../state/about.svelte');
    about.status = 'idle';
    render(Shell);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-code')).toBe('internal');
    expect(alert.textContent).toContain('The core could not answer.');
    expect(alert.textContent).toContain('not something you did');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
