/**
 * Bounded memos: what `compute` gave for a key, kept until the memo is full, when it is emptied (a
 * question's words repeat within a few questions, and a long-running bot must not grow). Every memo
 * is counted in a census while it lives, so a spec can see that a stream of distinct questions leaves
 * each within its bounds and makes no new ones.
 */

/** What one live memo holds, beside its bounds. */
export interface MemoCount {
  readonly entries: number;
  readonly maxEntries: number;
  /** What its entries hold together (hits, words), for a memo whose entries differ in size. */
  readonly weight: number;
  readonly maxWeight: number;
}

interface Counted {
  count(): MemoCount;
}

/** Every memo while it lives (a weak reference: the census keeps none alive), and how to count it. */
const live = new Set<WeakRef<object>>();
const counters = new WeakMap<object, Counted>();
const gone = new FinalizationRegistry<WeakRef<object>>((ref) => live.delete(ref));

function enlist(memo: object, counter: Counted): void {
  const ref = new WeakRef(memo);
  counters.set(memo, counter);
  live.add(ref);
  gone.register(memo, ref);
}

/** Every live memo's count (one no longer reachable may be listed until it is collected). */
export function memoCensus(): MemoCount[] {
  return [...live].flatMap((ref) => {
    const memo = ref.deref();
    const counter = memo && counters.get(memo);
    return counter ? [counter.count()] : [];
  });
}

/**
 * A memo bounded by its entries and by what they hold together (`weigh`: the hits, the words of one
 * entry): its entries differ in size, so a count of entries alone would not bound its memory.
 */
export class Memo<K, V> implements Counted {
  private readonly values = new Map<K, V>();
  private held = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
    private readonly weigh: (value: V) => number = () => 0,
  ) {
    enlist(this, this);
  }

  get(key: K): V | undefined {
    return this.values.get(key);
  }

  remember(key: K, compute: () => V): V {
    const found = this.values.get(key);
    if (found !== undefined || this.values.has(key)) return found as V;
    const value = compute();
    this.keep(key, value);
    return value;
  }

  /** Keeps `value` for the key in place of what it held (a value grown since: more found for the same key), weighed anew. */
  replace(key: K, value: V): void {
    const before = this.values.get(key);
    if (before !== undefined || this.values.has(key)) {
      this.values.delete(key);
      this.held -= this.weigh(before as V);
    }
    this.keep(key, value);
  }

  /** Forgets every entry (what they were computed from has changed). */
  clear(): void {
    this.values.clear();
    this.held = 0;
  }

  /** Holds a new entry, emptied first when it would not fit. */
  private keep(key: K, value: V): void {
    const weight = this.weigh(value);
    if (this.values.size >= this.maxEntries || this.held + weight > this.maxWeight) {
      this.values.clear();
      this.held = 0;
    }
    this.values.set(key, value);
    this.held += weight;
  }

  count(): MemoCount {
    return { entries: this.values.size, maxEntries: this.maxEntries, weight: this.held, maxWeight: this.maxWeight };
  }
}

/** A memo of small values in a plain map, bounded by its entries: emptied when it holds `limit` keys. */
export function remembered<K, V>(memo: Map<K, V>, key: K, limit: number, compute: () => V): V {
  const found = memo.get(key);
  if (found !== undefined || memo.has(key)) return found as V;
  const value = compute();
  // Counted from its first entry on, while it lives.
  if (!counters.has(memo)) enlist(memo, { count: () => ({ entries: memo.size, maxEntries: limit, weight: 0, maxWeight: 0 }) });
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
