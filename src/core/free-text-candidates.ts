/**
 * Who may answer free text that names no one ("kubernetes experience"), which each person routes their own way.
 * Whoever may mean one of its words (SharedIndex.whoMayMean) may. The others' text says none of them: each of their
 * routes reads the question alike (their route table's) and searches the words in vain, unless the route asks for
 * more than the words (a section restated, a time, a place, an end, a kind of skill, a degree's level). So, of them,
 * the first of each route table answers for all of that table: read once, rather than a thousand people each
 * routing and searching the question to find nothing. A translated copy may say other words: always asked.
 */
import type { AliasTable } from '../query/aliases.js';
import { expandQuery } from '../query/expand.js';
import type { PeopleHere, ResumeIndex, SharedIndex } from '../query/index.js';
import { normalize, words } from '../query/normalize.js';
import { perSharedIndex } from '../query/per-shared.js';
import { type Route, routeFreeText } from '../query/route.js';
import type { RouteTable } from '../query/route-table.js';
import { FILLER, STOPWORDS } from '../query/stopwords.js';
import { kindAsked } from '../query/technologies.js';
import { wordsSearched } from './directory-candidates.js';

/** How the directory's people are read for free text. */
export interface FreeTextReach<M> {
  /** Their index (none yet: may mean anything). */
  indexOf(person: M): ResumeIndex | undefined;
  /** Asked whatever their index says (a translated copy may use other words). */
  always(person: M): boolean;
  /** Whether a command's answers are what its section's search finds (by the command's name). */
  searched(command: string): boolean;
  /** Whether the person's own answer to the text finds something of theirs. */
  answers(person: M): boolean;
}

/**
 * Whether a person is to be asked the free text, in the directory's order; undefined: everyone is (no word to look
 * for).
 */
export function freeTextCandidates<M>(text: string, aliases: AliasTable, reach: FreeTextReach<M>): ((person: M) => boolean) | undefined {
  const { asked, together } = wordsSearched(normalize(text), aliases);
  if (!asked.length) return undefined;
  const may = perSharedIndex((shared) => shared.whoMayMean([...asked, ...together]));
  const byTable = new Map<RouteTable, boolean>();
  const routes = new Map<RouteTable, Route>();
  const means = wordReader();
  /** Whether the person may mean every word of one spelling of what the route names. */
  const mayMeanAll = (spellings: readonly (readonly string[])[], index: ResumeIndex) =>
    spellings.some((spelled) => spelled.every((word) => means(word, index)));
  return (person) => {
    const index = reach.indexOf(person);
    if (!index || reach.always(person)) return true;
    let route = routes.get(index.routes);
    if (!route) routes.set(index.routes, (route = routeFreeText(text, index)));
    // "Was he a data analyst in 2022?": whoever fits has an entry saying the title, so only whoever may mean all its
    // words is asked, not everyone who says "data" (a route elsewhere, "is she a climber?", is one that says it too).
    const named = namedBy(route, aliases);
    if (named) return mayMeanAll(named, index);
    if (may(index.shared).has(index.sharedAs)) return true;
    let asks = byTable.get(index.routes);
    if (asks === undefined) byTable.set(index.routes, (asks = !wordsOnly(route, index.routes, reach) || reach.answers(person)));
    return asks;
  };
}

/**
 * Whether a person's text may mean every word the free text (in English) names (a typo each, as
 * SharedIndex.whoMayMean reads them): the likeliest to fit, asked first when many may ("remote team management
 * experience", where everyone's text says "team"). A cue ("experience", "speak") names nothing. Undefined when it
 * names fewer than two words (no one is likelier than another).
 */
export function mayMeanEvery<M>(
  english: string,
  routes: RouteTable,
  indexOf: (person: M) => ResumeIndex | undefined,
): ((person: M) => boolean) | undefined {
  const names = (w: string) => !STOPWORDS.has(w) && !FILLER.has(w) && !routes.owners.has(w) && !routes.allCues.uses(w);
  const said = [...new Set(words(normalize(english)).filter(names))];
  if (said.length < 2) return undefined;
  const means = wordReader();
  return (person) => {
    const index = indexOf(person);
    return index !== undefined && said.every((word) => means(word, index));
  };
}

/** Whether an index's person may mean a word (SharedIndex.whoMayMean), each word read once for everyone. */
function wordReader(): (word: string, index: ResumeIndex) => boolean {
  const meaning = new Map<string, (shared: SharedIndex) => PeopleHere>();
  return (word, index) => {
    let who = meaning.get(word);
    if (!who) meaning.set(word, (who = perSharedIndex((shared) => shared.whoMayMean([word]))));
    return who(index.shared).has(index.sharedAs);
  };
}

/**
 * The title or the organisation a route asks whether someone held or was at ("data analyst", "netflix"), each way
 * it may be spelled (its other names), as the words an entry found for it must mean; undefined for any other route.
 */
function namedBy({ query }: Route, aliases: AliasTable): string[][] | undefined {
  const { modifier } = query;
  const named =
    modifier?.kind === 'position'
      ? [modifier.name, modifier.at ?? ''].join(' ')
      : modifier?.kind === 'employer'
        ? modifier.name
        : undefined;
  if (!named?.trim()) return undefined;
  const spellings = expandQuery(normalize(named), aliases).map((spelled) =>
    words(spelled).filter((w) => !STOPWORDS.has(w) && !FILLER.has(w)),
  );
  return spellings.every((spelled) => spelled.length) ? spellings : undefined;
}

/**
 * A route whose answer is only what the section's search finds for its words (or nothing: a fact no résumé records):
 * not a kind of skill the taxonomy knows, nor a phrase its command reads as one of its own (a cue or topic: "mba" asks
 * education for a master's).
 */
function wordsOnly({ command, query }: Route, routes: RouteTable, reach: FreeTextReach<unknown>): boolean {
  const { text, modifier, during, pick, someoneElse, unrecorded } = query;
  // A fact no résumé records is what its words are: whoever says them is asked as one who may mean them.
  if (unrecorded) return true;
  if (!text.trim() || modifier || during || pick || someoneElse || !reach.searched(command) || kindAsked(text)) return false;
  const said = words(text);
  const intent = routes.byCommand.get(command);
  return intent !== undefined && !intent.own.find(said).length && !intent.topics.find(said).length;
}
