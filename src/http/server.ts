/**
 * The one HTTP server of the process. Slack's events endpoint, Discord's interactions
 * endpoint and the health check share it (and PORT), so one container port serves both.
 * Adapters register their routes; anything else is a 404, a wrong method a 405.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /**
   * Registers `handler` for `method path` (exact path; the query string is ignored). A path
   * ending in `/*` takes every path under it (`/a/*`: `/a/experience/netflix`); exact paths win.
   * A GET route answers HEAD too.
   */
  route(method: 'GET' | 'POST', path: string, handler: RouteHandler): void;
  /** Marks the process ready: GET /healthz answers 200 from then on (503 before). */
  setReady(ready: boolean): void;
  listen(port: number, host?: string): Promise<AddressInfo>;
  close(): Promise<void>;
  readonly server: Server;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

export function createHttpServer(): HttpServer {
  const routes = new Map<string, Map<string, RouteHandler>>();
  /** `/a/*` routes as ['/a/', handlers], longest prefix first. */
  const prefixes: Array<[string, Map<string, RouteHandler>]> = [];
  let ready = false;

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      send(res, ready ? 200 : 503, ready ? 'ok\n' : 'starting\n');
      return;
    }
    const byMethod = routes.get(path) ?? prefixes.find(([prefix]) => path.startsWith(prefix))?.[1];
    if (!byMethod) return send(res, 404, 'not found\n');
    const handler = byMethod.get(req.method === 'HEAD' ? 'GET' : (req.method ?? ''));
    if (!handler) return send(res, 405, 'method not allowed\n', { allow: [...byMethod.keys(), ...(byMethod.has('GET') ? ['HEAD'] : [])].join(', ') });
    // A handler bug must cost one request, never the process (thrown, or a rejected promise).
    const failed = () => {
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.end();
    };
    try {
      const done = handler(req, res);
      if (done) done.catch(failed);
    } catch {
      failed();
    }
  });
  // Slow or idle clients must not pin sockets forever.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  return {
    server,
    route(method, path, handler) {
      if (path.endsWith('/*')) {
        const prefix = path.slice(0, -1);
        let entry = prefixes.find(([p]) => p === prefix);
        if (!entry) {
          entry = [prefix, new Map<string, RouteHandler>()];
          prefixes.push(entry);
          prefixes.sort((x, y) => y[0].length - x[0].length);
        }
        entry[1].set(method, handler);
        return;
      }
      const byMethod = routes.get(path) ?? new Map<string, RouteHandler>();
      byMethod.set(method, handler);
      routes.set(path, byMethod);
    },
    setReady(value) {
      ready = value;
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolvePromise(server.address() as AddressInfo);
        });
      });
    },
    close() {
      return new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeIdleConnections();
      });
    },
  };
}
