/**
 * The bench's round-robin proxy (the load balancer of the rolling-restart figure): it spreads
 * requests, sends one elsewhere only when a backend refused it (503, or a refused connection),
 * and passes every other answer through as it is.
 */
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startProxy, type RoundRobinProxy } from '../../bench/proxy.js';
import { freePort } from '../helpers/redis.js';

const servers: Server[] = [];
let proxy: RoundRobinProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** A backend answering every request with `status` and its own name; /healthz 200. */
async function backend(name: string, status = 200): Promise<{ port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/healthz') return res.end('ok');
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push(body);
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(name);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, seen };
}

const post = async (body: string) => {
  const res = await fetch(`http://127.0.0.1:${proxy!.port}/slack/events`, { method: 'POST', body });
  return { status: res.status, text: await res.text() };
};

describe('the bench proxy', () => {
  it('given two healthy backends, takes turns between them', async () => {
    const [a, b] = [await backend('a'), await backend('b')];
    proxy = await startProxy([a.port, b.port]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await post(`q${i}`)).text);
    expect(answers.sort()).toEqual(['a', 'a', 'b', 'b']);
  });

  it('given a backend answering 503 (stopping), sends the same request to the other one', async () => {
    const [stopping, live] = [await backend('stopping', 503), await backend('live')];
    proxy = await startProxy([stopping.port, live.port]);
    for (let i = 0; i < 4; i++) expect(await post(`q${i}`)).toEqual({ status: 200, text: 'live' });
    expect(live.seen).toEqual(['q0', 'q1', 'q2', 'q3']);
    expect(proxy.stats.retried).toBeGreaterThan(0);
  });

  it('given a backend whose port refuses connections, sends the request to the other one', async () => {
    const [closed, live] = [await freePort(), await backend('live')];
    proxy = await startProxy([closed, live.port]);
    for (let i = 0; i < 3; i++) expect(await post(`q${i}`)).toEqual({ status: 200, text: 'live' });
  });

  it('given an answer that is not 503 (an error the backend decided on), passes it through and sends nothing again', async () => {
    const [failing, other] = [await backend('failing', 500), await backend('other')];
    proxy = await startProxy([failing.port, other.port]);
    const answers = [await post('q0'), await post('q1')];
    expect(answers).toContainEqual({ status: 500, text: 'failing' });
    expect(failing.seen.length + other.seen.length).toBe(2);
    expect(proxy.stats.retried).toBe(0);
  });

  it('given no backend that takes the request, answers 502', async () => {
    proxy = await startProxy([await freePort()]);
    expect((await post('q')).status).toBe(502);
    expect(proxy.stats.failed).toBe(1);
  });
});
