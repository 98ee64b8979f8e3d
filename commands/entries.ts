/**
 * A command for a section of entries (awards, certificates, languages, volunteer work...):
 * its search documents, its completions and its handler, built from what the section's
 * own file says about one entry. Each such command answers the same way: no query lists
 * every entry; a query finds entries by name, by who gave or published them, by keywords
 * and content, with typos and aliases; a year (or, for dated roles, "current", "first",
 * "before X") picks entries by time; no good match says so, with "did you mean".
 */
import type { Messages } from '../src/i18n/catalogue.js';
import {
  entryId,
  entryNumber,
  makeAnswer,
  type Answer,
  type AnswerField,
  type AnswerLink,
  type AnswerSection,
  type ResumeSection,
} from '../src/model/answer.js';
import { defined, type SearchDocument } from '../src/query/documents.js';
import { endsTitle } from '../src/query/employer.js';
import type { ResumeIndex } from '../src/query/index.js';
import { holdsKind, kindAsked } from '../src/query/technologies.js';
import type { CommandQuery, ModifierKind } from '../src/query/modifiers.js';
import type { Resume } from '../src/resume/schema.js';
import { entrySpans } from '../src/resume/entry-dates.js';
import type { Command, CommandContext, CommandData, CommandRouting, CommandSection } from './definition.js';
import { entryMatch, missingSection, notFound, quoted, yearShown } from './format.js';
import { significanceRanks } from '../src/resume/significance.js';
import { current, first, inYear, neighbour, previous, type Dated, type Picked } from './timeline.js';

/** One entry in full, as a handler shows it (title and matches are added for it). */
export interface EntryDetail {
  subtitle?: string;
  body?: string;
  fields?: AnswerField[];
  sections?: AnswerSection[];
  links?: AnswerLink[];
  footer?: string;
}

export interface EntryKind<E> {
  readonly section: ResumeSection;
  /** "award" */
  readonly noun: string;
  /** "awards" */
  readonly plural: string;
  /** The heading of a listing: "Awards". */
  readonly heading: string;
  /** Each title is the owner's alone (SectionSource.ownTitles). */
  readonly ownTitles?: boolean;
  entries(resume: Resume): readonly E[];
  /** What every answer calls the entry; without `messages`, in English (what --json prints). */
  title(entry: E, messages?: Messages): string;
  /** Names: the title and other names it goes by. */
  identity(entry: E): ReadonlyArray<string | undefined>;
  /** Who gave it, published it, fluency, keywords: what describes it. */
  facets(entry: E): ReadonlyArray<string | undefined>;
  /** Running text: summaries, highlights, quotes. */
  content(entry: E): ReadonlyArray<string | undefined>;
  /** The entry on one line of a listing, in the asker's words. */
  line(entry: E, now: Date, messages: Messages): string;
  /** The entry in full, in the asker's words. `i` is its index in the section, for private-field paths. */
  detail(entry: E, i: number, now: Date, messages: Messages): EntryDetail;
  /** What the option completes from, besides the titles. */
  completions?(entry: E): ReadonlyArray<string | undefined>;
  /** The person an entry names, when it is someone other than the owner (a referee). */
  person?(entry: E): string | undefined;
  /** The entry is a place ("there"): the name it is asked about again by (the organisation volunteered at). */
  placeName?(entry: E): string | undefined;
  /** Names that may hold a technology's ("AWS Certified…"): asked for a kind of them ("cloud certs"), an entry naming one answers. */
  technologyNames?(entry: E): ReadonlyArray<string | undefined>;
  /** What a query that names no entry may mean in the section's own words (a language named in another one: "basco" is Basque). */
  meant?(query: string): string | undefined;
  /** What makes one entry more significant than another (higher first), for sections with an order of their own (the ongoing role first); without it, the résumé's order. */
  significance?(entry: E): readonly number[];
}

