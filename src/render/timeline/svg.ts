/**
 * The timeline as an SVG picture, 1,200 px wide: a header (name, headline), a year axis,
 * one row per role (newest on top) and per school, each a bar from its start to its end
 * (ongoing roles run to the dashed "today" line), the projects built in a role as diamonds on
 * its bar, and a list of those projects by employer.
 *
 * Colours: the Okabe–Ito palette (distinguishable with every common colour-vision deficiency),
 * every bar outlined in a darker shade of its colour so it stands out from the background at
 * 3:1 or more, and education told apart from roles by its own section and a striped fill, not
 * by colour alone. The picture carries its own opaque background, so it reads the same in a
 * dark or a light chat theme.
 *
 * Every string from the résumé is XML-escaped and cut to its space here (see measure.ts).
 */
import { FONT_FAMILY } from '../fonts.js';
import { fitText, textWidth } from './measure.js';
import type { Month, Timeline, TimelineBar } from '../../resume/timeline.js';
import type { Messages } from '../../i18n/catalogue.js';

export const TIMELINE_WIDTH = 1200;

export type TimelineTheme = 'light' | 'dark';

interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  today: string;
  /** Fill and outline per colour slot. */
  bars: ReadonlyArray<{ fill: string; stroke: string }>;
  education: { fill: string; stroke: string; stripe: string };
  diamond: { fill: string; stroke: string };
}

/** Okabe & Ito (2008), yellow left out: too faint as a bar on white. */
const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

function shade(hex: string, factor: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = (n >> shift) & 0xff;
    const v = factor < 1 ? c * factor : c + (255 - c) * (factor - 1);
    return Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`.toUpperCase();
}

export const PALETTES: Record<TimelineTheme, Palette> = {
  light: {
    background: '#FFFFFF',
    text: '#111827',
    muted: '#4B5563',
    grid: '#E5E7EB',
    today: '#111827',
    bars: OKABE_ITO.map((fill) => ({ fill, stroke: shade(fill, 0.55) })),
    education: { fill: '#6B7280', stroke: '#374151', stripe: '#9CA3AF' },
    diamond: { fill: '#FFFFFF', stroke: '#111827' },
  },
  dark: {
    background: '#111827',
    text: '#F9FAFB',
    muted: '#D1D5DB',
    grid: '#374151',
    today: '#F9FAFB',
    bars: OKABE_ITO.map((fill) => ({ fill, stroke: shade(fill, 1.5) })),
    education: { fill: '#9CA3AF', stroke: '#E5E7EB', stripe: '#6B7280' },
    diamond: { fill: '#111827', stroke: '#F9FAFB' },
  },
};

/** XML 1.0 forbids most control characters and lone surrogates; they are dropped, markup is escaped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '',
      )
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const PAD = 40;
const LABEL_WIDTH = 440;
const CHART_X = PAD + LABEL_WIDTH + 24;
const CHART_WIDTH = TIMELINE_WIDTH - PAD - CHART_X;
/** Above this many rows, each row is one line (heading · detail) so fifty roles still fit a tall picture. */
const COMPACT_ABOVE = 12;

interface Layout {
  compact: boolean;
  rowHeight: number;
  barHeight: number;
}

const num = (n: number) => (Math.round(n * 10) / 10).toString();

function text(x: number, y: number, content: string, size: number, fill: string, extra = ''): string {
  return `<text x="${num(x)}" y="${num(y)}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(content)}</text>`;
}

/** Year ticks at most every ~70 px: a step of 1, 2, 5, 10, 20 … years. */
function yearTicks(from: Month, to: Month, x: (m: Month) => number): Array<{ year: number; x: number }> {
  const firstYear = Math.ceil(from / 12);
  const lastYear = Math.floor(to / 12);
  const pxPerYear = x(12) - x(0);
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * pxPerYear >= 70) ?? 100;
  const ticks: Array<{ year: number; x: number }> = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) ticks.push({ year, x: x(year * 12) });
  return ticks;
}

export interface SvgOptions {
  theme?: TimelineTheme;
}

