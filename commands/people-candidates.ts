/**
 * Who a question across a directory's people reaches: the candidates ranked by the shared index's
 * postings for everyone at once, and asked the one-person way, best first, only until enough fit.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import type { ResumeSection } from '../src/model/answer.js';
import type { ResumeIndex, Spellings } from '../src/query/index.js';
import { perSharedIndex } from '../src/query/per-shared.js';
import type { PersonContext } from './definition.js';

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
 * The people (or members) whose indexed text, in the section when given, has a meaning of one of these
 * words: each shared index asked once. One not indexed yet may mean anything.
 */
export function whoMayMean<T>(
  people: readonly T[],
  indexOf: (person: T) => ResumeIndex | undefined,
  asked: readonly string[],
  section?: ResumeSection,
): T[] {
  return amongIndexed(people, indexOf, (shared) => shared.whoMayMean(asked, section));
}

/** The people whose number in their shared index is in what `who` says of that index, asked once per index. */
function amongIndexed<T>(
  people: readonly T[],
  indexOf: (person: T) => ResumeIndex | undefined,
  who: (shared: ResumeIndex['shared']) => ReadonlySet<number>,
): T[] {
  const found = perSharedIndex(who);
  return people.filter((person) => {
    const index = indexOf(person);
    return !index || found(index.shared).has(index.sharedAs);
  });
}

/**
 * The candidates who fit, asked in rank order (strongest evidence, then name) until `limit` fit: everyone asked
 * later ranks below everyone shown, so the first `limit` are those asking everyone would show.
 */
export function fitsAmong(
  candidates: readonly PersonContext[],
  fitting: (person: PersonContext) => Omit<Fit, 'strength'> | null,
  limit: number,
  asked: readonly Spellings[],
  all: readonly PersonContext[],
): Fits {
  const ranked = byEvidence(candidates, asked, all);
  const fits: Fit[] = [];
  let tried = 0;
  for (const { person, strength } of ranked) {
    if (fits.length >= limit) break;
    tried++;
    const fit = fitting(person);
    if (fit) fits.push({ ...fit, strength });
  }
  return { fits, unasked: ranked.length - tried };
}

/** Who may fit one question, how each is asked, and the words whose postings rank them. */
export interface Plan {
  readonly candidates: readonly PersonContext[];
  readonly fitting: (person: PersonContext) => Omit<Fit, 'strength'> | null;
  readonly asked: readonly Spellings[];
  /** Everyone is asked, whatever the limit (a look cheap for everyone). */
  readonly everyone?: boolean;
}

/**
 * Those who fit every plan's question, asked in rank order (their weakest strength, then name) until `limit` fit
 * them all, each with the plans' fits joined: only whoever is a candidate of every plan is asked, and a part that
 * does not fit ends their asking.
 */
export function fitsOfEvery(plans: readonly Plan[], limit: number, all: readonly PersonContext[], join: (fits: Fit[]) => Fit): Fits {
  const strengths = plans.map((plan) => strengthsOf(plan.candidates, plan.asked));
  const ranked = rankedBy((person) => {
    let weakest = Infinity;
    for (const strength of strengths) {
      const said = strength.get(person);
      if (said === undefined) return undefined;
      weakest = Math.min(weakest, said);
    }
    return weakest;
  }, all);
  const fits: Fit[] = [];
  let tried = 0;
  for (const { person } of ranked) {
    if (fits.length >= limit) break;
    tried++;
    const each: Fit[] = [];
    for (const [i, plan] of plans.entries()) {
      const fit = plan.fitting(person);
      if (!fit) break;
      each.push({ ...fit, strength: strengths[i]!.get(person)! });
    }
    if (each.length === plans.length) fits.push(join(each));
  }
  return { fits, unasked: ranked.length - tried };
}

/** The candidates with their strength, strongest first, then in name order. */
function byEvidence(
  candidates: readonly PersonContext[],
  asked: readonly Spellings[],
  all: readonly PersonContext[],
): Array<{ person: PersonContext; strength: number }> {
  const strengths = strengthsOf(candidates, asked);
  return rankedBy((person) => strengths.get(person), all);
}

/** Each candidate's strength: each shared index reads everyone's from its postings once. */
function strengthsOf(candidates: readonly PersonContext[], asked: readonly Spellings[]): Map<PersonContext, number> {
  const strengthIn = perSharedIndex((shared) => shared.strengths(asked));
  const found = new Map<PersonContext, number>();
  for (const person of candidates) found.set(person, strengthIn(person.index.shared)(person.index.sharedAs));
  return found;
}

/**
 * Those with a strength (undefined: not ranked), strongest first, then in name order: everyone is read in name order
 * (sorted once per directory) into one list per strength, so nobody is sorted per question; strengths are few
 * (a tier's weight, or none).
 */
function rankedBy(
  strengthOf: (person: PersonContext) => number | undefined,
  all: readonly PersonContext[],
): Array<{ person: PersonContext; strength: number }> {
  const lists = new Map<number, PersonContext[]>();
  for (const person of nameOrder(all)) {
    const strength = strengthOf(person);
    if (strength === undefined) continue;
    const list = lists.get(strength);
    if (list) list.push(person);
    else lists.set(strength, [person]);
  }
  return [...lists.keys()].sort((a, b) => b - a).flatMap((strength) => lists.get(strength)!.map((person) => ({ person, strength })));
}

/** The order `localeCompare` gives, from one collator: a thousand names sort ten times faster with it. Made on first use: a V8 start-up snapshot cannot hold one. */
let byLocale: Intl.Collator | undefined;

const nameOrders = new WeakMap<readonly PersonContext[], readonly PersonContext[]>();

/** Everyone in name order (as answers list them): sorted once per directory rather than per question. */
function nameOrder(all: readonly PersonContext[]): readonly PersonContext[] {
  let sorted = nameOrders.get(all);
  if (!sorted) {
    const collator = (byLocale ??= new Intl.Collator());
    sorted = [...all].sort((a, b) => collator.compare(a.person.name, b.person.name));
    nameOrders.set(all, sorted);
  }
  return sorted;
}

/** Sorts everyone by name now (a bot starting), so that no question waits for it. */
export function orderByName(all: readonly PersonContext[]): void {
  nameOrder(all);
}
