/**
 * `npm run register:discord`: one bulk overwrite of every slash command, to a server when
 * DISCORD_GUILD_ID is set, globally otherwise, with names and descriptions Discord accepts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../commands/definition.js';
import { commandTexts } from '../../commands/localized.js';
import { commandJson, registrationBody, type CommandJson } from '../../src/discord/commands.js';
import { inviteUrl, registerCommands } from '../../src/discord/registration.js';
import { snowflake, startFakeDiscord, type FakeDiscord } from './harness.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const env = (extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_APPLICATION_ID: fake.applicationId,
  DISCORD_API_URL: fake.apiUrl,
  ...extra,
});

describe('the registration body', () => {
  it('has every slash command of the registry, each with one optional string option that autocompletes where asked', () => {
    const body = registrationBody(commands);
    expect(body.map((c) => c.name)).toEqual(commands.filter((c) => c.data.slash).map((c) => c.data.name));
    expect(body.map((c) => c.name)).not.toContain('help');
    for (const command of body) {
      expect(command.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      const source = commands.find((c) => c.data.name === command.name)!;
      if (source.data.option) {
        expect(command.options).toEqual([
          {
            type: 3,
            name: source.data.option.name,
            description: source.data.option.description,
            description_localizations: { 'pt-BR': commandTexts(source, 'pt-BR').option },
            required: false,
            autocomplete: source.data.option.autocomplete,
          },
        ]);
      } else expect(command.options).toEqual([]);
    }
    expect(body.find((c) => c.name === 'experience')!.options).toMatchObject([{ autocomplete: true }]);
  });

  it("given the Portuguese catalogue, every command carries its pt-BR name and descriptions, valid by Discord's rules", () => {
    const body = registrationBody(commands);
    for (const command of body) {
      expect(command.name_localizations?.['pt-BR']).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(command.description_localizations?.['pt-BR']?.length).toBeGreaterThan(0);
      expect(command.description_localizations?.['pt-BR']?.length).toBeLessThanOrEqual(100);
    }
    const experience = body.find((c) => c.name === 'experience')!;
    expect(experience.name_localizations).toEqual({ 'pt-BR': 'experiencia' });
    expect(experience.description_localizations?.['pt-BR']).toMatch(/^Cargos e empresas/);
    expect(experience.options?.[0]).toMatchObject({ description_localizations: { 'pt-BR': expect.stringMatching(/^Uma empresa/) } });
  });

  it.each([
    ['an uppercase name', { name: 'Experience' }, /command name "Experience"/],
    ['a 33-character name', { name: 'x'.repeat(33) }, /must be 1-32/],
    ['an empty description', { description: '' }, /description of \/bad must be 1-100/],
    ['a 101-character description', { description: 'd'.repeat(101) }, /1-100 characters, got 101/],
  ])('given a command with %s, refuses it with the command named', (_what, data, message) => {
    const bad = {
      data: { name: 'bad', description: 'ok', usageHint: '', option: null, examples: [], slash: true, ...data },
      execute: () => {
        throw new Error();
      },
    } as Command;
    expect(() => commandJson(bad)).toThrow(message);
  });
});

describe('registerCommands', () => {
  it('given DISCORD_GUILD_ID, PUTs every command to that server', async () => {
    const guild = snowflake();
    const from = fake.requests.length;
    const result = await registerCommands(env({ DISCORD_GUILD_ID: guild }), commands);
    const put = fake.requests.slice(from).filter((r) => r.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0]!.path).toBe(`/applications/${fake.applicationId}/guilds/${guild}/commands`);
    expect(put[0]!.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(put[0]!.body as CommandJson[]).toEqual(registrationBody(commands));
    expect(result.scope).toBe('guild');
  });

  it('given no DISCORD_GUILD_ID, PUTs every command globally', async () => {
    const from = fake.requests.length;
    const result = await registerCommands(env(), commands);
    const put = fake.requests.slice(from).filter((r) => r.method === 'PUT');
    expect(put.map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
    expect(result.scope).toBe('global');
  });

  it('given no token or no application id, fails naming the missing setting', async () => {
    await expect(registerCommands({ DISCORD_APPLICATION_ID: '1', DISCORD_PUBLIC_KEY: 'a'.repeat(64) }, commands)).rejects.toThrow(
      /DISCORD_TOKEN is missing/,
    );
    await expect(registerCommands({ DISCORD_TOKEN: 'x' }, commands)).rejects.toThrow(/DISCORD_APPLICATION_ID is missing/);
    await expect(registerCommands({}, commands)).rejects.toThrow(/DISCORD_TOKEN is missing/);
  });

  it('given a token Discord rejects, says so', async () => {
    await expect(registerCommands(env({ DISCORD_TOKEN: 'wrong' }), commands)).rejects.toThrow(/rejected DISCORD_TOKEN/);
  });
});

describe('the script entry', () => {
  it('given the settings in the environment, registers and prints the invite link', async () => {
    const saved = { ...process.env };
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      Object.assign(process.env, env(), { DISCORD_GUILD_ID: snowflake() });
      const from = fake.requests.length;
      await import('../../src/discord/register.js');
      expect(fake.requests.slice(from).filter((r) => r.method === 'PUT')).toHaveLength(1);
    } finally {
      write.mockRestore();
      process.env = saved;
    }
    expect(out.join('')).toContain(`Registered ${registrationBody(commands).length} commands`);
    expect(out.join('')).toContain(inviteUrl(fake.applicationId));
  });
});

describe('inviteUrl', () => {
  it('asks for the bot and applications.commands scopes and exactly the permissions the bot uses', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channels 1<<10, Send Messages 1<<11, Embed Links 1<<14, Read Message History 1<<16, Send Messages in Threads 1<<38.
    expect(BigInt(url.searchParams.get('permissions')!)).toBe((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 38n));
  });
});
