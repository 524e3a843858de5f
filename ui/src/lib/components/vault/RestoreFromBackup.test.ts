// Issue 19.2: restore from a backup, from the unlock screen: the backup folder, the generation,
// a new folder, the secret of that time, progress with cancel, what was restored, and opening it.
import { emit } from '@tauri-apps/api/event';
import type { InvokeArgs } from '@tauri-apps/api/core';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { navigation } from '../../state/navigation.svelte';
import { restore } from '../../state/restore.svelte';
import { session } from '../../state/session.svelte';
import Shell from '../Shell.svelte';

afterEach(() => {
  clearMocks();
  restore.close();
  navigation.go('vault');
  session.unlocked = false;
  session.dir = null;
  session.mode = 'unlock';
  session.error = null;
});

const GENERATIONS = [
  { name: '20261101T090000.000Z', made_at: '2026-11-01T09:00:00.000Z', before_secret_change: true },
  { name: '20261128T180000.000Z', made_at: '2026-11-28T18:00:00.000Z', before_secret_change: false },
];

const RESTORED = {
  generation: '20261128T180000.000Z',
  made_at: '2026-11-28T18:00:00.000Z',
  folder: '/home/me/Restored vault',
  cases: 3,
  evidence_files: 5,
};

type Handler = (cmd: string, args?: InvokeArgs) => unknown;

function core(calls: [string, InvokeArgs | undefined][], restoreWith: Handler): Handler {
  return (cmd, args) => {
    calls.push([cmd, args]);
    if (cmd === 'vault_status') return { unlocked: false, dir: null, recovery: null, exposure: null, sync_copies: null };
    if (cmd === 'vault_places') return { default_dir: '/v', default_exists: true, known_exists: true };
    if (cmd === 'backup_generations') return GENERATIONS;
    if (cmd === 'backup_restore' || cmd === 'backup_cancel') return restoreWith(cmd, args);
    return null;
  };
}

async function fillUp(secret = 'the old passphrase'): Promise<void> {
  render(Shell);
  await fireEvent.click(await screen.findByTestId('mode-restore'));
  const section = await screen.findByTestId('restore');
  await waitFor(() => expect(document.activeElement?.id).toBe('restore-title'));
  expect(section.getAttribute('aria-labelledby')).toBe('restore-title');
  await fireEvent.input(screen.getByTestId('restore-backup'), { target: { value: '/media/stick/backups' } });
  await fireEvent.click(screen.getByTestId('restore-read'));
  await screen.findByTestId('restore-generations');
  await fireEvent.input(screen.getByTestId('restore-target'), { target: { value: '/home/me/Restored vault' } });
  await fireEvent.input(screen.getByTestId('restore-secret'), { target: { value: secret } });
}

