/**
 * What a user typed after a command, read into a query with the time it states: "/experience netflix in 2022" is the
 * Netflix role if it was held then, "/awards before 2015" the awards received before it, as the same words asked in
 * free text are; "/experience first intern" is the first of the roles the rest finds, as "her first internship" is. An
 * answer's route says its time and end the same way, so a share button re-asks exactly what was answered.
 */
import type { StatedTime } from '../resume/entry-dates.js';
import { mayCountBack, recentAndRest, timeAndRest } from './asked-time.js';
import { END_WORDS_PATTERN, endAsked } from './ends.js';
import { type CommandQuery, type ModifierKind, parseQuery, queryText } from './modifiers.js';
import { normalize } from './normalize.js';
import { mayHoldYear } from './year.js';

export function parseCommandText(text: string, accepts: readonly ModifierKind[]): CommandQuery {
  const query = timedQuery(text, accepts);
  // "/experience first intern": the first of what the rest finds, as "her first internship" asks in free text.
  if (query.modifier || query.literal || !accepts.includes('year')) return query;
  const lead = PICK_LEAD.exec(query.text.trim());
  if (!lead) return query;
  const rest = timedQuery(lead[2]!, accepts);
  if (rest.modifier || !rest.text.trim()) return query;
  return { ...rest, pick: endAsked(lead[1]!) };
}

/** A text that opens with a word asking for one end of what the rest finds, and how a route says each end. */
const PICK_LEAD = new RegExp(`^(${END_WORDS_PATTERN})\\s+(.+)$`, 'i');
const PICK_OPENS = new RegExp(`^(?:${END_WORDS_PATTERN})\\b`, 'i');
const PICK_SAID = { first: 'first', last: 'latest' } as const;

/** The command's text read with the time it states. */
function timedQuery(text: string, accepts: readonly ModifierKind[]): CommandQuery {
  const query = parseQuery(text, accepts);
  // A section without dates has no time to keep; a year alone is the command's own year modifier.
  // Most typed text holds no year: it is not normalized again to find none.
  if (!accepts.includes('year') || query.modifier?.kind === 'year') return query;
  // "/experience in the last 2 years": back from today, said with no year.
  const recent = mayCountBack(text.toLowerCase()) ? recentAndRest(normalize(text)) : undefined;
  if (recent) return { ...parseQuery(recent.rest, accepts), during: recent.time };
  if (!mayHoldYear(text)) return query;
  const said = timeAndRest(normalize(text));
  return said ? { ...parseQuery(said.rest, accepts), during: said.time } : query;
}

/** The query as a user could type it after the command, its stated time and end asked included ("first intern in 2023"). */
export function commandText(query: CommandQuery): string {
  const text = queryText(query);
  // A text that already opens with such a word ("earliest") is not told it twice.
  const asked = query.pick && text && !PICK_OPENS.test(text) ? `${PICK_SAID[query.pick]} ${text}` : text;
  const when = query.during && timeText(query.during);
  // Words that already say the year ("food bank 2021") say the time as they are read back.
  return when && !timeAndRest(normalize(asked)) ? `${asked} ${when}`.trim() : asked;
}

/** A stated time in the words parseCommandText reads back; none for "now", which a command's text does not say. */
function timeText(time: StatedTime): string | undefined {
  switch (time.relation) {
    case 'now':
      return undefined;
    case 'between':
      return `between ${time.year} and ${time.until}`;
    case 'within':
      return `${time.end ? `${time.end} ` : ''}in the last ${time.years} years`;
    case 'ended':
    case 'began':
      if (time.until !== undefined) return `${time.relation} between ${time.year} and ${time.until}`;
      return `${time.relation} ${time.side === 'until' ? `${time.year} or earlier` : `${time.side ?? 'in'} ${time.year}`}`;
    case 'until':
      return `${time.year} or earlier`;
    default:
      return time.months ? `${time.relation} ${time.months.said} ${time.year}` : `${time.relation} ${time.year}`;
  }
}
