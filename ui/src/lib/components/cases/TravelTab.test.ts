// The Travel tab and the reminder on the case overview (issue 18), on what the real core
// answered (fixtures/travel-case.json, made with the `habeas` CLI: see its `_about`).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { cases } from '../../state/cases.svelte';
import { navigation } from '../../state/navigation.svelte';
import { travel } from '../../state/travel.svelte';
import fixture from '../fixtures/travel-case.json';
import CaseWorkspaceScreen from '../screens/CaseWorkspaceScreen.svelte';

afterEach(() => {
  clearMocks();
  cases.clear();
  travel.clear();
  navigation.caseTab = 'overview';
});

const lisbon = fixture.trips.find((e) => e.trip.label === 'Conference in Lisbon');
const second = { ...fixture.second, map_svg: fixture.first.map_svg };
const LEVEL_LABELS = ['Highest', 'High', 'Raised', 'Lower, not safe'];

function core(calls: { cmd: string; args: unknown }[]) {
  let checks = 0;
  return (cmd: string, args: unknown): unknown => {
    calls.push({ cmd, args });
    if (cmd === 'case_view') return fixture.view;
    if (cmd === 'countries')
      return [
        { code: 'DE', name: 'Germany', interpol_member: true },
        { code: 'FR', name: 'France', interpol_member: true },
        { code: 'PT', name: 'Portugal', interpol_member: true },
        { code: 'GR', name: 'Greece', interpol_member: true },
      ];
    if (cmd === 'trip_list') return fixture.trips;
    if (cmd === 'travel_check') return checks++ === 0 ? fixture.first : second;
    if (cmd === 'travel_brief_export') return null;
    if (cmd === 'trip_add') throw new Error('no trip may be sent incomplete');
    if (cmd === 'trip_save') return (args as { trip: unknown }).trip;
    return [];
  };
}

async function openCase(calls: { cmd: string; args: unknown }[]): Promise<void> {
  mockIPC(core(calls));
  cases.countries = [
    { code: 'DE', name: 'Germany', interpol_member: true },
    { code: 'FR', name: 'France', interpol_member: true },
    { code: 'PT', name: 'Portugal', interpol_member: true },
  ];
  await cases.open(fixture.view.case.id);
  render(CaseWorkspaceScreen);
}

