/**
 * The directory answers our own labelled questions: people questions list exactly the right
 * people, person-scoped questions answer the right person first, and nothing fits means no result.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot } from './fixture.js';
import { describeMiss, scoreDirectory } from './labelled.js';
import { NOBODY_QUESTIONS, PEOPLE_QUESTIONS, PERSON_NO_FIT, PERSON_QUESTIONS } from './questions.js';

const bot = directoryBot();

describe.each([
  ['who fits', PEOPLE_QUESTIONS],
  ['nobody fits', NOBODY_QUESTIONS],
  ["one person's answer", PERSON_QUESTIONS],
  ['one person, nothing fits', PERSON_NO_FIT],
])('given a directory of six, %s', (_kind, questions) => {
  it.each(questions.map((q) => [q.ask, q] as const))('answers %s', (_ask, question) => {
    const outcome = scoreDirectory(bot, question);
    expect(outcome.right, describeMiss(outcome)).toBe(true);
  });
});

describe('the set as a whole', () => {
  it('prints its accuracy', () => {
    const all = [...PEOPLE_QUESTIONS, ...NOBODY_QUESTIONS, ...PERSON_QUESTIONS, ...PERSON_NO_FIT].map((q) => scoreDirectory(bot, q));
    const right = all.filter((o) => o.right).length;
    console.log(`directory tuning set: ${right}/${all.length} right`);
    expect(all.length).toBeGreaterThanOrEqual(40);
  });
});
