/**
 * Questions about who employed the person: "did he work at X?", "was she employed by X?",
 * "has he worked for X?", "was he (ever) at X?", "what was his role at X?". They are answered
 * by a role whose company (or a named client) is X, never by a word of a role's text: that a
 * highlight mentions Apache Flink does not make Apache an employer.
 */
import { countryAsked } from './regions.js';
import { STOPWORDS } from './stopwords.js';

/** A word of working, then "at" or "for" (or "by", after "employed" and the like), then who. */
const EMPLOYED = new RegExp(
  [
    String.raw`\b(?:work|worked|works|working|job|jobs|role|roles|position|positions|title|intern|interned|interning|internship|consulted|consulting|freelanced|employed|contracted)(?: (?:he|she|they|ever|still|previously|once|also|there|on))* (?:at|for) (.+)$`,
    String.raw`\b(?:employed|hired|contracted|paid) by (.+)$`,
    // "Was she on staff at X?", "an employee of X".
    String.raw`\b(?:on (?:the )?staff|staff|staffer|employee|employees) (?:at|of|for) (.+)$`,
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

/** A word that ends a name: a preposition, a year. */
const endsName = (word: string): boolean => ENDS_NAME.has(word) || /^(19|20)\d{2}$/.test(word);
const FILLER = new Set(['he', 'she', 'they', 'ever', 'still', 'previously', 'once', 'company', 'firm', 'employer', 'anymore', 'there']);

/** A word of working, then "in", then where: "did she work in austin?", "has he ever worked in canada?". */
const WORKED_IN =
  /\b(?:work|worked|works|working|job|jobs|role|roles|employed|based)(?: (?:he|she|they|ever|still|previously|once|also))* (in|outside(?: of)?) (.+)$/;

export interface PlaceAsked {
  readonly name: string;
  /** "Did he work outside Brazil?": the roles somewhere else. */
  readonly outside: boolean;
}

/**
 * The place a question asks whether the person worked in ("did she work in austin?" → "austin"); null
 * when it asks no such thing, or the words after "in" are a year ("who was working in 2015?").
 */
export function placeAskedAbout(normalized: string): PlaceAsked | null {
  const m = WORKED_IN.exec(normalized);
  const rest = m?.[2];
  if (!rest) return null;
  const outside = m[1] !== 'in';
  // A country by its code ("the us", "usa"), whose letters are also a little word: asked by its name.
  const said = rest.split(' ').filter(Boolean);
  const end = said.findIndex(endsName);
  const country = countryAsked(end < 0 ? said : said.slice(0, end));
  if (country) return { name: country.toLowerCase(), outside };
  // "Washington state" is Washington.
  const name = nameAfter(rest)?.replace(/^(.+) (?:state|province)$/, '$1');
  return name ? { name, outside } : null;
}

/** Little words a title may start with, whole ("on-call", "in-house"): never a relation ("after dell"). */
const TITLE_LEADS = new Set(['on', 'in', 'off']);

/** The words of a name up to the first that ends it, without filler; `leading`: a title, which may start with one of TITLE_LEADS. */
function nameAfter(rest: string | undefined, leading = false): string | null {
  if (!rest) return null;
  const name: string[] = [];
  const said = rest.split(' ');
  for (const [k, word] of said.entries()) {
    const lead = leading && k === 0 && TITLE_LEADS.has(word) && said.length > 1 && !endsName(said[1]!);
    if (endsName(word) && !lead) break;
    if (!STOPWORDS.has(word) && !FILLER.has(word)) name.push(word);
  }
  return name.length ? name.join(' ') : null;
}

/** Where something was made or done: "what did he build at netflix?". */
const DONE_AT = /\bat (.+)$/;

/** The organisation a question asks what was made or done at ("what did he build at netflix?" → "netflix"). */
export function organisationAskedAbout(normalized: string): string | null {
  return nameAfter(DONE_AT.exec(normalized)?.[1]);
}

/**
 * Being something: "was he a CEO?", "has she ever been an intern?", "is he a manager?", "did he work as a barista?";
 * where, after "at" or "of the" (a title "of the" something is held at a particular one, as Portuguese "CTO da Pied
 * Piper" says).
 */
const WAS_A =
  /\b(?:(is|was|were|been)\s+(?:(?:he|she|they|ever|once|previously|still)\s+)*(?:a|an)|(?:work|worked|working|works|served)\s+(?:(?:he|she|they|ever|once|previously)\s+)*as(?:\s+(?:a|an))?)\s+(.+?)(?:\s+(?:at|of the)\s+(.+?))?(?:\s+in\s+(.+))?$/;

export interface PositionAsked {
  /** The title asked about ("ceo"). */
  readonly name: string;
  /** Asked in the present ("is she a climber?"), which may ask what someone is rather than a title they held. */
  readonly now: boolean;
  /** The organisation it was held at, when the question names one ("was she an sre at google?"). */
  readonly at: string | null;
  /** The place it was held in, when the question names one that is not a year ("was she an sre in toronto?"). */
  readonly in: string | null;
}

/** What a question asks whether the person was ("was he a ceo?" → "ceo"); null when it asks no such thing. */
export function positionAskedAbout(normalized: string): PositionAsked | null {
  const m = WAS_A.exec(normalized);
  // A title may start with a little word: "an on-call engineer", "an after-school tutor".
  const name = nameAfter(m?.[2], true);
  return m && name ? { name, now: m[1] === 'is', at: nameAfter(m[3]), in: nameAfter(m[4]) } : null;
}

/**
 * The words naming the employer an employer question asks about ("did he work at google" →
 * "google"); null when the question does not ask who employed the person, or names no one
 * ("who did he work for before picpay?").
 */
export function employerAskedAbout(normalized: string): string | null {
  const m = EMPLOYED.exec(normalized);
  return nameAfter(m?.slice(1).find((g) => g !== undefined)) ?? EMPLOYEE_OF.exec(normalized)?.[1] ?? null;
}

/** An employer named before the word for one who works there: "was he an ibm employee?". */
const EMPLOYEE_OF = /\b(?:is|was|were|been)\s+(?:(?:he|she|they|ever|once|previously|still)\s+)*an?\s+(.+?)\s+(?:employee|staffer)\b/;

/** True when a title's words end with the words asked: its head says what it was ("tutor" of "Digital Literacy Tutor"). */
export function endsTitle(term: readonly string[] | undefined, asked: string): boolean {
  const words = asked.split(' ');
  return term !== undefined && term.length >= words.length && term.slice(-words.length).join(' ') === words.join(' ');
}
