/**
 * The asker's language on Discord: every interaction carries the user's `locale`, and the
 * answer (labels, dates, buttons, the shared copy's lead) is worded in it; résumé text stays as
 * written. Through the real discord.js Client against the loopback fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';

type Body = {
  type: number;
  data: {
    embeds: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }>;
    components?: Array<{ components: Array<{ label?: string }> }>;
  };
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const ask = (name: string, query: string, locale?: string) =>
  commandInteraction({
    applicationId: h.fake.applicationId,
    user: fakeUser(),
    guildId: h.guildId,
    name,
    query,
    ...(locale ? { locale } : {}),
  });

describe('the language of a Discord answer', () => {
  it('given a user whose client is in pt-BR, answers in Portuguese with the résumé text as written', async () => {
    const body = (await h.interact(ask('experience', 'netflix', 'pt-BR'))).body as Body;
    const embed = body.data.embeds[0]!;
    expect(embed.title).toBe('Performance Architect — Netflix');
    expect(embed.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(['Empresa', 'Local', 'Período']));
    expect(JSON.stringify(body.data.embeds)).toMatch(/dez\. 2012 – mai\. 2021 · 8 anos e 6 meses/);
    expect(body.data.components![0]!.components[0]!.label).toBe('Compartilhar no canal');
    expect(checkDiscordMessage(body.data as never)).toEqual([]);
  });

  it('given a Portuguese question to /resume, understands it and answers in the asker language', async () => {
    const body = (await h.interact(ask('resume', 'ele sabe kubernetes?', 'pt-BR'))).body as Body;
    expect(body.data.embeds[0]!.title).toBe('Kubernetes');
    expect(JSON.stringify(body.data.embeds)).toMatch(/Onde aparece/);
  });

  it('given en-US or a locale without a catalogue, answers in English', async () => {
    for (const locale of ['en-US', 'ja']) {
      const body = (await h.interact(ask('experience', 'netflix', locale))).body as Body;
      expect(body.data.embeds[0]!.title).toBe('Performance Architect at Netflix');
      expect(body.data.components![0]!.components[0]!.label).toBe('Share in channel');
    }
  });
});
