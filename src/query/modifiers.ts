/**
 * A command's query, typed: the words to look for, and at most one modifier that says which
 * entries by time ("current", "2015", "before Netflix"). The free-text router builds it
 * from a question; a slash command's text is read into the same shape, so a handler never
 * re-parses strings another layer wrote.
 */

import type { MonthsOf, StatedTime } from '../resume/entry-dates.js';
import { isOrdinaryWordName } from './technologies.js';
import { glossAny, glossMayLead, glossQuestion, prepareLeads } from './language.js';
import { FIRST_WORDS } from './ends.js';
import { remembered } from './memo.js';
import { normalize } from './normalize.js';
import { FILLER, STOPWORDS } from './stopwords.js';
import { MONTH_WORDS, MONTHS_BEFORE_YEAR, monthsNamed, YEAR_NUMBER } from './year.js';

export type Modifier =
  /** The ongoing entries (or the latest, when none is ongoing). */
  | { readonly kind: 'current' }
  /** The entry that ended most recently. */
  | { readonly kind: 'previous' }
  /** The earliest entry. */
  | { readonly kind: 'first' }
  /** The entry held longest, or shortest ("where did he stay the longest?"). */
  | { readonly kind: 'tenure'; readonly order: 'longest' | 'shortest' }
  /**
   * The entries that cover a year, or some months of it (`months`: "june 2019"). `anySection`: asked of the résumé
   * as a whole, naming no section ("what was he doing in 2006?"), so another section's entries of that year answer
   * when the command's own have none.
   */
  | { readonly kind: 'year'; readonly year: number; readonly months?: MonthsOf; readonly anySection?: boolean }
  /** The entry just before or after the one `anchor` names (or, from a follow-up, the entry `entry` is the id of). */
  | { readonly kind: 'relative'; readonly direction: 'before' | 'after'; readonly anchor: string; readonly entry?: string }
  /** One entry a previous answer found ("tell me more", "when was that?"): by id, its name for a re-ask. */
  | { readonly kind: 'entry'; readonly entry: string; readonly name: string }
  /**
   * The command's entries that belong to another section's entry ("what did he build there?": the
   * projects of a role): by id from a follow-up, or by name (`at Netflix`) when typed.
   */
  | { readonly kind: 'within'; readonly entry?: string; readonly name: string }
  /** The entries whose name (an employer, a client) is `name`: never a word in their text. */
  | { readonly kind: 'employer'; readonly name: string }
  /**
   * The entries in a place ("worked in montreal"): where they are, never a name that holds the place's name (Bank of
   * Montreal). `living`: asked where someone lives, which only their own location says.
   */
  | { readonly kind: 'place'; readonly name: string; readonly outside?: boolean; readonly living?: boolean }
  /**
   * The entries held as something ("was she a manager?"): by their title, never a word of their text ("managed
   * hosting"); at an organisation and in a place too when the question says so ("was she an sre at google?"),
   * each of which must hold for the same entry.
   */
  | { readonly kind: 'position'; readonly name: string; readonly at?: string; readonly in?: string };

export type ModifierKind = Modifier['kind'];

export interface CommandQuery {
  /** What to look for; empty for the whole section. */
  readonly text: string;
  readonly modifier?: Modifier;
  /** The question names someone other than the owner (a referee, a colleague, an unknown name): nothing the résumé says answers it. */
  readonly someoneElse?: string;
  /** The question asks for a fact no résumé records (unrecorded.ts: "pay", "age"): nothing the résumé says answers it. */
  readonly unrecorded?: string;
  /** Asked for as it is ("does he know go?"): never read as a restatement of the command, even when it is a filler word. */
  readonly literal?: boolean;
  /**
   * A year the question states beside what it asks ("was he at netflix in 2022?"): the entry that answers must
   * stand to it as said, else nothing does. Absent when the year is the question (a `year` modifier).
   */
  readonly during?: StatedTime;
  /** What the asker typed when `text` is a reading of it (a Portuguese crowd question's English): what an answer quotes. */
  readonly asTyped?: string;
  /** Only the earliest or the latest of the entries found, by their own dates ("her first internship", "his latest paper on x"). */
  readonly pick?: 'first' | 'last';
  /** What the answer leaves out, by its name ("other than english"): the entries a search of it names are not shown. */
  readonly besides?: string;
}

