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

describe('TimelineChart trips', () => {
  const trip = {
    id: 'trip-1',
    label: 'Lisbon',
    legs: [
      { date: '2026-04-01', from: 'DE', to: 'PT' },
      { date: '2026-04-09', from: 'PT', to: 'DE' },
    ],
    checked_on: null,
    level: null,
    check_again: true,
    changed: [],
  };

  function draw() {
    return render(TimelineChart, { props: { events: [arrest], deadlines: [], today: '2026-03-01', trips: [trip] } });
  }

  it('draws a trip as a band with each leg’s day marked, and lists the legs in words', () => {
    const { container, getAllByTestId, unmount } = draw();
    const band = container.querySelector('[data-testid="timeline-trip"]');
    expect(band?.getAttribute('data-check-again')).toBe('true');
    expect(getAllByTestId('timeline-trip-leg')).toHaveLength(2);
    const legs = getAllByTestId('timeline-trip-leg-text').map((li) => li.textContent?.trim());
    expect(legs[0]).toContain('Germany');
    expect(legs[0]).toContain('Portugal');
    expect(legs[1]).toContain('2026');
    expect(legs[1]).toMatch(/Portugal to Germany$/);
    // The trip lies after today, which lies after the arrest: the band is right of today.
    const line = container.querySelector('line.trip');
    const today = Number(container.querySelector('line.today')?.getAttribute('x1'));
    expect(Number(line?.getAttribute('x1'))).toBeGreaterThan(today);
    unmount();
  });

  it('mirrors the trip in Arabic', () => {
    i18n.setLocale('ar');
    const { container, unmount } = draw();
    const line = container.querySelector('line.trip');
    const today = Number(container.querySelector('line.today')?.getAttribute('x1'));
    expect(Number(line?.getAttribute('x1'))).toBeLessThan(today);
    unmount();
  });
});
