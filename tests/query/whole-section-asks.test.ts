/**
 * Questions that ask for a whole section in other words: one that only ranks or singles out ("his strongest skills",
 * "as principais habilidades dele") is the section's listing, and "how many years of experience?" is answered by
 * the roles' listing, which says how long they cover.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, martinBot, parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';

const ids = (answer: { matches: ReadonlyArray<{ id: string }> }) => answer.matches.map((m) => m.id);

describe('a section asked by a word that only ranks it', () => {
  it('given "what are his strongest skills?" or "his top skills", lists every skill group, as /skills does', () => {
    const bot = martinBot();
    const all = ids(bot.answer(parseLine('/skills')));
    expect(all.length).toBeGreaterThan(1);
    expect(ids(bot.answer(parseLine('what are his strongest skills?')))).toEqual(all);
    expect(ids(bot.answer(parseLine('his top skills')))).toEqual(all);
  });

  it('given "what are her main projects?" of Lena, lists her projects', () => {
    const bot = botFor('senior-engineer');
    expect(ids(bot.answer(parseLine('what are her main projects?')))).toEqual(ids(bot.answer(parseLine('/projects'))));
  });

  it('given such a word before the name of a section, where another section has an entry it names, lists the section asked', () => {
    const bot = botFor('senior-engineer');
    const roles = ids(bot.answer(parseLine('/experience')));
    // Not her paper on Key-Value stores, nor the project she is a "Maintainer" of (a typo away from "main").
    expect(ids(bot.answer(parseLine('what are her key achievements?')))).toEqual(roles);
    expect(ids(bot.answer(parseLine('key accomplishments')))).toEqual(roles);
    expect(ids(bot.answer(parseLine('what is her main skill?')))).toEqual(ids(bot.answer(parseLine('/skills'))));
    expect(ids(bot.answer({ ...parseLine('quais as principais habilidades dela?'), locale: 'pt-BR' }))).toEqual(
      ids(bot.answer(parseLine('/skills'))),
    );
  });

  it('given "key responsibilities at netflix" of Lena, who never worked there, answers nothing', () => {
    const answer = botFor('senior-engineer').answer(parseLine('key responsibilities at netflix'));
    expect(answer.matches).toEqual([]);
  });

  it('given "quais são as principais habilidades dele?" in Portuguese, lists every skill group', () => {
    const bot = martinBot();
    expect(ids(bot.answer({ ...parseLine('quais são as principais habilidades dele?'), locale: 'pt-BR' }))).toEqual(
      ids(bot.answer(parseLine('/skills'))),
    );
  });

  it('given such a word that names an entry ("/skills core" of a résumé listing .NET Core), finds that entry', () => {
    const bot = createBot({
      resume: parseResume(
        {
          basics: { name: 'Ana Lima' },
          skills: [
            { name: 'Backend', keywords: ['.NET Core', 'SQL'] },
            { name: 'Cloud', keywords: ['Azure'] },
          ],
        },
        'ana.json',
      ),
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    });
    const answer = bot.answer(parseLine('/skills core'));
    expect(answer.matches.map((m) => m.title)).toEqual(['.NET Core']);
  });
});

describe('how long the roles cover', () => {
  it('given "how many years of experience does he have?", the listing says 19 yrs 11 mos since Jan 2007', () => {
    const answer = martinBot().answer(parseLine('how many years of experience does he have?'));
    expect(answer.subtitle).toBe('Martin Spier · 5 roles · 19 yrs 11 mos of experience, since Jan 2007');
  });

  it('given roles held at once, counts their shared months once', () => {
    const bot = createBot({
      resume: parseResume(
        {
          basics: { name: 'Bo Chen' },
          work: [
            { name: 'Acme', position: 'Engineer', startDate: '2020-01', endDate: '2021-12' },
            { name: 'Side', position: 'Advisor', startDate: '2021-01', endDate: '2022-12' },
          ],
        },
        'bo.json',
      ),
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    });
    expect(bot.answer(parseLine('/experience')).subtitle).toBe('Bo Chen · 2 roles · 3 yrs of experience, since Jan 2020');
  });
});
