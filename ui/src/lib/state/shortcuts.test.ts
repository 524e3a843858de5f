import { describe, expect, it } from 'vitest';
import { isTyping, shortcutFor, SHORTCUTS } from './shortcuts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps Ctrl (or Cmd) combinations whatever the focus', () => {
    expect(shortcutFor(key('l', { ctrlKey: true }), true)).toEqual({ kind: 'lock' });
    expect(shortcutFor(key('L', { metaKey: true }), false)).toEqual({ kind: 'lock' });
    expect(shortcutFor(key('n', { ctrlKey: true }), true)).toEqual({ kind: 'newCase' });
    expect(shortcutFor(key('f', { ctrlKey: true }), true)).toEqual({ kind: 'search' });
    expect(shortcutFor(key('4', { ctrlKey: true }), false)).toEqual({ kind: 'screen', screen: 'settings' });
    expect(shortcutFor(key('2', { metaKey: true }), false)).toEqual({ kind: 'screen', screen: 'cases' });
  });

  it('leaves alone what it does not own', () => {
    expect(shortcutFor(key('9', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key('1', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(shortcutFor(key('N', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutFor(key('c', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutFor(key('2'), false)).toBeNull();
  });

  it('takes / and ? only when the user is not typing', () => {
    expect(shortcutFor(key('/'), false)).toEqual({ kind: 'search' });
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toEqual({ kind: 'help' });
    expect(shortcutFor(key('/'), true)).toBeNull();
    expect(shortcutFor(key('?', { shiftKey: true }), true)).toBeNull();
    expect(shortcutFor(key('F1'), true)).toEqual({ kind: 'help' });
  });

  it('knows which focused elements take text', () => {
    const text = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    const area = document.createElement('textarea');
    const button = document.createElement('button');
    expect(isTyping(text)).toBe(true);
    expect(isTyping(area)).toBe(true);
    expect(isTyping(box)).toBe(false);
    expect(isTyping(button)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('lists every action it dispatches in the help table', () => {
    const labels = SHORTCUTS.map((s) => s.label);
    for (const l of ['shortcuts.newCase', 'shortcuts.search', 'shortcuts.screens', 'shortcuts.lock', 'shortcuts.help']) {
      expect(labels).toContain(l);
    }
  });
});
