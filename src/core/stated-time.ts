/**
 * Every constraint a question states must hold for the entry that answers it: "was he at Netflix in 2022?"
 * is not answered by the Netflix role when it ended in 2021. The router keeps the stated year beside the
 * query; whatever the command found is then checked against its entries' own dates, for every section alike.
 */
import type { Command, CommandContext } from '../../commands/definition.js';
import { entryNumber } from '../../commands/format.js';
import { makeAnswer, type Answer, type Match } from '../model/answer.js';
import type { CommandQuery } from '../query/modifiers.js';
import { entrySpan, holdsAt, type StatedTime } from '../resume/entry-dates.js';

/** The command's answer, kept to the entries that stand to the stated year as asked; none of them: nothing, said so. */
export function heldAsStated(command: Command, query: CommandQuery, context: CommandContext): Answer {
  const during = query.during;
  // The command reads what to look for, never the stated year: a query states one only now and then.
  const answer = command.execute(during ? withoutDuring(query) : query, context);
  if (!during || !answer.matches.length) return answer;
  const { resume } = context.index;
  const holds = (m: Match) => {
    const i = entryNumber(m.section, m.id);
    const span = i === undefined ? undefined : entrySpan(resume, m.section, i);
    // Undated entries (a skill, a role without dates) say nothing against it.
    return !span || holdsAt(span, during, context.now);
  };
  const kept = answer.matches.filter(holds);
  if (kept.length === answer.matches.length) return answer;
  if (!kept.length) return noneThen(answer.matches[0]!, during, context);
  // One left: that entry in full, as the command shows one.
  const only = kept.length === 1 ? kept[0]! : null;
  if (only && command.modifiers?.includes('entry'))
    return command.execute({ text: '', modifier: { kind: 'entry', entry: only.id, name: only.title } }, context);
  return { ...answer, matches: kept };
}

function withoutDuring({ during: _, ...rest }: CommandQuery): CommandQuery {
  return rest;
}

function noneThen(first: Match, during: StatedTime, { index, messages }: CommandContext): Answer {
  const when = messages.t(`statedTime.${during.relation}`, { year: during.year });
  return makeAnswer({
    kind: 'empty',
    title: messages.t('statedTime.title', { name: first.title, when }),
    body: messages.t('statedTime.body', { owner: index.resume.basics.name, name: first.title, when }),
  });
}
