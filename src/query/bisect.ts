/**
 * The one binary search of the query layer. Written here rather than taken from a library: the lists
 * it halves are strided postings and terms ordered by their owner, which a library's bisect over an
 * array of comparable values (d3-array, binary-search-bounds) cannot read without copying them.
 */

/** The first position in [from, to) where `before(i)` is false, given it holds for a prefix of them (else `to`). */
export function firstNotBefore(from: number, to: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the ascending list holds the value. */
export function sortedHas<T extends string | number>(list: ArrayLike<T>, value: T): boolean {
  return list[firstNotBefore(0, list.length, (i) => list[i]! < value)] === value;
}
