/**
 * Text normalisation shared by indexing and querying, so both sides agree on what a
 * "word" is: no diacritics, lower case, typographic quotes folded, punctuation as space.
 */

const DIACRITICS = /[\u0300-\u036f]/g;

/** Nothing but ASCII: nothing to decompose, no diacritics, no typographic quotes. */
const ASCII = /^[\x00-\x7f]*$/;

/** "Pontifícia Universidade" → "pontificia universidade"; "Netflix’s" → "netflix's". */
export function fold(text: string): string {
  // Most questions are plain ASCII, and for those all but the lower-casing is a no-op.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

/**
 * Words of `text`. Keeps `+`, `#` and `.` inside words (c++, c#, node.js, b.sc) and drops
 * a trailing possessive ("google's" → "google") and a contraction's tail ("where'd", "they're",
 * "she'll", "i've", "i'm"), which would otherwise be words of their own ("d", "re").
 */
export function words(text: string): string[] {
  // Indexing a directory splits millions of words: the replacements run only where they can change something.
  let folded = fold(text);
  if (folded.includes("'")) folded = folded.replace(POSSESSIVE, '');
  const out: string[] = [];
  for (const piece of folded.split(NON_WORD)) {
    const word = piece.includes('.') ? piece.replace(EDGE_DOTS, '') : piece;
    if (word) out.push(word);
  }
  return out;
}

const POSSESSIVE = /'(?:s|d|ll|ve|re|m)\b/g;
const NON_WORD = /[^a-z0-9+#.]+/;
const EDGE_DOTS = /^\.+|\.+$/g;

/** The last few phrases normalised: answering one question normalises the same text several times (once per section searched). */
const recent: Array<[string, string]> = [];
/** Four texts, each with what it gives when that differs from it. */
const RECENT = 8;

/** Normalised phrase: words joined by single spaces. */
export function normalize(text: string): string {
  for (const [input, output] of recent) if (input === text) return output;
  const output = words(text).join(' ');
  // What it gives is normalised already, and gives itself: readers handed the normalised question normalise it again.
  if (output !== text) recent.unshift([output, output]);
  recent.unshift([text, output]);
  while (recent.length > RECENT) recent.pop();
  return output;
}

/** Phrase without spaces or dots, so "flame scope" meets "FlameScope" and "pic pay" meets "PicPay". */
export function compact(text: string): string {
  return words(text).join('').replace(/\./g, '');
}

/**
 * Three rows of the distance table, reused by every comparison (one runs at a time): a question across a directory
 * compares thousands of words, and a new array per row was most of what its evidence checks allocated.
 */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Edit distance counting a swap of two neighbouring letters as one typo ("kafak" → "kafka"),
 * with an early exit once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [before, prev, row] = rows;
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const spare = before;
    before = prev;
    prev = row;
    row = spare;
  }
  return prev[b.length]!;
}

/** Typos tolerated in a single word: none for short words, where one letter changes the meaning. */
export function allowedTypos(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}
