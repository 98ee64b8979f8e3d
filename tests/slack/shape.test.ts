/**
 * The shape check a signed body passes before Bolt sees it (src/slack/shape.ts): every kind of
 * request Slack sends this app is let through, parsed as Bolt parses it; what would crash Bolt
 * or mislead a handler (null, a string, fields of the wrong type) is refused with the place of
 * the problem, never its value.
 */
import { Socket } from 'node:net';
import { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { HTTPModuleFunctions } from '@slack/bolt';
import { checkSlackBody } from '../../src/slack/shape.js';

function request(body: string, contentType: string): IncomingMessage & { rawBody: Buffer } {
  const req = new IncomingMessage(new Socket());
  req.headers['content-type'] = contentType;
  return Object.assign(req, { rawBody: Buffer.from(body) });
}
const form = (fields: Record<string, string>) => request(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
const json = (value: unknown) => request(JSON.stringify(value), 'application/json');
const interaction = (payload: unknown) => form({ payload: JSON.stringify(payload) });

const slash = {
  token: 'x',
  team_id: 'T1DC2JH3J',
  team_domain: 'testteamnow',
  channel_id: 'G8PSS9T3V',
  channel_name: 'foobar',
  user_id: 'U2CERLKJA',
  user_name: 'roadrunner',
  command: '/webhook-collect',
  text: '',
  response_url: 'https://hooks.slack.com/commands/T1/1/x',
  trigger_id: '1.2.3',
};
const blockActions = {
  type: 'block_actions',
  user: { id: 'U1', username: 'ana', team_id: 'T1' },
  team: { id: 'T1', domain: 'x' },
  api_app_id: 'A1',
  container: { type: 'message', message_ts: '1.2', channel_id: 'C1', is_ephemeral: true },
  channel: { id: 'C1', name: 'general' },
  response_url: 'https://hooks.slack.com/actions/T1/1/x',
  actions: [
    { type: 'button', action_id: 'resume_share', block_id: 'b', value: '{"c":"skills","q":"k8s","p":1,"v":"priv"}', action_ts: '1.3' },
  ],
};
const callback = (event: Record<string, unknown>) => ({
  type: 'event_callback',
  team_id: 'T1',
  api_app_id: 'A1',
  event,
  event_id: 'Ev1',
  event_time: 1,
});

describe('what Slack sends is let through', () => {
  it.each([
    ['a slash command (Slack’s documented example)', form(slash)],
    ['a slash command from a Slack Connect user', form({ ...slash, user_team: 'T0OTHER01', enterprise_id: 'E1' })],
    ['a click on Share', interaction(blockActions)],
    [
      'a click in a public thread, with the message and an enterprise set to null',
      interaction({
        ...blockActions,
        enterprise: null,
        message: { ts: '1.2', blocks: [] },
        container: { type: 'message', message_ts: '1.2', channel_id: 'C1', is_ephemeral: false, thread_ts: '1.1' },
      }),
    ],
    ['a view submission (no handler, still well formed)', interaction({ type: 'view_submission', user: { id: 'U1' }, view: { id: 'V1' } })],
    ['the URL check', json({ token: 'x', challenge: 'abc', type: 'url_verification' })],
    ['an SSL check', form({ ssl_check: '1', token: 'x' })],
    ['a mention', json(callback({ type: 'app_mention', user: 'U1', text: '<@UBOT> hi', ts: '1.2', channel: 'C1', event_ts: '1.2' }))],
    [
      'a mention from a Slack Connect user',
      json(
        callback({ type: 'app_mention', user: 'U9', user_team: 'T9', source_team: 'T9', team: 'T9', text: 'hi', ts: '1.2', channel: 'C1' }),
      ),
    ],
    ['a DM', json(callback({ type: 'message', channel_type: 'im', user: 'U1', text: 'skills', ts: '1.2', channel: 'D1', blocks: [] }))],
    [
      'an edit (a message with a subtype and no user)',
      json(callback({ type: 'message', subtype: 'message_changed', channel: 'D1', hidden: true, message: { text: 'x' }, ts: '1.2' })),
    ],
    [
      'a bot’s message with a null bot_profile',
      json(callback({ type: 'message', channel_type: 'im', bot_id: 'B1', bot_profile: null, text: 'x', ts: '1.2', channel: 'D1' })),
    ],
    ['the Home tab opened', json(callback({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', view: {} }))],
    ['an event the app does not handle', json(callback({ type: 'user_change', user: { id: 'U1' } }))],
    ['a rate-limit notice', json({ token: 'x', type: 'app_rate_limited', team_id: 'T1', minute_rate_limited: 1, api_app_id: 'A1' })],
    ['a shortcut', interaction({ type: 'shortcut', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, callback_id: 'x' })],
    [
      'a view closed by an org-wide install (team null)',
      interaction({ type: 'view_closed', user: { id: 'U1', team_id: 'T1' }, team: null, view: { id: 'V1', app_installed_team_id: 'T1' } }),
    ],
    ['an event with a user object (user_change)', json(callback({ type: 'user_change', user: { id: 'U1', profile: {} } }))],
  ])('given %s, says ok', (_what, req) => {
    // Handed on parsed, exactly as Bolt would have parsed it.
    expect(checkSlackBody(req)).toEqual({ ok: true, body: HTTPModuleFunctions.parseHTTPRequestBody(req) });
  });
});

describe('what would crash Bolt or mislead a handler is refused', () => {
  it.each([
    ['payload=null', form({ payload: 'null' }), 'not an object'],
    ['a JSON null', request('null', 'application/json'), 'not an object'],
    ['a JSON string', json('event_callback'), 'not an object'],
    ['a JSON list', json([callback({ type: 'app_mention' })]), 'not an object'],
    ['broken JSON', request('{"type":', 'application/json'), 'not valid'],
    ['a payload that is not JSON', form({ payload: '{not json' }), 'not valid'],
    ['an event that is a string', json({ type: 'event_callback', event: 'app_mention' }), 'event'],
    [
      'a mention whose channel is a number',
      json(callback({ type: 'app_mention', user: 'U1', text: 'x', ts: '1.2', channel: 5 })),
      'event.channel',
    ],
    [
      'a DM whose text is an object',
      json(callback({ type: 'message', channel_type: 'im', user: 'U1', text: { a: 1 }, ts: '1.2', channel: 'D1' })),
      'event.text',
    ],
    ['a Home opened without a user', json(callback({ type: 'app_home_opened', tab: 'home' })), 'event.user'],
    ['a click without a user', interaction({ ...blockActions, user: null }), 'user'],
    ['a click without actions', interaction({ ...blockActions, actions: [] }), 'actions'],
    [
      'a click whose button value is a number',
      interaction({ ...blockActions, actions: [{ type: 'button', action_id: 'resume_more', value: 7 }] }),
      'actions.0.value',
    ],
    ['a slash command without a user', form({ ...slash, user_id: '' }), 'user_id'],
    ['a command name without its slash', form({ ...slash, command: 'skills' }), 'command'],
    ['two command fields', request('command=%2Fa&command=%2Fb&user_id=U1&team_id=T1', 'application/x-www-form-urlencoded'), 'command'],
    ['an envelope Bolt cannot route (no type)', json({ token: 'x', challenge: 'y' }), 'not a kind'],
    ['an envelope of a type Slack does not send', json({ type: 'view_opened' }), 'not a kind'],
    ['a view submission without its view', interaction({ type: 'view_submission', user: { id: 'U1' } }), 'view'],
    ['a shortcut without a user', interaction({ type: 'shortcut', team: { id: 'T1' } }), 'user'],
    ['a click whose channel is null', interaction({ ...blockActions, channel: null }), 'channel'],
    ['an event whose item is a string', json(callback({ type: 'reaction_added', user: 'U1', item: 'x' })), 'event.item'],
    ['an event whose user is null', json(callback({ type: 'reaction_added', user: null })), 'event.user'],
    ['a form with an event field', request('event=app_mention', 'application/x-www-form-urlencoded'), 'event'],
  ])('given %s, refuses it naming where', (_what, req, where) => {
    const verdict = checkSlackBody(req);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.problem).toContain(where);
  });

  it('names the place of a problem, never the value that was there', () => {
    const verdict = checkSlackBody(
      json(callback({ type: 'app_mention', user: 'U1', text: { secret: 'hunter2' }, ts: '1', channel: 'C1' })),
    );
    expect(JSON.stringify(verdict)).not.toContain('hunter2');
  });
});
