/**
 * The alias table's shape and query expansion with it. Separate from aliases.ts (the file loader, which
 * needs zod) so that the query layer can be loaded without the validators: the CLI's
 * cached start depends on it.
 */

/** Normalised phrase → normalised phrases. */
export type PhraseTable = ReadonlyMap<string, readonly string[]>;

export interface AliasTable {
  /**
   * Other names for the same thing: abbreviations, spellings, translations (k8s → kubernetes).
   * A text that says one of them says the query (the alias itself first in each list).
   */
  readonly same: PhraseTable;
  /**
   * Wider or neighbouring terms (kafka → event streaming). They find related entries, which
   * answers show as related, never as where the query shows up.
   */
  readonly related: PhraseTable;
}

export const emptyAliases: AliasTable = { same: new Map(), related: new Map() };

/** Each phrase of `table` found in the query (as a whole, or as one of its words) replaced by each of its values. */
function substitutions(query: string, table: PhraseTable): string[] {
  const variants: string[] = [];
  const direct = table.get(query);
  if (direct) variants.push(...direct);
  const tokens = query.split(' ');
  if (tokens.length > 1) {
    tokens.forEach((token, i) => {
      for (const expansion of table.get(token) ?? []) {
        if (expansion === token) continue;
        variants.push([...tokens.slice(0, i), expansion, ...tokens.slice(i + 1)].join(' '));
      }
    });
  }
  return variants;
}

/**
 * Alternative phrasings of a normalised query that mean the same: the query itself, then each
 * alias found in it (as a whole phrase, or as one of its words) replaced by each of its expansions.
 */
export function expandQuery(query: string, aliases: AliasTable): string[] {
  return [...new Set([query, ...substitutions(query, aliases.same)])];
}

/** Related phrasings of a normalised query (its `related` terms), never the query itself. */
export function relatedQueries(query: string, aliases: AliasTable): string[] {
  return [...new Set(substitutions(query, aliases.related))].filter((v) => v !== query);
}

/** Each normalised phrase's neighbouring words run together: "pic pay" of a résumé saying "PicPay". */
export function runTogether(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    const said = phrase.split(' ').filter(Boolean);
    for (let i = 0; i < said.length; i++)
      for (let end = i + 2; end <= Math.min(said.length, i + 4); end++) out.push(said.slice(i, end).join(''));
  }
  return out;
}
