/**
 * "Share in channel": the private answer is posted publicly with "shared by", the private
 * copy says so, and fields the owner keeps private (the phone) never go public.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { buttonInteraction, commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';

type Message = {
  content?: string;
  flags?: number;
  embeds?: unknown[];
  components?: Array<{ components: Array<{ custom_id: string; label: string }> }>;
};

const phone = loadResumeFile('data/resume.json').basics.phone!;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Runs a command and returns the custom_id of its share button. */
async function shareButtonOf(name: string, query?: string): Promise<{ customId: string; reply: Message }> {
  const callback = await h.interact(
    commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name, ...(query ? { query } : {}) }),
  );
  const reply = (callback.body as { data: Message }).data;
  return { customId: reply.components![0]!.components[0]!.custom_id, reply };
}

describe('share in channel', () => {
  it('given a click on Share, updates the private copy to say it was shared and posts the answer publicly, shared by the clicker', async () => {
    const { customId } = await shareButtonOf('experience', 'netflix');
    const user = fakeUser('bob');
    const click = buttonInteraction({ applicationId: h.fake.applicationId, user, guildId: h.guildId, customId });
    const from = h.fake.requests.length;
    const callback = await h.interact(click);
    expect(callback.body).toMatchObject({
      type: 7,
      data: { content: expect.stringMatching(/shared/i), components: [], allowed_mentions: { parse: [] } },
    });

    const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`, {
      from,
    });
    const message = posted.body as Message;
    expect((message.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(message.content).toBe(`Shared by <@${user.id}>`);
    expect(JSON.stringify(message.embeds)).toMatch(/Netflix/);
    expect(message.components).toBeUndefined();
    expect(checkDiscordMessage(message as never, { allowUserMentionInContent: true })).toEqual([]);
  });

  it('given /contact, shows the phone privately but never in the shared copy', async () => {
    const { customId, reply } = await shareButtonOf('contact');
    expect(JSON.stringify(reply.embeds)).toContain(phone);

    const click = buttonInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, customId });
    const from = h.fake.requests.length;
    await h.interact(click);
    const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`, {
      from,
    });
    const shared = JSON.stringify(posted.body);
    expect(shared).toMatch(/Email/);
    expect(shared).not.toContain(phone);
    expect(shared).not.toMatch(/Phone/);
  });

  it('given Discord refuses the public message, the private copy says so and offers to try again', async () => {
    const { customId } = await shareButtonOf('skills', 'kubernetes');
    const click = buttonInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, customId });
    h.fake.fail({
      match: (r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`,
      status: 403,
      body: { message: 'Missing Permissions', code: 50013 },
    });
    const from = h.fake.requests.length;
    await h.interact(click);
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}/messages/@original`,
      { from },
    );
    const body = edit.body as Message;
    expect(body.content).toMatch(/did not accept/);
    expect(body.components![0]!.components[0]).toMatchObject({ custom_id: customId, label: 'Try sharing again' });
  });

  it('given a button from before a restart whose question was kept in memory, says politely to ask again', async () => {
    const click = buttonInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      customId: 'share#no-such-key',
    });
    const body = (await h.interact(click)).body as { type: number; data: Message };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(body.data.embeds)).toMatch(/ask again/i);
  });
});
