/**
 * The per-user token bucket (RATE_LIMIT_*) through the real adapter: over the limit, every
 * surface answers with a polite message only the asker sees — the slash command's ephemeral
 * ack, an ephemeral note under a channel mention (never in the channel), a reply in the DM
 * thread, and an ephemeral note beside the message for Share and Show more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/core/rate-limit.js';
import { ACTION_MORE, ACTION_SHARE, encodePayload } from '../../src/slack/payload.js';
import {
  buttonsOf,
  CHANNEL_ID,
  clickButton,
  DM_CHANNEL_ID,
  dmEvent,
  expectEveryMessageValid,
  mentionEvent,
  replyIn,
  sendEvent,
  slashCommandAs,
  startHarness,
  textOf,
  type Harness,
} from './harness.js';

const SLOW_DOWN = /too many questions/i;

describe('a user over the rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    // One question per user, and the clock never moves: the second one is always over the limit.
    h = await startHarness({ rateLimiter: createRateLimiter({ capacity: 1, windowMs: 60_000, now: () => 0 }) });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('given a second slash command, acks it with a polite ephemeral message saying how long to wait, and no answer', async () => {
    const first = await slashCommandAs(h, '/skills', 'kubernetes', { user: 'U0RATE001' });
    expect(textOf(first.json!)).toMatch(/Kubernetes/);
    const second = await slashCommandAs(h, '/skills', 'kubernetes', { user: 'U0RATE001' });
    expect(second.status).toBe(200);
    expect(second.json!.response_type).toBe('ephemeral');
    expect(textOf(second.json!)).toMatch(SLOW_DOWN);
    expect(textOf(second.json!)).toMatch(/wait 60 seconds/);
    expect(textOf(second.json!)).not.toMatch(/Kubernetes/);
    expect(buttonsOf(second.json!)).toEqual([]);
  });

  it('counts per user: another user is still answered', async () => {
    const other = await slashCommandAs(h, '/skills', 'kubernetes', { user: 'U0RATE002' });
    expect(textOf(other.json!)).toMatch(/Kubernetes/);
  });

  it('given a second channel mention, tells only the asker (ephemeral in the thread), and posts nothing in the channel', async () => {
    const user = 'U0RATE003';
    await sendEvent(h, mentionEvent('skills k8s', '1700005000.1', { user }));
    expect((await replyIn(h, '1700005000.1')).method).toBe('chat.postMessage');
    await sendEvent(h, mentionEvent('skills k8s', '1700005001.1', { user }));
    const reply = await replyIn(h, '1700005001.1');
    expect(reply.method).toBe('chat.postEphemeral');
    expect(reply.body).toMatchObject({ channel: CHANNEL_ID, user });
    expect(textOf(reply.body)).toMatch(SLOW_DOWN);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700005001.1')).toEqual([]);
  });

  it('given a second DM, answers in the DM thread that they should slow down', async () => {
    const user = 'U0RATE004';
    await sendEvent(h, dmEvent('skills k8s', '1700005100.1', { user }));
    expect(textOf((await replyIn(h, '1700005100.1')).body)).toMatch(/Kubernetes/);
    await sendEvent(h, dmEvent('skills k8s', '1700005101.1', { user }));
    const reply = await replyIn(h, '1700005101.1');
    expect(reply.method).toBe('chat.postMessage');
    expect(reply.body).toMatchObject({ channel: DM_CHANNEL_ID, thread_ts: '1700005101.1' });
    expect(textOf(reply.body)).toMatch(SLOW_DOWN);
  });

  it('given Share clicked with no question left, tells the clicker privately and shares nothing', async () => {
    const user = 'U0RATE005';
    const asked = await slashCommandAs(h, '/skills', 'k8s', { user, responseId: 'rate-share' });
    const share = buttonsOf(asked.json!).find((b) => b.action_id === ACTION_SHARE)!;
    await clickButton(h, share, { responseId: 'rate-share', user });
    const reply = await h.fake.nextResponse('rate-share');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(reply.body)).toMatch(SLOW_DOWN);
    expect(h.fake.responses.filter((r) => r.id === 'rate-share')).toHaveLength(1);
  });

  it('given Show more clicked with no question left, says so beside the message and keeps the page the user has', async () => {
    const user = 'U0RATE006';
    await slashCommandAs(h, '/experience', '', { user });
    const value = encodePayload({ command: 'experience', query: '', page: 2, public: false })!;
    await clickButton(h, { action_id: ACTION_MORE, value }, { responseId: 'rate-more', user, ephemeral: true });
    const reply = await h.fake.nextResponse('rate-more');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(reply.body)).toMatch(SLOW_DOWN);
  });
});
