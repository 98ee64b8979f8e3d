/**
 * Routes a free-text question ("what did he do at netflix?") to a command and a typed
 * query ("netflix"). Question words decide the intent; the résumé decides the entry. When
 * the words don't say, the section whose entry matches best wins; when nothing matches,
 * the intent's command answers (and says so).
 *
 * Nothing here names a command or a section: each command declares its cue words, its role
 * and the modifiers it accepts (a RouteSpec), and the table compiled from them, for the
 * sections the résumé actually has, drives everything below.
 */
import { spelledOutWord } from './shorthand.js';
import { entryId, type ResumeSection } from '../model/answer.js';
import { conjuncts } from './documents.js';
import { endsTitle, positionAskedAbout, type PositionAsked } from './employer.js';
import { EMPTY_QUERY, parseQuery, tenureAsked, type CommandQuery, type Modifier, type ModifierKind } from './modifiers.js';
import { fold, normalize, words } from './normalize.js';
import { STRONG_SCORE, TIER_WEIGHT } from './search.js';
import { detectIntents, type Intent, type Moment, type RouteRole, type RouteTable } from './route-table.js';
import {
  bestSpan,
  INTENT_BONUS,
  isNaming,
  MAX_SPAN_SIZE,
  mayNameStrongly,
  namesMore,
  qualifiedPhrase,
  spanWords,
  type RoutingIndex,
  type Span,
} from './spans.js';
import { stemKey } from './stem.js';
import { firstAsked, recentAndRest } from './asked-time.js';
import { doneToAsked } from './done-to.js';
import { whoIsNamed, whoTheyAre } from './referee.js';
import { isPlaceName } from './regions.js';
import { livingAsked, namesPlace, placePart, residenceOutsideAsked } from './place.js';
import { isOrdinaryWordName, technologyOf } from './technologies.js';
import type { Found, PhraseSet } from './phrases.js';
import { questionInEnglish } from './question-english.js';
import type { QuestionReading } from './question-reading.js';
import { readingOf } from './shared-readings.js';
import { holdsAny, holdsPhrase } from './holds.js';
import { FILLER, GENERIC_HEADS, HOW_WELL, PRACTICE_HEADS, OPENING_SOUNDS, QUALIFIERS, STOPWORDS } from './stopwords.js';
import { unrecordedAsked } from './unrecorded.js';
import { withoutYears } from './year.js';

/** Cues of fluency: said of a technology, they ask how well it is known. */
/** Cues of the languages section that say nothing is spoken: "fluent in python", "the rust language" are technologies known. */
const NOT_SPOKEN = new Set(['fluent', 'fluently', 'fluency', 'language', 'languages']);

/** A question asking who someone is or was ("who is", "who's", "who were"). */
const WHO_IS = "^who(?:'s|s| is| was| are| were) ";
/** "Who is her manager?", "who were his mentors?": a person (or people) they stand in a relation to, by its name. */
const RELATION_ASKED = new RegExp(`${WHO_IS}(?:his|her|their) `);
/** The same asked by a name's possessive ("who is lena's manager?"): the name, when it is the owner's. */
const POSSESSIVE_RELATION_ASKED = new RegExp(`${WHO_IS}([^']+)'s [a-z]`);

/** "Who is lena's manager?": a relation asked of the owner by their name, written as a possessive. */
function ownerRelationAsked(text: string, index: RoutingIndex): boolean {
  const named = POSSESSIVE_RELATION_ASKED.exec(fold(text).trim())?.[1];
  return named !== undefined && words(named).every((w) => index.nameWords.has(w));
}

export interface Route {
  command: string;
  query: CommandQuery;
}

/** The question's words minus cue words (all of them, or only those of `cues`), stop words and the person's own name. */
function residualQuery(words: readonly string[], index: RoutingIndex, ...cues: PhraseSet[]): string {
  let left = words;
  for (const set of cues.length ? cues : [index.routes.allCues]) left = set.strip(left);
  return left.filter((w) => w && !STOPWORDS.has(w) && !index.nameWords.has(w) && !FILLER.has(w)).join(' ');
}

/** What the question looks for, without the person's own name: the reading's words left, minus their name's. */
function ownResidual(reading: QuestionReading, index: RoutingIndex): string {
  const left = reading.lookedFor();
  return left.some((w) => index.nameWords.has(w)) ? left.filter((w) => !index.nameWords.has(w)).join(' ') : reading.lookedForText();
}

/**
 * True when a command's query only restates what the command is about ("/education degree",
 * "/skills skills", "/experience jobs"): the caller then answers as if no query was given,
 * instead of "nothing matches degree". Only used after the query found nothing.
 */
export function isGenericQuery(index: RoutingIndex, command: string, query: string): boolean {
  const intent = index.routes.byCommand.get(command);
  if (!intent?.cues.size) return false;
  const said = normalize(query).split(' ');
  // A topic of the command asks for that one thing ("her phone number"), even one that is also a cue.
  if (intent.topics.find(said).length) return false;
  return intent.own.strip(said).every((w) => !w || STOPWORDS.has(w) || FILLER.has(w) || QUALIFIERS.has(w));
}

/**
 * A multi-word name that contains a cue word ("developer experience", "data engineering"):
 * looked for before cue words are stripped, so the cue doesn't eat the name.
 */
function nameContainingCue(reading: QuestionReading, index: RoutingIndex): Span | null {
  const all = reading.words;
  // The words cue phrases take in this question ("code" is not one in "code club", only in "code in").
  const found = reading.cues();
  if (!found.length) return null;
  const cueWords = new Set(found.flatMap(({ start, end }) => all.slice(start, end)));
  const words = all.filter((w) => w && !STOPWORDS.has(w) && !index.nameWords.has(w));
  if (words.length < 2 || !words.some((w) => cueWords.has(w))) return null;
  // Only a run with a cue word that names a name proper that strongly can be the span: without one, none is searched.
  if (!mayNameStrongly(words.join(' '), index, cueWords, 2)) return null;
  const span = bestSpan(words.join(' '), index, null, 2);
  if (span?.tier !== 'identity' || span.score < STRONG_SCORE) return null;
  return span.query.split(' ').some((w) => cueWords.has(w)) ? span : null;
}

/** A word that is no word of the résumé, nor a stop word or a word a command is asked by ("hobbies"): part of a name nobody knows. */
function unknownName(word: string, index: RoutingIndex): boolean {
  return (
    !STOPWORDS.has(word) &&
    !FILLER.has(word) &&
    !index.nameWords.has(word) &&
    !knownWord(word, index) &&
    index.routes.allCues.strip([word]).length > 0
  );
}

/** A word of the résumé, or one the alias table holds ("bikes": cycling): a thing people ask about, never a name. */
const knownWord = (word: string, index: RoutingIndex): boolean =>
  index.knows(word) || Boolean(index.aliases?.same.has(word) || index.aliases?.related.has(word));

/** Whether the words name a place: a country, a region, or one the person's own location or a role's says ("Bogotá, Colombia"). */
function namesTheirPlace(words: string, index: RoutingIndex): boolean {
  const place = words.split(' ');
  return namesPlace(place, [index.resume.basics.location]) || index.resume.work.some((role) => placePart(role.location, place));
}

/** The sections of the intents that take an employer. */
const employerSections = (intents: readonly Intent[]): ResumeSection[] =>
  intents.flatMap((i) => (i.spec.section && i.spec.accepts.includes('employer') ? [i.spec.section] : []));

/** Cues of what something is made with ("what is batchctl written in?"). */
const MADE_WITH = new Set(['written in', 'implemented in']);

const NOT_A_NAME = new Set([
  'him',
  'them',
  'he',
  'she',
  'they',
  'it',
  'i',
  'you',
  'we',
  'his',
  'her',
  'their',
  'this',
  'that',
  'there',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'one',
  'anywhere',
  'somewhere',
  // How sure the asker is ("side project maybe").
  'maybe',
  'perhaps',
  // How much ("this role is pretty customer-facing").
  'pretty',
  'quite',
  'fairly',
  'rather',
  'somewhat',
  'kinda',
  // Things left unnamed ("has she published stuff?").
  'stuff',
]);

