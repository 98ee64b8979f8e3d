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
import type { ResumeSection } from '../model/answer.js';
import { EMPTY_QUERY, type CommandQuery, type ModifierKind } from './modifiers.js';
import { fold, normalize } from './normalize.js';
import type { Hit, Tier } from './search.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Commands with a part to play beyond their section: the help, the answer about the person
 * as a whole, the answer when nothing matched, and the command time questions go to when
 * they name no section ("what was he doing in 2015?").
 */
export type RouteRole = 'help' | 'person' | 'fallback' | 'timeline';

/** Moments of a timeline a question can ask for by phrase ("his first job", "previous role"). */
export type Moment = 'current' | 'previous' | 'first';

/** What a command tells the router about itself. */
export interface RouteSpec {
  readonly command: string;
  /** The résumé section it answers about; null for help, contact, about and the like. */
  readonly section: ResumeSection | null;
  /** Words and short phrases that say a question wants this command ("award", "did she win"). "he/his/him" also match she/her/they. */
  readonly cues: readonly string[];
  /**
   * Cues that make it the intent over any other command's cues in the same question:
   * "program in" makes "what languages does she program in?" a question about skills.
   */
  readonly strongCues?: readonly string[];
  /** Cues that count only when no other command's cue is in the question: "wrote" asks for a paper, unless "who wrote her recommendation". */
  readonly weakCues?: readonly string[];
  /** Phrases that ask for one moment of its entries ("first job", "does he work"). */
  readonly moments?: Partial<Record<Moment, readonly string[]>>;
  readonly role?: RouteRole;
  /** Its cues alone decide, whatever else the question says ("what's his email address"). */
  readonly decisive?: boolean;
  /**
   * Asked for by its cues, it answers even when the rest of the question names something in
   * another section: "is she certified in Kubernetes?" is about certificates (none matches),
   * not the skill Kubernetes.
   */
  readonly strict?: boolean;
  /**
   * When a question holds cues of several commands, the highest priority wins: a specific
   * section ("award", "certified") outranks a broad one ("work", "know").
   */
  readonly priority: number;
  /** The modifiers its handler understands. */
  readonly accepts: readonly ModifierKind[];
}

export interface Route {
  command: string;
  query: CommandQuery;
}

/** Words that ask about the present, whatever the section: "what is he doing now", "is she volunteering these days". */
const NOW_WORDS = ['now', 'still', 'currently', 'current', 'today', 'these days', 'present', 'presently', 'latest', 'at the moment', 'right now', 'nowadays', 'most recent', 'recent'];

/** Filler that survives the stop list in questions about a person. */
const PRONOUN_LIKE = new Set([
  'guy', 'person', 'candidate', 'resume', 'cv', 'bot', 'someone', 'somebody', 'ever', 'did', 'does', 'has', 'had', 'doing',
  'years', 'year', 'long', 'total', 'kind', 'type', 'sort', 'stuff', 'used', 'use', 'uses', 'using', 'like', 'good', 'big',
  'name', 'first', 'last', 'time', 'spent', 'spend', 'whats', 'wheres', 'whos', 'hows', 'he', 'his', 'him', 'she', 'her',
  'they', 'their', 'them', 'experienced', 'worth', 'mentioned', 'listed', 'go', 'went', 'attend', 'attended', 'get', 'got',
  'hold', 'holds', 'held', 'earn', 'earned', 'obtain', 'obtained', 'receive', 'received', 'possess', 'complete', 'completed',
  'organization', 'organizations', 'organisation', 'organisations',
]);

/** A question's words searched at most: a span search tries every run of up to four of them, so this bounds its cost. */
export const MAX_SPAN_WORDS = 12;
const MAX_SPAN_SIZE = 4;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cue as a pattern: "does he work" also matches "does she work" and "do they work"'s pronoun. */
function cuePattern(cue: string): string {
  return cue
    .split(' ')
    .map((w) => (w === 'he' ? '(?:he|she|they)' : w === 'his' ? '(?:his|her|their)' : w === 'him' ? '(?:him|her|them)' : escape(w)))
    .join(' ');
}

/** One regex per cue list: whole words only, longest phrases first. */
function cueRegex(cues: readonly string[], flags = ''): RegExp {
  const sorted = [...new Set(cues)].sort((a, b) => b.length - a.length).map(cuePattern);
  return new RegExp(sorted.length ? `(?<=^| )(?:${sorted.join('|')})(?= |$)` : '(?!)', flags);
}

