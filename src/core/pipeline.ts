/**
 * What every adapter calls for a request: the bot's answer wrapped with the cross-cutting
 * concerns that must hold identically on every platform — access lists, rate limits,
 * privacy, timing, one log line per request, and turning an internal failure into a short
 * private error instead of silence. Privacy lives here and not in the adapters: a request
 * says its audience, and a public one gets back an answer without the owner's private
 * fields, so no adapter can forget to remove them.
 */
import { commandWithRole } from '../../commands/index.js';
import { isAllowed, openAccess, type AccessPolicy } from './access.js';
import { messagesFor, type Messages } from '../i18n/catalogue.js';
import { makeAnswer, type Answer } from '../model/answer.js';
import type { Bot } from './bot.js';
import type { RateDecision, RateLimiter } from './rate-limit.js';
import { logsAt, silentLogger, type Logger } from './log.js';
import { publicView } from './privacy.js';
import type { BotRequest, Tenant } from '../model/request.js';
import { nextContext, referenceOf, type ConversationContext } from '../model/conversation.js';
import { createConversationStore, type ConversationStore } from './conversation.js';

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
  /**
   * An answer for a surface that is not a question (Slack's Home tab): not rate limited and
   * not logged, but access and privacy hold as for `handle`.
   */
  lookup(request: BotRequest): Answer;
  /** Whether a workspace or server may use the bot (the allowlists). */
  allows(tenant: Tenant): boolean;
  /** Pass `tenant` so that servers outside the allowlist get no suggestions either. */
  complete(command: string, partial: string, limit?: number, tenant?: Tenant): string[];
}

export interface PipelineOptions {
  logger?: Logger;
  /** Shared by every adapter of the process; absent: no limit. */
  rateLimiter?: RateLimiter;
  /** The platforms whose requests count against `rateLimiter` (the app's chat platforms); absent: every platform's. */
  limitedPlatforms?: readonly string[];
  access?: AccessPolicy;
  /** Résumé paths (`basics.phone`) that only private answers show (PRIVATE_FIELDS). */
  privateFields?: readonly string[];
  /** What conversations remember between questions; absent: one in this process's memory. */
  conversations?: ConversationStore;
}

/** A conversation's key: its platform, the conversation and the asker, so no one leans on another's answers. */
export function conversationKey(request: BotRequest): string | null {
  const { platform, conversation } = request;
  if (conversation === undefined) return null;
  // Lengths first, so no two triples make the same key (cheaper than JSON on every request).
  return `${platform.length}:${platform}${conversation.length}:${conversation}${request.userId ?? ''}`;
}

export const notAllowedAnswer = (messages: Messages = messagesFor(undefined)): Answer =>
  makeAnswer({
    kind: 'refusal',
    title: messages.t('refusal.notAllowed.title'),
    body: messages.t('refusal.notAllowed.body'),
  });

export const rateLimitedAnswer = (retryAfterSeconds: number, messages: Messages = messagesFor(undefined)): Answer =>
  makeAnswer({
    kind: 'refusal',
    title: messages.t('refusal.rateLimited.title'),
    body: messages.t('refusal.rateLimited.body', { count: retryAfterSeconds }),
  });

export const internalErrorAnswer = (messages: Messages = messagesFor(undefined)): Answer =>
  makeAnswer({
    kind: 'error',
    title: messages.t('error.internal.title'),
    body: messages.t('error.internal.body'),
  });

function outcomeOf(answer: Answer): Outcome {
  if (answer.kind === 'refusal') return 'refused';
  if (answer.kind === 'error') return 'error';
  if (answer.kind === 'empty') return 'empty';
  return 'answered';
}

