/**
 * The measuring side of the Discord bench, in a process of its own: the fake Discord (REST +
 * gateway) and the fake Slack Web API, and the traffic, timed here. Nothing else runs in this
 * process while it measures, so its own pauses (a scavenge of a small heap) stay small; in the
 * bench's main process the fakes shared a heap with everything the bench had done before, and
 * its collections (up to ~12 ms) were charged to the bot's latency.
 *
 * Protocol (IPC with bench/discord.ts): sends `fakes` once listening; on `run` (the bot's
 * port) sends the traffic's phase boundaries (`phase`, answered with `continue`) and then the
 * `result`; on `stop` closes and exits.
 */
import { Agent, request } from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';
import {
  autocompleteInteraction,
  commandInteraction,
  fakeUser,
  snowflake,
  startFakeDiscord,
  type FakeDiscord,
  type FakeUser,
} from '../tests/fakes/discord.js';
import { signedHeaders, signingKey, type SigningKey } from '../tests/fakes/discord-signing.js';
import { signedSlashCommand, startFakeApi } from './slack.js';

export const WARMUP = 300;
export const GATEWAY_SAMPLES = 3000;
export const HTTP_SAMPLES = 1000;
export const SLACK_REQUESTS = 1000;
export const SLACK_SECRET = 'bench-slack-signing-secret';
/** Users the interactions come from, in turn: each asks about once every 10 s at most, inside the default rate limit. */
const USERS = 5000;

/** What people ask, by command and query; autocomplete keystrokes are mixed in. */
const QUESTIONS: Array<[string, string | undefined]> = [
  ['experience', 'netflix'],
  ['experience', undefined],
  ['experience', '2015'],
  ['experience', 'current'],
  ['experience', 'netflx'],
  ['skills', 'kubernetes'],
  ['skills', 'k8s'],
  ['skills', undefined],
  ['projects', 'flamescope'],
  ['projects', undefined],
  ['education', undefined],
  ['contact', undefined],
  ['about', undefined],
  ['resume', 'what did he do at netflix?'],
  ['resume', 'does he know terraform?'],
  ['resume', 'zzzz nothing matches this'],
];
const TYPING: Array<[string, string]> = [
  ['experience', 'ne'],
  ['experience', 'netf'],
  ['skills', 'kub'],
  ['projects', 'fla'],
  ['resume', 'p'],
];

export interface FakesReady {
  type: 'fakes';
  token: string;
  applicationId: string;
  publicKeyHex: string;
  discordApiUrl: string;
  slackApiUrl: string;
}

export type DriverMessage =
  | FakesReady
  | { type: 'phase'; phase: 'gateway' | 'gateway-done' }
  | { type: 'result'; gateway: number[]; http: number[]; slackErrors: number; driverGc: { count: number; maxMs: number } };

export type ParentMessage = { type: 'run'; port: number } | { type: 'continue' } | { type: 'stop' };

/** Many users taking turns (a user object per id, made once). */
function userPool(): () => FakeUser {
  const users = Array.from({ length: USERS }, (_, i) => fakeUser(`user${i}`));
  let next = 0;
  return () => users[next++ % users.length]!;
}

async function gatewayLatencies(
  fake: FakeDiscord,
  guildId: string,
  channelId: string,
  count: number,
  nextUser: () => FakeUser,
): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const base = { applicationId: fake.applicationId, user: nextUser(), guildId, channelId };
    const [name, query] = QUESTIONS[i % QUESTIONS.length]!;
    const interaction =
      i % 4 === 3
        ? autocompleteInteraction({ ...base, name: TYPING[i % TYPING.length]![0], partial: TYPING[i % TYPING.length]![1] })
        : commandInteraction({ ...base, name, ...(query ? { query } : {}) });
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    const from = fake.requests.length;
    const sentAt = fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await fake.waitFor((r) => r.path === path, { from });
    latencies.push(callback.receivedAt - sentAt);
    // The fake keeps every request for assertions; here they would only make work for this process's GC.
    fake.requests.length = 0;
  }
  return latencies;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One POST over a kept-alive connection: status and the time to the whole answer. */
function post(port: number, path: string, body: string, headers: Record<string, string>): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function httpLatencies(
  port: number,
  key: SigningKey,
  fake: FakeDiscord,
  guildId: string,
  channelId: string,
  count: number,
  nextUser: () => FakeUser,
): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const [name, query] = QUESTIONS[i % QUESTIONS.length]!;
    const body = JSON.stringify(
      commandInteraction({ applicationId: fake.applicationId, user: nextUser(), guildId, channelId, name, ...(query ? { query } : {}) }),
    );
    const r = await post(port, '/discord/interactions', body, signedHeaders(key, body));
    if (r.status !== 200) throw new Error(`HTTP interaction answered ${r.status}`);
    latencies.push(r.ms);
    fake.requests.length = 0;
  }
  return latencies;
}

async function slackTraffic(port: number, count: number, responseUrl: string): Promise<number> {
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const [name, query] = QUESTIONS[i % QUESTIONS.length]!;
    const { body, headers } = signedSlashCommand({
      command: `/${name}`,
      text: query ?? '',
      userId: `U${i}`,
      trigger: i,
      secret: SLACK_SECRET,
      responseUrl,
    });
    const r = await post(port, '/slack/events', body, headers);
    if (r.status !== 200) errors += 1;
  }
  return errors;
}

async function main(): Promise<void> {
  const guildId = snowflake();
  const channelId = snowflake();
  const fake = await startFakeDiscord({ guildIds: [guildId] });
  const slackApi = await startFakeApi();
  const key = signingKey();
  const send = (message: DriverMessage) => process.send!(message);
  let proceed: (() => void) | null = null;
  const phase = (name: 'gateway' | 'gateway-done') =>
    new Promise<void>((resolve) => {
      proceed = resolve;
      send({ type: 'phase', phase: name });
    });

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'continue') proceed?.();
    else if (message.type === 'stop') {
      void Promise.all([fake.close(), slackApi.stop()]).finally(() => process.exit(0));
    } else if (message.type === 'run') {
      void (async () => {
        const nextUser = userPool();
        await gatewayLatencies(fake, guildId, channelId, WARMUP, nextUser);
        await phase('gateway');
        // This process's own collections while it times the gateway: they would show in the latencies.
        const pauses: number[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => pauses.push(e.duration)));
        observer.observe({ entryTypes: ['gc'] });
        const gateway = await gatewayLatencies(fake, guildId, channelId, GATEWAY_SAMPLES, nextUser);
        observer.disconnect();
        await phase('gateway-done');
        await httpLatencies(message.port, key, fake, guildId, channelId, WARMUP, nextUser);
        const http = await httpLatencies(message.port, key, fake, guildId, channelId, HTTP_SAMPLES, nextUser);
        const slackErrors = await slackTraffic(message.port, SLACK_REQUESTS, slackApi.responseUrl('bench'));
        agent.destroy();
        send({ type: 'result', gateway, http, slackErrors, driverGc: { count: pauses.length, maxMs: Math.max(0, ...pauses) } });
      })().catch((error: unknown) => {
        process.stderr.write(`discord bench driver failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
      });
    }
  });
  send({
    type: 'fakes',
    token: fake.token,
    applicationId: fake.applicationId,
    publicKeyHex: key.publicKeyHex,
    discordApiUrl: fake.apiUrl,
    slackApiUrl: slackApi.apiUrl,
  });
}

if (process.send && process.env.RESUME_BOT_DISCORD_DRIVER === '1') void main();
