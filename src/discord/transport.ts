/**
 * The HTTP transport under discord.js's REST client (@discordjs/rest, its documented `makeRequest` option):
 * node:http/https with a keep-alive agent instead of the default undici `request`. The
 * bot's REST traffic is small JSON bodies; on it, undici's per-request objects outlive the
 * young generation and get promoted, which made every scavenge slow and the heap grow (see
 * `npm run bench`, Discord section). Anything but a JSON/text body (file uploads: the
 * timeline picture, now and then) still goes through discord.js's default transport.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { DefaultRestOptions, type RESTOptions } from '@discordjs/rest';

type MakeRequest = RESTOptions['makeRequest'];
type ResponseLike = Awaited<ReturnType<MakeRequest>>;

export interface Transport {
  makeRequest: MakeRequest;
  /** Closes the kept-alive sockets (on stop). */
  destroy(): void;
}

function toHeaders(raw: IncomingMessage['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

function response(res: IncomingMessage, body: Buffer): ResponseLike {
  let used = false;
  const take = () => {
    used = true;
    return body;
  };
  const status = res.statusCode ?? 0;
  return {
    // Built only if someone streams it; @discordjs/rest reads json() or arrayBuffer().
    get body() {
      return Readable.from([body]);
    },
    get bodyUsed() {
      return used;
    },
    headers: toHeaders(res.headers),
    status,
    statusText: res.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    arrayBuffer: async () => {
      const bytes = take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
    json: async () => JSON.parse(take().toString('utf8')) as unknown,
    text: async () => take().toString('utf8'),
  } as ResponseLike;
}

/** Request headers as a plain object; @discordjs/rest passes one already. */
function plainHeaders(headers: unknown): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers || Array.isArray(headers)) {
    const out: Record<string, string> = {};
    new Headers(headers as ConstructorParameters<typeof Headers>[0]).forEach((value, name) => {
      out[name] = value;
    });
    return out;
  }
  return headers as Record<string, string>;
}

/**
 * Discord's replies to the bot are messages, commands and interactions (the largest, a registration's commands with
 * their translations, is well under a megabyte); one far larger is not held in memory to the end.
 */
export const MAX_REPLY_BYTES = 8 * 1024 * 1024;

export function createTransport(): Transport {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  const fallback = DefaultRestOptions.makeRequest;

  const makeRequest: MakeRequest = (url, init) => {
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) return fallback(url, init);
    const secure = url.startsWith('https:');
    const headers = plainHeaders(init.headers);
    return new Promise<ResponseLike>((resolve, reject) => {
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http, signal: init.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_REPLY_BYTES) req.destroy(new Error(`Discord reply larger than ${MAX_REPLY_BYTES} bytes`));
            else chunks.push(chunk);
          });
          res.on('error', reject);
          res.on('end', () => resolve(response(res, Buffer.concat(chunks))));
        },
      );
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  };

  return {
    makeRequest,
    destroy() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
