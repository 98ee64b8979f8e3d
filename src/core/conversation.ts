/**
 * What each conversation remembers between questions (the previous answer's reference),
 * per platform, conversation and user, so it never crosses between users even in a shared
 * channel. Forgotten after 15 idle minutes; at most `max` conversations in memory, the least
 * recently active going first. With a shared store (REDIS_URL) it is kept there too: behind a
 * load balancer the next message of a thread may reach another process, which must see the
 * same context. The shared store answers as empty when it cannot be reached; the process's
 * own memory is the fallback then.
 */
import { LRUCache } from 'lru-cache';
import type { Match } from '../model/answer.js';
import type { AnswerReference, ConversationContext } from '../model/conversation.js';
import type { SharedValues } from './shared.js';

export const CONVERSATION_IDLE_SECONDS = 15 * 60;

export interface ConversationStore {
  get(key: string): ConversationContext | undefined | Promise<ConversationContext | undefined>;
  set(key: string, context: ConversationContext): void | Promise<void>;
  /** Conversations held in this process's memory. */
  readonly size: number;
}

export interface ConversationStoreOptions {
  /** Conversations kept in memory at most. */
  max?: number;
  idleSeconds?: number;
  shared?: SharedValues;
  /** Milliseconds clock (tests). */
  now?: () => number;
}

const isMatch = (m: unknown): m is Match =>
  typeof m === 'object' &&
  m !== null &&
  'section' in m &&
  'id' in m &&
  'title' in m &&
  typeof m.id === 'string' &&
  typeof m.title === 'string';

/** A context read back from the shared store, checked (a value from another version of the bot may differ). */
export function readContext(text: string): ConversationContext | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const previous = 'previous' in value ? value.previous : undefined;
    const person = 'person' in value && typeof value.person === 'string' ? value.person : undefined;
    let reference: AnswerReference | undefined;
    if (typeof previous === 'object' && previous !== null && 'command' in previous && 'query' in previous && 'matches' in previous) {
      const { command, query, matches } = previous;
      if (typeof command === 'string' && typeof query === 'string' && Array.isArray(matches) && matches.every(isMatch))
        reference = { command, query, matches };
    }
    return { ...(reference ? { previous: reference } : {}), ...(person ? { person } : {}) };
  } catch {
    return undefined;
  }
}

export function createConversationStore(options: ConversationStoreOptions = {}): ConversationStore {
  const idleSeconds = options.idleSeconds ?? CONVERSATION_IDLE_SECONDS;
  // Made on the first conversation: the cache sets aside room for all `max` at once, which a
  // one-shot CLI question or a process that only gets slash commands would pay for nothing.
  let memory: LRUCache<string, ConversationContext> | undefined;
  const remembered = () =>
    (memory ??= new LRUCache<string, ConversationContext>({
      max: options.max ?? 10_000,
      ttl: idleSeconds * 1000,
      ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
    }));
  const { shared } = options;
  const namespaced = (key: string) => `conversation:${key}`;
  return {
    get(key) {
      if (!shared) return memory?.get(key);
      return shared.get(namespaced(key)).then((text) => (text === undefined ? memory?.get(key) : readContext(text)));
    },
    set(key, context) {
      remembered().set(key, context);
      if (shared) return shared.set(namespaced(key), JSON.stringify(context), idleSeconds).then(() => undefined);
    },
    get size() {
      return memory?.size ?? 0;
    },
  };
}
