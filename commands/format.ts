/**
 * Building blocks the command handlers share: how a role, a project or a school is
 * turned into answer parts, and how "nothing matched" is said. Pure functions only.
 */
import { makeAnswer, type Answer, type AnswerLink, type AnswerSection, type Match } from '../src/core/answer.js';
import { formatRange, formatMonthYear } from '../src/resume/dates.js';
import type { Resume } from '../src/resume/schema.js';
import { educationTitle, projectTitle, workTitle, type SearchSection } from '../src/query/documents.js';
import type { Hit } from '../src/query/search.js';
import type { ResumeIndex } from '../src/query/index.js';

type Work = Resume['work'][number];
type Project = Resume['projects'][number];
type Education = Resume['education'][number];

/** A user's query as shown back in a title: bounded, so a long query can't flood a message. */
export function quoted(query: string): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
}

export function workDates(entry: Work, now: Date): string {
  return formatRange(entry.startDate, entry.endDate, now);
}

export function workMatch(entry: Work, index: number, score?: number): Match {
  return { section: 'work', id: `work-${index}`, title: workTitle(entry), ...(score === undefined ? {} : { score: round(score) }) };
}

export function projectMatch(entry: Project, index: number, score?: number): Match {
  return { section: 'projects', id: `projects-${index}`, title: projectTitle(entry), ...(score === undefined ? {} : { score: round(score) }) };
}

export function educationMatch(entry: Education, index: number, score?: number): Match {
  return { section: 'education', id: `education-${index}`, title: educationTitle(entry), ...(score === undefined ? {} : { score: round(score) }) };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** "VP, Platform Engineering · PicPay · Nov 2021 – Present · 5 yrs 1 mo" */
export function workLine(entry: Work, now: Date): string {
  return [entry.position, entry.name, workDates(entry, now)].filter(Boolean).join(' · ');
}

export function relatedProjects(resume: Resume, entry: Work): Array<{ project: Project; index: number }> {
  const company = entry.name?.toLowerCase();
  if (!company) return [];
  return resume.projects.map((project, index) => ({ project, index })).filter(({ project }) => project.entity?.toLowerCase() === company);
}

export function link(label: string, url: string | undefined): AnswerLink[] {
  return url && /^https?:\/\//i.test(url) ? [{ label, url }] : [];
}

/** One role in full: the answer to "/experience netflix". */
export function roleAnswer(index: ResumeIndex, i: number, now: Date, score?: number): Answer {
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
    links: [...link(entry.name ?? 'Website', entry.url), ...projects.flatMap(({ project }) => link(project.name ?? 'Project', project.url))],
    matches: [workMatch(entry, i, score)],
    footer: dates || undefined,
  });
}

/** Several roles, each as a section: years, "performance", current roles. */
export function rolesAnswer(index: ResumeIndex, roles: Array<{ i: number; score?: number }>, title: string, now: Date): Answer {
  if (roles.length === 1) return roleAnswer(index, roles[0]!.i, now, roles[0]!.score);
  const perRole = roles.length <= 2 ? Infinity : 3;
  return makeAnswer({
    kind: 'result',
    title,
    sections: roles.map(({ i }) => {
      const entry = index.resume.work[i]!;
      const bullets = entry.highlights.slice(0, perRole);
      if (entry.highlights.length > bullets.length) bullets.push(`…and ${entry.highlights.length - bullets.length} more (ask about ${entry.name ?? 'this role'})`);
      return { heading: workLine(entry, now), bullets: bullets.length ? bullets : [entry.location ?? workTitle(entry)] };
    }),
    matches: roles.map(({ i, score }) => workMatch(index.resume.work[i]!, i, score)),
  });
}

export function projectAnswer(index: ResumeIndex, i: number, score?: number): Answer {
  const entry = index.resume.projects[i]!;
  const dates = entry.startDate ? `${formatMonthYear(entry.startDate)}${entry.endDate ? ` – ${formatMonthYear(entry.endDate)}` : ''}` : undefined;
  return makeAnswer({
    kind: 'result',
    title: projectTitle(entry),
    subtitle: [entry.entity, entry.type].filter(Boolean).join(' · ') || undefined,
    body: entry.description,
    fields: [
      ...(entry.entity ? [{ label: 'Built at', value: entry.entity, inline: true }] : []),
      ...(entry.roles.length ? [{ label: 'Role', value: entry.roles.join(', '), inline: true }] : []),
      ...(dates ? [{ label: 'Dates', value: dates, inline: true }] : []),
      ...(entry.keywords.length ? [{ label: 'Keywords', value: entry.keywords.join(' · ') }] : []),
    ],
    sections: entry.highlights.length ? [{ heading: 'Highlights', bullets: entry.highlights }] : [],
    links: link(entry.name ?? 'Project', entry.url),
    matches: [projectMatch(entry, i, score)],
    footer: dates,
  });
}

export function educationLine(entry: Education): string {
  const start = entry.startDate ? formatMonthYear(entry.startDate) : undefined;
  const end = entry.endDate ? formatMonthYear(entry.endDate) : start ? 'Present' : undefined;
  return [start && end ? `${start} – ${end}` : undefined, entry.score ? `Score: ${entry.score}` : undefined].filter(Boolean).join(' · ');
}

export function educationSection(entry: Education): AnswerSection {
  const bullets = [educationLine(entry), ...(entry.courses.length ? [`Courses: ${entry.courses.join(', ')}`] : [])].filter(Boolean);
  return { heading: educationTitle(entry), bullets: bullets.length ? bullets : [entry.institution ?? ''] };
}

const SECTION_NOUN: Record<SearchSection, string> = { work: 'role', skills: 'skill', projects: 'project', education: 'education entry' };
const SECTION_COMMAND: Record<SearchSection, string> = { work: 'experience', skills: 'skills', projects: 'projects', education: 'education' };

/**
 * "Nothing matched", said plainly, with close names as "did you mean" and, when the query
 * does match in another section, a pointer there (`/skills kubernetes`).
 */
export function notFound(index: ResumeIndex, section: SearchSection, query: string): Answer {
  const suggestions = index.nearNames(section, query, 3).map((name) => `/${SECTION_COMMAND[section]} ${name}`);
  const elsewhere = index.searchEverywhere(query);
  if (elsewhere && elsewhere.section !== section) suggestions.unshift(`/${SECTION_COMMAND[elsewhere.section]} ${query.trim()}`);
  return makeAnswer({
    kind: 'empty',
    title: `No ${SECTION_NOUN[section]} matches ${quoted(query)}`,
    body: `${index.resume.basics.name}'s résumé has nothing that matches ${quoted(query)} here.${suggestions.length ? '' : ` Try /${SECTION_COMMAND[section]} on its own for the full list.`}`,
    suggestions: [...new Set(suggestions)],
  });
}

export function hitIndexes(hits: readonly Hit[]): Array<{ i: number; score: number }> {
  return hits.map((h) => ({ i: h.doc.index, score: h.score }));
}
