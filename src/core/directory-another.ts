/**
 * "And Daniel?" after "where did she study?": a message that only names another person, beside a connector, asks
 * them the question before ("and Maya?" after "who knows kafka?": whether she does). Not when that question pointed
 * at the first person's own entries ("and before that?", one of their roles itself): of anyone else, it asks nothing.
 */
import type { Command } from '../../commands/definition.js';
import { findCommand } from '../../commands/index.js';
import type { AnswerReference } from '../model/conversation.js';
import { CONNECTORS } from '../query/followup-words.js';
import { englishOf } from '../query/language.js';
import { type ModifierKind, parseQuery } from '../query/modifiers.js';
import { normalize, words } from '../query/normalize.js';
import { STOPWORDS } from '../query/stopwords.js';
import { withoutPerson } from './directory-others.js';

const CONNECTOR_WORDS = new Set(CONNECTORS.flatMap((c) => c.split(' ')));
/** Modifiers that name one person's own entries. */
const THEIRS: ReadonlySet<ModifierKind> = new Set(['relative', 'entry']);

/**
 * The question before, as its command and text, when `rest` (the message without the other person's name) says
 * nothing but a connector; `before`: the person it was about. Null otherwise.
 */
export function askedOfAnother(
  rest: string,
  previous: AnswerReference | undefined,
  before: string | undefined,
  registry: readonly Command[],
): { command: string | null; text: string } | null {
  if (!previous) return null;
  const said = words(englishOf(rest) ?? rest).filter((w) => CONNECTOR_WORDS.has(w) || !STOPWORDS.has(w));
  if (!CONNECTORS.includes(said.join(' '))) return null;
  const command = findCommand(previous.command, registry);
  // A question across everyone ("who knows kafka?") is its words asked of them, as free text.
  if (command?.crowd) return { command: null, text: previous.query };
  if (!command || before === undefined) return null;
  const text = withoutPerson(previous.query, before);
  const kind = parseQuery(text, command.modifiers ?? []).modifier?.kind;
  if (kind && THEIRS.has(kind)) return null;
  // "When?" of Richard's paper, then "and Lena?": her papers, never one called as his is. A thing people share by its
  // name (a skill, a language: "does she know java?") is still asked of them.
  const [entry] = previous.matches;
  const named = normalize(text);
  const ownTitles = registry.some((c) => c.section?.section === entry?.section && c.section?.ownTitles);
  if (named && previous.matches.length === 1 && ownTitles && normalize(entry!.title) === named)
    return { command: command.data.name, text: '' };
  return { command: command.data.name, text };
}
