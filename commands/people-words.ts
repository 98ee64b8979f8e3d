/**
 * How an entry says a question's word, as listing a person across a directory reads it: the texts of an entry
 * (its name, facets, then running text), each as its words without stop words, and whether one of those words
 * says a word of the question.
 */
import type { SearchDocument } from '../src/query/documents.js';
import { irregularForms } from '../src/query/irregular-verbs.js';
import { allowedTypos, editDistance, words } from '../src/query/normalize.js';
import { STOPWORDS } from '../src/query/stopwords.js';
import { technologyOf } from '../src/query/technologies.js';

/** An entry's texts in the order evidence is read: its name, what names it, its facets, its running text. */
export function entryTexts(doc: SearchDocument): string[] {
  return [doc.title, ...doc.identity, ...doc.facets, ...doc.content];
}

/** A text's words as evidence reads them: without stop words. */
export function evidenceWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w));
}

/**
 * The phrase's words said side by side, in order, by words of the text ("cloud security", never "cloud … security"),
 * except in a name or title of a few words, which may hold one word more inside the phrase: "Staff Software Engineer"
 * says "staff engineer".
 */
export function saysInOrder(text: readonly string[], phrase: readonly string[]): boolean {
  if (saysFrom(text, phrase, phrase.length)) return true;
  if (phrase.length < 2) return false;
  // "Mentored four engineers", "trained 12 baristas" say "mentored engineers": how many is said between a verb and
  // what it was done to, unless the question counts too.
  if (text.some(isCount) && !phrase.some(isCount)) {
    const uncounted = text.filter((w) => !isCount(w));
    if (saysFrom(uncounted, phrase, phrase.length)) return true;
  }
  // "Built a Looker Studio sales dashboard" says "built dashboard": what a verb was done to may be named at length.
  if (isDoneVerb(phrase[0]!) && saysObjectOf(text, phrase)) return true;
  // A name "Bread baking" says "baking bread": a doing and what it is done to, named the other way round (that name
  // alone: a sentence's "the backend of billing" is no "billing backend").
  const swapped = text.length === phrase.length ? doingWithObject(phrase) : undefined;
  if (swapped && saysFrom(text, swapped, swapped.length)) return true;
  if (text.length > TITLE_WORDS || text.length <= phrase.length) return false;
  for (let gap = 1; gap < phrase.length; gap++) if (saysFrom(text, phrase, gap)) return true;
  return false;
}

/**
 * A doing in -ing and what it is done to ("baking bread"), as a name says them: the other way round ("Bread baking").
 * Not the reverse: a name that starts with a doing ("Engineering Data Platform") is no "data engineering".
 */
function doingWithObject(phrase: readonly string[]): readonly string[] | undefined {
  if (phrase.length !== 2) return undefined;
  const [a, b] = phrase as [string, string];
  return isDoing(a) && !isDoing(b) ? [b, a] : undefined;
}

const isDoing = (word: string): boolean => /^[a-z]{3,}ing$/.test(word);

/** How many words may name what a verb was done to before the word asked: "designed the tiered-storage architecture". */
const OBJECT_WORDS = 3;

/** A verb as done: in -ed ("reduced", "designed"), or a form of an irregular one ("built", "ran", "grown"). */
export const isDoneVerb = (word: string): boolean => /^[a-z]{3,}ed$/.test(word) || irregularForms(word).length > 0;

/** The verb said, then within OBJECT_WORDS the rest of the phrase side by side. */
function saysObjectOf(text: readonly string[], phrase: readonly string[]): boolean {
  const rest = phrase.slice(1);
  for (let at = 0; at + phrase.length <= text.length; at++) {
    if (!saysWord(text[at]!, phrase[0]!)) continue;
    for (let from = at + 2; from <= at + 1 + OBJECT_WORDS && from + rest.length <= text.length; from++)
      if (rest.every((word, k) => saysWord(text[from + k]!, word))) return true;
  }
  return false;
}

/** Words that say how many: a number, written out or in digits, or about how many ("several", "dozens"). */
const COUNT_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens several multiple numerous various few'.split(
    ' ',
  ),
);
const isCount = (word: string): boolean => COUNT_WORDS.has(word) || /^\d+$/.test(word);

/** At most this many words: a name or a title, not a sentence. */
const TITLE_WORDS = 4;

/** The phrase said in order from some word of the text, with one word of the text skipped before its word at `gap`. */
function saysFrom(text: readonly string[], phrase: readonly string[], gap: number): boolean {
  const skipped = gap < phrase.length ? 1 : 0;
  for (let start = 0; start + phrase.length + skipped <= text.length; start++)
    if (phrase.every((word, k) => saysWord(text[start + k + (k >= gap ? skipped : 0)]!, word))) return true;
  return false;
}

