/**
 * Sharding through discord.js's own mechanism (DISCORD_SHARDS): with the default "auto" the
 * bot takes the count Discord recommends in GET /gateway/bot and opens one gateway connection
 * per shard; each guild's events come on its own shard, and every shard answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DiscordConfig } from '../../src/discord/settings.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { startDiscord, type DiscordAdapter } from '../../src/discord/start.js';
import { createHttpServer } from '../../src/http/server.js';
import { martinBot } from '../helpers/bot.js';
import { captureLogs } from '../helpers/log-capture.js';
import {
  commandInteraction,
  fakeUser,
  guildOnShard,
  messageCreate,
  shardOf,
  startFakeDiscord,
  type FakeDiscord,
} from '../fakes/discord.js';

const running: Array<{ fake: FakeDiscord; adapter: DiscordAdapter }> = [];
afterEach(async () => {
  for (const { fake, adapter } of running.splice(0)) {
    await adapter.stop();
    await fake.close();
  }
});

async function start(options: { recommended: number; guildIds: string[]; shards?: DiscordConfig['shards'] }) {
  const fake = await startFakeDiscord({ shards: options.recommended, maxConcurrency: 4, guildIds: options.guildIds });
  const logs = captureLogs();
  const config: DiscordConfig = {
    token: fake.token,
    applicationId: fake.applicationId,
    apiUrl: fake.apiUrl,
    allowedGuilds: [],
    ...(options.shards ? { shards: options.shards } : {}),
  };
  const adapter = await startDiscord({
    pipeline: createPipeline(martinBot(), { logger: logs.logger }),
    config,
    http: createHttpServer(),
    logger: logs.logger,
  });
  running.push({ fake, adapter });
  return { fake, logs };
}

/** Sends a slash command on the shard that serves `guildId` and resolves with its callback. */
async function askOn(fake: FakeDiscord, guildId: string, query: string) {
  const interaction = commandInteraction({ applicationId: fake.applicationId, user: fakeUser(), guildId, name: 'experience', query });
  const from = fake.requests.length;
  fake.dispatchFor(guildId, 'INTERACTION_CREATE', interaction);
  return fake.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, { from });
}

describe('gateway sharding', () => {
  it('given Discord recommends 2 shards, identifies twice (shard [0, 2] and [1, 2]) and answers in a guild on each', async () => {
    const [first, second] = [guildOnShard(0, 2), guildOnShard(1, 2)];
    const { fake, logs } = await start({ recommended: 2, guildIds: [first, second] });
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.connectedShards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(await logs.next('discord_gateway_ready')).toMatchObject({ shards: 2, guilds: 2 });

    const [onFirst, onSecond] = await Promise.all([askOn(fake, first, 'netflix'), askOn(fake, second, 'picpay')]);
    expect(JSON.stringify(onFirst.body)).toMatch(/Netflix/);
    expect(JSON.stringify(onSecond.body)).toMatch(/PicPay/);
  });

  it('given a mention in a guild of the second shard, replies to it (messages arrive on that shard too)', async () => {
    const guildId = guildOnShard(1, 2);
    const { fake } = await start({ recommended: 2, guildIds: [guildOnShard(0, 2), guildId] });
    const author = fakeUser('bob');
    const message = messageCreate({
      author,
      content: `<@${fake.botUser.id}> what did he do at netflix?`,
      guildId,
      mentions: [fake.botUser],
    });
    expect(shardOf(guildId, 2)).toBe(1);
    const from = fake.requests.length;
    fake.dispatchFor(guildId, 'MESSAGE_CREATE', message);
    const reply = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`, { from });
    expect(JSON.stringify(reply.body)).toMatch(/Netflix/);
  });

  it('given DISCORD_SHARDS=3, opens 3 shards whatever Discord recommends', async () => {
    const { fake, logs } = await start({ recommended: 1, guildIds: [guildOnShard(2, 3)], shards: 3 });
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(await logs.next('discord_gateway_ready')).toMatchObject({ shards: 3 });
  });

  it('given the default (auto) and a recommendation of 1, opens one shard as before', async () => {
    const { fake } = await start({ recommended: 1, guildIds: [guildOnShard(0, 1)] });
    expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 1]]);
  });
});
