/**
 * Discord figures (issue 4). The bot runs in a child process (src/bench/discord-child.ts)
 * with the Discord adapter (gateway + HTTP interactions) and Slack's (HTTP mode) on one
 * HTTP server; the fakes (Discord REST + gateway, Slack Web API) run here, on loopback.
 *  - interaction-to-callback latency over the gateway: from the fake sending INTERACTION_CREATE
 *    to the fake having the whole callback POST (p50/p99; floor p99 ≤ 5 ms), split into the
 *    time spent answering (query layer, timed in the child) and the rest (adapter, discord.js,
 *    loopback);
 *  - the same traffic with one precomputed answer, to show the adapters' cost alone;
 *  - HTTP interactions: signed POST to /discord/interactions → response (no floor);
 *  - peak RSS of the child after Discord gateway, Discord HTTP and Slack HTTP traffic
 *    (floor ≤ 150 MB), and the same with the precomputed answer.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './core.js';
import { startFlags } from './flags.js';
import type { ChildMessage, ChildSettings } from './discord-child.js';
import { autocompleteInteraction, commandInteraction, fakeUser, snowflake, startFakeDiscord, type FakeDiscord } from './fake-discord.js';

const here = dirname(fileURLToPath(import.meta.url));
const WARMUP = 300;
const GATEWAY_SAMPLES = 3000;
const HTTP_SAMPLES = 1000;
const SLACK_REQUESTS = 1000;
const P99_FLOOR_MS = 5;
const RSS_FLOOR_MB = 150;
const SLACK_SECRET = 'bench-slack-signing-secret';
const CHANNEL_ID = snowflake();

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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function ms(value: number, floor?: number): Figure {
  const figure: Figure = { value: Math.round(value * 1000) / 1000, unit: 'ms' };
  if (floor !== undefined) {
    figure.floor = `≤ ${floor} ms`;
    figure.pass = value <= floor;
  }
  return figure;
}

/** A Slack Web API that says ok to everything (auth.test at start, response_url posts). */
async function startFakeSlackApi(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, user_id: 'UBENCH', bot_id: 'BBENCH', team_id: 'TBENCH', user: 'resume-bot', team: 'bench' }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api` };
}

function nextMessage<T extends ChildMessage['type']>(child: ChildProcess, type: T): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`bench child exited (${code}) before sending ${type}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function gatewayLatencies(fake: FakeDiscord, guildId: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  const user = fakeUser();
  // One channel, as in a real server (a new channel per interaction would grow discord.js's channel cache).
  const channelId = CHANNEL_ID;
  for (let i = 0; i < count; i++) {
    const base = { applicationId: fake.applicationId, user, guildId, channelId };
    const interaction =
      i % 4 === 3
        ? autocompleteInteraction({ ...base, name: TYPING[i % TYPING.length]![0], partial: TYPING[i % TYPING.length]![1] })
        : commandInteraction({ ...base, name: QUESTIONS[i % QUESTIONS.length]![0], ...(QUESTIONS[i % QUESTIONS.length]![1] ? { query: QUESTIONS[i % QUESTIONS.length]![1] } : {}) });
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

async function httpLatencies(url: string, key: ReturnType<typeof generateKeyPairSync>['privateKey'], fake: FakeDiscord, guildId: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  const user = fakeUser();
  for (let i = 0; i < count; i++) {
    const [name, query] = QUESTIONS[i % QUESTIONS.length]!;
    const body = JSON.stringify(commandInteraction({ applicationId: fake.applicationId, user, guildId, channelId: CHANNEL_ID, name, ...(query ? { query } : {}) }));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), key).toString('hex');
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`HTTP interaction answered ${res.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function slackTraffic(url: string, count: number, responseUrl: string): Promise<number> {
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const [name, query] = QUESTIONS[i % QUESTIONS.length]!;
    const body = new URLSearchParams({
      token: 'x',
      team_id: 'TBENCH',
      team_domain: 'bench',
      channel_id: 'CBENCH',
      channel_name: 'general',
      user_id: `U${i % 50}`,
      user_name: 'bench',
      command: `/${name}`,
      text: query ?? '',
      api_app_id: 'ABENCH',
      response_url: responseUrl,
      trigger_id: `${i}.bench`,
    }).toString();
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
    });
    await res.arrayBuffer();
    if (res.status !== 200) errors += 1;
  }
  return errors;
}

interface RunResult {
  gateway: number[];
  /** Per gateway sample: the part spent answering (query layer), aligned with `gateway`. */
  answering: number[];
  http: number[];
  slack: boolean;
  slackErrors: number | null;
  slackError?: string;
  peakRssMb: number;
}

/** One child process under the whole traffic: Discord gateway, Discord HTTP, Slack HTTP. */
async function run(fixedAnswer: boolean): Promise<RunResult> {
  const guildId = snowflake();
  const fake = await startFakeDiscord({ guildIds: [guildId] });
  const slackApi = await startFakeSlackApi();
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const settings: ChildSettings = {
    discord: {
      token: fake.token,
      applicationId: fake.applicationId,
      publicKey: der.subarray(der.length - 32).toString('hex'),
      apiUrl: fake.apiUrl,
      allowedGuilds: [],
    },
    slack: { botToken: 'xoxb-bench', signingSecret: SLACK_SECRET, apiUrl: slackApi.url, allowedTeams: [] },
    privateFields: ['basics.phone'],
    fixedAnswer,
  };
  const child = fork(join(here, 'discord-child.js'), [], {
    execArgv: startFlags(),
    env: { ...process.env, BENCH_DISCORD_CHILD: JSON.stringify(settings) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = async <T extends ChildMessage['type']>(type: T) => {
    const reply = nextMessage(child, type);
    child.send({ type });
    return reply;
  };
  try {
    const ready = await nextMessage(child, 'ready');
    const base = `http://127.0.0.1:${ready.port}`;

    await gatewayLatencies(fake, guildId, WARMUP);
    await ask('timings');
    const gateway = await gatewayLatencies(fake, guildId, GATEWAY_SAMPLES);
    const { answeringMs } = await ask('timings');
    await httpLatencies(`${base}/discord/interactions`, privateKey, fake, guildId, WARMUP);
    const http = await httpLatencies(`${base}/discord/interactions`, privateKey, fake, guildId, HTTP_SAMPLES);
    const slackErrors = ready.slack ? await slackTraffic(`${base}/slack/events`, SLACK_REQUESTS, `${slackApi.url}/response`) : null;
    const memory = await ask('memory');
    if (answeringMs.length !== gateway.length) throw new Error(`bench: ${answeringMs.length} answer timings for ${gateway.length} interactions`);
    return {
      gateway,
      answering: answeringMs,
      http,
      slack: ready.slack,
      slackErrors,
      ...(ready.slackError ? { slackError: ready.slackError } : {}),
      peakRssMb: memory.maxRssBytes / 1024 / 1024,
    };
  } finally {
    child.send({ type: 'stop' });
    await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    if (child.exitCode === null) child.kill();
    await fake.close();
    slackApi.server.closeAllConnections();
    await new Promise<void>((resolve) => slackApi.server.close(() => resolve()));
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const mb = (value: number): Figure => ({ value: Math.round(value * 10) / 10, unit: 'MB' });

export async function benchDiscord(): Promise<Record<string, unknown>> {
  const real = await run(false);
  const fixed = await run(true);
  const gateway = sorted(real.gateway);
  const overhead = sorted(real.gateway.map((total, i) => total - real.answering[i]!));
  const answering = sorted(real.answering);
  const fixedGateway = sorted(fixed.gateway);
  const http = sorted(real.http);
  const flags = startFlags();
  const together = `${
    real.slack
      ? `Slack (HTTP, ${SLACK_REQUESTS} commands, ${real.slackErrors} errors) + Discord (gateway + HTTP interactions) in one process`
      : `Discord alone: the Slack adapter did not start (${real.slackError ?? 'not available'})`
  }; node flags: ${flags.length ? flags.join(' ') : 'none (as npm start)'}`;

  return {
    gateway_interaction_to_callback: {
      samples: GATEWAY_SAMPLES,
      p50: ms(percentile(gateway, 50)),
      p99: ms(percentile(gateway, 99), P99_FLOOR_MS),
      max: ms(gateway.at(-1)!),
      'answering (query layer) p50': ms(percentile(answering, 50)),
      'answering (query layer) p99': ms(percentile(answering, 99)),
      'adapter + discord.js + loopback p50': ms(percentile(overhead, 50)),
      'adapter + discord.js + loopback p99': ms(percentile(overhead, 99)),
    },
    gateway_fixed_answer: {
      p50: ms(percentile(fixedGateway, 50)),
      p99: ms(percentile(fixedGateway, 99)),
    },
    http_interaction_request_to_response: {
      samples: HTTP_SAMPLES,
      p50: ms(percentile(http, 50)),
      p99: ms(percentile(http, 99)),
    },
    peak_rss: {
      ...mb(real.peakRssMb),
      floor: `≤ ${RSS_FLOOR_MB} MB`,
      pass: real.peakRssMb <= RSS_FLOOR_MB,
      note: together,
    } satisfies Figure,
    peak_rss_fixed_answer: { ...mb(fixed.peakRssMb), note: 'same adapters and traffic, one precomputed answer (no query work)' } satisfies Figure,
  };
}
