/**
 * Scores résumé documents against a query. Three tiers, trusted in this order:
 *  1. identity (a company, project, skill or school name), fuzzy through fuse.js;
 *  2. facets (position, location, keywords, related projects), fuzzy through fuse.js;
 *  3. content (highlights, descriptions), word by word with light typo tolerance.
 * Only hits close to the best one are kept, so a strong name match is never diluted by
 * weak mentions, and nothing below a floor is ever returned: no least-bad guesses.
 */
import Fuse from 'fuse.js';
import type { AliasTable } from './aliases.js';
import { expandQuery } from './expand.js';
import type { SearchDocument, SearchSection } from './documents.js';
import { allowedTypos, compact, contentWords, editDistance, normalize, words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

export type Tier = 'identity' | 'facet' | 'content';

export interface Hit {
  doc: SearchDocument;
  /** Relevance in [0, 1]. */
  score: number;
  tier: Tier;
}

interface Term {
  doc: number;
  tier: 'identity' | 'facet';
  text: string;
  compact: string;
  words: string[];
}

/** How much each tier can be worth; a perfect facet match still ranks below a name. */
const TIER_WEIGHT = { identity: 1, facet: 0.9, content: 0.62 } as const;
/** Fuse.js threshold: 0 is exact, 1 matches anything. 0.3 tolerates about one typo in four letters. */
const FUZZY_THRESHOLD = 0.3;
/** Relevance of a three-letter prefix of a name. */
const PREFIX_SCORE = 0.8;
/** Below this relevance a hit is not trusted enough to show. */
const MIN_SCORE = 0.55;
/** Hits this far below the best are dropped as noise. */
const KEEP_WITHIN = 0.12;

export interface SectionSearcher {
  search(query: string): Hit[];
  /** Names close to the query, for "did you mean" when nothing matched. */
  nearNames(query: string, limit: number): string[];
}

type WordMode = 'name' | 'content';

/** Endings that make another form of the same word (plural, verb forms, -er). */
const SUFFIXES = new Set(['s', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'ion', 'ions', 'ment', 'ments', 'al', 'ly']);

/**
 * One query word against one word of the résumé: the same word, the same word with a short
 * suffix (cost/costs, engineer/engineering), a shared long stem (visualizing/visualization),
 * a name typed half-way (dell ← "del"), or a typo. Content has many more words than names,
 * so it tolerates fewer typos there: "swift" must not find "shift".
 */
function wordMatches(query: string, word: string, mode: WordMode): boolean {
  if (query === word) return true;
  const [short, long] = query.length <= word.length ? [query, word] : [word, query];
  if (short.length >= 4 && long.startsWith(short) && SUFFIXES.has(long.slice(short.length))) return true;
  if (mode === 'name' && query.length >= 3 && word.startsWith(query)) return true;
  let common = 0;
  while (common < short.length && query[common] === word[common]) common++;
  if (common >= 6 && common >= short.length - 3) return true;
  const typos = mode === 'name' ? allowedTypos(query) : allowedTypos(query.slice(2));
  return typos > 0 && editDistance(query, word, typos) <= typos;
}

/**
 * A fuzzy phrase hit is kept only if it lines up with whole words: each query word matches a
 * word of the term, or the query run together matches the term run together ("flame scope",
 * "pic pay"). This stops fuse.js from finding "rust" inside "infrastructure".
 */
function alignsWithWords(queryWords: readonly string[], queryCompact: string, term: Term): boolean {
  if (queryWords.every((q) => term.words.some((w) => wordMatches(q, w, 'name')))) return true;
  if (term.compact.startsWith(queryCompact) && queryCompact.length >= 4) return true;
  const typos = allowedTypos(queryCompact);
  return editDistance(queryCompact, term.compact, typos) <= typos;
}

/**
 * The significant query words occur in one content text, in order and next to each other
 * ("event streaming" must be a phrase, not "events" in one bullet and "streaming" in another).
 */
function contentScore(queryWords: string[], texts: readonly string[][]): number {
  if (queryWords.length === 0) return 0;
  if (queryWords.some((q) => q.length < 2)) return 0;
  for (const text of texts) {
    for (let start = 0; start + queryWords.length <= text.length; start++) {
      if (queryWords.every((q, k) => (q.length < 4 ? text[start + k] === q : wordMatches(q, text[start + k]!, 'content')))) return TIER_WEIGHT.content;
    }
  }
  return 0;
}

export function createSectionSearcher(docs: readonly SearchDocument[], aliases: AliasTable): SectionSearcher {
  const terms: Term[] = [];
  docs.forEach((doc, i) => {
    for (const [tier, texts] of [
      ['identity', doc.identity],
      ['facet', doc.facets],
    ] as const) {
      for (const text of texts) {
        const normalized = normalize(text);
        if (normalized) terms.push({ doc: i, tier, text: normalized, compact: compact(text), words: normalized.split(' ') });
      }
    }
  });
  const contentTexts = docs.map((doc) => doc.content.map(contentWords));
  const fuse = new Fuse(terms, {
    keys: ['text', 'compact'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    minMatchCharLength: 2,
  });

  /** Fuzzy phrase match. Short queries must equal a whole word: "net" is not Netflix, "go" is not Google. */
  function phraseHits(variant: string, best: Map<number, Hit>): void {
    const variantCompact = variant.replace(/[ .]/g, '');
    if (variantCompact.length <= 3) {
      for (const term of terms) {
        if (term.words.includes(variant) || term.compact === variantCompact) offer(best, term.doc, TIER_WEIGHT[term.tier], term.tier);
        // Three letters typed of a name ("del", "ice") are taken as its beginning, a little less surely.
        else if (term.tier === 'identity' && variantCompact.length === 3 && term.words.some((w) => w.startsWith(variantCompact)))
          offer(best, term.doc, PREFIX_SCORE, term.tier);
      }
      return;
    }
    const seen = new Set<string>();
    for (const pattern of [variant, variantCompact]) {
      if (seen.has(pattern)) continue;
      seen.add(pattern);
      const variantWords = variant.split(' ');
      for (const result of fuse.search(pattern)) {
        const term = result.item;
        if (!alignsWithWords(variantWords, variantCompact, term)) continue;
        const quality = 1 - (result.score ?? 1);
        offer(best, term.doc, TIER_WEIGHT[term.tier] * quality, term.tier);
      }
    }
  }

  function offer(best: Map<number, Hit>, docIndex: number, score: number, tier: Tier): void {
    const current = best.get(docIndex);
    if (!current || score > current.score) best.set(docIndex, { doc: docs[docIndex]!, score, tier });
  }

  return {
    search(query) {
      const normalized = normalize(query);
      if (!normalized) return [];
      const best = new Map<number, Hit>();
      for (const variant of expandQuery(normalized, aliases)) {
        phraseHits(variant, best);
        const significant = words(variant).filter((w) => !STOPWORDS.has(w));
        contentTexts.forEach((texts, i) => {
          const score = contentScore(significant, texts);
          if (score > 0) offer(best, i, score, 'content');
        });
      }
      const hits = [...best.values()].filter((h) => h.score >= MIN_SCORE);
      if (hits.length === 0) return [];
      const top = Math.max(...hits.map((h) => h.score));
      return hits
        .filter((h) => h.score >= top - KEEP_WITHIN)
        .sort((a, b) => b.score - a.score || docs.indexOf(a.doc) - docs.indexOf(b.doc));
    },
    nearNames(query, limit) {
      const target = compact(query);
      if (target.length < 3) return [];
      const budget = Math.max(1, Math.floor(target.length / 3));
      const scored: Array<{ name: string; distance: number }> = [];
      for (const doc of docs) {
        const name = doc.identity[0];
        if (!name) continue;
        // Close to the whole name, or to one word of it ("netflx" ~ "Netflix", "pucr" ~ "PUCRS").
        const candidates = [compact(name), ...words(name)];
        const distance = Math.min(...candidates.map((c) => editDistance(target, c, budget)));
        if (distance <= budget) scored.push({ name, distance });
      }
      scored.sort((a, b) => a.distance - b.distance);
      return [...new Set(scored.map((s) => s.name))].slice(0, limit);
    },
  };
}

export type SectionSearchers = Record<SearchSection, SectionSearcher>;
