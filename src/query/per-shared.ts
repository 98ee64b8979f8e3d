/**
 * What a question needs of each shared index (the people indexed together), asked once per index and only when
 * one of its people is first read: a question across a directory reads a thousand people, who nearly all share one.
 */
import type { SharedIndex } from './index.js';

export function perSharedIndex<T>(ask: (shared: SharedIndex) => T): (shared: SharedIndex) => T {
  let last: SharedIndex | undefined;
  let lastValue: T | undefined;
  const known = new Map<SharedIndex, T>();
  return (shared) => {
    // Nearly everyone shares one index: the last one asked answers without a lookup.
    if (shared === last) return lastValue!;
    let value = known.get(shared);
    if (value === undefined && !known.has(shared)) known.set(shared, (value = ask(shared)));
    last = shared;
    lastValue = value;
    return value!;
  };
}
