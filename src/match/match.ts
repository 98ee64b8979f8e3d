/**
 * The job-fit check: the requirements a job description names, each matched with the
 * résumé entries that show it (and, from their dates, for how long) or not found. Pure
 * and deterministic: the same description and résumé always give the same report.
 */
import { english, type Messages } from '../i18n/catalogue.js';
import { entryId } from '../model/answer.js';
import type { PartialDate } from '../resume/dates.js';
import type { ResumeIndex } from '../query/index.js';
import { indexEvidence, type Evidence, type EvidenceIndex } from './evidence.js';
import { OVERALL, recogniseRequirements, type Requirement } from './requirements.js';
import type { Taxonomy } from './taxonomy.js';

export interface RequirementResult {
  readonly requirement: Requirement;
  /** Best first: roles (latest first), projects, listed skills, education, certificates, languages. */
  readonly evidence: readonly Evidence[];
  /** Years the dated evidence covers (overlapping roles counted once), to one decimal. */
  readonly years: number;
}

export interface MatchReport {
  readonly matched: readonly RequirementResult[];
  readonly missing: readonly Requirement[];
  /** 0-1: matched requirements over recognised ones, a match short of the years asked counting in proportion. */
  readonly score: number;
  /** "6 of 9 recognised requirements, 2 of them with more than 5 years of evidence", in the words asked for. */
  readonly summary: string;
}

/** Years of evidence above which a match is called long-standing in the summary. */
export const LONG_EVIDENCE_YEARS = 5;

const SECTION_ORDER = ['work', 'projects', 'skills', 'education', 'certificates', 'languages'];

function monthIndex(date: PartialDate, edge: 'start' | 'end'): number {
  return date.year * 12 + (date.month ?? (edge === 'start' ? 1 : 12)) - 1;
}

/** Months covered by the periods, each month once however many roles overlap it. */
export function coveredYears(periods: ReadonlyArray<NonNullable<Evidence['period']>>, now: Date): number {
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const ranges = periods
    .map((p) => [monthIndex(p.start, 'start'), Math.min(p.end ? monthIndex(p.end, 'end') : nowIndex, nowIndex)] as const)
    .filter(([a, b]) => b >= a)
    .sort((x, y) => x[0] - y[0]);
  let months = 0;
  let reach = -Infinity;
  for (const [start, end] of ranges) {
    // Roles ending and starting in the same month (Dec 2012 – … and Dec 2012 – …) share that month.
    const from = Math.max(start, reach + 1);
    if (end >= from) months += end - from + 1;
    reach = Math.max(reach, end);
  }
  return Math.round((months / 12) * 10) / 10;
}

function ranked(evidence: readonly Evidence[]): Evidence[] {
  const key = (e: Evidence) =>
    SECTION_ORDER.indexOf(e.section) * 1e7 - (e.section === 'work' && e.period ? monthIndex(e.period.start, 'start') : 0);
  return [...evidence].sort((a, b) => key(a) - key(b));
}

function dated(evidence: readonly Evidence[]) {
  return evidence.flatMap((e) => (e.period ? [e.period] : []));
}

export interface Matcher {
  match(description: string, now: Date, messages?: Messages): MatchReport;
}

/** Indexes the résumé's evidence once (from its search index); each description is then matched against it. */
export function createMatcher(resumeIndex: ResumeIndex, taxonomy: Taxonomy): Matcher {
  const index: EvidenceIndex = indexEvidence(resumeIndex, taxonomy);
  const roles: Evidence[] = resumeIndex.resume.work.flatMap((w, i) =>
    w.startDate
      ? [
          {
            id: entryId('work', i),
            section: 'work' as const,
            quote: w.position ?? w.name ?? '',
            period: { start: w.startDate, end: w.endDate ?? null },
          },
        ]
      : [],
  );
  return {
    match(description, now, messages = english()) {
      const matched: RequirementResult[] = [];
      const missing: Requirement[] = [];
      let credit = 0;
      const requirements = recogniseRequirements(description, taxonomy);
      for (const requirement of requirements) {
        const evidence = ranked(requirement.termId === OVERALL ? roles : (index.get(requirement.termId) ?? []));
        if (!evidence.length) {
          missing.push(requirement);
          continue;
        }
        const years = coveredYears(dated(evidence), now);
        matched.push({ requirement, evidence, years });
        credit += requirement.years ? Math.min(1, years / requirement.years) : 1;
      }
      const long = matched.filter((m) => m.years > LONG_EVIDENCE_YEARS).length;
      const total = requirements.length;
      return {
        matched,
        missing,
        score: total ? Math.round((credit / total) * 100) / 100 : 0,
        summary: total
          ? `${messages.t('fit.summary', { matched: matched.length, count: total })}${matched.length ? messages.t('fit.summaryLong', { long, years: LONG_EVIDENCE_YEARS }) : ''}`
          : messages.t('fit.none.title'),
      };
    },
  };
}
