/**
 * Who a question across a directory's people reaches: the candidates ranked by the shared index's
 * postings for everyone at once, and asked the one-person way, best first, only until enough fit.
 */
import type { ResumeSection } from '../src/model/answer.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { PersonContext } from './definition.js';

export interface Fit {
  readonly person: PersonContext;
  /** What shows they fit: "Kafka · Technical Skills". */
  readonly line: string;
  readonly strength: number;
}

/** Who fits one question, and how many who may fit were not asked (past `limit` fits). */
export interface Fits {
  readonly fits: Fit[];
  readonly unasked: number;
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
  const byIndex = new Map<ResumeIndex['shared'], ReadonlySet<number>>();
  return people.filter((person) => {
    const index = indexOf(person);
    if (!index) return true;
    let who = byIndex.get(index.shared);
    if (!who) byIndex.set(index.shared, (who = index.shared.whoMayMean(asked, section)));
    return who.has(index.sharedAs);
  });
}

/** The candidates who fit, asked best evidence first until `limit` fit. */
export function fitsAmong(
  candidates: readonly PersonContext[],
  fitting: (person: PersonContext) => Fit | null,
  limit: number,
  required: readonly (readonly string[])[],
  all: readonly PersonContext[],
): Fits {
  if (candidates.length <= limit) return { fits: candidates.map(fitting).filter((fit): fit is Fit => fit !== null), unasked: 0 };
  const fits: Fit[] = [];
  let asked = 0;
  for (const person of byEvidence(candidates, required, nameOrder(all))) {
    asked++;
    const fit = fitting(person);
    if (fit) fits.push(fit);
    if (fits.length >= limit) break;
  }
  return { fits, unasked: candidates.length - asked };
}

/**
 * The candidates, strongest evidence first: whether a name of theirs or only their text says each named word,
 * read from the shared postings for everyone at once (the weakest word decides), then by name.
 */
function byEvidence(
  candidates: readonly PersonContext[],
  required: readonly (readonly string[])[],
  byName: ReadonlyMap<PersonContext, number>,
): PersonContext[] {
  const named = required.flat();
  const strength = new Map(candidates.map((p) => [p, p.index.shared.evidence(named, p.index.sharedAs)]));
  return [...candidates].sort((a, b) => strength.get(b)! - strength.get(a)! || byName.get(a)! - byName.get(b)!);
}

/** The order `localeCompare` gives, from one collator: a thousand names sort ten times faster with it. */
const byLocale = new Intl.Collator();

const nameOrders = new WeakMap<readonly PersonContext[], ReadonlyMap<PersonContext, number>>();

/** Everyone's place in name order (as answers list them), sorted once per directory rather than per question. */
function nameOrder(all: readonly PersonContext[]): ReadonlyMap<PersonContext, number> {
  let order = nameOrders.get(all);
  if (!order) {
    const sorted = [...all].sort((a, b) => byLocale.compare(a.person.name, b.person.name));
    nameOrders.set(all, (order = new Map(sorted.map((p, i) => [p, i]))));
  }
  return order;
}
