/**
 * The one HTTP server of the process. Slack's events endpoint, Discord's interactions
 * endpoint and the health check share it (and PORT), so one container port serves both.
 *
 * It faces the internet, so it owns everything that happens before a platform can tell a
 * request is genuine: bodies are read here, within the route's size limit and one budget of
 * bytes shared by all requests (budget.ts); connections are counted and capped; slow clients
 * are timed out; and every refusal of a request whose body was not read closes the
 * connection, so nothing is left half-read on it. Routes get the whole body, then check it.
 *
 * Start-up: paths a platform will serve answer 503 (Retry-After) until the process is ready,
 * unknown paths 404. Shutdown (close): stop accepting, answer what was already received,
 * answer later requests on open connections 503 with `Connection: close`, and close whatever
 * is still idle or half-sent when the deadline comes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import { silentLogger, type Logger } from '../core/log.js';
import { BodyBudget, type BodyHolder } from './budget.js';
import { DEFAULT_HTTP_LIMITS, hardConnectionCap, type HttpLimits } from './limits.js';
import { watchPressure } from './pressure.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A request turned away before its handler ran. */
export interface Refusal {
  status: 400 | 401 | 403 | 408 | 413 | 503;
  message: string;
}

/** A POST route whose body the server reads, within `maxBodyBytes`, before calling `handle`. */
export interface BodyRoute {
  /** Largest body accepted: a larger Content-Length is refused (413) before any of it is read, a longer body once it passes this. */
  maxBodyBytes: number;
  /**
   * Checks on the request line and headers alone, before any byte of the body is read (a
   * missing signature, a stale timestamp, an adapter that is stopping). A refusal is sent as it is.
   */
  screen?(req: IncomingMessage, res: ServerResponse): Refusal | undefined;
  /** The whole body, read. Runs synchronously up to its signature check: the body counts against the shared budget until it returns. */
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void | Promise<void>;
}

export interface HttpStats {
  /** Connections open now. */
  connections: number;
  /** Requests received and not yet answered. */
  requestsInProgress: number;
  /** Bytes of bodies being read or waiting for their handler. */
  bodyBytesHeld: number;
  /** Bodies cut so far to make room for newer ones. */
  evictions: number;
  /** Requests answered 400 or above so far. */
  refusals: number;
  /** Times an attack was over and onQuietAfterAttack ran. */
  reclaims: number;
}

export interface HttpServer {
  /** Registers a POST route whose body the server reads first (exact path; the query string is ignored). */
  post(path: string, route: BodyRoute): void;
  /**
   * Registers a handler that gets the request unread (exact path; the query string is ignored).
   * A path ending in `/*` takes every path under it (`/a/*`: `/a/experience/netflix`); exact
   * paths win. A GET route answers HEAD too. For GET routes; a POST route should use post() so
   * that its body counts against the limits (the bench's bare Bolt app is the exception).
   */
  route(method: 'GET' | 'POST', path: string, handler: RouteHandler): void;
  /** A path a platform will register once started: until then (and until ready) it answers 503, not 404. */
  expect(path: string): void;
  /** Marks the process ready: GET /healthz answers 200 and routes serve from then on (503 before). */
  setReady(ready: boolean): void;
  readonly ready: boolean;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /**
   * Stops accepting connections and drains (see the file comment); resolves once every
   * connection is closed, at the latest `deadlineMs` (default: the limits' drainMs) from the first call.
   */
  close(options?: { deadlineMs?: number }): Promise<void>;
  stats(): HttpStats;
  readonly server: Server;
}

export interface HttpServerOptions {
  limits?: Partial<HttpLimits>;
  /** Logs refusals made to protect the server (over capacity, cut for room, timed out). */
  logger?: Logger;
  /**
   * Called once many requests were refused and then none for a while (see pressure.ts): the
   * moment to give back the memory an attack left behind.
   */
  onQuietAfterAttack?: () => void;
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' } as const;

/** Whether the request announced a body the server has not finished reading. */
function hasUnreadBody(req: IncomingMessage): boolean {
  if (req.complete || req.readableEnded) return false;
  return (
    req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')
  );
}

/** How long a client refused before the end of its body may go on sending (read and thrown away) once it has its answer. */
const LINGER_MS = 1_000;
/**
 * Only a client with at most this much body left (past the route's limit, when it announced one too large) gets that time. Reading and dropping a
 * stranger's 4 MB costs the server real CPU; a body that large or of no announced length is
 * not from Slack or Discord, and its connection is closed at once.
 */
const LINGER_BYTES = 256 * 1024;

/** Bytes of the body still to come, as far as the request announced it (Infinity when chunked). */
function bodyLeft(req: IncomingMessage, received: number): number {
  const declared = req.headers['content-length'];
  if (req.headers['transfer-encoding'] !== undefined || declared === undefined) return Number.POSITIVE_INFINITY;
  return Number(declared) - received;
}

/**
 * Node ends a `Connection: close` response's connection with destroySoon() as soon as the answer
 * is written. Destroying a socket the client is still writing its body into makes the kernel
 * send a reset, and a reset can reach the client before it has read the answer: a 413 would look
 * like a network failure. Instead the server's side is closed after the answer (FIN) and what
 * the client still sends is read and thrown away (Node's parser discards the rest of the body)
 * until the client closes too, for at most LINGER_MS (and only for bodies within LINGER_BYTES).
 */
function lingerAfterAnswer(socket: Socket): void {
  socket.destroySoon = () => {
    if (socket.writable) socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once('end', () => socket.destroy());
    socket.once('close', () => clearTimeout(timer));
  };
}

/**
 * Answers with a short text. A request whose body is still unread, or any request while
 * draining, gets `Connection: close`: the connection is closed once the answer is out, so the
 * next request on it cannot hang behind unread bytes.
 */
function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  options: { close?: boolean; headers?: Record<string, string>; received?: number; lingerBytes?: number } = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const unread = hasUnreadBody(req);
  if (unread && bodyLeft(req, options.received ?? 0) <= (options.lingerBytes ?? LINGER_BYTES)) lingerAfterAnswer(req.socket);
  if (options.close || unread) res.setHeader('connection', 'close');
  res.writeHead(status, { ...TEXT, 'content-length': String(Buffer.byteLength(message)), ...options.headers });
  res.end(message);
}

