import type { Messages } from '../src/i18n/catalogue.js';
import { entryId, entryNumber, makeAnswer, type Answer, type AnswerLink, type Match } from '../src/model/answer.js';
import { defined, withAbbreviations } from '../src/query/documents.js';
import type { ResumeIndex } from '../src/query/index.js';
import { dateSortKey, type PartialDate } from '../src/resume/dates.js';
import { entrySpans, type YearAsked } from '../src/resume/entry-dates.js';
import type { ProjectEntry, Resume, WorkEntry } from '../src/resume/schema.js';
import type { Command, CommandSection } from './definition.js';
import { inYear } from './timeline.js';
import { entryMatch, link, missingSection, monthYear, notFound, quoted, yearShown } from './format.js';
import { words } from '../src/query/normalize.js';
import { STOPWORDS } from '../src/query/stopwords.js';

export function projectTitle(entry: ProjectEntry): string {
  return entry.name ?? 'Untitled project';
}

export function projectMatch(entry: ProjectEntry, index: number, score?: number): Match {
  return entryMatch('projects', index, projectTitle(entry), score);
}

/** Projects built at a role's company (`projects[].entity`), so "/experience flamescope" finds Netflix. */
export function relatedProjects(resume: Resume, entry: WorkEntry): Array<{ project: ProjectEntry; index: number }> {
  const company = entry.name?.toLowerCase();
  if (!company) return [];
  return resume.projects.map((project, index) => ({ project, index })).filter(({ project }) => project.entity?.toLowerCase() === company);
}

export function projectLinks(projects: readonly ProjectEntry[]): AnswerLink[] {
  return projects.flatMap((p) => link(p.name ?? 'Project', p.url));
}

const section: CommandSection = {
  section: 'projects',
  ownTitles: true,
  noun: 'project',
  plural: 'projects',
  present: (resume) => resume.projects.length > 0,
  documents: (resume) =>
    resume.projects.map((entry, i) => ({
      section: 'projects',
      id: entryId('projects', i),
      title: projectTitle(entry),
      identity: withAbbreviations(entry.name),
      facets: defined([...entry.keywords, entry.type, ...entry.roles, entry.entity]),
      content: defined([entry.description, ...entry.highlights]),
      index: i,
    })),
};

function projectAnswer(index: ResumeIndex, i: number, messages: Messages, score?: number): Answer {
  const entry = index.resume.projects[i]!;
  const t = messages.t.bind(messages);
  const start = monthYear(entry.startDate, messages);
  const dates = start ? `${start}${entry.endDate ? ` – ${monthYear(entry.endDate, messages)}` : ''}` : undefined;
  return makeAnswer({
    kind: 'result',
    title: projectTitle(entry),
    subtitle: [entry.entity, entry.type].filter(Boolean).join(' · ') || undefined,
    body: entry.description,
    fields: [
      ...(entry.entity ? [{ label: t('projects.builtAt'), value: entry.entity, inline: true }] : []),
      ...(entry.roles.length ? [{ label: t('projects.role'), value: entry.roles.join(', '), inline: true }] : []),
      ...(dates ? [{ label: t('projects.dates'), value: dates, inline: true }] : []),
      ...(entry.keywords.length ? [{ label: t('projects.keywords'), value: entry.keywords.join(' · ') }] : []),
    ],
    sections: entry.highlights.length ? [{ heading: t('projects.highlights'), bullets: entry.highlights }] : [],
    links: link(entry.name ?? 'Project', entry.url),
    matches: [projectMatch(entry, i, score)],
    footer: dates,
  });
}

/** The organisation a role, a degree or a volunteer entry was at, by the entry's id. */
function organisationOf(resume: Resume, id: string | undefined): string | undefined {
  const work = entryNumber('work', id);
  if (work !== undefined) return resume.work[work]?.name;
  const school = entryNumber('education', id);
  if (school !== undefined) return resume.education[school]?.institution;
  const volunteer = entryNumber('volunteer', id);
  return volunteer !== undefined ? resume.volunteer[volunteer]?.organization : undefined;
}

/**
 * "What did he build there?": the projects whose `entity` is the organisation of the entry asked about, then
 * those of no organisation started while a role there lasted.
 */
