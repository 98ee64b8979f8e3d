/**
 * Scores résumé documents against a query. Three tiers, trusted in this order:
 *  1. identity (a company, project, skill or school name);
 *  2. facets (position, location, keywords, related projects);
 *  3. content (highlights, descriptions), matched as a phrase, with fewer typos allowed.
 * Every query word must mean a word of the same term (same word, another form, a prefix
 * typed so far, or a typo) — or the query run together must mean the term run together
 * ("flame scope" → FlameScope). Only hits close to the best are kept, and nothing below a
 * floor is ever returned: no least-bad guesses.
 *
 * Lookups go through inverted word indexes built once per résumé, or once for a directory's
 * people (see vocabularies.ts), so a question costs microseconds, not a scan of every term.
 * Indexed together, people share the indexes and every answer is still each person's own: hits
 * are ranked per person, as if their résumé had been indexed alone. (fuse.js ranks autocomplete
 * suggestions, in index.ts: there a scan over a short list of names is what we want.)
 */
import { firstNotBefore } from './bisect.js';
import { type Among, type Blocks, blockOf, nextBlock, onePerson, withBlock } from './blocks.js';
import { Memo } from './memo.js';
import { expandQuery, relatedQueries, type AliasTable } from './expand.js';
import type { SearchDocument } from './documents.js';
import { compact, normalize, words } from './normalize.js';
import { type ContentText, readDocuments } from './reading.js';
import { GENERIC_HEADS, PRACTICE_HEADS, STOPWORDS } from './stopwords.js';
import { owns, type OwnedWords, type Vocabularies, buildVocabularies } from './vocabularies.js';
import type { WordIndex, WordMode } from './word-index.js';

export type Tier = 'identity' | 'facet' | 'content';

export interface Hit {
  doc: SearchDocument;
  /** Relevance in [0, 1]. */
  score: number;
  tier: Tier;
  /** The query covered the whole matched name or facet ("profiling" = the keyword "profiling", not a word of "Java Flight Recorder"). */
  whole: boolean;
  /** The words of the name or facet matched (identity and facet tiers). */
  term?: readonly string[];
  /** Found only through a related term (the alias table's `related`): the term its text says instead. */
  via?: string;
}

interface Term {
  doc: number;
  tier: 'identity' | 'facet';
  words: readonly string[];
  compact: string;
}

/** How much each tier can be worth; a perfect facet match still ranks below a name. */
export const TIER_WEIGHT = { identity: 1, facet: 0.9, content: 0.62 } as const;
/** Below this relevance a hit is not trusted enough to show. */
const MIN_SCORE = 0.55;
/** A partial match is trusted a little less than the name itself. */
const PARTIAL_WEIGHT = 0.9;
/** Hits this far below the best are dropped as noise. */
const KEEP_WITHIN = 0.12;
const MAX_CACHED_QUERIES = 5_000;
/**
 * Hits a searcher's cache holds together: an entry for everyone may hold thousands (a common word at 1,000 people),
 * one person's a few, so its entries alone would not bound its memory.
 */
const MAX_CACHED_HITS = 50_000;
/** People asked a query alone before everyone's hits for it are found in one pass. */
const ONE_PASS_AFTER = 64;
/** A phrase's words said near each other rather than side by side count a little less than the phrase itself. */
const LOOSE_SCORE = TIER_WEIGHT.content * 0.95;
/** How many other words may stand among a phrase's words said near each other ("open-source D3.js plugin for heatmaps"). */
const NEAR_EXTRA = 3;
/** Rounds phraseHits counts before its marks start again from zero. */
const MAX_ROUNDS = 2 ** 30;
/** A compound's parts are words of their own: "copy" and "right" of "copyright", never "c" and "opyright". */
const MIN_PART = 3;
const MIN_COMPOUND = 2 * MIN_PART;
/**
 * The least score of a name found word for word (as written, another form, a beginning typed): a typo, a shared stem
 * or a short beginning scores less, and so does every facet, text and name found in parts.
 */
export const STRONG_SCORE = 0.95;
/** Longer queries are sentences, not a name with a qualifier. */
const MAX_PARTIAL_WORDS = 4;
/** An entry's names run together are short: a degree, its field and its school; a title and its company. */
const MAX_PARTS_WORDS = 16;

/** The words without the little ones at either end ("architect at" → "architect"); those inside stay ("salt and cedar"). */
function withoutEdgeStopwords(part: readonly string[]): readonly string[] {
  let [from, to] = [0, part.length];
  while (from < to && STOPWORDS.has(part[from]!)) from++;
  while (to > from && STOPWORDS.has(part[to - 1]!)) to--;
  return part.slice(from, to);
}

export interface SectionSearcher {
  /** Entries whose own text says the query (or another name for it: a documented alias, a typo, another form of a word). */
  search(query: string, person?: number): Hit[];
  /** Entries whose name says it: a company, a project, a skill, a school (never a word of their text). */
  searchNames(query: string, person?: number): Hit[];
  /**
   * For a query `search` found nothing for: the entry its known words name, when the words this
   * section lacks only qualify them ("apache kafka" → Kafka, "python scripting" → Python) or give a
   * sibling its other head ("conflict resolution" → Conflict Management, the only "conflict …").
   * Never a name that only contains the known word ("google cloud" is not Cloud Infrastructure).
   */
  partial(query: string, person?: number): Hit[];
  /** Entries found only through a related term of the query ("kafka" → "event streaming"), each with that term. */
  related(query: string, person?: number): Hit[];
  /** Names close to the query, for "did you mean" when nothing matched. */
  nearNames(query: string, limit: number, person?: number): string[];
  /**
   * Whether `search` can find a name proper of this person's here at STRONG_SCORE or more for the query: only a name
   * whose every word the query (or another name for it, or it spaced otherwise) says as written, in another form or
   * by its beginning, or that run together, is found so strongly. Read from the names alone, without searching texts.
   */
  namesStrongly(query: string, person?: number): boolean;
  /**
   * Marks (1 at their number in `into`) the people with an entry here whose names or text have a word one of these
   * can mean (the word, its forms, typos and beginnings; a name run together): nobody else can be found here by them.
   * `textsAsSearched`: a text's words only as the search reads a text (fewer typos, no beginnings), not as a name's.
   */
  whoMayMean(asked: readonly string[], into: Uint8Array, textsAsSearched?: boolean): void;
  /**
   * Marks everyone `search` or `partial` can find anything for with this query: everyone's hits in one pass, and
   * whoever has a name or facet here with a word of it (a partial name starts from one). Nobody else is found by it.
   */
  whoFinds(query: string, into: Uint8Array): void;
  /** Each person a name or facet of whose has this very word, with the weight of the stronger tier (into `strengths`, by person number). */
  naming(word: string, strengths: Float64Array): void;
  /**
   * Makes the arrays a search reads a query into (a slot per term and per entry of everyone here) now, a directory
   * starting: made by the first question otherwise, they were a good part of its time at a thousand people.
   */
  prepare(): void;
}

