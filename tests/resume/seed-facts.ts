/**
 * Facts read from the seed résumé (Markdown) that data/resume.json was written from, so
 * that the data test compares the committed file with its source rather than with a copy
 * of itself. The seed sits beside the repository (../shared/seed/) on machines that have
 * it; elsewhere the test falls back to the literal facts in data.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** RESUME_SEED_FILE overrides the location (point it at a missing file to run the literal-facts path). */
export const SEED_PATH = resolve(process.cwd(), process.env.RESUME_SEED_FILE ?? '../shared/seed/resume-martin-spier.md');

export interface RoleFacts {
  position: string;
  company: string;
  location: string;
  description?: string;
  /** YYYY-MM */
  start: string;
  /** YYYY-MM, or null for the ongoing role. */
  end: string | null;
  /** Flattened: a nested bullet is prefixed with its parent's lead-in ("Performance Tools Development: …"). */
  highlights: string[];
}

export interface SeedFacts {
  name: string;
  label: string;
  email: string;
  phone: string;
  profiles: Record<string, string>;
  summary: string;
  roles: RoleFacts[];
  skills: Array<{ name: string; keywords: string[] }>;
  education: Array<{ institution: string; location: string; title: string; start: string; end: string }>;
  /** Every Markdown link in the roles: its text and target. */
  links: Array<{ text: string; url: string }>;
  /** The whole seed as plain text, for "is this word in the source at all" checks. */
  plainText: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthYear(text: string): string {
  const [month, year] = text.split(' ');
  const index = MONTHS.indexOf(month!);
  if (index < 0 || !year) throw new Error(`seed: cannot read the date "${text}"`);
  return `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** Markdown to the plain text a résumé shows: no emphasis, links as their text, no escapes. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function section(lines: string[], heading: string): string[] {
  const start = lines.findIndex((l) => l.startsWith('### ') && plain(l.slice(4)) === heading);
  if (start < 0) throw new Error(`seed: no "${heading}" section`);
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('### ') || l.trim() === '---'));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function parseRoles(lines: string[]): { roles: RoleFacts[]; links: SeedFacts['links'] } {
  const roles: RoleFacts[] = [];
  const links: SeedFacts['links'] = [];
  let parent: string | null = null;
  for (const line of lines) {
    const heading = /^#### (.*)$/.exec(line);
    if (heading) {
      const m = /^(.+?) \((\w{3} \d{4}) – (\w{3} \d{4}|Present)\)$/.exec(plain(heading[1]!));
      if (!m) throw new Error(`seed: cannot read the role heading "${line}"`);
      roles.push({
        position: m[1]!,
        start: monthYear(m[2]!),
        end: m[3] === 'Present' ? null : monthYear(m[3]!),
        company: '',
        location: '',
        highlights: [],
      });
      parent = null;
      continue;
    }
    const role = roles[roles.length - 1];
    if (!role) continue;
    for (const link of line.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)) links.push({ text: plain(link[1]!), url: link[2]! });
    if (/^\*\*[^*]+ \| [^*]+\*\*\s*$/.test(line.trim())) {
      const [company, location] = plain(line).split(' | ');
      role.company = company!;
      role.location = location!;
    } else if (/^\*[^*].*\*$/.test(line.trim())) {
      role.description = plain(line);
    } else if (line.startsWith('- ')) {
      const text = plain(line.slice(2));
      // A bullet that only introduces nested ones ("Performance Tools Development:") is
      // not a highlight of its own: it prefixes each of its children.
      parent = text.endsWith(':') ? text : null;
      if (!parent) role.highlights.push(text);
    } else if (/^\s+- /.test(line)) {
      const text = plain(line.trim().slice(2));
      role.highlights.push(parent ? `${parent} ${text}` : text);
    }
  }
  return { roles, links };
}

function parseSkills(lines: string[]): SeedFacts['skills'] {
  const groups: SeedFacts['skills'] = [];
  for (const line of lines) {
    const group = /^\*\*(.+):\*\*\s*$/.exec(line.trim());
    if (group) groups.push({ name: group[1]!, keywords: [] });
    else if (line.startsWith('- ')) {
      groups[groups.length - 1]!.keywords.push(
        ...plain(line.slice(2))
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    }
  }
  return groups;
}

function parseEducation(lines: string[]): SeedFacts['education'] {
  const out: SeedFacts['education'] = [];
  let institution = '';
  let location = '';
  for (const line of lines) {
    if (/^\*\*.+\*\*\s*$/.test(line.trim())) {
      const text = plain(line);
      const comma = text.lastIndexOf(', ');
      institution = text.slice(0, comma);
      location = text.slice(comma + 2);
    } else if (line.startsWith('- ')) {
      const m = /^(.+) \((\d{4}) – (\d{4})\)$/.exec(plain(line.slice(2)));
      if (!m) throw new Error(`seed: cannot read the education line "${line}"`);
      out.push({ institution, location, title: m[1]!, start: m[2]!, end: m[3]! });
    }
  }
  return out;
}

export function parseSeed(markdown: string): SeedFacts {
  const lines = markdown.split(/\r?\n/);
  const field = (label: string): string => {
    const line = lines.find((l) => l.includes(`${label}:`));
    if (!line) throw new Error(`seed: no ${label}`);
    return line;
  };
  const linkTarget = (label: string): string => {
    const m = new RegExp(`${label}: \\[[^\\]]*\\]\\(([^)]*)\\)`).exec(field(label));
    if (!m) throw new Error(`seed: no ${label} link`);
    return m[1]!;
  };
  const nameLine = lines.findIndex((l) => l.startsWith('### '));
  const labelLine = lines.findIndex((l, i) => i > nameLine && l.trim() !== '');
  const experience = parseRoles(section(lines, 'Experience'));
  return {
    name: plain(lines[nameLine]!.slice(4)),
    label: plain(lines[labelLine]!),
    email: plain(/Email: \[([^\]]*)\]/.exec(field('Email'))![1]!),
    phone: plain(/Phone: (.*)$/.exec(field('Phone'))![1]!),
    profiles: { LinkedIn: linkTarget('LinkedIn'), GitHub: linkTarget('GitHub') },
    summary: plain(section(lines, 'Professional Summary').join(' ')),
    roles: experience.roles,
    links: experience.links,
    skills: parseSkills(section(lines, 'Skills')),
    education: parseEducation(section(lines, 'Education')),
    plainText: plain(markdown),
  };
}

/** The seed's facts when the seed is on this machine, null otherwise. */
export function readSeed(): SeedFacts | null {
  return existsSync(SEED_PATH) ? parseSeed(readFileSync(SEED_PATH, 'utf8')) : null;
}
