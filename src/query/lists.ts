/**
 * A list in a question, its items parted by commas and its last by "or" or "and" ("climbing, running or cycling",
 * "python, kafka, and go"): said as that word between every two items, so each is asked as the last one is. Only
 * items of a few words that are no little words are a list's: "hi, who knows go and rust?" keeps its comma.
 */
import { STOPWORDS } from './stopwords.js';

const MAX_ITEM_WORDS = 3;
const LAST = /^\s*(?:(?:or|and)\s+)?(?:(.*?)\s+)?\b(or|and)\s+(\S.*)$/i;

const WORDS_EITHER_SIDE = /(?<![\p{L}\p{N}/])(\p{L}{4,})\/(\p{L}{4,})(?![\p{L}\p{N}/])/gu;

const isItem = (item: string): boolean => {
  const said = item.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return said.length > 0 && said.length <= MAX_ITEM_WORDS && !said.some((w) => STOPWORDS.has(w));
};

export function listSpelledOut(typed: string): string {
  // "Restaurant / hospitality", "CKA / CKAD", "climbing/bouldering": a slash between spaces, or between two words of
  // four letters or more, is "or" (one inside a name, "CI/CD", "TCP/IP", is not).
  const text = typed.includes('/') ? typed.replace(/\s+\/\s+/g, ' or ').replace(WORDS_EITHER_SIDE, '$1 or $2') : typed;
  if (!text.includes(',')) return text;
  const parts = text.split(',');
  const last = LAST.exec(parts.at(-1)!);
  if (!last) return text;
  const [, before, conjunction, after] = last;
  const middle = parts.slice(1, -1);
  // ", or go" ends the list with its own comma; "running or cycling" holds its next-to-last item.
  const trailing = /^\s*(?:or|and)\s/i.test(parts.at(-1)!) ? [] : [before ?? ''];
  const items = [...middle, ...trailing];
  if (!items.every(isItem)) return text;
  const word = conjunction!.toLowerCase();
  return [parts[0]!.trim(), ...items.map((item) => item.trim()), after!.trim()].join(` ${word} `);
}