export function createPipeline(bot: Bot, options: PipelineOptions = {}): Pipeline {
  const logger = options.logger ?? silentLogger;
  // Below LOG_LEVEL=debug the question's text is not even put into a field object.
  const debugging = logsAt(logger.level, 'debug');
  const access = options.access ?? openAccess;
  const limiter = options.rateLimiter;
  const privateFields = options.privateFields ?? [];
  // The résumé goes in too, so a private value repeated in other text (a phone in the summary) is scrubbed.
  const fitFor = (request: BotRequest, answer: Answer): Answer => (request.audience === 'public' ? publicFor(answer) : answer);
  // In a directory, each person whose entries an answer shows has their résumé scrubbed, with what they keep private.
  const publicFor = (answer: Answer): Answer => {
    if (!bot.ownerOf) return publicView(answer, privateFields, bot.resume);
    const people = new Map([answer.person, ...answer.matches.map((m) => m.person)].filter((p) => p !== undefined).map((p) => [p.id, p]));
    const owners = people.size ? [...people.values()].map((p) => bot.ownerOf!(p)) : [undefined];
    return owners.reduce(
      (fit, owner) => publicView(fit, [...privateFields, ...(owner?.privateFields ?? [])], owner?.resume ?? bot.resume),
      answer,
    );
  };
  // Chat requests without a user id (none should lack one) share one allowance per platform
  // rather than escaping the limit; platforms left out of `limitedPlatforms` (the console and
  // the CLI: one local person) are never limited.
  const limitKey = (request: BotRequest) => `${request.platform}:${request.userId ?? 'anonymous'}`;
  const limitedPlatforms = options.limitedPlatforms ? new Set(options.limitedPlatforms) : null;
  const isLimited = (request: BotRequest) => limitedPlatforms === null || limitedPlatforms.has(request.platform);

  const conversations = options.conversations ?? createConversationStore();
  const fallback = commandWithRole(bot.commands, 'fallback')?.data.name;

  function answer(request: BotRequest, context?: ConversationContext): { answer: Answer; outcome?: Outcome } {
    try {
      return { answer: fitFor(request, bot.answer(request, context)) };
    } catch (error) {
      logger.error('handler_failed', { platform: request.platform, command: request.command, error });
      return { answer: internalErrorAnswer(bot.messages(request)), outcome: 'error' };
    }
  }

  const limited = (request: BotRequest, decision: RateDecision): { answer: Answer; outcome: Outcome } => ({
    answer: rateLimitedAnswer(Math.max(1, decision.retryAfterSeconds), bot.messages(request)),
    outcome: 'rate_limited',
  });

  type Decided = { answer: Answer; outcome?: Outcome };

  /**
   * Decided at once when the limiter and the conversation store are this process's own (no Redis): a promise
   * only where one of them answers with one, so an in-memory request is not passed through a chain of them.
   */
  function answerFor(request: BotRequest): Decided | Promise<Decided> {
    if (!isAllowed(access, request)) return { answer: notAllowedAnswer(bot.messages(request)), outcome: 'denied' };
    if (limiter && isLimited(request)) {
      const taken = limiter.take(limitKey(request));
      if (taken instanceof Promise)
        return taken.then((decision) => (decision.allowed ? answerInConversation(request) : limited(request, decision)));
      if (!taken.allowed) return limited(request, taken);
    }
    return answerInConversation(request);
  }

  function answerInConversation(request: BotRequest): Decided | Promise<Decided> {
    const key = conversationKey(request);
    if (key === null) return answer(request);
    // Only free text (plain or through the fallback command) can lean on the previous answer: a named
    // command does not wait for the store (a round trip to Redis with REDIS_URL).
    const leans = request.command === null || request.command.replace(/^\//, '').toLowerCase() === fallback;
    const stored = leans ? conversations.get(key) : undefined;
    return stored instanceof Promise
      ? stored.then((context) => answerLeaning(request, key, leans, context))
      : answerLeaning(request, key, leans, stored);
  }

  function answerLeaning(
    request: BotRequest,
    key: string,
    leans: boolean,
    context: ConversationContext | undefined,
  ): Decided | Promise<Decided> {
    const answered = answer(request, context);
    // Only an answer about the résumé moves the conversation on: a refusal, an error or a question nothing
    // understood (the résumé-wide search found nothing) leaves it where it was.
    const found = referenceOf(answered.answer);
    const reference = found && !(found.command === fallback && !found.matches.length) ? found : null;
    // In a directory, the person an answer was about is who the next question is about unless it names another.
    const person = answered.answer.person?.id;
    if (!reference) return answered;
    // A named command's empty answer reads what came before only then: its found answers never wait for the store.
    const before = reference.matches.length || leans ? context : conversations.get(key);
    if (before instanceof Promise) return before.then((earlier) => remembered(answered, key, nextContext(reference, earlier, person)));
    return remembered(answered, key, nextContext(reference, before, person));
  }

  function remembered(answered: Decided, key: string, context: ConversationContext): Decided {
    // Remembered in the background: the answer does not wait for the shared store (which never rejects).
    void conversations.set(key, context);
    return answered;
  }

  return {
    bot,
    async handle(request) {
      const started = performance.now();
      const pending = answerFor(request);
      const decided = pending instanceof Promise ? await pending : pending;
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
      if (debugging) logger.debug('request_text', { text: request.text });
      return { answer, outcome, latencyMs };
    },
    lookup(request) {
      if (!isAllowed(access, request)) return notAllowedAnswer(bot.messages(request));
      return fitFor(request, bot.answer(request));
    },
    allows(tenant) {
      return isAllowed(access, tenant);
    },
    complete(command, partial, limit, tenant?: Tenant) {
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
