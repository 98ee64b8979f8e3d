/**
 * The "Share in channel" button carries the question it answers in its custom_id, so a
 * click can be answered by any process (gateway or HTTP interactions behind a load
 * balancer) by asking the same question again: `share:<command>:<query>`. A question too
 * long for Discord's 100-character custom_id is kept in a small in-process table instead
 * (`share#<key>`); if that process restarted, the click gets a polite "ask again".
 */
import { randomBytes } from 'node:crypto';
import type { AnswerRoute } from '../model/answer.js';
import { LIMITS } from './limits.js';

export interface ShareRoute {
  command: string;
  query: string;
}

const INLINE_PREFIX = 'share:';
const STORED_PREFIX = 'share#';

export interface ShareStore {
  put(route: ShareRoute): string;
  get(key: string): ShareRoute | undefined;
  readonly size: number;
}

/** A bounded table of routes too long to inline; the oldest entries go first. */
export function createShareStore(capacity = 1000): ShareStore {
  const entries = new Map<string, ShareRoute>();
  return {
    put(route) {
      const key = randomBytes(9).toString('base64url');
      entries.set(key, route);
      while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return key;
    },
    get: (key) => entries.get(key),
    get size() {
      return entries.size;
    },
  };
}

/** The custom_id for a share button that re-asks `route`; always 1-100 characters. */
export function shareCustomId(route: AnswerRoute & { command: string }, store: ShareStore): string {
  const inline = `${INLINE_PREFIX}${route.command}:${route.query}`;
  if (inline.length <= LIMITS.customId) return inline;
  return `${STORED_PREFIX}${store.put({ command: route.command, query: route.query })}`;
}

export type ParsedCustomId =
  | { action: 'share'; route: ShareRoute }
  /** A stored share whose entry this process no longer has (restart, another replica, evicted). */
  | { action: 'expired' }
  | { action: 'unknown' };

export function parseCustomId(customId: string, store: ShareStore): ParsedCustomId {
  if (customId.startsWith(INLINE_PREFIX)) {
    const rest = customId.slice(INLINE_PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon > 0) return { action: 'share', route: { command: rest.slice(0, colon), query: rest.slice(colon + 1) } };
    return { action: 'unknown' };
  }
  if (customId.startsWith(STORED_PREFIX)) {
    const route = store.get(customId.slice(STORED_PREFIX.length));
    return route ? { action: 'share', route } : { action: 'expired' };
  }
  return { action: 'unknown' };
}
