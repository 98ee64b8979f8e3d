/**
 * The follow-up tuning conversations (followup-set.ts) over the real pipeline, one conversation
 * each, in the asker's language: every turn's command and first result, as `--json` reports
 * them. Tuned on; the held-out follow-ups are the unseen floor.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { directoryBot, FIVE } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { FOLLOW_UPS_CHECK } from './followup-check-set.js';
import { FIFTH_CHECK_OPEN_CONVERSATIONS, FOLLOW_UPS_FIFTH_CHECK } from './followup-fifth-check-set.js';
import { FIFTH_OPEN_CONVERSATIONS, FOLLOW_UPS_FIFTH } from './followup-fifth-set.js';
import { FOLLOW_UPS_FRESH } from './followup-fresh-set.js';
import { FOLLOW_UPS_OWN } from './followup-own-set.js';
import { FOLLOW_UPS_SECOND, SECOND_OPEN_CONVERSATIONS } from './followup-second-set.js';
import { FOLLOW_UPS, type FollowUpConversation, type Turn } from './followup-set.js';
import { FOLLOW_UPS_UNLISTED_CHECK, UNLISTED_CHECK_OPEN_CONVERSATIONS } from './followup-unlisted-check-set.js';
import { FOLLOW_UPS_UNLISTED, UNLISTED_OPEN_CONVERSATIONS } from './followup-unlisted-set.js';

const pipelines = new Map<string, Pipeline>();
const pipelineFor = (resume: string): Pipeline => {
  let pipeline = pipelines.get(resume);
  if (!pipeline) {
    pipeline = createPipeline(resume === 'directory' ? directoryBot(FIVE) : botFor(resume));
    pipelines.set(resume, pipeline);
  }
  return pipeline;
};

let played = 0;
async function play({ resume, locale, turns }: FollowUpConversation): Promise<Turn[]> {
  const conversation = `c${played++}`;
  const seen: Turn[] = [];
  for (const [ask] of turns) {
    const request = { ...parseLine(ask), audience: 'private' as const, conversation, userId: 'U1', locale };
    const { answer } = await pipelineFor(resume).handle(request);
    seen.push([ask, answer.route?.command ?? null, answer.matches[0]?.title ?? null]);
  }
  return seen;
}

/** Plays each conversation as a spec, counting the turns right and printing the misses once all have run; `open` names those still wrong (expected failures). */
function scored(name: string, set: readonly FollowUpConversation[], open: ReadonlySet<string> = new Set()): void {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  afterAll(() => console.log([`${name}: ${right}/${total} turns right`, ...misses].join('\n')));

  const playScored = async (conversation: FollowUpConversation) => {
    const seen = await play(conversation);
    total += seen.length;
    seen.forEach((turn, i) => {
      const [ask, command, first] = conversation.turns[i]!;
      if (turn[1] === command && turn[2] === first) right++;
      else
        misses.push(
          `  miss [${conversation.resume} ${conversation.locale}] "${ask}": expected ${command} → ${first}, got ${turn[1]} → ${turn[2]}`,
        );
    });
    expect(seen).toEqual(conversation.turns.map((t) => [...t]));
  };
  it.each(set.filter((c) => !open.has(c.name)))('over $resume ($locale): $name', playScored);
  if (open.size) it.fails.each(set.filter((c) => open.has(c.name)))('open miss over $resume ($locale): $name', playScored);
}

describe('the follow-up tuning conversations', () => {
  it('has at least 40 conversations in both languages, a directory among them', () => {
    expect(FOLLOW_UPS.length).toBeGreaterThanOrEqual(40);
    expect(FOLLOW_UPS.filter((c) => c.locale === 'pt-BR').length).toBeGreaterThanOrEqual(12);
    expect(FOLLOW_UPS.some((c) => c.resume === 'directory')).toBe(true);
  });

  scored('follow-up tuning set', FOLLOW_UPS);
});

describe('the fresh follow-up conversations', () => {
  it('has at least 15 conversations of 3 to 5 turns in both languages', () => {
    expect(FOLLOW_UPS_FRESH.length).toBeGreaterThanOrEqual(15);
    expect(FOLLOW_UPS_FRESH.every((c) => c.turns.length >= 3 && c.turns.length <= 5)).toBe(true);
    expect(new Set(FOLLOW_UPS_FRESH.map((c) => c.locale))).toEqual(new Set(['en', 'pt-BR']));
  });

  scored('fresh follow-up set', FOLLOW_UPS_FRESH);
});

