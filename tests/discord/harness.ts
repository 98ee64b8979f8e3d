/**
 * Test harness: the loopback fake Discord (tests/fakes/discord.ts, shared with the bench)
 * plus a started adapter with the real bot over the committed résumé.
 */
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { createLogger, type Logger } from '../../src/core/log.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { startDiscord, type DiscordAdapter } from '../../src/discord/start.js';
import type { DiscordConfig } from '../../src/discord/settings.js';
import type { CvCache } from '../../src/cv/cache.js';
import type { TimelineImages } from '../../src/render/timeline/image.js';
import { startFakeDiscord, snowflake, type FakeDiscord, type RecordedRequest } from '../fakes/discord.js';
import { martinBot } from '../helpers/bot.js';

export * from '../fakes/discord.js';

export const PRIVATE_FIELDS = ['basics.phone'] as const;

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  http: HttpServer;
  guildId: string;
  /** Log lines written by the adapter and pipeline (JSON strings). */
  logs: string[];
  /** Dispatches an INTERACTION_CREATE and resolves with the callback Discord received for it. */
  interact(interaction: { id: string; token: string }): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export function recordingLogger(lines: string[]): Logger {
  return createLogger('debug', (line) => lines.push(line));
}

export async function startHarness(
  options: {
    pipeline?: Pipeline;
    config?: Partial<DiscordConfig>;
    gateway?: boolean;
    guildId?: string;
    images?: TimelineImages;
    cv?: CvCache;
  } = {},
): Promise<Harness> {
  // Pass guildId to build an allowlist around the server the fake announces before starting.
  const guildId = options.guildId ?? snowflake();
  const fake = await startFakeDiscord({ guildIds: [guildId] });
  const logs: string[] = [];
  const logger = recordingLogger(logs);
  const http = createHttpServer({ logger });
  const pipeline = options.pipeline ?? createPipeline(martinBot(), { logger, privateFields: PRIVATE_FIELDS });
  const config: DiscordConfig = {
    ...(options.gateway === false ? {} : { token: fake.token }),
    applicationId: fake.applicationId,
    apiUrl: fake.apiUrl,
    allowedGuilds: [],
    ...options.config,
  };
  // Discord allows one IDENTIFY per 5 s and discord.js waits that out; the fake has no such
  // limit, so a test of re-identifying waits for the IDENTIFY itself, not for the throttle.
  const gateway = { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) };
  const adapter = await startDiscord({
    pipeline,
    config,
    http,
    logger,
    gateway,
    ...(options.images ? { images: options.images } : {}),
    ...(options.cv ? { cv: options.cv } : {}),
  });
  // As startServer does once every platform is up: until then the routes answer 503.
  http.setReady(true);
  return {
    fake,
    adapter,
    http,
    guildId,
    logs,
    interact(interaction) {
      const from = fake.requests.length;
      fake.dispatch('INTERACTION_CREATE', interaction);
      return fake.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, {
        from,
      });
    },
    async close() {
      await adapter.stop();
      // Nothing is in flight any more: close the test's idle connections at once rather than after a drain.
      await http.close({ deadlineMs: 0 });
      await fake.close();
    },
  };
}
