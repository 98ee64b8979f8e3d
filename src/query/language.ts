/**
 * Questions in another language than English, read by the same router: each catalogue lists
 * its language's marker words (words no English question uses) and a glossary of its grammar
 * (question words, pronouns, articles and prepositions, "before"/"after", "now", the verbs of
 * working and being) onto the English words the router and the commands' modifiers are
 * written in, and each command's words in that language under `cues.<command>` ("formação" is
 * "education"). A question holding a marker word is glossed, longest phrase first; every
 * other word (netflix, kubernetes) passes as it is. English questions are never touched:
 * their words are no marker.
 */
import { catalogues, DEFAULT_LOCALE } from '../i18n/catalogue.js';
import { fold } from './normalize.js';
import { PhraseSet } from './phrases.js';

interface Glossary {
  readonly markers: ReadonlySet<string>;
  readonly phrases: PhraseSet;
  readonly english: ReadonlyMap<string, string>;
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
      const entries = Object.entries(lists).flatMap(([key, list]) => (key === 'glossary' || key.startsWith('cues.') ? list : []));
      for (const entry of entries) {
        const [from, to] = entry.split('=').map((side) => fold(side).trim());
        if (from && to !== undefined) english.set(from, to);
      }
      return { markers: new Set((lists.markers ?? []).map(fold)), phrases: new PhraseSet(english.keys()), english };
    })
    .filter((g) => g.english.size > 0);
  return glossaries;
}

/** The question's words in the router's English when they are in another language; the same words otherwise. */
export function glossQuestion(normalized: string): string {
  if (!normalized) return normalized;
  const words = normalized.split(' ');
  const glossary = loaded().find((g) => words.some((w) => g.markers.has(w)));
  if (!glossary) return normalized;
  const out: string[] = [];
  let at = 0;
  for (const { start, end, phrase } of glossary.phrases.find(words)) {
    out.push(...words.slice(at, start), glossary.english.get(phrase) ?? phrase);
    at = end;
  }
  out.push(...words.slice(at));
  return out.filter(Boolean).join(' ');
}
