/**
 * A year asked of the whole résumé ("what was she doing in 2006?", "2006") goes to the roles. When none covers it,
 * what the résumé does show then answers (her studies, a volunteer post) rather than "no role in 2006" of someone
 * who was at university.
 */
import { makeAnswer, type Answer } from '../src/model/answer.js';
import { type CommandQuery, queryText } from '../src/query/modifiers.js';
import type { Command, CommandContext } from './definition.js';
import type { YearAsked } from '../src/resume/entry-dates.js';
import { datedLine, yearShown } from './format.js';

/** The year (or its months) a query asks of the whole résumé, naming no section (the year modifier's anySection); undefined otherwise. */
export function anySectionYear(query: CommandQuery): YearAsked | undefined {
  const m = query.modifier;
  return m?.kind === 'year' && m.anySection ? { year: m.year, ...(m.months ? { months: m.months } : {}) } : undefined;
}

/**
 * The other sections' entries that cover the year, as one answer that re-asks as itself: one section's own answer
 * ("/education 2006"), or several listed under their titles with their dates. Null when none covers it either.
 */
export function shownInYear(asked: Command, year: YearAsked, context: CommandContext): Answer | null {
  const modifier = { kind: 'year' as const, ...year };
  // Typed again as the year alone (its months too), it is read the same way.
  const again = queryText({ text: '', modifier });
  const found = context.commands.flatMap((command) => {
    if (command === asked || !command.section || !command.modifiers?.includes('year')) return [];
    const answer = command.execute({ text: '', modifier }, context);
    return answer.kind !== 'empty' && answer.matches.length ? [{ command, answer }] : [];
  });
  const [one] = found;
  if (!one) return null;
  if (found.length === 1) return { ...one.answer, route: { command: one.command.data.name, query: again } };
  const { messages } = context;
  const matches = found.flatMap(({ answer }) => answer.matches);
  const fallback = context.commands.find((c) => c.routing?.role === 'fallback');
  return makeAnswer({
    kind: 'list',
    title: messages.t('statedTime.held', { count: matches.length, when: messages.t('statedTime.in', { year: yearShown(year, messages) }) }),
    sections: found.map(({ answer }) => ({ heading: answer.title, bullets: answer.matches.map((m) => datedLine(m, context)) })),
    matches,
    ...(one.answer.locale ? { locale: one.answer.locale } : {}),
    ...(one.answer.person ? { person: one.answer.person } : {}),
    ...(fallback ? { route: { command: fallback.data.name, query: again } } : {}),
  });
}

/** What the other sections show in the year, with the role the asked command found none of said below ("No role in 2006"). */
export function coveredElsewhere(asked: Command, year: YearAsked, noRole: Answer, context: CommandContext): Answer | null {
  const shown = shownInYear(asked, year, context);
  return shown && { ...shown, footer: shown.footer ? `${shown.footer} · ${noRole.title}` : noRole.title };
}
