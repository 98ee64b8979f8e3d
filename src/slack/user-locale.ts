/**
 * A Slack user's locale, read with users.info (include_locale): one form POST and its JSON
 * reply, through node:http/https with a keep-alive agent. Not through Bolt's WebClient: every
 * new user asks this once, and the client's fetch, retry and queue machinery cost about three
 * times the CPU and twice the garbage of the call itself (measured over 6,000 new users), which
 * a burst of new users paid in peak memory. Not through undici either: nothing else of an HTTP
 * server needs it, and loading it costs the process about 20 MB (4 MB beside Discord's own copy).
 * No retries: a failure is answered in LOCALE and asked again later; a 429 says when (its Retry-After).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
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
  const secure = url.protocol === 'https:';
  // Idle kept-alive sockets are unref'd by node's agent: they never hold a stopping process.
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const headers = {
    authorization: `Bearer ${options.botToken}`,
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
  };
  return async (userId) => {
    const body = new URLSearchParams({ user: userId, include_locale: 'true' }).toString();
    const { status, retryAfter, text } = await post(url, { ...headers, 'content-length': String(Buffer.byteLength(body)) }, body, {
      agent,
      secure,
      timeoutMs: options.timeoutMs,
    });
    if (status === 429) throw new UsersInfoRateLimited(retryAfterMs(retryAfter));
    if (status !== 200) throw new Error(`users.info: HTTP ${status}`);
    const reply = UsersInfoReply.parse(JSON.parse(text));
    if (!reply.ok) throw new Error(`users.info: ${reply.error ?? 'not ok'}`);
    return reply.user?.locale;
  };
}

/** A users.info reply is a few kilobytes; one far larger is not read to the end. */
const MAX_REPLY_BYTES = 1024 * 1024;

interface Posted {
  readonly status: number;
  readonly retryAfter: string | string[] | undefined;
  readonly text: string;
}

/** One POST and its whole reply; rejects when the socket stays silent for `timeoutMs` or the reply is too large. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  { agent, secure, timeoutMs }: { agent: HttpAgent; secure: boolean; timeoutMs: number },
): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(url, { method: 'POST', headers, agent }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_REPLY_BYTES) req.destroy(new Error('users.info: reply too large'));
        else chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`users.info: no reply in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
