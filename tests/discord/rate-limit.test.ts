/**
 * The per-user token bucket on Discord: one limiter for the gateway and HTTP interactions
 * of a process, so a user cannot double the allowance by switching transport. Over the
 * limit, a polite private message (ephemeral for interactions; for a mention, one short
 * reply with nothing from the résumé). Other users are not affected.
 */
import { MessageFlags } from 'discord.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { createRateLimiter } from '../../src/core/rate-limit.js';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { martinBot } from '../helpers/bot.js';
import { buttonInteraction, commandInteraction, fakeUser, messageCreate, startHarness, type FakeUser, type Harness } from './harness.js';
import { signedHeaders, signingKey, type SigningKey } from '../fakes/discord-signing.js';
import { expectNoResumeData } from './resume-data.js';

type Message = {
  flags?: number;
  content?: string;
  embeds?: Array<{ title?: string; description?: string }>;
  components?: unknown[];
  message_reference?: { message_id: string };
};
type Response = { type: number; data: Message };

/** Questions per user; the window is long enough that no token comes back during the test. */
const ALLOWANCE = 3;
let h: Harness;
let key: SigningKey;
let url: string;

beforeAll(async () => {
  key = signingKey();
  const pipeline = createPipeline(martinBot(), { rateLimiter: createRateLimiter({ capacity: ALLOWANCE, windowMs: 3_600_000 }) });
  h = await startHarness({ pipeline, config: { publicKey: key.publicKeyHex } });
  const address: AddressInfo = await h.http.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}/discord/interactions`;
});
afterAll(async () => {
  await h.close();
});

const ask = (user: FakeUser, query = 'kubernetes') =>
  commandInteraction({ applicationId: h.fake.applicationId, user, guildId: h.guildId, name: 'skills', query });

const viaGateway = async (interaction: { id: string; token: string }) => (await h.interact(interaction)).body as Response;
async function viaHttp(interaction: unknown): Promise<Response> {
  const body = JSON.stringify(interaction);
  const res = await fetch(url, { method: 'POST', body, headers: signedHeaders(key, body) });
  expect(res.status).toBe(200);
  return (await res.json()) as Response;
}

function expectAnswered(response: Response): void {
  expect(response.type).toBe(4);
  expect(response.data.embeds![0]!.title).toMatch(/Kubernetes/i);
}

function expectLimited(message: Message): void {
  expect(message.embeds).toHaveLength(1);
  expect(message.embeds![0]!.title).toMatch(/too many questions/i);
  expect(message.embeds![0]!.description).toMatch(/^Please wait \d+ seconds? and ask again\.$/);
  expect(message.components).toBeUndefined();
  expect(checkDiscordMessage(message as never)).toEqual([]);
  expectNoResumeData(message);
}

describe('one allowance per user across transports', () => {
  it('given a user who spent the allowance over the gateway, limits them over HTTP interactions too, privately', async () => {
    const user = fakeUser();
    for (let i = 0; i < ALLOWANCE; i++) expectAnswered(await viaGateway(ask(user)));
    const limited = await viaHttp(ask(user));
    expect(limited.type).toBe(4);
    expect(limited.data.flags).toBe(MessageFlags.Ephemeral);
    expectLimited(limited.data);
    // Someone else is still answered.
    expectAnswered(await viaHttp(ask(fakeUser())));
  });

  it('given a user who spent the allowance over HTTP interactions, limits them over the gateway too, privately', async () => {
    const user = fakeUser();
    for (let i = 0; i < ALLOWANCE; i++) expectAnswered(await viaHttp(ask(user)));
    const limited = await viaGateway(ask(user));
    expect(limited.data.flags).toBe(MessageFlags.Ephemeral);
    expectLimited(limited.data);
  });

  it('given a limited user clicking Share, tells them privately and does not share', async () => {
    const user = fakeUser();
    for (let i = 0; i < ALLOWANCE; i++) expectAnswered(await viaGateway(ask(user)));
    const click = await viaGateway(
      buttonInteraction({ applicationId: h.fake.applicationId, user, guildId: h.guildId, customId: 'share:skills:kubernetes' }),
    );
    // 4 is a new private message; sharing would have been 7 (update the clicked message) plus a public follow-up.
    expect(click.type).toBe(4);
    expect(click.data.flags).toBe(MessageFlags.Ephemeral);
    expectLimited(click.data);
  });
});

describe('mentions', () => {
  it('given a user over the limit mentioning the bot in a server, replies once, briefly, with nothing from the résumé', async () => {
    const user = fakeUser();
    for (let i = 0; i < ALLOWANCE; i++) expectAnswered(await viaHttp(ask(user)));
    const question = messageCreate({
      author: user,
      guildId: h.guildId,
      content: `<@${h.fake.botUser.id}> what did he do at netflix?`,
      mentions: [h.fake.botUser],
    });
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', question);
    const reply = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${question.channel_id}/messages`, { from });
    const body = reply.body as Message;
    expect(body.message_reference?.message_id).toBe(question.id);
    // A split answer would start with "(1/n)": no content means this one message is the whole reply.
    expect(body.content).toBeUndefined();
    expectLimited(body);
  });

  it('given a limited user mentioning the bot again and again in a server, replies to the first only, so the channel is not flooded', async () => {
    const user = fakeUser();
    for (let i = 0; i < ALLOWANCE; i++) expectAnswered(await viaHttp(ask(user)));
    const mention = (author: FakeUser, content: string) =>
      messageCreate({ author, guildId: h.guildId, content: `<@${h.fake.botUser.id}> ${content}`, mentions: [h.fake.botUser] });
    const burst = [mention(user, 'netflix?'), mention(user, 'picpay?'), mention(user, 'kafka?')];
    // Another user's question after the burst, in the same channel: once it is answered, the burst has been handled.
    const marker = mention(fakeUser(), 'where did he study?');
    const from = h.fake.requests.length;
    for (const message of [...burst, marker]) h.fake.dispatch('MESSAGE_CREATE', message);
    await h.fake.waitFor((r) => r.method === 'POST' && (r.body as Message).message_reference?.message_id === marker.id, { from });
    const replies = h.fake.requests
      .slice(from)
      .filter((r) => r.method === 'POST' && r.path.endsWith('/messages'))
      .map((r) => r.body as Message)
      .filter((m) => burst.some((b) => b.id === m.message_reference?.message_id));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.message_reference?.message_id).toBe(burst[0]!.id);
    expectLimited(replies[0]!);
  });
});
