/**
 * Slack refusing what the bot sends, with Slack's own errors: a channel the bot is not in
 * (not_in_channel) and blocks Slack will not take (invalid_blocks). The bot logs it, tries to
 * tell the asker privately, never crashes, and answers the next request.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { CHANNEL_ID, dmEvent, mentionEvent, replyIn, sendEvent, startHarness, type Harness } from './harness.js';

let h: Harness;
const logs: string[] = [];
beforeAll(async () => {
  h = await startHarness({ logger: createLogger('warn', (line) => logs.push(line)) });
});
afterAll(async () => {
  await h.stop();
});

it('given a mention in a channel the bot is not in (not_in_channel), logs it and still answers the next DM', async () => {
  h.fake.notIn(CHANNEL_ID);
  await sendEvent(h, mentionEvent('what did he do at netflix?', '1700009000.1'));
  const refused = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700009000.1');
  expect(refused.refused).toBe('not_in_channel');
  // It tries to tell the asker privately there, which Slack refuses too.
  const whisper = await h.fake.nextCall('chat.postEphemeral', (c) => c.body.thread_ts === '1700009000.1');
  expect(whisper.refused).toBe('not_in_channel');
  expect(logs.some((l) => l.includes('slack_message_failed') && l.includes('not_in_channel'))).toBe(true);
  await sendEvent(h, dmEvent('skills k8s', '1700009001.1'));
  expect((await replyIn(h, '1700009001.1')).body.text).toMatch(/Kubernetes/i);
  // Nothing got through to that channel.
  expect(h.fake.calls.filter((c) => c.body.channel === CHANNEL_ID && !c.refused)).toEqual([]);
});

it('given Slack refusing a DM reply with invalid_blocks, logs it and tells the user privately in the DM', async () => {
  h.fake.failNext('chat.postMessage', { status: 200, error: 'invalid_blocks' });
  const ts = '1700009100.1';
  await sendEvent(h, dmEvent('about', ts));
  const told = await h.fake.nextCall('chat.postEphemeral', (c) => c.body.thread_ts === ts);
  expect(told.refused).toBeUndefined();
  expect(String(told.body.text)).toMatch(/something went wrong/i);
  expect(logs.some((l) => l.includes('slack_message_failed') && l.includes('invalid_blocks'))).toBe(true);
});
