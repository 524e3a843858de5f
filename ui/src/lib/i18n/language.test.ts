import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const shell = vi.hoisted(() => ({ device: 'fr' as string, set: [] as string[], fail: false }));
vi.mock('../services/language', () => ({
  deviceLanguage: vi.fn(async () => ({ ok: true, value: shell.device })),
  setLanguage: vi.fn(async (l: string) => {
    shell.set.push(l);
    return shell.fail ? { ok: false, error: { code: 'io', message: 'disk' } } : { ok: true, value: null };
  }),
}));

import { i18n, t } from './i18n.svelte';
import { chooseLanguage, followVaultLanguage, startLanguage } from './language.svelte';

beforeEach(() => {
  shell.device = 'fr';
  shell.set = [];
  shell.fail = false;
});
afterEach(() => i18n.setLocale('en'));

describe('the app language', () => {
  it('starts in the language last used on this device', async () => {
    await startLanguage('');
    expect(i18n.locale).toBe('fr');
    expect(t('nav.settings')).toBe('Paramètres');
  });

  it('runs in the pseudo-locale when the tests open it at #en-XA, and remembers nothing', async () => {
    await startLanguage('#en-XA');
    expect(i18n.locale).toBe('en-XA');
    expect(shell.set).toEqual([]);
  });

  it('follows the vault once unlocked, and remembers it for the unlock screen', async () => {
    i18n.setLocale('en');
    await followVaultLanguage('ar');
    expect(i18n.locale).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(shell.set).toEqual(['ar']);
  });

  it('keeps the current language when the vault has none', async () => {
    i18n.setLocale('es');
    await followVaultLanguage(null);
    expect(i18n.locale).toBe('es');
    expect(shell.set).toEqual([]);
  });

  it('switches at once on a choice, saves it, and reports a failed save', async () => {
    expect(await chooseLanguage('ru')).toBeNull();
    expect(i18n.locale).toBe('ru');
    expect(shell.set).toEqual(['ru']);
    shell.fail = true;
    expect(await chooseLanguage('es')).not.toBeNull();
    expect(i18n.locale).toBe('es');
  });
});
