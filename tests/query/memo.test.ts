/**
 * A bounded memo keeps what it computed until it is full, by its entries or by what they hold
 * together, and is then emptied: a stream of distinct keys never grows it past either bound.
 */
import { describe, expect, it } from 'vitest';
import { Memo, memoCensus, remembered } from '../../src/query/memo.js';

describe('a bounded memo', () => {
  it('given a key asked again, answers from memory without computing', () => {
    const memo = new Memo<string, number>(10);
    let computed = 0;
    const ask = (key: string) => memo.remember(key, () => ++computed);
    expect([ask('a'), ask('b'), ask('a')]).toEqual([1, 2, 1]);
    expect(computed).toBe(2);
  });

  it('given more distinct keys than it may hold, empties itself and never holds more than its entries', () => {
    const memo = new Memo<number, number>(3);
    for (let key = 0; key < 10; key++) {
      memo.remember(key, () => key);
      expect(memo.count().entries).toBeLessThanOrEqual(3);
    }
    expect(memo.count().entries).toBe(1);
  });

  it('given heavy entries, empties itself before what they hold passes its weight, however few they are', () => {
    const memo = new Memo<string, readonly number[]>(1_000, 10, (list) => list.length);
    memo.remember('six', () => [1, 2, 3, 4, 5, 6]);
    memo.remember('three', () => [1, 2, 3]);
    expect(memo.count()).toEqual({ entries: 2, maxEntries: 1_000, weight: 9, maxWeight: 10 });
    memo.remember('four', () => [1, 2, 3, 4]);
    expect(memo.count()).toEqual({ entries: 1, maxEntries: 1_000, weight: 4, maxWeight: 10 });
    expect(memo.get('six')).toBeUndefined();
  });

  it('given memos made by the class and by remembered, counts both in the census while they live', () => {
    const memo = new Memo<string, string>(5);
    const plain = new Map<string, string>();
    memo.remember('a', () => 'A');
    remembered(plain, 'b', 7, () => 'B');
    const census = memoCensus();
    expect(census).toContainEqual({ entries: 1, maxEntries: 5, weight: 0, maxWeight: Number.POSITIVE_INFINITY });
    expect(census).toContainEqual({ entries: 1, maxEntries: 7, weight: 0, maxWeight: 0 });
    expect(memo.get('a')).toBe('A');
  });
});
