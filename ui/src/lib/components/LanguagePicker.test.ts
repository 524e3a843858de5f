import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';

const saved = vi.hoisted(() => [] as string[]);
vi.mock('../services/language', () => ({
  deviceLanguage: vi.fn(async () => ({ ok: true, value: 'en' })),
  setLanguage: vi.fn(async (l: string) => {
    saved.push(l);
    return { ok: true, value: null };
  }),
}));

import { i18n } from '../i18n/i18n.svelte';
import LanguagePicker from './LanguagePicker.svelte';

afterEach(() => i18n.setLocale('en'));

describe('LanguagePicker', () => {
  it('names each language in itself, switches the whole page, and says a draft is unreviewed', async () => {
    render(LanguagePicker);
    const select = screen.getByTestId('language') as HTMLSelectElement;
    const names = [...select.options].map((o) => o.textContent);
    expect(names).toContain('Français');
    expect(names).toContain('Русский');
    expect(names.some((n) => n?.includes('العربية'))).toBe(true);
    expect(screen.queryByTestId('language-unreviewed')).toBeNull();

    await fireEvent.change(select, { target: { value: 'ar' } });
    expect(i18n.locale).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(saved).toEqual(['ar']);
    expect(screen.getByText('لغة التطبيق')).toBeTruthy();
    expect(screen.getByTestId('language-unreviewed').textContent).toContain('فريق Habeas');
  });
});
