/**
 * Who a question across a directory's people reaches: the candidates ranked by the shared index's
 * postings for everyone at once, and asked the one-person way, best first, only until enough fit.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import type { ResumeSection } from '../src/model/answer.js';
import type { ResumeIndex, Spellings } from '../src/query/index.js';
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

/**
 * The people (or members) whose entries in the section a search for the query can find (SharedIndex.whoFinds):
 * each shared index asked once, everyone's hits in one pass. One not indexed yet may be found by anything.
 */
export function whoFinds<T>(
  people: readonly T[],
  indexOf: (person: T) => ResumeIndex | undefined,
  section: ResumeSection,
  query: string,
): T[] {
  return amongIndexed(people, indexOf, (shared) => shared.whoFinds(section, query));
}

/** The people whose number in their shared index is in what `who` says of that index, asked once per index. */
function amongIndexed<T>(
  people: readonly T[],
  indexOf: (person: T) => ResumeIndex | undefined,
  who: (shared: ResumeIndex['shared']) => ReadonlySet<number>,
): T[] {
  const byIndex = new Map<ResumeIndex['shared'], ReadonlySet<number>>();
  return people.filter((person) => {
    const index = indexOf(person);
    if (!index) return true;
    let found = byIndex.get(index.shared);
    if (!found) byIndex.set(index.shared, (found = who(index.shared)));
    return found.has(index.sharedAs);
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
  const strengths = plans.map((plan) => new Map(byEvidence(plan.candidates, plan.asked, all).map((r) => [r.person, r.strength])));
  const { at } = nameOrder(all);
  const ranked = [...strengths[0]!.keys()]
    .filter((person) => strengths.every((s) => s.has(person)))
    .map((person) => ({ person, strengths: strengths.map((s) => s.get(person)!) }))
    .map(({ person, strengths }) => ({ person, strengths, weakest: Math.min(...strengths) }))
    .sort((a, b) => b.weakest - a.weakest || at.get(a.person)! - at.get(b.person)!);
  const fits: Fit[] = [];
  let tried = 0;
  for (const { person, strengths } of ranked) {
    if (fits.length >= limit) break;
    tried++;
    const each: Fit[] = [];
    for (const [i, plan] of plans.entries()) {
      const fit = plan.fitting(person);
      if (!fit) break;
      each.push({ ...fit, strength: strengths[i]! });
    }
    if (each.length === plans.length) fits.push(join(each));
  }
  return { fits, unasked: ranked.length - tried };
}

/**
 * The candidates with their strength, strongest first, then in name order: each shared index reads everyone's
 * strengths from its postings once, and only the candidates are read and sorted, not everyone.
 */
function byEvidence(
  candidates: readonly PersonContext[],
  asked: readonly Spellings[],
  all: readonly PersonContext[],
): Array<{ person: PersonContext; strength: number }> {
  const { at } = nameOrder(all);
  const strengths = new Map<ResumeIndex['shared'], (person: number) => number>();
  const ranked: Array<{ person: PersonContext; strength: number; place: number }> = [];
  for (const person of candidates) {
    const { shared, sharedAs } = person.index;
    let strength = strengths.get(shared);
    if (!strength) strengths.set(shared, (strength = shared.strengths(asked)));
    ranked.push({ person, strength: strength(sharedAs), place: at.get(person)! });
  }
  return ranked.sort((a, b) => b.strength - a.strength || a.place - b.place);
}

/** The order `localeCompare` gives, from one collator: a thousand names sort ten times faster with it. Made on first use: a V8 start-up snapshot cannot hold one. */
let byLocale: Intl.Collator | undefined;

interface NameOrder {
  readonly sorted: readonly PersonContext[];
  readonly at: ReadonlyMap<PersonContext, number>;
}

const nameOrders = new WeakMap<readonly PersonContext[], NameOrder>();

/** Everyone in name order (as answers list them), and each one's place: sorted once per directory rather than per question. */
function nameOrder(all: readonly PersonContext[]): NameOrder {
  let order = nameOrders.get(all);
  if (!order) {
    const collator = (byLocale ??= new Intl.Collator());
    const sorted = [...all].sort((a, b) => collator.compare(a.person.name, b.person.name));
    nameOrders.set(all, (order = { sorted, at: new Map(sorted.map((p, i) => [p, i])) }));
  }
  return order;
}

/** Sorts everyone by name now (a bot starting), so that no question waits for it. */
export function orderByName(all: readonly PersonContext[]): void {
  nameOrder(all);
}
