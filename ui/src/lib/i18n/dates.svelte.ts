// Dates as the user writes and reads them (issue 21.6).
//
// The webview's native date input orders its fields by the webview's locale (en-US here), and
// clamps what does not fit: 25/11/2026 typed by a European became 11 December 2026. Every date
// field is instead a text field read by `parseDate` in the order the user chose (a setting of
// the vault, defaulting from the system locale), which accepts what people type (/ . - or
// spaces, one- or two-digit day and month, ISO always, a month in words in the UI language,
// in any order), refuses what does not exist and says
// why, and never moves a date silently. The model keeps ISO (YYYY-MM-DD); only entry and display
// follow the order.
//
// A small parser rather than a library: date-fns' `parse` reads one pattern at a time, so the
// separators and digit counts above would take a dozen patterns tried in turn, and it would
// still not tell "no month 13" from "no 31 February" for the message. Month and weekday names
// come from Intl, never from a hand-written list.

import { i18n, t } from './i18n.svelte';
import type { DateOrder } from '../bindings';

export type { DateOrder } from '../bindings';

/** The orders offered in Settings, in the order shown. */
export const DATE_ORDERS: readonly DateOrder[] = ['day_month_year', 'month_day_year', 'year_month_day'];

// Regions whose everyday numeric dates put the month first (CLDR's short date patterns: the
// United States and its territories, the Philippines, Belize, Palau, the Marshall Islands,
// Micronesia). Everywhere else in what Habeas' users write, the day comes first, or the year.
const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'PH', 'BZ', 'PW', 'MH', 'FM']);

/**
 * The order a locale writes numeric dates in, asked of Intl (the position of the day and the
 * month in its short date), with the month-first regions above as a fallback for an Intl that
 * cannot say. "en-US" → month first; "en-GB", "fr", "es", "ar", "ru" → day first; "zh", "ja",
 * "ko", "hu", "lt", "sv" → year first.
 */
export function orderOfLocale(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(Date.UTC(2026, 10, 25))
      .map((p) => p.type);
    const y = parts.indexOf('year');
    const m = parts.indexOf('month');
    const d = parts.indexOf('day');
    if (y >= 0 && m >= 0 && d >= 0) {
      if (y < m && m < d) return 'year_month_day';
      if (m < d) return 'month_day_year';
      return 'day_month_year';
    }
  } catch {
    // An unknown tag: fall through to the region list.
  }
  const region = locale.split(/[-_]/)[1]?.toUpperCase() ?? '';
  return MONTH_FIRST_REGIONS.has(region) ? 'month_day_year' : 'day_month_year';
}

/** The system's order, from the webview's language (navigator.language). */
export function systemOrder(): DateOrder {
  const language = typeof navigator !== 'undefined' ? navigator.language : '';
  return orderOfLocale(language || 'en-GB');
}

/** The order in use: the vault's setting once unlocked, else the system's. */
class DateFormat {
  /** The vault's setting; null follows the system. */
  chosen = $state<DateOrder | null>(null);
  system = $state<DateOrder>(systemOrder());
  order = $derived<DateOrder>(this.chosen ?? this.system);
}

export const dateFormat = new DateFormat();

/** A calendar date, checked to exist. */
interface Ymd {
  year: number;
  month: number;
  day: number;
}

export type DateProblem =
  /** Not three numbers, or not in a shape we read. */
  | { kind: 'unreadable' }
  /** A year of two digits: 26 could be 1926 or 2026. */
  | { kind: 'short_year' }
  /** A month outside 1–12; `swapped` is the date read in the other order, when that exists. */
  | { kind: 'no_month'; month: number; swapped: string | null }
  /** A day beyond the month's last (31 February, 31 April, 29 February of a common year). */
  | { kind: 'no_day'; day: number; month: number; year: number; last: number }
  /** Under the year-first setting, a day-or-month-first date whose two readings both exist. */
  | { kind: 'ambiguous'; first: string; second: string }
  /** Before `min` or after `max`. */
  | { kind: 'too_early'; limit: string }
  | { kind: 'too_late'; limit: string };

export type ParsedDate =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'problem'; problem: DateProblem };

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function isoOf({ year, month, day }: Ymd): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date of an ISO string, or null when it is not one that exists. */
export function ymdOf(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return check(ymd) === null ? ymd : null;
}

/** Why a year, month and day are not a date, or null when they are one. */
function check({ year, month, day }: Ymd): DateProblem | null {
  if (year < 1) return { kind: 'unreadable' };
  if (month < 1 || month > 12) return { kind: 'no_month', month, swapped: null };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { kind: 'no_day', day, month, year, last };
  return null;
}

/**
 * Reads what the user typed, in `order`. A four-digit first number is always year-month-day
 * (ISO, whatever the setting). Otherwise the year comes last, in full, and the day and month
 * come in the chosen order; under the year-first setting, such a date is read whichever way
 * exists, and called ambiguous only when both ways exist and differ (04/05/2026).
 */
