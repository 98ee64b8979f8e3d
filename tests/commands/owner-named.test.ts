/**
 * "/skills Lena Vasquez" of Lena's own résumé: the name says whose, which it already is, so the command answers as
 * if alone, as a directory reads a person named in the text; a text that finds something with the name is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { botFor } from '../query/fixture-bots.js';
import { martinBot, parseLine } from '../helpers/bot.js';

describe('a command naming the résumé owner', () => {
  it.each([
    ['senior-engineer', '/skills Lena Vasquez', 'skills', 1],
    ['senior-engineer', '/awards Dr. Lena Vasquez', 'awards', 2],
    ['sample', '/references Richard Hendriks', 'references', 1],
    ['awkward', '/volunteer Jordan Okafor', 'volunteer', 1],
  ])('given %s, answers "%s" with the whole section', (resume, asked, section, atLeast) => {
    const answer = botFor(resume).answer(parseLine(asked));
    expect(answer.kind).toBe('list');
    expect(answer.matches.length).toBeGreaterThanOrEqual(atLeast);
    expect(answer.matches.every((m) => m.section === section)).toBe(true);
  });

  it('given Martin, answers "/contact Martin Spier" with his contact card', () => {
    const answer = martinBot().answer(parseLine('/contact Martin Spier'));
    expect(answer.kind).toBe('result');
    expect(answer.matches.map((m) => m.section)).toEqual(['basics']);
  });

  it('given Lena, answers "/experience lena\'s dropbox" with what the rest asks', () => {
    const answer = botFor('senior-engineer').answer(parseLine("/experience lena's dropbox"));
    expect(answer.matches[0]?.title).toMatch(/Dropbox/);
  });

  it('given Lena, still says no Netflix role to "/experience lena netflix"', () => {
    const answer = botFor('senior-engineer').answer(parseLine('/experience lena netflix'));
    expect(answer.kind).toBe('empty');
  });
});
