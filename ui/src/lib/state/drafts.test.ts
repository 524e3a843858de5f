// Drafts are written to the vault a moment after typing pauses (so a screen lock, which the
// shell does before the UI hears of it, loses at most that moment), never to web storage.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Drafts, KEEP_IN_VAULT_AFTER_MS } from './drafts.svelte';

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

describe('Drafts', () => {
  it('keeps a draft in the vault once typing pauses, and only what differs from the saved form', async () => {
    vi.useFakeTimers();
    const kept: { key: string; value: string }[] = [];
    const discarded: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'drafts_keep') kept.push(args as { key: string; value: string });
      if (cmd === 'drafts_discard') discarded.push((args as { key: string }).key);
      return null;
    });
    const d = new Drafts();
    d.keep('case-1/alert', { ncb: '' }, { ncb: '' });
    expect(d.dirty('case-1/alert')).toBe(false);
    d.keep('case-1/alert', { ncb: 'A' }, { ncb: '' });
    d.keep('case-1/alert', { ncb: 'An' }, { ncb: '' });
    expect(d.dirty('case-1/alert')).toBe(true);
    await vi.advanceTimersByTimeAsync(KEEP_IN_VAULT_AFTER_MS - 10);
    expect(kept).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(kept).toEqual([{ key: 'case-1/alert', value: '{"ncb":"An"}' }]);
    // Typed back to what is saved: no draft any more, here or in the vault.
    d.keep('case-1/alert', { ncb: '' }, { ncb: '' });
    expect(d.dirty('case-1/alert')).toBe(false);
    expect(discarded).toEqual(['case-1/alert']);
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('says at a screen lock which drafts the vault had, and which it had not yet', async () => {
    vi.useFakeTimers();
    mockIPC(() => null);
    const d = new Drafts();
    d.keep('case-1/person', { a: 1 }, null);
    await vi.advanceTimersByTimeAsync(KEEP_IN_VAULT_AFTER_MS);
    d.keep('case-1/filing:f-1', { b: 2 }, null);
    await d.beforeLock(false);
    expect(d.keptAtLock).toEqual(['person']);
    expect(d.notSaved).toEqual(['filing']);
  });
});
