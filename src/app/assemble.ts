/**
 * Builds the running bot from already-validated inputs. Zod-free on purpose: the CLI's
 * cached start calls it directly, without loading the validators.
 */
import { createBot, type Bot } from '../core/bot.js';
import { createDirectoryBot, type DirectoryPerson } from '../core/directory.js';
import { createLogger, type Logger, type LogLevel } from '../core/log.js';
import type { AccessPolicy } from '../core/access.js';
import { createPipeline, type Pipeline } from '../core/pipeline.js';
import type { RateLimiter } from '../core/rate-limit.js';
import type { AliasTable } from '../query/aliases.js';
import type { PreparedIndex } from '../query/index.js';
import type { Clock } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';

export interface AssembleOptions {
  resume: Resume;
  /** RESUME_DIR: everyone in the folder (then `resume` is the first of them). */
  people?: readonly DirectoryPerson[];
  aliases: AliasTable;
  maxQueryLength: number;
  /** LOCALE: the language of answers to requests that name none. */
  locale?: string;
  /** Translated copies of the résumé by language (`resume.pt-BR.json`); one-person mode. */
  translations?: Readonly<Record<string, Resume>>;
  logLevel: LogLevel;
  writeLog?: (line: string) => void;
  clock?: Clock;
  /** Server mode: one limiter for every adapter of the process (console and CLI have no users to limit). */
  rateLimiter?: RateLimiter;
  /** The platforms `rateLimiter` counts: the chat platforms, not the terminal. */
  limitedPlatforms?: readonly string[];
  access?: AccessPolicy;
  /** PRIVATE_FIELDS: what only private answers show. */
  privateFields?: readonly string[];
  /** RESUME_DIR: index people when a question first needs them (the one-shot CLI), not at start. */
  indexOnDemand?: boolean;
  /** Answers one résumé keeps for the same words asked again; REMEMBERED_ANSWERS when absent, 0: none. */
  rememberedAnswers?: number;
  /** What a start-up cache kept of this résumé's index (one-person mode). */
  prepared?: PreparedIndex;
}

export interface Assembled {
  bot: Bot;
  pipeline: Pipeline;
  logger: Logger;
  /** What the one résumé's index read from its text, for a start-up cache to keep; absent for a directory. */
  prepared?: () => PreparedIndex;
}

/** Answers one résumé keeps for questions asked again: a few MB at most (an answer is a few KB). */
const REMEMBERED_ANSWERS = 1000;

export function assemble(options: AssembleOptions): Assembled {
  const logger = createLogger(options.logLevel, options.writeLog);
  const common = { aliases: options.aliases, clock: options.clock, maxQueryLength: options.maxQueryLength, locale: options.locale };
  let bot: Bot;
  let prepared: (() => PreparedIndex) | undefined;
  if (options.people) bot = createDirectoryBot({ people: options.people, ...common, indexOnDemand: options.indexOnDemand, warmUp: true });
  else {
    const person = createBot({
      resume: options.resume,
      ...common,
      translations: options.translations,
      prepared: options.prepared,
      rememberedAnswers: options.rememberedAnswers ?? REMEMBERED_ANSWERS,
    });
    prepared = () => person.index.prepared();
    bot = person;
  }
  return {
    bot,
    ...(prepared ? { prepared } : {}),
    pipeline: createPipeline(bot, {
      logger,
      rateLimiter: options.rateLimiter,
      limitedPlatforms: options.limitedPlatforms,
      access: options.access,
      privateFields: options.privateFields,
    }),
    logger,
  };
}

/**
 * LOG_LEVEL when the user set it; otherwise the entry point's own default (the server logs
 * at info, the console and the CLI at warn so request lines do not interleave with answers).
 */
export function effectiveLogLevel(env: Record<string, string | undefined>, configured: LogLevel, fallback: LogLevel | undefined): LogLevel {
  return env.LOG_LEVEL?.trim() ? configured : (fallback ?? configured);
}
