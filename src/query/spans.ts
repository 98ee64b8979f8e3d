/**
 * Finding the words of a question that name an entry: every run of up to four of its words
 * is searched, in one section or in all, and the best run wins, longer and whole names
 * preferred. The words looked at are bounded (MAX_SPAN_WORDS), so a pasted paragraph costs
 * a bounded number of searches.
 */
import type { Location } from './place.js';
import type { ResumeSection } from '../model/answer.js';
import type { AliasTable } from './expand.js';
import type { SectionSource } from './documents.js';
import type { RouteTable } from './route-table.js';
import { type Hit, TIER_WEIGHT, type Tier } from './search.js';
import { FIELD_HEADS, FILLER, GENERIC_HEADS, PRACTICE_HEADS, STOPWORDS } from './stopwords.js';
import { isPastForm } from './irregular-verbs.js';
import { technologyOf } from './technologies.js';

/** What routing asks of the résumé index (index.ts builds it, with this module's compileRoutes). */
export interface RoutingIndex {
  readonly routes: RouteTable;
  /** Where the person lives (basics.location): "is he in austin?" asks it when the words name it; where their roles were. */
  readonly resume: {
    readonly basics: { readonly location?: Location; readonly label?: string };
    readonly work: ReadonlyArray<{ readonly location?: string }>;
  };
  readonly nameWords: ReadonlySet<string>;
  /** The sections the résumé has, and how an entry of a place is named. */
  readonly sections: ReadonlyArray<Pick<SectionSource, 'section' | 'placeName'>>;
  search(section: ResumeSection, query: string): Hit[];
  /** Hits by name only: what an employer question is answered by. */
  searchNames(section: ResumeSection, query: string): Hit[];
  /** Whether `search` can find a name proper here for the query at STRONG_SCORE or more (read from the names alone). */
  namesStrongly(section: ResumeSection, query: string): boolean;
  /** True when the word, as it is, is a word of the résumé's names or text. */
  knows(word: string): boolean;
  /** The other names of what people type (k8s, bikes): a word they hold is a thing asked about, never someone's name. */
  readonly aliases?: AliasTable;
  readonly people: PeopleNamed;
}

/** The people other than the owner a résumé names (its references), and the sections that hold them. */
export interface PeopleNamed {
  /** Every word of what names them, titles and employers included. */
  readonly words: ReadonlySet<string>;
  /** The words of their own names only. */
  readonly names: ReadonlySet<string>;
  readonly sections: ReadonlySet<ResumeSection>;
}

/** A question's words searched at most: a span search tries every run of up to four of them, so this bounds its cost. */
export const MAX_SPAN_WORDS = 12;
export const MAX_SPAN_SIZE = 4;

