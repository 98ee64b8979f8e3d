/**
 * A command for a section of entries (awards, certificates, languages, volunteer work...):
 * its search documents, its completions and its handler, built from what the section's
 * own file says about one entry. Each such command answers the same way: no query lists
 * every entry; a query finds entries by name, by who gave or published them, by keywords
 * and content, with typos and aliases; a year (or, for dated roles, "current", "first",
 * "before X") picks entries by time; no good match says so, with "did you mean".
 */
import { makeAnswer, type Answer, type AnswerField, type AnswerLink, type AnswerSection, type ResumeSection } from '../src/model/answer.js';
import { defined, type SearchDocument } from '../src/query/documents.js';
import type { ResumeIndex } from '../src/query/index.js';
import type { CommandQuery, ModifierKind } from '../src/query/modifiers.js';
import type { Resume } from '../src/resume/schema.js';
import type { Command, CommandContext, CommandData, CommandRouting, CommandSection } from './definition.js';
import { entryMatch, entryNumber, missingSection, notFound, quoted } from './format.js';
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
  entries(resume: Resume): readonly E[];
  /** What --json and every answer call the entry. */
  title(entry: E): string;
  /** Names: the title and other names it goes by. */
  identity(entry: E): ReadonlyArray<string | undefined>;
  /** Who gave it, published it, fluency, keywords: what describes it. */
  facets(entry: E): ReadonlyArray<string | undefined>;
  /** Running text: summaries, highlights, quotes. */
  content(entry: E): ReadonlyArray<string | undefined>;
  /** When it happened: a range (volunteer work) or one date given as both ends (an award). */
  dates?(entry: E): Dated;
  /** The entry on one line of a listing. */
  line(entry: E, now: Date): string;
  /** The entry in full. `i` is its index in the section, for private-field paths. */
  detail(entry: E, i: number, now: Date): EntryDetail;
  /** What the option completes from, besides the titles. */
  completions?(entry: E): ReadonlyArray<string | undefined>;
  /** The person an entry names, when it is someone other than the owner (a referee). */
  person?(entry: E): string | undefined;
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
    present: (resume) => kind.entries(resume).length > 0,
    documents: (resume): SearchDocument[] => {
      const entries = kind.entries(resume);
      const ranks = ranksOf(kind, entries);
      return entries.map((entry, i) => ({
        section: kind.section,
        id: `${kind.section}-${i}`,
        title: kind.title(entry),
        identity: defined(kind.identity(entry)),
        facets: defined(kind.facets(entry)),
        content: defined(kind.content(entry)),
        index: i,
        rank: ranks[i],
      }));
    },
    ...(kind.person ? { people: (resume: Resume) => defined(kind.entries(resume).map((entry) => kind.person!(entry))) } : {}),
  };
}

function oneEntry<E>(kind: EntryKind<E>, entry: E, i: number, now: Date, score?: number): Answer {
  return makeAnswer({
    kind: 'result',
    title: kind.title(entry),
    ...kind.detail(entry, i, now),
    matches: [entryMatch(kind.section, i, kind.title(entry), score)],
  });
}

/** Several entries: each as a heading with its description underneath. */
function someEntries<E>(kind: EntryKind<E>, picked: ReadonlyArray<Picked<E> & { score?: number }>, title: string, now: Date): Answer {
  if (picked.length === 1) return oneEntry(kind, picked[0]!.entry, picked[0]!.i, now, picked[0]!.score);
  return makeAnswer({
    kind: 'result',
    title,
    sections: picked.map(({ entry, i }) => {
      const detail = kind.detail(entry, i, now);
      const bullets = defined([detail.body, ...(detail.sections ?? []).flatMap((s) => s.bullets)]).slice(0, 3);
      return { heading: kind.line(entry, now), bullets };
    }),
    links: picked.flatMap(({ entry, i }) => kind.detail(entry, i, now).links ?? []),
    matches: picked.map(({ entry, i, score }) => entryMatch(kind.section, i, kind.title(entry), score)),
  });
}

function listing<E>(kind: EntryKind<E>, index: ResumeIndex, entries: readonly E[], now: Date): Answer {
  const ranks = ranksOf(kind, entries);
  const order = entries.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  return makeAnswer({
    kind: 'list',
    title: kind.heading,
    subtitle: `${index.resume.basics.name} · ${entries.length} ${entries.length === 1 ? kind.noun : kind.plural}`,
    sections: [{ heading: kind.heading, bullets: order.map((i) => kind.line(entries[i]!, now)) }],
    matches: order.map((i) => entryMatch(kind.section, i, kind.title(entries[i]!))),
  });
}

