/**
 * Words of running text with where they stand and how they are written, for telling names
 * apart from ordinary words: each word's capitals, what separates it from the next (a comma
 * ends a name), whether it is a possessive ("Oracle's") and whether it opens a sentence (its
 * capital then says nothing). The job-fit check reads job descriptions with it too. Cut without Unicode
 * property classes: compiling one of those costs milliseconds on every start, and the
 * résumé index is built on every start of the CLI. Latin scripts only, which is what names
 * in a JSON Resume are matched in (normalize folds every other letter away too).
 */
import { remembered } from './memo.js';
import { fold } from './normalize.js';

export interface Token {
  /** As written, possessive ending removed: "Oracle" for "Oracle’s". */
  readonly raw: string;
  /** Folded to lower case without diacritics. */
  readonly lower: string;
  /** Lower case, dots and apostrophes dropped: how names are compared ("Node.js" → "nodejs"). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
  /** First word of a sentence, line or bullet: its capital says nothing. */
  readonly sentenceStart: boolean;
}

const LETTER = 'A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF';
const WORD = new RegExp(`[${LETTER}][${LETTER}\\u0300-\\u036F+#]*(?:[.'’][${LETTER}\\u0300-\\u036F+#]+)*`, 'g');
const POSSESSIVE = /['’]s$/i;
const OPENS_SENTENCE = /[.!?:;\n•*(]\s*$|^\s*-\s+$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const possessive = POSSESSIVE.test(m[0]);
    const raw = possessive ? m[0].slice(0, -2) : m[0];
    const lower = fold(raw);
    tokens.push({
      raw,
      lower,
      key: lower.replace(/[.'’]/g, ''),
      start,
      end: start + m[0].length,
      possessive,
      sentenceStart: tokens.length === 0 || OPENS_SENTENCE.test(text.slice(previousEnd, start)),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** Written with a capital: "Flink", "PicPay", "Échelle". */
export function capitalised(token: Token): boolean {
  const first = token.raw[0]!;
  return first !== first.toLowerCase();
}

/** The text between two neighbouring tokens. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Words of one name stay in one name only across spaces, hyphens and slashes ("CI/CD", "end-to-end"). */
export function joinsName(gap: string): boolean {
  return /^[\s\-/]*$/.test(gap) && !gap.includes('\n');
}

/** Plain ASCII words between single spaces: their keys are the words in lower case, as tokenize would cut them. */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** How a name is compared: its words' keys run together ("Apache Flink" → "apacheflink"). */
export function nameKey(name: string): string {
  // Most names are plain words: tokenizing each of the taxonomy's thousand names cost milliseconds on every start.
  if (PLAIN_NAME.test(name)) return name.toLowerCase().replaceAll(' ', '');
  // A directory's résumés name the same employers, skills and schools: each other name is read once.
  return remembered(nameKeys, name, MAX_NAME_KEYS, () =>
    tokenize(name)
      .map((t) => t.key)
      .join(''),
  );
}

const nameKeys = new Map<string, string>();
const MAX_NAME_KEYS = 50_000;

/** A character that can be part of a word (for checking that a found string stands alone). */
export const WORD_CHAR = new RegExp(`[${LETTER}]`);
