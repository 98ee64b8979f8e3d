import { describe, expect, it } from 'vitest';
import { martinBot, parseLine } from '../helpers/bot.js';
import { LABELLED } from './labelled-set.js';

const bot = martinBot();

function outcome(ask: string) {
  const answer = bot.answer(parseLine(ask));
  return { command: answer.route?.command ?? null, first: answer.matches[0]?.title ?? null, answer };
}

describe('a labelled set of questions', () => {
  it('has at least 60 questions, positive and negative', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(60);
    expect(LABELLED.filter((l) => l.first === null).length).toBeGreaterThanOrEqual(8);
  });

  it.each(LABELLED)('given "$ask", answers with $command → $first', ({ ask, command, first }) => {
    const got = outcome(ask);
    expect(got.command).toBe(command);
    if (first === null && command !== 'help') {
      expect(got.answer.kind).toBe('empty');
      expect(got.answer.matches).toEqual([]);
    } else if (first !== null) {
      expect(got.first).toBe(first);
    }
  });

  it('is answered at least 95% right overall (the floor for unseen questions)', () => {
    const right = LABELLED.filter(({ ask, command, first }) => {
      const got = outcome(ask);
      return got.command === command && (first === null ? got.answer.matches.length === 0 || command === 'help' : got.first === first);
    });
    expect(right.length / LABELLED.length).toBeGreaterThanOrEqual(0.95);
  });
});
