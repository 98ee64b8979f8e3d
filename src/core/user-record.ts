/**
 * What this process remembers of one asker in memory, found with one lookup per request: their
 * rate bucket, the contexts of their conversations and their language. Kept apart (a map of buckets, a cache of
 * conversations), each request looked the asker up twice, under two keys built for it, in two
 * large tables whose entries were cold by the time a user asked again. The in-process rate
 * limiter holds the records (pipelines sharing it share its users); with REDIS_URL, or a limiter
 * or conversation store of its own, the pipeline uses those instead.
 */
import { LRUCache } from 'lru-cache';
import type { ConversationContext } from '../model/conversation.js';
import { CONVERSATION_IDLE_SECONDS } from './conversation.js';

/** Users remembered at once: as many as the limiter and the conversation store tracked before. */
export const USERS_REMEMBERED = 10_000;
/** Conversations remembered per user (a channel, a DM, a thread each), the least recently told first forgotten. */
export const CONVERSATIONS_PER_USER = 8;

/** A user's rate bucket: tokens left (undefined before the first question), and when they were last counted (./rate-limit.ts). */
export interface Bucket {
  tokens: number | undefined;
  updatedMs: number;
}

interface Remembered {
  readonly context: ConversationContext;
  readonly toldMs: number;
}

/** Fields of its own rather than objects it points to: fewer cold objects to reach per request. */
export class UserRecord implements Bucket {
  tokens: number | undefined = undefined;
  updatedMs = 0;
  /** The conversation last told (most users have one), and any others, in the order last told. */
  private lastConversation: string | undefined = undefined;
  private lastContext: ConversationContext | undefined = undefined;
  private lastToldMs = 0;
  private conversations: Map<string, Remembered> | undefined = undefined;
  /** The user's language as their platform says it, read there, in which workspace, and until when it holds. */
  locale: string | undefined = undefined;
  private localeTenant: string | undefined = undefined;
  private localeFreshUntilMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number,
  ) {}

  /** Whether `locale` is this user's language in `tenant`, and still fresh. */
  speaksIn(tenant: string | undefined): boolean {
    return tenant === this.localeTenant && this.now() < this.localeFreshUntilMs;
  }

  /** Remembers the user's language in `tenant` for `freshForMs` (as long as the platform's own lookup trusts it). */
  learnLocale(tenant: string | undefined, locale: string | undefined, freshForMs: number): void {
    this.locale = locale;
    this.localeTenant = tenant;
    this.localeFreshUntilMs = this.now() + freshForMs;
  }

  /** The context of one of this user's conversations, unless it has been idle too long. */
  get(conversation: string): ConversationContext | undefined {
    if (conversation === this.lastConversation) {
      if (this.now() - this.lastToldMs <= this.idleMs) return this.lastContext;
      this.lastConversation = this.lastContext = undefined;
      return undefined;
    }
    const remembered = this.conversations?.get(conversation);
    if (remembered === undefined) return undefined;
    if (this.now() - remembered.toldMs > this.idleMs) {
      this.conversations!.delete(conversation);
      return undefined;
    }
    return remembered.context;
  }

  set(conversation: string, context: ConversationContext): void {
    const told = this.now();
    if (this.lastConversation === undefined || conversation === this.lastConversation) {
      this.lastConversation = conversation;
      this.lastContext = context;
      this.lastToldMs = told;
      return;
    }
    // Another conversation: the last one joins the others, and this one becomes the last.
    const conversations = (this.conversations ??= new Map());
    conversations.delete(this.lastConversation);
    conversations.set(this.lastConversation, { context: this.lastContext!, toldMs: this.lastToldMs });
    // Deleted first, so the map's order is the order last told in (its first is the least recent).
    conversations.delete(conversation);
    if (conversations.size >= CONVERSATIONS_PER_USER) conversations.delete(conversations.keys().next().value!);
    this.lastConversation = conversation;
    this.lastContext = context;
    this.lastToldMs = told;
  }
}

export interface UserRecords {
  /** The asker's record, made on their first question. */
  of(key: string): UserRecord;
  /** Users remembered. */
  readonly size: number;
}

export interface UserRecordsOptions {
  max?: number;
  idleSeconds?: number;
  /** Milliseconds clock (tests). */
  now?: () => number;
}

export function createUserRecords(options: UserRecordsOptions = {}): UserRecords {
  const idleMs = (options.idleSeconds ?? CONVERSATION_IDLE_SECONDS) * 1000;
  const now = options.now ?? (() => performance.now());
  // Made on the first asker: the cache sets aside room for all `max` at once.
  let records: LRUCache<string, UserRecord> | undefined;
  return {
    of(key) {
      records ??= new LRUCache<string, UserRecord>({ max: options.max ?? USERS_REMEMBERED });
      let record = records.get(key);
      if (record === undefined) {
        record = new UserRecord(idleMs, now);
        records.set(key, record);
      }
      return record;
    },
    get size() {
      return records?.size ?? 0;
    },
  };
}
