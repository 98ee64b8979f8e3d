/**
 * Questions in another language than English, read by the same router: each catalogue lists
 * its language's marker words (words no English question uses; `openers` mark it only as a
 * message's first word: "e kubernetes?") and a glossary of its grammar (question words,
 * pronouns, articles and prepositions, "before"/"after", "now", the verbs of working and being,
 * follow-up words) onto the English words the router and the commands' modifiers are written
 * in, and each command's words in that language under `cues.<command>` ("formação" is
 * "education"). A question holding a marker word is glossed, longest phrase first; a word no
 * phrase takes is looked up by its stem when the catalogue names a stemmer (`stemmer`:
 * "trampava" is read as "trampar" is), and every other word (netflix, kubernetes) passes as it
 * is. English questions are never touched: their words are no marker.
 */
import { remembered } from './memo.js';
import { createRequire } from 'node:module';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as englishStem } from 'stemmer';
import { catalogues, DEFAULT_LOCALE } from '../i18n/catalogue.js';
import type { AliasTable } from './expand.js';
import { fold, normalize } from './normalize.js';
import { PhraseSet } from './phrases.js';
import { countryNamesIn } from './regions.js';
import { STOPWORDS } from './stopwords.js';

interface Glossary {
  readonly phrases: PhraseSet;
  readonly english: ReadonlyMap<string, string>;
  /** The résumé's own vocabulary in that language (`glossary.terms`): glossed only when the résumé does not use it. */
  readonly terms: ReadonlySet<string>;
  /** One-word entries by stem, where every entry of that stem means the same English word (built on first use). */
  readonly stems: ReadonlyMap<string, string>;
  /** The catalogue's stemmer, loaded on first use. */
  readonly stem: ((word: string) => string) | null;
  /** Words read otherwise before a bare common noun (`glossary.beforeNoun`: "em restaurante" is "at a restaurant"). */
  readonly beforeNoun: ReadonlyMap<string, string>;
  /** Regular endings of the language's words and of their English cognates, longest first. */
  readonly cognates: ReadonlyArray<readonly [string, string]>;
  /** Word order: the nouns and adjectives that come before what they qualify in English, and the words joining a noun to its qualifier. */
  readonly order: WordOrder;
}

/**
 * A noun's qualifier follows it in the language and precedes it in English: "engenheiro de
 * software" is a software engineer, "segurança em nuvem" cloud security, "gerente geral" a
 * general manager. Heads and adjectives are matched by stem too (engenheiras, gerentes); a
 * joining word with an article ("engenheiro da netflix") names a particular thing, never a kind.
 */
interface WordOrder {
  /** Stems of the nouns (`glossary.heads`) that take a qualifier after them. */
  readonly heads: ReadonlySet<string>;
  /** Stems of the adjectives (`glossary.adjectives`) that follow their noun. */
  readonly adjectives: ReadonlySet<string>;
  /** The joining words (`links`): the first may join any word ("de"), the rest only a glossary term ("em nuvem", never "em bellevue"). */
  readonly links: readonly string[];
  /** The adverbs (`glossary.adverbs`) that may stand between a subject pronoun and its verb ("ele ainda era"). */
  readonly adverbs: ReadonlySet<string>;
}

/**
 * A language's marker words, and its glossary built only when a question needs it: an English
 * question is told apart by the markers alone, and stemming every entry costs more than Node's start.
 */
interface Language {
  readonly markers: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  /** Its possessive contractions (`possessives`: "da", "do"), a marker between a noun and a name that ends the question. */
  readonly possessives: ReadonlySet<string>;
  /** null when the catalogue glosses nothing. */
  glossary(): Glossary | null;
  /** Its words spelled as English words of another meaning ("professor": teacher, "media": GPA): read in the language only in a text marked as in it. */
  readonly falseFriends: ReadonlySet<string>;
}

/** Words shorter than this are never read by their stem: "data" is no form of "datas". */
const MIN_STEMMED = 5;

/** Whether a word is long enough and plain enough to be read by its stem or its cognate ending. */
const isStemmable = (word: string): boolean => word.length >= MIN_STEMMED && /^[a-z]+$/.test(word);

const require = createRequire(import.meta.url);

/** Stems remembered per language: far more than the words people ask with, bounded against text made up to fill it. */
const MAX_REMEMBERED_STEMS = 10_000;

