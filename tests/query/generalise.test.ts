/**
 * Given a third set of questions nobody listed (generalise-set.ts, written from the résumés before the
 * code that answers them changed), the bot answers the right entry first and nothing when nothing fits.
 */
import { describe, expect, it } from 'vitest';
import { labelKey, specsFor } from './labelled-spec.js';
import { GENERALISE } from './generalise-set.js';

/** Still answered wrong: each runs as an expected failure, so fixing one fails here until it is taken off this list. */
const KNOWN_MISSES = new Set<string>([
  'senior-engineer: does she know terraform cloud?',
  'relevance-edge: does she know google cloud functions?',
]);

describe('a third set nobody listed, over six résumés', () => {
  it('has at least 150 questions, 60 of them with nothing that fits, over every résumé', () => {
    expect(GENERALISE.length).toBeGreaterThanOrEqual(150);
    expect(GENERALISE.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(60);
    expect(new Set(GENERALISE.map((q) => q.resume)).size).toBe(6);
    expect(new Set(GENERALISE.map(labelKey)).size).toBe(GENERALISE.length);
  });

  specsFor('generalise set', GENERALISE, KNOWN_MISSES);
});
