/**
 * Words of a question across people that say only what kind a name is: a doer of a section's cue after a name of
 * that section's kind ("spanish speaker": speak) or before it with "of" ("speakers of spanish"), or a cue phrase
 * ending in it ("native spanish speaker", "native speaker of spanish": native speaker). The doer names nothing more;
 * the phrase's first word ("native") is asked on its own, never joined to the name, so that it may be said by the
 * entry the name finds (a fluency), even where it is a cue word; so is a word just before the name that is no cue
 * ("conversational igbo").
 */
import type { RouteTable } from '../src/query/route-table.js';
import { stemKey } from '../src/query/stem.js';
import { STOPWORDS } from '../src/query/stopwords.js';

export interface KindWords {
  /** Places of words that name nothing more than the section. */
  readonly says: ReadonlySet<number>;
  /** Places of words asked on their own, never as one phrase with the name beside them. */
  readonly apart: ReadonlySet<number>;
}

export function kindWords(said: readonly string[], routes: RouteTable): KindWords {
  const says = new Set<number>();
  const apart = new Set<number>();
  // Every command here, present or not: the first person's résumé may lack the section others have.
  for (const intent of routes.all) {
    if (!intent.alone.size) continue;
    const isCue = (phrase: string) => intent.cues.has(phrase) || intent.cues.has(phrase.replace(/s$/, ''));
    const isDoer = (word: string) => isCue(stemKey(word) ?? stemKey(word.replace(/s$/, '')) ?? word);
    for (let i = 0; i < said.length; i++) {
      if (!intent.alone.has(said[i]!)) continue;
      // The kind's words after the name ("spanish speaker"), or around it ("native spanish speaker").
      const after = i + 1 < said.length ? i + 1 : -1;
      // A word just before the name that no command is asked by ("conversational igbo", "native spanish"): what kind
      // of it, which the entry the name finds may say (a fluency), asked apart.
      const before = said[i - 1];
      if (before !== undefined && !intent.alone.has(before) && !STOPWORDS.has(before) && !routes.all.some((x) => x.cues.has(before)))
        apart.add(i - 1);
      // Or before it, joined by "of" ("speakers of spanish", "native speaker of spanish").
      const doer = said[i - 1] === 'of' && i >= 2 ? i - 2 : after;
      if (doer < 0 || !isDoer(said[doer]!)) continue;
      says.add(doer);
      const lead = doer === after ? i - 1 : doer - 1;
      if (lead >= 0 && isCue(`${said[lead]} ${said[doer]}`)) apart.add(lead);
    }
  }
  return { says, apart };
}
