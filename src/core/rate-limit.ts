/**
 * Per-user token buckets: each user may ask `capacity` questions at once, refilled
 * continuously at `capacity` per `windowMs`. One limiter serves every adapter in the
 * process, so a user can't double their allowance by switching transport.
 */
export interface RateLimiter {
  /** Takes one token for `key`; false when the bucket is empty. */
  take(key: string): boolean;
  /** Seconds until `key` has a token again (0 when it has one now). */
  retryAfterSeconds(key: string): number;
  /** How many buckets are tracked (for tests and metrics). */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Above this many tracked users, full buckets are forgotten so memory stays bounded. */
const PRUNE_ABOVE = 10_000;

export function createRateLimiter(options: { capacity: number; windowMs: number; now?: () => number }): RateLimiter {
  const { capacity, windowMs } = options;
  const now = options.now ?? (() => performance.now());
  const perMs = capacity / windowMs;
  const buckets = new Map<string, Bucket>();

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
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (t - bucket.updatedMs) * perMs >= capacity) buckets.delete(key);
    }
  }

  return {
    take(key) {
      prune();
      const bucket = refill(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    retryAfterSeconds(key) {
      const bucket = refill(key);
      return bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
    get size() {
      return buckets.size;
    },
  };
}
