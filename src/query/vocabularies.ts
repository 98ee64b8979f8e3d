/**
 * The word indexes a search looks words up in, built once for everyone indexed together (one
 * résumé, or a directory's people): one vocabulary, one set of caches, however many people. Each
 * word also knows whose it is, because what a word means can depend on the person: a word one
 * résumé spells right is taken as meant there, while for another it may be a typo of theirs.
 */
import type { SearchDocument } from './documents.js';
import { sortedHas } from './bisect.js';
import { words } from './normalize.js';
import { readDocuments, type DocumentReading } from './reading.js';
import { WordIndex, type WordTechnologies } from './word-index.js';

/** A vocabulary and, when several people share it, who uses each word (person numbers, ascending). */
export interface OwnedWords {
  readonly index: WordIndex;
  /** Absent for one person: every word is theirs. */
  readonly owners?: ReadonlyMap<string, ArrayLike<number>>;
}

export interface Vocabularies {
  names: OwnedWords;
  compacts: OwnedWords;
  content: OwnedWords;
  /** Each document as the search reads it: links stripped, third parties' names marked (reading.ts). */
  readings: ReadonlyMap<SearchDocument, DocumentReading>;
  /** The one copy of a word everyone indexed together shares: a thousand résumés repeat the same words. */
  intern(word: string): string;
  /** A name's or facet's words and its words run together, read once however many people give it. */
  term(text: string): TermWords;
}

export interface TermWords {
  readonly words: readonly string[];
  /** The words run together, without dots: "flame scope" meets "FlameScope". */
  readonly compact: string;
}

/** One person's documents, and their name (never a third party's in their own résumé). */
export interface PersonDocuments {
  readonly docs: readonly SearchDocument[];
  readonly name?: string;
  /** How each document reads, in the order of `docs`, when an earlier start already read them (a start-up cache). */
  readonly readings?: readonly DocumentReading[];
}

/** A reading kept from an earlier start, its words the shared copies. */
function internReading(reading: DocumentReading, intern: (word: string) => string): DocumentReading {
  return { ...reading, content: reading.content.map((text) => ({ ...text, words: text.words.map(intern) })) };
}

/** True when the person uses the word (as it is) in this vocabulary. */
export function owns(vocabulary: OwnedWords, person: number, word: string): boolean {
  if (!vocabulary.owners) return vocabulary.index.has(word);
  const list = vocabulary.owners.get(word);
  return list !== undefined && sortedHas(list, person);
}

const SHORT_LIST = 16;

function collector(shared: boolean, technologies: WordTechnologies | undefined) {
  const seen = new Map<string, number[]>();
  return {
    add(word: string, person: number) {
      const list = seen.get(word);
      if (!list) seen.set(word, [person]);
      else if (list[list.length - 1] !== person) list.push(person);
    },
    // A long list of people as 32-bit numbers (a directory's common words have hundreds of owners each); a short one
    // stays an array, smaller than a typed array's own overhead.
    done: (): OwnedWords => ({
      index: new WordIndex(seen.keys(), technologies),
      ...(shared
        ? { owners: new Map([...seen].map(([word, people]) => [word, people.length > SHORT_LIST ? Int32Array.from(people) : people])) }
        : {}),
    }),
  };
}

/** One copy of each word, for everything built from the same résumés. */
export function internPool(): (word: string) => string {
  const pool = new Map<string, string>();
  return (word) => {
    const known = pool.get(word);
    if (known !== undefined) return known;
    pool.set(word, word);
    return word;
  };
}

/** `technologies`: what the names' words name in the taxonomy, when an earlier start looked them up (see WordIndex). */
export function buildVocabularies(people: readonly PersonDocuments[], technologies?: WordTechnologies): Vocabularies {
  const readings = new Map<SearchDocument, DocumentReading>();
  const shared = people.length > 1;
  const names = collector(shared, technologies);
  const compacts = collector(shared, technologies);
  const content = collector(shared, technologies);
  const intern = internPool();
  // Names and facets repeat across people (a skill, an employer, a city): each distinct one is split once.
  const terms = new Map<string, TermWords>();
  const term = (text: string): TermWords => {
    let found = terms.get(text);
    if (!found) {
      const split = words(text).map(intern);
      terms.set(text, (found = { words: split, compact: intern(split.join('').replace(/\./g, '')) }));
    }
    return found;
  };
  people.forEach(({ docs, name, readings: known }, person) => {
    const read = known ? docs.map((doc, d) => [doc, internReading(known[d]!, intern)] as const) : readDocuments(docs, name, intern);
    for (const [doc, reading] of read) {
      readings.set(doc, reading);
      for (const text of [...reading.identity, ...reading.facets]) {
        const { words: termWords, compact: together } = term(text);
        for (const w of termWords) names.add(w, person);
        compacts.add(together, person);
      }
      for (const text of reading.content) for (const w of text.words) content.add(w, person);
    }
  });
  return { names: names.done(), compacts: compacts.done(), content: content.done(), readings, intern, term };
}
