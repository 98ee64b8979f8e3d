/**
 * A vocabulary that answers "which of my words does this query word mean?" quickly,
 * whatever the vocabulary's size: exact words from a hash, other forms and typed-so-far
 * prefixes from a sorted array, typos from the words of a similar length. Answers are
 * cached per word, so a word costs its lookup once per résumé.
 */
import { Memo } from './memo.js';
import { firstNotBefore } from './bisect.js';
import { isCommonWord } from './common-words.js';
import { allowedTypos, editDistance } from './normalize.js';
import { irregularForms } from './irregular-verbs.js';
import { stemKey } from './stem.js';
import { technologyOf } from './technologies.js';

/** The endings that inflect a word, none of which makes a word of another meaning. */
const INFLECTIONS = ['', 's', 'es', 'd', 'ed', 'ing'];
/** A doer's endings: management is what a manager does, a direction what a director gives. */
const DOERS = ['er', 'ers', 'or', 'ors', 'ant', 'ants'];
/** What a word made by a suffix from a whole word ("development") is related to on that base: its forms, its doer. */
const OF_A_WHOLE_WORD: ReadonlySet<string> = new Set([...INFLECTIONS, ...DOERS]);
/** An adverb's base ("internally": internal) relates only to that word's own forms. */
const OF_AN_ADJECTIVE: ReadonlySet<string> = new Set(INFLECTIONS);
/** An agent ("professor", "director") relates to its verb's forms, other doers of it, and its action ("direction"). */
const OF_AN_AGENT: ReadonlySet<string> = new Set([...INFLECTIONS, ...DOERS, 'ion', 'ions']);

/**
 * A word made from a whole word by a suffix, with the endings its relatives may have on that base: "development"
 * (develop, developer), "internally" (internal), an agent's "-or" (professor: professes, profession); or undefined.
 */
function derivationOf(word: string): { base: string; relatives: ReadonlySet<string> } | undefined {
  const whole = /(?:ments?|ness|hood)$/.exec(word);
  if (whole) return { base: word.slice(0, whole.index), relatives: OF_A_WHOLE_WORD };
  const adverb = /(?<=(?:al|ent|ant|ive|ous|ful|ic|ed|ing|ar))ly$/.exec(word);
  if (adverb) return { base: word.slice(0, adverb.index), relatives: OF_AN_ADJECTIVE };
  const agent = /ors?$/.exec(word);
  return agent ? { base: word.slice(0, agent.index), relatives: OF_AN_AGENT } : undefined;
}

/** Portuguese "-ção" as its English cognate "-tion": "administração" is an administrator's too. */
const englishEnding = (word: string): string => word.replace(/cao$/, 'tion').replace(/coes$/, 'tions');

/** `word` is `base` with one of the endings (a final e or y of the base may give way: "improve", "improving"). */
function endsBaseWith(word: string, base: string, endings: ReadonlySet<string>): boolean {
  for (const stem of [base, base.replace(/[ey]$/, ''), base.replace(/y$/, 'i')])
    if (stem && word.startsWith(stem) && endings.has(word.slice(stem.length))) return true;
  return false;
}

/**
 * Two words that part in their last letters are forms of one stem ("visualizing" / "visualization") unless one is
 * derived from a whole word the other is no form of: "internally" is no "international" (nor "internet"), and a
 * "professor" is who professes, no "professional".
 */
function formsOfOneStem(a: string, b: string): boolean {
  for (const [word, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const derived = derivationOf(word);
    if (!derived) continue;
    const { base, relatives } = derived;
    // Another derivation of the same base ("developments" / "developer") or a form of the word itself.
    const same = derivationOf(other)?.base === base || other.startsWith(word.replace(/s$/, ''));
    if (!same && !endsBaseWith(englishEnding(other), base, relatives)) return false;
  }
  return true;
}

/** How a query word is read: names tolerate prefixes and more typos than running text does. */
export type WordMode = 'name' | 'content';

/** Endings that make another form of the same word (plural, verb forms, -er). */
const SUFFIXES = ['s', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'ion', 'ions', 'ment', 'ments', 'ly'];
const SUFFIX_SET = new Set(SUFFIXES);

/** Quality of each kind of word match, 1 being the same word. */
const QUALITY = { exact: 1, form: 0.95, prefix: 0.95, shortPrefix: 0.8, stem: 0.9, typoStep: 0.11 } as const;

const MAX_CACHED = 20_000;
/** Words a cache's entries hold together: a short beginning or a typo of a common length can mean thousands. */
const MAX_CACHED_WORDS = 100_000;
const wordCount = (words: ReadonlyMap<string, number>) => words.size;

/** The technology a vocabulary word names (technologyOf), when an earlier start already looked its words up. */
export type WordTechnologies = (word: string) => string | undefined;

/**
 * A word typed in full that names one technology is not the start of another's name: "java" is no
 * "JavaScript", "go" no "Gotham". Read from the skills taxonomy, only when such a prefix comes up,
 * and, when the vocabulary's own word is known to name none, not at all.
 */
function twoTechnologies(typed: string, word: string, technologyOfWord: WordTechnologies): boolean {
  const b = technologyOfWord(word);
  if (b === undefined) return false;
  const a = technologyOf(typed);
  return a !== undefined && a !== b;
}
const MAX_TYPO_LENGTH = 24;

export function typoBudget(query: string, mode: WordMode): number {
  // Running text holds many near-identical words ("swift"/"shift"), so it allows fewer typos.
  return mode === 'name' ? allowedTypos(query) : allowedTypos(query.slice(2));
}

/**
 * The letters a word has, each as one of 32 bits (its code modulo 32). An edit changes at most two of them (a
 * letter swapped for another; one added or dropped changes one, neighbours swapped none), so two words whose bits
 * differ in more than twice the budget are further apart than it, and need not be measured.
 */
function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) & 31);
  return bits;
}

