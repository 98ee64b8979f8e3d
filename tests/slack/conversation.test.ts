/**
 * Mentions and direct messages: the same query layer answers, in a thread
 * (chat.postMessage with thread_ts). The bot never answers itself, another bot or an edit,
 * so two bots can never talk each other into a loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../src/core/pipeline.js';
import type { BotRequest } from '../../src/model/request.js';
import { BOT_ID, BOT_USER_ID } from '../fakes/slack.js';
import {
  CHANNEL_ID,
  DM_CHANNEL_ID,
  dmEvent,
  expectEveryMessageValid,
  sendEvent,
  startHarness,
  textOf,
  USER_ID,
  type Harness,
} from './harness.js';

const mention = (text: string, ts: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: USER_ID,
  text,
  ts,
  channel: CHANNEL_ID,
  event_ts: ts,
  ...extra,
});
const dm = dmEvent;

describe('mentions and direct messages', () => {
  let h: Harness;
  const asked: BotRequest[] = [];
  beforeAll(async () => {
    h = await startHarness({
      pipeline: (real): Pipeline => ({
        ...real,
        handle: (r) => {
          asked.push(r);
          return real.handle(r);
        },
      }),
    });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given a mention in a channel, answers in a thread under it, without the mention in the query', async () => {
    const res = await sendEvent(h, mention(`<@${BOT_USER_ID}> what did he do at netflix?`, '1700000100.000100'));
    expect(res.status).toBe(200);
    const call = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000100.000100');
    expect(call.body.channel).toBe(CHANNEL_ID);
    expect(call.authorization).toBe('Bearer xoxb-test-token');
    expect(textOf(call.body)).toMatch(/Netflix/);
    expect(asked.find((r) => r.text.includes('netflix'))).toMatchObject({
      platform: 'slack',
      command: null,
      text: 'what did he do at netflix?',
    });
  });

  it('given a mention inside an existing thread, answers in that thread', async () => {
    await sendEvent(h, mention(`<@${BOT_USER_ID}> skills k8s`, '1700000200.000200', { thread_ts: '1700000150.000150' }));
    const call = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000150.000150');
    expect(textOf(call.body)).toMatch(/Kubernetes/);
  });

  it('given a mention asking for contact details in a channel, leaves the private phone number out', async () => {
    await sendEvent(h, mention(`<@${BOT_USER_ID}> contact`, '1700000250.000250'));
    const call = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000250.000250');
    expect(textOf(call.body)).toContain('hello@martinspier.io');
    expect(textOf(call.body)).not.toContain('351-8800');
  });

  it('given a mention whose question is too long, refuses privately to the asker, not in the channel', async () => {
    await sendEvent(h, mention(`<@${BOT_USER_ID}> ${'tell me more about kubernetes '.repeat(20)}`, '1700000270.000270'));
    const call = await h.fake.nextCall('chat.postEphemeral', (c) => c.body.thread_ts === '1700000270.000270');
    expect(call.body.user).toBe(USER_ID);
    expect(textOf(call.body)).toMatch(/too long/i);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700000270.000270')).toEqual([]);
  });

  it('given a direct message, answers in a thread in the DM, phone number included (it is private)', async () => {
    await sendEvent(h, dm('how can I contact him?', '1700000300.000300'));
    const call = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000300.000300');
    expect(call.body.channel).toBe(DM_CHANNEL_ID);
    expect(textOf(call.body)).toContain('351-8800');
  });
});

describe('messages the bot must ignore', () => {
  it('given its own messages, other bots, edits and channel chatter, posts nothing and asks nothing', async () => {
    const asked: BotRequest[] = [];
    const h = await startHarness({
      pipeline: (real): Pipeline => ({
        ...real,
        handle: (r) => {
          asked.push(r);
          return real.handle(r);
        },
      }),
    });
    const ignored = [
      dm('skills', '1.1', { user: BOT_USER_ID }),
      dm('skills', '1.2', { bot_id: 'B0OTHER01', subtype: 'bot_message', user: undefined }),
      dm('skills', '1.3', { bot_id: BOT_ID }),
      dm('skills', '1.4', { subtype: 'message_changed', message: { text: 'skills' } }),
      dm('skills', '1.5', { edited: { user: USER_ID, ts: '1.6' } }),
      dm('skills', '1.6', { subtype: 'channel_join' }),
      { ...dm('skills', '1.7'), channel_type: 'channel', channel: CHANNEL_ID },
      mention(`<@${BOT_USER_ID}> skills`, '1.8', { bot_id: 'B0OTHER01' }),
      mention(`<@${BOT_USER_ID}> skills`, '1.9', { user: BOT_USER_ID }),
      mention(`<@${BOT_USER_ID}> skills`, '2.0', { edited: { user: USER_ID, ts: '2.1' } }),
    ];
    for (const event of ignored) expect((await sendEvent(h, event)).status).toBe(200);
    // stop() waits for every listener still running, so nothing can arrive after this.
    await h.adapter.stop();
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.fake.callsTo('chat.postEphemeral')).toEqual([]);
    expect(asked).toEqual([]);
    await h.stop();
  });

  it('given the same ignored stream plus one real DM, answers exactly that one (the filter is not blanket)', async () => {
    const h = await startHarness();
    await sendEvent(h, dm('skills', '3.1', { user: BOT_USER_ID }));
    await sendEvent(h, dm('skills', '3.2'));
    await h.adapter.stop();
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.body.thread_ts)).toEqual(['3.2']);
    await h.stop();
  });
});
