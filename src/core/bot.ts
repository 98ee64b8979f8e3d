/**
 * The one entry point every adapter talks to: a neutral request in, a neutral answer out.
 * It owns the current résumé index (swapped atomically on reload) and the command registry.
 */
import { catalogOf, commands as defaultCommands, findCommand } from '../../commands/index.js';
import type { Command, CommandContext, PersonContext } from '../../commands/definition.js';
import { DEFAULT_LOCALE, messagesFor, type Messages } from '../i18n/catalogue.js';
import { systemClock, type Clock } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import type { AliasTable } from '../query/aliases.js';
import { buildIndex, type PreparedIndex, type ResumeIndex } from '../query/index.js';
import { EMPTY_QUERY, type CommandQuery } from '../query/modifiers.js';
import { commandText, parseCommandText } from '../query/command-text.js';
import { isGenericQuery, routeFreeText } from '../query/route.js';
import { makeAnswer, type Answer, type PersonRef } from '../model/answer.js';
import type { Question } from '../model/request.js';
import type { ConversationContext } from '../model/conversation.js';
import { resolveFollowUp } from '../query/followup.js';
import { englishOf } from '../query/language.js';
import type { Route } from '../query/route.js';
import { withoutAside } from '../query/asides.js';
import { withoutOwnerName } from '../query/owner-pronoun.js';
import { leftOutAsked } from '../query/left-out.js';
import { needsContextAnswer, noneInTimeAnswer } from './followup-answers.js';
import { heldAsStated } from './stated-time.js';
import { anySectionYear, coveredElsewhere } from '../../commands/year-elsewhere.js';
import { Memo } from '../query/memo.js';

export interface BotOptions {
  resume: Resume;
  aliases: AliasTable;
  clock?: Clock;
  /** Longest query answered; longer ones get a polite refusal. */
  maxQueryLength?: number;
  /** The command registry; the standard one (commands/index.ts) unless a test brings its own. */
  commands?: readonly Command[];
  /** The language of answers to requests that name none (LOCALE: the console, the CLI, the page); default English. */
  locale?: string;
  /** Translated copies of the résumé by catalogue tag (`pt-BR`): askers in that language are answered from theirs. */
  translations?: Readonly<Record<string, Resume>>;
  /** Everyone in the directory this résumé belongs to (help then lists /people). */
  people?: () => readonly PersonContext[];
  /** How the résumé is indexed: alone, unless a directory indexes its people together. */
  indexer?: (resume: Resume, aliases: AliasTable) => ResumeIndex;
  /** What an earlier start read from this very `resume` (a start-up cache's): its index is built from it, not from the text again. */
  prepared?: PreparedIndex;
  /** How many answers to keep for the same words asked again (a team asks the same commands over and over); none when absent. */
  rememberedAnswers?: number;
}

export interface Bot {
  readonly commands: readonly Command[];
  /**
   * Answers one request. Throws only on an internal bug, which adapters turn into a short private error.
   * `context` is what the conversation remembers (the previous answer): free text may lean on it.
   */
  answer(question: Question, context?: ConversationContext): Answer;
  /** Up to `limit` completions for a command's option as the user types (Discord autocomplete). */
  complete(command: string, partial: string, limit?: number): string[];
  /** The résumé currently served. */
  readonly resume: Resume;
  /** The messages an answer to this request is worded with: its own locale, else the bot's (LOCALE). */
  messages(request: Pick<Question, 'locale'>): Messages;
  /** Serve a new résumé from the next request on; requests already running finish on the old one. */
  replace(resume: Resume, aliases: AliasTable): void;
  /** Everyone served, when the bot serves a directory of people. */
  readonly people?: readonly PersonRef[];
  /** The résumé an answer is about (its person's), and what that person keeps private beyond PRIVATE_FIELDS. */
  ownerOf?(person: PersonRef | undefined): { resume: Resume; privateFields: readonly string[] } | undefined;
}

