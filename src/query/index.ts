/**
 * The résumé index: every search structure built once when a résumé is loaded (or
 * reloaded), never per query. Commands and the free-text router ask it questions.
 */
import Fuse from 'fuse.js';
import type { Clock } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import type { AliasTable } from './aliases.js';
import { buildDocuments, type SearchDocument, type SearchSection } from './documents.js';
import { normalize, words } from './normalize.js';
import { buildVocabularies, createSectionSearcher, type Hit, type SectionSearchers } from './search.js';

export interface ResumeIndex {
  readonly resume: Resume;
  readonly aliases: AliasTable;
  readonly clock: Clock;
  readonly documents: readonly SearchDocument[];
  /** Hits in one section, best first; empty when nothing is a good match. */
  search(section: SearchSection, query: string): Hit[];
  /** Close names in a section for "did you mean", when `search` found nothing. */
  nearNames(section: SearchSection, query: string, limit?: number): string[];
  /** The section whose best hit is strongest, for questions that name no section. */
  searchEverywhere(query: string): { section: SearchSection; hits: Hit[] } | null;
  /** Completions for a command's option as a user types. */
  complete(command: string, partial: string, limit: number): string[];
  /** Normalised words of the person's name, so "who is martin spier" is about them, not a query. */
  readonly nameWords: ReadonlySet<string>;
}

const SECTIONS: readonly SearchSection[] = ['work', 'skills', 'projects', 'education'];

/** What each command completes from. */
function completionSources(resume: Resume): Record<string, string[]> {
  const unique = (values: Array<string | undefined>) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  const work = unique([...resume.work.map((w) => w.name), ...resume.work.map((w) => w.position), 'current']);
  const skills = unique([...resume.skills.flatMap((g) => g.keywords), ...resume.skills.map((g) => g.name)]);
  const projects = unique(resume.projects.map((p) => p.name));
  const education = unique([...resume.education.map((e) => e.institution), ...resume.education.map((e) => e.area)]);
  return {
    experience: work,
    skills,
    projects,
    education,
    resume: unique([...work, ...skills, ...projects, ...education]),
  };
}

export function buildIndex(resume: Resume, aliases: AliasTable, clock: Clock): ResumeIndex {
  const documents = buildDocuments(resume);
  const vocabularies = buildVocabularies(documents);
  const searchers = Object.fromEntries(
    SECTIONS.map((section) => [section, createSectionSearcher(documents.filter((d) => d.section === section), aliases, vocabularies)]),
  ) as SectionSearchers;

  const sources = completionSources(resume);
  const completers = new Map(
    Object.entries(sources).map(([command, values]) => [
      command,
      {
        values,
        fuse: new Fuse(values, { includeScore: true, threshold: 0.4, ignoreLocation: true }),
      },
    ]),
  );

  return {
    resume,
    aliases,
    clock,
    documents,
    nameWords: new Set(words(resume.basics.name)),
    search: (section, query) => searchers[section].search(query),
    nearNames: (section, query, limit = 3) => searchers[section].nearNames(query, limit),
    searchEverywhere(query) {
      let best: { section: SearchSection; hits: Hit[] } | null = null;
      for (const section of SECTIONS) {
        const hits = searchers[section].search(query);
        if (hits.length && (!best || hits[0]!.score > best.hits[0]!.score)) best = { section, hits };
      }
      return best;
    },
    complete(command, partial, limit) {
      const completer = completers.get(command);
      if (!completer) return [];
      const text = normalize(partial);
      const values = text ? completer.fuse.search(text).map((r) => r.item) : completer.values;
      // Discord rejects choices over 100 characters.
      return values.slice(0, limit).map((v) => (v.length > 100 ? `${v.slice(0, 99)}…` : v));
    },
  };
}
