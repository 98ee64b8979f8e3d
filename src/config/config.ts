/**
 * The settings every entry point shares, read once from the environment (and an optional
 * .env file) and validated by one zod schema. A platform's own variables (SLACK_*,
 * DISCORD_*, WEB*) are declared in its folder and validated with these in the same run (see
 * src/app/platforms.ts), so a bad or half-set configuration fails at start with one
 * ConfigError naming every variable at fault, before any adapter connects anywhere.
 */
import { z } from 'zod';
import { catalogues } from '../i18n/catalogue.js';
import { bool, httpUrl, int, optionalText, settingsGroup, textWithDefault, type Env, urlOf } from './fields.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

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

/** redis://[user:password@]host[:port][/db] or rediss:// (TLS). */
const redisUrl = z
  .string()
  .optional()
  .transform((v, ctx): string | undefined => {
    const value = (v ?? '').trim();
    if (value === '') return undefined;
    if (!urlOf(value, ['redis:', 'rediss:'])?.hostname) {
      // Not echoed back: the value may hold a password.
      ctx.addIssue({ code: 'custom', message: 'must be a Redis URL such as redis://127.0.0.1:6379 or rediss://user:password@host:6380/0' });
      return z.NEVER;
    }
    return value;
  });

/** A language the bot has a catalogue for (`pt-BR`, `pt_BR`, `en`), as the catalogue's own tag. */
const locale = z
  .string()
  .optional()
  .transform((v, ctx): string => {
    const value = (v ?? '').trim();
    if (value === '') return 'en';
    if (catalogues.supports(value)) return catalogues.resolve(value);
    ctx.addIssue({ code: 'custom', message: `must be one of ${catalogues.locales().join(', ')}, not ${JSON.stringify(v)}` });
    return z.NEVER;
  });

/**
 * A stop within 5 s, the usual grace before a process manager kills: requests already received
 * get 3.5 s (Bolt waits up to 3 s for an acknowledgement), and whatever is still stopping at
 * 4.8 s is abandoned.
 */
export const DEFAULT_SHUTDOWN = { drainMs: 3_500, timeoutMs: 4_800 } as const;

export const envSchema = z.object({
  RESUME_FILE: textWithDefault('data/resume.json'),
  RESUME_DIR: optionalText,
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
  HTTP_REQUEST_TIMEOUT_MS: int(5_000, 100, 600_000),
  SHUTDOWN_DRAIN_MS: int(DEFAULT_SHUTDOWN.drainMs, 0, 600_000),
  SHUTDOWN_TIMEOUT_MS: int(DEFAULT_SHUTDOWN.timeoutMs, 1, 600_000),
  REDIS_URL: redisUrl,
  REDIS_COMMAND_TIMEOUT_MS: int(250, 1, 60_000),
  PUBLIC_URL: httpUrl('https://bot.example.com'),
  LOCALE: locale,
});

type Values = z.infer<typeof envSchema>;

export interface Config {
  resumeFile: string;
  /** RESUME_DIR: a folder of résumés, one person each; null serves RESUME_FILE alone. */
  resumeDir: string | null;
  aliasesFile: string;
  reload: boolean;
  privateFields: string[];
  maxQueryLength: number;
  rateLimit: { requests: number; windowSeconds: number };
  logLevel: Values['LOG_LEVEL'];
  host: string;
  port: number;
  /** HTTP_REQUEST_TIMEOUT_MS: a request's headers, and then its whole body, must arrive within this (408 after). */
  requestTimeoutMs: number;
  /**
   * SHUTDOWN_DRAIN_MS: how long requests already received get to be answered once stopping, before
   * connections still open are closed. SHUTDOWN_TIMEOUT_MS: the process exits by then, stopped or not.
   */
  shutdown: { drainMs: number; timeoutMs: number };
  /** REDIS_URL: rate limits, Slack event ids and shares kept in Redis, shared by every process. Null: in process. */
  redisUrl: string | null;
  /** REDIS_COMMAND_TIMEOUT_MS: a Redis command not answered by then counts as Redis being unavailable (the question goes on without it). */
  redisCommandTimeoutMs: number;
  /** The bot's public base URL, no trailing slash: Slack image blocks and absolute links in link previews. */
  publicUrl?: string;
  /** LOCALE: the language of answers where the platform names none (the console, the CLI, the web page). */
  locale: string;
}

/** Platforms still finishing their work (replies being sent) are abandoned this long before the shutdown timeout, so the process exits by itself. */
export const platformStopMs = (shutdown: Config['shutdown']): number => Math.max(0, shutdown.timeoutMs - 800);

/** The drain must end before the process gives up on stopping, or every stop with a request in flight ends as a timeout. */
function shutdownOrder(shutdown: { SHUTDOWN_DRAIN_MS: number; SHUTDOWN_TIMEOUT_MS: number }): string[] {
  const { SHUTDOWN_DRAIN_MS: drain, SHUTDOWN_TIMEOUT_MS: timeout } = shutdown;
  if (drain < timeout) return [];
  return [
    `SHUTDOWN_DRAIN_MS (${drain}) must be shorter than SHUTDOWN_TIMEOUT_MS (${timeout}): the drain must end before the process gives up on stopping`,
  ];
}

/** The shared settings as a group, validated with the platforms' own in one run. */
export const baseSettings = settingsGroup(
  envSchema.shape,
  (env): Config => ({
    resumeFile: env.RESUME_FILE,
    resumeDir: env.RESUME_DIR ?? null,
    aliasesFile: env.ALIASES_FILE,
    reload: env.RESUME_RELOAD,
    privateFields: env.PRIVATE_FIELDS,
    maxQueryLength: env.MAX_QUERY_LENGTH,
    rateLimit: { requests: env.RATE_LIMIT_REQUESTS, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS },
    logLevel: env.LOG_LEVEL,
    host: env.HOST,
    port: env.PORT,
    requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    shutdown: { drainMs: env.SHUTDOWN_DRAIN_MS, timeoutMs: env.SHUTDOWN_TIMEOUT_MS },
    redisUrl: env.REDIS_URL ?? null,
    redisCommandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
    publicUrl: env.PUBLIC_URL,
    locale: env.LOCALE,
  }),
  {
    // One person or a directory: both at once would leave it to chance which one is served.
    check: (raw) =>
      raw.RESUME_FILE && raw.RESUME_DIR
        ? ['RESUME_FILE and RESUME_DIR are both set: set RESUME_FILE for one résumé or RESUME_DIR for a folder of them, not both']
        : [],
    refine: shutdownOrder,
  },
);

/** Validates the shared settings of an environment (process.env after dotenv, or a test's own object). */
export function loadConfig(source: Env): Config {
  const read = baseSettings.read(source);
  if (!read.ok) throw new ConfigError(read.problems);
  return read.settings;
}
