// Every keyboard shortcut of the app, in one table: the shell dispatches from it and the help
// dialog (press ?) lists it, so what is documented is what works.

import type { MessageKey } from '../i18n/i18n.svelte';
import { SCREENS, type Screen } from './navigation.svelte';

export type Action =
  | { kind: 'lock' }
  | { kind: 'screen'; screen: Screen }
  | { kind: 'newCase' }
  | { kind: 'search' }
  | { kind: 'help' };

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** What the help dialog lists: the keys as shown, and what they do. */
export interface Shortcut {
  keys: readonly string[];
  label: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl+N'], label: 'shortcuts.newCase' },
  { keys: ['Ctrl+F', '/'], label: 'shortcuts.search' },
  { keys: ['Ctrl+1 … Ctrl+4'], label: 'shortcuts.screens' },
  { keys: ['←', '→', 'Home', 'End'], label: 'shortcuts.tabs' },
  { keys: ['Ctrl+L'], label: 'shortcuts.lock' },
  { keys: ['Esc'], label: 'shortcuts.escape' },
  { keys: ['?', 'F1'], label: 'shortcuts.help' },
];

const NOT_TEXT = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color']);

/** True when keys typed into `target` are text (so "/" and "?" must not be taken from it). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return false;
}

/**
 * The action for a key press while a vault is unlocked, or null. Ctrl stands for Cmd on macOS.
 * Plain-key shortcuts ("/", "?") are ignored while the user types into a field.
 */
export function shortcutFor(event: Keys, typing: boolean): Action | null {
  if ((event.ctrlKey || event.metaKey) && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'l') return { kind: 'lock' };
    if (key === 'n' && !event.shiftKey) return { kind: 'newCase' };
    if (key === 'f' && !event.shiftKey) return { kind: 'search' };
    const screen = SCREENS[Number.parseInt(key, 10) - 1];
    return screen === undefined ? null : { kind: 'screen', screen };
  }
  if (event.key === 'F1') return { kind: 'help' };
  if (typing || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === '/') return { kind: 'search' };
  if (event.key === '?') return { kind: 'help' };
  return null;
}