/**
 * True when the question is about someone other than the owner: a person the résumé names
 * (a referee) or a name it does not know, as the subject or the owner of what is asked
 * ("does Priya speak Spanish?", "what are Richard's hobbies?" of Lena's résumé).
 */
function aboutSomeoneElse(reading: QuestionReading, index: RoutingIndex, title: string | undefined): string | undefined {
  const someone = (w: string) =>
    // "Can u tell me…": chat's shorthand for an ordinary word is that word.
    !NOT_A_NAME.has(spelledOutWord(w)) &&
    !OPENING_SOUNDS.has(w) &&
    // "does speak igbo?" (a directory took the name out), "her bachelor's": a word a command is asked by is no one's name.
    index.routes.allCues.strip([w]).length > 0 &&
    !index.routes.owners.has(w) &&
    !STOPWORDS.has(w) &&
    !FILLER.has(w) &&
    !index.nameWords.has(w) &&
    (index.people.words.has(w) || !knownWord(w, index));
  // Whoever the subject patterns find is one of the question's runs of letters: when none of them could be someone,
  // the question is about the owner, and the patterns are not read.
  if (!reading.letterRuns().some(someone)) return undefined;
  const said = reading.subjects();
  const candidates = [...said.named];
  // "Tell me about machine learning" names a practice, not a person.
  for (const [first, last] of said.fullNames)
    if (unknownName(first, index) && unknownName(last, index) && !technologyOf(`${first} ${last}`)) candidates.push(first);
  for (const w of candidates) if (someone(w)) return w;
  // After "of", a referee or a word nothing in the résumé comes close to ("projects of the netflx" is a typo of an
  // employer), looked up last: it costs a search.
  // A title's own words are no one's name: "vp of engineering".
  const titled = new Set(title?.split(' '));
  const closeTo = (w: string) => !index.people.words.has(w) && Boolean(bestSpan(w, index, null));
  for (const w of reading.subjectsAfter()) if (!titled.has(w) && someone(w) && !closeTo(w)) return w;
  return undefined;
}

/** A word of a name matched only as the beginning of a longer one ("net" of Netflix): a name being typed, or another name's part. */
const completes = (asked: string, named: string): boolean => named.length >= asked.length + 3 && named.startsWith(asked);

/**
 * The longest run of the employer's words that names an organisation in `sections`, tried in
 * order ("netflix" of "netflix los gatos"; "austin free net" before "free" of Freelance); null
 * when none does.
 */
function employerName(
  words: string,
  index: RoutingIndex,
  sections: readonly ResumeSection[],
): { section: ResumeSection; query: string } | null {
  const tokens = spanWords(words, index).filter((w) => !index.nameWords.has(w));
  for (let size = Math.min(tokens.length, MAX_SPAN_SIZE); size >= 1; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      const part = tokens.slice(start, start + size);
      const query = part.join(' ');
      // Part of the name asked about must be a whole name: "austin" of "austin community college" is not Austin Free-Net.
      // Nor the beginning of one: "code" of "lagos code night" is not CoderDojo, "net" of "free net" not Netflix.
      const section = sections.find((s) =>
        index
          .searchNames(s, query)
          .some((h) => size === tokens.length || (h.whole && !h.term?.some((w, k) => completes(part[k] ?? '', w)))),
      );
      if (section) return { section, query };
    }
  }
  return null;
}

/** The question with the owner's name as "he" ("was martin a cto?" asks as "was he a cto?" does). */
function ownerAsHe(words: readonly string[], index: RoutingIndex, names: ReadonlySet<string> = index.nameWords): string {
  return words
    .filter((w, i) => !names.has(w) || !names.has(words[i - 1] ?? ''))
    .map((w) => (names.has(w) ? 'he' : w))
    .join(' ');
}

/** The intent's strong cue in the question that is a noun phrase ("programming languages"), not a verb and its preposition. */
function namedKind(words: readonly string[], primary: Intent): string {
  const found = strongCuesIn(words, primary).find((f) => !OBJECT_PREPOSITIONS.has(f.phrase.split(' ').at(-1)!));
  return found?.phrase ?? '';
}

/** The intent's strong cues the question's words hold. */
function strongCuesIn(words: readonly string[], intent: Intent): Found[] {
  return intent.own.find(words).filter((f) => intent.strong.has(f.phrase));
}

/** Whether an entry of the section is named exactly so, whole, as written ("go" of a skill Go). */
const namesExactly = (index: RoutingIndex, section: ResumeSection, word: string): boolean =>
  index.search(section, word).some((h) => h.tier === 'identity' && h.whole && h.score === 1);

/** The intent of things a person knows (the skills): what a technology is asked of when no entry names it. */
const practicesOf = (table: RouteTable): Intent | undefined => table.intents.find((i) => i.spec.practices);

/** What may stand between a verb and what it is asked about: "fluent in go", "experience with go". */
const OBJECT_PREPOSITIONS = new Set(['in', 'with', 'at', 'on', 'of']);

/**
 * A filler word that is, as it stands, the name of an entry in the section asked about ("does she
 * know go?" of a résumé listing Go): taken as the query when nothing else is left.
 */
function fillerNaming(words: readonly string[], primary: Intent, index: RoutingIndex): string {
  const section = primary.spec.section;
  if (!section) return '';
  const named = words.filter((w) => FILLER.has(w) && namesExactly(index, section, w));
  if (named.length === 1) return named[0]!;
  // The object of the command's own verb ends the question ("does he know go?", "is she fluent in go?"): asked for,
  // even when the résumé lacks it.
  const last = words.length - 1;
  const object = words[last];
  const verbEnd = OBJECT_PREPOSITIONS.has(words[last - 1] ?? '') ? last - 1 : last;
  // The cue may hold the preposition itself ("program in go").
  const cueEnds = (f: { end: number }) => f.end === verbEnd || f.end === last;
  return object && FILLER.has(object) && !NOT_A_NAME.has(object) && primary.own.find(words).some(cueEnds) ? object : '';
}

/** Where a word stands for a thing: after a preposition, a possessive or a verb of knowing, or before a word for expertise. */
const NOUN_BEFORE = new Set([
  ...OBJECT_PREPOSITIONS,
  'her',
  'his',
  'their',
  'know',
  'knows',
  'knew',
  'use',
  'uses',
  'used',
  'using',
  'learn',
  'learned',
  'learnt',
]);
const NOUN_AFTER = new Set([
  'experience',
  'level',
  'skill',
  'skills',
  'developer',
  'programming',
  'code',
  'coding',
  'proficiency',
  'expertise',
  'knowledge',
]);

/**
 * A filler word that is also a technology's name ("go"), standing where a thing does ("her level in go", "how well
 * does she know go", "go experience"): never the verb ("where did she go after college?").
 */
function technologyWord(words: readonly string[]): string {
  // The taxonomy is read last: its first reading costs tens of milliseconds, which most questions never need.
  const at = words.findIndex(
    (w, i) =>
      FILLER.has(w) &&
      !NOUN_BEFORE.has(w) &&
      !NOT_A_NAME.has(w) &&
      (NOUN_BEFORE.has(words[i - 1] ?? '') || NOUN_AFTER.has(words[i + 1] ?? '')) &&
      isOrdinaryWordName(w),
  );
  return at < 0 ? '' : words[at]!;
}

/**
 * The technology asked of the section with an entry named exactly so (the one asked about first), else of the
 * section of practices, which says the résumé lists no such thing.
 */
function technologyAsked(word: string, primary: Intent | null, table: RouteTable, index: RoutingIndex): Route | null {
  const names = (intent: Intent) => intent.spec.section !== null && namesExactly(index, intent.spec.section, word);
  const intent = (primary && names(primary) ? primary : table.intents.find(names)) ?? practicesOf(table);
  return intent ? { command: intent.spec.command, query: { text: word, literal: true } } : null;
}

