/**
 * Who can answer a section command asked across everyone ("/experience netflix"): the people whose
 * indexed text has a word of it, or another form, a typo, a beginning, a run-together spelling or a
 * documented other name of one, read from the shared postings once for everyone rather than person
 * by person. Everyone else's answer would be empty, so they are not asked. When the words can name
 * nothing alone (a year, "current", a cue that restates the section), everyone is asked.
 */
import type { Command } from '../../commands/definition.js';
import type { AliasTable } from '../query/aliases.js';
import { expandQuery, relatedQueries, runTogether } from '../query/expand.js';
import { glossAny } from '../query/language.js';
import { parseQuery } from '../query/modifiers.js';
import { normalize, words } from '../query/normalize.js';
import type { RouteTable } from '../query/route-table.js';
import { FILLER, STOPWORDS } from '../query/stopwords.js';

/** The words a person's indexed text must have one meaning of to answer `text` with `command`; null: anyone may. */
export function wordsAnswering(text: string, command: Command, routes: RouteTable, aliases: AliasTable): readonly string[] | null {
  const typed = normalize(text);
  if (!typed || parseQuery(text, command.modifiers ?? []).modifier) return null;
  const phrases = [typed, glossAny(typed)].flatMap((q) => [...expandQuery(q, aliases), ...relatedQueries(q, aliases)]);
  const asked = [...new Set(phrases.flatMap((q) => words(q)))].filter((w) => !STOPWORDS.has(w) && !FILLER.has(w));
  // A year, a word a command derives ("phd"), or a cue ("/experience jobs" restates the section): not a word to look for.
  if (!asked.length || asked.some((w) => /\d/.test(w) || routes.owners.has(w) || routes.allCues.find([w]).length)) return null;
  return [...asked, ...runTogether(phrases)];
}
