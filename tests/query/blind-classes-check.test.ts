/**
 * Given a second set written after the first set's rules (blind-classes-check-set.ts), the bot answers as
 * well as on the first: the measure of whether those rules carry over to other wordings.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_CLASSES } from './blind-classes-set.js';
import { BLIND_CLASSES_CHECK } from './blind-classes-check-set.js';
import { specsFor } from './labelled-spec.js';

/** Still answered wrong: each runs as an expected failure, so fixing one fails here until it is taken off this list. */
const KNOWN_MISSES = new Set<string>();

describe('a second set over the classes that failed on blind questions, written after the first was tuned', () => {
  it('has at least 70 questions over every résumé, 30 of them with nothing that fits, none of the first set', () => {
    expect(BLIND_CLASSES_CHECK.length).toBeGreaterThanOrEqual(70);
    expect(BLIND_CLASSES_CHECK.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(30);
    expect(new Set(BLIND_CLASSES_CHECK.map((q) => q.resume)).size).toBe(6);
    const first = new Set(BLIND_CLASSES.map((q) => `${q.resume}: ${q.ask}`));
    expect(BLIND_CLASSES_CHECK.filter((q) => first.has(`${q.resume}: ${q.ask}`))).toEqual([]);
  });

  specsFor('blind classes check set', BLIND_CLASSES_CHECK, KNOWN_MISSES);
});
