import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { directionOf, i18n, t } from './i18n.svelte';

afterEach(() => i18n.setLocale('en'));

describe('t', () => {
  it('returns the English message', () => {
    expect(t('nav.vault')).toBe('Vault');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nav.shortcut', { n: 3 })).toBe('Ctrl+3');
    expect(t('nav.shortcut', {})).toBe('Ctrl+{n}');
  });

  it('falls back to English for a key a catalogue lacks', () => {
    i18n.setLocale('fr');
    expect(t('nav.settings')).toBe('Settings');
  });

  it('has no empty message', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('direction', () => {
  it('runs Arabic right to left and sets it on the document', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    i18n.setLocale('ar');
    expect(i18n.dir).toBe('rtl');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });
});
