/**
 * discord.js waits out Discord's rate limits and retries on its own, silently. Its only
 * per-limit hook is `rejectOnRateLimit`; used as a function that always says "don't reject",
 * it lets an operator see when and where the bot is being held back. The URL is not logged:
 * for interaction webhooks it contains the interaction token.
 */
import type { RateLimitData } from '@discordjs/rest';
import type { Logger } from '../core/log.js';

export function logRateLimits(logger: Logger): (data: RateLimitData) => boolean {
  return (data) => {
    logger.warn('discord_rate_limited', {
      route: data.route,
      method: data.method,
      retryAfterMs: Math.round(data.retryAfter),
      global: data.global,
      scope: data.scope,
    });
    return false;
  };
}
