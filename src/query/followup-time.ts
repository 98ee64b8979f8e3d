/**
 * Moving along time from an entry of one section to the entries of another: "where did she
 * work after that?" after a degree is the role that started once it ended, not the next degree.
 */
import type { Match, ResumeSection } from '../model/answer.js';
import { dateSortKey } from '../resume/dates.js';
import { entrySpans, matchSpan } from '../resume/entry-dates.js';
import type { Resume } from '../resume/schema.js';

/**
 * The number of `section`'s entry that comes next to `anchor` in time: after it, the first to
 * start once it ended (or began, when it is ongoing); before it, the last to end by the time it started. Undefined when none does.
 */
export function nextInTime(anchor: Match, section: ResumeSection, direction: 'before' | 'after', resume: Resume): number | undefined {
  const from = matchSpan(resume, anchor);
  if (!from) return undefined;
  const candidates = entrySpans(resume, section).flatMap((span, i) => (span ? [{ span, i }] : []));
  if (direction === 'after') {
    // An ongoing entry has no end: after it is after it began ("did she win an award after that?" of her current role).
    const ended = dateSortKey(from.end ?? from.start, 'start');
    const later = candidates.filter(({ span }) => dateSortKey(span.start, 'start') >= ended);
    later.sort((a, b) => dateSortKey(a.span.start, 'start') - dateSortKey(b.span.start, 'start'));
    return later[0]?.i;
  }
  // An ongoing entry has not ended: it never comes before another.
  const started = dateSortKey(from.start, 'end');
  const earlier = candidates.flatMap(({ span, i }) =>
    span.end !== null && dateSortKey(span.end, 'end') <= started ? [{ end: span.end, i }] : [],
  );
  earlier.sort((a, b) => dateSortKey(b.end, 'end') - dateSortKey(a.end, 'end'));
  return earlier[0]?.i;
}

/** The number of `section`'s entry under way when `anchor` began (the latest to start, if several), or undefined. */
export function heldDuring(anchor: Match, section: ResumeSection, resume: Resume): number | undefined {
  const from = matchSpan(resume, anchor);
  if (!from) return undefined;
  const at = dateSortKey(from.start, 'start');
  const under = entrySpans(resume, section).flatMap((span, i) =>
    span && dateSortKey(span.start, 'start') <= at && (span.end === null || dateSortKey(span.end, 'end') >= at)
      ? [{ start: span.start, i }]
      : [],
  );
  under.sort((a, b) => dateSortKey(b.start, 'start') - dateSortKey(a.start, 'start'));
  return under[0]?.i;
}
