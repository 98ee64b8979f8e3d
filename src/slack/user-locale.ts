/**
 * A Slack user's locale, read with users.info (include_locale): one form POST and its JSON
 * reply, through undici's `request`. Not through Bolt's WebClient: every new user asks this
 * once, and the client's fetch, retry and queue machinery cost about three times the CPU and
 * twice the garbage of the call itself (measured over 6,000 new users), which a burst of new
 * users paid in peak memory. No retries: a failure is answered in LOCALE and asked again later.
 */
import { request } from 'undici';
import { z } from 'zod';
import type { LookupPause } from './locale.js';

/** What we read of users.info's reply; Slack sends much more. */
const UsersInfoReply = z.object({
  ok: z.boolean(),
  error: z.string().optional(),
  user: z.object({ locale: z.string().optional() }).optional(),
});

export interface UserLocaleLookupOptions {
  /** The Web API base, with its trailing slash (https://slack.com/api/). */
  apiUrl: string;
  botToken: string;
  /** How long Slack may take to send the reply's headers, and then its body. */
  timeoutMs: number;
}

/** Slack refused users.info for a while (HTTP 429): no lookup is worth making before `retryAfterMs` has passed. */
export class UsersInfoRateLimited extends Error implements LookupPause {
  constructor(readonly retryAfterMs: number) {
    super(`users.info: rate limited for ${retryAfterMs} ms`);
    this.name = 'UsersInfoRateLimited';
  }
}

/** Slack always sends Retry-After with a 429; without one (or an unreadable one), a minute. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

function retryAfterMs(header: string | string[] | undefined): number {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS;
}

/** `lookup(userId)`: the user's locale (`pt-BR`), undefined when Slack does not say; rejects on any failure. */
export function userLocaleLookup(options: UserLocaleLookupOptions): (userId: string) => Promise<string | undefined> {
  const url = new URL('users.info', options.apiUrl);
  const headers = {
    authorization: `Bearer ${options.botToken}`,
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
  };
  return async (userId) => {
    const {
      statusCode,
      headers: replied,
      body,
    } = await request(url, {
      method: 'POST',
      headers,
      body: new URLSearchParams({ user: userId, include_locale: 'true' }).toString(),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    if (statusCode !== 200) {
      await body.dump();
      if (statusCode === 429) throw new UsersInfoRateLimited(retryAfterMs(replied['retry-after']));
      throw new Error(`users.info: HTTP ${statusCode}`);
    }
    const reply = UsersInfoReply.parse(await body.json());
    if (!reply.ok) throw new Error(`users.info: ${reply.error ?? 'not ok'}`);
    return reply.user?.locale;
  };
}
