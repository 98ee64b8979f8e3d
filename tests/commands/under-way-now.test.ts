/**
 * An entry whose end date is still ahead (a contract through March 2027, an expected graduation) is under way today:
 * "where does she work now?" answers it as her current role, and across people "who is working now?" lists her. One
 * that ended last year is her most recent, said to be over.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { createDirectoryBot } from '../../src/core/directory.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { parseResume } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';

const aliases = loadAliasesFile('data/aliases.json');
const clock = () => FIXED_NOW;
const contractor = parseResume(
  {
    basics: { name: 'Ada' },
    work: [
      { name: 'Acme', position: 'Contract Engineer', startDate: '2025-01', endDate: '2027-03' },
      { name: 'Old Co', position: 'Engineer', startDate: '2020-01', endDate: '2024-12' },
    ],
  },
  'ada.json',
);
const finished = parseResume(
  { basics: { name: 'Bo' }, work: [{ name: 'Beta', position: 'Engineer', startDate: '2019-01', endDate: '2023-06' }] },
  'bo.json',
);

describe('under way now', () => {
  it('given a contract that ends next year, answers "where does she work now?" with it, as current', () => {
    const bot = createBot({ resume: contractor, aliases, clock });
    for (const asked of ['where does she work now?', '/experience current', 'what is her current role?']) {
      const answer = bot.answer(parseLine(asked));
      expect(answer.title, asked).toBe('Contract Engineer at Acme');
    }
  });

  it('given only roles that ended, still says the most recent is over', () => {
    const answer = createBot({ resume: finished, aliases, clock }).answer(parseLine('where does he work now?'));
    expect(answer.title).toBe('No current role; the most recent: Engineer at Beta');
  });

  it('given both across people, lists only the one still under contract as working now', () => {
    const bot = createDirectoryBot({
      people: [
        { id: 'ada', resume: contractor },
        { id: 'bo', resume: finished },
      ],
      aliases,
      clock,
    });
    expect(bot.answer(parseLine('who is working now?')).matches.map((m) => m.person?.id)).toEqual(['ada']);
    expect(bot.answer(parseLine('who is currently employed?')).matches.map((m) => m.person?.id)).toEqual(['ada']);
  });
});
