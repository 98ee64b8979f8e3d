/**
 * "What did richard build at AIHacks?" said "No projects at AIHacks": a project is tied to a place by its
 * organisation or the dates of a role there, and AIHacks is neither, yet Miss Direction says "Won award at AIHacks
 * 2016". When nothing is tied to the place, the projects that say its name answer; when none does either, none is
 * tied there, as before.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';

const asked = (resume: string, line: string) => botFor(resume).answer(parseLine(line));

describe('what was built at a place', () => {
  it('given a place no role or organisation is named, answers the project that says it', () => {
    expect(asked('sample', 'what did richard build at aihacks?').matches[0]?.title).toBe('Miss Direction');
  });

  it('given an employer nothing was built at, and no project saying it, says none was built there', () => {
    const answer = asked('sample', 'what did richard build at pied piper?');
    expect(answer.kind).toBe('empty');
    expect(answer.title).toBe('No projects at “Pied Piper”');
  });

  it('given an employer projects were built at, lists those', () => {
    expect(asked('martin', 'what did he build at netflix?').title).toBe('11 projects at Netflix');
  });
});
