// The one translation layer. Components call t(key) for every user-visible string; the current
// locale is reactive state, so switching language re-renders every string.

import { en, type MessageKey } from './en';

export type { MessageKey };

/** Locales the UI may run in. Only English has a catalogue today. */
export type Locale = 'en' | 'fr' | 'es' | 'ar';

/** Catalogues by locale; a missing key falls back to English. */
const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = {
  en,
  fr: {},
  es: {},
  ar: {},
};

/** Locales with a complete catalogue, offered in Settings. */
export const availableLocales: readonly Locale[] = ['en'];

const RTL_LOCALES: ReadonlySet<Locale> = new Set(['ar']);

/** Writing direction of a locale: Arabic runs right to left. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

class I18n {
  locale = $state<Locale>('en');
  dir = $derived(directionOf(this.locale));

  /** Switches language and tells the document, so lang-aware fonts and RTL layout follow. */
  setLocale(locale: Locale): void {
    this.locale = locale;
    if (typeof document !== 'undefined') {
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
    }
  }
}

export const i18n = new I18n();

/** The message for `key` in the current locale, with {placeholders} filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogues[i18n.locale][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