/**
 * The stemmers of the shipped catalogues, imported by name so the CLI's bundle holds them: finding one
 * by a computed name in node_modules costs a question milliseconds.
 */
const SHIPPED: Readonly<Record<string, (word: string) => string>> = { portuguese };

/** The language's stemmer from @orama/stemmers (`portuguese`, `spanish`, …), or null when the catalogue names none it has. */
function stemmerNamed(name: string | undefined): ((word: string) => string) | null {
  if (!name || !/^[a-z]+$/.test(name)) return null;
  try {
    const shipped = Object.hasOwn(SHIPPED, name) ? SHIPPED[name] : undefined;
    const loaded: unknown = shipped ? { stemmer: shipped } : require(`@orama/stemmers/${name}`);
    const stem = typeof loaded === 'object' && loaded !== null && 'stemmer' in loaded ? loaded.stemmer : undefined;
    if (typeof stem !== 'function') return null;
    // Every command's text asks for its words' stems (glossMayLead), English ones too: each word is stemmed once.
    const stems = new Map<string, string>();
    return (word: string) => remembered(stems, word, MAX_REMEMBERED_STEMS, () => String(stem(word)));
  } catch {
    return null;
  }
}

/** The one-word entries a stem can stand for (stemsOf reads only these). */
const stemmable = (from: string, to: string): boolean => !from.includes(' ') && from.length >= MIN_STEMMED - 1 && to !== '';

/**
 * Stem → English, from the one-word entries: the English word most of a stem's entries agree on
 * (estudou, estudo: study; estudos: education), none when they split evenly.
 */
function stemsOf(english: ReadonlyMap<string, string>, stem: ((word: string) => string) | null): Map<string, string> {
  const votes = new Map<string, Map<string, { to: string; count: number }>>();
  if (!stem) return new Map();
  for (const [from, to] of english) {
    if (!stemmable(from, to)) continue;
    const key = stem(from);
    const meaning = englishStem(to.split(' ')[0]!);
    const byMeaning = votes.get(key) ?? new Map<string, { to: string; count: number }>();
    const vote = byMeaning.get(meaning) ?? { to, count: 0 };
    byMeaning.set(meaning, { to: vote.to, count: vote.count + 1 });
    votes.set(key, byMeaning);
  }
  const stems = new Map<string, string>();
  for (const [key, byMeaning] of votes) {
    const [best, next] = [...byMeaning.values()].sort((a, b) => b.count - a.count);
    if (best && (!next || next.count < best.count)) stems.set(key, best.to);
  }
  return stems;
}

/** A language's glossary from its catalogue's lists. */
function glossaryFrom(lists: Readonly<Record<string, readonly string[]>>, tag: string): Glossary | null {
  const english = new Map<string, string>();
  // Its grammar, and each command's words in that language ("cues.<command>": "formação=education");
  // "dele=" drops a word: a possessive after its noun ("as habilidades dele") says nothing English needs.
  const glossed = (key: string) => key === 'glossary' || key.startsWith('glossary.') || key.startsWith('cues.');
  const entries = Object.entries(lists).flatMap(([key, list]) => (glossed(key) ? list : []));
  const sides = (entry: string) => entry.split('=').map((side) => fold(side).trim());
  for (const entry of entries) {
    const [from, to] = sides(entry);
    if (from && to !== undefined && !english.has(from)) english.set(from, to);
  }
  if (english.size === 0) return null;
  // A country by its name in the language, after a word that places it ("na espanha": in spain); alone, a name may
  // be someone's ("maurício": mauritius), so it is not read so. The catalogue's own words win.
  const placing = (lists['countries.before'] ?? []).map((entry) => sides(entry));
  for (const [country, name] of countryNamesIn(tag))
    for (const [before, after] of placing)
      if (before && after && !english.has(`${before} ${country}`)) english.set(`${before} ${country}`, `${after} ${name}`);
  let stem: ((word: string) => string) | null | undefined;
  let stems: Map<string, string> | undefined;
  let order: WordOrder | undefined;
  let cognates: Array<[string, string]> | undefined;
  const stemmed = (key: string, by: ((word: string) => string) | null) =>
    new Set((lists[key] ?? []).map((entry) => sides(entry)[0]!).map((word) => (by ? by(word) : word)));
  return {
    phrases: new PhraseSet(english.keys()),
    english,
    // Academic fields (`glossary.fields`: "administração de empresas") are terms too: a degree's area as the résumé says it.
    terms: new Set([...(lists['glossary.terms'] ?? []), ...(lists['glossary.fields'] ?? [])].map((entry) => sides(entry)[0]!)),
    beforeNoun: new Map((lists['glossary.beforeNoun'] ?? []).map((entry) => sides(entry) as [string, string])),
    get stem() {
      if (stem === undefined) stem = stemmerNamed(lists.stemmer?.[0]);
      return stem;
    },
    get stems() {
      stems ??= stemsOf(english, this.stem);
      return stems;
    },
    get cognates() {
      cognates ??= (lists.cognates ?? [])
        .map((entry) => sides(entry) as [string, string])
        .filter(([from, to]) => from !== undefined && to !== undefined && from !== '')
        .sort((a, b) => b[0].length - a[0].length);
      return cognates;
    },
    get order() {
      order ??= {
        heads: stemmed('glossary.heads', this.stem),
        adjectives: stemmed('glossary.adjectives', this.stem),
        links: (lists.links ?? []).map(fold),
        adverbs: stemmed('glossary.adverbs', null),
      };
      return order;
    },
  };
}

