/** The web page's variables, validated with every other setting at start. */
import { z } from 'zod';
import { bool, FALSE, int, settingsGroup, TRUE } from '../config/fields.js';

export interface WebConfig {
  /** true: always serve the page (the HTTP server starts even with no chat platform); false: never; auto: with the HTTP server. */
  page: boolean | 'auto';
  /** Web requests per client address per minute. */
  requestsPerMinute: number;
  /** Behind one reverse proxy: the client address is the last X-Forwarded-For entry (the one the proxy added). */
  trustProxy: boolean;
}

export const webSettings = settingsGroup(
  {
    /** Unset: the page is served whenever the HTTP server runs for Slack or Discord. */
    WEB: z
      .string()
      .optional()
      .transform((v, ctx): boolean | 'auto' => {
        const value = (v ?? '').trim().toLowerCase();
        if (value === '' || value === 'auto') return 'auto';
        if (TRUE.includes(value)) return true;
        if (FALSE.includes(value)) return false;
        ctx.addIssue({ code: 'custom', message: `must be true, false or auto, not ${JSON.stringify(v)}` });
        return z.NEVER;
      }),
    WEB_RATE_LIMIT_PER_MINUTE: int(120, 1, 1_000_000),
    WEB_TRUST_PROXY: bool(false),
  },
  (env): WebConfig => ({ page: env.WEB, requestsPerMinute: env.WEB_RATE_LIMIT_PER_MINUTE, trustProxy: env.WEB_TRUST_PROXY }),
  { module: import.meta.url },
);
