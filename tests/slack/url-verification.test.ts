/**
 * Slack's URL check: saving the Request URL in the app settings makes Slack POST a signed
 * `url_verification` event whose `challenge` must come back in the answer. The README says
 * it is answered automatically; an unsigned one is refused like any other request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHarness, type Harness } from './harness.js';

describe("Slack's url_verification request", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const check = (challenge: string) => JSON.stringify({ token: 'legacy-verification-token', challenge, type: 'url_verification' });

  it('given a signed check, answers 200 with the challenge it was sent', async () => {
    const challenge = '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P';
    const res = await post(h, check(challenge), 'application/json');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ challenge });
  });

  it('given a check with a bad signature, answers 401 and does not echo the challenge', async () => {
    const res = await post(h, check('never-echoed-challenge'), 'application/json', { secret: 'not-the-signing-secret' });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('never-echoed-challenge');
  });

  it('calls no Slack API for it (a check is not a conversation)', () => {
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });
});
