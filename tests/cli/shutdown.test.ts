/**
 * Graceful shutdown of the real process (`node dist/src/main.js`, what `npm start` runs):
 * SIGTERM while replies are still on their way to Slack. The fake Web API holds every
 * chat.postMessage until the test releases it, so "in flight" is a fact, not a timing.
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, MAIN, sandbox, type Sandbox } from './run.js';

const SIGNING_SECRET = 'shutdown-test-signing-secret';
const BOT_USER = 'UBOT00001';

interface HeldPost {
  body: Record<string, unknown>;
  release(): void;
}

let box: Sandbox;
let api: Server;
let apiUrl: string;
const held: HeldPost[] = [];
const heldWaiters: Array<{ count: number; resolve: () => void }> = [];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (data += chunk)).on('end', () => resolve(data));
  });
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  ensureBuilt();
  box = sandbox();
  api = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (req.url?.includes('auth.test')) return json(res, { ok: true, user_id: BOT_USER, team_id: 'T1', bot_id: 'B1' });
    if (req.url?.includes('chat.postMessage')) {
      const body = (raw.startsWith('{') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw))) as Record<string, unknown>;
      held.push({ body, release: () => json(res, { ok: true, channel: body.channel, ts: '1700000000.000200' }) });
      for (const w of heldWaiters.filter((x) => held.length >= x.count)) {
        heldWaiters.splice(heldWaiters.indexOf(w), 1);
        w.resolve();
      }
      return;
    }
    json(res, { ok: false, error: 'unknown_method' });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
});

afterAll(async () => {
  api.closeAllConnections();
  await new Promise<void>((resolve) => api.close(() => resolve()));
  box.remove();
});

const heldAtLeast = (count: number) =>
  new Promise<void>((resolve) => (held.length >= count ? resolve() : heldWaiters.push({ count, resolve })));

function signedEvent(port: number, text: string, ts: string): Promise<Response> {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `Ev${ts.replace('.', '')}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', user: 'U0ASKER01', text: `<@${BOT_USER}> ${text}`, ts, channel: 'C0CHAN001', event_ts: ts },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
    body,
  });
}

describe('shutdown with requests in flight', () => {
  it('given SIGTERM while three replies are still being posted, refuses new work, delivers all three, then exits 0', async () => {
    const proc = spawn(process.execPath, [MAIN], {
      cwd: box.dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: '0',
        RESUME_RELOAD: 'false',
        SLACK_BOT_TOKEN: 'xoxb-shutdown-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: apiUrl,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let exitedAt: 'before-release' | 'after-release' | null = null;
    let released = false;
    const exited = new Promise<number | null>((resolve) =>
      proc.on('exit', (code) => {
        exitedAt = released ? 'after-release' : 'before-release';
        resolve(code);
      }),
    );
    const logged = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (stderr.includes(text)) resolve();
        };
        proc.stderr!.on('data', check);
        void exited.then(() => reject(new Error(`exited before logging ${text}:\n${stderr}`)));
        check();
      });
    proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    try {
      await logged('"event":"started"');
      const port = (JSON.parse(stderr.split('\n').find((l) => l.includes('"event":"started"'))!) as { port: number }).port;

      const questions = ['what did he do at netflix?', 'does he know kubernetes?', 'where did he study?'];
      const acks = await Promise.all(questions.map((q, i) => signedEvent(port, q, `1700000000.00010${i}`)));
      expect(acks.map((r) => r.status)).toEqual([200, 200, 200]);
      await heldAtLeast(3);

      proc.kill('SIGTERM');
      await logged('"event":"stopping"');

      // Stopping: new work is turned away while the three replies are still pending.
      const late = await signedEvent(port, 'who is he?', '1700000000.000199');
      expect(late.status).toBe(503);
      expect(exitedAt).toBeNull();

      released = true;
      for (const post of held) post.release();
      expect(await exited).toBe(0);
      expect(exitedAt).toBe('after-release');
      expect(held).toHaveLength(3);
      const replies = held.map((p) => String(p.body.text));
      expect(replies.some((t) => t.includes('Netflix'))).toBe(true);
      expect(replies.some((t) => /kubernetes/i.test(t))).toBe(true);
      expect(held.every((p) => p.body.thread_ts !== undefined)).toBe(true);
      expect(stderr).toContain('"event":"stopped"');
    } finally {
      proc.kill('SIGKILL');
    }
  });
});
