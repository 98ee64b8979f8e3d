/**
 * What a question says about time beside what it asks: a year and how the answer must stand to it ("before
 * 2015"), and one end of what it finds ("her first internship", "his latest paper").
 */
import type { StatedTime } from '../resume/entry-dates.js';
import type { Intent } from './route-table.js';
import { FIRST_WORDS, LATEST_WORDS } from './ends.js';
import { NUMBER_WORDS } from './numbers.js';
import { MONTHS_BEFORE_YEAR, mayHoldYear, monthsNamed, OR_EARLIER, YEAR_NUMBER, YEAR_SIDE } from './year.js';

/**
 * A year the question states and how ("back in 2012", "before 2015"): the word before it says which, or the words
 * after it ("2021 or later", group 4). A month or a season said with it ("in june 2019", "the summer of 2023") is
 * group 2, the year group 3.
 */
const STATED_YEAR = new RegExp(
  `(?:\\b(?:since\\s+(?=before\\s))?(in|during|before|prior to|after|since|until|by)\\s+)?\\b${MONTHS_BEFORE_YEAR}(${YEAR_NUMBER})\\b${YEAR_SIDE}`,
);
/** A year said with "since" ("since 2015", "since before 2015"): being somewhere since then asks when that began. */
const saidSince = (m: RegExpExecArray): boolean => m[1] === 'since' || m[0].startsWith('since');
const EARLIER = new RegExp(`^(?:${OR_EARLIER})$`);

/** "Between 2011 and 2013", "from 2011 to 2013": two years and the time from one to the other. */
const BETWEEN_YEARS = new RegExp(`\\b(?:between|from)\\s+(${YEAR_NUMBER})\\s+(?:and|to|until|through)\\s+(${YEAR_NUMBER})\\b`);

/** Whether the words may count back from today: most questions say neither word, and are not searched for it. */
export const mayCountBack = (normalized: string): boolean => normalized.includes('last') || normalized.includes('past');

export function statedTime(normalized: string): StatedTime | undefined {
  const recent = mayCountBack(normalized) ? RECENT.exec(normalized) : null;
  if (recent) {
    const years = recent[2] === 'decade' ? 10 : yearsNumber(recent[1]);
    // "Started a job in the last 3 years": its start in that time, not the whole job.
    const verb = endAsked(normalized.slice(0, recent.index));
    return verb ? { relation: 'within', years, end: verb.relation } : { relation: 'within', years };
  }
  const year = mayHoldYear(normalized);
  const range = year ? BETWEEN_YEARS.exec(normalized) : null;
  if (range) {
    const [one, other] = [Number(range[1]), Number(range[2])];
    const [from, until] = [Math.min(one, other), Math.max(one, other)];
    // "Started a job between 2015 and 2018": the start stands in that time, not the whole job.
    const verb = endAsked(normalized.slice(0, range.index))?.relation;
    return verb ? { year: from, until, relation: verb } : { year: from, until, relation: 'between' };
  }
  const m = year ? STATED_YEAR.exec(normalized) : null;
  if (!m) return STILL.test(normalized) && !PAST.test(normalized) ? { relation: 'now' } : undefined;
  const word = m[1];
  const tail = m[4];
  // "In 2021 or later": since 2021; "in 2010 or earlier": until 2010, itself included.
  const side =
    tail !== undefined
      ? EARLIER.test(tail)
        ? 'until'
        : 'since'
      : word === 'before' || word === 'prior to' || word === 'until' || word === 'by'
        ? 'before'
        : word === 'after' || word === 'since'
          ? word
          : undefined;
  const stated = Number(m[3]);
  // "Graduated before 2010", "joined after 2020": the end, or the start, stands to the year as said.
  const asked = endAsked(normalized.slice(0, m.index), saidSince(m));
  const verb = asked?.relation;
  // "Has been at netflix since 2015": there from that year or before, begun then at the latest.
  const by = asked?.been && word === 'since' ? 'until' : side;
  if (verb) return by ? { year: stated, relation: verb, side: by } : { year: stated, relation: verb };
  if (side) return { year: stated, relation: side };
  // Months narrow a time in a year.
  const months = monthsNamed(m[2]);
  return months ? { year: stated, relation: 'in', months } : { year: stated, relation: 'in' };
}

/** A count of years back from today, or its unit ("in the past 5 years", "the past decade"). */
const YEARS_BACK = `(?:(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}) )?(years?|decade)`;
/** "In the last 2 years", "over the past decade", "the last year": back from today. */
const RECENT = new RegExp(`\\b(?:in|over|during|within|for)? ?the (?:last|past) ${YEARS_BACK}\\b`);
const COUNTS_BACK = new RegExp(`^${YEARS_BACK}`);
/** Whether the words go on to say how far back from today ("in the past" of "in the past 5 years"). */
export const countsBack = (rest: readonly string[]): boolean => COUNTS_BACK.test(rest.slice(0, 2).join(' '));
const yearsNumber = (said: string | undefined): number => (said === undefined ? 1 : (NUMBER_WORDS[said] ?? Number(said)));

