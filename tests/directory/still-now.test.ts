/**
 * "Who is still in school?", "who is currently in school?": asked in the present, only an entry under way today fits;
 * everyone who once studied does not. "Was she still at Dropbox in 2019?" is asked in the past, and keeps its year.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { statedTime } from '../../src/query/asked-time.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { directoryBot } from './fixture.js';

const school = (institution: string, endDate: string) => ({
  institution,
  area: 'Physics',
  studyType: 'BSc',
  startDate: '2022-09',
  endDate,
});

describe('still, and currently, across people', () => {
  it('given nobody studying today, "who is still in school?" and "who is currently in school?" find nobody', () => {
    const bot = directoryBot();
    for (const asked of ['who is still in school?', 'who is still studying?', 'who is currently in school?'])
      expect(bot.answer(parseLine(asked)).matches, asked).toEqual([]);
  });

  it('given one person still studying, lists only them', () => {
    const bot = createDirectoryBot({
      people: [
        { id: 'ada', resume: parseResume({ basics: { name: 'Ada' }, education: [school('Uni of Somewhere', '2027-06')] }, 'ada.json') },
        { id: 'bo', resume: parseResume({ basics: { name: 'Bo' }, education: [school('Uni of Elsewhere', '2024-06')] }, 'bo.json') },
      ],
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    });
    expect(bot.answer(parseLine('who is still in school?')).matches.map((m) => m.person?.id)).toEqual(['ada']);
    expect(bot.answer(parseLine('who is currently in school?')).matches.map((m) => m.person?.id)).toEqual(['ada']);
  });

  it('given a degree expected to end next year, answers "is she still in school?" with it, as under way', () => {
    const ada = parseResume({ basics: { name: 'Ada' }, education: [school('Uni of Somewhere', '2027-06')] }, 'ada.json');
    const answer = createBot({ resume: ada, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW }).answer(
      parseLine('is she still in school?'),
    );
    expect(answer.kind).not.toBe('empty');
    expect(answer.matches.map((m) => m.title)).toEqual(['BSc Physics at Uni of Somewhere']);
  });

  it('reads "still" or "currently" without a verb as now, and in the past as no constraint of today', () => {
    expect(statedTime('still in school')).toEqual({ relation: 'now' });
    expect(statedTime('currently at confluent')).toEqual({ relation: 'now' });
    expect(statedTime('was she still at dropbox')).toBeUndefined();
  });
});
