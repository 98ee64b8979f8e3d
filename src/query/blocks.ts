/**
 * Hits found block by block while a question across everyone is asked. Its people are asked one after another,
 * mostly in the directory's order (which is the shared index's): a search finds the hits of a block of people from
 * the one asked on, each block of a query larger than the one before, and everyone's in one pass once the blocks
 * would cover a good part of them. A question answered by its first few dozen people reads their postings, not
 * everyone's; one that asks hundreds reads everyone's with little more read before.
 */

/** People by their numbers in a shared index: `from` up to, not including, `to`. One person is a range of one. */
export interface Among {
  readonly from: number;
  readonly to: number;
}

export const onePerson = (person: number): Among => ({ from: person, to: person + 1 });

/** How many people the first block of a query holds, and how much larger each next one is. */
const FIRST_BLOCK = 8;
const BLOCK_GROWTH = 4;
/** Blocks stop once they would cover this share of everyone: a pass over everyone costs little more by then. */
const BLOCKS_UP_TO = 1 / 4;

/** What a block's search found: each person's hits (undefined: none). */
export interface Found<H> {
  get(person: number): H[] | undefined;
  readonly held: number;
}

/** The blocks found for one query so far (never changed: a block added makes new Blocks). */
export interface Blocks<H> {
  /** Each block, by where it starts (ascending, as they were found). */
  readonly blocks: ReadonlyArray<Among & { readonly found: Found<H> }>;
  /** How many people they cover together. */
  readonly covered: number;
  /** How many hits they hold together (a memo's weight). */
  readonly held: number;
}

/** The block holding this person, if any. */
export function blockOf<H>(found: Blocks<H> | undefined, person: number): Found<H> | undefined {
  if (!found) return undefined;
  for (const block of found.blocks) if (block.from <= person && person < block.to) return block.found;
  return undefined;
}

/**
 * The next block to search, from `person` on (within the `count` people of the index); null when everyone's hits
 * should be found in one pass instead: the blocks would cover a good part of everyone, or people are not asked in
 * order (one before the last block: a ranking's order, where blocks from each would mostly hold people never asked).
 */
export function nextBlock<H>(found: Blocks<H> | undefined, person: number, count: number): Among | null {
  const blocks = found?.blocks ?? [];
  const size = FIRST_BLOCK * BLOCK_GROWTH ** blocks.length;
  if ((found?.covered ?? 0) + size > count * BLOCKS_UP_TO) return null;
  if (blocks.length && person < blocks.at(-1)!.from) return null;
  return { from: person, to: Math.min(person + size, count) };
}

/** The blocks with one more. */
export function withBlock<H>(found: Blocks<H> | undefined, block: Among, hits: Found<H>): Blocks<H> {
  const blocks = [...(found?.blocks ?? []), { ...block, found: hits }];
  return { blocks, covered: (found?.covered ?? 0) + block.to - block.from, held: (found?.held ?? 0) + hits.held };
}
