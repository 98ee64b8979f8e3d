/** A real HTTP server on 127.0.0.1 with the web page mounted, over the real bot. */
import { type Bot, createBot } from '../../src/core/bot.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { createRateLimiter } from '../../src/core/rate-limit.js';
import { createHttpServer } from '../../src/http/server.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { createTimelineImages, type TimelineImages } from '../../src/render/timeline/image.js';
import { createCvCache, type CvCache } from '../../src/cv/cache.js';
import { loadResumeFile, parseResume } from '../../src/resume/load.js';
import type { Resume } from '../../src/resume/schema.js';
import { mountWeb } from '../../src/web/routes.js';
import { FIXED_NOW } from '../helpers/bot.js';

export interface WebServer {
  url: string;
  pipeline: Pipeline;
  images: TimelineImages;
  cv: CvCache;
  close(): Promise<void>;
}

export interface WebServerOptions {
  resume?: Resume;
  /** A bot of its own (a directory); default: one over `resume`. */
  bot?: Bot;
  privateFields?: string[];
  publicUrl?: string;
  /** Web requests per address per minute. */
  perMinute?: number;
  /** Questions per address per 10 s (the chat limit). */
  questions?: number;
  page?: boolean;
  trustProxy?: boolean;
}

export const martinResume = (): Resume => loadResumeFile('data/resume.json');
export const resumeFrom = (data: object): Resume => parseResume(data, 'test.json');

export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const bot =
    options.bot ??
    createBot({
      resume: options.resume ?? martinResume(),
      aliases: loadAliasesFile('data/aliases.json'),
      clock: () => FIXED_NOW,
    });
  const pipeline = createPipeline(bot, {
    rateLimiter: createRateLimiter({ capacity: options.questions ?? 1000, windowMs: 10_000 }),
    privateFields: options.privateFields ?? ['basics.phone'],
  });
  const http = createHttpServer();
  const images = createTimelineImages({ privateFields: options.privateFields ?? ['basics.phone'], clock: () => FIXED_NOW });
  const cv = createCvCache(options.privateFields ?? ['basics.phone']);
  mountWeb({
    http,
    pipeline,
    privateFields: options.privateFields ?? ['basics.phone'],
    images,
    cv,
    limiter: createRateLimiter({ capacity: options.perMinute ?? 10_000, windowMs: 60_000 }),
    publicUrl: options.publicUrl,
    clock: () => FIXED_NOW,
    page: options.page ?? true,
    trustProxy: options.trustProxy ?? false,
  });
  http.setReady(true);
  const address = await http.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${address.port}`, pipeline, images, cv, close: () => http.close() };
}

/** The content of `<meta property|name="key" content="…">`, unescaped. */
export function metaContent(page: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(page);
  return m?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
