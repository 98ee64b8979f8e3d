/**
 * "Did he train baristas?", "has she mentored engineers?": something asked as done, a verb and what it was done to,
 * is answered by the entry whose text says it was done ("Trained six baristas", "Mentored four engineers"), not by a
 * name that holds one of the words (the skill "Team training"). Read only from a plain yes-or-no question about the
 * person ("did he …", "has she ever …"), and only when what it was done to names no entry of its own ("did he teach
 * excel?" is about the skill Excel).
 */
import type { ResumeSection } from '../model/answer.js';
import { irregularForms } from './irregular-verbs.js';
import { allowedTypos, editDistance, words as wordsOf } from './normalize.js';
import type { RoutingIndex } from './spans.js';
import { stemKey } from './stem.js';
import { STOPWORDS } from './stopwords.js';

/** The entry found, by its section and its place there. */
export interface DoneEntry {
  readonly section: ResumeSection;
  readonly index: number;
  readonly title: string;
}

const ASKING = new Set(['did', 'does', 'do', 'has', 'have', 'had']);
const ABOUT = new Set(['he', 'she', 'they']);
/** Words that may stand between the person and the verb without changing what is asked. */
const IN_PASSING = new Set(['ever', 'already', 'also', 'really', 'actually', 'personally', 'once']);
/** How many words of the text may name what the verb was done to before the words asked ("trained six baristas"). */
const BETWEEN = 3;
/** At most this many words asked as what it was done to: more is a sentence, read by the router. */
const OBJECT_WORDS = 3;

/** The verb and what it was done to, when the question is only "did he <verb> <what>?"; null for any other. */
function doneAsked(words: readonly string[], index: RoutingIndex): { verb: string; object: string[] } | null {
  if (!ASKING.has(words[0] ?? '')) return null;
  let at = 1;
  if (ABOUT.has(words[at] ?? '')) at++;
  else {
    while (index.nameWords.has(words[at] ?? '')) at++;
    if (at === 1) return null;
  }
  while (IN_PASSING.has(words[at] ?? '')) at++;
  const verb = words[at];
  const object = words.slice(at + 1).filter((w) => !STOPWORDS.has(w));
  if (!verb || STOPWORDS.has(verb) || !object.length || object.length > OBJECT_WORDS) return null;
  return { verb, object };
}

/** One word said as another: the same, a plural of it, or a typo of it. */
function saysWord(said: string, word: string): boolean {
  if (said === word || said === `${word}s` || said === `${word}es` || word === `${said}s`) return true;
  const typos = allowedTypos(word);
  return typos > 0 && editDistance(said, word, typos) <= typos;
}

/** A form of the verb asked ("trained" of "train", "taught" of "teach"). */
function isFormOf(said: string, verb: string): boolean {
  if (said === verb || irregularForms(verb).includes(said)) return true;
  const key = stemKey(verb);
  return key !== null && !/(er|or)s?$/.test(said) && stemKey(said) === key;
}

/** Whether a text says the verb, then within BETWEEN words what it was done to, its words side by side. */
export function saysDone(text: string, verb: string, object: readonly string[]): boolean {
  const said = wordsOf(text);
  for (let at = 0; at < said.length; at++) {
    if (!isFormOf(said[at]!, verb)) continue;
    for (let from = at + 1; from <= at + 1 + BETWEEN && from + object.length <= said.length; from++)
      if (object.every((word, k) => saysWord(said[from + k]!, word))) return true;
  }
  return false;
}

/**
 * The entry whose running text says the verb asked was done to what the question names, searched in the sections the
 * résumé has (the people it names left out); null when the question is not so asked, when what it was done to is
 * the name of an entry, or when no text says so.
 */
export function doneToAsked(
  words: readonly string[],
  index: RoutingIndex,
  sections: readonly ResumeSection[],
  namesEntry: (object: string) => boolean,
): DoneEntry | null {
  const asked = doneAsked(words, index);
  if (!asked) return null;
  const object = asked.object.join(' ');
  if (namesEntry(object)) return null;
  for (const section of sections) {
    if (index.people.sections.has(section)) continue;
    // The verb with it first: a search for the object alone may stop at names that hold it ("Performance Engineer").
    for (const hit of [...index.search(section, `${asked.verb} ${object}`), ...index.search(section, object)]) {
      if (hit.doc.content.some((text) => saysDone(text, asked.verb, asked.object)))
        return { section, index: hit.doc.index, title: hit.doc.title };
    }
  }
  return null;
}
