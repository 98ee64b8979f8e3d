/**
 * When an entry of a dated JSON Resume section happened: the one reading of its dates that stated
 * years, follow-ups ("and before that?"), timelines and /people's years all use. The sections without
 * dates (skills, languages...) have none.
 *
 * - work, volunteer, education: from startDate to endDate; a missing endDate means ongoing, as the
 *   JSON Resume schema has it (the schema here reads it as null).
 * - projects: the same; a project that has started and gives no end is ongoing too.
 * - awards, certificates, publications: their one date is both ends.
 * - An entry that gives only its end happened then (its end is its start too).
 */
import { entryNumber, type Match, type ResumeSection } from '../model/answer.js';
import { dateSortKey, type PartialDate } from './dates.js';
import type { Resume } from './schema.js';

export interface EntrySpan {
  readonly start: PartialDate;
  /** null: ongoing. */
  readonly end: PartialDate | null;
}

/**
 * A year a question states, and how the entry must stand to it ("in 2015", "before 2015", "after 2015", "since 2015"),
 * or `now` ("is he still at netflix?": under way today).
 */
export type StatedTime =
  | { readonly year: number; readonly relation: 'in' | 'before' | 'after' | 'since' | 'until'; readonly months?: MonthsOf }
  /**
   * "Graduated in 2008", "joined netflix in 2012": ended, or began, in that year; with `side`, before it, after it or
   * in it or later, in it or earlier ("graduated before 2010", "joined after 2020", "started in 2021 or later"); with
   * `until`, in some year from `year` to `until`, both included ("started a job between 2015 and 2018").
   */
  | { readonly year: number; readonly relation: 'ended' | 'began'; readonly side?: Side; readonly until?: number }
  /** "Between 2011 and 2013": under way in some year from `year` to `until`, both included. */
  | { readonly year: number; readonly until: number; readonly relation: 'between' }
  /**
   * "In the last 2 years": under way in some year from that many years before today's to today's; with `end`, begun
   * or ended in that time ("started a job in the last 3 years").
   */
  | { readonly relation: 'within'; readonly years: number; readonly end?: 'began' | 'ended' }
  | { readonly relation: 'now' };

/** How a year stands to the one asked, besides in it: before, after, in it or later, in it or earlier. */
export type Side = 'before' | 'after' | 'since' | 'until';

/** Some months of a year a question names ("june 2019": 6 to 6; "summer 2023": 6 to 8), as it said them. */
export interface MonthsOf {
  readonly first: number;
  readonly last: number;
  /** The word that named them ("june", "summer"), to say them again. */
  readonly said: string;
}

/** A year asked, or some months of it ("june 2019"). */
export interface YearAsked {
  readonly year: number;
  readonly months?: MonthsOf;
}

/** A range's span; undefined when it gives neither a start nor an end. */
function spanOf(start: PartialDate | undefined, end: PartialDate | null): EntrySpan | undefined {
  if (start) return { start, end };
  return end ? { start: end, end } : undefined;
}

const once = (date: PartialDate | undefined): EntrySpan | undefined => spanOf(date, date ?? null);

/** Each entry's span (undefined: it gives no date), by its number in the section; none for a section without dates. */
export function entrySpans(resume: Resume, section: ResumeSection): ReadonlyArray<EntrySpan | undefined> {
  switch (section) {
    case 'work':
    case 'volunteer':
    case 'education':
      return resume[section].map((e) => spanOf(e.startDate, e.endDate));
    case 'projects':
      return resume.projects.map((e) => spanOf(e.startDate, e.endDate ?? null));
    case 'awards':
    case 'certificates':
      return resume[section].map((e) => once(e.date));
    case 'publications':
      return resume.publications.map((e) => once(e.releaseDate));
    default:
      return [];
  }
}

/** The sections whose entries give dates (entrySpans reads them). */
export const DATED_SECTIONS: readonly ResumeSection[] = [
  'work',
  'volunteer',
  'education',
  'projects',
  'awards',
  'certificates',
  'publications',
];

