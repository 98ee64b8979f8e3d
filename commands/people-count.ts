/**
 * "Who speaks more than two languages?", "who has at least 3 certificates?", "who has more than 10 years of
 * experience?": how many entries of one section each person lists (skills by their keywords), or how many years
 * their roles cover, compared with a number, read from their résumés alone; each who fits with how many and which.
 * Nobody is the least-bad fit of a count: whoever falls short is left out.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import { englishOf } from '../src/query/language.js';
import { words } from '../src/query/normalize.js';
import { NUMBER_WORDS } from '../src/query/numbers.js';
import { countryOfLocation } from '../src/query/regions.js';
import type { Resume } from '../src/resume/schema.js';
import type { Command, CommandContext, CommandSection, PersonContext } from './definition.js';
import { COMPARE } from './comparisons.js';
import type { Plan } from './people-candidates.js';
import { everyPlace, placesWhere } from './people-places.js';
import { isNative } from './people-levels.js';
import { workTitle } from './experience.js';
import { entrySpans, underWay } from '../src/resume/entry-dates.js';
import { formatTenure, tenureMonths } from '../src/resume/dates.js';
import { monthsOfRoles, rolesCovered } from './work-covered.js';

const NUMBERS: Readonly<Record<string, number>> = {
  // "Less than a year", "more than an hour": one.
  a: 1,
  an: 1,
  ...NUMBER_WORDS,
};

/** A comparison, a number and the noun counted: "more than two languages", "at least 3 certificates". */
const COUNTED = /\b(more than|over|at least|fewer than|less than|under|at most|exactly)\s+(\d{1,2}|[a-z]+)\s+([a-z]+)/;

/**
 * A number alone before the noun counted, with a verb before it at most (and where it was done): "speaks three
 * languages", "2 degrees", "worked at three companies".
 */
const BARE_COUNT =
  /^(?:[a-z]+\s+)?(?:(?:at|for|with|in)\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z]+)(?:\s+(?:of\s+)?experience|\s+natively)?$/;

/** A bare count read as the comparison it asks: at least that many. */
const atLeast = (m: RegExpExecArray | null): [string, string, string, string] | null => (m ? [m[0], 'at least', m[1]!, m[2]!] : null);

const YEARS = new Set(['years', 'year', 'yrs']);

/** Words that count spoken languages: "who is bilingual?" is who speaks at least two (not "bilingual in spanish"). */
const SPEAKS_MANY = /\b(bilingual|trilingual|multilingual|polyglot)s?\b(?! in\b)/g;
const LANGUAGES_SPOKEN: Readonly<Record<string, number>> = { bilingual: 2, trilingual: 3, multilingual: 2, polyglot: 3 };

/**
 * The plan of a question that counts a section's entries or years of roles, or null when it counts nothing a
 * command's cue names. References are never counted: third parties, private by default.
 */
export function countPlan(text: string, all: readonly PersonContext[], context: CommandContext): Plan | null {
  // Another language's question is read in the router's English ("quem fala mais de duas línguas?").
  const english = englishOf(text);
  return countIn(text, all, context) ?? (english ? countIn(english, all, context) : null);
}