interface Intent {
  readonly spec: RouteSpec;
  /** Matches exactly one of its cues, for attributing a cue found in a question. */
  readonly exact: RegExp;
  /** Matches exactly one of its strong cues. */
  readonly strong: RegExp;
  /** Matches exactly one of its weak cues. */
  readonly weak: RegExp;
  /** Global: strips the command's own cues (isGenericQuery). */
  readonly strip: RegExp;
  readonly moments: Partial<Record<Moment, RegExp>>;
}

/** The route table for one résumé: compiled once when the résumé is indexed, never per question. */
export interface RouteTable {
  /** Highest priority first. */
  readonly intents: readonly Intent[];
  /** Commands for sections this résumé lacks: asked about, they say so ("lists no awards"). */
  readonly absent: readonly Intent[];
  /** Both, highest priority first. */
  readonly all: readonly Intent[];
  /** Their cues, to see whether a question asks anything more. */
  readonly absentCues: RegExp;
  readonly byCommand: ReadonlyMap<string, Intent>;
  readonly roles: Partial<Record<RouteRole, Intent>>;
  readonly commandOf: ReadonlyMap<ResumeSection, string>;
  readonly now: RegExp;
  /** The live commands' cues at once, longest first: "programming languages" is one cue, not also "languages". */
  readonly intentCues: RegExp;
  readonly allCues: RegExp;
}

/**
 * Compiles the specs of the commands that can answer this résumé: a command whose section
 * the résumé lacks is left out, so its cue words change nothing for this résumé.
 */
const cuesOf = (spec: RouteSpec): string[] => [...spec.cues, ...(spec.strongCues ?? []), ...(spec.weakCues ?? [])];
const exactRegex = (cues: readonly string[]) => new RegExp(`^(?:${[...new Set(cues)].map(cuePattern).join('|') || '(?!)'})$`);

function compileIntents(specs: readonly RouteSpec[]): Intent[] {
  return specs
    .map((spec, order) => ({ spec, order }))
    .sort((a, b) => b.spec.priority - a.spec.priority || a.order - b.order)
    .map(({ spec }): Intent => ({
      spec,
      exact: exactRegex(cuesOf(spec)),
      strong: exactRegex(spec.strongCues ?? []),
      weak: exactRegex(spec.weakCues ?? []),
      strip: cueRegex(cuesOf(spec), 'g'),
      moments: Object.fromEntries(Object.entries(spec.moments ?? {}).map(([moment, cues]) => [moment, cueRegex(cues)])),
    }));
}

export function compileRoutes(specs: readonly RouteSpec[], present: (section: ResumeSection) => boolean): RouteTable {
  const isLive = (s: RouteSpec) => s.section === null || present(s.section);
  const live = specs.filter(isLive);
  const missing = specs.filter((s) => !isLive(s));
  // One ranking for both, so a missing section's command is weighed against the live ones.
  const all = compileIntents(specs);
  const intents = all.filter((i) => isLive(i.spec));
  const roles: Partial<Record<RouteRole, Intent>> = {};
  for (const intent of intents) if (intent.spec.role && !roles[intent.spec.role]) roles[intent.spec.role] = intent;
  const currentPhrases = live.flatMap((s) => s.moments?.current ?? []);
  // Every command's cues are stripped, a missing section's too: "wrote" is no entry's name in "who wrote his recommendation".
  const stripped = [...specs.flatMap(cuesOf), ...NOW_WORDS, ...currentPhrases];
  return {
    intents,
    absent: all.filter((i) => !isLive(i.spec)),
    all,
    absentCues: cueRegex(missing.flatMap(cuesOf), 'g'),
    byCommand: new Map(intents.map((i) => [i.spec.command, i])),
    roles,
    commandOf: new Map(live.flatMap((s) => (s.section ? [[s.section, s.command] as const] : []))),
    now: cueRegex([...NOW_WORDS, ...currentPhrases]),
    intentCues: cueRegex(live.flatMap(cuesOf), 'g'),
    allCues: cueRegex(stripped, 'g'),
  };
}

/** What routing asks of the résumé index (index.ts builds it, with this module's compileRoutes). */
export interface RoutingIndex {
  readonly routes: RouteTable;
  readonly nameWords: ReadonlySet<string>;
  /** The sections the résumé has. */
  readonly sections: ReadonlyArray<{ readonly section: ResumeSection }>;
  search(section: ResumeSection, query: string): Hit[];
  /** True when the word, as it is, is a word of the résumé's names or text. */
  knows(word: string): boolean;
  readonly people: { readonly words: ReadonlySet<string>; readonly sections: ReadonlySet<ResumeSection> };
}

