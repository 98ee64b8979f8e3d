/**
 * The gateway connection: a discord.js Client with only the intents the bot needs.
 * Guilds (slash commands arrive as interactions whatever the intents; Guilds keeps the
 * channel cache discord.js expects), GuildMessages and DirectMessages (@mentions and DMs
 * carry their text without the privileged MessageContent intent). The bot reads the raw
 * INTERACTION_CREATE and MESSAGE_CREATE dispatches, so the gateway and HTTP transports go
 * through exactly the same payload → response code.
 */
import { logRateLimits } from './rate-limit-log.js';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Options, type RESTOptions, type WebSocketOptions } from 'discord.js';
import type { Logger } from '../core/log.js';
import { describe } from './deliver.js';
import type { InteractionPayload } from './interactions.js';
import type { MessagePayload } from './messages.js';

export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface GatewayOptions {
  token: string;
  /** discord.js REST's HTTP transport (see ./transport.ts). */
  makeRequest?: RESTOptions['makeRequest'];
  /** REST base such as http://127.0.0.1:8080/api; discord.js appends /v10. The gateway URL comes from GET /gateway/bot on it. */
  apiUrl?: string;
  logger: Logger;
  /** discord.js's identify throttle (one IDENTIFY per 5 s, as Discord requires) unless replaced; tests against the fake gateway, which has no such limit, replace it. */
  buildIdentifyThrottler?: WebSocketOptions['buildIdentifyThrottler'];
  /**
   * DISCORD_SHARDS: "auto" takes Discord's recommendation from GET /gateway/bot, a number fixes
   * the count. discord.js runs every shard in this process (its internal sharding), each on its
   * own gateway connection serving its own guilds.
   */
  shards?: 'auto' | number;
  onInteraction(interaction: InteractionPayload): void;
  onMessage(message: MessagePayload, botUserId: string | undefined): void;
}

export function createGatewayClient(options: Omit<GatewayOptions, 'token'>): Client {
  const shards = options.shards ?? 'auto';
  const client = new Client({
    intents: [...INTENTS],
    ...(options.buildIdentifyThrottler ? { ws: { buildIdentifyThrottler: options.buildIdentifyThrottler } } : {}),
    ...(shards === 'auto' ? { shards: 'auto' as const } : { shardCount: shards }),
    // No Partials.Channel: DMs are read from the raw MESSAGE_CREATE, which arrives whether or
    // not discord.js has the DM channel cached (it only needs the partial to emit messageCreate).
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      ...(options.makeRequest ? { makeRequest: options.makeRequest } : {}),
      rejectOnRateLimit: logRateLimits(options.logger),
    },
    // The bot never looks back at messages, members or reactions: keep none of them in memory.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      VoiceStateManager: 0,
      ThreadMemberManager: 0,
      GuildMemberManager: { maxSize: 1, keepOverLimit: (member) => member.id === member.client.user?.id },
      UserManager: { maxSize: 1, keepOverLimit: (user) => user.id === user.client.user?.id },
    }),
  });

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: InteractionPayload) => options.onInteraction(data));
  client.ws.on(GatewayDispatchEvents.MessageCreate, (data: MessagePayload) => options.onMessage(data, client.user?.id));

  // An 'error' event without a listener would throw and take the process down.
  client.on(Events.Error, (error) => options.logger.error('discord_client_error', { error: describe(error) }));
  client.on(Events.ShardError, (error, shardId) => options.logger.warn('discord_shard_error', { shardId, error: describe(error) }));
  client.on(Events.Warn, (message) => options.logger.warn('discord_warning', { message }));
  client.on(Events.ShardDisconnect, (event, shardId) => options.logger.warn('discord_shard_disconnected', { shardId, code: event.code }));
  // discord.js also reports this while being destroyed on stop(), so it is not worth an info line.
  client.on(Events.ShardReconnecting, (shardId) => options.logger.debug('discord_shard_reconnecting', { shardId }));
  client.on(Events.ShardResume, (shardId) => options.logger.info('discord_shard_resumed', { shardId }));
  return client;
}

/** Logs in and waits until discord.js reports the client ready; a rejected token is a clear error. */
export async function connectGateway(client: Client, token: string, logger: Logger): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    const code = (error as { code?: unknown }).code;
    if (code === 'TokenInvalid')
      throw new Error('Discord rejected DISCORD_TOKEN (401 Unauthorized): check the bot token on the Bot page of the application');
    throw new Error(`could not connect to the Discord gateway: ${(error as Error).message ?? String(error)}`);
  }
  await ready;
  logger.info('discord_gateway_ready', { user: client.user?.id, guilds: client.guilds.cache.size, shards: client.ws.shards.size });
}
