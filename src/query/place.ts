/**
 * Where someone lives is their own location (JSON Resume's basics.location): "does she live in
 * Lisbon?", "who is based in Austin?". Never where they studied or worked, and never a name that
 * holds a place's name (the University of Texas at Austin, the Bank of Montreal).
 */
import { allowedTypos, editDistance, normalize, words } from './normalize.js';
import {
  areasOfLocation,
  continentOf,
  countryName,
  isPlaceName,
  locationNames,
  metrosOf,
  placesSpelledOut,
  worldRegionsOf,
} from './regions.js';
import { STOPWORDS } from './stopwords.js';

/** The verbs of living: where someone lives, which only their own location says. */
const LIVING_VERBS = 'live|lives|lived|living|reside|resides|residing|resident';

// "Lives at" too (Portuguese "mora na" reads so), but "based at expedia" is where a role was.
const LIVES_IN = new RegExp(
  String.raw`\b(?:(?:${LIVING_VERBS})\s+(?:in|at|near|around|out of)|(?:based|located)\s+(?:in|near|around|out of))\s+(.+)$`,
);

/**
 * "Is he in Austin?", "is Lena still in Lisbon?": where someone is now, if the words after "in" name a place. "Is it
 * in Austin?" asks where a thing is (the role just named), not a person.
 */
const IS_IN = /^(?:is|are)\s+(?!(?:it|that|this|there)\s)(?:[^\s]+\s+)?(?:(?:still|currently|now)\s+)?in\s+(.+)$/;

/** The words a question asks whether someone is in ("is he in austin?"), which may or may not name a place; else null. */
export const presenceAsked = (text: string): string[] | null => placeAfter(IS_IN, text);

/**
 * "Who lives in Europe?", "does she reside in Lisbon?": a verb of living asks where they live, which only their own
 * location says (a current role in London says where they work, not where they live; "based in" may be either).
 */
const LIVING = new RegExp(String.raw`\b(?:${LIVING_VERBS})\b`);

export const livingAsked = (text: string): boolean => LIVING.test(text);

/** The place a question asks whether someone lives in, as words; null when it asks no such thing. */
export const residenceAsked = (text: string): string[] | null => placeAfter(LIVES_IN, text);

/** What a question across everyone asks after its cue ("who is" of "who is in Texas?"): "in" and words, a place or not. */
const IN_PLACE = /^(?:(?:still|currently|now)\s+)?in\s+(.+)$/;

/** The words a question's rest asks whether someone is in ("in texas", "in sales"), which may or may not name a place. */
export const presentInAsked = (text: string): string[] | null => placeAfter(IN_PLACE, text);

/**
 * "Who lives outside the us?", "anyone based outside of Brazil?": where someone lives, asked as anywhere else ("based
 * out of Austin" is in it).
 */
const LIVES_OUTSIDE = new RegExp(String.raw`\b(?:${LIVING_VERBS}|based|located)\s+outside(?:\s+of)?\s+(.+)$`);

/** The place a question asks whether someone lives outside of, as words; null when it asks no such thing. */
export const residenceOutsideAsked = (text: string): string[] | null => placeAfter(LIVES_OUTSIDE, text);

/** When, said after where ("which city does she live in now?", "rn", "these days", "at the moment"): no word of a place. */
const WHEN_SAID = new Set([
  'now',
  'rn',
  'atm',
  'currently',
  'presently',
  'nowadays',
  'today',
  'still',
  'anymore',
  'these',
  'days',
  'right',
  'moment',
  'present',
]);

/** The words the pattern's group holds in the text, stop words and when aside; null when it does not match or holds none. */
function placeAfter(pattern: RegExp, text: string): string[] | null {
  const m = pattern.exec(placesSpelledOut(normalize(text)));
  const place = m ? words(m[1]!).filter((w) => !STOPWORDS.has(w) && !WHEN_SAID.has(w)) : [];
  return place.length ? place : null;
}

export interface Location {
  readonly address?: string;
  readonly city?: string;
  readonly region?: string;
  readonly countryCode?: string;
}

/** "Austin, Texas, US": how a location is shown. */
export function locationLine(location: Location | undefined): string {
  return location ? [location.city, location.region, location.countryCode].filter(Boolean).join(', ') : '';
}

/** True when the words are one whole part of a location, a typo each at most: "porto alegre" of "Porto Alegre, Brazil", never "porto". */
export function placePart(location: string | undefined, place: readonly string[]): boolean {
  return (location ?? '').split(',').some((part) => {
    const said = words(part);
    return said.length === place.length && place.every((w, k) => sameWord(said[k]!, w));
  });
}

const sameWord = (said: string, w: string) => said === w || editDistance(said, w, allowedTypos(w)) <= allowedTypos(w);

/** True when the location says the place's words in a row (with a typo each at most): "san francisco", "texas", "portugal". */
export function livesIn(location: Location | undefined, place: readonly string[]): boolean {
  if (!location) return false;
  // The country by its code's name, from the same table every location is read with, and its continent.
  const code = location.countryCode?.toUpperCase();
  const fields = [
    location.city,
    location.region,
    location.countryCode,
    code ? countryName(code) : undefined,
    continentOf(code),
    location.address,
    // "San Francisco" is in the Bay Area.
    ...(location.city ? metrosOf(location.city, code ?? 'US') : []),
  ];
  if (saysWhole(worldRegionsOf(code), place)) return true;
  return fields.some((field) => {
    const said = words(field ?? '');
    for (let start = 0; start + place.length <= said.length; start++) if (place.every((w, k) => sameWord(said[start + k]!, w))) return true;
    return false;
  });
}

/** A region of the world or a metropolitan area asked by its whole name: "asia" is in no "Asia Pacific", "san francisco" no Los Gatos. */
function saysWhole(areas: readonly string[], place: readonly string[]): boolean {
  const asked = place.join(' ');
  return areas.some((area) => words(area).join(' ') === asked);
}

/**
 * Whether a location as a role gives it ("London, UK", "Austin, TX") is in the place: one of its parts, the country or
 * region it names (by its code or its parts: "Austin, TX" is in Texas), its continent, or, by its whole name, a region
 * of the world or a metropolitan area it is in. `ownCountry` reads a location that names none; `names`: its
 * locationNames, when the caller has read them. "Remote" is in no place.
 */
export function locatedAt(
  location: string | undefined,
  place: readonly string[],
  ownCountry: string | undefined,
  names: readonly string[] = locationNames(location, ownCountry),
): boolean {
  if (placePart(location, place)) return true;
  const areas = areasOfLocation(location, ownCountry);
  return [...names, areas.continent ?? ''].some((n) => placePart(n, place)) || saysWhole([...areas.metros, ...areas.regions], place);
}

/**
 * True when the words name a place: a country or a first-level region ("texas", "brazil"), or a place one of these
 * locations says ("austin"). "Sales" names none.
 */
export function namesPlace(place: readonly string[], locations: Iterable<Location | undefined>): boolean {
  if (isPlaceName(place.join(' '))) return true;
  for (const location of locations) if (livesIn(location, place)) return true;
  return false;
}

/** True when a location is given and is not the place: living outside it (one who gives none is in no place at all). */
export function livesOutside(location: Location | undefined, place: readonly string[]): boolean {
  return locationLine(location) !== '' && !livesIn(location, place);
}
