/**
 * Words of a question across people that say only what kind a name is: a doer of a section's cue after a name of
 * that section's kind ("spanish speaker": speak), or a cue phrase of it said around one ("native spanish speaker":
 * native speaker). The doer names nothing more; the phrase's first word ("native") is asked on its own, beside the
 * name rather than joined to it, so that it may be said by the entry the name finds (a fluency).
 */
import type { RouteTable } from '../src/query/route-table.js';
import { stemKey } from '../src/query/stem.js';

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
    for (let i = 0; i < said.length; i++) {
      if (!intent.alone.has(said[i]!)) continue;
      const before = said[i - 1];
      const after = said[i + 1];
      if (after === undefined) continue;
      if (intent.cues.has(stemKey(after) ?? after)) says.add(i + 1);
      if (before !== undefined && intent.cues.has(`${before} ${after}`)) {
        says.add(i + 1);
        apart.add(i - 1);
      }
    }
  }
  return { says, apart };
}
