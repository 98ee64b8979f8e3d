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
}

interface Bucket {
  tokens: number;
  updatedMs: number;
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
  const buckets = new Map<string, Bucket>();
  const sweepEveryMs = Math.min(SWEEP_EVERY_MS, windowMs);
  let nextSweepMs = Number.NEGATIVE_INFINITY;
  let sweeps = 0;

  function refill(key: string): Bucket {
    const t = now();
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: capacity, updatedMs: t };
      buckets.set(key, bucket);
      return bucket;
    }
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

  const waitSeconds = (bucket: Bucket) => (bucket.tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)));

  return {
    take(key) {
      prune();
      const bucket = refill(key);
      if (bucket.tokens < 1) return { allowed: false, retryAfterSeconds: waitSeconds(bucket) };
      bucket.tokens -= 1;
      return ALLOWED;
    },
    retryAfterSeconds(key) {
      return waitSeconds(refill(key));
    },
    get size() {
      return buckets.size;
    },
    get sweeps() {
      return sweeps;
    },
  };
}