/** How many bits are set. */
function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A letter's code at `at` in the word, -1 past its end. */
const codeAt = (word: string, at: number): number => (at < word.length ? word.charCodeAt(at) : -1);

/** The words of one length, as a typo search reads them: each one's first and second letters, and its letter bits. */
interface LengthShapes {
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly bits: Int32Array;
}

export class WordIndex {
  private readonly exact: Set<string>;
  private readonly sorted: string[];
  /** Words by length: a typo changes the length by at most the typo budget. */
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Memo<string, ReadonlyMap<string, number>>(MAX_CACHED, MAX_CACHED_WORDS, wordCount);
  /** In a vocabulary several people share, every person asked the same word asks its typos again. */
  private readonly typoCache = new Memo<string, ReadonlyMap<string, number>>(MAX_CACHED, MAX_CACHED_WORDS, wordCount);
  /** "Did you mean" asks each section about the same words: their near words are cached too. */
  private readonly nearCache = new Memo<string, ReadonlyMap<string, number>>(MAX_CACHED, MAX_CACHED_WORDS, wordCount);
  /**
   * Words by the stem their forms share ("bake", "baking"), per two-letter beginning: a stem key is
   * what its word starts with (stem.ts keeps a stem only when the word begins with it), so a word's
   * forms begin as it does, and a question stems those words only, not the whole vocabulary.
   */
  private readonly stems = new Map<string, Map<string, string[]>>();

  /** `technologies`: what each of `words` names in the taxonomy, as an earlier start found (else looked up as needed). */
  constructor(
    words: Iterable<string>,
    private readonly technologies: WordTechnologies = technologyOf,
  ) {
    this.exact = new Set([...words].filter(Boolean));
    this.sorted = [...this.exact].sort();
    for (const word of this.exact) {
      const list = this.byLength.get(word.length);
      if (list) list.push(word);
      else this.byLength.set(word.length, [word]);
    }
  }

  get size(): number {
    return this.exact.size;
  }

  /** Every word, in sorted order. */
  get words(): readonly string[] {
    return this.sorted;
  }

  has(word: string): boolean {
    return this.exact.has(word);
  }

  /**
   * Vocabulary words within `budget` edits of `query` (a swap of neighbours is one edit),
   * with their distance. Used for typos and for "did you mean".
   */
  near(query: string, budget: number): ReadonlyMap<string, number> {
    return this.nearCache.remember(`${budget}\u0000${query}`, () => this.nearUncached(query, budget));
  }

  private nearUncached(query: string, budget: number): Map<string, number> {
    const found = new Map<string, number>();
    if (budget <= 0) return found;
    const a0 = codeAt(query, 0);
    const a1 = codeAt(query, 1);
    const bits = letterBits(query);
    for (let length = query.length - budget; length <= query.length + budget; length++) {
      const words = this.byLength.get(length);
      if (!words) continue;
      // A typo rarely hits both of the first two letters: only the words that keep one of them (or swap them) are
      // measured, in the list's order, and of those only the ones with letters close enough to be within the budget.
      const shapes = this.shapesOf(length, words);
      for (let i = 0; i < words.length; i++) {
        const first = shapes.first[i]!;
        const second = shapes.second[i]!;
        if (first !== a0 && second !== a1 && (first !== a1 || second !== a0)) continue;
        if (bitCount(shapes.bits[i]! ^ bits) > 2 * budget) continue;
        const word = words[i]!;
        const distance = editDistance(query, word, budget);
        if (distance <= budget) found.set(word, distance);
      }
    }
    return found;
  }

  /** The words of each length as a typo search reads them: made on the first typo of that length. */
  private readonly shapes = new Map<number, LengthShapes>();

