/**
 * Routes a free-text question ("what did he do at netflix?") to a command and the part
 * of the question that is the query ("netflix"). Question words decide the intent; the
 * résumé decides the entry. When the words don't say, the section whose entry matches
 * best wins; when nothing matches, the intent's command answers (and says so).
 */
import type { ResumeIndex } from './index.js';
import type { SearchSection } from './documents.js';
import { normalize } from './normalize.js';
import type { Tier } from './search.js';
import { STOPWORDS } from './stopwords.js';

export interface Route {
  command: string;
  query: string;
}

type Intent = 'experience' | 'skills' | 'projects' | 'education' | 'contact' | 'about' | 'help';

/** Words (and short phrases) that say what kind of answer a question wants. */
const INTENT_CUES: Record<Intent, readonly string[]> = {
  help: ['help', 'commands', 'what can you do', 'how do i use', 'usage'],
  contact: [
    'contact', 'email', 'e mail', 'mail', 'phone', 'call', 'reach', 'linkedin', 'github', 'hire', 'in touch',
    'get a hold', 'message him', 'number', 'profiles', 'website', 'twitter',
  ],
  education: [
    'study', 'studied', 'studying', 'degree', 'degrees', 'university', 'college', 'school', 'education', 'educated',
    'graduate', 'graduated', 'graduation', 'bachelor', 'bachelors', 'diploma', 'major', 'majored', 'academic', 'course', 'courses',
    'qualification', 'qualifications', 'schooling', 'studies', 'alma mater', 'highest degree', 'formal education',
  ],
  about: [
    'who is', 'who s', 'whos', 'about him', 'about her', 'about them', 'summary', 'summarize', 'bio', 'biography', 'introduce',
    'introduction', 'background', 'overview', 'profile', 'where is he from', 'where is he based', 'based', 'located', 'lives', 'headline',
  ],
  skills: [
    'skill', 'skills', 'know', 'knows', 'knowledge', 'familiar', 'proficient', 'expert', 'expertise', 'good at', 'experienced with',
    'experience with', 'tech stack', 'technologies', 'technology', 'tools he uses', 'competencies', 'strengths', 'can he',
  ],
  projects: [
    'project', 'projects', 'built', 'build', 'create', 'created', 'author', 'authored', 'wrote', 'write', 'open source',
    'opensource', 'tool', 'tools', 'side project', 'invent', 'invented', 'develop', 'developed', 'made',
  ],
  experience: [
    'work', 'worked', 'working', 'works', 'job', 'jobs', 'role', 'roles', 'position', 'positions', 'company', 'companies',
    'employer', 'employers', 'employed', 'career', 'experience', 'history', 'timeline', 'title', 'do at', 'did at', 'doing at',
    'responsible', 'responsibilities', 'achievements', 'accomplishments', 'lead', 'led', 'manage', 'managed', 'hired',
  ],
};

/** Words that ask about the present: "what is he doing now", "where does he work currently". */
const NOW_CUES = [
  'now', 'currently', 'current', 'today', 'these days', 'present', 'presently', 'latest', 'at the moment', 'right now',
  'nowadays', 'does he work', 'is he working', 'he works', 'is he employed', 'most recent', 'recent', 'is he at', 'he is at',
  'does he do', 'is he doing', 'his job', 'his role', 'his title', 'his position',
];

const SECTION_COMMAND: Record<SearchSection, Intent> = {
  work: 'experience',
  skills: 'skills',
  projects: 'projects',
  education: 'education',
};

const COMMAND_SECTION: Partial<Record<Intent, SearchSection>> = {
  experience: 'work',
  skills: 'skills',
  projects: 'projects',
  education: 'education',
};

/** Every cue word/phrase, so they can be removed to leave the query. */
const ALL_CUES = [...new Set([...Object.values(INTENT_CUES).flat(), ...NOW_CUES])].sort((a, b) => b.length - a.length);
const CUE_WORDS: ReadonlySet<string> = new Set(ALL_CUES.flatMap((c) => c.split(' ')));

