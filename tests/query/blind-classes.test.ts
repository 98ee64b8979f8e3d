/**
 * Given a tuning set written from the résumés alone (blind-classes-set.ts), the bot answers the right entry
 * first, nothing when nothing fits, and a refusal keeps the section the question asked about.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_CLASSES } from './blind-classes-set.js';
import { specsFor } from './labelled-spec.js';

/** Still answered wrong: each runs as an expected failure, so fixing one fails here until it is taken off this list. */
const KNOWN_MISSES = new Set<string>([
  'career-changer: is he a runner?',
  'sample: is he a spanish speaker?',
  'relevance-edge: was she ever based in montreal for work?',
]);

describe('a tuning set over the classes that failed on blind questions', () => {
  it('has at least 160 questions over every résumé, 65 of them with nothing that fits', () => {
    expect(BLIND_CLASSES.length).toBeGreaterThanOrEqual(160);
    expect(BLIND_CLASSES.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(65);
    expect(new Set(BLIND_CLASSES.map((q) => q.resume)).size).toBe(6);
  });

  specsFor('blind classes set', BLIND_CLASSES, KNOWN_MISSES);
});
