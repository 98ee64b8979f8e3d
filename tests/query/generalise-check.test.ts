/**
 * Given a second set of questions nobody listed, written after the third set's fixes (generalise-check-set.ts),
 * the bot answers as well as on the set it was tuned on.
 */
import { describe, expect, it } from 'vitest';
import { labelKey, specsFor } from './labelled-spec.js';
import { GENERALISE_CHECK } from './generalise-check-set.js';
import { GENERALISE } from './generalise-set.js';
import { UNLISTED_CHECK } from './unlisted-check-set.js';
import { UNLISTED } from './unlisted-set.js';

/** Still answered wrong: each runs as an expected failure, so fixing one fails here until it is taken off this list. */
const KNOWN_MISSES = new Set<string>(['martin: does he know aws cloudformation?']);

describe('a check set nobody listed, written after the third set was tuned', () => {
  it('has at least 60 questions over every résumé, 25 of them with nothing that fits, none of another set', () => {
    expect(GENERALISE_CHECK.length).toBeGreaterThanOrEqual(60);
    expect(GENERALISE_CHECK.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(25);
    expect(new Set(GENERALISE_CHECK.map((q) => q.resume)).size).toBe(6);
    expect(new Set(GENERALISE_CHECK.map(labelKey)).size).toBe(GENERALISE_CHECK.length);
    const earlier = new Set([...GENERALISE, ...UNLISTED, ...UNLISTED_CHECK].map(labelKey));
    expect(GENERALISE_CHECK.filter((q) => earlier.has(labelKey(q)))).toEqual([]);
  });

  specsFor('generalise check set', GENERALISE_CHECK, KNOWN_MISSES);
});