export function parseDate(
  text: string,
  order: DateOrder,
  bounds: { min?: string | null; max?: string | null } = {},
): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/\p{L}/u.test(trimmed)) return within(withMonthName(trimmed), bounds);
  if (!/^[\d\s./-]+$/.test(trimmed)) return problem({ kind: 'unreadable' });
  const parts = trimmed.split(/[\s./-]+/).filter((p) => p !== '');
  const [a, b, c] = parts;
  if (parts.length !== 3 || a === undefined || b === undefined || c === undefined) {
    return problem({ kind: 'unreadable' });
  }
  let found: { ymd: Ymd } | { problem: DateProblem };
  if (a.length === 4) {
    if (b.length > 2 || c.length > 2) return problem({ kind: 'unreadable' });
    found = readAs({ year: Number(a), month: Number(b), day: Number(c) }, null);
  } else {
    if (a.length > 2 || b.length > 2) return problem({ kind: 'unreadable' });
    if (c.length === 2) return problem({ kind: 'short_year' });
    if (c.length !== 4) return problem({ kind: 'unreadable' });
    const year = Number(c);
    const dayFirst = { year, month: Number(b), day: Number(a) };
    const monthFirst = { year, month: Number(a), day: Number(b) };
    if (order === 'day_month_year') found = readAs(dayFirst, monthFirst);
    else if (order === 'month_day_year') found = readAs(monthFirst, dayFirst);
    else found = eitherWay(dayFirst, monthFirst);
  }
  return within(found, bounds);
}

/** The date found, checked against the field's bounds. */
function within(
  found: { ymd: Ymd } | { problem: DateProblem },
  bounds: { min?: string | null; max?: string | null },
): ParsedDate {
  if ('problem' in found) return problem(found.problem);
  const iso = isoOf(found.ymd);
  if (bounds.min && iso < bounds.min) return problem({ kind: 'too_early', limit: bounds.min });
  if (bounds.max && iso > bounds.max) return problem({ kind: 'too_late', limit: bounds.max });
  return { kind: 'date', iso };
}

/**
 * The month named by `word` in the UI language (Intl's names, long or short, or the first three
 * letters or more of the long name: "nov", "Sept", "November"), or null.
 */
function monthNamed(word: string): number | null {
  const fold = (w: string) => w.normalize('NFC').toLocaleLowerCase(i18n.locale).replace(/\.$/, '');
  const typed = fold(word);
  if (typed.length < 3) return null;
  const found = Array.from({ length: 12 }, (_, i) => i + 1).filter((month) => {
    const long = fold(partsOf({ year: 2026, month, day: 1 }, { month: 'long' }).month ?? '');
    const short = fold(partsOf({ year: 2026, month, day: 1 }, { month: 'short' }).month ?? '');
    return typed === short || long.startsWith(typed);
  });
  const [only] = found;
  return found.length === 1 && only !== undefined ? only : null;
}

/**
 * A date written with its month in words, in any order ("25 November 2026", "Nov 25, 2026",
 * "2026 nov 25"): the word settles which number is the month, so no order setting is needed.
 */
function withMonthName(text: string): { ymd: Ymd } | { problem: DateProblem } {
  const parts = text.split(/[\s.,/-]+/).filter((p) => p !== '');
  const words = parts.filter((p) => /\p{L}/u.test(p));
  const numbers = parts.filter((p) => /^\d+$/.test(p));
  const [word] = words;
  const month = word === undefined ? null : monthNamed(word);
  if (parts.length !== 3 || words.length !== 1 || numbers.length !== 2 || month === null) {
    return { problem: { kind: 'unreadable' } };
  }
  const year = numbers.find((n) => n.length === 4);
  const day = numbers.find((n) => n.length <= 2 && n !== year);
  if (year === undefined) {
    return { problem: numbers.some((n) => n.length === 2) ? { kind: 'short_year' } : { kind: 'unreadable' } };
  }
  if (day === undefined) return { problem: { kind: 'unreadable' } };
  return readAs({ year: Number(year), month, day: Number(day) }, null);
}

function problem(p: DateProblem): ParsedDate {
  return { kind: 'problem', problem: p };
}

/** The date `ymd`, or why not; a missing month offers the other order's reading when it exists. */
function readAs(ymd: Ymd, other: Ymd | null): { ymd: Ymd } | { problem: DateProblem } {
  const wrong = check(ymd);
  if (wrong === null) return { ymd };
  if (wrong.kind === 'no_month' && other && check(other) === null) {
    return { problem: { ...wrong, swapped: isoOf(other) } };
  }
  return { problem: wrong };
}

function eitherWay(dayFirst: Ymd, monthFirst: Ymd): { ymd: Ymd } | { problem: DateProblem } {
  const d = check(dayFirst) === null;
  const m = check(monthFirst) === null;
  if (d && m && isoOf(dayFirst) !== isoOf(monthFirst)) {
    return { problem: { kind: 'ambiguous', first: isoOf(dayFirst), second: isoOf(monthFirst) } };
  }
  if (d) return { ymd: dayFirst };
  if (m) return { ymd: monthFirst };
  return readAs(dayFirst, null);
}

