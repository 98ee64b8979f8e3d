/**
 * Which entries matter more when a question gives no other cue: a higher degree above a lower
 * one and any degree above a course or programme; an ongoing role above a past one, then the
 * one that ended last. Ties keep the résumé's own order.
 */
import { dateSortKey, type PartialDate } from './dates.js';

/** Degree levels by the words studyType uses for them (English, Portuguese, Spanish), dots dropped: "Ph.D." is "phd". */
const LEVELS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(phd|dphil|edd|dsc|doctor\w*|doutor\w*)\b/, 5],
  [/\b(master\w*|msc|ms|ma|mba|meng|mphil|mres|llm|mestr\w*|maestr\w*|magister)\b/, 4],
  [/\b(bachelor\w*|bsc|bs|ba|beng|bcs|bcom|llb|bacharel\w*|licenciatur\w*|grado|undergrad\w*)\b/, 3],
  [/\b(associate\w*|aas|aa|foundation degree)\b/, 2],
];

/** 5 doctorate, 4 master, 3 bachelor, 2 associate, 1 anything else (a course, a certificate, no studyType). */
export function degreeLevel(studyType: string | undefined): number {
  const text = (studyType ?? '').toLowerCase().replace(/\./g, '');
  return LEVELS.find(([pattern]) => pattern.test(text))?.[1] ?? 1;
}

/** What people call a degree of each level when they ask for it: "/education msc", "does she have a masters?". */
const LEVEL_NAMES: Readonly<Record<number, readonly string[]>> = {
  5: ['doctorate', 'doctoral', 'phd'],
  4: ['masters', 'msc', 'postgraduate'],
  3: ['bachelors', 'bsc', 'undergraduate', 'undergrad'],
  // An associate's degree is undergraduate too, though no bachelor's.
  2: ['associate', 'undergraduate', 'undergrad'],
};

export function degreeNames(studyType: string | undefined): readonly string[] {
  return LEVEL_NAMES[degreeLevel(studyType)] ?? [];
}

/** The levels each name asks for: "undergraduate" is a bachelor's or an associate's. */
const LEVELS_OF_NAME: ReadonlyMap<string, readonly number[]> = (() => {
  const levels = new Map<string, number[]>();
  for (const [level, names] of Object.entries(LEVEL_NAMES))
    for (const name of names) levels.set(name, [...(levels.get(name) ?? []), Number(level)]);
  for (const name of ['master', 'mba', 'doctor', 'bachelor']) levels.set(name, [degreeLevel(name)]);
  return levels;
})();

/** Whether a query's word names a degree level ("masters", "ph.d", "undergrad"). */
export const isLevelName = (word: string): boolean => LEVELS_OF_NAME.has(word.replace(/\./g, ''));

/** The degree levels the one level name in a query's words asks for ("masters pucrs": 4), or undefined when it names none or several. */
export function levelAsked(words: readonly string[]): ReadonlySet<number> | undefined {
  // Most queries name no level: nothing is made for them (each name's levels are one shared list, compared as such).
  let named: readonly number[] | undefined;
  for (const word of words) {
    const levels = LEVELS_OF_NAME.get(word.includes('.') ? word.replace(/\./g, '') : word);
    if (!levels || levels === named) continue;
    if (named && levels.join() !== named.join()) return undefined;
    named ??= levels;
  }
  return named && new Set(named);
}

interface Dated {
  readonly startDate?: PartialDate;
  readonly endDate?: PartialDate | null;
}

/** Later is more significant: ongoing first, then the latest end, then the latest start. */
export function recency(entry: Dated): number[] {
  return [dateSortKey(entry.endDate, 'end'), dateSortKey(entry.startDate, 'start')];
}

/**
 * Each entry's place when the most significant comes first (0 = first), from keys compared in
 * turn, higher first; equal keys keep the résumé's order.
 */
export function significanceRanks<E>(entries: readonly E[], keys: (entry: E) => readonly number[]): number[] {
  return remembered(entries, keys).ranks;
}

/** The entries' indexes, most significant first. */
export function bySignificance<E>(entries: readonly E[], keys: (entry: E) => readonly number[]): number[] {
  return remembered(entries, keys).order;
}

// A résumé's arrays never change once loaded: each listing of a long career sorts it once, not per question.
const memo = new WeakMap<readonly unknown[], Map<unknown, { ranks: number[]; order: number[] }>>();

function remembered<E>(entries: readonly E[], keys: (entry: E) => readonly number[]): { ranks: number[]; order: number[] } {
  let byKeys = memo.get(entries);
  if (!byKeys) memo.set(entries, (byKeys = new Map()));
  let found = byKeys.get(keys);
  if (!found) {
    const ranks = rank(entries, keys);
    found = { ranks, order: entries.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!) };
    byKeys.set(keys, found);
  }
  return found;
}

function rank<E>(entries: readonly E[], keys: (entry: E) => readonly number[]): number[] {
  const keyed = entries.map((entry, i) => ({ i, key: keys(entry) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < Math.max(a.key.length, b.key.length); k++) {
      const d = (b.key[k] ?? 0) - (a.key[k] ?? 0);
      if (d) return d;
    }
    return a.i - b.i;
  });
  const ranks = new Array<number>(entries.length);
  keyed.forEach(({ i }, place) => {
    ranks[i] = place;
  });
  return ranks;
}
