/**
 * State that every process of one bot must agree on when several run behind a load balancer
 * (REDIS_URL): who has seen an event already, and small values such as a share button's
 * question. The implementations (../store/redis.ts) never reject: a store that cannot be
 * reached answers as if it were empty, so the bot keeps answering without it.
 */

/** First-comer wins: claim(key) is true for exactly one caller across the processes, until ttl. */
export interface SharedClaims {
  /** True when this call claimed `key` (no process had it); also true when the store cannot be reached. */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
}

/** What the platforms share across processes (REDIS_URL). */
export interface SharedState {
  claims: SharedClaims;
  values: SharedValues;
}

/** Small values every process can read back. */
export interface SharedValues {
  /** Stores `value` under `key` for `ttlSeconds`; false when the store could not be reached. */
  set(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /** The value, or undefined when there is none (or the store cannot be reached). */
  get(key: string): Promise<string | undefined>;
}
