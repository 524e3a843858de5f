import { emit } from '@tauri-apps/api/event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
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

  it('offers to open without a damaged save, and says what was set aside', async () => {
    const rescues: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'vault_status') return { unlocked: false, dir: null };
      if (cmd === 'vault_unlock')
        throw {
          code: 'damaged_save',
          message: 'One save of this vault is damaged or was altered: index/journal/000000000002.age.',
        };
      if (cmd === 'vault_rescue') {
        rescues.push(args);
        return {
          unlocked: true,
          dir: '/v',
          set_aside: { damaged: 'index/journal/000000000002.age', records: 3, folder: 'index/set-aside/x' },
        };
      }
      return unlockedCore(cmd);
    });
    await session.refresh();
    render(Shell);
    // The user was in Settings when the vault locked: the rescue still shows its report.
    navigation.go('settings');
    await fireEvent.input(screen.getByTestId('vault-dir'), { target: { value: '/v' } });
    await fireEvent.input(screen.getByTestId('vault-pass'), { target: { value: 'the passphrase' } });
    await fireEvent.click(screen.getByTestId('unlock'));
    const rescue = await screen.findByTestId('vault-rescue');
    const open = within(rescue).getByTestId('vault-rescue-open') as HTMLButtonElement;
    expect(open.disabled).toBe(true); // the passphrase left the form with the first attempt
    await fireEvent.input(screen.getByTestId('vault-pass'), { target: { value: 'the passphrase' } });
    await fireEvent.click(open);
    const notice = await screen.findByTestId('vault-set-aside');
    expect(rescues).toEqual([{ dir: '/v', passphrase: 'the passphrase' }]);
    expect(notice.textContent).toContain('index/journal/000000000002.age');
    expect(notice.textContent).toContain('The 3 journal files from there on');
    expect(notice.textContent).toContain('index/set-aside/x');
    expect(session.unlocked).toBe(true);
  });

  it('offers no rescue when the snapshot itself is damaged', async () => {
    mockIPC((cmd) => {
      if (cmd === 'vault_status') return { unlocked: false, dir: null };
      if (cmd === 'vault_unlock')
        throw { code: 'damaged_file', message: 'A file of the vault is damaged or was altered: index/snapshot.age.' };
      return null;
    });
    await session.refresh();
    render(Shell);
    await fireEvent.input(screen.getByTestId('vault-pass'), { target: { value: 'the passphrase' } });
    await fireEvent.click(screen.getByTestId('unlock'));
    await screen.findByText(/index\/snapshot\.age/);
    expect(screen.queryByTestId('vault-rescue')).toBeNull();
  });

  it('decides by the code, not the text: a damaged file whose message names the journal is not rescued', async () => {
    mockIPC((cmd) => {
      if (cmd === 'vault_status') return { unlocked: false, dir: null };
      if (cmd === 'vault_unlock')
        throw { code: 'damaged_file', message: 'A file of the vault is damaged: index/journal/000000000002.age.' };
      return null;
    });
    await session.refresh();
    render(Shell);
    await fireEvent.input(screen.getByTestId('vault-pass'), { target: { value: 'the passphrase' } });
    await fireEvent.click(screen.getByTestId('unlock'));
    await screen.findByText(/index\/journal/);
    expect(screen.queryByTestId('vault-rescue')).toBeNull();
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

  it('locks when the shell says the screen locked, and shows nothing but the unlock form', async () => {
    const calls: string[] = [];
    mockIPC(
      (cmd) => {
        calls.push(cmd);
        return unlockedCore(cmd);
      },
      { shouldMockEvents: true },
    );
    await session.refresh();
    render(Shell);
    navigation.go('cases');
    expect(await screen.findByTestId('nav-cases')).toBeTruthy();
    // The listener is registered by an effect: let it run.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await emit('vault-locked', 'screen_locked');
    await waitFor(() => expect(screen.queryByTestId('nav-cases')).toBeNull());
    expect(screen.getByTestId('vault-form-unlock')).toBeTruthy();
    expect(session.unlocked).toBe(false);
    expect(calls).toContain('vault_lock');
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

  it('opens the new-case form with Ctrl+N and focuses the search with / but not while typing', async () => {
    mockIPC(unlockedCore);
    await session.refresh();
    render(Shell);
    navigation.go('settings');
    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cases');
    const latin = await screen.findByTestId('case-new-latin');
    await waitFor(() => expect(document.activeElement).toBe(latin));

    // "/" typed into a field is text, not a shortcut.
    await fireEvent.keyDown(latin, { key: '/' });
    expect(document.activeElement).toBe(latin);
    await fireEvent.keyDown(latin, { key: 'Escape' });
    expect(screen.queryByTestId('case-new-form')).toBeNull();

    await fireEvent.keyDown(document.body, { key: '/' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('case-search')));
  });

  it('lists the shortcuts with ? and not while locked', async () => {
    // jsdom has no modal dialogs; the e2e test opens the real one in WebKit.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    mockIPC(unlockedCore);
    await session.refresh();
    render(Shell);
    navigation.go('cases');
    const help = screen.getByTestId('shortcut-help') as HTMLDialogElement;
    expect(help.open).toBe(false);
    await fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    await waitFor(() => expect(help.open).toBe(true));
    expect(help.textContent).toContain('Ctrl+N');
    expect(help.textContent).toContain('New case');
    await fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    await waitFor(() => expect(screen.queryByTestId('shortcut-help')).toBeNull());
    await fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vault');
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
