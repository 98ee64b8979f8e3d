/**
 * Deduplication of deliveries that a platform may send more than once (Slack resends an event
 * it got no 200 for within 3 s, with the same event_id). Remembered in process in a bounded
 * LRU with a time to live, and, with REDIS_URL, claimed in Redis so that a retry reaching
 * another process is recognised too.
 */
import { LRUCache } from 'lru-cache';
import type { SharedClaims } from './shared.js';

export interface Deduplicator {
  /**
   * True the first time `id` is seen, false for a repeat. Answered at once from memory when this
   * process saw it; otherwise asks the shared store when there is one.
   */
  first(id: string): boolean | Promise<boolean>;
  /** Ids remembered in this process (for tests and metrics). */
  readonly size: number;
}

export interface DeduplicatorOptions {
  /** How long an id is remembered. */
  ttlSeconds: number;
  /** At most this many ids in memory; the least recently seen go first. */
  max?: number;
  /** Claims shared by every process (Redis); absent: this process alone. */
  shared?: SharedClaims;
  /** Namespace of the ids in the shared store. */
  namespace?: string;
  /** Milliseconds clock (tests). */
  now?: () => number;
}

export function createDeduplicator(options: DeduplicatorOptions): Deduplicator {
  const seen = new LRUCache<string, true>({
    max: options.max ?? 10_000,
    ttl: options.ttlSeconds * 1000,
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });
  const { shared, ttlSeconds } = options;
  const prefix = options.namespace ? `${options.namespace}:` : '';
  return {
    first(id) {
      if (seen.has(id)) return false;
      seen.set(id, true);
      return shared ? shared.claim(`${prefix}${id}`, ttlSeconds) : true;
    },
    get size() {
      return seen.size;
    },
  };
}
