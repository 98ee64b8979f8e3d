/**
 * The HTTP load generator of the Slack benches, run as a child process of its own (`fork`),
 * so that it shares neither an event loop nor a heap with the server it measures nor with
 * the bench that started it. It speaks HTTP/1.1 over plain keep-alive sockets with requests
 * serialised once up front (no http.Agent, no per-request header objects), so the client's
 * own work and garbage stay small next to the server's on a machine with two cores.
 *
 *  - closed loop: `connections` sockets, each sending its next request as soon as
 *    the previous answer has arrived, for `total` requests. Latency is write → whole answer.
 *  - open loop: requests are due at a steady `rate`, whatever the server does; a
 *    request waits in the client when every socket is busy, and that wait counts as latency
 *    (no coordinated omission). Latency runs from when the generator reached the request's
 *    due time, so a late timer in this process is reported (`lagMs`) rather than charged to
 *    the server.
 *
 * Every answer is checked: status 200 and, per `key`, exactly the body the first request of
 * that key got (a rate-limit refusal, a truncated body or an error answer counts as wrong).
 */
import { connect, type Socket } from 'node:net';

export interface LoadRequest {
  /** What the answer is checked against: requests with the same key must get the same body. */
  key: number;
  body: string;
  headers: Record<string, string>;
  /** Default POST to the job's path; a GET sends no body (the web page bench). */
  method?: 'GET' | 'POST';
  /** This request's own path and query, instead of the job's. */
  path?: string;
}

export type LoadMode =
  | { kind: 'closed'; connections: number; total: number }
  | { kind: 'open'; connections: number; rate: number; warmupMs: number; durationMs: number };

export interface LoadJob {
  port: number;
  path: string;
  requests: LoadRequest[];
  mode: LoadMode;
  /** An answer slower than this is a timeout (an error). */
  timeoutMs: number;
  /** Bodies expected per key (from an earlier probe); missing keys learn from their first answer. */
  expected?: Record<number, string>;
}

export interface LoadErrors {
  status: number;
  body: number;
  timeout: number;
  socket: number;
}

export interface LoadResult {
  /** Requests sent and answered in the measured phase (after any warm-up). */
  sent: number;
  answered: number;
  errors: LoadErrors;
  /** Warm-up phase errors, counted apart (open loop). */
  warmupErrors: LoadErrors;
  /** Latencies of the measured phase, ms, in completion order. */
  latencies: number[];
  elapsedMs: number;
  bytes: number;
  /** Per key, the body answered (for sizing the bare app and for later checks). */
  bodies: Record<number, string>;
  /** Open loop: how late the generator reached due times, ms (p99 and max). */
  lagP99Ms: number;
  lagMaxMs: number;
}

/** Messages from the child: a phase boundary (open loop), then the result. */
export type LoadMessage = { type: 'phase'; phase: 'measure' | 'end' } | { type: 'result'; result: LoadResult };

/** The nearest-rank percentile of ascending values (p in 0..100); NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** The median (nearest rank: for an even count, the lower of the middle two); NaN when empty. */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Due time (ms from the start) of the k-th request of an open loop at `rate` per second. */
export function dueAt(k: number, rate: number): number {
  return (k * 1000) / rate;
}

/** How many requests of an open loop at `rate` per second are due by `elapsedMs` (the first is due at 0). */
export function dueBy(elapsedMs: number, rate: number): number {
  return elapsedMs < 0 ? 0 : Math.floor((elapsedMs * rate) / 1000 + 1e-9) + 1;
}

