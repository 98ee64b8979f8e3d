/**
 * How well, asked across everyone: "who is an expert in python?", "who speaks spanish natively?", "anyone speak a
 * language at an elementary level?". The level word is no word an entry must say (an entry's facet "Elementary"
 * found "who has elementary french?" for someone whose Euskara is elementary): it is read against the level JSON
 * Resume gives (`skills[].level`, `languages[].fluency`), and the rest is asked as before.
 */
import { entryNumber } from '../src/model/answer.js';
import { words } from '../src/query/normalize.js';
import { FILLER, STOPWORDS } from '../src/query/stopwords.js';
import { technologyOf } from '../src/query/technologies.js';
import type { CommandContext, PersonContext } from './definition.js';

/** A level asked: of which section, what it must be (exactly, or at least), and the question without it. */
export interface LevelAsked {
  readonly section: 'skills' | 'languages';
  readonly rank: number;
  readonly atLeast: boolean;
  /** The highest rank that fits too, when two levels are asked ("beginner or intermediate"). */
  readonly most?: number;
  readonly rest: string;
  /** The rest of the part it is said in, between "and"s: "speaks spanish" of "speaks spanish fluently and knows python". */
  readonly near: string;
}

/** The words around `from`…`to` up to an "and" either side, without them. */
function partAround(said: readonly string[], from: number, to: number): string {
  let start = from;
  while (start > 0 && said[start - 1] !== 'and') start--;
  let stop = to;
  while (stop < said.length && said[stop] !== 'and') stop++;
  return [...said.slice(start, from), ...said.slice(to, stop)].join(' ');
}

/**
 * Levels as questions say them: the section, the rank, and whether a higher one also fits ("fluent" of a native).
 * "Native" is not here: "a native spanish speaker" says the fluency's own words, which the search finds as they are;
 * "bilingual" counts languages.
 */
const ASKED: ReadonlyMap<string, Omit<LevelAsked, 'rest' | 'near'>> = new Map([
  ['beginner', { section: 'skills', rank: 1, atLeast: false }],
  ['novice', { section: 'skills', rank: 1, atLeast: false }],
  ['intermediate', { section: 'skills', rank: 2, atLeast: false }],
  ['advanced', { section: 'skills', rank: 3, atLeast: true }],
  ['expert', { section: 'skills', rank: 4, atLeast: true }],
  ['experts', { section: 'skills', rank: 4, atLeast: true }],
  ['elementary', { section: 'languages', rank: 1, atLeast: false }],
  ['conversational', { section: 'languages', rank: 2, atLeast: false }],
  ['fluent', { section: 'languages', rank: 4, atLeast: true }],
  ['fluently', { section: 'languages', rank: 4, atLeast: true }],
  ['natively', { section: 'languages', rank: 5, atLeast: true }],
]);

/** "Native", a level only beside another of a language said with "or" ("fluent or native in spanish"). */
const NATIVE_BESIDE: Omit<LevelAsked, 'rest' | 'near'> = { section: 'languages', rank: 5, atLeast: true };
/** The level a word says when it stands beside `level` with "or": one ASKED holds, or "native" beside a fluency. */
const besideLevel = (word: string | undefined, level: Omit<LevelAsked, 'rest' | 'near'>) =>
  ASKED.get(word ?? '') ?? (word === 'native' && level.section === 'languages' ? NATIVE_BESIDE : undefined);

/** "Master" is a level only as "master level" ("a master's" is a degree); "advanced" not before "degree". */
const LEVEL_ONLY_BEFORE: ReadonlyMap<string, string> = new Map([['master', 'level']]);
const NOT_BEFORE: ReadonlyMap<string, string> = new Map([['advanced', 'degree']]);

/** The words that say a level and nothing else ("at an elementary level": "level"). */
const ABOUT_LEVEL = new Set(['level', 'levels', 'speaker', 'speakers']);

/** "At an advanced level or higher", "professional or better": the level or any above it. */
const OR_ABOVE = /^(?:or|and) (?:higher|better|above|up|more)\b/;

/**
 * Words that say a language is spoken, beside which "professional" ranks a fluency ("speaks portuguese at a professional
 * level", "at a professional or fluent level").
 */
const SPEAKING = new Set(['speak', 'speaks', 'speaking', 'spoken', 'language', 'languages']);