export function timelineSvg(timeline: Timeline, options: SvgOptions = {}): string {
  const palette = PALETTES[options.theme ?? 'light'];
  const rows = timeline.roles.length + timeline.education.length;
  const layout: Layout =
    rows > COMPACT_ABOVE ? { compact: true, rowHeight: 44, barHeight: 22 } : { compact: false, rowHeight: 96, barHeight: 34 };
  const parts: string[] = [];

  // The axis spans the dated bars and today, with a little air on both sides.
  const range = timeline.range ?? { from: timeline.today - 12, to: timeline.today };
  const from = range.from - 6;
  const to = range.to + 6;
  const x = (m: Month) => CHART_X + ((m - from) / Math.max(1, to - from)) * CHART_WIDTH;

  let y = PAD;
  // Header: who, and what this is.
  const titleSize = 42;
  const title = fitText(timeline.name, TIMELINE_WIDTH - 2 * PAD - 300, titleSize, 'bold');
  parts.push(text(PAD, y + titleSize, title, titleSize, palette.text, ' font-weight="700"'));
  const words = timeline.messages;
  const caption = words.t('timeline.caption', { today: timeline.todayLabel });
  parts.push(text(TIMELINE_WIDTH - PAD, y + titleSize, caption, 21, palette.muted, ' text-anchor="end"'));
  y += titleSize + 12;
  if (timeline.label) {
    parts.push(text(PAD, y + 24, fitText(timeline.label, TIMELINE_WIDTH - 2 * PAD, 24), 24, palette.muted));
    y += 38;
  }
  y += 24;

  // Axis: years along the top, faint grid lines down through every row.
  const axisY = y + 18;
  const chartTop = axisY + 12;
  const ticks = yearTicks(from, to, x);
  for (const tick of ticks) parts.push(text(tick.x, axisY, String(tick.year), 19, palette.muted, ' text-anchor="middle"'));
  const gridIndex = parts.length;
  y = chartTop + 8;

  const section = (heading: string) => {
    parts.push(text(PAD, y + 22, heading.toUpperCase(), 18, palette.muted, ' font-weight="700" letter-spacing="1.5"'));
    y += 38;
  };

  const drawRow = (bar: TimelineBar) => {
    const top = y;
    if (layout.compact) {
      const heading = fitText(bar.heading, LABEL_WIDTH, 20, 'bold');
      const rest = LABEL_WIDTH - textWidth(heading, 20, 'bold') - 8;
      parts.push(text(PAD, top + 28, heading, 20, palette.text, ' font-weight="700"'));
      const detail = bar.detail && rest > 50 ? fitText(`· ${bar.detail}`, rest, 18) : '';
      if (detail) parts.push(text(PAD + LABEL_WIDTH - rest, top + 28, detail, 18, palette.muted));
    } else {
      parts.push(text(PAD, top + 27, fitText(bar.heading, LABEL_WIDTH, 25, 'bold'), 25, palette.text, ' font-weight="700"'));
      if (bar.detail) parts.push(text(PAD, top + 56, fitText(bar.detail, LABEL_WIDTH, 21), 21, palette.text));
      parts.push(text(PAD, top + 84, fitText(bar.dates, LABEL_WIDTH, 19), 19, palette.muted));
    }
    const barY = top + (layout.rowHeight - layout.barHeight) / 2 - 2;
    if (bar.start === null || bar.end === null) {
      parts.push(text(CHART_X, barY + layout.barHeight / 2 + 6, words.t('timeline.undated'), 18, palette.muted));
    } else {
      const left = x(bar.start);
      const width = Math.max(8, x(bar.end + 1) - left);
      const colour = bar.kind === 'education' ? palette.education : palette.bars[bar.group % palette.bars.length]!;
      const fill = bar.kind === 'education' ? 'url(#stripes)' : colour.fill;
      parts.push(
        `<rect x="${num(left)}" y="${num(barY)}" width="${num(width)}" height="${layout.barHeight}" rx="5" fill="${fill}" stroke="${colour.stroke}" stroke-width="1.5"/>`,
      );
      if (bar.projects.length) drawProjects(bar, left, width, barY);
    }
    y += layout.rowHeight;
  };

  const drawProjects = (bar: TimelineBar, left: number, width: number, barY: number) => {
    const size = layout.compact ? 12 : 16;
    const cy = barY + layout.barHeight / 2;
    // Undated projects are spread along the bar; as many as fit 1.6 diamonds apart, then a count.
    const room = Math.max(1, Math.floor((width - size) / (size * 1.6)));
    const shown = bar.projects.slice(0, room);
    const h = size / 2;
    shown.forEach((project, i) => {
      const at = project.at !== null ? x(project.at + 0.5) : left + ((i + 1) / (shown.length + 1)) * width;
      // Inside the bar whenever the bar is wide enough to hold a diamond.
      const cx = width > size + 4 ? Math.min(Math.max(at, left + h + 2), left + width - h - 2) : left + width / 2;
      parts.push(
        `<path d="M${num(cx)} ${num(cy - h)}L${num(cx + h)} ${num(cy)}L${num(cx)} ${num(cy + h)}L${num(cx - h)} ${num(cy)}Z" fill="${palette.diamond.fill}" stroke="${palette.diamond.stroke}" stroke-width="1.5"/>`,
      );
    });
    const count = words.t('timeline.projects', { count: bar.projects.length });
    const countSize = layout.compact ? 16 : 19;
    const countWidth = textWidth(count, countSize);
    const baseline = cy + countSize / 3;
    // Beside the bar where there is room (after it, else before it); a current role's bar runs to the edge.
    const gap = 10 + (width > size + 4 ? 0 : h);
    if (left + width + gap + countWidth <= CHART_X + CHART_WIDTH)
      parts.push(text(left + width + gap, baseline, count, countSize, palette.muted));
    else if (left - gap - countWidth >= CHART_X)
      parts.push(text(left - gap, baseline, count, countSize, palette.muted, ' text-anchor="end"'));
  };

  if (timeline.roles.length) {
    section(words.t('work.heading'));
    for (const bar of timeline.roles) drawRow(bar);
  }
  if (timeline.education.length) {
    y += 6;
    section(words.t('education.heading'));
    for (const bar of timeline.education) drawRow(bar);
  }
  if (!rows) {
    parts.push(text(PAD, y + 26, words.t('timeline.empty'), 21, palette.muted));
    y += 40;
  }
  const chartBottom = y;

  // Grid and today's line go under the bars: drawn now, inserted where the axis ended.
  const grid = ticks.map(
    (t) => `<line x1="${num(t.x)}" y1="${chartTop}" x2="${num(t.x)}" y2="${num(chartBottom)}" stroke="${palette.grid}" stroke-width="1"/>`,
  );
  const todayX = x(timeline.today + 1);
  grid.push(
    `<line x1="${num(todayX)}" y1="${chartTop - 4}" x2="${num(todayX)}" y2="${num(chartBottom)}" stroke="${palette.today}" stroke-width="2" stroke-dasharray="6 4"/>`,
  );
  parts.splice(gridIndex, 0, ...grid);

  y += 12;
  // Projects by employer, so the diamonds have names.
  const withProjects = timeline.roles.filter((bar) => bar.projects.length);
  const seen = new Set<string>();
  const lines = withProjects.filter((bar) => !seen.has(bar.heading) && seen.add(bar.heading));
  if (lines.length) {
    section(words.t('projects.heading'));
    const shownLines = lines.slice(0, 6);
    for (const bar of shownLines) {
      const lead = `${bar.heading}: `;
      const leadText = fitText(lead, 300, 20, 'bold');
      const leadWidth = textWidth(leadText, 20, 'bold') + 4;
      const names = [...new Set(timeline.roles.filter((r) => r.heading === bar.heading).flatMap((r) => r.projects.map((p) => p.name)))];
      parts.push(text(PAD, y + 22, leadText, 20, palette.text, ' font-weight="700"'));
      parts.push(text(PAD + leadWidth, y + 22, listThatFits(names, TIMELINE_WIDTH - 2 * PAD - leadWidth, 20, words), 20, palette.text));
      y += 34;
    }
    if (lines.length > shownLines.length) {
      parts.push(text(PAD, y + 22, words.t('timeline.moreEmployers', { count: lines.length - shownLines.length }), 19, palette.muted));
      y += 34;
    }
  }

  // Legend: what each mark means, in words as well as shapes.
  y += 16;
  const legendY = y + 16;
  let lx = PAD;
  const swatch = (fill: string, stroke: string, label: string) => {
    parts.push(`<rect x="${lx}" y="${legendY - 15}" width="30" height="18" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/>`);
    parts.push(text(lx + 38, legendY, label, 18, palette.muted));
    lx += 38 + textWidth(label, 18) + 30;
  };
  swatch(palette.bars[0]!.fill, palette.bars[0]!.stroke, words.t('timeline.legendRole'));
  if (timeline.education.length) swatch('url(#stripes)', palette.education.stroke, words.t('education.heading'));
  if (withProjects.length) {
    parts.push(
      `<path d="M${lx + 8} ${legendY - 14}L${lx + 16} ${legendY - 6}L${lx + 8} ${legendY + 2}L${lx} ${legendY - 6}Z" fill="${palette.diamond.fill}" stroke="${palette.diamond.stroke}" stroke-width="1.5"/>`,
    );
    const project = words.t('timeline.legendProject');
    parts.push(text(lx + 24, legendY, project, 18, palette.muted));
    lx += 24 + textWidth(project, 18) + 30;
  }
  parts.push(
    `<line x1="${lx + 6}" y1="${legendY - 16}" x2="${lx + 6}" y2="${legendY + 4}" stroke="${palette.today}" stroke-width="2" stroke-dasharray="5 4"/>`,
  );
  parts.push(text(lx + 18, legendY, words.t('timeline.today', { today: timeline.todayLabel }), 18, palette.muted));
  y = legendY + PAD - 8;

  const height = Math.ceil(y);
  const defs =
    `<defs><pattern id="stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="8" height="8" fill="${palette.education.fill}"/><rect width="3" height="8" fill="${palette.education.stripe}"/></pattern></defs>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${TIMELINE_WIDTH}" height="${height}" viewBox="0 0 ${TIMELINE_WIDTH} ${height}" font-family="${FONT_FAMILY}">` +
    `<title>${escapeXml(words.t('timeline.of', { owner: timeline.name }))}</title>${defs}` +
    `<rect width="${TIMELINE_WIDTH}" height="${height}" fill="${palette.background}"/>` +
    parts.join('') +
    `</svg>`
  );
}

/** "A · B · C +4 more", as many names as fit in `maxWidth`. */
function listThatFits(names: readonly string[], maxWidth: number, size: number, words: Messages): string {
  for (let n = names.length; n > 0; n--) {
    const more = names.length - n;
    const candidate = names.slice(0, n).join(' · ') + (more ? `  ${words.t('timeline.more', { count: more })}` : '');
    if (textWidth(candidate, size) <= maxWidth) return candidate;
  }
  return fitText(names.join(' · '), maxWidth, size);
}