/** A word of an entry says a word of the question: the same word, a plural, a typo, or dotted on either side ("ph.d", phd). */
export function saysWord(said: string, word: string): boolean {
  // Compared in place: a question across everyone compares every word of every shown entry, and a new string per
  // comparison was a quarter of what such questions allocate.
  if (
    said === word ||
    (said.startsWith(word) &&
      (said.length === word.length + 1 ? said.endsWith('s') : said.length === word.length + 2 && said.endsWith('es'))) ||
    (said.length === word.length - 1 && word.startsWith(said) && isPluralOf(word, said))
  )
    return true;
  const typos = allowedTypos(word);
  return (
    (said.includes('.') && said.replace(/\./g, '') === word) ||
    (word.includes('.') && word.replace(/\./g, '') === said) ||
    (typos > 0 && editDistance(said, word, typos) <= typos) ||
    saysDoerOf(said, word) ||
    saysDoingOf(said, word) ||
    saysActOf(said, word) ||
    saysStateOf(said, word) ||
    saysStudyOf(said, word) ||
    saysDoneOf(said, word) ||
    irregularSayers(word).includes(said)
  );
}

/**
 * An irregular verb said by its other forms and by its doers: "taught" by "teach" and a "Teacher", "teach" by
 * "taught" and a "Teacher" too, "led" by a "Team Lead" or a "leader", "wrote" by a "writer". Not by its doing: "a
 * teaching implementation" is no one who taught.
 */
function irregularSayers(word: string): readonly string[] {
  const forms = irregularForms(word);
  if (!forms.length) return forms;
  // Made once per verb form: every comparison of evidence asks.
  let sayers = irregularSayersOf.get(word);
  if (!sayers) {
    const doers = (form: string) => (form.endsWith('e') ? [`${form}r`, `${form}rs`] : [`${form}er`, `${form}ers`]);
    sayers = [...forms, ...[word, ...forms].flatMap(doers)].filter((form) => form !== word);
    irregularSayersOf.set(word, sayers);
  }
  return sayers;
}

/** Bounded: only the irregular table's forms are ever keys. */
const irregularSayersOf = new Map<string, readonly string[]>();

/**
 * A noun in -tion said by its verb's forms and doer: "replication" by "replicated" ("Geo-Replicated"), "automation"
 * by "automated", "education" by "educator" (eight letters or more: "motion" is no "mot").
 */
function saysDoneOf(said: string, word: string): boolean {
  const stem = doneStem(word);
  return stem !== undefined && said.startsWith(stem) && DONE_ENDINGS.has(said.slice(stem.length));
}

/** What a noun in -tion of eight letters or more keeps before its verb's endings ("replicat" of "replication"). */
const doneStem = (word: string): string | undefined => (word.length >= 8 && word.endsWith('tion') ? word.slice(0, -3) : undefined);

const DONE_ENDINGS = new Set(['e', 'es', 'ed', 'ing', 'or', 'ors']);

/**
 * A noun in -ship said by the one it is the state of: "internship" by "intern", "leadership" by "leader",
 * "mentorship" by "mentor" (a base of five letters or more: "hardship" is no "hard").
 */
function saysStateOf(said: string, word: string): boolean {
  const base = stateOf(word);
  if (base === undefined) return false;
  return said === base || said === `${base}s`;
}

/** The one a noun in -ship (or -ships) is the state of: "intern" of "internships"; undefined for any other word. */
function stateOf(word: string): string | undefined {
  const end = word.endsWith('ships') ? 5 : word.endsWith('ship') ? 4 : 0;
  return end && word.length - end >= 5 ? word.slice(0, -end) : undefined;
}

/** A noun in -ysis said by its doer and its verb: "analysis" by "analyst", "analyze", "analysed". */
function saysStudyOf(said: string, word: string): boolean {
  const stem = studyStem(word);
  return stem !== undefined && said.startsWith(stem) && STUDY_ENDINGS.has(said.slice(stem.length));
}

/** What a noun in -ysis of eight letters or more keeps before its doer's and verb's endings ("analy" of "analysis"). */
const studyStem = (word: string): string | undefined => (word.length >= 8 && word.endsWith('ysis') ? word.slice(0, -3) : undefined);

const STUDY_ENDINGS = new Set(['st', 'sts', 'ze', 'zed', 'zes', 'zing', 'se', 'sed', 'ses', 'sing']);

/**
 * A noun of an act in -ment said by its verb's forms or its doer: "management" by "manager", "managed", "managing";
 * "development" by "developer". The verb is five letters or more ("payment" is no "pay").
 */
function saysActOf(said: string, word: string): boolean {
  if (word.length < 9 || !word.endsWith('ment') || said.length < word.length - 5) return false;
  const verb = word.slice(0, -4);
  const silentE = verb.endsWith('e');
  const stem = silentE ? verb.slice(0, -1) : verb;
  if (!said.startsWith(stem)) return false;
  return (silentE ? E_VERB_ENDINGS : VERB_ENDINGS).has(said.slice(stem.length));
}

const E_VERB_ENDINGS = new Set(['e', 'es', 'ed', 'ing', 'er', 'ers']);
const VERB_ENDINGS = new Set(['', 's', 'ed', 'ing', 'er', 'ers', 'or', 'ors']);

