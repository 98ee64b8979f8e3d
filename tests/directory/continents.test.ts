/**
 * "Who has worked in South America?", "who lives in Europe?", "anyone based in north america?": a continent is
 * where a location is, which no résumé says in words. A location's country (or the country of the region it names,
 * "Austin, TX") is in one continent (data/places/continents.json, from countries-list); "London, UK" names the
 * United Kingdom. A continent is never found by a typo of another: "south america" is no misspelt "North America".
 * "Another country in Europe" is somewhere in Europe.
 */
import { describe, expect, it } from 'vitest';
import { areasOfLocation, continentOf } from '../../src/query/regions.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed } from './fixture.js';

const EVERYONE = ['awkward', 'career-changer', 'edge', 'martin', 'martin-alvarez', 'new-grad', 'sample', 'senior-engineer'];

describe('continents', () => {
  it('given a country code or a location, names its continent; a place that names no country, none', () => {
    expect(continentOf('BR')).toBe('South America');
    expect(areasOfLocation('Zürich, Switzerland', undefined).continent).toBe('Europe');
    expect(areasOfLocation('London, UK', undefined).continent).toBe('Europe');
    expect(areasOfLocation('Austin, TX', 'US').continent).toBe('North America');
    expect(areasOfLocation('Remote', 'US').continent).toBeUndefined();
  });

  it.each([
    ['who has worked in South America?', ['edge', 'martin']],
    ['who worked in europe?', ['awkward', 'edge']],
    ['quem trabalha atualmente na Europa?', ['awkward', 'edge']],
    // Jordan and Ana give no location of their own: their current roles, in London and Zürich, say where they are
    // based, not where they live.
    ['who lives in europe?', ['martin-alvarez']],
    ['who is based in europe?', ['awkward', 'edge', 'martin-alvarez']],
    ['who worked in asia?', []],
    // Another country in a region is somewhere in the region.
    ['who has worked in another country in europe?', ['awkward', 'edge']],
    ['anyone living in another country in europe?', ['martin-alvarez']],
    ['anyone based in another country in europe?', ['awkward', 'edge', 'martin-alvarez']],
    ['who knows python and worked in europe?', ['awkward', 'edge']],
    // A job that "is in" a place is located there.
    ['whose current job is in europe', ['awkward', 'edge']],
  ])('given "%s", lists whoever has a location there', (asked, people) => {
    expect(peopleListed(directoryBot(EVERYONE), asked)).toEqual(people);
  });

  it('given one person, answers with the roles located there, and never a role on another continent', () => {
    const titles = (id: string, asked: string) =>
      botFor(id)
        .answer(parseLine(asked))
        .matches.map((m) => m.title);
    expect(titles('awkward', 'did he work in europe?')).toEqual(['Senior Platform Engineer at Northwind Bank']);
    expect(titles('edge', 'has she worked in another country in latin america?')).toEqual(['Software Engineer at Red Panda Robotics']);
    expect(titles('martin', 'did he work in south america?')).toEqual(['Performance Engineer at Dell']);
    // Palo Alto, CA is in North America.
    expect(titles('sample', 'did he work in south america?')).toEqual([]);
    expect(titles('sample', 'did he work in north america?')).toEqual(['CEO/President at Pied Piper']);
  });
});
