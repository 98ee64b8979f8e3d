/**
 * Partial ISO 8601 dates as JSON Resume uses them (YYYY, YYYY-MM, YYYY-MM-DD), and the
 * one format every answer shows them in: "Nov 2021 – Present · 5 yrs 1 mo", in the asker's
 * language ("nov. 2021 – o momento · 5 anos e 1 mês"): month names from Intl, the words
 * from the catalogue.
 */
import { english, type Messages } from '../i18n/catalogue.js';

export interface PartialDate {
  year: number;
  /** 1-12, absent for a bare year. */
  month?: number;
  /** 1-31, absent unless the source gave a day. */
  day?: number;
}

/** A source of "now", injected so that tenure and "current role" are testable. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Computed, not read from Date: Date.UTC maps years 0-99 onto 1900-1999. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a JSON Resume date, returning a reason instead of throwing so the schema can report it. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const m = DATE_SHAPE.exec(text.trim());
  if (!m) return { error: `"${text}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has month ${m[2]}: months are 01-12` };
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return { error: `"${text}" has day ${m[3]}: ${MONTHS[month - 1]} ${year} has ${max} days` };
  return { year, month, day };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}

/** Short month names per locale, from Intl once (a formatter costs far more than a lookup). */
const monthNames = new Map<string, readonly string[]>();

/**
 * A catalogue may list its short month names (`lists.months`): English does, as the fixed format
 * the README shows, which also spares a one-shot CLI the 20-40 ms ICU's first date formatter
 * costs. Any other language's come from Intl.
 */
function shortMonths(messages: Messages): readonly string[] {
  const listed = messages.list('months');
  if (listed.length === 12) return listed;
  const locale = messages.locale;
  let names = monthNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2000, m, 15)));
    monthNames.set(locale, names);
  }
  return names;
}

/** "Nov 2021" ("nov. 2021"), or "2021" for a bare year. */
export function formatMonthYear(date: PartialDate, messages: Messages = english()): string {
  if (date.month === undefined) return String(date.year);
  return messages.t('date.monthYear', { month: shortMonths(messages)[date.month - 1]!, year: date.year });
}

/** Months since year 0, treating a bare year as January (start) or December (end). */
function monthIndex(date: PartialDate, edge: 'start' | 'end'): number {
  const month = date.month ?? (edge === 'start' ? 1 : 12);
  return date.year * 12 + (month - 1);
}

function clockToPartial(now: Date): PartialDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/**
 * Whole months from start to end, LinkedIn style: both the start and end month count,
 * so Nov 2021 – Nov 2021 is "1 mo" and a role never shows as 0 months. An end date still
 * in the future counts only up to now: tenure is time served, not time planned.
 */
export function tenureMonths(start: PartialDate, end: PartialDate | null, now: Date): number {
  const nowIndex = monthIndex(clockToPartial(now), 'end');
  const endIndex = end ? Math.min(monthIndex(end, 'end'), nowIndex) : nowIndex;
  return Math.max(1, endIndex - monthIndex(start, 'start') + 1);
}

/** "5 yrs 1 mo", "5 anos e 1 mês": plural forms by Intl.PluralRules through the catalogue. */
export function formatTenure(months: number, messages: Messages = english()): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years > 0 ? messages.t('tenure.years', { count: years }) : '';
  const m = rest > 0 ? messages.t('tenure.months', { count: rest }) : '';
  return y && m ? messages.t('tenure.both', { years: y, months: m }) : y || m;
}

/**
 * "Nov 2021 – Present · 5 yrs 1 mo". `end` null means ongoing. Without a start there is
 * no range to show, only what is known.
 */
export function formatRange(
  start: PartialDate | undefined,
  end: PartialDate | null | undefined,
  now: Date,
  messages: Messages = english(),
): string {
  if (!start) return end ? messages.t('date.until', { date: formatMonthYear(end, messages) }) : '';
  // Tenure counts whole months: a range reads the same all month long.
  const month = now.getUTCFullYear() * 12 + now.getUTCMonth();
  let worded = rangesIn.get(messages);
  if (!worded) rangesIn.set(messages, (worded = new WeakMap()));
  const known = worded.get(start);
  if (known && known.end === end && known.month === month) return known.text;
  const text = messages.t('date.range', {
    start: formatMonthYear(start, messages),
    end: end ? formatMonthYear(end, messages) : messages.t('date.present'),
    tenure: formatTenure(tenureMonths(start, end ?? null, now), messages),
  });
  worded.set(start, { end, month, text });
  return text;
}

/**
 * Each résumé date's range as last worded, per language: every listing of a career words every role's dates
 * on every answer, and the résumé's dates are the same objects until it is reloaded.
 */
const rangesIn = new WeakMap<Messages, WeakMap<PartialDate, { end: PartialDate | null | undefined; month: number; text: string }>>();

/** Sortable key: later dates sort higher; an ongoing end sorts above every past date. */
export function dateSortKey(date: PartialDate | null | undefined, edge: 'start' | 'end'): number {
  if (date === null) return Number.MAX_SAFE_INTEGER;
  if (date === undefined) return -1;
  return monthIndex(date, edge) * 31 + (date.day ?? (edge === 'start' ? 1 : 31));
}

/**
 * Whole months covered by any of the spans, each counted as tenureMonths counts a span (both
 * ends, up to now): two roles held at once count their shared months once.
 */
export function monthsCovered(spans: ReadonlyArray<{ readonly start: PartialDate; readonly end: PartialDate | null }>, now: Date): number {
  const nowIndex = monthIndex(clockToPartial(now), 'end');
  const ranges = spans
    .map(({ start, end }) => [monthIndex(start, 'start'), end ? Math.min(monthIndex(end, 'end'), nowIndex) : nowIndex] as const)
    .filter(([from, to]) => to >= from)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let open: [number, number] | undefined;
  for (const [from, to] of ranges) {
    if (open && from <= open[1] + 1) open[1] = Math.max(open[1], to);
    else {
      if (open) total += open[1] - open[0] + 1;
      open = [from, to];
    }
  }
  return open ? total + open[1] - open[0] + 1 : total;
}
