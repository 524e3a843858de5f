// The one translation layer. Components call t(key, params) for every user-visible string; the
// current locale is reactive state, so switching language re-renders every string.
//
// The texts are Project Fluent catalogues at the repository root, shared with the core:
// locales/<lang>/app.ftl (the UI's) and locales/<lang>/core.ftl (the core's, so that an error the
// core names by its code is written once, there). Fluent chooses plural forms by the language's
// CLDR rules (Arabic six, Russian three), formats numbers through Intl, and in Arabic wraps every
// value put into a sentence in Unicode isolation marks, so that a Latin name or a number keeps its
// order inside an Arabic sentence.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import type { MessageKey } from './message-keys';
import { pseudoLocalise } from './pseudo';

export type { MessageKey };

/** Languages the UI has a catalogue for (issue 17): English is the source, the others drafts. */
export type Locale = 'en' | 'fr' | 'es' | 'ar' | 'ru';

/**
 * The pseudo-locale: English made ~40 % longer and accented, generated when it is chosen, to find
 * text that is clipped or hard-coded. Tests choose it; it is never offered in a list.
 */
export const PSEUDO_LOCALE = 'en-XA';

export type UiLocale = Locale | typeof PSEUDO_LOCALE;

/** Locales offered on the unlock screen and in Settings, each named in its own language. */
export const availableLocales: readonly Locale[] = ['en', 'fr', 'es', 'ar', 'ru'];

/** The name of a locale in that language, so anyone finds their own in the list. */
export function localeName(locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    if (name) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    // An Intl without display names: the code is still unambiguous.
  }
  return locale;
}

const RTL_LOCALES: ReadonlySet<string> = new Set(['ar']);

/**
 * The locale given to Intl (numbers, dates) and to Fluent. Arabic writes Western digits
 * (`-u-nu-latn`), CLDR's current default for `ar`: the webview's older ICU would otherwise mix
 * Arabic-Indic digits with the Western ones people type (dates, passport and case numbers) and
 * with those inside the catalogue's own texts.
 */
export function intlLocale(locale: string): string {
  return locale.split('-')[0] === 'ar' ? 'ar-u-nu-latn' : locale;
}

/** Writing direction of a locale: Arabic runs right to left. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

// The catalogues, bundled by Vite as text (`?raw`): locales/<lang>/<file>.ftl and the review
// sidecars locales/<lang>/<file>.reviewed. Nothing is fetched at run time.
const ftlSources = import.meta.glob<string>('../../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const reviewSources = import.meta.glob<string>('../../../../locales/*/*.reviewed', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `{ lang, file }` of a catalogue path such as `../../../../locales/fr/app.ftl`. */
function catalogueOf(path: string): { lang: string; file: string } | null {
  const m = /locales\/([^/]+)\/([^/.]+)\.\w+$/.exec(path);
  return m ? { lang: m[1] ?? '', file: m[2] ?? '' } : null;
}

/** The raw Fluent source of one catalogue, or '' when that file does not exist (yet). */
export function catalogueSource(lang: string, file: string): string {
  for (const [path, text] of Object.entries(ftlSources)) {
    const c = catalogueOf(path);
    if (c?.lang === lang && c.file === file) return text;
  }
  return '';
}

/** The Fluent id of a UI key: Fluent ids have no dots (`a.b` → `a-b`, as ts-to-ftl.mjs wrote them). */
export function fluentId(key: string): string {
  return key.replaceAll('.', '-');
}

/** Problems found while reading the catalogues (syntax errors, ids defined twice): tests read it. */
export const catalogueErrors: string[] = [];

function bundleFor(locale: Locale): FluentBundle {
  // Isolation marks in the right-to-left languages, where a Latin name or a number would
  // otherwise be reordered with the words around it. Left-to-right sentences keep plain text: the
  // unit and end-to-end tests read the English text as it is, and an Arabic value inside a
  // left-to-right sentence is shown in the element's own direction (`dir="auto"` on typed text).
  const bundle = new FluentBundle(intlLocale(locale), { useIsolating: directionOf(locale) === 'rtl' });
  for (const file of ['app', 'core']) {
    const source = catalogueSource(locale, file);
    if (!source) continue;
    const resource = new FluentResource(source);
    for (const error of bundle.addResource(resource)) catalogueErrors.push(`${locale}/${file}.ftl: ${error.message}`);
  }
  return bundle;
}

