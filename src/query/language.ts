/**
 * Questions in another language than English, read by the same router: each catalogue lists
 * its language's marker words (words no English question uses; `openers` mark it only as a
 * message's first word: "e kubernetes?") and a glossary of its grammar (question words,
 * pronouns, articles and prepositions, "before"/"after", "now", the verbs of working and being,
 * follow-up words) onto the English words the router and the commands' modifiers are written
 * in, and each command's words in that language under `cues.<command>` ("formação" is
 * "education"). A question holding a marker word is glossed, longest phrase first; a word no
 * phrase takes is looked up by its stem when the catalogue names a stemmer (`stemmer`:
 * "trampava" is read as "trampar" is), and every other word (netflix, kubernetes) passes as it
 * is. English questions are never touched: their words are no marker.
 */
import { createRequire } from 'node:module';
import { stemmer as englishStem } from 'stemmer';
import { catalogues, DEFAULT_LOCALE } from '../i18n/catalogue.js';
import { fold } from './normalize.js';
import { PhraseSet } from './phrases.js';

interface Glossary {
  readonly markers: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  readonly phrases: PhraseSet;
  readonly english: ReadonlyMap<string, string>;
  /** The résumé's own vocabulary in that language (`glossary.terms`): glossed only when the résumé does not use it. */
  readonly terms: ReadonlySet<string>;
  /** One-word entries by stem, where every entry of that stem means the same English word. */
  readonly stems: ReadonlyMap<string, string>;
  readonly stem: ((word: string) => string) | null;
}

/** Words shorter than this are never read by their stem: "data" is no form of "datas". */
const MIN_STEMMED = 5;

const require = createRequire(import.meta.url);

/** The language's stemmer from @orama/stemmers (`portuguese`, `spanish`, …), or null when the catalogue names none it has. */
function stemmerNamed(name: string | undefined): ((word: string) => string) | null {
  if (!name || !/^[a-z]+$/.test(name)) return null;
  try {
    const loaded: unknown = require(`@orama/stemmers/${name}`);
    const stem = typeof loaded === 'object' && loaded !== null && 'stemmer' in loaded ? loaded.stemmer : undefined;
    return typeof stem === 'function' ? (word: string) => String(stem(word)) : null;
  } catch {
    return null;
  }
}

/**
 * Stem → English, from the one-word entries: the English word most of a stem's entries agree on
 * (estudou, estudo: study; estudos: education), none when they split evenly.
 */
function stemsOf(english: ReadonlyMap<string, string>, stem: ((word: string) => string) | null): Map<string, string> {
  const votes = new Map<string, Map<string, { to: string; count: number }>>();
  if (!stem) return new Map();
  for (const [from, to] of english) {
    if (from.includes(' ') || from.length < MIN_STEMMED - 1 || !to) continue;
    const key = stem(from);
    const meaning = englishStem(to.split(' ')[0]!);
    const byMeaning = votes.get(key) ?? new Map<string, { to: string; count: number }>();
    const vote = byMeaning.get(meaning) ?? { to, count: 0 };
    byMeaning.set(meaning, { to: vote.to, count: vote.count + 1 });
    votes.set(key, byMeaning);
  }
  const stems = new Map<string, string>();
  for (const [key, byMeaning] of votes) {
    const [best, next] = [...byMeaning.values()].sort((a, b) => b.count - a.count);
    if (best && (!next || next.count < best.count)) stems.set(key, best.to);
  }
  return stems;
}

let glossaries: readonly Glossary[] | undefined;

/** Each other language's glossary, read from its catalogue once. */
function loaded(): readonly Glossary[] {
  glossaries ??= catalogues
    .locales()
    .filter((tag) => tag !== DEFAULT_LOCALE)
    .map((tag) => {
      const { lists } = catalogues.catalogue(tag);
      const english = new Map<string, string>();
      // Its grammar, and each command's words in that language ("cues.<command>": "formação=education");
      // "dele=" drops a word: a possessive after its noun ("as habilidades dele") says nothing English needs.
      const glossed = (key: string) => key === 'glossary' || key.startsWith('glossary.') || key.startsWith('cues.');
      const entries = Object.entries(lists).flatMap(([key, list]) => (glossed(key) ? list : []));
      const sides = (entry: string) => entry.split('=').map((side) => fold(side).trim());
      for (const entry of entries) {
        const [from, to] = sides(entry);
        if (from && to !== undefined && !english.has(from)) english.set(from, to);
      }
      const terms = new Set((lists['glossary.terms'] ?? []).map((entry) => sides(entry)[0]!));
      const stem = stemmerNamed(lists.stemmer?.[0]);
      return {
        markers: new Set((lists.markers ?? []).map(fold)),
        openers: new Set((lists.openers ?? []).map(fold)),
        phrases: new PhraseSet(english.keys()),
        english,
        terms,
        stems: stemsOf(english, stem),
        stem,
      };
    })
    .filter((g) => g.english.size > 0);
  return glossaries;
}

/** A word no phrase took, in English when its stem is a glossary word's. */
function byStem(word: string, glossary: Glossary): string {
  if (!glossary.stem || word.length < MIN_STEMMED || !/^[a-z]+$/.test(word)) return word;
  return glossary.stems.get(glossary.stem(word)) ?? word;
}

/** The language a question's words are in, when it is one of the other catalogues'. */
function glossaryOf(words: readonly string[]): Glossary | undefined {
  return loaded().find((g) => g.openers.has(words[0]!) || words.some((w) => g.markers.has(w)));
}

/** Whether the résumé itself uses a phrase's words (a translated copy's "liderança"): then they are kept as typed. */
export type Known = (words: readonly string[]) => boolean;

/** The question's words in the router's English when they are in another language; the same words otherwise. */
export function glossQuestion(normalized: string, known?: Known): string {
  if (!normalized) return normalized;
  const words = normalized.split(' ');
  const glossary = glossaryOf(words);
  return glossary ? glossWith(words, glossary, known) : normalized;
}

/**
 * A command's typed text in the router's English whatever it holds (`/experience primeiro`): the
 * command is known, so no marker is needed. The first glossary whose words change it.
 */
export function glossAny(normalized: string): string {
  if (!normalized) return normalized;
  const words = normalized.split(' ');
  for (const glossary of loaded()) {
    const glossed = glossWith(words, glossary);
    if (glossed !== normalized) return glossed;
  }
  return normalized;
}

function glossWith(words: readonly string[], glossary: Glossary, known?: Known): string {
  const out: string[] = [];
  let at = 0;
  const pass = (to: number) => {
    for (; at < to; at++) out.push(known?.([words[at]!]) ? words[at]! : byStem(words[at]!, glossary));
  };
  for (const { start, end, phrase } of glossary.phrases.find(words)) {
    pass(start);
    const kept = glossary.terms.has(phrase) && known?.(words.slice(start, end));
    out.push(kept ? phrase : (glossary.english.get(phrase) ?? phrase));
    at = end;
  }
  pass(words.length);
  return out.filter(Boolean).join(' ');
}