describe('the follow-up check conversations (written after the fixes, never tuned on)', () => {
  scored('follow-up check set', FOLLOW_UPS_CHECK);
});

describe('the third follow-up set (written before its fixes)', () => {
  it('has at least 15 conversations of 3 to 5 turns in both languages, openers with nothing to follow among them', () => {
    expect(FOLLOW_UPS_OWN.length).toBeGreaterThanOrEqual(15);
    expect(FOLLOW_UPS_OWN.every((c) => c.turns.length >= 3 && c.turns.length <= 5)).toBe(true);
    expect(new Set(FOLLOW_UPS_OWN.map((c) => c.locale))).toEqual(new Set(['en', 'pt-BR']));
    expect(FOLLOW_UPS_OWN.filter((c) => c.turns[0]![1] === null).length).toBeGreaterThanOrEqual(3);
  });

  scored('own follow-up set', FOLLOW_UPS_OWN);
});

describe("the second follow-up conversations (written after the third set's fixes, never tuned on)", () => {
  it('has at least 8 conversations in both languages', () => {
    expect(FOLLOW_UPS_SECOND.length).toBeGreaterThanOrEqual(8);
    expect(new Set(FOLLOW_UPS_SECOND.map((c) => c.locale))).toEqual(new Set(['en', 'pt-BR']));
  });

  scored('second follow-up set', FOLLOW_UPS_SECOND, SECOND_OPEN_CONVERSATIONS);
});

describe('the fourth follow-up set (written before its fixes)', () => {
  it('has at least 15 conversations of 3 to 5 turns in both languages, openers with nothing to follow among them', () => {
    expect(FOLLOW_UPS_UNLISTED.length).toBeGreaterThanOrEqual(15);
    expect(FOLLOW_UPS_UNLISTED.every((c) => c.turns.length >= 3 && c.turns.length <= 5)).toBe(true);
    expect(new Set(FOLLOW_UPS_UNLISTED.map((c) => c.locale))).toEqual(new Set(['en', 'pt-BR']));
    expect(FOLLOW_UPS_UNLISTED.filter((c) => c.turns[0]![1] === null).length).toBeGreaterThanOrEqual(3);
  });

  scored('unlisted follow-up set', FOLLOW_UPS_UNLISTED, UNLISTED_OPEN_CONVERSATIONS);
});

describe("the fourth follow-up set's check (written after its fixes, never tuned on)", () => {
  it('has at least 8 conversations in both languages', () => {
    expect(FOLLOW_UPS_UNLISTED_CHECK.length).toBeGreaterThanOrEqual(8);
    expect(new Set(FOLLOW_UPS_UNLISTED_CHECK.map((c) => c.locale))).toEqual(new Set(['en', 'pt-BR']));
  });

  scored('unlisted follow-up check set', FOLLOW_UPS_UNLISTED_CHECK, UNLISTED_CHECK_OPEN_CONVERSATIONS);
});

describe('the fifth follow-up set (written before its fixes)', () => {
  it('has at least 15 conversations of 3 to 5 turns in both languages, openers with nothing to follow among them', () => {
    expect(FOLLOW_UPS_FIFTH.length).toBeGreaterThanOrEqual(15);
    expect(FOLLOW_UPS_FIFTH.every((c) => c.turns.length >= 3 && c.turns.length <= 5)).toBe(true);
    expect(new Set(FOLLOW_UPS_FIFTH.map((c) => c.locale))).toEqual(new Set(['en', 'pt-BR']));
    expect(FOLLOW_UPS_FIFTH.filter((c) => c.turns[0]![1] === null).length).toBeGreaterThanOrEqual(3);
  });

  scored('fifth follow-up set', FOLLOW_UPS_FIFTH, FIFTH_OPEN_CONVERSATIONS);
});

describe("the fifth follow-up set's check (written after its fixes, never tuned on)", () => {
  it('has at least 8 conversations in both languages', () => {
    expect(FOLLOW_UPS_FIFTH_CHECK.length).toBeGreaterThanOrEqual(8);
    expect(new Set(FOLLOW_UPS_FIFTH_CHECK.map((c) => c.locale))).toEqual(new Set(['en', 'pt-BR']));
  });

  scored('fifth follow-up check set', FOLLOW_UPS_FIFTH_CHECK, FIFTH_CHECK_OPEN_CONVERSATIONS);
});
