/**
 * Two processes on the same gateway shards (a rolling restart, or two replicas for safety)
 * both receive every event. With shared state (REDIS_URL) each event is answered once: the
 * first process to claim it answers, the other stays quiet. A Map stands in for Redis here
 * (tests/store runs the real one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SharedState } from '../../src/core/shared.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { startDiscord, type DiscordAdapter } from '../../src/discord/start.js';
import { createHttpServer } from '../../src/http/server.js';
import { martinBot } from '../helpers/bot.js';
import { captureLogs, type LogCapture } from '../helpers/log-capture.js';
import { commandInteraction, fakeUser, messageCreate, snowflake, startFakeDiscord, type FakeDiscord } from '../fakes/discord.js';

function mapState(): SharedState {
  const claimed = new Set<string>();
  const values = new Map<string, string>();
  return {
    claims: {
      claim: async (key) => {
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
    },
    values: {
      set: async (key, value) => {
        values.set(key, value);
        return true;
      },
      get: async (key) => values.get(key),
    },
  };
}

describe('two gateway processes sharing state', () => {
  const guildId = snowflake();
  let fake: FakeDiscord;
  const adapters: DiscordAdapter[] = [];
  const logs: LogCapture[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ guildIds: [guildId], maxConcurrency: 2 });
    const shared = mapState();
    for (let i = 0; i < 2; i++) {
      const log = captureLogs('debug');
      logs.push(log);
      const config = { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, allowedGuilds: [] };
      adapters.push(
        await startDiscord({
          pipeline: createPipeline(martinBot(), { logger: log.logger }),
          config,
          http: createHttpServer(),
          logger: log.logger,
          shared,
        }),
      );
    }
    expect(fake.openConnections).toBe(2);
  });
  afterAll(async () => {
    for (const adapter of adapters) await adapter.stop();
    await fake.close();
  });

  const ignoredBy = (id: string) =>
    Promise.race(logs.map((log) => log.next('discord_event_repeat_ignored', (l) => String(l.id).endsWith(id))));

  it('given a slash command both receive, calls back once', async () => {
    const interaction = commandInteraction({
      applicationId: fake.applicationId,
      user: fakeUser(),
      guildId,
      name: 'skills',
      query: 'kafka',
    });
    fake.dispatch('INTERACTION_CREATE', interaction);
    await ignoredBy(interaction.id);
    await fake.waitFor((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    const callbacks = fake.requests.filter((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callbacks).toHaveLength(1);
    expect(JSON.stringify(callbacks[0]!.body)).toMatch(/Kafka/);
  });

  it('given a mention both receive, replies once', async () => {
    const message = messageCreate({
      author: fakeUser('carol'),
      content: `<@${fake.botUser.id}> where did he study?`,
      guildId,
      mentions: [fake.botUser],
    });
    fake.dispatch('MESSAGE_CREATE', message);
    await ignoredBy(message.id);
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`)).toHaveLength(1);
  });
});
