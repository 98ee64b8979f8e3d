/**
 * Given questions written from the résumés alone (fresh-relevance-set.ts), the bot answers the
 * right entry first, lists exactly the people who fit, and answers nothing when nothing fits.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, SIX } from '../directory/fixture.js';
import { describeMiss, scoreDirectory } from '../directory/labelled.js';
import { outcome, summary } from './fixture-bots.js';
import { FRESH_DIRECTORY, FRESH_SINGLE } from './fresh-relevance-set.js';

const directory = directoryBot([...SIX, 'relevance-edge']);

const all = [...FRESH_SINGLE, ...FRESH_DIRECTORY];
const noFit = (q: (typeof all)[number]) => ('people' in q ? q.people.length === 0 : q.first === null);

describe('a fresh English set over one résumé and a directory of seven', () => {
  it('has at least 100 questions, a third of them with nothing that fits, over every résumé', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(all.filter(noFit).length * 3).toBeGreaterThanOrEqual(all.length);
    expect(new Set(FRESH_SINGLE.map((q) => q.resume))).toEqual(
      new Set(['martin', 'career-changer', 'new-grad', 'senior-engineer', 'sample', 'relevance-edge']),
    );
  });

  it.each(FRESH_SINGLE)('given [$resume] "$ask", answers $command → $first', (question) => {
    const got = outcome(question);
    expect({ command: got.command, first: got.first }).toEqual({ command: question.command, first: question.first });
    if (question.first === null) expect(got.answer.matches).toEqual([]);
  });

  it.each(FRESH_DIRECTORY.map((q) => [q.ask, q] as const))('given the directory, "%s" answers as labelled', (_ask, question) => {
    const got = scoreDirectory(directory, question);
    expect(got.right, describeMiss(got)).toBe(true);
  });

  it('prints where the set stands', () => {
    const single = summary(FRESH_SINGLE.map(outcome));
    const dir = FRESH_DIRECTORY.map((q) => scoreDirectory(directory, q));
    const right = single.right + dir.filter((o) => o.right).length;
    const answeredNoFit = single.answeredNoFit + dir.filter((o) => o.answeredNoFit).length;
    console.log(`fresh relevance set: ${right}/${all.length} right first, ${answeredNoFit} answers to no-fit questions`);
    expect({ right, answeredNoFit }).toEqual({ right: all.length, answeredNoFit: 0 });
  });
});
