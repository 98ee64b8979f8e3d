/**
 * Questions about who employed the person: "did he work at X?", "was she employed by X?",
 * "has he worked for X?", "was he (ever) at X?", "what was his role at X?". They are answered
 * by a role whose company (or a named client) is X, never by a word of a role's text: that a
 * highlight mentions Apache Flink does not make Apache an employer.
 */
import { countryAsked } from './regions.js';
import { CHAT_ASIDES, FIELD_HEADS, HOW_WELL, STOPWORDS } from './stopwords.js';
import { isYear } from './year.js';
import { holdsAny } from './holds.js';

/** Words after which joining or starting somewhere dates something else ("what did he do after joining netflix?"). */
const ANOTHER_TIME = 'before|after|since|following|prior to|until';

/** "How good is she at python?" asks a skill, not where she was. */
const HOW_WELL_WORDS = [...HOW_WELL].join('|');

/** What someone "ex-" is of, other than where they worked: "her ex-boss", "an ex-colleague", "ex-military". */
const EX_RELATION =
  /\bex[\s-]+(?!(?:boss|manager|colleague|coworker|co worker|employer|teammate|partner|wife|husband|spouse|military|pat|student)s?\b)(?=\w)/gi;

/** "Is she ex-amazon?", "anyone ex-netflix or ex-dropbox?": who employed them once, asked as working there. */
export function formerEmployerSpelledOut(text: string): string {
  return text.replace(EX_RELATION, 'worked at ');
}

/** A word of working, then "at" or "for" (or "by", after "employed" and the like), then who. */
const EMPLOYED = new RegExp(
  [
    String.raw`\b(?:work|worked|works|working|job|jobs|role|roles|position|positions|title|intern|interned|interning|internship|consulted|consulting|freelanced|employed|contracted|volunteer|volunteered|volunteering|volunteers)(?: (?:he|she|they|ever|still|previously|once|also|there|on))* (?:at|for) (.+)$`,
    String.raw`\b(?:employed|hired|contracted|paid) by (.+)$`,
    // "When did she start at X?", "did he join X?"; not "after joining X", which asks what came after, nor joining a
    // school ("quando ela entrou na faculdade?"), which is studying.
    String.raw`(?<!\b(?:${ANOTHER_TIME}) )\b(?:start|started|starting|begin|began)(?: (?:work|working))? (?:at|with) (.+)$`,
    String.raw`(?<!\b(?:${ANOTHER_TIME}) (?:(?:he|she|they) )?)\b(?:join|joined|joining)(?: (?:he|she|they|ever|also))* (?!(?:a |the )?(?:college|university|school|uni)\b)(.+)$`,
    // "Did he leave X?", "when did she quit X?": where a role ended; not leaving a job, a school or a team, a line of
    // work ("the restaurant business"), nor what came after leaving ("after leaving X").
    String.raw`(?<!\b(?:${ANOTHER_TIME}) (?:(?:he|she|they) )?)\b(?:leave|left|leaving|quit|quitting)(?: (?:he|she|they|ever|also))* (?!(?:a |an |the |his |her |their )?(?:job|jobs|role|roles|position|company|companies|college|university|school|uni|team|teams|work)\b)(?!.*\b(?:business|industry|field|sector|profession)\b)(.+)$`,
    // "Was she on staff at X?", "an employee of X".
    String.raw`\b(?:on (?:the )?staff|staff|staffer|employee|employees) (?:at|of|for) (.+)$`,
    String.raw`\b(?:do|does|did|doing)(?: (?:he|she|they|ever))* at (.+)$`,
    // Not how well: "how good is she at python?".
    String.raw`(?<!\b(?:${HOW_WELL_WORDS}) )\b(?:was|were|is|been) (?:(?:he|she|they|ever|still|previously|once|also|really) )*at (.+)$`,
  ].join('|'),
);

