/**
 * The words a résumé uses, every text as the query layer splits it: whether a question can be about
 * a person at all, before anyone is indexed. Kept as a sorted array of strings shared across the
 * directory, not a Set of its own: a thousand résumés' Sets held most of a directory's memory.
 */
import { words } from '../query/normalize.js';
import { sortedHas } from '../query/vocabularies.js';
import type { Resume } from '../resume/schema.js';

export interface Vocabulary {
  has(word: string): boolean;
}

/** `intern` returns the directory's one copy of a word. */
export function vocabularyOf(resume: Resume, intern: (word: string) => string): Vocabulary {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const w of words(value)) found.add(w);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(resume);
  const sorted = [...found].map(intern).sort();
  return { has: (word) => sortedHas(sorted, word) };
}
