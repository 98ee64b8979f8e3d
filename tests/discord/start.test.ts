/** Starting and stopping the adapter: clear errors for bad settings, a clean stop. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { silentLogger } from '../../src/core/log.js';
import { createHttpServer } from '../../src/http/server.js';
import { startDiscord } from '../../src/discord/start.js';
import { martinBot } from '../helpers/bot.js';
import { startFakeDiscord, startHarness, type FakeDiscord } from './harness.js';
import { signedHeaders, signingKey } from '../fakes/discord-signing.js';
import { until } from './until.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const start = (config: Parameters<typeof startDiscord>[0]['config']) =>
  startDiscord({ pipeline: createPipeline(martinBot()), config, http: createHttpServer(), logger: silentLogger });

describe('startDiscord', () => {
  it('given neither a token nor a public key, refuses to start and names both settings', async () => {
    await expect(start({ allowedGuilds: [] })).rejects.toThrow(/DISCORD_TOKEN.*DISCORD_PUBLIC_KEY/);
  });

  it('given a token the gateway rejects, fails with a message naming DISCORD_TOKEN', async () => {
    await expect(
      start({ token: 'wrong-token', applicationId: fake.applicationId, apiUrl: fake.apiUrl, allowedGuilds: [] }),
    ).rejects.toThrow(/rejected DISCORD_TOKEN/);
  });

  it('given a public key that is not 64 hex characters, refuses to start', async () => {
    await expect(start({ publicKey: 'abc', allowedGuilds: [] })).rejects.toThrow(/64 hex/);
  });
});

describe('stop', () => {
  it('closes the gateway connection and turns HTTP interactions away with 503', async () => {
    const key = signingKey();
    const h = await startHarness({ config: { publicKey: key.publicKeyHex } });
    const { port } = await h.http.listen(0, '127.0.0.1');
    expect(h.fake.openConnections).toBe(1);
    await h.adapter.stop();
    await until(() => h.fake.openConnections === 0);
    const body = JSON.stringify({ type: 1 });
    const res = await fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: 'POST', body, headers: signedHeaders(key, body) });
    expect(res.status).toBe(503);
    await h.http.close({ deadlineMs: 0 });
    await h.fake.close();
  });
});
