/**
 * Finds the taxonomy's skills named in a text. Longest name first, so "Apache Kafka" is one
 * skill and "Java Flight Recorder" is never Java. Names that are also ordinary words ("Go",
 * "Chef") count only with their capitals and in a technical setting: after "in", "with",
 * "using"…, or listed beside another skill. Whether a mention in a résumé is evidence of the
 * person's own work is not decided here but by the query layer's rule (see evidence.ts).
 */
import { gapBetween, joinsName, tokenize } from '../query/name-tokens.js';
import type { Taxonomy } from './taxonomy.js';

export interface Mention {
  readonly termId: string;
  /** The words as written in the text. */
  readonly surface: string;
  /** Token positions [first, last + 1). */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
}

/** Words after which a capitalised ordinary word is a technology: "in Go", "with Chef". */
const TECH_CUES = new Set([
  'in',
  'with',
  'using',
  'use',
  'of',
  'like',
  'including',
  'especially',
  'plus',
  'on',
  'and',
  'or',
  'knowledge',
  'experience',
  'write',
  'writing',
  'code',
]);
/** …or before these: "Oracle experience", "Go developer". */
const TECH_FOLLOWERS = new Set([
  'experience',
  'knowledge',
  'skills',
  'developer',
  'developers',
  'engineer',
  'engineers',
  'programming',
  'code',
]);
export function findMentions(text: string, taxonomy: Taxonomy): Mention[] {
  const tokens = tokenize(text);
  const candidates: Array<Mention & { ambiguous: boolean }> = [];
  for (let i = 0; i < tokens.length; ) {
    let found: (Mention & { ambiguous: boolean }) | null = null;
    let key = '';
    for (let n = 1; n <= taxonomy.longestName && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      if (n > 1 && (!joinsName(gapBetween(text, tokens[i + n - 2]!, last)) || tokens[i + n - 2]!.possessive)) break;
      key += last.key;
      const termId = taxonomy.byKey.get(key);
      if (!termId) continue;
      const spelled = taxonomy.ambiguous.get(key);
      const surface = text.slice(tokens[i]!.start, last.possessive ? last.end - 2 : last.end);
      // An ordinary word names the technology only with its capitals: "Go", never "go".
      if (spelled !== undefined && surface !== spelled) continue;
      found = {
        termId,
        surface,
        from: i,
        to: i + n,
        start: tokens[i]!.start,
        end: last.end,
        ambiguous: spelled !== undefined,
      };
    }
    if (found) {
      candidates.push(found);
      i = found.to;
    } else i++;
  }

  // Ordinary words need a technical setting; decided in rounds, since "Go or Rust" vouch for each other.
  const accepted = new Set(candidates.filter((c) => !c.ambiguous));
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of candidates) {
      if (accepted.has(c)) continue;
      const before = tokens[c.from - 1];
      const after = tokens[c.to];
      const cued =
        (before !== undefined && TECH_CUES.has(before.lower) && joinsName(gapBetween(text, before, tokens[c.from]!))) ||
        (after !== undefined && TECH_FOLLOWERS.has(after.lower) && joinsName(gapBetween(text, tokens[c.to - 1]!, after)));
      const listed = [...accepted].some((o) => {
        const [a, b] = o.from < c.from ? [o, c] : [c, o];
        const between = text.slice(a.end, b.start);
        return b.from - a.to <= 1 && /^[\s,/&()]*(?:and|or|\+)?[\s,/&()]*$/i.test(between) && !between.includes('\n');
      });
      if (cued || listed) {
        accepted.add(c);
        changed = true;
      }
    }
  }

  return candidates.filter((c) => accepted.has(c)).map(({ ambiguous: _ambiguous, ...mention }) => mention);
}
