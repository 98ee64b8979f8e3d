/**
 * Every constraint a question states must hold for the entry that answers it: "was he at Netflix in 2022?"
 * is not answered by the Netflix role when it ended in 2021. The router keeps the stated year beside the
 * query; whatever the command found is then checked against its entries' own dates, for every section alike.
 */
import type { Command, CommandContext } from '../../commands/definition.js';
import { datedLine, shownTitle, yearShown } from '../../commands/format.js';
import { standsThen } from '../../commands/stated-time.js';
import { makeAnswer, type Answer, type Match } from '../model/answer.js';
import type { CommandQuery } from '../query/modifiers.js';
import type { Hit } from '../query/search.js';
import type { Messages } from '../i18n/catalogue.js';
import { DATED_SECTIONS, matchSpan, type StatedTime } from '../resume/entry-dates.js';

/**
 * The command's answer, kept to the entries that stand to the stated year as asked (none of them: nothing, said
 * so), less those it is asked to leave out, and to the first or the latest of them when that is asked.
 */
export function heldAsStated(command: Command, query: CommandQuery, context: CommandContext): Answer {
  const { pick, besides } = query;
  // A section whose entries give no dates (a profile, skills) says nothing of a time: "what is he doing now?" of a
  // résumé without roles is its profile, never "not now".
  const section = command.section?.section;
  const during = section && DATED_SECTIONS.includes(section) ? query.during : undefined;
  // The command reads what to look for, never the stated year or the end asked: a query states them only now and then.
  const rest = during || pick || besides ? withoutTime(query) : query;
  const answer = command.execute(rest, context);
  if ((!during && !pick && !besides) || !answer.matches.length) return answer;
  const { resume } = context.index;
  // Asked for nothing but the time ("what did he do before 2015?"), an entry must show it held then.
  const timeOnly = !rest.text.trim() && !rest.modifier;
  const held = during ? answer.matches.filter((m) => standsThen(resume, m, during, context.now, timeOnly)) : answer.matches;
  if (during && !held.length) return noneThen(answer.matches[0]!, during, context);
  const left = besides ? leavingOut(held, besides, rest.text, context) : held;
  if (besides && !left.length) return noneBesides(besides, context);
  const kept = pick ? endOf(left, pick, context) : left;
  if (kept.length === answer.matches.length) return answer;
  // One left: that entry in full, as the command shows one.
  const only = kept.length === 1 ? kept[0]! : null;
  if (only && command.modifiers?.includes('entry'))
    return command.execute({ text: '', modifier: { kind: 'entry', entry: only.id, name: only.title } }, context);
  // Those alone, listed with their dates: the command's own answer shows every entry it found ("what did he do before
  // 2015?" listed his roles of 2021 too).
  return keptListing(answer, kept, during, context);
}

function keptListing(answer: Answer, kept: readonly Match[], during: StatedTime | undefined, context: CommandContext): Answer {
  const { messages } = context;
  const when = during && whenSaid(during, messages);
  return makeAnswer({
    kind: 'list',
    title: when ? messages.t('statedTime.held', { count: kept.length, when }) : answer.title,
    sections: [{ heading: answer.title, bullets: kept.map((m) => datedLine(m, context)) }],
    matches: [...kept],
    ...(answer.route ? { route: answer.route } : {}),
    ...(answer.locale ? { locale: answer.locale } : {}),
    ...(answer.person ? { person: answer.person } : {}),
  });
}

/** The earliest (by start) or the latest (by end, an ongoing one now) of the dated matches; all of them when none is dated. */
function endOf(matches: readonly Match[], pick: 'first' | 'last', { index }: CommandContext): readonly Match[] {
  const when = (m: Match) => {
    const span = matchSpan(index.resume, m);
    if (!span) return undefined;
    const date = pick === 'first' ? (span.start ?? span.end) : span.end === null ? null : (span.end ?? span.start);
    return date === null ? Number.POSITIVE_INFINITY : date ? date.year * 12 + (date.month ?? 1) : undefined;
  };
  let best: Match | undefined;
  let bestAt = 0;
  for (const m of matches) {
    const at = when(m);
    if (at !== undefined && (!best || (pick === 'first' ? at < bestAt : at > bestAt))) [best, bestAt] = [m, at];
  }
  return best ? [best] : matches;
}

function withoutTime({ during: _, pick: __, besides: ___, ...rest }: CommandQuery): CommandQuery {
  return rest;
}

/** Several things left out ("english and spanish", "netflix or google"). */
const ONE_AND_ANOTHER = /\s+(?:and|or|nor)\s+|\s*,\s*/;

/**
 * The matches but those a search of what is left out names, by name or a whole facet ("english": the English entry;
 * each of "english and spanish"). An entry the rest of the question names by its name is what is asked about, and what
 * is left out is a part of it ("anything at coderdojo besides teaching?": the CoderDojo entry, its teaching aside).
 */
function leavingOut(matches: readonly Match[], besides: string, asked: string, { index }: CommandContext): readonly Match[] {
  const sections = [...new Set(matches.map((m) => m.section))];
  const namedBy = (text: string, tiered: (hit: Hit) => boolean) =>
    new Set(
      sections.flatMap((section) =>
        index
          .search(section, text)
          .filter(tiered)
          .map((hit) => hit.doc.id),
      ),
    );
  const things = besides.split(ONE_AND_ANOTHER).filter(Boolean);
  const left = new Set(
    things.flatMap((thing) => [...namedBy(thing, (hit) => hit.tier === 'identity' || (hit.tier === 'facet' && hit.whole))]),
  );
  const kept = asked.trim() ? namedBy(asked, (hit) => hit.tier === 'identity' && hit.whole) : new Set<string>();
  return matches.filter((m) => !left.has(m.id) || kept.has(m.id));
}

function noneBesides(besides: string, { index, messages }: CommandContext): Answer {
  return makeAnswer({
    kind: 'empty',
    title: messages.t('leftOut.none.title', { name: besides }),
    body: messages.t('leftOut.none.body', { owner: index.resume.basics.name, name: besides }),
  });
}

function noneThen(first: Match, during: StatedTime, context: CommandContext): Answer {
  const { index, messages } = context;
  const when = whenSaid(during, messages);
  const name = shownTitle(first, context);
  return makeAnswer({
    kind: 'empty',
    title: messages.t('statedTime.title', { name, when }),
    body: messages.t('statedTime.body', { owner: index.resume.basics.name, name, when }),
  });
}

/** The stated time in the asker's words: "in 2015", "in Mar 2015", "between 2011 and 2013", "now". */
function whenSaid(during: StatedTime, messages: Messages): string {
  if (during.relation === 'now') return messages.t('statedTime.now');
  if (during.relation === 'between') return messages.t('statedTime.between', { year: during.year, until: during.until });
  if (during.relation === 'within') return messages.t('statedTime.within', { count: during.years });
  // Some months of the year ("in march 2015") said as such: "in Mar 2015".
  const year = during.relation === 'in' ? yearShown(during, messages) : during.year;
  const began = during.relation === 'ended' || during.relation === 'began';
  if (began && during.until !== undefined)
    return messages.t(`statedTime.${during.relation}.between`, { year: during.year, until: during.until });
  const side = began && during.side;
  return messages.t(side ? `statedTime.${during.relation}.${side}` : `statedTime.${during.relation}`, { year });
}
