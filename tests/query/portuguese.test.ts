/**
 * The Portuguese tuning set (portuguese-set.ts) over the real bot: each question routed to its
 * command with the expected first result, one of a listing's results, or no result at all when
 * nothing fits. Tuned on; the held-out Portuguese set is the unseen floor.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW, parseLine } from '../helpers/bot.js';
import { botFor } from './fixture-bots.js';
import { PORTUGUESE_CHECK } from './portuguese-check-set.js';
import { FIFTH_CHECK_OPEN, isFifthCheckOpen, PORTUGUESE_FIFTH_CHECK } from './portuguese-fifth-check-set.js';
import { isFifthOpen, PORTUGUESE_FIFTH } from './portuguese-fifth-set.js';
import { PORTUGUESE_FRESH } from './portuguese-fresh-set.js';
import { isOwnOpen, PORTUGUESE_OWN } from './portuguese-own-set.js';
import { isSecondOpen, PORTUGUESE_SECOND } from './portuguese-second-set.js';
import { PORTUGUESE, type PortugueseQuestion, TRANSLATED } from './portuguese-set.js';
import { isUnlistedCheckOpen, PORTUGUESE_UNLISTED_CHECK } from './portuguese-unlisted-check-set.js';
import { isUnlistedOpen, PORTUGUESE_UNLISTED } from './portuguese-unlisted-set.js';

const translated = createBot({
  resume: loadResumeFile('data/resume.json'),
  translations: { 'pt-BR': loadResumeFile('tests/fixtures/martin.pt-BR.json') },
  aliases: loadAliasesFile('data/aliases.json'),
  clock: () => FIXED_NOW,
});

/** The command and the results' titles, the way `--json` reports them; the translated copy is asked in Portuguese. */
function outcome(q: PortugueseQuestion): { command: string | null; first: string | null; titles: string[] } {
  const bot = q.resume === TRANSLATED ? translated : botFor(q.resume);
  const answer = bot.answer({ ...parseLine(q.ask), ...(q.resume === TRANSLATED ? { locale: 'pt-BR' } : {}) });
  const titles = answer.matches.map((m) => m.title);
  return { command: answer.route?.command ?? null, first: titles[0] ?? null, titles };
}

const isRight = (q: PortugueseQuestion): boolean => {
  const got = outcome(q);
  if (got.command !== q.command) return false;
  if (q.includes !== undefined) return got.titles.includes(q.includes);
  return q.first === null ? got.titles.length === 0 : got.first === q.first;
};

/** Right first, and how many questions nothing fits were answered anyway, printed with the misses. */
function report(name: string, set: readonly PortugueseQuestion[]): string {
  const misses = set.filter((q) => !isRight(q));
  const answeredNoFit = misses.filter((q) => q.first === null && outcome(q).titles.length > 0).length;
  const lines = misses.map((q) => {
    const got = outcome(q);
    return `  miss [${q.resume}] "${q.ask}": expected ${q.command} → ${q.includes ?? q.first}, got ${got.command} → ${got.first}`;
  });
  return [`${name}: ${set.length - misses.length}/${set.length} right, ${answeredNoFit} no-fit answered`, ...lines].join('\n');
}

