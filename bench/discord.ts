/**
 * Discord figures. The bot runs as `npm start` runs it — dist/src/main.js with npm
 * start's node flags, settings from the environment, logs at the default level into a file —
 * with Discord (gateway + HTTP interactions) and Slack (HTTP mode) in one process on one HTTP
 * server; the fakes (Discord REST + gateway, Slack Web API) and the clock run in a third process
 * (bench/discord-driver.ts), on loopback. Interactions come from 5,000 users in turn, as in
 * a real server, so none is a rate-limit refusal.
 *  - interaction-to-callback latency over the gateway: from the fake sending INTERACTION_CREATE
 *    to the fake having the whole callback POST (p50/p99; floor p99 ≤ 5 ms); the time spent
 *    answering is read from the bot's own request log lines (commands; autocomplete is not logged);
 *  - the same traffic against bench/discord-child.ts with one precomputed answer, to show
 *    the adapters' cost alone (diagnostic);
 *  - HTTP interactions: signed POST to /discord/interactions → response (no floor);
 *  - peak RSS of the bot after Discord gateway, Discord HTTP and Slack HTTP traffic
 *    (floor ≤ 150 MB), and the same with the precomputed answer.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './core.js';
import type { ChildMessage, ChildSettings } from './discord-child.js';
import {
  GATEWAY_SAMPLES,
  HTTP_SAMPLES,
  SLACK_REQUESTS,
  SLACK_SECRET,
  type DriverMessage,
  type FakesReady,
  type ParentMessage,
} from './discord-driver.js';
import { startFlags } from './flags.js';
import { percentile } from './load.js';
import { memoryMb, startBot } from './slack.js';

const here = dirname(fileURLToPath(import.meta.url));
const P99_FLOOR_MS = 5;
const RSS_FLOOR_MB = 150;

function ms(value: number, floor?: number): Figure {
  const figure: Figure = { value: Math.round(value * 1000) / 1000, unit: 'ms' };
  if (floor !== undefined) {
    figure.floor = `≤ ${floor} ms`;
    figure.pass = value <= floor;
  }
  return figure;
}

function nextMessage<M extends { type: string }, T extends M['type']>(child: ChildProcess, type: T): Promise<Extract<M, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: M) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<M, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`bench child exited (${code}) before sending ${type}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

interface RunResult {
  gateway: number[];
  /** Time spent answering gateway commands (the bot's request log lines), ms; empty for the fixed answer. */
  answering: number[];
  http: number[];
  slackErrors: number;
  peakRssMb: number;
  driverGc: { count: number; maxMs: number };
  /** RSS (MB) when started and after the gateway phase (Linux; NaN elsewhere). */
  rssAtStartMb: number;
  rssAfterGatewayMb: number;
}

interface Driver {
  fakes: FakesReady;
  /** Runs the traffic against the bot on `port`; `onPhase` runs at each boundary before the traffic goes on. */
  run(
    port: number,
    onPhase?: (phase: 'gateway' | 'gateway-done') => Promise<void> | void,
  ): Promise<Omit<Extract<DriverMessage, { type: 'result' }>, 'type'>>;
  stop(): Promise<void>;
}

