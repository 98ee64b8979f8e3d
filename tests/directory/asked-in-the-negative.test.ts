/**
 * "Who doesn't know python?" listed the people who know Python, and "who is not working right now?" those who are:
 * the "not" was dropped. A question asked in the negative lists everyone the question without it does not fit,
 * each with where they stand now, by name; whoever lacks its words is not asked, the rest only until the shown are
 * found. When nobody fits the question without it ("who doesn't like pizza?"), nobody fits. "Who is currently between
 * jobs" listed those with a current role: being between jobs, unemployed or out of work is not working, now unless
 * the question says when, as "who is not working?" is.
 */
import { describe, expect, it } from 'vitest';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { resumePath } from '../query/fixture-bots.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);
const everyone = people('/people');
const without = (ids: readonly (string | undefined)[]) => everyone.filter((id) => !ids.includes(id!));

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

  it.each([
    'who is not working?',
    'who is currently between jobs',
    'anyone unemployed?',
    'who is out of work?',
    'quem tá sem emprego no momento?',
    'quem está desempregado?',
  ])('given "%s", lists whoever has no ongoing role: not working now, as "who is working?" asks of now', (asked) => {
    expect(people(asked)).toEqual(['career-changer', 'martin-alvarez', 'new-grad', 'sample']);
  });

  it('given more who do not fit than are shown, shows the first by name and counts the rest', () => {
    const people = SIX.map((id) => ({ id, resume: loadResumeFile(resumePath(id)) }));
    const two = createDirectoryBot({ people, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW, shown: 2 });
    const answer = two.answer(parseLine("who doesn't know python?"));
    expect(answer.matches.map((m) => m.person?.id)).toEqual(['martin-alvarez', 'martin']);
    expect(answer.footer).toContain('1 more');
  });

  it('given a negation nothing here answers, finds nobody', () => {
    expect(people("who doesn't like pizza?")).toEqual([]);
  });

  it('given "who has no certificates?" or "who lacks a phd?", lists whoever has none', () => {
    expect(people('who has certificates?')).toEqual(['career-changer', 'senior-engineer']);
    expect(people('who has no certificates?')).toEqual(without(['career-changer', 'senior-engineer']));
    expect(people('who has no publications?')).toEqual(without(people('who has publications?')));
    expect(people('who lacks a phd?')).toEqual(without(people('who has a phd?')));
    expect(people('who is without a phd?')).toEqual(without(people('who has a phd?')));
  });

  it('given a negation everyone here contradicts ("who has no degree?"), finds nobody rather than everyone', () => {
    expect(people('who has a degree?')).toEqual(everyone);
    expect(people('who has no degree?')).toEqual([]);
    expect(people('/people no degree')).toEqual([]);
  });

  it('given the negative after "anyone who" or "which of them", lists whoever does not fit', () => {
    expect(people("anyone who hasn't used kafka?")).toEqual(without(people('has anyone used kafka?')));
    expect(people("is there anyone who doesn't speak spanish?")).toEqual(['martin', 'new-grad', 'sample']);
    expect(people("which of them doesn't speak spanish?")).toEqual(['martin', 'new-grad', 'sample']);
  });

  it('quotes the question as typed, and lists by name without claiming the best come first', () => {
    const people = SIX.map((id) => ({ id, resume: loadResumeFile(resumePath(id)) }));
    const one = createDirectoryBot({ people, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW, shown: 1 });
    const answer = one.answer(parseLine("who doesn't know python?"));
    expect(answer.title).toBe("3 people fit “doesn't know python”");
    expect(answer.footer).toContain('not checked');
  });
});
