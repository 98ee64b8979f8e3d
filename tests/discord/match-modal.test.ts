/**
 * /match on Discord with a long job description: asked without text, the command opens a modal
 * with a paragraph input; the submitted description is answered like the command (private
 * first, with Share), through the gateway and through HTTP interactions alike. Real discord.js
 * against the fake Discord on loopback.
 */
import { InteractionResponseType, MessageFlags } from 'discord.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders, signingKey, type SigningKey } from '../fakes/discord-signing.js';
import {
  buttonInteraction,
  commandInteraction,
  fakeUser,
  invalidModal,
  modalSubmitInteraction,
  startHarness,
  type Harness,
} from './harness.js';

type Modal = {
  custom_id: string;
  title: string;
  components: Array<{ type: number; label: string; component: { type: number; custom_id: string; style: number; max_length: number } }>;
};
type Message = { flags?: number; embeds?: Array<{ title?: string }>; components?: Array<{ components: Array<{ custom_id: string }> }> };

/** A job description past a slash command's one line: some 3,500 characters, requirements spread through it. */
const LONG_JOB = [
  'About the role: we are looking for a Principal Performance Engineer to join our platform group.',
  'You will own the speed of a product used by millions of people every day, from the browser to the database. '.repeat(10),
  'Requirements: 10+ years of performance engineering; deep experience with Kubernetes and Kafka; fluency in Go or Rust.',
  'You have led teams and mentored engineers, and you enjoy explaining flame graphs to anyone who will listen. '.repeat(10),
  'Nice to have: Terraform, Cassandra, a history of open source work. We offer a hybrid office and a fast-paced team. '.repeat(10),
].join('\n\n');

const textOf = (message: Message) => JSON.stringify(message.embeds);

function expectModal(callback: unknown): Modal {
  const { type, data } = callback as { type: number; data: Modal };
  expect(type).toBe(InteractionResponseType.Modal);
  expect(invalidModal(data)).toBeNull();
  expect(data.custom_id).toBe('ask:match');
  const [label, ...more] = data.components;
  expect(more).toEqual([]);
  expect(label).toMatchObject({ type: 18, component: { type: 4, style: 2, custom_id: 'text', max_length: 4000, required: true } });
  return data;
}

describe('/match through a modal on the gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('given /match with no text, opens a modal with one paragraph input for the job description', async () => {
    const command = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'match' });
    const modal = expectModal((await h.interact(command)).body);
    expect(modal.title).toBe('How well he fits a job');
    expect(modal.components[0]!.label).toBe('The job description');
  });

  it('given the modal submitted with a 3,500-character description, answers privately with each requirement and Share', async () => {
    expect(LONG_JOB.length).toBeGreaterThan(3000);
    expect(LONG_JOB.length).toBeLessThanOrEqual(4000);
    const submit = modalSubmitInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      customId: 'ask:match',
      inputId: 'text',
      value: LONG_JOB,
    });
    const reply = ((await h.interact(submit)).body as { type: number; data: Message }).data;
    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const text = textOf(reply);
    expect(text).toMatch(/Performance engineering \(asked 10\+ years\)/);
    expect(text).toContain('Kubernetes');
    expect(text).toMatch(/Not found/i);
    expect(text).not.toMatch(/fast-paced/);

    // Share posts the same answer for everyone: the long description came back through the button.
    const customId = reply.components![0]!.components[0]!.custom_id;
    const click = buttonInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, customId });
    const from = h.fake.requests.length;
    await h.interact(click);
    const posted = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${click.token}`, {
      from,
    });
    expect(((posted.body as Message).flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(textOf(posted.body as Message)).toBe(text);
  });

  it('given /match with the description in the option, answers at once without a modal', async () => {
    const command = commandInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      name: 'match',
      optionName: 'job',
      query: 'Kubernetes and Kafka',
    });
    const callback = (await h.interact(command)).body as { type: number; data: Message };
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(textOf(callback.data)).toContain('Kubernetes');
  });

  it('given a modal submission that is not ours, or a command that reads no long text, opens nothing', async () => {
    const stranger = modalSubmitInteraction({
      applicationId: h.fake.applicationId,
      user: fakeUser(),
      guildId: h.guildId,
      customId: 'something-else',
      inputId: 'text',
      value: 'Kubernetes',
    });
    const answered = (await h.interact(stranger)).body as { type: number; data: Message };
    expect(answered.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(textOf(answered.data)).toMatch(/does not do anything/);
    const skills = commandInteraction({ applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId, name: 'skills' });
    expect(((await h.interact(skills)).body as { type: number }).type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });

  it("the fake refuses a modal past Discord's limits, as Discord would", () => {
    const broken = { custom_id: 'ask:match', title: 'x'.repeat(46), components: [] };
    expect(invalidModal(broken)).not.toBeNull();
  });
});

describe('/match through a modal on HTTP interactions', () => {
  let h: Harness;
  let key: SigningKey;
  let url: string;
  beforeAll(async () => {
    key = signingKey();
    h = await startHarness({ gateway: false, config: { publicKey: key.publicKeyHex } });
    const address: AddressInfo = await h.http.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${address.port}/discord/interactions`;
  });
  afterAll(() => h.close());

  const postSigned = async (payload: unknown) => {
    const body = JSON.stringify(payload);
    const res = await fetch(url, { method: 'POST', body, headers: signedHeaders(key, body) });
    expect(res.status).toBe(200);
    return res.json();
  };

  it('given /match with no text, answers with the modal; given its submission, with the private answer', async () => {
    const base = { applicationId: h.fake.applicationId, user: fakeUser(), guildId: h.guildId };
    expectModal(await postSigned(commandInteraction({ ...base, name: 'match' })));
    const answered = (await postSigned(modalSubmitInteraction({ ...base, customId: 'ask:match', inputId: 'text', value: LONG_JOB }))) as {
      type: number;
      data: Message;
    };
    expect(answered.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(answered.data.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(textOf(answered.data)).toMatch(/Performance engineering \(asked 10\+ years\)/);
  });

  it('given a submission whose inputs are not what a form sends, answers 400 before anything reads it', async () => {
    const body = JSON.stringify({
      ...modalSubmitInteraction({
        applicationId: h.fake.applicationId,
        user: fakeUser(),
        customId: 'ask:match',
        inputId: 'text',
        value: 'x',
      }),
      data: { custom_id: 'ask:match', components: 'nope' },
    });
    const res = await fetch(url, { method: 'POST', body, headers: signedHeaders(key, body) });
    expect(res.status).toBe(400);
  });
});
