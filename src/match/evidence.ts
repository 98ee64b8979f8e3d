/**
 * Where the résumé shows each skill: every entry whose own text names it (a role's title,
 * highlights or description; a project's name, description or keywords; a listed skill; a
 * degree; a certificate; a language), found with the same recogniser as the job
 * description, in strict mode: a name inside someone else's ("Java" in "Oracle's Java Flight
 * Recorder") or another project that uses the person's work is never evidence.
 */
import type { ResumeSection } from '../model/answer.js';
import type { PartialDate } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import { findMentions } from './mentions.js';
import type { Taxonomy } from './taxonomy.js';

export interface Evidence {
  /** The entry's id, as answers' matches name it: `work-2`, `projects-0`, `skills-1-10`, `basics`. */
  readonly id: string;
  readonly section: ResumeSection;
  /** The résumé's own words that name the skill. */
  readonly quote: string;
  /** For roles (and projects dated by their role): when the skill was in use. */
  readonly period?: { start: PartialDate; end: PartialDate | null };
}

interface Source {
  id: string;
  section: ResumeSection;
  texts: Array<{ text: string; keyword: boolean }>;
  period?: Evidence['period'];
}

function sources(resume: Resume): Source[] {
  const out: Source[] = [];
  const roleOf = (company: string | undefined) =>
    resume.work.filter((w) => company && w.name?.toLowerCase() === company.toLowerCase() && w.startDate);
  resume.work.forEach((w, i) => {
    const texts = [w.position, w.name, w.summary, w.description, ...w.highlights].filter((t): t is string => Boolean(t));
    out.push({
      id: `work-${i}`,
      section: 'work',
      texts: texts.map((text) => ({ text, keyword: false })),
      ...(w.startDate ? { period: { start: w.startDate, end: w.endDate ?? null } } : {}),
    });
  });
  resume.projects.forEach((p, i) => {
    const role = roleOf(p.entity)[0];
    const period = p.startDate
      ? { start: p.startDate, end: p.endDate ?? null }
      : role?.startDate
        ? { start: role.startDate, end: role.endDate ?? null }
        : undefined;
    out.push({
      id: `projects-${i}`,
      section: 'projects',
      texts: [
        ...[p.name, p.description, ...p.highlights].filter((t): t is string => Boolean(t)).map((text) => ({ text, keyword: false })),
        ...p.keywords.map((text) => ({ text, keyword: true })),
      ],
      ...(period ? { period } : {}),
    });
  });
  resume.skills.forEach((g, gi) => {
    if (g.name) out.push({ id: `skills-${gi}`, section: 'skills', texts: [{ text: g.name, keyword: true }] });
    g.keywords.forEach((k, ki) => out.push({ id: `skills-${gi}-${ki}`, section: 'skills', texts: [{ text: k, keyword: true }] }));
  });
  resume.education.forEach((e, i) => {
    const texts = [e.area, e.studyType, ...e.courses].filter((t): t is string => Boolean(t));
    out.push({ id: `education-${i}`, section: 'education', texts: texts.map((text) => ({ text, keyword: true })) });
  });
  resume.certificates.forEach((c, i) => {
    if (c.name) out.push({ id: `certificates-${i}`, section: 'certificates', texts: [{ text: c.name, keyword: true }] });
  });
  resume.languages.forEach((l, i) => {
    if (l.language) out.push({ id: `languages-${i}`, section: 'languages', texts: [{ text: l.language, keyword: true }] });
  });
  const about = [resume.basics.label, resume.basics.summary].filter((t): t is string => Boolean(t));
  if (about.length) out.push({ id: 'basics', section: 'basics', texts: about.map((text) => ({ text, keyword: false })) });
  return out;
}

/** The sentence of `text` around [start, end), so the quote shows the mention in its context. */
function quoteAround(text: string, start: number, end: number): string {
  const from = Math.max(0, ...[...text.slice(0, start).matchAll(/[.!?:]\s|\n/g)].map((m) => m.index + m[0].length));
  const stop = /[.!?]\s|\n|$/.exec(text.slice(end))!;
  return text.slice(from, end + stop.index + (stop[0].startsWith('.') ? 1 : 0)).trim();
}

export type EvidenceIndex = ReadonlyMap<string, readonly Evidence[]>;

/** Term id → the entries that show it, in résumé order. */
export function indexEvidence(resume: Resume, taxonomy: Taxonomy): EvidenceIndex {
  const index = new Map<string, Evidence[]>();
  for (const source of sources(resume)) {
    const found = source.texts.map(({ text, keyword }) => ({ text, keyword, mentions: findMentions(text, taxonomy, { strict: true }) }));
    // A keyword repeating what the entry itself calls someone else's ("Apache Flink") is theirs too.
    const theirs = new Set(found.flatMap((f) => f.mentions.filter((m) => m.thirdParty).map((m) => m.termId)));
    const seen = new Set<string>();
    for (const { text, keyword, mentions } of found) {
      for (const m of mentions) {
        if (m.thirdParty || seen.has(m.termId) || (keyword && theirs.has(m.termId))) continue;
        seen.add(m.termId);
        const list = index.get(m.termId) ?? [];
        list.push({
          id: source.id,
          section: source.section,
          quote: quoteAround(text, m.start, m.end),
          ...(source.period ? { period: source.period } : {}),
        });
        index.set(m.termId, list);
      }
    }
  }
  return index;
}
