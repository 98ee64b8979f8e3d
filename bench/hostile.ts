/**
 * `npm run bench hostile`: the bot's memory while strangers upload to its public endpoints.
 *
 * The bot runs as `npm start` runs it (dist/src/main.js with npm start's node flags), with Slack
 * in HTTP mode and Discord HTTP interactions on one port, against the fake Slack Web API. Its
 * idle RSS is read first (after a warm-up of honest requests), then 300 connections upload
 * forged 4 MB bodies (a made-up signature, a fresh timestamp: what passes a header-only check),
 * sending all but the last byte, half to each platform's path, each one replaced by another as
 * soon as the server closes it, for ATTACK_SECONDS. Phase one announces the 4 MB (Content-Length);
 * phase two sends the same bytes chunked, without announcing a length, which only the shared
 * budget of unverified bytes can bound. The attackers run in a child process of their own, so
 * they do not slow the bench's clock. Meanwhile one honest, signed slash command is sent every
 * 100 ms on a connection of its own, as Slack would, and timed.
 *
 * Figures: idle RSS, then per phase the highest RSS sampled (every 50 ms, /proc) and its rise
 * over idle (floor: under +60 MB), the honest requests answered and the slowest (floor: every
 * one answered 200, each in under 1 s), and RSS 3 s after the attack has stopped (the bot gives
 * back what an attack left once it is over: src/app/reclaim.ts). A third, sustained phase
 * replaces every upload as soon as it ends, for ATTACK_SECONDS, under the same floors.
 * BENCH_HOSTILE_MAIN runs another build's main.js (an older one, for a before/after).
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './core.js';
import { startFlags } from './flags.js';
import { shipped } from './shipped.js';
import { BOT_TOKEN, memoryMb, SIGNING_SECRET, signedSlashCommand, startFakeApi } from './slack.js';

const ATTACKERS = 300;
const UPLOAD_BYTES = 4 * 1024 * 1024;
const ATTACK_SECONDS = 6;
const HONEST_EVERY_MS = 100;
const SAMPLE_EVERY_MS = 50;
const AFTER_MS = 3_000;
const RSS_FLOOR_MB = 60;
const HONEST_FLOOR_MS = 1000;
const HONEST_GIVE_UP_MS = 10_000;
const PUBLIC_KEY = 'ab'.repeat(32);
const CHUNK = Buffer.alloc(64 * 1024, 0x61);
/** The same bytes as one chunk of a chunked body (built once: the attackers must not be the bottleneck). */
const FRAMED = Buffer.concat([Buffer.from(`${CHUNK.length.toString(16)}\r\n`), CHUNK, Buffer.from('\r\n')]);

type Framing = 'announced' | 'chunked';

