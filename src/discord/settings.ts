/**
 * Discord's variables, validated with every other setting at start: a bot token (the gateway)
 * or a public key (HTTP interactions) enables Discord; ids are checked for digits and the
 * variables that only make sense together are named when one is missing.
 */
import { z } from 'zod';
import { httpUrl, list, optionalText, settingsGroup } from '../config/fields.js';

export interface DiscordConfig {
  /** Gateway connection (discord.js Client); needs a bot token. */
  token?: string;
  applicationId?: string;
  /** Set: also answer HTTP interactions at POST /discord/interactions. */
  publicKey?: string;
  guildId?: string;
  /** REST base, e.g. http://127.0.0.1:8080/api (discord.js appends /v10). */
  apiUrl?: string;
  /** DISCORD_ALLOWED_GUILDS: the servers that may use the bot; empty: any. */
  allowedGuilds: string[];
  /** Gateway shards: "auto" (the default) asks Discord how many (GET /gateway/bot), a number fixes it. */
  shards?: 'auto' | number;
}

/** Discord ids (application, guild) are snowflakes: decimal digits. */
const snowflake = z
  .string()
  .optional()
  .transform((v, ctx): string | undefined => {
    const value = (v ?? '').trim();
    if (value === '') return undefined;
    if (/^\d+$/.test(value)) return value;
    ctx.addIssue({ code: 'custom', message: `must be a Discord id (digits only, e.g. 1234567890123456789), not ${JSON.stringify(v)}` });
    return z.NEVER;
  });

/** "auto" (Discord's recommendation from GET /gateway/bot) or a shard count. */
const shards = z
  .string()
  .optional()
  .transform((v, ctx): 'auto' | number => {
    const value = (v ?? '').trim().toLowerCase();
    if (value === '' || value === 'auto') return 'auto';
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(n) && n >= 1 && n <= 1000) return n;
    ctx.addIssue({ code: 'custom', message: `must be auto or a whole number of shards from 1 to 1000, not ${JSON.stringify(v)}` });
    return z.NEVER;
  });

/** Null when Discord is not configured (neither a token nor a public key): the app does not start it. */
export const discordSettings = settingsGroup(
  {
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_PUBLIC_KEY: optionalText,
    DISCORD_GUILD_ID: snowflake,
    DISCORD_API_URL: httpUrl('https://discord.com/api'),
    DISCORD_ALLOWED_GUILDS: list,
    DISCORD_SHARDS: shards,
  },
  (env): DiscordConfig | null =>
    env.DISCORD_TOKEN || env.DISCORD_PUBLIC_KEY
      ? {
          token: env.DISCORD_TOKEN,
          applicationId: env.DISCORD_APPLICATION_ID,
          publicKey: env.DISCORD_PUBLIC_KEY,
          guildId: env.DISCORD_GUILD_ID,
          apiUrl: env.DISCORD_API_URL,
          allowedGuilds: env.DISCORD_ALLOWED_GUILDS,
          shards: env.DISCORD_SHARDS,
        }
      : null,
  {
    module: import.meta.url,
    check: (raw) => {
      const problems: string[] = [];
      if (raw.DISCORD_TOKEN && !raw.DISCORD_APPLICATION_ID)
        problems.push('DISCORD_APPLICATION_ID is missing: it is required with DISCORD_TOKEN');
      if (raw.DISCORD_PUBLIC_KEY && !/^[0-9a-f]{64}$/i.test(raw.DISCORD_PUBLIC_KEY))
        problems.push("DISCORD_PUBLIC_KEY must be the 64 hex characters shown on the application's General Information page");
      if (raw.DISCORD_GUILD_ID && !raw.DISCORD_TOKEN)
        problems.push('DISCORD_TOKEN is missing: DISCORD_GUILD_ID is set, but there is no bot token to register commands or connect with');
      if (raw.DISCORD_APPLICATION_ID && !raw.DISCORD_TOKEN && !raw.DISCORD_PUBLIC_KEY)
        problems.push('DISCORD_TOKEN is missing: DISCORD_APPLICATION_ID is set, but neither DISCORD_TOKEN nor DISCORD_PUBLIC_KEY is');
      return problems;
    },
  },
);