/** The level a question across everyone asks, and the question without it; undefined when it asks none. */
export function levelAsked(text: string): LevelAsked | undefined {
  const said = words(text);
  for (let i = 0; i < said.length; i++) {
    const w = said[i]!;
    const next = said[i + 1];
    const level =
      next !== undefined && LEVEL_ONLY_BEFORE.get(w) === next
        ? { section: 'skills' as const, rank: 4, atLeast: true }
        : next !== undefined && NOT_BEFORE.get(w) === next
          ? undefined
          : w === 'professional' && (next === 'level' || next === 'or') && said.some((x) => SPEAKING.has(x))
            ? { section: 'languages' as const, rank: 3, atLeast: false }
            : ASKED.get(w);
    if (!level) continue;
    // The words after it that only say it is a level, then any saying one above it fits too.
    let end = i + 1;
    // "Advanced or expert", "beginner or intermediate": either level of the same section, or any between them.
    const other = said[end] === 'or' ? besideLevel(said[end + 1], level) : undefined;
    const before = said[i - 1] === 'or' ? besideLevel(said[i - 2], level) : undefined;
    const either = other?.section === level.section ? other : before?.section === level.section ? before : undefined;
    if (either === other && either) end += 2;
    while (end < said.length && ABOUT_LEVEL.has(said[end]!)) end++;
    const above = OR_ABOVE.exec(said.slice(end, end + 2).join(' '));
    if (above) end += 2;
    // And the words before it that say so, as Portuguese puts them ("em nível profissional": "in level professional").
    let begin = either && either === before ? i - 2 : i;
    while (begin > 0 && ABOUT_LEVEL.has(said[begin - 1]!)) begin--;
    const rest = [...said.slice(0, begin), ...said.slice(end)].join(' ');
    const near = partAround(said, begin, end);
    if (either) {
      const [low, high] = either.rank < level.rank ? [either, level] : [level, either];
      const atLeast = high.atLeast || Boolean(above);
      return { section: level.section, rank: low.rank, atLeast, ...(atLeast ? {} : { most: high.rank }), rest, near };
    }
    return { ...level, atLeast: level.atLeast || Boolean(above), rest, near };
  }
  return undefined;
}

/** A spoken language's fluency says it is their own: "Native speaker", "Bilingual", "Mother tongue". */
export const isNative = (fluency: string | undefined): boolean => rankOf('languages', fluency) === NATIVE;
const NATIVE = 5;

/** What a level's words rank as, in the JSON Resume's free text ("Native speaker", "Professional working proficiency"). */
function rankOf(section: LevelAsked['section'], value: string | undefined): number | undefined {
  const said = ` ${words(value ?? '').join(' ')} `;
  const has = (phrase: string) => said.includes(` ${phrase} `);
  if (section === 'skills') {
    if (has('master') || has('expert')) return 4;
    if (has('advanced') || has('proficient')) return 3;
    if (has('intermediate') || has('competent')) return 2;
    if (has('beginner') || has('novice') || has('basic')) return 1;
    return undefined;
  }
  if (has('native') || has('bilingual') || has('mother tongue')) return NATIVE;
  if (has('fluent') || has('full professional')) return 4;
  if (has('professional working')) return 3;
  if (has('conversational') || has('limited working') || has('intermediate')) return 2;
  if (has('elementary') || has('basic') || has('beginner')) return 1;
  return undefined;
}

/** Words that only restate the section ("a skill", "speak a language"): then any entry of it may fit. */
const RESTATING = new Set(['skill', 'skills', 'language', 'languages', 'speak', 'speaks', 'spoken', 'know', 'knows', 'anything']);

/** The words of the rest that name something: none when it only restates the section ("speak a language"). */
export function namedBeside(level: Pick<LevelAsked, 'rest'>): string[] {
  // A technology the stop lists drop ("an expert in go") is still what is asked.
  return words(level.rest).filter((w) => technologyOf(w) !== undefined || (!STOPWORDS.has(w) && !FILLER.has(w) && !RESTATING.has(w)));
}

/**
 * The person's entry of the section at the level asked that the rest of the question names (their own command's
 * answer to it finds it), or else the rest of the part the level is said in, or any at that level when the rest names
 * nothing, as a line of evidence ("Spanish · Native speaker"); undefined when they have none.
 */
export function atLevel(person: PersonContext, level: LevelAsked, context: CommandContext): string | undefined {
  const { resume } = person;
  const lineOf = (n: number) => {
    const [name, value] =
      level.section === 'skills'
        ? [resume.skills[n]?.name, resume.skills[n]?.level]
        : [resume.languages[n]?.language, resume.languages[n]?.fluency];
    const rank = rankOf(level.section, value);
    const meets = rank !== undefined && rank >= level.rank && (level.atLeast || rank <= (level.most ?? level.rank));
    return meets ? [name, value].filter(Boolean).join(' · ') : undefined;
  };
  const naming = namedBeside(level);
  const entries = level.section === 'skills' ? resume.skills : resume.languages;
  if (!naming.length) return entries.map((_, n) => lineOf(n)).find(Boolean);
  const command = context.commands.find((c) => c.section?.section === level.section);
  if (!command) return undefined;
  const found = (named: readonly string[]) =>
    command.execute(
      { text: named.join(' ') },
      {
        index: person.index,
        now: context.now,
        commands: context.commands,
        messages: context.messages,
        plainMisses: true,
        matchesOnly: true,
      },
    ).matches;
  // What another part names is no entry of this section ("python" of "speaks spanish fluently and knows python"): the
  // level's own part is asked alone, when the whole rest finds nothing.
  let matches = found(naming);
  const near = matches.length || level.near === level.rest ? [] : namedBeside({ rest: level.near });
  if (near.length) matches = found(near);
  for (const m of matches) {
    const n = entryNumber(level.section, groupId(m.id));
    const line = n === undefined ? undefined : lineOf(n);
    if (line) return line;
  }
  return undefined;
}

/** A skill keyword's match ("skills-2-3") stands for its group ("skills-2"). */
const groupId = (id: string | undefined): string | undefined => id?.replace(/^(skills-\d+)-\d+$/, '$1');