describe('the Travel tab', () => {
  it('is reached from the overview’s reminder for a trip departing soon and never checked', async () => {
    await openCase([]);
    const reminder = await screen.findByTestId('travel-reminder');
    expect(reminder.textContent).toContain('Family visit departs');
    expect(reminder.textContent).toContain('Never checked.');
    await fireEvent.click(within(reminder).getByRole('button', { name: 'Open the Travel tab' }));
    expect(await screen.findByTestId('travel-tab')).toBeTruthy();
    expect(screen.queryByText(/not built/i)).toBeNull();
    // The reminder is said on the tab too; the Lisbon trip, checked today, asks nothing.
    expect(screen.getAllByTestId('travel-reminder')).toHaveLength(1);
    expect(within(screen.getByTestId('travel-trips')).getByText('Conference in Lisbon')).toBeTruthy();
  });

  it('checks a trip: per country the level in words, every reason with confidence and source, what to carry, the map and its text equivalent', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    await openCase(calls);
    navigation.caseTab = 'travel';
    const trips = await screen.findByTestId('travel-trips');
    const row = within(trips).getByText('Conference in Lisbon').closest('li') as HTMLElement;
    await fireEvent.click(within(row).getByTestId('travel-check'));
    const result = await screen.findByTestId('travel-result');
    expect(calls.find((c) => c.cmd === 'travel_check')?.args).toEqual({ tripId: lisbon?.trip.id });

    expect(screen.getByTestId('travel-trip-level').textContent).toContain('Level of the trip: High');
    const rows = screen.getAllByTestId('travel-country');
    expect(rows.map((r) => r.querySelector('th')?.textContent.trim().split(/\s+/)[0])).toEqual(['Germany', 'France', 'Portugal']);
    for (const [i, country] of fixture.first.check.countries.entries()) {
      const row = rows[i] as HTMLElement;
      const level = row.querySelector('.level')?.textContent ?? '';
      expect(LEVEL_LABELS).toContain(level);
      expect(level).not.toBe('Safe');
      // Each reason, with its confidence in words and where it was read.
      const reasons = row.querySelectorAll('.reasons li');
      expect(reasons).toHaveLength(country.reasons.length);
      for (const [j, reason] of country.reasons.entries()) {
        expect(reasons[j]?.textContent).toContain(reason.text);
        expect(reasons[j]?.textContent).toContain(`Source: ${reason.source}`);
      }
    }
    expect(within(rows[2] as HTMLElement).getByText('High')).toBeTruthy();
    expect(result.textContent).toContain('Verified source');
    expect(screen.getByTestId('travel-carry').textContent).toContain('Your refugee travel document');
    expect(screen.getByTestId('travel-changes').textContent).toContain('first check');

    // The map is drawn, hidden from screen readers (the table says the same), with no script.
    const map = screen.getByTestId('travel-map');
    expect(map.getAttribute('aria-hidden')).toBe('true');
    const drawn = new DOMParser().parseFromString(fixture.first.map_svg, 'image/svg+xml');
    expect(map.querySelectorAll('svg path').length).toBe(drawn.querySelectorAll('path').length);
    expect(map.querySelectorAll('svg path').length).toBeGreaterThan(10);
    expect(map.querySelector('script')).toBeNull();

    // Checked again: what changed since the check before.
    await fireEvent.click(within(row).getByTestId('travel-check'));
    await waitFor(() => expect(screen.getByTestId('travel-changes').tagName).toBe('UL'));
    const changes = screen.getByTestId('travel-changes').textContent;
    expect(changes).toContain('France: level changed from Raised to High.');

    await fireEvent.click(screen.getByTestId('travel-export'));
    expect(await screen.findByText('Export cancelled: nothing was written.')).toBeTruthy();
    expect(calls.at(-1)).toEqual({ cmd: 'travel_brief_export', args: { tripId: lisbon?.trip.id } });
  });

  it('says what a leg lacks and sends nothing while it lacks it', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    await openCase(calls);
    navigation.caseTab = 'travel';
    await screen.findByTestId('travel-trips');
    await fireEvent.change(screen.getByTestId('leg-0-from'), { target: { value: 'DE' } });
    await fireEvent.change(screen.getByTestId('leg-0-to'), { target: { value: 'PT' } });
    await fireEvent.click(screen.getByTestId('trip-add-leg'));
    expect(screen.getAllByTestId('trip-leg')).toHaveLength(2);
    expect((screen.getByTestId('leg-1-from') as HTMLSelectElement).value).toBe('PT');
    await fireEvent.submit(screen.getByTestId('travel-form'));
    expect(screen.getAllByText('Each leg needs its day, where from and where to.')).toHaveLength(2);
    expect(calls.some((c) => c.cmd === 'trip_add')).toBe(false);
  });

  it('edits the notes on countries with the trip, and the reminder says what changed since the check', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    // The core says the notes changed after the Lisbon trip's check.
    const trips = fixture.trips.map((e) =>
      e.trip.id === lisbon?.trip.id ? { ...e, check_again: true, changed: ['Your notes on countries’ practice changed.'] } : e,
    );
    const base = core(calls);
    mockIPC((cmd, args) => (cmd === 'trip_list' ? trips : base(cmd, args)));
    cases.countries = [
      { code: 'DE', name: 'Germany', interpol_member: true },
      { code: 'PT', name: 'Portugal', interpol_member: true },
    ];
    await cases.open(fixture.view.case.id);
    render(CaseWorkspaceScreen);
    navigation.caseTab = 'travel';
    const reminders = await screen.findAllByTestId('travel-reminder');
    const changed = reminders.map((r) => r.querySelector('[data-testid="travel-reminder-changed"]')?.textContent ?? '').join(' ');
    expect(changed).toContain('Your notes on countries’ practice changed.');

    const row = within(screen.getByTestId('travel-trips')).getByText('Conference in Lisbon').closest('li') as HTMLElement;
    await fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    await fireEvent.click(screen.getByTestId('trip-add-note'));
    // A note without its country is not sent.
    await fireEvent.input(screen.getByTestId('note-0-text'), { target: { value: 'Airport police check Diffusions.' } });
    await fireEvent.submit(screen.getByTestId('travel-form'));
    expect(screen.getByText('Each note needs its country and a text.')).toBeTruthy();
    expect(calls.some((c) => c.cmd === 'trip_save')).toBe(false);
    await fireEvent.change(screen.getByTestId('note-0-country'), { target: { value: 'PT' } });
    await fireEvent.submit(screen.getByTestId('travel-form'));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'trip_save')).toBe(true));
    const sent = calls.find((c) => c.cmd === 'trip_save')?.args as { trip: { country_notes: unknown[] } };
    expect(sent.trip.country_notes).toEqual([
      ...(lisbon?.trip.country_notes ?? []),
      { country: 'PT', note: 'Airport police check Diffusions.' },
    ]);
  });
});
