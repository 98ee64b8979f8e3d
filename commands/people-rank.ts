/**
 * Questions that ask for people in an order rather than for who fits: "who has the most
 * experience?", "who is the most junior?", "who graduated most recently?". Everyone with the
 * measure is ranked by it, and the answer says which measure ranked them: years covered by
 * their roles (overlapping roles count once), or when they last graduated. A superlative with
 * anything else in it ("the most experience with kafka") is not one of these: /people reads it
 * as a question of who fits.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import { makeAnswer, type Answer, type Match } from '../src/model/answer.js';
import { words } from '../src/query/normalize.js';
import { dateSortKey, formatMonthYear, type PartialDate, tenureMonths } from '../src/resume/dates.js';
import type { Command, CommandSection, PersonContext } from './definition.js';
import { countedLine, countedSection, entryCount, heldFor } from './people-count.js';
import { educationTitle } from './education.js';
import { leftOut } from './people-candidates.js';
import { underWayEntries } from './timeline.js';
import { rolesCovered } from './work-covered.js';

export type Measure = 'experience' | 'graduation' | 'tenure';

/** By a measure of a career, or by how many entries of one section each person lists ("the most certificates"). */
export type Ranking =
  | {
      readonly measure: Measure;
      /** `most`: the longest career, the latest graduation first. */
      readonly order: 'most' | 'least';
    }
  | { readonly measure: 'entries'; readonly section: CommandSection; readonly order: 'most' | 'least' };

/** A person's own entry as a match: what a /people answer lists. */
export function personMatch(person: PersonContext): Match {
  return { section: 'basics', id: 'basics', title: person.person.name, person: person.person };
}

const MOST = new Set([
  'most',
  'more',
  'longest',
  'longer',
  'greatest',
  'biggest',
  'highest',
  'newest',
  'latest',
  'recent',
  'recently',
  'last',
]);
/** Words of the most recent: of a time held, the shortest. */
const RECENT = new Set(['newest', 'latest', 'recent', 'recently', 'last']);
const LEAST = new Set(['least', 'less', 'fewest', 'shortest', 'lowest', 'earliest', 'oldest', 'first']);
/** Words for the measure: what a career is measured by, or graduating. "Senior" and "junior" carry their order. */
const MEASURES: ReadonlyMap<string, Measure> = new Map([
  ...['experience', 'experienced', 'career', 'seniority', 'senior', 'junior', 'working', 'worked', 'years'].map((w): [string, Measure] => [
    w,
    'experience',
  ]),
  ...['graduate', 'graduated', 'graduates', 'grad', 'grads', 'graduation'].map((w): [string, Measure] => [w, 'graduation']),
  // "Who has been in their job the longest?": the role they hold now ("jobs", plural, counts roles instead).
  ...['job', 'role', 'position', 'company', 'employer'].map((w): [string, Measure] => [w, 'tenure']),
]);
/** Verbs of a career that only say how something counted was held. */
const WORKED = new Set(['worked', 'working']);
/** What may stand around them without asking anything else. */
const AROUND = new Set([
  'held',
  'the',
  'a',
  'an',
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'been',
  'be',
  'of',
  'in',
  'total',
  'overall',
  'professional',
  'work',
  'here',
  'one',
  'their',
  'his',
  'her',
  'current',
  'at',
  'for',
]);

/**
 * The ranking a question asks for, or null when it asks anything else too. A word a section's command is asked by
 * ("certificates", "degrees", "speaks … languages") ranks by that section's entries, among `commands`; never the
 * references, which are third parties'.
 */
export function rankingAsked(text: string, commands: readonly Command[] = []): Ranking | null {
  const said = words(text);
  let measure: Measure | undefined;
  let section: CommandSection | undefined;
  let order: Ranking['order'] | undefined;
  // "Worked" measures a career, unless what is counted is named too ("worked at the most companies").
  let measuredByVerb = true;
  for (const w of said) {
    if (AROUND.has(w)) continue;
    const m = MEASURES.get(w);
    const counted = m ? undefined : countedSection(w, commands);
    if (m) {
      if (measure && measure !== m) return null;
      measure = m;
      measuredByVerb &&= WORKED.has(w);
      if (w === 'junior') order = 'least';
    } else if (MOST.has(w)) order ??= 'most';
    else if (LEAST.has(w)) order = 'least';
    else if (counted && (!section || section === counted)) section = counted;
    else return null;
  }
  // "Most senior" and "most junior" are orders of their own; a measure alone ("who is senior?") ranks nothing.
  const superlative = said.some((w) => MOST.has(w) || LEAST.has(w));
  if (measure && section && measuredByVerb) measure = undefined;
  if (!order || !superlative || (measure && section)) return null;
  if (section) return { measure: 'entries', section, order };
  // The newest in a role has held it the shortest.
  if (measure === 'tenure' && said.some((w) => RECENT.has(w))) return { measure, order: 'least' };
  return measure ? { measure, order } : null;
}

