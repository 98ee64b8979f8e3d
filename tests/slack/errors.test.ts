/**
 * Failures: whatever throws while answering, the user gets a short private error (never
 * silence, never a stack trace) and the next request is answered as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/core/bot.js';
import { createLogger } from '../../src/core/log.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import { ACTION_SHARE, encodePayload } from '../../src/slack/payload.js';
import { martinBot } from '../helpers/bot.js';
import { BOT_USER_ID } from '../fakes/slack.js';
import {
  CHANNEL_ID,
  clickButton,
  DM_CHANNEL_ID,
  expectEveryMessageValid,
  sendEvent,
  slashCommand,
  startHarness,
  textOf,
  USER_ID,
  type Harness,
} from './harness.js';

/** A pipeline that throws (as an adapter bug would) whenever the text says "boom". */
const explosive = (real: Pipeline): Pipeline => ({
  ...real,
  handle(request) {
    if (request.text.includes('boom')) throw new Error('kaboom: internal detail');
    return real.handle(request);
  },
});

describe('a handler that throws', () => {
  let h: Harness;
  const logs: string[] = [];
  beforeAll(async () => {
    h = await startHarness({ pipeline: explosive, logger: createLogger('error', (line) => logs.push(line)) });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given a slash command that blows up, answers 200 with a short private error, and logs it', async () => {
    const res = await slashCommand(h, '/skills', 'boom');
    expect(res.status).toBe(200);
    expect(res.json!.response_type).toBe('ephemeral');
    expect(textOf(res.json!)).toMatch(/something went wrong/i);
    expect(textOf(res.json!)).not.toContain('kaboom');
    expect(logs.some((l) => l.includes('slack_command_failed'))).toBe(true);
  });

  it('then answers the next request normally', async () => {
    const res = await slashCommand(h, '/skills', 'kubernetes');
    expect(textOf(res.json!)).toMatch(/Kubernetes/);
  });

  it('given a DM that blows up, replies with the error in the thread', async () => {
    await sendEvent(h, { type: 'message', channel_type: 'im', user: USER_ID, text: 'boom', ts: '1700000900.1', channel: DM_CHANNEL_ID });
    const call = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000900.1');
    expect(textOf(call.body)).toMatch(/something went wrong/i);
  });

  it('given a channel mention that blows up, tells only the asker (ephemeral), not the channel', async () => {
    await sendEvent(h, { type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> boom`, ts: '1700000901.1', channel: CHANNEL_ID });
    const call = await h.fake.nextCall('chat.postEphemeral', (c) => c.body.thread_ts === '1700000901.1');
    expect(call.body.user).toBe(USER_ID);
    expect(textOf(call.body)).toMatch(/something went wrong/i);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700000901.1')).toEqual([]);
  });

  it('given a response_url that answers 404 (expired) on Share, logs it, tells the clicker with an ephemeral message instead, and keeps serving', async () => {
    h.fake.failResponseUrl('gone', 404);
    const value = encodePayload({ command: 'skills', query: 'kubernetes', page: 1, public: true })!;
    expect((await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'gone' })).status).toBe(200);
    const told = await h.fake.nextCall(
      'chat.postEphemeral',
      (c) => c.body.user === USER_ID && c.body.channel === CHANNEL_ID && /older message/.test(textOf(c.body)),
    );
    expect(told.status).toBe(200);
    expect(logs.some((l) => l.includes('slack_action_failed') && l.includes('404'))).toBe(true);
    // The dead URL is not tried again for the apology: the only post to it was the share itself.
    expect(h.fake.responses.filter((r) => r.id === 'gone').map((r) => r.body.response_type)).toEqual(['in_channel']);
    expect((await slashCommand(h, '/about', '')).json!.response_type).toBe('ephemeral');
  });
});

describe('a Share click that blows up', () => {
  it('tells the clicker privately, and once everything in flight is done, nothing reached the channel', async () => {
    const h = await startHarness({ pipeline: explosive });
    try {
      const value = encodePayload({ command: 'skills', query: 'boom', page: 1, public: true })!;
      expect((await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'err-share' })).status).toBe(200);
      const reply = await h.fake.nextResponse('err-share');
      expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(textOf(reply.body)).toMatch(/something went wrong/i);
      await h.settle();
      // Everything the bot sent anywhere: one private note to the clicker, no public post of any kind.
      expect(h.fake.responses.map((r) => [r.id, r.body.response_type])).toEqual([['err-share', 'ephemeral']]);
      expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
      expect(h.fake.calls.filter((c) => c.method.startsWith('chat.') && c.method !== 'chat.postEphemeral')).toEqual([]);
      expect(h.httpAcks.filter((a) => a.response_type === 'in_channel')).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});

describe('a bot whose query layer throws', () => {
  it('given the core failing, the pipeline turns it into a private error message', async () => {
    const real = martinBot();
    const broken: Bot = {
      get commands() {
        return real.commands;
      },
      get resume() {
        return real.resume;
      },
      answer: () => {
        throw new Error('index corrupted');
      },
      complete: () => [],
      replace: () => {},
      messages: (request) => real.messages(request),
    };
    const h = await startHarness({ bot: broken });
    const res = await slashCommand(h, '/experience', 'netflix');
    expect(res.json!.response_type).toBe('ephemeral');
    expect(textOf(res.json!)).toMatch(/something went wrong/i);
    expect(expectEveryMessageValid(h)).toBe(1);
    await h.stop();
  });
});
