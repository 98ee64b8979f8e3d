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
  const { terms, ambiguous } = data as { terms: unknown[]; ambiguous?: unknown };
  terms.forEach((term, i) => {
    const t = term as { name?: unknown; aliases?: unknown } | null;
    if (!t || typeof t.name !== 'string' || !t.name.trim()) throw new TaxonomyFileError(file, `terms[${i}].name: expected a name`);
    if (t.aliases !== undefined && !(Array.isArray(t.aliases) && t.aliases.every((a) => typeof a === 'string' && a.trim())))
      throw new TaxonomyFileError(file, `terms[${i}].aliases: expected a list of names`);
  });
  if (ambiguous !== undefined && !(Array.isArray(ambiguous) && ambiguous.every((a) => typeof a === 'string')))
    throw new TaxonomyFileError(file, 'ambiguous: expected a list of names');
  return data as TaxonomyFile;
}

/**
 * Builds the taxonomy from files in order: a later file's term that shares a name or an
 * alias with an earlier one merges into it and renames it.
 */
export function buildTaxonomy(files: readonly TaxonomyFile[]): Taxonomy {
  const terms = new Map<string, { name: string; names: string[] }>();
  const byKey = new Map<string, string>();
  const ambiguous = new Map<string, string>();
  for (const file of files) {
    for (const data of file.terms) {
      const names = [data.name, ...(data.aliases ?? [])].map((n) => n.trim());
      const keys = names.map(nameKey).filter(Boolean);
      const existing = keys.map((k) => byKey.get(k)).find((id) => id !== undefined);
      const id = existing ?? keys[0];
      if (!id) continue;
      const term = terms.get(id) ?? { name: data.name, names: [] };
      term.name = data.name.trim();
      term.names = [...new Set([term.name, ...term.names, ...names])];
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
  return { terms: frozen, byKey, ambiguous, longestName };
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
