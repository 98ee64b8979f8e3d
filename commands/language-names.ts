/**
 * A spoken language named in another language ("Español", "Inglês", "Euskara"): its English name, so that a résumé
 * listing languages in its own words answers "does he speak spanish?". From data/languages/names.json (written by
 * tools/build-language-names.mjs from Intl), read the first time a name is not already English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedDataDir } from '../src/model/shipped-data.js';
import { fold } from '../src/query/normalize.js';
import { SPOKEN_LANGUAGES } from './spoken-languages.js';

let names: Readonly<Record<string, string>> | undefined;
const english = new Set(SPOKEN_LANGUAGES);

function loaded(): Readonly<Record<string, string>> {
  if (!names) {
    try {
      names = (JSON.parse(readFileSync(join(shippedDataDir('languages'), 'names.json'), 'utf8')) as { names: Record<string, string> })
        .names;
    } catch {
      // Without the file, a language is known by the name it is written with.
      names = {};
    }
  }
  return names;
}

/** The English name of a language written in another one; undefined when it is already English, or unknown. */
export function englishLanguageName(name: string | undefined): string | undefined {
  const folded = fold(name ?? '').trim();
  if (!folded || english.has(folded)) return undefined;
  const known = loaded();
  return Object.hasOwn(known, folded) ? known[folded] : undefined;
}

/**
 * The words with each that names a language in another language, where `may` lets it, as the language's English
 * name ("basco" → basque); undefined when none is read so.
 */
export function languagesInEnglish(said: readonly string[], may: (word: string) => boolean = () => true): string[] | undefined {
  let changed = false;
  const read = said.map((word) => {
    const english = englishLanguageName(word);
    if (!english || !may(word)) return word;
    changed = true;
    return english.toLowerCase();
  });
  return changed ? read : undefined;
}

/** A query with each language named in another language as its English name ("basco" → basque); undefined when it names none. */
export const languageMeant = (query: string): string | undefined => languagesInEnglish(query.split(' '))?.join(' ');
