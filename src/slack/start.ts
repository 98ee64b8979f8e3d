/**
 * Starts the Slack adapter: a Bolt App in HTTP mode (its receiver mounted at
 * POST /slack/events on the process's shared HTTP server) or, when an app-level token is
 * set, in Socket Mode (no public URL needed). SLACK_API_URL points the Web API, and
 * Socket Mode's apps.connections.open, somewhere else than slack.com (GovSlack, a proxy,
 * the tests' fake server).
 */
import { resumeFor } from '../core/owner.js';
import { App, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { SlackConfig } from './settings.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { HttpServer } from '../http/server.js';
import { toBoltLogger } from './bolt-logger.js';
import type { SharedState } from '../core/shared.js';
import { createEventDeduplicator } from './events.js';
import { createUserLocales } from './locale.js';
import { userLocaleLookup } from './user-locale.js';
import { slackHandlers } from './handlers.js';
import type { CvCache } from '../cv/cache.js';
import { attachmentSource } from '../platform/attachments.js';
import type { TimelineImages } from '../render/timeline/image.js';
import { createDrain } from '../platform/drain.js';
import { createResponder, type Responder } from './respond.js';
import { slackIntake } from './intake.js';
import { IntakeReceiver } from './receiver.js';
import { gateEnvelopes } from './socket-gate.js';
import { SLACK_EVENTS_PATH } from './path.js';

export interface SlackAdapter {
  stop(): Promise<void>;
}

export interface StartSlackOptions {
  pipeline: Pipeline;
  config: SlackConfig;
  /** Shared server: in HTTP mode POST /slack/events is registered on it (the caller listens). */
  http: HttpServer;
  logger: Logger;
  /** Posts to response_urls; injectable so tests can watch failures. */
  respond?: Responder;
  /** How long a response_url may take to answer before the post counts as failed (default 5 s). */
  responseUrlTimeoutMs?: number;
  /** How long stop() lets work in flight finish (default DRAIN_TIMEOUT_MS; the app passes what SHUTDOWN_TIMEOUT_MS leaves). */
  drainTimeoutMs?: number;
  /** How long an answer to a user not known yet waits for their language (default LOCALE_WAIT_MS). */
  localeWaitMs?: number;
  /** Web API retries (429 and 5xx); tests shorten the back-off. Default: DEFAULT_RETRY. */
  retryConfig?: webApi.RetryOptions;
  /** State shared across processes (REDIS_URL): event ids are claimed there. Absent: this process only. */
  shared?: SharedState;
  /** The timeline pictures (shared with the web page); absent: answers go as text only. */
  images?: TimelineImages;
  /** The CV as a PDF (shared with the other platforms); absent: /cv answers go as text only. */
  cv?: CvCache;
  /** PUBLIC_URL: in HTTP mode the bot serves the pictures and the CV there; answers show and link them. */
  publicUrl?: string;
}

/**
 * Bolt's default retries for half an hour; an answer that late is no answer. Three retries
 * from 250 ms give up within a few seconds (a 429's Retry-After is waited for on top).
 */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 4000, randomize: true };

export { SLACK_EVENTS_PATH };

/** Slack's Web API, where SLACK_API_URL points nowhere else. */
const SLACK_API_BASE = 'https://slack.com/api/';

/** WebClient wants the API base with its trailing slash: https://slack.com/api/ */
export function slackApiBase(apiUrl: string | undefined): string | undefined {
  if (!apiUrl) return undefined;
  return apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
}

/** Slack could not be reached or refused our tokens at start: the message names the setting to check. */
export class SlackStartError extends Error {
  override readonly name = 'SlackStartError';
  constructor(message: string, cause: unknown) {
    super(`Slack: ${message}`, { cause });
  }
}

/** The short reason of a Web API failure: Slack's error code when there is one. */
function reason(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (data && typeof data.error === 'string') return data.error;
  return error instanceof Error ? error.message : String(error);
}

