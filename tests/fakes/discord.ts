/**
 * A fake Discord on 127.0.0.1 for tests and the bench: the REST API under /api/v10 (what
 * discord.js's REST client calls when `rest.api` points here) and a WebSocket gateway that
 * speaks enough of the protocol for a real discord.js Client: HELLO, IDENTIFY → READY (+
 * GUILD_CREATE), heartbeats → ACK, RESUME → RESUMED (or INVALID_SESSION when scripted), and
 * dispatches the test sends. With `shards`, it asks for that many shards in GET /gateway/bot
 * and serves each guild on its own shard's connection only (shard = (guild_id >> 22) % count,
 * Discord's rule). Every REST request is recorded with its parsed body, for
 * assertions; tests can script REST failures (fail) and hold a request until they release it (hold).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Decoded path after /api/v10, without the query string, e.g. /webhooks/1/tok/messages/@original. */
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Files of a multipart request (payload_json became `body`), in order. */
  files?: Array<{ field: string; name: string; contentType: string; data: Buffer }>;
  /** performance.now() when the whole body had arrived. */
  receivedAt: number;
  /** performance.now() once the fake's answer was fully handed to the socket (unset while held or if the client went away). */
  respondedAt?: number;
}

export interface FakeFailure {
  match(request: RecordedRequest): boolean;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail; Infinity by default. */
  times?: number;
}

/** A request the fake holds unanswered until the test releases it: Discord being slow for that one call. */
export interface HeldRequest {
  /** Resolves with the held request once it has arrived. */
  readonly arrived: Promise<RecordedRequest>;
  /** Lets the fake answer it (normally, or with a scripted failure). */
  release(): void;
}

export interface FakeDiscordOptions {
  /** The bot token the fake accepts ("Bot <token>"); anything else gets 401. */
  token?: string;
  applicationId?: string;
  botUserId?: string;
  /** Guilds announced as unavailable in READY and then created, like Discord does. */
  guildIds?: string[];
  heartbeatIntervalMs?: number;
  /**
   * Discord's deadline for an interaction's first response is 3 s; after it the callback gets
   * 10062 Unknown interaction. Off unless set (a busy test machine is not a slow bot): tests
   * that need an expired interaction say so with expire().
   */
  interactionDeadlineMs?: number;
  /** Shards recommended by GET /gateway/bot (default 1). */
  shards?: number;
  /** Shards that may identify at once (session_start_limit.max_concurrency; default: the shard count). */
  maxConcurrency?: number;
}

