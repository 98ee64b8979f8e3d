/**
 * The career as a timeline: which bars go on which row, where each starts and ends on a
 * month axis, and what each is labelled. Pure (résumé and "now" in), shared by the picture
 * (svg.ts) and the text timeline (text.ts), so both always say the same thing.
 *
 * Any JSON Resume must come out readable: no roles, one role, fifty; overlapping roles (each
 * has its own row, so overlaps show as bars side by side in time); gaps (empty axis between
 * bars); missing dates (a role without a start has no bar and says so).
 */
import { english, type Messages } from '../i18n/catalogue.js';
import { formatMonthYear, formatRange, type PartialDate } from './dates.js';
import type { EducationEntry, ProjectEntry, Resume } from './schema.js';

/** Months since year 0 (Jan 2021 = 2021 * 12). */
export type Month = number;

export interface TimelineProject {
  name: string;
  /** Where on the role's bar it sits; null when the project has no date (spread evenly). */
  at: Month | null;
}

export interface TimelineBar {
  kind: 'role' | 'education';
  /** Company or school: the bold line. */
  heading: string;
  /** Position, or degree and area. */
  detail: string;
  /** "Dec 2012 – May 2021 · 8 yrs 6 mos"; "Dates not given" when unknown. */
  dates: string;
  /** First month covered; null: no start date, so no bar. */
  start: Month | null;
  /** Last month covered (inclusive); for an ongoing entry, the current month. */
  end: Month | null;
  /** Runs to today. */
  ongoing: boolean;
  /** Colour slot: one per company (roles) so two roles at one employer read as one employer. */
  group: number;
  projects: TimelineProject[];
}

export interface Timeline {
  name: string;
  label: string;
  /** Newest first: the current role on top, as a résumé reads. */
  roles: TimelineBar[];
  education: TimelineBar[];
  /** Axis range (inclusive months), covering every bar and today; null when nothing is dated. */
  range: { from: Month; to: Month } | null;
  /** The current month, where ongoing bars end and the "today" line is drawn. */
  today: Month;
  /** "Dec 2026": how the picture names today. */
  todayLabel: string;
  /** The language its labels are in (the picture's caption, "dates not given", a role's project count). */
  messages: Messages;
}

export function monthOf(date: PartialDate, edge: 'start' | 'end'): Month {
  return date.year * 12 + ((date.month ?? (edge === 'start' ? 1 : 12)) - 1);
}

const nowMonth = (now: Date): Month => now.getUTCFullYear() * 12 + now.getUTCMonth();

function span(
  start: PartialDate | undefined,
  end: PartialDate | null | undefined,
  today: Month,
): Pick<TimelineBar, 'start' | 'end' | 'ongoing'> {
  if (!start) return { start: null, end: null, ongoing: false };
  const from = monthOf(start, 'start');
  const ongoing = end === null || end === undefined;
  // A planned end in the future is drawn as far as today: a timeline of time served.
  const to = ongoing ? Math.max(from, today) : Math.max(from, Math.min(monthOf(end, 'end'), Math.max(today, from)));
  return { start: from, end: to, ongoing };
}

function datesText(start: PartialDate | undefined, end: PartialDate | null | undefined, now: Date, messages: Messages): string {
  return formatRange(start, end, now, messages) || messages.t('timeline.undated');
}

/** Roles (and projects) at one employer share a colour; the key ignores case and spacing. */
const companyKey = (name: string | undefined): string => (name ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each project goes on exactly one role of the employer it names: a dated one on the role whose
 * dates hold it (else the nearest), an undated one on the longest role there.
 */
function placeProjects(projects: readonly ProjectEntry[], roles: TimelineBar[], companyOf: (bar: TimelineBar) => string): void {
  for (const project of projects) {
    const key = companyKey(project.entity);
    if (!project.name || !key) continue;
    const candidates = roles.filter((bar) => companyOf(bar) === key);
    if (!candidates.length) continue;
    const at = project.startDate ? monthOf(project.startDate, 'start') : null;
    const dated = candidates.filter((bar) => bar.start !== null && bar.end !== null);
    const distance = (bar: TimelineBar) =>
      at === null || bar.start === null || bar.end === null ? Infinity : at < bar.start ? bar.start - at : at > bar.end ? at - bar.end : 0;
    const length = (bar: TimelineBar) => (bar.start === null || bar.end === null ? -1 : bar.end - bar.start);
    const home =
      at !== null && dated.length
        ? dated.reduce((best, bar) => (distance(bar) < distance(best) ? bar : best))
        : candidates.reduce((best, bar) => (length(bar) > length(best) ? bar : best));
    // A dated project outside its role's dates is still that employer's: drawn at the nearest edge.
    const placed = at === null || home.start === null || home.end === null ? null : Math.min(Math.max(at, home.start), home.end);
    home.projects.push({ name: project.name, at: placed });
  }
}

/** Newest first; undated entries last, in résumé order. */
function byStartDescending(a: TimelineBar, b: TimelineBar): number {
  if (a.start === null || b.start === null) return (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0);
  return b.start - a.start || (b.end ?? 0) - (a.end ?? 0);
}

function educationDetail(entry: EducationEntry): string {
  return [entry.studyType, entry.area].filter(Boolean).join(', ');
}

export function buildTimeline(resume: Resume, now: Date, messages: Messages = english()): Timeline {
  const today = nowMonth(now);
  const groups = new Map<string, number>();
  const groupOf = (name: string | undefined) => {
    const key = companyKey(name);
    if (!groups.has(key)) groups.set(key, groups.size);
    return groups.get(key)!;
  };

  const companies = new Map<TimelineBar, string>();
  const roles = resume.work
    .map((role): TimelineBar => {
      const bar: TimelineBar = {
        kind: 'role',
        heading: role.name ?? role.position ?? messages.t('timeline.role'),
        detail: role.name ? (role.position ?? '') : '',
        dates: datesText(role.startDate, role.endDate, now, messages),
        ...span(role.startDate, role.endDate, today),
        group: 0,
        projects: [],
      };
      companies.set(bar, companyKey(role.name));
      return bar;
    })
    .sort(byStartDescending);
  placeProjects(resume.projects, roles, (bar) => companies.get(bar) ?? '');
  // Colours assigned newest first, so the current employer always gets the first colour.
  for (const bar of roles) bar.group = groupOf(bar.heading);

  const education = resume.education
    .map(
      (entry): TimelineBar => ({
        kind: 'education',
        heading: entry.institution ?? (educationDetail(entry) || messages.t('education.heading')),
        detail: entry.institution ? educationDetail(entry) : '',
        dates: entry.startDate
          ? datesText(entry.startDate, entry.endDate, now, messages)
          : entry.endDate
            ? formatMonthYear(entry.endDate, messages)
            : messages.t('timeline.undated'),
        // A degree given only by its end year still shows: as that year.
        ...(entry.startDate
          ? span(entry.startDate, entry.endDate, today)
          : entry.endDate
            ? span(entry.endDate, entry.endDate, today)
            : span(undefined, undefined, today)),
        group: 0,
        projects: [],
      }),
    )
    .sort(byStartDescending);

  const dated = [...roles, ...education].filter((b) => b.start !== null && b.end !== null);
  const range = dated.length ? { from: Math.min(...dated.map((b) => b.start!)), to: Math.max(today, ...dated.map((b) => b.end!)) } : null;

  return {
    name: resume.basics.name,
    label: resume.basics.label ?? '',
    roles,
    education,
    range,
    today,
    todayLabel: formatMonthYear({ year: Math.floor(today / 12), month: (today % 12) + 1 }, messages),
    messages,
  };
}
