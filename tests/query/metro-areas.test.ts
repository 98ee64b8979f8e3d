/**
 * A metropolitan area named instead of a city: "who has worked in the bay area?" found nobody, though Lena worked in
 * Mountain View and San Francisco, Martin in Los Gatos and San Mateo, Richard in Palo Alto (the alias table named two
 * of Martin's cities for it, and no one else's). A location's city is now in the areas data/places/metros.json lists
 * it in (the San Francisco Bay Area, Silicon Valley, Greater Seattle, Greater London…), by any of their names, as its
 * region and country are. Where someone lives is read so too; an area's bounds never rule a location out.
 */
import { describe, expect, it } from 'vitest';
import { areasOfLocation, locationNames } from '../../src/query/regions.js';
import { directoryBot, peopleListed, SIX } from '../directory/fixture.js';
import { parseLine } from '../helpers/bot.js';
import { botFor, type Labelled } from './fixture-bots.js';
import { specsFor } from './labelled-spec.js';

const ASKED: readonly Labelled[] = [
  {
    resume: 'senior-engineer',
    ask: 'has she worked in the bay area?',
    command: 'experience',
    first: 'Staff Software Engineer at Confluent',
  },
  { resume: 'martin', ask: 'did he work in silicon valley?', command: 'experience', first: 'Performance Architect at Snowflake' },
  { resume: 'martin', ask: 'has he worked in the seattle area?', command: 'experience', first: 'Performance Engineer at Expedia' },
  { resume: 'awkward', ask: 'did he work in greater london?', command: 'experience', first: 'Senior Platform Engineer at Northwind Bank' },
  { resume: 'new-grad', ask: 'has she worked in the bay area?', command: 'experience', first: null },
];

describe('a metropolitan area', () => {
  specsFor('a metropolitan area', ASKED, new Set());

  it("names the areas a location's city is in, in its own country only, apart from the words it says", () => {
    expect(areasOfLocation('Los Gatos, CA', undefined).metros).toEqual(['San Francisco Bay Area', 'Bay Area', 'Silicon Valley']);
    expect(locationNames('Los Gatos, CA', undefined)).toEqual(['California', 'United States']);
    expect(areasOfLocation('London, UK', undefined).metros).toContain('Greater London');
    // Another country's Cambridge, or a city in no area listed.
    expect(areasOfLocation('Cambridge, UK', undefined).metros).toEqual([]);
    expect(areasOfLocation('San Antonio, TX', undefined).metros).toEqual([]);
  });

  it("given a city inside an area's name, never finds a role elsewhere in the area", () => {
    const answer = botFor('martin').answer(parseLine('/experience san francisco'));
    expect(answer.matches).toEqual([]);
  });

  it('given people questions, lists whoever worked, or lives, there', () => {
    const eight = directoryBot([...SIX, 'edge', 'awkward']);
    expect(peopleListed(eight, 'who has worked in the bay area?')).toEqual(['martin', 'sample', 'senior-engineer']);
    expect(peopleListed(eight, 'who worked in silicon valley?')).toEqual(['martin', 'sample', 'senior-engineer']);
    expect(peopleListed(eight, 'who lives in the bay area?')).toEqual(['sample', 'senior-engineer']);
    expect(peopleListed(eight, 'quem trabalhou na bay area?')).toEqual(['martin', 'sample', 'senior-engineer']);
  });
});