/** Whether a hit (its score, whether the query names its term whole) replaces the one an entry holds: higher, or as high and whole where that one is not. */
function outranks(score: number, whole: boolean, heldScore: number, heldWhole: boolean): boolean {
  return score > heldScore || (score === heldScore && whole && !heldWhole);
}

/** Three letters are a name's beginning only for names proper, not for any facet word. */
function facetBegun(term: Term, quality: number, queryCompact: string): boolean {
  return queryCompact.length <= 3 && term.tier === 'facet' && quality < 1;
}

/** The query names the term whole: it has as many words at least, or is the term run together. */
function namesWhole(term: Term, queryLength: number, queryCompact: string): boolean {
  return term.words.length <= queryLength || term.compact === queryCompact;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * What a query word can mean: `all` for everyone, and `typos` it may also mean for the people who
 * do not use the word itself (present only when someone does, in a vocabulary several share).
 */
interface Meaning {
  readonly word: string;
  readonly vocabulary: OwnedWords;
  readonly all: ReadonlyMap<string, number>;
  readonly typos: ReadonlyMap<string, number> | null;
}

function meaning(vocabulary: OwnedWords, word: string, mode: WordMode): Meaning {
  const all = vocabulary.index.matches(word, mode);
  const typos = vocabulary.owners && vocabulary.index.has(word) ? vocabulary.index.typos(word, mode) : null;
  return { word, vocabulary, all, typos: typos?.size ? typos : null };
}

/** How well `word` of this person's text matches the query word; 0 when it does not. */
function qualityFor(m: Meaning, person: number, word: string): number {
  const quality = m.all.get(word) ?? 0;
  if (!m.typos) return quality;
  const typo = m.typos.get(word);
  return typo !== undefined && typo > quality && !owns(m.vocabulary, person, m.word) ? typo : quality;
}

/**
 * Whether each meaning, in order, matches this person's word from `p` on: a loop, not `every` with a closure, as it
 * runs for each of the thousands of postings a common word has at a first asking (unoptimised code allocates closures).
 */
function saysAllAt(meanings: readonly Meaning[], person: number, textWords: readonly string[], p: number): boolean {
  for (let k = 0; k < meanings.length; k++) if (!(qualityFor(meanings[k]!, person, textWords[p + k] ?? '') > 0)) return false;
  return true;
}

/** Whether the `count` words from `p` on are all inside a third party's name. */
function allTheirs(theirs: readonly boolean[], p: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (!theirs[p + k]) return false;
  return true;
}

/** Every word the query word can mean for someone. */
function candidates(m: Meaning): Iterable<string> {
  if (!m.typos) return m.all.keys();
  return [...m.all.keys(), ...[...m.typos.keys()].filter((w) => !m.all.has(w))];
}

export { buildVocabularies };

/**
 * Whether a question across everyone is being answered now: its people are asked one after another, mostly the
 * same searches, so each finds everyone's hits in one pass at once instead of after ONE_PASS_AFTER people; or,
 * `inOrder`, in the order they are indexed until enough answer, when each finds its hits block by block (blocks.ts).
 */
export interface Crowd {
  readonly asked: boolean;
  readonly inOrder: boolean;
}

/**
 * `personOf[d]`: whose document `docs[d]` is, when several people are indexed together (documents grouped by person);
 * `crowd`: whether a question across them all is being answered.
 */
export function createSectionSearcher(
  docs: readonly SearchDocument[],
  aliases: AliasTable,
  vocabularies: Vocabularies = buildVocabularies([{ docs }]),
  personOf?: readonly number[],
  crowd?: Crowd,
): SectionSearcher {
  const ownerOf = (d: number) => personOf?.[d] ?? 0;
  const peopleCount = personOf ? new Set(personOf).size : 1;
  /** One more than the highest person number: a mark per person fits an array this long. */
  const ownersLength = personOf ? personOf.reduce((most, person) => Math.max(most, person + 1), 1) : 1;
  // Names and facets: terms, the words in them, and each term run together.
  const terms: Term[] = [];
  const termsByWord = new Map<string, number[]>();
  const termsByCompact = new Map<string, number[]>();
  const readings = docs.map((doc) => vocabularies.readings.get(doc) ?? readDocuments([doc]).get(doc)!);
  readings.forEach((reading, d) => {
    for (const [tier, texts] of [
      ['identity', reading.identity],
      ['facet', reading.facets],
    ] as const) {
      for (const text of texts) {
        const { words: termWords, compact: together } = vocabularies.term(text);
        if (!termWords.length) continue;
        const id = terms.push({ doc: d, tier, words: termWords, compact: together }) - 1;
        for (const w of new Set(termWords)) pushTo(termsByWord, w, id);
        pushTo(termsByCompact, terms[id]!.compact, id);
      }
    }
  });

  // Each term's owner and tier weight by term number: the strengths of a word said by most of a thousand people
  // read these, not each term's object (scattered in memory).
  const termOwner = Uint32Array.from(terms, (term) => ownerOf(term.doc));
  const termWeight = Float64Array.from(terms, (term) => TIER_WEIGHT[term.tier]);

  // Content: every text as its words, and where each word occurs.
  const contentTexts = readings.map((reading) => reading.content);
  const postings = contentPostings(contentTexts);

  /**
   * The terms of a word's list that are these people's (all of them, asked for no one): the lists run in
   * document order, which is person by person, so theirs are one run found by halving, not a scan of everyone's.
   */
  function theirs(ids: readonly number[] | undefined, among: Among | undefined): readonly number[] {
    if (!ids) return NO_TERMS;
    if (among === undefined || !personOf) return ids;
    const from = firstAtLeast(ids, among.from);
    const to = firstAtLeast(ids, among.to);
    return from === 0 && to === ids.length ? ids : ids.slice(from, to);
  }
  /** Whether a person is outside the people asked about (none are, asked for no one). */
  const outside = (among: Among | undefined, person: number) => among !== undefined && (person < among.from || person >= among.to);
  function firstAtLeast(ids: readonly number[], person: number): number {
    return firstNotBefore(0, ids.length, (i) => termOwner[ids[i]!]! < person);
  }

  /** Hits by person, best first. */
  interface Ranked {
    get(person: number): Hit[] | undefined;
    /** Everyone with a hit. */
    people(): Iterable<number>;
    /** How many hits it holds. */
    readonly held: number;
  }
  const cache = new Memo<string, Ranked>(MAX_CACHED_QUERIES, MAX_CACHED_HITS, (ranked) => ranked.held);
  const NONE: Hit[] = [];

  function offer(best: Map<number, Hit>, docIndex: number, score: number, tier: Tier, whole = false, term?: readonly string[]): void {
    const current = best.get(docIndex);
    if (!current || outranks(score, whole, current.score, current.whole))
      best.set(docIndex, term ? { doc: docs[docIndex]!, score, tier, whole, term } : { doc: docs[docIndex]!, score, tier, whole });
  }

  /**
   * Each term's quality while phraseHits reads a query (a term of a thousand people's is one of tens of thousands):
   * `value` by term number, `round` the reading of a query word that set it, `before` its value in the reading
   * before. Made on the first query (or by prepare); phraseHits never runs inside another.
   */
  let scratch: { value: Float64Array; before: Float64Array; round: Int32Array } | null = null;
  const termScratch = () => ({
    value: new Float64Array(terms.length),
    before: new Float64Array(terms.length),
    round: new Int32Array(terms.length),
  });
  let rounds = 0;

  /**
   * Name/facet terms (names only, with `namesOnly`; only some people's, with `among`; none of the people marked in
   * `passOver`) that every query word (or the run-together query) can mean.
   */
  function phraseHits(
    variant: string,
    best: Map<number, Hit>,
    namesOnly = false,
    among?: Among,
    wholeOnly = false,
    passOver?: Uint8Array,
  ): void {
    const queryWords = variant.split(' ');
    const queryCompact = compact(variant);
    if (!queryCompact) return;
    scratch ??= termScratch();
    const { value, before, round } = scratch;
    // Each query word is a round of its own: the marks start again from zero before they could run out.
    if (rounds > MAX_ROUNDS - queryWords.length) {
      round.fill(0);
      rounds = 0;
    }

    // Each term's quality is its weakest query word's best match in it. Little words ("and", "of") need not
    // be in the name: "salt and cedar" is "Salt & Cedar". Read into typed arrays by term number, each round
    // keeping the terms every word so far can mean, in the order they were first found (as a map would).
    const significant = queryWords.filter((w) => !STOPWORDS.has(w));
    let previous = 0;
    let kept: number[] = [];
    for (const q of significant.length ? significant : queryWords) {
      const now = ++rounds;
      const found: number[] = [];
      const m = meaning(vocabularies.names, q, q.length < 3 ? 'content' : 'name');
      for (const word of candidates(m)) {
        const base = m.all.get(word) ?? 0;
        for (const id of theirs(termsByWord.get(word), among)) {
          // Only a term every word so far can mean (set in the round before, or already in this one).
          if (previous && round[id] !== previous && round[id] !== now) continue;
          if (outside(among, termOwner[id]!) || passOver?.[termOwner[id]!]) continue;
          const q1 = m.typos ? qualityFor(m, termOwner[id]!, word) : base;
          if (!(q1 > 0)) continue;
          if (round[id] !== now) {
            before[id] = value[id]!;
            value[id] = q1;
            round[id] = now;
            found.push(id);
          } else if (value[id]! < q1) value[id] = q1;
        }
      }
      // Each term kept is one every word so far can mean: its weakest word's quality.
      if (previous) for (const id of found) value[id] = Math.min(value[id]!, before[id]!);
      previous = now;
      kept = found;
      if (kept.length === 0) break;
    }
    // The query run together against each term run together: "flame scope", "pic pay".
    if (queryCompact.length >= 3) {
      const m = meaning(vocabularies.compacts, queryCompact, 'name');
      for (const c of candidates(m)) {
        for (const id of theirs(termsByCompact.get(c), among)) {
          if (outside(among, termOwner[id]!) || passOver?.[termOwner[id]!]) continue;
          const q1 = qualityFor(m, termOwner[id]!, c);
          if (!(q1 > 0)) continue;
          if (round[id] !== previous) {
            value[id] = q1;
            round[id] = previous;
            kept.push(id);
          } else if (value[id]! < q1) value[id] = q1;
        }
      }
    }
    if (wholeOnly) {
      keepWhole(kept, value, queryWords.length, queryCompact, best);
      return;
    }
    for (const id of kept) {
      const q1 = value[id]!;
      const term = terms[id]!;
      if (namesOnly && term.tier !== 'identity') continue;
      if (facetBegun(term, q1, queryCompact)) continue;
      offer(best, term.doc, TIER_WEIGHT[term.tier] * q1, term.tier, namesWhole(term, queryWords.length, queryCompact), term.words);
    }
  }

  /**
   * Each entry's best term while keepWhole reads a query's terms: `score`, `whole` and `term` by document number,
   * `round` the reading that set them. Made on the first whole-names reading (or by prepare).
   */
  let docScratch: { score: Float64Array; whole: Uint8Array; term: Int32Array; round: Int32Array } | null = null;
  const entryScratch = () => ({
    score: new Float64Array(docs.length),
    whole: new Uint8Array(docs.length),
    term: new Int32Array(docs.length),
    round: new Int32Array(docs.length),
  });
  let docRounds = 0;

  /**
   * Of the terms phraseHits kept, each entry's best (chosen by the same rule as offer, `outranks`, in the same order) goes into `into` only
   * when the query names that term whole: what a whole name needs, without a hit made for every entry that a common
   * word ("university", "performance") names in part.
   */
  function keepWhole(
    kept: readonly number[],
    value: Float64Array,
    queryLength: number,
    queryCompact: string,
    into: Map<number, Hit>,
  ): void {
    docScratch ??= entryScratch();
    const { score, whole, term: bestTerm, round } = docScratch;
    if (docRounds >= MAX_ROUNDS) {
      round.fill(0);
      docRounds = 0;
    }
    const now = ++docRounds;
    const touched: number[] = [];
    for (const id of kept) {
      const q1 = value[id]!;
      const term = terms[id]!;
      if (facetBegun(term, q1, queryCompact)) continue;
      const said = TIER_WEIGHT[term.tier] * q1;
      const named = namesWhole(term, queryLength, queryCompact);
      const d = term.doc;
      if (round[d] !== now) {
        round[d] = now;
        touched.push(d);
      } else if (!outranks(said, named, score[d]!, whole[d] === 1)) continue;
      score[d] = said;
      whole[d] = named ? 1 : 0;
      bestTerm[d] = id;
    }
    for (const d of touched) {
      if (!whole[d]) continue;
      const term = terms[bestTerm[d]!]!;
      into.set(d, { doc: docs[d]!, score: score[d]!, tier: term.tier, whole: true, term: term.words });
    }
  }

  /** Where the person's postings of a word begin (a multiple of 3), or its end. */
  function firstPosting(at: Int32Array, person: number): number {
    return firstNotBefore(0, at.length / 3, (i) => ownerOf(at[i * 3]!) < person) * 3;
  }

  /**
   * Content texts where the significant query words occur in order, next to each other, and
   * not all inside a third party's name: "apache" in "part of … Apache Flink" is not evidence.
   */
  function contentHits(variant: string, best: Map<number, Hit>, among?: Among): void {
    const significant = words(variant).filter((w) => !STOPWORDS.has(w));
    if (!significant.length || significant.some((w) => w.length < 2)) return;
    const content = vocabularies.content;
    const meanings = significant.map(
      (q): Meaning =>
        q.length < 4
          ? { word: q, vocabulary: content, all: new Map(content.index.has(q) ? [[q, 1]] : []), typos: null }
          : meaning(content, q, 'content'),
    );
    if (meanings.some((m) => m.all.size === 0 && !m.typos)) return;
    // Asked of everyone, only a text with a word of each later meaning can say them all, side by side or near: those
    // texts are found first when the later words are said less often than the first (each text is read either way).
    const saying =
      among === undefined && meanings.length > 1 && saidTimes(meanings.slice(1)) < saidTimes(meanings.slice(0, 1))
        ? textsSayingAll(meanings.slice(1))
        : null;
    for (const first of candidates(meanings[0]!)) {
      const at = postings(first);
      // Both run in text order: the next text saying them all is found by walking on, not by hashing each posting.
      let next = 0;
      // A word's postings run in document order, person by person: some people's are one run, found by halving.
      for (let i = among === undefined ? 0 : firstPosting(at, among.from); i < at.length; i += 3) {
        // Three reads, not a destructured array: a first asking runs unoptimised, where that array is made per posting.
        const d = at[i]!;
        const t = at[i + 1]!;
        const p = at[i + 2]!;
        if (saying) {
          const key = textKey(d, t);
          while (next < saying.length && saying[next]! < key) next++;
          if (saying[next] !== key) continue;
        }
        const person = ownerOf(d);
        if (among !== undefined && person >= among.to) break;
        const held = best.get(d);
        if (held && held.score >= TIER_WEIGHT.content) continue;
        const text = contentTexts[d]![t]!;
        if (saysAllAt(meanings, person, text.words, p)) {
          if (text.theirs && allTheirs(text.theirs, p, meanings.length)) continue;
          offer(best, d, TIER_WEIGHT.content, 'content');
        } else if (meanings.length > 1 && (held?.score ?? 0) < LOOSE_SCORE && saidNear(text, p, meanings, person)) {
          offer(best, d, LOOSE_SCORE, 'content');
        }
      }
    }
  }

  /** One number for each content text: its document's, then its own within it. */
  const textsPerDoc = contentTexts.reduce((most, texts) => Math.max(most, texts.length), 1);
  const textKey = (d: number, t: number) => d * textsPerDoc + t;

  /** How often the words these meanings can mean are said, all of them together (their postings). */
  function saidTimes(meanings: readonly Meaning[]): number {
    let times = 0;
    for (const m of meanings) for (const word of candidates(m)) times += postings(word).length;
    return times;
  }

  /**
   * The texts in which each of these meanings has a word it can mean (the postings of all of them, intersected), as
   * their keys ascending: one typed array per meaning, sorted, rather than a set of thousands of keys.
   */
  function textsSayingAll(meanings: readonly Meaning[]): Float64Array {
    let all: Float64Array | null = null;
    for (const m of meanings) {
      let count = 0;
      for (const word of candidates(m)) count += postings(word).length / 3;
      // A key is a document's number times the most texts a document has: past 2^31 in a large enough directory.
      const keys = new Float64Array(count);
      let n = 0;
      for (const word of candidates(m)) {
        const at = postings(word);
        for (let i = 0; i < at.length; i += 3) keys[n++] = textKey(at[i]!, at[i + 1]!);
      }
      keys.sort();
      // Each key once, and after the first meaning only those every meaning before says.
      let kept = 0;
      let before = 0;
      for (let i = 0; i < n; i++) {
        const key = keys[i]!;
        if (kept > 0 && keys[kept - 1] === key) continue;
        if (all) {
          while (before < all.length && all[before]! < key) before++;
          if (all[before] !== key) continue;
        }
        keys[kept++] = key;
      }
      all = keys.subarray(0, kept);
      if (!kept) break;
    }
    return all ?? new Float64Array(0);
  }

  /**
   * Every query word written as it is, near the first one's occurrence at `p` and in any order, not all inside a
   * third party's name: "on-host … monitoring", "gradient descent" of "a visualizer that animates gradient descent".
   */
  function saidNear(text: ContentText, p: number, meanings: readonly Meaning[], person: number): boolean {
    if (qualityFor(meanings[0]!, person, text.words[p]!) < 1) return false;
    const reach = meanings.length + NEAR_EXTRA;
    const used = [p];
    for (const m of meanings.slice(1)) {
      let at = -1;
      for (let q = Math.max(0, p - reach); q <= Math.min(text.words.length - 1, p + reach); q++)
        if (!used.includes(q) && qualityFor(m, person, text.words[q]!) === 1 && (at < 0 || Math.abs(q - p) < Math.abs(at - p))) at = q;
      if (at < 0) return false;
      used.push(at);
    }
    return Math.max(...used) - Math.min(...used) <= reach && !(text.theirs && used.every((q) => text.theirs![q]));
  }

  /**
   * Each person's hits close to their best, best first; nothing below the floor. Ranked when a person is first
   * asked about: a question reaches a few of the thousand people the postings name.
   */
  function ranked(best: Map<number, Hit>): Ranked {
    if (!personOf) {
      const one = rankedOne([...best]);
      return { get: (person) => (person === 0 ? one : undefined), people: () => (one.length ? [0] : []), held: one.length };
    }
    // The documents hit above the floor in document order, which is person by person: each person's are one run,
    // found by halving when they are asked about, not a list per person made for everyone a common word names.
    const kept = new Int32Array(best.size);
    let held = 0;
    best.forEach((hit, d) => {
      if (hit.score >= MIN_SCORE) kept[held++] = d;
    });
    const hitDocs = kept.subarray(0, held).sort();
    const done = new Map<number, Hit[]>();
    return {
      held,
      people() {
        const people: number[] = [];
        for (let i = 0; i < held; i++) {
          const person = ownerOf(hitDocs[i]!);
          if (people[people.length - 1] !== person) people.push(person);
        }
        return people;
      },
      get(person) {
        let hits = done.get(person);
        if (!hits) {
          let at = firstNotBefore(0, held, (i) => ownerOf(hitDocs[i]!) < person);
          if (at === held || ownerOf(hitDocs[at]!) !== person) return undefined;
          const found: Array<[number, Hit]> = [];
          for (; at < held && ownerOf(hitDocs[at]!) === person; at++) found.push([hitDocs[at]!, best.get(hitDocs[at]!)!]);
          done.set(person, (hits = rankedOne(found)));
        }
        return hits;
      },
    };
  }

  /** One person's hits (with their documents' places) close to their best, best first; nothing below the floor. */
  function rankedOne(found: ReadonlyArray<readonly [number, Hit]>): Hit[] {
    const hits = found.filter(([, h]) => h.score >= MIN_SCORE);
    if (hits.length === 0) return NONE;
    const top = Math.max(...hits.map(([, h]) => h.score));
    return hits
      .filter(([, h]) => h.score >= top - KEEP_WITHIN)
      .sort(([da, a], [db, b]) => b.score - a.score || (a.doc.rank ?? a.doc.index) - (b.doc.rank ?? b.doc.index) || da - db)
      .map(([, h]) => h);
  }

  /**
   * An entry named in full by its own names, one after the other: "performance architect at netflix" is the role
   * with that title at that company, "b.sc. computer science at pucrs" the degree, "teacher at coderdojo" the
   * volunteer entry (what --json titles them, so what completion offers). Each part must be a whole name or
   * facet of the same entry, one part its name proper: a word that is only part of a name ("cloud" of "Cloud
   * Infrastructure") makes no part.
   */
  function namedInParts(variant: string, best: Map<number, Hit>, wholeNamed: WholeNames, among?: Among): void {
    const queryWords = variant.split(' ');
    const n = queryWords.length;
    if (n < 2 || n > MAX_PARTS_WORDS) return;
    // "at" ends the title's part, it is no word of the title: only the words that name count.
    const wholeNames = (from: number, to: number) => wholeNamed(withoutEdgeStopwords(queryWords.slice(from, to)).join(' '), among);
    // Every way to cut the words into two or three parts; an entry counts when each part is one of its names.
    const cuts: number[][] = [];
    for (let a = 1; a < n; a++) {
      cuts.push([0, a, n]);
      for (let b = a + 1; b < n; b++) cuts.push([0, a, b, n]);
    }
    for (const cut of cuts) {
      // A part that is nobody's whole name ends the cut: no entry has every part (the later parts are not looked up).
      const parts: Array<ReadonlyMap<number, Hit>> = [];
      for (let k = 0; k + 1 < cut.length; k++) {
        const part = wholeNames(cut[k]!, cut[k + 1]!);
        if (!part.size) break;
        parts.push(part);
      }
      if (parts.length < cut.length - 1) continue;
      // Read with forEach and a loop: a thousand people's entries would each make arrays otherwise.
      parts[0]!.forEach((_, d) => {
        let identity = false;
        let lowest = Number.POSITIVE_INFINITY;
        for (const part of parts) {
          const hit = part.get(d);
          if (!hit) return;
          if (hit.tier === 'identity') identity = true;
          if (hit.score < lowest) lowest = hit.score;
        }
        if (identity) offer(best, d, lowest * PARTIAL_WEIGHT, 'identity', true);
      });
    }
  }

  /**
   * The entries a run of words names in full, by a name or a facet (phraseHits' whole hits), found once per run of
   * words for every variant and cut of one query: "university of texas" and "of texas" both name "texas". Only the
   * entries of people not marked `answered` are read: the names in parts of the others are never used, and a common
   * word's whole names among a thousand people are many.
   */
  type WholeNames = (named: string, among?: Among) => ReadonlyMap<number, Hit>;
  function wholeNamesOnce(answered: Uint8Array): WholeNames {
    const found = new Map<string, ReadonlyMap<number, Hit>>();
    return (named, among) => {
      let whole = found.get(named);
      if (!whole) {
        const kept = new Map<number, Hit>();
        if (named) phraseHits(named, kept, false, among, true, answered);
        found.set(named, (whole = kept));
      }
      return whole;
    };
  }

  /**
   * The query with two of its words run together where a text writes them so ("google maps" of GoogleMaps), or one
   * word written apart ("copyright" of "copy right"): the same words, spaced otherwise.
   */
  function compounds(variant: string): string[] {
    const known = (w: string) => vocabularies.content.index.has(w) || vocabularies.names.index.has(w);
    const ws = variant.split(' ');
    const out: string[] = [];
    ws.forEach((w, i) => {
      const next = ws[i + 1];
      if (next && known(w + next)) out.push([...ws.slice(0, i), w + next, ...ws.slice(i + 2)].join(' '));
      if (known(w) || w.length < MIN_COMPOUND) return;
      for (let cut = MIN_PART; cut <= w.length - MIN_PART; cut++)
        if (known(w.slice(0, cut)) && known(w.slice(cut)))
          out.push([...ws.slice(0, i), w.slice(0, cut), w.slice(cut), ...ws.slice(i + 1)].join(' '));
    });
    return out;
  }

  /** Everyone's hits (or some people's, with `among`: the same hits as theirs among everyone's). */
  function searchUncached(normalized: string, among?: Among): Ranked {
    const best = new Map<number, Hit>();
    const variants = expandQuery(normalized, aliases).flatMap((variant) => [variant, ...compounds(variant)]);
    for (const variant of variants) {
      phraseHits(variant, best, false, among);
      contentHits(variant, best, among);
    }
    // Only for whoever no single name or text answers (in a shared index, each person as if alone).
    // Marked by their number, not a set made of every hit's owner (a common word hits thousands of entries).
    const answered = new Uint8Array(ownersLength);
    let answering = 0;
    best.forEach((_, d) => {
      const person = ownerOf(d);
      if (!answered[person]) {
        answered[person] = 1;
        answering++;
      }
    });
    // (Among some people, any of them may have no entry here: their parts are read, and find nothing.)
    if (answering < (among === undefined ? peopleCount : among.to - among.from)) {
      const parts = new Map<number, Hit>();
      const wholeNamed = wholeNamesOnce(answered);
      for (const variant of variants) namedInParts(variant, parts, wholeNamed, among);
      parts.forEach((hit, d) => {
        if (!answered[ownerOf(d)]) best.set(d, hit);
      });
    }
    return ranked(best);
  }

  /** Whether a term is a name proper (the identity tier), by term number. */
  const termNamesProper = Uint8Array.from(terms, (term) => (term.tier === 'identity' ? 1 : 0));

  /**
   * Each name proper (of `only`, or of everyone) a variant names at STRONG_SCORE or more as phraseHits scores it:
   * every word of it means a word of the name as written, in another form or by its beginning (a typo never scores
   * so much), or the variant run together means the name run together so.
   */
  function stronglyNamed(variant: string, among: Among | undefined, each: (id: number) => void): void {
    const queryWords = variant.split(' ');
    const queryCompact = compact(variant);
    if (!queryCompact) return;
    const ours = (id: number) => termNamesProper[id] === 1 && !outside(among, termOwner[id]!);
    const significant = queryWords.filter((w) => !STOPWORDS.has(w));
    let kept: Set<number> | null = null;
    for (const q of significant.length ? significant : queryWords) {
      const found = new Set<number>();
      for (const [word, quality] of vocabularies.names.index.matches(q, q.length < 3 ? 'content' : 'name')) {
        if (quality < STRONG_SCORE) continue;
        for (const id of theirs(termsByWord.get(word), among)) if (ours(id) && (!kept || kept.has(id))) found.add(id);
      }
      kept = found;
      if (!found.size) break;
    }
    for (const id of kept ?? NO_TERMS) each(id);
    if (queryCompact.length < 3) return;
    for (const [c, quality] of vocabularies.compacts.index.matches(queryCompact, 'name')) {
      if (quality < STRONG_SCORE) continue;
      for (const id of theirs(termsByCompact.get(c), among)) if (ours(id)) each(id);
    }
  }

  /**
   * Who has a name here some variant of the query names at STRONG_SCORE or more (everyone's, read in one pass while
   * a question across everyone is answered; otherwise the one person's): the same variants searchUncached reads.
   */
  const strongNamers = new Memo<string, ReadonlySet<number>>(MAX_CACHED_QUERIES, MAX_CACHED_HITS, (people) => people.size);
  function namesStrongly(query: string, person: number): boolean {
    const normalized = normalize(query);
    if (!normalized) return false;
    const only = personOf && !crowd?.asked ? person : undefined;
    const key = only === undefined ? normalized : `${only}\u0000${normalized}`;
    const people =
      strongNamers.get(normalized) ??
      strongNamers.remember(key, () => {
        const found = new Set<number>();
        for (const variant of expandQuery(normalized, aliases).flatMap((v) => [v, ...compounds(v)]))
          stronglyNamed(variant, only === undefined ? undefined : onePerson(only), (id) => found.add(termOwner[id]!));
        return found;
      });
    return people.has(person);
  }

  function namesUncached(normalized: string): Ranked {
    const best = new Map<number, Hit>();
    for (const variant of expandQuery(normalized, aliases)) phraseHits(variant, best, true);
    return ranked(best);
  }

  /** What a word of a name or facet can mean here: itself, its forms and typos (a short word only as it is). */
  const nameMeaning = (word: string): Meaning => meaning(vocabularies.names, word, word.length < 3 ? 'content' : 'name');

  /** The words a partial name is read from (without the little ones): null past MAX_PARTIAL_WORDS, or under two. */
  function partialWords(normalized: string): string[] | null {
    const queryWords = words(normalized).filter((w) => !STOPWORDS.has(w));
    return queryWords.length < 2 || queryWords.length > MAX_PARTIAL_WORDS ? null : queryWords;
  }

  /**
   * Everyone with a name or facet in this section that has a word the word can mean (as `inSection` reads it):
   * while a question across everyone asks person after person about the same words, each word is read once.
   */
  const peopleSaying = new Memo<string, ReadonlySet<number>>(MAX_CACHED_QUERIES, MAX_CACHED_HITS, (people) => people.size);
  function peopleInSection(word: string): ReadonlySet<number> {
    return peopleSaying.remember(word, () => {
      const m = nameMeaning(word);
      const found = new Set<number>();
      for (const w of candidates(m))
        for (const id of termsByWord.get(w) ?? NO_TERMS) {
          const person = termOwner[id]!;
          if (!found.has(person) && qualityFor(m, person, w) > 0) found.add(person);
        }
      return found;
    });
  }

  /** True when the word (or a typo or form of it) is a word of a name or facet of this person's in this section. */
  function inSection(word: string, person: number): boolean {
    if (personOf && (crowd?.asked || peopleSaying.get(word))) return peopleInSection(word).has(person);
    const m = nameMeaning(word);
    const theirsOnly = onePerson(person);
    for (const w of candidates(m))
      for (const id of theirs(termsByWord.get(w), theirsOnly)) if (termOwner[id]! === person && qualityFor(m, person, w) > 0) return true;
    return false;
  }

  function partialUncached(normalized: string, person: number): Hit[] {
    const queryWords = partialWords(normalized);
    if (!queryWords) return NONE;
    const kept = queryWords.map((w) => !GENERIC_HEADS.has(w) && inSection(w, person));
    const from = kept.indexOf(true);
    const to = kept.lastIndexOf(true);
    // The known words must be one run: "kafka … streams" around an unknown word is no name.
    if (from < 0 || kept.slice(from, to + 1).includes(false)) return NONE;
    const known = queryWords.slice(from, to + 1);
    // An unknown word after the known ones is a head of its own: "react native" is not React.
    const ownHead = queryWords.slice(to + 1).some((w) => !GENERIC_HEADS.has(w));
    if (ownHead && from > 0) return NONE;
    // A sibling's other head is one word naming a way of handling it (below): any other head is no name here.
    const asked = queryWords.slice(to + 1);
    if (ownHead && (asked.length !== 1 || !PRACTICE_HEADS.has(asked[0]!))) return NONE;
    const best = new Map<number, Hit>();
    for (const variant of expandQuery(known.join(' '), aliases)) phraseHits(variant, best, false, onePerson(person));
    // Only a name: "harvard degree" is no degree, "google cloud" no cloud role.
    let hits = (ranked(best).get(person) ?? NONE).filter((h) => h.tier === 'identity' && h.term);
    if (!ownHead) hits = hits.filter((h) => h.whole);
    else {
      // A sibling: the known words, then one other word ("conflict management"), and only one such entry; both
      // heads must name a way of handling it, or the asked head is a thing of its own ("cloud security").
      hits = hits.filter(
        (h) => h.term!.length === known.length + 1 && !known.includes(h.term!.at(-1)!) && PRACTICE_HEADS.has(h.term!.at(-1)!),
      );
      if (new Set(hits.map((h) => h.doc)).size !== 1) return NONE;
    }
    return hits.map((h) => ({ ...h, score: h.score * PARTIAL_WEIGHT }));
  }

  function relatedUncached(normalized: string, person: number): Hit[] {
    const literal = new Set(searchFor(normalized, person).map((h) => h.doc));
    const found = new Map<SearchDocument, Hit>();
    for (const variant of relatedQueries(normalized, aliases)) {
      for (const hit of searchFor(variant, person))
        if (!literal.has(hit.doc) && !found.has(hit.doc)) found.set(hit.doc, { ...hit, via: variant });
    }
    return [...found.values()];
  }

  /** One cache for every kind of lookup, keyed by kind and normalised query. */
  function lookup(kind: string, query: string, compute: (normalized: string) => Ranked): Ranked {
    const normalized = normalize(query);
    if (!normalized) return EMPTY;
    return cache.remember(kind ? `${kind}\u0000${normalized}` : normalized, () => compute(normalized));
  }

  /**
   * One person's hits for a query. Everyone's are found in one pass while a question across everyone is answered,
   * or once several people were asked it; otherwise only theirs: a question about one person of a directory
   * reaches only them, and everyone's hits for each word and phrase its routing tries cost more than the answer.
   */
  const askedAlone = new Map<string, number>();
  function searchFor(query: string, person: number): Hit[] {
    const normalized = normalize(query);
    const everyone = cache.get(normalized);
    if (everyone || !personOf || !normalized) return (everyone ?? lookup('', normalized, searchUncached)).get(person) ?? NONE;
    if (crowd?.asked) return crowd.inOrder ? inBlocks(normalized, person) : (lookup('', normalized, searchUncached).get(person) ?? NONE);
    // Theirs found before (the same person asked again): no other person asked it.
    const theirs = cache.get(`one\u0000${person}\u0000${normalized}`);
    if (theirs) return theirs.get(person) ?? NONE;
    const times = (askedAlone.get(normalized) ?? 0) + 1;
    if (times > ONE_PASS_AFTER) return lookup('', normalized, searchUncached).get(person) ?? NONE;
    if (askedAlone.size >= MAX_CACHED_QUERIES) askedAlone.clear();
    askedAlone.set(normalized, times);
    return lookupFor('one', normalized, person, (n, p) => searchUncached(n, onePerson(p)).get(p) ?? NONE);
  }

  /**
   * While a question across everyone is asked: the person's hits from a block of people found before, or from a new
   * block from them on, or from everyone's found in one pass once the blocks would hold many (blocks.ts).
   */
  const blocksFound = new Memo<string, Blocks<Hit>>(MAX_CACHED_QUERIES, MAX_CACHED_HITS, (found) => found.held);
  function inBlocks(normalized: string, person: number): Hit[] {
    const found = blocksFound.get(normalized);
    const block = blockOf(found, person);
    if (block) return block.get(person) ?? NONE;
    const next = nextBlock(found, person, ownersLength);
    if (!next) return lookup('', normalized, searchUncached).get(person) ?? NONE;
    const hits = searchUncached(normalized, next);
    blocksFound.replace(normalized, withBlock(found, next, hits));
    return hits.get(person) ?? NONE;
  }

  /** A lookup only one person's answer needs (a partial name, related terms): cached for that person. */
  function lookupFor(kind: string, query: string, person: number, compute: (normalized: string, person: number) => Hit[]): Hit[] {
    return (
      lookup(`${kind}\u0000${person}`, query, (normalized) => {
        const hits = compute(normalized, person);
        return { get: (p) => (p === person ? hits : undefined), people: () => (hits.length ? [person] : []), held: hits.length };
      }).get(person) ?? NONE
    );
  }

  return {
    search: (query, person = 0) => searchFor(query, person),
    namesStrongly: (query, person = 0) => namesStrongly(query, person),
    whoMayMean(asked, into, textsAsSearched = false) {
      // A mark per person, not a set: the terms and postings of a common word name most of a thousand people many times.
      const addTerms = (ids: readonly number[] | undefined) => {
        for (const id of ids ?? NO_TERMS) into[termOwner[id]!] = 1;
      };
      const addPostings = (word: string) => {
        const at = postings(word);
        for (let i = 0; i < at.length; i += 3) into[ownerOf(at[i]!)] = 1;
      };
      // Each word's meanings, then its typos (read from both maps, no array made of them).
      const meant = (index: WordIndex, word: string, mode: WordMode, each: (w: string) => void) => {
        for (const w of index.matches(word, mode).keys()) each(w);
        for (const w of index.typos(word, mode).keys()) each(w);
      };
      const content = vocabularies.content.index;
      for (const word of asked) {
        meant(vocabularies.names.index, word, 'name', (w) => addTerms(termsByWord.get(w)));
        meant(vocabularies.compacts.index, word, 'name', (c) => addTerms(termsByCompact.get(c)));
        if (!textsAsSearched) meant(content, word, 'name', addPostings);
        // As contentHits reads a text: a short word only as it is, and fewer typos than in a name.
        else if (word.length < 4) {
          if (content.has(word)) addPostings(word);
        } else meant(content, word, 'content', addPostings);
      }
    },
    whoFinds(query, into) {
      for (const person of lookup('', query, searchUncached).people()) into[person] = 1;
      // A partial name starts from a word of a name or facet: whoever has one may be found by `partial`.
      for (const word of partialWords(normalize(query)) ?? []) {
        const m = nameMeaning(word);
        for (const w of candidates(m)) for (const id of termsByWord.get(w) ?? NO_TERMS) into[termOwner[id]!] = 1;
      }
    },
    naming(word, strengths) {
      const ids = termsByWord.get(word) ?? NO_TERMS;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const person = termOwner[id]!;
        if (strengths[person]! < termWeight[id]!) strengths[person] = termWeight[id]!;
      }
    },
    prepare() {
      scratch ??= termScratch();
      docScratch ??= entryScratch();
    },
    searchNames: (query, person = 0) => lookup('names', query, namesUncached).get(person) ?? NONE,
    partial: (query, person = 0) => (searchFor(query, person).length ? NONE : lookupFor('partial', query, person, partialUncached)),
    related: (query, person = 0) => lookupFor('related', query, person, relatedUncached),
    nearNames(query, limit, person = 0) {
      const target = compact(query);
      if (target.length < 3) return [];
      // About one typo in three letters: further than search tolerates, close enough to ask.
      const budget = Math.max(1, Math.floor(target.length / 3));
      const distances = new Map<number, number>();
      const names = vocabularies.names.index;
      const theirsOnly = onePerson(person);
      const identity = (id: number) => {
        const term = terms[id]!;
        return term.tier === 'identity' && ownerOf(term.doc) === person ? term : undefined;
      };
      const note = (ids: readonly number[] | undefined, distance: number) => {
        for (const id of theirs(ids, theirsOnly)) {
          const term = identity(id);
          if (term) distances.set(term.doc, Math.min(distances.get(term.doc) ?? Infinity, distance));
        }
      };
      for (const [c, distance] of vocabularies.compacts.index.near(target, budget)) note(termsByCompact.get(c), distance);
      for (const [w, distance] of names.near(target, budget)) note(termsByWord.get(w), distance);
      // Several words, each a little off ("bset ppaer"): a name whose words are near every one of them.
      const queryWords = words(query).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
      if (queryWords.length > 1) {
        let together: Map<number, number> | null = null;
        for (const w of queryWords) {
          const near = new Map<number, number>();
          for (const [word, distance] of [
            ...names.near(w, Math.max(1, Math.floor(w.length / 3))),
            ...(names.has(w) ? [[w, 0] as const] : []),
          ]) {
            for (const id of theirs(termsByWord.get(word), theirsOnly)) {
              const term = identity(id);
              if (term) near.set(term.doc, Math.min(near.get(term.doc) ?? Infinity, distance));
            }
          }
          together = together ? new Map([...near].filter(([d]) => together!.has(d)).map(([d, x]) => [d, x + together!.get(d)!])) : near;
        }
        for (const [d, distance] of together ?? []) distances.set(d, Math.min(distances.get(d) ?? Infinity, distance));
      }
      return [...distances]
        .sort((a, b) => a[1] - b[1] || a[0] - b[0])
        .map(([d]) => docs[d]!.identity[0]!)
        .filter((name, i, all) => name && all.indexOf(name) === i)
        .slice(0, limit);
    },
  };
}