export interface Span {
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
export const INTENT_BONUS = 0.3;

/** A match elsewhere is followed only when it names the entry, not when it merely mentions the word. */
export function isNaming(span: Span): boolean {
  return span.tier === 'identity' || (span.tier === 'facet' && span.whole);
}

/** A whole name of several words ("austin free net") says more than one word found in the section asked about ("free" → Freelance). */
export function namesMore(elsewhere: Span, here: Span): boolean {
  const length = (span: Span) => span.query.split(' ').length;
  return elsewhere.tier === 'identity' && elsewhere.whole && length(elsewhere) > length(here) && elsewhere.score >= here.score;
}

/**
 * A longer run that matches nearly as well is the more specific answer ("netflix user performance score" over
 * "netflix"; "site reliability" of a role's title over the skills group "Reliability"): each word it explains
 * beyond the shorter run outweighs a name matched whole against a facet matched in part.
 */
const LONGER_SPAN_BONUS = 0.11;
/**
 * Several words that are a whole name or facet ("ball python", "kotlin foundation") say more than one word of them
 * ("python"); so do several words said as they are, in order, in a longer one ("data analyst" of "Data Analyst
 * (Contract)"), which outrank a whole name matched only through a typo or another form ("Data Analysis").
 */
const WHOLE_PHRASE_BONUS = 0.1;

/** How far below a name found only through another name of the words a whole name said as it is may rank, and win. */
const ALIAS_MARGIN = 0.12;

type RankedSpan = Span & { rank: number; literal: boolean; aliased: boolean };

/** No word of the run begins as a word of the name matched does ("talk" of "Public speaking", "k8s" of "Kubernetes"). */
function otherNameOnly(term: readonly string[] | undefined, run: readonly string[]): boolean {
  if (!term?.length) return false;
  return !run.some((w) => term.some((t) => t.slice(0, 3) === w.slice(0, 3)));
}

/** Every word of the run said as it is, in order, in the name or facet matched. */
function saysLiterally(term: readonly string[] | undefined, run: readonly string[]): boolean {
  if (!term) return false;
  let at = 0;
  for (const w of term) if (w === run[at]) at++;
  return at === run.length;
}

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

/** A verb's past or -ing form: it says what was done with what follows, not which of its kind. */
const isVerbForm = (word: string): boolean => word.endsWith('ing') || isPastForm(word);

/** The same word, another form of it ("speaker" of "speaking"), or the word cut short ("comp" of "compression"). */
const sameStem = (word: string | undefined, other: string): boolean =>
  word !== undefined && (word.startsWith(other) || word.slice(0, 5) === other.slice(0, 5));

/** The highest rank a run of `size` words can have: a name matched whole (a hit scores at most 1). */
function highestRank(size: number): number {
  return 1 + LONGER_SPAN_BONUS * (size - 1) + (size > 1 ? WHOLE_PHRASE_BONUS : 0);
}

/** The run of up to four words in the residual that matches best, longer runs slightly preferred. */
export function bestSpan(residual: string, index: RoutingIndex, section: ResumeSection | null, minWords = 1): Span | null {
  const tokens = spanWords(residual, index);
  const sections = section ? [section] : index.sections.map((s) => s.section);
  let best: RankedSpan | null = null;
  /** The best whole name said as it is (not through another name of the words). */
  let asSaid: RankedSpan | null = null;
  const tried = new Set<string>();
  const unknown = new Map<string, boolean>();
  /** A word nothing in the résumé matches, even with a typo. */
  const isUnknown = (word: string | undefined) => {
    if (word === undefined || index.knows(word)) return false;
    if (!unknown.has(word))
      unknown.set(
        word,
        index.sections.every((s) => index.search(s.section, word).length === 0),
      );
    return unknown.get(word)!;
  };
  /**
   * Whether a run found as part of a longer name is, by a word beside it that the résumé does not have, something else:
   * "san" of "san francisco" is not San Mateo, nor "comp" of "comp sci" Compression (a name's first word, or that word cut
   * short, before it); "management" of "risk management" is not P&L management (a name's last word after it), unless
   * that word is a verb ("which role involved vendor management?") or the two find the entry themselves, as another
   * name of it ("conference speaking": public speaking).
   */
  const namesSomethingElse = (top: Hit, section: ResumeSection, start: number, size: number): boolean => {
    const first = top.term?.[0];
    if ((!top.whole || first !== tokens[start]) && sameStem(first, tokens[start]!) && isUnknown(tokens[start + size])) return true;
    const before = tokens[start - 1];
    return (
      !top.whole &&
      before !== undefined &&
      sameStem(top.term?.at(-1), tokens[start + size - 1]!) &&
      isUnknown(before) &&
      !isVerbForm(before) &&
      !index.search(section, [before, ...tokens.slice(start, start + size)].join(' ')).length
    );
  };
  for (let size = Math.min(tokens.length, MAX_SPAN_SIZE); size >= minWords; size--) {
    // No run this long, nor any shorter, can outrank the best found: none of them is searched.
    if (best && best.rank + 1e-9 >= highestRank(size)) break;
    for (let start = 0; start + size <= tokens.length; start++) {
      const query = tokens.slice(start, start + size).join(' ');
      if (tried.has(query)) continue;
      tried.add(query);
      for (const s of sections) {
        const top = index.search(s, query)[0];
        if (!top) continue;
        if (top.tier !== 'content' && namesSomethingElse(top, s, start, size)) continue;
        const phrase = size > 1 && top.tier !== 'content';
        const literal = phrase && saysLiterally(top.term, tokens.slice(start, start + size));
        // Three words or more said side by side in one text ("change data capture" of a role's highlight) say as much
        // as a facet of those words would: more than one word of a name ("change" of "Change Management").
        const saidTogether = size >= 3 && top.tier === 'content' && top.score >= TIER_WEIGHT.content;
        const score = saidTogether ? TIER_WEIGHT.facet : top.score;
        const rank = score + LONGER_SPAN_BONUS * (size - 1) + (phrase && (literal || top.whole) ? WHOLE_PHRASE_BONUS : 0);
        const aliased = top.whole && otherNameOnly(top.term, tokens.slice(start, start + size));
        // As high, words said as they are win over a name found through a typo or another form of a word, and a whole
        // name ("picpay") over a word inside a longer one ("team" of "Remote Team Management").
        const tied = best !== null && rank > best.rank - 1e-9;
        if (!best || rank > best.rank + 1e-9 || (tied && literal && !best.literal) || (tied && top.whole && !best.whole && !best.literal))
          best = { section: s, query, score: top.score, tier: top.tier, whole: top.whole, rank, literal, aliased };
        if (top.whole && top.tier !== 'content' && !aliased && (!asSaid || rank > asSaid.rank + 1e-9))
          asSaid = { section: s, query, score: top.score, tier: top.tier, whole: top.whole, rank, literal, aliased };
      }
    }
  }
  // A name found only through another name of the words ("talk": Public speaking) yields to a whole name said as it is,
  // nearly as high ("rustconf": a publication's publisher).
  if (best?.aliased && asSaid && asSaid.section !== best.section && asSaid.rank >= best.rank - ALIAS_MARGIN) return asSaid;
  return best;
}

/**
 * Whether a run of `minWords` to four of the words bestSpan reads, with one of `wanted` in it, can be found as a
 * name proper at STRONG_SCORE or more in some section: read from the names alone, before any run is searched (a
 * search reads everyone's texts too, at a question's first asking).
 */
export function mayNameStrongly(residual: string, index: RoutingIndex, wanted: ReadonlySet<string>, minWords: number): boolean {
  const tokens = spanWords(residual, index);
  for (let size = Math.min(tokens.length, MAX_SPAN_SIZE); size >= minWords; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      const run = tokens.slice(start, start + size);
      if (!run.some((w) => wanted.has(w))) continue;
      const query = run.join(' ');
      if (index.sections.some((s) => index.namesStrongly(s.section, query))) return true;
    }
  }
  return false;
}

