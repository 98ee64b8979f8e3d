/**
 * The process `npm start` runs, with Slack in HTTP mode and Discord HTTP interactions on one
 * port, tried from outside the way an attacker (or an unlucky deploy) would: forged uploads of
 * 4 MB, signed bodies of the wrong shape, requests during start-up and during shutdown.
 * Everything is ordered by events (log lines, responses, a held Slack call), never by time.
 */
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders, signingKey } from '../fakes/discord-signing.js';
import { FakeSlack } from '../fakes/slack.js';
import { slackSignedHeaders } from '../fakes/slack-signing.js';
import { RawConnection, requestHead } from '../helpers/raw-http.js';
import { SLACK_MAX_BODY_BYTES } from '../../src/slack/intake.js';
import { startBot, type BotProcess } from './bot-process.js';
import { ensureBuilt, sandbox, type Sandbox } from './run.js';

const SIGNING_SECRET = 'hostile-http-signing-secret';
const key = signingKey();
let box: Sandbox;
let fake: FakeSlack;
const running: BotProcess[] = [];

beforeAll(async () => {
  ensureBuilt();
  box = sandbox();
  fake = new FakeSlack();
  await fake.start();
});
afterEach(() => {
  for (const bot of running.splice(0)) bot.kill();
});
afterAll(async () => {
  await fake.stop();
  box.remove();
});

const env = (extra: Record<string, string> = {}) => ({
  SLACK_BOT_TOKEN: fake.botToken,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: fake.apiUrl,
  DISCORD_PUBLIC_KEY: key.publicKeyHex,
  DISCORD_APPLICATION_ID: '123456789012345678',
  ...extra,
});

function launch(extra?: Record<string, string>): BotProcess {
  const bot = startBot(box, env(extra));
  running.push(bot);
  return bot;
}

/** The port from the "started" line (which every version of the bot logs once ready). */
async function startedPort(bot: BotProcess): Promise<number> {
  await bot.until('"event":"started"');
  return Number(bot.lines().find((l) => l.event === 'started')!.port);
}