const ignore = (): void => {};

const BUSY: Refusal = { status: 503, message: 'server busy, try again\n' };
const TOO_LARGE: Refusal = { status: 413, message: 'request body too large\n' };
const RETRY = { 'retry-after': '1' };

export function createHttpServer(options: HttpServerOptions = {}): HttpServer {
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const logger = options.logger ?? silentLogger;
  const raw = new Map<string, Map<string, RouteHandler>>();
  /** `/a/*` routes as ['/a/', handlers], longest prefix first. */
  const prefixes: Array<[string, Map<string, RouteHandler>]> = [];
  const bodies = new Map<string, BodyRoute>();
  const expected = new Set<string>();
  const budget = new BodyBudget(limits.maxBodyBytesHeld);
  const pressure = watchPressure({
    afterRefusals: limits.reclaimAfterRefusals,
    quietMs: limits.reclaimQuietMs,
    onQuiet: () => options.onQuietAfterAttack?.(),
  });
  let ready = false;
  let draining = false;

  /** Open connections, and the ones beyond maxConnections (their requests are refused). */
  const sockets = new Set<Socket>();
  const overCap = new WeakSet<Socket>();
  /** Responses not yet finished, for the drain. */
  const inProgress = new Set<ServerResponse>();
  let onQuiet: (() => void) | null = null;

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
    },
    (req, res) => {
      // A client that goes away mid-body makes the request emit 'error' ("aborted"); unheard,
      // that error would end the process. The body reader and the close handling cover it.
      req.on('error', ignore);
      // A client that ignored `Connection: close` and sent another request while its connection lingers.
      if (!req.socket.writable) {
        req.socket.destroy();
        return;
      }
      inProgress.add(res);
      res.once('close', () => {
        if (res.statusCode >= 400) pressure.note();
        inProgress.delete(res);
        if (sockets.size === 0 || inProgress.size === 0) onQuiet?.();
      });
      if (draining) res.setHeader('connection', 'close');
      try {
        dispatch(req, res);
      } catch (error) {
        // A handler bug must cost one request, never the process.
        logger.error('http_handler_failed', { error });
        send(req, res, 500, 'internal error\n');
      }
    },
  );
  server.maxConnections = hardConnectionCap(limits);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    if (sockets.size > limits.maxConnections) overCap.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) onQuiet?.();
    });
  });

  function pathOf(req: IncomingMessage): string {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    return query === -1 ? url : url.slice(0, query);
  }

  function dispatch(req: IncomingMessage, res: ServerResponse): void {
    const path = pathOf(req);
    if (draining) {
      send(req, res, 503, 'shutting down\n', { close: true, headers: RETRY });
      return;
    }
    if (overCap.has(req.socket)) {
      logger.warn('http_refused', { reason: 'connections', connections: sockets.size });
      send(req, res, BUSY.status, BUSY.message, { close: true, headers: RETRY });
      return;
    }
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      send(req, res, ready ? 200 : 503, ready ? 'ok\n' : 'starting\n');
      return;
    }
    const route = bodies.get(path);
    const byMethod = raw.get(path) ?? (route ? undefined : prefixes.find(([prefix]) => path.startsWith(prefix))?.[1]);
    if (!route && !byMethod && !expected.has(path)) {
      send(req, res, 404, 'not found\n');
      return;
    }
    if (!ready) {
      send(req, res, 503, 'starting\n', { headers: RETRY });
      return;
    }
    const methods = [...(route ? ['POST'] : []), ...(byMethod?.keys() ?? []), ...(byMethod?.has('GET') ? ['HEAD'] : [])];
    if (methods.length === 0) {
      send(req, res, 503, 'starting\n', { headers: RETRY });
      return;
    }
    if (route && req.method === 'POST') {
      readBody(req, res, route);
      return;
    }
    const handler = byMethod?.get(req.method === 'HEAD' ? 'GET' : (req.method ?? ''));
    if (!handler) {
      send(req, res, 405, 'method not allowed\n', { headers: { allow: methods.join(', ') } });
      return;
    }
    const done = handler(req, res);
    if (done) {
      done.catch((error: unknown) => {
        logger.error('http_handler_failed', { error });
        send(req, res, 500, 'internal error\n');
      });
    }
  }

  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    refusal: Refusal,
    headers?: Record<string, string>,
    received = 0,
    lingerBytes = LINGER_BYTES,
  ): void {
    send(req, res, refusal.status, refusal.message, { headers, received, lingerBytes });
  }

  function readBody(req: IncomingMessage, res: ServerResponse, route: BodyRoute): void {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > route.maxBodyBytes) {
      logger.warn('http_refused', { reason: 'too_large', status: 413, declared: Number(declared) });
      // A client that misjudged the limit by a little still reads its 413; a stranger's far larger body is cut at once.
      refuse(req, res, TOO_LARGE, undefined, 0, route.maxBodyBytes + LINGER_BYTES);
      return;
    }
    const early = route.screen?.(req, res);
    if (early) {
      refuse(req, res, early);
      return;
    }
    // Slack and Discord announce every body's length; one that does not is held to far less.
    const limit =
      req.headers['transfer-encoding'] === undefined ? route.maxBodyBytes : Math.min(route.maxBodyBytes, limits.maxUnannouncedBodyBytes);

    let chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const holder: BodyHolder = {
      held: 0,
      evict: () => stop(BUSY, 'cut_for_room'),
    };
    const cleanup = () => {
      settled = true;
      chunks = [];
      budget.release(holder);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
    };
    function stop(refusal: Refusal, reason: string): void {
      if (settled) return;
      cleanup();
      logger.warn('http_refused', { reason, status: refusal.status, bytes: size });
      refuse(req, res, refusal, refusal.status === 503 ? RETRY : undefined, size);
    }
    function onData(chunk: Buffer): void {
      size += chunk.length;
      if (size > limit) {
        stop(TOO_LARGE, 'too_large');
        return;
      }
      if (!budget.take(holder, chunk.length)) {
        stop(BUSY, 'body_budget');
        return;
      }
      chunks.push(chunk);
    }
    function onEnd(): void {
      if (settled) return;
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      chunks = [];
      req.off('data', onData);
      req.off('close', onClose);
      settled = true;
      let done: void | Promise<void>;
      try {
        done = route.handle(req, res, body);
      } finally {
        budget.release(holder);
      }
      if (done) {
        done.catch((error: unknown) => {
          logger.error('http_handler_failed', { error });
          send(req, res, 500, 'internal error\n');
        });
      }
    }
    /** The client went away, or the request timed out, before the body was complete. */
    function onClose(): void {
      if (!settled) cleanup();
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  }

  let closing: Promise<void> | null = null;

  return {
    server,
    post(path, route) {
      bodies.set(path, route);
    },
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
      const byMethod = raw.get(path) ?? new Map<string, RouteHandler>();
      byMethod.set(method, handler);
      raw.set(path, byMethod);
    },
    expect(path) {
      expected.add(path);
    },
    setReady(value) {
      ready = value;
    },
    get ready() {
      return ready;
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
    close({ deadlineMs = limits.drainMs } = {}) {
      closing ??= new Promise<void>((resolvePromise) => {
        draining = true;
        ready = false;
        // Answers still to be written close their connection once sent.
        for (const res of inProgress) if (!res.headersSent) res.setHeader('connection', 'close');
        let timer: NodeJS.Timeout | undefined;
        const done = () => {
          if (sockets.size > 0) return;
          onQuiet = null;
          pressure.stop();
          resolvePromise();
        };
        const finish = () => {
          clearTimeout(timer);
          onQuiet = done;
          for (const socket of sockets) socket.destroy();
          done();
        };
        // Connections still open (idle keep-alive ones included) stay until the deadline, so a
        // request already on its way is answered 503 rather than reset.
        onQuiet = () => {
          if (sockets.size === 0) finish();
        };
        timer = setTimeout(finish, deadlineMs);
        // http.Server#close would also destroy idle connections at once (the reset above): stop
        // listening only, with net.Server's own close.
        if (server.listening) NetServer.prototype.close.call(server);
        onQuiet();
      });
      return closing;
    },
    stats() {
      return {
        connections: sockets.size,
        requestsInProgress: inProgress.size,
        bodyBytesHeld: budget.held,
        evictions: budget.evictions,
        refusals: pressure.refusals,
        reclaims: pressure.reclaims,
      };
    },
  };
}
