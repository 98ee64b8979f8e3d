/**
 * Request authenticity: only requests Slack signed with our signing secret, stamped within
 * five minutes of now (either way), reach a handler. Anything else is a 401 and nothing runs.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import type { BotRequest } from '../../src/model/request.js';
import { SLACK_MAX_BODY_BYTES } from '../../src/slack/intake.js';
import { nowSeconds, post, sign, slashCommand, slashCommandForm, startHarness, type Harness } from './harness.js';

describe('signature and timestamp checks', () => {
  let h: Harness;
  const asked: BotRequest[] = [];
  const logs: string[] = [];
  beforeAll(async () => {
    h = await startHarness({
      pipeline: (real): Pipeline => ({
        ...real,
        handle: (r) => {
          asked.push(r);
          return real.handle(r);
        },
      }),
      logger: createLogger('warn', (line) => logs.push(line)),
    });
  });
  afterAll(async () => {
    await h.stop();
  });

  const form = () => slashCommandForm(h, '/skills', 'kubernetes');

  it('given a signature made with another secret, answers 401 and runs nothing', async () => {
    const res = await post(h, form(), 'application/x-www-form-urlencoded', { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
  });

  it('given a body changed after signing, answers 401', async () => {
    const ts = nowSeconds();
    const signature = sign(form(), ts);
    const res = await post(h, form().replace('kubernetes', 'k8s'), 'application/x-www-form-urlencoded', { timestamp: ts, signature });
    expect(res.status).toBe(401);
  });

  it('given a correctly signed request stamped six minutes ago, answers 401 (replay)', async () => {
    const res = await slashCommand(h, '/skills', 'kubernetes', 'stale', { timestamp: nowSeconds() - 6 * 60 });
    expect(res.status).toBe(401);
  });

  it('given a correctly signed request stamped six minutes ahead, answers 401 too', async () => {
    const res = await slashCommand(h, '/skills', 'kubernetes', 'future', { timestamp: nowSeconds() + 6 * 60 });
    expect(res.status).toBe(401);
  });

  it('given no signature headers at all, answers 401', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form() });
    expect(res.status).toBe(401);
  });

  it('given a signed but malformed JSON body, answers 400 and keeps serving', async () => {
    const res = await post(h, '{"type": "event_callback", ', 'application/json');
    expect(res.status).toBe(400);
    expect((await slashCommand(h, '/skills', 'kubernetes')).status).toBe(200);
  });

  it('given an unsigned request announcing the largest body accepted, answers 401 before any of the body is sent', async () => {
    const { port } = new URL(h.url);
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    const head = await new Promise<string>((resolve, reject) => {
      let got = '';
      socket.on('data', (chunk) => {
        got += chunk.toString('latin1');
        if (got.includes('\r\n')) resolve(got);
      });
      socket.on('error', reject);
      socket.write(
        `POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${SLACK_MAX_BODY_BYTES}\r\n\r\n`,
      );
    });
    socket.destroy();
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 401 Unauthorized');
  });

  it('given a correctly signed body over the route’s limit, answers 413 without reading on', async () => {
    const res = await post(h, `${form()}&pad=${'x'.repeat(SLACK_MAX_BODY_BYTES)}`, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(413);
  });

  it('logged every refusal with its reason, and never a signature', () => {
    const refused = logs
      .map((l) => JSON.parse(l) as { event: string; reason?: string })
      .filter((l) => l.event === 'slack_request_refused' || l.event === 'http_refused');
    expect(refused.map((l) => l.reason)).toEqual(['mismatch', 'mismatch', 'stale', 'stale', 'missing', 'missing', 'too_large']);
    expect(logs.join('\n')).not.toMatch(/v0=[0-9a-f]{8}/);
  });

  it('ran no handler for any refused request: only the one valid command reached the bot', async () => {
    expect(asked.map((r) => r.text)).toEqual(['kubernetes']);
    // The valid command's asker's language was looked up once; nothing else reached Slack.
    expect(h.fake.calls.map((c) => c.method)).toEqual(['auth.test', 'users.info']);
  });

  it('given a request stamped within the window, is accepted (the check is not blanket)', async () => {
    const res = await slashCommand(h, '/skills', 'kubernetes', 'ok', { timestamp: nowSeconds() - 4 * 60 });
    expect(res.status).toBe(200);
  });
});
