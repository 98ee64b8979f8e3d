/**
 * Given a second set of questions nobody listed, written after the rules the first set tuned
 * (unlisted-check-set.ts), the bot answers as well as on the first.
 */
import { describe, expect, it } from 'vitest';
import { specsFor } from './labelled-spec.js';
import { UNLISTED_CHECK } from './unlisted-check-set.js';

/** Still answered wrong: each runs as an expected failure, so fixing one fails here until it is taken off this list. */
const KNOWN_MISSES = new Set<string>(['sample: does he know gif animation?']);

describe('a second set nobody listed, to check the first was not overfitted', () => {
  it('has at least 50 questions over every résumé, a third of them with nothing that fits', () => {
    expect(UNLISTED_CHECK.length).toBeGreaterThanOrEqual(50);
    expect(UNLISTED_CHECK.filter((q) => q.first === null).length * 3).toBeGreaterThanOrEqual(UNLISTED_CHECK.length);
    expect(new Set(UNLISTED_CHECK.map((q) => q.resume)).size).toBe(6);
  });

  specsFor('unlisted check set', UNLISTED_CHECK, KNOWN_MISSES);
});
