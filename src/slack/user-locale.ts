/**
 * A Slack user's locale, read with users.info (include_locale): one form POST and its JSON
 * reply, through undici's `request`. Not through Bolt's WebClient: every new user asks this
 * once, and the client's fetch, retry and queue machinery cost about three times the CPU and
 * twice the garbage of the call itself (measured over 6,000 new users), which a burst of new
 * users paid in peak memory. No retries: a failure is answered in LOCALE and asked again later.
 */
import { request } from 'undici';
import { z } from 'zod';

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

/** `lookup(userId)`: the user's locale (`pt-BR`), undefined when Slack does not say; rejects on any failure. */
export function userLocaleLookup(options: UserLocaleLookupOptions): (userId: string) => Promise<string | undefined> {
  const url = new URL('users.info', options.apiUrl);
  const headers = {
    authorization: `Bearer ${options.botToken}`,
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
  };
  return async (userId) => {
    const { statusCode, body } = await request(url, {
      method: 'POST',
      headers,
      body: new URLSearchParams({ user: userId, include_locale: 'true' }).toString(),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    if (statusCode !== 200) {
      await body.dump();
      throw new Error(`users.info: HTTP ${statusCode}`);
    }
    const reply = UsersInfoReply.parse(await body.json());
    if (!reply.ok) throw new Error(`users.info: ${reply.error ?? 'not ok'}`);
    return reply.user?.locale;
  };
}
