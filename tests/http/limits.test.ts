/**
 * The shared HTTP server against clients that try to buy memory or sockets before anything
 * can tell they are not Slack or Discord: announced or trickled bodies, many connections,
 * slow uploads. The figures are counts the server keeps (bytes held, connections), never time.
 */
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type BodyRoute, type HttpServer } from '../../src/http/server.js';
import type { HttpLimits } from '../../src/http/limits.js';
import { RawConnection, requestHead } from '../helpers/raw-http.js';

const servers: HttpServer[] = [];
const connections: RawConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.close({ deadlineMs: 0 })));
});

/** A route that answers 200 with the body's length; `authentic` says whether a request is "signed". */
function echoRoute(maxBodyBytes: number): BodyRoute & { seen: number[] } {
  const seen: number[] = [];
  return {
    seen,
    maxBodyBytes,
    screen: (req) => (req.headers['x-signed'] === 'yes' ? undefined : { status: 401, message: 'unsigned\n' }),
    handle(_req, res, body) {
      seen.push(body.length);
      const text = `${body.length}\n`;
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': text.length });
      res.end(text);
    },
  };
}

async function start(limits: Partial<HttpLimits> = {}, maxBodyBytes = 64 * 1024) {
  const http = createHttpServer({ limits });
  servers.push(http);
  const route = echoRoute(maxBodyBytes);
  http.post('/in', route);
  http.setReady(true);
  const { port } = await http.listen(0, '127.0.0.1');
  const open = async () => {
    const c = await RawConnection.open(port);
    connections.push(c);
    return c;
  };
  return { http, route, port, open };
}

const signed = (length: number | 'chunked') =>
  requestHead('POST', '/in', {
    'x-signed': 'yes',
    ...(length === 'chunked' ? { 'transfer-encoding': 'chunked' } : { 'content-length': length }),
  });
const chunk = (data: Buffer | string) => `${Buffer.byteLength(data).toString(16)}\r\n${data.toString()}\r\n`;

/** Resolves once a request is closed (events.once would reject on the 'aborted' error that comes first). */
const closed = (req: IncomingMessage) => new Promise<void>((resolve) => req.once('close', () => resolve()));

/** Resolves once the server has seen `count` requests' bodies arrive in part (each request's first chunk read). */
function requestsArriving(http: HttpServer, count: number): Promise<IncomingMessage[]> {
  const seen: IncomingMessage[] = [];
  return new Promise((resolve) => {
    http.server.on('request', (req: IncomingMessage) => {
      req.once('data', () => {
        seen.push(req);
        if (seen.length === count) resolve(seen);
      });
    });
  });
}

describe('bodies', () => {
  it('given a Content-Length over the route’s limit, answers 413 with Connection: close before reading any of it, and closes the connection', async () => {
    const { http, route, open } = await start({}, 1024);
    const c = await open();
    await c.write(signed(4 * 1024 * 1024));
    await c.write('x'.repeat(1000));
    const res = await c.response();
    expect(res?.status).toBe(413);
    expect(res?.headers.connection).toBe('close');
    expect(await c.closedByServer()).toBeTruthy();
    expect(route.seen).toEqual([]);
    expect(http.stats().bodyBytesHeld).toBe(0);
  });

  it('given an unannounced (chunked) body that passes the limit, answers 413 and closes once it does, holding no more than the limit', async () => {
    const { http, route, open } = await start({}, 1024);
    const c = await open();
    await c.write(signed('chunked'));
    await c.write(chunk('x'.repeat(1000)));
    await c.write(chunk('x'.repeat(1000)));
    const res = await c.response();
    expect(res?.status).toBe(413);
    expect(res?.headers.connection).toBe('close');
    await c.closedByServer();
    expect(route.seen).toEqual([]);
    expect(http.stats().bodyBytesHeld).toBe(0);
  });

  it('given an unannounced (chunked) body past 64 KB on a route that allows a megabyte, answers 413: platforms announce their lengths', async () => {
    const { route, open } = await start({}, 1024 * 1024);
    const c = await open();
    await c.write(signed('chunked'));
    for (let i = 0; i < 3; i++) await c.write(chunk('x'.repeat(30_000)));
    const res = await c.response();
    expect(res?.status).toBe(413);
    expect(route.seen).toEqual([]);
    // The same bytes announced are read and handed over.
    const announced = await open();
    await announced.write(`${signed(90_000)}${'x'.repeat(90_000)}`);
    expect((await announced.response())?.status).toBe(200);
    expect(route.seen).toEqual([90_000]);
  });

  it('given headers that fail the route’s screen, refuses before reading the body and closes the connection', async () => {
    const { route, open } = await start();
    const c = await open();
    await c.write(requestHead('POST', '/in', { 'content-length': 50_000 }));
    const res = await c.response();
    expect(res?.status).toBe(401);
    expect(res?.headers.connection).toBe('close');
    await c.closedByServer();
    expect(route.seen).toEqual([]);
  });

  it('given a whole body within the limit, hands it to the route and keeps the connection for the next request', async () => {
    const { route, open } = await start();
    const c = await open();
    await c.write(`${signed(5)}hello`);
    expect((await c.response())?.body).toBe('5\n');
    await c.write(`${signed(3)}abc`);
    expect((await c.response())?.body).toBe('3\n');
    expect(c.closed).toBeNull();
    expect(route.seen).toEqual([5, 3]);
  });

  it('given a client that goes away in the middle of its body, gives its bytes back', async () => {
    const { http, open } = await start();
    const arriving = requestsArriving(http, 1);
    const c = await open();
    await c.write(signed(10_000) + 'x'.repeat(4000));
    const [req] = await arriving;
    expect(http.stats().bodyBytesHeld).toBeGreaterThan(0);
    const gone = closed(req!);
    c.destroy();
    await gone;
    expect(http.stats().bodyBytesHeld).toBe(0);
  });
});

