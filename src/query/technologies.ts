/**
 * The skills taxonomy's names (src/match/taxonomy.ts), as the question reader asks about them: is
 * this a technology's or a practice's name? Read on first use; when its files cannot be read,
 * nothing is a known name and every question is read as before (none fails on it).
 */
import { defaultTaxonomy } from '../match/taxonomy.js';
import { nameKey } from './name-tokens.js';

let known: ReadonlyMap<string, string> | undefined;

function keys(): ReadonlyMap<string, string> {
  if (!known) {
    try {
      known = defaultTaxonomy().byKey;
    } catch {
      known = new Map();
    }
  }
  return known;
}

/** The term a name means ("k8s" → Kubernetes), or undefined when it names none. */
export function technologyOf(name: string): string | undefined {
  return keys().get(nameKey(name));
}
