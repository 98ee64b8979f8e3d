/**
 * Starts the Discord adapter: the gateway client when DISCORD_TOKEN is set, the HTTP
 * interactions endpoint when DISCORD_PUBLIC_KEY is set (either or both). Both transports
 * answer through respondToInteraction, so they behave identically.
 */
import { resumeFor } from '../core/owner.js';
import { REST } from '@discordjs/rest';
import type { DiscordConfig } from './settings.js';
import type { Logger } from '../core/log.js';
import type { Pipeline } from '../core/pipeline.js';
import type { HttpServer } from '../http/server.js';
import { createDeduplicator } from '../core/dedup.js';
import type { SharedState } from '../core/shared.js';
import { createDrain } from '../platform/drain.js';
import { createShareStore } from './custom-id.js';
import { describe, restSender, sendFollowUps, type DiscordSender } from './deliver.js';
import type { GatewayOptions } from './gateway.js';
import { interactionsEndpoint, INTERACTIONS_PATH } from './http.js';
import { respondToInteraction, type InteractionContext, type InteractionPayload } from './interactions.js';
import { attachmentSource } from '../platform/attachments.js';
import type { CvCache } from '../cv/cache.js';
import type { TimelineImages } from '../render/timeline/image.js';
import { questionOf, replyToMessage, type MessageContext, type MessagePayload } from './messages.js';
import { logRateLimits } from './rate-limit-log.js';
import { createTransport } from './transport.js';
import { createVerifier } from './verify.js';

export interface DiscordAdapter {
  stop(): Promise<void>;
}

export interface StartDiscordOptions {
  pipeline: Pipeline;
  config: DiscordConfig;
  http: HttpServer;
  logger: Logger;
  /** How long stop() lets work in flight finish (default DRAIN_TIMEOUT_MS; the app passes what SHUTDOWN_TIMEOUT_MS leaves). */
  drainTimeoutMs?: number;
  /** Gateway settings that are not configuration (the identify throttle, for tests against a fake gateway). */
  gateway?: Pick<GatewayOptions, 'buildIdentifyThrottler'>;
  /** The timeline pictures (shared with the web page); absent: answers go without pictures. */
  images?: TimelineImages;
  /** The CV as a PDF (shared with the other platforms); absent: /cv answers go without the file. */
  cv?: CvCache;
  /**
   * State shared across processes (REDIS_URL): long share buttons' questions, and the gateway
   * events already taken, so that two processes on the same shards answer each event once.
   */
  shared?: SharedState;
}

/** Gateway events are remembered this long: past any RESUME replay. */
const EVENT_TTL_SECONDS = 15 * 60;

export async function startDiscord(options: StartDiscordOptions): Promise<DiscordAdapter> {
  const { config, logger } = options;
  if (!config.token && !config.publicKey) {
    throw new Error('Discord needs DISCORD_TOKEN (gateway) or DISCORD_PUBLIC_KEY (HTTP interactions); neither is set');
  }
  // A malformed key fails the start here, before anything connects.
  const verify = config.publicKey ? createVerifier(config.publicKey) : null;
  const ctx: InteractionContext & MessageContext = {
    pipeline: options.pipeline,
    logger,
    shares: createShareStore(1000, options.shared?.values),
    toldRateLimited: new Set(),
    attachments: attachmentSource(options, (answer) => resumeFor(options.pipeline.bot, answer)),
  };
  const events = createDeduplicator({ ttlSeconds: EVENT_TTL_SECONDS, max: 20_000, shared: options.shared?.claims, namespace: 'discord' });
  /** False for a gateway event this process, or another one, has taken already. */
  const firstTime = async (id: string) => {
    const first = events.first(id);
    if (first instanceof Promise ? await first : first) return true;
    logger.debug('discord_event_repeat_ignored', { id });
    return false;
  };

  // Replies being worked out or sent, so that stop() lets them finish (within the drain's bound).
  const drain = createDrain();
  const track = (work: Promise<void>) => {
    void drain.track(work.catch((error: unknown) => logger.error('discord_send_failed', { error: describe(error) })));
  };

  const transport = createTransport();
  // discord.js itself (its client, caches and websocket) only for the gateway: HTTP interactions need REST alone.
  const gateway = config.token ? await import('./gateway.js') : null;
  const client = gateway
    ? gateway.createGatewayClient({
        apiUrl: config.apiUrl,
        makeRequest: transport.makeRequest,
        shards: config.shards,
        logger,
        onInteraction,
        onMessage,
        ...options.gateway,
      })
    : null;
  // HTTP-only deployments still need REST for follow-ups; interaction webhooks need no token.
  const rest = client
    ? client.rest
    : new REST({
        version: '10',
        makeRequest: transport.makeRequest,
        rejectOnRateLimit: logRateLimits(logger),
        ...(config.apiUrl ? { api: config.apiUrl } : {}),
      });
  const sender: DiscordSender = restSender(rest);

  function onInteraction(interaction: InteractionPayload): void {
    if (!drain.open) return;
    const { id, token } = interaction;
    if (!id || !token) return;
    track(
      (async () => {
        if (!(await firstTime(`interaction:${id}`))) return;
        const result = await respondToInteraction(interaction, ctx);
        try {
          await sender.callback(id, token, result.response);
        } catch (error) {
          logger.warn('discord_callback_failed', { type: interaction.type, error: describe(error) });
          return;
        }
        await sendFollowUps(interaction, result, sender, logger);
      })(),
    );
  }

  function onMessage(message: MessagePayload, botUserId: string | undefined): void {
    if (!drain.open) return;
    const channelId = message.channel_id;
    // Most messages in a server are not for the bot: only questions are worth a claim.
    if (!channelId || !message.id || questionOf(message, botUserId) === null) return;
    const messageId = message.id;
    track(
      (async () => {
        if (!(await firstTime(`message:${messageId}`))) return;
        const bodies = await replyToMessage(message, botUserId, ctx);
        for (const body of bodies ?? []) await sender.createMessage(channelId, body);
      })(),
    );
  }

  if (verify) {
    options.http.post(
      INTERACTIONS_PATH,
      interactionsEndpoint({
        verify,
        respond: (interaction) => respondToInteraction(interaction, ctx),
        after: async (interaction, result) => track(sendFollowUps(interaction, result, sender, logger)),
        logger,
        accepting: () => drain.open,
      }),
    );
    logger.info('discord_http_interactions', { path: INTERACTIONS_PATH });
  }

  if (gateway && client && config.token) {
    try {
      await gateway.connectGateway(client, config.token, logger);
    } catch (error) {
      transport.destroy();
      throw error;
    }
  }

  let stopped: Promise<void> | null = null;
  return {
    stop: () =>
      (stopped ??= (async () => {
        await drain.close(options.drainTimeoutMs);
        if (client) await client.destroy();
        else {
          rest.clearHashSweeper();
          rest.clearHandlerSweeper();
        }
        transport.destroy();
        logger.info('discord_stopped');
      })()),
  };
}
