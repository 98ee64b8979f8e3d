/**
 * The tuning set: questions written together with the routing and search they exercise, and
 * kept passing while that code changes. It says the bot still does what it was tuned to do;
 * it says nothing about questions nobody has seen. The floor for unseen questions is the
 * held-out sets (tests/heldout), written before the code that answers them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { martinBot } from '../helpers/bot.js';
import { isRight, outcome, ratio } from '../helpers/labelled.js';
import { TUNING } from './tuning-set.js';

const bot = martinBot();

describe('the tuning set (questions written with the code they tune)', () => {
  afterAll(() => {
    const right = TUNING.filter((q) => isRight(q, outcome(bot, q.ask))).length;
    console.log(`tuning set: ${ratio(right, TUNING.length)} right (seen while tuning; the held-out sets are the unseen floor)`);
  });

  it('has at least 60 questions, positive and negative', () => {
    expect(TUNING.length).toBeGreaterThanOrEqual(60);
    expect(TUNING.filter((l) => l.first === null).length).toBeGreaterThanOrEqual(8);
  });

  it.each(TUNING)('given "$ask", answers with $command → $first', ({ ask, command, first }) => {
    const got = outcome(bot, ask);
    expect(got.command).toBe(command);
    if (first === null && command !== 'help') {
      expect(got.answer.kind).toBe('empty');
      expect(got.titles).toEqual([]);
    } else if (first !== null) {
      expect(got.first).toBe(first);
    }
  });
});
