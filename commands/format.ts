/**
 * Building blocks the command handlers share: quoting a query back, links, scores, and
 * how "nothing matched" and "this résumé has no such section" are said. Pure functions
 * only; what a role or an award looks like lives in that section's own command file.
 */
import { entryId, entryNumber, makeAnswer, type Answer, type AnswerLink, type Match, type ResumeSection } from '../src/model/answer.js';
import type { Messages } from '../src/i18n/catalogue.js';
import { relatedTerms } from '../src/query/evidence.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { Hit } from '../src/query/search.js';
import { formatMonthYear, formatRange, type PartialDate } from '../src/resume/dates.js';
import { matchSpan, type YearAsked } from '../src/resume/entry-dates.js';
import type { CommandContext } from './definition.js';

/** A user's query as shown back in a title: bounded, so a long query can't flood a message. */
export function quoted(query: string): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
}

export function link(label: string, url: string | undefined): AnswerLink[] {
  return url && /^https?:\/\//i.test(url) ? [{ label, url }] : [];
}

/** A relevance as --json prints it: three decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** A match's entry titled in the asker's words, as its section's command titles it ("Data Volunteer — Central Texas Food Bank"). */
export function shownTitle(match: Match, { index, commands, messages }: Pick<CommandContext, 'index' | 'commands' | 'messages'>): string {
  const n = entryNumber(match.section, match.id);
  const section = commands.find((c) => c.section?.section === match.section)?.section;
  return (n !== undefined && section?.title?.(index.resume, n, messages)) || match.title;
}

/** A match as a listing's line: its title in the asker's words, with its entry's dates when it has them. */
export function datedLine(match: Match, context: Pick<CommandContext, 'index' | 'commands' | 'messages' | 'now'>): string {
  const span = matchSpan(context.index.resume, match);
  const dates = span ? formatRange(span.start, span.end, context.now, context.messages) : '';
  const title = shownTitle(match, context);
  return dates ? `${title} · ${dates}` : title;
}

/** The machine-readable result for one entry: `awards-0`, "Best Paper Award". */
export function entryMatch(section: ResumeSection, index: number, title: string, score?: number): Match {
  return { section, id: entryId(section, index), title, ...(score === undefined ? {} : { score: roundScore(score) }) };
}

/** "Oct 2014" ("out. 2014"), or undefined when there is no date. */
export function monthYear(date: PartialDate | undefined, messages?: Messages): string | undefined {
  return date ? formatMonthYear(date, messages) : undefined;
}

/** A year asked as an answer says it: "2019", "Jun 2019", "Jun 2023 – Aug 2023" (a season, by its months). */
export function yearShown({ year, months }: YearAsked, messages: Messages): string {
  if (!months) return String(year);
  const first = formatMonthYear({ year, month: months.first }, messages);
  return months.first === months.last ? first : `${first} – ${formatMonthYear({ year, month: months.last }, messages)}`;
}

/** What a miss is said with: read from the request's context, so no handler can forget how plainly. */
export type MissContext = Pick<CommandContext, 'index' | 'messages' | 'plainMisses'>;

/**
 * "Nothing matched", said plainly, with close names as "did you mean" and, when the query
 * does match in another section, a pointer there (`/skills kubernetes`).
 */
export function notFound(context: MissContext, section: ResumeSection, query: string): Answer {
  const { index, messages, plainMisses: plain } = context;
  const source = index.section(section);
  if (!source) return makeAnswer({ kind: 'empty', title: messages.t('notFound.title', { query: quoted(query) }) });
  // Close names, another section, related terms: each a search of its own, which nobody reads (CommandContext.plainMisses).
  if (plain)
    return makeAnswer({
      kind: 'empty',
      title: messages.t('notFound.sectionTitle', { noun: messages.t(`section.${section}`, { count: 1 }), query: quoted(query) }),
    });
  const suggestions = index.nearNames(section, query, 3).map((name) => `/${source.command} ${name}`);
  const elsewhere = index.searchEverywhere(query);
  const other = elsewhere && elsewhere.section !== section ? index.section(elsewhere.section) : undefined;
  if (other) suggestions.unshift(`/${other.command} ${query.trim()}`);
  // Entries that say only a related term ("event streaming" for kafka): named as related, never as a result.
  const related = index.related(section, query).map((hit) => ({ section, hit }));
  return makeAnswer({
    kind: 'empty',
    title: messages.t('notFound.sectionTitle', { noun: messages.t(`section.${section}`, { count: 1 }), query: quoted(query) }),
    body: `${messages.t('notFound.body', { owner: index.resume.basics.name, query: quoted(query) })}${suggestions.length || related.length ? '' : messages.t('notFound.tryAll', { command: source.command })}`,
    sections: related.length
      ? [
          {
            heading: messages.t('notFound.related', { terms: relatedTerms(related), query: quoted(query) }),
            bullets: related.map(({ hit }) => hit.doc.title),
          },
        ]
      : [],
    suggestions: [...new Set(suggestions)],
  });
}

/**
 * The résumé has nothing in this section ("roles", "awards"): said politely, pointing at what
 * it does have, first at where the query itself shows up ("is he certified in AWS?" → /skills aws).
 */
export function missingSection(index: ResumeIndex, plural: string, messages: Messages, query = '', plain = false): Answer {
  // Where the query shows up instead is a search of every section, which nobody reads of a plain miss.
  const elsewhere = query.trim() && !plain ? index.searchEverywhere(query) : null;
  const pointer = elsewhere ? index.section(elsewhere.section) : undefined;
  return makeAnswer({
    kind: 'empty',
    title: messages.t('missing.title', { plural }),
    body: messages.t('missing.body', { owner: index.resume.basics.name, plural }),
    suggestions: [...(pointer ? [`/${pointer.command} ${query.trim()}`] : []), ...index.sections.slice(0, 4).map((s) => `/${s.command}`)],
  });
}

export function hitIndexes(hits: readonly Hit[]): Array<{ i: number; score: number }> {
  return hits.map((h) => ({ i: h.doc.index, score: h.score }));
}
