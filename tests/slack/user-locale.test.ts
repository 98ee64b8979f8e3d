/**
 * users.info as the locale lookup calls it, against the loopback fake Slack: the bot's token,
 * include_locale, and every kind of failure a rejection (which the locale cache answers in LOCALE).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userLocaleLookup } from '../../src/slack/user-locale.js';
import { FakeSlack } from '../fakes/slack.js';

let fake: FakeSlack;
beforeEach(async () => {
  fake = new FakeSlack({ botToken: 'xoxb-lookup' });
  await fake.start();
});
afterEach(async () => {
  await fake.stop();
});

const lookup = (botToken = 'xoxb-lookup') => userLocaleLookup({ apiUrl: `${fake.apiUrl}/`, botToken, timeoutMs: 1500 });

describe('reading a Slack user’s locale', () => {
  it('given a user whose Slack is in pt-BR, reads pt-BR with the bot token and include_locale', async () => {
    fake.userLocales.set('U123', 'pt-BR');
    expect(await lookup()('U123')).toBe('pt-BR');
    const [call] = fake.callsTo('users.info');
    expect(call?.authorization).toBe('Bearer xoxb-lookup');
    expect(call?.body).toMatchObject({ user: 'U123', include_locale: 'true' });
  });

  it('given a reply without a locale, reads none', async () => {
    fake.setApiAnswer('users.info', () => ({ json: { ok: true, user: { id: 'U123' } } }));
    expect(await lookup()('U123')).toBeUndefined();
  });

  it('given Slack refusing the token, rejects with its error', async () => {
    await expect(lookup('xoxb-wrong')('U123')).rejects.toThrow('invalid_auth');
  });

  it('given an HTTP failure, rejects with its status', async () => {
    fake.failNext('users.info', { status: 500 });
    await expect(lookup()('U123')).rejects.toThrow('HTTP 500');
  });

  it('given Slack rate limiting users.info, rejects saying how long Retry-After asks to wait', async () => {
    fake.failNext('users.info', { status: 429, retryAfter: 3 });
    await expect(lookup()('U123')).rejects.toMatchObject({ name: 'UsersInfoRateLimited', retryAfterMs: 3000 });
  });

  it('given a 429 without Retry-After, waits a minute', async () => {
    fake.setApiAnswer('users.info', () => ({ status: 429, json: { ok: false, error: 'ratelimited' } }));
    await expect(lookup()('U123')).rejects.toMatchObject({ retryAfterMs: 60_000 });
  });

  it('given Slack never replying, rejects once the socket stayed silent for the timeout', async () => {
    const held = fake.holdNext('users.info');
    const silent = userLocaleLookup({ apiUrl: `${fake.apiUrl}/`, botToken: 'xoxb-lookup', timeoutMs: 50 });
    await expect(silent('U123')).rejects.toThrow('no reply in 50 ms');
    held.release();
  });

  it('given two users one after the other, asks over one kept-alive connection', async () => {
    const read = lookup();
    fake.userLocales.set('U2', 'pt-BR');
    expect(await read('U1')).toBe('en-US');
    expect(await read('U2')).toBe('pt-BR');
    expect(new Set(fake.callsTo('users.info').map((c) => c.remotePort)).size).toBe(1);
  });

  it('given a reply that is not what Slack sends, rejects', async () => {
    fake.setApiAnswer('users.info', () => ({ json: { user: 'nobody' } }));
    await expect(lookup()('U123')).rejects.toThrow();
  });
});
