/**
 * The skills taxonomy's names (src/match/taxonomy.ts), as the question reader asks about them: is
 * this a technology's or a practice's name? Read on first use; when its files cannot be read,
 * nothing is a known name and every question is read as before (none fails on it).
 */
import { defaultTaxonomy, type Taxonomy } from '../match/taxonomy.js';
import { nameKey } from './name-tokens.js';

let known: Pick<Taxonomy, 'byKey' | 'ambiguous'> | undefined;

function taxonomy(): Pick<Taxonomy, 'byKey' | 'ambiguous'> {
  if (!known) {
    try {
      known = defaultTaxonomy();
    } catch {
      known = { byKey: new Map(), ambiguous: new Map() };
    }
  }
  return known;
}

/** True for a word that is also a technology's name ("go", "rust", "chef"): typed alone after a command, it is that name. */
export function isOrdinaryWordName(word: string): boolean {
  return taxonomy().ambiguous.has(nameKey(word));
}

/** The term a name means ("k8s" → Kubernetes), or undefined when it names none. */
export function technologyOf(name: string): string | undefined {
  return taxonomy().byKey.get(nameKey(name));
}
