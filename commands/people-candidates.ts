/**
 * Who a question across a directory's people reaches: the candidates ranked by the shared index's
 * postings for everyone at once, and asked the one-person way, best first, only until enough fit.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import type { Spellings } from '../src/query/index.js';
import { perSharedIndex } from '../src/query/per-shared.js';
import type { PersonContext } from './definition.js';
import { type Places, placementOf } from './people-places.js';

export interface Fit {
  readonly person: PersonContext;
  /** What shows they fit: "Kafka · Technical Skills". */
  readonly line: string;
  /** How well their best entry matched the question (what --json gives as the match's score). */
  readonly score: number;
  /**
   * How strongly their résumé says what was asked, by the shared index (`SharedIndex.strengths`): what ranks them,
   * known for everyone before anyone is asked, so nobody left unasked can outrank someone shown.
   */
  readonly strength: number;
}

/** Who fits one question, and how many who may fit were not asked (past `limit` fits). */
export interface Fits {
  readonly fits: Fit[];
  readonly unasked: number;
  /** Listed by name, not by how well they fit (who does not fit: nobody fits it better). */
  readonly byName?: boolean;
}

/**
 * What a capped answer leaves out, counted exactly: `more` who fit beyond those shown, and `unchecked` who may
 * (their résumé has the words) but were never asked. Undefined when nothing is left out.
 */
export function leftOut(messages: Messages, more: number, unchecked: number): string | undefined {
  const said = [
    ...(more ? [messages.t('people.rest', { count: more })] : []),
    ...(unchecked ? [messages.t('people.unchecked', { count: unchecked })] : []),
  ];
  return said.length ? said.join(' ') : undefined;
}

/**
 * The candidates who fit, asked in rank order (strongest evidence, then name) until `limit` fit: everyone asked
 * later ranks below everyone shown, so the first `limit` are those asking everyone would show.
 */
export function fitsAmong(plan: Plan, limit: number, all: readonly PersonContext[]): Fits {
  const strength = strengthsOf(plan.candidates, plan.asked, all);
  const ranked = rankedBy(strength, all);
  const fits: Fit[] = [];
  let tried = 0;
  for (; tried < ranked.length && fits.length < limit; tried++) {
    const place = ranked[tried]!;
    if (plan.mayFit && !plan.mayFit(place)) continue;
    const fit = plan.fitting(all[place]!, place);
    if (fit) fits.push({ ...fit, strength: strength[place]! });
  }
  return { fits, unasked: ranked.length - tried };
}

/** Who may fit one question, how each is asked, and the words whose postings rank them. */
export interface Plan {
  /** Their places among everyone. */
  readonly candidates: Places;
  /** The person's fit, asked with their place among everyone. */
  readonly fitting: (person: PersonContext, place: number) => Omit<Fit, 'strength'> | null;
  readonly asked: readonly Spellings[];
  /** Everyone is asked, whatever the limit (a look cheap for everyone). */
  readonly everyone?: boolean;
  /**
   * A look cheap for anyone (their texts say the words, their dates the year) that is false for whoever `fitting` would
   * not fit: read before `fitting`, and for every part of a question before any part is asked in full.
   */
  readonly mayFit?: (place: number) => boolean;
}

/**
 * Those who fit every plan's question, asked in rank order (their weakest strength, then name) until `limit` fit
 * them all, each with the plans' fits joined: only whoever is a candidate of every plan is asked, and a part that
 * does not fit ends their asking.
 */
export function fitsOfEvery(plans: readonly Plan[], limit: number, all: readonly PersonContext[], join: (fits: Fit[]) => Fit): Fits {
  const strengths = plans.map((plan) => strengthsOf(plan.candidates, plan.asked, all));
  const weakest = new Float64Array(all.length);
  for (let place = 0; place < all.length; place++) {
    let least = Infinity;
    for (let i = 0; i < strengths.length && least !== UNRANKED; i++) least = Math.min(least, strengths[i]![place]!);
    weakest[place] = least;
  }
  const ranked = rankedBy(weakest, all);
  const fits: Fit[] = [];
  let tried = 0;
  for (; tried < ranked.length && fits.length < limit; tried++) {
    const place = ranked[tried]!;
    // A part their texts or dates already rule out ends their asking before any part is asked in full.
    if (!plans.every((plan) => plan.mayFit?.(place) ?? true)) continue;
    const person = all[place]!;
    const each: Fit[] = [];
    for (let i = 0; i < plans.length; i++) {
      const fit = plans[i]!.fitting(person, place);
      if (!fit) break;
      each.push({ ...fit, strength: strengths[i]![place]! });
    }
    if (each.length === plans.length) fits.push(join(each));
  }
  return { fits, unasked: ranked.length - tried };
}

/** The strength of someone who is no candidate: below every strength (those are 0 to 1). */
const UNRANKED = -1;

/**
 * Each candidate's strength by their place among everyone (UNRANKED: no candidate), into one array rather than a
 * map of a thousand people: each shared index reads everyone's from its postings once.
 */
function strengthsOf(candidates: Places, asked: readonly Spellings[], all: readonly PersonContext[]): Float64Array {
  const strengthIn = perSharedIndex((shared) => shared.strengths(asked));
  const placement = placementOf(all);
  const strength = new Float64Array(all.length).fill(UNRANKED);
  for (let i = 0; i < candidates.length; i++) {
    const place = candidates[i]!;
    strength[place] = strengthIn(placement.sharedAt(place))(placement.numberOf(place));
  }
  return strength;
}

/**
 * The places of those ranked (not UNRANKED), strongest first, then in name order: everyone is read in name order
 * (sorted once per directory) once per strength, so nobody is sorted per question; strengths are few (a tier's
 * weight, or none).
 */
function rankedBy(strength: Float64Array, all: readonly PersonContext[]): Uint32Array {
  const tiers: number[] = [];
  let count = 0;
  for (let place = 0; place < strength.length; place++) {
    const said = strength[place]!;
    if (said === UNRANKED) continue;
    count++;
    if (!tiers.includes(said)) tiers.push(said);
  }
  tiers.sort((a, b) => b - a);
  const order = nameOrder(all);
  const ranked = new Uint32Array(count);
  let next = 0;
  for (const tier of tiers) for (let i = 0; i < order.length; i++) if (strength[order[i]!] === tier) ranked[next++] = order[i]!;
  return ranked;
}

/** The order `localeCompare` gives, from one collator: a thousand names sort ten times faster with it. Made on first use: a V8 start-up snapshot cannot hold one. */
let byLocale: Intl.Collator | undefined;

const nameOrders = new WeakMap<readonly PersonContext[], Uint32Array>();

/** Everyone's places in name order (as answers list them): sorted once per directory rather than per question. */
export function nameOrder(all: readonly PersonContext[]): Uint32Array {
  let sorted = nameOrders.get(all);
  if (!sorted) {
    const collator = (byLocale ??= new Intl.Collator());
    const places = Array.from(all, (_, place) => place);
    sorted = Uint32Array.from(places.sort((a, b) => collator.compare(all[a]!.person.name, all[b]!.person.name)));
    nameOrders.set(all, sorted);
  }
  return sorted;
}

/** Two people in the order answers list them by name (the collator everyone's name order is sorted with). */
export function byName(a: PersonContext, b: PersonContext): number {
  return (byLocale ??= new Intl.Collator()).compare(a.person.name, b.person.name);
}

/** Sorts everyone by name now (a bot starting), so that no question waits for it. */
export function orderByName(all: readonly PersonContext[]): void {
  nameOrder(all);
}
