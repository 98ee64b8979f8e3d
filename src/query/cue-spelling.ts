/**
 * A section's cue typed with a typo ("any refrences?", "has he done volunter work?"): read as the cue. Only a word the
 * résumé never says, no ordinary English word, no technology and no stop word, one letter away from exactly one cue
 * of six letters or more: shorter cues are a letter away from too many other words. A word of order ("first",
 * "latest") or a stop word ("received"), or a shorter cue of four letters or five ("wrok"), is read so only with two
 * neighbouring letters swapped ("frist", "recieved"), the commonest slip of a fast typist, which no other word is.
 */
import { isCommonWord } from './common-words.js';
import { FIRST_WORDS, LATEST_WORDS } from './ends.js';
import { remembered } from './memo.js';
import { editDistance } from './normalize.js';
import type { RouteTable } from './route-table.js';
import { FILLER, STOPWORDS } from './stopwords.js';
import { technologyOf } from './technologies.js';

const MIN_CUE_LENGTH = 6;
/** A shorter cue is read through a swap of two neighbouring letters, from four letters ("wrok": work). */
const MIN_SWAPPED_LENGTH = 4;
/**
 * Words of order, and the little words a question is made of ("received", "which"), one word each: read through a
 * swap of neighbouring letters only ("recieved" is read as "received", then left out as any filler is).
 */
const SWAPPABLE = [...new Set([...FIRST_WORDS, ...LATEST_WORDS, 'current', 'previous', ...STOPWORDS, ...FILLER])].filter(
  (w) => !w.includes(' ') && w.length >= 5,
);

/** `typed` is `word` with two neighbouring letters swapped. */
function swapped(typed: string, word: string): boolean {
  if (typed.length !== word.length || typed === word) return false;
  let at = 0;
  while (typed[at] === word[at]) at++;
  return typed[at] === word[at + 1] && typed[at + 1] === word[at] && typed.slice(at + 2) === word.slice(at + 2);
}
/** `typed` is `word` with one of its doubled letters typed once ("writen" of "written"). */
function typedOnce(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false;
  for (let i = 0; i + 1 < word.length; i++) if (word[i] === word[i + 1] && word.slice(0, i) + word.slice(i + 1) === typed) return true;
  return false;
}

/** Words looked up per route table before its memo is emptied: a long-running bot must not grow. */
const MAX_REMEMBERED = 5_000;

interface Spelling {
  /** The table's cues' words long enough to be misspelt. */
  readonly cues: readonly string[];
  /** Its shorter one-word cues, of four letters or five: read through a swap of neighbouring letters only ("wrok"). */
  readonly short: readonly string[];
  /** Words of its longer cues that are no cue alone: one with a letter added at its end is another word ("visualizer"). */
  readonly inPhrases: ReadonlySet<string>;
  /** What each word looked up is read as (null: as typed). */
  readonly read: Map<string, string | null>;
}

const spellings = new WeakMap<RouteTable, Spelling>();

function spellingOf(table: RouteTable): Spelling {
  let spelling = spellings.get(table);
  if (!spelling) {
    const whole = [...table.owners.keys()].filter((cue) => !cue.includes(' '));
    // A word of a longer cue is one too: "writen anything" is "written anything".
    const inPhrases = new Set([...table.owners.keys()].flatMap((cue) => (cue.includes(' ') ? cue.split(' ') : [])));
    for (const w of whole) inPhrases.delete(w);
    const words = [...whole, ...inPhrases];
    const cues = words.filter((cue) => cue.length >= MIN_CUE_LENGTH);
    const short = words.filter((cue) => cue.length >= MIN_SWAPPED_LENGTH && cue.length < MIN_CUE_LENGTH);
    spellings.set(table, (spelling = { cues, short, inPhrases, read: new Map() }));
  }
  return spelling;
}

const sameOwners = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((owner) => b.includes(owner));

/** An ordinary English word, or the plural of one (the word lists hold "pager", not "pagers"). */
const ordinary = (word: string) => isCommonWord(word) || (word.endsWith('s') && isCommonWord(word.slice(0, -1)));

/** The one cue of the table a typed word misspells, if any. */
function misspeltCue(word: string, table: RouteTable): string | undefined {
  const { cues, short, inPhrases, read } = spellingOf(table);
  const cue = remembered(read, word, MAX_REMEMBERED, () => {
    if (table.owners.has(word) || STOPWORDS.has(word) || !/^\p{L}+$/u.test(word)) return null;
    const near = cues.filter((c) => editDistance(word, c, 1) === 1 && !(inPhrases.has(c) && word.startsWith(c)));
    if (!near.length) near.push(...SWAPPABLE.filter((w) => swapped(word, w)), ...short.filter((c) => swapped(word, c)));
    // The word lists and the taxonomy are read only for a word one letter from a cue: most words are near none. Forms
    // of one cue asked by the same commands ("volunteerd": volunteer, volunteered) are one reading.
    // A doubled letter typed once ("writen") is the likelier slip of several cues a letter away (written, writes).
    const undoubled = near.length > 1 ? near.filter((c) => typedOnce(word, c)) : near;
    const close = undoubled.length === 1 ? undoubled : near;
    const one = close.length === 1 || close.every((c) => sameOwners(table.owners.get(c), table.owners.get(close[0]!)));
    return one && !ordinary(word) && !technologyOf(word) ? close[0]! : null;
  });
  return cue ?? undefined;
}

/**
 * The normalized question with each misspelt cue of `routes` read as the cue; the very same string when there is
 * none. `knows`: whether the résumés asked say the word (then it is meant as typed).
 */
export function cuesSpelled(normalized: string, routes: RouteTable, knows: (word: string) => boolean): string {
  const said = normalized.split(' ');
  let changed = false;
  for (let i = 0; i < said.length; i++) {
    const word = said[i]!;
    if (word.length < MIN_SWAPPED_LENGTH) continue;
    const cue = misspeltCue(word, routes);
    if (cue && !knows(word)) {
      said[i] = cue;
      changed = true;
    }
  }
  return changed ? said.join(' ') : normalized;
}

/**
 * `typed` is a cue of six letters or more typed with one slip ("anyoen", "annyone" for "anyone"): a letter missing,
 * added or changed, or two neighbouring letters swapped. Never a word of its own: an ordinary word, a technology, a
 * stop word.
 */
export function misspells(typed: string, cue: string): boolean {
  if (typed === cue || cue.length < MIN_CUE_LENGTH || Math.abs(typed.length - cue.length) > 1) return false;
  if (editDistance(typed, cue, 1) !== 1 && !swapped(typed, cue)) return false;
  return /^\p{L}+$/u.test(typed) && !STOPWORDS.has(typed) && !ordinary(typed) && !technologyOf(typed);
}
