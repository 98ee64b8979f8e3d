import { makeAnswer, type Answer, type AnswerSection, type Match } from '../src/model/answer.js';
import { namedClients } from '../src/query/clients.js';
import { defined, highlightLabels, withAbbreviations } from '../src/query/documents.js';
import type { ResumeIndex } from '../src/query/index.js';
import { formatRange } from '../src/resume/dates.js';
import { bySignificance, recency, significanceRanks } from '../src/resume/significance.js';
import type { Resume, WorkEntry } from '../src/resume/schema.js';
import type { Command, CommandSection } from './definition.js';
import { entryMatch, entryNumber, hitIndexes, link, missingSection, notFound, quoted } from './format.js';
import { projectLinks, relatedProjects } from './projects.js';
import { current, first, inYear, neighbour, previous } from './timeline.js';

export function workTitle(entry: WorkEntry): string {
  if (entry.position && entry.name) return `${entry.position} at ${entry.name}`;
  return entry.position ?? entry.name ?? 'Untitled role';
}

export function workDates(entry: WorkEntry, now: Date): string {
  return formatRange(entry.startDate, entry.endDate, now);
}

export function workMatch(entry: WorkEntry, index: number, score?: number): Match {
  return entryMatch('work', index, workTitle(entry), score);
}

/** "VP, Platform Engineering · PicPay · Nov 2021 – Present · 5 yrs 1 mo" */
export function workLine(entry: WorkEntry, now: Date): string {
  return [entry.position, entry.name, workDates(entry, now)].filter(Boolean).join(' · ');
}

const section: CommandSection = {
  section: 'work',
  noun: 'role',
  plural: 'roles',
  present: (resume) => resume.work.length > 0,
  documents: (resume: Resume) => {
    const ranks = significanceRanks(resume.work, recency);
    return resume.work.map((entry, i) => {
      const projects = relatedProjects(resume, entry).map(({ project }) => project);
      return {
        section: 'work',
        id: `work-${i}`,
        title: workTitle(entry),
        // The company, and the clients its text names: who the person worked for.
        identity: [...withAbbreviations(entry.name), ...namedClients(defined([entry.description, entry.summary, ...entry.highlights]))],
        facets: defined([entry.position, entry.location, ...highlightLabels(entry.highlights), ...projects.map((p) => p.name)]),
        content: defined([
          entry.description,
          entry.summary,
          ...entry.highlights,
          ...projects.flatMap((p) => [p.description, ...p.keywords]),
        ]),
        index: i,
        rank: ranks[i],
      };
    });
  },
};

/** One role in full: the answer to "/experience netflix". */
function roleAnswer(index: ResumeIndex, i: number, now: Date, score?: number): Answer {
  const entry = index.resume.work[i]!;
  const dates = workDates(entry, now);
  const projects = relatedProjects(index.resume, entry);
  const sections: AnswerSection[] = [];
  if (entry.summary) sections.push({ heading: 'Summary', bullets: [entry.summary] });
  if (entry.highlights.length) sections.push({ heading: 'Highlights', bullets: entry.highlights });
  if (projects.length) {
    sections.push({
      heading: 'Projects',
      bullets: projects.map(({ project }) => [project.name, project.description].filter(Boolean).join(' — ')),
    });
  }
  return makeAnswer({
    kind: 'result',
    title: workTitle(entry),
    subtitle: [entry.location, dates].filter(Boolean).join(' · ') || undefined,
    body: entry.description,
    fields: [
      ...(entry.name ? [{ label: 'Company', value: entry.name, inline: true }] : []),
      ...(entry.location ? [{ label: 'Location', value: entry.location, inline: true }] : []),
      ...(dates ? [{ label: 'Dates', value: dates, inline: true }] : []),
    ],
    sections,
    links: [...link(entry.name ?? 'Website', entry.url), ...projectLinks(projects.map(({ project }) => project))],
    matches: [workMatch(entry, i, score)],
    footer: dates || undefined,
  });
}

/** Several roles, each as a section: years, "performance", current roles. */
function rolesAnswer(index: ResumeIndex, roles: ReadonlyArray<{ i: number; score?: number }>, title: string, now: Date): Answer {
  if (roles.length === 1) return roleAnswer(index, roles[0]!.i, now, roles[0]!.score);
  const perRole = roles.length <= 2 ? Infinity : 3;
  return makeAnswer({
    kind: 'result',
    title,
    sections: roles.map(({ i }) => {
      const entry = index.resume.work[i]!;
      const bullets = entry.highlights.slice(0, perRole);
      if (entry.highlights.length > bullets.length)
        bullets.push(`…and ${entry.highlights.length - bullets.length} more (ask about ${entry.name ?? 'this role'})`);
      return { heading: workLine(entry, now), bullets: bullets.length ? bullets : [entry.location ?? workTitle(entry)] };
    }),
    matches: roles.map(({ i, score }) => workMatch(index.resume.work[i]!, i, score)),
  });
}

