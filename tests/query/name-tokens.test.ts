/** nameKey reads plain names without tokenizing them: its key is still the tokens' keys run together. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../src/match/taxonomy.js';
import { nameKey, tokenize } from '../../src/query/name-tokens.js';

const byTokens = (name: string): string =>
  tokenize(name)
    .map((t) => t.key)
    .join('');

describe('nameKey', () => {
  it('is the tokens’ keys run together, for every name and alias of the skills taxonomy', () => {
    const names = [...defaultTaxonomy().terms.values()].flatMap((t) => t.names);
    expect(names.length).toBeGreaterThan(1000);
    expect(names.filter((n) => nameKey(n) !== byTokens(n))).toEqual([]);
  });

  it('is the tokens’ keys run together, for any text of words, spaces and punctuation', () => {
    // Words of every kind a name holds, and what can stand between them.
    const words = "Apache kafka K8s C++ C# Node.js Oracle's Ação 2015 ’s".split(' ');
    const piece = fc.constantFrom(...words, ' ', '  ', '-', '/', '.', "'", '\t', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const name = pieces.join('');
        expect(nameKey(name)).toBe(byTokens(name));
      }),
      { numRuns: 2000 },
    );
    expect(nameKey('Apache Kafka')).toBe('apachekafka');
  });
});
