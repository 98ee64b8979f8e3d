/**
 * A handler that throws costs one short private error, never the process: the next
 * interaction is answered as usual, and nothing escapes as an unhandled rejection.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { martinBot } from '../helpers/bot.js';
import { until } from './until.js';
import { autocompleteInteraction, commandInteraction, fakeUser, messageCreate, startHarness, type Harness } from './harness.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** The real pipeline, except that questions containing "boom" make it throw. */
function explodingPipeline(): Pipeline {
  const real = createPipeline(martinBot());
  return {
    bot: real.bot,
    allows: (tenant) => real.allows(tenant),
    lookup: (request) => real.lookup(request),
    handle(request) {
      if (request.text.includes('boom')) throw new Error('handler exploded');
      return real.handle(request);
    },
    complete(command, partial, limit) {
      if (partial.includes('boom')) throw new Error('completion exploded');
      return real.complete(command, partial, limit);
    },
  };
}

let h: Harness;
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  h = await startHarness({ pipeline: explodingPipeline() });
});
afterAll(async () => {
  await h.close();
  process.off('unhandledRejection', onUnhandled);
});

const command = (query: string) =>
  commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'skills', query });

it('given a command whose handler throws, answers with a short private error, then answers the next command normally', async () => {
  const failed = (await h.interact(command('boom'))).body as {
    type: number;
    data: { flags: number; embeds: Array<{ description: string }> };
  };
  expect(failed.type).toBe(4);
  expect(failed.data.flags).toBe(MessageFlags.Ephemeral);
  expect(failed.data.embeds[0]!.description).toMatch(/something went wrong/i);
  expect(checkDiscordMessage(failed.data as never)).toEqual([]);

  const next = (await h.interact(command('kubernetes'))).body as { data: { embeds: Array<{ title: string }> } };
  expect(next.data.embeds[0]!.title).toMatch(/Kubernetes/i);
  expect(h.logs.some((line) => line.includes('discord_interaction_failed'))).toBe(true);
  expect(unhandled).toEqual([]);
});

it('given autocomplete that throws, answers with no choices instead of an error', async () => {
  const body = (
    await h.interact(
      autocompleteInteraction({
        applicationId: h.fake.applicationId,
        user: fakeUser(),
        guildId: h.guildId,
        name: 'skills',
        partial: 'boom',
      }),
    )
  ).body;
  expect(body).toEqual({ type: 8, data: { choices: [] } });
});

it('given a mention whose handler throws, replies with a short error and keeps serving', async () => {
  const channelId = h.guildId;
  const question = messageCreate({
    author: fakeUser(),
    channelId,
    guildId: h.guildId,
    content: `<@${h.fake.botUser.id}> boom`,
    mentions: [h.fake.botUser],
  });
  const from = h.fake.requests.length;
  h.fake.dispatch('MESSAGE_CREATE', question);
  const reply = await h.fake.waitFor((r) => r.path === `/channels/${channelId}/messages`, { from });
  expect(JSON.stringify(reply.body)).toMatch(/something went wrong/i);
  expect((await h.interact(command('go'))).body).toMatchObject({ type: 4 });
});

it('given Discord failing a callback with a 500, logs it and answers the next interaction', async () => {
  const failing = command('kubernetes');
  h.fake.fail({ match: (r) => r.path.startsWith(`/interactions/${failing.id}/`), status: 500 });
  await h.interact(failing);
  // discord.js retries a 5xx a few times before giving up; the give-up is what gets logged.
  await until(() => h.logs.some((line) => line.includes('discord_callback_failed')));
  const next = (await h.interact(command('terraform'))).body as { type: number };
  expect(next.type).toBe(4);
  expect(unhandled).toEqual([]);
});
