import { CHAT_ASIDES, OPENING_SOUNDS } from './stopwords.js';

/**
 * Chat's shorthand for ordinary words ("who's lena working for rn", "which google cert does daniel hav", "any python
 * exp?"): each read as the word it stands for before the question is routed, as if typed in full.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  wat: 'what',
  wut: 'what',
  wher: 'where',
  rn: 'now',
  atm: 'now',
  hav: 'have',
  b4: 'before',
  ppl: 'people',
  yrs: 'years',
  yr: 'year',
  exp: 'experience',
  mgmt: 'management',
  uni: 'university',
  langs: 'languages',
  lang: 'language',
  w: 'with',
  u: 'you',
  ya: 'you',
  ur: 'your',
  // "Salt n Cedar", "a robotics co".
  n: 'and',
  co: 'company',
  // "What org was that?"
  org: 'organization',
  orgs: 'organizations',
};

/**
 * Chat's asides that say nothing of what is asked ("ana wrote smth about sdks", "any awards tbh? lol"), dropped: they
 * stand between a cue's words ("wrote … about"). Not "right", which may be one ("right before netflix").
 */
const DROPPED = new Set([...CHAT_ASIDES].filter((w) => w !== 'right'));

/** Sounds the asker opens with, and "like" said only to stress what follows ("how strong is she in rust, like actually"). */
const OPENING = new RegExp(`^(?:(?:${[...OPENING_SOUNDS].join('|')})(?: |$))+`);
const STRESSING = / like (?:actually|really|seriously|honestly|for real)(?= |$)/g;

/**
 * A question announced, not asked ("quick one: where is he based?", "random q but…", "random but…", "tl;dr who is she?"): no word of it
 * is what is asked.
 */
const ANNOUNCED = '(?:quick|random|dumb|silly|stupid) (?:question|q)|(?:quick|random) one|random(?= but )|tl ?dr';
const ANNOUNCING = new RegExp(`(?:^| )(?:${ANNOUNCED})(?= |$)`, 'g');

/**
 * Ranks a title says ("Staff Software Engineer"), which chat says as a level ("any staff-level engineers?", "a senior
 * level position"): the level word is no word of the title.
 */
const RANKS = ['senior', 'staff', 'principal', 'junior', 'lead', 'director', 'executive', 'vp'];

/**
 * Kinds of entry said new ("started a new job in the last 3 years", "any new certs?"): when it is new is a time the
 * dates answer, never a word of the entry.
 */
const NEW_KINDS = new Set(
  `job jobs role roles position positions gig gigs employer company certification certifications certificate certificates
  cert certs degree degrees project projects skill skills award awards hobby hobbies publication publications paper papers`.split(/\s+/),
);

/** What someone is open to or looking for ("open to new roles") is what is new to them, not when an entry began. */
const SEEKING_BEFORE = new Set(['to', 'for']);

/** Whether the word at `i` is "new" said of a kind of entry. */
const saidNew = (words: readonly string[], i: number): boolean =>
  words[i] === 'new' && NEW_KINDS.has(words[i + 1]!) && !SEEKING_BEFORE.has(words[i - 1]!);

const SAID = new RegExp(
  `(?:^| )(?:${[...Object.keys(SHORTHAND), ...DROPPED, `(?:${RANKS.join('|')}) level`, `new (?:${[...NEW_KINDS].join('|')})`, ANNOUNCED].join('|')})(?= |$)|${OPENING.source}|${STRESSING.source}`,
);

/** The word chat's shorthand stands for ("u": you), else the word itself. */
export const spelledOutWord = (word: string): string => SHORTHAND[word] ?? word;

/**
 * The normalized words with shorthand spelled out, chat's asides and a question announced dropped, a rank said as a
 * level said as the rank, and a kind of entry said new said as the kind.
 */
export function shorthandSpelledOut(normalized: string): string {
  if (!SAID.test(normalized)) return normalized;
  const said = normalized
    .replace(OPENING, '')
    .replace(STRESSING, ' ')
    .replace(ANNOUNCING, ' ')
    .split(' ')
    .filter((w, i, all) => w && !DROPPED.has(w) && !(w === 'level' && RANKS.includes(all[i - 1]!)) && !saidNew(all, i));
  // A question of nothing but asides ("lol") stays as typed.
  if (!said.length) return normalized;
  return said.map((w) => SHORTHAND[w] ?? w).join(' ');
}