/**
 * The commands whose cues the question holds, highest priority first (a strong cue first of
 * all): those that can answer, and the same ranking with the commands whose section is missing.
 */
function detectIntents(text: string, table: RouteTable): { live: Intent[]; all: Intent[] } {
  const found = new Set<Intent>();
  const strong = new Set<Intent>();
  const weakOnly = new Set<Intent>();
  // Live and absent commands' cues are scanned apart: a missing section's cue never hides a live one.
  const scan = (regex: RegExp, intents: readonly Intent[]) => {
    for (const [cue] of text.matchAll(regex)) {
      for (const intent of intents) {
        if (intent.strong.test(cue)) strong.add(intent);
        if (intent.weak.test(cue)) weakOnly.add(intent);
        else if (intent.exact.test(cue)) found.add(intent);
      }
    }
  };
  scan(table.intentCues, table.intents);
  scan(table.absentCues, table.absent);
  for (const intent of strong) found.add(intent);
  // A weak cue counts when nothing else is asked for.
  if (found.size === 0) for (const intent of weakOnly) found.add(intent);
  const ranked = (intents: readonly Intent[]) => [...intents.filter((i) => strong.has(i)), ...intents.filter((i) => found.has(i) && !strong.has(i))];
  return { live: ranked(table.intents), all: ranked(table.all) };
}

/** The question minus cue words (all of them, or only `cues`), stop words and the person's own name. */
function residualQuery(text: string, index: RoutingIndex, cues: RegExp = index.routes.allCues): string {
  return text
    .replace(cues, ' ')
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w) && !index.nameWords.has(w) && !PRONOUN_LIKE.has(w))
    .join(' ');
}

/**
 * True when a command's query only restates what the command is about ("/education degree",
 * "/skills skills", "/experience jobs"): the caller then answers as if no query was given,
 * instead of "nothing matches degree". Only used after the query found nothing.
 */
export function isGenericQuery(index: RoutingIndex, command: string, query: string): boolean {
  const intent = index.routes.byCommand.get(command);
  if (!intent || !cuesOf(intent.spec).length) return false;
  const generic = normalize(query).replace(intent.strip, ' ');
  return generic.split(' ').every((w) => !w || STOPWORDS.has(w) || PRONOUN_LIKE.has(w));
}

interface Span {
  section: ResumeSection;
  query: string;
  score: number;
  tier: Tier;
  whole: boolean;
}

/**
 * How much the section a question asks about is preferred: a highlight that mentions Kafka
 * (0.62) must not beat the skill named Kafka (1.0) for "does he have kafka experience", but
 * a role whose location is Los Gatos (0.9) beats anything else for "where did he work".
 */
const INTENT_BONUS = 0.3;

/** A match elsewhere is followed only when it names the entry, not when it merely mentions the word. */
function isNaming(span: Span): boolean {
  return span.tier === 'identity' || (span.tier === 'facet' && span.whole);
}

/** A whole name of several words ("austin free net") says more than one word found in the section asked about ("free" → Freelance). */
function namesMore(elsewhere: Span, here: Span): boolean {
  const length = (span: Span) => span.query.split(' ').length;
  return elsewhere.tier === 'identity' && elsewhere.whole && length(elsewhere) > length(here) && elsewhere.score >= here.score;
}

/** A longer run that matches nearly as well is the more specific answer ("netflix user performance score" over "netflix"). */
const LONGER_SPAN_BONUS = 0.02;
/** Several words that are a whole name or facet ("ball python", "kotlin foundation") say more than one word of them ("python"). */
const WHOLE_PHRASE_BONUS = 0.1;

/**
 * The words a span search looks at, at most MAX_SPAN_WORDS of them, so a pasted paragraph
 * costs a bounded number of searches: a word repeated right after itself adds no new run to
 * try, and when there are too many, words the résumé has are kept before the others.
 */
export function spanWords(residual: string, index: RoutingIndex): string[] {
  const tokens = residual.split(' ').filter((w, i, all) => w && w !== all[i - 1]);
  if (tokens.length <= MAX_SPAN_WORDS) return tokens;
  const known = new Set(tokens.filter((w) => index.knows(w)).slice(0, MAX_SPAN_WORDS));
  const room = MAX_SPAN_WORDS - known.size;
  let others = 0;
  return tokens.filter((w) => known.has(w) || (!index.knows(w) && others++ < room)).slice(0, MAX_SPAN_WORDS);
}

