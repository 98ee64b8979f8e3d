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
/** Words looked up per route table before its memo is emptied: a long-running bot must not grow. */
const MAX_REMEMBERED = 5_000;

interface Spelling {
  /** The table's one-word cues long enough to be misspelt. */
  readonly cues: readonly string[];
  /** Its shorter one-word cues, of four letters or five: read through a swap of neighbouring letters only ("wrok"). */
  readonly short: readonly string[];
  /** What each word looked up is read as (null: as typed). */
  readonly read: Map<string, string | null>;
}

const spellings = new WeakMap<RouteTable, Spelling>();

function spellingOf(table: RouteTable): Spelling {
  let spelling = spellings.get(table);
  if (!spelling) {
    const words = [...table.owners.keys()].filter((cue) => !cue.includes(' '));
    const cues = words.filter((cue) => cue.length >= MIN_CUE_LENGTH);
    const short = words.filter((cue) => cue.length >= MIN_SWAPPED_LENGTH && cue.length < MIN_CUE_LENGTH);
    spellings.set(table, (spelling = { cues, short, read: new Map() }));
  }
  return spelling;
}

const sameOwners = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((owner) => b.includes(owner));

/** An ordinary English word, or the plural of one (the word lists hold "pager", not "pagers"). */
const ordinary = (word: string) => isCommonWord(word) || (word.endsWith('s') && isCommonWord(word.slice(0, -1)));

/** The one cue of the table a typed word misspells, if any. */
function misspeltCue(word: string, table: RouteTable): string | undefined {
  const { cues, short, read } = spellingOf(table);
  const cue = remembered(read, word, MAX_REMEMBERED, () => {
    if (table.owners.has(word) || STOPWORDS.has(word) || !/^\p{L}+$/u.test(word)) return null;
    const near = cues.filter((c) => editDistance(word, c, 1) === 1);
    if (!near.length) near.push(...SWAPPABLE.filter((w) => swapped(word, w)), ...short.filter((c) => swapped(word, c)));
    // The word lists and the taxonomy are read only for a word one letter from a cue: most words are near none. Forms
    // of one cue asked by the same commands ("volunteerd": volunteer, volunteered) are one reading.
    const one = near.length === 1 || near.every((c) => sameOwners(table.owners.get(c), table.owners.get(near[0]!)));
    return one && !ordinary(word) && !technologyOf(word) ? near[0]! : null;
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