/** Discord's rule for which shard receives a guild's events; DMs go to shard 0. */
export function shardOf(guildId: string | undefined, shardCount: number): number {
  return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A new guild id that falls on `shard` of `shardCount`. */
export function guildOnShard(shard: number, shardCount: number): string {
  for (;;) {
    const id = snowflake();
    if (shardOf(id, shardCount) === shard) return id;
  }
}

export interface FakeDiscord {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: { id: string; username: string };
  readonly requests: RecordedRequest[];
  /** IDENTIFY payloads received, in order. */
  readonly identifies: Array<Record<string, unknown>>;
  /** RESUME payloads received, in order. */
  readonly resumes: Array<Record<string, unknown>>;
  /** Query strings of gateway connections (e.g. to check no compression was asked for). */
  readonly gatewayQueries: URLSearchParams[];
  /** Resolves once a client has identified and been sent READY. */
  ready(): Promise<void>;
  /** Sends a dispatch (op 0) to every connected gateway client; returns performance.now() just before sending. */
  dispatch(event: string, data: unknown): number;
  /** Sends a dispatch only on the connection of the shard that serves `guildId` (shard 0 for a DM), as Discord does. */
  dispatchFor(guildId: string | undefined, event: string, data: unknown): void;
  /** The shard ([id, count]) each open gateway connection identified as. */
  readonly connectedShards: Array<[number, number]>;
  /** The first request (recorded at index ≥ from) that matches, waiting for it if needed. */
  waitFor(predicate: (request: RecordedRequest) => boolean, options?: { from?: number; timeoutMs?: number }): Promise<RecordedRequest>;
  fail(failure: FakeFailure): void;
  /** The interaction can no longer be answered: its callback gets 10062, as after Discord's 3 s deadline. */
  expire(interactionId: string): void;
  /** The interaction was already answered (by another instance of the bot, say): its callback gets 40060. */
  acknowledge(interactionId: string): void;
  /** Holds the next request that matches until the test releases it. */
  hold(match: (request: RecordedRequest) => boolean): HeldRequest;
  /**
   * Resolves once `condition` (about connections, identifies, resumes) holds, checked again on
   * every gateway event: a connection opened or closed, an IDENTIFY or a RESUME received.
   */
  gatewayUntil(condition: () => boolean, options?: { timeoutMs?: number }): Promise<void>;
  /** Answers the next `count` RESUMEs with INVALID_SESSION (op 9, d: false), so the client must identify again. */
  rejectResumes(count?: number): void;
  /** Gateway connections currently open. */
  readonly openConnections: number;
  /** Closes every gateway connection with `code` (the client should reconnect/resume). */
  dropConnections(code?: number): void;
  close(): Promise<void>;
}

let counter = 0n;
/** Unique 19-digit snowflakes (discord.js and @discordjs/rest expect 17-19 digits). */
export function snowflake(): string {
  counter += 1n;
  return (1_300_000_000_000_000_000n + counter * 1_000n + BigInt(Math.floor(Math.random() * 1000))).toString();
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A multipart/form-data body as Discord reads it: payload_json is the JSON body, every other part a file. */
async function readMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: NonNullable<RecordedRequest['files']> }> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const payload = form.get('payload_json');
  const body: unknown = typeof payload === 'string' ? JSON.parse(payload) : null;
  const files: NonNullable<RecordedRequest['files']> = [];
  // Discord's file parts are files[0], files[1], …
  for (let i = 0; ; i++) {
    const part = form.get(`files[${i}]`);
    if (part === null || typeof part === 'string') break;
    files.push({ field: `files[${i}]`, name: part.name, contentType: part.type, data: Buffer.from(await part.arrayBuffer()) });
  }
  return { body, files };
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = options.token ?? 'fake-bot-token';
  const applicationId = options.applicationId ?? snowflake();
  const botUser = { id: options.botUserId ?? snowflake(), username: 'resume-bot' };
  const guildIds = options.guildIds ?? [];
  const requests: RecordedRequest[] = [];
  const identifies: Array<Record<string, unknown>> = [];
  const resumes: Array<Record<string, unknown>> = [];
  const gatewayQueries: URLSearchParams[] = [];
  const failures: FakeFailure[] = [];
  const holds: Array<{ match: (r: RecordedRequest) => boolean; arrive: (r: RecordedRequest) => void; released: Promise<void> }> = [];
  const gatewayWatchers = new Set<() => void>();
  const gatewayEvent = () => {
    for (const check of [...gatewayWatchers]) check();
  };
  let resumesToReject = 0;
  /** Interactions the fake sent (INTERACTION_CREATE): when, and whether answered or expired. */
  const interactions = new Map<string, { sentAt: number; acknowledged: boolean; expired: boolean }>();
  const waiters = new Set<{ predicate: (r: RecordedRequest) => boolean; from: number; resolve: (r: RecordedRequest) => void }>();
  const sockets = new Set<WebSocket>();
  /** The [id, count] each identified connection asked for. */
  const shardOfSocket = new Map<WebSocket, [number, number]>();
  const shardCount = options.shards ?? 1;
  /** A resumed connection carries on as the shard of its session. */
  const shardOfSession = new Map<string, [number, number]>();
  let readyResolve!: () => void;
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve));
  let seq = 0;
  let gatewayUrl = '';

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (status === 204) {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const message = (channelId: string, body: Record<string, unknown>) => ({
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    author: { id: botUser.id, username: botUser.username, discriminator: '0', bot: true, avatar: null, global_name: null },
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
  });

  const authorized = (req: IncomingMessage) => req.headers.authorization === `Bot ${token}`;
  const unauthorized = { message: '401: Unauthorized', code: 0 };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown = null;
    let files: RecordedRequest['files'];
    if (contentType.startsWith('multipart/form-data')) ({ body, files } = await readMultipart(raw, contentType));
    else if (raw.length) {
      const text = raw.toString('utf8');
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.search,
      headers: req.headers,
      body,
      ...(files ? { files } : {}),
      receivedAt: performance.now(),
    };
    requests.push(recorded);
    for (const waiter of waiters) {
      if (requests.length - 1 >= waiter.from && waiter.predicate(recorded)) {
        waiters.delete(waiter);
        waiter.resolve(recorded);
      }
    }

    res.once('finish', () => (recorded.respondedAt = performance.now()));
    const held = holds.findIndex((h) => h.match(recorded));
    if (held >= 0) {
      const [hold] = holds.splice(held, 1);
      hold!.arrive(recorded);
      await hold!.released;
    }

    const failure = failures.find((f) => (f.times ?? Infinity) > 0 && f.match(recorded));
    if (failure) {
      if (failure.times !== undefined) failure.times -= 1;
      return json(res, failure.status, failure.body ?? { message: `fake failure ${failure.status}`, code: 0 }, failure.headers);
    }

    const method = recorded.method;
    let m: RegExpExecArray | null;
    if (!url.pathname.startsWith('/api/v10/')) return json(res, 404, { message: '404: Not Found', code: 0 });
    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorized(req)) return json(res, 401, unauthorized);
      return json(res, 200, {
        url: gatewayUrl,
        shards: shardCount,
        // As for large bots: every shard may identify at once (no 5 s wait between them in tests).
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: options.maxConcurrency ?? shardCount,
        },
      });
    }
    if (method === 'GET' && path === '/gateway') return json(res, 200, { url: gatewayUrl });
    if (method === 'GET' && path === '/users/@me') {
      if (!authorized(req)) return json(res, 401, unauthorized);
      return json(res, 200, { ...botUser, discriminator: '0', bot: true, avatar: null, global_name: null });
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path))) {
      const known = interactions.get(m[1]!);
      if (known) {
        const late = options.interactionDeadlineMs !== undefined && recorded.receivedAt - known.sentAt > options.interactionDeadlineMs;
        if (known.expired || late) return json(res, 404, { message: 'Unknown interaction', code: 10062 });
        if (known.acknowledged) return json(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
        known.acknowledged = true;
      }
      const { type, data } = (body ?? {}) as { type?: unknown; data?: unknown };
      const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : null;
      const invalid = fields ? (type === MODAL_RESPONSE ? invalidModal(fields) : invalidFormBody(fields, ['data'])) : null;
      if (invalid) return json(res, 400, invalid);
      return json(res, 204, null);
    }
    if ((m = /^\/webhooks\/(\d+)\/[^/]+$/.exec(path)) && method === 'POST') {
      const invalid = invalidFormBody((body ?? {}) as Record<string, unknown>);
      if (invalid) return json(res, 400, invalid);
      return json(res, 200, message(snowflake(), (body ?? {}) as Record<string, unknown>));
    }
    if ((m = /^\/webhooks\/(\d+)\/[^/]+\/messages\/([^/]+)$/.exec(path)) && (method === 'PATCH' || method === 'GET')) {
      const invalid = method === 'PATCH' ? invalidFormBody((body ?? {}) as Record<string, unknown>) : null;
      if (invalid) return json(res, 400, invalid);
      return json(res, 200, message(snowflake(), (body ?? {}) as Record<string, unknown>));
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST') {
      if (!authorized(req)) return json(res, 401, unauthorized);
      const invalid = invalidFormBody((body ?? {}) as Record<string, unknown>);
      if (invalid) return json(res, 400, invalid);
      return json(res, 200, message(m[1]!, (body ?? {}) as Record<string, unknown>));
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path)) && method === 'PUT') {
      if (!authorized(req)) return json(res, 401, unauthorized);
      if (m[1] !== applicationId) return json(res, 403, { message: 'Missing Access', code: 50001 });
      const list = Array.isArray(body) ? body : [];
      return json(
        res,
        200,
        list.map((c) => ({
          ...(c as object),
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
          ...(m![2] ? { guild_id: m![2] } : {}),
        })),
      );
    }
    return json(res, 404, { message: '404: Not Found', code: 0 });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { message: 'fake error', code: 0 });
    });
  });
  // Like Discord, keep connections open: undici drops any socket whose keep-alive hint is
  // under its 2 s threshold, and a new connection per request is not what production sees.
  // close() ends them with closeAllConnections.
  server.keepAliveTimeout = 30_000;
  const wss = new WebSocketServer({ server, path: '/gateway' });

  const send = (ws: WebSocket, payload: unknown) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  };

  wss.on('connection', (ws, req) => {
    sockets.add(ws);
    gatewayQueries.push(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
    ws.on('close', () => {
      sockets.delete(ws);
      shardOfSocket.delete(ws);
      gatewayEvent();
    });
    ws.on('error', () => {
      sockets.delete(ws);
      shardOfSocket.delete(ws);
    });
    gatewayEvent();
    send(ws, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
    ws.on('message', (raw) => {
      let packet: { op?: number; d?: unknown };
      try {
        packet = JSON.parse(raw.toString()) as { op?: number; d?: unknown };
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      if (packet.op === 1) return send(ws, { op: 11, d: null, s: null, t: null });
      if (packet.op === 2) {
        const identify = (packet.d ?? {}) as Record<string, unknown>;
        identifies.push(identify);
        gatewayEvent();
        if (identify.token !== token) return ws.close(4004, 'Authentication failed');
        const [shardId, count] = Array.isArray(identify.shard) ? (identify.shard as [number, number]) : [0, 1];
        shardOfSocket.set(ws, [shardId, count]);
        const sessionId = shardId === 0 ? 'fake-session' : `fake-session-${shardId}`;
        shardOfSession.set(sessionId, [shardId, count]);
        const served = guildIds.filter((id) => shardOf(id, count) === shardId);
        send(ws, {
          op: 0,
          t: 'READY',
          s: ++seq,
          d: {
            v: 10,
            user: { ...botUser, discriminator: '0', bot: true, avatar: null, global_name: null, flags: 0, verified: true },
            guilds: served.map((id) => ({ id, unavailable: true })),
            session_id: sessionId,
            resume_gateway_url: gatewayUrl,
            shard: [shardId, count],
            application: { id: applicationId, flags: 0 },
            private_channels: [],
          },
        });
        for (const id of served) {
          send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: fakeGuild(id, botUser.id) });
        }
        // Ready once every shard of the count the client asked for has identified.
        if (new Set([...shardOfSocket.values()].filter(([, c]) => c === count).map(([id]) => id)).size === count) readyResolve();
        return;
      }
      if (packet.op === 6) {
        const resume = (packet.d ?? {}) as Record<string, unknown>;
        resumes.push(resume);
        const shard = shardOfSession.get(String(resume.session_id));
        if (shard) shardOfSocket.set(ws, shard);
        gatewayEvent();
        if (resumesToReject > 0) {
          resumesToReject -= 1;
          return send(ws, { op: 9, d: false, s: null, t: null });
        }
        return send(ws, { op: 0, t: 'RESUMED', s: ++seq, d: {} });
      }
    });
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    token,
    applicationId,
    botUser,
    requests,
    identifies,
    resumes,
    gatewayQueries,
    ready: () => readyPromise,
    get openConnections() {
      return sockets.size;
    },
    dispatch(event, data) {
      const id = (data as { id?: unknown } | null)?.id;
      // A test may have expired or acknowledged it already (expire(), acknowledge()): that stands.
      if (event === 'INTERACTION_CREATE' && typeof id === 'string')
        interactions.set(id, { acknowledged: false, expired: false, ...interactions.get(id), sentAt: performance.now() });
      const payloadSeq = ++seq;
      const at = performance.now();
      for (const ws of sockets) send(ws, { op: 0, t: event, s: payloadSeq, d: data });
      return at;
    },
    dispatchFor(guildId, event, data) {
      const payloadSeq = ++seq;
      for (const [ws, [id, count]] of shardOfSocket)
        if (shardOf(guildId, count) === id) send(ws, { op: 0, t: event, s: payloadSeq, d: data });
    },
    get connectedShards() {
      return [...shardOfSocket.values()];
    },
    waitFor(predicate, { from = 0, timeoutMs = 30_000 } = {}) {
      const found = requests.slice(from).find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          predicate,
          from,
          resolve: (r: RecordedRequest) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(
              `fake Discord: no matching request within ${timeoutMs} ms; saw ${
                requests
                  .slice(from)
                  .map((r) => `${r.method} ${r.path}`)
                  .join(', ') || 'none'
              }`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    fail(failure) {
      failures.push(failure);
    },
    expire(interactionId) {
      const known = interactions.get(interactionId) ?? { sentAt: performance.now(), acknowledged: false, expired: false };
      interactions.set(interactionId, { ...known, expired: true });
    },
    acknowledge(interactionId) {
      const known = interactions.get(interactionId) ?? { sentAt: performance.now(), acknowledged: false, expired: false };
      interactions.set(interactionId, { ...known, acknowledged: true });
    },
    hold(match) {
      let arrive!: (r: RecordedRequest) => void;
      let release!: () => void;
      const arrived = new Promise<RecordedRequest>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ match, arrive, released });
      return { arrived, release };
    },
    gatewayUntil(condition, { timeoutMs = 30_000 } = {}) {
      if (condition()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!condition()) return;
          gatewayWatchers.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          gatewayWatchers.delete(check);
          reject(
            new Error(
              `fake Discord: gateway condition not met within ${timeoutMs} ms (open ${sockets.size}, identifies ${identifies.length}, resumes ${resumes.length})`,
            ),
          );
        }, timeoutMs);
        gatewayWatchers.add(check);
      });
    },
    rejectResumes(count = 1) {
      resumesToReject += count;
    },
    dropConnections(code = 4000) {
      for (const ws of sockets) ws.close(code, 'fake drop');
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/* ---------- what Discord refuses: 50035 Invalid Form Body past the message and embed limits ---------- */

/** Discord's limits on a message (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** All text of all embeds of one message together. */
  embedTotal: 6000,
} as const;

