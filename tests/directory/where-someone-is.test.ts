/**
 * "Who is in Texas?" listed Daniel for the Central Texas Food Bank and Lena for the University of Texas at Austin,
 * though Lena lives in San Francisco: being in a place was read as any entry naming it. Where someone is, asked across
 * everyone, is their own location when the words name a country, a region or a place someone here lives in; other
 * words after "in" ("in sales") are asked as before. Asked of Martin, who gives no location, "is he in New York?" found
 * a role saying "new"; now it says no location is given. Someone who gives no location of their own is where their
 * current roles are ("London, UK"), when these name a place.
 */
import { describe, expect, it } from 'vitest';
import { type Labelled, labelledRows } from '../query/fixture-bots.js';
import { specsFor } from '../query/labelled-spec.js';
import { directoryBot, peopleListed, SIX } from './fixture.js';

/** Jordan and Ana give no location of their own: their current roles are in London and Zürich. */
const EIGHT = directoryBot([...SIX, 'awkward', 'edge']);

const MARTIN: readonly Labelled[] = labelledRows('martin', [
  ['is he in new york?', 'about', null],
  ['is he in texas?', 'about', null],
]);

describe('where someone is, asked across everyone', () => {
  it.each([
    ['who is in texas?', ['career-changer']],
    ['anyone in texas?', ['career-changer']],
    ['who is in austin?', ['career-changer']],
    ['who is currently in spain?', ['martin-alvarez']],
    ['who is in san francisco?', ['sample', 'senior-engineer']],
    ['anyone in new york', []],
    ['who is in brazil?', []],
  ])('given "%s", lists whoever lives there', (asked, people) => {
    expect(peopleListed(directoryBot(), asked)).toEqual(people);
  });

  it('given "who is in texas?", shows where Daniel lives as the evidence', () => {
    const answer = directoryBot().answer({ platform: 'cli', command: null, text: 'who is in texas?' });
    expect(JSON.stringify(answer)).toContain('Austin, Texas, US');
    expect(JSON.stringify(answer)).not.toContain('Food Bank');
  });

  it.each([
    ['anyone based in europe at the moment?', ['awkward', 'edge', 'martin-alvarez']],
    ['who is based in london?', ['awkward']],
    ['who is based in zurich?', ['edge']],
    ['anyone in switzerland?', ['edge']],
    ['who is based outside the us?', ['awkward', 'edge', 'martin-alvarez']],
    // In Portuguese: "baseado em" is "based in".
    ['alguém tá baseado na europa hoje?', ['awkward', 'edge', 'martin-alvarez']],
    ['quem está baseado em são francisco?', ['sample', 'senior-engineer']],
  ])('given "%s", lists whoever is there by their own location, else by their current role', (asked, people) => {
    expect(peopleListed(EIGHT, asked)).toEqual(people);
  });

  it.each([
    ['who lives in zurich?', []],
    ['who lives in europe?', ['martin-alvarez']],
    ['who lives outside the us?', ['martin-alvarez']],
    ['anyone residing in london?', []],
  ])('given "%s", lists whoever lives there by their own location only', (asked, people) => {
    // Jordan's and Ana's current roles are in London and Zürich: where they work, not where they live.
    expect(peopleListed(EIGHT, asked)).toEqual(people);
  });

  it('given someone with no location of their own, shows where their current role is as the evidence', () => {
    const answer = EIGHT.answer({ platform: 'cli', command: null, text: 'who is based in london?' });
    expect(JSON.stringify(answer)).toContain('London, UK · Northwind Bank');
  });

  it('given "anyone in sales?", which names no place, still reads it as work', () => {
    expect(peopleListed(directoryBot(), 'anyone in sales?')).toEqual(['career-changer', 'new-grad']);
  });

  specsFor('in a region, of Martin, who gives no location', MARTIN, new Set());
});