/** The cue words of an absent section the question says, when an entry of the present one says them too; else null. */
function saysCues(absent: Intent, present: Intent, reading: QuestionReading, index: RoutingIndex): string | null {
  const said = reading.ownCuesOf(absent).map((f) => f.phrase);
  if (!said.length) return null;
  const asked = said.join(' ');
  const span = bestSpan(asked, index, present.spec.section);
  // Said as they are, in a name or a label: not another form of them ("speak at" is no native speaker).
  return span && span.tier !== 'content' && span.query === asked && span.score >= TIER_WEIGHT[span.tier] ? asked : null;
}

/** "one of his skills", "among her listed awards", "in his projects": the list the question asks about, by its noun. */
const MEMBERSHIP = /\b(?:one of|among|in|on) (?:his|her|their)(?: listed)? (\w+)|\blisted (?:as (?:a |an )?)?(\w+)/;

const MEMBERSHIP_NEEDS = ['his ', 'her ', 'their ', 'listed'];

/** The command whose list a question asks membership of ("is kafka one of his skills?"), if any. */
function membershipAskedAbout(text: string, intents: readonly Intent[]): Intent | undefined {
  const m = holdsAny(text, MEMBERSHIP_NEEDS) ? MEMBERSHIP.exec(text) : null;
  const noun = m?.[1] ?? m?.[2];
  if (!noun) return undefined;
  return intents.find((i) => i.spec.section !== null && i.cues.has(noun));
}

/** A word in -ed before a title says what the person is ("certified", "published"), not what kind of title it is. */
const PARTICIPLE = /^\w{3,}ed$/;

/** The words of a title beside an entry's name only say that entry's section, or a doer of it ("speaker": speak). */
function restatesSection(asked: string, span: Span, table: RouteTable): boolean {
  const intent = table.byCommand.get(table.commandOf.get(span.section)!);
  const named = new Set(span.query.split(' '));
  const rest = asked.split(' ').filter((w) => !named.has(w));
  // The rest may be one cue phrase around the name ("native spanish speaker": native speaker).
  return (
    intent !== undefined &&
    rest.length > 0 &&
    (rest.every((w) => intent.cues.has(w) || intent.cues.has(stemKey(w) ?? '')) || intent.cues.has(rest.join(' ')))
  );
}

/**
 * The words asked, each with another command's name (or its singular) that stands right before it in the question: a
 * noun qualifying it ("project management", "language models"), not a cue. Work's own nouns ("experience managing")
 * say no more than the question's kind.
 */
function qualifiedByNoun(said: readonly string[], residual: string, table: RouteTable, primary: Intent | undefined): string {
  const isNoun = (w: string) =>
    table.all.some(
      (i) =>
        i !== primary &&
        i.spec.role !== 'timeline' &&
        i.spec.section !== null &&
        (i.spec.command === w || (stemKey(w) !== null && stemKey(w) === stemKey(i.spec.command))),
    );
  const left = residual.split(' ').filter(Boolean);
  const kept: string[] = [];
  // The words asked, in the question's order, each once; a noun only right before the next of them.
  let next = 0;
  for (let at = 0; at < said.length && next < left.length; at++) {
    const w = said[at]!;
    if (w === left[next]) {
      kept.push(w);
      next++;
    } else if (said[at + 1] === left[next] && isNoun(w)) kept.push(w);
  }
  return next === left.length ? kept.join(' ') : residual;
}

/** "Does she do …?", "is he doing …?" (not "anything …"): whether she does what follows. */
const DOING = /^(?:(?:does|do|did) (?:he|she|they) do|(?:is|are|was|were) (?:he|she|they) doing)\b(?! (?:anything|something)\b)/;

/**
 * "Between Expedia and Snowflake" is what came right after the first. Never a clause of the asker's ("before we put him
 * in front of the hiring manager"), which says no time of the résumé's.
 */
const RELATIVE = /\b(before|prior to|after|since|following|between)\b (?!(?:i|we|you)\b)(.+)$/;

/** The position modifier for a title asked about, with the organisation and place the question says it was held at. */
function positionModifier(position: PositionAsked): Modifier {
  return {
    kind: 'position',
    name: position.name,
    ...(position.at ? { at: position.at } : {}),
    ...(position.in ? { in: position.in } : {}),
  };
}

/** True when the span is one whole part of a name that joins several ("Operations & Leadership"). */
function namesConjunct(span: Span, index: RoutingIndex): boolean {
  return index
    .search(span.section, span.query)
    .some((h) => h.tier === 'identity' && h.doc.identity.some((name) => conjuncts(name).some((part) => normalize(part) === span.query)));
}

/** True when an entry of the section is titled so ("tutor" of "Digital Literacy Tutor"). */
function holdsTitle(index: RoutingIndex, section: ResumeSection, title: string): boolean {
  return index.search(section, title).some((h) => h.tier === 'facet' && endsTitle(h.term, title));
}

/**
 * Routes a question, and keeps a year it states beside what it asks as a constraint on the answer: "was he at
 * netflix in 2022?" is the Netflix role only if it was held then.
 */
export function routeFreeText(text: string, index: RoutingIndex): Route {
  // A question in Portuguese is read in the router's English words; who it is about is looked for in them too.
  const { folded, glossed } = questionInEnglish(text, index);
  // "Who has worked in the last 2 years?": the time is kept beside what is asked, read without it.
  const recent = recentAndRest(glossed);
  const normalized = recent ? recent.rest : glossed;
  // Its reading is the same for everyone with this route table: a directory reads it once for all of them.
  const reading = readingOf(normalized !== folded ? normalized : text, normalized, index.routes);
  const route = routeGlossed(reading, index);
  if (route.query.someoneElse || route.query.unrecorded) return route;
  const pick = route.query.text && !route.query.modifier ? reading.picked() : undefined;
  const stated = recent?.time ?? reading.stated();
  // "What did he do in the last 5 years?": a time that names no section asks the timeline, as a year does. A section
  // the résumé lacks is named all the same ("did he get a certification in the last 2 years?": it lists none).
  const timeline = index.routes.roles.timeline;
  const routed = index.routes.byCommand.get(route.command) ?? index.routes.absent.find((i) => i.spec.command === route.command);
  if (recent && timeline && !routed?.spec.section) return { command: timeline.spec.command, query: { text: '', during: recent.time } };
  if (pick) return { ...route, query: { ...route.query, pick, ...(stated ? { during: stated } : {}) } };
  // "What did he do before 2015?": the section's entries that stand to the year as said, not those of that year.
  if (route.query.modifier?.kind === 'year') {
    if (
      !stated ||
      stated.relation === 'now' ||
      stated.relation === 'within' ||
      stated.relation === 'in' ||
      !statesYear(stated, route.query.modifier.year)
    )
      return route;
    // "Who started their current job after 2020?": the entry under way now, and when it began ("left their job" is
    // no current one).
    const current = stated.relation === 'began' && CURRENT_SAID.test(reading.normalized) && acceptsCurrent(route, index);
    return { ...route, query: { text: '', ...(current ? { modifier: { kind: 'current' } } : {}), during: stated } };
  }
  // "Still" is no constraint on what its command reads as current.
  const during = stated?.relation === 'now' && route.query.modifier?.kind === 'current' ? undefined : stated;
  return during ? { ...route, query: { ...route.query, during } } : route;
}

/** The entry under way now, said as such ("their current job", "where she is now"). */
const CURRENT_SAID = /\b(?:current|currently|present|now|still)\b/;

const acceptsCurrent = (route: Route, index: RoutingIndex): boolean =>
  index.routes.byCommand.get(route.command)?.spec.accepts.includes('current') ?? false;

/** A year the stated time was said with: its own, or either end of a time from one year to another. */
const statesYear = (stated: { year: number; until?: number }, year: number): boolean => stated.year === year || stated.until === year;