function byTime<E>(kind: EntryKind<E>, index: ResumeIndex, entries: readonly E[], query: CommandQuery, now: Date): Answer | null {
  const dated = (e: E): Dated => kind.dates?.(e) ?? {};
  const withDates = entries.map((entry) => ({ entry, ...dated(entry) }));
  const back = (picked: ReadonlyArray<Picked<{ entry: E }>>) => picked.map(({ entry, i }) => ({ entry: entry.entry, i }));
  const modifier = query.modifier;
  switch (modifier?.kind) {
    case 'year': {
      const held = back(inYear(withDates, modifier.year, now));
      if (held.length) return someEntries(kind, held, `${held.length} ${kind.plural} in ${modifier.year}`, now);
      return makeAnswer({
        kind: 'empty',
        title: `No ${kind.noun} in ${modifier.year}`,
        body: `${index.resume.basics.name}'s résumé lists no ${kind.noun} in ${modifier.year}.`,
        suggestions: [`/${commandName(index, kind)}`],
      });
    }
    case 'current': {
      const { picked, ongoing } = current(withDates);
      return someEntries(kind, back(picked), ongoing ? `Current ${kind.plural}` : `Most recent ${kind.noun}`, now);
    }
    case 'previous': {
      const found = previous(withDates);
      return found ? someEntries(kind, back([found]), `Previous ${kind.noun}`, now) : null;
    }
    case 'first': {
      const found = first(withDates);
      return found ? someEntries(kind, back([found]), `First ${kind.noun}`, now) : null;
    }
    case 'entry': {
      const n = entryNumber(kind.section, modifier.entry);
      return n !== undefined && entries[n] ? oneEntry(kind, entries[n], n, now) : null;
    }
    case 'relative': {
      const anchorAt = entryNumber(kind.section, modifier.entry) ?? index.search(kind.section, modifier.anchor)[0]?.doc.index;
      const found = anchorAt !== undefined && entries[anchorAt] ? neighbour(withDates, anchorAt, modifier.direction) : undefined;
      return found ? someEntries(kind, back([found]), `${kind.noun} ${modifier.direction} ${kind.title(entries[anchorAt!]!)}`, now) : null;
    }
    case 'employer': {
      // Only an entry whose organisation is named so: a word in its text is no employer.
      const hits = index.searchNames(kind.section, modifier.name);
      if (hits.length)
        return someEntries(
          kind,
          hits.map((h) => ({ entry: entries[h.doc.index]!, i: h.doc.index, score: h.score })),
          `${hits.length} ${kind.plural} at ${quoted(modifier.name)}`,
          now,
        );
      return makeAnswer({
        kind: 'empty',
        title: `No ${kind.noun} at ${quoted(modifier.name)}`,
        body: `${index.resume.basics.name}'s résumé names no organization matching ${quoted(modifier.name)} here.`,
        suggestions: [`/${commandName(index, kind)}`],
      });
    }
    default:
      return null;
  }
}

function commandName<E>(index: ResumeIndex, kind: EntryKind<E>): string {
  return index.section(kind.section)?.command ?? kind.section;
}

export function entryHandler<E>(kind: EntryKind<E>): Command['execute'] {
  return (query: CommandQuery, { index, now }: CommandContext): Answer => {
    const entries = kind.entries(index.resume);
    if (!entries.length) return missingSection(index, kind.plural, query.text);
    const timed = byTime(kind, index, entries, query, now);
    if (timed) return timed;
    const m = query.modifier;
    const q = m?.kind === 'relative' ? `${m.direction} ${m.anchor}` : m?.kind === 'entry' ? m.name : query.text.trim();
    if (!q) return listing(kind, index, entries, now);
    const hits = index.find(kind.section, q);
    if (!hits.length) return notFound(index, kind.section, q);
    const picked = hits.map((h) => ({ entry: entries[h.doc.index]!, i: h.doc.index, score: h.score }));
    return someEntries(kind, picked, `${hits.length} ${kind.plural} match ${quoted(q)}`, now);
  };
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
    completions: (resume) => kind.entries(resume).flatMap((entry) => defined([kind.title(entry), ...(kind.completions?.(entry) ?? [])])),
    execute: entryHandler(kind),
  };
}
