/**
 * Per-user token buckets: each user may ask `capacity` questions at once, refilled
 * continuously at `capacity` per `windowMs`. One limiter serves every adapter in the
 * process, so a user can't double their allowance by switching transport; with REDIS_URL
 * the buckets live in Redis instead (../store/redis-rate-limit.ts), shared by every process.
 */

/** One question's verdict: allowed, or refused with the wait until the next token. */
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until a token is back (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /**
   * Takes one token for `key`. The in-process limiter decides at once; a shared one (Redis)
   * answers with a promise. Never rejects: a store that cannot be reached lets the question through.
   */
  take(key: string): RateDecision | Promise<RateDecision>;
}

import { createUserRecords, type Bucket, type UserRecords } from './user-record.js';

/** This limiter's own buckets, counted from the first question. */
interface Counted {
  tokens: number;
  updatedMs: number;
}

export const ALLOWED: RateDecision = Object.freeze({ allowed: true, retryAfterSeconds: 0 });

/** The in-process limiter: decides synchronously, and can be inspected. */
export interface MemoryRateLimiter extends RateLimiter {
  take(key: string): RateDecision;
  /** Seconds until `key` has a token again (0 when it has one now). */
  retryAfterSeconds(key: string): number;
  /** How many buckets are tracked (for tests and metrics). */
  readonly size: number;
  /** How many times the tracked buckets were swept for idle users (for tests and metrics). */
  readonly sweeps: number;
  /**
   * Takes one token from a bucket its holder keeps (a user's record), made full on the first question:
   * the same limit, without this limiter's own table of buckets.
   */
  takeFrom(holder: Bucket): RateDecision;
  /**
   * The process's users, whose records hold their buckets for `takeFrom`: every pipeline sharing this
   * limiter shares them, so a user's allowance is one across transports.
   */
  readonly users: UserRecords;
}

/** Above this many tracked users, full buckets are forgotten so memory stays bounded. */
const PRUNE_ABOVE = 10_000;
/**
 * At most one sweep per this many ms: with more users than PRUNE_ABOVE all still limited, a
 * sweep frees nothing, and sweeping on every request would cost a scan of them all each time.
 */
const SWEEP_EVERY_MS = 1000;

export function createRateLimiter(options: { capacity: number; windowMs: number; now?: () => number }): MemoryRateLimiter {
  const { capacity, windowMs } = options;
  const now = options.now ?? (() => performance.now());
  const perMs = capacity / windowMs;
  const buckets = new Map<string, Counted>();
  const sweepEveryMs = Math.min(SWEEP_EVERY_MS, windowMs);
  let nextSweepMs = Number.NEGATIVE_INFINITY;
  let sweeps = 0;
  const users = createUserRecords();

  function refill(key: string): Counted {
    const t = now();
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: capacity, updatedMs: t };
      buckets.set(key, bucket);
      return bucket;
    }
    return refilled(bucket, t);
  }

  function refilled(bucket: Counted, t: number): Counted {
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.updatedMs) * perMs);
    bucket.updatedMs = t;
    return bucket;
  }

  function prune(): void {
    if (buckets.size <= PRUNE_ABOVE) return;
    const t = now();
    if (t < nextSweepMs) return;
    nextSweepMs = t + sweepEveryMs;
    sweeps += 1;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (t - bucket.updatedMs) * perMs >= capacity) buckets.delete(key);
    }
  }

  const waitFor = (tokens: number) => (tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)));
  const waitSeconds = (bucket: Counted) => waitFor(bucket.tokens);

  function takeToken(bucket: Counted): RateDecision {
    if (bucket.tokens < 1) return { allowed: false, retryAfterSeconds: waitSeconds(bucket) };
    bucket.tokens -= 1;
    return ALLOWED;
  }

  return {
    take(key) {
      prune();
      return takeToken(refill(key));
    },
    takeFrom(holder) {
      const t = now();
      const tokens = holder.tokens === undefined ? capacity : Math.min(capacity, holder.tokens + (t - holder.updatedMs) * perMs);
      holder.updatedMs = t;
      if (tokens < 1) {
        holder.tokens = tokens;
        return { allowed: false, retryAfterSeconds: waitFor(tokens) };
      }
      holder.tokens = tokens - 1;
      return ALLOWED;
    },
    retryAfterSeconds(key) {
      return waitSeconds(refill(key));
    },
    get size() {
      return buckets.size;
    },
    users,
    get sweeps() {
      return sweeps;
    },
  };
}
