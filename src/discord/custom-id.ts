/**
 * The "Share in channel" button carries the question it answers in its custom_id, so a
 * click can be answered by any process (gateway or HTTP interactions behind a load
 * balancer) by asking the same question again: `share:<command>:<query>`. A question too
 * long for Discord's 100-character custom_id is kept in a small in-process table instead
 * (`share#<key>`), and with REDIS_URL in Redis too for a day, so that another process (or this
 * one after a restart) can answer the click; when no process has it, the click gets a polite
 * "ask again".
 */
import { randomBytes } from 'node:crypto';
import type { SharedValues } from '../core/shared.js';
import type { AnswerRoute } from '../model/answer.js';
import { LIMITS } from './limits.js';

export interface ShareRoute {
  command: string;
  query: string;
}

const INLINE_PREFIX = 'share:';
const STORED_PREFIX = 'share#';

export interface ShareStore {
  put(route: ShareRoute): Promise<string>;
  get(key: string): Promise<ShareRoute | undefined>;
  /** Routes kept in this process. */
  readonly size: number;
}

/** How long a stored share is kept in the shared store: an ephemeral answer stays on screen for hours. */
export const SHARED_TTL_SECONDS = 24 * 60 * 60;

/** A route read back from the shared store, or undefined when it is not one of ours. */
function parseRoute(text: string | undefined): ShareRoute | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ShareRoute> | null;
    return typeof value?.command === 'string' && typeof value.query === 'string'
      ? { command: value.command, query: value.query }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A bounded table of routes too long to inline; the oldest entries go first. With `shared`
 * (Redis), each route is also written there, and a key this process does not have is looked up there.
 */
export function createShareStore(capacity = 1000, shared?: SharedValues): ShareStore {
  const entries = new Map<string, ShareRoute>();
  return {
    async put(route) {
      const key = randomBytes(9).toString('base64url');
      entries.set(key, route);
      while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      // Written before the button is shown, so a click on any process finds it. Not stored (Redis
      // down): this process still has it.
      if (shared) await shared.set(`discord-share:${key}`, JSON.stringify(route), SHARED_TTL_SECONDS);
      return key;
    },
    async get(key) {
      return entries.get(key) ?? (shared ? parseRoute(await shared.get(`discord-share:${key}`)) : undefined);
    },
    get size() {
      return entries.size;
    },
  };
}

/** The custom_id for a share button that re-asks `route`; always 1-100 characters. */
export async function shareCustomId(route: AnswerRoute & { command: string }, store: ShareStore): Promise<string> {
  const inline = `${INLINE_PREFIX}${route.command}:${route.query}`;
  if (inline.length <= LIMITS.customId) return inline;
  return `${STORED_PREFIX}${await store.put({ command: route.command, query: route.query })}`;
}

export type ParsedCustomId =
  | { action: 'share'; route: ShareRoute }
  /** A stored share whose entry this process no longer has (restart, another replica, evicted). */
  | { action: 'expired' }
  | { action: 'unknown' };

export async function parseCustomId(customId: string, store: ShareStore): Promise<ParsedCustomId> {
  if (customId.startsWith(INLINE_PREFIX)) {
    const rest = customId.slice(INLINE_PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon > 0) return { action: 'share', route: { command: rest.slice(0, colon), query: rest.slice(colon + 1) } };
    return { action: 'unknown' };
  }
  if (customId.startsWith(STORED_PREFIX)) {
    // Keys are ours (base64url, 12 characters): anything else is not worth a round trip to the store.
    const key = customId.slice(STORED_PREFIX.length);
    if (!/^[\w-]{1,32}$/.test(key)) return { action: 'expired' };
    const route = await store.get(key);
    return route ? { action: 'share', route } : { action: 'expired' };
  }
  return { action: 'unknown' };
}
