/**
 * Slack misbehaving, against the real Bolt and its real WebClient: the Web API rate-limits a
 * reply (429 with Retry-After) or keeps failing (5xx); a response_url has expired (404) or never
 * answers. The WebClient retries on its own; whatever still fails is logged, the user is told
 * through whichever call still works, and the next request is answered as usual.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { ACTION_MORE, ACTION_SHARE, encodePayload } from '../../src/slack/payload.js';
import {
  CHANNEL_ID,
  clickButton,
  DM_CHANNEL_ID,
  dmEvent,
  expectEveryMessageValid,
  mentionEvent,
  sendEvent,
  slashCommand,
  startHarness,
  textOf,
  USER_ID,
  type Harness,
} from './harness.js';

/** Two retries with a short back-off: the same policy shape as production, quick enough for a test. */
const FAST_RETRY = { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 20, randomize: false };
const ATTEMPTS = 1 + FAST_RETRY.retries;

describe('the Slack Web API failing', () => {
  let h: Harness;
  const logs: string[] = [];
  const logged = (event: string, text: string) => logs.some((l) => l.includes(`"event":"${event}"`) && l.includes(text));
  beforeAll(async () => {
    h = await startHarness({ retryConfig: FAST_RETRY, logger: createLogger('warn', (line) => logs.push(line)) });
  });
  afterEach(() => h.fake.clearFaults());
  afterAll(async () => {
    // Every attempt, retries included, was a valid message.
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  const attemptsIn = (method: string, ts: string) => h.fake.callsTo(method).filter((c) => c.body.thread_ts === ts);

  it('given chat.postMessage answering 429 with Retry-After on a mention reply, the client waits and resends it, and the reply is delivered', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await sendEvent(h, mentionEvent('what did he do at netflix?', '1700002000.1'));
    const delivered = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700002000.1' && c.status === 200);
    expect(delivered.body.channel).toBe(CHANNEL_ID);
    expect(textOf(delivered.body)).toMatch(/Netflix/);
    const attempts = attemptsIn('chat.postMessage', '1700002000.1');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    // The same reply, resent as it was.
    expect(attempts[1]!.body).toEqual(attempts[0]!.body);
  });

  it('given chat.postMessage failing with 503 on every attempt for a channel mention, retries, logs it, tells the asker privately, then answers the next mention', async () => {
    h.fake.failNext('chat.postMessage', { status: 503, times: Infinity });
    await sendEvent(h, mentionEvent('skills k8s', '1700002100.1'));
    const told = await h.fake.nextCall('chat.postEphemeral', (c) => c.body.thread_ts === '1700002100.1');
    expect(told.body).toMatchObject({ channel: CHANNEL_ID, user: USER_ID });
    expect(textOf(told.body)).toMatch(/something went wrong/i);
    expect(attemptsIn('chat.postMessage', '1700002100.1').map((c) => c.status)).toEqual(Array(ATTEMPTS).fill(503));
    expect(logged('slack_message_failed', '503')).toBe(true);

    h.fake.clearFaults();
    await sendEvent(h, mentionEvent('skills k8s', '1700002101.1'));
    const next = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700002101.1' && c.status === 200);
    expect(textOf(next.body)).toMatch(/Kubernetes/);
  });

  it('given chat.postMessage failing with 500 on every attempt for a DM reply, retries, logs it, tells the user with an ephemeral note in the DM, then answers the next DM', async () => {
    h.fake.failNext('chat.postMessage', { status: 500, times: Infinity });
    await sendEvent(h, dmEvent('where did he study?', '1700002200.1'));
    const told = await h.fake.nextCall('chat.postEphemeral', (c) => c.body.thread_ts === '1700002200.1');
    expect(told.body).toMatchObject({ channel: DM_CHANNEL_ID, user: USER_ID });
    expect(textOf(told.body)).toMatch(/something went wrong/i);
    // The reply was retried, and the apology did not go the same broken way once more.
    expect(attemptsIn('chat.postMessage', '1700002200.1')).toHaveLength(ATTEMPTS);
    expect(logged('slack_message_failed', '500')).toBe(true);

    h.fake.clearFaults();
    await sendEvent(h, dmEvent('skills k8s', '1700002201.1'));
    const next = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700002201.1' && c.status === 200);
    expect(textOf(next.body)).toMatch(/Kubernetes/);
  });

  it('given both chat.postMessage and chat.postEphemeral down, logs both failures and still answers the next request', async () => {
    h.fake.failNext('chat.postMessage', { status: 502, times: Infinity });
    h.fake.failNext('chat.postEphemeral', { status: 502, times: Infinity });
    const before = logs.length;
    await sendEvent(h, mentionEvent('about', '1700002300.1'));
    await h.fake.nextCallWhere(() => attemptsIn('chat.postEphemeral', '1700002300.1').length === ATTEMPTS);
    expect(attemptsIn('chat.postMessage', '1700002300.1')).toHaveLength(ATTEMPTS);
    h.fake.clearFaults();
    // Slash commands answer in the ack: no Web API call, unaffected by any of this.
    const res = await slashCommand(h, '/skills', 'kubernetes');
    expect(textOf(res.json!)).toMatch(/Kubernetes/);
    await sendEvent(h, mentionEvent('skills k8s', '1700002301.1'));
    await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700002301.1' && c.status === 200);
    const failures = logs
      .slice(before)
      .filter((l) => l.includes('"event":"slack_message_failed"') || l.includes('"event":"slack_error_reply_failed"'));
    expect(failures).toHaveLength(2);
  });
});

describe('a response_url failing', () => {
  let h: Harness;
  /** One whose response_urls may take long: a timeout must not decide what a quick failure (404) is. */
  let patient: Harness;
  const logs: string[] = [];
  beforeAll(async () => {
    const logger = createLogger('warn', (line) => logs.push(line));
    h = await startHarness({ responseUrlTimeoutMs: 200, logger });
    patient = await startHarness({ responseUrlTimeoutMs: 30_000, logger });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    expect(expectEveryMessageValid(patient)).toBeGreaterThan(0);
    await h.stop();
    await patient.stop();
  });

  it('given a response_url that never answers on Share, acks the click at once, gives up after the timeout, logs it, tells the clicker with an ephemeral message, and keeps serving', async () => {
    h.fake.hangResponseUrl('hung');
    const value = encodePayload({ command: 'skills', query: 'kubernetes', page: 1, public: true })!;
    const click = await clickButton(h, { action_id: ACTION_SHARE, value }, { responseId: 'hung' });
    expect(click.status).toBe(200);
    const told = await h.fake.nextCall('chat.postEphemeral', (c) => c.body.user === USER_ID && c.body.channel === CHANNEL_ID);
    expect(textOf(told.body)).toMatch(/something went wrong/i);
    expect(logs.some((l) => l.includes('"event":"slack_action_failed"') && l.includes('timed out after 200 ms'))).toBe(true);
    // The hung URL got the share only: the apology did not wait on it a second time.
    expect(h.fake.responses.filter((r) => r.id === 'hung').map((r) => r.body.response_type)).toEqual(['in_channel']);
    expect((await slashCommand(h, '/about', '')).json!.response_type).toBe('ephemeral');
  });

  it('given an expired response_url (404) on Show more, tells the clicker the button is too old, with an ephemeral message', async () => {
    patient.fake.failResponseUrl('old', 404);
    const value = encodePayload({ command: 'experience', query: '', page: 2, public: false })!;
    expect((await clickButton(patient, { action_id: ACTION_MORE, value }, { responseId: 'old', user: 'U0CLICK02' })).status).toBe(200);
    const told = await patient.fake.nextCall('chat.postEphemeral', (c) => c.body.user === 'U0CLICK02');
    expect(textOf(told.body)).toMatch(/older message/);
    expect(logs.some((l) => l.includes('"event":"slack_action_failed"') && l.includes('404'))).toBe(true);
  });
});
