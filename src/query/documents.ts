/**
 * Turns the résumé into searchable documents, one per thing a person can ask about:
 * a role, a skill (and a skill group), a project, a school. Each document says what
 * names it (identity), what describes it (facets) and what it contains (content), so
 * the search can trust a name match more than a word found in a highlight.
 */
import type { ResumeSection } from '../core/answer.js';
import type { Resume } from '../resume/schema.js';

export type SearchSection = Extract<ResumeSection, 'work' | 'skills' | 'projects' | 'education'>;

export interface SearchDocument {
  section: SearchSection;
  id: string;
  title: string;
  /** Names: company, project, skill keyword, institution. */
  identity: string[];
  /** Describing facets: position, location, group, area, keywords, related projects. */
  facets: string[];
  /** Running text: highlights, descriptions, summaries. Only matched word by word. */
  content: string[];
  /** Index into the résumé array this document was built from. */
  index: number;
  /** For a skill keyword: its index inside the group's keywords; -1 for the group itself. */
  keywordIndex?: number;
}

export function workTitle(entry: Resume['work'][number]): string {
  if (entry.position && entry.name) return `${entry.position} at ${entry.name}`;
  return entry.position ?? entry.name ?? 'Untitled role';
}

export function educationTitle(entry: Resume['education'][number]): string {
  const what = [entry.studyType, entry.area].filter(Boolean).join(' ');
  if (what && entry.institution) return `${what} at ${entry.institution}`;
  return what || entry.institution || 'Untitled education';
}

export function projectTitle(entry: Resume['projects'][number]): string {
  return entry.name ?? 'Untitled project';
}

/** Short names inside parentheses ("… do Sul (PUCRS)") are names too. */
function withAbbreviations(name: string | undefined): string[] {
  if (!name) return [];
  const out = [name];
  for (const m of name.matchAll(/\(([^)]+)\)/g)) out.push(m[1]!);
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare && bare !== name) out.push(bare);
  return out;
}

const defined = (values: Array<string | undefined>): string[] => values.filter((v): v is string => Boolean(v));

/** A highlight's lead-in label ("FinOps Practice: …") is a facet: it says what the bullet is about. */
function highlightLabels(highlights: readonly string[]): string[] {
  return highlights.map((h) => /^([^:]{3,60}):/.exec(h)?.[1]).filter((v): v is string => Boolean(v));
}

export function buildDocuments(resume: Resume): SearchDocument[] {
  const docs: SearchDocument[] = [];

  resume.work.forEach((entry, i) => {
    const company = entry.name;
    const projects = resume.projects.filter((p) => company && p.entity && p.entity.toLowerCase() === company.toLowerCase());
    docs.push({
      section: 'work',
      id: `work-${i}`,
      title: workTitle(entry),
      identity: withAbbreviations(company),
      facets: defined([entry.position, entry.location, ...highlightLabels(entry.highlights), ...projects.map((p) => p.name)]),
      content: defined([entry.description, entry.summary, ...entry.highlights, ...projects.flatMap((p) => [p.description, ...p.keywords])]),
      index: i,
    });
  });

  resume.skills.forEach((group, g) => {
    if (group.name) {
      docs.push({
        section: 'skills',
        id: `skills-${g}`,
        title: group.name,
        identity: [group.name],
        facets: defined([group.level]),
        content: [],
        index: g,
        keywordIndex: -1,
      });
    }
    group.keywords.forEach((keyword, k) => {
      docs.push({
        section: 'skills',
        id: `skills-${g}-${k}`,
        title: keyword,
        identity: [keyword],
        facets: [],
        content: [],
        index: g,
        keywordIndex: k,
      });
    });
  });

  resume.projects.forEach((entry, i) => {
    docs.push({
      section: 'projects',
      id: `projects-${i}`,
      title: projectTitle(entry),
      identity: withAbbreviations(entry.name),
      facets: defined([...entry.keywords, entry.type, ...entry.roles, entry.entity]),
      content: defined([entry.description, ...entry.highlights]),
      index: i,
    });
  });

  resume.education.forEach((entry, i) => {
    docs.push({
      section: 'education',
      id: `education-${i}`,
      title: educationTitle(entry),
      identity: defined([...withAbbreviations(entry.institution), entry.area]),
      facets: defined([entry.studyType, ...entry.courses, typeof entry['location'] === 'string' ? entry['location'] : undefined]),
      content: [],
      index: i,
    });
  });

  return docs;
}