/** The run of up to four words in the residual that matches best, longer runs slightly preferred. */
function bestSpan(residual: string, index: RoutingIndex, section: ResumeSection | null, minWords = 1): Span | null {
  const tokens = spanWords(residual, index);
  const sections = section ? [section] : index.sections.map((s) => s.section);
  let best: (Span & { rank: number }) | null = null;
  const tried = new Set<string>();
  for (let size = Math.min(tokens.length, MAX_SPAN_SIZE); size >= minWords; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      const query = tokens.slice(start, start + size).join(' ');
      if (tried.has(query)) continue;
      tried.add(query);
      for (const s of sections) {
        const top = index.search(s, query)[0];
        if (!top) continue;
        const rank = top.score + LONGER_SPAN_BONUS * (size - 1) + (size > 1 && top.whole && top.tier !== 'content' ? WHOLE_PHRASE_BONUS : 0);
        if (!best || rank > best.rank + 1e-9) best = { section: s, query, score: top.score, tier: top.tier, whole: top.whole, rank };
      }
    }
  }
  return best;
}

/**
 * A multi-word name that contains a cue word ("developer experience", "data engineering"):
 * looked for before cue words are stripped, so the cue doesn't eat the name.
 */
function nameContainingCue(text: string, index: RoutingIndex): Span | null {
  // The words cue phrases take in this question ("code" is not one in "code club", only in "code in").
  const cueWords = new Set([...text.matchAll(index.routes.allCues)].flatMap(([cue]) => cue.split(' ')));
  const words = text.split(' ').filter((w) => w && !STOPWORDS.has(w) && !index.nameWords.has(w));
  if (!words.some((w) => cueWords.has(w))) return null;
  const span = bestSpan(words.join(' '), index, null, 2);
  if (!span || span.tier !== 'identity' || span.score < 0.95) return null;
  return span.query.split(' ').some((w) => cueWords.has(w)) ? span : null;
}

