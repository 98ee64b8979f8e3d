/**
 * What every adapter calls for a request: the bot's answer wrapped with the cross-cutting
 * concerns that must hold identically on every platform — timing, one log line per
 * request, and turning an internal failure into a short private error instead of silence.
 * (Access lists, rate limits and privacy are added here too, so that they hold across
 * Slack, Discord and HTTP interactions in one process.)
 */
import { isAllowed, openAccess, type AccessPolicy } from './access.js';
import { makeAnswer, type Answer } from '../model/answer.js';
import type { Bot } from './bot.js';
import type { RateDecision, RateLimiter } from './rate-limit.js';
import { silentLogger, type Logger } from './log.js';
import type { BotRequest } from '../model/request.js';

export type Outcome = 'answered' | 'empty' | 'refused' | 'denied' | 'rate_limited' | 'error';

export interface HandledRequest {
  answer: Answer;
  outcome: Outcome;
  latencyMs: number;
}

export interface Pipeline {
  readonly bot: Bot;
  /**
   * Answers one request. Asynchronous because the rate limit may live in Redis (REDIS_URL);
   * in process it settles without any I/O. Never rejects: failures become a private error answer.
   */
  handle(request: BotRequest): Promise<HandledRequest>;
  /** Whether a workspace or server may use the bot (the allowlists), for surfaces that are not questions (Slack's Home tab). */
  allows(tenant: Pick<BotRequest, 'platform' | 'tenantId'>): boolean;
  /** Pass `tenant` so that servers outside the allowlist get no suggestions either. */
  complete(command: string, partial: string, limit?: number, tenant?: Pick<BotRequest, 'platform' | 'tenantId'>): string[];
}

export interface PipelineOptions {
  logger?: Logger;
  /** Shared by every adapter of the process; absent: no limit. */
  rateLimiter?: RateLimiter;
  access?: AccessPolicy;
}

export const notAllowedAnswer = (): Answer =>
  makeAnswer({
    kind: 'refusal',
    title: 'Not available here',
    body: 'Sorry, this résumé bot is not enabled for this workspace or server.',
  });

export const rateLimitedAnswer = (retryAfterSeconds: number): Answer =>
  makeAnswer({
    kind: 'refusal',
    title: 'Easy there — too many questions at once',
    body: `Please wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'} and ask again.`,
  });

export const internalErrorAnswer = (): Answer =>
  makeAnswer({
    kind: 'error',
    title: 'Sorry, something went wrong',
    body: 'I could not answer that one. Please try again, or ask something else.',
  });

function outcomeOf(answer: Answer): Outcome {
  if (answer.kind === 'refusal') return 'refused';
  if (answer.kind === 'error') return 'error';
  if (answer.kind === 'empty') return 'empty';
  return 'answered';
}

export function createPipeline(bot: Bot, options: PipelineOptions = {}): Pipeline {
  const logger = options.logger ?? silentLogger;
  const access = options.access ?? openAccess;
  const limiter = options.rateLimiter;
  // Chat and web requests without a user id (none should lack one; the web page keys by client
  // address) share one allowance per platform rather than escaping the limit; the console and
  // the CLI serve one local person and are never limited.
  const limitKey = (request: BotRequest) => `${request.platform}:${request.userId ?? 'anonymous'}`;
  const isLimited = (request: BotRequest) => request.platform !== 'console' && request.platform !== 'cli';

  function answer(request: BotRequest): { answer: Answer; outcome?: Outcome } {
    try {
      return { answer: bot.answer(request) };
    } catch (error) {
      logger.error('handler_failed', { platform: request.platform, command: request.command, error });
      return { answer: internalErrorAnswer(), outcome: 'error' };
    }
  }

  const limited = (decision: RateDecision): { answer: Answer; outcome: Outcome } => ({
    answer: rateLimitedAnswer(Math.max(1, decision.retryAfterSeconds)),
    outcome: 'rate_limited',
  });

  async function answerFor(request: BotRequest): Promise<{ answer: Answer; outcome?: Outcome }> {
    if (!isAllowed(access, request)) return { answer: notAllowedAnswer(), outcome: 'denied' };
    if (limiter && isLimited(request)) {
      const taken = limiter.take(limitKey(request));
      // The in-process limiter has decided already: no await, no extra turn.
      const decision = taken instanceof Promise ? await taken : taken;
      if (!decision.allowed) return limited(decision);
    }
    return answer(request);
  }

  return {
    bot,
    async handle(request) {
      const started = performance.now();
      const decided = await answerFor(request);
      const answer = decided.answer;
      const latencyMs = performance.now() - started;
      const outcome = decided.outcome ?? outcomeOf(answer);
      logger.info('request', {
        platform: request.platform,
        command: answer.route?.command ?? request.command,
        latencyMs: Math.round(latencyMs * 1000) / 1000,
        results: answer.matches.length,
        outcome,
      });
      logger.debug('request_text', { text: request.text });
      return { answer, outcome, latencyMs };
    },
    allows(tenant) {
      return isAllowed(access, tenant);
    },
    complete(command, partial, limit, tenant?: Pick<BotRequest, 'platform' | 'tenantId'>) {
      // Autocomplete fires on every keystroke: it is not rate limited, but it is access controlled.
      if (tenant && !isAllowed(access, tenant)) return [];
      try {
        return bot.complete(command, partial, limit);
      } catch (error) {
        logger.error('complete_failed', { command, error });
        return [];
      }
    },
  };
}
