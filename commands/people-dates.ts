/**
 * Who of everyone may fit a question that names nothing but a year ("who was working in 2005?"): a year is read
 * from each person's dates, so without this every résumé would be asked in full, and for a year nobody was
 * working in, a thousand of them on every asking.
 */
import { statedTime } from '../src/query/asked-time.js';
import { englishOf } from '../src/query/language.js';
import { normalize } from '../src/query/normalize.js';
import type { ResumeSection } from '../src/model/answer.js';
import { DATED_SECTIONS, entrySpans, type StatedTime, yearsHoldAt } from '../src/resume/entry-dates.js';
import type { Resume } from '../src/resume/schema.js';
import type { PersonContext } from './definition.js';

/** Every dated entry's years, start and end in turn (ONGOING: no end), and its section's place in DATED_SECTIONS. */
interface Dated {
  readonly years: Int32Array;
  readonly sections: Uint8Array;
}

/** By résumé: read at start (readDates). */
const dates = new WeakMap<Resume, Dated>();
const ONGOING = -1;
function datesOf(resume: Resume): Dated {
  let found = dates.get(resume);
  if (!found) {
    const spans = DATED_SECTIONS.flatMap((section, at) => entrySpans(resume, section).flatMap((span) => (span ? [{ span, at }] : [])));
    const years = new Int32Array(spans.length * 2);
    const sections = new Uint8Array(spans.length);
    spans.forEach(({ span, at }, i) => {
      years[2 * i] = span.start.year;
      years[2 * i + 1] = span.end === null ? ONGOING : span.end.year;
      sections[i] = at;
    });
    dates.set(resume, (found = { years, sections }));
  }
  return found;
}

/**
 * Reads everyone's dates now (those not read yet): a year few were working in asks after every résumé's dates, which
 * read at its first asking were most of its time at a thousand people.
 */
export function readDates(all: readonly PersonContext[]): void {
  for (const person of all) datesOf(person.resume);
}

/** Whether one of these spans (of `section` only, its place in DATED_SECTIONS, when given) stands to the stated time. */
function holdsAny({ years, sections }: Dated, time: StatedTime, now: Date, section?: number): boolean {
  for (let i = 0; i < sections.length; i++) {
    if (section !== undefined && sections[i] !== section) continue;
    const end = years[2 * i + 1]!;
    if (yearsHoldAt(years[2 * i]!, end === ONGOING ? null : end, time, now)) return true;
  }
  return false;
}

/** A year an entry stood in, ended in or began in. */
type InYear = Extract<StatedTime, { relation: 'in' | 'ended' | 'began' }>;

/**
 * The year a question states, when it is plainly in that year ("working in 2015"; "graduated in 2008": ended then)
 * as written and in English alike (another relation, or a reading that differs between them, is left to each
 * person's own reading: no prune).
 */
export function yearAsked(text: string): InYear | undefined {
  const typed = normalize(text);
  const asWritten = statedTime(typed);
  const english = englishOf(text);
  const inEnglish = english ? statedTime(english) : asWritten;
  if (!inYear(asWritten) || !inYear(inEnglish) || inEnglish.year !== asWritten.year || inEnglish.relation !== asWritten.relation)
    return undefined;
  return asWritten;
}

/** Whether the question asks when something ended or began ("left a job before 2014", "joined in 2021 or later"). */
export function endOrStartAsked(text: string): boolean {
  const stated = statedTime(normalize(text));
  return stated?.relation === 'ended' || stated?.relation === 'began';
}

const inYear = (time: StatedTime | undefined): time is InYear =>
  time?.relation === 'in' || ((time?.relation === 'ended' || time?.relation === 'began') && !time.side && time.until === undefined);

/**
 * Whether the person at a place may fit that year: a dated entry standing in it, or the year said in their words
 * (`sayers`, their places). The entry must be of the section the year is asked of, when the question asks one
 * (`sectionAsked`: "working" asks work, so studies then are no fit); read only of someone with an entry then, since
 * finding it may read their index. Read person by person as they are asked, so a year many fit stops early.
 */
export function mayBeDatedIn(
  all: readonly PersonContext[],
  time: StatedTime,
  now: Date,
  sayers: ArrayLike<number>,
  sectionAsked?: (place: number) => ResumeSection | undefined,
): (place: number) => boolean {
  const says = new Uint8Array(all.length);
  for (let i = 0; i < sayers.length; i++) says[sayers[i]!] = 1;
  return (place) => {
    if (says[place] === 1) return true;
    const dated = datesOf(all[place]!.resume);
    if (!holdsAny(dated, time, now)) return false;
    const section = sectionAsked?.(place);
    return section === undefined || holdsAny(dated, time, now, DATED_SECTIONS.indexOf(section));
  };
}
