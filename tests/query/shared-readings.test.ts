/**
 * A question asked of many people is read once per route table and shared while that asking lasts: each
 * person's route is the one they get reading it alone, and nothing is kept once the asking returns.
 */
import { describe, expect, it } from 'vitest';
import { catalogOf, commands } from '../../commands/index.js';
import { buildIndex, type ResumeIndex } from '../../src/query/index.js';
import { routeFreeText } from '../../src/query/route.js';
import { readingOf, sharingReadings } from '../../src/query/shared-readings.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { SIX } from '../directory/fixture.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { resumePath } from './fixture-bots.js';
import { TUNING } from './tuning-set.js';

const catalog = catalogOf(commands);
const aliases = loadAliasesFile('data/aliases.json');
const indexes: ResumeIndex[] = SIX.map((id) => buildIndex(loadResumeFile(resumePath(id)), aliases, () => FIXED_NOW, catalog));

/** Free-text questions of the tuning set, and some that name the owner, an employer, a title, a place, a year. */
const QUESTIONS = [
  ...TUNING.map((q) => q.ask).filter((ask) => !ask.startsWith('/')),
  'was martin a cto?',
  'what did lena do at netflix in 2015?',
  'was he a performance engineer at netflix?',
  'did she work in austin?',
  'does she live in lisbon?',
  'quem sabe kafka?',
  'who is marcus feng?',
];

describe('readings shared across an asking', () => {
  it('given a question asked of six people at once, routes each as when asked of them alone', () => {
    const alone = QUESTIONS.map((q) => indexes.map((index) => routeFreeText(q, index)));
    const shared = QUESTIONS.map((q) => sharingReadings(() => indexes.map((index) => routeFreeText(q, index))));
    expect(shared).toEqual(alone);
  });

  it('given people with the same sections, hands them one reading while the asking lasts', () => {
    const table = indexes[0]!.routes;
    const [first, again] = sharingReadings(() => [
      readingOf('who knows kafka?', 'who knows kafka', table),
      readingOf('who knows kafka?', 'who knows kafka', table),
    ]);
    expect(again).toBe(first);
  });

  it('given no asking under way, reads every question afresh: nothing is kept between questions', () => {
    const table = indexes[0]!.routes;
    expect(readingOf('who knows kafka?', 'who knows kafka', table)).not.toBe(readingOf('who knows kafka?', 'who knows kafka', table));
    const inside = sharingReadings(() => readingOf('who knows kafka?', 'who knows kafka', table));
    expect(sharingReadings(() => readingOf('who knows kafka?', 'who knows kafka', table))).not.toBe(inside);
  });
});
