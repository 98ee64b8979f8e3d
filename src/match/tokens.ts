/**
 * Words of running text with where they stand, for recognising skill names in a job
 * description or a résumé: the match needs each word's original capitals (is "Go" the
 * language?), what separates it from the next word (a comma ends a name), and whether it
 * is a possessive ("Oracle's").
 */
import { fold } from '../query/normalize.js';

export interface Token {
  /** As written, possessive ending removed: "Oracle" for "Oracle’s". */
  readonly raw: string;
  /** Folded to lower case without diacritics. */
  readonly lower: string;
  /** Lower case, dots and hyphens dropped: how names are compared ("Node.js" → "nodejs"). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
  /** First word of a sentence, line or bullet: its capital says nothing. */
  readonly sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.'’][\p{L}\p{N}+#]+)*/gu;
const POSSESSIVE = /['’]s$/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const possessive = POSSESSIVE.test(m[0]);
    const raw = possessive ? m[0].slice(0, -2) : m[0];
    const lower = fold(raw);
    const gap = text.slice(previousEnd, start);
    tokens.push({
      raw,
      lower,
      key: lower.replace(/[.'’]/g, ''),
      start,
      end: start + m[0].length,
      possessive,
      sentenceStart: tokens.length === 0 || /[.!?:;\n•*(]\s*$|^\s*-\s+$/.test(gap),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** The text between two neighbouring tokens. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Words of one name stay in one name only across spaces, hyphens and slashes ("CI/CD", "end-to-end"). */
export function joinsName(gap: string): boolean {
  return /^[\s\-/]*$/.test(gap) && !gap.includes('\n');
}

/** How a name is compared: its words' keys run together ("Apache Kafka" → "apachekafka"). */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join('');
}
