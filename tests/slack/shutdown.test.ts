/**
 * Stopping the Slack adapter (HTTP mode): stop() turns new requests away with 503 at once,
 * and resolves only when the work already accepted is done — a reply Slack is slow to take,
 * or a request whose body was still arriving when stop() began. The fake holds the reply
 * until the test releases it, so "in flight" is a fact, not a timing.
 */
import { once } from 'node:events';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import type { BotRequest } from '../../src/model/request.js';
import { eventBody, mentionEvent, nowSeconds, sendEvent, sign, slashCommand, startHarness, textOf } from './harness.js';

describe('stopping the Slack adapter', () => {
  it('given stop() while a mention reply is held by Slack, answers new requests 503, and resolves only after the reply was delivered', async () => {
    const asked: BotRequest[] = [];
    const logs: string[] = [];
    const h = await startHarness({
      pipeline: (real): Pipeline => ({
        ...real,
        handle: (r) => {
          asked.push(r);
          return real.handle(r);
        },
      }),
      logger: createLogger('warn', (line) => logs.push(line)),
    });
    const held = h.fake.holdNext('chat.postMessage');
    expect((await sendEvent(h, mentionEvent('what did he do at netflix?', '1700007000.1'))).status).toBe(200);
    const reply = await held.arrived;

    let stopped = false;
    const stopping = h.adapter.stop().then(() => {
      stopped = true;
    });
    const late = await slashCommand(h, '/skills', 'kubernetes');
    expect(late.status).toBe(503);
    // A whole HTTP round trip later, stop() is still waiting for the held reply.
    expect(stopped).toBe(false);
    expect(held.answered).toBe(false);

    held.release();
    await stopping;
    expect(held.answered).toBe(true);
    expect(textOf(reply.body)).toMatch(/Netflix/);
    // The reply went through (nothing failed), and the late request never reached the bot.
    expect(logs).toEqual([]);
    expect(asked.map((r) => r.text)).toEqual(['what did he do at netflix?']);
    await h.stop();
  });

  it('given stop() while a mention is still arriving (half its body sent), answers it and delivers the reply before stop() resolves', async () => {
    const h = await startHarness();
    const body = Buffer.from(eventBody(mentionEvent('skills k8s', '1700007100.1')));
    const timestamp = nowSeconds();
    const arrived = once(h.http.server, 'request');
    const req = request(h.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': body.length,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(body.toString('utf8'), timestamp),
      },
    });
    const status = new Promise<number | undefined>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
    });
    req.write(body.subarray(0, 64));
    await arrived; // the server has the headers: the request is accepted

    const stopping = h.adapter.stop();
    req.end(body.subarray(64));
    expect(await status).toBe(200);
    await stopping;
    const replies = h.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === '1700007100.1');
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0]!.body)).toMatch(/Kubernetes/);
    await h.stop();
  });
});
