/**
 * Slack users' languages: a slash command or a message says who asked, not in which language,
 * so the user's locale is read with `users.info` (`include_locale`) and remembered per
 * workspace and user, in a bounded cache that forgets after a while (people change their
 * language). A failed lookup answers in LOCALE (or the language known before) and is retried after a
 * shorter pause; a lookup refused for a while (Slack's 429) stops every lookup until Retry-After has
 * passed, since a burst of new users would otherwise spend one refused call each. Lookups for the
 * same user at once share one call.
 *
 * A lookup never holds an answer long: a user not known yet waits for Slack at most `waitMs`
 * (then is answered in LOCALE while the lookup goes on, and is known next time), and a user
 * known from before is answered at once in the language remembered while an expired entry is
 * read again in the background.
 */
import { LRUCache } from 'lru-cache';

export interface UserLocales {
  /** The user's locale (`pt-BR`), or undefined when Slack did not say (yet). Never rejects. */
  of(teamId: string | undefined, userId: string): Promise<string | undefined>;
  /**
   * What `of` would answer at once for a user known and fresh (the usual case), without a promise to wait
   * for; undefined when `of` must be asked (a new user, an expired entry).
   */
  known(teamId: string | undefined, userId: string): { readonly locale: string | undefined } | undefined;
}

export interface UserLocaleOptions {
  /** Users remembered at once. */
  max?: number;
  /** How long a user's locale is trusted before it is read again. */
  ttlMs?: number;
  /** How long a failed lookup is remembered before asking again. */
  failureTtlMs?: number;
  /** How long an answer to a user not known yet waits for Slack. */
  waitMs?: number;
  /** The clock the ages are read on (tests move it); default performance.now. */
  now?: () => number;
}

/** Slack usually answers users.info in well under this; a slower answer is not worth holding a reply for. */
export const LOCALE_WAIT_MS = 200;

const FRESH_ONLY = { allowStale: false } as const;
const STALE_TOO = { allowStale: true } as const;

/** What a lookup throws when Slack says to wait (users.info's 429): no lookup is made for `retryAfterMs`. */
export interface LookupPause {
  readonly retryAfterMs: number;
}

const pauseOf = (error: unknown): number | undefined => {
  const ms = (error as Partial<LookupPause> | null)?.retryAfterMs;
  return typeof ms === 'number' && ms > 0 ? ms : undefined;
};

/** `lookup` asks Slack (users.info with include_locale) and may throw (a `LookupPause` to be left alone a while). */
export function createUserLocales(lookup: (userId: string) => Promise<string | undefined>, options: UserLocaleOptions = {}): UserLocales {
  const failureTtl = options.failureTtlMs ?? 5 * 60 * 1000;
  const waitMs = options.waitMs ?? LOCALE_WAIT_MS;
  const now = options.now ?? (() => performance.now());
  /** Until when Slack asked not to be asked (on `now`'s clock). */
  let pausedUntil = 0;
  // lru-cache's fetch shares one lookup among concurrent askers and, with allowStale, serves an
  // expired entry while it reads the user again.
  const cache = new LRUCache<string, { locale: string | undefined }, string>({
    max: options.max ?? 10_000,
    ttl: options.ttlMs ?? 60 * 60 * 1000,
    allowStale: true,
    noDeleteOnStaleGet: true,
    // A clock of its own is read on every look-up (no caching of "now" between timer ticks).
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
    // A failure keeps the language known before, if any, for a shorter while.
    fetchMethod: async (_key, stale, { options: set, context: userId }) => {
      const paused = pausedUntil - now();
      if (paused > 0) {
        set.ttl = Math.ceil(paused);
        return stale ?? { locale: undefined };
      }
      try {
        const locale = await lookup(userId);
        return { locale: typeof locale === 'string' ? locale : undefined };
      } catch (error) {
        const pause = pauseOf(error);
        if (pause !== undefined) pausedUntil = Math.max(pausedUntil, now() + pause);
        set.ttl = pause === undefined ? failureTtl : Math.ceil(pause);
        return stale ?? { locale: undefined };
      }
    },
  });
  const keyOf = (teamId: string | undefined, userId: string) => `${teamId ?? ''}:${userId}`;
  return {
    known(teamId, userId) {
      return cache.get(keyOf(teamId, userId), FRESH_ONLY);
    },
    of(teamId, userId) {
      const key = keyOf(teamId, userId);
      // Known and fresh: the usual case, answered without fetch's promises (nor a status object per look-up).
      const fresh = cache.get(key, FRESH_ONLY);
      if (fresh !== undefined) return Promise.resolve(fresh.locale);
      // Known, even if expired: answered at once (fetch reads an expired entry again in the background).
      const known = cache.peek(key, STALE_TOO) !== undefined;
      const fetched = cache.fetch(key, { context: userId }).then(
        (entry) => entry?.locale,
        () => undefined,
      );
      if (known || waitMs <= 0) return fetched;
      // A plain timer, cleared once the lookup ends: aborting a timers/promises sleep makes an
      // AbortError (a DOMException with its stack) for every new user.
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<undefined>((resolve) => {
        timer = setTimeout(resolve, waitMs, undefined);
        timer.unref();
      });
      return Promise.race([fetched, waited]).finally(() => clearTimeout(timer));
    },
  };
}
