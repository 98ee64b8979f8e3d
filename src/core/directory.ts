/**
 * A bot over a directory of people: one résumé bot per person (their index shared with the people
 * indexed with them; a changed file re-indexes only itself), and the questions that span them. A question is about
 * the person it names (the `person` option, a mention of a mapped chat user, a name in the text,
 * or "my" for the asker's own résumé); naming nobody, `/people` and its free-text cues ask
 * everyone who fits, and any other command answers across everyone, grouped by person.
 */
import { commands as defaultCommands, findCommand } from '../../commands/index.js';
import type { Command, PersonContext } from '../../commands/definition.js';
import { availableCommands, commandSection } from '../../commands/help.js';
import { orderByName } from '../../commands/people-candidates.js';
import { readDates } from '../../commands/people-dates.js';
import { placeEveryone } from '../../commands/people-places.js';
import { indexTexts } from '../../commands/people-texts.js';
import { entryNumber, makeAnswer, type Answer, type AnswerRoute, type PersonRef } from '../model/answer.js';
import { type AnswerReference, type ConversationContext, referenceOf } from '../model/conversation.js';
import type { Question } from '../model/request.js';
import type { AliasTable } from '../query/aliases.js';
import { detectFollowUp, placeNamer } from '../query/followup.js';
import { ORDINALS, placeInList } from '../query/followup-words.js';
import { englishOf, glossAny, prepareGlossaries } from '../query/language.js';
import { prepareModifierReading } from '../query/modifiers.js';
import { holdsPhrase } from '../query/holds.js';
import { words } from '../query/normalize.js';
import { isGenericQuery, routeFreeText } from '../query/route.js';
import { sharingReadings } from '../query/shared-readings.js';
import { createNameFinder, type NameFinder } from '../query/people.js';
import { buildIndexes, type ResumeIndex } from '../query/index.js';
import { withLazyProperty } from '../query/lazy-property.js';
import { withoutAside } from '../query/asides.js';
import { askedInPlace, asksWithin } from '../query/request.js';
import { withTermsTranslated } from '../query/language.js';
import { isRegionOrCountry } from '../query/regions.js';
import { technologyOf } from '../query/technologies.js';
import { type Clock, systemClock } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import {
  type Bot,
  compiledFor,
  createBot,
  prepareLongTextCues,
  DEFAULT_MAX_QUERY_LENGTH,
  type PersonBot,
  readsLongText,
  tooLongAnswer,
} from './bot.js';
import {
  type CrowdQuestion,
  crowdRoute,
  examplesAsked,
  found,
  groupAnswers,
  MAX_SUGGESTIONS,
  tagged,
  withoutCrowdTag,
} from './directory-answers.js';
import { sectionCandidates, wordsAnswering } from './directory-candidates.js';
import { freeTextCandidates, mayMeanEvery } from './free-text-candidates.js';
import {
  asksForOthers,
  othersAsked,
  type OthersAsked,
  thereNamed,
  withoutLeftOut,
  withoutOthers,
  withoutPerson,
} from './directory-others.js';
import { askedOfAnother } from './directory-another.js';
import { PersonView } from './person-view.js';
import { WARM_UP_PEOPLE, warmUpQuestions, warmUpSample } from './directory-warmup.js';
import { type Census, censusOf, type Vocabulary, vocabularyOf, wordNumbers } from './vocabulary.js';

/** Readings of a request tried when the whole finds nobody, at most: each costs a question across everyone. */
const MAX_ASKS_WITHIN = 4;

export interface DirectoryPerson {
  readonly id: string;
  readonly resume: Resume;
  /** Their translated copies by language tag: askers in that language are answered from theirs. */
  readonly translations?: Readonly<Record<string, Resume>>;
}

export interface DirectoryBotOptions {
  people: readonly DirectoryPerson[];
  aliases: AliasTable;
  clock?: Clock;
  maxQueryLength?: number;
  /** LOCALE: the language of answers to requests that name none, as one person's bot. */
  locale?: string;
  commands?: readonly Command[];
  /**
   * Index people only when a question first needs them (a one-shot CLI question about one person);
   * otherwise everyone is indexed together here, so no question waits for it.
   */
  indexOnDemand?: boolean;
  /**
   * At most this many people a question across everyone asks and shows, the best evidence first (the rest are
   * counted, not asked): a thousand people's answers cost a thousand one-person answers. Infinity asks everyone.
   */
  shown?: number;
  /** Compile the answer paths at start by answering a throwaway sample's questions (a server's directory; not tests). */
  warmUp?: boolean;
}
/** Enough to choose from in a chat message; a question that fits more is narrowed, or asked of one person. */
export const SHOWN_PEOPLE = 10;

export interface DirectoryBot extends Bot {
  readonly people: readonly PersonRef[];
  ownerOf(person: PersonRef | undefined): { resume: Resume; privateFields: readonly string[] } | undefined;
  /** Adds or replaces one person (a file added or changed): only their résumé is indexed again. */
  upsert(id: string, resume: Resume, translations?: Readonly<Record<string, Resume>>): void;
  /** Takes a person out (their file was removed or broke); the last person always stays. */
  remove(id: string): boolean;
  /** People the indexes hold: everyone served, and the old entries of people changed or removed since they were built. */
  indexedPeople(): number;
}

/**
 * A changed or removed person's old entries stay in the index they were built in, with everyone indexed with
 * them; past this many such people (or a tenth of everyone) everyone is indexed together again, so a bot that
 * reloads for months holds no more than that.
 */
const STALE_PEOPLE = 8;

export function isDirectory(bot: Bot): bot is DirectoryBot {
  return 'upsert' in bot && 'remove' in bot;
}

/** A person's index, once built (with others or alone). */
interface IndexSlot {
  readonly resume: Resume;
  index?: ResumeIndex;
}