/** Who a question is about: the word after "does/did/is…" ("does Richard speak…"), or before a possessive ("Richard's hobbies"). */
const SUBJECT = /(?:^|[^a-z'])(?:does|did|is|was|has|had|can|could|will|would|do)\s+([a-z]+)\s+[a-z]/g;
const POSSESSIVE = /([a-z]+)'s\b/g;
const NOT_A_NAME = new Set(['he', 'she', 'they', 'it', 'i', 'you', 'we', 'his', 'her', 'their', 'this', 'that', 'there', 'anyone', 'anybody', 'someone', 'somebody', 'one']);

/**
 * True when the question is about someone other than the owner: a person the résumé names
 * (a referee) or a name it does not know, as the subject or the owner of what is asked
 * ("does Priya speak Spanish?", "what are Richard's hobbies?" of Lena's résumé).
 */
function aboutSomeoneElse(text: string, index: RoutingIndex): boolean {
  const folded = fold(text);
  const candidates = [...folded.matchAll(SUBJECT), ...folded.matchAll(POSSESSIVE)].map((m) => m[1]!);
  return candidates.some(
    (w) => !NOT_A_NAME.has(w) && !STOPWORDS.has(w) && !PRONOUN_LIKE.has(w) && !index.nameWords.has(w) && (index.people.words.has(w) || !index.knows(w)),
  );
}

const YEAR = /\b(19|20)\d{2}\b/;
const RELATIVE = /\b(before|prior to|after|since|following)\b (.+)$/;

export function routeFreeText(text: string, index: RoutingIndex): Route {
  const table = index.routes;
  const { help, person, fallback, timeline } = table.roles;
  const to = (intent: Intent | undefined, query: CommandQuery): Route => ({ command: (intent ?? fallback ?? table.intents[0]!).spec.command, query });
  const accepts = (intent: Intent | null | undefined, kind: ModifierKind): intent is Intent => Boolean(intent?.spec.accepts.includes(kind));

  const normalized = normalize(text);
  if (!normalized || normalized === 'help') return to(help, EMPTY_QUERY);

  const yearText = YEAR.exec(normalized)?.[0];
  const { live: intents, all } = detectIntents(normalized, table);
  const has = (role: RouteRole) => intents.some((i) => i.spec.role === role);
  const residual = residualQuery(normalized, index);

  if (has('help') && !residual) return to(help, EMPTY_QUERY);
  // The intent's own section first; time questions that name none go to the timeline.
  const primary = intents.find((i) => i.spec.section !== null) ?? null;
  // "Who can I contact as a reference?" asks about references, not for contact details.
  const decisive = intents.find((i) => i.spec.decisive);
  if (decisive && !all.some((i) => i.spec.strict)) return to(decisive, EMPTY_QUERY);
  const named = nameContainingCue(normalized, index);
  if (named && !(primary?.spec.strict && named.section !== primary.spec.section)) return { command: table.commandOf.get(named.section)!, query: { text: named.query } };

  // "Does he speak Portuguese?" of a résumé without languages: that command says so, whatever else the question names.
  const asked = all.find((i) => i.spec.section !== null);
  if (asked && table.absent.includes(asked)) return to(asked, { text: residualQuery(residual, index, table.absentCues) });
  // "Does Priya speak Spanish?": not about the owner. The whole question is looked for, so nothing least-bad is answered.
  if (primary?.spec.section && !index.people.sections.has(primary.spec.section) && aboutSomeoneElse(text, index)) return to(primary, { text: residual });
  /** The command a time modifier goes to: the one asked about, or the timeline when none is. */
  const timed = (kind: ModifierKind) => (primary ? (accepts(primary, kind) ? primary : null) : accepts(timeline, kind) ? timeline : null);
  if (yearText) {
    // A year settles the question at once for the timeline, unless the question names an entry elsewhere
    // ("did he teach at coderdojo in 2012"); a section of its own (education) first tries the words around it.
    const target = primary && primary !== timeline && accepts(primary, 'year') ? null : primary && !accepts(primary, 'year') ? timeline : timed('year');
    const elsewhere = target && !primary ? bestSpan(residual.replace(yearText, ' '), index, null) : null;
    if (elsewhere && isNaming(elsewhere) && elsewhere.section !== timeline?.spec.section) return { command: table.commandOf.get(elsewhere.section)!, query: { text: elsewhere.query } };
    if (target && accepts(target, 'year')) return to(target, { text: '', modifier: { kind: 'year', year: Number(yearText) } });
  }
  const momentOf = (moment: Moment) => table.intents.find((i) => i.moments[moment]?.test(normalized) && (!primary || primary === i));
  const first = momentOf('first');
  if (first && accepts(first, 'first')) return to(first, { text: '', modifier: { kind: 'first' } });
  const previous = momentOf('previous');
  if (previous && accepts(previous, 'previous') && !residual.replace(/\b(previous|prior|last|before)\b/g, '').trim())
    return to(previous, { text: '', modifier: { kind: 'previous' } });

  const relative = RELATIVE.exec(normalized.split(' ').filter((w) => w && !index.nameWords.has(w)).join(' '));
  const around = relative ? timed('relative') : null;
  if (relative && around?.spec.section) {
    const anchor = bestSpan(relative[2]!, index, around.spec.section);
    const direction = relative[1] === 'before' || relative[1] === 'prior to' ? 'before' : 'after';
    if (anchor) return to(around, { text: '', modifier: { kind: 'relative', direction, anchor: anchor.query } });
  }

  // Another command's cue word can be part of a name in the section asked about ("her paper on languages"):
  // looked for there first, and taken only when it names an entry.
  if (primary?.spec.section) {
    const wide = residualQuery(normalized.replace(table.now, ' '), index, primary.strip);
    if (wide !== residual) {
      const named = bestSpan(wide, index, primary.spec.section);
      if (named && named.tier === 'identity' && named.query.split(' ').some((w) => !residual.split(' ').includes(w)))
        return to(primary, { text: named.query });
    }
  }

  if (residual) {
    const inIntent = primary?.spec.section ? bestSpan(residual, index, primary.spec.section) : null;
    const anywhere = bestSpan(residual, index, null);
    if (inIntent && (primary?.spec.strict || !anywhere || !isNaming(anywhere) || (inIntent.score + INTENT_BONUS >= anywhere.score && !namesMore(anywhere, inIntent))))
      return { command: table.commandOf.get(inIntent.section)!, query: { text: inIntent.query } };
    // Asked about one kind of thing but it only shows up elsewhere: follow it there only when
    // it names that entry ("does he know flamescope?"), not for a passing mention ("java").
    if (anywhere && (!primary || (isNaming(anywhere) && !primary.spec.strict))) return { command: table.commandOf.get(anywhere.section)!, query: { text: anywhere.query } };
  }

  if (has('person') && !residual && !primary) return to(person, EMPTY_QUERY);
  if (table.now.test(normalized)) {
    const now = timed('current');
    if (now) return to(now, { text: '', modifier: { kind: 'current' } });
  }
  if (primary && yearText && accepts(primary, 'year')) return to(primary, { text: '', modifier: { kind: 'year', year: Number(yearText) } });
  if (primary) return to(primary, { text: residual });
  if (has('person') || !residual) return to(person, EMPTY_QUERY);
  // Nothing matched and nothing was asked for: the résumé-wide search says so, with suggestions.
  return to(fallback, { text: residual });
}