function builtAt(index: ResumeIndex, id: string | undefined, name: string, messages: Messages): Answer {
  const byName = index.searchNames('work', name)[0];
  const role = index.resume.work[entryNumber('work', id) ?? byName?.doc.index ?? -1];
  const place = organisationOf(index.resume, id) ?? role?.name ?? name;
  // "University of Washington Capstone" was built at the University of Washington (little words aside: "at the
  // university of washington" is asked as "university washington").
  const key = (name: string) =>
    words(name)
      .filter((w) => !STOPWORDS.has(w))
      .join(' ');
  const at = (entity: string) => key(entity) === key(place) || key(entity).startsWith(`${key(place)} `);
  const during = (start: PartialDate | undefined) =>
    Boolean(
      start &&
        role?.startDate &&
        dateSortKey(start, 'start') >= dateSortKey(role.startDate, 'start') &&
        dateSortKey(start, 'start') < dateSortKey(role.endDate, 'end'),
    );
  // Only the dates tie a project of no organisation to the place: the answer says so, never that it was built there.
  const found = [
    ...index.resume.projects.flatMap((p, i) => (p.entity && at(p.entity) ? [{ p, i, dated: false }] : [])),
    ...index.resume.projects.flatMap((p, i) => (!p.entity && during(p.startDate) ? [{ p, i, dated: true }] : [])),
  ];
  const startedWhile = messages.t('projects.startedWhile', { place });
  if (!found.length)
    return makeAnswer({
      kind: 'empty',
      title: messages.t('projects.noneAt.title', { place: quoted(place) }),
      body: messages.t('projects.noneAt.body', { owner: index.resume.basics.name, place }),
      suggestions: ['/projects'],
    });
  if (found.length === 1) {
    const { p, i, dated } = found[0]!;
    const answer = projectAnswer(index, i, messages);
    return dated ? { ...answer, subtitle: [startedWhile, p.type].filter(Boolean).join(' · ') } : answer;
  }
  return makeAnswer({
    kind: 'result',
    title: messages.t('projects.at', { count: found.length, place }),
    sections: [
      {
        heading: messages.t('projects.heading'),
        bullets: found.map(({ p, dated }) => [p.name, p.description].filter(Boolean).join(' — ') + (dated ? ` (${startedWhile})` : '')),
      },
    ],
    links: projectLinks(found.map(({ p }) => p)),
    matches: found.map(({ p, i }) => projectMatch(p, i)),
  });
}

/** Every project as the listing shows it: the résumé's own words, the same on every answer until it is reloaded. */
const listings = new WeakMap<
  readonly ProjectEntry[],
  { bullets: readonly string[]; matches: readonly Match[]; suggestions: readonly string[] }
>();

function listingOf(all: readonly ProjectEntry[]) {
  let listed = listings.get(all);
  if (!listed) {
    listed = {
      bullets: all.map((p) =>
        [p.name, p.entity ? `(${p.entity})` : undefined, p.description ? `— ${p.description}` : undefined].filter(Boolean).join(' '),
      ),
      matches: all.map((p, i) => projectMatch(p, i)),
      suggestions: all.slice(0, 3).map((p) => `/projects ${p.name}`),
    };
    listings.set(all, listed);
  }
  return listed;
}

/** What people call a thing made beside what names it ("the campus marketplace app she built"), no word of its name. */
const KINDS_MADE = new Set(['app', 'apps', 'application', 'website', 'site', 'tool', 'library', 'bot', 'game', 'extension', 'plugin']);

/** The projects the words find; when none, those they find without a kind of thing made ("campus marketplace"). */
function foundNamed(index: ResumeIndex, q: string): ReturnType<ResumeIndex['find']> {
  const hits = index.find('projects', q);
  if (hits.length) return hits;
  const said = q.split(/\s+/);
  const named = said.filter((w) => !KINDS_MADE.has(w.toLowerCase()));
  return named.length && named.length < said.length ? index.find('projects', named.join(' ')) : hits;
}