/** Each entry's place, most significant first; the résumé's order when the kind has none. */
function ranksOf<E>(kind: EntryKind<E>, entries: readonly E[]): number[] {
  return kind.significance ? significanceRanks(entries, kind.significance) : entries.map((_, i) => i);
}

export function entrySection<E>(kind: EntryKind<E>): CommandSection {
  return {
    section: kind.section,
    noun: kind.noun,
    plural: kind.plural,
    ...(kind.ownTitles ? { ownTitles: true } : {}),
    present: (resume) => kind.entries(resume).length > 0,
    documents: (resume): SearchDocument[] => {
      const entries = kind.entries(resume);
      const ranks = ranksOf(kind, entries);
      return entries.map((entry, i) => ({
        section: kind.section,
        id: entryId(kind.section, i),
        title: kind.title(entry),
        identity: defined(kind.identity(entry)),
        facets: defined(kind.facets(entry)),
        content: defined(kind.content(entry)),
        index: i,
        rank: ranks[i],
      }));
    },
    title: (resume, n, messages) => {
      const entry = kind.entries(resume)[n];
      return entry === undefined ? undefined : kind.title(entry, messages);
    },
    ...(kind.person ? { people: (resume: Resume) => defined(kind.entries(resume).map((entry) => kind.person!(entry))) } : {}),
    ...(kind.placeName
      ? {
          placeName: (resume: Resume, n: number) => {
            const entry = kind.entries(resume)[n];
            return entry === undefined ? undefined : kind.placeName!(entry);
          },
        }
      : {}),
  };
}

function oneEntry<E>(kind: EntryKind<E>, entry: E, i: number, now: Date, messages: Messages, score?: number): Answer {
  return makeAnswer({
    kind: 'result',
    title: kind.title(entry, messages),
    ...kind.detail(entry, i, now, messages),
    matches: [entryMatch(kind.section, i, kind.title(entry), score)],
  });
}

/** Several entries: each as a heading with its description underneath. */
function someEntries<E>(
  kind: EntryKind<E>,
  picked: ReadonlyArray<Picked<E> & { score?: number }>,
  title: string,
  now: Date,
  messages: Messages,
): Answer {
  if (picked.length === 1) return oneEntry(kind, picked[0]!.entry, picked[0]!.i, now, messages, picked[0]!.score);
  return makeAnswer({
    kind: 'result',
    title,
    sections: picked.map(({ entry, i }) => {
      const detail = kind.detail(entry, i, now, messages);
      const bullets = defined([detail.body, ...(detail.sections ?? []).flatMap((s) => s.bullets)]).slice(0, 3);
      return { heading: kind.line(entry, now, messages), bullets, entry: entryId(kind.section, i) };
    }),
    links: picked.flatMap(({ entry, i }) => kind.detail(entry, i, now, messages).links ?? []),
    matches: picked.map(({ entry, i, score }) => entryMatch(kind.section, i, kind.title(entry), score)),
  });
}

/** What the section is called in the asker's words: one entry, several, and its heading. */
function wordsFor<E>(kind: EntryKind<E>, messages: Messages) {
  return {
    noun: messages.t(`section.${kind.section}`, { count: 1 }),
    plural: messages.t(`section.${kind.section}`, { count: 2 }),
    heading: messages.t(`heading.${kind.section}`),
  };
}

function listing<E>(kind: EntryKind<E>, index: ResumeIndex, entries: readonly E[], now: Date, messages: Messages): Answer {
  const words = wordsFor(kind, messages);
  const ranks = ranksOf(kind, entries);
  const order = entries.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  return makeAnswer({
    kind: 'list',
    title: words.heading,
    subtitle: messages.t('entries.count', {
      owner: index.resume.basics.name,
      count: entries.length,
      noun: messages.t(`section.${kind.section}`, { count: entries.length }),
    }),
    sections: [{ heading: words.heading, bullets: order.map((i) => kind.line(entries[i]!, now, messages)) }],
    matches: order.map((i) => entryMatch(kind.section, i, kind.title(entries[i]!))),
  });
}

