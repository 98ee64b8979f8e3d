/**
 * "Who studied in the us?" listed everyone who ever studied: "us" read as the pronoun. A country as people abbreviate
 * it ("the us", "usa", "the uk") is that country by its name; a school is in the country its name places it by a
 * country or region named whole ("University of Texas at Austin": Texas, United States), when only one country has a
 * place so named, or else by the city its student lives in, when its name holds it. Where someone lives reads the
 * abbreviation too.
 */
import { describe, expect, it } from 'vitest';
import { placesSpelledOut, countryNamedIn, homeNamedIn } from '../../src/query/regions.js';
import { parseLine } from '../helpers/bot.js';
import { botFor } from '../query/fixture-bots.js';
import { directoryBot, peopleListed } from './fixture.js';

const bot = directoryBot();
const people = (asked: string) => peopleListed(bot, asked);

describe('in which country', () => {
  it('given "who studied in the us?", lists only those whose school names a place in the United States', () => {
    expect(people('who studied in the us?')).toEqual(['career-changer', 'new-grad', 'sample', 'senior-engineer']);
    expect(people('who studied in the usa?')).toEqual(people('who studied in the us?'));
    expect(people('who studied in the united states?')).toEqual(people('who studied in the us?'));
    expect(people('who studied in brazil?')).toEqual(['martin']);
  });

  it('given a school whose name places it nowhere but holds the city its student lives in, places it where they live', () => {
    // Austin Community College, of Daniel in Austin, Texas; Universidad de Zaragoza, of Martín in Zaragoza, Spain.
    expect(people('who studied in texas?')).toEqual(['career-changer', 'senior-engineer']);
    expect(people('who studied in spain?')).toEqual(['martin-alvarez']);
    expect(homeNamedIn('Austin Community College', { city: 'Austin', region: 'TX', countryCode: 'US' })).toEqual([
      'Texas',
      'United States',
    ]);
    expect(homeNamedIn('Universitat de València', { city: 'Zaragoza', countryCode: 'ES' })).toEqual([]);
    expect(botFor('career-changer').answer(parseLine('did he go to college in texas?')).matches[0]?.title).toBe(
      'Associate of Applied Science Business Administration at Austin Community College',
    );
  });

  it('given "who lives in the us?", lists whoever lives there', () => {
    expect(people('who lives in the us?')).toEqual(['career-changer', 'new-grad', 'sample', 'senior-engineer']);
    // "Mora na" reads "lives at": where they live, never their roles there (Martin's in Los Gatos, California).
    expect(people('quem mora na califórnia?')).toEqual(['sample', 'senior-engineer']);
    // "Based at" an employer is where a role was.
    expect(botFor('martin').answer(parseLine('where was he based at expedia')).matches[0]?.title).toBe('Performance Engineer at Expedia');
  });

  it('given one person, "did she study in the us?" answers her schools there; not someone who studied elsewhere', () => {
    expect(botFor('senior-engineer').answer(parseLine('did she study in the us?')).matches[0]?.title).toBe(
      'Ph.D. Computer Science at University of Texas at Austin',
    );
    expect(botFor('martin').answer(parseLine('did he study in the us?')).matches).toEqual([]);
  });

  it('given a country named in Portuguese after a word that places it, reads it in English', () => {
    expect(people('quem estudou na espanha?')).toEqual(people('who studied in spain?'));
    expect(people('quem estudou na espanha?')).toEqual(['martin-alvarez']);
    expect(people('quem mora na espanha?')).toEqual(['martin-alvarez']);
    expect(people('quem trabalhou na alemanha?')).toEqual([]);
  });

  it('places a school by a country or region only one country has', () => {
    expect(countryNamedIn('University of Texas at Austin')).toBe('United States');
    expect(countryNamedIn('National University of Singapore')).toBe('Singapore');
    // A US state and a country: neither.
    expect(countryNamedIn('Georgia Institute of Technology')).toBeUndefined();
    expect(countryNamedIn('Stanford University')).toBeUndefined();
  });

  it('spells out "the us" and "in usa", never the pronoun "us" nor Portuguese "usa"', () => {
    expect(placesSpelledOut('did she study in the us')).toBe('did she study in the united states');
    expect(placesSpelledOut('tell us about kafka')).toBe('tell us about kafka');
    expect(placesSpelledOut('did she work in usa')).toBe('did she work in united states');
    // Portuguese "usa" is "uses".
    expect(placesSpelledOut('ele usa pandas')).toBe('ele usa pandas');
  });

  it("spells out a city's short name after a word of where, and nowhere else", () => {
    expect(placesSpelledOut('who lives in sf')).toBe('who lives in san francisco');
    expect(placesSpelledOut('anyone moved to nyc')).toBe('anyone moved to new york');
    // Elsewhere it may be something else's name (Snowflake).
    expect(placesSpelledOut('who knows sf')).toBe('who knows sf');
  });
});