/** Verbs that ask when something ended ("graduated", "left") or began ("joined", "started"). */
const END_VERB = /\b(?:graduat(?:e|ed|es|ing)|finish(?:ed|es|ing)?|complet(?:e|ed|es|ing)|left|leave|leaving|quit|ended)\b/g;
const BEGIN_VERB =
  /\b(?:start(?:ed|s|ing)?|began|begin|beginning|joined|join|joins|joining|enroll(?:ed|s|ing)?|hired|(?:chang(?:e|ed|es|ing)|switch(?:ed|es|ing)?)(?= (?:jobs?|companies|employers?|roles?)\b))\b/g;
const BEEN = /\bbeen\b/g;
/** One word that asks when something ended or began ("left", "joined"), said alone. */
const TIME_VERB = new RegExp(`^(?:${END_VERB.source}|${BEGIN_VERB.source})$`);
export const asksWhenEndedOrBegan = (word: string): boolean => TIME_VERB.test(word);

/**
 * Where among the words is the verb a stated year's end or start is asked with ("switched" of "switched jobs in
 * 2019"), or -1: it says when, which the dates answer, and names nothing an entry must say.
 */
export function whenVerbAt(words: readonly string[]): number {
  const normalized = words.join(' ');
  const verb = timeSaid(normalized)?.verb;
  return verb ? normalized.slice(0, verb.at).split(' ').length - 1 : -1;
}

/**
 * The last verb of ending or beginning in the words before a year "in" it: which end it asks, and where it is said.
 * `since`: the year is said with "since", and "been" begins ("has been at netflix since 2015").
 */
function endAsked(before: string, since = false): { relation: 'ended' | 'began'; at: number; length: number; been?: boolean } | undefined {
  const last = (verb: RegExp) => [...before.matchAll(verb)].at(-1);
  const ended = last(END_VERB);
  const began = [last(BEGIN_VERB), since ? last(BEEN) : undefined].reduce((a, b) => (b && (!a || b.index > a.index) ? b : a));
  const found =
    ended && (!began || ended.index > began.index)
      ? { m: ended, relation: 'ended' as const }
      : began && { m: began, relation: 'began' as const };
  if (!found) return undefined;
  const at = { relation: found.relation, at: found.m.index, length: found.m[0].length };
  return found.m[0] === 'been' ? { ...at, been: true } : at;
}

/**
 * A time stated beside other words ("netflix in 2022", "before 2015", "between 2011 and 2013") and those words: a
 * command's own text read as free text reads its time. "Now" is left to the words ("still" asks nothing of a
 * command's text).
 */
export function timeAndRest(normalized: string): { readonly time: StatedTime; readonly rest: string } | undefined {
  const found = timeSaid(normalized);
  if (!found) return undefined;
  const { time, said, verb } = found;
  let before = normalized.slice(0, said.index);
  // "Graduated in 2008": the verb said the time with the year, and is no word to look for.
  if (verb) before = `${before.slice(0, verb.at)} ${before.slice(verb.at + verb.length)}`;
  const rest = `${before} ${normalized.slice(said.index + said[0].length)}`;
  return { time, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** "In the last 2 years" and the words around it: what is asked, read without the time, which no entry says. */
export function recentAndRest(normalized: string): ReturnType<typeof timeAndRest> {
  const found = mayCountBack(normalized) ? timeAndRest(normalized) : undefined;
  return found?.time.relation === 'within' ? found : undefined;
}

/** A time stated with a year (not "now"), where the year is said, and the verb of ending or beginning asked with it. */
function timeSaid(normalized: string): { time: StatedTime; said: RegExpExecArray; verb?: ReturnType<typeof endAsked> } | undefined {
  const time = statedTime(normalized);
  if (!time || time.relation === 'now') return undefined;
  const said = (time.relation === 'within' ? RECENT : 'until' in time && time.until !== undefined ? BETWEEN_YEARS : STATED_YEAR).exec(
    normalized,
  );
  if (!said) return undefined;
  const ends = time.relation === 'ended' || time.relation === 'began' || (time.relation === 'within' && time.end !== undefined);
  const verb = ends ? endAsked(normalized.slice(0, said.index), saidSince(said)) : undefined;
  return { time, said, verb };
}

/**
 * "Is he still at netflix?", "ele ainda trabalha na netflix?", "(who is) still in school?": unless asked in the past,
 * it must be under way today.
 */
const STILL = /\b(?:still|currently|now|nowadays|today)\b/;
const PAST = /\b(?:was|were|did|had|worked)\b/;

const FIRST = new Set(FIRST_WORDS);
const LAST_ASKED = new RegExp(`\\b(?:${LATEST_WORDS.join('|')})\\b`);

/** "Her first internship", "his latest paper on storage": one end of what the words find, by date. */
export function picked(normalized: string, words: readonly string[] = normalized.split(' ')): 'first' | 'last' | undefined {
  if (words.some((w) => FIRST.has(w))) return 'first';
  return LAST_ASKED.test(normalized) ? 'last' : undefined;
}

/** The first of a section is all a question asks ("his earliest award"): what is left names nothing else. */
export function firstAsked(residual: string, primary: Intent | null): boolean {
  const said = residual.split(' ').filter(Boolean);
  const rest = said.filter((w) => !FIRST.has(w));
  return rest.length < said.length && (!rest.length || primary?.topics.strip(rest).length === 0);
}
