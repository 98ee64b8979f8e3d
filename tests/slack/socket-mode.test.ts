/**
 * Socket Mode: with an app-level token the bot opens a WebSocket instead of listening.
 * apps.connections.open (on SLACK_API_URL) hands out the ws:// URL; Slack sends envelopes
 * over it and the bot acknowledges each one, with the answer in the ack payload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_SHARE } from '../../src/slack/payload.js';
import { BOT_USER_ID, TEAM_ID } from '../fakes/slack.js';
import { buttonsOf, CHANNEL_ID, expectEveryMessageValid, startHarness, textOf, USER_ID, type Harness } from './harness.js';

describe('Socket Mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ socketMode: true });
  });
  afterAll(async () => {
    expect(expectEveryMessageValid(h)).toBeGreaterThan(0);
    await h.stop();
  });

  it('opened the connection through apps.connections.open with the app-level token', () => {
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.authorization).toBe('Bearer xapp-test-token');
  });

  it('given a slash_commands envelope, acks it with the private answer in the payload', async () => {
    await h.fake.sendEnvelope({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy',
        team_id: TEAM_ID,
        channel_id: CHANNEL_ID,
        user_id: USER_ID,
        command: '/experience',
        text: 'netflix',
        api_app_id: 'A0000001',
        response_url: h.fake.responseUrl('socket-cmd'),
        trigger_id: '1.2.3',
      },
    });
    const ack = await h.fake.nextAck('env-1');
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(textOf(ack.payload!)).toMatch(/Performance Architect/);
    expect(buttonsOf(ack.payload!).map((b) => b.action_id)).toContain(ACTION_SHARE);
  });

  it('given an events_api envelope with a mention, acks it and answers in the thread', async () => {
    await h.fake.sendEnvelope({
      envelope_id: 'env-2',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        team_id: TEAM_ID,
        api_app_id: 'A0000001',
        type: 'event_callback',
        event_id: 'Ev0001',
        event_time: 1700000000,
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
        event: {
          type: 'app_mention',
          user: USER_ID,
          text: `<@${BOT_USER_ID}> projects flamescope`,
          ts: '1700000500.1',
          channel: CHANNEL_ID,
        },
      },
    });
    await h.fake.nextAck('env-2');
    const call = await h.fake.nextCall('chat.postMessage', (c) => c.body.thread_ts === '1700000500.1');
    expect(textOf(call.body)).toContain('FlameScope');
  });

  it('given an interactive envelope (a Share click), acks it and shares through the response_url', async () => {
    const value = JSON.stringify({ c: 'skills', q: 'kubernetes', p: 1, v: 'pub' });
    await h.fake.sendEnvelope({
      envelope_id: 'env-3',
      type: 'interactive',
      accepts_response_payload: false,
      payload: {
        type: 'block_actions',
        team: { id: TEAM_ID, domain: 'fake' },
        user: { id: USER_ID, username: 'ana', team_id: TEAM_ID },
        api_app_id: 'A0000001',
        container: { type: 'message', message_ts: '1.2', channel_id: CHANNEL_ID, is_ephemeral: true },
        channel: { id: CHANNEL_ID, name: 'general' },
        response_url: h.fake.responseUrl('socket-share'),
        trigger_id: '1.2.3',
        actions: [{ type: 'button', action_id: ACTION_SHARE, block_id: 'b', value, action_ts: '1.3' }],
      },
    });
    await h.fake.nextAck('env-3');
    const shared = await h.fake.nextResponse('socket-share', (p) => p.body.response_type === 'in_channel');
    expect(textOf(shared.body)).toMatch(/Kubernetes/);
    await h.fake.nextResponse('socket-share', (p) => p.body.delete_original === true);
  });

  it('does not serve HTTP events in Socket Mode (no route is mounted)', async () => {
    const res = await fetch(h.url, { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
  });
});
