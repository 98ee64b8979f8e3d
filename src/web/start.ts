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
  // The timeline picture and the CV are drawn on the first request that needs them, not here: drawing them
  // loads resvg, the font parser and pdfkit (about 90 MB of a server's RSS), which a bot nobody visits never needs.
  options.logger.info('web_started', { page, publicUrl: config.publicUrl ?? null });
  // Routes live as long as the server; closing the server ends them.
  return { stop: async () => {} };
}
