// Issue 21.6: dates as the user writes them. Typing 25/11/2026 became 11 December 2026 (the
// native input read it month first and clamped month 25); here each order, ISO, the impossible
// and the ambiguous are pinned.
import { describe, expect, it } from 'vitest';
import { dateText, dateWords, digitsText, momentText, orderOfLocale, parseDate, problemText, type ParsedDate } from './dates.svelte';

const date = (iso: string): ParsedDate => ({ kind: 'date', iso });

describe('parseDate', () => {
  it('reads the day first under DD/MM/YYYY, with any usual separator', () => {
    for (const typed of ['25/11/2026', '25.11.2026', '25-11-2026', '25 11 2026', ' 25. 11. 2026 ', '25/11/2026.']) {
      expect(parseDate(typed, 'day_month_year'), typed).toEqual(date('2026-11-25'));
    }
    expect(parseDate('3/4/2026', 'day_month_year')).toEqual(date('2026-04-03'));
    expect(parseDate('03/04/2026', 'day_month_year')).toEqual(date('2026-04-03'));
  });

  it('reads the month first under MM/DD/YYYY', () => {
    expect(parseDate('11/25/2026', 'month_day_year')).toEqual(date('2026-11-25'));
    expect(parseDate('3/4/2026', 'month_day_year')).toEqual(date('2026-03-04'));
  });

  it('always reads ISO, whatever the order', () => {
    for (const order of ['day_month_year', 'month_day_year', 'year_month_day'] as const) {
      expect(parseDate('2026-11-25', order)).toEqual(date('2026-11-25'));
      expect(parseDate('2026/3/4', order)).toEqual(date('2026-03-04'));
    }
  });

  it('never moves a date: 25/11/2026 typed month first is refused, with the reading that exists', () => {
    const parsed = parseDate('25/11/2026', 'month_day_year');
    expect(parsed).toEqual({ kind: 'problem', problem: { kind: 'no_month', month: 25, swapped: '2026-11-25' } });
    if (parsed.kind !== 'problem') throw new Error('refused');
    const said = problemText(parsed.problem, 'month_day_year');
    expect(said).toContain('no month 25');
    expect(said).toContain('MM/DD/YYYY');
    expect(said).toContain('November 25, 2026');
    expect(said).toContain('11/25/2026');
  });

  it('refuses days a month does not have, and says how many it has', () => {
    const feb = parseDate('31/02/2026', 'day_month_year');
    expect(feb).toEqual({ kind: 'problem', problem: { kind: 'no_day', day: 31, month: 2, year: 2026, last: 28 } });
    if (feb.kind !== 'problem') throw new Error('refused');
    expect(problemText(feb.problem)).toBe('February 2026 has 28 days: there is no day 31.');
    expect(parseDate('31/04/2026', 'day_month_year').kind).toBe('problem');
    expect(parseDate('2026-06-31', 'day_month_year').kind).toBe('problem');
    expect(parseDate('0/5/2026', 'day_month_year').kind).toBe('problem');
  });

  it('refuses month 13 and month 0, with no other reading when none exists', () => {
    expect(parseDate('13/13/2026', 'day_month_year')).toEqual({
      kind: 'problem',
      problem: { kind: 'no_month', month: 13, swapped: null },
    });
    expect(parseDate('2026-13-01', 'month_day_year')).toEqual({
      kind: 'problem',
      problem: { kind: 'no_month', month: 13, swapped: null },
    });
    expect(parseDate('5/0/2026', 'day_month_year').kind).toBe('problem');
  });

  it('knows leap years: 29 February 2024 and 2000 exist, 2026 and 1900 do not', () => {
    expect(parseDate('29/02/2024', 'day_month_year')).toEqual(date('2024-02-29'));
    expect(parseDate('29/02/2000', 'day_month_year')).toEqual(date('2000-02-29'));
    expect(parseDate('29/02/2026', 'day_month_year').kind).toBe('problem');
    expect(parseDate('02/29/1900', 'month_day_year').kind).toBe('problem');
  });

  it('refuses a two-digit year, saying to type it in full', () => {
    const parsed = parseDate('25/11/26', 'day_month_year');
    expect(parsed).toEqual({ kind: 'problem', problem: { kind: 'short_year' } });
    if (parsed.kind !== 'problem') throw new Error('refused');
    expect(problemText(parsed.problem, 'day_month_year')).toContain('25/11/2026');
  });

  it('refuses what is not three numbers', () => {
    for (const typed of ['25/11', '25112026', '25/11/2026/1', 'tomorrow', '25 no 2026', '25 ju 2026', 'Nov 25', '2026-011-25', '123/1/2026', '1/1/202']) {
      expect(parseDate(typed, 'day_month_year'), typed).toEqual({ kind: 'problem', problem: { kind: 'unreadable' } });
    }
  });

  it('reads a month written in words in any order, whatever the setting', () => {
    for (const order of ['day_month_year', 'month_day_year', 'year_month_day'] as const) {
      for (const typed of ['25 November 2026', 'Nov 25, 2026', '25-nov-2026', '2026 Nov. 25', 'november 25 2026', '25 Novem 2026']) {
        expect(parseDate(typed, order), typed).toEqual(date('2026-11-25'));
      }
    }
    expect(parseDate('1 Sept 2026', 'day_month_year')).toEqual(date('2026-09-01'));
    expect(parseDate('31 June 2026', 'day_month_year')).toEqual({
      kind: 'problem',
      problem: { kind: 'no_day', day: 31, month: 6, year: 2026, last: 30 },
    });
    expect(parseDate('25 Nov 26', 'day_month_year')).toEqual({ kind: 'problem', problem: { kind: 'short_year' } });
  });

  it('is empty when nothing is typed', () => {
    expect(parseDate('  ', 'day_month_year')).toEqual({ kind: 'empty' });
  });

  it('under the ISO setting, reads a year-last date when only one reading exists, and asks when two do', () => {
    expect(parseDate('25/11/2026', 'year_month_day')).toEqual(date('2026-11-25'));
    expect(parseDate('11/25/2026', 'year_month_day')).toEqual(date('2026-11-25'));
    expect(parseDate('05/05/2026', 'year_month_day')).toEqual(date('2026-05-05'));
    const both = parseDate('04/05/2026', 'year_month_day');
    expect(both).toEqual({ kind: 'problem', problem: { kind: 'ambiguous', first: '2026-05-04', second: '2026-04-05' } });
    if (both.kind !== 'problem') throw new Error('refused');
    expect(problemText(both.problem, 'year_month_day')).toContain('2026-05-04');
  });

  it('is never ambiguous under a day-first or month-first setting', () => {
    expect(parseDate('04/05/2026', 'day_month_year')).toEqual(date('2026-05-04'));
    expect(parseDate('04/05/2026', 'month_day_year')).toEqual(date('2026-04-05'));
  });

  it('refuses a date outside the bounds a field sets', () => {
    expect(parseDate('26/11/2026', 'day_month_year', { max: '2026-11-25' })).toEqual({
      kind: 'problem',
      problem: { kind: 'too_late', limit: '2026-11-25' },
    });
    expect(parseDate('25/11/2026', 'day_month_year', { max: '2026-11-25' })).toEqual(date('2026-11-25'));
    expect(parseDate('1/1/1899', 'day_month_year', { min: '1900-01-01' }).kind).toBe('problem');
  });
});

