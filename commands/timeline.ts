/**
 * Picking entries by time, for any section whose entries have a start and an end (work,
 * volunteer): the ongoing ones, the one before, the first, those held in a year, the
 * neighbour of another. Pure; the handlers decide how to title what they get.
 */
import { dateSortKey, type PartialDate, tenureMonths } from '../src/resume/dates.js';
import { holdsAt, underWay, type EntrySpan, type YearAsked } from '../src/resume/entry-dates.js';

export interface Dated {
  readonly startDate?: PartialDate;
  readonly endDate?: PartialDate | null;
}

export interface Picked<E> {
  readonly entry: E;
  readonly i: number;
}

const byEnd = <E extends Dated>(a: Picked<E>, b: Picked<E>) => dateSortKey(b.entry.endDate, 'end') - dateSortKey(a.entry.endDate, 'end');
const byStart = <E extends Dated>(a: Picked<E>, b: Picked<E>) =>
  dateSortKey(a.entry.startDate, 'start') - dateSortKey(b.entry.startDate, 'start');

function numbered<E>(entries: readonly E[]): Array<Picked<E>> {
  return entries.map((entry, i) => ({ entry, i }));
}

/** The dated entries under way `now` (underWay), in the résumé's order. */
export function underWayEntries<E extends Dated>(entries: readonly E[], now: Date): Array<Picked<E>> {
  return numbered(entries).filter(({ entry }) => entry.startDate && entry.endDate !== undefined && underWay(entry.endDate, now));
}

/** The entries under way `now`; when none is, the one that ended last (`ongoing` says which). */
export function current<E extends Dated>(entries: readonly E[], now: Date): { picked: Array<Picked<E>>; ongoing: boolean } {
  const ongoing = underWayEntries(entries, now);
  return ongoing.length ? { picked: ongoing, ongoing: true } : { picked: numbered(entries).sort(byEnd).slice(0, 1), ongoing: false };
}

/** The entry that ended most recently, among those that have ended. */
export function previous<E extends Dated>(entries: readonly E[]): Picked<E> | undefined {
  return numbered(entries)
    .filter(({ entry }) => entry.endDate !== null && entry.endDate !== undefined)
    .sort(byEnd)[0];
}

export function first<E extends Dated>(entries: readonly E[]): Picked<E> | undefined {
  return numbered(entries)
    .filter(({ entry }) => entry.startDate)
    .sort(byStart)[0];
}

/** The dated entries held longest (or shortest), up to `now` for those still held: every one held that long, by start. */
export function heldLongestOrShortest<E extends Dated>(entries: readonly E[], order: 'longest' | 'shortest', now: Date): Array<Picked<E>> {
  const held = numbered(entries)
    .filter(({ entry }) => entry.startDate)
    .map((p) => ({ p, months: tenureMonths(p.entry.startDate!, p.entry.endDate ?? null, now) }));
  if (!held.length) return [];
  const months = held.map((h) => h.months);
  const extreme = order === 'longest' ? Math.max(...months) : Math.min(...months);
  return held
    .filter((h) => h.months === extreme)
    .map((h) => h.p)
    .sort(byStart);
}

/** The entries held in the year (or its months asked), by their section's spans (entrySpans: the same numbers as `entries`). */
export function inYear<E>(
  entries: readonly E[],
  spans: ReadonlyArray<EntrySpan | undefined>,
  asked: YearAsked,
  now: Date,
): Array<Picked<E>> {
  const time = { year: asked.year, relation: 'in' as const, ...(asked.months ? { months: asked.months } : {}) };
  return numbered(entries).filter(({ i }) => {
    const span = spans[i];
    return span !== undefined && holdsAt(span, time, now);
  });
}

/** Chronological neighbour by start date: "before Netflix" is the entry that started just before it. */
export function neighbour<E extends Dated>(entries: readonly E[], anchor: number, direction: 'before' | 'after'): Picked<E> | undefined {
  const sorted = numbered(entries).sort(byStart);
  const at = sorted.findIndex((p) => p.i === anchor);
  return sorted[direction === 'before' ? at - 1 : at + 1];
}
