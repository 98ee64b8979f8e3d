/**
 * Which of everyone has one text (an entry's name, a facet, a sentence) that says a phrase of a question: its
 * words side by side, each said by a word the evidence check accepts for it (people-words). Read from one index of
 * every distinct text's words for a list of everyone (only texts with a word for each of the phrase's are read in
 * full), so a phrase most people have only word by word ("backend" in one role, "engineering" in another, or far
 * apart in one sentence) rules them out before anyone's question is asked in full.
 */
import type { SearchDocument } from '../src/query/documents.js';
import type { PersonContext } from './definition.js';
import { entryTexts, evidenceWords, sayingLengths, saysInOrder, saysWord } from './people-words.js';

/** Words whose sayers are kept (a bounded memo, read again when the vocabulary has grown). */
const MAX_REMEMBERED_WORDS = 2_000;

/**
 * Every distinct text read so far and its words, numbered, only ever added to: the list of everyone made after
 * someone changes shares it, so only the changed person's texts are read again, not everyone's.
 */
class TextTable {
  readonly texts: string[] = [];
  private readonly textNumbers = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  private readonly wordNumbers = new Map<string, number>();
  /** The words' numbers by their length, and those with a dot ("ph.d"). */
  private readonly byLength: number[][] = [];
  private readonly dotted: number[] = [];
  /** The distinct texts (by number, ascending) each word is in. */
  readonly textsByWord: number[][] = [];
  /** The words saying a word, as of a vocabulary of `words` words. */
  private readonly sayers = new Map<string, { words: number; found: Int32Array }>();

  /** A text's number, read (with its words) when new. */
  intern(text: string): number {
    let t = this.textNumbers.get(text);
    if (t !== undefined) return t;
    t = this.texts.push(text) - 1;
    this.textNumbers.set(text, t);
    for (const word of evidenceWords(text)) {
      let w = this.wordNumbers.get(word);
      if (w === undefined) {
        w = this.vocabulary.push(word) - 1;
        this.wordNumbers.set(word, w);
        this.textsByWord.push([]);
        (this.byLength[word.length] ??= []).push(w);
        if (word.includes('.')) this.dotted.push(w);
      }
      const texts = this.textsByWord[w]!;
      if (texts.at(-1) !== t) texts.push(t);
    }
    return t;
  }

  /** A text's number, when it has been read. */
  numberOf(text: string): number | undefined {
    return this.textNumbers.get(text);
  }

  /**
   * The numbers of the words that say `word` (saysWord), read from the words of the lengths that can (sayingLengths)
   * and the dotted ones, again when words were added since.
   */
  sayersOf(word: string): Int32Array {
    const known = this.sayers.get(word);
    if (known && known.words === this.vocabulary.length) return known.found;
    const numbers: number[] = [];
    const [shortest, longest] = sayingLengths(word);
    const says = (w: number) => saysWord(this.vocabulary[w]!, word) && numbers.push(w);
    for (let length = Math.max(shortest, 0); length <= Math.min(longest, this.byLength.length - 1); length++)
      for (const w of this.byLength[length] ?? []) says(w);
    for (const w of this.dotted) {
      const { length } = this.vocabulary[w]!;
      if (length < shortest || length > longest) says(w);
    }
    if (this.sayers.size >= MAX_REMEMBERED_WORDS) this.sayers.clear();
    const found = Int32Array.from(numbers);
    this.sayers.set(word, { words: this.vocabulary.length, found });
    return found;
  }
}

/** The table lists of everyone are read into now; a new one once most of its texts are no one's any more. */
let table = new TextTable();
/** Each person's texts' numbers in a table, by their index's documents (the same until they change). */
const personTexts = new WeakMap<readonly SearchDocument[], { table: TextTable; numbers: readonly number[] }>();

function numbersOf(documents: readonly SearchDocument[], into: TextTable): readonly number[] {
  const known = personTexts.get(documents);
  if (known?.table === into) return known.numbers;
  const numbers: number[] = [];
  for (const doc of documents) for (const text of entryTexts(doc)) numbers.push(into.intern(text));
  personTexts.set(documents, { table: into, numbers });
  return numbers;
}

/** The texts of one list of everyone, in the table they were read into. */
class TextWords {
  /** The texts (by number) the table held when the list was read: only those can be anyone's here. */
  readonly textCount: number;
  /** The places of those who have each distinct text: text t's run from placesAt[t] to placesAt[t + 1]. */
  private readonly placesAt: Int32Array;
  private readonly placesOfText: Uint32Array;
  /** Per distinct text, how many of a phrase's words it has said so far (one phrase at a time). */
  private readonly said: Int32Array;
  /** How many of the table's texts someone here has. */
  readonly used: number;

