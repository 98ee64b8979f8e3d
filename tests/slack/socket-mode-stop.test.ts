/**
 * Stopping in Socket Mode: an envelope Slack sends once stop() has begun is either answered
 * before stop() resolves or left unacknowledged (Slack then sends it again, to another
 * connection), never acknowledged and then dropped when the process exits. Replies are held by
 * the fake until the test releases them, so "still in flight" is a fact, not a timing.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { BOT_USER_ID, TEAM_ID } from '../fakes/slack.js';
import { CHANNEL_ID, startHarness, USER_ID } from './harness.js';

const mention = (envelopeId: string, ts: string, text: string) => ({
  envelope_id: envelopeId,
  type: 'events_api',
  accepts_response_payload: false,
  payload: {
    team_id: TEAM_ID,
    api_app_id: 'A0000001',
    type: 'event_callback',
    event_id: `Ev${envelopeId}`,
    event_time: 1700000000,
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
    event: { type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> ${text}`, ts, channel: CHANNEL_ID },
  },
});

describe('stopping in Socket Mode', () => {
  it('given a mention arriving after stop() began while another reply is in flight, leaves it unacknowledged and answers nothing for it; the first reply is delivered before stop() resolves', async () => {
    const logs: string[] = [];
    let seenLate: (() => void) | null = null;
    const logger = createLogger('info', (line) => {
      logs.push(line);
      if (line.includes('"slack_envelope_left_unacknowledged"')) seenLate?.();
    });
    const h = await startHarness({ socketMode: true, logger });
    try {
      const first = h.fake.holdNext('chat.postMessage');
      const second = h.fake.holdNext('chat.postMessage');
      await h.fake.sendEnvelope(mention('env-a', '1700000600.1', 'skills k8s'));
      await h.fake.nextAck('env-a');
      await first.arrived;

      let stopped = false;
      const stopping = h.adapter.stop().then(() => {
        stopped = true;
      });
      const late = new Promise<void>((resolve) => (seenLate = resolve));
      const lateAck = h.fake.nextAck('env-b').then(() => 'acked' as const);
      await h.fake.sendEnvelope(mention('env-b', '1700000601.1', 'projects flamescope'));
      // Either the bot says it left the envelope for Slack to resend, or it acknowledged it.
      const outcome = await Promise.race([late.then(() => 'left' as const), lateAck]);

      first.release();
      await stopping;
      expect(outcome).toBe('left');
      expect(h.fake.acks.map((a) => a.envelope_id)).toEqual(['env-a']);
      expect(first.answered).toBe(true);
      // Nothing was sent for the late mention, not even a reply still on its way.
      expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === '1700000601.1')).toEqual([]);
      expect(stopped).toBe(true);
      second.release();
    } finally {
      await h.stop();
    }
  });
});