/** One HTTP/1.1 request, serialised once. */
export function serialise(port: number, path: string, request: LoadRequest): Buffer {
  const method = request.method ?? 'POST';
  const body = method === 'GET' ? Buffer.alloc(0) : Buffer.from(request.body, 'utf8');
  const head = [
    `${method} ${request.path ?? path} HTTP/1.1`,
    `host: 127.0.0.1:${port}`,
    ...(method === 'GET' ? [] : [`content-length: ${body.length}`]),
    'connection: keep-alive',
  ];
  for (const [name, value] of Object.entries(request.headers)) head.push(`${name}: ${value}`);
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

export type Parsed = { complete: false } | { complete: true; status: number; body: Buffer; length: number };

/**
 * Parses one HTTP/1.1 response at the start of `buffer`: incomplete, or its status, body
 * and total length in bytes. Content-Length and chunked bodies are understood.
 */
export function parseResponse(buffer: Buffer): Parsed {
  const headEnd = buffer.indexOf('\r\n\r\n');
  if (headEnd === -1) return { complete: false };
  const head = buffer.toString('latin1', 0, headEnd);
  const status = Number(head.slice(9, 12));
  const lengthMatch = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const start = headEnd + 4;
  if (lengthMatch) {
    const end = start + Number(lengthMatch[1]);
    if (buffer.length < end) return { complete: false };
    return { complete: true, status, body: buffer.subarray(start, end), length: end };
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const parts: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', at);
      if (lineEnd === -1) return { complete: false };
      const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
      const dataStart = lineEnd + 2;
      if (size === 0) {
        const end = buffer.indexOf('\r\n', dataStart);
        if (end === -1) return { complete: false };
        return { complete: true, status, body: Buffer.concat(parts), length: end + 2 };
      }
      if (buffer.length < dataStart + size + 2) return { complete: false };
      parts.push(buffer.subarray(dataStart, dataStart + size));
      at = dataStart + size + 2;
    }
  }
  // No length: the body runs to the end of the connection; this generator does not expect those.
  return { complete: true, status, body: Buffer.alloc(0), length: start };
}

const noErrors = (): LoadErrors => ({ status: 0, body: 0, timeout: 0, socket: 0 });

interface Pending {
  index: number;
  /** performance.now() from which latency counts. */
  from: number;
  measured: boolean;
}

