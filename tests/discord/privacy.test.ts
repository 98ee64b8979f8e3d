/**
 * PRIVATE_FIELDS on Discord with a résumé whose owner pasted the private phone number into
 * other text too (the summary, a highlight): every public message — the shared copy and a
 * mention reply in a server — has the number nowhere (content, embeds, components), while
 * the private copies (the ephemeral answer, a DM) still show it.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { buttonInteraction, commandInteraction, fakeUser, messageCreate, PRIVATE_FIELDS, startHarness, type Harness } from './harness.js';

type Message = { flags?: number; content?: string; embeds?: unknown[]; components?: Array<{ components: Array<{ custom_id: string }> }> };

const resume = loadResumeFile('data/resume.json');
const phone = resume.basics.phone!;
resume.basics.summary = `${resume.basics.summary} Call me on ${phone} any time.`;
const netflix = resume.work.find((w) => w.name === 'Netflix')!;
netflix.highlights = [`Ran the on-call line (${phone}) for the performance team.`, ...netflix.highlights];

let h: Harness;
beforeAll(async () => {
  expect(PRIVATE_FIELDS).toContain('basics.phone');
  const bot = createBot({ resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
  h = await startHarness({ pipeline: createPipeline(bot, { privateFields: PRIVATE_FIELDS }) });
});
afterAll(async () => {
  await h.close();
});

/** Runs the command privately, clicks its Share button, and returns both copies. */
async function askAndShare(name: string, query?: string): Promise<{ ephemeral: Message; shared: Message }> {
  const callback = await h.interact(
    commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name, ...(query ? { query } : {}) }),
  );
  const ephemeral = (callback.body as { data: Message }).data;
  const click = buttonInteraction({
    applicationId: h.fake.applicationId,
    user: fakeUser(),
    guildId: h.guildId,
    customId: ephemeral.components![0]!.components[0]!.custom_id,
  });
  const from = h.fake.requests.length;
  await h.interact(click);
  const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`, {
    from,
  });
  return { ephemeral, shared: posted.body as Message };
}

async function replyTo(message: ReturnType<typeof messageCreate>): Promise<Message> {
  const from = h.fake.requests.length;
  h.fake.dispatch('MESSAGE_CREATE', message);
  const reply = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`, { from });
  return reply.body as Message;
}

describe('a private value repeated in other résumé text', () => {
  it('given /about shared, shows the phone in the summary privately but nowhere in the shared copy', async () => {
    const { ephemeral, shared } = await askAndShare('about');
    expect(ephemeral.flags).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(ephemeral)).toContain(phone);
    expect(JSON.stringify(shared)).not.toContain(phone);
    // The rest of the summary is still shared.
    expect(JSON.stringify(shared.embeds)).toMatch(/Call me on \(private\) any time/);
    expect(checkDiscordMessage(shared as never, { allowUserMentionInContent: true })).toEqual([]);
  });

  it('given /experience netflix shared, shows the phone in a highlight privately but nowhere in the shared copy', async () => {
    const { ephemeral, shared } = await askAndShare('experience', 'netflix');
    expect(JSON.stringify(ephemeral)).toContain(phone);
    expect(JSON.stringify(shared)).not.toContain(phone);
    expect(JSON.stringify(shared.embeds)).toMatch(/on-call line/);
  });

  it('given "about" as a mention in a server, the public reply has the phone nowhere', async () => {
    const reply = await replyTo(
      messageCreate({
        author: fakeUser(),
        guildId: h.guildId,
        content: `<@${h.fake.botUser.id}> tell me about him`,
        mentions: [h.fake.botUser],
      }),
    );
    expect(JSON.stringify(reply.embeds)).toMatch(/Call me on/);
    expect(JSON.stringify(reply)).not.toContain(phone);
  });

  it('given "about" in a DM, the private reply shows the phone', async () => {
    const reply = await replyTo(messageCreate({ author: fakeUser(), content: 'tell me about him' }));
    expect(JSON.stringify(reply)).toContain(phone);
  });
});