/** One regex per cue list, compiled once: whole words only, longest phrases first. */
function cueRegex(cues: readonly string[], flags = ''): RegExp {
  const sorted = [...cues].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<=^| )(?:${sorted.join('|')})(?= |$)`, flags);
}
const INTENT_REGEX = Object.entries(INTENT_CUES).map(([intent, cues]) => [intent as Intent, cueRegex(cues)] as const);
const NOW_REGEX = cueRegex(NOW_CUES);
/** "his previous job": the role before the current one. */
const PREVIOUS_REGEX = cueRegex(['previous job', 'previous role', 'previous position', 'previous company', 'previous employer', 'last job', 'prior job', 'prior role', 'job before']);
/** "his first job", "where did he start his career": the earliest role. */
const FIRST_REGEX = cueRegex(['first job', 'first role', 'first position', 'first company', 'earliest', 'start his career', 'started his career', 'start of his career', 'begin his career', 'began his career', 'career start']);
const ALL_CUES_REGEX = cueRegex(ALL_CUES, 'g');
/** Each command's own cue words, for isGenericQuery (compiled once, not per question). */
const GENERIC_REGEX: ReadonlyMap<string, RegExp> = new Map(Object.entries(INTENT_CUES).map(([intent, cues]) => [intent, cueRegex(cues, 'g')]));

function detectIntents(text: string): Intent[] {
  return INTENT_REGEX.filter(([, regex]) => regex.test(text)).map(([intent]) => intent);
}

/** The question minus cue words and the person's name, keeping "before"/"after" and what follows. */
function residualWithRelations(text: string, index: ResumeIndex): string {
  return text
    .split(' ')
    .filter((w) => w && !index.nameWords.has(w))
    .join(' ');
}

/** The question minus cue words, stop words and the person's own name. */
function residualQuery(text: string, index: ResumeIndex): string {
  return text
    .replace(ALL_CUES_REGEX, ' ')
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w) && !index.nameWords.has(w) && !PRONOUN_LIKE.has(w))
    .join(' ');
}

/** Filler that survives the stop list in questions about a person. */
const PRONOUN_LIKE = new Set([
  'guy', 'person', 'candidate', 'resume', 'cv', 'bot', 'someone', 'somebody', 'ever', 'did', 'does', 'has', 'had', 'doing',
  'years', 'year', 'long', 'total', 'kind', 'type', 'sort', 'stuff', 'used', 'use', 'uses', 'using', 'like', 'good', 'big',
  'name', 'first', 'last', 'time', 'spent', 'spend', 'whats', 'wheres', 'whos', 'hows', 'he', 'his', 'him', 'she', 'her',
  'they', 'their', 'them', 'experienced', 'worth', 'mentioned', 'listed', 'go', 'went', 'attend', 'attended', 'get', 'got',
  'hold', 'holds', 'held', 'earn', 'earned', 'obtain', 'obtained', 'receive', 'received', 'possess', 'complete', 'completed',
]);

/**
 * True when a command's query only restates what the command is about ("/education degree",
 * "/skills skills", "/experience jobs"): the caller then answers as if no query was given,
 * instead of "nothing matches degree". Only used after the query found nothing.
 */
export function isGenericQuery(command: string, query: string): boolean {
  const cues = GENERIC_REGEX.get(command);
  if (!cues) return false;
  const generic = normalize(query).replace(cues, ' ');
  return generic.split(' ').every((w) => !w || STOPWORDS.has(w) || PRONOUN_LIKE.has(w));
}

interface Span {
  section: SearchSection;
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

/** A longer run that matches nearly as well is the more specific answer ("netflix user performance score" over "netflix"). */
const LONGER_SPAN_BONUS = 0.02;

/** The run of up to four words in the residual that matches best, longer runs slightly preferred. */
function bestSpan(residual: string, index: ResumeIndex, section: SearchSection | null, minWords = 1): Span | null {
  const tokens = residual.split(' ').filter(Boolean);
  let best: (Span & { rank: number }) | null = null;
  for (let size = Math.min(tokens.length, 4); size >= minWords; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      const query = tokens.slice(start, start + size).join(' ');
      const found = section ? { section, hits: index.search(section, query) } : index.searchEverywhere(query);
      const top = found?.hits[0];
      if (!found || !top) continue;
      const rank = top.score + LONGER_SPAN_BONUS * (size - 1);
      if (!best || rank > best.rank + 1e-9) best = { section: found.section, query, score: top.score, tier: top.tier, whole: top.whole, rank };
    }
  }
  return best;
}

/**
 * A multi-word name that contains a cue word ("developer experience", "data engineering"):
 * looked for before cue words are stripped, so the cue doesn't eat the name.
 */
function nameContainingCue(text: string, index: ResumeIndex): Span | null {
  const words = text.split(' ').filter((w) => w && !STOPWORDS.has(w) && !index.nameWords.has(w));
  if (!words.some((w) => CUE_WORDS.has(w))) return null;
  const span = bestSpan(words.join(' '), index, null, 2);
  if (!span || span.tier !== 'identity' || span.score < 0.95) return null;
  return span.query.split(' ').some((w) => CUE_WORDS.has(w)) ? span : null;
}

export function routeFreeText(text: string, index: ResumeIndex): Route {
  const normalized = normalize(text);
  if (!normalized || normalized === 'help') return { command: 'help', query: '' };

  const year = /\b(19|20)\d{2}\b/.exec(normalized)?.[0];
  const intents = detectIntents(normalized);
  const asksNow = NOW_REGEX.test(normalized);
  const residual = residualQuery(normalized, index);

  if (intents.includes('help') && !residual) return { command: 'help', query: '' };
  if (intents.includes('contact')) return { command: 'contact', query: '' };
  const named = nameContainingCue(normalized, index);
  if (named) return { command: SECTION_COMMAND[named.section], query: named.query };
  if (year && !intents.includes('education')) return { command: 'experience', query: year };
  if (FIRST_REGEX.test(normalized) && !intents.includes('education')) return { command: 'experience', query: 'first' };
  if (PREVIOUS_REGEX.test(normalized) && !residualQuery(normalized, index).replace(/\b(previous|prior|last|before)\b/g, '').trim())
    return { command: 'experience', query: 'previous' };

  // The intent's own section first; a confident match elsewhere beats an empty answer.
  const primary = intents.find((i) => i !== 'help' && COMMAND_SECTION[i]) ?? null;
  const primarySection = primary ? COMMAND_SECTION[primary]! : null;
  const relative = /\b(before|prior to|after|since|following)\b (.+)$/.exec(residualWithRelations(normalized, index));
  if (relative && (!primary || primary === 'experience')) {
    const anchor = bestSpan(relative[2]!, index, 'work');
    if (anchor) return { command: 'experience', query: `${relative[1] === 'before' || relative[1] === 'prior to' ? 'before' : 'after'} ${anchor.query}` };
  }
  if (residual) {
    const inIntent = primarySection ? bestSpan(residual, index, primarySection) : null;
    const anywhere = bestSpan(residual, index, null);
    if (inIntent && (!anywhere || !isNaming(anywhere) || inIntent.score + INTENT_BONUS >= anywhere.score))
      return { command: SECTION_COMMAND[inIntent.section], query: inIntent.query };
    // Asked about one kind of thing but it only shows up elsewhere: follow it there only when
    // it names that entry ("does he know flamescope?"), not for a passing mention ("java").
    if (anywhere && (!primary || isNaming(anywhere))) return { command: SECTION_COMMAND[anywhere.section], query: anywhere.query };
  }

  if (intents.includes('about') && !residual) return { command: 'about', query: '' };
  if (primary === 'experience' && asksNow) return { command: 'experience', query: 'current' };
  if (!primary && asksNow) return { command: 'experience', query: 'current' };
  if (primary === 'education' && year) return { command: 'education', query: year };
  if (primary) return { command: primary, query: residual };
  if (intents.includes('about')) return { command: 'about', query: '' };
  if (!residual) return { command: 'about', query: '' };
  // Nothing matched and nothing was asked for: the résumé-wide search says so, with suggestions.
  return { command: 'resume', query: residual };
}
