/**
 * The route table: what each command tells the router about itself (a RouteSpec: cue
 * words, role, priority, the modifiers it accepts), compiled once per résumé into phrase
 * sets, and which commands' cues a question holds.
 */
import type { ResumeSection } from '../model/answer.js';
import type { ModifierKind } from './modifiers.js';
import { normalize } from './normalize.js';
import { PhraseSet } from './phrases.js';

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
  /**
   * Words that ask for this command and are also what it looks for, so they stay in the query:
   * "phd" asks education for a PhD, "mastodon" asks contact for that profile.
   */
  readonly topics?: readonly string[];
  /**
   * Names that ask for this command when one of them is all a question asks about, whatever its
   * verb: "does he know Spanish?" asks the spoken languages, not the skills. Inside a longer
   * query they are ordinary words ("Latin America").
   */
  readonly namedAlone?: readonly string[];
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
   * Its entries are things a person is, as well as holds or does: "is she a climber?" names the interest
   * Rock Climbing, "is she a solutions architect?" her certificate as one. What someone was ("was he a
   * cook?") is a title held, never one of these.
   */
  readonly traits?: boolean;
  /**
   * Its entries are practices and technologies a person knows: a word after one that the résumé never says
   * names a product of its own ("aws lambda", "excel vba") unless it says what is done or made with it
   * ("kafka internals").
   */
  readonly practices?: boolean;
  /** Its entries say how well (a skill's level, a language's fluency): "how well?" after one asks it of that entry. */
  readonly degrees?: boolean;
  /**
   * When a question holds cues of several commands, the highest priority wins: a specific
   * section ("award", "certified") outranks a broad one ("work", "know").
   */
  readonly priority: number;
  /** The modifiers its handler understands. */
  readonly accepts: readonly ModifierKind[];
}

/** Words that ask about the present, whatever the section: "what is he doing now", "is she volunteering these days". */
const NOW_WORDS = [
  'now',
  'still',
  'currently',
  'current',
  'today',
  'these days',
  'present',
  'presently',
  'latest',
  'at the moment',
  'right now',
  'nowadays',
  'most recent',
  'recent',
  'most recently',
  'recently',
  'lately',
  'newest',
];

export interface Intent {
  readonly spec: RouteSpec;
  /** Its cues, all kinds (isGenericQuery strips them). */
  readonly own: PhraseSet;
  /** The same cues as written, to ask whether a word is one of them without listing them on every question. */
  readonly cues: ReadonlySet<string>;
  readonly strong: ReadonlySet<string>;
  readonly weak: ReadonlySet<string>;
  readonly topics: PhraseSet;
  /** Its `namedAlone` names, normalized. */
  readonly alone: ReadonlySet<string>;
  readonly moments: Partial<Record<Moment, PhraseSet>>;
}

/** The route table for one résumé: compiled once when the résumé is indexed, never per question. */
export interface RouteTable {
  /** Highest priority first. */
  readonly intents: readonly Intent[];
  /** Commands for sections this résumé lacks: asked about, they say so ("lists no awards"). */
  readonly absent: readonly Intent[];
  /** Both, highest priority first. */
  readonly all: readonly Intent[];
  /** The live commands' cues at once: "programming languages" is one cue, not also "languages". */
  readonly liveCues: PhraseSet;
  /** The missing sections' commands' cues, scanned apart so they never hide a live one. */
  readonly absentCues: PhraseSet;
  readonly liveSet: ReadonlySet<Intent>;
  readonly absentSet: ReadonlySet<Intent>;
  /** Which commands a cue phrase belongs to. */
  readonly owners: ReadonlyMap<string, readonly Intent[]>;
  readonly byCommand: ReadonlyMap<string, Intent>;
  readonly roles: Partial<Record<RouteRole, Intent>>;
  readonly commandOf: ReadonlyMap<ResumeSection, string>;
  /** Words that ask about the present, and commands' own "current" phrases. */
  readonly now: PhraseSet;
  /** Everything stripped from a question to leave what it looks for. */
  readonly allCues: PhraseSet;
}

export const cuesOf = (spec: RouteSpec): string[] => [...spec.cues, ...(spec.strongCues ?? []), ...(spec.weakCues ?? [])];

