/**
 * Where someone is ("who is based in London?", "anyone in Europe?", "does Jordan live in London?"): their own location
 * (JSON Resume's basics.location); when they give none, where their current roles are ("London, UK"), as a team reads
 * "based in London" of someone whose job is there. Answers say which it was. A role "Remote", or one that has ended,
 * places nobody.
 */
import { locatedAt, livesIn, livesOutside, locationLine, namesPlace } from '../src/query/place.js';
import { locationNames } from '../src/query/regions.js';
import type { Resume, WorkEntry } from '../src/resume/schema.js';
import type { PersonContext } from './definition.js';
import type { Fit } from './people-candidates.js';
import { underWayEntries } from './timeline.js';

/** The roles under way whose location names a place ("London, UK", "Austin, TX"), for someone who gives no location of their own. */
export function placedRoles(resume: Resume, now: Date): WorkEntry[] {
  if (locationLine(resume.basics.location)) return [];
  const country = resume.basics.location?.countryCode;
  return underWayEntries(resume.work, now)
    .map(({ entry }) => entry)
    .filter((role) => role.location?.includes(',') || locationNames(role.location, country).length > 0);
}

/** "London, UK · Northwind Bank": where a role is, and whose, as a line of evidence. */
const roleLine = (role: WorkEntry) => [role.location, role.name].filter(Boolean).join(' · ');

/** "London, UK (Northwind Bank); Remote…": where the roles are, as a sentence says it. */
export const rolesWhere = (roles: readonly WorkEntry[]) =>
  roles.map((role) => (role.name ? `${role.location} (${role.name})` : role.location)).join('; ');

/** The placed roles (placedRoles) in the place asked. */
export const rolesIn = (resume: Resume, roles: readonly WorkEntry[], place: readonly string[]) =>
  roles.filter((role) => locatedAt(role.location, place, resume.basics.location?.countryCode));

/**
 * The person when where they are is the place (or, `outside`, is known and is not). `living`: asked where they live,
 * which only their own location says.
 */
export function residentOf(
  person: PersonContext,
  place: readonly string[],
  now: Date,
  { outside = false, living = false } = {},
): Omit<Fit, 'strength'> | null {
  const { location } = person.resume.basics;
  const roles = living ? [] : placedRoles(person.resume, now);
  if (!roles.length) {
    const fits = outside ? livesOutside(location, place) : livesIn(location, place);
    return fits ? { person, line: locationLine(location), score: 1 } : null;
  }
  const there = rolesIn(person.resume, roles, place);
  const shown = outside ? (there.length ? [] : roles) : there;
  return shown.length ? { person, line: shown.map(roleLine).join('; '), score: 1 } : null;
}

/** True when the words name a place: a country or a region, or where someone here is ("austin", "london"). */
export function namesPlaceOfAny(place: readonly string[], all: readonly PersonContext[], now: Date): boolean {
  return (
    namesPlace(
      place,
      all.map((p) => p.resume.basics.location),
    ) || all.some((p) => rolesIn(p.resume, placedRoles(p.resume, now), place).length > 0)
  );
}
