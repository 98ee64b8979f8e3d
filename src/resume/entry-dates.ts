/**
 * When an entry of a dated JSON Resume section happened, read the same way for every section: a range
 * (work, volunteer, education, projects) or one date as both ends (an award, a certificate, a
 * publication). The sections without dates (skills, languages...) have none.
 */
import type { PartialDate } from './dates.js';
import type { Resume } from './schema.js';

export interface EntrySpan {
  readonly start?: PartialDate;
  /** null: ongoing. */
  readonly end?: PartialDate | null;
}

/** A year a question states, and how the entry must stand to it ("in 2015", "before 2015", "after 2015", "since 2015"). */
export interface StatedTime {
  readonly year: number;
  readonly relation: 'in' | 'before' | 'after' | 'since';
}

const one = (date: PartialDate | undefined): EntrySpan => ({ start: date, end: date });

/** The span of entry `i` of `section`; undefined for a section without dates or an entry that gives none. */
export function entrySpan(resume: Resume, section: string, i: number): EntrySpan | undefined {
  const span = spanOf(resume, section, i);
  return span && (span.start || span.end) ? span : undefined;
}

function spanOf(resume: Resume, section: string, i: number): EntrySpan | undefined {
  switch (section) {
    case 'work':
    case 'volunteer':
    case 'education': {
      const entry = resume[section][i];
      return entry && { start: entry.startDate, end: entry.endDate };
    }
    case 'projects': {
      // A project's missing end is an ongoing one once it has started.
      const entry = resume.projects[i];
      return entry && { start: entry.startDate, end: entry.endDate ?? (entry.startDate ? null : undefined) };
    }
    case 'awards':
    case 'certificates': {
      const entry = resume[section][i];
      return entry && one(entry.date);
    }
    case 'publications': {
      const entry = resume.publications[i];
      return entry && one(entry.releaseDate);
    }
    default:
      return undefined;
  }
}

/** True when the span stands to the stated year as asked; an ongoing end runs to `now`, a missing start is its end. */
export function holdsAt(span: EntrySpan, time: StatedTime, now: Date): boolean {
  const end = span.end === null ? now.getUTCFullYear() : (span.end ?? span.start)!.year;
  const start = (span.start ?? span.end ?? { year: end }).year;
  switch (time.relation) {
    case 'in':
      return start <= time.year && time.year <= end;
    case 'before':
      return start < time.year;
    case 'after':
      return end > time.year;
    case 'since':
      return end >= time.year;
  }
}