describe('the order of a locale', () => {
  it('is month first in the United States, day first in Britain and most of the world', () => {
    expect(orderOfLocale('en-US')).toBe('month_day_year');
    for (const locale of ['en-GB', 'fr', 'fr-FR', 'es', 'es-MX', 'ar', 'ru', 'tr', 'de-DE']) {
      expect(orderOfLocale(locale), locale).toBe('day_month_year');
    }
  });
});

describe('writing dates', () => {
  it('shows digits in the chosen order', () => {
    expect(digitsText('2026-11-05', 'day_month_year')).toBe('05/11/2026');
    expect(digitsText('2026-11-05', 'month_day_year')).toBe('11/05/2026');
    expect(digitsText('2026-11-05', 'year_month_day')).toBe('2026-11-05');
  });

  it('writes the date in words, weekday included, from Intl', () => {
    expect(dateWords('2026-11-25', 'day_month_year')).toBe('Wednesday 25 November 2026');
    expect(dateWords('2026-11-25', 'month_day_year')).toBe('Wednesday, November 25, 2026');
    expect(dateWords('2024-02-29', 'day_month_year')).toBe('Thursday 29 February 2024');
  });

  it('shows dates in lists in the chosen order, the month as a word', () => {
    expect(dateText('2026-11-25', 'day_month_year')).toBe('25 Nov 2026');
    expect(dateText('2026-11-25', 'month_day_year')).toBe('Nov 25, 2026');
    expect(dateText('2026-11-25', 'year_month_day')).toBe('2026-11-25');
    expect(dateText('not a date', 'day_month_year')).toBe('not a date');
  });
});

describe('moments of the audit log', () => {
  it('show the local date in the chosen order, then the time', () => {
    // Vitest runs in UTC unless TZ says otherwise; the date part is what the setting changes.
    const at = '2026-11-25T14:05:09Z';
    const local = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.parse(at));
    expect(momentText(at, 'day_month_year').startsWith(`${dateText(local, 'day_month_year')}, `)).toBe(true);
    expect(momentText(at, 'year_month_day').startsWith(`${local}, `)).toBe(true);
    expect(momentText('not a time', 'day_month_year')).toBe('not a time');
  });
});
