/**
 * The résumé index: every search structure built once when a résumé is loaded (or
 * reloaded), never per query. Commands and the free-text router ask it questions.
 */
import Fuse from 'fuse.js';
import type { ResumeSection } from '../model/answer.js';
import type { Clock } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import type { Catalog } from './catalog.js';
import type { SearchDocument, SectionSource } from './documents.js';
import type { AliasTable } from './expand.js';
import type { DocumentReading } from './reading.js';
import { normalize, words } from './normalize.js';
import { nameWordsOf } from './people.js';
import { compileRoutes, type RouteSpec, type RouteTable } from './route-table.js';
import type { PeopleNamed } from './spans.js';
import { technologyOf } from './technologies.js';
import { withTermsTranslated } from './language.js';
import { createSectionSearcher, type Hit, type SectionSearcher, TIER_WEIGHT } from './search.js';
import { buildVocabularies, owns, type Vocabularies } from './vocabularies.js';

export interface ResumeIndex {
  readonly resume: Resume;
  readonly aliases: AliasTable;
  readonly clock: Clock;
  readonly documents: readonly SearchDocument[];
  /** The sections this résumé has something in, in the catalog's order. */
  readonly sections: readonly SectionSource[];
  /** The section's source when the résumé has it; undefined when it is empty or unknown. */
  section(section: ResumeSection): SectionSource | undefined;
  /**
   * Hits in one section, best first; empty when nothing is a good match. Only entries whose
   * own text says the query (or another name for it), never a word inside a third party's
   * name or a link.
   */
  search(section: ResumeSection, query: string): Hit[];
  /**
   * What a command answers a query with: `search`'s hits, or when there are none, the entry the
   * query's known words name while its other words only qualify them ("apache kafka" → Kafka).
   */
  find(section: ResumeSection, query: string): Hit[];
  /** Hits by name only (a company or client, a project, a skill, a school): what an employer question is answered by. */
  searchNames(section: ResumeSection, query: string): Hit[];
  /** Whether `search` can find a name proper in the section for the query at its strongest (SectionSearcher.namesStrongly). */
  namesStrongly(section: ResumeSection, query: string): boolean;
  /** Entries found only through a related term of the query (kafka → event streaming): to show as related, never as results. */
  related(section: ResumeSection, query: string): Hit[];
  /** Close names in a section for "did you mean", when `search` found nothing. */
  nearNames(section: ResumeSection, query: string, limit?: number): string[];
  /** The section whose best hit is strongest, for questions that name no section. */
  searchEverywhere(query: string): { section: ResumeSection; hits: Hit[] } | null;
  /** Completions for a command's option as a user types. */
  complete(command: string, partial: string, limit: number): string[];
  /** Normalised words of the person's name, so "who is martin spier" is about them, not a query. */
  readonly nameWords: ReadonlySet<string>;
  /** Free-text routing for the commands that can answer this résumé. */
  readonly routes: RouteTable;
  /** True when the word, as it is, is a word of the résumé's names or text. */
  knows(word: string): boolean;
  /**
   * What this person shares with everyone indexed with them, and their number there (`sharedAs`): a
   * question across a directory reads everyone's postings in one pass instead of asking each person.
   */
  readonly shared: SharedIndex;
  readonly sharedAs: number;
  /** Words of the names of people other than the owner, and the section that holds them. */
  readonly people: PeopleNamed;
  /** What this index read from the résumé's text, for a start-up cache to hand back to `buildIndex`. */
  prepared(): PreparedIndex;
}

/**
 * What indexing derives from a résumé's text alone, and most of what it costs: its documents and
 * how each reads (links stripped, third parties' names marked). Plain data, so a start-up cache can
 * keep it for the same résumé and the same build; everything else is built from it in a millisecond.
 */
export interface PreparedIndex {
  readonly documents: readonly SearchDocument[];
  /** In the order of `documents`. */
  readonly readings: readonly DocumentReading[];
  /** The words of the names that name a technology in the skills taxonomy, and which (technologyOf): the others name none. */
  readonly technologies: Readonly<Record<string, string>>;
}

