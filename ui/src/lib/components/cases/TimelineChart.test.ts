import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.svelte';
import type { CaseEvent } from '../../services/cases';
import TimelineChart from './TimelineChart.svelte';

afterEach(() => i18n.setLocale('en'));

const arrest = { id: 'e1', kind: 'provisional_arrest', date: '2026-01-10' } as unknown as CaseEvent;

/** Where the arrest and today are drawn, along the axis. */
function positions(): { event: number; today: number } {
  const { container, unmount } = render(TimelineChart, { props: { events: [arrest], deadlines: [], today: '2026-03-01' } });
  const event = Number(container.querySelector('circle.event')?.getAttribute('cx'));
  const today = Number(container.querySelector('line.today')?.getAttribute('x1'));
  unmount();
  return { event, today };
}

describe('TimelineChart', () => {
  it('runs time left to right in English and right to left in Arabic', () => {
    const ltr = positions();
    expect(ltr.event).toBeLessThan(ltr.today);
    i18n.setLocale('ar');
    const rtl = positions();
    expect(rtl.event).toBeGreaterThan(rtl.today);
    // The same chart, mirrored.
    expect(rtl.event).toBeCloseTo(960 - ltr.event);
  });
});