  constructor(
    all: readonly PersonContext[],
    readonly table: TextTable,
  ) {
    const placesByText: number[][] = [];
    all.forEach((person, place) => {
      for (const t of numbersOf(person.index.documents, table)) {
        const places = (placesByText[t] ??= []);
        if (places.at(-1) !== place) places.push(place);
      }
    });
    this.textCount = table.texts.length;
    placesByText.length = this.textCount;
    let used = 0;
    for (let t = 0; t < this.textCount; t++) if (placesByText[t]) used++;
    this.used = used;
    [this.placesAt, this.placesOfText] = flattened(placesByText, Uint32Array);
    this.said = new Int32Array(this.textCount);
  }

  /** A text's number, when it is one of everyone's here. */
  numberOf(text: string): number | undefined {
    const t = this.table.numberOf(text);
    return t !== undefined && t < this.textCount ? t : undefined;
  }

  /**
   * Marks (1 at their number in `into`) the texts whose words say the phrase's side by side, in order, as the
   * evidence check reads them (saysInOrder); a phrase of no words is said by every text. Only texts with a word
   * saying each of its words are read in full.
   */
  markTexts(phrase: readonly string[], into: Uint8Array): void {
    if (!phrase.length) {
      into.fill(1);
      return;
    }
    const said = this.said;
    said.fill(0);
    for (let k = 0; k < phrase.length; k++) this.eachText(phrase[k]!, (t) => said[t] === k && (said[t] = k + 1));
    this.eachText(phrase.at(-1)!, (t) => {
      if (said[t] !== phrase.length) return;
      // Read once: the text's words in that order are what the evidence check reads.
      said[t] = -1;
      if (saysInOrder(evidenceWords(this.table.texts[t]!), phrase)) into[t] = 1;
    });
  }

  /** Marks (1 at their place in `into`) those who have one of the marked texts. */
  markOwners(texts: Uint8Array, into: Uint8Array): void {
    for (let t = 0; t < texts.length; t++)
      if (texts[t]) for (let i = this.placesAt[t]!; i < this.placesAt[t + 1]!; i++) into[this.placesOfText[i]!] = 1;
  }

  /** Calls `visit` with each text here that has a word saying `word` (a text once per such word of it). */
  private eachText(word: string, visit: (text: number) => unknown): void {
    for (const w of this.table.sayersOf(word))
      for (const t of this.table.textsByWord[w]!) {
        // Texts read after this list (by a later one) are no one's here; a word's texts are ascending.
        if (t >= this.textCount) break;
        visit(t);
      }
  }
}

/** Lists of lists as one array of starts (one more than lists) and one of their items. */
function flattened<A extends Int32Array | Uint32Array>(
  lists: ReadonlyArray<readonly number[] | undefined>,
  Kind: { new (length: number): A },
): [Int32Array, A] {
  const starts = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) starts[i + 1] = starts[i]! + (lists[i]?.length ?? 0);
  const items = new Kind(starts[lists.length]!);
  for (let i = 0; i < lists.length; i++) if (lists[i]) items.set(lists[i]!, starts[i]!);
  return [starts, items];
}

const textWords = new WeakMap<readonly PersonContext[], TextWords>();

function textWordsOf(all: readonly PersonContext[]): TextWords {
  let found = textWords.get(all);
  if (!found) {
    found = new TextWords(all, table);
    // Mostly texts of people changed or gone since: read everyone into a new table, which holds only theirs.
    if (found.used * 2 < found.textCount) found = new TextWords(all, (table = new TextTable()));
    textWords.set(all, found);
  }
  return found;
}

/** Reads everyone's texts now (a bot starting), so that no question waits for it. */
export function indexTexts(all: readonly PersonContext[]): void {
  textWordsOf(all);
}

/**
 * Which texts of everyone's say each phrase of a question in one of its ways (the phrase, or its other names' words),
 * read once per question: whose entries can say them all, and whether one entry does.
 */
export interface PhraseEvidence {
  /** By place, 1 for those with one text saying each phrase: nobody else's entries can be evidence of them all. */
  readonly mayEachSay: Uint8Array;
  /** Whether the entry says every phrase, each in one of its texts (as saysRun reads them); undefined: not an entry of everyone's here. */
  says(doc: SearchDocument): boolean | undefined;
}

export function phraseEvidence(all: readonly PersonContext[], phrases: ReadonlyArray<readonly (readonly string[])[]>): PhraseEvidence {
  const index = textWordsOf(all);
  const saying = phrases.map((ways) => {
    const texts = new Uint8Array(index.textCount);
    for (const way of ways) index.markTexts(way, texts);
    return texts;
  });
  const mayEachSay = new Uint8Array(all.length).fill(1);
  const one = new Uint8Array(all.length);
  for (const texts of saying) {
    one.fill(0);
    index.markOwners(texts, one);
    for (let place = 0; place < all.length; place++) mayEachSay[place]! &= one[place]!;
  }
  return {
    mayEachSay,
    says(doc) {
      const texts: number[] = [];
      for (const text of entryTexts(doc)) {
        const t = index.numberOf(text);
        if (t === undefined) return undefined;
        texts.push(t);
      }
      return saying.every((said) => texts.some((t) => said[t] === 1));
    },
  };
}
