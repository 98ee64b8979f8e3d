/**
 * REDIS_URL: the state several bot processes behind a load balancer must share — per-user
 * rate limits, the Slack event ids already answered, the questions behind long Discord share
 * buttons — kept in Redis, so the processes act as one bot.
 *
 * Redis is a help, never a dependency: a question never waits long on it and is never refused
 * because of it. While it cannot be reached the rate limit lets questions through, event ids
 * and shares are kept in each process only, and one line is logged; when it is back (ioredis
 * reconnects by itself) one more line says so and sharing resumes.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../core/log.js';
import { ALLOWED, type RateDecision, type RateLimiter } from '../core/rate-limit.js';
import type { SharedClaims, SharedValues } from '../core/shared.js';
import { TAKE_SCRIPT } from './token-bucket.js';

/** Every key this bot writes starts with this, so it can share a Redis with other programs. */
export const KEY_PREFIX = 'resume-bot:';

/**
 * How the client behaves when Redis is slow or gone. A command is refused at once while the
 * connection is down (no offline queue), is not retried on a new connection (the question has
 * moved on), and is given up after COMMAND_TIMEOUT_MS when Redis is connected but not answering.
 */
export const COMMAND_TIMEOUT_MS = 250;
export const CLIENT_OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: COMMAND_TIMEOUT_MS,
  connectTimeout: 2_000,
  // Reconnect quickly, then every second: a restarted Redis is used again within about a second.
  retryStrategy: (attempt: number) => Math.min(attempt * 100, 1_000),
  // Scripts are loaded on demand (NOSCRIPT after a Redis restart is handled in `script`).
  lazyConnect: true,
};

export interface RedisStoreOptions {
  url: string;
  logger: Logger;
  rateLimit: { capacity: number; windowMs: number };
  /** REDIS_COMMAND_TIMEOUT_MS; COMMAND_TIMEOUT_MS unless set. */
  commandTimeoutMs?: number;
  /** Client option overrides (tests). */
  client?: Partial<RedisOptions>;
}

export interface RedisStore {
  readonly rateLimiter: RateLimiter;
  readonly claims: SharedClaims;
  readonly values: SharedValues;
  /** Whether the last command (or connection attempt) reached Redis. */
  readonly available: boolean;
  /** Connects; resolves true once Redis answers, false when it cannot be reached now (the client keeps trying). */
  connect(): Promise<boolean>;
  /** Resolves when the connection is ready for commands (now, or after the next reconnection). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Logs the first failure and the first success after it; nothing in between. */
function availability(logger: Logger) {
  let state: 'new' | 'up' | 'down' = 'new';
  return {
    get up() {
      return state !== 'down';
    },
    ok() {
      if (state === 'up') return;
      logger.info(state === 'down' ? 'redis_recovered' : 'redis_connected', {});
      state = 'up';
    },
    failed(error: unknown) {
      if (state === 'down') return;
      state = 'down';
      // The URL may hold a password: only the client's message is logged.
      logger.warn('redis_unavailable', {
        error: reason(error),
        effect: 'rate limits let every question through; event ids and shares are kept per process',
      });
    },
  };
}

export function createRedisStore(options: RedisStoreOptions): RedisStore {
  const { logger } = options;
  const commandTimeout = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
  const redis = new Redis(options.url, { ...CLIENT_OPTIONS, commandTimeout, ...options.client });
  const health = availability(logger);
  redis.on('ready', () => health.ok());
  // Without a listener ioredis prints every reconnection error; they are summed up by `health`.
  redis.on('error', (error: unknown) => health.failed(error));

  const sha = createHash('sha1').update(TAKE_SCRIPT).digest('hex');
  /** EVALSHA, and EVAL when Redis does not have the script (first use, or a restarted Redis). */
  async function script(keys: string[], args: Array<string | number>): Promise<unknown> {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!reason(error).startsWith('NOSCRIPT')) throw error;
      return redis.eval(TAKE_SCRIPT, keys.length, ...keys, ...args);
    }
  }

  /** Runs a command; on failure logs (once) and answers `fallback`. */
  async function attempt<T>(run: () => Promise<T>, fallback: T): Promise<T> {
    try {
      const result = await run();
      health.ok();
      return result;
    } catch (error) {
      health.failed(error);
      return fallback;
    }
  }

  const { capacity, windowMs } = options.rateLimit;
  const rateLimiter: RateLimiter = {
    take: (key) =>
      attempt(async (): Promise<RateDecision> => {
        const [allowed, waitMs] = (await script([`${KEY_PREFIX}rate:${key}`], [capacity, windowMs])) as [number, number];
        return allowed === 1 ? ALLOWED : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }, ALLOWED),
  };

  const claims: SharedClaims = {
    claim: (key, ttlSeconds) =>
      attempt(async () => (await redis.set(`${KEY_PREFIX}claim:${key}`, '1', 'EX', ttlSeconds, 'NX')) === 'OK', true),
  };

  const values: SharedValues = {
    set: (key, value, ttlSeconds) =>
      attempt(async () => (await redis.set(`${KEY_PREFIX}value:${key}`, value, 'EX', ttlSeconds)) === 'OK', false),
    get: (key) => attempt(async () => (await redis.get(`${KEY_PREFIX}value:${key}`)) ?? undefined, undefined),
  };

  return {
    rateLimiter,
    claims,
    values,
    get available() {
      return health.up;
    },
    async connect() {
      try {
        await redis.connect();
        health.ok();
        return true;
      } catch (error) {
        health.failed(error);
        return false;
      }
    },
    async ready() {
      if (redis.status !== 'ready') await once(redis, 'ready');
    },
    async close() {
      redis.removeAllListeners('error');
      redis.on('error', () => {});
      try {
        if (redis.status === 'ready') await redis.quit();
      } catch {
        // Gone already: nothing to say goodbye to.
      }
      redis.disconnect();
    },
  };
}