interface Ranked {
  readonly person: PersonContext;
  readonly key: number;
  readonly line: string;
}

/** Months covered by any dated role, and since when: undefined for a résumé with no dated role. */
function experienceOf(person: PersonContext, now: Date, messages: Messages): Ranked | undefined {
  const covered = rolesCovered(person.resume, now, messages);
  return covered && { person, key: covered.months, line: covered.line };
}

/** The latest finished education entry: undefined for a résumé with none finished by now. */
function graduationOf(person: PersonContext, now: Date, messages: Messages): Ranked | undefined {
  const today = dateSortKey({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 }, 'end');
  let best: { entry: PersonContext['resume']['education'][number]; end: PartialDate } | undefined;
  for (const entry of person.resume.education) {
    const end = entry.endDate;
    if (!end || dateSortKey(end, 'end') > today) continue;
    if (!best || dateSortKey(end, 'end') > dateSortKey(best.end, 'end')) best = { entry, end };
  }
  if (!best) return undefined;
  return { person, key: dateSortKey(best.end, 'end'), line: `${educationTitle(best.entry)} · ${formatMonthYear(best.end, messages)}` };
}

/** How many entries of the section they list, and which: undefined for a résumé with none. */
function entriesOf(person: PersonContext, source: CommandSection, messages: Messages): Ranked | undefined {
  const count = entryCount(person.resume, source.section);
  return count ? { person, key: count, line: countedLine(person.resume, source, count, messages) } : undefined;
}

/** How long they have held the role they hold now (the longest, of several): undefined for someone holding none. */
function tenureOf(person: PersonContext, now: Date, messages: Messages): Ranked | undefined {
  let best: Ranked | undefined;
  for (const { entry } of underWayEntries(person.resume.work, now)) {
    const months = tenureMonths(entry.startDate!, entry.endDate, now);
    if (!best || months > best.key) best = { person, key: months, line: heldFor(entry, months, messages) };
  }
  return best;
}

const MEASURED: Record<Measure, (person: PersonContext, now: Date, messages: Messages) => Ranked | undefined> = {
  experience: experienceOf,
  graduation: graduationOf,
  tenure: tenureOf,
};

/** Everyone the measure applies to, in its order; ties by name. */
export function rankPeople(ranking: Ranking, people: readonly PersonContext[], now: Date, messages: Messages, shown = Infinity): Answer {
  const sign = ranking.order === 'most' ? -1 : 1;
  const measured = (p: PersonContext) =>
    ranking.measure === 'entries' ? entriesOf(p, ranking.section, messages) : MEASURED[ranking.measure](p, now, messages);
  const ranked = people
    .map(measured)
    .filter((r): r is Ranked => r !== undefined)
    .sort((a, b) => sign * (a.key - b.key) || a.person.person.name.localeCompare(b.person.person.name));
  const title = `people.rank.${ranking.measure}.${ranking.order}`;
  // The section, as its entries are called ("certificates", "languages").
  const noun = ranking.measure === 'entries' ? messages.t(`section.${ranking.section.section}`, { count: 2 }) : '';
  if (!ranked.length)
    return makeAnswer({
      kind: 'empty',
      title: messages.t(`${title}.none`, { section: noun }),
      body: messages.t('people.nobody.body'),
      suggestions: ['/people'],
    });
  const listed = ranked.slice(0, shown);
  const footer = leftOut(messages, ranked.length - listed.length, 0);
  return makeAnswer({
    kind: 'result',
    title: messages.t(title, { count: ranked.length, section: noun }),
    ...(footer ? { footer } : {}),
    sections: [{ heading: messages.t('people.heading'), bullets: listed.map((r) => `${r.person.person.name} — ${r.line}`) }],
    matches: listed.map((r) => personMatch(r.person)),
  });
}