let languages: readonly Language[] | undefined;

/** Each other language, read from its catalogue once. */
function loaded(): readonly Language[] {
  languages ??= catalogues
    .locales()
    .filter((tag) => tag !== DEFAULT_LOCALE)
    .map((tag) => {
      const { lists } = catalogues.catalogue(tag);
      let glossary: Glossary | null | undefined;
      return {
        markers: new Set((lists.markers ?? []).map(fold)),
        openers: new Set((lists.openers ?? []).map(fold)),
        possessives: new Set((lists.possessives ?? []).map(fold)),
        falseFriends: new Set((lists.falseFriends ?? []).map(fold)),
        glossary: () => (glossary === undefined ? (glossary = glossaryFrom(lists, tag)) : glossary),
      };
    });
  return languages;
}

let allGlossaries: readonly Glossary[] | undefined;

/** Every language's glossary, in the catalogues' order (listed once: the catalogues never change in a process). */
const glossaries = (): readonly Glossary[] => (allGlossaries ??= loaded().flatMap((language) => language.glossary() ?? []));

/** Builds every glossary and its stems now (a directory starting), rather than on the first question read through them. */
export function prepareGlossaries(): void {
  for (const glossary of glossaries()) void glossary.stems;
}

/**
 * Finds now (a directory starting) which stems each glossary can read as a word `lead` takes, rather than on the
 * first command's text read through them (glossMayLead).
 */
export function prepareLeads(lead: (word: string) => boolean): void {
  for (const glossary of glossaries()) if (glossary.stem) stemsLeadingWith(glossary, glossary.stem, lead);
}

/** A word no phrase took, in English when its stem is a glossary word's. */
function byStem(word: string, glossary: Glossary): string {
  if (!glossary.stem || !isStemmable(word)) return word;
  return glossary.stems.get(glossary.stem(word)) ?? word;
}

/** Whose a thing is, said last, with no English word around it: "site do daniel", "cursos da lena vasquez". */
const OWNER_AFTER = 2;

function endsWithOwner(words: readonly string[], possessives: ReadonlySet<string>): boolean {
  const plain = (w: string | undefined) => w !== undefined && /^[a-z]+$/.test(w) && !STOPWORDS.has(w);
  return words.some(
    (w, i) => possessives.has(w) && i > 0 && plain(words[i - 1]) && words.length - i - 1 <= OWNER_AFTER && words.slice(i + 1).every(plain),
  );
}

/** Whether the words show they are in the language: a marker word, an opener first, or an owner named last. */
const isMarked = (words: readonly string[], language: Language): boolean =>
  language.openers.has(words[0]!) || words.some((w) => language.markers.has(w)) || endsWithOwner(words, language.possessives);

/** The language a question's words are in, when it is one of the other catalogues'. */
function glossaryOf(words: readonly string[]): Glossary | undefined {
  for (const language of loaded()) {
    if (!isMarked(words, language)) continue;
    const glossary = language.glossary();
    if (glossary) return glossary;
  }
  return undefined;
}

