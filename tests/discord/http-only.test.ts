/**
 * With only DISCORD_PUBLIC_KEY (no bot token, no gateway), the bot still answers and
 * shares: follow-ups go to the interaction webhook, which needs no token.
 */
import { MessageFlags } from 'discord.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { buttonInteraction, commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';
import { signedHeaders, signingKey, type SigningKey } from '../fakes/discord-signing.js';

let h: Harness;
let key: SigningKey;
let url: string;

beforeAll(async () => {
  key = signingKey();
  h = await startHarness({ gateway: false, config: { publicKey: key.publicKeyHex } });
  const address: AddressInfo = await h.http.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}/discord/interactions`;
});
afterAll(async () => {
  await h.close();
});

async function postSigned(
  payload: unknown,
): Promise<{ type: number; data: { flags?: number; content?: string; components?: Array<{ components: Array<{ custom_id: string }> }> } }> {
  const body = JSON.stringify(payload);
  const res = await fetch(url, { method: 'POST', body, headers: signedHeaders(key, body) });
  expect(res.status).toBe(200);
  return (await res.json()) as never;
}

it('given no bot token, never opens a gateway connection', () => {
  expect(h.fake.identifies).toEqual([]);
  expect(h.fake.requests.filter((r) => r.path === '/gateway/bot')).toEqual([]);
});

it('given a share click over HTTP, updates the private copy in the response and posts the public copy through the webhook without a token', async () => {
  const answer = await postSigned(
    commandInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      name: 'projects',
      query: 'flamescope',
    }),
  );
  expect(answer.data.flags).toBe(MessageFlags.Ephemeral);
  const click = buttonInteraction({
    applicationId: h.fake.applicationId,
    user: fakeUser(),
    guildId: h.guildId,
    customId: answer.data.components![0]!.components[0]!.custom_id,
  });
  const from = h.fake.requests.length;
  const update = await postSigned(click);
  expect(update.type).toBe(7);
  expect(update.data.content).toMatch(/shared/i);

  const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`, {
    from,
  });
  expect(JSON.stringify(posted.body)).toMatch(/FlameScope/i);
  expect(posted.headers.authorization).toBeUndefined();
});