/** What EMPLOYED cannot match without: "at", "for", "by", "of" or "with" between words, or a word of joining. */
const EMPLOYED_NEEDS = [' at ', ' for ', ' by ', ' of ', ' with ', 'join', 'leav', 'left ', 'quit'];

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
  // "At the moment", "at present": a time, never an employer.
  'moment',
  'present',
]);

/** A word that ends a name: a preposition, a year. */
const endsName = (word: string): boolean => ENDS_NAME.has(word) || isYear(word);
const FILLER = new Set([
  'he',
  'she',
  'they',
  'ever',
  'still',
  'previously',
  'once',
  'company',
  'firm',
  'employer',
  'anymore',
  'there',
  'anywhere',
  'somewhere',
  'else',
]);

/** A word of working, then "in", then where: "did she work in austin?", "has he ever worked in canada?". */
const WORKED_IN =
  /\b(?:work|worked|works|working|job|jobs|role|roles|employed|based)(?: (?:he|she|they|ever|still|currently|now|previously|once|also|is|was|are|were))* (in|outside(?: of)?) (.+)$/;
const WORKED_IN_NEEDS = [' in ', ' outside'];

export interface PlaceAsked {
  readonly name: string;
  /** "Did he work outside Brazil?": the roles somewhere else. */
  readonly outside: boolean;
  /** "Did he work in the restaurant industry?": a line of work (`name`: "restaurant"), not a place. */
  readonly field?: boolean;
}

/**
 * The place a question asks whether the person worked in ("did she work in austin?" → "austin"); null
 * when it asks no such thing, or the words after "in" are a year ("who was working in 2015?").
 */
export function placeAskedAbout(normalized: string): PlaceAsked | null {
  const m = holdsAny(normalized, WORKED_IN_NEEDS) ? WORKED_IN.exec(normalized) : null;
  const rest = m?.[2];
  // "Did he work in a restaurant?": a kind of workplace, asked as "at a restaurant" is, never a place named so.
  if (!rest || /^an? /.test(rest)) return null;
  const outside = m[1] !== 'in';
  // A country by its code ("the us", "usa"), whose letters are also a little word: asked by its name.
  const said = rest.split(' ').filter(Boolean);
  const end = said.findIndex(endsName);
  const country = countryAsked(end < 0 ? said : said.slice(0, end));
  if (country) return { name: country.toLowerCase(), outside };
  // "Washington state" is Washington.
  const name = nameAfter(rest)?.replace(/^(.+) (?:state|province)$/, '$1');
  // "Worked in the restaurant industry": a line of work, asked of what the roles say, never a place named so.
  const head = name?.includes(' ') ? name.slice(name.lastIndexOf(' ') + 1) : undefined;
  if (head && FIELD_HEADS.has(head)) return { name: name!.slice(0, -head.length - 1), outside, field: true };
  return name ? { name, outside } : null;
}

/** Little words a title may start with, whole ("on-call", "in-house"): never a relation ("after dell"). */
const TITLE_LEADS = new Set(['on', 'in', 'off']);

/** Words of how near a time comes: "right before", "just after", "shortly before". */
const NEAR_TIME = new Set(['right', 'just', 'shortly', 'immediately', 'directly', 'soon', 'long']);

/** The words of a name up to the first that ends it, without filler; `leading`: a title, which may start with one of TITLE_LEADS. */
function nameAfter(rest: string | undefined, leading = false): string | null {
  if (!rest) return null;
  const name: string[] = [];
  const said = rest.split(' ');
  for (const [k, word] of said.entries()) {
    const lead = leading && k === 0 && TITLE_LEADS.has(word) && said.length > 1 && !endsName(said[1]!);
    // A chat aside after a name ("at the food bank right?") is no word of it; first, it may be ("Right Management").
    // How near a time comes, before the time ("was he at right before netflix"), is none either.
    const nearTime = NEAR_TIME.has(word) && endsName(said[k + 1] ?? '');
    if ((endsName(word) || nearTime || (name.length > 0 && CHAT_ASIDES.has(word))) && !lead) break;
    // "At their current company", "at his old job": which of their workplaces, never one named so.
    if (saysWhichWorkplace(said, k) || saysWhichWorkplace(said, k - 1)) continue;
    // "At the job he started in 2019": a workplace told by what someone did there, named nowhere.
    if (!name.length && WORKPLACE.has(word) && SOMEONE.has(said[k + 1] ?? '')) return null;
    if (!STOPWORDS.has(word) && !FILLER.has(word)) name.push(word);
  }
  // "Started at a job in 2020", "worked at a company": a workplace of any name.
  if (name.length === 1 && WORKPLACE.has(name[0]!)) return null;
  return name.length ? name.join(' ') : null;
}

