/**
 * The skills taxonomy: the vocabulary the job-fit check recognises in a job description.
 * A generated list of technologies (data/taxonomy/technologies.json, from open lists: see
 * its `sources`) and a hand-made list of practices, better names and extra aliases
 * (data/taxonomy/skills.json, extended like the alias table). Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedDataDir } from '../model/shipped-data.js';
import type { TaxonomyFile } from './taxonomy-schema.js';
import { nameKey } from '../query/name-tokens.js';

export interface Term {
  /** Stable: the canonical name's key. */
  readonly id: string;
  readonly name: string;
  /** Every way of writing it, as written in the files: the name first. */
  readonly names: readonly string[];
}

export interface Taxonomy {
  readonly terms: ReadonlyMap<string, Term>;
  /** Name key ("apachekafka", "k8s") → term id. */
  readonly byKey: ReadonlyMap<string, string>;
  /**
   * Keys that are also ordinary words ("go", "chef") → the capitalised spelling that alone
   * can name the technology ("Go", "Chef").
   */
  readonly ambiguous: ReadonlyMap<string, string>;
  /** The longest name, in words: how far the recogniser looks ahead. */
  readonly longestName: number;
  /** Name key → the kinds of skill it is ("postgresql": database), from the files' `kinds`. */
  readonly kinds: ReadonlyMap<string, ReadonlySet<string>>;
  /** The words asking for a kind of skill, lower-case ("databases", "cloud platforms") → the kind. */
  readonly kindAsked: ReadonlyMap<string, string>;
}

export class TaxonomyFileError extends Error {
  override readonly name = 'TaxonomyFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: invalid skills taxonomy: ${problem}`);
  }
}

/** The structural check the loader can afford without zod (the tests hold the files to the full schema). */
function checked(data: unknown, file: string): TaxonomyFile {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { terms?: unknown }).terms))
    throw new TaxonomyFileError(file, 'expected {"terms": [...]}');
  const { terms, ambiguous, kinds } = data as { terms: unknown[]; ambiguous?: unknown; kinds?: unknown };
  terms.forEach((term, i) => {
    const t = term as { name?: unknown; aliases?: unknown } | null;
    if (!t || typeof t.name !== 'string' || !t.name.trim()) throw new TaxonomyFileError(file, `terms[${i}].name: expected a name`);
    if (t.aliases !== undefined && !(Array.isArray(t.aliases) && t.aliases.every((a) => typeof a === 'string' && a.trim())))
      throw new TaxonomyFileError(file, `terms[${i}].aliases: expected a list of names`);
  });
  const names = (value: unknown) => value === undefined || (Array.isArray(value) && value.every((a) => typeof a === 'string'));
  if (!names(ambiguous)) throw new TaxonomyFileError(file, 'ambiguous: expected a list of names');
  if (kinds !== undefined && !Array.isArray(kinds)) throw new TaxonomyFileError(file, 'kinds: expected a list');
  (kinds ?? []).forEach((kind: unknown, i: number) => {
    const k = kind as { kind?: unknown; asked?: unknown; tag?: unknown; except?: unknown; also?: unknown } | null;
    if (!k || typeof k.kind !== 'string' || !Array.isArray(k.asked) || !names(k.asked) || !names(k.except) || !names(k.also))
      throw new TaxonomyFileError(file, `kinds[${i}]: expected a kind, the words asking for it, and lists of names`);
  });
  return data as TaxonomyFile;
}

/**
 * Builds the taxonomy from files in order: a later file's term that shares a name or an
 * alias with an earlier one merges into it and renames it.
 */
export function buildTaxonomy(files: readonly TaxonomyFile[]): Taxonomy {
  const terms = new Map<string, { name: string; names: string[]; tags: Set<string> }>();
  const byKey = new Map<string, string>();
  const ambiguous = new Map<string, string>();
  for (const file of files) {
    for (const data of file.terms) {
      const names = [data.name, ...(data.aliases ?? [])].map((n) => n.trim());
      const keys = names.map(nameKey).filter(Boolean);
      const existing = keys.map((k) => byKey.get(k)).find((id) => id !== undefined);
      const id = existing ?? keys[0];
      if (!id) continue;
      const term = terms.get(id) ?? { name: data.name, names: [], tags: new Set<string>() };
      term.name = data.name.trim();
      term.names = [...new Set([term.name, ...term.names, ...names])];
      for (const tag of data.tags ?? []) term.tags.add(tag);
      terms.set(id, term);
      for (const key of keys) byKey.set(key, id);
    }
    for (const word of file.ambiguous ?? []) ambiguous.set(nameKey(word), word.trim());
  }
  let longestName = 1;
  const frozen = new Map<string, Term>();
  for (const [id, term] of terms) {
    frozen.set(id, { id, name: term.name, names: term.names });
    for (const n of term.names) longestName = Math.max(longestName, n.split(/[\s/-]+/).length);
  }
  return { terms: frozen, byKey, ambiguous, longestName, ...kindsOf(files, terms, byKey) };
}

/**
 * Each kind of skill its files name (`kinds`): the terms tagged with it, less those it excepts, and more it adds,
 * each read by every key of its names; and the words that ask for it.
 */
function kindsOf(
  files: readonly TaxonomyFile[],
  terms: ReadonlyMap<string, { names: readonly string[]; tags: ReadonlySet<string> }>,
  byKey: ReadonlyMap<string, string>,
): Pick<Taxonomy, 'kinds' | 'kindAsked'> {
  const kinds = new Map<string, Set<string>>();
  const kindAsked = new Map<string, string>();
  // A name's keys: every name of its term, or its own key when it names none.
  const keysOf = (name: string): string[] => {
    const key = nameKey(name);
    const term = terms.get(byKey.get(key) ?? '');
    return term ? term.names.map(nameKey).filter(Boolean) : key ? [key] : [];
  };
  for (const file of files) {
    for (const { kind, asked, tag, except = [], also = [] } of file.kinds ?? []) {
      const members = new Set<string>();
      if (tag) for (const term of terms.values()) if (term.tags.has(tag)) for (const n of term.names) members.add(nameKey(n));
      for (const name of except) for (const key of keysOf(name)) members.delete(key);
      for (const name of also) for (const key of keysOf(name)) members.add(key);
      for (const key of members) {
        if (!key) continue;
        const of = kinds.get(key) ?? new Set<string>();
        of.add(kind);
        kinds.set(key, of);
      }
      for (const words of asked) kindAsked.set(words.trim().toLowerCase(), kind);
    }
  }
  return { kinds, kindAsked };
}

export const shippedTaxonomyFiles = (): string[] =>
  ['technologies.json', 'skills.json'].map((name) => join(shippedDataDir('taxonomy'), name));

export function loadTaxonomyFiles(paths: readonly string[] = shippedTaxonomyFiles()): Taxonomy {
  return buildTaxonomy(
    paths.map((file) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new TaxonomyFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      try {
        return checked(JSON.parse(text), file);
      } catch (error) {
        if (error instanceof TaxonomyFileError) throw error;
        throw new TaxonomyFileError(file, 'not valid JSON');
      }
    }),
  );
}

let shipped: Taxonomy | undefined;

/** The shipped taxonomy, read on first use and kept. */
export function defaultTaxonomy(): Taxonomy {
  shipped ??= loadTaxonomyFiles();
  return shipped;
}
