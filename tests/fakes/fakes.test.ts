/**
 * The fakes refuse what Slack and Discord refuse, with the platforms' own errors: a fake that
 * took anything would let a bot pass that the real platform turns away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandInteraction, fakeUser, snowflake, startFakeDiscord, type FakeDiscord } from './discord.js';
import { BLOCK_KIT_LIMITS, FakeSlack } from './slack.js';

describe('the fake Slack Web API', () => {
  const slack = new FakeSlack({ botToken: 'xoxb-right' });
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());

  const call = async (method: string, body: Record<string, unknown>, token: string | null = 'xoxb-right') => {
    const res = await fetch(`${slack.apiUrl}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { ok: boolean; error?: string; errors?: string[]; response_metadata?: { messages: string[] } };
  };
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

  it('given the right token and a valid message, says ok', async () => {
    expect(await call('chat.postMessage', { channel: 'C1', text: 'hi', blocks: [section('hi')] })).toMatchObject({ ok: true });
  });

  it('given no token, not_authed; given a wrong one, invalid_auth', async () => {
    expect(await call('auth.test', {}, null)).toEqual({ ok: false, error: 'not_authed' });
    expect(await call('auth.test', {}, 'xoxb-wrong')).toEqual({ ok: false, error: 'invalid_auth' });
  });

  it('given no channel, channel_not_found; given neither text nor blocks, no_text; given a channel the bot is not in, not_in_channel', async () => {
    expect(await call('chat.postMessage', { text: 'hi' })).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await call('chat.postMessage', { channel: 'C1' })).toEqual({ ok: false, error: 'no_text' });
    slack.notIn('C0NOTIN01');
    expect(await call('chat.postMessage', { channel: 'C0NOTIN01', text: 'hi' })).toEqual({ ok: false, error: 'not_in_channel' });
    expect(await call('chat.postEphemeral', { channel: 'C0NOTIN01', user: 'U1', text: 'hi' })).toEqual({
      ok: false,
      error: 'not_in_channel',
    });
  });

  const L = BLOCK_KIT_LIMITS;
  it.each([
    ['51 blocks', Array.from({ length: 51 }, () => section('x')), `no more than ${L.messageBlocks} items allowed [json-pointer:/blocks]`],
    ['section text of 3001', [section('x'.repeat(3001))], 'must be less than 3001 characters [json-pointer:/blocks/0/text/text]'],
    [
      '11 fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'x' })) }],
      'no more than 10 items allowed [json-pointer:/blocks/0/fields]',
    ],
    [
      'a field of 2001',
      [{ type: 'section', fields: [{ type: 'mrkdwn', text: 'x'.repeat(2001) }] }],
      'must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]',
    ],
    [
      'a header of 151',
      [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }],
      'must be less than 151 characters [json-pointer:/blocks/0/text/text]',
    ],
    [
      'button text of 76',
      [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'x'.repeat(76) } }] }],
      'must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
    ],
    [
      'a button value of 2001',
      [
        {
          type: 'actions',
          elements: [{ type: 'button', action_id: 'a', value: 'x'.repeat(2001), text: { type: 'plain_text', text: 'ok' } }],
        },
      ],
      'must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]',
    ],
  ])('given %s, invalid_blocks with a pointer to the offending place', async (_what, blocks, problem) => {
    const answer = await call('chat.postMessage', { channel: 'C1', text: 'fallback', blocks });
    expect(answer).toEqual({
      ok: false,
      error: 'invalid_blocks',
      errors: [problem],
      response_metadata: { messages: [`[ERROR] ${problem}`] },
    });
  });

  it('given exactly the limits, says ok (the limits are not off by one)', async () => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(150) } },
      section('x'.repeat(3000)),
      { type: 'section', fields: Array.from({ length: 10 }, () => ({ type: 'mrkdwn', text: 'x'.repeat(2000) })) },
      {
        type: 'actions',
        elements: [{ type: 'button', action_id: 'a', value: 'x'.repeat(2000), text: { type: 'plain_text', text: 'x'.repeat(75) } }],
      },
      ...Array.from({ length: 46 }, () => section('x')),
    ];
    expect(blocks).toHaveLength(50);
    expect(await call('chat.postMessage', { channel: 'C1', text: 'fallback', blocks })).toMatchObject({ ok: true });
  });
});

describe('the fake Discord REST API', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(() => discord.close());

  const post = async (path: string, body: unknown, token: string | null = discord.token) => {
    const res = await fetch(`${discord.apiUrl}/v10${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bot ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>) };
  };
  const channel = `/channels/${snowflake()}/messages`;
  const tooLong = (max: number) => ({ _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }] });

  it('given a wrong bot token, 401 as Discord answers it', async () => {
    expect(await post(channel, { content: 'hi' }, 'wrong')).toEqual({ status: 401, json: { message: '401: Unauthorized', code: 0 } });
  });

  it.each([
    ['content of 2001', { content: 'x'.repeat(2001) }, { content: tooLong(2000) }],
    ['11 embeds', { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, { embeds: tooLong(10) }],
    ['a title of 257', { embeds: [{ title: 'x'.repeat(257) }] }, { embeds: { 0: { title: tooLong(256) } } }],
    ['a description of 4097', { embeds: [{ description: 'x'.repeat(4097) }] }, { embeds: { 0: { description: tooLong(4096) } } }],
    [
      '26 fields',
      { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
      { embeds: { 0: { fields: tooLong(25) } } },
    ],
    [
      'a field value of 1025',
      { embeds: [{ fields: [{ name: 'n', value: 'x'.repeat(1025) }] }] },
      { embeds: { 0: { fields: { 0: { value: tooLong(1024) } } } } },
    ],
    ['a footer of 2049', { embeds: [{ footer: { text: 'x'.repeat(2049) } }] }, { embeds: { 0: { footer: { text: tooLong(2048) } } } }],
    [
      'embeds totalling 6001 characters',
      { embeds: [{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }] },
      { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }] } },
    ],
  ])('given %s, 400 with 50035 Invalid Form Body naming the place', async (_what, body, errors) => {
    expect(await post(channel, body)).toEqual({ status: 400, json: { code: 50035, errors, message: 'Invalid Form Body' } });
  });

  it('given an interaction answered twice, the second callback gets 40060; an expired one gets 10062', async () => {
    const first = commandInteraction({ applicationId: discord.applicationId, user: fakeUser(), name: 'about' });
    discord.dispatch('INTERACTION_CREATE', first);
    const callback = `/interactions/${first.id}/${first.token}/callback`;
    expect((await post(callback, { type: 4, data: { content: 'hi' } }, null)).status).toBe(204);
    expect(await post(callback, { type: 4, data: { content: 'again' } }, null)).toEqual({
      status: 400,
      json: { message: 'Interaction has already been acknowledged.', code: 40060 },
    });

    const late = commandInteraction({ applicationId: discord.applicationId, user: fakeUser(), name: 'about' });
    discord.dispatch('INTERACTION_CREATE', late);
    discord.expire(late.id);
    expect(await post(`/interactions/${late.id}/${late.token}/callback`, { type: 4, data: { content: 'hi' } }, null)).toEqual({
      status: 404,
      json: { message: 'Unknown interaction', code: 10062 },
    });
  });

  it('given an interaction callback past the limits, 50035 under data', async () => {
    const i = commandInteraction({ applicationId: discord.applicationId, user: fakeUser(), name: 'about' });
    discord.dispatch('INTERACTION_CREATE', i);
    const answer = await post(
      `/interactions/${i.id}/${i.token}/callback`,
      { type: 4, data: { embeds: [{ title: 'x'.repeat(300) }] } },
      null,
    );
    expect(answer).toEqual({
      status: 400,
      json: { code: 50035, errors: { data: { embeds: { 0: { title: tooLong(256) } } } }, message: 'Invalid Form Body' },
    });
  });
});
