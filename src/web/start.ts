/** The web page as one more thing the server runs: its routes on the shared HTTP server, and its own per-address limiter. */
import type { Config } from '../config/config.js';
import type { WebConfig } from './settings.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import { createRateLimiter } from '../core/rate-limit.js';
import type { HttpServer } from '../http/server.js';
import type { TimelineImages } from '../render/timeline/image.js';
import type { CvCache } from '../cv/cache.js';
import { mountWeb } from './routes.js';

export interface StartWebOptions {
  http: HttpServer;
  pipeline: Pipeline;
  config: Pick<Config, 'privateFields' | 'publicUrl'>;
  web: WebConfig;
  logger: Logger;
  images: TimelineImages;
  cv: CvCache;
  /** Serve the page itself; false: only the timeline pictures (Slack image blocks need them). Default: the config's choice. */
  page?: boolean;
}

export function startWeb(options: StartWebOptions): { stop(): Promise<void> } {
  const { config, web } = options;
  const page = options.page ?? web.page !== false;
  mountWeb({
    http: options.http,
    pipeline: options.pipeline,
    privateFields: config.privateFields,
    images: options.images,
    cv: options.cv,
    limiter: createRateLimiter({ capacity: web.requestsPerMinute, windowMs: 60_000 }),
    publicUrl: config.publicUrl,
    page,
    trustProxy: web.trustProxy,
  });
  // Drawn now rather than on the first visitor's request (about a tenth of a second, once per version).
  void options.images.get(options.pipeline.bot.resume).png;
  // The CV too (a few hundred milliseconds, once per version); a failure here is the first visitor's to see.
  options.cv.get(options.pipeline.bot.resume).catch((error: unknown) => options.logger.warn('cv_render_failed', { error }));
  options.logger.info('web_started', { page, publicUrl: config.publicUrl ?? null });
  // Routes live as long as the server; closing the server ends them.
  return { stop: async () => {} };
}
