/**
 * Splitting long text to fit a message limit, the same way on every platform: each chunk ends
 * at the strongest boundary (a paragraph, a line, a sentence, a word) that still leaves it a
 * fair size, or is cut hard; never where the platform says a cut would break its markup (half
 * an `&amp;`, a dangling escape), nor between the halves of a surrogate pair. Each platform
 * keeps its own limits and its own rules; the splitting is this one.
 */
export interface SplitRules {
  /** Where to prefer a cut, strongest first: after a boundary's punctuation, before its whitespace. */
  boundaries: readonly string[];
  /** A boundary in the first `minShare` of the window would leave a small chunk: a hard cut reads better. */
  minShare: number;
  /** The largest cut at or before `at` that breaks none of the platform's markup. */
  safeCut?(text: string, at: number): number;
}

/** Never between the halves of a surrogate pair. */
function wholeCharacters(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && at < text.length && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** The first chunk of at most `max` characters (end spaces trimmed) and the rest (leading spaces trimmed). */
export function takeChunk(text: string, max: number, rules: SplitRules): [string, string] {
  if (max < 1) return ['', text];
  if (text.length <= max) return [text, ''];
  const window = text.slice(0, max + 1);
  const earliest = Math.ceil(max * rules.minShare);
  let cut = max;
  for (const boundary of rules.boundaries) {
    const at = window.lastIndexOf(boundary);
    if (at >= earliest) {
      cut = at + (boundary.trim() ? boundary.length - 1 : 0);
      break;
    }
  }
  cut = wholeCharacters(text, rules.safeCut ? rules.safeCut(text, Math.min(cut, max)) : Math.min(cut, max));
  // Only a pathological start (a one-character window on an escape or a pair) leaves nothing: then cut hard, never loop.
  if (cut <= 0) cut = max;
  return [text.slice(0, cut).trimEnd(), text.slice(cut).replace(/^\s+/, '')];
}

/** Every chunk of at most `max` characters, none of them blank, in order. */
export function splitText(text: string, max: number, rules: SplitRules): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const [head, tail] = takeChunk(rest, max, rules);
    if (head.trim()) chunks.push(head);
    if (tail.length >= rest.length) break;
    rest = tail;
  }
  return chunks;
}