export async function startSlack(options: StartSlackOptions): Promise<SlackAdapter> {
  const { pipeline, config, http, logger } = options;
  const slackApiUrl = slackApiBase(config.apiUrl);
  const socketMode = Boolean(config.appToken);
  const boltLogger = toBoltLogger(logger);

  // The route below reads the body, checks its signature and parses it (intake.ts) before Bolt sees it.
  const httpReceiver = config.appToken ? null : new IntakeReceiver(boltLogger);
  const receiver =
    httpReceiver ??
    new SocketModeReceiver({
      appToken: config.appToken!,
      logger: toBoltLogger(logger, 'socket-mode'),
      // apps.connections.open goes to the same API base as everything else.
      installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });

  const usersLocale = userLocaleLookup({ apiUrl: slackApiUrl ?? SLACK_API_BASE, botToken: config.botToken, timeoutMs: 1500 });

  const app = new App({
    token: config.botToken,
    receiver,
    logger: boltLogger,
    // The conversation store is unused; skipping it saves a lookup per request.
    convoStore: false,
    // The handlers drop the app's own events themselves (handlers.ts), so a request passes one middleware less.
    ignoreSelf: false,
    // init() below runs auth.test once, so a wrong token fails here, at start.
    deferInitialization: true,
    clientOptions: {
      ...(slackApiUrl ? { slackApiUrl } : {}),
      retryConfig: options.retryConfig ?? DEFAULT_RETRY,
      timeout: 10_000,
    },
  });

  app.error(async (error) => {
    logger.error('slack_unhandled', { error });
  });

  // Requests accepted and handler work in flight, so that stop() can let them finish.
  const drain = createDrain();
  app.use(
    slackHandlers({
      pipeline,
      drain,
      logger,
      respond: options.respond ?? createResponder({ timeoutMs: options.responseUrlTimeoutMs }),
      events: createEventDeduplicator(options.shared?.claims),
      // A users.info that fails is not retried (the answer goes in LOCALE), and never holds an ack long.
      locales: createUserLocales(
        async (user) => {
          const locale = await usersLocale(user);
          // Which language this user's answers now come in: the answer to "why is it in English?".
          logger.debug('slack_user_locale', { locale: locale ?? null });
          return locale;
        },
        { waitMs: options.localeWaitMs },
      ),
      attachments: attachmentSource(options, (answer) => resumeFor(pipeline.bot, answer)),
      // Socket Mode has no server of ours for Slack to fetch from: files are uploaded there.
      ...(options.publicUrl && !socketMode ? { publicUrl: options.publicUrl } : {}),
    }),
  );

  try {
    await app.init();
  } catch (error) {
    throw new SlackStartError(
      `auth.test failed (${reason(error)}): check SLACK_BOT_TOKEN${config.apiUrl ? ' and SLACK_API_URL' : ''}`,
      error,
    );
  }

  const gate = receiver instanceof SocketModeReceiver ? gateEnvelopes(receiver, logger, (work) => drain.track(work)) : null;
  if (!httpReceiver) {
    try {
      await app.start();
    } catch (error) {
      throw new SlackStartError(
        `Socket Mode could not connect (${reason(error)}): check SLACK_APP_TOKEN${config.apiUrl ? ' and SLACK_API_URL' : ''}`,
        error,
      );
    }
    logger.info('slack_started', { mode: 'socket' });
  } else {
    http.post(
      SLACK_EVENTS_PATH,
      slackIntake({
        signingSecret: config.signingSecret,
        logger,
        stopping: () => !drain.open,
        // Counted until its response (the ack) is sent: Bolt sees a request only once its body is
        // read and verified, and one still arriving when stop() begins must be finished too. An
        // event's handler starts in the same turn as its ack, so it is counted before this ends.
        accepted(res) {
          res.once('close', drain.begin());
        },
        deliver: (request, res, body) => httpReceiver.deliver(request, res, body),
      }),
    );
    logger.info('slack_started', { mode: 'http', path: SLACK_EVENTS_PATH });
  }

  let stopped: Promise<void> | null = null;
  return {
    stop: () =>
      (stopped ??= (async () => {
        // Socket Mode: envelopes from now on are left for Slack to send again; those taken are finished.
        gate?.close();
        await drain.close(options.drainTimeoutMs);
        if (socketMode) await app.stop();
        logger.info('slack_stopped', {});
      })()),
  };
}