/** The search structures several people indexed together share. */
export interface SharedIndex {
  /** How many people were indexed here (a directory keeps a changed person's old entries until it indexes again). */
  readonly size: number;
  readonly searchers: ReadonlyMap<ResumeSection, SectionSearcher>;
  /**
   * The numbers of the people here whose indexed text (in one section, or any) has a word one of these can
   * mean, as a name is read (the word, its forms, typos and beginnings, a name run together): only they can be
   * found by it. `textsAsSearched`: running text is read as the search reads a text (fewer typos, no beginnings),
   * which leaves fewer, still everyone who can be found.
   */
  whoMayMean(words: readonly string[], section?: ResumeSection, textsAsSearched?: boolean): PeopleHere;
  /** The people here whose entries in the section `find` can return for one of the queries (SectionSearcher.whoFinds). */
  whoFinds(section: ResumeSection, queries: readonly string[]): PeopleHere;
  /**
   * How strongly each person here says every asked word, read from the shared postings in one pass rather than
   * person by person: 1 when a name of theirs has it (a skill, an employer), 0.9 a facet (a title, a keyword),
   * 0.62 only their running text, 0 none. Each asked word is a list of ways to say it (the word, an alias's
   * words, all said), the strongest counts; the weakest asked word decides. Nothing asked: everyone 1.
   */
  strengths(asked: readonly Spellings[]): (person: number) => number;
  /**
   * Runs a question across everyone here (its people asked one after another): meanwhile each search finds
   * everyone's hits in one pass, which the next person asked reads, rather than only the one person's. `inOrder`:
   * they are asked in the order they were indexed until enough answer, often a few dozen, and each search finds the
   * hits of a block of them from the one asked on, larger block after block (src/query/blocks.ts).
   */
  acrossEveryone<T>(run: () => T, inOrder?: boolean): T;
  /** Makes now what each section's first search would (SectionSearcher.prepare): a directory starting. */
  prepare(): void;
}

/** Some of the people indexed together, by their number there (`sharedAs`). */
export interface PeopleHere {
  has(person: number): boolean;
}

/** The ways to say one asked word: each a list of words every one of which must be said ("k8s"; "kubernetes"). */
export type Spellings = readonly (readonly string[])[];

/** The names' words' technologies as prepared: only a word that names one needs the taxonomy read. */
const preparedTechnologies =
  (known: PreparedIndex['technologies']) =>
  (word: string): string | undefined =>
    Object.hasOwn(known, word) ? known[word] : undefined;

const unique = (values: readonly string[]): string[] => [...new Set(values.filter(Boolean))];

/** What a word said only in running text is worth beside a name or facet: as the search weighs them. */
const SAID = TIER_WEIGHT.content;

/** The people marked 1 at their number: a thousand people's marks are one small array, read without hashing. */
const marked = (marks: Uint8Array): PeopleHere => ({ has: (person) => marks[person] === 1 });

function sharedIndex(
  searchers: ReadonlyMap<ResumeSection, SectionSearcher>,
  vocabularies: Vocabularies,
  size: number,
  crowd: { asked: boolean; inOrder: boolean },
): SharedIndex {
  /**
   * Everyone who says the word as it is, and how strongly, by their number here (0: not at all): an array per word
   * rather than a map, as a question reads a thousand people's strengths for each of its words.
   */
  const saying = (word: string): Float64Array => {
    const found = new Float64Array(size);
    for (const searcher of searchers.values()) searcher.naming(word, found);
    const owners = vocabularies.content.owners?.get(word) ?? (vocabularies.content.index.has(word) ? [0] : []);
    for (let i = 0; i < owners.length; i++) if (!found[owners[i]!]) found[owners[i]!] = SAID;
    return found;
  };
  /** Keeps, for each person, the weaker strength (none: 0). */
  const weaker = (a: Float64Array, b: Float64Array) => {
    for (let person = 0; person < a.length; person++) if (b[person]! < a[person]!) a[person] = b[person]!;
    return a;
  };
  return {
    size,
    searchers,
    strengths(asked) {
      let all: Float64Array | null = null;
      for (const spellings of asked) {
        // A word said one way (most are) is its own best: no second array for it.
        let best: Float64Array | null = null;
        for (const spelling of spellings) {
          const said = spelling.length === 1 ? saying(spelling[0]!) : spelling.map(saying).reduce(weaker);
          if (!best) best = said;
          else for (let person = 0; person < size; person++) if (best[person]! < said[person]!) best[person] = said[person]!;
        }
        best ??= new Float64Array(size);
        all = all ? weaker(all, best) : best;
      }
      const found = all;
      return found ? (person) => found[person] ?? 0 : () => TIER_WEIGHT.identity;
    },
    whoFinds(section, queries) {
      const found = new Uint8Array(size);
      const searcher = searchers.get(section);
      if (searcher) for (const query of queries) searcher.whoFinds(query, found);
      return marked(found);
    },
    acrossEveryone(run, inOrder = false) {
      const before = { ...crowd };
      crowd.asked = true;
      crowd.inOrder = inOrder;
      try {
        return run();
      } finally {
        Object.assign(crowd, before);
      }
    },
    prepare() {
      for (const searcher of searchers.values()) searcher.prepare();
    },
    whoMayMean(asked, section, textsAsSearched) {
      const found = new Uint8Array(size);
      for (const [at, searcher] of searchers) if (!section || at === section) searcher.whoMayMean(asked, found, textsAsSearched);
      return marked(found);
    },
  };
}

