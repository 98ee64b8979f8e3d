/**
 * Discord's REST API misbehaving, scripted on the loopback fake: a 429 (Discord's body and
 * headers) is waited out and retried by discord.js's REST client and the answer arrives; a
 * 5xx that does not go away is retried, then logged, and the bot keeps answering. Each test
 * stops its own adapter before the final checks: stop() drains everything in flight, so
 * "nothing else was sent" and "nothing failed" are facts by then, not guesses.
 */
import { DefaultRestOptions, MessageFlags } from 'discord.js';
import { expect, it } from 'vitest';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import {
  buttonInteraction,
  commandInteraction,
  fakeUser,
  messageCreate,
  startHarness,
  type Harness,
  type RecordedRequest,
} from './harness.js';

/** What Discord sends with a 429 (https://discord.com/developers/docs/topics/rate-limits). */
function rateLimited(options: { global?: boolean } = {}) {
  const global = options.global ?? false;
  return {
    status: 429,
    times: 1,
    body: { message: 'You are being rate limited.', retry_after: 0.9, global },
    headers: {
      'Retry-After': '1',
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(Date.now() / 1000 + 1),
      'X-RateLimit-Reset-After': '1',
      'X-RateLimit-Bucket': 'fake-bucket',
      'X-RateLimit-Scope': global ? 'global' : 'user',
      ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
    },
  };
}

/** @discordjs/rest's first attempt plus its retries of a 5xx. */
const ATTEMPTS_ON_5XX = DefaultRestOptions.retries + 1;

async function withHarness(test: (h: Harness) => Promise<void>): Promise<void> {
  const h = await startHarness();
  try {
    await test(h);
  } finally {
    await h.adapter.stop();
    await h.http.close({ deadlineMs: 0 });
    await h.fake.close();
  }
}

const to =
  (path: string, method = 'POST') =>
  (r: RecordedRequest) =>
    r.method === method && r.path === path;
const logged = (h: Harness, event: string) => h.logs.filter((line) => (JSON.parse(line) as { event: string }).event === event);

it('given Discord answers an interaction callback with 429, waits as told, retries, and the private answer is delivered', async () => {
  await withHarness(async (h) => {
    const interaction = commandInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      name: 'skills',
      query: 'kubernetes',
    });
    const callback = `/interactions/${interaction.id}/${interaction.token}/callback`;
    h.fake.fail({ match: to(callback), ...rateLimited() });
    const from = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', interaction);
    const first = await h.fake.waitFor(to(callback), { from });
    const retry = await h.fake.waitFor(to(callback), { from: h.fake.requests.indexOf(first) + 1 });
    expect(retry.body).toEqual(first.body);
    const delivered = retry.body as { type: number; data: { flags: number; embeds: Array<{ title?: string }> } };
    expect(delivered.type).toBe(4);
    expect(delivered.data.flags).toBe(MessageFlags.Ephemeral);
    expect(delivered.data.embeds[0]!.title).toMatch(/Kubernetes/i);

    await h.adapter.stop();
    expect(retry.respondedAt).toBeDefined();
    expect(h.fake.requests.filter(to(callback))).toHaveLength(2);
    expect(logged(h, 'discord_callback_failed')).toEqual([]);
    expect(logged(h, 'discord_send_failed')).toEqual([]);
    // The wait is visible to an operator, without the interaction token that is in the URL.
    const limits = logged(h, 'discord_rate_limited');
    expect(limits).toHaveLength(1);
    expect(JSON.parse(limits[0]!)).toMatchObject({ level: 'warn', method: 'POST', global: false });
    expect(limits[0]).not.toContain(interaction.token);
  });
});

it('given Discord answers the shared copy (a follow-up webhook) with 429, retries it and posts it once, without telling the user it failed', async () => {
  await withHarness(async (h) => {
    const answer = await h.interact(
      commandInteraction({
        applicationId: h.fake.applicationId,
        user: fakeUser(),
        guildId: h.guildId,
        name: 'experience',
        query: 'netflix',
      }),
    );
    const customId = (answer.body as { data: { components: Array<{ components: Array<{ custom_id: string }> }> } }).data.components[0]!
      .components[0]!.custom_id;
    const click = buttonInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, customId });
    const webhook = `/webhooks/${h.fake.applicationId}/${click.token}`;
    h.fake.fail({ match: to(webhook), ...rateLimited() });
    const from = h.fake.requests.length;
    await h.interact(click);
    const first = await h.fake.waitFor(to(webhook), { from });
    const retry = await h.fake.waitFor(to(webhook), { from: h.fake.requests.indexOf(first) + 1 });
    expect(JSON.stringify(retry.body)).toMatch(/Netflix/);
    expect(checkDiscordMessage(retry.body as never, { allowUserMentionInContent: true })).toEqual([]);

    await h.adapter.stop();
    expect(retry.respondedAt).toBeDefined();
    expect(h.fake.requests.filter(to(webhook))).toHaveLength(2);
    // The "Discord did not accept the shared message" edit is only for a follow-up that failed.
    expect(h.fake.requests.filter(to(`${webhook}/messages/@original`, 'PATCH'))).toEqual([]);
    expect(logged(h, 'discord_followup_failed')).toEqual([]);
  });
});

