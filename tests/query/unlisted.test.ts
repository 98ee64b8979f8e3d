/**
 * Given questions nobody listed (unlisted-set.ts, written from the résumés before the code that
 * answers them), the bot answers the right entry first and nothing when nothing fits.
 */
import { describe, expect, it } from 'vitest';
import { outcome, summary } from './fixture-bots.js';
import { UNLISTED } from './unlisted-set.js';

describe('questions nobody listed, over six résumés', () => {
  it('has at least 120 questions, 50 of them with nothing that fits, over every résumé', () => {
    expect(UNLISTED.length).toBeGreaterThanOrEqual(120);
    expect(UNLISTED.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(50);
    expect(new Set(UNLISTED.map((q) => q.resume))).toEqual(
      new Set(['martin', 'career-changer', 'new-grad', 'senior-engineer', 'sample', 'relevance-edge']),
    );
  });

  it.each(UNLISTED)('given [$resume] "$ask", answers $command → $first', (question) => {
    const got = outcome(question);
    expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
    if (question.first === null) expect(got.answer.matches).toEqual([]);
  });

  it('prints where the set stands', () => {
    const result = summary(UNLISTED.map(outcome));
    console.log(`unlisted set: ${result.right}/${result.total} right first, ${result.answeredNoFit} answers to no-fit questions`);
    for (const miss of result.misses) console.log(`  miss ${miss}`);
    expect(result.right).toBe(result.total);
  });
});
