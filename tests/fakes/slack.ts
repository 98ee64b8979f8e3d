/**
 * A fake Slack on 127.0.0.1 for the real Bolt app to talk to: the Web API under /api/
 * (what `clientOptions.slackApiUrl` points at), response_url endpoints under /respond/,
 * and a Socket Mode WebSocket under /socket (what `apps.connections.open` hands out).
 * Every call is recorded with its parsed body, so tests assert on what Bolt really sent.
 * Faults can be scripted: a Web API method answering 429 or 5xx (or ok:false with a Slack
 * error), a call held until the test releases it (a slow Slack), a response_url that is expired
 * (404) or never answers. And it refuses what Slack refuses, with Slack's own errors (HTTP 200,
 * `ok: false`): `not_authed` / `invalid_auth` for a missing or wrong token, `invalid_blocks`
 * past the Block Kit limits, `channel_not_found` without a channel, `no_text` with neither text
 * nor blocks, `not_in_channel` for a channel the bot is not in (notIn()).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  /** Form fields, with JSON-looking values (blocks, view) parsed. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** The HTTP status the fake answered with (200 unless a fault was scripted). */
  status: number;
  /** Slack's error when the fake refused the call as Slack would (invalid_auth, invalid_blocks, …). */
  refused?: string;
  /** The caller's port: calls over one kept-alive connection share it. */
  remotePort?: number;
}

/** A scripted failure of a Web API method: 429 (with Retry-After seconds), any other status, or HTTP 200 with `ok: false` and `error`. */
export interface ApiFault {
  status: number;
  /** Slack's error string for an `ok: false` answer (e.g. 'not_in_channel'); HTTP status 200 is how Slack sends those. */
  error?: string;
  retryAfter?: number;
  /** How many calls in a row fail (default 1; Infinity until clearFaults()). */
  times?: number;
}

/** A call the fake holds unanswered until release(): Slack being slow for that one call. */
export interface HeldCall {
  /** Resolves when the held call has arrived. */
  readonly arrived: Promise<ApiCall>;
  /** Lets the fake answer it (200, as usual). */
  release(): void;
  /** Whether the fake has written its answer. */
  readonly answered: boolean;
}

interface Reply {
  status: number;
  body: string;
  type: string;
  headers?: Record<string, string>;
  /** Runs once the reply is written to the socket. */
  sent?: () => void;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

type ApiHandler = (body: Record<string, unknown>) => { status?: number; json: Record<string, unknown> };

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0000001';
export const BOT_TOKEN = 'xoxb-test-token';
export const APP_TOKEN = 'xapp-test-token';

/** Slack's Block Kit limits, as Slack enforces them (https://api.slack.com/reference/block-kit/blocks): written here apart from the bot's own, so a mistake in one is caught by the other. */
export const BLOCK_KIT_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
} as const;

