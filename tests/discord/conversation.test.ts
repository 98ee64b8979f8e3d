/**
 * Conversation: an @mention in a server channel or a DM gets a reply to that message;
 * bots, this one included, are ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { fakeUser, messageCreate, snowflake, startHarness, type Harness, type RecordedRequest } from './harness.js';

type Reply = {
  content?: string;
  embeds: Array<{ title?: string }>;
  message_reference?: { message_id: string; fail_if_not_exists: boolean };
  allowed_mentions: unknown;
};

const phone = loadResumeFile('data/resume.json').basics.phone!;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const botMention = () => `<@${h.fake.botUser.id}>`;

/** Dispatches MESSAGE_CREATE and resolves with the first message posted in reply to it. */
async function send(message: ReturnType<typeof messageCreate>): Promise<RecordedRequest> {
  const from = h.fake.requests.length;
  h.fake.dispatch('MESSAGE_CREATE', message);
  return h.fake.waitFor(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${message.channel_id}/messages` &&
      (r.body as Reply).message_reference?.message_id === message.id,
    { from },
  );
}

describe('mentions and DMs', () => {
  it('given "@resume-bot what did he do at Netflix?" in a server channel, replies to that message about Netflix', async () => {
    const question = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `${botMention()} what did he do at Netflix?`,
      mentions: [h.fake.botUser],
    });
    const reply = (await send(question)).body as Reply;
    expect(reply.embeds[0]!.title).toMatch(/Netflix/);
    expect(reply.message_reference).toMatchObject({ message_id: question.id, fail_if_not_exists: false });
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(checkDiscordMessage(reply as never)).toEqual([]);
  });

  it('given a DM without any mention, replies to it', async () => {
    const question = messageCreate({ author: fakeUser(), content: 'does he know kubernetes?' });
    const reply = (await send(question)).body as Reply;
    expect(reply.embeds[0]!.title).toMatch(/Kubernetes/i);
  });

  it('given a contact question, keeps the phone out of a server channel but answers it in a DM', async () => {
    const inChannel = (
      await send(messageCreate({ author: fakeUser(), guildId: h.guildId, content: `${botMention()} contact`, mentions: [h.fake.botUser] }))
    ).body;
    const inDm = (await send(messageCreate({ author: fakeUser(), content: 'contact' }))).body;
    expect(JSON.stringify(inChannel)).not.toContain(phone);
    expect(JSON.stringify(inDm)).toContain(phone);
  });

  it('given @everyone and a user mention in the question, the reply pings no one', async () => {
    const question = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `${botMention()} @everyone <@123456789012345678> skills @here`,
      mentions: [h.fake.botUser],
    });
    const reply = (await send(question)).body as Reply;
    expect(checkDiscordMessage(reply as never)).toEqual([]);
  });

  it('given messages from a bot, from itself, and a server message that does not mention it, answers none of them', async () => {
    const channelId = snowflake();
    const ignored = [
      messageCreate({
        author: { ...fakeUser('otherbot'), bot: true },
        channelId,
        guildId: h.guildId,
        content: `${botMention()} netflix`,
        mentions: [h.fake.botUser],
      }),
      messageCreate({ author: { ...fakeUser('otherbot'), bot: true }, channelId, content: 'netflix' }),
      messageCreate({ author: { ...h.fake.botUser, bot: true }, channelId, content: 'netflix' }),
      messageCreate({ author: fakeUser(), channelId, guildId: h.guildId, content: 'netflix is great' }),
    ];
    const from = h.fake.requests.length;
    for (const message of ignored) h.fake.dispatch('MESSAGE_CREATE', message);
    // Dispatches are handled in order, so once this later question is answered the ignored ones had their turn.
    await send(messageCreate({ author: fakeUser(), channelId, content: 'netflix' }));
    const answered = h.fake.requests.slice(from).map((r) => (r.body as Reply).message_reference?.message_id);
    for (const message of ignored) expect(answered).not.toContain(message.id);
  });
});
