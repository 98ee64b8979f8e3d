/**
 * The words a résumé uses, every text as the query layer splits it: whether a question can be about
 * a person at all, before anyone is indexed. Each word is a number the directory gives it once, and a
 * person's words a sorted array of those numbers: a thousand résumés' Sets, or arrays of strings,
 * held most of a directory's memory.
 */
import { englishLanguageName } from '../../commands/language-names.js';
import { words } from '../query/normalize.js';
import { sortedHas } from '../query/bisect.js';
import type { Resume } from '../resume/schema.js';

export interface Vocabulary {
  has(word: string): boolean;
  /** `has` for a word's number (WordNumbers.find): asked of many people, the word is looked up once. */
  hasNumber(n: number): boolean;
  /** The numbers of its words, ascending. */
  readonly numbers: Uint32Array;
}

/** The numbers of a directory's words: the same word, the same number, for everyone. */
export interface WordNumbers {
  /** The word's number, given it on first sight. */
  number(word: string): number;
  /** The word's number, or undefined when nobody uses it. */
  find(word: string): number | undefined;
}

export function wordNumbers(): WordNumbers {
  const numbers = new Map<string, number>();
  return {
    number(word) {
      let n = numbers.get(word);
      if (n === undefined) numbers.set(word, (n = numbers.size));
      return n;
    },
    find: (word) => numbers.get(word),
  };
}

/** The numbers of every word of the résumé, ascending. */
function numbersOf(resume: Resume, numbers: WordNumbers): Uint32Array {
  const found = new Set<number>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const w of words(value)) found.add(numbers.number(w));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(resume);
  // A language named in another tongue ("Euskara") is asked for by its English name ("basque") too.
  for (const { language } of resume.languages) walk(englishLanguageName(language));
  return Uint32Array.from(found).sort();
}

export function vocabularyOf(resume: Resume, numbers: WordNumbers): Vocabulary {
  // Built apart: a closure made beside the walk would keep its Set alive (they would share one scope).
  const sorted = numbersOf(resume, numbers);
  return {
    has(word) {
      const n = numbers.find(word);
      return n !== undefined && sortedHas(sorted, n);
    },
    hasNumber: (n) => sortedHas(sorted, n),
    numbers: sorted,
  };
}

/**
 * Who of many vocabularies has a word: their places in the list, ascending. One list per word, read from everyone's
 * words once (a counting sort), so a question asks each word once rather than a thousand vocabularies each.
 */
export type Census = (word: string) => Uint32Array;

const NOBODY = new Uint32Array(0);

export function censusOf(vocabularies: readonly Vocabulary[], numbers: WordNumbers): Census {
  let words = 0;
  for (const { numbers: own } of vocabularies) if (own.length) words = Math.max(words, own[own.length - 1]! + 1);
  // starts[n]..starts[n + 1]: the places of those who have word n.
  const starts = new Uint32Array(words + 1);
  for (const { numbers: own } of vocabularies) for (let i = 0; i < own.length; i++) starts[own[i]! + 1]!++;
  for (let n = 0; n < words; n++) starts[n + 1]! += starts[n]!;
  const places = new Uint32Array(starts[words]!);
  const next = starts.slice(0, words);
  vocabularies.forEach(({ numbers: own }, place) => {
    for (let i = 0; i < own.length; i++) places[next[own[i]!]!++] = place;
  });
  return (word) => {
    const n = numbers.find(word);
    return n === undefined || n >= words ? NOBODY : places.subarray(starts[n]!, starts[n + 1]!);
  };
}
