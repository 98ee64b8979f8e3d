/**
 * The shared HTTP server starting and stopping. Before the process is ready, a path a platform
 * will serve answers 503 with Retry-After (Slack and load balancers try again) and only unknown
 * paths 404. On close: no new connections, every request already received is answered, a
 * request arriving on a kept-alive connection gets 503 with Connection: close (not a reset),
 * and whatever is still idle or half-sent is closed at the deadline.
 */
import { once } from 'node:events';
import { connect } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { RawConnection, requestHead } from '../helpers/raw-http.js';

const servers: HttpServer[] = [];
const connections: RawConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close({ deadlineMs: 0 })));
});

async function start(ready: boolean) {
  const http = createHttpServer();
  servers.push(http);
  const handled: string[] = [];
  http.post('/in', {
    maxBodyBytes: 1024,
    handle(_req, res, body) {
      handled.push(body.toString());
      res.writeHead(200, { 'content-length': 3 });
      res.end('ok\n');
    },
  });
  http.expect('/later');
  http.setReady(ready);
  const { port } = await http.listen(0, '127.0.0.1');
  const open = async () => {
    const c = await RawConnection.open(port);
    connections.push(c);
    return c;
  };
  return { http, port, open, handled };
}

const post = (body: string) => requestHead('POST', '/in', { 'content-length': Buffer.byteLength(body) }) + body;

describe('before the process is ready', () => {
  it('answers a registered route 503 with Retry-After, and runs nothing', async () => {
    const { open, handled } = await start(false);
    const c = await open();
    await c.write(post('hi'));
    const res = await c.response();
    expect(res?.status).toBe(503);
    expect(res?.headers['retry-after']).toBe('1');
    expect(handled).toEqual([]);
  });

  it('answers a path a platform will register (not yet there) 503 with Retry-After, not 404', async () => {
    const { open } = await start(false);
    const c = await open();
    await c.write(requestHead('POST', '/later', { 'content-length': 0 }));
    const res = await c.response();
    expect(res?.status).toBe(503);
    expect(res?.headers['retry-after']).toBe('1');
  });

  it('answers an unknown path 404 and /healthz 503', async () => {
    const { port } = await start(false);
    expect((await fetch(`http://127.0.0.1:${port}/nowhere`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);
  });

  it('once ready, serves the route and /healthz answers 200', async () => {
    const { http, port, open, handled } = await start(false);
    http.setReady(true);
    const c = await open();
    await c.write(post('hi'));
    expect((await c.response())?.status).toBe(200);
    expect(handled).toEqual(['hi']);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});

describe('close()', () => {
  it('stops accepting connections at once', async () => {
    const { http, port, open } = await start(true);
    const kept = await open();
    const closing = http.close({ deadlineMs: 60_000 });
    const refused = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.on('connect', () => resolve('connected'));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    kept.destroy();
    await closing;
  });

  it('given a request whose body is still arriving, answers it once the rest comes, with Connection: close', async () => {
    const { http, open, handled } = await start(true);
    const arrived = once(http.server, 'request');
    const c = await open();
    await c.write(`${requestHead('POST', '/in', { 'content-length': 10 })}hello`);
    await arrived;
    const closing = http.close({ deadlineMs: 60_000 });
    await c.write('world');
    const res = await c.response();
    expect(res?.status).toBe(200);
    expect(res?.headers.connection).toBe('close');
    expect(handled).toEqual(['helloworld']);
    await c.closedByServer();
    // No connection left: close() is done without waiting for its deadline.
    await closing;
  });

  it('given an idle kept-alive connection, answers a request sent on it after close() began with 503 and Connection: close, not a reset', async () => {
    const { http, open, handled } = await start(true);
    const c = await open();
    await c.write(post('first'));
    expect((await c.response())?.status).toBe(200);

    const closing = http.close({ deadlineMs: 60_000 });
    await c.write(post('second'));
    const res = await c.response();
    expect(res?.status).toBe(503);
    expect(res?.headers.connection).toBe('close');
    expect(await c.closedByServer()).toBe('end');
    expect(handled).toEqual(['first']);
    await closing;
  });

  it('given a half-sent request that never completes and an idle connection, closes both at the deadline and resolves', async () => {
    const { http, open, handled } = await start(true);
    const arrived = new Promise<IncomingMessage>((resolve) => http.server.once('request', resolve));
    const half = await open();
    await half.write(`${requestHead('POST', '/in', { 'content-length': 10 })}hel`);
    await arrived;
    const idle = await open();
    await http.close({ deadlineMs: 50 });
    await half.closedByServer();
    await idle.closedByServer();
    expect(handled).toEqual([]);
    expect(http.stats()).toMatchObject({ connections: 0, requestsInProgress: 0, bodyBytesHeld: 0, evictions: 0 });
  });

  it('given a handler still working at close(), lets it answer, with Connection: close', async () => {
    const http = createHttpServer();
    servers.push(http);
    let finish: (() => void) | null = null;
    http.route('GET', '/slow', (_req, res) => {
      finish = () => {
        res.writeHead(200, { 'content-length': 3 });
        res.end('ok\n');
      };
    });
    http.setReady(true);
    const { port } = await http.listen(0, '127.0.0.1');
    const c = await RawConnection.open(port);
    connections.push(c);
    const arrived = once(http.server, 'request');
    await c.write(requestHead('GET', '/slow'));
    await arrived;
    const closing = http.close({ deadlineMs: 60_000 });
    finish!();
    const res = await c.response();
    expect(res?.status).toBe(200);
    expect(res?.headers.connection).toBe('close');
    await closing;
  });
});
