/**
 * How the search reads a résumé's documents: links stripped from every text; each content text
 * as its words, each marked when it is part of a third party's name (third-party.ts); and only
 * the facets that are the entry's own. A keyword tag that repeats a name the entry's own text
 * gives to someone else ("Apache Flink" on a plugin that Apache Flink uses, "Lighthouse" on a
 * Lighthouse-inspired metric) is theirs too, and so is such a word standing alone in a short
 * text: a tag says what an entry is about, its sentences say how.
 */
import type { SearchDocument } from './documents.js';
import { words } from './normalize.js';
import { createThirdPartyReader, stripLinks, type ThirdPartyReader } from './third-party.js';

export interface ContentText {
  readonly words: readonly string[];
  /** theirs[i]: words[i] is part of a third party's name, so a match of it alone is no evidence. Absent: none is. */
  readonly theirs?: readonly boolean[];
}

export interface DocumentReading {
  readonly identity: readonly string[];
  /** The facets that are the entry's own. */
  readonly facets: readonly string[];
  readonly content: readonly ContentText[];
}

/** Texts with fewer words are tags and labels: they name things but say nothing of how they relate to the person. */
const SENTENCE_WORDS = 5;
/** A run of word characters and the punctuation words() keeps or drops inside them (no Unicode property class: see name-tokens.ts). */
const PIECE = /(?:[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF+#.'’]|[\u0300-\u036F])+/g;

/** A text's words as the search matches them (see normalize.words), each with whether a third-party span covers it. */
function contentText(text: string, reader: ThirdPartyReader, intern: (word: string) => string): ContentText {
  const spans = reader.spans(text);
  if (!spans.length) return { words: words(text).map(intern) };
  const out: { words: string[]; theirs: boolean[] } = { words: [], theirs: [] };
  for (const piece of text.matchAll(PIECE)) {
    const start = piece.index;
    const end = start + piece[0].length;
    const theirs = spans.some(([a, b]) => a < end && b > start);
    for (const word of words(piece[0])) {
      out.words.push(intern(word));
      out.theirs.push(theirs);
    }
  }
  return out;
}

function readDocument(doc: SearchDocument, read: (text: string) => ContentText): DocumentReading {
  const content = doc.content.map(read);
  const facets = doc.facets.map(stripLinks);
  if (!content.some((text) => text.theirs)) return { identity: doc.identity.map(stripLinks), facets, content };
  // Words this entry's sentences only ever use inside someone else's name.
  const seen = new Map<string, boolean>();
  for (const text of content) {
    if (text.words.length < SENTENCE_WORDS) continue;
    text.words.forEach((w, i) => seen.set(w, (seen.get(w) ?? true) && Boolean(text.theirs?.[i])));
  }
  const theirs = new Set([...seen].filter(([, only]) => only).map(([w]) => w));
  if (!theirs.size) return { identity: doc.identity.map(stripLinks), facets, content };
  return {
    identity: doc.identity.map(stripLinks),
    facets: facets.filter((facet) => {
      const facetWords = words(facet);
      return !(facetWords.length > 0 && facetWords.every((w) => theirs.has(w)));
    }),
    content: content.map((text) => ({ words: text.words, theirs: text.words.map((w, i) => Boolean(text.theirs?.[i]) || theirs.has(w)) })),
  };
}

/**
 * Reads every document of one résumé. `personName` and every document's identity (employers,
 * clients, projects, listed skills, schools…) are the person's own names: never a third party.
 * `intern` gives each word its one shared copy (a directory's résumés repeat the same words).
 */
export function readDocuments(
  docs: readonly SearchDocument[],
  personName = '',
  intern: (word: string) => string = (word) => word,
): Map<SearchDocument, DocumentReading> {
  const corpus = docs.flatMap((d) => [...d.identity, ...d.facets, ...d.content]);
  const reader = createThirdPartyReader(corpus, [personName, ...docs.flatMap((d) => d.identity)]);
  // A role repeats its projects' descriptions: each text is read once.
  const read = new Map<string, ContentText>();
  const readText = (text: string) => {
    let found = read.get(text);
    if (!found) read.set(text, (found = contentText(stripLinks(text), reader, intern)));
    return found;
  };
  return new Map(docs.map((doc) => [doc, readDocument(doc, readText)]));
}
