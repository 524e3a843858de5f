// Issue 21.6: the one date field. Typing 25/11/2026 became 11 December 2026 with the native
// input; here it is read in the user's order, said in words beside the field, and what does
// not exist is refused there, never clamped, never saved.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { dateFormat } from '../i18n/dates.svelte';
import DateField from './DateField.svelte';
import DateFieldForm from './fixtures/DateFieldForm.svelte';

afterEach(() => {
  dateFormat.chosen = null;
});

function form(value: string | null = null) {
  const sent: (string | null)[] = [];
  const props = { value: value as string | null };
  const { rerender } = render(DateFieldForm, {
    props: { value, submitted: (v: string | null) => sent.push(v), seen: (v: string | null) => (props.value = v) },
  });
  return { props, sent, rerender, input: screen.getByTestId('when') as HTMLInputElement };
}

describe('the date field', () => {
  it('reads 25/11/2026 day first and says it in words beside the field', async () => {
    dateFormat.chosen = 'day_month_year';
    const { props, input } = form();
    expect(input.placeholder).toBe('DD/MM/YYYY');
    await fireEvent.input(input, { target: { value: '25/11/2026' } });
    expect(props.value).toBe('2026-11-25');
    expect(screen.getByTestId('date-words').textContent).toBe('Wednesday 25 November 2026');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByTestId('date-words').parentElement?.id);
  });

  it('under MM/DD/YYYY refuses 25/11/2026 with the reason, instead of moving it to December', async () => {
    dateFormat.chosen = 'month_day_year';
    const { props, input } = form();
    await fireEvent.input(input, { target: { value: '25/11/2026' } });
    expect(props.value).toBeNull();
    await fireEvent.blur(input);
    const said = screen.getByTestId('date-problem');
    expect(said.textContent).toContain('There is no month 25');
    expect(said.textContent).toContain('November 25, 2026');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.validationMessage).toBe(said.textContent);
  });

  it('stops the form from saving an impossible date, says why and goes to the field', async () => {
    dateFormat.chosen = 'day_month_year';
    const { props, sent, input } = form('2026-11-02');
    expect(input.value).toBe('02/11/2026');
    await fireEvent.input(input, { target: { value: '31/02/2026' } });
    // The model never keeps a date other than the one on screen.
    expect(props.value).toBeNull();
    await fireEvent.submit(screen.getByTestId('form'));
    expect(sent).toEqual([]);
    expect(screen.getByTestId('date-problem').textContent).toBe('February 2026 has 28 days: there is no day 31.');
    expect(document.activeElement).toBe(input);
    await fireEvent.input(input, { target: { value: '28.02.2026' } });
    await fireEvent.submit(screen.getByTestId('form'));
    expect(sent).toEqual(['2026-02-28']);
  });

  it('redraws when the value changes elsewhere, and when the order changes', async () => {
    dateFormat.chosen = 'day_month_year';
    const { rerender, input } = form('2026-11-25');
    expect(input.value).toBe('25/11/2026');
    await rerender({ value: '2024-02-29' });
    expect(input.value).toBe('29/02/2024');
    dateFormat.chosen = 'month_day_year';
    flushSync();
    expect(input.value).toBe('02/29/2024');
    expect(screen.getByTestId('date-words').textContent).toBe('Thursday, February 29, 2024');
    dateFormat.chosen = 'year_month_day';
    flushSync();
    expect(input.value).toBe('2024-02-29');
  });

  it('empties to null, and accepts ISO whatever the order', async () => {
    dateFormat.chosen = 'month_day_year';
    const changed: (string | null)[] = [];
    render(DateField, { props: { value: '2026-11-25', onchange: (v: string | null) => changed.push(v), testid: 'd' } });
    const input = screen.getByTestId('d') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: '' } });
    await fireEvent.input(input, { target: { value: '2026-11-25' } });
    expect(changed).toEqual([null, '2026-11-25']);
  });

  it('refuses a date after the field\'s latest (a birth date after today)', async () => {
    dateFormat.chosen = 'day_month_year';
    const changed: (string | null)[] = [];
    render(DateField, { props: { max: '2026-11-25', onchange: (v: string | null) => changed.push(v), testid: 'd' } });
    const input = screen.getByTestId('d');
    await fireEvent.input(input, { target: { value: '26/11/2026' } });
    await fireEvent.blur(input);
    expect(changed).toEqual([]);
    expect(screen.getByTestId('date-problem').textContent).toBe('This date is after 25 Nov 2026, the latest possible here.');
  });
});
