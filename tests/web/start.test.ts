/**
 * The page as the server starts it (startWeb): nothing is drawn at start, and the first visitor
 * still gets the timeline picture and the CV, drawn for that request and kept for the next.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { createRateLimiter } from '../../src/core/rate-limit.js';
import { type CvCache, createCvCache } from '../../src/cv/cache.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { createTimelineImages, type TimelineImages } from '../../src/render/timeline/image.js';
import { startWeb } from '../../src/web/start.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { captureLogs } from '../helpers/log-capture.js';
import { martinResume } from './server.js';

const PRIVATE = ['basics.phone'];
let http: HttpServer;
let url: string;
let images: TimelineImages;
/** CVs asked of the cache, by anyone. */
let cvRequests = 0;

beforeAll(async () => {
  const bot = createBot({ resume: martinResume(), aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
  const pipeline = createPipeline(bot, { rateLimiter: createRateLimiter({ capacity: 1000, windowMs: 10_000 }), privateFields: PRIVATE });
  http = createHttpServer();
  images = createTimelineImages({ privateFields: PRIVATE, clock: () => FIXED_NOW });
  const cache = createCvCache(PRIVATE);
  const cv: CvCache = {
    byKey: (key) => cache.byKey(key),
    get: (resume, locale) => {
      cvRequests++;
      return cache.get(resume, locale);
    },
  };
  startWeb({
    http,
    pipeline,
    config: { privateFields: PRIVATE },
    web: { page: true, requestsPerMinute: 10_000, trustProxy: false },
    logger: captureLogs().logger,
    images,
    cv,
  });
  http.setReady(true);
  url = `http://127.0.0.1:${(await http.listen(0, '127.0.0.1')).port}`;
});
afterAll(() => http.close());

/** A file the page links to, as a browser gets it: its status, type and first bytes. */
async function served(path: string): Promise<{ status: number; type: string | null; start: string }> {
  const res = await fetch(`${url}${path}`);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    start: Buffer.from(await res.arrayBuffer())
      .subarray(0, 4)
      .toString('latin1'),
  };
}

describe('the web page as the server starts it', () => {
  it('given a start with no visitor yet, has drawn no timeline picture and rendered no CV', () => {
    expect(images.stats).toEqual({ svg: 0, png: 0 });
    expect(cvRequests).toBe(0);
  });

  it('given the first visitor, serves the page with its timeline picture and CV link, then the picture and the PDF themselves', async () => {
    const page = await (await fetch(`${url}/`)).text();
    const picture = /<img src="(\/timeline\/[0-9a-f]{16}\.png)"/.exec(page)?.[1];
    const pdf = /<a href="(\/cv\/[0-9a-f]{16}\.pdf)"/.exec(page)?.[1];
    expect(picture).toBeDefined();
    expect(pdf).toBeDefined();

    expect(await served(picture!)).toEqual({ status: 200, type: 'image/png', start: '\x89PNG' });
    expect(images.stats.png).toBe(1);
    expect(await served(pdf!)).toEqual({ status: 200, type: 'application/pdf', start: '%PDF' });
  });

  it('given a second visitor, serves the same picture without drawing it again', async () => {
    const page = await (await fetch(`${url}/`)).text();
    const picture = /<img src="(\/timeline\/[0-9a-f]{16}\.png)"/.exec(page)?.[1];
    expect((await fetch(`${url}${picture}`)).status).toBe(200);
    expect(images.stats.png).toBe(1);
  });
});