export const EMPTY_QUERY: CommandQuery = { text: '' };

const CURRENT_WORDS = [
  'current',
  'currently',
  'now',
  'latest',
  'newest',
  'present',
  'today',
  'recent',
  'most recent',
  'recently',
  'most recently',
  'lately',
];
const PREVIOUS_WORDS = ['previous', 'prior', 'last'];
const TENURE_WORDS = ['longest', 'shortest'];
/** Words beside "longest" that ask nothing more: "the longest he stayed at a company", "which job did he hold longest". */
const ABOUT_TENURE = new Set([
  ...['at', 'the', 'stayed', 'stay', 'worked', 'work', 'held', 'hold', 'time', 'tenure', 'stint', 'stints', 'gig'],
  ...['company', 'companies', 'employer', 'job', 'jobs', 'role', 'roles', 'position'],
]);
/** The words that open a modifier followed by its name ("before netflix", "at acme", "in toronto", "as manager"). */
const RELATIVE_WORDS = ['before', 'after'];
const EMPLOYER_WORDS = ['at', 'for'];

const whole = (words: readonly string[]) => new RegExp(`^(${words.join('|')})$`, 'i');
const CURRENT = whole(CURRENT_WORDS);
const PREVIOUS = whole(PREVIOUS_WORDS);
const FIRST = whole(FIRST_WORDS);
const YEAR = new RegExp(`^(?:in\\s+)?${MONTHS_BEFORE_YEAR}(${YEAR_NUMBER})$`, 'i');
const RELATIVE = new RegExp(`^(${RELATIVE_WORDS.join('|')})\\s+(.+)$`, 'i');
const EMPLOYER = new RegExp(`^(?:${EMPLOYER_WORDS.join('|')})\\s+(.+)$`, 'i');
const PLACE = /^(in|outside)\s+(.+)$/i;
const POSITION = /^as\s+(.+?)(?:\s+at\s+(.+?))?(?:\s+in\s+(.+))?$/i;

/** Every word a modifier's text can start with: no other first word makes one (modifierOf's patterns above). */
const LEADS = new RegExp(
  `^(${[
    ...CURRENT_WORDS,
    ...PREVIOUS_WORDS,
    ...FIRST_WORDS,
    ...TENURE_WORDS,
    ...RELATIVE_WORDS,
    ...EMPLOYER_WORDS,
    ...MONTH_WORDS,
    'in',
    'outside',
    'as',
  ]
    .map((w) => w.split(' ')[0]!)
    .join('|')}|${YEAR_NUMBER})$`,
  'i',
);
const leadsModifier = (word: string): boolean => LEADS.test(word);

/** Reads now (a directory starting) which of the other languages' stems can open a modifier, not on the first command's text. */
export function prepareModifierReading(): void {
  prepareLeads(leadsModifier);
}

/**
 * What a user typed after a command ("/experience current"), read into a query. Only the
 * modifiers the command accepts are read; any other text is looked for as it is.
 */
export function parseQuery(text: string, accepts: readonly ModifierKind[]): CommandQuery {
  // A directory reads one command's text once per person asked: the same reading each time.
  // Every empty list accepts the same (nothing): callers pass a fresh `[]` for a command without modifiers.
  const key = accepts.length ? accepts : ACCEPTS_NOTHING;
  let read = readings.get(key);
  if (!read) readings.set(key, (read = new Map()));
  return remembered(read, text, MAX_READINGS, () => parseQueryUncached(text, accepts));
}

/** Texts read lately, by the modifiers a command accepts (a command's own list): bounded, as every memo here. */
const readings = new WeakMap<readonly ModifierKind[], Map<string, CommandQuery>>();
const MAX_READINGS = 1_000;
const ACCEPTS_NOTHING: readonly ModifierKind[] = [];

