/**
 * A team directory on Discord, end to end through discord.js against the fake Discord on
 * 127.0.0.1: /people kafka, a command with the person option (and its autocomplete), a mention of
 * a user mapped in a résumé's meta.chat, and a broken file dropped into the folder while the bot
 * runs; the person option is registered only for a directory.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import type { DirectoryBot } from '../../src/core/directory.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { registrationBody } from '../../src/discord/commands.js';
import type { ResumeWatcher } from '../../src/reload/watch.js';
import { watchedFolder } from '../directory/fixture.js';
import { resumePath } from '../query/fixture-bots.js';
import {
  autocompleteInteraction,
  commandInteraction,
  fakeUser,
  type Harness,
  messageCreate,
  PRIVATE_FIELDS,
  startHarness,
} from './harness.js';

type Embed = { title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> };
type Body = { type: number; data: { embeds?: Embed[]; choices?: Array<{ name: string; value: string }> } };
const textOf = (embeds: Embed[] = []) => JSON.stringify(embeds);

describe('a directory of people on Discord', () => {
  let h: Harness;
  let bot: DirectoryBot;
  let watcher: ResumeWatcher;
  let dir: string;
  let logs: Array<Record<string, unknown>>;

  beforeAll(async () => {
    ({ dir, bot, watcher, logs } = watchedFolder(['martin', 'senior-engineer', 'new-grad', 'martin-alvarez']));
    h = await startHarness({ pipeline: createPipeline(bot, { privateFields: PRIVATE_FIELDS }) });
  });
  afterAll(async () => {
    watcher.close();
    await h.close();
  });

  const command = async (name: string, query: string | undefined, person?: string): Promise<Body> => {
    const base = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name, query });
    const options = [...base.data.options, ...(person ? [{ name: 'person', type: 3, value: person }] : [])];
    const interaction = { ...base, data: { ...base.data, options } };
    return (await h.interact(interaction)).body as Body;
  };

  it('given /people kafka, lists exactly the people whose résumé says Kafka', async () => {
    const text = textOf((await command('people', 'kafka')).data.embeds);
    expect(text).toContain('Martin Spier — Kafka');
    expect(text).toContain('Dr. Lena Vasquez — Kafka');
    expect(text).not.toContain('Maya Okonkwo');
  });

  it('given the person option, answers about that person, the embed footer saying whose answer it is', async () => {
    const embeds = (await command('experience', undefined, 'Maya Okonkwo')).data.embeds ?? [];
    expect(textOf(embeds)).toContain('Outreach');
    expect(textOf(embeds)).not.toContain('Confluent');
    expect(embeds[0]!.footer?.text).toContain('Maya Okonkwo');
  });

  it('given the person option being typed, autocompletes names fuzzily', async () => {
    const interaction = autocompleteInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      name: 'skills',
      optionName: 'person',
      partial: 'vasqez',
    });
    const body = (await h.interact(interaction)).body as Body;
    expect(body.data.choices).toEqual([{ name: 'Dr. Lena Vasquez', value: 'Dr. Lena Vasquez' }]);
  });

  it('given a mention of a user a résumé maps in meta.chat, replies about that person', async () => {
    const question = messageCreate({
      author: fakeUser(),
      guildId: h.guildId,
      content: `<@${h.fake.botUser.id}> what languages does <@222222222222222222> speak?`,
      mentions: [h.fake.botUser],
    });
    const from = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', question);
    const reply = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${question.channel_id}/messages`, { from });
    const embeds = (reply.body as { embeds: Embed[] }).embeds;
    expect(textOf(embeds)).toContain('Español');
    expect(embeds[0]!.footer?.text).toContain('Martín Álvarez Núñez');
  });

  it('given a broken file dropped into the folder while it runs, logs it and keeps answering everyone else', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ "basics": { "name": "Broken Person", "email": 42 } }');
    await vi.waitFor(
      () => expect(logs.some((l) => l.event === 'resume_reload_refused' && String(l.error).includes('basics.email'))).toBe(true),
      {
        timeout: 30_000,
        interval: 20,
      },
    );
    copyFileSync(resumePath('sample'), join(dir, 'sample.json'));
    await vi.waitFor(() => expect(bot.people.map((p) => p.id)).toContain('sample'), { timeout: 30_000, interval: 20 });
    const text = textOf((await command('people', undefined)).data.embeds);
    expect(text).toContain('5 people');
    expect(text).toContain('Richard Hendriks');
    expect(text).not.toContain('Broken Person');
  });
});

describe('registration for a directory', () => {
  it('gives every command about one person an optional, autocompleted person option, and none to /people', () => {
    const body = registrationBody(commands, { person: true });
    const optionsOf = (name: string) => body.find((c) => c.name === name)?.options?.map((o) => o.name);
    expect(optionsOf('experience')).toEqual(['query', 'person']);
    expect(optionsOf('about')).toEqual(['person']);
    expect(optionsOf('people')).toEqual(['query']);
    expect(
      registrationBody(commands)
        .find((c) => c.name === 'experience')
        ?.options?.map((o) => o.name),
    ).toEqual(['query']);
  });
});