async function startDriver(): Promise<Driver> {
  const child = fork(join(here, 'discord-driver.js'), [], {
    execArgv: [],
    env: { ...process.env, RESUME_BOT_DISCORD_DRIVER: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const fakes = await nextMessage<DriverMessage, 'fakes'>(child, 'fakes');
  const send = (message: ParentMessage) => child.send(message);
  return {
    fakes,
    async run(port, onPhase) {
      const onMessage = (message: DriverMessage) => {
        if (message.type !== 'phase') return;
        void Promise.resolve(onPhase?.(message.phase)).then(() => send({ type: 'continue' }));
      };
      child.on('message', onMessage);
      try {
        const result = nextMessage<DriverMessage, 'result'>(child, 'result');
        send({ type: 'run', port });
        return await result;
      } finally {
        child.off('message', onMessage);
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      send({ type: 'stop' });
      await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      if (child.exitCode === null) child.kill();
    },
  };
}

/** The bot as npm start runs it, with Discord (gateway + HTTP interactions) and Slack (HTTP) configured. */
async function runBot(): Promise<RunResult> {
  const driver = await startDriver();
  const { fakes } = driver;
  const dir = mkdtempSync(join(tmpdir(), 'resume-bot-discord-bench-'));
  const logFile = join(dir, 'bot.log');
  try {
    const bot = await startBot(
      {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: fakes.token,
        DISCORD_APPLICATION_ID: fakes.applicationId,
        DISCORD_PUBLIC_KEY: fakes.publicKeyHex,
        DISCORD_API_URL: fakes.discordApiUrl,
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_SIGNING_SECRET: SLACK_SECRET,
        SLACK_API_URL: fakes.slackApiUrl,
        HOST: '127.0.0.1',
        PORT: '0',
        // main.js writes its peak RSS to stderr on exit (getrusage): the high-water mark of the whole run.
        RESUME_BOT_REPORT_MAXRSS: '1',
        ...(process.env.RESUME_FILE ? { RESUME_FILE: process.env.RESUME_FILE } : {}),
        ...(process.env.ALIASES_FILE ? { ALIASES_FILE: process.env.ALIASES_FILE } : {}),
      },
      logFile,
    );
    try {
      const requestLines = () =>
        readFileSync(logFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('"event":"request"') && l.includes('"platform":"discord"'));
      let linesBefore = 0;
      let answering: number[] = [];
      const rssAtStartMb = memoryMb(bot.child.pid)?.rss ?? Number.NaN;
      let rssAfterGatewayMb = Number.NaN;
      const result = await driver.run(bot.port, async (phase) => {
        // Log lines are written once per event-loop turn: give the last ones a moment.
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (phase === 'gateway') linesBefore = requestLines().length;
        else {
          answering = requestLines()
            .slice(linesBefore)
            .map((l) => (JSON.parse(l) as { latencyMs: number }).latencyMs);
          rssAfterGatewayMb = memoryMb(bot.child.pid)?.rss ?? Number.NaN;
        }
      });
      await bot.stop();
      const maxrss = /maxrss_kb=(\d+)/.exec(readFileSync(logFile, 'utf8'));
      if (!maxrss) throw new Error(`bench: the bot did not report its peak RSS:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
      return { ...result, answering, peakRssMb: Number(maxrss[1]) / 1024, rssAtStartMb, rssAfterGatewayMb };
    } finally {
      await bot.stop();
    }
  } finally {
    await driver.stop();
    // BENCH_KEEP_LOGS=1 keeps the bot's log (with BENCH_CHILD_FLAGS=--trace-gc, its collections too).
    if (process.env.BENCH_KEEP_LOGS === '1') process.stderr.write(`bench: the bot's log is in ${logFile}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** Diagnostic: the same adapters and traffic in bench/discord-child.ts, every question given one precomputed answer. */
async function runFixedAnswer(): Promise<RunResult> {
  const driver = await startDriver();
  const { fakes } = driver;
  const settings: ChildSettings = {
    discord: {
      token: fakes.token,
      applicationId: fakes.applicationId,
      publicKey: fakes.publicKeyHex,
      apiUrl: fakes.discordApiUrl,
      allowedGuilds: [],
    },
    slack: { botToken: 'xoxb-bench', signingSecret: SLACK_SECRET, apiUrl: fakes.slackApiUrl, allowedTeams: [] },
    privateFields: ['basics.phone'],
  };
  const child = fork(join(here, 'discord-child.js'), [], {
    execArgv: startFlags(),
    env: { ...process.env, BENCH_DISCORD_CHILD: JSON.stringify(settings) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ready = await nextMessage<ChildMessage, 'ready'>(child, 'ready');
    if (!ready.slack)
      throw new Error(`bench: the Slack adapter did not start in the Discord bench child: ${ready.slackError ?? 'unknown'}`);
    const result = await driver.run(ready.port);
    const memory = nextMessage<ChildMessage, 'memory'>(child, 'memory');
    child.send({ type: 'memory' });
    return {
      ...result,
      answering: [],
      peakRssMb: (await memory).maxRssBytes / 1024 / 1024,
      rssAtStartMb: Number.NaN,
      rssAfterGatewayMb: Number.NaN,
    };
  } finally {
    child.send({ type: 'stop' });
    await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    if (child.exitCode === null) child.kill();
    await driver.stop();
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const mb = (value: number): Figure => ({ value: Math.round(value * 10) / 10, unit: 'MB' });

export async function benchDiscord(): Promise<Record<string, unknown>> {
  const real = await runBot();
  const fixed = await runFixedAnswer();
  const gateway = sorted(real.gateway);
  const answering = sorted(real.answering);
  const fixedGateway = sorted(fixed.gateway);
  const http = sorted(real.http);
  const flags = startFlags();
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const together = `Slack (HTTP, ${SLACK_REQUESTS} commands, ${real.slackErrors} errors) + Discord (gateway + HTTP interactions) in one process, as npm start; node flags: ${flags.length ? flags.join(' ') : 'none'}; RSS ${r1(real.rssAtStartMb)} MB when started, ${r1(real.rssAfterGatewayMb)} MB after the gateway phase`;

  return {
    gateway_interaction_to_callback: {
      samples: GATEWAY_SAMPLES,
      p50: ms(percentile(gateway, 50)),
      p99: ms(percentile(gateway, 99), P99_FLOOR_MS),
      max: {
        ...ms(gateway.at(-1)!),
        note: `the measuring process collected ${real.driverGc.count} times meanwhile, longest ${Math.round(real.driverGc.maxMs * 100) / 100} ms`,
      },
      'answering (query layer) p50': { ...ms(percentile(answering, 50)), note: `${answering.length} commands, from the bot's request log` },
      'answering (query layer) p99': ms(percentile(answering, 99)),
    },
    gateway_fixed_answer: {
      p50: ms(percentile(fixedGateway, 50)),
      p99: {
        ...ms(percentile(fixedGateway, 99)),
        note: 'same adapters and traffic, one precomputed answer: adapter + discord.js + loopback',
      },
    },
    http_interaction_request_to_response: {
      samples: HTTP_SAMPLES,
      p50: ms(percentile(http, 50)),
      p99: ms(percentile(http, 99)),
    },
    peak_rss: {
      ...mb(real.peakRssMb),
      floor: `≤ ${RSS_FLOOR_MB} MB`,
      pass: real.peakRssMb <= RSS_FLOOR_MB && real.slackErrors === 0,
      note: together,
    } satisfies Figure,
    peak_rss_fixed_answer: {
      ...mb(fixed.peakRssMb),
      note: 'bench/discord-child.ts, same adapters and traffic, one precomputed answer, no logs',
    } satisfies Figure,
  };
}
