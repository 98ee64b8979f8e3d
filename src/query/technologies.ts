/**
 * The skills taxonomy's names (src/match/taxonomy.ts), as the question reader asks about them: is
 * this a technology's or a practice's name? Read on first use; when its files cannot be read,
 * nothing is a known name and every question is read as before (none fails on it).
 */
import { defaultTaxonomy, type Taxonomy } from '../match/taxonomy.js';
import { remembered } from './memo.js';
import { nameKey } from './name-tokens.js';

type Known = Pick<Taxonomy, 'byKey' | 'ambiguous' | 'kinds' | 'kindAsked'>;
let known: Known | undefined;

function taxonomy(): Known {
  if (!known) {
    try {
      known = defaultTaxonomy();
    } catch {
      known = { byKey: new Map(), ambiguous: new Map(), kinds: new Map(), kindAsked: new Map() };
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

/** The kind of skill a query asks for as a whole ("databases", "cloud platforms": database, cloud), or undefined. */
export function kindAsked(query: string): string | undefined {
  return taxonomy().kindAsked.get(query.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** The kinds each name is, by the name as written: a team's résumés list the same skills again and again. */
const kindsByName = new Map<string, ReadonlySet<string> | null>();
const MAX_NAMES = 10_000;

/** Whether a skill's name ("PostgreSQL", "AWS") names a skill of that kind. */
export function isOfKind(name: string, kind: string): boolean {
  const kinds = remembered(kindsByName, name, MAX_NAMES, () => taxonomy().kinds.get(nameKey(name)) ?? null);
  return kinds?.has(kind) ?? false;
}

/** Words of a name, as technologies are named within it ("AWS Certified Solutions Architect"): up to three together. */
const NAME_WORDS = /[\p{L}\p{N}.+#]+/gu;

/** True when a longer name holds a technology of the kind ("AWS Certified Solutions Architect - Professional": cloud). */
export function holdsKind(name: string, kind: string): boolean {
  const words = name.match(NAME_WORDS) ?? [];
  for (let size = 1; size <= 3; size++)
    for (let at = 0; at + size <= words.length; at++) if (isOfKind(words.slice(at, at + size).join(' '), kind)) return true;
  return false;
}
