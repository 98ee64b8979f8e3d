/**
 * Discord turning a callback away, with its real errors: an interaction another instance already
 * answered (40060) or one past the 3 s deadline (10062). The bot logs it, sends nothing more for
 * that interaction (no second acknowledgement, no follow-ups), and answers the next one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commandInteraction, fakeUser, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const ask = () =>
  commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'experience', query: '' });

it.each([
  ['already acknowledged (40060)', (id: string) => h.fake.acknowledge(id), 40060],
  ['expired (10062)', (id: string) => h.fake.expire(id), 10062],
] as const)(
  'given an interaction %s, logs the refusal, acknowledges it once and sends nothing else, then answers the next command',
  async (_what, refuse, code) => {
    const interaction = ask();
    const from = h.fake.requests.length;
    const logsFrom = h.logs.length;
    refuse(interaction.id);
    const callback = await h.interact(interaction);
    expect(callback.body).toMatchObject({ type: 4 });
    // The next command is answered; once it is, everything for the refused one has been sent.
    const next = ask();
    expect((await h.interact(next)).body).toMatchObject({ type: 4, data: { flags: 64 } });
    const forRefused = h.fake.requests.slice(from).filter((r) => r.path.includes(interaction.token));
    expect(forRefused.map((r) => `${r.method} ${r.path.replace(interaction.token, '<token>')}`)).toEqual([
      `POST /interactions/${interaction.id}/<token>/callback`,
    ]);
    const failure = h.logs.slice(logsFrom).find((l) => l.includes('"discord_callback_failed"'));
    expect(failure, h.logs.slice(logsFrom).join('\n')).toBeDefined();
    expect(failure).toContain(String(code));
  },
);
