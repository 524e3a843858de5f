import { describe, expect, it } from 'vitest';
import { Navigation } from './navigation.svelte';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('Navigation', () => {
  it('jumps to a screen with Ctrl+digit and ignores other keys', () => {
    const nav = new Navigation();
    expect(nav.handleShortcut(key('4', { ctrlKey: true }))).toBe(true);
    expect(nav.screen).toBe('settings');
    expect(nav.handleShortcut(key('2'))).toBe(false);
    expect(nav.handleShortcut(key('9', { ctrlKey: true }))).toBe(false);
    expect(nav.handleShortcut(key('1', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(nav.screen).toBe('settings');
  });

  it('moves between tabs with arrows, wrapping, mirrored right to left', () => {
    const nav = new Navigation();
    nav.moveTab('ArrowLeft', 'ltr');
    expect(nav.caseTab).toBe('history');
    nav.moveTab('ArrowLeft', 'rtl');
    expect(nav.caseTab).toBe('overview');
    nav.moveTab('End', 'ltr');
    expect(nav.caseTab).toBe('history');
    nav.moveTab('Home', 'ltr');
    expect(nav.caseTab).toBe('overview');
    expect(nav.moveTab('x', 'ltr')).toBe(false);
  });
});