/** Runs a job in this process; the child entry below calls it. `onPhase` hears open-loop phase boundaries. */
export function runLoad(job: LoadJob, onPhase: (phase: 'measure' | 'end') => void = () => {}): Promise<LoadResult> {
  const wire = job.requests.map((r) => serialise(job.port, job.path, r));
  const expected = new Map<number, Buffer>(Object.entries(job.expected ?? {}).map(([k, v]) => [Number(k), Buffer.from(v, 'utf8')]));
  const capacity =
    job.mode.kind === 'closed' ? job.mode.total : Math.ceil(((job.mode.warmupMs + job.mode.durationMs) * job.mode.rate) / 1000) + 1;
  const latencies: number[] = [];
  const lags = new Float64Array(capacity);
  let lagCount = 0;
  const errors = noErrors();
  const warmupErrors = noErrors();
  let sent = 0;
  let answered = 0;
  let bytes = 0;
  let started = 0;
  let measuredFrom = 0;

  return new Promise((resolveRun) => {
    const queue: Pending[] = [];
    let queueHead = 0;
    let outstanding = 0;
    let scheduleDone = false;
    let finished = false;

    const count = (p: Pending, kind: keyof LoadErrors) => {
      (p.measured ? errors : warmupErrors)[kind] += 1;
    };

    const finish = () => {
      if (finished) return;
      finished = true;
      for (const c of conns) c.close();
      const sortedLags = lags.subarray(0, lagCount).sort();
      resolveRun({
        sent,
        answered,
        errors,
        warmupErrors,
        latencies,
        elapsedMs: performance.now() - (measuredFrom || started),
        bytes,
        bodies: Object.fromEntries([...expected].map(([k, v]) => [k, v.toString('utf8')])),
        lagP99Ms: percentile(sortedLags, 99),
        lagMaxMs: lagCount ? sortedLags[lagCount - 1]! : 0,
      });
    };
    const maybeFinish = () => {
      if (scheduleDone && outstanding === 0 && queueHead >= queue.length) finish();
    };

    class Conn {
      private socket: Socket | null = null;
      private buffer: Buffer = Buffer.alloc(0);
      private current: Pending | null = null;
      private timer: NodeJS.Timeout | null = null;

      get idle(): boolean {
        return this.current === null;
      }

      send(p: Pending): void {
        this.current = p;
        outstanding += 1;
        if (p.measured) sent += 1;
        const socket = this.socket ?? this.open();
        this.timer = setTimeout(() => this.fail('timeout', true), job.timeoutMs);
        socket.write(wire[p.index]!);
      }

      close(): void {
        this.socket?.destroy();
        this.socket = null;
      }

      private open(): Socket {
        const socket = connect({ port: job.port, host: '127.0.0.1', noDelay: true });
        // Events of a socket this connection already gave up on (a timeout) concern no request.
        socket.on('data', (chunk: Buffer) => {
          if (this.socket === socket) this.onData(chunk);
        });
        socket.on('error', () => {
          if (this.socket === socket) this.fail('socket', true);
        });
        socket.on('close', () => {
          if (this.socket !== socket) return;
          this.socket = null;
          if (this.current) this.fail('socket', false);
        });
        this.socket = socket;
        this.buffer = Buffer.alloc(0);
        return socket;
      }

      private onData(chunk: Buffer): void {
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        const p = this.current;
        if (!p) return;
        const parsed = parseResponse(this.buffer);
        if (!parsed.complete) return;
        const now = performance.now();
        this.buffer = this.buffer.subarray(parsed.length);
        const key = job.requests[p.index]!.key;
        let ok = parsed.status === 200;
        if (!ok) count(p, 'status');
        else {
          const want = expected.get(key);
          if (want === undefined) expected.set(key, Buffer.from(parsed.body));
          else if (!want.equals(parsed.body)) {
            ok = false;
            count(p, 'body');
          }
        }
        if (p.measured) {
          latencies.push(now - p.from);
          bytes += parsed.body.length;
          if (ok) answered += 1;
        }
        this.done();
      }

      private fail(kind: keyof LoadErrors, drop: boolean): void {
        const p = this.current;
        if (!p) return;
        count(p, kind);
        if (drop) this.close();
        this.done();
      }

      private done(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        this.current = null;
        outstanding -= 1;
        pump(this);
      }
    }

    const conns = Array.from({ length: job.mode.connections }, () => new Conn());

    // Closed loop: the next request goes out on the connection that just got its answer.
    // Open loop: due requests wait in `queue` for a free connection.
    let nextIndex = 0;
    let rotate = 0;
    const pump = (conn?: Conn) => {
      if (finished) return;
      const mode = job.mode;
      if (mode.kind === 'closed') {
        if (conn && nextIndex < mode.total) {
          const index = nextIndex++;
          conn.send({ index: index % wire.length, from: performance.now(), measured: true });
        }
        if (nextIndex >= mode.total) scheduleDone = true;
        maybeFinish();
        return;
      }
      // Round robin over the free connections, so that none idles long enough for the server to close it.
      if (conn && queueHead < queue.length) conn.send(queue[queueHead++]!);
      for (let n = 0; n < conns.length && queueHead < queue.length; n++) {
        const c = conns[(rotate = (rotate + 1) % conns.length)]!;
        if (c.idle) c.send(queue[queueHead++]!);
      }
      if (queueHead > 4096 && queueHead === queue.length) {
        queue.length = 0;
        queueHead = 0;
      }
      maybeFinish();
    };

    started = performance.now();
    const mode = job.mode;
    if (mode.kind === 'closed') {
      measuredFrom = started;
      for (const c of conns) {
        if (nextIndex >= mode.total) break;
        const index = nextIndex++;
        c.send({ index: index % wire.length, from: performance.now(), measured: true });
      }
      return;
    }

    // Open loop: a timer per due time; whatever is due when it fires goes into the queue.
    const total = Math.round(((mode.warmupMs + mode.durationMs) * mode.rate) / 1000);
    const warmupCount = Math.round((mode.warmupMs * mode.rate) / 1000);
    let scheduled = 0;
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, dueBy(now - started, mode.rate));
      for (; scheduled < due; scheduled++) {
        if (scheduled === warmupCount) {
          measuredFrom = started + dueAt(scheduled, mode.rate);
          onPhase('measure');
        }
        lags[lagCount++] = now - (started + dueAt(scheduled, mode.rate));
        queue.push({ index: scheduled % wire.length, from: now, measured: scheduled >= warmupCount });
      }
      pump();
      if (scheduled >= total) {
        scheduleDone = true;
        onPhase('end');
        maybeFinish();
        return;
      }
      setTimeout(tick, Math.max(0, started + dueAt(scheduled, mode.rate) - performance.now()));
    };
    tick();
  });
}

// As a child process: the job comes over IPC, the result goes back the same way.
if (process.send && process.env.RESUME_BOT_LOAD_CHILD === '1') {
  process.once('message', (job: LoadJob) => {
    void runLoad(job, (phase) => process.send!({ type: 'phase', phase } satisfies LoadMessage)).then((result) => {
      process.send!({ type: 'result', result } satisfies LoadMessage, () => process.disconnect());
    });
  });
}
