import { afterEach, describe, expect, it } from 'vitest';
import { catalogueErrors, catalogueReview, directionOf, i18n, systemLocale, t } from './i18n.svelte';
import { pseudoLocalise } from './pseudo';

afterEach(() => i18n.setLocale('en'));

/** The text without Fluent's isolation marks around values, to compare with plain words. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('t', () => {
  it('returns the English message', () => {
    expect(t('nav.vault')).toBe('Vault');
  });

  it('fills variables and shows a missing one', () => {
    expect(t('nav.shortcut', { n: 3 })).toBe('Ctrl+3');
    expect(t('nav.shortcut', {})).toBe('Ctrl+{$n}');
  });

  it('reads every catalogue without a syntax error or an id defined twice', () => {
    expect(catalogueErrors).toEqual([]);
  });

  it('speaks the chosen language', () => {
    i18n.setLocale('fr');
    expect(t('nav.settings')).toBe('Paramètres');
    i18n.setLocale('ru');
    expect(t('nav.settings')).toBe('Настройки');
  });

  it('shows a key no catalogue has as itself, not as a blank', () => {
    expect(t('no.such.key' as 'nav.vault')).toBe('no.such.key');
  });

  it('keeps a Latin name in its order inside an Arabic sentence', () => {
    i18n.setLocale('ar');
    const text = t('country.remove', { name: 'Jean-Luc 2' });
    expect(text).toContain('\u2068Jean-Luc 2\u2069');
  });

  it('formats numbers in the language', () => {
    expect(plain(t('evidence.size.bytes', { n: 1234567 }))).toBe('1,234,567 bytes');
    i18n.setLocale('fr');
    expect(plain(t('evidence.size.bytes', { n: 1234567 }))).toMatch(/^1\s234\s567 octets$/);
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

describe('system locale', () => {
  it('follows the system language when Habeas has it, else English', () => {
    expect(systemLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(systemLocale(['ar-LB'])).toBe('ar');
    expect(systemLocale(['ru'])).toBe('ru');
    expect(systemLocale(['de-DE'])).toBe('en');
    expect(systemLocale([])).toBe('en');
  });
});

describe('pseudo-locale', () => {
  it('accents letters, keeps values as typed and is about 40 % longer', () => {
    const english = 'Remove \u2068Anna\u2069 now';
    const pseudo = pseudoLocalise(english);
    expect(pseudo).toContain('Ŕéɱóṽé');
    expect(pseudo).toContain('\u2068Anna\u2069');
    expect(pseudo.length).toBeGreaterThanOrEqual(english.length * 1.3);
  });

  it('is what t() shows in en-XA', () => {
    i18n.setLocale('en-XA');
    expect(t('nav.vault')).toMatch(/^\[Ṽáúĺţ ·+\]$/);
  });
});

describe('digits', () => {
  it('writes Western digits in Arabic, like the texts and what people type', () => {
    i18n.setLocale('ar');
    expect(i18n.intl).toBe('ar-u-nu-latn');
    expect(t('evidence.import.file', { n: 12, of: 30, name: 'a.pdf' })).toContain('\u206812\u2069');
    expect(new Intl.NumberFormat(i18n.intl).format(1234)).toMatch(/^1.?234$/);
  });
});

describe('catalogueReview', () => {
  it('counts the legal texts of a filing language, none of them reviewed yet', () => {
    // The argument library and the request's fixed parts (locales/<lang>/legal.ftl, issue 17.2).
    for (const lang of ['fr', 'es', 'ar']) {
      const review = catalogueReview(lang, 'legal');
      expect(review.total).toBeGreaterThan(50);
      expect(review.reviewed).toBe(0);
    }
    // No legal texts in Russian: the CCF does not work in it.
    expect(catalogueReview('ru', 'legal').total).toBe(0);
  });
});
