/**
 * "Who has held a vp or c-level title?" found Martin alone, and "who was a chief executive officer?" nobody, though
 * Richard was CEO of Pied Piper: a chief's title and its initials are one (the alias table), and "c-level" or
 * "c-suite" is any of them. "Any VPs on the team?" found nobody: a title's initials said in the plural are its
 * initials too.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed } from './fixture.js';

describe("a chief's title, by its name or its initials", () => {
  it.each([
    ['who has held a vp or c-level title?', ['martin', 'sample']],
    ['anyone with c-suite experience?', ['sample']],
    ['who was a chief executive officer?', ['sample']],
    ['who was a cto?', []],
    ['any VPs on the team?', ['martin']],
  ])('given "%s", lists whoever held one', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('given one person asked by the title spelled out, answers with the role', () => {
    const answer = botFor('sample').answer(parseLine('was he a chief executive officer?'));
    expect(answer.matches[0]?.title).toBe('CEO/President at Pied Piper');
  });
});
