/**
 * Who of everyone may fit a question that names nothing but a year ("who was working in 2005?"): a year is read
 * from each person's dates, so without this every résumé would be asked in full, and for a year nobody was
 * working in, a thousand of them on every asking.
 */
import { statedTime } from '../src/query/asked-time.js';
import { englishOf } from '../src/query/language.js';
import { normalize } from '../src/query/normalize.js';
import { datedSpans, type StatedTime, yearsHoldAt } from '../src/resume/entry-dates.js';
import type { Resume } from '../src/resume/schema.js';
import type { PersonContext } from './definition.js';

/** Every dated entry's years, start and end in turn (ONGOING: no end), by résumé: read at start (readDates). */
const years = new WeakMap<Resume, Int32Array>();
const ONGOING = -1;
function yearsOf(resume: Resume): Int32Array {
  let found = years.get(resume);
  if (!found) {
    const spans = datedSpans(resume);
    found = new Int32Array(spans.length * 2);
    spans.forEach((span, i) => {
      found![2 * i] = span.start.year;
      found![2 * i + 1] = span.end === null ? ONGOING : span.end.year;
    });
    years.set(resume, found);
  }
  return found;
}

/**
 * Reads everyone's dates now (those not read yet): a year few were working in asks after every résumé's dates, which
 * read at its first asking were most of its time at a thousand people.
 */
export function readDates(all: readonly PersonContext[]): void {
  for (const person of all) yearsOf(person.resume);
}

/** Whether one of these spans (their years) stands to the stated time. */
function holdsAny(spans: Int32Array, time: StatedTime, now: Date): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    const end = spans[i + 1]!;
    if (yearsHoldAt(spans[i]!, end === ONGOING ? null : end, time, now)) return true;
  }
  return false;
}

/**
 * The year a question states and how, when it is plainly "in" that year as written and in English both (another
 * relation, or a reading that differs between them, is left to each person's own reading: no prune).
 */
export function yearAsked(text: string): { readonly year: number; readonly relation: 'in' } | undefined {
  const typed = normalize(text);
  const asWritten = statedTime(typed);
  const english = englishOf(text);
  const inEnglish = english ? statedTime(english) : asWritten;
  if (asWritten?.relation !== 'in' || inEnglish?.relation !== 'in' || inEnglish.year !== asWritten.year) return undefined;
  return { year: asWritten.year, relation: 'in' };
}

/**
 * Whether the person at a place may fit that year: a dated entry of any section standing in it, or the year said in
 * their words (`sayers`, their places). Read person by person as they are asked, so a year many fit stops early.
 */
export function mayBeDatedIn(
  all: readonly PersonContext[],
  time: StatedTime,
  now: Date,
  sayers: ArrayLike<number>,
): (place: number) => boolean {
  const says = new Uint8Array(all.length);
  for (let i = 0; i < sayers.length; i++) says[sayers[i]!] = 1;
  return (place) => says[place] === 1 || holdsAny(yearsOf(all[place]!.resume), time, now);
}
