/**
 * Moving along time from an entry of one section to the entries of another: "where did she
 * work after that?" after a degree is the role that started once it ended, not the next degree.
 */
import type { Match, ResumeSection } from '../model/answer.js';
import { dateSortKey, type PartialDate } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';

interface Span {
  readonly start: PartialDate | undefined;
  readonly end: PartialDate | null | undefined;
}

const once = (date: PartialDate | undefined): Span => ({ start: date, end: date });

/** Each entry's start and end, for the sections whose entries are dated. */
function spansOf(section: ResumeSection, resume: Resume): readonly Span[] {
  const spans: Partial<Record<ResumeSection, () => Span[]>> = {
    work: () => resume.work.map((e) => ({ start: e.startDate, end: e.endDate })),
    volunteer: () => resume.volunteer.map((e) => ({ start: e.startDate, end: e.endDate })),
    education: () => resume.education.map((e) => ({ start: e.startDate, end: e.endDate })),
    projects: () => resume.projects.map((e) => ({ start: e.startDate, end: e.endDate })),
    awards: () => resume.awards.map((e) => once(e.date)),
    certificates: () => resume.certificates.map((e) => once(e.date)),
    publications: () => resume.publications.map((e) => once(e.releaseDate)),
  };
  return spans[section]?.() ?? [];
}

/**
 * The number of `section`'s entry that comes next to `anchor` in time: after it, the first to
 * start once it ended (or began, when it is ongoing); before it, the last to end by the time it started. Undefined when none does.
 */
export function nextInTime(anchor: Match, section: ResumeSection, direction: 'before' | 'after', resume: Resume): number | undefined {
  const at = Number(/-(\d+)$/.exec(anchor.id)?.[1] ?? Number.NaN);
  const from = spansOf(anchor.section, resume)[at];
  if (!from?.start) return undefined;
  const candidates = spansOf(section, resume)
    .map((span, i) => ({ span, i }))
    .filter(({ span }) => span.start);
  if (direction === 'after') {
    // An ongoing entry has no end: after it is after it began ("did she win an award after that?" of her current role).
    const ended = dateSortKey(from.end ?? from.start, 'start');
    const later = candidates.filter(({ span }) => dateSortKey(span.start, 'start') >= ended);
    later.sort((a, b) => dateSortKey(a.span.start, 'start') - dateSortKey(b.span.start, 'start'));
    return later[0]?.i;
  }
  const started = dateSortKey(from.start, 'end');
  const earlier = candidates.filter(({ span }) => span.end !== null && dateSortKey(span.end ?? span.start, 'end') <= started);
  earlier.sort((a, b) => dateSortKey(b.span.end ?? b.span.start, 'end') - dateSortKey(a.span.end ?? a.span.start, 'end'));
  return earlier[0]?.i;
}