describe('Restore from a backup', () => {
  it('lists the generations newest first, restores the one chosen, says what it restored and opens it', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC(core(calls, () => RESTORED), { shouldMockEvents: true });
    await fillUp();
    const radios = screen.getAllByRole('radio', { name: /Made on/ }) as HTMLInputElement[];
    expect(radios).toHaveLength(2);
    const [newest, older] = radios as [HTMLInputElement, HTMLInputElement];
    expect(newest.checked).toBe(true);
    expect(newest.closest('label')?.textContent).toContain('(the most recent)');
    // The older one was made before a change of secret, and says so.
    expect(older.closest('label')?.textContent).toContain('it opens only with the old one');
    expect(screen.getAllByTestId('restore-older-secret')).toHaveLength(1);

    await fireEvent.submit(screen.getByTestId('restore-form'));
    const done = await screen.findByTestId('restore-done');
    const [, args] = calls.find(([cmd]) => cmd === 'backup_restore') ?? ['', {}];
    expect(args).toMatchObject({
      backup: '/media/stick/backups',
      generation: '20261128T180000.000Z',
      dir: '/home/me/Restored vault',
      passphrase: 'the old passphrase',
      recoveryKey: null,
    });
    expect(done.textContent).toContain('cases 3, evidence files 5');
    expect(screen.getByTestId('restore-done-folder').textContent).toContain('/home/me/Restored vault');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H3'));

    await fireEvent.click(screen.getByTestId('restore-open'));
    await screen.findByTestId('vault-form-unlock');
    expect((screen.getByTestId('vault-dir') as HTMLInputElement).value).toBe('/home/me/Restored vault');
    await waitFor(() => expect(document.activeElement?.id).toBe('vault-pass'));
    expect(screen.queryByTestId('restore')).toBeNull();
  });

  it('sends the recovery key instead when chosen, and clears the field', async () => {
    const calls: [string, InvokeArgs | undefined][] = [];
    mockIPC(core(calls, () => RESTORED), { shouldMockEvents: true });
    await fillUp('ABCD-EFGH');
    await fireEvent.click(screen.getByTestId('restore-kind-recovery'));
    await fireEvent.submit(screen.getByTestId('restore-form'));
    await screen.findByTestId('restore-done');
    const [, args] = calls.find(([cmd]) => cmd === 'backup_restore') ?? ['', {}];
    expect(args).toMatchObject({ passphrase: null, recoveryKey: 'ABCD-EFGH' });
    expect(screen.getByText(/choose a new passphrase for it/)).toBeTruthy();
    await fireEvent.click(screen.getByTestId('restore-open'));
    await screen.findByTestId('vault-form-recover');
  });

  it('refuses a folder that is not empty, in words that say what to do', async () => {
    mockIPC(
      core([], () => {
        throw { code: 'folder_not_empty', message: 'This folder is not empty.' };
      }),
      { shouldMockEvents: true },
    );
    await fillUp();
    await fireEvent.submit(screen.getByTestId('restore-form'));
    const error = await screen.findByTestId('restore-error');
    expect(error.querySelector('[data-code]')?.getAttribute('data-code')).toBe('folder_not_empty');
    expect(screen.getByTestId('restore-advice').textContent).toContain('Choose a folder that does not exist yet');
    expect((screen.getByTestId('restore-secret') as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('restore-done')).toBeNull();
  });

  it('after a wrong passphrase on a backup older than a change of secret, asks for the old one', async () => {
    mockIPC(
      core([], () => {
        throw { code: 'wrong_passphrase', message: 'Wrong passphrase.' };
      }),
      { shouldMockEvents: true },
    );
    await fillUp();
    const [, older] = screen.getAllByRole('radio', { name: /Made on/ }) as [HTMLElement, HTMLElement];
    await fireEvent.click(older);
    await fireEvent.submit(screen.getByTestId('restore-form'));
    const advice = await screen.findByTestId('restore-advice');
    expect(advice.textContent).toContain('enter the old one');
  });

  it('a folder gone or not a backup says so before anything else is asked', async () => {
    mockIPC((cmd) => {
      if (cmd === 'vault_status') return { unlocked: false, dir: null, recovery: null, exposure: null, sync_copies: null };
      if (cmd === 'vault_places') return { default_dir: '/v', default_exists: true, known_exists: true };
      if (cmd === 'backup_generations') throw { code: 'backup_folder_gone', message: 'The backup folder is no longer there.' };
      return null;
    });
    render(Shell);
    await fireEvent.click(await screen.findByTestId('mode-restore'));
    await fireEvent.input(screen.getByTestId('restore-backup'), { target: { value: '/media/stick/backups' } });
    await fireEvent.click(screen.getByTestId('restore-read'));
    expect((await screen.findByTestId('restore-advice')).textContent).toContain('Plug the drive in again');
    expect(screen.queryByTestId('restore-form')).toBeNull();
  });

  it('shows progress while it runs, and can be cancelled', async () => {
    let finish: (() => void) | null = null;
    mockIPC(
      core([], (cmd) => {
        if (cmd === 'backup_cancel') {
          finish?.();
          return null;
        }
        return new Promise((_, reject) => {
          finish = () => reject({ code: 'cancelled', message: 'Cancelled. Nothing was changed.' });
        });
      }),
      { shouldMockEvents: true },
    );
    await fillUp();
    await fireEvent.submit(screen.getByTestId('restore-form'));
    await screen.findByTestId('restore-progress');
    await emit('backup-progress', { phase: 'evidence', done: 2, total: 5 });
    await waitFor(() => expect(screen.getByTestId('restore-progress').textContent).toContain('evidence file 2 of 5'));
    expect((screen.getByTestId('restore-back') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('restore-cancel'));
    expect((await screen.findByTestId('restore-advice')).textContent).toContain('no folder was left behind');
    expect(screen.queryByTestId('restore-progress')).toBeNull();
  });

  it('goes back to the unlock form', async () => {
    mockIPC(core([], () => null), { shouldMockEvents: true });
    render(Shell);
    await fireEvent.click(await screen.findByTestId('mode-restore'));
    await fireEvent.click(await screen.findByTestId('restore-back'));
    await screen.findByTestId('vault-form-unlock');
  });
});
