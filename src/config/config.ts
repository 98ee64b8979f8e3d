/**
 * Every setting, read once from the environment (and an optional .env file), validated by
 * one zod schema. A bad or half-set configuration fails at start with a ConfigError that
 * names the variable, before any adapter connects anywhere.
 */
import { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** A setting whose empty value (`NAME=` in .env) means "use the default". */
const textWithDefault = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : fallback));

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx): boolean => {
      const value = (v ?? '').trim().toLowerCase();
      if (value === '') return fallback;
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false (or 1/0, yes/no, on/off), not ${JSON.stringify(v)}` });
      return z.NEVER;
    });

/** A whole number in [min, max]; only decimal digits (no "0x10", "1e3" or "80.5"). */
const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx): number => {
      const value = (v ?? '').trim();
      if (value === '') return fallback;
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}` });
      return z.NEVER;
    });

/** An http(s) base URL; trailing slashes are dropped (both SDKs add their own). */
const httpUrl = (example: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx): string | undefined => {
      const value = (v ?? '').trim();
      if (value === '') return undefined;
      let parsed: URL | null = null;
      try {
        parsed = new URL(value);
      } catch {
        parsed = null;
      }
      if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
        ctx.addIssue({ code: 'custom', message: `must be an http(s) URL such as ${example}, not ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return value.replace(/\/+$/, '');
    });

/** redis://[user:password@]host[:port][/db] or rediss:// (TLS). */
const redisUrl = z
  .string()
  .optional()
  .transform((v, ctx): string | undefined => {
    const value = (v ?? '').trim();
    if (value === '') return undefined;
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || !parsed.hostname) {
      // Not echoed back: the value may hold a password.
      ctx.addIssue({ code: 'custom', message: 'must be a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@host:6380/0' });
      return z.NEVER;
    }
    return value;
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

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type ConfigLogLevel = (typeof LOG_LEVELS)[number];

const logLevel = z
  .string()
  .optional()
  .transform((v, ctx): ConfigLogLevel => {
    const value = (v ?? '').trim().toLowerCase();
    if (value === '') return 'info';
    if ((LOG_LEVELS as readonly string[]).includes(value)) return value as ConfigLogLevel;
    ctx.addIssue({ code: 'custom', message: `must be one of ${LOG_LEVELS.join(', ')}, not ${JSON.stringify(v)}` });
    return z.NEVER;
  });

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

export const envSchema = z.object({
  RESUME_FILE: textWithDefault('data/resume.json'),
  ALIASES_FILE: textWithDefault('data/aliases.json'),
  RESUME_RELOAD: bool(true),
  /** Unset: the phone number and the references (third parties' words) are private. Set but empty: nothing is. */
  PRIVATE_FIELDS: z
    .string()
    .default('basics.phone,references')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  MAX_QUERY_LENGTH: int(300, 10, 3000),
  RATE_LIMIT_REQUESTS: int(10, 1, 100_000),
  RATE_LIMIT_WINDOW_SECONDS: int(10, 1, 86_400),
  LOG_LEVEL: logLevel,
  HOST: textWithDefault('0.0.0.0'),
  PORT: int(3000, 0, 65_535),
  REDIS_URL: redisUrl,

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: httpUrl('https://slack.com/api/'),
  SLACK_ALLOWED_TEAMS: list,

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_PUBLIC_KEY: optionalText,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: httpUrl('https://discord.com/api'),
  DISCORD_ALLOWED_GUILDS: list,

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
  PUBLIC_URL: httpUrl('https://bot.example.com'),
  WEB_RATE_LIMIT_PER_MINUTE: int(120, 1, 1_000_000),
  DISCORD_SHARDS: shards,
  WEB_TRUST_PROXY: bool(false),
});

type Env = z.infer<typeof envSchema>;

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Set: Socket Mode. Unset: HTTP mode on PORT. */
  appToken?: string;
  apiUrl?: string;
  allowedTeams: string[];
}

export interface DiscordConfig {
  /** Gateway connection (discord.js Client); needs a bot token. */
  token?: string;
  applicationId?: string;
  /** Set: also answer HTTP interactions at POST /discord/interactions. */
  publicKey?: string;
  guildId?: string;
  /** REST base, e.g. http://127.0.0.1:8080/api (discord.js appends /v10). */
  apiUrl?: string;
  allowedGuilds: string[];
  /** Gateway shards: "auto" (the default) asks Discord how many (GET /gateway/bot), a number fixes it. */
  shards?: 'auto' | number;
}

export interface WebConfig {
  /** true: always serve the page (the HTTP server starts even with no chat platform); false: never; auto: with the HTTP server. */
  page: boolean | 'auto';
  /** The bot's public base URL, no trailing slash: Slack image blocks and absolute links in link previews. */
  publicUrl?: string;
  /** Web requests per client address per minute. */
  requestsPerMinute: number;
  /** Behind one reverse proxy: the client address is the last X-Forwarded-For entry (the one the proxy added). */
  trustProxy: boolean;
}

export interface Config {
  resumeFile: string;
  aliasesFile: string;
  reload: boolean;
  privateFields: string[];
  maxQueryLength: number;
  rateLimit: { requests: number; windowSeconds: number };
  logLevel: Env['LOG_LEVEL'];
  host: string;
  port: number;
  /** REDIS_URL: rate limits, Slack event ids and shares kept in Redis, shared by every process. Null: in process. */
  redisUrl: string | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  web: WebConfig;
}

/** Cross-field rules: a token without its partner is a mistake worth stopping for. */
const PAIRED = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_PUBLIC_KEY',
  'DISCORD_GUILD_ID',
] as const;
type Paired = Record<(typeof PAIRED)[number], string | undefined>;

function checkPairs(env: Paired): string[] {
  const problems: string[] = [];
  const slackAny = env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN;
  if (slackAny) {
    if (!env.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN is missing: Slack settings are present but the bot token (xoxb-…) is not');
    if (!env.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET is missing: Slack needs it to verify every request');
  }
  if (env.SLACK_APP_TOKEN && !env.SLACK_APP_TOKEN.startsWith('xapp-'))
    problems.push('SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Socket Mode)');
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID)
    problems.push('DISCORD_APPLICATION_ID is missing: it is required with DISCORD_TOKEN');
  if (env.DISCORD_PUBLIC_KEY && !/^[0-9a-f]{64}$/i.test(env.DISCORD_PUBLIC_KEY))
    problems.push('DISCORD_PUBLIC_KEY must be the 64 hex characters shown on the application\'s General Information page');
  if (env.DISCORD_GUILD_ID && !env.DISCORD_TOKEN)
    problems.push('DISCORD_TOKEN is missing: DISCORD_GUILD_ID is set, but there is no bot token to register commands or connect with');
  if (env.DISCORD_APPLICATION_ID && !env.DISCORD_TOKEN && !env.DISCORD_PUBLIC_KEY)
    problems.push('DISCORD_TOKEN is missing: DISCORD_APPLICATION_ID is set, but neither DISCORD_TOKEN nor DISCORD_PUBLIC_KEY is');
  return problems;
}

/** Validates an environment (process.env after dotenv, or a test's own object). */
export function loadConfig(source: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(source);
  // The pairs are checked on the raw values too, so one run reports every problem at once.
  const paired = Object.fromEntries(PAIRED.map((name) => [name, source[name]?.trim() || undefined])) as Paired;
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)),
    ...checkPairs(paired),
  ];
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  const env = parsed.data;

  const slack: SlackConfig | null =
    env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET
      ? {
          botToken: env.SLACK_BOT_TOKEN,
          signingSecret: env.SLACK_SIGNING_SECRET,
          appToken: env.SLACK_APP_TOKEN,
          apiUrl: env.SLACK_API_URL,
          allowedTeams: env.SLACK_ALLOWED_TEAMS,
        }
      : null;
  const discord: DiscordConfig | null =
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
      : null;

  return {
    resumeFile: env.RESUME_FILE,
    aliasesFile: env.ALIASES_FILE,
    reload: env.RESUME_RELOAD,
    privateFields: env.PRIVATE_FIELDS,
    maxQueryLength: env.MAX_QUERY_LENGTH,
    rateLimit: { requests: env.RATE_LIMIT_REQUESTS, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS },
    logLevel: env.LOG_LEVEL,
    host: env.HOST,
    port: env.PORT,
    redisUrl: env.REDIS_URL ?? null,
    slack,
    discord,
    web: { page: env.WEB, publicUrl: env.PUBLIC_URL, requestsPerMinute: env.WEB_RATE_LIMIT_PER_MINUTE, trustProxy: env.WEB_TRUST_PROXY },
  };
}
