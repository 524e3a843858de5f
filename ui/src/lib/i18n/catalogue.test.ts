// The catalogues (locales/<lang>/app.ftl): the same messages in every language, none unused by
// the UI, the same variables as English, every plural form of each language, and a review sidecar.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { availableLocales, fluentId } from './i18n.svelte';

// Vitest runs in ui/.
const locales = join(process.cwd(), '..', 'locales');
const source = (lang: string) => readFileSync(join(locales, lang, 'app.ftl'), 'utf8');

/** Message ids of a catalogue, in order. */
function idsOf(text: string): string[] {
  return [...text.matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((m) => m[1] ?? '');
}

/** Each message's text (value and continuation lines) by id. */
function messagesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let id = '';
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z][\w-]*) *=(.*)$/.exec(line);
    if (m) {
      id = m[1] ?? '';
      out.set(id, m[2] ?? '');
    } else if (id && /^\s/.test(line)) {
      out.set(id, `${out.get(id) ?? ''}\n${line}`);
    } else {
      id = '';
    }
  }
  return out;
}

const variables = (text: string) => new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]));

/** Plural categories each language must write out where English chooses by a number (CLDR). */
const REQUIRED: Record<string, string[]> = {
  en: ['one', 'other'],
  fr: ['one', 'other'],
  es: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

const english = messagesOf(source('en'));
const others = availableLocales.filter((l) => l !== 'en');

describe('catalogues', () => {
  it('has the five languages', () => {
    expect([...availableLocales].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru']);
  });

  it.each(others)('%s has every English message and no other', (lang) => {
    const ids = new Set(idsOf(source(lang)));
    const missing = [...english.keys()].filter((id) => !ids.has(id));
    const extra = [...ids].filter((id) => !english.has(id));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(availableLocales)('%s defines each message once and parses cleanly', (lang) => {
    const ids = idsOf(source(lang));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const bundle = new FluentBundle(lang);
    expect(bundle.addResource(new FluentResource(source(lang))).map((e) => e.message)).toEqual([]);
    // A message Fluent could not parse is dropped silently: count what it kept.
    expect(ids.filter((id) => !bundle.hasMessage(id))).toEqual([]);
  });

  it.each(others)('%s uses the same variables as English in each message', (lang) => {
    const wrong: string[] = [];
    for (const [id, text] of messagesOf(source(lang))) {
      const want = [...variables(english.get(id) ?? '')].sort();
      const got = [...variables(text)].sort();
      if (got.join() !== want.join()) wrong.push(`${id}: ${got.join()} ≠ ${want.join()}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(availableLocales)('%s writes every plural form of the language where English counts', (lang) => {
    const messages = messagesOf(source(lang));
    const lacking: string[] = [];
    for (const [id, text] of english) {
      if (!text.includes('->')) continue;
      const translated = messages.get(id) ?? '';
      // Each selector of the message, with the variant keys that follow it.
      for (const selector of translated.split(/(?=\{ *\$\w+ *->)/).slice(1)) {
        const keys = new Set([...selector.matchAll(/^\s*\*?\[(\w+)\]/gm)].map((m) => m[1]));
        const absent = (REQUIRED[lang] ?? []).filter((c) => !keys.has(c));
        if (absent.length) lacking.push(`${id}: ${absent.join(', ')}`);
      }
      if (!translated.includes('->')) lacking.push(`${id}: no plural selector`);
    }
    expect(lacking).toEqual([]);
  });

  it.each(others)('%s has a review sidecar naming only its own messages', (lang) => {
    const reviewed = readFileSync(join(locales, lang, 'app.reviewed'), 'utf8');
    const ids = new Set(idsOf(source(lang)));
    const unknown = reviewed
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0] ?? '')
      .filter((id) => id !== '' && !ids.has(id));
    expect(unknown).toEqual([]);
  });
});

describe('plural forms, exercised', () => {
  const format = (lang: string, id: string, n: number) => {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    bundle.addResource(new FluentResource(source(lang)));
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`${lang}: no ${id}`);
    return bundle.formatPattern(message.value, { n });
  };

  it('English: one file, 2 files', () => {
    expect(format('en', 'evidence-import-done', 1)).toBe('Imported one file.');
    expect(format('en', 'evidence-import-done', 2)).toBe('Imported 2 files.');
  });

  it('French: 0 and 1 take the singular', () => {
    expect(format('fr', 'filing-annexCount', 0)).toBe('0 annexe');
    expect(format('fr', 'filing-annexCount', 1)).toBe('Une annexe');
    expect(format('fr', 'filing-annexCount', 2)).toBe('2 annexes');
  });

  it('Spanish: one, other', () => {
    expect(format('es', 'filing-annexCount', 1)).toBe('Un anexo');
    expect(format('es', 'filing-annexCount', 5)).toBe('5 anexos');
  });

  it('Russian: one (1, 21), few (2–4, 22), many (5–20, 11)', () => {
    expect(format('ru', 'filing-annexCount', 1)).toBe('1 приложение');
    expect(format('ru', 'filing-annexCount', 21)).toBe('21 приложение');
    expect(format('ru', 'filing-annexCount', 3)).toBe('3 приложения');
    expect(format('ru', 'filing-annexCount', 22)).toBe('22 приложения');
    expect(format('ru', 'filing-annexCount', 5)).toBe('5 приложений');
    expect(format('ru', 'filing-annexCount', 11)).toBe('11 приложений');
  });

  it('Arabic: zero, one, two, few (3–10), many (11–99), other (100)', () => {
    expect(format('ar', 'filing-annexCount', 0)).toBe('لا مرفقات');
    expect(format('ar', 'filing-annexCount', 1)).toBe('مرفق واحد');
    expect(format('ar', 'filing-annexCount', 2)).toBe('مرفقان');
    expect(format('ar', 'filing-annexCount', 3)).toBe('3 مرفقات');
    expect(format('ar', 'filing-annexCount', 11)).toBe('11 مرفقًا');
    expect(format('ar', 'filing-annexCount', 100)).toBe('100 مرفق');
  });
});

describe('keys used by the UI', () => {
  // Vitest runs in ui/.
  const src = join(process.cwd(), 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'message-keys.ts' ? [path] : [];
    });
  const code = files(src).map((f) => readFileSync(f, 'utf8')).join('\n');
  // Keys written whole ('vault.unlock') and prefixes of keys built from data (`enum.${group}.…`).
  const literals = new Set([...code.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => fluentId(m[1] ?? '')));
  const prefixes = [...code.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((m) => fluentId(m[1] ?? ''));

  it('finds the keys and the built ones', () => {
    expect(literals.size).toBeGreaterThan(300);
    expect(prefixes).toContain('enum-');
  });

  it('uses every English message', () => {
    const unused = [...english.keys()].filter((id) => !literals.has(id) && !prefixes.some((p) => id.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
