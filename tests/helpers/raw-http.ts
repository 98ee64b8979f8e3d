/**
 * HTTP/1.1 over a plain socket, for what fetch cannot do: send part of a request and stop,
 * reuse one keep-alive connection on purpose, send malformed framing, and see exactly what
 * came back (status, headers) and whether the server closed the connection or reset it.
 */
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class RawConnection {
  private buffer = Buffer.alloc(0);
  private waiting: (() => void) | null = null;
  /** 'end': the server closed the connection; 'reset': it was reset; null: still open. */
  closed: 'end' | 'reset' | null = null;
  readonly done: Promise<void>;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiting?.();
    });
    this.done = new Promise((resolve) => {
      socket.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNRESET' || error.code === 'EPIPE') this.closed ??= 'reset';
      });
      socket.on('end', () => {
        this.closed ??= 'end';
        this.waiting?.();
      });
      socket.on('close', () => {
        this.closed ??= 'end';
        this.waiting?.();
        resolve();
      });
    });
  }

  static async open(port: number): Promise<RawConnection> {
    const socket = connect({ host: '127.0.0.1', port });
    await once(socket, 'connect');
    return new RawConnection(socket);
  }

  /** Writes bytes; resolves when they are handed to the kernel. A write after a reset is ignored. */
  write(data: string | Buffer): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => this.socket.write(data, () => resolve()));
  }

  /** The next complete response (Content-Length or chunked; headers only for `headOnly`, as a HEAD answer), or null if the connection closed first. */
  async response(options: { headOnly?: boolean } = {}): Promise<RawResponse | null> {
    for (;;) {
      const parsed = this.take(options.headOnly ?? false);
      if (parsed) return parsed;
      if (this.closed) return null;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = null;
    }
  }

  private take(headOnly: boolean): RawResponse | null {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end === -1) return null;
    const head = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(head[0]!.split(' ')[1]);
    const headers: Record<string, string> = {};
    for (const line of head.slice(1)) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    if (headOnly) {
      this.buffer = this.buffer.subarray(end + 4);
      return { status, headers, body: '' };
    }
    if (headers['transfer-encoding'] === 'chunked') {
      // size CRLF data CRLF … 0 CRLF CRLF (no trailers from Node's server)
      const parts: Buffer[] = [];
      let at = end + 4;
      for (;;) {
        const line = this.buffer.indexOf('\r\n', at);
        if (line === -1) return null;
        const size = parseInt(this.buffer.subarray(at, line).toString('latin1'), 16);
        if (this.buffer.length < line + 2 + size + 2) return null;
        parts.push(this.buffer.subarray(line + 2, line + 2 + size));
        at = line + 2 + size + 2;
        if (size === 0) break;
      }
      this.buffer = this.buffer.subarray(at);
      return { status, headers, body: Buffer.concat(parts).toString('utf8') };
    }
    const length = Number(headers['content-length'] ?? 0);
    if (this.buffer.length < end + 4 + length) return null;
    const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(end + 4 + length);
    return { status, headers, body };
  }

  /** Resolves once the server has closed (or reset) the connection. */
  async closedByServer(): Promise<'end' | 'reset'> {
    await this.done;
    return this.closed ?? 'end';
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** A request head; `body` (if any) is appended and its length announced unless `headers` say otherwise. */
export function requestHead(method: string, path: string, headers: Record<string, string | number> = {}): string {
  const lines = [`${method} ${path} HTTP/1.1`, 'host: 127.0.0.1', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return `${lines.join('\r\n')}\r\n\r\n`;
}
