// The recovery key flows of issue 16.8, through the real components: a new key made in Settings
// is shown once, waits for confirmation (the old key still works), and is confirmed by its last
// group; a key left waiting by a lock is confirmed whole, or discarded, in Settings; a creation
// key never confirmed is recalled after unlocking.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import Shell from '../Shell.svelte';

afterEach(async () => {
  clearMocks();
  navigation.go('vault');
  session.recoveryKey = null;
  session.unlocked = false;
  session.recoveryState = null;
  session.exposure = null;
});

const KEY = '7K2M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-0123';

/** The shell, with a vault unlocked at /v whose recovery key stands at `recovery`. */
function core(recovery: string, calls: [string, unknown][]) {
  return (cmd: string, args: unknown): unknown => {
    calls.push([cmd, args]);
    if (cmd === 'vault_status' || cmd === 'vault_unlock') return { unlocked: true, dir: '/v', recovery };
    if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480 };
    if (cmd === 'app_info')
      return {
        app_version: '1',
        core: { core_version: '1', os: 'linux', arch: 'x86_64', release_build: true },
        core_dumps: 'disabled',
      };
    if (cmd === 'vault_new_recovery_key') return KEY;
    if (cmd === 'vault_confirm_recovery_key') {
      const typed = (args as { typed: string }).typed;
      if (typed !== '0123' && typed !== KEY)
        throw { code: 'wrong_recovery_key', message: 'This recovery key does not open this vault.' };
      return 'confirmed';
    }
    if (cmd === 'vault_discard_recovery_key') return 'confirmed';
    return null;
  };
}

describe('Recovery key', () => {
  it('makes a new key that waits until its last group is typed back', async () => {
    const calls: [string, unknown][] = [];
    mockIPC(core('confirmed', calls));
    render(Shell);
    await waitFor(() => expect(session.unlocked).toBe(true));
    navigation.go('settings');
    await fireEvent.input(await screen.findByTestId('recovery-current'), { target: { value: 'my passphrase' } });
    await fireEvent.submit(screen.getByTestId('new-recovery-key'));
    // Shown once on the vault screen, saying the old key still works and auto-lock waits.
    expect((await screen.findByTestId('recovery-key')).textContent).toBe(KEY);
    expect(screen.getByTestId('recovery-pending-note')).toBeTruthy();
    expect(screen.getByTestId('recovery-autolock-paused')).toBeTruthy();
    await fireEvent.input(screen.getByTestId('recovery-confirm'), { target: { value: '9999' } });
    await fireEvent.submit(screen.getByTestId('recovery-confirm').closest('form') as HTMLFormElement);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByTestId('recovery-key')).toBeTruthy();
    await fireEvent.input(screen.getByTestId('recovery-confirm'), { target: { value: '0123' } });
    await fireEvent.submit(screen.getByTestId('recovery-confirm').closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.queryByTestId('recovery-key')).toBeNull());
    expect(screen.getByTestId('vault-open')).toBeTruthy();
    expect(screen.queryByTestId('vault-recovery-reminder')).toBeNull();
    const confirms = calls.filter(([c]) => c === 'vault_confirm_recovery_key').map(([, a]) => a);
    expect(confirms).toEqual([{ typed: '9999' }, { typed: '0123' }]);
  });

  it('recalls a key left waiting by a lock; Settings confirms it whole or discards it', async () => {
    const calls: [string, unknown][] = [];
    mockIPC(core('pending', calls));
    render(Shell);
    const reminder = await screen.findByTestId('vault-recovery-reminder');
    expect(reminder.dataset.state).toBe('pending');
    await fireEvent.click(screen.getByTestId('vault-recovery-settings'));
    const waiting = await screen.findByTestId('recovery-waiting');
    expect(waiting.dataset.state).toBe('pending');
    await fireEvent.input(screen.getByTestId('recovery-whole'), { target: { value: KEY } });
    await fireEvent.submit(waiting);
    expect(await screen.findByTestId('recovery-confirmed')).toBeTruthy();
    expect(screen.queryByTestId('recovery-waiting')).toBeNull();
    expect(calls).toContainEqual(['vault_confirm_recovery_key', { typed: KEY }]);

    session.recoveryState = 'pending';
    await fireEvent.click(await screen.findByTestId('recovery-whole-discard'));
    await waitFor(() => expect(screen.queryByTestId('recovery-waiting')).toBeNull());
    expect(calls.map(([c]) => c)).toContain('vault_discard_recovery_key');
  });

  it('shows what other accounts can see of the vault folder, as the shell says it', async () => {
    mockIPC((cmd, args) =>
      cmd === 'vault_status'
        ? { unlocked: true, dir: '/v', recovery: 'confirmed', exposure: 'Other accounts can list /home/a.' }
        : core('confirmed', [])(cmd, args),
    );
    render(Shell);
    const warning = await screen.findByTestId('vault-exposure');
    expect(warning.textContent).toContain('Other accounts can list /home/a.');
  });

  it('says when the key shown at creation was never confirmed', async () => {
    mockIPC(core('unconfirmed', []));
    render(Shell);
    const reminder = await screen.findByTestId('vault-recovery-reminder');
    expect(reminder.dataset.state).toBe('unconfirmed');
    navigation.go('settings');
    const waiting = await screen.findByTestId('recovery-waiting');
    expect(waiting.dataset.state).toBe('unconfirmed');
    expect(screen.queryByTestId('recovery-whole-discard')).toBeNull();
  });
});
