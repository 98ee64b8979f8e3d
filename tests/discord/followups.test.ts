/**
 * Follow-ups on Discord, through the real discord.js gateway against the fake: a thread (a
 * channel of its own) or a DM is one conversation per user; a second user in the same thread
 * leans on nothing of the first user's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeUser, messageCreate, snowflake, startHarness, type Harness, type RecordedRequest } from './harness.js';

type Reply = { embeds: Array<{ title?: string; description?: string }>; message_reference?: { message_id: string } };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Dispatches MESSAGE_CREATE and resolves with the reply to it. */
async function send(message: ReturnType<typeof messageCreate>): Promise<Reply> {
  const from = h.fake.requests.length;
  h.fake.dispatch('MESSAGE_CREATE', message);
  const posted: RecordedRequest = await h.fake.waitFor(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${message.channel_id}/messages` &&
      (r.body as Reply).message_reference?.message_id === message.id,
    { from },
  );
  return posted.body as Reply;
}

describe('follow-up questions on Discord', () => {
  const ask = (author: ReturnType<typeof fakeUser>, channelId: string, text: string) =>
    send(messageCreate({ author, guildId: h.guildId, channelId, content: `<@${h.fake.botUser.id}> ${text}`, mentions: [h.fake.botUser] }));

  it('given "what did he do at Netflix?" then "and before that?" in a thread, answers with the role before Netflix', async () => {
    const thread = snowflake();
    const alice = fakeUser('alice');
    expect((await ask(alice, thread, 'what did he do at Netflix?')).embeds[0]!.title).toMatch(/Netflix/);
    expect((await ask(alice, thread, 'and before that?')).embeds[0]!.title).toMatch(/Expedia/);
  });

  it('given a second user asking "and before that?" in the same thread, does not lean on the first user\'s answer', async () => {
    const thread = snowflake();
    await ask(fakeUser('carol'), thread, 'what did he do at Netflix?');
    const reply = await ask(fakeUser('dave'), thread, 'and before that?');
    expect(reply.embeds[0]!.title).toBe('Before which role?');
  });

  it('given a DM "what did he do at Netflix?" then "what did he build there?", lists the projects built at Netflix', async () => {
    const dm = snowflake();
    const erin = fakeUser('erin');
    await send(messageCreate({ author: erin, channelId: dm, content: 'what did he do at Netflix?' }));
    const reply = await send(messageCreate({ author: erin, channelId: dm, content: 'what did he build there?' }));
    expect(reply.embeds[0]!.title).toMatch(/projects at Netflix/);
  });
});
