/**
 * /timeline on Discord: the answer (private first) carries the timeline PNG as an attachment
 * shown as its embed image; sharing posts it with the picture; a mention in a channel too.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerAttachment } from '../../src/model/answer.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { silentLogger } from '../../src/core/log.js';
import { createShareStore } from '../../src/discord/custom-id.js';
import { respondToInteraction } from '../../src/discord/interactions.js';

import { createTimelineImages } from '../../src/render/timeline/image.js';
import { FIXED_NOW, martinBot } from '../helpers/bot.js';
import {
  buttonInteraction,
  commandInteraction,
  fakeUser,
  messageCreate,
  startHarness,
  type Harness,
  type RecordedRequest,
} from './harness.js';

type Body = {
  content?: string;
  flags?: number;
  embeds?: Array<{ title?: string; image?: { url: string }; description?: string }>;
  attachments?: Array<{ id: number; filename: string; description?: string }>;
  components?: Array<{ components: Array<{ custom_id: string }> }>;
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ images: createTimelineImages({ privateFields: ['basics.phone'], clock: () => FIXED_NOW }) });
});
afterAll(() => h.close());

function expectPicture(request: RecordedRequest): Body {
  expect(request.headers['content-type']).toMatch(/^multipart\/form-data/);
  const body = request.body as Body;
  expect(body.embeds![0]!.image).toEqual({ url: 'attachment://timeline.png' });
  expect(body.attachments).toEqual([
    { id: 0, filename: 'timeline.png', description: expect.stringMatching(/^Career timeline of Martin Spier: PicPay/) },
  ]);
  expect(request.files).toHaveLength(1);
  const file = request.files![0]!;
  expect(file).toMatchObject({ field: 'files[0]', name: 'timeline.png', contentType: 'image/png' });
  expect(file.data.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(file.data.readUInt32BE(16)).toBe(1200);
  return body;
}

describe('/timeline on Discord', () => {
  it('given /timeline, answers privately with the text timeline, then attaches the picture to that private answer', async () => {
    const command = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'timeline' });
    const from = h.fake.requests.length;
    const callback = await h.interact(command);
    const reply = (callback.body as { data: Body }).data;
    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds![0]!.title).toBe('Career timeline');
    expect(reply.embeds![0]!.description).toContain('PicPay');
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${command.token}/messages/@original`,
      { from },
    );
    const edited = expectPicture(edit);
    // The edit keeps the Share button: the answer stays shareable like every other.
    expect(edited.components![0]!.components[0]!.custom_id).toBe(reply.components![0]!.components[0]!.custom_id);
  });

  it('given Share on it, posts the answer publicly with the picture attached', async () => {
    const command = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'timeline' });
    const reply = ((await h.interact(command)).body as { data: Body }).data;
    const click = buttonInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser('bob'),
      guildId: h.guildId,
      customId: reply.components![0]!.components[0]!.custom_id,
    });
    const from = h.fake.requests.length;
    await h.interact(click);
    const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`, {
      from,
    });
    const body = expectPicture(posted);
    expect((body.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(body.content).toMatch(/^Shared by/);
  });

  it('given "@resume-bot show me his career" in a channel, replies with the picture', async () => {
    const question = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `<@${h.fake.botUser.id}> show me his career`,
      mentions: [h.fake.botUser],
    });
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', question);
    const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${question.channel_id}/messages`, { from });
    expectPicture(posted);
  });

  it('given an answer that names no picture, attaches nothing', async () => {
    const ctx = {
      pipeline: createPipeline(martinBot()),
      privateFields: ['basics.phone'],
      logger: silentLogger,
      shares: createShareStore(),
      attachments: async (_answer: Answer, attachment: AnswerAttachment) => ({
        attachment,
        bytes: Buffer.from('png'),
        path: '/timeline/x.png',
      }),
    };
    const ask = (name: string) =>
      respondToInteraction(commandInteraction({ applicationId: '1', user: fakeUser(), guildId: '2', name }), ctx);
    expect((await ask('skills')).attach).toBeUndefined();
    expect((await ask('timeline')).attach?.files).toHaveLength(1);
  });
});
