import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from './session.svelte';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

describe('Session', () => {
  it('keeps the recovery key only until it is confirmed', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return cmd === 'vault_create' ? { dir: '/v', recovery_key: 'AAAA-BBBB' } : null;
    });
    const s = new Session();
    expect(await s.create('/v', 'a long passphrase')).toBe(true);
    expect(s.unlocked).toBe(true);
    expect(s.recoveryKey).toBe('AAAA-BBBB');
    s.confirmRecoveryKeyStored();
    expect(s.recoveryKey).toBeNull();
    // The shell, which kept it for the recovery sheet, forgets it too.
    await vi.waitFor(() => expect(calls).toContain('vault_recovery_forget'));
  });

  it('shows a new recovery key once, after the passphrase', async () => {
    mockIPC((cmd, args) => {
      if (cmd === 'vault_new_recovery_key') {
        if ((args as { current: string }).current !== 'right passphrase')
          throw { code: 'wrong_passphrase', message: 'Wrong passphrase.' };
        return 'CCCC-DDDD';
      }
      return null;
    });
    const s = new Session();
    expect((await s.newRecoveryKey('nope'))?.code).toBe('wrong_passphrase');
    expect(s.recoveryKey).toBeNull();
    expect(await s.newRecoveryKey('right passphrase')).toBeNull();
    expect(s.recoveryKey).toBe('CCCC-DDDD');
    expect(s.busy).toBe(false);
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
});
