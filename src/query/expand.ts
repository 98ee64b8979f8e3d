/**
 * The alias table's shape and query expansion with it. Separate from aliases.ts (the file loader, which
 * needs zod) so that the query layer can be loaded without the validators: the CLI's
 * cached start depends on it.
 */

/** Normalised alias phrase → normalised expansions (the alias itself first). */
export type AliasTable = ReadonlyMap<string, readonly string[]>;

export const emptyAliases: AliasTable = new Map();

/**
 * Alternative phrasings of a normalised query: the query itself, then each alias found in
 * it (as a whole phrase, or as one of its words) replaced by each of its expansions.
 */
export function expandQuery(query: string, aliases: AliasTable): string[] {
  const variants = [query];
  const direct = aliases.get(query);
  if (direct) variants.push(...direct);
  const tokens = query.split(' ');
  if (tokens.length > 1) {
    tokens.forEach((token, i) => {
      for (const expansion of aliases.get(token) ?? []) {
        if (expansion === token) continue;
        variants.push([...tokens.slice(0, i), expansion, ...tokens.slice(i + 1)].join(' '));
      }
    });
  }
  return [...new Set(variants)];
}
