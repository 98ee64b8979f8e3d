/**
 * What a conversation remembers between two questions: a reference to the previous answer
 * (which command answered, with which query, and the entries it found, best first), and a
 * slot for the person it was about once a directory serves several résumés. Only references:
 * never answer text, so nothing private is kept beyond the entries' ids and titles.
 */
import type { Answer, Match } from './answer.js';

export interface AnswerReference {
  /** The registry command that answered. */
  readonly command: string;
  /** Its query as a user could type it after the command (`parseQuery` reads it back). */
  readonly query: string;
  /** The entries it was about, best first (at most a few are kept). */
  readonly matches: readonly Match[];
}

export interface ConversationContext {
  readonly previous?: AnswerReference;
  /** The person the conversation is about, when several résumés are served. */
  readonly person?: string;
}

/** Entries kept per reference: a follow-up leans on the first; the rest say what a list was. */
const KEPT_MATCHES = 5;
/** Entries a follow-up leaned on, kept after those. */
const KEPT_LEANED_ON = 3;

/** The reference a follow-up can lean on, or null when the answer leaves nothing to follow (a refusal, an error, help). */
export function referenceOf(answer: Answer): AnswerReference | null {
  if (answer.kind === 'refusal' || answer.kind === 'error' || answer.kind === 'help') return null;
  if (!answer.route?.command) return null;
  const matches: Match[] = [];
  const keep = ({ section, id, title }: Match) => matches.push({ section, id, title });
  const found = answer.matches;
  for (let i = 0; i < found.length && i < KEPT_MATCHES; i += 1) keep(found[i]!);
  // Every answer is remembered: one loop each, no intermediate arrays.
  let leaned = 0;
  for (const m of answer.leanedOn ?? []) {
    if (leaned === KEPT_LEANED_ON) break;
    if (found.some((a) => a.id === m.id)) continue;
    keep(m);
    leaned += 1;
  }
  return { command: answer.route.command, query: answer.route.query, matches };
}

/**
 * The context after an answer: its reference, except that an answer that found nothing ("did he
 * work at google?") keeps the entries answered before it about the same person, so "and after
 * that?" still has the last answered entry to lean on. Its command and query are the new ones
 * ("and amazon?" re-asks the question that found nothing).
 */
export function nextContext(found: AnswerReference, before: ConversationContext | undefined, person?: string): ConversationContext {
  const samePerson = before?.person === person;
  const kept = !found.matches.length && before?.previous && samePerson ? before.previous.matches : found.matches;
  // Written after every answer: the reference itself when it keeps its own entries, and no spread.
  const previous = kept === found.matches ? found : { ...found, matches: kept };
  return person ? { previous, person } : { previous };
}
