import type { MonthsOf, YearAsked } from '../resume/entry-dates.js';

/** What reads as a calendar year in a question or a résumé's words: 1900–2099, four digits. */
export const YEAR_NUMBER = '(?:19|20)\\d{2}';

/** Whether a text may hold a year: every one begins "19" or "20", which most questions hold nowhere. */
export const mayHoldYear = (text: string): boolean => text.includes('19') || text.includes('20');

/** Months named by a word before a year, in English and Portuguese (folded: "março" is "marco"); winter spans two years. */
const MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  january: [1, 1],
  jan: [1, 1],
  janeiro: [1, 1],
  february: [2, 2],
  feb: [2, 2],
  fevereiro: [2, 2],
  march: [3, 3],
  mar: [3, 3],
  marco: [3, 3],
  april: [4, 4],
  apr: [4, 4],
  abril: [4, 4],
  may: [5, 5],
  maio: [5, 5],
  june: [6, 6],
  jun: [6, 6],
  junho: [6, 6],
  july: [7, 7],
  jul: [7, 7],
  julho: [7, 7],
  august: [8, 8],
  aug: [8, 8],
  agosto: [8, 8],
  september: [9, 9],
  sep: [9, 9],
  sept: [9, 9],
  setembro: [9, 9],
  october: [10, 10],
  oct: [10, 10],
  outubro: [10, 10],
  november: [11, 11],
  nov: [11, 11],
  novembro: [11, 11],
  december: [12, 12],
  dec: [12, 12],
  dezembro: [12, 12],
  // "Mid-2019": a third of the year each.
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  spring: [3, 5],
  primavera: [3, 5],
  summer: [6, 8],
  verao: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  outono: [9, 11],
};

/** The words that may say months before a year. */
export const MONTH_WORDS: readonly string[] = [...Object.keys(MONTHS), 'winter', 'inverno'];

/** A month or a season said before a year ("june 2019", "the summer of 2023", "junho de 2019"): its word is group 1. */
export const MONTHS_BEFORE_YEAR = `(?:(?:the\\s+)?(${[...MONTH_WORDS, 'year'].join('|')})\\s+(?:(?:of|de)\\s+)?)?`;

/** The months a word said before a year names; undefined for a word that names the whole year ("year", "winter"). */
export function monthsNamed(word: string | undefined): MonthsOf | undefined {
  const months = word ? MONTHS[word] : undefined;
  return months && { first: months[0], last: months[1], said: word! };
}

/** "In 2021 or later", "2015 onwards": that year or after it. */
export const OR_LATER = '(?:or|and)\\s+(?:later|after|since|more recently)|onwards?';
/** "2010 or earlier": that year or before it. */
export const OR_EARLIER = '(?:or|and)\\s+(?:earlier|before|prior)';
/** Either said after a year: its words are the last group. */
export const YEAR_SIDE = `(?:\\s+(${OR_LATER}|${OR_EARLIER})\\b)?`;

/**
 * The first year in a text, as a whole word, with the month or season said before it and the side said after it
 * ("or later"): group 1 the word, 2 the year, 3 the side.
 */
export const YEAR_IN_TEXT = new RegExp(`\\b${MONTHS_BEFORE_YEAR}(${YEAR_NUMBER})\\b${YEAR_SIDE}`);

const YEARS_IN_TEXT = new RegExp(YEAR_IN_TEXT.source, 'g');

/** The text without its years and the months and sides said with them ("netflix in june 2019" → "netflix in  "). */
export const withoutYears = (text: string): string => text.replace(YEARS_IN_TEXT, ' ');

/** Whether the word at `i` says months of the year after it ("june 2023", "summer of 2023", "junho de 2023"). */
export function saysMonthsOfYear(words: readonly string[], i: number): boolean {
  if (!MONTH_WORDS.includes(words[i]!)) return false;
  const next = words[i + 1] === 'of' || words[i + 1] === 'de' ? words[i + 2] : words[i + 1];
  return next !== undefined && isYear(next);
}

/** The text with the months said before each year dropped ("worked in the summer of 2012" → "worked in 2012"). */
export const monthsAsYear = (text: string): string => (mayHoldYear(text) ? text.replace(YEARS_IN_TEXT, (_, _word, year) => year) : text);

/** The year a text says first, with the months said before it (none: the whole year). */
export function yearSaid(text: string): YearAsked | undefined {
  const m = mayHoldYear(text) ? YEAR_IN_TEXT.exec(text) : null;
  if (!m) return undefined;
  const months = monthsNamed(m[1]);
  return months ? { year: Number(m[2]), months } : { year: Number(m[2]) };
}

const WHOLE_YEAR = new RegExp(`^${YEAR_NUMBER}$`);

const SIDE_AFTER_YEAR = new RegExp(`^${YEAR_NUMBER}${YEAR_SIDE}`);

/** Whether the word at `i` is one of the words saying a side after a year ("2021 or later": "or" and "later"). */
export function saysSideOfYear(words: readonly string[], i: number): boolean {
  for (let at = i - 1; at >= Math.max(0, i - 3); at--) {
    if (!isYear(words[at]!)) continue;
    const side = SIDE_AFTER_YEAR.exec(words.slice(at, at + 4).join(' '))?.[1];
    return side !== undefined && i - at <= side.split(' ').length;
  }
  return false;
}

/** The word is a year. */
export const isYear = (word: string): boolean => WHOLE_YEAR.test(word);
