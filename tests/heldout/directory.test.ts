/**
 * The held-out directory questions (tests/heldout/directory.json), written by an examiner who never
 * saw the code and never edited to pass: all five people at once (Martin and the JSON Resume
 * examples). Each run prints where it stands and what it misses; the guard below keeps it from
 * sliding back. The target is every people question's exact set and every person-scoped question's
 * right person first; raise the guard as it gets there. Never tune on these questions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directoryBot, FIVE } from '../directory/fixture.js';
import { type DirectoryQuestion, describeMiss, scoreDirectory } from '../directory/labelled.js';

// Where it stands (67/70, no answer to a no-fit question; 58/70 when the spec was added).
const GUARD = { right: 0.95, noFitAnswers: 0 };

const questions = JSON.parse(readFileSync('tests/heldout/directory.json', 'utf8')) as DirectoryQuestion[];

describe('held-out directory questions (directory.json)', () => {
  const bot = directoryBot(FIVE);
  const outcomes = questions.map((q) => scoreDirectory(bot, q));
  const right = outcomes.filter((o) => o.right).length;
  const noFit = outcomes.filter((o) => o.answeredNoFit).length;
  const people = outcomes.filter((o) => 'people' in o.question);
  const scoped = outcomes.filter((o) => !('people' in o.question));
  const count = (list: typeof outcomes) => `${list.filter((o) => o.right).length}/${list.length}`;
  const line = `held-out directory.json: ${right}/${outcomes.length} right (${((100 * right) / outcomes.length).toFixed(1)}%; people ${count(people)}, person-scoped ${count(scoped)}), ${noFit} answers to no-fit questions`;

  it('reports its accuracy and its misses', () => {
    console.log([line, ...outcomes.filter((o) => !o.right).map((o) => `  miss: ${describeMiss(o)}`)].join('\n'));
    expect(outcomes.length).toBe(questions.length);
  });

  it('does not slide below where it stands', () => {
    expect(right / outcomes.length, line).toBeGreaterThanOrEqual(GUARD.right);
    expect(noFit, line).toBeLessThanOrEqual(GUARD.noFitAnswers);
  });
});
