/**
 * A year asked of the whole résumé ("where was she in 2010?", "2010") is answered by what the résumé shows then:
 * the roles, and when there is none, her studies or a volunteer post, with the missing role said. A year asked of
 * work, or beside anything else, keeps its own answer.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { parseResume } from '../../src/resume/load.js';
import { directoryBot } from '../directory/fixture.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const titles = (answer: { matches: ReadonlyArray<{ title: string }> }) => answer.matches.map((m) => m.title);

/** Studying and volunteering in 2006, a role only from 2008. */
const student = () =>
  createBot({
    resume: parseResume(
      {
        basics: { name: 'Ana Lima' },
        work: [{ name: 'Acme', position: 'Engineer', startDate: '2008-01' }],
        education: [{ institution: 'Uni', area: 'Physics', studyType: 'B.Sc.', startDate: '2004-09', endDate: '2008-06' }],
        volunteer: [{ organization: 'Food Bank', position: 'Driver', startDate: '2006-01', endDate: '2007-01' }],
      },
      'ana.json',
    ),
    aliases: loadAliasesFile('data/aliases.json'),
    clock: () => FIXED_NOW,
  });

describe('a year asked of the whole résumé', () => {
  it('given "where was she in 2010?" of Lena (no role, a Ph.D. then), answers the Ph.D. and says there was no role', () => {
    const answer = botFor('senior-engineer').answer(parseLine('where was she in 2010?'));
    expect(answer.kind).toBe('result');
    expect(titles(answer)).toEqual(['Ph.D. Computer Science at University of Texas at Austin']);
    expect(answer.footer).toContain('No role in 2010');
    // Shared or paged, it is asked again as the section's own question.
    expect(answer.route).toEqual({ command: 'education', query: '2010' });
  });

  it('given "what did she do in 2021?" of Maya, a student then, answers her degree at the University of Washington', () => {
    const answer = botFor('new-grad').answer(parseLine('what did she do in 2021?'));
    expect(titles(answer)).toEqual(['Bachelor of Science Computer Science at University of Washington']);
  });

  it('given "was she working in 2010?", work asked, still answers that no role was held then', () => {
    const answer = botFor('senior-engineer').answer(parseLine('was she working in 2010?'));
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('No role in 2010');
  });

  it('given a year beside something else ("was she with dropbox in 2016?" of Richard), never answers an entry of that year instead', () => {
    const answer = botFor('sample').answer(parseLine('was she with dropbox in 2016?'));
    expect(answer.kind).toBe('empty');
    expect(titles(answer)).toEqual([]);
  });

  it('given a year nothing in the résumé covers, says there was no role', () => {
    const answer = botFor('senior-engineer').answer(parseLine('what was she doing in 1990?'));
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('No role in 1990');
  });

  it('given a year two other sections cover, lists both under their titles with dates, asked again as typed', () => {
    const bot = student();
    const answer = bot.answer(parseLine('what was she doing in 2006?'));
    expect(answer.title).toBe('2 entries in 2006');
    expect(titles(answer)).toEqual(['B.Sc. Physics at Uni', 'Driver at Food Bank']);
    expect(answer.footer).toBe('No role in 2006');
    const text = renderTerminal(answer, { color: false });
    expect(text).toContain('Sep 2004 – Jun 2008');
    expect(text).toContain('Jan 2006 – Jan 2007');
    expect(answer.route).toEqual({ command: 'resume', query: '2006' });
    const again = bot.answer({ ...parseLine(`/${answer.route!.command} ${answer.route!.query}`) });
    expect(titles(again)).toEqual(titles(answer));
  });

  it('given the same question in Portuguese, titles the listing in Portuguese', () => {
    const answer = student().answer({ ...parseLine('o que ela fazia em 2006?'), locale: 'pt-BR' });
    expect(answer.title).toBe('2 itens em 2006');
  });

  it('given "/experience 2006", the command asked, keeps its own answer', () => {
    const answer = student().answer(parseLine('/experience 2006'));
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('No role in 2006');
  });
});

describe('a year asked across everyone', () => {
  it('given "/people 2010", whoever studied then fits beside whoever worked then; "who was working in 2010?" keeps to work', () => {
    const bot = directoryBot();
    const people = (line: string) => bot.answer(parseLine(line)).matches.map((m) => m.person?.name);
    expect(people('/people 2010')).toEqual(['Dr. Lena Vasquez', 'Martin Spier']);
    expect(people('who was working in 2010?')).toEqual(['Martin Spier']);
  });
});
