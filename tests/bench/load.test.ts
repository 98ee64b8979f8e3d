/**
 * The pure pieces of the benches' load generator: the percentile maths, the open-loop
 * schedule, request serialisation and response parsing. (Benches are not tests: nothing
 * here is timed.)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { dueAt, dueBy, parseResponse, percentile, runLoad, serialise } from '../../bench/load.js';
import { nodeFlags } from '../../bench/flags.js';

describe('percentile', () => {
  it('given ascending values, is the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it('given fewer than 100 values, p99 is the largest', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
  });

  it('given nothing, is NaN', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('open-loop schedule', () => {
  it('given a rate, spaces due times evenly from 0', () => {
    expect(dueAt(0, 500)).toBe(0);
    expect(dueAt(1, 500)).toBe(2);
    expect(dueAt(500, 500)).toBe(1000);
  });

  it('counts the requests due by a time, the first at 0 and each exactly at its due time', () => {
    expect(dueBy(-1, 500)).toBe(0);
    expect(dueBy(0, 500)).toBe(1);
    expect(dueBy(1.999, 500)).toBe(1);
    expect(dueBy(2, 500)).toBe(2);
    expect(dueBy(1000, 500)).toBe(501);
    for (let k = 0; k < 2000; k++) expect(dueBy(dueAt(k, 500), 500)).toBe(k + 1);
    for (let k = 0; k < 2000; k++) expect(dueBy(dueAt(k, 333), 333)).toBe(k + 1);
  });
});

describe('HTTP framing', () => {
  it('serialises a request with its length and headers once', () => {
    const wire = serialise(8080, '/slack/events', { key: 0, body: 'text=résumé', headers: { 'x-a': '1' } }).toString('latin1');
    expect(wire.startsWith('POST /slack/events HTTP/1.1\r\n')).toBe(true);
    expect(wire).toContain('\r\ncontent-length: 13\r\n');
    expect(wire).toContain('\r\nx-a: 1\r\n\r\n');
  });

  it('serialises a GET to its own path with no body (the web page bench)', () => {
    const wire = serialise(8080, '/', { key: 0, method: 'GET', path: '/api/ask?q=k8s', body: 'ignored', headers: {} }).toString('latin1');
    expect(wire).toBe('GET /api/ask?q=k8s HTTP/1.1\r\nhost: 127.0.0.1:8080\r\nconnection: keep-alive\r\n\r\n');
  });

  it('parses a response with a length, and says when it is incomplete', () => {
    const full = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhelloHTTP/1.1');
    const parsed = parseResponse(full);
    expect(parsed).toMatchObject({ complete: true, status: 200, length: full.length - 'HTTP/1.1'.length });
    expect(parsed.complete && parsed.body.toString()).toBe('hello');
    expect(parseResponse(full.subarray(0, 60)).complete).toBe(false);
    expect(parseResponse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Le')).complete).toBe(false);
  });

  it('parses a chunked response', () => {
    const wire = Buffer.from('HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n');
    const parsed = parseResponse(wire);
    expect(parsed).toMatchObject({ complete: true, status: 401, length: wire.length });
    expect(parsed.complete && parsed.body.toString()).toBe('abcde');
    expect(parseResponse(wire.subarray(0, wire.length - 2)).complete).toBe(false);
  });
});

describe('runLoad', () => {
  it('given a server, checks every answer against the first one of its key and counts the others as errors', async () => {
    let n = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        n += 1;
        const key = req.headers['x-key'];
        if (n === 7) {
          res.writeHead(500);
          res.end('oops');
        } else res.end(n === 9 ? 'changed' : `answer ${key}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const requests = [0, 1, 2].map((key) => ({ key, body: 'q', headers: { 'x-key': String(key) } }));
    const result = await runLoad({ port, path: '/', requests, mode: { kind: 'closed', connections: 1, total: 12 }, timeoutMs: 60_000 });
    server.close();
    expect(result.latencies).toHaveLength(12);
    expect(result.errors).toEqual({ status: 1, body: 1, timeout: 0, socket: 0 });
    expect(result.answered).toBe(10);
    expect(result.bodies).toEqual({ 0: 'answer 0', 1: 'answer 1', 2: 'answer 2' });
  });

  it('given an open loop, sends every request its schedule holds, measures only those after the warm-up, and hears both phases in order', async () => {
    let received = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received += 1;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const mode = { kind: 'open' as const, connections: 2, rate: 200, warmupMs: 100, durationMs: 200 };
    // The schedule decides the counts, not the clock: a late timer sends what is due at once.
    const warmup = (mode.warmupMs * mode.rate) / 1000;
    const total = ((mode.warmupMs + mode.durationMs) * mode.rate) / 1000;
    const phases: Array<[string, number]> = [];
    // The timeout only turns a hang into a failure; a busy machine answers late, never wrongly.
    const result = await runLoad({ port, path: '/', requests: [{ key: 0, body: '', headers: {} }], mode, timeoutMs: 60_000 }, (phase) =>
      phases.push([phase, received]),
    );
    server.close();
    expect(phases.map(([phase]) => phase)).toEqual(['measure', 'end']);
    expect(phases[0]![1]).toBeLessThanOrEqual(warmup);
    expect(received).toBe(total);
    expect(result.sent).toBe(total - warmup);
    expect(result.answered).toBe(total - warmup);
    expect(result.latencies).toHaveLength(total - warmup);
    expect(result.warmupErrors).toEqual({ status: 0, body: 0, timeout: 0, socket: 0 });
    expect(result.errors).toEqual({ status: 0, body: 0, timeout: 0, socket: 0 });
  });
});

describe('npm start flags', () => {
  it('takes the options between node and the script', () => {
    expect(nodeFlags('node dist/src/main.js')).toEqual([]);
    expect(nodeFlags('node --max-semi-space-size=4 --no-warnings dist/src/main.js')).toEqual(['--max-semi-space-size=4', '--no-warnings']);
    expect(nodeFlags('tsx src/main.ts')).toEqual([]);
  });
});

describe('soak RSS floor', () => {
  it('compares RSS at the end with RSS after the warm-up, either way', async () => {
    const { changePercent, withinPercent } = await import('../../bench/soak.js');
    expect(changePercent(100, 110)).toBeCloseTo(10);
    expect(changePercent(100, 95)).toBeCloseTo(-5);
    expect(withinPercent(100, 110, 10)).toBe(true);
    expect(withinPercent(100, 110.1, 10)).toBe(false);
    expect(withinPercent(100, 89, 10)).toBe(false);
  });
});
