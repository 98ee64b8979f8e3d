/**
 * discord.js's REST client runs over the bot's own HTTP transport (src/discord/transport.ts);
 * what REST relies on must still hold: rate-limit headers honoured, error bodies parsed.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTransport, MAX_REPLY_BYTES } from '../../src/discord/transport.js';
import { commandInteraction, fakeUser, snowflake, startHarness, type Harness } from './harness.js';
import { until } from './until.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const interaction = () =>
  commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'skills', query: 'kubernetes' });

it('given a 429 with Retry-After on a callback, waits and sends the same callback again', async () => {
  const ask = interaction();
  const path = `/interactions/${ask.id}/${ask.token}/callback`;
  h.fake.fail({
    match: (r) => r.path === path,
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
    times: 1,
  });
  const from = h.fake.requests.length;
  h.fake.dispatch('INTERACTION_CREATE', ask);
  await until(() => h.fake.requests.slice(from).filter((r) => r.path === path).length === 2);
  const [refused, retried] = h.fake.requests.slice(from).filter((r) => r.path === path);
  expect(retried!.body).toEqual(refused!.body);
  expect(retried!.body).toMatchObject({ type: 4 });
});

it('given a 4xx with a Discord error body, logs the error code and message', async () => {
  const ask = interaction();
  h.fake.fail({
    match: (r) => r.path.startsWith(`/interactions/${ask.id}/`),
    status: 404,
    body: { message: 'Unknown interaction', code: 10062 },
  });
  await h.interact(ask);
  await until(() => h.logs.some((line) => line.includes('discord_callback_failed') && line.includes('10062')));
  expect(h.logs.find((line) => line.includes('10062'))).toMatch(/Unknown interaction/);
  expect(h.logs.join('\n')).not.toContain(ask.token);
});

it("given a multipart body (a file upload: the timeline picture), hands it to discord.js's default transport", async () => {
  const transport = createTransport();
  const channel = snowflake();
  const form = new FormData();
  form.append('payload_json', JSON.stringify({ content: 'file' }));
  form.append('files[0]', new Blob(['hello']), 'hello.txt');
  try {
    const res = await transport.makeRequest(`${h.fake.apiUrl}/v10/channels/${channel}/messages`, {
      method: 'POST',
      body: form as never,
      headers: { authorization: `Bot ${h.fake.token}` },
    });
    expect(res.status).toBe(200);
  } finally {
    transport.destroy();
  }
  const received = h.fake.requests.find((r) => r.path === `/channels/${channel}/messages`)!;
  expect(received.headers['content-type']).toMatch(/^multipart\/form-data/);
  expect(received.body).toEqual({ content: 'file' });
  expect(received.files?.[0]?.data.toString()).toBe('hello');
});

it('given a reply larger than the cap, rejects the request instead of holding the whole reply', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    // Writes until the client hangs up: an endless reply.
    const pump = () => {
      while (res.write(chunk));
    };
    res.on('drain', pump);
    res.on('close', () => res.off('drain', pump));
    pump();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const transport = createTransport();
  try {
    await expect(transport.makeRequest(`http://127.0.0.1:${port}/v10/applications/1/commands`, { method: 'GET' })).rejects.toThrow(
      `larger than ${MAX_REPLY_BYTES} bytes`,
    );
  } finally {
    transport.destroy();
    server.closeAllConnections();
    server.close();
  }
});
