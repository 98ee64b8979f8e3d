/**
 * Slash commands through the real discord.js Client and the loopback fake Discord:
 * private embeds with a share button, answered through the interaction callback.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDiscordMessage, LIMITS } from '../../src/discord/limits.js';
import { INTENTS } from '../../src/discord/gateway.js';
import { commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';

type Body = {
  type: number;
  data: {
    flags?: number;
    embeds: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }> }>;
    components?: Array<{ components: Array<{ custom_id?: string; label?: string }> }>;
  };
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const ask = (name: string, query?: string, where: { guild?: boolean } = { guild: true }) =>
  commandInteraction({
    applicationId: h.fake.applicationId,
    user: fakeUser(),
    ...(where.guild ? { guildId: h.guildId } : {}),
    name,
    ...(query === undefined ? {} : { query }),
  });

describe('gateway connection', () => {
  it('identifies with only Guilds, GuildMessages and DirectMessages, and asks for no compression', () => {
    const identify = h.fake.identifies[0]!;
    expect(identify.intents).toBe(INTENTS.reduce((bits, bit) => bits | bit, 0));
    expect(identify.intents).toBe(1 | 512 | 4096);
    expect(identify.compress).toBe(false);
    expect(h.fake.gatewayQueries[0]!.has('compress')).toBe(false);
  });

  it('took the gateway address from GET /gateway/bot on the configured REST base', () => {
    expect(h.fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
  });
});

describe('slash commands', () => {
  it('given /experience netflix, answers privately with the Netflix role as embeds and a share button', async () => {
    const callback = await h.interact(ask('experience', 'netflix'));
    const body = callback.body as Body;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds[0]!.title).toMatch(/Netflix/);
    expect(checkDiscordMessage(body.data as never)).toEqual([]);
    const button = body.data.components![0]!.components[0]!;
    expect(button.label).toBe('Share in channel');
    expect(button.custom_id!.length).toBeLessThanOrEqual(LIMITS.customId);
  });

  it('given every slash command with no query, answers each within every limit', async () => {
    for (const name of ['experience', 'skills', 'projects', 'education', 'contact', 'about', 'resume']) {
      const body = (await h.interact(ask(name))).body as Body;
      expect(body.type, name).toBe(4);
      expect(body.data.flags, name).toBe(MessageFlags.Ephemeral);
      expect(checkDiscordMessage(body.data as never), name).toEqual([]);
    }
  });

  it('given free text to /resume, routes it like a conversation', async () => {
    const body = (await h.interact(ask('resume', 'what did he do at netflix?'))).body as Body;
    expect(body.data.embeds[0]!.title).toMatch(/Netflix/);
  });

  it('given a query longer than the limit, answers with a private refusal and no share button', async () => {
    const body = (await h.interact(ask('skills', 'kubernetes '.repeat(100)))).body as Body;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds[0]!.title).toMatch(/too long/i);
    expect(body.data.components).toBeUndefined();
  });

  it('given a command used in a DM, answers without a share button (there is no channel to share into)', async () => {
    const body = (await h.interact(ask('experience', 'netflix', { guild: false }))).body as Body;
    expect(body.data.embeds[0]!.title).toMatch(/Netflix/);
    expect(body.data.components).toBeUndefined();
  });

  it('given a query with @everyone and a user mention, echoes it without anything that could ping', async () => {
    const body = (await h.interact(ask('projects', '@everyone <@123456789012345678> @here'))).body as Body;
    expect(body.data).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(checkDiscordMessage(body.data as never)).toEqual([]);
  });
});
