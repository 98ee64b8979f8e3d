/**
 * Given a role's location, the places it says beyond its own words: a short code after a city is a region
 * of the country the location names, else of the person's own country, else of the United States.
 */
import { describe, expect, it } from 'vitest';
import { placeAskedAbout } from '../../src/query/employer.js';
import { livesIn, placePart } from '../../src/query/place.js';
import { countryAsked, locationNames } from '../../src/query/regions.js';

describe('what a location says', () => {
  it('given "City, ST" and no country, reads the code as a US state in the United States', () => {
    expect(locationNames('Los Gatos, CA', undefined)).toEqual(['California', 'United States']);
    expect(locationNames('San Antonio, TX', 'US')).toEqual(['Texas', 'United States']);
  });

  it("given the person's own country, reads the code as one of its regions", () => {
    expect(locationNames('Porto Alegre, RS', 'BR')).toEqual(['Rio Grande do Sul', 'Brazil']);
    expect(locationNames('Toronto, ON', 'CA')).toEqual(['Ontario', 'Canada']);
  });

  it('given a country by name, adds no region it does not say; by its code, its name', () => {
    expect(locationNames('Toronto, Canada', 'PT')).toEqual([]);
    expect(locationNames('Porto Alegre, Brazil', undefined)).toEqual([]);
    expect(locationNames('Remote', undefined)).toEqual([]);
    expect(locationNames('Austin, TX, US', 'PT')).toEqual(['Texas', 'United States']);
  });

  it('given a country asked by its code, names it; two letters only after "the"', () => {
    expect(countryAsked(['the', 'us'])).toBe('United States');
    expect(countryAsked(['usa'])).toBe('United States');
    expect(countryAsked(['gbr'])).toBe('United Kingdom');
    expect(countryAsked(['ca'])).toBeUndefined();
    expect(countryAsked(['texas'])).toBeUndefined();
  });

  it('given "did he work in …", reads a country code, and a state as its name', () => {
    expect(placeAskedAbout('did he work in the us')?.name).toBe('united states');
    expect(placeAskedAbout('did he ever work in washington state')?.name).toBe('washington');
    expect(placeAskedAbout('did she work in texas in 2015')?.name).toBe('texas');
  });

  it('given "did he work outside …", reads the place as the one the roles are not in', () => {
    expect(placeAskedAbout('did he work outside brazil')).toEqual({ name: 'brazil', outside: true });
    expect(placeAskedAbout('did she work outside of california')).toEqual({ name: 'california', outside: true });
    expect(placeAskedAbout('did she work in california')).toEqual({ name: 'california', outside: false });
  });

  it('given a place, finds it only as a whole part of a location', () => {
    expect(placePart('Porto Alegre, Brazil', ['porto', 'alegre'])).toBe(true);
    expect(placePart('Porto Alegre, Brazil', ['porto'])).toBe(false);
    expect(placePart('Toronto, Canada', ['toronot'])).toBe(true);
  });
});

describe('where a person lives, by country code', () => {
  it('names the country from the same table as every location (one source, not Intl beside it)', () => {
    expect(livesIn({ city: 'Lisbon', countryCode: 'PT' }, ['portugal'])).toBe(true);
    expect(livesIn({ city: 'Austin', countryCode: 'us' }, ['united', 'states'])).toBe(true);
    // Intl names EU "European Union"; ISO 3166's table has no such country, so neither does a location.
    expect(livesIn({ countryCode: 'EU' }, ['european', 'union'])).toBe(false);
  });
});
