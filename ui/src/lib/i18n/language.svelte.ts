// Which language the app speaks, and when it changes (issue 17.6):
// - at launch, before any vault is open: the last language used on this device, else the
//   system's (navigator.language), else English; the shell remembers the device's choice;
// - once a vault is unlocked: the language chosen in that vault, if one was;
// - on a choice on the unlock screen or in Settings: at once, remembered on this device and, when
//   a vault is open, in it.

import { asLocale, availableLocales, i18n, PSEUDO_LOCALE, systemLocale, type Locale } from './i18n.svelte';
import { deviceLanguage, setLanguage } from '../services/language';
import type { CommandError } from '../services/errors';

/**
 * Shows the system's language at once, then the device's once the shell has answered. The
 * end-to-end tests open the app at `#en-XA` to run it in the pseudo-locale (a fragment never
 * leaves the webview; nothing is remembered).
 */
export async function startLanguage(fragment = typeof location === 'undefined' ? '' : location.hash): Promise<void> {
  if (fragment === `#${PSEUDO_LOCALE}`) {
    i18n.setLocale(PSEUDO_LOCALE);
    return;
  }
  i18n.setLocale(systemLocale());
  const system = typeof navigator === 'undefined' ? null : (navigator.language ?? null);
  const result = await deviceLanguage(system);
  const chosen = result.ok ? asLocale(result.value) : null;
  if (chosen) i18n.setLocale(chosen);
}

/** The vault's language, read at unlock: followed, and remembered as this device's last one. */
export async function followVaultLanguage(language: string | null | undefined): Promise<void> {
  const chosen = availableLocales.find((l) => l === language);
  if (!chosen || chosen === i18n.locale || i18n.locale === PSEUDO_LOCALE) return;
  i18n.setLocale(chosen);
  await setLanguage(chosen);
}

/** The user's choice: shown at once, then saved; an error is returned for the picker to show. */
export async function chooseLanguage(locale: Locale): Promise<CommandError | null> {
  i18n.setLocale(locale);
  const result = await setLanguage(locale);
  return result.ok ? null : result.error;
}
