/**
 * Follow-ups on Slack, through the real Bolt against the fake Web API: a thread is one
 * conversation per user, a DM is one, and a user's slash commands in a channel are one.
 * Another user in the same thread leans on nothing of the first user's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEveryMessageValid, mentionEvent, sendEvent, slashCommand, startHarness, textOf, dmEvent, type Harness } from './harness.js';

const OTHER_USER = 'U0USER002';

/** Sends an event and resolves with the bot's reply to it in `thread` (calls before the event are not looked at). */
async function exchange(h: Harness, event: Record<string, unknown>, thread: string): Promise<string> {
  const from = h.fake.calls.length;
  await sendEvent(h, event);
  const reply = await h.fake.nextCallWhere(
    (c) =>
      h.fake.calls.indexOf(c) >= from &&
      (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') &&
      c.body.thread_ts === thread &&
      c.status === 200,
  );
  return textOf(reply.body);
}

describe('follow-up questions on Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given "what did he do at netflix?" then "and before that?" in its thread, answers with the role before Netflix', async () => {
    const root = '1700001000.000100';
    expect(await exchange(h, mentionEvent('what did he do at netflix?', root), root)).toMatch(/Netflix/);
    const second = await exchange(h, mentionEvent('and before that?', '1700001001.000100', { thread_ts: root }), root);
    expect(second).toMatch(/Expedia/);
    expect(second).not.toMatch(/Before which role/);
  });

  it('given a second user asking "and before that?" in the same thread, does not lean on the first user\'s answer', async () => {
    const root = '1700002000.000100';
    await exchange(h, mentionEvent('what did he do at netflix?', root), root);
    const reply = await exchange(h, mentionEvent('and before that?', '1700002001.000100', { thread_ts: root, user: OTHER_USER }), root);
    expect(reply).toMatch(/Before which role\?/);
    expect(reply).not.toMatch(/Expedia/);
  });

  it('given a DM "does he know kafka?" then "and kubernetes?", answers about Kubernetes', async () => {
    expect(await exchange(h, dmEvent('does he know kafka?', '1700003000.000100'), '1700003000.000100')).toMatch(/Kafka/);
    expect(await exchange(h, dmEvent('and kubernetes?', '1700003001.000100'), '1700003001.000100')).toMatch(/Kubernetes/);
  });

  it('given /experience expedia then /resume when was that?, answers with the Expedia role and its dates', async () => {
    const first = await slashCommand(h, '/experience', 'expedia');
    expect(JSON.stringify(first.json)).toMatch(/Expedia/);
    const second = await slashCommand(h, '/resume', 'when was that?');
    const text = JSON.stringify(second.json);
    expect(text).toMatch(/Expedia/);
    expect(text).toMatch(/Jan 2011/);
  });
});