function byTime<E>(kind: EntryKind<E>, entries: readonly E[], query: CommandQuery, context: CommandContext): Answer | null {
  const { index, now, messages } = context;
  const { noun, plural } = wordsFor(kind, messages);
  const t = messages.t.bind(messages);
  const owner = index.resume.basics.name;
  // When each happened, as its section reads its dates (none for a section without them).
  const spans = entrySpans(index.resume, kind.section);
  const withDates = entries.map((entry, i): Dated & { entry: E } => ({ entry, startDate: spans[i]?.start, endDate: spans[i]?.end }));
  const back = (picked: ReadonlyArray<Picked<{ entry: E }>>) => picked.map(({ entry, i }) => ({ entry: entry.entry, i }));
  const modifier = query.modifier;
  switch (modifier?.kind) {
    case 'year': {
      const held = inYear(entries, spans, modifier, now);
      const year = yearShown(modifier, messages);
      if (held.length) return someEntries(kind, held, t('entries.inYear', { count: held.length, plural, year }), now, messages);
      return makeAnswer({
        kind: 'empty',
        title: t('entries.noneInYear.title', { noun, year }),
        body: t('entries.noneInYear.body', { owner, noun, year }),
        suggestions: [`/${commandName(index, kind)}`],
      });
    }
    case 'current': {
      const { picked, ongoing } = current(withDates, now);
      const answer = someEntries(
        kind,
        back(picked),
        ongoing ? t('entries.current', { plural }) : t('entries.mostRecent', { noun }),
        now,
        messages,
      );
      // "Is he volunteering now?" of someone who no longer does: the last one, said to be over; of one listed without
      // dates, neither over nor under way, said so.
      if (ongoing || picked.length !== 1) return answer;
      const { entry } = picked[0]!;
      const undated = !entry.startDate && !entry.endDate;
      return { ...answer, title: t(undated ? 'entries.undatedNow' : 'entries.noneNow', { noun, title: answer.title }) };
    }
    case 'previous': {
      const found = previous(withDates);
      return found ? someEntries(kind, back([found]), t('entries.previous', { noun }), now, messages) : null;
    }
    case 'first': {
      const found = first(withDates);
      return found ? someEntries(kind, back([found]), t('entries.first', { noun }), now, messages) : null;
    }
    case 'entry': {
      const n = entryNumber(kind.section, modifier.entry);
      return n !== undefined && entries[n] ? oneEntry(kind, entries[n], n, now, messages) : null;
    }
    case 'relative': {
      const anchorAt = entryNumber(kind.section, modifier.entry) ?? index.search(kind.section, modifier.anchor)[0]?.doc.index;
      if (anchorAt === undefined || !entries[anchorAt]) return null;
      const found = neighbour(withDates, anchorAt, modifier.direction);
      const name = kind.title(entries[anchorAt], messages);
      if (found)
        return someEntries(
          kind,
          back([found]),
          t(modifier.direction === 'before' ? 'entries.before' : 'entries.after', { noun, name }),
          now,
          messages,
        );
      // The first or the last of them: nothing there, never the anchor itself again.
      const none = modifier.direction === 'before' ? 'entries.noneBefore' : 'entries.noneAfter';
      return makeAnswer({
        kind: 'empty',
        title: t(`${none}.title`, { noun, name }),
        body: t(`${none}.body`, { owner, noun, name }),
        suggestions: [`/${commandName(index, kind)}`],
      });
    }
    case 'employer': {
      // Only an entry whose organisation is named so: a word in its text is no employer.
      const hits = index.searchNames(kind.section, modifier.name);
      if (hits.length)
        return someEntries(
          kind,
          hits.map((h) => ({ entry: entries[h.doc.index]!, i: h.doc.index, score: h.score })),
          t('entries.at', { count: hits.length, plural, name: quoted(modifier.name) }),
          now,
          messages,
        );
      return makeAnswer({
        kind: 'empty',
        title: t('entries.noneAt.title', { noun, name: quoted(modifier.name) }),
        body: t('entries.noneAt.body', { owner, name: quoted(modifier.name) }),
        suggestions: [`/${commandName(index, kind)}`],
      });
    }
    case 'position': {
      // Held as it: a title whose words end so ("tutor" of "Digital Literacy Tutor"), at the organisation asked about.
      const at = modifier.at ? new Set(index.searchNames(kind.section, modifier.at).map((h) => h.doc.index)) : null;
      const hits = index
        .find(kind.section, modifier.name)
        .filter((h) => h.tier === 'facet' && endsTitle(h.term, modifier.name) && (!at || at.has(h.doc.index)));
      if (!hits.length) return notFound(context, kind.section, modifier.name);
      const picked = hits.map((h) => ({ entry: entries[h.doc.index]!, i: h.doc.index, score: h.score }));
      return someEntries(kind, picked, t('entries.match', { count: hits.length, plural, query: quoted(modifier.name) }), now, messages);
    }
    default:
      return null;
  }
}

