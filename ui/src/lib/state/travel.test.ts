// The travel state (issue 18): trips listed, an itinerary saved as a new trip or over a saved
// one, a check kept with what changed, the brief exported, the reminder the core raises, and the
// map rebuilt from an allow-list. The fixture is what the real core answered (made with the
// `habeas` CLI, see its `_about`).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import fixture from '../components/fixtures/travel-case.json';
import { TravelState, mapDrawing, tripFormComplete } from './travel.svelte';

afterEach(() => {
  clearMocks();
});

const caseId = fixture.view.case.id;
const lisbon = fixture.trips.find((e) => e.trip.label === 'Conference in Lisbon');
const family = fixture.trips.find((e) => e.trip.label === 'Family visit');

function core(calls: { cmd: string; args: unknown }[]) {
  return (cmd: string, args: unknown): unknown => {
    calls.push({ cmd, args });
    if (cmd === 'trip_list') return fixture.trips;
    if (cmd === 'trip_add') return { ...family?.trip, id: 'trip-new' };
    if (cmd === 'trip_save') return (args as { trip: unknown }).trip;
    if (cmd === 'trip_delete') return null;
    if (cmd === 'travel_check') return fixture.first;
    if (cmd === 'travel_brief_export') return 'travel-check-2026-11-29.pdf';
    throw { code: 'invalid_input', message: `unexpected ${cmd}` };
  };
}

describe('TravelState', () => {
  it('lists the trips and says which the core asks to check again before departure', async () => {
    mockIPC(core([]));
    const s = new TravelState();
    await s.load(caseId);
    expect(s.trips.map((e) => e.trip.label)).toEqual(['Family visit', 'Conference in Lisbon']);
    expect(s.dueForCheck.map((e) => e.trip.label)).toEqual(['Family visit']);
  });

  it('refuses to save an itinerary with a leg missing its day or a country, and sends a complete one', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC(core(calls));
    const s = new TravelState();
    await s.load(caseId);
    s.form.label = 'Athens';
    s.form.legs[0] = { date: '2026-12-10', from: 'DE', to: 'GR', transits: ['AT'] };
    s.addLeg();
    // A new leg starts where the last one ended.
    expect(s.form.legs[1]?.from).toBe('GR');
    expect(tripFormComplete(s.form)).toBe(false);
    expect(await s.save()).toBe(false);
    expect(calls.some((c) => c.cmd === 'trip_add')).toBe(false);

    s.form.legs[1] = { date: '2026-12-14', from: 'GR', to: 'DE', transits: [] };
    expect(await s.save()).toBe(true);
    const sent = calls.find((c) => c.cmd === 'trip_add');
    expect(sent?.args).toEqual({
      caseId,
      trip: {
        label: 'Athens',
        legs: [
          { date: '2026-12-10', from: 'DE', to: 'GR', transits: ['AT'] },
          { date: '2026-12-14', from: 'GR', to: 'DE', transits: [] },
        ],
        country_notes: [],
      },
    });
    expect(s.form.id).toBe('trip-new');
  });

  it('saves an edited trip over the saved one, keeping its id, notes and last check', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC(core(calls));
    const s = new TravelState();
    await s.load(caseId);
    s.edit(lisbon?.trip.id ?? '');
    expect(s.form.legs).toHaveLength(2);
    s.removeLeg(1);
    expect(await s.save()).toBe(true);
    const sent = calls.find((c) => c.cmd === 'trip_save')?.args as { trip: { id: string; legs: unknown[]; last_check: unknown } };
    expect(sent.trip.id).toBe(lisbon?.trip.id);
    expect(sent.trip.legs).toEqual([lisbon?.trip.legs[0]]);
    expect(sent.trip.last_check).toEqual(lisbon?.trip.last_check);
    expect(calls.some((c) => c.cmd === 'trip_add')).toBe(false);
  });

  it('checks a trip, lists the trips again, and exports the brief', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC(core(calls));
    const s = new TravelState();
    await s.load(caseId);
    await s.check(lisbon?.trip.id ?? '');
    expect(s.outcome?.check.level).toBe('high');
    expect(calls.map((c) => c.cmd)).toEqual(['trip_list', 'travel_check', 'trip_list']);
    await s.exportBrief(lisbon?.trip.id ?? '');
    expect(calls.at(-1)).toEqual({ cmd: 'travel_brief_export', args: { tripId: lisbon?.trip.id } });
    expect(s.exported).toBe('travel-check-2026-11-29.pdf');
  });

  it('keeps the refusal to show and forgets everything when cleared (a lock)', async () => {
    mockIPC((cmd) => {
      if (cmd === 'trip_list') return fixture.trips;
      throw { code: 'not_found', message: 'This trip is not in the vault.' };
    });
    const s = new TravelState();
    await s.load(caseId);
    await s.check('trip-gone');
    expect(s.outcome).toBeNull();
    expect(s.error?.message).toBe('This trip is not in the vault.');
    s.clear();
    expect(s.trips).toEqual([]);
    expect(s.error).toBeNull();
    expect(s.caseId).toBeNull();
  });
});

describe('mapDrawing', () => {
  it('keeps the core’s real map whole: every country shape, its title and the hatch patterns', () => {
    const map = mapDrawing(fixture.first.map_svg);
    expect(map?.localName).toBe('svg');
    const source = new DOMParser().parseFromString(fixture.first.map_svg, 'image/svg+xml');
    expect(map?.querySelectorAll('path').length).toBe(source.querySelectorAll('path').length);
    expect(map?.querySelectorAll('title').length).toBe(source.querySelectorAll('title').length);
    expect(map?.querySelectorAll('pattern').length).toBe(3);
    const hatched = (root: ParentNode | null | undefined) =>
      Array.from(root?.querySelectorAll('path') ?? []).filter((p) => p.getAttribute('fill')?.startsWith('url(#h-')).length;
    expect(hatched(map)).toBe(hatched(source));
    expect(hatched(map)).toBeGreaterThan(0);
  });

  it('drops scripts, event handlers, links, foreign content and outside references', () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">' +
      '<script>alert(2)</script><a href="https://example.org"><rect width="5" height="5"/></a>' +
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
      '<image href="https://example.org/x.png"/><use xlink:href="#p"/>' +
      '<path d="M0 0L1 1" fill="url(https://example.org/p.svg#x)" style="fill:red"/>' +
      '<g><title>Kept</title><path d="M1 1L2 2" fill="url(#h-cross)"/></g></svg>';
    const map = mapDrawing(hostile);
    const html = map?.outerHTML ?? '';
    expect(html).not.toMatch(/script|onload|href|foreignObject|image|use|example\.org|style/);
    expect(map?.querySelector('title')?.textContent).toBe('Kept');
    expect(map?.querySelectorAll('path')).toHaveLength(2);
    expect(map?.querySelector('[fill="url(#h-cross)"]')).not.toBeNull();
  });

  it('gives nothing for text that is not an SVG drawing', () => {
    expect(mapDrawing('<html><body>no</body></html>')).toBeNull();
    expect(mapDrawing('not even markup')).toBeNull();
  });
});
