/**
 * What every adapter calls for a request: the bot's answer wrapped with the cross-cutting
 * concerns that must hold identically on every platform — timing, one log line per
 * request, and turning an internal failure into a short private error instead of silence.
 * (Access lists, rate limits and privacy are added here too, so that they hold across
 * Slack, Discord and HTTP interactions in one process.)
 */
import { makeAnswer, type Answer } from './answer.js';
import type { Bot } from './bot.js';
import { silentLogger, type Logger } from './log.js';
import type { BotRequest } from './request.js';

export type Outcome = 'answered' | 'empty' | 'refused' | 'error';

export interface HandledRequest {
  answer: Answer;
  outcome: Outcome;
  latencyMs: number;
}

export interface Pipeline {
  readonly bot: Bot;
  handle(request: BotRequest): HandledRequest;
  complete(command: string, partial: string, limit?: number): string[];
}

export interface PipelineOptions {
  logger?: Logger;
}

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
  return {
    bot,
    handle(request) {
      const started = performance.now();
      let answer: Answer;
      try {
        answer = bot.answer(request);
      } catch (error) {
        logger.error('handler_failed', { platform: request.platform, command: request.command, error });
        answer = internalErrorAnswer();
      }
      const latencyMs = performance.now() - started;
      const outcome = outcomeOf(answer);
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
    complete(command, partial, limit) {
      try {
        return bot.complete(command, partial, limit);
      } catch (error) {
        logger.error('complete_failed', { command, error });
        return [];
      }
    },
  };
}