interface Bot {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

async function startBot(apiUrl: string, logFile: string): Promise<Bot> {
  const main = process.env.BENCH_HOSTILE_MAIN || shipped('src/main.js');
  const fd = openSync(logFile, 'w');
  const env = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: '0',
    RESUME_RELOAD: 'false',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    DISCORD_PUBLIC_KEY: PUBLIC_KEY,
    DISCORD_APPLICATION_ID: '123456789012345678',
  };
  const child = spawn(process.execPath, [...startFlags(), main], { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const line = readFileSync(logFile, 'utf8')
      .split('\n')
      .find((l) => l.includes('"event":"started"'));
    if (line) return { child, port: (JSON.parse(line) as { port: number }).port, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`bench hostile: the bot did not start:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One honest slash command on a fresh connection: its status and how long it took. */
function honest(port: number, i: number): Promise<{ status: number; ms: number }> {
  const { body, headers } = signedSlashCommand({
    command: '/skills',
    text: 'kubernetes',
    userId: `UHONEST${i % 50}`,
    trigger: i,
    secret: SIGNING_SECRET,
  });
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        agent: false,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
        res.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    // Counted as unanswered past this (an older build can hang a request under attack).
    req.setTimeout(HONEST_GIVE_UP_MS, () => req.destroy());
    req.end(body);
  });
}

/** A forged upload of all but the last byte of 4 MB; resolves when the server closes it (or `stop`). */
function forgedUpload(port: number, i: number, framing: Framing, stopped: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const slack = i % 2 === 0;
    const now = String(Math.floor(Date.now() / 1000));
    const signature = slack
      ? `x-slack-request-timestamp: ${now}\r\nx-slack-signature: v0=${'0'.repeat(64)}`
      : `x-signature-timestamp: ${now}\r\nx-signature-ed25519: ${'0'.repeat(128)}`;
    const length = framing === 'announced' ? `content-length: ${UPLOAD_BYTES}` : 'transfer-encoding: chunked';
    socket.on('error', () => {});
    socket.on('close', () => resolve());
    socket.on('data', () => {});
    socket.write(
      `POST ${slack ? '/slack/events' : '/discord/interactions'} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n${length}\r\n${signature}\r\n\r\n`,
    );
    let sent = 0;
    const pump = () => {
      while (!socket.destroyed && !stopped() && sent < UPLOAD_BYTES - 1) {
        const size = Math.min(CHUNK.length, UPLOAD_BYTES - 1 - sent);
        sent += size;
        const wire =
          framing === 'announced'
            ? CHUNK.subarray(0, size)
            : size === CHUNK.length
              ? FRAMED
              : Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), CHUNK.subarray(0, size), Buffer.from('\r\n')]);
        if (!socket.write(wire)) {
          socket.once('drain', pump);
          return;
        }
      }
    };
    socket.once('connect', pump);
  });
}

/**
 * In the attackers' child: ATTACKERS uploads at once; with `sustained`, each is replaced by
 * another as soon as it ends, until told to stop. Reports how many were started and when the
 * first wave had ended.
 */
async function runAttackers(port: number, framing: Framing, sustained: boolean): Promise<void> {
  let stop = false;
  let uploads = 0;
  const stopped = new Promise<void>((resolve) =>
    process.once('message', () => {
      stop = true;
      resolve();
    }),
  );
  const attacker = async (i: number) => {
    do {
      uploads += 1;
      await forgedUpload(port, i, framing, () => stop);
    } while (sustained && !stop);
  };
  const all = Promise.all(Array.from({ length: ATTACKERS }, (_, i) => attacker(i)));
  if (!sustained) {
    await all;
    process.send!({ type: 'done' });
  }
  await stopped;
  // Uploads the server still holds open give up now.
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 3000))]);
  process.send!({ type: 'result', uploads }, () => process.exit(0));
}

async function attack(bot: Bot, idle: number, framing: Framing, sustained: boolean): Promise<Record<string, Figure>> {
  const pid = bot.child.pid;
  let peak = idle;
  const sampler = setInterval(() => {
    const m = memoryMb(pid);
    if (m) peak = Math.max(peak, m.rss);
  }, SAMPLE_EVERY_MS);
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, RESUME_BOT_HOSTILE_CHILD: `${bot.port}:${framing}:${sustained ? 'sustained' : 'once'}` },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let waveDone: () => void = () => {};
  const wave = new Promise<void>((resolve) => (waveDone = resolve));
  const reported = new Promise<number>((resolve) =>
    child.on('message', (m: { type: 'done' } | { type: 'result'; uploads: number }) =>
      m.type === 'done' ? waveDone() : resolve(m.uploads),
    ),
  );
  const answers: Array<Promise<{ status: number; ms: number }>> = [];
  let n = 0;
  const honestTimer = setInterval(() => answers.push(honest(bot.port, n++)), HONEST_EVERY_MS);
  // One wave: until every upload has ended (and for a second at least); sustained: ATTACK_SECONDS.
  const minimum = new Promise((resolve) => setTimeout(resolve, sustained ? ATTACK_SECONDS * 1000 : 1000));
  await Promise.all([minimum, sustained ? minimum : wave]);
  clearInterval(honestTimer);
  child.send('stop');
  const uploads = await reported;
  const results = await Promise.all(answers);
  clearInterval(sampler);
  // The bot gives memory back a second after an attack is over, in two passes a second apart.
  await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
  const after = memoryMb(pid)?.rss ?? Number.NaN;

  const ok = results.filter((r) => r.status === 200);
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const slowest = sorted.at(-1) ?? Number.NaN;
  const rise = peak - idle;
  return {
    uploads: {
      value: uploads,
      note: sustained
        ? `${ATTACKERS} at a time, each replaced as it ends, for ${ATTACK_SECONDS} s`
        : `${ATTACKERS} at once, half to each platform`,
    },
    peakRss: { value: Math.round(peak), unit: 'MB' },
    rssRise: { value: Math.round(rise), unit: 'MB', floor: `< +${RSS_FLOOR_MB} MB over idle`, pass: rise < RSS_FLOOR_MB },
    honestAnswered: { value: `${ok.length}/${results.length}`, floor: 'all 200', pass: ok.length === results.length && results.length > 0 },
    honestMedian: { value: Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN), unit: 'ms' },
    honestSlowest: { value: Math.round(slowest), unit: 'ms', floor: `< ${HONEST_FLOOR_MS} ms`, pass: slowest < HONEST_FLOOR_MS },
    rssAfter: {
      value: Math.round(after),
      unit: 'MB',
      note: `${Math.round(after - idle)} MB over idle, ${AFTER_MS / 1000} s after the attack`,
    },
  };
}

export async function benchHostile(): Promise<Record<string, unknown>> {
  const api = await startFakeApi();
  const dir = mkdtempSync(join(tmpdir(), 'resume-bot-hostile-'));
  const bot = await startBot(api.apiUrl, join(dir, 'bot.log'));
  try {
    // Warm: every path the honest requests take has run, the heap has settled.
    for (let i = 0; i < 100; i++) await honest(bot.port, i);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = memoryMb(bot.child.pid)?.rss;
    if (!idle) throw new Error('bench hostile: cannot read the server’s RSS (/proc/<pid>/status)');
    return {
      idleRss: { value: Math.round(idle), unit: 'MB', note: 'after 100 honest requests' },
      announced: await attack(bot, idle, 'announced', false),
      chunked: await attack(bot, idle, 'chunked', false),
      sustained: await attack(bot, idle, 'announced', true),
    };
  } finally {
    await bot.stop();
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// As the attackers' child process: RESUME_BOT_HOSTILE_CHILD is "<port>:<framing>".
if (process.send && process.env.RESUME_BOT_HOSTILE_CHILD) {
  const [port, framing, pace] = process.env.RESUME_BOT_HOSTILE_CHILD.split(':');
  void runAttackers(Number(port), framing === 'chunked' ? 'chunked' : 'announced', pace === 'sustained');
}
