/**
 * The words that make a message lean on the previous answer, in the router's English. A
 * question in another language is glossed into these first (its catalogue's `glossary`:
 * "e antes disso?" is "and before that?"), so a language adds its follow-up words there, never
 * here. They describe kinds of reference, never whole questions: a follow-up is recognised by
 * what it refers to ("that", "there"), which way it looks in time, and what is left once those go.
 */

/** Stand for the previous answer's entry: "when was that?", "tell me more about it". Not "his": it names the person. */
export const ENTRY_WORDS = new Set(['that', 'it', 'then']);

/**
 * An entry of the previous list by its place in it: "where was the second one published?". "First" and "last" are
 * not here: they ask for a moment of their own ("her first job").
 */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['fifth', 5],
  ['5th', 5],
]);

/** The place in a list a question's words name ("the second one": 2), if any. */
export const placeInList = (words: readonly string[]): number | undefined => words.map((w) => ORDINALS.get(w)).find((n) => n !== undefined);

/** Stand for the place of the previous answer's entry: "what did he build there?". */
export const PLACE_WORDS = new Set(['there']);

/** "that role", "the same company": a noun after a determiner that points back. */
export const POINTING = new Set(['that', 'same', 'this']);
export const POINTED = new Set(['role', 'job', 'company', 'place', 'position', 'one', 'project', 'school', 'degree', 'work']);

/** Looking back or forward from the previous entry. Not "previous", "prior", "last": those ask for a moment of their own ("his last job"). */
export const BEFORE_WORDS = new Set(['before', 'earlier', 'beforehand', 'preceded', 'preceding']);
export const AFTER_WORDS = new Set(['after', 'next', 'later', 'afterwards', 'afterward', 'subsequently', 'following']);

/** "Where did she work at that time?": what else was under way while the previous entry was (each read as MEANWHILE). */
export const MEANWHILE = 'meanwhile';
export const DURING =
  /\b(?:at (?:that|the same) time|at the time|back then|during that (?:time|period)|in the meantime|at that point|meanwhile)\b/g;

/** "When was that?", "since when?", "how long was he there?" */
export const WHEN_WORDS = new Set(['when', 'dates', 'long']);
export const MORE_WORDS = new Set(['more', 'details', 'detail', 'elaborate', 'expand']);

/** A message opening like this and naming only a thing asks the previous question again about that thing: "and Expedia?". */
export const CONNECTORS = ['and what about', 'and how about', 'what about', 'how about', 'and'];

/** "And then?": a connector and "then" alone ask what came next. */
export const NEXT_ALONE = new Set(['and then', 'then', 'so then', 'and then what']);

/** "Is there", "there are": existence, not a place. */
export const EXISTENTIAL = /\b(?:is|are|was|were|any) there\b|\bthere (?:is|are|was|were|any)\b/g;

/** "Hey there": a greeting, not a place. */
export const GREETING = /\b(?:hey|hi|hello|hiya|howdy|yo) there\b/g;

/** Words that carry no reference in a follow-up beyond the English stop list (verbs of asking and of time). */
export const FOLLOW_UP_FILLER = new Set([
  'came',
  'come',
  'comes',
  'happened',
  'since',
  'stay',
  'stayed',
  'lasted',
  'spent',
  'say',
  'about',
  // "What did she do after leaving?"
  'leaving',
  'left',
  'leave',
  'quitting',
]);
