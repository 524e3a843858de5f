// The meter asks the core (vault_passphrase_strength) once typing pauses, and keeps only the
// answer for the latest value; the passphrase goes to the shell and nowhere else.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRENGTH_DEBOUNCE_MS, strengthChecker, type PassphraseStrength } from './strength';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

const refused: PassphraseStrength = { score: 0, guesses_log10: 2.3, acceptable: false, weakness: 'common_password' };

describe('strengthChecker', () => {
  it('asks the core once typing pauses, for the last value only, with the vault folder', async () => {
    vi.useFakeTimers();
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return refused;
    });
    const answers: (PassphraseStrength | null)[] = [];
    const checker = strengthChecker((s) => answers.push(s), () => '/home/me/Cases');
    checker.check('p');
    checker.check('pass');
    checker.check('password1');
    await vi.advanceTimersByTimeAsync(STRENGTH_DEBOUNCE_MS - 10);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    await vi.waitFor(() => expect(answers).toEqual([refused]));
    expect(calls).toEqual([['vault_passphrase_strength', { passphrase: 'password1', dir: '/home/me/Cases' }]]);
  });

  it('drops a late answer for an older value, and reports an empty field at once', async () => {
    vi.useFakeTimers();
    let release: (v: PassphraseStrength) => void = () => {};
    mockIPC(() => new Promise<PassphraseStrength>((resolve) => (release = resolve)));
    const answers: (PassphraseStrength | null)[] = [];
    const checker = strengthChecker((s) => answers.push(s), () => null);
    checker.check('password1');
    await vi.advanceTimersByTimeAsync(STRENGTH_DEBOUNCE_MS + 10);
    checker.check('');
    release(refused);
    await vi.advanceTimersByTimeAsync(10);
    expect(answers).toEqual([null]);
  });
});
