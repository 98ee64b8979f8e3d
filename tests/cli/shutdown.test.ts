/**
 * Graceful shutdown of the real process (`node dist/src/main.js`, what `npm start` runs):
 * SIGTERM while replies are still on their way to Slack. The fake Web API holds every
 * chat.postMessage until the test releases it, so "in flight" is a fact, not a timing.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, MAIN, sandbox, type Sandbox } from './run.js';
import { BOT_USER_ID, FakeSlack, type HeldCall } from '../fakes/slack.js';
import { slackSignedHeaders } from '../fakes/slack-signing.js';
import { RawConnection, requestHead } from '../helpers/raw-http.js';

const SIGNING_SECRET = 'shutdown-test-signing-secret';

let box: Sandbox;
let slack: FakeSlack;
let apiUrl: string;

beforeAll(async () => {
  ensureBuilt();
  box = sandbox();
  slack = new FakeSlack({ botToken: 'xoxb-shutdown-test' });
  await slack.start();
  apiUrl = `${slack.apiUrl}/`;
});

afterAll(async () => {
  await slack.stop();
  box.remove();
});

function eventBody(text: string, ts: string): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `Ev${ts.replace('.', '')}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', user: 'U0ASKER01', text: `<@${BOT_USER_ID}> ${text}`, ts, channel: 'C0CHAN001', event_ts: ts },
  });
}

/** Sends a signed event on `connection`; resolves with the answer's status. */
async function sendEvent(
  connection: RawConnection,
  text: string,
  ts: string,
  extra: Record<string, string> = {},
): Promise<number | undefined> {
  const body = eventBody(text, ts);
  const headers = { ...slackSignedHeaders(SIGNING_SECRET, body, { contentType: 'application/json' }), ...extra };
  await connection.write(requestHead('POST', '/slack/events', { ...headers, 'content-length': Buffer.byteLength(body) }) + body);
  return (await connection.response())?.status;
}

/**
 * A signed event on a connection of its own that closes with the answer: no idle connection is
 * left to hold the server open, so only the replies in flight can keep the process from exiting.
 */
async function signedEvent(port: number, text: string, ts: string): Promise<number | undefined> {
  const connection = await RawConnection.open(port);
  const status = await sendEvent(connection, text, ts, { connection: 'close' });
  await connection.closedByServer();
  return status;
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
        // Deadlines far beyond what the test takes between SIGTERM and releasing the replies (a busy
        // machine took longer than the 3.5 s drain): here it is the released replies that end the stop.
        SHUTDOWN_DRAIN_MS: '30000',
        SHUTDOWN_TIMEOUT_MS: '40000',
        HTTP_REQUEST_TIMEOUT_MS: '60000',
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

      // The fake holds every reply until released: they are in flight for as long as the test says.
      const held: HeldCall[] = [0, 1, 2].map(() => slack.holdNext('chat.postMessage'));
      const questions = ['what did he do at netflix?', 'does he know kubernetes?', 'where did he study?'];
      const acks = await Promise.all(questions.map((q, i) => signedEvent(port, q, `1700000000.00010${i}`)));
      expect(acks).toEqual([200, 200, 200]);
      const posts = await Promise.all(held.map((h) => h.arrived));
      // Connected before the signal (a new connection is refused once stopping has begun), used after it.
      const lateConnection = await RawConnection.open(port);

      proc.kill('SIGTERM');
      await logged('"event":"stopping"');

      // Stopping: new work is turned away while the three replies are still pending.
      expect(await sendEvent(lateConnection, 'who is he?', '1700000000.000199')).toBe(503);
      expect(exitedAt).toBeNull();
      // The Slack adapter has not finished stopping: its drain still waits for the three replies (a
      // drain that let go at once logs this in the same turn as "stopping", before the 503 above).
      expect(stderr).not.toContain('"event":"slack_stopped"');
      const beforeRelease = stderr.length;

      released = true;
      for (const post of held) post.release();
      expect(await exited).toBe(0);
      expect(exitedAt).toBe('after-release');
      expect(held.every((h) => h.answered)).toBe(true);
      expect(slack.callsTo('chat.postMessage')).toHaveLength(3);
      const replies = posts.map((p) => String(p.body.text));
      expect(replies.some((t) => t.includes('Netflix'))).toBe(true);
      expect(replies.some((t) => /kubernetes/i.test(t))).toBe(true);
      expect(posts.every((p) => p.body.thread_ts !== undefined)).toBe(true);
      expect(stderr.indexOf('"event":"slack_stopped"', beforeRelease)).toBeGreaterThan(-1);
      expect(stderr).toContain('"event":"stopped"');
    } finally {
      proc.kill('SIGKILL');
    }
  });
});
