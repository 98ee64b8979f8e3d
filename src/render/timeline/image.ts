/**
 * The timeline picture of a résumé, drawn once per version and kept. A version is what the
 * picture shows: the public résumé (PRIVATE_FIELDS removed, see core/public-resume.ts), the day
 * (an ongoing role grows to today) and the theme. Its key is a hash of those, so a URL made
 * from it (/timeline/<key>.png) names one picture forever and can be cached by anyone.
 *
 * Loads resvg and the font parser: import it lazily from anything that starts often (the CLI).
 */
import { createHash } from 'node:crypto';
import { publicResume } from '../../core/public-resume.js';
import { messagesFor } from '../../i18n/catalogue.js';
import { systemClock, type Clock } from '../../resume/dates.js';
import type { Resume } from '../../resume/schema.js';
import { buildTimeline, type Timeline } from '../../resume/timeline.js';
import { svgToPng } from './png.js';
import { timelineSvg, type TimelineTheme } from './svg.js';

/** Bump when the drawing changes, so a new look gets new URLs. */
const DRAWING_VERSION = 1;

/** Where the bot serves a picture (the page, Slack's image blocks): one key is one picture forever. */
export const timelineImagePath = (key: string): string => `/timeline/${key}.png`;

export interface TimelineImage {
  /** 16 hex characters naming this exact picture. */
  key: string;
  theme: TimelineTheme;
  svg: string;
  /** Drawn on first use of `png`, then kept. */
  readonly png: Buffer;
  width: number;
  height: number;
  /** The picture said in words: alt text, link previews. */
  alt: string;
}

export interface TimelineImages {
  /** The picture of this résumé today (drawn now, or from the cache), labelled in `locale` (default English). */
  get(resume: Resume, theme?: TimelineTheme, locale?: string): TimelineImage;
  /** A picture drawn earlier, by its key; undefined once evicted or never drawn. */
  byKey(key: string): TimelineImage | undefined;
  /** How many pictures were drawn (SVG) and rendered (PNG) so far: for tests and the bench. */
  readonly stats: { svg: number; png: number };
}

export interface TimelineImagesOptions {
  privateFields: readonly string[];
  clock?: Clock;
  /** Pictures kept (least recently used dropped first). */
  max?: number;
}

/** "Career timeline of X: PicPay, VP (Nov 2021 – Present); …", bounded for alt attributes. */
export function describeTimeline(timeline: Timeline, max = 1000): string {
  const entries = [...timeline.roles, ...timeline.education].map((b) => `${[b.heading, b.detail].filter(Boolean).join(', ')} (${b.dates})`);
  const words = timeline.messages;
  const text = entries.length
    ? words.t('timeline.alt', { owner: timeline.name, entries: entries.join('; ') })
    : `${words.t('timeline.of', { owner: timeline.name })}.`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function createTimelineImages(options: TimelineImagesOptions): TimelineImages {
  const clock = options.clock ?? systemClock;
  const max = options.max ?? 16;
  const byKey = new Map<string, TimelineImage>();
  const stats = { svg: 0, png: 0 };
  // The hash of a résumé's public text is worked out once per résumé object (a reload brings a new object).
  const digests = new WeakMap<Resume, { digest: string; shown: Resume }>();

  function digestOf(resume: Resume): { digest: string; shown: Resume } {
    let known = digests.get(resume);
    if (!known) {
      const shown = publicResume(resume, options.privateFields);
      known = { digest: createHash('sha256').update(JSON.stringify(shown)).digest('hex'), shown };
      digests.set(resume, known);
    }
    return known;
  }

  return {
    stats,
    get(resume, theme = 'light', locale) {
      const now = clock();
      const { digest, shown } = digestOf(resume);
      const day = now.toISOString().slice(0, 10);
      const messages = messagesFor(locale);
      // English keeps the key it always had: URLs handed out before languages stay good.
      const language = messages.locale === 'en' ? '' : `\0${messages.locale}`;
      const key = createHash('sha256').update(`${DRAWING_VERSION}\0${theme}\0${day}\0${digest}${language}`).digest('hex').slice(0, 16);
      const cached = byKey.get(key);
      if (cached) {
        byKey.delete(key);
        byKey.set(key, cached);
        return cached;
      }
      const timeline = buildTimeline(shown, now, messages);
      const svg = timelineSvg(timeline, { theme });
      stats.svg++;
      const size = /width="(\d+)" height="(\d+)"/.exec(svg);
      let png: Buffer | undefined;
      const image: TimelineImage = {
        key,
        theme,
        svg,
        get png() {
          if (!png) {
            png = svgToPng(svg);
            stats.png++;
          }
          return png;
        },
        width: Number(size?.[1] ?? 0),
        height: Number(size?.[2] ?? 0),
        alt: describeTimeline(timeline),
      };
      byKey.set(key, image);
      while (byKey.size > max) byKey.delete(byKey.keys().next().value!);
      return image;
    },
    byKey(key) {
      return byKey.get(key);
    },
  };
}
