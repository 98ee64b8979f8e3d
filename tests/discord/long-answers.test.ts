/**
 * A résumé with very long entries: the answer is split over the callback and ephemeral
 * follow-ups, every message within Discord's limits, none rejected.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { loadAliasesFile } from '../../src/query/aliases.js';
import { loadResumeFile } from '../../src/resume/load.js';
import { checkDiscordMessage } from '../../src/discord/limits.js';
import { FIXED_NOW } from '../helpers/bot.js';
import { commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';

let h: Harness;
let company: string;
beforeAll(async () => {
  const resume = loadResumeFile('data/resume.json');
  company = resume.work[0]!.name!;
  const long = (i: number) => `Highlight ${i}: ${'rebuilt the capacity planning pipeline across every region and team, '.repeat(9)}`;
  resume.work[0]!.summary = 'A very long summary. '.repeat(400);
  resume.work[0]!.highlights = Array.from({ length: 40 }, (_, i) => long(i));
  const bot = createBot({ resume, aliases: loadAliasesFile('data/aliases.json'), clock: () => FIXED_NOW });
  h = await startHarness({ pipeline: createPipeline(bot) });
});
afterAll(async () => {
  await h.close();
});

it('given a role with very long entries, answers in several private messages, each within every limit', async () => {
  const interaction = commandInteraction({
    applicationId: h.fake.applicationId,
    user: fakeUser(),
    guildId: h.guildId,
    name: 'experience',
    query: company,
  });
  const from = h.fake.requests.length;
  const callback = await h.interact(interaction);
  const first = (callback.body as { type: number; data: { flags: number; content?: string } }).data;
  expect((callback.body as { type: number }).type).toBe(4);
  expect(first.flags).toBe(MessageFlags.Ephemeral);
  const pages = Number(/\(1\/(\d+)\)/.exec(first.content ?? '')?.[1]);
  expect(pages).toBeGreaterThan(1);

  const webhook = `/webhooks/${h.fake.applicationId}/${interaction.token}`;
  await h.fake.waitFor((r) => r.path === webhook && (r.body as { content?: string }).content === `(${pages}/${pages})`, { from });
  const followUps = h.fake.requests.slice(from).filter((r) => r.method === 'POST' && r.path === webhook);
  expect(followUps).toHaveLength(pages - 1);
  for (const [i, message] of [first, ...followUps.map((r) => r.body)].entries()) {
    expect((message as { flags?: number }).flags, `message ${i}`).toBe(MessageFlags.Ephemeral);
    expect(checkDiscordMessage(message as never), `message ${i}`).toEqual([]);
  }
});
