/**
 * POST /discord/interactions: Ed25519-verified HTTP interactions on the shared HTTP server,
 * answered in the response body exactly as the gateway answers through the callback.
 */
import { MessageFlags } from 'discord.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/discord/http.js';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { autocompleteInteraction, commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';
import { signedHeaders, signingKey, type SigningKey } from '../fakes/discord-signing.js';

let h: Harness;
let key: SigningKey;
let url: string;

beforeAll(async () => {
  key = signingKey();
  h = await startHarness({ config: { publicKey: key.publicKeyHex } });
  const address: AddressInfo = await h.http.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}/discord/interactions`;
});
afterAll(async () => {
  await h.close();
});

const post = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', body, headers });
const postSigned = (payload: unknown) => {
  const body = JSON.stringify(payload);
  return post(body, signedHeaders(key, body));
};

describe('signature verification', () => {
  it('given a PING signed with the application key, answers PONG', async () => {
    const res = await postSigned({ id: '1', type: 1, application_id: h.fake.applicationId, token: 't', version: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('given a request signed with another key, answers 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const res = await post(body, signedHeaders(signingKey(), body));
    expect(res.status).toBe(401);
  });

  it('given no signature headers, answers 401', async () => {
    const res = await post(JSON.stringify({ type: 1 }), { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
  });

  it('given a body changed after signing, answers 401', async () => {
    const headers = signedHeaders(key, JSON.stringify({ type: 1 }));
    const res = await post(JSON.stringify({ type: 2 }), headers);
    expect(res.status).toBe(401);
  });

  const ping = () => JSON.stringify({ id: '1', type: 1, application_id: h.fake.applicationId, token: 't', version: 1 });
  const stamped = (secondsFromNow: number) => String(Math.floor(Date.now() / 1000) + secondsFromNow);

  it('given a validly signed interaction stamped two days ago, answers 401 however often it is replayed', async () => {
    const body = ping();
    const headers = signedHeaders(key, body, stamped(-2 * 24 * 3600));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(body, headers)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
  });

  it('given a validly signed interaction stamped six minutes ahead or six minutes ago, answers 401; four minutes either way is accepted', async () => {
    const body = ping();
    expect((await post(body, signedHeaders(key, body, stamped(6 * 60)))).status).toBe(401);
    expect((await post(body, signedHeaders(key, body, stamped(-6 * 60)))).status).toBe(401);
    expect((await post(body, signedHeaders(key, body, stamped(4 * 60)))).status).toBe(200);
    expect((await post(body, signedHeaders(key, body, stamped(-4 * 60)))).status).toBe(200);
  });

  it('given a signed timestamp that is not a plain number of seconds, answers 401', async () => {
    const body = ping();
    for (const timestamp of ['', '1.7e9', '0x6553f100', `${stamped(0)}000`]) {
      expect((await post(body, signedHeaders(key, body, timestamp))).status, timestamp).toBe(401);
    }
  });

  it('given a signature that is not hex, answers 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const res = await post(body, { ...signedHeaders(key, body), 'x-signature-ed25519': 'not-a-signature' });
    expect(res.status).toBe(401);
  });
});

describe('bad requests', () => {
  it('given a signed body that is not JSON, answers 400', async () => {
    const res = await post('{not json', signedHeaders(key, '{not json'));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not valid JSON/);
  });

  it('given signed JSON that is not an interaction, answers 400', async () => {
    for (const payload of [[1, 2], { type: 'ping' }, null]) {
      expect((await postSigned(payload)).status).toBe(400);
    }
  });

  it('given a body over the route’s limit, answers 413 without reading it all', async () => {
    const body = 'x'.repeat(MAX_BODY_BYTES + 1);
    const res = await post(body, signedHeaders(key, body));
    expect(res.status).toBe(413);
  });

  it('given an unannounced (chunked) body over the route’s limit, answers 413 once the limit is passed', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < MAX_BODY_BYTES / chunk.length + 4) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const res = await fetch(url, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'x-signature-ed25519': 'a'.repeat(128), 'x-signature-timestamp': timestamp },
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('given a GET, answers 405', async () => {
    expect((await fetch(url)).status).toBe(405);
  });
});

describe('answers', () => {
  it('given /experience netflix, answers in the response body with private embeds and a share button', async () => {
    const res = await postSigned(
      commandInteraction({
        applicationId: h.fake.applicationId,
        user: fakeUser(),
        guildId: h.guildId,
        name: 'experience',
        query: 'netflix',
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { type: number; data: { flags: number; embeds: Array<{ title: string }>; components: unknown[] } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds[0]!.title).toMatch(/Netflix/);
    expect(body.data.components).toHaveLength(1);
    expect(checkDiscordMessage(body.data as never)).toEqual([]);
  });

  it('given autocomplete, answers with choices in the response body', async () => {
    const res = await postSigned(
      autocompleteInteraction({
        applicationId: h.fake.applicationId,
        user: fakeUser(),
        guildId: h.guildId,
        name: 'experience',
        partial: 'netf',
      }),
    );
    expect(((await res.json()) as { type: number; data: { choices: Array<{ value: string }> } }).data.choices[0]!.value).toBe('Netflix');
  });

  it('given the same interaction over the gateway and over HTTP, gives the same response', async () => {
    const user = fakeUser();
    for (const [name, query] of [
      ['experience', 'netflix'],
      ['skills', 'kubernetes'],
      ['contact', undefined],
      ['resume', '@everyone where did he study?'],
    ] as const) {
      const interaction = commandInteraction({
        applicationId: h.fake.applicationId,
        user,
        guildId: h.guildId,
        name,
        ...(query ? { query } : {}),
      });
      const viaGateway = (await h.interact(interaction)).body;
      const viaHttp = await (await postSigned(interaction)).json();
      expect(viaHttp, name).toEqual(viaGateway);
    }
  });
});