/** The verb a word in -s or -es may be ("teaches": teach, "manages": manage, "mentors": mentor), or undefined. */
function verbOf(word: string): string | undefined {
  if (word.length < 5 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return undefined;
  return /(?:ch|sh|x|z)es$/.test(word) ? word.slice(0, -2) : word.slice(0, -1);
}

/**
 * How an entry says what a verb asks: its doing, having done it, its doers and the work itself ("teaching",
 * "teacher" of teach; "managing", "managed", "manager", "management" of manage).
 */
function doingForms(verb: string): string[] {
  // A verb's final e gives way to -ing ("manage": managing) and takes -r alone ("manager").
  const e = verb.endsWith('e') && !verb.endsWith('ee');
  const doing = e
    ? [`${verb.slice(0, -1)}ing`, `${verb}d`, `${verb}r`, `${verb}rs`]
    : [`${verb}ing`, `${verb}ed`, `${verb}er`, `${verb}ers`];
  return [...doing, `${verb}ment`];
}

/**
 * "Who teaches?" of someone who says "Teacher" or "teaching", "who mentors?" of "Mentoring": a verb asked in its
 * -s form is said by its doing and its doers. Only that form is read as a verb: "market" alone says nothing of
 * "marketing", as above.
 */
function saysDoingOf(said: string, word: string): boolean {
  const verb = verbOf(word);
  return verb !== undefined && said.length >= verb.length + 1 && doingForms(verb).includes(said);
}

/**
 * The shortest and longest a word saying `word` (saysWord) can be, dotted words aside: three letters shorter (a doer:
 * "mentor" of "mentoring") to two longer (a plural in -es) or three (a verb's work), a typo's length within those.
 */
export function sayingLengths(word: string): readonly [number, number] {
  // A verb's work is three letters longer than its -s form ("manages": management).
  // A state's one is four letters shorter ("intern" of "internship", five of "internships").
  const state = stateOf(word);
  const shortest = Math.min(word.length - 3, state?.length ?? word.length);
  const longest = word.length + (verbOf(word) ? 3 : 2);
  const lengths = irregularSayers(word).map((form) => form.length);
  return [Math.min(shortest, ...lengths), Math.max(longest, ...lengths)];
}

/**
 * "Engineer" or "engineers" for "engineering", "mentor" for "mentoring": the one (or thing) ending in -er or -or whose
 * doing an -ing word names. Only such a word: "market" says nothing of "marketing", nor "account" of "accounting".
 * Or the one who does it by its stem: "teacher" for "teaching", "builder" for "building".
 */
function saysDoerOf(said: string, word: string): boolean {
  const base = word.length - 3;
  if (base < 4 || !word.endsWith('ing')) return false;
  for (let i = 0; i < base; i++) if (said.charCodeAt(i) !== word.charCodeAt(i)) return false;
  const rest = said.slice(base);
  if (rest === 'er' || rest === 'ers') return true;
  if (base < 5 || (rest !== '' && rest !== 's')) return false;
  return said.startsWith('er', base - 2) || said.startsWith('or', base - 2);
}

/**
 * The words other than itself that say a word as saysWord reads them, typos and dots aside: its plurals and its
 * doers ("teacher", "tutor" of "tutoring"). Someone who says only "Teacher" may fit "teaching" though others say it as asked.
 */
export function sayingForms(word: string): string[] {
  const forms = [`${word}s`, `${word}es`, ...irregularSayers(word)];
  const one = word.slice(0, -1);
  if (isPluralOf(word, one)) forms.push(one);
  const state = stateOf(word);
  if (state) forms.push(state, `${state}s`);
  const study = studyStem(word);
  if (study) forms.push(...[...STUDY_ENDINGS].map((ending) => `${study}${ending}`));
  const done = doneStem(word);
  if (done) forms.push(...[...DONE_ENDINGS].map((ending) => `${done}${ending}`));
  const base = word.length - 3;
  if (base < 4 || !word.endsWith('ing')) return forms;
  const stem = word.slice(0, base);
  forms.push(`${stem}er`, `${stem}ers`);
  if (base >= 5 && (stem.endsWith('er') || stem.endsWith('or'))) forms.push(stem, `${stem}s`);
  return forms;
}

/**
 * "Runbooks" said by "the on-call runbook": a plural asked is said by its singular, of five letters or more ("news" is
 * no "new"), unless the plural is a name ("pandas" is no Red Panda).
 */
function isPluralOf(plural: string, one: string): boolean {
  return one.length >= 5 && plural === `${one}s` && !one.endsWith('s') && technologyOf(plural) === undefined;
}

/** How an entry says a verb asked in its -s form, as saysWord reads it: its doing, doers and work ("teaches": teaching, teacher). */
export function doingFormsOf(word: string): string[] {
  const verb = verbOf(word);
  return verb ? doingForms(verb) : [];
}
