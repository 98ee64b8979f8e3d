/**
 * Finds the taxonomy's skills named in a text. Longest name first, so "Apache Kafka" is one
 * skill and "Java Flight Recorder" is never Java. Names that are also ordinary words ("Go",
 * "Chef") count only with their capitals and in a technical setting: after "in", "with",
 * "using"…, or listed beside another skill. In a résumé, `strict` also refuses what does not
 * show the person's own work: a word inside a longer proper name ("Java" in "Java Flight
 * Recorder"), a possessive's product ("Oracle's …"), and what follows "part of projects
 * such as", "used by" and the like (other people's projects that use his).
 */
import type { Taxonomy } from './taxonomy.js';
import { gapBetween, joinsName, tokenize, type Token } from './tokens.js';

export interface Mention {
  readonly termId: string;
  /** The words as written in the text. */
  readonly surface: string;
  /** Token positions [first, last + 1). */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** Someone else's thing (strict mode): named, but not evidence. */
  readonly thirdParty: boolean;
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
/** After these, the sentence lists other people's work that uses the person's. */
const THIRD_PARTY = /\b(?:part of|used (?:by|in)|adopted by|integrated (?:into|in)|powers|powering|such as used)\b/i;
const SENTENCE_END = /[.!?;]\s|\n/;

function titleCase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => /^\p{L}{4,}/u.test(t.raw));
  if (words.length < 2) return true;
  return words.filter((t) => /^\p{Lu}/u.test(t.raw)).length / words.length > 0.6;
}

/** The sentence around token `i`, as token bounds. */
function sentenceBounds(text: string, tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  while (from > 0 && !SENTENCE_END.test(`${gapBetween(text, tokens[from - 1]!, tokens[from]!)} `)) from--;
  let to = i + 1;
  while (to < tokens.length && !SENTENCE_END.test(`${gapBetween(text, tokens[to - 1]!, tokens[to]!)} `)) to++;
  return [from, to];
}

function capitalisedWord(t: Token | undefined): boolean {
  return t !== undefined && !t.sentenceStart && /^\p{Lu}/u.test(t.raw);
}

export function findMentions(text: string, taxonomy: Taxonomy, options: { strict?: boolean } = {}): Mention[] {
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
        thirdParty: false,
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

  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (!accepted.has(c)) continue;
    const { ambiguous: _ambiguous, ...mention } = c;
    if (!options.strict) {
      mentions.push(mention);
      continue;
    }
    const [from, to] = sentenceBounds(text, tokens, c.from);
    const before = tokens[c.from - 1];
    const after = tokens[c.to];
    const prose = !titleCase(tokens, from, to);
    // "Java Flight Recorder": a word of a longer proper name is that name's, not a skill of its own.
    const insideName =
      prose &&
      ((capitalisedWord(after) && joinsName(gapBetween(text, tokens[c.to - 1]!, after!))) ||
        (capitalisedWord(before) && !before!.possessive && joinsName(gapBetween(text, before!, tokens[c.from]!))));
    if (insideName) continue;
    const ownedByOther = (before?.possessive ?? false) || tokens[c.to - 1]!.possessive;
    const clause = text.slice(tokens[from]!.start, c.start);
    mentions.push({ ...mention, thirdParty: ownedByOther || THIRD_PARTY.test(clause) });
  }
  return mentions;
}