interface Member {
  readonly ref: PersonRef;
  readonly resume: Resume;
  readonly translations: Readonly<Record<string, Resume>>;
  readonly slot: IndexSlot;
  /** They have a translated copy (in any language). */
  readonly translated: boolean;
  /** Every word the résumé uses: whether a question can be about this person at all, before indexing them. */
  readonly vocabulary: Vocabulary;
  /** The words of their translated copy in this language, when they have one (read when first asked in it). */
  vocabularyIn(locale: string): Vocabulary;
  readonly bot: PersonBot;
  /** Chat user ids by platform name, from the résumé's meta.chat. */
  readonly chat: Readonly<Record<string, readonly string[]>>;
  readonly privateFields: readonly string[];
}

/** Words that make a question about the asker's own résumé ("my skills", "where did I work"). */
const SELF = new Set(['my', 'mine', 'myself', 'i', 'im', 'ive']);
/** Words that point back at the person (or place) the conversation is about, in English and Portuguese. */
const POINTS_BACK = new Set([
  ...['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their', 'theirs', 'there'],
  ...['ele', 'ela', 'eles', 'elas', 'dele', 'dela', 'deles', 'delas', 'nele', 'nela', 'seu', 'sua', 'seus', 'suas'],
]);
/**
 * Words that point back at the people a list named, or at what it named them by ("what was it for?" after "who won
 * an award in 2014?", "which ones?" after "who has certificates?").
 */
const LISTED_BACK = new Set([...[...POINTS_BACK].filter((w) => w !== 'there'), 'it', 'its', 'those', 'these', 'isso', 'esses', 'essas']);
/** A question asked among the people a list named: "which of them", "any of those", "among them", "quais deles". */
const AMONG_THEM = /\b(?:(?:of|among|amongst)\s+(?:them|those|these)|(?:deles|delas|desses|dessas))\b/;
/** Only what is asked of what listed them: "when?", "where?", "how well?", "since when?", "quando?", "onde?". */
const ONLY_ASKED =
  /^(?:and )?(?:when|where|where from|from where|since when|until when|how long|how well|how|why|quando|onde|desde quando|ate quando|por quanto tempo|quanto tempo|como|por que)$/;
/** A kind of entry alone after a question word: "which company?", "what was the school?" (in English words only). */
const KIND_ONLY = /^(?:and )?(?:what|which)(?: (?:was|is|were|are))?(?: (?:the|their|his|her|a))? ([a-z]+)$/;
/** "Which ones?", "what are they?", "quais?": what the list named them by, asked of each of them again. */
const WHICH_ONES = /^(?:and )?(?:which(?: ones?)?|what are they|what were they|quais(?: sao| eram)?)$/;
/** A place in a list, as said: "the second one", "the 3rd person". */
const ORDINAL_PLACE = new RegExp(`\\b(?:the\\s+)?(?:${[...ORDINALS.keys()].join('|')})(?:\\s+(?:one|person|candidate))?\\b`, 'i');
/** Words pointing back at a place, not a person ("there", "lá"), and how the place is then named in that language. */
const PLACE_BACK: ReadonlyMap<string, string> = new Map([
  ['there', 'at'],
  ['la', 'em'],
  ['ali', 'em'],
]);