function compileIntents(specs: readonly RouteSpec[]): Intent[] {
  return specs
    .map((spec, order) => ({ spec, order }))
    .sort((a, b) => b.spec.priority - a.spec.priority || a.order - b.order)
    .map(
      ({ spec }): Intent => ({
        spec,
        own: new PhraseSet(cuesOf(spec)),
        cues: new Set(cuesOf(spec)),
        strong: new Set(spec.strongCues ?? []),
        weak: new Set(spec.weakCues ?? []),
        topics: new PhraseSet(spec.topics ?? []),
        alone: new Set((spec.namedAlone ?? []).map(normalize)),
        moments: Object.fromEntries(Object.entries(spec.moments ?? {}).map(([moment, cues]) => [moment, new PhraseSet(cues)])),
      }),
    );
}

/**
 * Compiles every command's spec for one résumé: the commands that can answer it, and apart
 * from them those whose section it lacks (they answer only to say so), so a missing
 * section's cue words never change how the others are routed.
 */
export function compileRoutes(specs: readonly RouteSpec[], present: (section: ResumeSection) => boolean): RouteTable {
  const isLive = (s: RouteSpec) => s.section === null || present(s.section);
  const live = specs.filter(isLive);
  const missing = specs.filter((s) => !isLive(s));
  // One ranking for both, so a missing section's command is weighed against the live ones.
  const all = compileIntents(specs);
  const intents = all.filter((i) => isLive(i.spec));
  const roles: Partial<Record<RouteRole, Intent>> = {};
  for (const intent of intents) if (intent.spec.role && !roles[intent.spec.role]) roles[intent.spec.role] = intent;
  const owners = new Map<string, Intent[]>();
  // Topics say which command is asked, like cues, but are never stripped from the query (not in allCues).
  const asks = (s: RouteSpec) => [...cuesOf(s), ...(s.topics ?? [])];
  for (const intent of all) for (const cue of new Set(asks(intent.spec))) owners.set(cue, [...(owners.get(cue) ?? []), intent]);
  const currentPhrases = live.flatMap((s) => s.moments?.current ?? []);
  const absent = all.filter((i) => !isLive(i.spec));
  return {
    intents,
    absent,
    liveSet: new Set(intents),
    absentSet: new Set(absent),
    all,
    liveCues: new PhraseSet(live.flatMap(asks)),
    absentCues: new PhraseSet(missing.flatMap(asks)),
    owners,
    byCommand: new Map(intents.map((i) => [i.spec.command, i])),
    roles,
    commandOf: new Map(live.flatMap((s) => (s.section ? [[s.section, s.command] as const] : []))),
    now: new PhraseSet([...NOW_WORDS, ...currentPhrases]),
    // Every command's cues are stripped, a missing section's too: "wrote" is no entry's name in "who wrote his recommendation".
    allCues: new PhraseSet([...specs.flatMap(cuesOf), ...NOW_WORDS, ...currentPhrases]),
  };
}

/** Who a weak cue is said by in hearsay, not asked for ("does maya climb? someone said she boulders"). */
const HEARSAY = new Set(['someone', 'somebody', 'i', 'you', 'u']);

/**
 * The commands whose cues the question's words hold, highest priority first (a strong cue
 * first of all): those that can answer, and the same ranking with the commands whose section
 * is missing.
 */
export function detectIntents(words: readonly string[], table: RouteTable): { live: Intent[]; all: Intent[] } {
  const found = new Set<Intent>();
  const strong = new Set<Intent>();
  const weakOnly = new Set<Intent>();
  const scan = (cues: PhraseSet, among: ReadonlySet<Intent>) => {
    for (const { phrase, start } of cues.find(words)) {
      for (const intent of table.owners.get(phrase) ?? []) {
        if (!among.has(intent)) continue;
        if (intent.strong.has(phrase)) strong.add(intent);
        if (!intent.weak.has(phrase)) found.add(intent);
        else if (!HEARSAY.has(words[start - 1] ?? '')) weakOnly.add(intent);
      }
    }
  };
  scan(table.liveCues, table.liveSet);
  scan(table.absentCues, table.absentSet);
  // A weak cue counts when nothing else is asked for.
  if (found.size === 0) for (const intent of weakOnly) found.add(intent);
  if (found.size === 0) return { live: [], all: [] };
  const ranked = (intents: readonly Intent[]) =>
    strong.size
      ? [...intents.filter((i) => strong.has(i)), ...intents.filter((i) => found.has(i) && !strong.has(i))]
      : intents.filter((i) => found.has(i));
  return { live: ranked(table.intents), all: ranked(table.all) };
}