/** How or when something is known ("well", "deeply", "yet") says nothing of what it is; neither does a version ("python 3"). */
const ADVERB = /^(?:well|yet|still|already|anymore|enough|alone|\w{3,}ly)$/;
const VERSION = /^v?\d[\d.x]*$/;
/**
 * A word after a name that says what is done with it or made with it, not another thing's name: an activity
 * ("kubernetes networking", "kafka administration", "kafka performance") or things in the plural ("react hooks",
 * "docker containers"); a product is named in the singular ("docker swarm", "tableau server").
 */
const ASPECT = /(?:ing|tion|sion|ment|ance|ence|ency|[^siu]s)$/;

/**
 * The words next to a span in the question that only a longer name could explain ("streams" of "does she
 * know kafka streams?", "google" of "does he know google cloud?"), with the span: the phrase the question
 * really asks about, for the section's own search to judge whole (a qualifier, "apache kafka", still finds
 * Kafka there). Null when the span has no such neighbour: little words, cue words, the person's name and
 * another entry's whole name ("kafka, kubernetes") end the phrase. `asked`: the span is in the section asked
 * about, and whether that section's entries are practices and technologies (see RouteSpec.practices).
 */
export function qualifiedPhrase(
  words: readonly string[],
  span: Span,
  index: RoutingIndex,
  asked: 'practices' | 'entries' | null = null,
): string | null {
  const wanted = span.query.split(' ');
  // Words a cue phrase takes in this question ("say" of "say about him"), not only cue words on their own.
  const cued = new Set(index.routes.allCues.find(words).flatMap(({ start, end }) => words.slice(start, end).map((_, k) => start + k)));
  const free = (at: number): boolean => {
    const w = words[at];
    return (
      w !== undefined &&
      !cued.has(at) &&
      !STOPWORDS.has(w) &&
      !ADVERB.test(w) &&
      !VERSION.test(w) &&
      !FILLER.has(w) &&
      !index.nameWords.has(w) &&
      index.routes.allCues.strip([w]).length > 0 &&
      !index.search(span.section, w).some((h) => h.whole && h.tier !== 'content')
    );
  };
  const unknown = (w: string) => index.sections.every((s) => index.search(s.section, w).length === 0);
  // As written, or as one of several ("estates" of "a Terraform estate"); not any form of it ("streams" is no "streaming").
  const saysAsIs = (w: string) => index.knows(w) || index.knows(w.replace(/s$/, '')) || index.knows(`${w}s`);
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== wanted[0]) continue;
    // The span's words in order, little words between them allowed ("salt cedar" of "salt and cedar").
    let end = start;
    let k = 1;
    for (let i = start + 1; i < words.length && k < wanted.length; i++) {
      if (words[i] === wanted[k]) [end, k] = [i, k + 1];
      else if (!STOPWORDS.has(words[i]!)) break;
    }
    if (k < wanted.length) continue;
    let [from, to] = [start, end];
    // A word that only says what kind of thing it is qualifies a name ("python scripting", "sql queries"). Any other
    // after part of a name names another thing ("cloud security" of "Cloud Infrastructure"); after a whole name only
    // a name of its own does, one the skills taxonomy knows ("kafka streams", "react native") and the résumé does
    // not say, or a product of a technology asked about ("aws lambda"), while a word for what is done with it
    // qualifies it ("kafka internals", "kubernetes networking").
    const ownHead = (w: string) => {
      // A line of work after its name says only that: "the restaurant industry" is Restaurant.
      if (FIELD_HEADS.has(w)) return false;
      // After part of a name, any other word is another name's: "computer engineering" is no "Computer Science".
      if (!span.whole) return true;
      if (GENERIC_HEADS.has(w)) return false;
      const name = words.slice(from, to + 1).join(' ');
      if (technologyOf(`${name} ${w}`) !== undefined) return namesAnother(name, `${name} ${w}`, w);
      // The taxonomy cannot list every product ("aws lambda", "docker swarm", "excel vba"): a word the résumé never
      // says names one, unless it only says what is done with the name or what is made with it.
      if (!asked || (technologyOf(name) === undefined && asked !== 'practices') || saysAsIs(w)) return false;
      // A technology's own name after another's is a product of its own ("java spring", "gcp bigquery"), unless in
      // the plural; a short word ("ecs", "iam") is a name, never an activity or a plural.
      const plural = /[^siu]s$/.test(w);
      if (technologyOf(w) !== undefined) return !plural;
      return w.length < 5 || !ASPECT.test(w);
    };
    // A longer name the taxonomy knows as another thing, unless it is the same one and the résumé says the word.
    const namesAnother = (name: string, longerName: string, w: string) => {
      const longer = technologyOf(longerName);
      return longer !== undefined && (longer !== technologyOf(name) || !saysAsIs(w));
    };
    // Before a whole name, a word qualifies it ("apache kafka") unless the two make a name of their own ("google cloud"
    // of a keyword "cloud"); one the résumé never says, before part of a name, names another thing ("google cloud" of
    // "Cloud Infrastructure").
    // Part of a name that only says a kind of work ("engineering", "management") is no name at all: any word before
    // it makes another one ("software engineering" is no "Performance Engineering", "talent management" no "Change Management").
    const kindOnly = wanted.every((w) => GENERIC_HEADS.has(w) || PRACTICE_HEADS.has(w));
    const ownQualifier = (w: string) => {
      const name = words.slice(from, to + 1).join(' ');
      return span.whole ? namesAnother(name, `${w} ${name}`, w) : kindOnly || unknown(w);
    };
    while (to - from + 1 < MAX_SPAN_SIZE && free(to + 1) && ownHead(words[to + 1]!)) to++;
    while (to - from + 1 < MAX_SPAN_SIZE && free(from - 1) && ownQualifier(words[from - 1]!)) from--;
    return from === start && to === end ? null : words.slice(from, to + 1).join(' ');
  }
  return null;
}
