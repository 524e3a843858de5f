// The app's language as the shell keeps it (src-tauri/commands/settings.rs): the last one used
// on this device, for the unlock screen, and the one chosen in each vault.

import { call, commands } from './core';
import type { Locale } from '../i18n/i18n.svelte';

/** The device's language: the last used here, else the system's (`system`), else English. */
export const deviceLanguage = (system: string | null) => call(() => commands.languageDevice(system));

/** Remembers `language` on this device and, when a vault is open, in that vault. */
export const setLanguage = (language: Locale) => call(() => commands.languageSet(language));