describe('one budget of bytes for every unverified body', () => {
  it('given many connections trickling bodies, never holds more than the budget: the oldest are cut with 503 and a fresh request is still answered', async () => {
    const budget = 40_000;
    const { http, route, open } = await start({ maxBodyBytesHeld: budget }, 30_000);
    const slow: RawConnection[] = [];
    const arriving = requestsArriving(http, 6);
    for (let i = 0; i < 6; i++) {
      const c = await open();
      slow.push(c);
      // Announces 20,000 bytes, sends 9,000, then waits forever.
      await c.write(signed(20_000) + 'x'.repeat(9000));
    }
    await arriving;
    // 6 × 9,000 bytes would be 54,000: the first ones were cut to keep within 40,000.
    expect(http.stats().bodyBytesHeld).toBeLessThanOrEqual(budget);
    const cut = await slow[0]!.response();
    expect(cut?.status).toBe(503);
    expect(cut?.headers.connection).toBe('close');
    expect(http.stats().evictions).toBeGreaterThanOrEqual(2);

    // An honest request, sent whole, gets through while the others still hold their bytes.
    const honest = await open();
    await honest.write(signed(9000) + 'y'.repeat(9000));
    expect((await honest.response())?.status).toBe(200);
    expect(route.seen).toEqual([9000]);
    expect(http.stats().bodyBytesHeld).toBeLessThanOrEqual(budget);
  });

  it('once every body is answered or gone, holds nothing', async () => {
    const { http, open } = await start({ maxBodyBytesHeld: 20_000 });
    const arriving = requestsArriving(http, 3);
    const cs = await Promise.all([open(), open(), open()]);
    for (const c of cs) await c.write(signed(10_000) + 'x'.repeat(6000));
    const reqs = await arriving;
    const gone = reqs.map(closed);
    for (const c of cs) c.destroy();
    await Promise.all(gone);
    expect(http.stats().bodyBytesHeld).toBe(0);
  });
});

describe('connections', () => {
  it('given more open connections than the limit, answers requests on the extra ones 503 with Connection: close, and serves again once they are gone', async () => {
    const { http, open } = await start({ maxConnections: 3 });
    const serverSide: Array<Promise<unknown>> = [];
    http.server.on('connection', (socket) => serverSide.push(new Promise((resolve) => socket.once('close', resolve))));
    const held = [await open(), await open(), await open()];
    const extra = await open();
    await extra.write(`${signed(2)}hi`);
    const refused = await extra.response();
    expect(refused?.status).toBe(503);
    expect(refused?.headers.connection).toBe('close');
    expect(refused?.headers['retry-after']).toBe('1');
    await extra.closedByServer();
    // The held ones are served as usual.
    await held[0]!.write(`${signed(2)}ok`);
    expect((await held[0]!.response())?.status).toBe(200);

    for (const c of held) c.destroy();
    await Promise.all(serverSide);
    expect(http.stats().connections).toBe(0);
    const later = await open();
    await later.write(`${signed(2)}ok`);
    expect((await later.response())?.status).toBe(200);
  });
});

describe('slow clients', () => {
  it('given a body that stops arriving, answers 408 and closes the connection once the request timeout passes (Node checks often enough)', async () => {
    const { http, open } = await start({ requestTimeoutMs: 300, headersTimeoutMs: 300, timeoutCheckIntervalMs: 50 });
    const c = await open();
    await c.write(signed(100) + 'x'.repeat(10));
    const res = await c.response();
    expect(res?.status).toBe(408);
    await c.closedByServer();
    expect(http.stats().bodyBytesHeld).toBe(0);
  });

  it('applies the configured timeouts and check interval to Node’s server', async () => {
    const { http } = await start({ requestTimeoutMs: 7000, headersTimeoutMs: 4000, keepAliveTimeoutMs: 3000, timeoutCheckIntervalMs: 200 });
    expect(http.server.requestTimeout).toBe(7000);
    expect(http.server.headersTimeout).toBe(4000);
    expect(http.server.keepAliveTimeout).toBe(3000);
    // Not in @types/node's Server, but set by Node from the option of the same name.
    expect(Reflect.get(http.server, 'connectionsCheckingInterval')).toBe(200);
  });
});

describe('after an attack', () => {
  it('given many refused requests and then quiet, calls onQuietAfterAttack once (to give memory back); answered requests do not count', async () => {
    let reclaimed!: () => void;
    const called = new Promise<void>((resolve) => (reclaimed = resolve));
    const http = createHttpServer({ limits: { reclaimAfterRefusals: 20, reclaimQuietMs: 50 }, onQuietAfterAttack: () => reclaimed() });
    servers.push(http);
    http.post('/in', echoRoute(1024));
    http.setReady(true);
    const { port } = await http.listen(0, '127.0.0.1');
    const ask = async (request: string) => {
      const c = await RawConnection.open(port);
      connections.push(c);
      await c.write(request);
      return (await c.response())?.status;
    };
    // Honest requests first: answered, they are not pressure.
    for (let i = 0; i < 25; i++) expect(await ask(`${signed(2)}ok`)).toBe(200);
    expect(http.stats()).toMatchObject({ refusals: 0, reclaims: 0 });
    // Then 20 unsigned ones, refused.
    for (let i = 0; i < 20; i++) expect(await ask(requestHead('POST', '/in', { 'content-length': 2 }))).toBe(401);
    await called;
    expect(http.stats()).toMatchObject({ refusals: 20, reclaims: 1 });
  });
});