describe('the Portuguese tuning set', () => {
  afterAll(() => console.log(report('portuguese tuning set', PORTUGUESE)));

  it('has at least 80 questions over every résumé, with no-fit ones', () => {
    expect(PORTUGUESE.length).toBeGreaterThanOrEqual(80);
    expect(PORTUGUESE.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(15);
    expect(new Set(PORTUGUESE.map((q) => q.resume)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(PORTUGUESE)('given "$ask" of $resume, answers with $command', expectRight);
});

describe('the fresh Portuguese tuning set', () => {
  afterAll(() => console.log(report('fresh portuguese set', PORTUGUESE_FRESH)));

  it('has at least 100 questions over every résumé, 30 of them with no fit', () => {
    expect(PORTUGUESE_FRESH.length).toBeGreaterThanOrEqual(100);
    expect(PORTUGUESE_FRESH.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(30);
    expect(new Set(PORTUGUESE_FRESH.map((q) => q.resume)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(PORTUGUESE_FRESH)('given "$ask" of $resume, answers with $command', expectRight);
});

describe('the Portuguese check set (written after the fixes, never tuned on)', () => {
  afterAll(() => console.log(report('portuguese check set', PORTUGUESE_CHECK)));

  it.each(PORTUGUESE_CHECK)('given "$ask" of $resume, answers with $command', expectRight);
});

describe('the third Portuguese tuning set (written before its fixes)', () => {
  afterAll(() => console.log(report('own portuguese set', PORTUGUESE_OWN)));

  it('has at least 120 questions over every résumé and the translated copy, 40 of them with no fit', () => {
    expect(PORTUGUESE_OWN.length).toBeGreaterThanOrEqual(120);
    expect(PORTUGUESE_OWN.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(40);
    expect(new Set(PORTUGUESE_OWN.map((q) => q.resume)).size).toBe(6);
  });

  it.each(PORTUGUESE_OWN.filter((q) => !isOwnOpen(q)))('given "$ask" of $resume, answers with $command', expectRight);
  // Still wrong, counted in the score above: each turns red once answered.
  it.fails.each(PORTUGUESE_OWN.filter(isOwnOpen))('open miss: "$ask" of $resume', expectRight);
});

describe("the second Portuguese set (written after the third set's fixes, never tuned on)", () => {
  afterAll(() => console.log(report('second portuguese set', PORTUGUESE_SECOND)));

  it('has at least 50 questions, 20 of them with no fit', () => {
    expect(PORTUGUESE_SECOND.length).toBeGreaterThanOrEqual(50);
    expect(PORTUGUESE_SECOND.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(20);
  });

  it.each(PORTUGUESE_SECOND.filter((q) => !isSecondOpen(q)))('given "$ask" of $resume, answers with $command', expectRight);
  it.fails.each(PORTUGUESE_SECOND.filter(isSecondOpen))('open miss: "$ask" of $resume', expectRight);
});

describe('the fourth Portuguese tuning set (written before its fixes)', () => {
  afterAll(() => console.log(report('unlisted portuguese set', PORTUGUESE_UNLISTED)));

  it('has at least 130 questions over every résumé and the translated copy, 45 of them with no fit', () => {
    expect(PORTUGUESE_UNLISTED.length).toBeGreaterThanOrEqual(130);
    expect(PORTUGUESE_UNLISTED.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(45);
    expect(new Set(PORTUGUESE_UNLISTED.map((q) => q.resume)).size).toBe(6);
  });

  it.each(PORTUGUESE_UNLISTED.filter((q) => !isUnlistedOpen(q)))('given "$ask" of $resume, answers with $command', expectRight);
  it.fails.each(PORTUGUESE_UNLISTED.filter(isUnlistedOpen))('open miss: "$ask" of $resume', expectRight);
});

describe("the fourth set's check (written after its fixes, never tuned on)", () => {
  afterAll(() => console.log(report('unlisted portuguese check set', PORTUGUESE_UNLISTED_CHECK)));

  it('has at least 60 questions, 25 of them with no fit', () => {
    expect(PORTUGUESE_UNLISTED_CHECK.length).toBeGreaterThanOrEqual(60);
    expect(PORTUGUESE_UNLISTED_CHECK.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(25);
  });

  it.each(PORTUGUESE_UNLISTED_CHECK.filter((q) => !isUnlistedCheckOpen(q)))('given "$ask" of $resume, answers with $command', expectRight);
  it.fails.each(PORTUGUESE_UNLISTED_CHECK.filter(isUnlistedCheckOpen))('open miss: "$ask" of $resume', expectRight);
});

describe('the fifth Portuguese tuning set (written before its fixes)', () => {
  afterAll(() => console.log(report('fifth portuguese set', PORTUGUESE_FIFTH)));

  it('has at least 130 questions over every résumé and the translated copy, 45 of them with no fit', () => {
    expect(PORTUGUESE_FIFTH.length).toBeGreaterThanOrEqual(130);
    expect(PORTUGUESE_FIFTH.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(45);
    expect(new Set(PORTUGUESE_FIFTH.map((q) => q.resume)).size).toBe(6);
  });

  it.each(PORTUGUESE_FIFTH.filter((q) => !isFifthOpen(q)))('given "$ask" of $resume, answers with $command', expectRight);
  it.fails.each(PORTUGUESE_FIFTH.filter(isFifthOpen))('open miss: "$ask" of $resume', expectRight);
});

describe("the fifth set's check (written after its fixes, never tuned on)", () => {
  afterAll(() => console.log(report('fifth portuguese check set', PORTUGUESE_FIFTH_CHECK)));

  it('has at least 60 questions, 25 of them with no fit, over every résumé and the translated copy', () => {
    expect(PORTUGUESE_FIFTH_CHECK.length).toBeGreaterThanOrEqual(60);
    expect(PORTUGUESE_FIFTH_CHECK.filter((q) => q.first === null).length).toBeGreaterThanOrEqual(25);
    expect(new Set(PORTUGUESE_FIFTH_CHECK.map((q) => q.resume)).size).toBe(6);
    expect(FIFTH_CHECK_OPEN.size).toBeLessThan(PORTUGUESE_FIFTH_CHECK.length);
  });

  it.each(PORTUGUESE_FIFTH_CHECK.filter((q) => !isFifthCheckOpen(q)))('given "$ask" of $resume, answers with $command', expectRight);
  it.fails.each(PORTUGUESE_FIFTH_CHECK.filter(isFifthCheckOpen))('open miss: "$ask" of $resume', expectRight);
});

function expectRight(q: PortugueseQuestion): void {
  const got = outcome(q);
  expect(got.command).toBe(q.command);
  if (q.includes !== undefined) expect(got.titles).toContain(q.includes);
  else if (q.first === null) expect(got.titles).toEqual([]);
  else expect(got.first).toBe(q.first);
}
