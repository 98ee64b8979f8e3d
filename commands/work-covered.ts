/**
 * How long someone has held roles: the months any dated role covers (two held at once count once), and since when.
 * "How many years of experience does he have?" is answered by the roles' listing; a directory ranks people by it.
 */
import type { Messages } from '../src/i18n/catalogue.js';
import { dateSortKey, formatMonthYear, formatTenure, monthsCovered, type PartialDate } from '../src/resume/dates.js';
import type { Resume } from '../src/resume/schema.js';

export interface Covered {
  readonly months: number;
  /** "19 yrs 11 mos of experience, since Jan 2007", in the asker's words. */
  readonly line: string;
}

/** The roles' dated spans. */
const spansOf = (resume: Resume) => resume.work.flatMap((w) => (w.startDate ? [{ start: w.startDate, end: w.endDate }] : []));

/** The months the dated roles cover; undefined for a résumé with none (a count of them, before any words for it). */
export function monthsOfRoles(resume: Resume, now: Date): number | undefined {
  const spans = spansOf(resume);
  return spans.length ? monthsCovered(spans, now) : undefined;
}

/** Undefined for a résumé with no dated role. */
export function rolesCovered(resume: Resume, now: Date, messages: Messages): Covered | undefined {
  const spans = spansOf(resume);
  if (!spans.length) return undefined;
  const months = monthsCovered(spans, now);
  const first = spans.reduce<PartialDate>(
    (a, s) => (dateSortKey(s.start, 'start') < dateSortKey(a, 'start') ? s.start : a),
    spans[0]!.start,
  );
  return { months, line: messages.t('work.covered', { tenure: formatTenure(months, messages), since: formatMonthYear(first, messages) }) };
}