/** A bot over one résumé, with the index it answers from (a directory asks each person's). */
export interface PersonBot extends Bot {
  readonly index: ResumeIndex;
  /**
   * The answer when it finds entries, as `answer` gives it; a miss said plainly (CommandContext.plainMisses): for
   * a question across everyone, which keeps only those who fit.
   */
  answerIfFound(question: Question): Answer;
  /** The bot that answers askers in this language: the translated copy's, else this one. */
  in(locale: string): PersonBot;
}

export const DEFAULT_MAX_QUERY_LENGTH = 300;

const DAY_MS = 86_400_000;

/** The command reads this text as its long text: all of it, or what follows its `after` word (`/people match …`). */
export function readsLongText(command: Command, text: string): boolean {
  const long = command.data.longText;
  if (!long) return false;
  const { after } = long;
  return !after || (text.slice(0, after.length).toLowerCase() === after && !/\w/.test(text.charAt(after.length)));
}

export function tooLongAnswer(limit: number, messages: Messages = messagesFor(undefined)): Answer {
  return makeAnswer({
    kind: 'refusal',
    title: messages.t('refusal.tooLong.title'),
    body: messages.t('refusal.tooLong.body', { limit }),
  });
}

/** How far into a message a long-text command's cue is looked for: a pasted description may be thousands of characters. */
const LONG_TEXT_CUE_WINDOW = 200;

/** Plain ASCII: case folds as toLowerCase does, so a cue's word is in it only if its lower case holds the word. */
const ASCII = /^[\x00-\x7f]*$/;

/** A cue's he/his/him, which it matches as she/her/they too. */
const PRONOUN: Record<string, string> = { he: '(?:he|she|they)', his: '(?:his|her|their)', him: '(?:him|her|them)' };

/**
 * A word each cue holds as written, few in all (those most cues share): a message holding none of them matches no
 * cue, and is not scanned by the expression. Null when some cue has no such word or one outside ASCII.
 */
function cueWords(cues: readonly string[]): string[] | null {
  const wordsOf = cues.map((cue) =>
    cue
      .toLowerCase()
      .split(' ')
      .filter((w) => w && !PRONOUN[w]),
  );
  if (wordsOf.some((ws) => !ws.length || ws.some((w) => !ASCII.test(w)))) return null;
  const shared = new Map<string, number>();
  for (const ws of wordsOf) for (const w of new Set(ws)) shared.set(w, (shared.get(w) ?? 0) + 1);
  const pick = (ws: string[]) => ws.reduce((best, w) => (shared.get(w)! > shared.get(best)! ? w : best));
  return [...new Set(wordsOf.map(pick))];
}

/**
 * The long-text commands' cues, compiled once: "does he fit this role: <description>" hands
 * the description, as written, to /match (the router would keep only a few of its words).
 */
function longTextCues(registry: readonly Command[]): Array<{ command: Command; cue: RegExp; words: string[] | null }> {
  return registry.flatMap((command) => {
    const cues = command.data.longText?.cues ?? [];
    if (!cues.length) return [];
    // Matched in the text as written (its offsets cut the description), he/his/him standing for she/her/they too.
    const pattern = (cue: string) =>
      cue
        .toLowerCase()
        .split(' ')
        .map((w) => PRONOUN[w] ?? w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+');
    const sorted = [...cues].sort((a, b) => b.length - a.length).map(pattern);
    return [{ command, cue: new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'iu'), words: cueWords(cues) }];
  });
}

/** The command a free-text message with a long-text cue goes to, and the text after the cue. */
function longTextRoute(text: string, cues: ReturnType<typeof longTextCues>): { command: Command; text: string } | null {
  const head = text.slice(0, LONG_TEXT_CUE_WINDOW);
  const lower = ASCII.test(head) ? head.toLowerCase() : null;
  for (const { command, cue, words } of cues) {
    if (lower !== null && words && !words.some((w) => lower.includes(w))) continue;
    const m = cue.exec(head);
    if (m) return { command, text: text.slice(m.index + m[0].length).replace(/^[\s:;,.?!—–-]+/, '') };
  }
  return null;
}