/** What Slack says about blocks past its limits: one `message [json-pointer:/path]` per problem, none when all is well. */
export function blockKitProblems(blocks: unknown, where: '/blocks' | '/view/blocks', maxBlocks: number): string[] {
  const L = BLOCK_KIT_LIMITS;
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return [`must be an array [json-pointer:${where}]`];
  if (blocks.length > maxBlocks) problems.push(`no more than ${maxBlocks} items allowed [json-pointer:${where}]`);
  const long = (value: unknown, max: number, pointer: string) => {
    if (typeof value === 'string' && value.length > max) problems.push(`must be less than ${max + 1} characters [json-pointer:${pointer}]`);
  };
  const many = (value: unknown, max: number, pointer: string) => {
    if (Array.isArray(value) && value.length > max) problems.push(`no more than ${max} items allowed [json-pointer:${pointer}]`);
  };
  (blocks as Array<Record<string, unknown>>).forEach((block, i) => {
    const at = `${where}/${i}`;
    long(block.block_id, L.blockId, `${at}/block_id`);
    const text = (block.text as { text?: unknown } | undefined)?.text;
    if (block.type === 'header') long(text, L.headerText, `${at}/text/text`);
    if (block.type === 'section') {
      long(text, L.sectionText, `${at}/text/text`);
      many(block.fields, L.fields, `${at}/fields`);
      if (Array.isArray(block.fields))
        (block.fields as Array<{ text?: unknown }>).forEach((f, j) => long(f.text, L.fieldText, `${at}/fields/${j}/text`));
    }
    if (block.type === 'context') many(block.elements, L.contextElements, `${at}/elements`);
    if (block.type === 'actions') {
      many(block.elements, L.actionsElements, `${at}/elements`);
      if (Array.isArray(block.elements)) {
        (block.elements as Array<Record<string, unknown>>).forEach((e, j) => {
          if (e.type !== 'button') return;
          long((e.text as { text?: unknown } | undefined)?.text, L.buttonText, `${at}/elements/${j}/text/text`);
          long(e.value, L.buttonValue, `${at}/elements/${j}/value`);
          long(e.action_id, L.actionId, `${at}/elements/${j}/action_id`);
        });
      }
    }
  });
  return problems;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The file in an upload: the body itself, or its one file part when sent as multipart/form-data (as @slack/web-api does). */
async function uploadedBytes(raw: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith('multipart/form-data')) return raw;
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const part = form.get('body') ?? form.get('file');
  return part !== null && typeof part !== 'string' ? Buffer.from(await part.arrayBuffer()) : raw;
}

/** Bytes sent to an upload URL that files.getUploadURLExternal handed out (step 2 of Slack's external upload). */
export interface FileUpload {
  fileId: string;
  contentType: string | undefined;
  data: Buffer;
}