/** The span of entry `i` of `section`; undefined for a section without dates or an entry that gives none. */
export function entrySpan(resume: Resume, section: ResumeSection, i: number): EntrySpan | undefined {
  return entrySpans(resume, section)[i];
}

/** The span of the entry a match names (its section and id); undefined for an id of no entry there or an entry without dates. */
export function matchSpan(resume: Resume, match: Pick<Match, 'section' | 'id'>): EntrySpan | undefined {
  const i = entryNumber(match.section, match.id);
  return i === undefined ? undefined : entrySpan(resume, match.section, i);
}

/** True when the span stands to the stated year as asked; an ongoing end runs to `now`. */
export function holdsAt(span: EntrySpan, time: StatedTime, now: Date): boolean {
  if (time.relation === 'now') return underWay(span.end, now);
  // "In the last 2 years": its end, by the month when it gives one, is no further back than that.
  if (time.relation === 'within') {
    const from = yearsBefore(now, time.years);
    if (time.end === 'began') return dateSortKey(span.start, 'start') >= dateSortKey(from, 'start');
    if (time.end === 'ended') return !underWay(span.end, now) && dateSortKey(span.end!, 'end') >= dateSortKey(from, 'end');
    return underWay(span.end, now) || dateSortKey(span.end!, 'end') >= dateSortKey(from, 'end');
  }
  if (time.relation === 'in' && time.months) return heldInMonths(span, time.year, time.months, now);
  return yearsHoldAt(span.start.year, span.end === null ? null : span.end.year, time, now);
}

/**
 * Whether a span overlaps some months of a year ("june 2019"). A date that gives no month is read at its widest: a
 * start in January, an end in December (nothing says otherwise).
 */
function heldInMonths(span: EntrySpan, year: number, { first, last }: MonthsOf, now: Date): boolean {
  const start = span.start.year * 12 + (span.start.month ?? 1);
  const end = span.end === null ? now.getUTCFullYear() * 12 + now.getUTCMonth() + 1 : span.end.year * 12 + (span.end.month ?? 12);
  return start <= year * 12 + last && end >= year * 12 + first;
}

/** The month that many years before today's. */
const yearsBefore = (now: Date, years: number): PartialDate => ({ year: now.getUTCFullYear() - years, month: now.getUTCMonth() + 1 });

/** An entry with this end is under way today: open, or ending this month or later ("expected June 2027", a contract's end). */
export function underWay(end: PartialDate | null, now: Date): boolean {
  return end === null || dateSortKey(end, 'end') >= dateSortKey({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 }, 'end');
}

/** holdsAt of a span given by its years (`end` null: ongoing; one ending in a later year is under way now). */
export function yearsHoldAt(start: number, end: number | null, time: StatedTime, now: Date): boolean {
  if (time.relation === 'now') return end === null || end > now.getUTCFullYear();
  if (time.relation === 'within') {
    const from = now.getUTCFullYear() - time.years;
    if (time.end === 'began') return start >= from;
    if (time.end === 'ended') return end !== null && end >= from && end <= now.getUTCFullYear();
    return end === null || end >= from;
  }
  const last = end === null ? now.getUTCFullYear() : end;
  switch (time.relation) {
    case 'in':
      return start <= time.year && time.year <= last;
    case 'before':
      return start < time.year;
    case 'after':
      return last > time.year;
    case 'since':
      return last >= time.year;
    case 'until':
      return start <= time.year;
    case 'between':
      return start <= time.until && time.year <= last;
    case 'ended':
      // What has not ended ended at no time.
      return end !== null && stands(end, time.year, time.side, time.until);
    case 'began':
      return stands(start, time.year, time.side, time.until);
  }
}

/** A year as it stands to the one asked: in it, on the side said, or from it to `until`. */
function stands(year: number, asked: number, side: Side | undefined, until?: number): boolean {
  if (until !== undefined) return asked <= year && year <= until;
  if (side === 'before') return year < asked;
  if (side === 'after') return year > asked;
  if (side === 'since') return year >= asked;
  if (side === 'until') return year <= asked;
  return year === asked;
}
