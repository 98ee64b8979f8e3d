/**
 * What a location's parts name beyond their own words: "Los Gatos, CA" is in California, in the United
 * States; "Porto Alegre, Brazil" in Brazil. A short code after a city is a region of the country the
 * location names, else of the person's own country, else of the United States (the convention US résumés
 * write, and the one JSON Resume's examples follow). Regions and countries' names come from
 * data/places/regions.json (generated from ISO 3166 and Intl by tools/build-places.mjs), read once, when a
 * résumé is indexed, never per question. When the file cannot be read, a location names only its own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedDataDir } from '../model/shipped-data.js';
import { fold } from './normalize.js';

interface Regions {
  /** Three-letter country codes to two-letter ones ("USA" → "US"). */
  readonly alpha3: Readonly<Record<string, string>>;
  /** Countries' English names by their two-letter codes ("US" → "United States"). */
  readonly countries: Readonly<Record<string, string>>;
  /** Each country's first-level regions by their own code ("US" → "CA" → "California"). */
  readonly subdivisions: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

let regions: Regions | undefined;
let countries: Map<string, string> | undefined;

const regionsFile = (): string => join(shippedDataDir('places'), 'regions.json');

function loaded(): Regions {
  if (!regions) {
    try {
      regions = JSON.parse(readFileSync(regionsFile(), 'utf8')) as Regions;
    } catch {
      regions = { alpha3: {}, countries: {}, subdivisions: {} };
    }
  }
  return regions;
}

/** A country's English name from its two-letter code ("US" → "United States"). */
export function countryName(code: string): string | undefined {
  return loaded().countries[code];
}

/** Two-letter codes by their country's name, lower case ("brazil" → "BR"). */
function countryCodes(): Map<string, string> {
  countries ??= new Map(Object.entries(loaded().countries).map(([code, name]) => [name.toLowerCase(), code]));
  return countries;
}

let regionNames: Set<string> | undefined;

/** True when the words are a country's or a first-level region's name, as folded text ("brazil", "california", "sao paulo"). */
export function isRegionOrCountry(name: string): boolean {
  regionNames ??= new Set(
    [...Object.values(loaded().countries), ...Object.values(loaded().subdivisions).flatMap((r) => Object.values(r))].map(fold),
  );
  return regionNames.has(name);
}

/**
 * A country asked by its code, as people write it ("the us", "usa", "the uk"): its name; undefined for any
 * other words. Two letters are a country only after "the" ("in ca" may be California).
 */
export function countryAsked(words: readonly string[]): string | undefined {
  const [first, second] = words;
  const code = first === 'the' && words.length === 2 ? second : words.length === 1 ? first : undefined;
  if (!code) return undefined;
  const upper = code.toUpperCase();
  const alpha2 = upper.length === 3 ? loaded().alpha3[upper] : first === 'the' && upper.length === 2 ? upper : undefined;
  return alpha2 ? countryName(alpha2) : undefined;
}