it('given Discord answers a mention reply with a global 429, waits, retries, and the reply is posted once', async () => {
  await withHarness(async (h) => {
    const question = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `<@${h.fake.botUser.id}> what did he do at netflix?`,
      mentions: [h.fake.botUser],
    });
    const channel = `/channels/${question.channel_id}/messages`;
    h.fake.fail({ match: to(channel), ...rateLimited({ global: true }) });
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', question);
    const first = await h.fake.waitFor(to(channel), { from });
    const retry = await h.fake.waitFor(to(channel), { from: h.fake.requests.indexOf(first) + 1 });
    const reply = retry.body as { message_reference: { message_id: string }; embeds: Array<{ title?: string }> };
    expect(reply.message_reference.message_id).toBe(question.id);
    expect(reply.embeds[0]!.title).toMatch(/Netflix/);

    await h.adapter.stop();
    expect(retry.respondedAt).toBeDefined();
    expect(h.fake.requests.filter(to(channel))).toHaveLength(2);
    expect(logged(h, 'discord_send_failed')).toEqual([]);
  });
});

it('given the shared copy keeps failing with 503, retries it, logs the failure without the token, tells the clicker, and answers the next command', async () => {
  await withHarness(async (h) => {
    const answer = await h.interact(
      commandInteraction({
        applicationId: h.fake.applicationId,
        user: fakeUser(),
        guildId: h.guildId,
        name: 'skills',
        query: 'kubernetes',
      }),
    );
    const customId = (answer.body as { data: { components: Array<{ components: Array<{ custom_id: string }> }> } }).data.components[0]!
      .components[0]!.custom_id;
    const click = buttonInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, customId });
    const webhook = `/webhooks/${h.fake.applicationId}/${click.token}`;
    h.fake.fail({ match: to(webhook), status: 503, body: { message: 'Service Unavailable', code: 0 } });
    const from = h.fake.requests.length;
    await h.interact(click);
    const edit = await h.fake.waitFor(to(`${webhook}/messages/@original`, 'PATCH'), { from });
    expect((edit.body as { content: string }).content).toMatch(/did not accept/);
    expect(h.fake.requests.slice(from).filter(to(webhook))).toHaveLength(ATTEMPTS_ON_5XX);
    const failures = logged(h, 'discord_followup_failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('503');
    expect(h.logs.join('\n')).not.toContain(click.token);

    const next = (
      await h.interact(
        commandInteraction({
          applicationId: h.fake.applicationId,
          user: fakeUser(),
          guildId: h.guildId,
          name: 'projects',
          query: 'flamescope',
        }),
      )
    ).body;
    expect((next as { type: number }).type).toBe(4);
    expect((next as { data: { embeds: Array<{ title?: string }> } }).data.embeds[0]!.title).toMatch(/FlameScope/i);
  });
});

it('given mention replies in one channel keep failing with 502, retries, logs the failure, and answers a mention in another channel', async () => {
  await withHarness(async (h) => {
    const broken = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `<@${h.fake.botUser.id}> skills`,
      mentions: [h.fake.botUser],
    });
    const brokenChannel = `/channels/${broken.channel_id}/messages`;
    h.fake.fail({ match: to(brokenChannel), status: 502, body: { message: 'Bad Gateway', code: 0 } });
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', broken);
    await h.fake.waitFor(() => h.fake.requests.slice(from).filter(to(brokenChannel)).length === ATTEMPTS_ON_5XX, { from });
    const working = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `<@${h.fake.botUser.id}> where did he study?`,
      mentions: [h.fake.botUser],
    });
    h.fake.dispatch('MESSAGE_CREATE', working);
    const reply = await h.fake.waitFor(to(`/channels/${working.channel_id}/messages`), { from });
    expect(reply.body).toMatchObject({ message_reference: { message_id: working.id } });

    await h.adapter.stop();
    // No retries beyond @discordjs/rest's own, and exactly one log line for the reply that never made it.
    expect(h.fake.requests.filter(to(brokenChannel))).toHaveLength(ATTEMPTS_ON_5XX);
    const failures = logged(h, 'discord_send_failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('502');
  });
});
