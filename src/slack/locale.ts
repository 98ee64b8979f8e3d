/**
 * Slack users' languages: a slash command or a message says who asked, not in which language,
 * so the user's locale is read with `users.info` (`include_locale`) and remembered per
 * workspace and user, in a bounded cache that forgets after a while (people change their
 * language). A failed lookup answers in LOCALE and is retried after a shorter pause; lookups
 * for the same user at once share one call.
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

/** `lookup` asks Slack (users.info with include_locale) and may throw. */
export function createUserLocales(lookup: (userId: string) => Promise<string | undefined>, options: UserLocaleOptions = {}): UserLocales {
  const failureTtl = options.failureTtlMs ?? 5 * 60 * 1000;
  const waitMs = options.waitMs ?? LOCALE_WAIT_MS;
  // lru-cache's fetch shares one lookup among concurrent askers and, with allowStale, serves an
  // expired entry while it reads the user again.
  const cache = new LRUCache<string, { locale: string | undefined }, string>({
    max: options.max ?? 10_000,
    ttl: options.ttlMs ?? 60 * 60 * 1000,
    allowStale: true,
    noDeleteOnStaleGet: true,
    // A clock of its own is read on every look-up (no caching of "now" between timer ticks).
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
    fetchMethod: async (_key, _stale, { options: set, context: userId }) => {
      try {
        const locale = await lookup(userId);
        return { locale: typeof locale === 'string' ? locale : undefined };
      } catch {
        set.ttl = failureTtl;
        return { locale: undefined };
      }
    },
  });
  return {
    of(teamId, userId) {
      const key = `${teamId ?? ''}:${userId}`;
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