const EMPTY = { get: (): undefined => undefined, people: (): number[] => [], held: 0 };

const NO_POSTINGS = new Int32Array(0);
const NO_TERMS: readonly number[] = [];

/**
 * Where each content word occurs, as (doc, text, position) triples in one typed array, each word's
 * triples side by side: a directory of a thousand résumés holds millions of occurrences, which as
 * an array of numbers per word cost several times the memory.
 */
function contentPostings(contentTexts: ReadonlyArray<readonly ContentText[]>): (word: string) => Int32Array {
  const slots = new Map<string, number>();
  const counts: number[] = [];
  for (const texts of contentTexts)
    for (const text of texts)
      for (const w of text.words) {
        const slot = slots.get(w);
        if (slot === undefined) {
          slots.set(w, counts.length);
          counts.push(1);
        } else counts[slot]!++;
      }
  // Each word's first triple, then where the next word's begin.
  const starts = new Int32Array(counts.length + 1);
  for (let k = 0; k < counts.length; k++) starts[k + 1] = starts[k]! + counts[k]! * 3;
  const flat = new Int32Array(starts[counts.length]!);
  const next = starts.slice(0, counts.length);
  contentTexts.forEach((texts, d) =>
    texts.forEach((text, t) =>
      text.words.forEach((w, p) => {
        const slot = slots.get(w)!;
        const at = next[slot]!;
        flat[at] = d;
        flat[at + 1] = t;
        flat[at + 2] = p;
        next[slot] = at + 3;
      }),
    ),
  );
  return (word) => {
    const slot = slots.get(word);
    return slot === undefined ? NO_POSTINGS : flat.subarray(starts[slot]!, starts[slot + 1]!);
  };
}