/** Whether the résumé itself uses a phrase's words (a translated copy's "liderança"): then they are kept as typed. */
export type Known = (words: readonly string[]) => boolean;

/** The question's words in the router's English when they are in another language; the same words otherwise. */
export function glossQuestion(normalized: string, known?: Known): string {
  if (!normalized) return normalized;
  const words = normalized.split(' ');
  const glossary = glossaryOf(words);
  return glossary ? glossWith(words, glossary, known) : normalized;
}

/**
 * A command's typed text in the router's English whatever it holds (`/experience primeiro`): the
 * command is known, so no marker is needed. The first glossary whose words change it.
 */
export function glossAny(normalized: string): string {
  if (!normalized) return normalized;
  // A directory reads one command's text once per person asked: the same English each time.
  return remembered(glossedAny, normalized, MAX_GLOSSED, () => glossAnyUncached(normalized));
}

/** Texts glossed lately (a bounded memo: the glossaries never change in a process). */
const glossedAny = new Map<string, string>();
const MAX_GLOSSED = 1_000;

function glossAnyUncached(normalized: string): string {
  const words = normalized.split(' ');
  for (const language of loaded()) {
    const glossary = language.glossary();
    if (!glossary) continue;
    // "/people professor" is English: only a text in the language reads its false friends in it.
    const glossed = glossWith(words, glossary, undefined, isMarked(words, language) ? undefined : language.falseFriends);
    if (glossed !== normalized) return glossed;
  }
  return normalized;
}

/** A command's typed text in the router's English (see glossAny), or null when no glossary changes it. */
export function englishOf(text: string): string | null {
  const typed = normalize(text);
  const english = glossAny(typed);
  return english && english !== typed ? english : null;
}

/** The stems of the one-word entries whose English starts with a word `lead` takes, per glossary and `lead`. */
const leadingStems = new WeakMap<Glossary, WeakMap<(word: string) => boolean, ReadonlySet<string>>>();

function stemsLeadingWith(glossary: Glossary, stem: (word: string) => string, lead: (word: string) => boolean): ReadonlySet<string> {
  const byLead = leadingStems.get(glossary) ?? new WeakMap<(word: string) => boolean, ReadonlySet<string>>();
  leadingStems.set(glossary, byLead);
  let found = byLead.get(lead);
  if (!found) {
    found = new Set(
      [...glossary.english].filter(([from, to]) => stemmable(from, to) && lead(to.split(' ')[0]!)).map(([from]) => stem(from)),
    );
    byLead.set(lead, found);
  }
  return found;
}

/** A one-word noun whose qualifier follows it in this language ("engenheiro de software"): read by its stem. */
const isHead = (phrase: string, glossary: Glossary): boolean =>
  !phrase.includes(' ') && glossary.order.heads.has(glossary.stem?.(phrase) ?? phrase);

/** Whether the word, as glossWith passes it on (read by its stem), can start with a word `lead` takes. */
function passedMayLead(word: string, glossary: Glossary, lead: (word: string) => boolean): boolean {
  if (lead(word)) return true;
  if (!isStemmable(word)) return false;
  const stem = glossary.stem;
  // A stem's English is one of its entries': only the entries whose English `lead` takes need stemming.
  return stem !== null && stemsLeadingWith(glossary, stem, lead).has(stem(word));
}

/**
 * False when no glossary can make the text start with a word `lead` takes, as glossAny would
 * gloss it: what a command's text can only mean through its first word (a modifier: "atual",
 * "antes da netflix") is asked this first, so plain English never builds a whole glossary.
 */
export function glossMayLead(normalized: string, lead: (word: string) => boolean): boolean {
  if (!normalized) return false;
  const words = normalized.split(' ');
  if (lead(words[0]!)) return true;
  return glossaries().some((glossary) => {
    let at = 0;
    for (const { start, end, phrase } of glossary.phrases.find(words)) {
      if (start > at) break;
      const english = glossary.english.get(phrase) ?? phrase;
      // A noun's qualifier after it may come first in English ("gerente geral", "engenheiro de software").
      if (english && end < words.length && isHead(phrase, glossary)) return true;
      // A phrase glossed to nothing is dropped; the next word leads.
      if (english) return lead(english.split(' ')[0]!);
      at = end;
    }
    return at < words.length && passedMayLead(words[at]!, glossary, lead);
  });
}

