/**
 * Server mode: the configured platforms (see src/app/platforms.ts: Slack, Discord, the web
 * page, in one process) and the shared HTTP server they need. Each platform imports its
 * SDK only when it starts, so that the console and the CLI never load Bolt or discord.js.
 */
import type { AddressInfo } from 'node:net';
import { isDirectory } from '../core/directory.js';
import type { SharedState } from '../core/shared.js';
import { platformStopMs } from '../config/config.js';
import { createHttpServer, type HttpServer } from '../http/server.js';
import { createTimelineImages } from '../render/timeline/image.js';
import { createCvCache } from '../cv/cache.js';
import type { RunningPlatform as Running } from '../platform/contract.js';
import type { RedisStore } from '../store/redis.js';
import { pipelineWith, type App } from './load.js';
import { createConversationStore } from '../core/conversation.js';

export interface RunningPlatform extends Running {
  name: string;
}

export interface RunningServer {
  http: HttpServer;
  /** Where the HTTP server listens; null when no platform needs HTTP. */
  address: AddressInfo | null;
  platforms: RunningPlatform[];
  /** Stops taking work, stops every platform, closes the HTTP server. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * REDIS_URL: connects to Redis (never fatal: unreachable, the bot starts anyway and uses it
 * once it answers). Loaded only when set, so a bot without it never loads the client.
 */
async function openRedis(app: App): Promise<RedisStore> {
  const { createRedisStore } = await import('../store/redis.js');
  const { rateLimit } = app.config;
  const store = createRedisStore({
    url: app.config.redisUrl!,
    logger: app.logger,
    rateLimit: { capacity: rateLimit.requests, windowMs: rateLimit.windowSeconds * 1000 },
    commandTimeoutMs: app.config.redisCommandTimeoutMs,
  });
  await store.connect();
  return store;
}

export interface StartServerOptions {
  /**
   * Aborted by a signal during start-up: the start stops at its next step (or at once, if it is
   * waiting on a platform), stops what it started, and resolves to null: no "started", never ready.
   */
  signal?: AbortSignal;
  /** Runs once an attack on the HTTP server is over (many refusals, then quiet): main.ts gives back its memory there. */
  onQuietAfterAttack?: () => void;
}

class Aborted extends Error {}

/** Resolves to null only when `options.signal` aborted the start. */
export function startServer(app: App): Promise<RunningServer>;
export function startServer(app: App, options: StartServerOptions): Promise<RunningServer | null>;
export async function startServer(app: App, options: StartServerOptions = {}): Promise<RunningServer | null> {
  const { config, logger } = app;
  const { signal } = options;
  let pipeline = app.pipeline;
  let redis: RedisStore | null = null;
  let shared: SharedState | undefined;
  const http = createHttpServer({
    logger,
    limits: { drainMs: config.shutdown.drainMs, headersTimeoutMs: config.requestTimeoutMs, requestTimeoutMs: config.requestTimeoutMs },
    ...(options.onQuietAfterAttack ? { onQuietAfterAttack: options.onQuietAfterAttack } : {}),
  });
  const stopMs = platformStopMs(config.shutdown);
  // One cache of timeline pictures for every surface that shows them (the page, Slack, Discord).
  const images = createTimelineImages({ privateFields: config.privateFields });
  // The CV as a PDF, rendered once per résumé version for every platform (public by nature: no private field).
  const cv = createCvCache(config.privateFields);
  const platforms: RunningPlatform[] = [];
  let address: AddressInfo | null = null;

  let closeWatcher: (() => void) | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      http.setReady(false);
      closeWatcher?.();
      // The server stops accepting at once and drains (see http/server.ts) while the platforms finish.
      const closed = http.close();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'deadline'>((resolve) => (timer = setTimeout(() => resolve('deadline'), stopMs)));
      const stops = platforms.map((p) =>
        p.stop().then(
          () => null,
          (error: unknown) => logger.error('platform_stop_failed', { platform: p.name, error }),
        ),
      );
      const settled = await Promise.race([Promise.all(stops).then(() => 'done' as const), deadline]);
      clearTimeout(timer);
      if (settled === 'deadline') logger.error('platform_stop_deadline', { afterMs: stopMs });
      await closed;
      await redis?.close();
    })());

  /** Waits for `work` unless the signal comes first; then the work is left to finish (or not) on its own. */
  const step = <T>(work: Promise<T>): Promise<T> => {
    if (!signal) return work;
    if (signal.aborted) return Promise.reject(new Aborted());
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new Aborted());
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };

  try {
    const paths = app.platforms.flatMap((p) => p.paths);
    if (paths.length > 0) {
      // Until the platforms are started (and the process ready) their paths answer 503, not 404.
      for (const path of paths) http.expect(path);
      // Listening first makes a busy port fail fast, before any platform connects anywhere.
      address = await step(http.listen(config.port, config.host));
      logger.info('listening', { host: address.address, port: address.port });
    }

    if (config.redisUrl) {
      redis = await step(openRedis(app));
      // Rate limits, Slack event ids and share buttons kept in Redis: every process acts as one bot.
      pipeline = pipelineWith(app, redis.rateLimiter, createConversationStore({ shared: redis.values }));
      shared = { claims: redis.claims, values: redis.values };
    }

    const context = { pipeline, config, http, address, logger, images, cv, ...(shared ? { shared } : {}) };
    for (const platform of app.platforms) {
      const running = await step(platform.start(context));
      platforms.push({ name: platform.name, description: running.description, stop: () => running.stop() });
    }
    if (config.reload) {
      // Live reload (RESUME_RELOAD, on by default): a valid edit is served from the next request, a broken one refused and logged.
      const { watchResume } = await step(import('../reload/watch.js'));
      const { watchResumeDir } = await step(import('../reload/watch-dir.js'));
      const watcher =
        config.resumeDir && isDirectory(app.bot)
          ? watchResumeDir({ dir: config.resumeDir, aliasesFile: config.aliasesFile, bot: app.bot, logger })
          : watchResume({ resumeFile: config.resumeFile, aliasesFile: config.aliasesFile, bot: app.bot, logger });
      closeWatcher = () => watcher.close();
    }
    if (signal?.aborted) throw new Aborted();
  } catch (error) {
    await stop();
    if (error instanceof Aborted) return null;
    throw error;
  }

  http.setReady(true);
  logger.info('started', {
    platforms: platforms.flatMap((p) => (p.description ? [p.description] : [])),
    ...(address ? { host: address.address, port: address.port } : {}),
    resume: app.resume.basics.name,
    reload: config.reload,
    shared: redis ? 'redis' : 'in process',
  });
  return { http, address, platforms, stop };
}