function countIn(text: string, all: readonly PersonContext[], context: CommandContext): Plan | null {
  // "10+ years", "3 or more languages": at least that many.
  const said = text
    .toLowerCase()
    .replace(/(\d{1,2})\s*\+/g, 'at least $1')
    .replace(/\b(\d{1,2}|[a-z]+) or more\b/g, 'at least $1')
    .replace(SPEAKS_MANY, (_, word: string) => `at least ${LANGUAGES_SPOKEN[word]} languages`)
    // "Two native languages", "more than one mother tongue": languages counted, natively.
    .replace(/\bmother tongues?\b/g, 'languages natively')
    .replace(/\bnative (languages?)\b/g, '$1 natively')
    // "Multiple countries", "several languages": more than one.
    .replace(/\b(?:multiple|several)\s+([a-z]+)/g, 'at least 2 $1');
  const asked = words(said).join(' ');
  // "Speaks three languages", "has 2 degrees": a number alone before what is counted asks for at least that many.
  const m = COUNTED.exec(asked) ?? atLeast(BARE_COUNT.exec(asked));
  const n = m ? (NUMBERS[m[2]!] ?? (/^\d+$/.test(m[2]!) ? Number(m[2]) : undefined)) : undefined;
  if (!m || n === undefined) return null;
  const noun = m[3]!;
  const compare = COMPARE[m[1]!]!;
  // Years at an employer ("worked at netflix for more than 5 years"): a role there held that long. Years of anything
  // else named ("of kafka") are no count of all their years.
  const at = asked.indexOf(m[0]);
  const employer = YEARS.has(noun)
    ? (AT_EMPLOYER.exec(asked.slice(0, at))?.[1] ?? AT_AFTER.exec(asked.slice(at + m[0].length).trim())?.[1])
    : undefined;
  // "Been at their current job for more than 6 years": the role under way now, held that long.
  if (YEARS.has(noun) && CURRENT_PLACE.test(asked.replace(m[0], ' ')))
    return longestRolePlan(all, context, (months) => compare(months / 12, n), true);
  // "Worked somewhere for over 5 years", "at the same company for 3+ years": one role held that long, wherever.
  if (YEARS.has(noun) && ONE_PLACE.test(asked.replace(m[0], ' ')))
    return longestRolePlan(all, context, (months) => compare(months / 12, n));
  if (employer) return tenurePlan(all, employer, context, (months) => compare(months / 12, n));
  if (YEARS.has(noun) && !namesNothingElse(asked, m[0])) return null;
  if (YEARS.has(noun)) return coveredPlan(all, context, (months) => compare(months / 12, n));
  // "Worked in more than one country": the countries their roles' locations name.
  if (COUNTRIES.has(noun)) return countriesPlan(all, context, (count) => compare(count, n));
  const source = countedSection(noun, context.commands);
  if (!source) return null;
  // "A native speaker of more than one language": only the languages that are their own are counted.
  if (source.section === 'languages' && NATIVE_ASKED.test(asked)) return nativePlan(all, context, (count) => compare(count, n));
  const fitting = (person: PersonContext) => {
    const count = entryCount(person.resume, source.section);
    if (!count || !compare(count, n)) return null;
    return { person, line: countedLine(person.resume, source, count, context.messages), score: 1 };
  };
  return { candidates: everyPlace(all), fitting, asked: [], everyone: true };
}

const COUNTRIES = new Set(['countries', 'country']);

/** Whoever's roles were in a number of countries that `fits`, each with them ("2 countries: Nigeria, United Kingdom"). */
function countriesPlan(all: readonly PersonContext[], context: CommandContext, fits: (count: number) => boolean): Plan {
  const fitting = (person: PersonContext) => {
    const own = person.resume.basics.location?.countryCode;
    const countries = [...new Set(person.resume.work.flatMap((role) => countryOfLocation(role.location, own) ?? []))];
    if (!countries.length || !fits(countries.length)) return null;
    return { person, line: countLine(countries.length, 'people.countries', countries, context.messages), score: 1 };
  };
  return { candidates: everyPlace(all), fitting, asked: [], everyone: true };
}

/** Native speakers, natively. */
export const NATIVE_ASKED = /\bnative(?:ly)?\b/;

/** Whoever speaks natively a number of languages that `fits`, each with them ("2 languages: English, Yoruba"). */
function nativePlan(all: readonly PersonContext[], context: CommandContext, fits: (count: number) => boolean): Plan {
  const { messages } = context;
  const fitting = (person: PersonContext) => {
    const own = person.resume.languages.filter((entry) => isNative(entry.fluency)).map((entry) => entry.language ?? '');
    if (!own.length || !fits(own.length)) return null;
    return { person, line: countLine(own.length, 'section.languages', own, messages), score: 1 };
  };
  return { candidates: everyPlace(all), fitting, asked: [], everyone: true };
}

/** An employer before a count of years: "worked at netflix for …", "been at dropbox …". */
const AT_EMPLOYER = /\b(?:worked|working|been|was|were|stayed|spent)\s+(?:at|for|with)\s+(.+?)(?:\s+for)?\s*$/;

/** An employer after a count of years: "… more than 3 years at dell". */
const AT_AFTER = /^(?:at|with)\s+(.+)$/;

/** One role, wherever it was: "somewhere", "anywhere", "at one company", "in the same job". */
const ONE_PLACE =
  /\b(?:somewhere|anywhere|(?:at|in|with|for)\s+(?:one|a single|the same|a|any)\s+(?:company|job|role|place|employer|position))\b/;

/** The role under way now: "at their current job", "in her present role", "with his current employer". */
const CURRENT_PLACE =
  /\b(?:at|in|with|for)\s+(?:(?:their|his|her|the)\s+)?(?:current|present)\s+(?:company|job|role|employer|position|workplace)\b/;

/** A role and how long it was held: "Performance Architect at Netflix · 8 yrs 6 mos". */
export function heldFor(role: Resume['work'][number], months: number, messages: Messages): string {
  return `${workTitle(role, messages)} · ${formatTenure(months, messages)}`;
}

