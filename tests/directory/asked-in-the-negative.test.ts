/**
 * "Who doesn't know python?" listed the people who know Python, and "who is not working right now?" those who are:
 * the "not" was dropped. A question asked in the negative lists everyone the question without it does not fit,
 * each with where they stand now; when nobody fits the question without it ("who doesn't like pizza?"), nobody fits.
 */
import { describe, expect, it } from 'vitest';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);
const everyone = people('/people');
const without = (ids: readonly string[]) => everyone.filter((id) => !ids.includes(id!));

describe('asked in the negative, across people', () => {
  it('given "who doesn\'t know python?", lists everyone who does not', () => {
    expect(people('who knows python?')).toEqual(['career-changer', 'new-grad', 'senior-engineer']);
    expect(people("who doesn't know python?")).toEqual(without(['career-changer', 'new-grad', 'senior-engineer']));
    expect(people('who does not speak spanish?')).toEqual(['martin', 'new-grad', 'sample']);
    expect(people('quem não sabe python?')).toEqual(people("who doesn't know python?"));
  });

  it('given "who is not working right now?", lists whoever has no ongoing role', () => {
    expect(people('who is not working right now?')).toEqual(['career-changer', 'martin-alvarez', 'new-grad', 'sample']);
    expect(people('who has never worked at netflix?')).toEqual(without(['martin']));
  });

  it('given a negation nothing here answers, finds nobody', () => {
    expect(people("who doesn't like pizza?")).toEqual([]);
  });
});
