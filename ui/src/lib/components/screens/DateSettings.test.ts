// Issue 21.6: the date order is a setting of the vault, read at unlock, saved from Settings, and
// followed at once by every date field and list; locking forgets it.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { dateFormat, dateText } from '../../i18n/dates.svelte';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import Shell from '../Shell.svelte';

afterEach(() => {
  clearMocks();
  navigation.go('vault');
  session.unlocked = false;
  dateFormat.chosen = null;
});

describe('the date order setting', () => {
  it('is read at unlock, saved from Settings, followed at once, and forgotten at lock', async () => {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'vault_status') return { unlocked: true, dir: '/v' };
      if (cmd === 'settings_get') return { auto_lock_minutes: 10, auto_lock_min: 1, auto_lock_max: 480, date_order: 'year_month_day' };
      if (cmd === 'settings_set_date_order') saved.push(args);
      if (cmd === 'app_info')
        return { app_version: '1', core: { core_version: '1', os: 'linux', arch: 'x86_64', release_build: true }, core_dumps: 'disabled' };
      return null;
    });
    render(Shell);
    await waitFor(() => expect(dateFormat.chosen).toBe('year_month_day'));
    expect(dateText('2026-11-25')).toBe('2026-11-25');
    navigation.go('settings');
    const choice = (await screen.findByTestId('date-order-choice')) as HTMLSelectElement;
    expect(choice.value).toBe('year_month_day');
    await fireEvent.change(choice, { target: { value: 'day_month_year' } });
    await waitFor(() => expect(saved).toEqual([{ order: 'day_month_year' }]));
    expect((await screen.findByTestId('date-order-saved')).textContent).toContain('DD/MM/YYYY');
    expect(dateText('2026-11-25')).toBe('25 Nov 2026');
    // Back to the system's order: null is saved, not a guess.
    await fireEvent.change(choice, { target: { value: '' } });
    await waitFor(() => expect(saved).toEqual([{ order: 'day_month_year' }, { order: null }]));
    expect(dateFormat.chosen).toBeNull();
    dateFormat.chosen = 'month_day_year';
    await session.lock();
    expect(dateFormat.chosen).toBeNull();
  });
});
