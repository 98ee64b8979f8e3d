/**
 * The request-signature check that runs before Bolt (src/slack/signature.ts): Slack's v0
 * scheme, over the body's raw bytes, with the timestamp within five minutes either way.
 */
import { createSecretKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifySlackSignature } from '../../src/slack/signature.js';
import { slackSignature } from '../fakes/slack-signing.js';

const SECRET = 'spec-signing-secret';
const NOW_MS = 1_764_000_000_000;
const NOW_S = NOW_MS / 1000;

function signed(body: Buffer | string, timestamp = NOW_S, secret = SECRET) {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return {
    rawBody: raw,
    headers: { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(secret, timestamp, raw) },
  };
}

const verify = (request: ReturnType<typeof signed>, headers: Record<string, string | string[] | undefined> = {}) =>
  verifySlackSignature({ signingSecret: SECRET, rawBody: request.rawBody, headers: { ...request.headers, ...headers }, nowMs: NOW_MS });

describe('verifySlackSignature', () => {
  it('given a body signed with the secret just now, says ok', () => {
    expect(verify(signed('command=%2Fskills&text=k8s'))).toBe('ok');
  });

  it('given the signature Slack documents for its example request, says ok (the scheme is Slack’s, not ours)', () => {
    // https://api.slack.com/docs/verifying-requests-from-slack: its worked example (secret, body, timestamp, signature)
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const verdict = verifySlackSignature({
      signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
      rawBody: Buffer.from(body),
      headers: {
        'x-slack-request-timestamp': '1531420618',
        'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      },
      nowMs: 1531420618 * 1000,
    });
    expect(verdict).toBe('ok');
  });

  it('given the secret as a key made once (as the intake holds it), gives the same verdicts as the secret itself', () => {
    const request = signed('command=%2Fskills&text=k8s');
    const withKey = (secret: string) =>
      verifySlackSignature({ signingSecret: createSecretKey(Buffer.from(secret)), ...request, nowMs: NOW_MS });
    expect(withKey(SECRET)).toBe('ok');
    expect(withKey('another-secret')).toBe('mismatch');
  });

  it('signs the raw bytes: a body that is not valid UTF-8 still verifies, and one changed byte does not', () => {
    const raw = Buffer.from([0x74, 0x65, 0x78, 0x74, 0x3d, 0xff, 0xfe, 0x80]);
    const request = signed(raw);
    expect(verify(request)).toBe('ok');
    const changed = Buffer.from(raw);
    changed[7] = 0x81;
    expect(verify({ ...request, rawBody: changed })).toBe('mismatch');
  });

  it('given another secret, a changed body, another version or a cut signature, says mismatch', () => {
    const request = signed('text=kubernetes');
    expect(verify(signed('text=kubernetes', NOW_S, 'another-secret'))).toBe('mismatch');
    expect(verify({ ...request, rawBody: Buffer.from('text=k8s') })).toBe('mismatch');
    expect(verify(request, { 'x-slack-signature': request.headers['x-slack-signature'].replace('v0=', 'v1=') })).toBe('mismatch');
    expect(verify(request, { 'x-slack-signature': request.headers['x-slack-signature'].slice(0, -1) })).toBe('mismatch');
    expect(verify(request, { 'x-slack-signature': '' })).toBe('mismatch');
  });

  it('given a timestamp more than five minutes away, either way, says stale even when the signature is right', () => {
    expect(verify(signed('a=1', NOW_S - 301))).toBe('stale');
    expect(verify(signed('a=1', NOW_S + 301))).toBe('stale');
    expect(verify(signed('a=1', NOW_S - 299))).toBe('ok');
    expect(verify(signed('a=1', NOW_S + 299))).toBe('ok');
  });

  it('given a missing or repeated header, or a timestamp that is not a number, refuses', () => {
    const request = signed('a=1');
    expect(verify(request, { 'x-slack-signature': undefined })).toBe('missing');
    expect(verify(request, { 'x-slack-request-timestamp': undefined })).toBe('missing');
    expect(verify(request, { 'x-slack-signature': [request.headers['x-slack-signature'], 'v0=00'] })).toBe('missing');
    expect(verify(request, { 'x-slack-request-timestamp': '1.764e9' })).toBe('stale');
  });
});