function commandName<E>(index: ResumeIndex, kind: EntryKind<E>): string {
  return index.section(kind.section)?.command ?? kind.section;
}

export function entryHandler<E>(kind: EntryKind<E>): Command['execute'] {
  return (query: CommandQuery, context: CommandContext): Answer => {
    const { index, now, messages } = context;
    const entries = kind.entries(index.resume);
    const { plural } = wordsFor(kind, messages);
    if (!entries.length) return missingSection(index, plural, messages, query.text, context.plainMisses);
    const timed = byTime(kind, entries, query, context);
    if (timed) return timed;
    const m = query.modifier;
    const q = m?.kind === 'relative' ? `${m.direction} ${m.anchor}` : m?.kind === 'entry' ? m.name : query.text.trim();
    if (!q) return listing(kind, index, entries, now, messages);
    let hits = index.find(kind.section, q);
    const meant = hits.length ? undefined : kind.meant?.(q);
    if (meant) hits = index.find(kind.section, meant);
    const picked = hits.length
      ? hits.map((h) => ({ entry: entries[h.doc.index]!, i: h.doc.index, score: h.score }))
      : entriesOfKind(kind, entries, q);
    if (!picked.length) return notFound(context, kind.section, q);
    return someEntries(kind, picked, messages.t('entries.match', { count: picked.length, plural, query: quoted(q) }), now, messages);
  };
}

/** "Cloud certs": the entries whose names hold a technology of the kind the query asks for as a whole, when no name says the words. */
function entriesOfKind<E>(kind: EntryKind<E>, entries: readonly E[], query: string): Array<Picked<E> & { score: number }> {
  const asked = kind.technologyNames ? kindAsked(query) : undefined;
  if (!asked) return [];
  return entries.flatMap((entry, i) =>
    defined(kind.technologyNames!(entry)).some((name) => holdsKind(name, asked)) ? [{ entry, i, score: 1 }] : [],
  );
}

/** A whole command for a section of entries: the section's file gives its data, what one entry is, and its cue words. */
export function entryCommand<E>(
  data: CommandData,
  kind: EntryKind<E>,
  routing: CommandRouting,
  modifiers: readonly ModifierKind[],
): Command {
  return {
    data,
    section: entrySection(kind),
    routing,
    // Every section can be asked about one entry a previous answer found ("tell me more").
    modifiers: [...modifiers, 'entry'],
    // A title made up for an entry without a name ("Unnamed reference") is no choice: typed back, it names nothing.
    completions: (resume) =>
      kind
        .entries(resume)
        .flatMap((entry) =>
          defined([kind.identity(entry).some(Boolean) ? kind.title(entry) : undefined, ...(kind.completions?.(entry) ?? [])]),
        ),
    execute: entryHandler(kind),
  };
}