/**
 * Whether a span names its entry (a skill called "Python"), not only mentions it; asked about work in general, a
 * post's title or an activity's keyword says it too (a volunteer "Tutor de lectura" of "tutoring", "bread baking").
 */
function saysEntry(span: Span, work: boolean): boolean {
  return isNaming(span) || (work && span.tier === 'facet');
}

/**
 * Whether the words name an entry somewhere (saysEntry), or are all of them part of an entry's name there, not its text
 * ("o'reilly" of the publisher O'Reilly Radar). `span`: their best span anywhere, when already read.
 */
function namedElsewhere(
  residual: string,
  index: RoutingIndex,
  work: boolean,
  span = residual ? bestSpan(residual, index, null) : null,
): boolean {
  return span !== null && (saysEntry(span, work) || (span.query === residual && span.tier === 'facet'));
}

/** Whether a role's text says every word of the residual (a name's word found elsewhere is no such text). */
function saidInRoles(residual: string, index: RoutingIndex, work: ResumeSection): boolean {
  const span = bestSpan(residual, index, work);
  return span !== null && span.query === residual && span.tier === 'content';
}

/** A kind of thing made at an organisation (projects), not one someone practises (skills). */
const isMadeKind = (intent: Intent | undefined): intent is Intent =>
  intent !== undefined && !intent.spec.practices && intent.spec.accepts.includes('within');

/**
 * Whether the words name a thing made (a project) whole, by its own name; or by part of it, when the question says
 * what kind of thing it is (`kindSaid`: "her raft project on github" is raft-lab).
 */
function namesMadeThing(residual: string, index: RoutingIndex, table: RouteTable, kindSaid = false): boolean {
  const span = residual ? bestSpan(residual, index, null) : null;
  if (span?.tier !== 'identity' || !(span.whole || kindSaid)) return false;
  return isMadeKind(table.byCommand.get(table.commandOf.get(span.section) ?? ''));
}

/**
 * Where a kind of thing made (not what someone practises), asked by a verb and naming none of its entries, was made
 * instead: a role whose text says every word asked, else an entry of another section of the person's own that says
 * them all ("Dissertation: …" of a doctorate). Null when nothing does.
 */
function madeElsewhere(
  kind: Intent,
  residual: string,
  reading: QuestionReading,
  index: RoutingIndex,
  timeline: Intent | undefined,
): ResumeSection | null {
  const { section } = kind.spec;
  if (!section || kind === timeline || kind.spec.strict || !isMadeKind(kind)) return null;
  const byName = reading.ownCuesOf(kind).some((f) => f.phrase.split(' ').some((w) => kind.spec.command.startsWith(w)));
  if (byName || bestSpan(residual, index, section)) return null;
  const work = timeline?.spec.section;
  if (work && saidInRoles(residual, index, work)) return work;
  const span = bestSpan(residual, index, null);
  return span && span.query === residual && span.section !== section && !index.people.sections.has(span.section) ? span.section : null;
}