/**
 * Route tables by the commands' specs and the sections a résumé has: in a directory, people with
 * the same sections share one table (compiling it per person cost more than indexing them).
 */
const routeTables = new WeakMap<readonly RouteSpec[], Map<string, RouteTable>>();

function routesFor(specs: readonly RouteSpec[], present: ReadonlySet<ResumeSection>): RouteTable {
  let bySections = routeTables.get(specs);
  if (!bySections) routeTables.set(specs, (bySections = new Map()));
  const key = [...present].sort().join(' ');
  let table = bySections.get(key);
  if (!table) bySections.set(key, (table = compileRoutes(specs, (section) => present.has(section))));
  return table;
}

/** `prepared`: what an earlier build of this index read from this very résumé (PreparedIndex). */
export function buildIndex(resume: Resume, aliases: AliasTable, clock: Clock, catalog: Catalog, prepared?: PreparedIndex): ResumeIndex {
  return buildIndexes([resume], aliases, clock, catalog, prepared ? [prepared] : undefined)[0]!;
}

/**
 * Indexes several résumés together (a directory's people): one vocabulary and one searcher per
 * section for all of them, each document carrying its person, and one index per résumé that asks
 * them about that person only. Every answer is the one the résumé indexed alone would give.
 */
export function buildIndexes(
  resumes: readonly Resume[],
  given: AliasTable,
  clock: Clock,
  catalog: Catalog,
  prepared?: readonly (PreparedIndex | undefined)[],
): ResumeIndex[] {
  // A résumé in another language says in its own words what an English question asks ("banco de alimentos").
  const aliases = withTermsTranslated(given);
  const people = resumes.map((resume, person) => {
    const sections = catalog.sections.filter((s) => s.present(resume));
    const known = prepared?.[person];
    return { resume, sections, documents: known?.documents ?? sections.flatMap((s) => s.documents(resume)), readings: known?.readings };
  });
  // One person's prepared words are the whole vocabulary's: their technologies are all there is to know.
  const technologies = resumes.length === 1 && prepared?.[0] ? preparedTechnologies(prepared[0].technologies) : undefined;
  const vocabularies = buildVocabularies(
    people.map((p) => ({ docs: p.documents, name: p.resume.basics.name, readings: p.readings })),
    technologies,
  );
  const searchers = new Map<ResumeSection, SectionSearcher>();
  const crowd = { asked: false, inOrder: false };
  for (const source of catalog.sections) {
    const docs: SearchDocument[] = [];
    const personOf: number[] = [];
    people.forEach((p, person) => {
      if (!p.sections.includes(source)) return;
      for (const doc of p.documents) {
        if (doc.section !== source.section) continue;
        docs.push(doc);
        personOf.push(person);
      }
    });
    if (people.some((p) => p.sections.includes(source)))
      searchers.set(source.section, createSectionSearcher(docs, aliases, vocabularies, people.length > 1 ? personOf : undefined, crowd));
  }
  const shared = sharedIndex(searchers, vocabularies, people.length, crowd);
  return people.map((p, person) => personIndex(p, person, { aliases, clock, catalog, vocabularies, searchers, shared }));
}

