/**
 * Questions about who employed the person: "did he work at X?", "was she employed by X?",
 * "has he worked for X?", "was he (ever) at X?", "what was his role at X?". They are answered
 * by a role whose company (or a named client) is X, never by a word of a role's text: that a
 * highlight mentions Apache Flink does not make Apache an employer.
 */
import { STOPWORDS } from './stopwords.js';

/** A word of working, then "at" or "for" (or "by", after "employed" and the like), then who. */
const EMPLOYED = new RegExp(
  [
    String.raw`\b(?:work|worked|works|working|job|jobs|role|roles|position|positions|title|intern|interned|internship|consulted|consulting|freelanced|employed|contracted)(?: (?:he|she|they|ever|still|previously|once|also|there|on))* (?:at|for) (.+)$`,
    String.raw`\b(?:employed|hired|contracted|paid) by (.+)$`,
    String.raw`\b(?:do|does|did|doing)(?: (?:he|she|they|ever))* at (.+)$`,
    String.raw`\b(?:was|were|is|been) (?:(?:he|she|they|ever|still|previously|once|also|really) )*at (.+)$`,
  ].join('|'),
);

/** Words that end the employer's name: "at netflix in los gatos", "at picpay since 2021". */
const ENDS_NAME = new Set([
  'in',
  'during',
  'before',
  'after',
  'from',
  'since',
  'between',
  'until',
  'when',
  'while',
  'around',
  'as',
  'on',
  'with',
  'and',
  'or',
  'to',
  'now',
  'currently',
  'today',
  'then',
]);
const FILLER = new Set(['he', 'she', 'they', 'ever', 'still', 'previously', 'once', 'company', 'firm', 'employer', 'anymore', 'there']);

/**
 * The words naming the employer an employer question asks about ("did he work at google" →
 * "google"); null when the question does not ask who employed the person, or names no one
 * ("who did he work for before picpay?").
 */
export function employerAskedAbout(normalized: string): string | null {
  const m = EMPLOYED.exec(normalized);
  const rest = m?.slice(1).find((g) => g !== undefined);
  if (!rest) return null;
  const name: string[] = [];
  for (const word of rest.split(' ')) {
    if (ENDS_NAME.has(word) || /^(19|20)\d{2}$/.test(word)) break;
    if (!STOPWORDS.has(word) && !FILLER.has(word)) name.push(word);
  }
  return name.length ? name.join(' ') : null;
}