function routeGlossed(reading: QuestionReading, index: RoutingIndex): Route {
  const { text, normalized, words, table } = reading;
  const { help, person, fallback, timeline } = table.roles;
  const to = (intent: Intent | undefined, query: CommandQuery): Route => ({
    command: (intent ?? fallback ?? table.intents[0]!).spec.command,
    query,
  });
  const accepts = (intent: Intent | null | undefined, kind: ModifierKind): intent is Intent => Boolean(intent?.spec.accepts.includes(kind));

  if (!normalized || normalized === 'help') return to(help, EMPTY_QUERY);
  // "What was her salary at Lingo Labs?": no entry says it, not even the Lingo Labs role.
  const unrecorded = unrecordedAsked(words, (w) => index.knows(w));
  if (unrecorded) return to(fallback, { text: '', unrecorded });

  const yearAsked = reading.year();
  const { live: intents, all } = reading.intents();
  const has = (role: RouteRole) => intents.some((i) => i.spec.role === role);
  const residual = ownResidual(reading, index);
  // Its best span anywhere, read once: the checks below that need it ask it of the same words.
  let residualSpan: Span | null | undefined;
  const spanAnywhere = () =>
    residualSpan === undefined ? (residualSpan = residual ? bestSpan(residual, index, null) : null) : residualSpan;

  if (has('help') && !residual) return to(help, EMPTY_QUERY);
  // The intent's own section first; time questions that name none go to the timeline.
  const primary = intents.find((i) => i.spec.section !== null) ?? null;
  // "Which of his projects are written in go?": what is made with a technology, asked by its kind, is that kind's
  // entries made with it (never his skill Go, which "written in" alone would ask).
  const primaryCues = primary ? reading.ownCuesOf(primary) : [];
  const madeWith = primaryCues.length && primaryCues.every((f) => MADE_WITH.has(f.phrase)) ? residual || technologyWord(words) : '';
  const made = madeWith ? intents.find((i) => i !== primary && i.spec.section !== null && isMadeKind(i)) : undefined;
  if (made) return to(made, { text: madeWith });
  // "Is she fluent in python?", "does he know the R language?": fluency in a technology, or a technology called a
  // language, never a spoken one, is knowing it (speaking one is not).
  const fluentIn =
    primary?.alone.size && residual && !primary.alone.has(residual) && reading.ownCuesOf(primary).every((f) => NOT_SPOKEN.has(f.phrase));
  const practices = fluentIn && technologyOf(residual) ? practicesOf(table) : undefined;
  if (practices) return to(practices, { text: residual });
  // "Who can I contact as a reference?" asks about references, not for contact details.
  const decisive = intents.find((i) => i.spec.decisive);
  // "Does Priya speak Spanish?", "what's Priya's phone number?", "what did Sarah do at Netflix?": not about the
  // owner, so nothing of theirs answers (not even the role at the employer named).
  // What a referee did at an employer ("did Erlich do anything at Pied Piper?") is still not the owner's role.
  // A title held there is asked with it ("was she a research intern at outreach?"): the title must hold too.
  // As read for everyone, unless the owner's name is in it ("was martin a cto?" asks as "was he a cto?").
  const titleAsked = accepts(timeline, 'position')
    ? words.some((w) => index.nameWords.has(w))
      ? positionAskedAbout(ownerAsHe(words, index))
      : reading.titleAsked()
    : null;
  const other = aboutSomeoneElse(reading, index, titleAsked?.name);
  const askedFor = primary ?? decisive ?? null;
  const askedEmployer = accepts(timeline, 'employer') ? reading.employerAsked() : null;
  // Who a referee is ("who is Marcus Feng?") asks nothing of the owner: no entry answers, not even the reference.
  const referee = askedFor ? undefined : whoTheyAre(reading.refereeAsked(), index);
  if (referee) return to(person ?? fallback, { text: '', someoneElse: referee });
  // Nor what a referee was ("is Erlich Bachman a programmer?"): a title, asked of someone else.
  const theirTitle =
    other && !titleAsked && index.people.names.has(other) && accepts(timeline, 'position')
      ? positionAskedAbout(ownerAsHe(words, index, index.people.names))
      : null;
  if (theirTitle) return to(timeline, { text: '', someoneElse: other });
  if (other) {
    // A referee beside an entry of the owner's elsewhere: what that person did there, asked of that section.
    const rest = residual.split(' ').filter((w) => !index.people.words.has(w));
    const named =
      !askedFor && !askedEmployer && index.people.words.has(other) && rest.length ? bestSpan(rest.join(' '), index, null) : null;
    const there = named && isNaming(named) && !index.people.sections.has(named.section) ? named.section : null;
    const theirs = askedFor
      ? !askedFor.spec.section || !index.people.sections.has(askedFor.spec.section)
      : !index.people.words.has(other) || Boolean(askedEmployer) || there !== null;
    const about = askedFor ?? (askedEmployer ? timeline : there ? table.byCommand.get(table.commandOf.get(there)!) : undefined);
    if (theirs) return to(about ?? person ?? fallback, { text: residual, someoneElse: other });
  }
  // "Did he train baristas?": the entry whose text says it was done ("Trained six baristas"), not a name with one of the
  // words (the skill Team training).
  // What it was done to asks for itself when it is a section's own word ("did he win any awards?") or a name.
  const done = doneToAsked(
    words,
    index,
    // Sections whose command shows one entry of its own.
    index.sections.flatMap(({ section }) => (accepts(table.byCommand.get(table.commandOf.get(section) ?? ''), 'entry') ? [section] : [])),
    (object) => {
      if (table.intents.some((i) => i.own.find(object.split(' ')).length)) return true;
      const span = bestSpan(object, index, null);
      return span?.whole === true && isNaming(span);
    },
  );
  if (done)
    return {
      command: table.commandOf.get(done.section)!,
      query: { text: '', modifier: { kind: 'entry', entry: entryId(done.section, done.index), name: done.title } },
    };

  // "Does she live in Lisbon?", "is he based in Austin?": the person's own location answers, never a role or school there.
  const residence = accepts(person, 'place') ? reading.residence() : null;
  // Asked where someone lives (not is, or is based), only their own location says.
  const living = () => (livingAsked(normalized) ? { living: true } : {});
  if (residence) return to(person, { text: '', modifier: { kind: 'place', name: residence.join(' '), ...living() } });
  // "Does she live outside the US?": her own location, elsewhere or not.
  const outside = accepts(person, 'place') ? residenceOutsideAsked(normalized) : null;
  if (outside) return to(person, { text: '', modifier: { kind: 'place', name: outside.join(' '), outside: true, ...living() } });
  // "Is he in Austin?" asks where he lives when the words name a place his location says, and "is he in Texas?" when
  // they name a country or a region, whether or not the résumé says where he lives (never a word of it found
  // elsewhere: "new" of "new york"). "Is he in sales?" does not; nor does a city a résumé with no location never
  // says: the rest of it is asked.
  const presence = accepts(person, 'place') ? reading.presence() : null;
  if (presence && namesPlace(presence, [index.resume.basics.location]))
    return to(person, { text: '', modifier: { kind: 'place', name: presence.join(' ') } });
  // "Did he work at X?": a role whose company is X answers, never a word in a role's text (nor
  // "github" taken as a contact question).
  // A cue inside the organisation's name asks nothing of its own: "did she work at the university of washington?".
  const cuesWithin = (intent: Intent, name: string | null) => {
    const inName = new Set(name?.split(' ') ?? []);
    return reading.ownCuesOf(intent).every((f) => f.phrase.split(' ').every((w) => inName.has(w)));
  };
  const cueInName = (intent: Intent) => cuesWithin(intent, askedEmployer);
  // "Which projects did he do at Expedia?": the kind named after the question word is what is asked, made there,
  // though a verb of working says "at" (Portuguese "fez" is both "did" and "made").
  const kindNamed = reading.kindNamed();
  const madeKind = kindNamed
    ? all.find((i) => i !== timeline && accepts(i, 'within') && i.spec.section !== null && i.cues.has(kindNamed))
    : undefined;
  const madeAt = madeKind && askedEmployer ? reading.organisationAsked() : null;
  if (madeKind && madeAt) return to(madeKind, { text: '', modifier: { kind: 'within', name: madeAt } });
  // "Where did he stay the longest?": asked of the entry held longest (or shortest) below; "which company did he
  // work at the longest?" names no employer.
  const order = tenureAsked(residual);
  // "Did he volunteer at X?" asks another kind of work at X (below), even of a résumé without it.
  const workAsked = all.find((i) => i.spec.section !== null);
  const otherWork = workAsked && workAsked !== timeline && accepts(workAsked, 'employer') && !cueInName(workAsked) ? workAsked : null;
  // An organisation asked on its own: not where a title asked was held, nor an order of tenure.
  const atOrganisation = !titleAsked?.at && !order ? askedEmployer : null;
  const employer = (!primary || primary === timeline || cueInName(primary)) && !otherWork ? atOrganisation : null;
  // "Has he worked at a nonprofit?" of a résumé with no work: no job of theirs was there, whatever else the kind of
  // organisation would ask for (volunteering); one of their entries named so is still found by its name.
  const absentWork = timeline ? undefined : table.absent.find((i) => i.spec.role === 'timeline');
  const employedAt = absentWork && accepts(absentWork, 'employer') && !order ? reading.employerAsked() : null;
  // Only work is asked: any other section a cue asks for is asked by a word of the organisation named.
  const onlyWork = (at: string) => all.every((i) => i.spec.section === null || i === absentWork || cuesWithin(i, at));
  if (absentWork && employedAt && onlyWork(employedAt)) {
    const organisation = employerName(employedAt, index, employerSections(table.intents));
    if (organisation) return { command: table.commandOf.get(organisation.section)!, query: { text: organisation.query } };
    return to(absentWork, { text: '', modifier: { kind: 'employer', name: employedAt } });
  }
  if (employer && timeline?.spec.section) {
    // An organisation a role (or, failing that, another kind of work: volunteering) is at is asked for by
    // name, as "/experience netflix" would (names outrank any text there); one none is at gets "no role at X",
    // never a role whose text mentions X.
    const organisation = employerName(employer, index, [
      timeline.spec.section,
      ...employerSections(table.intents.filter((i) => i !== timeline)),
    ]);
    if (organisation) return { command: table.commandOf.get(organisation.section)!, query: { text: organisation.query } };
    // Portuguese "na"/"no" is "at" and "in" alike: "trabalhou na califórnia" asks where, when no one is named so.
    if (accepts(timeline, 'place') && isPlaceName(employer)) return to(timeline, { text: '', modifier: { kind: 'place', name: employer } });
    return to(timeline, { text: '', modifier: { kind: 'employer', name: employer } });
  }
  // "Did he volunteer at Code Club Bogotá?": another kind of work asked at an organisation is asked by its name too;
  // one it was never at gets "no volunteer role at X", never an entry named by one of its words.
  const otherAt = otherWork && otherWork === primary ? atOrganisation : null;
  if (otherWork?.spec.section && otherAt) {
    const organisation = employerName(otherAt, index, [otherWork.spec.section]);
    if (organisation) return to(otherWork, { text: organisation.query });
    return to(otherWork, { text: '', modifier: { kind: 'employer', name: otherAt } });
  }
  // "What did he build at Netflix?": what was made there, by its organisation or its dates, never an entry that
  // only bears the name (Netflix User Performance Score); at an organisation he was never at, nothing.
  // "Good at" asks how well, not where.
  const doneAt = reading.atInCue() ? null : reading.organisationAsked();
  // A cue inside the organisation's name asks nothing of its own: "what did she build at the university of washington?".
  const maker = doneAt ? intents.find((i) => i !== timeline && accepts(i, 'within') && !cuesWithin(i, doneAt)) : undefined;
  if (doneAt && maker && (!primary || primary === maker || cuesWithin(primary, doneAt))) {
    // "The continuous profiling thing he built at netflix": words that name one of its entries choose among them.
    const there = new Set(doneAt.split(' '));
    const rest = residual
      .split(' ')
      .filter((w) => w && !there.has(w))
      .join(' ');
    const named = rest && maker.spec.section ? bestSpan(rest, index, maker.spec.section) : null;
    return to(maker, { text: named && isNaming(named) ? named.query : '', modifier: { kind: 'within', name: doneAt } });
  }
  // "Did she work in Austin?": where a role was, never a school or a company named after the place (UT Austin,
  // Bank of Montreal); only a whole name elsewhere ("worked in distributed systems") is followed there.
  const place = accepts(timeline, 'place') && (!primary || primary === timeline) ? reading.place() : null;
  if (place?.outside && timeline?.spec.section)
    return to(timeline, { text: '', modifier: { kind: 'place', name: place.name, outside: true } });
  // "Did he work in the restaurant industry?": a line of work is what the roles say, never a place nor another section's entry.
  if (place?.field && timeline?.spec.section) return to(timeline, { text: place.name });
  if (place && timeline?.spec.section) {
    const elsewhere = bestSpan(place.name, index, null);
    // As written: "portugal" is no misspelt Portuguese.
    const named =
      elsewhere && elsewhere.section !== timeline.spec.section && elsewhere.tier === 'identity' && elsewhere.whole && elsewhere.score === 1;
    if (!named) return to(timeline, { text: '', modifier: { kind: 'place', name: place.name } });
  }
  // "Was he a CEO?": a role held as it, by its title; unless the words name an entry elsewhere ("is she a climber?").
  // A section the résumé lacks counts as asked too: "was she a volunteer?" of a résumé without volunteering is no role.
  // A cue that only qualifies the title asked about asks for no section of its own: "was he a project manager?" is a role.
  // Unless it says something of the person: "is she a certified kubernetes administrator?" asks for a certificate.
  const qualifiesTitle = (i: Intent) => {
    const title = titleAsked?.name.split(' ') ?? [];
    const ofThePerson = PARTICIPLE.test(title[0] ?? '') && i.cues.has(title[0]!);
    return title.length > 1 && !ofThePerson && cuesWithin(i, titleAsked!.name) && !i.own.find([title.at(-1)!]).length;
  };
  const sectionAsked = all.find((i) => i.spec.section !== null && !qualifiesTitle(i));
  const position = titleAsked && (!sectionAsked || sectionAsked === timeline) ? titleAsked : null;
  if (position && timeline?.spec.section) {
    // Other kinds of work hold titles too: "was he a tutor?" of a volunteer's "Digital Literacy Tutor".
    const otherWork = table.intents.filter((i) => i !== timeline && accepts(i, 'employer') && i.spec.section);
    // "Was she an SRE at Google?": no role at an organisation she was never at, whatever the title.
    const heldAt = position.at
      ? employerName(
          position.at,
          index,
          [timeline, ...otherWork].map((i) => i.spec.section!),
        )
      : null;
    if (position.at && !heldAt) return to(timeline, { text: '', modifier: { kind: 'employer', name: position.at } });
    // "Was he a volunteer tutor?": a title that names another kind of work is held there, without that kind's word.
    const kindOfWork = otherWork.find((i) => reading.ownCuesOf(i).length > 0 && cuesWithin(i, position.name));
    const titleThere = kindOfWork?.own.strip(position.name.split(' ')).join(' ');
    if (kindOfWork && titleThere) return to(kindOfWork, { text: '', modifier: positionModifier({ ...position, name: titleThere }) });
    // At an organisation of another kind of work, that kind answers; else the kind whose titles alone say it.
    const titledElsewhere = otherWork.find((i) =>
      heldAt ? heldAt.section === i.spec.section : holdsTitle(index, i.spec.section!, position.name),
    );
    if (heldAt && titledElsewhere) return to(titledElsewhere, { text: '', modifier: positionModifier(position) });
    // One that was, with its title: "was he an architect at netflix?" is the role with both.
    const asked = position.at ? `${position.name} ${position.at}` : position.name;
    // A role's title that says it (whole, or as well as an entry elsewhere names it) wins: "is he a data analyst?",
    // "was he a performance engineer?" (not the skill Performance Engineering).
    const here = bestSpan(asked, index, timeline.spec.section);
    const elsewhere = bestSpan(asked, index, null);
    // Elsewhere, a title ("was he a tutor?" of a volunteer's "Digital Literacy Tutor"), a whole name, or, asked in the
    // present, one of the things a person is ("is she a climber?"): a word of a longer name is no title held ("is he
    // a manager?" is no Change Management, "was she a director?" no referee's title, "was he a cook?" no Home Cooking).
    const trait = elsewhere && position.now && table.byCommand.get(table.commandOf.get(elsewhere.section)!)?.spec.traits;
    // Nor is a name that says only some of its words ("was he a software engineer?" is no skill Performance
    // Engineering, "is he a data analyst?" no skill Data Visualization), unless the rest only restates that name's
    // section ("is he a spanish speaker?": one who speaks Spanish).
    const partOfTitle = elsewhere?.query !== asked && !(elsewhere && restatesSection(asked, elsewhere, table));
    // Nor a name that says it only in another form of its words ("was he a project manager?" is no Project Management).
    const otherForm = elsewhere !== null && elsewhere.score < 1 && !position.now;
    const wordOfAName =
      elsewhere?.tier === 'identity' && (partOfTitle || otherForm || (elsewhere.query === asked && !elsewhere.whole)) && !trait;
    // Nor, once held, a label of another section that is no kind of work (a project's role "Team lead").
    const labelElsewhere = elsewhere?.tier === 'facet' && !position.now && !otherWork.some((i) => i.spec.section === elsewhere.section);
    // Nor anything of someone else's: a referee's "Engineering Director" says nothing of what the owner is.
    const theirs = elsewhere !== null && index.people.sections.has(elsewhere.section);
    const named =
      elsewhere && elsewhere.section !== timeline.spec.section && isNaming(elsewhere) && !wordOfAName && !labelElsewhere && !theirs;
    const heldHere = here && (isNaming(here) || (elsewhere && here.tier !== 'content' && here.score >= elsewhere.score));
    if (!heldHere && titledElsewhere) return to(titledElsewhere, { text: '', modifier: positionModifier(position) });
    // "Is he a programmer?" of someone whose headline says so and no role is titled so: who they say they are.
    const whatTheyAre = !heldHere && !named && position.now && !position.at && !position.in;
    if (
      whatTheyAre &&
      person &&
      holdsPhrase([normalize(index.resume.basics.label ?? '')], [position.name]) &&
      !holdsTitle(index, timeline.spec.section, position.name)
    )
      return to(person, EMPTY_QUERY);
    if (!named || heldHere) return to(timeline, { text: '', modifier: positionModifier(position) });
    // What she is, a label elsewhere says whole ("is she a team lead?" of a project's role Team lead): that entry, by it.
    if (elsewhere.tier === 'facet' && elsewhere.query === asked)
      return { command: table.commandOf.get(elsewhere.section)!, query: { text: elsewhere.query } };
  }
  // Its topics say which one it is ("her mastodon"): kept as its query. Not beside a thing made that the words name
  // whole ("how many github stars does gradient-viz have?" asks of that project), or in part with its kind ("her raft
  // project on github").
  const kindOfThing = decisive && intents.find(isMadeKind);
  const withoutTopics = kindOfThing ? decisive.topics.strip(residual.split(' ')).join(' ') : '';
  if (kindOfThing && withoutTopics && namesMadeThing(withoutTopics, index, table, true)) return to(kindOfThing, { text: withoutTopics });
  if (decisive && !all.some((i) => i.spec.strict) && !namesMadeThing(residual, index, table))
    return to(decisive, {
      text: decisive.topics
        .find(words)
        .map((f) => f.phrase)
        .join(' '),
    });
  const named = nameContainingCue(reading, index);
  const inName = new Set(named?.query.split(' '));
  // A strict command asked only by words of the name ("technical writing" is no question about what she wrote) is not.
  const askedApart = (intent: Intent) => reading.ownCuesOf(intent).some((f) => f.phrase.split(' ').some((w) => !inName.has(w)));
  if (named && !(primary?.spec.strict && named.section !== primary.spec.section && askedApart(primary))) {
    // What the command looks for stays with the name: "a masters in information technology" asks that level.
    const looksFor =
      primary?.spec.section === named.section ? residual.split(' ').filter((w) => !inName.has(w) && !primary.topics.strip([w]).length) : [];
    return { command: table.commandOf.get(named.section)!, query: { text: [named.query, ...looksFor].join(' ') } };
  }
  // "Did he go to the University of Texas?": a school's name is asked whole, never one word of it found elsewhere
  // (the Central Texas Food Bank).
  // The owner's name is no school's ("faculdade do martin" reads "college of the martin").
  const school = reading
    .schools()
    .map((name) => name.filter((w) => !index.nameWords.has(w)))
    .find((name) => name.length > 1);
  const studies = primary?.spec.section ? primary : null;
  if (school && studies && !index.search(studies.spec.section!, school.join(' ')).length) return to(studies, { text: school.join(' ') });

  // "Does he know Spanish?": a name that alone asks for a command (a spoken language) is asked there, unless a
  // strict cue asks elsewhere or the section asked about has an entry of that very name.
  const alone = residual ? table.all.find((i) => i.alone.has(residual)) : undefined;
  const ownName = (i: Intent) =>
    Boolean(i.spec.section && index.search(i.spec.section, residual).some((h) => h.tier === 'identity' && h.whole));
  if (alone && primary !== alone && !primary?.spec.strict && !(primary && ownName(primary))) return to(alone, { text: residual });
  // "What honours did he graduate with?" of a résumé without awards: a section also asked about that says the missing
  // one's own words (a degree's "First Class Honours") answers with them.
  const absentAsked = sectionAsked && table.absent.includes(sectionAsked) ? sectionAsked : null;
  // "Project management" of a résumé without projects: the missing section's noun still qualifies the word after it
  // when that word names an entry elsewhere, and the two are asked whole: where they name an entry, else nowhere (never
  // P&L management for "management"). Before a word naming nothing ("o prêmio turing"), the section is what is asked.
  const compound =
    !primary && absentAsked && residual && namedElsewhere(residual, index, false, spanAnywhere())
      ? qualifiedByNoun(words, residual, table, undefined)
      : residual;
  if (compound !== residual) {
    const span = bestSpan(compound, index, null);
    if (span?.query === compound && isNaming(span)) return { command: table.commandOf.get(span.section)!, query: { text: compound } };
    return to(fallback, { text: compound });
  }
  const sayer = absentAsked && primary?.spec.section ? saysCues(absentAsked, primary, reading, index) : null;
  if (sayer && primary) return to(primary, { text: sayer });
  // "Does he speak Portuguese?" of a résumé without languages: that command says so, whatever else the question names;
  // a loose kind ("does he write python?" without projects) yields to an entry the question names ("Python"), unless
  // the words are what the kind looks for ("masters" of a résumé without education: a skill's level is no degree).
  if (
    absentAsked &&
    (absentAsked.spec.strict ||
      absentAsked.topics.strip(residual.split(' ')).length === 0 ||
      !namedElsewhere(residual, index, absentAsked.spec.role === 'timeline', spanAnywhere()))
  ) {
    // "Has he built dashboards?" of a résumé without projects: a role whose text says every word asked ("Built a
    // Looker Studio sales dashboard") is what was built.
    if (!absentAsked.spec.strict && timeline?.spec.section && residual && saidInRoles(residual, index, timeline.spec.section))
      return to(timeline, { text: residual });
    return to(absentAsked, { text: residualQuery(residual.split(' '), index, table.absentCues) });
  }
  /** The command a time modifier goes to: the one asked about, or the timeline when none is. */
  const timed = (kind: ModifierKind) => (primary ? (accepts(primary, kind) ? primary : null) : accepts(timeline, kind) ? timeline : null);
  const momentOf = (moment: Moment) => table.intents.find((i) => i.moments[moment]?.test(words) && (!primary || primary === i));
  // "Did she start working after 2015?", "was his first job before 2010?": the first entry, the year kept as a
  // constraint on it, never the entries of that year.
  const firstDated = yearAsked ? momentOf('first') : undefined;
  if (firstDated && accepts(firstDated, 'first')) return to(firstDated, { text: '', modifier: { kind: 'first' } });
  if (yearAsked) {
    // A year settles the question at once for the timeline, unless the question names an entry elsewhere
    // ("did he teach at coderdojo in 2012"); a section of its own (education) first tries the words around it.
    const target =
      primary && primary !== timeline && accepts(primary, 'year') ? null : primary && !accepts(primary, 'year') ? timeline : timed('year');
    const besideYear = withoutYears(residual).trim();
    const elsewhere = target && !primary ? bestSpan(besideYear, index, null) : null;
    if (elsewhere && isNaming(elsewhere) && elsewhere.section !== timeline?.spec.section)
      return { command: table.commandOf.get(elsewhere.section)!, query: { text: elsewhere.query } };
    // Beside a name of the section ("did she publish at acm in 2014?", "was he with picpay before 2020?"), the name is
    // asked and the year kept as a constraint on it, never the section's entries of that year instead.
    const dated = target ?? (primary && accepts(primary, 'year') ? primary : null);
    const rest = dated?.spec.section ? besideYear : '';
    const own = rest ? bestSpan(rest, index, dated!.spec.section) : null;
    // Nothing asked but the year, of no section: whatever the résumé shows then may answer.
    const asksOnlyYear = !primary && !besideYear;
    if (own && own.tier !== 'content') return to(dated!, { text: own.query });
    if (target && accepts(target, 'year'))
      return to(target, { text: '', modifier: { kind: 'year', ...yearAsked, ...(asksOnlyYear ? { anySection: true } : {}) } });
  }
  // "Her first internship", "his earliest award": the first of any section, when nothing else is asked.
  const first = momentOf('first') ?? (firstAsked(residual, primary) ? timed('first') : null);
  if (first && accepts(first, 'first')) return to(first, { text: '', modifier: { kind: 'first' } });
  const previous = momentOf('previous');
  if (previous && accepts(previous, 'previous') && !residual.replace(/\b(previous|prior|last|before)\b/g, '').trim())
    return to(previous, { text: '', modifier: { kind: 'previous' } });

  // The entry held longest (or shortest), when that is all the question asks.
  const held = order ? timed('tenure') : null;
  if (order && held) return to(held, { text: '', modifier: { kind: 'tenure', order } });

  const relative = RELATIVE.test(normalized) ? RELATIVE.exec(words.filter((w) => w && !index.nameWords.has(w)).join(' ')) : null;
  const around = relative ? timed('relative') : null;
  if (relative && around?.spec.section) {
    const anchor = bestSpan(relative[1] === 'between' ? relative[2]!.replace(/ and .*$/, '') : relative[2]!, index, around.spec.section);
    const direction = relative[1] === 'before' || relative[1] === 'prior to' ? 'before' : 'after';
    // "Where did she work after her phd?": the roles, from an entry of another section, when the words before it ask for them.
    const lead = normalized.slice(0, RELATIVE.exec(normalized)?.index ?? 0).split(' ');
    const roles = around !== timeline && detectIntents(lead, table).live.find((i) => i.spec.section !== null) === timeline;
    const from = roles && anchor && isNaming(anchor) ? index.search(around.spec.section, anchor.query)[0] : undefined;
    if (from && timeline) {
      const entry = entryId(around.spec.section, from.doc.index);
      return to(timeline, { text: '', modifier: { kind: 'relative', direction, anchor: anchor!.query, entry } });
    }
    if (anchor) return to(around, { text: '', modifier: { kind: 'relative', direction, anchor: anchor.query } });
  }

  // Another command's cue word can be part of a name in the section asked about ("her paper on languages"):
  // looked for there first, and taken only when it names an entry.
  if (primary?.spec.section) {
    const wide = residualQuery(words, index, table.now, primary.own);
    if (wide !== residual) {
      const named = bestSpan(wide, index, primary.spec.section);
      const asked = residual.split(' ');
      const spanned = named?.query.split(' ') ?? [];
      // Only a name that takes every word asked as well: "what language is raft-lab written in?" asks of raft-lab, not
      // of a group called Programming Languages beside one of its words.
      if (named && named.tier === 'identity' && spanned.some((w) => !asked.includes(w)) && asked.every((w) => !w || spanned.includes(w)))
        return to(primary, { text: named.query });
      // Naming nothing here, another section's noun before a word asked still qualifies it ("did he study project
      // management?" asks for project management, never for the Operations Management a word of it finds).
      const compound = qualifiedByNoun(words, residual, table, primary);
      if (compound !== residual) return to(primary, { text: compound });
    }
  }

  // "Is X one of his skills?" asks whether X is in that list: only that section answers.
  const member = membershipAskedAbout(normalized, intents);
  if (member?.spec.section && residual) return to(member, { text: bestSpan(residual, index, member.spec.section)?.query ?? residual });

  // Words that ask for the command and are what it looks for ("masters", "phd") stay with it even when nothing
  // there matches: a skill's level "Master" is no degree.
  if (primary?.spec.section && residual && primary.topics.strip(residual.split(' ')).length === 0) return to(primary, { text: residual });

  // "How good is she at go?", "her level in go", "go experience": how well someone knows a technology whose name is
  // also a word of no meaning here, the rest of the words asking only how well; with none left, asked of no section
  // or of work in general ("go experience").
  const howWell = residual.split(' ').every((w) => !w || HOW_WELL.has(w)) && (residual !== '' || !primary || primary === timeline);
  const technology = howWell ? technologyWord(words) : '';
  const technologyRoute = technology ? technologyAsked(technology, primary, table, index) : null;
  if (technologyRoute) return technologyRoute;
  if (residual) {
    // Asked about a kind of thing (its cue took the verb), a span with a word beside it that only a longer name
    // explains ("does she know kafka streams?", "google cloud") is asked whole, of that kind: the section's own
    // search judges the phrase rather than the name inside it.
    // What the command looks for stays with the name found in its section ("a masters at pucrs": the level too).
    const topicWords = primary ? residual.split(' ').filter((w) => primary.topics.strip([w]).length === 0) : [];
    const spanRoute = (span: Span): Route => {
      const asked = span.section === primary?.spec.section ? (primary.spec.practices ? 'practices' : 'entries') : null;
      // Someone named is who they are, whatever words describe them ("his former boss priya").
      const phrase = primary?.spec.section && !index.people.sections.has(span.section) ? qualifiedPhrase(words, span, index, asked) : null;
      const section = phrase ? primary!.spec.section! : span.section;
      const topics = section === primary?.spec.section ? topicWords.filter((w) => !span.query.split(' ').includes(w)) : [];
      return { command: table.commandOf.get(section)!, query: { text: phrase ?? [span.query, ...topics].join(' ') } };
    };
    // "Who is her manager?", "who was his mentor?": someone they stand in a relation to. Only an entry that names
    // people (a reference) can say who, never a role whose text has the word ("Managed cloud hosting provider").
    const relation = RELATION_ASKED.test(normalized) || ownerRelationAsked(text, index);
    if (!primary && relation) {
      const named = [...index.people.sections].map((section) => bestSpan(residual, index, section)).find((span) => span !== null);
      return named ? spanRoute(named) : to(fallback, { text: residual });
    }
    const anywhere = spanAnywhere();
    // Asked about the person's own standing by a strong cue ("is he open to new roles?", "open to contract work?"),
    // the words only say what kind: a word an entry's text happens to say ("onboarded new hires") answers nothing of
    // it, and what they say of themselves does. Only an entry the words name answers instead.
    const standing = intents[0]?.spec.role === 'person' && strongCuesIn(words, intents[0]).length > 0;
    if (standing && !(anywhere && isNaming(anywhere))) return to(person, EMPTY_QUERY);
    const inIntent = primary?.spec.section ? bestSpan(residual, index, primary.spec.section) : null;
    // A kind the command looks for, asked beside other words ("a bootcamp in kubernetes", "a phd in kafka"), is that
    // kind with them or nothing: never a skill or a certificate that names only the rest, unless it says the kind too.
    const kindElsewhere =
      anywhere !== null &&
      anywhere.section !== primary?.spec.section &&
      isNaming(anywhere) &&
      topicWords.every((w) => anywhere.query.split(' ').includes(w));
    if (primary?.spec.section && topicWords.length && !kindElsewhere) return to(primary, { text: residual });
    if (
      inIntent &&
      (primary?.spec.strict ||
        !anywhere ||
        !isNaming(anywhere) ||
        (inIntent.score + INTENT_BONUS >= anywhere.score && !namesMore(anywhere, inIntent)))
    )
      return spanRoute(inIntent);
    // Asked about one kind of thing but it only shows up elsewhere: follow it there only when
    // it names that entry ("does he know flamescope?"), not for a passing mention ("java").
    // Part of a name that only says a kind of work ("engineering" of "a degree in engineering") names nothing there.
    // A kind a name joins to another is named whole by it ("leadership" of "Operations & Leadership").
    const kindOnly =
      !anywhere?.whole &&
      anywhere?.query.split(' ').every((w) => GENERIC_HEADS.has(w) || PRACTICE_HEADS.has(w)) &&
      !namesConjunct(anywhere, index);
    // Work in general ("tutoring experience", "did he work as a tutor?") that no role says: a post or an activity
    // elsewhere that says it answers.
    const workInGeneral = primary === timeline && !inIntent;
    // "Did she study in Portugal?": a region or country asked alone of a kind of entry is where such an entry was, never
    // a name elsewhere that resembles it (Portuguese) or holds it (Central Texas Food Bank); so is a place the résumé's
    // own locations say ("did she study in bogotá?" of someone whose role was in Bogotá, never Code Club Bogotá).
    if (primary?.spec.section && !inIntent && namesTheirPlace(residual, index)) return to(primary, { text: residual });
    if (anywhere && (!primary || (saysEntry(anywhere, workInGeneral) && !primary.spec.strict && !kindOnly))) return spanRoute(anywhere);
  }

  if (has('person') && !residual && !primary) return to(person, EMPTY_QUERY);
  // "Does he do ballet?" asks about ballet, not what he does now: with words left that name nothing, a "do" says no time.
  if (reading.now() && !(residual && DOING.test(normalized))) {
    const now = timed('current');
    if (now) return to(now, { text: '', modifier: { kind: 'current' } });
  }
  if (primary && yearAsked && accepts(primary, 'year')) return to(primary, { text: '', modifier: { kind: 'year', ...yearAsked } });
  // "What programming languages does he know?": a strong cue that names a kind of entry (not a verb, "code in")
  // is looked for as it is, so a résumé without such entries says so instead of listing everything.
  const kindAsked = primary && !residual ? namedKind(words, primary) : '';
  if (primary?.spec.section && kindAsked) {
    // Its head alone when that is the whole name there: a group called just "Languages".
    const head = kindAsked.split(' ').at(-1)!;
    const section = primary.spec.section;
    const byHead = !index.search(section, kindAsked).length && index.search(section, head).some((h) => h.tier === 'identity' && h.whole);
    return to(primary, { text: byHead ? head : kindAsked, literal: true });
  }
  // "Does he know go?": the filler word is what is asked for, as it is.
  const fillerAsked = primary && !residual ? fillerNaming(words, primary, index) : '';
  // "Where did he work first?": a word the command reads as a modifier ("/experience first") is one.
  const typed = fillerAsked ? parseQuery(fillerAsked, primary?.spec.accepts ?? []) : null;
  if (primary && typed?.modifier) return to(primary, typed);
  if (primary && fillerAsked) return to(primary, { text: fillerAsked, literal: true });
  // "Did she build a dashboard?" of projects that name none: a role whose text says it ("Built a service-health
  // dashboard") is what was built, or another entry that does ("did she write a dissertation?"); unless the kind was
  // asked for by its name ("any dashboard projects?").
  const madeIn = primary && residual ? madeElsewhere(primary, residual, reading, index, timeline) : null;
  if (madeIn) return { command: table.commandOf.get(madeIn)!, query: { text: residual } };
  if (primary) return to(primary, { text: residual });
  // "Who is Lighthouse?": a name nothing here answers is someone else, never the owner's profile.
  const whoNamed = residual ? whoIsNamed(text, index) : undefined;
  if (whoNamed) return to(person, { text: '', someoneElse: whoNamed });
  if (has('person') || !residual) return to(person, EMPTY_QUERY);
  // Nothing matched and nothing was asked for: the résumé-wide search says so, with suggestions.
  return to(fallback, { text: residual });
}
