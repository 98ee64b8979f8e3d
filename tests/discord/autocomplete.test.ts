/** As a user types a command's option, up to 25 suggestions from the résumé come back. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LIMITS } from '../../src/discord/limits.js';
import { autocompleteInteraction, fakeUser, startHarness, type Harness } from './harness.js';

type Choices = { type: number; data: { choices: Array<{ name: string; value: string }> } };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const typing = (name: string, partial: string) =>
  h.interact(autocompleteInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name, partial }));

it('given "netf" typed into /experience, suggests Netflix first', async () => {
  const body = (await typing('experience', 'netf')).body as Choices;
  expect(body.type).toBe(8);
  expect(body.data.choices[0]).toEqual({ name: 'Netflix', value: 'Netflix' });
});

it('given nothing typed yet, offers at most 25 choices, each name and value within 100 characters', async () => {
  for (const command of ['experience', 'skills', 'projects', 'education', 'resume']) {
    const { choices } = ((await typing(command, '')).body as Choices).data;
    expect(choices.length, command).toBeGreaterThan(0);
    expect(choices.length, command).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
      expect(choice.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
    }
    expect(new Set(choices.map((c) => c.value)).size, command).toBe(choices.length);
  }
});

it('given "kube" typed into /skills, suggests Kubernetes', async () => {
  const { choices } = ((await typing('skills', 'kube')).body as Choices).data;
  expect(choices.map((c) => c.value)).toContain('Kubernetes');
});

it('given a command that completes nothing, answers with an empty list rather than an error', async () => {
  const body = (await typing('about', 'x')).body as Choices;
  expect(body).toEqual({ type: 8, data: { choices: [] } });
});
