/**
 * Where the résumé shows each skill: every entry whose own text names it (a role's title,
 * highlights or description; a project's name, description or keywords; a listed skill; a
 * degree; a certificate; a language), found with the same recogniser as the job description,
 * and which the query layer's evidence rule (findEvidence) also counts for one of the skill's
 * names. That rule alone says what is evidence, here as in "/skills …, where it shows up": a
 * name inside someone else's ("Java" in "Oracle's Java Flight Recorder", "Lighthouse" of a
 * Lighthouse-inspired metric), another project that uses the person's work, or a link is never
 * evidence. The recogniser only narrows it to entries that name the whole skill ("People
 * management", not any other kind of management).
 */
import { entryId, type ResumeSection } from '../model/answer.js';
import { findEvidence } from '../query/evidence.js';
import type { ResumeIndex } from '../query/index.js';
import type { PartialDate } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import { findMentions } from './mentions.js';
import type { Taxonomy } from './taxonomy.js';

export interface Evidence {
  /** The entry's id, as answers' matches name it: `work-2`, `projects-0`, `skills-1-10`. */
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
  texts: string[];
  period?: Evidence['period'];
}

function sources(resume: Resume): Source[] {
  const out: Source[] = [];
  const roleOf = (company: string | undefined) =>
    resume.work.filter((w) => company && w.name?.toLowerCase() === company.toLowerCase() && w.startDate);
  resume.work.forEach((w, i) => {
    const texts = [w.position, w.name, w.summary, w.description, ...w.highlights].filter((t): t is string => Boolean(t));
    out.push({
      id: entryId('work', i),
      section: 'work',
      texts,
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
      id: entryId('projects', i),
      section: 'projects',
      texts: [...[p.name, p.description, ...p.highlights].filter((t): t is string => Boolean(t)), ...p.keywords],
      ...(period ? { period } : {}),
    });
  });
  resume.skills.forEach((g, gi) => {
    if (g.name) out.push({ id: `skills-${gi}`, section: 'skills', texts: [g.name] });
    g.keywords.forEach((k, ki) => out.push({ id: `skills-${gi}-${ki}`, section: 'skills', texts: [k] }));
  });
  resume.education.forEach((e, i) => {
    const texts = [e.area, e.studyType, ...e.courses].filter((t): t is string => Boolean(t));
    out.push({ id: entryId('education', i), section: 'education', texts });
  });
  resume.certificates.forEach((c, i) => {
    if (c.name) out.push({ id: entryId('certificates', i), section: 'certificates', texts: [c.name] });
  });
  resume.languages.forEach((l, i) => {
    if (l.language) out.push({ id: entryId('languages', i), section: 'languages', texts: [l.language] });
  });
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
export function indexEvidence(index: ResumeIndex, taxonomy: Taxonomy): EvidenceIndex {
  const evidence = new Map<string, Evidence[]>();
  /** The entries findEvidence counts for a term in a section, under any of the term's names; asked once per pair. */
  const counted = new Map<string, Set<string>>();
  const countedIn = (termId: string, section: ResumeSection): Set<string> => {
    const key = `${termId}\0${section}`;
    let ids = counted.get(key);
    if (!ids) {
      ids = new Set();
      for (const name of taxonomy.terms.get(termId)?.names ?? [])
        for (const found of findEvidence(index, name, [section]).literal) ids.add(found.hit.doc.id);
      counted.set(key, ids);
    }
    return ids;
  };
  for (const source of sources(index.resume)) {
    const seen = new Set<string>();
    for (const text of source.texts) {
      for (const m of findMentions(text, taxonomy)) {
        if (seen.has(m.termId) || !countedIn(m.termId, source.section).has(source.id)) continue;
        seen.add(m.termId);
        const list = evidence.get(m.termId) ?? [];
        list.push({
          id: source.id,
          section: source.section,
          quote: quoteAround(text, m.start, m.end),
          ...(source.period ? { period: source.period } : {}),
        });
        evidence.set(m.termId, list);
      }
    }
  }
  return evidence;
}