const bundles = new Map<Locale, FluentBundle>(availableLocales.map((l) => [l, bundleFor(l)]));
const english = bundles.get('en') ?? bundleFor('en');

/** Review status per catalogue: the message ids a native-speaking lawyer has reviewed. */
function reviewedIds(lang: string, file: string): Set<string> {
  for (const [path, text] of Object.entries(reviewSources)) {
    const c = catalogueOf(path);
    if (c?.lang !== lang || c.file !== file) continue;
    // One line per reviewed id: `id  reviewer  date`; `#` starts a comment.
    return new Set(
      text
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0] ?? '')
        .filter((id) => id !== ''),
    );
  }
  return new Set();
}

/**
 * How much of a catalogue a native-speaking lawyer has reviewed: `{ reviewed, total }` messages.
 * A language without that catalogue counts 0 of 0 (its texts fall back to English).
 */
export function catalogueReview(
  locale: string,
  file: 'app' | 'core' | 'legal' | 'letters',
): { reviewed: number; total: number } {
  const lang = locale.split('-')[0] ?? locale;
  const ids = [...catalogueSource(lang, file).matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((m) => m[1] ?? '');
  const done = reviewedIds(lang, file);
  return { reviewed: ids.filter((id) => done.has(id)).length, total: ids.length };
}

/**
 * The locale to start in when nothing was chosen on this device: the best match of the system's
 * languages (navigator.languages) among those Habeas has, else English.
 */
export function systemLocale(requested: readonly string[] = systemLanguages()): Locale {
  const [best] = negotiateLanguages([...requested], [...availableLocales], {
    defaultLocale: 'en',
    strategy: 'lookup',
  });
  return availableLocales.find((l) => l === best) ?? 'en';
}

function systemLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return [...(navigator.languages ?? []), navigator.language].filter(Boolean);
}

/** A locale Habeas has, from a stored or typed value; `null` for anything else. */
export function asLocale(value: string | null | undefined): UiLocale | null {
  if (value === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  return availableLocales.find((l) => l === value) ?? null;
}

class I18n {
  locale = $state<UiLocale>('en');
  dir = $derived(directionOf(this.locale));
  /** The locale to give Intl for numbers and dates (see intlLocale). */
  intl = $derived(intlLocale(this.locale));

  /** Switches language and tells the document, so lang-aware fonts and RTL layout follow. */
  setLocale(locale: UiLocale): void {
    this.locale = locale;
    if (typeof document !== 'undefined') {
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
    }
  }
}

export const i18n = new I18n();

export type MessageParams = Record<string, string | number | Date>;

function format(bundle: FluentBundle, id: string, params?: MessageParams): string | null {
  const message = bundle.getMessage(id);
  if (!message?.value) return null;
  // Errors (a variable not given) are shown in the text itself, as `{$name}`.
  const errors: Error[] = [];
  const args: Record<string, FluentVariable> | undefined = params;
  return bundle.formatPattern(message.value, args, errors);
}

/**
 * The message for `key` in the current locale, with its variables filled from `params`. A message
 * a catalogue lacks falls back to English; a key no catalogue has shows as itself, so a missing
 * text is visible rather than blank. A missing variable shows as `{$name}` (Fluent's way).
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const id = fluentId(key);
  const locale = i18n.locale;
  if (locale === PSEUDO_LOCALE) {
    const source = format(english, id, params);
    return source === null ? key : pseudoLocalise(source);
  }
  const bundle = bundles.get(locale);
  return (bundle && format(bundle, id, params)) ?? format(english, id, params) ?? key;
}

/** Whether the English catalogue has this key (for keys built from data, like draft forms). */
export function hasMessage(key: string): boolean {
  return english.hasMessage(fluentId(key));
}