type FormErrors = { [key: string]: FormErrors } & { _errors?: Array<{ code: string; message: string }> };

/**
 * The 50035 error Discord answers for a message past its limits, in Discord's shape: the
 * offending keys nested under `errors`, each leaf holding `_errors` ({ code, message }).
 * Null when the message is within the limits. `at` is where the message sits in the body
 * (an interaction callback carries it under `data`).
 */
export function invalidFormBody(
  message: Record<string, unknown>,
  at: string[] = [],
): { code: 50035; errors: FormErrors; message: 'Invalid Form Body' } | null {
  const L = DISCORD_MESSAGE_LIMITS;
  const errors: FormErrors = {} as FormErrors;
  const add = (path: Array<string | number>, code: string, text: string) => {
    let node = errors;
    for (const key of [...at, ...path].map(String)) node = node[key] ??= {} as FormErrors;
    (node._errors ??= []).push({ code, message: text });
  };
  const tooLong = (path: Array<string | number>, value: unknown, max: number) => {
    if (typeof value === 'string' && value.length > max) add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  };
  tooLong(['content'], message.content, L.content);
  const embeds = Array.isArray(message.embeds) ? (message.embeds as Array<Record<string, unknown>>) : [];
  if (embeds.length > L.embeds) add(['embeds'], 'BASE_TYPE_MAX_LENGTH', `Must be ${L.embeds} or fewer in length.`);
  let total = 0;
  const count = (value: unknown) => (total += typeof value === 'string' ? value.length : 0);
  embeds.forEach((embed, i) => {
    tooLong(['embeds', i, 'title'], embed.title, L.title);
    tooLong(['embeds', i, 'description'], embed.description, L.description);
    const footer = embed.footer as { text?: unknown } | undefined;
    const author = embed.author as { name?: unknown } | undefined;
    tooLong(['embeds', i, 'footer', 'text'], footer?.text, L.footer);
    tooLong(['embeds', i, 'author', 'name'], author?.name, L.author);
    const fields = Array.isArray(embed.fields) ? (embed.fields as Array<{ name?: unknown; value?: unknown }>) : [];
    if (fields.length > L.fields) add(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', `Must be ${L.fields} or fewer in length.`);
    fields.forEach((field, j) => {
      tooLong(['embeds', i, 'fields', j, 'name'], field.name, L.fieldName);
      tooLong(['embeds', i, 'fields', j, 'value'], field.value, L.fieldValue);
      count(field.name);
      count(field.value);
    });
    [embed.title, embed.description, footer?.text, author?.name].forEach(count);
  });
  if (total > L.embedTotal) add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${L.embedTotal}`);
  return Object.keys(errors).length ? { code: 50035, errors, message: 'Invalid Form Body' } : null;
}

/** Interaction callback type 9: a modal for the user to fill in. */
const MODAL_RESPONSE = 9;

/**
 * Discord's rules for a modal (https://discord.com/developers/docs/components/reference):
 * custom_id 1-100, title 1-45, 1-5 components; a label's text 1-45 and description up to 100;
 * a text input's style 1 or 2, custom_id 1-100, lengths within 0-4,000, placeholder up to 100.
 * The 50035 error when one is broken, null otherwise.
 */
export function invalidModal(modal: Record<string, unknown>): { code: 50035; errors: FormErrors; message: 'Invalid Form Body' } | null {
  const problems: string[] = [];
  const length = (value: unknown, min: number, max: number, what: string) => {
    if (typeof value !== 'string' || value.length < min || value.length > max) problems.push(`${what} must be ${min}-${max} characters`);
  };
  length(modal.custom_id, 1, 100, 'custom_id');
  length(modal.title, 1, 45, 'title');
  const components = Array.isArray(modal.components) ? (modal.components as Array<Record<string, unknown>>) : [];
  if (components.length < 1 || components.length > 5) problems.push('components must hold 1-5 components');
  for (const c of components) {
    const inputs = c.type === 18 ? [c.component] : c.type === 1 && Array.isArray(c.components) ? (c.components as unknown[]) : [];
    if (c.type === 18) {
      length(c.label, 1, 45, 'label');
      if (c.description !== undefined) length(c.description, 0, 100, 'label description');
    } else if (c.type !== 1 && c.type !== 10) problems.push(`component type ${String(c.type)} cannot be in a modal`);
    for (const raw of inputs) {
      const input = (raw ?? {}) as Record<string, unknown>;
      if (input.type !== 4) continue;
      length(input.custom_id, 1, 100, 'text input custom_id');
      if (input.style !== 1 && input.style !== 2) problems.push('text input style must be 1 or 2');
      const min = input.min_length ?? 0;
      const max = input.max_length ?? 4000;
      if (typeof min !== 'number' || typeof max !== 'number' || min < 0 || max < 1 || max > 4000 || min > max)
        problems.push('text input lengths must be within 0-4000');
      if (input.placeholder !== undefined) length(input.placeholder, 0, 100, 'placeholder');
    }
  }
  if (!problems.length) return null;
  const errors = {} as FormErrors;
  const data = (errors.data = {} as FormErrors);
  data._errors = problems.map((message) => ({ code: 'BASE_TYPE_BAD_LENGTH', message }));
  return { code: 50035, errors, message: 'Invalid Form Body' };
}

function fakeGuild(id: string, botUserId: string) {
  return {
    id,
    name: 'Fake Server',
    icon: null,
    owner_id: snowflake(),
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    roles: [
      { id, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
    ],
    channels: [{ id: snowflake(), type: 0, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    threads: [],
    members: [
      {
        user: { id: botUserId, username: 'resume-bot', discriminator: '0', bot: true, avatar: null },
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/* ---------- payload builders: what Discord sends, trimmed to the fields bots read ---------- */

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export function fakeUser(username = 'alice'): FakeUser {
  return { id: snowflake(), username };
}

function userJson(user: FakeUser) {
  return { id: user.id, username: user.username, discriminator: '0', global_name: null, avatar: null, bot: user.bot ?? false };
}

interface InteractionBase {
  applicationId: string;
  user: FakeUser;
  /** Omit for a DM. */
  guildId?: string;
  channelId?: string;
  /** The user's client language, as Discord sends it on every interaction (default en-US). */
  locale?: string;
}

function interactionBase(type: number, base: InteractionBase) {
  const channelId = base.channelId ?? snowflake();
  return {
    id: snowflake(),
    application_id: base.applicationId,
    type,
    token: `itoken-${snowflake()}`,
    version: 1,
    locale: base.locale ?? 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    channel_id: channelId,
    channel: { id: channelId, type: base.guildId ? 0 : 1 },
    ...(base.guildId
      ? {
          guild_id: base.guildId,
          guild_locale: 'en-US',
          member: {
            user: userJson(base.user),
            roles: [],
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            permissions: '0',
            flags: 0,
          },
          context: 0,
        }
      : { user: userJson(base.user), context: 1 }),
  };
}

export function commandInteraction(base: InteractionBase & { name: string; optionName?: string; query?: string }) {
  return {
    ...interactionBase(2, base),
    data: {
      id: snowflake(),
      name: base.name,
      type: 1,
      options: base.query === undefined ? [] : [{ name: base.optionName ?? 'query', type: 3, value: base.query }],
    },
  };
}

export function autocompleteInteraction(base: InteractionBase & { name: string; optionName?: string; partial: string }) {
  return {
    ...interactionBase(4, base),
    data: {
      id: snowflake(),
      name: base.name,
      type: 1,
      options: [{ name: base.optionName ?? 'query', type: 3, value: base.partial, focused: true }],
    },
  };
}

export function buttonInteraction(base: InteractionBase & { customId: string; message?: Record<string, unknown> }) {
  const common = interactionBase(3, base);
  return {
    ...common,
    message: base.message ?? {
      id: snowflake(),
      channel_id: common.channel_id,
      type: 20,
      flags: 64,
      content: '',
      embeds: [],
      components: [],
      author: { id: base.applicationId, username: 'resume-bot', discriminator: '0', bot: true, avatar: null },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
    },
    data: { custom_id: base.customId, component_type: 2 },
  };
}

/** What Discord sends when a modal is submitted: its custom_id and each input's value, in the label it sat in. */
export function modalSubmitInteraction(base: InteractionBase & { customId: string; inputId: string; value: string }) {
  return {
    ...interactionBase(5, base),
    data: {
      custom_id: base.customId,
      components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: base.inputId, value: base.value } }],
    },
  };
}

export function messageCreate(options: { author: FakeUser; content: string; guildId?: string; channelId?: string; mentions?: FakeUser[] }) {
  return {
    id: snowflake(),
    type: 0,
    channel_id: options.channelId ?? snowflake(),
    ...(options.guildId
      ? { guild_id: options.guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }
      : {}),
    author: userJson(options.author),
    content: options.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (options.mentions ?? []).map(userJson),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
  };
}
