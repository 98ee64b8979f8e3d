import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ensureBuilt, MAIN, ROOT, sandbox, type Sandbox } from './run.js';
import { FakeSlack } from '../fakes/slack.js';
import { RawConnection, requestHead } from '../helpers/raw-http.js';

const BOT_TOKEN = 'xoxb-test-token-never-logged';
const SIGNING_SECRET = 'signing-secret-never-logged';
const PUBLIC_KEY = 'ab'.repeat(32);

let box: Sandbox;
let fakeSlack: FakeSlack;
let slackApi: string;
let child: ChildProcess | undefined;

// The fake Slack on loopback: Bolt calls auth.test at start.
beforeAll(async () => {
  ensureBuilt();
  box = sandbox();
  fakeSlack = new FakeSlack({ botToken: BOT_TOKEN });
  await fakeSlack.start();
  slackApi = `${fakeSlack.apiUrl}/`;
});
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});
afterAll(async () => {
  await fakeSlack.stop();
  box.remove();
});

interface Started {
  port: number;
  logs: () => string;
  /** Resolves once stderr contains `text`. */
  until: (text: string) => Promise<void>;
  exited: Promise<number | null>;
}

function startServer(env: Record<string, string>): Promise<Started> {
  const proc = spawn(process.execPath, [MAIN], {
    cwd: box.dir,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', RESUME_RELOAD: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const waiting: Array<{ text: string; resolve: () => void }> = [];
  const until = (text: string) => new Promise<void>((resolve) => (stderr.includes(text) ? resolve() : waiting.push({ text, resolve })));
  return new Promise((resolve, reject) => {
    proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      for (const w of waiting.filter((x) => stderr.includes(x.text))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
      const line = stderr.split('\n').find((l) => l.includes('"event":"started"'));
      if (line) resolve({ port: (JSON.parse(line) as { port: number }).port, logs: () => stderr, until, exited });
    });
    void exited.then((code) => reject(new Error(`exited ${code} before starting:\n${stderr}`)));
  });
}

describe('npm start with platform credentials', () => {
  it('runs Slack (HTTP mode) and Discord (HTTP interactions) in one process on one port, ready for health checks', async () => {
    const server = await startServer({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApi,
      DISCORD_PUBLIC_KEY: PUBLIC_KEY,
      DISCORD_APPLICATION_ID: '123456789012345678',
    });
    const started = JSON.parse(
      server
        .logs()
        .split('\n')
        .find((l) => l.includes('"event":"started"'))!,
    ) as { platforms: string[] };
    // WEB unset: the page comes with the HTTP server the chat platforms already run.
    expect(started.platforms).toEqual(['slack (http)', 'discord (http interactions)', 'web page']);
    expect(await (await fetch(`http://127.0.0.1:${server.port}/`)).text()).toContain('<h1>Martin Spier</h1>');

    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
    // An unsigned request to Slack's endpoint is refused, not answered.
    const unsigned = await fetch(`http://127.0.0.1:${server.port}/slack/events`, { method: 'POST', body: 'command=/about' });
    expect(unsigned.status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${server.port}/nowhere`)).status).toBe(404);

    expect(server.logs()).not.toContain(BOT_TOKEN);
    expect(server.logs()).not.toContain(SIGNING_SECRET);
  });

  it('given WEB=true and no chat tokens, serves the page instead of the console, and stops on SIGTERM', async () => {
    const server = await startServer({ WEB: 'true' });
    const started = JSON.parse(
      server
        .logs()
        .split('\n')
        .find((l) => l.includes('"event":"started"'))!,
    ) as { platforms: string[] };
    expect(started.platforms).toEqual(['web page']);
    const page = await fetch(`http://127.0.0.1:${server.port}/a/experience/netflix`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Performance Architect at Netflix');
    child!.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('given WEB=false, the chat platforms run without the page', async () => {
    const server = await startServer({ DISCORD_PUBLIC_KEY: PUBLIC_KEY, DISCORD_APPLICATION_ID: '123456789012345678', WEB: 'false' });
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
  });

  it('given the résumé changes on disk, reloads it, and refuses a broken version naming the JSON path', async () => {
    const file = join(box.dir, 'live.json');
    const original = readFileSync(join(ROOT, 'data', 'resume.json'), 'utf8');
    writeFileSync(file, original);
    const server = await startServer({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApi,
      RESUME_FILE: file,
      RESUME_RELOAD: 'true',
    });
    writeFileSync(file, original.replaceAll('Netflix', 'Initech'));
    await server.until('"event":"resume_reloaded"');
    writeFileSync(file, original.replace('"startDate": "2021-11"', '"startDate": "2021-13"'));
    await server.until('"event":"resume_reload_refused"');
    expect(server.logs()).toContain('work[0].startDate');
  });

  it('given SIGINT (Ctrl-C in the terminal running npm start), stops cleanly and exits 0', async () => {
    const server = await startServer({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slackApi });
    // Asked on a connection that closes with the answer: fetch would keep it open, and a clean stop
    // would then wait out the drain deadline, racing the shutdown backstop on a busy machine.
    const health = await RawConnection.open(server.port);
    await health.write(requestHead('GET', '/healthz', { connection: 'close' }));
    expect((await health.response())?.status).toBe(200);
    await health.closedByServer();
    child!.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.logs()).toContain('"event":"stopping"');
    expect(server.logs()).toContain('"event":"stopped"');
  });

  it('given a platform still starting, /healthz answers 503 until the bot is ready, then 200', async () => {
    // The port is chosen here: the bot listens before any platform starts, but logs its port only once started.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const slow = new FakeSlack({ botToken: BOT_TOKEN });
    await slow.start();
    const authTest = slow.holdNext('auth.test');
    try {
      const starting = startServer({
        PORT: String(port),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: `${slow.apiUrl}/`,
      });
      // Slack's start is held at auth.test: the server is listening, the bot is not ready.
      await authTest.arrived;
      const before = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(before.status).toBe(503);
      authTest.release();
      const server = await starting;
      expect(server.port).toBe(port);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      authTest.release();
      child?.kill('SIGKILL');
      await slow.stop();
    }
  });

  it('given SIGTERM, stops cleanly and exits 0', async () => {
    const server = await startServer({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slackApi });
    child!.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.logs()).toContain('"event":"stopped"');
  });

  it('given a token Slack refuses, exits 1 naming the setting to check', async () => {
    // The fake knows another token, so it answers auth.test as Slack would: invalid_auth.
    const refusing = new FakeSlack({ botToken: 'xoxb-the-one-slack-knows' });
    await refusing.start();
    try {
      const proc = spawn(process.execPath, [MAIN], {
        cwd: box.dir,
        env: {
          PATH: process.env.PATH ?? '',
          HOST: '127.0.0.1',
          PORT: '0',
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: `${refusing.apiUrl}/`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let stderr = '';
      proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain('invalid_auth');
      expect(stderr).toContain('SLACK_BOT_TOKEN');
      expect(stderr).not.toContain(BOT_TOKEN);
    } finally {
      await refusing.stop();
    }
  });
});