export const experience: Command = {
  data: {
    name: 'experience',
    description: 'Roles and companies: a company, a skill, a year, or "current"',
    usageHint: '[company, year, topic or "current"]',
    option: { name: 'query', description: 'A company, a year, a topic or "current" (empty: the whole timeline)', autocomplete: true },
    examples: ['experience', 'experience netflix', 'experience 2015', 'experience current', 'experience finops'],
    slash: true,
  },
  section,
  routing: {
    // Anything about working: the broadest intent, so any other command's cue outranks it.
    priority: 10,
    role: 'timeline',
    cues: [
      'work',
      'worked',
      'working',
      'works',
      'job',
      'jobs',
      'role',
      'roles',
      'position',
      'positions',
      'company',
      'companies',
      'employer',
      'employers',
      'employed',
      'career',
      'experience',
      'history',
      'timeline',
      'title',
      'do at',
      'did at',
      'doing at',
      'responsible',
      'responsibilities',
      'achievements',
      'accomplishments',
      'lead',
      'led',
      'manage',
      'managed',
      'hired',
    ],
    moments: {
      current: [
        'does he work',
        'is he working',
        'he works',
        'is he employed',
        'is he at',
        'he is at',
        'does he do',
        'is he doing',
        'his job',
        'his role',
        'his title',
        'his position',
      ],
      previous: [
        'previous job',
        'previous role',
        'previous position',
        'previous company',
        'previous employer',
        'last job',
        'prior job',
        'prior role',
        'job before',
      ],
      first: [
        'first job',
        'first role',
        'first position',
        'first company',
        'earliest',
        'start his career',
        'started his career',
        'start of his career',
        'begin his career',
        'began his career',
        'career start',
      ],
    },
  },
  modifiers: ['current', 'previous', 'first', 'year', 'relative', 'employer', 'entry'],
  completions: (resume) => [...resume.work.map((w) => w.name ?? ''), ...resume.work.map((w) => w.position ?? ''), 'current'],
  execute(query, { index, now }) {
    const { resume } = index;
    const q = query.text.trim();
    const modifier = query.modifier;
    if (!resume.work.length) return missingSection(index, 'work experience');

    if (!modifier && !q) {
      // The current role first, then the latest: the order most résumés are written in, kept when one is not.
      const order = bySignificance(resume.work, recency);
      return makeAnswer({
        kind: 'list',
        title: 'Experience',
        subtitle: `${resume.basics.name} · ${resume.work.length} ${resume.work.length === 1 ? 'role' : 'roles'}`,
        sections: [{ heading: 'Timeline', bullets: order.map((i) => workLine(resume.work[i]!, now)) }],
        matches: order.map((i) => workMatch(resume.work[i]!, i)),
        suggestions: [...new Set(order.map((i) => resume.work[i]!.name ?? '').filter(Boolean))]
          .slice(0, 3)
          .map((name) => `/experience ${name}`),
      });
    }

    switch (modifier?.kind) {
      case 'current': {
        const { picked, ongoing } = current(resume.work);
        return rolesAnswer(index, picked, ongoing ? 'Current role' : 'Most recent role', now);
      }
      case 'previous': {
        const ended = previous(resume.work);
        return ended ? rolesAnswer(index, [ended], 'Previous role', now) : notFound(index, 'work', 'previous');
      }
      case 'first': {
        const earliest = first(resume.work);
        return earliest ? rolesAnswer(index, [earliest], 'First role', now) : notFound(index, 'work', 'first');
      }
      case 'year': {
        const held = inYear(resume.work, modifier.year, now);
        if (held.length) return rolesAnswer(index, held, `${held.length === 1 ? 'Role' : 'Roles'} in ${modifier.year}`, now);
        return makeAnswer({
          kind: 'empty',
          title: `No role in ${modifier.year}`,
          body: `${resume.basics.name}'s résumé lists no role held in ${modifier.year}.`,
          suggestions: ['/experience'],
        });
      }
      case 'entry': {
        const n = entryNumber('work', modifier.entry);
        if (n !== undefined && resume.work[n]) return roleAnswer(index, n, now);
        break;
      }
      case 'relative': {
        // A follow-up names the role by id ("and before that?"); typed text names it by words.
        const anchorAt = entryNumber('work', modifier.entry) ?? index.search('work', modifier.anchor)[0]?.doc.index;
        if (anchorAt === undefined || !resume.work[anchorAt]) break;
        const found = neighbour(resume.work, anchorAt, modifier.direction);
        const anchorName = resume.work[anchorAt]!.name ?? modifier.anchor;
        if (found) return rolesAnswer(index, [found], `Role ${modifier.direction} ${anchorName}`, now);
        return makeAnswer({
          kind: 'empty',
          title: `No role ${modifier.direction} ${anchorName}`,
          body: `The résumé lists no role ${modifier.direction} ${anchorName}.`,
          suggestions: ['/experience'],
        });
      }
      case 'employer': {
        // Only a role's company (or a named client) answers: a word in its highlights is no employer.
        const hits = index.searchNames('work', modifier.name);
        if (hits.length) return rolesAnswer(index, hitIndexes(hits), `${hits.length} roles at ${quoted(modifier.name)}`, now);
        const close = index.nearNames('work', modifier.name, 3);
        return makeAnswer({
          kind: 'empty',
          title: `No role at ${quoted(modifier.name)}`,
          body: `${resume.basics.name}'s résumé names no employer or client matching ${quoted(modifier.name)}.`,
          suggestions: close.length ? close.map((name) => `/experience ${name}`) : ['/experience'],
        });
      }
      default:
        break;
    }

    const text =
      modifier?.kind === 'relative' ? `${modifier.direction} ${modifier.anchor}` : modifier?.kind === 'entry' ? modifier.name : q;
    const hits = index.find('work', text);
    if (!hits.length) return notFound(index, 'work', text);
    return rolesAnswer(index, hitIndexes(hits), `${hits.length} roles match ${quoted(text)}`, now);
  },
};