/** A port nothing listens on now (for a process that must be reached before it says where it listens). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const now = () => Math.floor(Date.now() / 1000);

function slackRequest(body: string, contentType = 'application/x-www-form-urlencoded'): string {
  return (
    requestHead('POST', '/slack/events', {
      ...slackSignedHeaders(SIGNING_SECRET, body, { contentType }),
      'content-length': Buffer.byteLength(body),
    }) + body
  );
}

const slashCommand = (text: string) =>
  new URLSearchParams({
    command: '/skills',
    text,
    user_id: 'U0ASKER01',
    team_id: 'T0TEAM001',
    channel_id: 'C0CHAN001',
    response_url: `${fake.apiUrl}/none`,
  }).toString();

async function ask(port: number, request: string) {
  const c = await RawConnection.open(port);
  try {
    await c.write(request);
    return await c.response();
  } finally {
    c.destroy();
  }
}

describe('one running process, Slack and Discord on one port', () => {
  let bot: BotProcess;
  let port: number;
  beforeAll(async () => {
    // No timeout is under test here: on a busy machine the bot once took over 5 s (the default) to read
    // the headers of one of 150 connections it had accepted at once, and answered it 408, not 413.
    bot = startBot(box, env({ HTTP_REQUEST_TIMEOUT_MS: '60000' }));
    port = await startedPort(bot);
  });
  afterAll(() => bot.kill());

  it('given 150 connections announcing 4 MB bodies with a forged signature and a fresh timestamp, answers each 413 with Connection: close before the body is sent, and an honest request meanwhile', async () => {
    const forged = await Promise.all(
      Array.from({ length: 150 }, async (_, i) => {
        const c = await RawConnection.open(port);
        const path = i % 2 === 0 ? '/slack/events' : '/discord/interactions';
        const headers: Record<string, string | number> =
          path === '/slack/events'
            ? { 'x-slack-request-timestamp': now(), 'x-slack-signature': `v0=${'0'.repeat(64)}` }
            : { 'x-signature-timestamp': now(), 'x-signature-ed25519': '0'.repeat(128) };
        await c.write(requestHead('POST', path, { 'content-type': 'application/json', 'content-length': 4 * 1024 * 1024, ...headers }));
        // The first 64 KB of the body; the rest (all but the last byte) would follow if the server read on.
        await c.write(Buffer.alloc(64 * 1024, 0x61));
        return c;
      }),
    );
    try {
      const honest = await ask(port, slackRequest(slashCommand('kubernetes')));
      expect(honest?.status).toBe(200);
      expect(honest?.body).toMatch(/Kubernetes/);
      for (const c of forged) {
        const res = await c.response();
        expect(res?.status).toBe(413);
        expect(res?.headers.connection).toBe('close');
        await c.closedByServer();
      }
    } finally {
      for (const c of forged) c.destroy();
    }
  });

  it('given a signed Slack request over the size limit on a kept-alive connection, answers 413 and closes that connection instead of leaving it hung', async () => {
    const c = await RawConnection.open(port);
    try {
      await c.write(requestHead('GET', '/healthz'));
      expect((await c.response())?.status).toBe(200);
      // Just over the limit, as a client that misjudged it would send (a stranger's far larger body is cut at once).
      const body = `${slashCommand('k8s')}&pad=${'x'.repeat(SLACK_MAX_BODY_BYTES)}`;
      await c.write(slackRequest(body));
      const res = await c.response();
      expect(res?.status).toBe(413);
      expect(res?.headers.connection).toBe('close');
      await c.closedByServer();
    } finally {
      c.destroy();
    }
  });

  it('given correctly signed bodies of the wrong shape (payload=null, null, a string, an event that is not an object), answers 400 each time and keeps serving', async () => {
    const wrong: Array<[string, string]> = [
      ['payload=null', 'application/x-www-form-urlencoded'],
      ['null', 'application/json'],
      ['"event_callback"', 'application/json'],
      ['{"type":"event_callback","event":"app_mention"}', 'application/json'],
      ['{"type":"event_callback","event":{"type":"app_mention","channel":5,"user":"U1","text":"hi","ts":"1.2"}}', 'application/json'],
      [`payload=${encodeURIComponent('{"type":"block_actions","user":null,"actions":[]}')}`, 'application/x-www-form-urlencoded'],
      ['command=%2Fskills&command=%2Fabout&user_id=U1&team_id=T1', 'application/x-www-form-urlencoded'],
    ];
    for (const [body, type] of wrong) {
      const res = await ask(port, slackRequest(body, type));
      expect(res?.status, body).toBe(400);
    }
    const discordNull = signedHeaders(key, 'null');
    const res = await fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: 'POST', body: 'null', headers: discordNull });
    expect(res.status).toBe(400);
    // Still the same process, still serving.
    expect((await ask(port, slackRequest(slashCommand('kafka'))))?.status).toBe(200);
    expect(bot.child.exitCode).toBeNull();
  });
});

describe('start-up', () => {
  it('given requests before the platforms are up, answers their paths 503 with Retry-After and unknown paths 404', async () => {
    const held = fake.holdNext('auth.test');
    const port = await freePort();
    const bot = launch({ PORT: String(port) });
    try {
      // auth.test comes after the server listens: from here on it answers.
      await held.arrived;
      const slack = await ask(port, slackRequest(slashCommand('k8s')));
      expect(slack?.status).toBe(503);
      expect(slack?.headers['retry-after']).toBe('1');
      const discord = await ask(port, requestHead('POST', '/discord/interactions', { 'content-length': 0 }));
      expect(discord?.status).toBe(503);
      expect((await ask(port, requestHead('GET', '/nowhere')))?.status).toBe(404);
      expect((await ask(port, requestHead('GET', '/healthz')))?.status).toBe(503);
    } finally {
      held.release();
      bot.kill();
    }
  });

  it('given SIGTERM while a platform is still starting, never logs "started", and exits 0', async () => {
    const held = fake.holdNext('auth.test');
    const bot = launch();
    await held.arrived;
    bot.child.kill('SIGTERM');
    await bot.until('"event":"stopping"');
    // Slack answers the start-up call only now: the process must not go on to "started".
    held.release();
    expect(await bot.exited).toBe(0);
    const events = bot.lines().map((l) => l.event);
    expect(events).toContain('stopped');
    expect(events).not.toContain('started');
  });
});

describe('shutdown', () => {
  it('given SIGTERM with a request half sent, closes it at the drain deadline and exits 0', async () => {
    // The drain's deadline is what is under test: a short one, and a stop timeout far beyond it (at
    // 3.5 s and 4.8 s, a busy machine let the timeout fire first); the request timeout later still, so
    // that only the drain can close the half-sent request before the stop times out.
    const bot = launch({ SHUTDOWN_DRAIN_MS: '500', SHUTDOWN_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '60000' });
    const port = await startedPort(bot);
    const half = await RawConnection.open(port);
    const request = slackRequest(slashCommand('kubernetes'));
    await half.write(request.slice(0, request.length - 20));
    // A whole request on another connection, answered: the half one was read before it.
    expect((await ask(port, requestHead('GET', '/healthz')))?.status).toBe(200);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(await half.closedByServer()).toBeTruthy();
    expect(bot.lines().map((l) => l.event)).not.toContain('stop_timeout');
  });

  it('given a kept-alive connection, answers a request sent on it just after SIGTERM with 503 and Connection: close, not a reset', async () => {
    // A drain far longer than this test takes to send its request, so the request always comes within it
    // (with 3.5 s, a busy machine could be slower and see the drain's deadline close the connection first).
    const bot = launch({ SHUTDOWN_DRAIN_MS: '30000', SHUTDOWN_TIMEOUT_MS: '40000' });
    const port = await startedPort(bot);
    const c = await RawConnection.open(port);
    await c.write(requestHead('GET', '/healthz'));
    expect((await c.response())?.status).toBe(200);
    bot.child.kill('SIGTERM');
    await bot.until('"event":"stopping"');
    await c.write(slackRequest(slashCommand('k8s')));
    const res = await c.response();
    expect(res?.status).toBe(503);
    expect(res?.headers.connection).toBe('close');
    expect(await c.closedByServer()).toBe('end');
    expect(await bot.exited).toBe(0);
  });
});