/** Whoever held one role (`now`: one under way today) for a span that `fits`, each with their longest such role. */
function longestRolePlan(all: readonly PersonContext[], context: CommandContext, fits: (months: number) => boolean, now = false): Plan {
  const fitting = (person: PersonContext) => {
    let best: { index: number; months: number } | undefined;
    entrySpans(person.resume, 'work').forEach((span, index) => {
      if (!span || (now && !underWay(span.end, context.now))) return;
      const months = tenureMonths(span.start, span.end, context.now);
      if (fits(months) && (!best || months > best.months)) best = { index, months };
    });
    if (!best) return null;
    return { person, line: heldFor(person.resume.work[best.index]!, best.months, context.messages), score: 1 };
  };
  return { candidates: everyPlace(all), fitting, asked: [], everyone: true };
}

/** Whoever held a role at the employer for a span that `fits`, each with it ("Performance Architect at Netflix · 8 yrs 6 mos"). */
function tenurePlan(all: readonly PersonContext[], employer: string, context: CommandContext, fits: (months: number) => boolean): Plan {
  const fitting = (person: PersonContext) => {
    const spans = entrySpans(person.resume, 'work');
    for (const hit of person.index.searchNames('work', employer)) {
      const span = spans[hit.doc.index];
      if (!span) continue;
      const months = tenureMonths(span.start, span.end, context.now);
      if (fits(months)) return { person, line: heldFor(person.resume.work[hit.doc.index]!, months, context.messages), score: 1 };
    }
    return null;
  };
  return { candidates: placesWhere(all.length, (place) => words(employer).every((w) => all[place]!.knows(w))), fitting, asked: [] };
}

/** Words around a count of years that ask for nothing more than all of someone's years. */
const ALL_YEARS = new Set([
  'has',
  'have',
  'had',
  'with',
  'of',
  'experience',
  'work',
  'worked',
  'working',
  'been',
  'for',
  'total',
  'overall',
  'professional',
  'industry',
  'in',
  'the',
  'a',
  'an',
  'is',
  'are',
  'who',
]);

/** Whether the words outside the count say nothing but that ("has … of experience"). */
const namesNothingElse = (asked: string, count: string): boolean =>
  asked
    .replace(count, ' ')
    .split(' ')
    .every((w) => !w || ALL_YEARS.has(w));

/** Whoever's roles cover a span of months that `fits`, each with it ("19 yrs 11 mos of experience, since Jan 2007"). */
function coveredPlan(all: readonly PersonContext[], context: CommandContext, fits: (months: number) => boolean): Plan {
  // Counted for everyone; put in words only for those who fit.
  const fitting = (person: PersonContext) => {
    const months = monthsOfRoles(person.resume, context.now);
    const covered = months !== undefined && fits(months) ? rolesCovered(person.resume, context.now, context.messages) : undefined;
    return covered ? { person, line: covered.line, score: 1 } : null;
  };
  return { candidates: everyPlace(all), fitting, asked: [], everyone: true };
}

/** The section whose command a word asks for, when its entries can be counted (never the references). */
export function countedSection(word: string, commands: readonly Command[]): CommandSection | undefined {
  return commands.find((c) => c.section && c.section.section !== 'references' && c.routing?.cues.includes(word))?.section;
}

/** How many entries the section holds; skills, how many keywords. */
export function entryCount(resume: Resume, section: CommandSection['section']): number {
  if (section === 'skills') return resume.skills.reduce((sum, group) => sum + group.keywords.length, 0);
  const entries = resume[section];
  return Array.isArray(entries) ? entries.length : 0;
}

/** How many entries of the section the résumé lists, and which: "3 certificates: A, B, C". */
export function countedLine(resume: Resume, source: CommandSection, count: number, messages: Messages): string {
  return countLine(count, `section.${source.section}`, entryTitles(resume, source, messages), messages);
}

/** A count of things, named by the message `noun` in the asker's words, and each of them: "2 languages: English, Yoruba". */
export function countLine(count: number, noun: string, titles: readonly string[], messages: Messages): string {
  return `${count} ${messages.t(noun, { count })}: ${titles.join(', ')}`;
}

/** Each entry of the section by its title in the asker's words (one without a title left out); skills by each keyword. */
function entryTitles(resume: Resume, source: CommandSection, messages: Messages): string[] {
  if (source.section === 'skills') return resume.skills.flatMap((group) => group.keywords);
  const documents = source.documents(resume);
  const titleOf = (i: number) => source.title?.(resume, i, messages) ?? documents.find((d) => d.index === i)?.title ?? '';
  return Array.from({ length: entryCount(resume, source.section) }, (_, i) => titleOf(i)).filter(Boolean);
}
