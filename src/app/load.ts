/**
 * Startup wiring shared by every entry point (server, console, CLI): settings, the résumé,
 * the alias table, the bot and its pipeline. Everything that can be wrong with the
 * configuration or the résumé is found here, before anything is answered, and reported
 * as one message that names the file, the JSON path and the problem.
 */
import { ConfigError, type Config } from '../config/config.js';
import type { LogLevel } from '../core/log.js';
import { createPipeline, type Pipeline, type PipelineOptions } from '../core/pipeline.js';
import { createRateLimiter, type RateLimiter } from '../core/rate-limit.js';
import type { ConversationStore } from '../core/conversation.js';
import type { Clock } from '../resume/dates.js';
import { loadResumeDir } from '../resume/directory.js';
import { loadResumeFile, ResumeFileError } from '../resume/load.js';
import { loadTranslations } from '../resume/translations.js';
import { loadAliasesFile } from '../query/aliases.js';
import { assemble, effectiveLogLevel } from './assemble.js';
import type { App } from './app.js';
import { withBundledDefaults, type Env } from './env.js';
import type { ConfiguredPlatform } from '../platform/contract.js';
import { loadSettings, PLATFORMS, serves } from './platforms.js';

export { settingsIndex } from './platforms.js';

export type { App } from './app.js';

export interface LoadAppOptions {
  env: Env;
  /**
   * Level used when LOG_LEVEL is not set. The server logs at info; the console and the CLI
   * pass 'warn' so that a request log line does not interleave with the conversation.
   */
  defaultLogLevel?: LogLevel | ((serves: boolean) => LogLevel);
  /** Where log lines go (stderr by default). */
  writeLog?: (line: string) => void;
  clock?: Clock;
  /** RESUME_DIR: index people when a question first needs them (the one-shot CLI), not at start. */
  indexOnDemand?: boolean;
  /** Answers one résumé keeps for the same words asked again (assemble's default when absent; 0: none). */
  rememberedAnswers?: number;
  /** Told whether the settings serve once they are read, before any résumé is: a server sets its V8 flags there (v8-flags.ts). */
  beforeResumes?: (serves: boolean) => void;
}

/** Throws ConfigError or ResumeFileError (see `startupErrorMessage`). */
export function loadApp(options: LoadAppOptions): App {
  const { config, platforms } = loadSettings(withBundledDefaults(options.env));
  const serving = serves(platforms);
  options.beforeResumes?.(serving);
  const folder = config.resumeDir ? loadResumeDir(config.resumeDir) : null;
  const resume = folder ? folder.people[0]!.resume : loadResumeFile(config.resumeFile);
  const translations = folder ? {} : loadTranslations(config.resumeFile);
  const aliases = loadAliasesFile(config.aliasesFile);
  const fallback = typeof options.defaultLogLevel === 'function' ? options.defaultLogLevel(serving) : options.defaultLogLevel;
  const { bot, pipeline, logger, prepared } = assemble({
    resume,
    ...(folder ? { people: folder.people } : {}),
    aliases,
    maxQueryLength: config.maxQueryLength,
    locale: config.locale,
    translations,
    logLevel: effectiveLogLevel(options.env, config.logLevel, fallback),
    writeLog: options.writeLog,
    clock: options.clock,
    indexOnDemand: options.indexOnDemand,
    rememberedAnswers: options.rememberedAnswers,
    // Per-user buckets shared by Slack, Discord and HTTP interactions alike (RATE_LIMIT_*).
    rateLimiter: createRateLimiter({ capacity: config.rateLimit.requests, windowMs: config.rateLimit.windowSeconds * 1000 }),
    ...policy(config, platforms),
  });
  // A broken file of the folder is left out, named with its place and problem; the others are served.
  for (const skipped of folder?.skipped ?? []) logger.error('resume_skipped', { file: skipped.file, problems: skipped.problems });
  return { config, platforms, serves: serving, resume, translations, aliases, bot, ...(prepared ? { prepared } : {}), pipeline, logger };
}

/** Who is limited, who may ask, what stays private: the same for every pipeline of the app. */
function policy(
  config: Config,
  platforms: readonly ConfiguredPlatform[],
): Pick<PipelineOptions, 'limitedPlatforms' | 'access' | 'privateFields'> {
  return {
    // Every platform of the app counts against the rate limit; the console and the CLI (one local person) do not.
    limitedPlatforms: PLATFORMS.map((p) => p.name),
    // Each platform's allowlist (SLACK_ALLOWED_TEAMS, DISCORD_ALLOWED_GUILDS); empty lists allow everyone.
    access: Object.fromEntries(platforms.map((p) => [p.name, p.allowlist])),
    privateFields: config.privateFields,
  };
}

/**
 * The app's pipeline with another rate limiter and conversation store (the server's, kept in
 * Redis with REDIS_URL: the next message of a thread may reach another process).
 */
export function pipelineWith(app: App, rateLimiter: RateLimiter, conversations?: ConversationStore): Pipeline {
  return createPipeline(app.bot, {
    logger: app.logger,
    rateLimiter,
    ...(conversations ? { conversations } : {}),
    ...policy(app.config, app.platforms),
  });
}

/**
 * The message for a startup failure a person can fix (bad setting, broken résumé), or
 * null for anything else (a bug, whose stack is worth showing).
 */
export function startupErrorMessage(error: unknown): string | null {
  if (error instanceof ConfigError || error instanceof ResumeFileError) return `resume-bot: ${error.message}`;
  return null;
}

/** Writes a startup failure to stderr and returns the exit code (always 1). */
export function reportStartupError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  const message = startupErrorMessage(error);
  stderr.write(`${message ?? `resume-bot: failed to start\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`);
  return 1;
}