/** An ISO date in digits in `order`, as the field shows it: 25/11/2026, 11/25/2026, 2026-11-25. */
export function digitsText(iso: string, order: DateOrder = dateFormat.order): string {
  const ymd = ymdOf(iso);
  if (!ymd) return iso;
  const d = pad(ymd.day, 2);
  const m = pad(ymd.month, 2);
  const y = pad(ymd.year, 4);
  if (order === 'day_month_year') return `${d}/${m}/${y}`;
  if (order === 'month_day_year') return `${m}/${d}/${y}`;
  return `${y}-${m}-${d}`;
}

/** The pattern shown as the field's hint: DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD. */
export function patternText(order: DateOrder = dateFormat.order): string {
  return t(`date.pattern.${order}`);
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function partsOf(ymd: Ymd, options: Intl.DateTimeFormatOptions): Parts {
  // Date.UTC reads years 0–99 as 1900–1999; 400 Gregorian years later is the same calendar,
  // exactly 146 097 days on.
  const time = Date.UTC(ymd.year + 400, ymd.month - 1, ymd.day) - 146_097 * 86_400_000;
  const parts: Parts = {};
  for (const p of new Intl.DateTimeFormat(i18n.intl, { ...options, timeZone: 'UTC' }).formatToParts(time)) {
    if (p.type !== 'literal') parts[p.type] = p.value;
  }
  return parts;
}

/**
 * A date in words, in the UI language and the user's order: "Wednesday 25 November 2026",
 * "Wednesday, November 25, 2026". Year-first users read it day first: words have no ISO order,
 * and day-month-year is the one most of the world reads.
 */
export function dateWords(iso: string, order: DateOrder = dateFormat.order): string {
  const ymd = ymdOf(iso);
  if (!ymd) return iso;
  const p = partsOf(ymd, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return order === 'month_day_year'
    ? `${p.weekday}, ${p.month} ${p.day}, ${p.year}`
    : `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/**
 * A date as lists and sentences show it, in the user's order: "25 Nov 2026", "Nov 25, 2026",
 * or "2026-11-25" for those who chose ISO. The month is a word, so a list never leaves a reader
 * guessing which number is the day.
 */
export function dateText(iso: string, order: DateOrder = dateFormat.order): string {
  const ymd = ymdOf(iso);
  if (!ymd) return iso;
  if (order === 'year_month_day') return isoOf(ymd);
  const p = partsOf(ymd, { day: 'numeric', month: 'short', year: 'numeric' });
  return order === 'month_day_year' ? `${p.month} ${p.day}, ${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

/**
 * A moment (RFC 3339, from the audit log) as the user reads it: the local date in their order,
 * then the local time ("25 Nov 2026, 14:05:09"). Not toLocaleString(), whose day and month
 * follow the webview's locale, not the user's setting.
 */
export function momentText(at: string, order: DateOrder = dateFormat.order): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return at;
  const local: Parts = {};
  const numeric = { year: 'numeric', month: '2-digit', day: '2-digit', hourCycle: 'h23' } as const;
  for (const p of new Intl.DateTimeFormat('en-GB', { ...numeric, hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(time)) {
    if (p.type !== 'literal') local[p.type] = p.value;
  }
  const clock = new Intl.DateTimeFormat(i18n.intl, { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(time);
  return `${dateText(`${local.year}-${local.month}-${local.day}`, order)}, ${clock}`;
}

/** "November 2026", for the message about a day the month does not have. */
function monthWords(year: number, month: number): string {
  const p = partsOf({ year, month, day: 1 }, { month: 'long', year: 'numeric' });
  return `${p.month} ${p.year}`;
}

/** What to tell the user about a date that was refused, in one sentence they can act on. */
export function problemText(p: DateProblem, order: DateOrder = dateFormat.order): string {
  const pattern = patternText(order);
  const example = digitsText('2026-11-25', order);
  switch (p.kind) {
    case 'unreadable':
      return t('date.problem.unreadable', { pattern, example });
    case 'short_year':
      return t('date.problem.shortYear', { example });
    case 'no_month':
      return p.swapped
        ? t('date.problem.noMonthSwapped', {
            month: p.month,
            pattern,
            words: dateWords(p.swapped, order),
            typed: digitsText(p.swapped, order),
          })
        : t('date.problem.noMonth', { month: p.month, pattern });
    case 'no_day':
      return t('date.problem.noDay', { month: monthWords(p.year, p.month), last: p.last, day: p.day });
    case 'ambiguous':
      return t('date.problem.ambiguous', {
        first: dateWords(p.first, 'day_month_year'),
        second: dateWords(p.second, 'day_month_year'),
        a: p.first,
        b: p.second,
      });
    case 'too_early':
      return t('date.problem.tooEarly', { limit: dateText(p.limit, order) });
    case 'too_late':
      return t('date.problem.tooLate', { limit: dateText(p.limit, order) });
  }
}
