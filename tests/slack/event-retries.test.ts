/**
 * Slack resends an event it got no 200 for within 3 seconds, with the same event_id and an
 * X-Slack-Retry-Num header. Each event is answered once, however many copies arrive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID, TEAM_ID } from '../fakes/slack.js';
import { CHANNEL_ID, dmEvent, mentionEvent, nowSeconds, post, startHarness, textOf, type Harness } from './harness.js';
import { captureLogs, type LogCapture } from '../helpers/log-capture.js';

/** An Events API envelope with a given event_id, as Slack sends it (and sends it again). */
function envelope(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0000001',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: nowSeconds(),
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
  });
}

const retry = (n: number) => ({ headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' } });

describe('retried Slack events', () => {
  let h: Harness;
  let logs: LogCapture;
  beforeAll(async () => {
    logs = captureLogs('info');
    h = await startHarness({ logger: logs.logger });
  });
  afterAll(async () => {
    await h.stop();
  });

  const repliesIn = (threadTs: string) =>
    h.fake.calls.filter((c) => (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') && c.body.thread_ts === threadTs);

  it('given a mention delivered, then retried twice with the same event_id, answers it once and acknowledges every copy', async () => {
    const body = envelope('Ev0RETRY0001', mentionEvent('what did he do at netflix?', '1700100000.000100'));
    expect((await post(h, body, 'application/json')).status).toBe(200);
    const reply = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700100000.000100');
    expect(textOf(reply.body)).toMatch(/Netflix/);

    expect((await post(h, body, 'application/json', retry(1))).status).toBe(200);
    expect((await post(h, body, 'application/json', retry(2))).status).toBe(200);
    await logs.next('slack_event_repeat_ignored', (l) => l.eventId === 'Ev0RETRY0001' && l.retryNum === 2);
    expect(
      logs.lines.filter((l) => l.event === 'slack_event_repeat_ignored' && l.eventId === 'Ev0RETRY0001').map((l) => l.retryNum),
    ).toEqual([1, 2]);
    expect(repliesIn('1700100000.000100')).toHaveLength(1);
  });

  it('given a retry that arrives while the first copy is still being answered, still answers once', async () => {
    const body = envelope('Ev0RETRY0002', dmEvent('skills k8s', '1700100100.000100'));
    // Slack retries because the first answer is slow: hold the reply until the retry has been seen.
    const held = h.fake.holdNext('chat.postMessage');
    await post(h, body, 'application/json');
    await post(h, body, 'application/json', retry(1));
    await logs.next('slack_event_repeat_ignored', (l) => l.eventId === 'Ev0RETRY0002');
    held.release();
    const reply = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700100100.000100' && c.status === 200);
    expect(textOf(reply.body)).toMatch(/Kubernetes/);
    expect(repliesIn('1700100100.000100')).toHaveLength(1);
  });

  it('given two events with the same text but different event_ids, answers both (the id decides, not the content)', async () => {
    const event = { ...mentionEvent('contact', '1700100200.000100'), channel: CHANNEL_ID };
    await post(h, envelope('Ev0SAME00001', event), 'application/json');
    await post(h, envelope('Ev0SAME00002', event), 'application/json');
    await h.fake.nextCallWhere(() => repliesIn('1700100200.000100').length === 2);
    expect(repliesIn('1700100200.000100')).toHaveLength(2);
  });
});