function parseForm(text: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(text || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

export interface FakeSlackOptions {
  /** The bot token every Web API method wants (Authorization: Bearer …). */
  botToken?: string;
  /** The app-level token apps.connections.open wants (Socket Mode). */
  appToken?: string;
}

export class FakeSlack extends EventEmitter {
  readonly botToken: string;
  readonly appToken: string;
  private readonly notInChannels = new Set<string>();
  /** What users.info says each user's language is (include_locale); en-US for anyone else. */
  readonly userLocales = new Map<string, string>();
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: SocketAck[] = [];
  readonly uploads: FileUpload[] = [];
  private fileCounter = 0;
  private readonly handlers = new Map<string, ApiHandler>();
  private readonly responseStatus = new Map<string, number>();
  private readonly hangingResponses = new Set<string>();
  private readonly faults = new Map<string, Array<Required<Pick<ApiFault, 'status'>> & ApiFault>>();
  private readonly holds = new Map<string, Array<{ arrive: (call: ApiCall) => void; released: Promise<void>; sent: () => void }>>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  port = 0;

  constructor(options: FakeSlackOptions = {}) {
    super();
    this.botToken = options.botToken ?? BOT_TOKEN;
    this.appToken = options.appToken ?? APP_TOKEN;
  }

  /** The bot is not a member of `channel`: posting there gets `not_in_channel`. */
  notIn(channel: string): void {
    this.notInChannels.add(channel);
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** Overrides the answer to one Web API method. */
  setApiAnswer(method: string, handler: ApiHandler): void {
    this.handlers.set(method, handler);
  }

  /** Makes a response_url answer with an HTTP status (404: expired, 500: broken). */
  failResponseUrl(id: string, status: number): void {
    this.responseStatus.set(id, status);
  }

  /** The next call(s) to `method` fail: `failNext('chat.postMessage', { status: 429, retryAfter: 1 })`. */
  failNext(method: string, fault: ApiFault): void {
    const queue = this.faults.get(method) ?? [];
    queue.push({ ...fault, times: fault.times ?? 1 });
    this.faults.set(method, queue);
  }

  /** Slack is healthy again: every scripted Web API fault still pending is dropped. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Holds the next call to `method` unanswered until the test releases it. */
  holdNext(method: string): HeldCall {
    let arrive!: (call: ApiCall) => void;
    let release!: () => void;
    const arrived = new Promise<ApiCall>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = { arrived, release, answered: false };
    const queue = this.holds.get(method) ?? [];
    queue.push({ arrive, released, sent: () => (held.answered = true) });
    this.holds.set(method, queue);
    return held;
  }

  /** Makes a response_url read the post and never answer (a hung endpoint). */
  hangResponseUrl(id: string): void {
    this.hangingResponses.add(id);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body, type, headers, sent }) => {
          res.writeHead(status, { 'content-type': type, ...headers });
          res.end(body, sent);
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        this.acks.push(ack);
        this.emit('ack', ack);
      });
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000001' }, debug_info: { host: 'fake' } }),
      );
      this.emit('socket', socket);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private takeFault(method: string): ApiFault | undefined {
    const queue = this.faults.get(method);
    const fault = queue?.[0];
    if (!queue || !fault) return undefined;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) queue.shift();
    return fault;
  }

  private async handle(req: IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const text = raw.toString('utf8');
    if (url.pathname.startsWith('/upload/')) {
      const contentType = req.headers['content-type'];
      const upload = { fileId: url.pathname.slice('/upload/'.length), contentType, data: await uploadedBytes(raw, contentType) };
      this.uploads.push(upload);
      this.emit('upload', upload);
      return { status: 200, body: `OK - ${raw.length}`, type: 'text/plain' };
    }
    if (url.pathname.startsWith('/respond/')) {
      const id = url.pathname.slice('/respond/'.length);
      const post = { id, body: JSON.parse(text) as Record<string, unknown> };
      this.responses.push(post);
      this.emit('response', post);
      if (this.hangingResponses.has(id)) return new Promise<Reply>(() => {}); // until stop() drops the connection
      const status = this.responseStatus.get(id) ?? 200;
      return { status, body: status === 200 ? 'ok' : 'expired_url', type: 'text/plain' };
    }
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const body = parseForm(text, req.headers['content-type']);
      const fault = this.takeFault(method);
      const call: ApiCall = {
        method,
        body,
        authorization: req.headers.authorization,
        status: fault?.status ?? 200,
        remotePort: req.socket.remotePort,
      };
      this.calls.push(call);
      this.emit('call', call);
      if (fault) {
        const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
        const error = fault.error ?? (fault.status === 429 ? 'ratelimited' : 'fatal_error');
        return { status: fault.status, body: JSON.stringify({ ok: false, error }), type: 'application/json', headers };
      }
      const refused = this.refusal(method, body, req.headers.authorization);
      if (refused) {
        call.refused = String(refused.error);
        return { status: 200, body: JSON.stringify(refused), type: 'application/json' };
      }
      const hold = this.holds.get(method)?.shift();
      if (hold) {
        hold.arrive(call);
        await hold.released;
      }
      const custom = this.handlers.get(method);
      const answer: { status?: number; json: Record<string, unknown> } = custom ? custom(body) : this.defaultAnswer(method, body);
      const { status = 200, json } = answer;
      call.status = status;
      return { status, body: JSON.stringify(json), type: 'application/json', sent: hold?.sent };
    }
    return { status: 404, body: 'not found', type: 'text/plain' };
  }

  /** Slack's own refusal of a call, or null when Slack would take it. */
  private refusal(method: string, body: Record<string, unknown>, authorization: string | undefined): Record<string, unknown> | null {
    const token = authorization?.replace(/^Bearer /, '') ?? (typeof body.token === 'string' ? body.token : undefined);
    if (!token) return { ok: false, error: 'not_authed' };
    if (token !== (method === 'apps.connections.open' ? this.appToken : this.botToken)) return { ok: false, error: 'invalid_auth' };
    const posting = method === 'chat.postMessage' || method === 'chat.postEphemeral' || method === 'chat.update';
    const viewing = method === 'views.publish';
    if (posting) {
      if (typeof body.channel !== 'string' || body.channel === '') return { ok: false, error: 'channel_not_found' };
      if (this.notInChannels.has(body.channel)) return { ok: false, error: 'not_in_channel' };
      const hasText = typeof body.text === 'string' && body.text.trim() !== '';
      if (!hasText && !(Array.isArray(body.blocks) && body.blocks.length > 0)) return { ok: false, error: 'no_text' };
    }
    const problems =
      posting && body.blocks !== undefined
        ? blockKitProblems(body.blocks, '/blocks', BLOCK_KIT_LIMITS.messageBlocks)
        : viewing
          ? blockKitProblems((body.view as { blocks?: unknown } | undefined)?.blocks, '/view/blocks', BLOCK_KIT_LIMITS.viewBlocks)
          : [];
    if (problems.length)
      return { ok: false, error: 'invalid_blocks', errors: problems, response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } };
    return null;
  }

  private defaultAnswer(method: string, body: Record<string, unknown>): { json: Record<string, unknown> } {
    switch (method) {
      case 'auth.test':
        return { json: { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, team: 'Fake', user: 'resume' } };
      case 'apps.connections.open':
        return { json: { ok: true, url: `ws://127.0.0.1:${this.port}/socket` } };
      case 'chat.postMessage':
        return { json: { ok: true, channel: body.channel, ts: `${Date.now() / 1000}`, message: { text: body.text } } };
      case 'chat.postEphemeral':
        return { json: { ok: true, message_ts: `${Date.now() / 1000}` } };
      case 'views.publish':
        return { json: { ok: true, view: { id: 'V0000001' } } };
      case 'users.info': {
        // include_locale adds the user's language, as Slack does; without it there is none.
        const user = String(body.user ?? '');
        const locale = this.userLocales.get(user) ?? 'en-US';
        const withLocale = body.include_locale === true || body.include_locale === 'true';
        return { json: { ok: true, user: { id: user, team_id: TEAM_ID, name: 'ana', ...(withLocale ? { locale } : {}) } } };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(++this.fileCounter).padStart(8, '0')}`;
        return { json: { ok: true, file_id: fileId, upload_url: `http://127.0.0.1:${this.port}/upload/${fileId}` } };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(body.files) ? (body.files as Array<{ id?: string; title?: string }>) : [];
        return { json: { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? '' })) } };
      }
      default:
        return { json: { ok: false, error: 'unknown_method' } };
    }
  }

  /** Resolves with the first recorded item (past or future) matching `match`. */
  private waitFor<T>(list: T[], event: string, match: (item: T) => boolean): Promise<T> {
    const found = list.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const listener = (item: T) => {
        if (!match(item)) return;
        this.off(event, listener);
        resolve(item);
      };
      this.on(event, listener);
    });
  }

  /** The first call to any method matching `match` (e.g. a reply in one thread, posted or ephemeral). */
  nextCallWhere(match: (c: ApiCall) => boolean): Promise<ApiCall> {
    return this.waitFor(this.calls, 'call', match);
  }

  nextCall(method: string, match: (c: ApiCall) => boolean = () => true): Promise<ApiCall> {
    return this.waitFor(this.calls, 'call', (c) => c.method === method && match(c));
  }

  nextResponse(id: string, match: (p: ResponseUrlPost) => boolean = () => true): Promise<ResponseUrlPost> {
    return this.waitFor(this.responses, 'response', (p) => p.id === id && match(p));
  }

  nextUpload(match: (u: FileUpload) => boolean = () => true): Promise<FileUpload> {
    return this.waitFor(this.uploads, 'upload', match);
  }

  nextAck(envelopeId: string): Promise<SocketAck> {
    return this.waitFor(this.acks, 'ack', (a) => a.envelope_id === envelopeId);
  }

  /** Waits for the app's WebSocket (Socket Mode) and sends it an envelope. */
  async sendEnvelope(envelope: Record<string, unknown>): Promise<void> {
    const socket = this.socket ?? (await new Promise<WebSocket>((resolve) => this.once('socket', resolve)));
    socket.send(JSON.stringify(envelope));
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