export const projects: Command = {
  data: {
    name: 'projects',
    description: 'Projects and tools he built: by name, topic or company',
    usageHint: '[project or topic, e.g. flamescope]',
    option: { name: 'query', description: 'A project name or topic, e.g. flamescope (empty: every project)', autocomplete: true },
    examples: ['projects', 'projects flamescope', 'projects profiling', 'projects netflix'],
    slash: true,
  },
  section,
  routing: {
    priority: 20,
    cues: [
      'project',
      'projects',
      'built',
      'build',
      'create',
      'created',
      'author',
      'authored',
      'wrote',
      'write',
      'writes',
      'tool',
      'tools',
      'side project',
      'side projects',
      'personal project',
      'personal projects',
      'pet project',
      'pet projects',
      'hobby project',
      'hobby projects',
      'invent',
      'invented',
      'develop',
      'developed',
      'made',
      'implement',
      'implemented',
      'implements',
      // Keeping a project going is being one's own: "which projects does he maintain?".
      'maintain',
      'maintains',
      'maintained',
      'maintaining',
    ],
  },
  modifiers: ['entry', 'within', 'year'],
  completions: (resume) => resume.projects.map((p) => p.name ?? ''),
  execute(query, context) {
    const { index, messages, now } = context;
    const { resume } = index;
    const m = query.modifier;
    const q = m?.kind === 'entry' || m?.kind === 'within' ? m.name : query.text.trim();
    const t = messages.t.bind(messages);
    if (!resume.projects.length) return missingSection(index, t('section.projects', { count: 2 }), messages);
    if (m?.kind === 'entry') {
      const n = entryNumber('projects', m.entry);
      if (n !== undefined && resume.projects[n]) return projectAnswer(index, n, messages);
    }
    if (m?.kind === 'within') {
      const at = builtAt(index, m.entry, m.name, messages);
      // Words beside the place name one of what was made there: that one ("the continuous profiling thing he built at netflix").
      const named = at.kind === 'empty' || !query.text.trim() ? undefined : namedAmong(index, query.text.trim(), at);
      if (named) return projectAnswer(index, named.doc.index, messages, named.score);
      // "What did he build at AIHacks?": nothing tied to a place so named, yet a project may say it ("Won award at
      // AIHacks 2016").
      if (at.kind !== 'empty') return at;
      const said = projects.execute({ text: m.name }, context);
      return said.kind === 'empty' ? at : said;
    }
    if (m?.kind === 'year') return madeIn(index, m, now, messages);
    if (!q) {
      const listed = listingOf(resume.projects);
      return makeAnswer({
        kind: 'list',
        title: t('projects.heading'),
        subtitle: t('projects.count', { owner: resume.basics.name, count: resume.projects.length }),
        sections: [{ heading: t('projects.heading'), bullets: [...listed.bullets] }],
        matches: listed.matches.map((m) => ({ ...m })),
        suggestions: [...listed.suggestions],
      });
    }
    const hits = foundNamed(index, q);
    if (!hits.length) return notFound(context, 'projects', q);
    if (hits.length === 1) return projectAnswer(index, hits[0]!.doc.index, messages, hits[0]!.score);
    const found = hits.map((hit) => ({ hit, p: resume.projects[hit.doc.index]! }));
    return makeAnswer({
      kind: 'result',
      title: t('projects.match', { count: hits.length, query: quoted(q) }),
      sections: found.map(({ hit, p }) => ({
        heading: [p.name, p.entity ? `(${p.entity})` : undefined].filter(Boolean).join(' '),
        bullets: [p.description ?? p.keywords.join(' · ')].filter(Boolean),
        entry: entryId('projects', hit.doc.index),
      })),
      links: projectLinks(found.map(({ p }) => p)),
      matches: found.map(({ hit, p }) => projectMatch(p, hit.doc.index, hit.score)),
    });
  },
};

/** The best of the projects an answer lists that the words name. */
function namedAmong(index: ResumeIndex, text: string, listed: Answer): ReturnType<typeof foundNamed>[number] | undefined {
  const ids = new Set(listed.matches.map((m) => m.id));
  return foundNamed(index, text).find((hit) => ids.has(entryId('projects', hit.doc.index)));
}

/** "What did she build in 2019?": the projects under way that year, by their own dates (an undated one says nothing). */
function madeIn(index: ResumeIndex, asked: YearAsked, now: Date, messages: Messages): Answer {
  const { resume } = index;
  const t = messages.t.bind(messages);
  const held = inYear(resume.projects, entrySpans(resume, 'projects'), asked, now).map((p) => p.i);
  const year = yearShown(asked, messages);
  if (held.length === 1) return projectAnswer(index, held[0]!, messages);
  const noun = t('section.projects', { count: 2 });
  if (!held.length)
    return makeAnswer({
      kind: 'empty',
      title: t('entries.noneInYear.title', { noun, year }),
      body: t('entries.noneInYear.body', { owner: resume.basics.name, noun, year }),
      suggestions: ['/projects'],
    });
  const found = held.map((i) => resume.projects[i]!);
  return makeAnswer({
    kind: 'result',
    title: t('entries.inYear', { count: held.length, plural: noun, year }),
    sections: held.map((i) => {
      const p = resume.projects[i]!;
      return { heading: p.name ?? '', bullets: [p.description ?? p.keywords.join(' · ')].filter(Boolean), entry: entryId('projects', i) };
    }),
    links: projectLinks(found),
    matches: held.map((i) => projectMatch(resume.projects[i]!, i)),
  });
}
