/**
 * "Who has management experience?" is answered by a manager too: a noun of an act in -ment ("management",
 * "development") is said by its verb's forms and its doer ("General Manager", "managed"), as the one-person search
 * already reads it. A short verb is left alone ("payment" is no "pay"). A line of evidence shows a facet that says
 * the word as asked before one that says another form of it.
 */
import { describe, expect, it } from 'vitest';
import { saysWord } from '../../commands/people-words.js';
import { parseLine } from '../helpers/bot.js';
import { directoryBot } from './fixture.js';

describe('acts and their doers, across people', () => {
  it('given "who has management experience?", lists the general manager beside the people manager', () => {
    const people = directoryBot()
      .answer(parseLine('who has management experience?'))
      .matches.map((m) => m.person?.id);
    expect(people).toEqual(['career-changer', 'martin']);
  });

  it('reads a noun in -ment as said by its verb and its doer, never by a short verb', () => {
    expect(saysWord('manager', 'management')).toBe(true);
    expect(saysWord('managed', 'management')).toBe(true);
    expect(saysWord('developer', 'development')).toBe(true);
    expect(saysWord('pay', 'payment')).toBe(false);
    expect(saysWord('man', 'management')).toBe(false);
  });
});