interface Shared {
  readonly aliases: AliasTable;
  readonly clock: Clock;
  readonly catalog: Catalog;
  readonly vocabularies: Vocabularies;
  readonly searchers: ReadonlyMap<ResumeSection, SectionSearcher>;
  readonly shared: SharedIndex;
}

function personIndex(
  { resume, sections, documents }: { resume: Resume; sections: readonly SectionSource[]; documents: readonly SearchDocument[] },
  person: number,
  { aliases, clock, catalog, vocabularies, searchers: all, shared }: Shared,
): ResumeIndex {
  // The searchers of this person's sections, in the catalog's order.
  const searchers = new Map(sections.flatMap((s) => (all.has(s.section) ? [[s.section, all.get(s.section)!] as const] : [])));
  const bySection = new Map(sections.map((s) => [s.section, s]));
  // The owner's names, and their possessives typed without an apostrophe ("lenas certs", "richards pubs").
  const nameWords = new Set(words(resume.basics.name).flatMap((w) => (w.endsWith('s') ? [w] : [w, `${w}s`])));

  // Built on first use: a one-shot CLI question never completes, and rarely routes free text.
  const completers = new Map<string, { values: string[]; fuse: Fuse<string> }>();
  const completer = (command: string) => {
    let found = completers.get(command);
    const source = found ? undefined : catalog.completions.find((c) => c.command === command);
    if (source) {
      const values = unique(source.values(resume));
      found = { values, fuse: new Fuse(values, { includeScore: true, threshold: 0.4, ignoreLocation: true }) };
      completers.set(command, found);
    }
    return found;
  };
  let routes: RouteTable | undefined;

  return {
    resume,
    aliases,
    clock,
    documents,
    sections,
    nameWords,
    shared,
    sharedAs: person,
    people: {
      words: new Set(
        sections
          .flatMap((s) => s.people?.(resume) ?? [])
          .flatMap((name) => words(name))
          .filter((w) => !nameWords.has(w)),
      ),
      // A referee's own name, before the title and employer that follow it ("Priya Natarajan, Owner, …").
      names: new Set(
        sections
          .flatMap((s) => s.people?.(resume) ?? [])
          .flatMap((name) => nameWordsOf(name.split(',')[0]!).filter((w) => !nameWords.has(w))),
      ),
      sections: new Set(sections.filter((s) => s.people).map((s) => s.section)),
    },
    get routes() {
      routes ??= routesFor(catalog.routes, new Set(bySection.keys()));
      return routes;
    },
    section: (section) => bySection.get(section),
    prepared: () => ({
      documents,
      readings: documents.map((doc) => vocabularies.readings.get(doc)!),
      technologies: Object.fromEntries(
        [...vocabularies.names.index.words, ...vocabularies.compacts.index.words].flatMap((word) => {
          const technology = technologyOf(word);
          return technology === undefined ? [] : [[word, technology]];
        }),
      ),
    }),
    knows: (word) => owns(vocabularies.names, person, word) || owns(vocabularies.content, person, word),
    search: (section, query) => searchers.get(section)?.search(query, person) ?? [],
    find(section, query) {
      const searcher = searchers.get(section);
      if (!searcher) return [];
      const hits = searcher.search(query, person);
      return hits.length ? hits : searcher.partial(query, person);
    },
    searchNames: (section, query) => searchers.get(section)?.searchNames(query, person) ?? [],
    namesStrongly: (section, query) => searchers.get(section)?.namesStrongly(query, person) ?? false,
    related: (section, query) => searchers.get(section)?.related(query, person) ?? [],
    nearNames: (section, query, limit = 3) => searchers.get(section)?.nearNames(query, limit, person) ?? [],
    searchEverywhere(query) {
      let best: { section: ResumeSection; hits: Hit[] } | null = null;
      for (const [section, searcher] of searchers) {
        const hits = searcher.search(query, person);
        if (hits.length && (!best || hits[0]!.score > best.hits[0]!.score)) best = { section, hits };
      }
      return best;
    },
    complete(command, partial, limit) {
      const found = completer(command);
      if (!found) return [];
      const text = normalize(partial);
      const values = text ? found.fuse.search(text).map((r) => r.item) : found.values;
      // Discord rejects choices over 100 characters.
      return values.slice(0, limit).map((v) => (v.length > 100 ? `${v.slice(0, 99)}…` : v));
    },
  };
}
