/**
 * The owner named in their own question as a pronoun, as cues are written ("what does Martin do?" of Martin asks as
 * "what does he do?"): read before the question is glossed, so a name is never a word of another language.
 */
import { isCommonWord } from './common-words.js';
import { isOfficeWord } from './employer.js';
import { editDistance, words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';
import { MONTH_WORDS } from './year.js';

const MONTHS: ReadonlySet<string> = new Set(MONTH_WORDS);

/**
 * Words after which a name stays as typed: a place's ("did he work in jordan?"), or after a Portuguese genitive
 * ("site da lena"), which is read as it is.
 */
const KEPT_AFTER = new Set(['in', 'at', 'near', 'from', 'around', 'outside', 'do', 'da', 'de', 'dos', 'das']);
/** A title is no name of its own ("dr. anita bose" is not Dr. Lena Vasquez). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dra', 'sr', 'sra']);
/** Words after which a person is "him" ("tell me about martin"). */
const OBJECT_BEFORE = new Set(['about', 'of', 'for', 'with', 'to', 'on', 'by', 'sobre']);
/** Words that follow a person as the subject of a question ("does martin work", "was lena a cto", "o martin faz"): then "he". */
const AFTER_SUBJECT = new Set(
  `do does did is was has have had can could will would work works working know knows speak speaks study studies live
  lives ever still currently now a an the doing faz fazia trabalha trabalhou trabalhava fala sabe estudou mora e foi tem
  teve ja ainda`.split(/\s+/),
);

/** Being, before whom it is said of: "was jordan head of platform?" asks what he was, never of his head. */
const BEING = new Set(['is', 'was', 'were', 'been']);

/**
 * The owner named in a question as a pronoun: "he" as the subject ("what does martin do?"), "his" before what is
 * theirs ("martin job": the possessive was dropped), "him" after a preposition ("about martin"). A run of their
 * name's words is one. It stays as typed after a title or a word of place ("worked in jordan"), and before a word the
 * résumé never says, which may be another person's surname ("martin spier" of Martín Álvarez): `knows`.
 */
export function ownerAsPronoun(normalized: string, names: ReadonlySet<string>, knows: (word: string) => boolean): string {
  const named = (w: string | undefined) => w !== undefined && names.has(w) && !TITLES.has(w);
  const said = normalized.split(' ');
  if (!said.some(named)) return normalized;
  const out: string[] = [];
  for (let i = 0; i < said.length; i++) {
    if (!named(said[i])) {
      out.push(said[i]!);
      continue;
    }
    let end = i;
    while (named(said[end + 1])) end++;
    const before = said[i - 1] ?? '';
    const after = said[end + 1];
    const anotherName = after !== undefined && !AFTER_SUBJECT.has(after) && !STOPWORDS.has(after) && !knows(after);
    if (KEPT_AFTER.has(before) || TITLES.has(before) || anotherName) out.push(...said.slice(i, end + 1));
    else if (OBJECT_BEFORE.has(before)) out.push('him');
    else if (after === undefined || AFTER_SUBJECT.has(after) || after.endsWith('ed') || (BEING.has(before) && isOfficeWord(after)))
      out.push('he');
    else out.push('his');
    i = end;
  }
  return out.join(' ');
}

/**
 * The name a diminutive is made of: its first letters, a last one doubled or not, then "y" or "ie" ("danny" of Daniel,
 * "andy" of Andrew, "richie" of Richard, "jenny" of Jennifer).
 */
function diminutiveOf(word: string, names: readonly string[]): string | undefined {
  const stem = /^([a-z]{3,})(?:y|ie)$/.exec(word)?.[1];
  if (!stem) return undefined;
  const single = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return names.find((n) => n.length > single.length + 1 && n.startsWith(single));
}

/**
 * The owner's name as they are named in the question, one typo forgiven ("does jordn speak french?" of Jordan Okafor):
 * a word the résumé never says, no ordinary word nor one of another language (`foreign`: "redes" is no Reyes), that
 * starts as a word of their name of five letters or more and is one edit from it, read as that word; or that is its
 * first four letters or more, shortened as names are ("does rich know js?" of Richard Hendriks), its first three of a
 * name of six letters or more ("dan" of Daniel), or a diminutive of it ("danny" of Daniel Reyes). Shorter names are left
 * as typed: one letter makes another name of them.
 */
export function ownerNameSpelled(
  normalized: string,
  names: ReadonlySet<string>,
  knows: (word: string) => boolean,
  foreign: (word: string) => boolean = () => false,
): string {
  const said = normalized.split(' ');
  // Whole names only: "mayas" is Maya's possessive, not a name of five letters.
  const whole = [...names].filter((n) => n.length >= 5 && !(n.endsWith('s') && names.has(n.slice(0, -1))));
  if (!whole.length) return normalized;
  let spelled: string[] | undefined;
  for (const [i, w] of said.entries()) {
    if (w.length < 3 || names.has(w) || STOPWORDS.has(w) || knows(w) || foreign(w)) continue;
    // Three letters shorten a name of six or more ("dan" of Daniel), unless they are an ordinary word or a month's.
    const short = w.length === 3;
    if (short && (isCommonWord(w) || MONTHS.has(w))) continue;
    const typo = whole.find((n) => n[0] === w[0] && editDistance(w, n, 1) <= 1);
    // A name's first letters, as a name is shortened ("rich" of Richard, "alex" of Alexandra), even an ordinary word.
    const shortened = whole.find((n) => n.length >= w.length + (short ? 3 : 2) && n.startsWith(w));
    const name = typo !== undefined && !isCommonWord(w) ? typo : (shortened ?? (isCommonWord(w) ? undefined : diminutiveOf(w, whole)));
    if (name === undefined) continue;
    spelled ??= [...said];
    spelled[i] = name;
  }
  return spelled ? spelled.join(' ') : normalized;
}

/**
 * A command's text without the owner's name ("/skills Lena Vasquez", "/awards dr. lena's"), as a directory reads a
 * person named in it: of one résumé, the name only says whose it is, which it already is. Undefined: it names them not.
 */
export function withoutOwnerName(text: string, names: ReadonlySet<string>): string | undefined {
  const said = words(text);
  const kept = said.filter((w, i) => !names.has(w) && !(TITLES.has(w) && names.has(said[i + 1] ?? '')));
  return kept.length < said.length ? kept.join(' ') : undefined;
}
