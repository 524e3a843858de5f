import { describe, expect, it } from 'vitest';
import { Navigation } from './navigation.svelte';

describe('Navigation', () => {
  it('carries a shortcut request to the cases screen, which takes it once', () => {
    const nav = new Navigation();
    nav.request('newCase');
    expect(nav.screen).toBe('cases');
    expect(nav.take('search')).toBe(false);
    expect(nav.take('newCase')).toBe(true);
    expect(nav.take('newCase')).toBe(false);
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
