/**
 * DISCORD_ALLOWED_GUILDS on every surface, through the real adapter over both transports:
 * slash commands, autocomplete, Share buttons, mentions and DMs. A server outside the list
 * (and, with a list set, any DM) gets a polite private refusal and no résumé data; the
 * allowed server is answered as usual, so a check that refused everything would fail here.
 */
import { MessageFlags } from 'discord.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { martinBot } from '../helpers/bot.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  fakeUser,
  messageCreate,
  snowflake,
  startHarness,
  type Harness,
  type RecordedRequest,
} from './harness.js';
import { signedHeaders, signingKey, type SigningKey } from '../fakes/discord-signing.js';
import { expectNoResumeData } from './resume-data.js';

type Message = { flags?: number; content?: string; embeds?: Array<{ title?: string; description?: string }>; components?: unknown[] };
type Response = { type: number; data: Message & { choices?: Array<{ value: string }> } };

const allowed = snowflake();
const other = snowflake();
let h: Harness;
let key: SigningKey;
let url: string;

async function startAllowlisted(): Promise<Harness> {
  const pipeline = createPipeline(martinBot(), { access: { discord: [allowed] } });
  return startHarness({ pipeline, guildId: allowed, config: { publicKey: key.publicKeyHex, allowedGuilds: [allowed] } });
}

beforeAll(async () => {
  key = signingKey();
  h = await startAllowlisted();
  const address: AddressInfo = await h.http.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${address.port}/discord/interactions`;
});
afterAll(async () => {
  await h.close();
});

/** The same interaction over the gateway (callback body) and over HTTP (response body). */
async function bothTransports(interaction: { id: string; token: string }): Promise<Response[]> {
  const viaGateway = (await h.interact(interaction)).body as Response;
  const body = JSON.stringify(interaction);
  const res = await fetch(url, { method: 'POST', body, headers: signedHeaders(key, body) });
  expect(res.status).toBe(200);
  return [viaGateway, (await res.json()) as Response];
}

function expectPoliteRefusal(message: Message, options: { ephemeral: boolean }): void {
  if (options.ephemeral) expect(message.flags).toBe(MessageFlags.Ephemeral);
  expect(message.embeds).toHaveLength(1);
  expect(message.embeds![0]!.title).toBe('Not available here');
  expect(message.embeds![0]!.description).toMatch(/not enabled for this workspace or server/);
  expect(message.components).toBeUndefined();
  expect(checkDiscordMessage(message as never)).toEqual([]);
  expectNoResumeData(message);
}

const where = (guildId: string | undefined) => ({ applicationId: h.fake.applicationId, user: fakeUser(), ...(guildId ? { guildId } : {}) });

describe('slash commands', () => {
  it('given /experience netflix from the allowed server, answers it on both transports', async () => {
    for (const response of await bothTransports(commandInteraction({ ...where(allowed), name: 'experience', query: 'netflix' }))) {
      expect(response.data.embeds![0]!.title).toMatch(/Netflix/);
    }
  });

  it('given /experience netflix from another server, refuses privately with no résumé data on both transports', async () => {
    for (const response of await bothTransports(commandInteraction({ ...where(other), name: 'experience', query: 'netflix' }))) {
      expect(response.type).toBe(4);
      expectPoliteRefusal(response.data, { ephemeral: true });
    }
  });

  it('given /contact in a DM while a server list is set, refuses privately on both transports', async () => {
    for (const response of await bothTransports(commandInteraction({ ...where(undefined), name: 'contact' }))) {
      expect(response.type).toBe(4);
      expectPoliteRefusal(response.data, { ephemeral: true });
    }
  });
});

describe('autocomplete', () => {
  it('given "netf" typed in the allowed server, suggests Netflix on both transports', async () => {
    for (const response of await bothTransports(autocompleteInteraction({ ...where(allowed), name: 'experience', partial: 'netf' }))) {
      expect(response.data.choices!.map((c) => c.value)).toContain('Netflix');
    }
  });

  it('given "netf" typed in another server or a DM, suggests nothing on both transports', async () => {
    for (const guildId of [other, undefined]) {
      for (const response of await bothTransports(autocompleteInteraction({ ...where(guildId), name: 'experience', partial: 'netf' }))) {
        expect(response).toEqual({ type: 8, data: { choices: [] } });
      }
      for (const response of await bothTransports(autocompleteInteraction({ ...where(guildId), name: 'skills', partial: '' }))) {
        expect(response).toEqual({ type: 8, data: { choices: [] } });
      }
    }
  });
});

describe('mentions and DMs', () => {
  /** Dispatches MESSAGE_CREATE and resolves with the reply to it. */
  async function replyTo(message: ReturnType<typeof messageCreate>): Promise<Message> {
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', message);
    const reply = await h.fake.waitFor(
      (r: RecordedRequest) =>
        r.method === 'POST' &&
        r.path === `/channels/${message.channel_id}/messages` &&
        (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === message.id,
      { from },
    );
    return reply.body as Message;
  }

  it('given a mention in the allowed server, answers it', async () => {
    const reply = await replyTo(
      messageCreate({
        author: fakeUser(),
        guildId: allowed,
        content: `<@${h.fake.botUser.id}> what did he do at netflix?`,
        mentions: [h.fake.botUser],
      }),
    );
    expect(reply.embeds![0]!.title).toMatch(/Netflix/);
  });

  it('given a mention in another server, replies with a short refusal and no résumé data', async () => {
    const reply = await replyTo(
      messageCreate({
        author: fakeUser(),
        guildId: other,
        content: `<@${h.fake.botUser.id}> what did he do at netflix?`,
        mentions: [h.fake.botUser],
      }),
    );
    expectPoliteRefusal(reply, { ephemeral: false });
  });

  it('given a DM while a server list is set, replies with a refusal and no résumé data', async () => {
    const reply = await replyTo(messageCreate({ author: fakeUser(), content: 'contact' }));
    expectPoliteRefusal(reply, { ephemeral: false });
  });
});

describe('Share buttons', () => {
  it('given a Share click from another server, refuses privately and posts nothing publicly, on both transports', async () => {
    // Its own adapter, stopped before the last check: stop() drains every send in flight, so
    // "no public copy was posted" is known rather than hoped for.
    const own = await startAllowlisted();
    const { port } = await own.http.listen(0, '127.0.0.1');
    try {
      const clicks = [0, 1].map(() =>
        buttonInteraction({
          applicationId: own.fake.applicationId,
          user: fakeUser(),
          guildId: other,
          customId: 'share:experience:netflix',
        }),
      );
      const viaGateway = (await own.interact(clicks[0]!)).body as Response;
      const body = JSON.stringify(clicks[1]);
      const viaHttp = (await (
        await fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: 'POST', body, headers: signedHeaders(key, body) })
      ).json()) as Response;
      for (const response of [viaGateway, viaHttp]) {
        expect(response.type).toBe(4);
        expectPoliteRefusal(response.data, { ephemeral: true });
      }
      await own.adapter.stop();
      for (const click of clicks)
        expect(own.fake.requests.filter((r) => r.path.startsWith(`/webhooks/${own.fake.applicationId}/${click.token}`))).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('given a Share click from the allowed server, posts the public copy', async () => {
    const click = buttonInteraction({ ...where(allowed), customId: 'share:experience:netflix' });
    const from = h.fake.requests.length;
    expect(((await h.interact(click)).body as Response).type).toBe(7);
    const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`, {
      from,
    });
    expect(JSON.stringify(posted.body)).toMatch(/Netflix/);
  });
});
