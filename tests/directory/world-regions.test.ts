/**
 * "Anyone worked in latin america?" listed only Martin, whose PicPay role's description says "Latin America", and
 * missed Ana, who worked in Bogotá. A region of the world that is no continent (Latin America or LatAm, the Middle
 * East, Southeast Asia, the Nordics, Scandinavia, DACH, Benelux, EMEA, APAC) is where a location is when its country
 * is in it (data/places/world-regions.json, by country codes, or by whole continents and other regions). Its bounds
 * rule a location out as a continent's do.
 */
import { describe, expect, it } from 'vitest';
import { areasOfLocation, worldRegionsOf } from '../../src/query/regions.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed } from './fixture.js';

const EVERYONE = ['awkward', 'career-changer', 'edge', 'martin', 'martin-alvarez', 'new-grad', 'sample', 'senior-engineer'];
const bot = directoryBot(EVERYONE);

describe('regions of the world', () => {
  it('given a country or a location, names the regions it is in, by all their names', () => {
    expect(worldRegionsOf('CO')).toEqual(['Latin America', 'LatAm', 'America Latina']);
    expect(areasOfLocation('Zürich, Switzerland', undefined).regions).toEqual(['DACH', 'EMEA']);
    expect(worldRegionsOf('JP')).toEqual(['APAC', 'Asia Pacific', 'Asia-Pacific']);
    expect(worldRegionsOf('AE')).not.toContain('APAC');
    expect(areasOfLocation('Remote', 'US').regions).toEqual([]);
  });

  it.each([
    ['anyone worked in latin america', ['edge', 'martin']],
    ['who has worked in LATAM?', ['edge', 'martin']],
    ['quem trabalhou na américa latina?', ['edge', 'martin']],
    ['who worked in the middle east?', []],
    ['who has worked in EMEA?', ['awkward', 'edge']],
    // Africa is in EMEA, never in Europe.
    ['who worked in europe?', ['awkward', 'edge']],
  ])('given "%s", lists exactly %j', (asked, expected) => {
    expect(peopleListed(bot, asked)).toEqual(expected);
  });

  it("given one person's role in the region, answers that role; a region the location is not in, says not there", () => {
    expect(botFor('edge').answer(parseLine('did she work in latam?')).matches[0]?.title).toBe('Software Engineer at Red Panda Robotics');
    expect(botFor('senior-engineer').answer(parseLine('does she live in latin america?')).title).toBe('Not in latin america');
    // A region by its whole name only: Zürich is in no "Asia Pacific" for "asia", nor in "DACH" for "da".
    expect(botFor('edge').answer(parseLine('did she work in asia?')).kind).toBe('empty');
  });
});