/** What a registry compiles to, once per registry: a directory's thousand bots share it. */
const compiled = new WeakMap<readonly Command[], { catalog: ReturnType<typeof catalogOf>; longCues: ReturnType<typeof longTextCues> }>();

export function compiledFor(registry: readonly Command[]) {
  let found = compiled.get(registry);
  if (!found) compiled.set(registry, (found = { catalog: catalogOf(registry), longCues: longTextCues(registry) }));
  return found;
}

/**
 * Runs the long-text cues now (a directory starting): V8 compiles a regular expression on its first run and
 * again to machine code on its second, some milliseconds for these, which the first free-text question would pay.
 */
export function prepareLongTextCues(registry: readonly Command[]): void {
  for (const { cue } of compiledFor(registry).longCues) for (let run = 0; run < 2; run++) cue.exec('');
}

export function createBot(options: BotOptions): PersonBot {
  const clock = options.clock ?? systemClock;
  const maxQueryLength = options.maxQueryLength ?? DEFAULT_MAX_QUERY_LENGTH;
  const registry = options.commands ?? defaultCommands;
  const { catalog, longCues } = compiledFor(registry);
  let resume = options.resume;
  const messagesOf = (request: Pick<Question, 'locale'>): Messages => messagesFor(request.locale ?? options.locale);
  // A translated copy is a bot of its own over the same registry: askers in its language are answered from it.
  const copies = new Map(
    Object.entries(options.translations ?? {}).map(([tag, copy]) => [
      tag,
      createBot({ ...options, resume: copy, translations: {}, indexer: undefined, prepared: undefined }),
    ]),
  );
  // Only the résumé it was read from: a reloaded one is read afresh.
  const indexer =
    options.indexer ??
    ((r: Resume, a: AliasTable) => buildIndex(r, a, clock, catalog, r === options.resume ? options.prepared : undefined));
  // A directory's bots are indexed when a question first needs them (its people together); one résumé at once.
  let index: ResumeIndex | undefined = options.indexer ? undefined : indexer(options.resume, options.aliases);
  let aliasesNow = options.aliases;
  const current = (): ResumeIndex => (index ??= indexer(resume, aliasesNow));
  // The same words in the same language are answered alike until the résumé or the day changes ("current", how
  // long ago). `always`: the answer leaned on no earlier one, so it stands whatever the conversation was.
  const kept = options.rememberedAnswers ? new Memo<string, { answer: Answer; always: boolean }>(options.rememberedAnswers) : undefined;
  let keptDay = 0;
  // Set while an answer is made when some reading of its words leans on the conversation (a follow-up).
  let leaned = false;

  function run(command: Command, query: CommandQuery, now: Date, messages: Messages, plainMisses: boolean): Answer {
    // Two literals, not a conditional spread: a spread into a literal is copied property by property on every answer.
    const context: CommandContext = options.people
      ? { index: current(), now, commands: registry, messages, people: options.people(), plainMisses }
      : { index: current(), now, commands: registry, messages, plainMisses };
    if (query.someoneElse) {
      const owner = current().resume.basics.name;
      const who = query.someoneElse.charAt(0).toUpperCase() + query.someoneElse.slice(1);
      return makeAnswer({
        kind: 'empty',
        title: messages.t('someoneElse.title', { who }),
        body: messages.t('someoneElse.body', { owner, who }),
        route: { command: command.data.name, query: commandText(query) },
      });
    }
    if (query.unrecorded) {
      const owner = current().resume.basics.name;
      return makeAnswer({
        kind: 'empty',
        title: messages.t(`unrecorded.${query.unrecorded}`),
        body: messages.t('unrecorded.body', { owner }),
        route: { command: command.data.name, query: commandText(query) },
      });
    }
    let answer = heldAsStated(command, query, context);
    // "/education degree": a query that only restates the command answers the whole section.
    if (
      answer.kind === 'empty' &&
      !query.modifier &&
      !query.literal &&
      query.text &&
      isGenericQuery(current(), command.data.name, query.text)
    )
      answer = command.execute(EMPTY_QUERY, context);
    // "What was she doing in 2006?", no role then: what else the résumé shows in that year.
    const year = anySectionYear(query);
    if (answer.kind === 'empty' && year !== undefined) answer = coveredElsewhere(command, year, answer, context) ?? answer;
    return { ...answer, route: answer.route ?? { command: command.data.name, query: commandText(query) } };
  }

  /**
   * The answer to the question as said, or, when that finds nothing and the asker added an aside ("(kafka streams
   * counts)", "? comp eng doesn't count"), to the question without it. A section command's text is what it looks
   * for, as typed.
   */
  function answerIn(request: Question, messages: Messages, context: ConversationContext | undefined, plainMisses = false): Answer {
    // Looked up once: both readings name the same command.
    const named = request.command === null ? undefined : findCommand(request.command, registry);
    const asked = !named || named.routing?.role === 'fallback';
    // "What language does he speak other than English?": the question before it, with that left out of its answer;
    // when that finds nothing even with it, the question as typed.
    const left = asked ? leftOutAsked(request.text) : undefined;
    if (left) {
      const rest = { ...request, text: left.rest };
      const without = answerSaid(rest, named, messages, context, plainMisses, left.besides);
      if (without.kind !== 'empty' || answerSaid(rest, named, messages, context, plainMisses).matches.length) return without;
    }
    const answer = answerSaid(request, named, messages, context, plainMisses);
    const plain = asked && answer.kind === 'empty' ? withoutAside(request.text) : undefined;
    if (plain === undefined) return answer;
    const again = answerSaid({ ...request, text: plain }, named, messages, context, plainMisses);
    return again.kind === 'empty' ? answer : again;
  }

  function answerSaid(
    request: Question,
    named: Command | undefined,
    messages: Messages,
    context: ConversationContext | undefined,
    plainMisses: boolean,
    /** What the routed answer leaves out (leftOutAsked). */
    besides?: string,
  ): Answer {
    const text = request.text.trim();
    const routesFreeText = !named || named.routing?.role === 'fallback';
    const long = named && readsLongText(named, text) ? { command: named, text } : routesFreeText ? longTextRoute(text, longCues) : null;
    const limit = long?.command.data.longText?.maxLength ?? maxQueryLength;
    if (text.length > limit) return tooLongAnswer(limit, messages);
    const now = clock();
    if (long) {
      const answer = run(long.command, { text: long.text }, now, messages, plainMisses);
      // "Is he a good fit for a VP role?" names no requirement: a short question is then routed as any other.
      if (long.command === named || answer.kind !== 'empty' || text.length > maxQueryLength) return answer;
    }
    if (request.command !== null && !named) {
      return makeAnswer({
        kind: 'empty',
        title: messages.t('unknownCommand.title', { command: request.command }),
        suggestions: registry.map((c) => `/${c.data.name}`),
        route: { command: null, query: text },
      });
    }
    // A command other than /resume answers its own text; `/resume <anything>` and plain conversation are routed.
    if (named && named.routing?.role !== 'fallback') {
      const runText = (typed: string) => run(named, parseCommandText(typed, named.modifiers ?? []), now, messages, plainMisses);
      const said = runText(text);
      // "/skills Lena Vasquez" of Lena's résumé: what it asks without her name (her skills), as a directory reads it.
      const unnamed = said.kind === 'empty' ? withoutOwnerName(text, current().nameWords) : undefined;
      const alone = unnamed === undefined ? null : runText(unnamed);
      const answer = alone && alone.kind !== 'empty' ? alone : said;
      // "/education ciência da computação" of an English résumé: its words in English, when those find something.
      const english = answer.kind === 'empty' ? englishOf(text) : null;
      const glossed = english ? runText(english) : null;
      return glossed && glossed.kind !== 'empty' ? glossed : answer;
    }
    const routeOf = (route: Route): Answer => {
      const command = findCommand(route.command, registry);
      if (!command) throw new Error(`router chose unknown command ${route.command}`);
      return run(command, besides ? { ...route.query, besides } : route.query, now, messages, plainMisses);
    };
    const followUp = resolveFollowUp(text, context?.previous, current(), current().resume);
    if (followUp.kind !== 'standalone' || !followUp.always) leaned = true;
    if (followUp.kind === 'needs') return needsContextAnswer(followUp.followUp, current(), current().resume, text, messages);
    if (followUp.kind === 'none') {
      const none = noneInTimeAnswer(followUp, current().resume, messages);
      return context?.previous ? { ...none, leanedOn: [...context.previous.matches] } : none;
    }
    if (followUp.kind === 'route') {
      // "And flamescope?" after a skill: the same command first, then the words as a question of their own.
      const same = followUp.route ? routeOf(followUp.route) : null;
      if (same && (same.kind !== 'empty' || !followUp.fallback))
        return context?.previous ? { ...same, leanedOn: [...context.previous.matches] } : same;
      // Its own question is another section's: in the section just asked, "and kafka streams?" found nothing, and a
      // narrower reading of it there ("kafka") is no answer.
      const ownRoute = followUp.fallback ? routeFreeText(followUp.fallback, current()) : null;
      const own = ownRoute && (!same || ownRoute.command !== followUp.route?.command) ? routeOf(ownRoute) : null;
      // Still said within the conversation: what it leaned on stays at hand ("and kafka?" then "how long was he there?").
      const kept = (answer: Answer): Answer => (context?.previous ? { ...answer, leanedOn: [...context.previous.matches] } : answer);
      return own && (!same || own.kind !== 'empty') ? kept(own) : (same ?? routeOf(routeFreeText(text, current())));
    }
    return routeOf(routeFreeText(text, current()));
  }

  function answerAs(request: Question, context: ConversationContext | undefined, plainMisses: boolean): Answer {
    const messages = messagesOf(request);
    const copy = copies.get(messages.locale);
    if (copy) return plainMisses ? copy.answerIfFound(request) : copy.answer(request, context);
    if (!kept) return made(request, messages, context, plainMisses);
    const day = Math.floor(clock().getTime() / DAY_MS);
    if (day !== keptDay) {
      kept.clear();
      keptDay = day;
    }
    const key = `${plainMisses ? 1 : 0}${request.command ?? ''}\u0000${messages.locale}\u0000${request.text}`;
    const found = kept.get(key);
    const leaning = context?.previous !== undefined;
    if (found && (found.always || !leaning)) return found.answer;
    leaned = false;
    const answer = made(request, messages, context, plainMisses);
    // Asked after another answer, it is kept only when it did not lean on that one.
    if (!leaning || !leaned) kept.replace(key, { answer, always: !leaned });
    return answer;
  }

  function made(request: Question, messages: Messages, context: ConversationContext | undefined, plainMisses: boolean): Answer {
    const answer = answerIn(request, messages, context, plainMisses);
    return messages.locale === DEFAULT_LOCALE ? answer : { ...answer, locale: messages.locale };
  }

  const bot: PersonBot = {
    commands: registry,
    get resume() {
      return resume;
    },
    messages: messagesOf,
    get index() {
      return current();
    },
    in(locale) {
      return copies.get(locale) ?? bot;
    },
    answer: (request, context) => answerAs(request, context, false),
    answerIfFound: (request) => answerAs(request, undefined, true),
    complete(command, partial, limit = 25) {
      // Discord sends up to 6,000 characters per keystroke; nothing that long names an entry.
      if (partial.length > maxQueryLength) return [];
      return current().complete(command, partial, limit);
    },
    replace(nextResume, aliases) {
      const nextIndex = indexer(nextResume, aliases);
      resume = nextResume;
      aliasesNow = aliases;
      index = nextIndex;
      kept?.clear();
      for (const copy of copies.values()) copy.replace(copy.resume, aliases);
    },
  };
  return bot;
}
