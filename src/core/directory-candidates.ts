/**
 * Who can answer a section command asked across everyone ("/experience netflix"): the people whose
 * indexed text has a word of it, or another form, a typo, a beginning, a run-together spelling or a
 * documented other name of one, read from the shared postings once for everyone rather than person
 * by person. Everyone else's answer would be empty, so they are not asked. When the words can name
 * nothing alone (a year, "current", a cue that restates the section), everyone is asked.
 */
import type { Command } from '../../commands/definition.js';
import type { ResumeSection } from '../model/answer.js';
import type { AliasTable } from '../query/aliases.js';
import { expandQuery, relatedQueries, runTogether } from '../query/expand.js';
import { glossAny } from '../query/language.js';
import { parseQuery } from '../query/modifiers.js';
import type { PeopleHere, ResumeIndex } from '../query/index.js';
import { normalize, words } from '../query/normalize.js';
import { perSharedIndex } from '../query/per-shared.js';
import type { RouteTable } from '../query/route-table.js';
import { FILLER, STOPWORDS } from '../query/stopwords.js';

/**
 * The words a person's indexed text must have one meaning of to answer `text` with `command`; null: anyone may.
 * `anyCue`: a cue of any command among the words leaves anyone a candidate (the question may only restate a
 * section, whose every entry then answers); otherwise only a word this command derives does, and another command's
 * cue is a word like any other ("site" of "/experience site reliability", whose English "website" is a cue of
 * /contact): for a text nobody's route table reads as restating the section.
 */
export function wordsAnswering(
  text: string,
  command: Command,
  routes: RouteTable,
  aliases: AliasTable,
  anyCue: boolean,
): readonly string[] | null {
  const typed = normalize(text);
  if (!typed || parseQuery(text, command.modifiers ?? []).modifier) return null;
  const { asked, together } = wordsSearched(typed, aliases);
  // A year, a word the command derives ("phd"), or a cue ("/experience jobs" restates the section): not a word to
  // look for.
  const derives = (w: string) => routes.owners.get(w)?.some((intent) => intent.spec.command === command.data.name);
  const cue = (w: string) => routes.owners.has(w) || routes.allCues.find([w]).length > 0;
  if (!asked.length || asked.some((w) => /\d/.test(w) || derives(w) || (anyCue && cue(w)))) return null;
  return [...asked, ...together];
}

/**
 * The words of a normalized text that a person's indexed text is read for, in each form a search reads it (its
 * English, other names, related terms), stop words and fillers aside; and the run-together spellings of its phrases.
 */
export function wordsSearched(typed: string, aliases: AliasTable): { asked: string[]; together: string[] } {
  const phrases = [typed, glossAny(typed)].flatMap((q) => [...expandQuery(q, aliases), ...relatedQueries(q, aliases)]);
  const asked = [...new Set(phrases.flatMap((q) => words(q)))].filter((w) => !STOPWORDS.has(w) && !FILLER.has(w));
  return { asked, together: runTogether(phrases) };
}

/** How the people a section command reaches are read: each one's index (none yet: may mean anything), and who is always asked. */
export interface Reach<M> {
  indexOf(person: M): ResumeIndex | undefined;
  /** Asked whatever their index says (a translated copy may use other words). */
  always(person: M): boolean;
  /** Their route table reads one of the texts as restating the section: their whole section answers, so anyone may fit. */
  restates(person: M): boolean;
}

/**
 * Of everyone, in their order, those a section command asked across everyone reaches with `asked`
 * (wordsAnswering) and the texts it searches (the text, its English): whoever is always asked, and whoever may
 * mean one of the words (SharedIndex.whoMayMean) and, unless one who may restates the section, whom the section's
 * search finds for a text (SharedIndex.whoFinds). Each shared index is asked each thing once, and only when someone
 * of its people needs it; a person's membership is read by their number, not by sets of people made per question.
 */
export function sectionCandidates<M>(
  everyone: readonly M[],
  reach: Reach<M>,
  asked: readonly string[],
  section: ResumeSection | undefined,
  texts: readonly string[],
): M[] {
  // Whether a person is among those a shared index says (one without an index yet may be anyone).
  const among = (says: (shared: ResumeIndex['shared']) => PeopleHere) => (person: M) => {
    const index = reach.indexOf(person);
    return !index || says(index.shared).has(index.sharedAs);
  };
  const may = among(perSharedIndex((shared) => shared.whoMayMean(asked, section)));
  const searched = section && !everyone.some((person) => reach.restates(person) && may(person)) ? section : undefined;
  if (!searched) return everyone.filter((person) => reach.always(person) || may(person));
  const finds = among(perSharedIndex((shared) => shared.whoFinds(searched, texts)));
  return everyone.filter((person) => reach.always(person) || (may(person) && finds(person)));
}
