/**
 * Who of everyone may fit a question that names nothing but a year ("who was working in 2005?"): a year is read
 * from each person's dates, so without this every résumé would be asked in full, and for a year nobody was
 * working in, a thousand of them on every asking.
 */
import { statedTime } from '../src/query/asked-time.js';
import { englishOf } from '../src/query/language.js';
import { normalize } from '../src/query/normalize.js';
import { datedSpans, type EntrySpan, holdsAt, type StatedTime } from '../src/resume/entry-dates.js';
import type { Resume } from '../src/resume/schema.js';
import type { PersonContext } from './definition.js';

/** Every dated entry's span, read once per résumé. */
const spans = new WeakMap<Resume, readonly EntrySpan[]>();
function spansOf(resume: Resume): readonly EntrySpan[] {
  let found = spans.get(resume);
  if (!found) spans.set(resume, (found = datedSpans(resume)));
  return found;
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
  return (place) => says[place] === 1 || spansOf(all[place]!.resume).some((span) => holdsAt(span, time, now));
}
