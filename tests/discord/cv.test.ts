/**
 * /cv on Discord: the private answer gets the CV attached as a PDF (by an edit right after
 * the response), sharing posts it with the file, and the file never shows a private field.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerAttachment } from '../../src/model/answer.js';
import { silentLogger } from '../../src/core/log.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { createCvCache } from '../../src/cv/cache.js';
import { createShareStore } from '../../src/discord/custom-id.js';
import { respondToInteraction } from '../../src/discord/interactions.js';
import { martinBot } from '../helpers/bot.js';
import { readPdf } from '../helpers/pdf-text.js';
import { buttonInteraction, commandInteraction, fakeUser, startHarness, type Harness, type RecordedRequest } from './harness.js';

type Body = {
  content?: string;
  flags?: number;
  embeds?: Array<{ title?: string }>;
  attachments?: Array<{ id: number; filename: string; description?: string }>;
  components?: Array<{ components: Array<{ custom_id: string }> }>;
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cv: createCvCache(['basics.phone']) });
});
afterAll(() => h.close());

async function expectCv(request: RecordedRequest): Promise<Body> {
  expect(request.headers['content-type']).toMatch(/^multipart\/form-data/);
  const body = request.body as Body;
  expect(body.attachments).toEqual([{ id: 0, filename: 'Martin-Spier-CV.pdf', description: 'Download PDF: Martin-Spier-CV.pdf' }]);
  expect(request.files).toHaveLength(1);
  const file = request.files![0]!;
  expect(file).toMatchObject({ field: 'files[0]', name: 'Martin-Spier-CV.pdf', contentType: 'application/pdf' });
  const text = (await readPdf(file.data)).pages.map((p) => p.text).join(' ');
  expect(text).toContain('Performance Architect — Netflix');
  expect(text).not.toContain('351-8800');
  return body;
}

describe('/cv on Discord', () => {
  it('given /cv, answers privately, then attaches the PDF to that private answer, still shareable', async () => {
    const command = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'cv' });
    const from = h.fake.requests.length;
    const reply = ((await h.interact(command)).body as { data: Body }).data;
    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply.embeds![0]!.title).toBe('Martin Spier — CV');
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${command.token}/messages/@original`,
      { from },
    );
    const edited = await expectCv(edit);
    expect(edited.components![0]!.components[0]!.custom_id).toBe(reply.components![0]!.components[0]!.custom_id);
  });

  it('given Share on it, posts the answer publicly with the PDF attached', async () => {
    const command = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'cv' });
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
    const body = await expectCv(posted);
    expect((body.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
  });

  it('given an answer that carries no file, attaches nothing', async () => {
    const ctx = {
      pipeline: createPipeline(martinBot()),
      logger: silentLogger,
      shares: createShareStore(),
      attachments: async (_answer: Answer, attachment: AnswerAttachment) => ({ attachment, bytes: Buffer.from('%PDF'), path: '/cv/x.pdf' }),
    };
    const ask = (name: string) =>
      respondToInteraction(commandInteraction({ applicationId: '1', user: fakeUser(), guildId: '2', name }), ctx);
    expect((await ask('skills')).attach).toBeUndefined();
    expect((await ask('cv')).attach?.files).toHaveLength(1);
  });
});
