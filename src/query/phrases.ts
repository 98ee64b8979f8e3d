/**
 * A set of cue phrases ("award", "does he work", "programming languages") found in a
 * question's words: left to right, the longest phrase at each word, none overlapping. A cue
 * written with he/his/him also matches she, they, her, their and them ("do they work" as
 * "does he work"). Words are looked up
 * by their first word, so a question costs a few map lookups, whatever the number of cues.
 */

/** The cue words a question's pronoun can stand for. */
const STANDS_FOR: ReadonlyMap<string, readonly string[]> = new Map([
  ['she', ['he']],
  ['they', ['he']],
  ['her', ['his', 'him']],
  ['their', ['his']],
  ['them', ['him']],
]);

/** An auxiliary as "they" takes it, and as a cue written with "he" says it. */
const AGREES_WITH_HE: ReadonlyMap<string, string> = new Map([
  ['do', 'does'],
  ['are', 'is'],
  ['were', 'was'],
  ['have', 'has'],
]);

/** The words with an auxiliary before "they" as it is said before "he": the same words when none is. */
function agreeingWithHe(words: readonly string[]): readonly string[] {
  if (!words.includes('they')) return words;
  return words.map((w, i) => (words[i + 1] === 'they' ? (AGREES_WITH_HE.get(w) ?? w) : w));
}

export interface Found {
  /** Index of the phrase's first word in the question's words. */
  start: number;
  /** Index just past its last word. */
  end: number;
  /** The phrase as the cue list spells it. */
  phrase: string;
}

export class PhraseSet {
  /** First word → phrases starting with it, as words, most words first. */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of new Set(phrases)) {
      const words = phrase.split(' ').filter(Boolean);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]!);
      if (list) list.push(words);
      else this.byFirst.set(words[0]!, [words]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length || b.join(' ').length - a.join(' ').length);
  }

  private static means(token: string | undefined, cueWord: string): boolean {
    return token === cueWord || (token !== undefined && (STANDS_FOR.get(token)?.includes(cueWord) ?? false));
  }

  /** The longest phrase starting at `at`, or null. */
  private longestAt(words: readonly string[], at: number): string[] | null {
    const token = words[at]!;
    let best = PhraseSet.longestOf(this.byFirst.get(token), words, at, null);
    const alternatives = STANDS_FOR.get(token);
    if (alternatives) for (const w of alternatives) best = PhraseSet.longestOf(this.byFirst.get(w), words, at, best);
    return best;
  }

  /** The first (longest) of `phrases` that the words at `at` spell, if longer than `best`. */
  private static longestOf(
    phrases: readonly string[][] | undefined,
    words: readonly string[],
    at: number,
    best: string[] | null,
  ): string[] | null {
    if (!phrases) return best;
    for (const phrase of phrases) {
      if (best && phrase.length <= best.length) return best;
      let k = 1;
      while (k < phrase.length && PhraseSet.means(words[at + k], phrase[k]!)) k++;
      if (k === phrase.length) return phrase;
    }
    return best;
  }

  /** The last question's words and what was found in them: routing asks about the same words several times. */
  private last: { words: readonly string[]; found: readonly Found[] } | null = null;

  find(words: readonly string[]): readonly Found[] {
    // One word ("is this word a cue?", asked of each word of a question in turn) is a lookup or two: it leaves
    // the last question's words and what was found in them as they are, for the next look at the whole question.
    if (words.length === 1) {
      const phrase = this.longestAt(words, 0);
      return phrase ? [{ start: 0, end: 1, phrase: phrase.join(' ') }] : NOTHING;
    }
    // The same words again (often a new array: a directory routes one question for each person it asks).
    if (this.last && sameWords(this.last.words, words)) return this.last.found;
    const found: Found[] = [];
    const read = agreeingWithHe(words);
    for (let at = 0; at < read.length; ) {
      const phrase = this.longestAt(read, at);
      if (phrase) {
        found.push({ start: at, end: at + phrase.length, phrase: phrase.join(' ') });
        at += phrase.length;
      } else at++;
    }
    this.last = { words, found };
    return found;
  }

  /** Every word of every phrase, read when first asked. */
  private phraseWords: ReadonlySet<string> | null = null;

  /** Whether some phrase has this word (or a word it stands for) among its words: a phrase may take it from a question. */
  uses(word: string): boolean {
    this.phraseWords ??= new Set([...this.byFirst.values()].flat(2));
    return this.phraseWords.has(word) || (STANDS_FOR.get(word)?.some((w) => this.phraseWords!.has(w)) ?? false);
  }

  test(words: readonly string[]): boolean {
    const read = agreeingWithHe(words);
    for (let at = 0; at < read.length; at++) if (this.longestAt(read, at)) return true;
    return false;
  }

  /**
   * The words no phrase takes: of `found` (the phrases `find` gives for these words, when the caller has them), and
   * without those `drops` says go with them (a word that only ranks the phrase after it).
   */
  strip(words: readonly string[], found: readonly Found[] = this.find(words), drops?: (at: number) => boolean): string[] {
    if (!found.length) return [...words];
    const left: string[] = [];
    let at = 0;
    for (const { start, end } of found) {
      for (; at < start; at++) if (!drops?.(at)) left.push(words[at]!);
      at = end;
    }
    for (; at < words.length; at++) left.push(words[at]!);
    return left;
  }
}

const NOTHING: readonly Found[] = Object.freeze([]);

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
