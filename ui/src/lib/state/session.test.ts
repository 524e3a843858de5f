import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from './session.svelte';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

describe('Session', () => {
  it('offers the rescue for a damaged or forged save, not for a forged snapshot', async () => {
    let code = 'forged_save';
    mockIPC((cmd) => {
      if (cmd === 'vault_unlock') throw { code, message: 'One save of this vault was not made with its keys.' };
      return null;
    });
    const s = new Session();
    for (const [failure, rescuable] of [
      ['forged_save', true],
      ['damaged_save', true],
      ['forged_file', false],
      ['damaged_file', false],
    ] as const) {
      code = failure;
      expect(await s.unlock('/v', 'a long passphrase')).toBe(false);
      expect(s.error?.code).toBe(failure);
      expect(s.canRescue).toBe(rescuable);
    }
  });

  it('keeps the recovery key only until the shell confirms it', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'vault_create') return { dir: '/v', recovery_key: 'AAAA-BBBB' };
      if (cmd === 'vault_confirm_recovery_key') {
        if ((args as { typed: string }).typed !== 'BBBB')
          throw { code: 'wrong_recovery_key', message: 'This recovery key does not open this vault.' };
        return 'confirmed';
      }
      return null;
    });
    const s = new Session();
    expect(await s.create('/v', 'a long passphrase')).toBe(true);
    expect(s.unlocked).toBe(true);
    expect(s.recoveryKey).toBe('AAAA-BBBB');
    expect(s.recoveryState).toBe('unconfirmed');
    // A wrong last group keeps the key on screen.
    expect((await s.confirmRecoveryKey('ZZZZ'))?.code).toBe('wrong_recovery_key');
    expect(s.recoveryKey).toBe('AAAA-BBBB');
    // The shell checks the typed group (it holds the key): the webview never sends the key back.
    expect(await s.confirmRecoveryKey('BBBB')).toBeNull();
    expect(s.recoveryKey).toBeNull();
    expect(s.recoveryState).toBe('confirmed');
    expect(calls.filter(([c]) => c === 'vault_confirm_recovery_key').map(([, a]) => a)).toEqual([
      { typed: 'ZZZZ' },
      { typed: 'BBBB' },
    ]);
  });

  it('shows a new recovery key once, after the passphrase, as waiting until confirmed', async () => {
    mockIPC((cmd, args) => {
      if (cmd === 'vault_new_recovery_key') {
        if ((args as { current: string }).current !== 'right passphrase')
          throw { code: 'wrong_passphrase', message: 'Wrong passphrase.' };
        return 'CCCC-DDDD';
      }
      if (cmd === 'vault_discard_recovery_key') return 'confirmed';
      return null;
    });
    const s = new Session();
    expect((await s.newRecoveryKey('nope'))?.code).toBe('wrong_passphrase');
    expect(s.recoveryKey).toBeNull();
    expect(await s.newRecoveryKey('right passphrase')).toBeNull();
    expect(s.recoveryKey).toBe('CCCC-DDDD');
    expect(s.recoveryState).toBe('pending');
    expect(s.busy).toBe(false);
    // Discarded: the old key stays, nothing is on screen any more.
    expect(await s.discardRecoveryKey()).toBeNull();
    expect(s.recoveryKey).toBeNull();
    expect(s.recoveryState).toBe('confirmed');
  });

  it('does not auto-lock while a recovery key is on screen, and resumes once it is confirmed', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'vault_unlock') return { unlocked: true, dir: '/v', recovery: 'confirmed' };
      if (cmd === 'vault_new_recovery_key') return 'EEEE-FFFF';
      if (cmd === 'vault_confirm_recovery_key') return 'confirmed';
      return null;
    });
    const s = new Session();
    s.autoLockMinutes = 10;
    await s.unlock('/v', 'a long passphrase');
    await s.newRecoveryKey('a long passphrase');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    s.activity();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(s.unlocked).toBe(true);
    expect(calls).not.toContain('vault_lock');
    expect(await s.confirmRecoveryKey('FFFF')).toBeNull();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(s.unlocked).toBe(false);
    expect(calls).toContain('vault_lock');
  });

  it('says after an unlock that a new key waits, and a lock forgets what it knew', async () => {
    mockIPC((cmd) => (cmd === 'vault_unlock' ? { unlocked: true, dir: '/v', recovery: 'pending' } : null));
    const s = new Session();
    await s.unlock('/v', 'a long passphrase');
    expect(s.recoveryState).toBe('pending');
    expect(s.recoveryKey).toBeNull();
    await s.lock();
    expect(s.recoveryState).toBeNull();
  });

  it('shows the error of a failed unlock and stays locked', async () => {
    mockIPC(() => {
      throw { code: 'wrong_passphrase', message: 'Wrong passphrase.' };
    });
    const s = new Session();
    expect(await s.unlock('/v', 'nope')).toBe(false);
    expect(s.unlocked).toBe(false);
    expect(s.error?.code).toBe('wrong_passphrase');
    expect(s.busy).toBe(false);
  });

  it('locks itself after the idle minutes, and activity postpones it', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return cmd === 'vault_unlock' ? { unlocked: true, dir: '/v' } : null;
    });
    const s = new Session();
    s.autoLockMinutes = 10;
    await s.unlock('/v', 'a long passphrase');
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    s.activity();
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    expect(s.unlocked).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(s.unlocked).toBe(false);
    expect(calls).toContain('vault_lock');
  });

  it('takes the auto-lock delay from the vault on unlock, and saves a new one', async () => {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'vault_unlock') return { unlocked: true, dir: '/v' };
      if (cmd === 'settings_get') return { auto_lock_minutes: 3, auto_lock_min: 1, auto_lock_max: 480 };
      if (cmd === 'settings_set_auto_lock') saved.push(args);
      return null;
    });
    const s = new Session();
    await s.unlock('/v', 'a long passphrase');
    await vi.waitFor(() => expect(s.autoLockMinutes).toBe(3));
    expect(await s.saveAutoLock(25)).toBeNull();
    expect(s.autoLockMinutes).toBe(25);
    expect(saved).toEqual([{ minutes: 25 }]);
  });

  it('reports activity to the shell at most every 30 s, and at once when a key is shown', async () => {
    vi.useFakeTimers();
    const reports: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'session_activity') reports.push(args);
      if (cmd === 'vault_create') return { dir: '/v', recovery_key: 'AAAA-BBBB' };
      if (cmd === 'vault_confirm_recovery_key') return 'confirmed';
      return null;
    });
    const s = new Session();
    expect(await s.create('/v', 'a long passphrase')).toBe(true);
    // The key is on screen: the shell's countdown is paused.
    expect(reports.at(-1)).toEqual({ paused: true });
    expect(await s.confirmRecoveryKey('BBBB')).toBeNull();
    expect(reports.at(-1)).toEqual({ paused: false });
    const count = reports.length;
    s.activity();
    s.activity();
    expect(reports.length).toBe(count);
    vi.advanceTimersByTime(31_000);
    s.activity();
    expect(reports.length).toBe(count + 1);
  });
});