/** Whether the word says which of someone's workplaces is meant ("new" of "a new job"), naming none. */
export const saysWhichWorkplace = (words: readonly string[], i: number): boolean =>
  WHICH_WORKPLACE.has(words[i] ?? '') && WORKPLACE.has(words[i + 1] ?? '');

const WHICH_WORKPLACE = new Set(['current', 'present', 'previous', 'former', 'old', 'new', 'last', 'latest', 'first']);
const WORKPLACE = new Set(['company', 'companies', 'firm', 'employer', 'job', 'workplace']);
/** Who a clause after a workplace says did something there ("the company she joined"). */
const SOMEONE = new Set(['he', 'she', 'they', 'i', 'you', 'we']);

/** Where something was made or done: "what did he build at netflix?". */
const DONE_AT = /\bat (.+)$/;

/** The organisation a question asks what was made or done at ("what did he build at netflix?" → "netflix"). */
export function organisationAskedAbout(normalized: string): string | null {
  return nameAfter(DONE_AT.exec(normalized)?.[1]);
}

/** Words that may stand between the verb and the title without changing it: "was he ever a", "was he anywhere a". */
const BESIDE = String.raw`(?:(?:he|she|they|ever|once|previously|still|anywhere|really|also)\s+)*`;
/** Said after a title of no place in particular ("has she held a director title anywhere?"): no word of it. */
const ANYWHERE = String.raw`(?:\s+(?:anywhere|ever|before|at all|yet))?`;

/** The title, then where: after "at" or "of the" (a title "of the" something is held at a particular one, as Portuguese "CTO da Pied Piper" says), and in what place. */
const TITLE_AT = String.raw`(.+?)(?:\s+(?:at|of the)\s+(.+?))?(?:\s+in\s+(.+?))?${ANYWHERE}$`;

/** Offices one person holds at a time, named without an article ("was he CEO?", "head of data"). */
const OFFICES = [
  'head',
  'chief',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cio',
  'vp',
  'president',
  'vice president',
  'director',
  'founder',
  'cofounder',
  'chair',
].join('|');

/** Offices of a whole organisation: one "of" it is its own ("the founder of pied piper"), never a department's. */
const TOP_OFFICES = [
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cio',
  'president',
  'founder',
  'cofounder',
  'co founder',
  'owner',
  'chair',
  'chairman',
].join('|');

const OFFICE_WORDS: ReadonlySet<string> = new Set(OFFICES.split(/[| ]/));

/** A word an office is named by ("head" of "head of platform", "vp"). */
export const isOfficeWord = (word: string): boolean => OFFICE_WORDS.has(word);

// Its head names the office: the first word ("vp of engineering") or the last ("engineering director").
const OFFICE = new RegExp(`^(?:${OFFICES})\\b|\\b(?:${OFFICES})$`);

/**
 * Being something: "was he a CEO?", "has she ever been an intern?", "is he a manager?", "did he become a CTO?", "did he
 * work (or serve) as a barista?", "ever a teacher?", "did he hold the title of director?", "any director roles?".
 * The first group says whether it is asked in the present ("is").
 */