function parseQueryUncached(text: string, accepts: readonly ModifierKind[]): CommandQuery {
  // "/experience atual", "/experience antes da netflix": read in the modifiers' English words.
  // What is looked for stays as typed (a name may hold the language's words: "Universidade Católica").
  const typed = text.trim();
  if (!typed) return EMPTY_QUERY;
  const normal = normalize(typed);
  const glossed = glossQuestion(normal);
  // A lone word of another language ("/experience primeiro") holds no marker: it is read as a modifier when it is one.
  return (
    modifierOf(typed, accepts) ??
    // Already read when the text was typed as the router reads it (lower case, single spaces, English).
    (glossed === typed ? null : modifierOf(glossed, accepts)) ??
    // Glossed by every language only when that can lead to a modifier: plain English builds no glossary.
    (glossMayLead(normal, leadsModifier) ? modifierOf(glossAny(normal), accepts) : null) ??
    // "/skills go": the one word typed is the name asked for, never a filler that leaves the whole section.
    (fillerNamingATechnology(normal) ? { text: typed, literal: true } : { text: typed })
  );
}

/** One filler word that is also a technology's name ("go"); the taxonomy is read only for such a word, not for every query. */
function fillerNamingATechnology(normal: string): boolean {
  return !normal.includes(' ') && (STOPWORDS.has(normal) || FILLER.has(normal)) && isOrdinaryWordName(normal);
}

/**
 * Whether words ask only for the entry held longest or shortest ("longest", "at the longest", "shortest stint"): the
 * command's text, or what a question leaves once its command's cues are read.
 */
export function tenureAsked(text: string): 'longest' | 'shortest' | null {
  const said = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !ABOUT_TENURE.has(w));
  const word = said.length === 1 ? said[0] : undefined;
  return word === 'longest' || word === 'shortest' ? word : null;
}

/** The modifier a command's text says, when it says one and the command accepts it. */
function modifierOf(q: string, accepts: readonly ModifierKind[]): CommandQuery | null {
  const can = (kind: ModifierKind) => accepts.includes(kind);
  if (can('current') && CURRENT.test(q)) return { text: '', modifier: { kind: 'current' } };
  if (can('previous') && PREVIOUS.test(q)) return { text: '', modifier: { kind: 'previous' } };
  if (can('first') && FIRST.test(q)) return { text: '', modifier: { kind: 'first' } };
  const order = can('tenure') ? tenureAsked(q) : null;
  if (order) return { text: '', modifier: { kind: 'tenure', order } };
  const year = YEAR.exec(q);
  if (can('year') && year) {
    const months = monthsNamed(year[1]?.toLowerCase());
    return { text: '', modifier: { kind: 'year', year: Number(year[2]), ...(months ? { months } : {}) } };
  }
  const relative = can('relative') ? RELATIVE.exec(q) : null;
  if (relative)
    return {
      text: '',
      modifier: { kind: 'relative', direction: relative[1]!.toLowerCase() === 'before' ? 'before' : 'after', anchor: relative[2]!.trim() },
    };
  const employer = can('employer') || can('within') ? EMPLOYER.exec(q) : null;
  if (employer) return { text: '', modifier: { kind: can('employer') ? 'employer' : 'within', name: employer[1]!.trim() } };
  const place = can('place') ? PLACE.exec(q) : null;
  if (place)
    return {
      text: '',
      modifier: { kind: 'place', name: place[2]!.trim(), ...(place[1]!.toLowerCase() === 'outside' ? { outside: true } : {}) },
    };
  const position = can('position') ? POSITION.exec(q) : null;
  if (position) {
    const [, name, at, place] = position;
    return {
      text: '',
      modifier: { kind: 'position', name: name!.trim(), ...(at ? { at: at.trim() } : {}), ...(place ? { in: place.trim() } : {}) },
    };
  }
  return null;
}

/**
 * The query as a user could type it after the command ("before netflix"): what an answer's
 * route records, so that a share button re-asks exactly the same thing (parseQuery reads it back).
 */
export function queryText(query: CommandQuery): string {
  const m = query.modifier;
  if (!m) return query.text;
  switch (m.kind) {
    case 'current':
    case 'previous':
    case 'first':
      return m.kind;
    case 'tenure':
      return m.order;
    case 'year':
      return m.months ? `${m.months.said} ${m.year}` : String(m.year);
    case 'relative':
      return `${m.direction} ${m.anchor}`;
    case 'employer':
    case 'within':
      return `at ${m.name}`;
    case 'place':
      return `${m.outside ? 'outside' : 'in'} ${m.name}`;
    case 'position':
      return `as ${m.name}${m.at ? ` at ${m.at}` : ''}${m.in ? ` in ${m.in}` : ''}`;
    case 'entry':
      return m.name;
  }
}