export function createDirectoryBot(options: DirectoryBotOptions): DirectoryBot {
  let aliases = withTermsTranslated(options.aliases);
  const members = new Map<string, Member>();
  let finder: NameFinder | null = null;
  let first: Member | undefined;
  /** Everyone as a command across people sees them, by the asker's language (a translated copy answers in its own). */
  const peopleCache = new Map<string, PersonContext[]>();
  /** Who of them uses each word, by the same language: a census of their words, taken once until someone changes. */
  const censuses = new Map<string, Census>();

  // Everyone is indexed together at start (one vocabulary, one searcher per section: a thousand indexes
  // of their own cost ten times the memory), so the first question across everyone waits for nothing; a
  // file added or changed later is indexed alone. On demand (one CLI question), a question across everyone
  // indexes everyone not yet indexed together, one person asked about is indexed alone.
  const { catalog } = compiledFor(options.commands ?? defaultCommands);
  const numbers = wordNumbers();
  const shown = options.shown ?? SHOWN_PEOPLE;
  const clock = options.clock ?? systemClock;
  /** Each route table of everyone indexed, with an index that has it: known until someone is indexed or changes. */
  let tables: Map<ResumeIndex['routes'], ResumeIndex> | null = null;
  const routeTables = () =>
    (tables ??= new Map(everyone().flatMap((m) => (m.slot.index ? [[m.slot.index.routes, m.slot.index] as const] : []))));
  /** Everyone has an index: known until someone is added or changes, not read from a thousand slots per question. */
  let everyoneIndexed = false;
  /** The indexes everyone indexed shares (one, mostly): known until someone is indexed or changes, not listed per question. */
  let shares: ReadonlySet<ResumeIndex['shared']> | null = null;
  const sharedIndexes = () => (shares ??= new Set(everyone().flatMap((m) => (m.slot.index ? [m.slot.index.shared] : []))));
  const indexTogether = (waiting: readonly IndexSlot[]) => {
    tables = null;
    shares = null;
    const built = buildIndexes(
      waiting.map((slot) => slot.resume),
      aliases,
      clock,
      catalog,
    );
    waiting.forEach((slot, i) => {
      slot.index = built[i];
    });
  };
  const member = (id: string, resume: Resume, translations: Readonly<Record<string, Resume>> = {}): Member => {
    const slot: IndexSlot = { resume };
    const vocabulary = vocabularyOf(resume, numbers);
    const copies = new Map<string, Vocabulary>();
    const made: Omit<Member, 'bot'> = {
      ref: { id, name: resume.basics.name },
      resume,
      translations,
      translated: Object.keys(translations).length > 0,
      slot,
      vocabulary,
      vocabularyIn(locale) {
        const copy = translations[locale];
        if (!copy) return vocabulary;
        let found = copies.get(locale);
        if (!found) copies.set(locale, (found = vocabularyOf(copy, numbers)));
        return found;
      },
      chat: resume.meta?.chat ?? {},
      privateFields: resume.meta?.privateFields ?? [],
    };
    return withLazyProperty(
      made,
      'bot',
      (): PersonBot =>
        createBot({
          resume,
          aliases,
          clock: options.clock,
          maxQueryLength: options.maxQueryLength,
          locale: options.locale,
          commands: options.commands,
          people: contextPeople,
          translations,
          indexer: () => {
            if (!slot.index) indexTogether([slot]);
            return slot.index!;
          },
        }),
    );
  };
  /** People whose old entries a shared index still holds. */
  let stale = 0;
  const leaving = (m: Member | undefined) => {
    if (m?.slot.index && m.slot.index.shared.size > 1) stale++;
  };
  /** Everyone indexed together again: a new bot each, with no old entries left in any shared index. */
  const reindexEveryone = () => {
    stale = 0;
    for (const [id, m] of members) members.set(id, member(id, m.resume, m.translations));
    changed();
    indexAtStart();
  };
  /**
   * Everyone's texts read again for /people's evidence now that someone changed (a new list of everyone), rather than
   * by the next question across them (tens of milliseconds at a thousand people).
   */
  const textsNow = () => {
    if (options.indexOnDemand) return;
    const everyoneHere = contextPeople(first!.bot.messages({}).locale);
    indexTexts(everyoneHere);
    readDates(everyoneHere);
  };
  /** When enough old entries piled up, everyone is indexed again, as for new aliases. */
  const compact = () => {
    if (options.indexOnDemand || stale < Math.max(STALE_PEOPLE, members.size / 10)) return;
    reindexEveryone();
  };
  const changed = () => {
    finder = null;
    tables = null;
    shares = null;
    everyoneIndexed = false;
    listed = null;
    counted = null;
    peopleCache.clear();
    censuses.clear();
    const sorted = [...members.keys()].sort();
    const rebuilt = new Map(sorted.map((id) => [id, members.get(id)!]));
    members.clear();
    for (const [id, m] of rebuilt) members.set(id, m);
    first = members.values().next().value;
  };
  /** Everyone in the directory's order, listed once until someone is added, changed or removed. */
  let listed: readonly Member[] | null = null;
  const everyone = (): readonly Member[] => (listed ??= [...members.values()]);
  /** How many people bear each name: counted once until someone changes, not on every keystroke of the person option. */
  let counted: ReadonlyMap<string, number> | null = null;
  const nameCounts = (): ReadonlyMap<string, number> => {
    if (!counted) {
      const counts = new Map<string, number>();
      for (const m of everyone()) counts.set(m.ref.name, (counts.get(m.ref.name) ?? 0) + 1);
      counted = counts;
    }
    return counted;
  };
  /** Before a question reaches these people (or at start): those not indexed yet are indexed together. */
  const indexed = (asked: readonly Member[]) => {
    if (everyoneIndexed) return;
    // Asked on every question across everyone: a loop that makes nothing when everyone is indexed.
    const waiting: IndexSlot[] = [];
    for (const m of asked) if (!m.slot.index) waiting.push(m.slot);
    if (waiting.length > 1 || (waiting.length === 1 && !options.indexOnDemand)) indexTogether(waiting);
    everyoneIndexed = asked === everyone() && everyone().every((m) => m.slot.index);
  };
  /** Everyone's names, to find whom a question names: made at start, and again on the first question after a change. */
  const names = (): NameFinder =>
    (finder ??= createNameFinder(
      everyone().map((m) => m.ref),
      (word) => {
        // A word of a language's glossary is a word ("quem sabe redes?"), never a typo of a name (Reyes).
        if (glossAny(word) !== word) return true;
        // The word's number is looked up once, not once per person.
        const n = numbers.find(word);
        return n !== undefined && everyone().some((m) => m.vocabulary.hasNumber(n));
      },
    ));
  const indexAtStart = () => {
    if (options.indexOnDemand) return;
    indexed(everyone());
    // Read while starting, not by the first questions across everyone: each kind of résumé's route table (people
    // with the same sections share one), the skills taxonomy the question reader consults, and the regions' and
    // countries' names an employer nobody was at is looked up among ("worked at dropbox": a place?).
    for (const m of members.values()) void m.slot.index?.routes;
    technologyOf('');
    isRegionOrCountry('');
    // Everyone in name order, as questions across everyone rank them (a thousand names sorted by a collator), their
    // texts, the years of their dated entries and where each is indexed, the census of who uses each word they plan by, in the language of a request that names none; and the other
    // languages' glossaries, which every command's text across everyone is read through (each built on its first use
    // otherwise: tens of milliseconds), with which of their stems can open a modifier (a few milliseconds of the first
    // command's text otherwise), and the long-text cues free text is first matched against.
    const everyoneHere = contextPeople(first!.bot.messages({}).locale);
    orderByName(everyoneHere);
    indexTexts(everyoneHere);
    readDates(everyoneHere);
    placeEveryone(everyoneHere);
    censusIn(first!.bot.messages({}).locale);
    // Everyone as a person's own bot hands them to its commands (help lists /people), each route table of
    // everyone's and the shared indexes: each a read of a thousand members the first question would pay; and the
    // arrays each section's first search reads a query into, a slot per term and entry of everyone's.
    contextPeople();
    routeTables();
    for (const shared of sharedIndexes()) shared.prepare();
    prepareGlossaries();
    prepareModifierReading();
    prepareLongTextCues(options.commands ?? defaultCommands);
    // Whom a question names is read on every question but /people: the finder over everyone's names is made now.
    names();
  };

  for (const person of options.people) members.set(person.id, member(person.id, person.resume, person.translations));
  if (members.size === 0) throw new Error('a directory bot needs at least one person');
  changed();
  indexAtStart();
  // A large directory's answer paths are compiled now, on a throwaway sample, rather than during its first questions.
  if (options.warmUp && !options.indexOnDemand && options.people.length > WARM_UP_PEOPLE) {
    const sample = warmUpSample(options.people);
    const throwaway = createDirectoryBot({ ...options, people: sample, warmUp: false });
    for (const question of warmUpQuestions(
      sample.map((p) => p.resume),
      throwaway.commands,
    )) {
      // Warming never stops a start: a question that fails is reported by the pipeline when someone asks it.
      try {
        throwaway.answer(question);
      } catch {}
    }
  }
  const registry = () => first!.bot.commands;

  /** Who the question names, and its text without the name; `ambiguous` when a name fits several people. */
  function whom(
    question: Question,
    context: ConversationContext | undefined,
  ): { members: Member[]; text: string; ambiguous: Member[]; besides?: Member; spoken?: string; listedBy?: AnswerReference } {
    const text = question.text;
    if (question.person?.trim()) {
      const ids = names().resolve(question.person);
      const found = ids.map((id) => members.get(id)!).filter(Boolean);
      return { members: found.length === 1 ? found : [], text, ambiguous: found.length > 1 ? found : [] };
    }
    const mentioned = (question.mentions ?? []).flatMap((userId) => everyone().filter((m) => m.chat[question.platform]?.includes(userId)));
    if (mentioned.length) return { members: [...new Set(mentioned)], text, ambiguous: [] };
    const named = names().find(text);
    // "Who else besides Lena knows Kafka?": everyone but the one named is asked.
    const othersThan = named.ids.length === 1 ? withoutLeftOut(named.spoken) : undefined;
    if (othersThan !== undefined && crowdRoute(othersThan, registry()) !== null)
      return { members: [], text: othersThan, ambiguous: [], besides: members.get(named.ids[0]!)! };
    if (named.ids.length)
      return { members: named.ids.map((id) => members.get(id)!), text: named.rest, ambiguous: [], spoken: named.spoken };
    if (named.ambiguous.length) {
      const bearers = named.ambiguous.map((id) => members.get(id)!);
      // "What did martin do at netflix?": of the Martins, the one whose résumé answers it (as typed: each one's own
      // bot reads the name as theirs), when only one does.
      const answering = named.rest ? bearers.filter((m) => found(m.bot.answerIfFound(question))) : [];
      if (answering.length === 1) return { members: answering, text: named.rest, ambiguous: [], spoken: named.spoken };
      return { members: [], text, ambiguous: bearers };
    }
    // "Tell me about the second one" after a list of people: that person.
    const listed = question.command === null && context?.previous ? listedPerson(text, context.previous) : null;
    if (listed) return { members: [listed.member], text: listed.text, ambiguous: [] };
    // "Where did they study?", "how long was he there?" after a list of people: those listed ("which ones?": each
    // asked the list's question again, for what it named them by).
    const listedBy = question.command === null ? context?.previous : undefined;
    const pointed = listedBy ? peopleListedBefore(text, listedBy) : [];
    if (listedBy && pointed.length) {
      // Asked the list's question again, they need no conversation leaning on it (it would be asked twice).
      if (WHICH_ONES.test(words(text).join(' '))) return { members: pointed, text: listedBy.query, ambiguous: [] };
      return { members: pointed, text, ambiguous: [], listedBy };
    }
    if (question.userId && words(text).some((w) => SELF.has(w))) {
      const own = everyone().filter((m) => m.chat[question.platform]?.includes(question.userId!));
      if (own.length === 1) return { members: own, text, ambiguous: [] };
    }
    // A follow-up ("what did she build there?") stays with the person the conversation is about; a question
    // about everyone that points back at no one ("who speaks spanish?") does not.
    const before = context?.person && question.command === null ? members.get(context.person) : undefined;
    if (before && context?.previous) {
      const said = words(text);
      const crowd = crowdRoute(text, registry()) !== null;
      // "Who else worked there?" points back at a place only: everyone is asked about the place just named, but
      // the person the answer was about, when it asks for someone else.
      const besides = asksForOthers(said);
      const there = crowd ? atPlaceBefore(besides ? withoutOthers(said) : said, before, context.previous) : null;
      if (there !== null) return { members: [], text: there, ambiguous: [], ...(besides ? { besides: before } : {}) };
      if (!crowd || said.some((w) => POINTS_BACK.has(w))) return { members: [before], text, ambiguous: [] };
    }
    return { members: [], text, ambiguous: [] };
  }

  /**
   * A crowd question's words whose only word pointing back is a place's ("who else worked there?"), with "there"
   * replaced by the name of the place the answer before was about (its first entry that is a place: "at Dropbox");
   * else null.
   */
  function atPlaceBefore(said: readonly string[], person: Member, previous: AnswerReference): string | null {
    const back = said.filter((w) => POINTS_BACK.has(w) || PLACE_BACK.has(w));
    if (back.length !== 1 || !PLACE_BACK.has(back[0]!)) return null;
    const { index } = person.bot;
    const place = previous.matches.find((m) => placeNamer(m.section, index));
    const n = place && entryNumber(place.section, place.id);
    const name = place && n !== undefined ? placeNamer(place.section, index)?.(index.resume, n) : undefined;
    if (!name) return null;
    return said.map((w) => (w === back[0] ? `${PLACE_BACK.get(w)} ${name}` : w)).join(' ');
  }

  /**
   * The person at a place in the list of people the answer before gave ("the second one", "the 3rd"), with the words
   * naming that place pointing at them instead ("tell me about them"); null when the answer listed no people, or fewer.
   */
  function listedPerson(text: string, previous: AnswerReference): { member: Member; text: string } | null {
    const place = placeInList(words(text));
    if (!place || !listsPeople(previous)) return null;
    const member = listedAs(previous.matches[place - 1]?.title);
    return member ? { member, text: text.replace(ORDINAL_PLACE, 'them') } : null;
  }

  /** Whether an answer lists people: a crowd answer's matches are its people, each titled with their name. */
  function listsPeople(previous: AnswerReference): boolean {
    return findCommand(previous.command, registry())?.crowd !== undefined;
  }

  /** The one person a list's match names (its title is their name); none when two people share that name. */
  function listedAs(title: string | undefined): Member | undefined {
    const named = everyone().filter((m) => m.ref.name === title);
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * The people the answer before listed (those it kept), when the question points back at them or at what listed
   * them, and asks nothing of everyone itself ("who else knows it?" does); none otherwise.
   */
  function peopleListedBefore(text: string, previous: AnswerReference): Member[] {
    const said = words(text);
    if (!listsPeople(previous)) return [];
    const joined = said.join(' ');
    if (!said.some((w) => LISTED_BACK.has(w)) && !WHICH_ONES.test(joined) && !ONLY_ASKED.test(joined) && !kindOnlyAsked(joined)) return [];
    if (crowdRoute(text, registry()) !== null) return [];
    return listedIn(previous);
  }

  /** "Which company?", "what was the school?": only the kind of entry a section holds, asked of what listed them. */
  function kindOnlyAsked(joined: string): boolean {
    const noun = KIND_ONLY.exec(joined)?.[1];
    return noun !== undefined && first!.bot.index.routes.intents.some((i) => i.spec.section !== null && i.own.find([noun]).length > 0);
  }

  /** The people the answer before listed, when the question asks among them ("which of them", "quais deles"); else none. */
  function amongListed(text: string, previous: AnswerReference): Member[] {
    return listsPeople(previous) && AMONG_THEM.test(words(text).join(' ')) ? listedIn(previous) : [];
  }

  /** Everyone a list of people named; none when it names someone by a name two people share (it says neither). */
  function listedIn(previous: AnswerReference): Member[] {
    const listed = previous.matches.map((m) => listedAs(m.title));
    return listed.every((member) => member !== undefined) ? listed : [];
  }

  /**
   * A listed person's conversation as if they had been asked the list's question themselves ("worked at netflix": his
   * Netflix role), so that "how long was he there?" leans on what listed them.
   */
  function leaningOn(m: Member, listedBy: AnswerReference, question: Question): ConversationContext {
    const reason = referenceOf(m.bot.answer({ ...question, command: null, text: listedBy.query }));
    return reason ? { previous: reason, person: m.ref.id } : { person: m.ref.id };
  }

  /** "And python?" after "who knows kafka?": the same question about everyone, about another thing. */
  function crowdEllipsis(text: string, context: ConversationContext | undefined): CrowdQuestion | null {
    const before = context?.previous ? findCommand(context.previous.command, registry()) : undefined;
    if (!before?.crowd) return null;
    const followUp = detectFollowUp(text, first!.bot.index);
    // A moment of a list of people ("the most recent?") is nothing asked of everyone again.
    return followUp?.kind === 'ellipsis' && !followUp.moment ? { command: before, text: followUp.rest, said: followUp.rest } : null;
  }

  function contextPeople(locale = ''): readonly PersonContext[] {
    let found = peopleCache.get(locale);
    if (!found) {
      // Made once per language: a question across everyone reads each person's index several times.
      found = everyone().map((m) => new PersonView(m, locale, Boolean(m.translations[locale]), m.vocabularyIn(locale)));
      peopleCache.set(locale, found);
    }
    return found;
  }

  /** Who of everyone (contextPeople in this language) uses each word: their places, ascending. */
  function censusIn(locale = ''): Census {
    let found = censuses.get(locale);
    if (!found) {
      found = censusOf(
        everyone().map((m) => m.vocabularyIn(locale)),
        numbers,
      );
      censuses.set(locale, found);
    }
    return found;
  }

  /** A crowd command (one that declares `crowd`: `/people`) asked of everyone. */
  function askPeople(crowd: Command, question: Question, text: string, asTyped?: string, besides?: readonly string[]): Answer {
    indexed(everyone());
    const messages = first!.bot.messages(question);
    const answer = inOnePass(() =>
      crowd.execute(asTyped === undefined || asTyped === text ? { text } : { text, asTyped }, {
        index: first!.bot.index,
        now: (options.clock ?? (() => new Date()))(),
        commands: registry(),
        // Each person as an asker in this language is answered about them: from their copy in it, when they have one.
        people: contextPeople(messages.locale),
        knowing: censusIn(messages.locale),
        messages,
        shown,
        ...(besides?.length ? { besides } : {}),
      }),
    );
    return { ...answer, route: { command: crowd.data.name, query: text } };
  }

  /**
   * "Who else…?": when it names nothing new ("who else?", "anyone else know it?") or the same thing, the question
   * before (a crowd question's words, or what one person's answer was about: "confluent"), asked of everyone but
   * those that answer showed; otherwise its own words, without the person the conversation is about.
   */
  function askOthers(crowd: Command, question: Question, others: OthersAsked, context?: ConversationContext): Answer {
    const previous = context?.previous;
    const before = previous ? findCommand(previous.command, registry()) : undefined;
    const person = context?.person ? members.get(context.person) : undefined;
    const thing = !previous ? '' : before?.crowd ? previous.query : person ? withoutPerson(previous.query, person.ref.id) : '';
    // "Who else knows it?" with nothing before it to point at: the whole question is asked for, never guessed.
    if (others.pointsBack && thing === '') return wholeQuestionAsked(question, crowd, 'people.othersOfWhat.title', previous !== undefined);
    const same = thing !== '' && (others.pointsBack || others.text === thing);
    if (!same) return askPeople(crowd, question, others.text, others.said, person && [person.ref.id]);
    if (!before?.crowd) return askPeople(crowd, question, thing, thing, [person!.ref.id]);
    const shownBefore = askPeople(before, question, thing).matches.flatMap((m) => (m.person ? [m.person.id] : []));
    return askPeople(before, question, thing, thing, shownBefore);
  }

  /**
   * A question across people that points back at what nothing before it says ("who else knows it?", "who worked
   * there?"): titled with what it lacks, it asks for the whole question, to ask of the crowd command.
   */
  function wholeQuestionAsked(question: Question, crowd: Command, title: string, answeredBefore: boolean): Answer {
    const messages = first!.bot.messages(question);
    return makeAnswer({
      kind: 'empty',
      title: messages.t(title),
      body: messages.t('followUp.generic.body', { nothing: answeredBefore ? '' : messages.t('followUp.nothing') }).trim(),
      suggestions: [`/${crowd.data.name}`],
      route: { command: null, query: question.text.trim() },
    });
  }

  /**
   * The answer to the question without its aside, or, when that finds nobody, as said. A question says what it asks
   * before its aside ("who has kafka experience? kafka streams counts too"; "any runners? putting together a team for
   * the corporate 10k", whose "team" found everyone's roles): it is asked without it first. A section command's text is
   * what it looks for, as typed. A question asked of many people is read once per kind of résumé (its route table), not
   * once per person.
   */
  function answer(question: Question, context?: ConversationContext): Answer {
    const named = question.command === null ? undefined : findCommand(question.command, registry());
    const asked = !named || named.crowd !== undefined || named.routing?.role === 'fallback';
    // "Python — who knows it?" asks "who knows python".
    const inPlace = asked ? askedInPlace(question.text) : undefined;
    const aside = asked ? (withoutAside(inPlace ?? question.text) ?? inPlace) : undefined;
    // A first clause kept for the question after it is a crowd question already (withoutCrowdTag read it so).
    const tagged = asked ? withoutCrowdTag(aside ?? question.text, registry()) : undefined;
    const plain = tagged ?? aside;
    const answered = sharingReadings(() => answerOnce(plain === undefined ? question : { ...question, text: plain }, context));
    if (answered.kind !== 'empty') return answered;
    const asTyped = plain === undefined ? answered : sharingReadings(() => answerOnce(question, context));
    if (asTyped.kind !== 'empty') return asTyped;
    const within = asked ? askedWithin(question, named?.crowd !== undefined, context) : undefined;
    // Nobody either way: the question as typed says so.
    return within ?? asTyped;
  }

  /**
   * A request across everyone that finds nobody as typed ("need somebody who knows rust and python for a small ffi
   * thing, ty"): the first of its narrower readings (asksWithin) that is a question across everyone and finds someone.
   */
  function askedWithin(question: Question, crowdCommand: boolean, context?: ConversationContext): Answer | undefined {
    if (!crowdCommand && crowdRoute(question.text, registry()) === null) return undefined;
    const readings = [...asksWithin(question.text), ...examplesAsked(question.text, registry())].filter(
      (reading) => crowdCommand || Boolean(crowdRoute(reading, registry())?.text),
    );
    for (const reading of readings.slice(0, MAX_ASKS_WITHIN)) {
      const found = sharingReadings(() => answerOnce({ ...question, text: reading }, context));
      if (found.kind !== 'empty') return found;
    }
    return undefined;
  }

  function answerOnce(question: Question, context?: ConversationContext): Answer {
    const named = question.command === null ? undefined : findCommand(question.command, registry());
    if (named?.crowd) {
      const text = question.text.trim();
      // The same limit as one person's bot: MAX_QUERY_LENGTH, or the long text a `/people match` reads.
      const limit = readsLongText(named, text) ? named.data.longText!.maxLength : (options.maxQueryLength ?? DEFAULT_MAX_QUERY_LENGTH);
      if (text.length > limit) return tooLongAnswer(limit, first!.bot.messages(question));
      return askPeople(named, question, text);
    }
    const who = whom(question, context);
    if (who.ambiguous.length) {
      const messages = first!.bot.messages(question);
      const names = new Intl.ListFormat(messages.locale, { type: 'disjunction' }).format(who.ambiguous.map((m) => m.ref.name));
      return makeAnswer({
        kind: 'empty',
        title: messages.t('directory.which.title', { names }),
        body: messages.t('directory.which.body'),
        suggestions: who.ambiguous.map((m) => `${question.command ? `/${question.command} ` : ''}${m.ref.name}`),
        route: { command: named?.data.name ?? null, query: question.text.trim() },
      });
    }
    if (who.members.length === 1 || members.size === 1) {
      const one = who.members[0] ?? first!;
      // What the conversation remembers is about one person: another's answer does not lean on it.
      const theirs = who.listedBy
        ? leaningOn(one, who.listedBy, question)
        : context?.person === one.ref.id || members.size === 1
          ? context
          : undefined;
      // Free text names them as the subject or owner of what it asks: read with a pronoun in the name's place.
      const asked = question.command === null && who.spoken !== undefined ? who.spoken : who.text;
      // "And Daniel?" after a question about Lena: that question, of him.
      const ofAnother = theirs ? null : askedOfAnother(who.text, context?.previous, context?.person, registry());
      let own = ofAnother ? one.bot.answer({ ...question, ...ofAnother }) : one.bot.answer({ ...question, text: asked }, theirs);
      // Read otherwise the words may not be the question ("when did lena join confluent?" without the name is "when
      // did join confluent?"): when they find nothing, the other readings are tried (with a pronoun, without the name,
      // as typed, by the person's own bot, for whom the name is theirs), the first that finds entries kept.
      if (!ofAnother && who.spoken !== undefined && !found(own)) {
        for (const text of new Set([who.spoken, who.text, question.text])) {
          if (text === asked) continue;
          const again = one.bot.answer({ ...question, text }, theirs);
          if (found(again)) {
            own = again;
            break;
          }
        }
      }
      const answered = tagged(own, one.ref);
      // The route re-asks the same person (Share, Show more): their id in parentheses names no one else.
      if (members.size === 1 || !answered.route) return answered;
      return { ...answered, route: { ...answered.route, query: `${answered.route.query} (${one.ref.id})`.trim() } };
    }
    const free = !named || named.routing?.role === 'fallback';
    let crowd = free && who.members.length === 0 ? (crowdRoute(who.text, registry()) ?? crowdEllipsis(who.text, context)) : null;
    if (crowd !== null && !who.besides) {
      // "Who studied there?" after "who worked at google?": the place the crowd question before named.
      const previous = context?.previous && findCommand(context.previous.command, registry())?.crowd ? context.previous.query : undefined;
      const placed = thereNamed(crowd.text, previous);
      // "Who worked there?" with no place before it to point at: the place is asked for, never guessed.
      if (placed === null) return wholeQuestionAsked(question, crowd.command, 'followUp.place.title', previous !== undefined);
      if (placed !== crowd.text) crowd = { ...crowd, text: placed, said: placed };
    }
    if (crowd !== null) {
      const others = who.besides ? null : othersAsked(question.text, crowd.text, crowd.said);
      if (others) return askOthers(crowd.command, question, others, context);
      // "Which of them also knows sql?" after a list: only those it listed are asked.
      const among = context?.previous ? amongListed(question.text, context.previous) : [];
      const leftOut = among.length ? everyone().filter((m) => !among.includes(m)) : who.besides ? [who.besides] : [];
      return askPeople(crowd.command, question, crowd.text, crowd.said, leftOut.length ? leftOut.map((m) => m.ref.id) : undefined);
    }
    // "Help" asks what can be asked here: answered once for everyone, never as each person's help, nor as nobody's answer.
    const help = who.members.length ? null : helpAsked(named, free, who.text);
    if (help) return directoryHelp(question, help);
    if (!who.members.length && Number.isFinite(shown)) {
      if (named && !free) return acrossEveryone(question, who.text, named);
      // Free text naming nobody ("kubernetes experience"): each person routes it their own way, so everyone may
      // answer; asked in the directory's order until `shown` do, the rest counted. Of those whose text says none of
      // its words, one per route table is asked for all of them (freeTextCandidates).
      indexed(everyone());
      const asked = { ...question, text: who.text };
      const able = freeTextCandidates(who.text, aliases, {
        indexOf: (m: Member) => m.slot.index,
        always: (m) => m.translated,
        searched: (command) => findCommand(command, registry())?.section !== undefined,
        answers: (m) => found(m.bot.answerIfFound(asked)),
      });
      // Whoever may mean every word is asked first: when many fit, the first `shown` are the best evidenced, found
      // sooner; they are shown in the directory's order still.
      const likely = mayMeanEvery(englishOf(who.text) ?? who.text, first!.bot.index.routes, (m: Member) => m.slot.index);
      const all = everyone();
      const likelier: Member[] = [];
      const others: Member[] = [];
      if (likely) for (const m of all) (likely(m) ? likelier : others).push(m);
      const ordered = likely ? [...likelier, ...others] : all;
      const route = { command: named?.data.name ?? null, query: who.text.trim() };
      return firstAnswering(question, who.text, route, ordered, able, likely && all);
    }
    const asked = who.members.length ? who.members : everyone();
    indexed(asked);
    const listedBy = who.listedBy;
    return groupAnswers(
      asked.map((m) => ({
        person: m.ref,
        answer: m.bot.answer({ ...question, text: who.text }, listedBy ? leaningOn(m, listedBy, question) : undefined),
      })),
      { command: named?.data.name ?? null, query: who.text.trim() },
      first!.bot.messages(question),
    );
  }

  return {
    get commands() {
      return registry();
    },
    get resume() {
      return first!.bot.resume;
    },
    get people() {
      return everyone().map((m) => m.ref);
    },
    answer,
    messages: (request) => first!.bot.messages(request),
    complete(command, partial, limit = 25) {
      if (command === 'person') return completePeople(partial, limit);
      const seen = new Set<string>();
      for (const m of everyone()) {
        for (const value of m.bot.complete(command, partial, limit)) seen.add(value);
        if (seen.size >= limit) break;
      }
      return [...seen].slice(0, limit);
    },
    ownerOf(person) {
      const m = person ? members.get(person.id) : undefined;
      return m ? { resume: m.resume, privateFields: m.privateFields } : undefined;
    },
    replace(_resume, nextAliases) {
      // The alias table changed: every person is indexed with it again.
      aliases = withTermsTranslated(nextAliases);
      reindexEveryone();
    },
    upsert(id, resume, translations) {
      const added = member(id, resume, translations);
      leaving(members.get(id));
      members.set(id, added);
      changed();
      // Only this person is indexed again, now rather than on the next question (indexed decides, on demand or not).
      indexed([added]);
      compact();
      textsNow();
    },
    remove(id) {
      if (!members.has(id) || members.size === 1) return false;
      leaving(members.get(id));
      members.delete(id);
      changed();
      compact();
      textsNow();
      return true;
    },
    indexedPeople() {
      return [...sharedIndexes()].reduce((sum, index) => sum + index.size, 0);
    },
  };

  /** The help command, when it is asked or free text reads as it ("help", "what can you do?", "ajuda"); else null. */
  function helpAsked(named: Command | undefined, free: boolean, text: string): Command | null {
    const help = registry().find((command) => command.routing?.role === 'help');
    if (!help) return null;
    if (named && !free) return named === help ? help : null;
    // Most questions hold no cue of help: only those that do are routed (as the first person's bot reads them).
    const cued = [text, englishOf(text) ?? ''].some((t) => holdsPhrase(words(t), help.routing?.cues ?? []));
    if (words(text).length && !cued) return null;
    return routeFreeText(text, first!.bot.index).command === help.data.name ? help : null;
  }

  /** What can be asked of everyone here: every command someone's résumé answers, and how to name a person. */
  function directoryHelp(question: Question, help: Command): Answer {
    indexed(everyone());
    const messages = first!.bot.messages(question);
    // Each command once, in the registry's order, when some résumé here has its section.
    const available = new Set([...routeTables().values()].flatMap((index) => availableCommands(registry(), index, members.size)));
    const sections = registry()
      .filter((command) => available.has(command))
      .map((command) => commandSection(command, messages));
    const name = first!.ref.name.split(' ')[0] ?? first!.ref.name;
    return makeAnswer({
      kind: 'help',
      title: messages.t('directory.help.title', { count: members.size }),
      body: messages.t('directory.help.body', { name }),
      sections,
      route: { command: help.data.name, query: '' },
    });
  }

  /**
   * A section command asked of everyone: only those whose résumé has a word of it (resolved once against the
   * directory's words) are asked, in the directory's order, until `shown` of them answer; the others are counted.
   */
  function acrossEveryone(question: Question, text: string, command: Command): Answer {
    const all = everyone();
    const route = { command: command.data.name, query: text.trim() };
    indexed(all);
    // The one-person bot searches the text and its words in English.
    const english = englishOf(text);
    const texts = english ? [text, english] : [text];
    // People with the same sections share a route table: each table asked once.
    const generic = new Set(
      command.section
        ? [...routeTables()].filter(([, index]) => texts.some((t) => isGenericQuery(index, command.data.name, t))).map(([table]) => table)
        : [],
    );
    const reach = {
      indexOf: (m: Member) => m.slot.index,
      always: (m: Member) => m.translated,
      restates: (m: Member) => generic.size > 0 && m.slot.index !== undefined && generic.has(m.slot.index.routes),
    };
    const candidatesFor = (words: readonly string[]) => sectionCandidates(all, reach, words, command.section?.section, texts);
    const { routes } = first!.bot.index;
    const asked = wordsAnswering(text, command, routes, aliases, true);
    if (asked) return firstAnswering(question, text, route, candidatesFor(asked));
    // A cue of another command leaves everyone a candidate, and counted so when left unasked; of them, only whoever
    // may mean the words is asked, unless someone's route table reads the text as restating the section.
    const narrowed = generic.size ? null : wordsAnswering(text, command, routes, aliases, false);
    const reached = narrowed ? new Set(candidatesFor(narrowed)) : undefined;
    return firstAnswering(question, text, route, all, reached && ((m) => reached.has(m)));
  }

  /**
   * Runs a question asked of many people with every index they share searching for everyone in one pass, or
   * block by block when they are asked `inOrder` (the directory's, which is the indexes') until enough answer.
   */
  function inOnePass<T>(run: () => T, inOrder = false): T {
    return [...sharedIndexes()].reduce<() => T>((inner, index) => () => index.acrossEveryone(inner, inOrder), run)();
  }

  /**
   * The first `shown` candidates, in the directory's order, whose answer finds something, grouped by person; the
   * candidates left unasked are counted. Nobody fits: the full answers of the first people say how.
   */
  function firstAnswering(
    question: Question,
    text: string,
    route: AnswerRoute,
    candidates: readonly Member[],
    /** Of the candidates, those who can answer at all: the others are passed over as not found (yet not unasked). */
    able?: (m: Member) => boolean,
    /** The order answers are shown in, when the candidates are asked in another. */
    shownIn?: readonly Member[],
  ): Answer {
    const all = everyone();
    const messages = first!.bot.messages(question);
    const parts: Array<{ person: PersonRef; answer: Answer }> = [];
    // One request for every candidate: nobody's bot changes it.
    const asked: Question = { ...question, text };
    let fits = 0;
    let next = 0;
    inOnePass(() => {
      for (; next < candidates.length && fits < shown; next++) {
        const m = candidates[next]!;
        if (able && !able(m)) continue;
        // Those who do not fit are left out unread: their misses are said plainly.
        const answer = m.bot.answerIfFound(asked);
        parts.push({ person: m.ref, answer });
        if (found(answer)) fits++;
      }
    }, true);
    if (shownIn) {
      const at = new Map(shownIn.map((m, i) => [m.ref.id, i]));
      parts.sort((a, b) => at.get(a.person.id)! - at.get(b.person.id)!);
    }
    if (fits) return groupAnswers(parts, route, messages, { everyone: all.length, unasked: candidates.length - next });
    // Nobody fits: the answers of those asked and of the first `shown` people, in the directory's order, say how (a
    // refusal, "did you mean"), until they give as many suggestions as are shown; a thousand answers of nothing
    // would cost a thousand one-person answers.
    // Asked again in full (their misses were said plainly), at most `shown` of them.
    const answered = new Set(parts.map((p) => p.person.id));
    const said: typeof parts = [];
    const suggested = new Set<string>();
    // Each asked alone: a few people's own postings cost less than everyone's hits found in one pass for every
    // section their misses search ("google" in each section, to say where it is instead).
    for (const [i, m] of all.entries()) {
      if (said.length >= shown || (said.length && suggested.size >= MAX_SUGGESTIONS)) break;
      const answer = answered.has(m.ref.id) || i < shown ? m.bot.answer(asked) : undefined;
      if (!answer) continue;
      said.push({ person: m.ref, answer });
      for (const s of answer.suggestions) suggested.add(s);
    }
    return groupAnswers(said, route, messages);
  }

  function completePeople(partial: string, limit: number): string[] {
    const all = everyone();
    const typed = partial.trim();
    const ids = typed ? names().resolve(typed) : all.slice(0, limit).map((m) => m.ref.id);
    const shared = nameCounts();
    // A name two people share is told apart by the file's id.
    return ids.slice(0, limit).map((id) => {
      const ref = members.get(id)!.ref;
      return (shared.get(ref.name) ?? 0) > 1 ? `${ref.name} (${ref.id})` : ref.name;
    });
  }
}
