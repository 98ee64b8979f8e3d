/**
 * The route table: what each command tells the router about itself (a RouteSpec: cue
 * words, role, priority, the modifiers it accepts), compiled once per résumé into regular
 * expressions, and which commands' cues a question holds.
 */
import type { ResumeSection } from '../model/answer.js';
import type { ModifierKind } from './modifiers.js';

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

/** Words that ask about the present, whatever the section: "what is he doing now", "is she volunteering these days". */
const NOW_WORDS = ['now', 'still', 'currently', 'current', 'today', 'these days', 'present', 'presently', 'latest', 'at the moment', 'right now', 'nowadays', 'most recent', 'recent'];

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

export interface Intent {
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

export const cuesOf = (spec: RouteSpec): string[] => [...spec.cues, ...(spec.strongCues ?? []), ...(spec.weakCues ?? [])];
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

/**
 * The commands whose cues the question holds, highest priority first (a strong cue first of
 * all): those that can answer, and the same ranking with the commands whose section is missing.
 */
export function detectIntents(text: string, table: RouteTable): { live: Intent[]; all: Intent[] } {
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