const WAS_A = [
  new RegExp(String.raw`\b(is|was|were|been|become|became|becomes)\s+${BESIDE}(?:a|an)\s+${TITLE_AT}`),
  new RegExp(
    String.raw`\b()(?:work|worked|working|works|serve|served|serves|serving|employed|hired|act|acted|acting)\s+${BESIDE}as(?:\s+(?:a|an|the))?\s+${TITLE_AT}`,
  ),
  // The office that runs a whole organisation, held "of" it: "is he the founder of pied piper?", "was she the cto at
  // x?", "was he ceo of pied piper?".
  new RegExp(
    String.raw`\b(is|was|were|been|become|became|becomes)\s+${BESIDE}(?:the\s+)?(${TOP_OFFICES})\s+(?:of|at)\s+(.+?)(?:\s+in\s+(.+))?$`,
  ),
  // An office one holds alone takes no article: "was he ever CTO?", "is she head of engineering?".
  new RegExp(String.raw`\b(is|was|were|been|become|became|becomes)\s+${BESIDE}(?=(?:${OFFICES})\b)${TITLE_AT}`),
  new RegExp(String.raw`^()(?:ever|once)\s+(?:a|an)\s+${TITLE_AT}`),
  new RegExp(String.raw`\b()(?:titled|the title(?: of)?|a title of)\s+(?:(?:a|an)\s+)?${TITLE_AT}`),
];
/** A fit asked ("a good fit for", "a strong match for"), never a title. */
const FIT = /^(?:\w+ )?(?:fit|match)\b/;

/** "Any director roles?", "has he held a VP position?": the title before the word for a role. */
const HELD_ROLE_NEEDS = ['role', 'position', 'title'];
const HELD_ROLE = new RegExp(
  String.raw`\b(?:any|a|an)\s+(.+?)\s+(?:roles?|positions?|titles?)(?:\s+(?:at|of the)\s+(.+?))?(?:\s+in\s+(.+?))?${ANYWHERE}$`,
);

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
  for (const form of WAS_A) {
    const m = form.exec(normalized);
    // A title may start with a little word: "an on-call engineer", "an after-school tutor".
    const name = nameAfter(m?.[2], true);
    // "Is he a good fit for …", "a match for …": how well someone fits, never a title.
    if (m && name && FIT.test(name)) return null;
    // An office is a title held, never what someone is: "is he VP of engineering?".
    if (m && name) return { name, now: m[1] === 'is' && !OFFICE.test(name), at: nameAfter(m[3]), in: nameAfter(m[4]) };
  }
  const held = holdsAny(normalized, HELD_ROLE_NEEDS) ? HELD_ROLE.exec(normalized) : null;
  const name = nameAfter(held?.[1], true);
  return held && name ? { name, now: false, at: nameAfter(held[2]), in: nameAfter(held[3]) } : null;
}

/**
 * The words naming the employer an employer question asks about ("did he work at google" →
 * "google"); null when the question does not ask who employed the person, or names no one
 * ("who did he work for before picpay?").
 */
export function employerAskedAbout(normalized: string): string | null {
  const m = holdsAny(normalized, EMPLOYED_NEEDS) ? EMPLOYED.exec(normalized) : null;
  return (
    nameAfter(m?.slice(1).find((g) => g !== undefined)) ??
    (holdsAny(normalized, EMPLOYEE_NEEDS) ? EMPLOYEE_OF.exec(normalized)?.[1] : null) ??
    null
  );
}

/** An employer named before the word for one who works there: "was he an ibm employee?". */
const EMPLOYEE_NEEDS = ['employee', 'staffer'];
const EMPLOYEE_OF = /\b(?:is|was|were|been)\s+(?:(?:he|she|they|ever|once|previously|still)\s+)*an?\s+(.+?)\s+(?:employee|staffer)\b/;

/** True when a title's words end with the words asked: its head says what it was ("tutor" of "Digital Literacy Tutor"). */
export function endsTitle(term: readonly string[] | undefined, asked: string): boolean {
  const words = asked.split(' ');
  return term !== undefined && term.length >= words.length && term.slice(-words.length).join(' ') === words.join(' ');
}
