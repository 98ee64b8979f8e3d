/**
 * Slack users' languages: a slash command or a message says who asked, not in which language,
 * so the user's locale is read once with `users.info` (`include_locale`) and remembered per
 * workspace and user, in a bounded cache that forgets after a while (people change their
 * language). A failed lookup answers in LOCALE and is retried after a shorter pause; lookups
 * for the same user at once share one call.
 */
import { LRUCache } from 'lru-cache';

export interface UserLocales {
  /** The user's locale (`pt-BR`), or undefined when Slack did not say. Never rejects. */
  of(teamId: string | undefined, userId: string): Promise<string | undefined>;
}

export interface UserLocaleOptions {
  /** Users remembered at once. */
  max?: number;
  /** How long a user's locale is trusted. */
  ttlMs?: number;
  /** How long a failed lookup is remembered before asking again. */
  failureTtlMs?: number;
  /** The clock the ages are read on (tests move it); default performance.now. */
  now?: () => number;
}

/** `lookup` asks Slack (users.info with include_locale) and may throw. */
export function createUserLocales(lookup: (userId: string) => Promise<string | undefined>, options: UserLocaleOptions = {}): UserLocales {
  const ttl = options.ttlMs ?? 60 * 60 * 1000;
  const cache = new LRUCache<string, { locale: string | undefined }>({
    max: options.max ?? 10_000,
    ttl,
    // A clock of its own is read on every look-up (no caching of "now" between timer ticks).
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });
  const pending = new Map<string, Promise<string | undefined>>();
  return {
    of(teamId, userId) {
      const key = `${teamId ?? ''}:${userId}`;
      const known = cache.get(key);
      if (known) return Promise.resolve(known.locale);
      const running = pending.get(key);
      if (running) return running;
      const asked = lookup(userId).then(
        (locale) => {
          cache.set(key, { locale: typeof locale === 'string' ? locale : undefined });
          return typeof locale === 'string' ? locale : undefined;
        },
        () => {
          cache.set(key, { locale: undefined }, { ttl: options.failureTtlMs ?? 5 * 60 * 1000 });
          return undefined;
        },
      );
      pending.set(key, asked);
      return asked.finally(() => pending.delete(key));
    },
  };
}
