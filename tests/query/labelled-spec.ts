/**
 * The spec every labelled set nobody listed runs: each question answered right first (nothing when nothing
 * fits), the known misses as expected failures (each turns red once answered, to be taken off the list), and
 * the set's score printed.
 */
import { expect, it } from 'vitest';
import { type Labelled, outcome, summary } from './fixture-bots.js';

export const labelKey = (q: Labelled): string => `${q.resume}: ${q.ask}`;

export function specsFor(name: string, set: readonly Labelled[], knownMisses: ReadonlySet<string>): void {
  it.each(set.filter((q) => !knownMisses.has(labelKey(q))))('given [$resume] "$ask", answers $command → $first', (question) => {
    const got = outcome(question);
    expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
    if (question.first === null) expect(got.answer.matches).toEqual([]);
  });

  const misses = set.filter((q) => knownMisses.has(labelKey(q)));
  if (misses.length)
    it.fails.each(misses)('still misses [$resume] "$ask"', (question) => {
      const got = outcome(question);
      expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
    });

  it('prints where the set stands', () => {
    const result = summary(set.map(outcome));
    console.log(`${name}: ${result.right}/${result.total} right first, ${result.answeredNoFit} answers to no-fit questions`);
    for (const miss of result.misses) console.log(`  miss ${miss}`);
    expect(result.total - result.right).toBe(knownMisses.size);
  });
}
