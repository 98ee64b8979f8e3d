/**
 * The timeline as text: one line per role and school, each starting with a bar of block
 * characters on a shared time scale (█ a role, ▒ education, ░ time outside it), then what it
 * is. Used where a picture cannot go: the console, and private chat answers in Socket Mode.
 * Block elements have one width in monospace and in most chat fonts, so the bars line up.
 */
import type { Timeline, TimelineBar } from './timeline.js';

export const BAR_CELLS = 24;

function bar(entry: TimelineBar, from: number, to: number, cells: number): string {
  if (entry.start === null || entry.end === null) return '·'.repeat(cells);
  const fill = entry.kind === 'education' ? '▒' : '█';
  const perCell = (to - from + 1) / cells;
  let out = '';
  for (let i = 0; i < cells; i++) {
    const cellStart = from + i * perCell;
    const cellEnd = cellStart + perCell;
    out += entry.start < cellEnd && entry.end + 1 > cellStart ? fill : '░';
  }
  return out;
}

function describe(entry: TimelineBar, timeline: Timeline): string {
  const projects = entry.projects.length ? timeline.messages.t('timeline.projects', { count: entry.projects.length }) : '';
  return [entry.heading, entry.detail, entry.dates, projects].filter(Boolean).join(' · ');
}

/** Lines of the text timeline (no trailing newline); an axis line first when anything is dated. */
export function timelineBars(timeline: Timeline, cells = BAR_CELLS): string[] {
  const range = timeline.range;
  const rows = [...timeline.roles, ...timeline.education];
  if (!rows.length) return [];
  const from = range?.from ?? 0;
  const to = range?.to ?? 0;
  const lines: string[] = [];
  if (range) {
    const first = String(Math.floor(from / 12));
    const last = String(Math.floor(to / 12));
    lines.push(`${first}${' '.repeat(Math.max(1, cells - first.length - last.length))}${last}`);
  }
  for (const entry of rows) lines.push(`${bar(entry, from, to, cells)}  ${describe(entry, timeline)}`);
  return lines;
}