/** The places a location says beyond its words ("Los Gatos, CA" → "California", "United States"). */
export function locationNames(location: string | undefined, ownCountry: string | undefined): string[] {
  const parts = (location ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [];
  // The country the location names: its name, or a code as its last of three parts ("Austin, TX, US").
  const last = parts.at(-1)!;
  const named =
    countryCodes().get(last.toLowerCase()) ??
    loaded().alpha3[last] ??
    (parts.length > 2 && /^[A-Z]{2}$/.test(last) && countryName(last) ? last : undefined);
  const country = named ?? ownCountry?.toUpperCase() ?? 'US';
  const regionsOf = loaded().subdivisions[country] ?? {};
  const out: string[] = [];
  let inCountry = false;
  for (const part of parts.slice(1)) {
    const region = /^[A-Z]{2,3}$/.test(part)
      ? regionsOf[part]
      : Object.values(regionsOf).find((r) => r.toLowerCase() === part.toLowerCase());
    if (region && region !== part) out.push(region);
    inCountry ||= Boolean(region);
  }
  const name = countryName(country);
  if (name && (inCountry || named) && !parts.some((p) => p.toLowerCase() === name.toLowerCase())) out.push(name);
  return out;
}

/**
 * Each country's and first-level region's folded name → the country's name; null where two countries share it
 * (Florida, a US state and a department of Uruguay; Georgia, a country and a US state).
 */
let countryByRegion: Map<string, string | null> | undefined;

function regionCountries(): Map<string, string | null> {
  if (!countryByRegion) {
    const byName = new Map<string, string | null>();
    const add = (place: string, country: string) => {
      const key = nameWords(place).join(' ');
      const known = byName.get(key);
      byName.set(key, known === undefined || known === country ? country : null);
    };
    for (const country of Object.values(loaded().countries)) add(country, country);
    for (const [code, regionsOf] of Object.entries(loaded().subdivisions)) {
      const country = countryName(code);
      if (country) for (const region of Object.values(regionsOf)) add(region, country);
    }
    countryByRegion = byName;
  }
  return countryByRegion;
}

/** A name's words, folded, without what is between them ("Baden-Württemberg": baden wurttemberg). */
const nameWords = (name: string): string[] =>
  fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The most words a region's name runs to ("rio grande do sul"). */
const REGION_WORDS = 5;

/**
 * The country a name places itself in by a country or region it names whole ("University of Texas at Austin": Texas,
 * United States), when only one country has a place so named; undefined otherwise. Schools have no location in JSON
 * Resume: their names are where they say they are.
 */
export function countryNamedIn(name: string | undefined): string | undefined {
  const said = nameWords(name ?? '');
  const regions = regionCountries();
  for (let size = Math.min(REGION_WORDS, said.length); size > 0; size--)
    for (let at = 0; at + size <= said.length; at++) {
      const country = regions.get(said.slice(at, at + size).join(' '));
      if (country) return country;
    }
  return undefined;
}

/** Where someone lives, as JSON Resume's basics.location says it. */
export interface Home {
  readonly city?: string | undefined;
  readonly region?: string | undefined;
  readonly countryCode?: string | undefined;
}

/**
 * Where a school is whose name places it nowhere but holds the city its student lives in ("Austin Community College"
 * of someone living in Austin, Texas; "Universidad de Zaragoza" of someone in Zaragoza): their region and country.
 */
export function homeNamedIn(name: string | undefined, home: Home | undefined): string[] {
  const city = nameWords(home?.city ?? '');
  const said = nameWords(name ?? '');
  if (!city.length || !said.some((_, at) => city.every((word, k) => said[at + k] === word))) return [];
  const code = home?.countryCode?.trim().toUpperCase() ?? '';
  const region = home?.region?.trim();
  // A region may be written as its code ("TX").
  const regionName = region && (loaded().subdivisions[code]?.[region.toUpperCase()] ?? region);
  return [regionName, countryName(code)].filter((place): place is string => Boolean(place));
}

/**
 * Countries as people abbreviate them in a question: "the us", "the usa", "in usa", "the uk", "uae". After "the" or
 * a word of where: "us" alone is a pronoun, and "usa" the Portuguese "uses" ("ele usa pandas?").
 */
const ABBREVIATED = /\b(the|in|from|outside|across|within|to) (us|usa|uk|uae)\b/g;
const ABBREVIATION_CODES: Readonly<Record<string, string>> = { us: 'US', usa: 'US', uk: 'GB', uae: 'AE' };

/** The question with abbreviated countries spelled out ("studied in the us" → "studied in the united states"). */
export function countriesSpelledOut(text: string): string {
  if (!/\b(?:us|usa|uk|uae)\b/.test(text)) return text;
  return text.replace(ABBREVIATED, (whole, before: string, code: string) => {
    const name = countryName(ABBREVIATION_CODES[code] ?? '');
    // "Us" is the country only after "the": "tell us", "to us" are the pronoun.
    if (!name || (code === 'us' && before !== 'the')) return whole;
    return `${before} ${name.toLowerCase()}`;
  });
}
