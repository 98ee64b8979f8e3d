/**
 * A question in the router's English: its words normalized, then glossed when it is in another language (the
 * words the résumé itself uses kept as typed), the owner's name as a pronoun, a section's cue typed with a typo read as
 * the cue. Follow-up detection and then routing read the same question of the
 * same index: the last reading is kept for the next, so a question is glossed once.
 */
import { questionAsked } from './asides.js';
import { cuesSpelled } from './cue-spelling.js';
import { formerEmployerSpelledOut } from './employer.js';
import { endsSaidPlainly } from './ends.js';
import { glossQuestion } from './language.js';
import { normalize } from './normalize.js';
import { ownerAsPronoun, ownerNameSpelled } from './owner-pronoun.js';
import { placesSpelledOut } from './regions.js';
import { shorthandSpelledOut } from './shorthand.js';
import type { RoutingIndex } from './spans.js';

export interface QuestionInEnglish {
  /** The question's words, normalized as typed. */
  readonly folded: string;
  /** The same words in the router's English (the very same string when nothing was glossed or spelt). */
  readonly glossed: string;
}

let last: { text: string; index: RoutingIndex; read: QuestionInEnglish } | undefined;

export function questionInEnglish(text: string, index: RoutingIndex): QuestionInEnglish {
  if (last !== undefined && last.text === text && last.index === index) return last.read;
  // "The us", "usa": the country by its name, as entries name it (and "us" is no stop word then).
  const folded = endsSaidPlainly(formerEmployerSpelledOut(shorthandSpelledOut(placesSpelledOut(normalize(questionAsked(text))))));
  const knows = (w: string) => index.knows(w);
  const known = (ws: readonly string[]) => ws.every(knows);
  // A word the question's language reads as another ("redes": networks) is no typo of a name.
  const foreign = (w: string) => !glossQuestion(folded, known).split(' ').includes(w);
  const glossed = glossQuestion(ownerAsPronoun(ownerNameSpelled(folded, index.nameWords, knows, foreign), index.nameWords, knows), known);
  const read: QuestionInEnglish = { folded, glossed: cuesSpelled(glossed, index.routes, knows) };
  last = { text, index, read };
  return read;
}
