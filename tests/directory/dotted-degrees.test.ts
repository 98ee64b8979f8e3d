/**
 * A degree asked with its dots ("ph.d.", "b.sc.") is the degree asked without them: "who has a ph.d.?" lists whoever
 * "who has a phd?" lists (a Doctorado too), not only whoever writes "Ph.D." on their résumé.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) =>
  bot
    .answer(parseLine(asked))
    .matches.map((m) => m.person?.id)
    .sort();

describe('a degree asked with dots', () => {
  it.each([
    ['who has a ph.d.?', 'who has a phd?'],
    ['anyone with a ph.d?', 'anyone with a phd?'],
    ['who has a b.sc.?', 'who has a bsc?'],
  ])('given "%s", lists whoever "%s" lists', (dotted, undotted) => {
    expect(people(dotted)).toEqual(people(undotted));
  });

  it('given "who has a ph.d.?", lists both doctors', () => {
    expect(people('who has a ph.d.?')).toEqual(['martin-alvarez', 'senior-engineer']);
  });
});
