/**
 * A small round-robin HTTP proxy, standing in for the load balancer in front of several bot
 * processes, doing what the README asks of one for rolling restarts:
 *
 *  - health checks: GET /healthz on every backend every HEALTH_EVERY_MS; a backend that does
 *    not answer 200 is out of rotation until it does again;
 *  - retry elsewhere, only when the backend did no work: the connection was refused or reset
 *    before any answer, or the answer was 503 (the bot's "stopping, send it elsewhere", given
 *    before it reads the request). Such a backend is also taken out of rotation at once.
 *
 * Bodies are small (Slack posts a few kB): each request is read whole before it is forwarded,
 * so it can be sent again.
 */
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

/** How often each backend's /healthz is asked. */
const HEALTH_EVERY_MS = 100;
/** A backend that takes longer than this to answer its health check is out of rotation. */
const HEALTH_TIMEOUT_MS = 500;

export interface ProxyStats {
  /** Requests answered to the client by a backend. */
  forwarded: number;
  /** Attempts sent again to another backend (refused, reset, or 503). */
  retried: number;
  /** Requests no backend could take: answered 502 to the client. */
  failed: number;
}

export interface RoundRobinProxy {
  readonly port: number;
  readonly stats: ProxyStats;
  /** Backends currently in rotation. */
  healthy(): number[];
  close(): Promise<void>;
}

interface Backend {
  port: number;
  up: boolean;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

type Attempt = { kind: 'answered'; res: IncomingMessage } | { kind: 'retry'; reason: string };

export async function startProxy(ports: number[]): Promise<RoundRobinProxy> {
  const backends: Backend[] = ports.map((port) => ({ port, up: true }));
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const stats: ProxyStats = { forwarded: 0, retried: 0, failed: 0 };
  let next = 0;

  /** Backends in the order to try: those in rotation first (round robin), then the rest. */
  function order(): Backend[] {
    const start = next++ % backends.length;
    const rotated = [...backends.slice(start), ...backends.slice(0, start)];
    return [...rotated.filter((b) => b.up), ...rotated.filter((b) => !b.up)];
  }

  function attempt(backend: Backend, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<Attempt> {
    return new Promise((resolve) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: backend.port, method, path, headers: { ...headers, host: `127.0.0.1:${backend.port}` }, agent },
        (res) => {
          if (res.statusCode === 503) {
            res.resume();
            resolve({ kind: 'retry', reason: '503' });
          } else resolve({ kind: 'answered', res });
        },
      );
      // Refused, or reset before any answer: the backend never took the request.
      req.on('error', (error) => resolve({ kind: 'retry', reason: (error as NodeJS.ErrnoException).code ?? error.message }));
      req.end(body);
    });
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers = { ...req.headers };
      delete headers.connection;
      // Two passes over the backends: one that was restarting may be back by the second.
      const tries = order();
      for (const backend of [...tries, ...tries]) {
        const result = await attempt(backend, req.method ?? 'GET', req.url ?? '/', headers, body);
        if (result.kind === 'retry') {
          backend.up = false;
          stats.retried += 1;
          continue;
        }
        stats.forwarded += 1;
        res.writeHead(result.res.statusCode ?? 502, result.res.headers);
        result.res.pipe(res);
        return;
      }
      stats.failed += 1;
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('no backend\n');
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  server.keepAliveTimeout = 30_000;

  const checks = setInterval(() => {
    for (const backend of backends) {
      const req = httpRequest(
        { host: '127.0.0.1', port: backend.port, path: '/healthz', agent: false, timeout: HEALTH_TIMEOUT_MS },
        (res) => {
          backend.up = res.statusCode === 200;
          res.resume();
        },
      );
      req.on('timeout', () => req.destroy());
      req.on('error', () => (backend.up = false));
      req.end();
    }
  }, HEALTH_EVERY_MS);

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    stats,
    healthy: () => backends.filter((b) => b.up).map((b) => b.port),
    async close() {
      clearInterval(checks);
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