/**
 * A word the résumé does not use, as the English word it is a cognate of when the résumé uses that
 * one: the language's regular endings (`cognates`: "restaurante" → "restaurant", "administração" →
 * "administration", "cartografia" → "cartography"). Never a word the résumé lacks: nothing is guessed.
 */
function cognateOf(word: string, glossary: Glossary, known: Known): string | undefined {
  if (!isStemmable(word)) return undefined;
  for (const [from, to] of glossary.cognates) {
    if (!word.endsWith(from) || word.length - from.length < 3) continue;
    const candidate = word.slice(0, word.length - from.length) + to;
    if (known([candidate])) return candidate;
  }
  return undefined;
}

/** One glossed piece of a question: its English, and what it is to the word-order rule. */
interface Piece {
  readonly english: string;
  /** The words as typed (a joining word is recognised by them). */
  readonly typed: string;
  /** Kept as typed because the résumé uses it: the résumé's own word order stands. */
  readonly kept: boolean;
  /** A glossary term (`glossary.terms`) or a word passed as typed: what can qualify a noun. */
  readonly content: boolean;
  readonly term: boolean;
}

/** The English a subject pronoun glosses to: the verb after it may ask about the person ("ele era" is "was he a"). */
const SUBJECTS = new Set(['he', 'she', 'they']);

/**
 * An adverb between a subject pronoun and its verb goes before the pronoun, so the pronoun and the verb
 * still read as one phrase: "ele ainda era gerente" is "still was he a manager", as "ele era gerente" is
 * "was he a manager". A phrase that holds the adverb itself ("ele já foi") stays as it is.
 */
function adverbsFirst(words: readonly string[], glossary: Glossary): readonly string[] {
  const { adverbs } = glossary.order;
  let moved: string[] | undefined;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!adverbs.has(words[i + 1]!) || !SUBJECTS.has(glossary.english.get(words[i]!) ?? '')) continue;
    if (glossary.phrases.find(words.slice(i)).some(({ start, end }) => start === 0 && end > 1)) continue;
    moved ??= [...words];
    [moved[i], moved[i + 1]] = [moved[i + 1]!, moved[i]!];
  }
  return moved ?? words;
}

/** `asTyped`: words passed on as they are (another language's false friends in an English text). */
function glossWith(typed: readonly string[], glossary: Glossary, known?: Known, asTyped?: ReadonlySet<string>): string {
  const words = adverbsFirst(typed, glossary);
  const pieces: Piece[] = [];
  let at = 0;
  const pass = (to: number) => {
    for (; at < to; at++) {
      const word = words[at]!;
      const kept = known?.([word]) ?? false;
      const glossed = kept || asTyped?.has(word) ? word : byStem(word, glossary);
      const english = glossed === word && !kept && known ? (cognateOf(word, glossary, known) ?? word) : glossed;
      // A cognate is a common noun: the word before it may read otherwise ("em restaurante": at a restaurant).
      const before = pieces.at(-1);
      if (english !== glossed && before && !before.kept) pieces[pieces.length - 1] = beforeANoun(before, glossary);
      pieces.push({ english, typed: word, kept, content: glossed === word && !/\d/.test(word), term: false });
    }
  };
  for (const { start, end, phrase } of glossary.phrases.find(words)) {
    if (asTyped?.has(phrase)) continue;
    pass(start);
    // A noun that takes a qualifier can be one too ("diretor de engenharia").
    const term = glossary.terms.has(phrase) || isHead(phrase, glossary);
    // A joining word between two words of the résumé's own language stays as typed: the name they make is asked whole
    // ("gestão de talentos" of a copy that says "Gestão de Mudanças" and "Aquisição de Talentos" is neither).
    const joins = glossary.order.links.includes(phrase) && pieces.at(-1)?.kept === true && end < words.length && known?.([words[end]!]);
    const kept = ((term || joins) && known?.(words.slice(start, end))) ?? false;
    pieces.push({ english: kept ? phrase : (glossary.english.get(phrase) ?? phrase), typed: phrase, kept, content: term, term });
    at = end;
  }
  pass(words.length);
  return inEnglishOrder(pieces, glossary).filter(Boolean).join(' ');
}