  private shapesOf(length: number, words: readonly string[]): LengthShapes {
    let found = this.shapes.get(length);
    if (!found) {
      found = { first: new Int32Array(words.length), second: new Int32Array(words.length), bits: new Int32Array(words.length) };
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        found.first[i] = codeAt(word, 0);
        found.second[i] = codeAt(word, 1);
        found.bits[i] = letterBits(word);
      }
      this.shapes.set(length, found);
    }
    return found;
  }

  /** Vocabulary words starting with `prefix`, from the sorted array. */
  private *startingWith(prefix: string): Generator<string> {
    const sorted = this.sorted;
    for (
      let i = firstNotBefore(0, sorted.length, (k) => sorted[k]! < prefix);
      i < this.sorted.length && this.sorted[i]!.startsWith(prefix);
      i++
    )
      yield this.sorted[i]!;
  }

  private formsOf(key: string): readonly string[] {
    const head = key.slice(0, 2);
    let byStem = this.stems.get(head);
    if (!byStem) {
      byStem = new Map();
      // In the vocabulary's own order, as every other lookup gives its words.
      for (const word of this.exact) {
        if (!word.startsWith(head)) continue;
        const stem = stemKey(word);
        if (!stem) continue;
        const list = byStem.get(stem);
        if (list) list.push(word);
        else byStem.set(stem, [word]);
      }
      this.stems.set(head, byStem);
    }
    return byStem.get(key) ?? [];
  }

  /** The vocabulary words `query` can mean, each with a quality in (0, 1]. Cached per index. */
  matches(query: string, mode: WordMode): ReadonlyMap<string, number> {
    return this.cache.remember(`${mode}\u0000${query}`, () => this.compute(query, mode));
  }

  private compute(query: string, mode: WordMode): Map<string, number> {
    const found = new Map<string, number>();
    const offer = (word: string, quality: number) => {
      if ((found.get(word) ?? 0) < quality) found.set(word, quality);
    };
    // The vocabulary's forms of a word's stem ("bake" → "baking"); none for a word too short to stem.
    const offerStemForms = (word: string) => {
      const key = stemKey(word);
      if (key) for (const form of this.formsOf(key)) offer(form, QUALITY.form);
    };
    if (this.exact.has(query)) offer(query, QUALITY.exact);
    // An irregular verb's other forms and theirs: "taught" → "teach", "teacher"; "lead" → "led".
    for (const other of irregularForms(query)) {
      if (this.exact.has(other)) offer(other, QUALITY.form);
      offerStemForms(other);
    }
    if (query.length < 3) return found;

    // Longer forms of the query: "cost" → "costs"; and, for names, what was typed so far: "flamesc" → "flamescope".
    if (mode === 'name' || query.length >= 4) {
      for (const word of this.startingWith(query)) {
        const rest = word.slice(query.length);
        if (query.length >= 4 && SUFFIX_SET.has(rest)) offer(word, QUALITY.form);
        else if (mode === 'name' && (word === query || !twoTechnologies(query, word, this.technologies)))
          offer(word, query.length === 3 ? QUALITY.shortPrefix : QUALITY.prefix);
      }
    }
    if (query.length < 4) return found;
    // Forms of one stem: "bake" → "baking", "cycle" → "cycling", "advisor" → "advised".
    offerStemForms(query);
    // Shorter forms: "engineering" → "engineer".
    for (const suffix of SUFFIXES) {
      if (query.endsWith(suffix)) {
        const base = query.slice(0, -suffix.length);
        if (base.length >= 4 && this.exact.has(base)) offer(base, QUALITY.form);
      }
    }
    // A long shared stem: "visualizing" / "visualization".
    if (query.length >= 6) {
      for (const word of this.startingWith(query.slice(0, 6))) {
        let common = 6;
        while (common < query.length && common < word.length && query[common] === word[common]) common++;
        // Two forms of one stem part in their last letters: "visualizing" / "visualization". A word that merely
        // starts with the other ("netflixlos", "kotlinfoundation") is not a form of it.
        const shorter = Math.min(query.length, word.length);
        if (common < shorter && common >= shorter - 3 && Math.abs(query.length - word.length) <= 3 && formsOfOneStem(query, word))
          offer(word, QUALITY.stem);
      }
    }
    // A word spelled right is taken as meant; past a couple of words run together a typo
    // search costs more than it finds (their words match on their own).
    if (this.exact.has(query)) return found;
    for (const [word, quality] of this.typos(query, mode)) offer(word, quality);
    return found;
  }

  /**
   * The words `query` can be a typo of, even when it is itself a word here: in a vocabulary
   * several people share, a word one person spells right may be a typo of another's word.
   */
  typos(query: string, mode: WordMode): ReadonlyMap<string, number> {
    return this.typoCache.remember(`${mode}\u0000${query}`, () => this.typosUncached(query, mode));
  }

  private typosUncached(query: string, mode: WordMode): Map<string, number> {
    const found = new Map<string, number>();
    if (query.length < 4 || query.length > MAX_TYPO_LENGTH) return found;
    // A technology's name typed in full is meant as typed: "scala" is no misspelt "scale", "rust" no "trust"; so is
    // an ordinary word: "status" is no misspelt "states", "ballet" no "wallet".
    const technology = technologyOf(query);
    // Read only once a word near it comes up: most words have none, and the lexicon is loaded on first use.
    let ordinary: boolean | undefined;
    for (const [word, distance] of this.near(query, typoBudget(query, mode))) {
      if (distance === 0 || ((ordinary ??= isCommonWord(query)) && isCommonWord(word))) continue;
      if (technology === undefined || technologyOf(word) === technology) found.set(word, 1 - QUALITY.typoStep * distance);
    }
    return found;
  }
}