/** A piece before a bare common noun, its last word read as `glossary.beforeNoun` says ("trabalhou em": "worked at a"). */
function beforeANoun(piece: Piece, glossary: Glossary): Piece {
  const last = piece.typed.split(' ').at(-1)!;
  const reread = glossary.beforeNoun.get(last);
  const plain = glossary.english.get(last);
  if (reread === undefined || plain === undefined || !` ${piece.english}`.endsWith(` ${plain}`)) return piece;
  return { ...piece, english: `${piece.english.slice(0, piece.english.length - plain.length)}${reread}`.trim() };
}

/** "Is she", "is he", "was" ("quem foi estagiário?"): being someone, before what they are. */
const BEING = /^(?:is|was) (?:he|she|they)$|(?:^| )(?:is|was|been)$/;
/** A noun for someone by what they do ("manager", "analyst", "intern"), not for a thing ("certificate", "team"). */
const AGENT = /(?:er|or|ist|ant|ect|intern|lead)$/;

/** The pieces' English, each glossed noun's qualifier moved before it (see WordOrder). */
function inEnglishOrder(pieces: readonly Piece[], glossary: Glossary): string[] {
  const stem = glossary.stem ?? ((word: string) => word);
  const is = (piece: Piece | undefined, stems: ReadonlySet<string>) =>
    piece !== undefined && !piece.kept && !piece.typed.includes(' ') && stems.has(stem(piece.typed));
  const { heads, adjectives, links } = glossary.order;
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    // "Ela é gerente?": a job named right after "is she" is one she holds, "is she a manager?", as "ela foi gerente" reads.
    if (BEING.test(piece.english) && is(next, heads) && AGENT.test(next!.english)) {
      out.push(`${piece.english} a`);
      continue;
    }
    const head = is(piece, heads);
    // "gerente geral", "app mobile": the adjective first.
    if (head && is(next, adjectives)) {
      out.push(next!.english, piece.english);
      i++;
      continue;
    }
    const link = head && next ? links.indexOf(next.typed) : -1;
    const qualifier = pieces[i + 2];
    // "engenheiro de software": one qualifier, then nothing that could go on qualifying it.
    if (link >= 0 && qualifier?.content && (link === 0 || qualifier.term) && !isQualifying(pieces[i + 3], links)) {
      out.push(qualifier.english, piece.english);
      i += 2;
      continue;
    }
    out.push(piece.english);
  }
  return out;
}

/** Whether a piece goes on qualifying the one before it (another joining word, or more words of a name). */
const isQualifying = (piece: Piece | undefined, links: readonly string[]): boolean =>
  piece !== undefined && (links.includes(piece.typed) || (piece.content && !piece.term));

/**
 * The other languages' terms of several words ("banco de alimentos", "ciência da computação"), by their English
 * ("food bank", "computer science"): a résumé written in such a language says what an English question asks.
 */
let translatedTerms: ReadonlyMap<string, readonly string[]> | undefined;

function termsTranslated(): ReadonlyMap<string, readonly string[]> {
  if (translatedTerms) return translatedTerms;
  const table = new Map<string, string[]>();
  for (const tag of catalogues.locales().filter((t) => t !== DEFAULT_LOCALE)) {
    const { lists } = catalogues.catalogue(tag);
    for (const entry of [...(lists['glossary.terms'] ?? []), ...(lists['glossary.fields'] ?? [])]) {
      const [term, english] = entry.split('=').map((side) => normalize(side));
      // A term of one word is often a word of English too ("data", "design"): only phrases.
      if (!term || !english || !term.includes(' ') || !english.includes(' ')) continue;
      table.set(english, [...new Set([...(table.get(english) ?? [english]), term])]);
    }
  }
  translatedTerms = table;
  return table;
}

const withTerms = new WeakMap<AliasTable, AliasTable>();

/** The alias table with each English phrase's terms in the other languages as other names of it. */
export function withTermsTranslated(aliases: AliasTable): AliasTable {
  let merged = withTerms.get(aliases);
  if (!merged) {
    const same = new Map(aliases.same);
    for (const [english, terms] of termsTranslated()) same.set(english, [...new Set([...(same.get(english) ?? [english]), ...terms])]);
    merged = { same, related: aliases.related };
    withTerms.set(aliases, merged);
    // A table made here is its own merge.
    withTerms.set(merged, merged);
  }
  return merged;
}
