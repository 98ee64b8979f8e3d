/**
 * More than one process: two bots (exactly as `npm start` runs them) behind a small
 * round-robin proxy that health-checks them and sends a request elsewhere when a backend
 * refused it (bench/proxy.ts), as the README's load balancer does.
 *
 *  - rolling restart: at a steady 500 signed slash commands a second (open loop), each bot in
 *    turn gets SIGTERM, exits, is started again on its port and is back in rotation before the
 *    other one goes. Every answer is checked (status 200 and the body that command answered
 *    first). Floor: 0 failed requests.
 *  - throughput with REDIS_URL beside without: the same two bots behind the same proxy, once
 *    with rate limits (and event ids) in one Redis, once in process, measured in alternating
 *    closed-loop rounds; plus latency at 500/s for both.
 *
 * Redis is Debian's redis-server on a free loopback port, nothing saved; without it installed
 * the Redis figures are skipped with a note and the rolling restart runs without Redis.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SLACK_EVENTS_PATH } from '../src/slack/start.js';
import { freePort, startRedis, type RedisServer } from '../tests/helpers/redis.js';
import type { Figure } from './core.js';
import { median, percentile, type LoadMode, type LoadResult } from './load.js';
import { startProxy, type RoundRobinProxy } from './proxy.js';
import { benchMix, runLoadChild, signedPool, slackEnv, startBot, startFakeApi, type BenchServer } from './slack.js';

const RATE = 500;
const CONNECTIONS = 10;
const RESTART_SECONDS = 24;
const ROUNDS = 6;
const ROUND_REQUESTS = 2000;
const WARMUP = 3000;
/** Generous, so that only refusals could ever be counted (pool users ask far less often). */
const RATE_LIMIT = '100';

const errorCount = (r: LoadResult) => r.errors.status + r.errors.body + r.errors.timeout + r.errors.socket;
const warmupErrorCount = (r: LoadResult) => r.warmupErrors.status + r.warmupErrors.body + r.warmupErrors.timeout + r.warmupErrors.socket;
const round1 = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

function redisInstalled(): boolean {
  return spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0;
}

/** Two bots on fixed ports behind one proxy. */
interface Pair {
  name: string;
  bots: BenchServer[];
  ports: number[];
  proxy: RoundRobinProxy;
  env: (port: number) => NodeJS.ProcessEnv;
}

async function startPair(name: string, dir: string, env: (port: number) => NodeJS.ProcessEnv): Promise<Pair> {
  const ports = [await freePort(), await freePort()];
  const bots = await Promise.all(ports.map((port, i) => startBot(env(port), join(dir, `${name}-${i}.log`))));
  const proxy = await startProxy(ports);
  return { name, bots, ports, proxy, env };
}

/** Resolves once the proxy has the backend on `port` in rotation again (its health check said 200). */
async function backInRotation(proxy: RoundRobinProxy, port: number): Promise<void> {
  while (!proxy.healthy().includes(port)) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * SIGTERM to one bot, wait for its exit, start it again on the same port, wait until the
 * proxy has it back; then the other. Returns the exit codes and how long each was away.
 */
async function rollingRestart(pair: Pair, dir: string): Promise<{ exitCodes: Array<number | null>; awayMs: number[] }> {
  const exitCodes: Array<number | null> = [];
  const awayMs: number[] = [];
  for (let i = 0; i < pair.bots.length; i++) {
    const started = performance.now();
    const old = pair.bots[i]!;
    await old.stop();
    exitCodes.push(old.child.exitCode);
    pair.bots[i] = await startBot(pair.env(pair.ports[i]!), join(dir, `${pair.name}-${i}-restarted.log`));
    await backInRotation(pair.proxy, pair.ports[i]!);
    awayMs.push(performance.now() - started);
    // Both serve for a moment before the next one goes, as a deploy would.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return { exitCodes, awayMs };
}

function job(pair: Pair, mix: Array<[string, string]>, expected: Record<number, string> | undefined, mode: LoadMode) {
  return {
    port: pair.proxy.port,
    path: SLACK_EVENTS_PATH,
    requests: signedPool(mix),
    mode,
    timeoutMs: 5000,
    ...(expected ? { expected } : {}),
  };
}

/** Every command once through the proxy: the answers every later one is checked against. */
async function probe(pair: Pair, mix: Array<[string, string]>): Promise<{ expected: Record<number, string>; errors: number }> {
  const requests = signedPool(mix, 1);
  const r = await runLoadChild({
    port: pair.proxy.port,
    path: SLACK_EVENTS_PATH,
    requests,
    mode: { kind: 'closed', connections: 1, total: requests.length },
    timeoutMs: 5000,
  });
  const bad = Object.values(r.bodies).filter(
    (b) => !b.startsWith('{"response_type":"ephemeral"') || b.includes('too many questions'),
  ).length;
  return { expected: r.bodies, errors: errorCount(r) + bad };
}

async function closedRound(
  pair: Pair,
  mix: Array<[string, string]>,
  expected: Record<number, string>,
): Promise<{ perSecond: number; errors: number }> {
  const r = await runLoadChild(job(pair, mix, expected, { kind: 'closed', connections: CONNECTIONS, total: ROUND_REQUESTS }));
  return { perSecond: r.answered / (r.elapsedMs / 1000), errors: errorCount(r) };
}

async function steady(
  pair: Pair,
  mix: Array<[string, string]>,
  expected: Record<number, string>,
): Promise<{ p50: number; p99: number; errors: number }> {
  const r = await runLoadChild(
    job(pair, mix, expected, { kind: 'open', connections: CONNECTIONS, rate: RATE, warmupMs: 1000, durationMs: 6000 }),
  );
  const sorted = Float64Array.from(r.latencies).sort();
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors: errorCount(r) + warmupErrorCount(r) };
}

export async function benchMultiproc(): Promise<Record<string, Figure>> {
  const { mix, env: resumeEnv } = benchMix();
  const api = await startFakeApi();
  const dir = mkdtempSync(join(tmpdir(), 'resume-bot-multiproc-bench-'));
  let redis: RedisServer | null = null;
  const pairs: Pair[] = [];
  const figures: Record<string, Figure> = {};
  try {
    if (redisInstalled()) redis = await startRedis();
    const envWith = (extra: Record<string, string>) => (port: number) =>
      slackEnv(api.apiUrl, { ...resumeEnv, PORT: String(port), RATE_LIMIT_REQUESTS: RATE_LIMIT, ...extra });
    const local = await startPair('in-process', dir, envWith({}));
    pairs.push(local);
    const shared = redis ? await startPair('redis', dir, envWith({ REDIS_URL: redis.url })) : null;
    if (shared) pairs.push(shared);

    let errors = 0;
    const expected = new Map<Pair, Record<number, string>>();
    for (const pair of pairs) {
      const probed = await probe(pair, mix);
      errors += probed.errors;
      expected.set(pair, probed.expected);
      errors += errorCount(
        await runLoadChild(job(pair, mix, probed.expected, { kind: 'closed', connections: CONNECTIONS, total: WARMUP })),
      );
    }

    // Throughput, in process and with Redis, in alternating rounds (drift on a shared machine hits both).
    const rounds = new Map<Pair, number[]>(pairs.map((p) => [p, []]));
    for (let i = 0; i < ROUNDS; i++) {
      const order = i % 2 === 0 ? pairs : [...pairs].reverse();
      for (const pair of order) {
        const r = await closedRound(pair, mix, expected.get(pair)!);
        rounds.get(pair)!.push(r.perSecond);
        errors += r.errors;
      }
    }
    const localSteady = await steady(local, mix, expected.get(local)!);
    errors += localSteady.errors;
    const localRate = median(rounds.get(local)!);
    figures['throughput.in_process'] = {
      value: Math.round(localRate),
      unit: '/s',
      note: `two processes behind the proxy, median of ${ROUNDS} rounds × ${ROUND_REQUESTS}, ${CONNECTIONS} connections, closed loop`,
    };
    if (shared) {
      const sharedSteady = await steady(shared, mix, expected.get(shared)!);
      errors += sharedSteady.errors;
      const sharedRate = median(rounds.get(shared)!);
      const ratios = rounds.get(shared)!.map((r, i) => r / rounds.get(local)![i]!);
      figures['throughput.redis'] = {
        value: Math.round(sharedRate),
        unit: '/s',
        note: 'the same, with REDIS_URL: every question takes its token in Redis',
      };
      figures['throughput.redis_over_in_process'] = {
        value: round3(median(ratios)),
        note: `median of per-round ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
      };
      figures['latency_at_500.in_process'] = {
        value: round3(localSteady.p50),
        unit: 'ms p50',
        note: `p99 ${round3(localSteady.p99)} ms; open loop, 6 s`,
      };
      figures['latency_at_500.redis'] = { value: round3(sharedSteady.p50), unit: 'ms p50', note: `p99 ${round3(sharedSteady.p99)} ms` };
    } else {
      figures['throughput.redis'] = { value: 'skipped', note: 'redis-server is not installed (sudo apt-get install redis-server)' };
      figures['latency_at_500.in_process'] = {
        value: round3(localSteady.p50),
        unit: 'ms p50',
        note: `p99 ${round3(localSteady.p99)} ms; open loop, 6 s`,
      };
    }

    // The rolling restart, on the pair a multi-process deployment runs (with Redis when there is one).
    const target = shared ?? local;
    const before = { ...target.proxy.stats };
    const restart: { running?: Promise<{ exitCodes: Array<number | null>; awayMs: number[] }>; doneAt?: number; loadEndAt?: number } = {};
    const result = await runLoadChild(
      job(target, mix, expected.get(target)!, {
        kind: 'open',
        connections: CONNECTIONS,
        rate: RATE,
        warmupMs: 2000,
        durationMs: RESTART_SECONDS * 1000,
      }),
      (phase) => {
        // Begins 2 s into the measured phase; must be over before it ends.
        if (phase === 'measure') {
          restart.running = new Promise((resolve) => setTimeout(resolve, 2000))
            .then(() => rollingRestart(target, dir))
            .finally(() => (restart.doneAt = performance.now()));
        } else restart.loadEndAt = performance.now();
      },
    );
    const outcome = restart.running ? await restart.running : null;
    const finished =
      outcome !== null &&
      outcome.exitCodes.length === 2 &&
      restart.doneAt !== undefined &&
      restart.doneAt <= (restart.loadEndAt ?? Infinity);
    const failed = errorCount(result) + warmupErrorCount(result);
    const retried = target.proxy.stats.retried - before.retried;
    figures['rolling_restart.failed'] = {
      value: failed,
      floor: '0',
      pass: failed === 0 && finished,
      note: `${result.answered} answered of ${result.sent} at ${RATE}/s over ${RESTART_SECONDS} s (${target.name}); non-200, wrong body, timeouts, socket errors`,
    };
    figures['rolling_restart.restarts'] = {
      value: outcome ? outcome.exitCodes.length : 0,
      note: outcome
        ? `exit codes ${outcome.exitCodes.join(', ')}; each away ${outcome.awayMs.map((ms) => `${round1(ms / 1000)} s`).join(', ')} (SIGTERM to back in rotation)${finished ? '' : '; NOT over before the load ended'}`
        : 'never began',
    };
    figures['rolling_restart.retried_by_proxy'] = {
      value: retried,
      note: 'requests a stopping bot refused (503) or a closed port refused, sent to the other one',
    };
    figures['rolling_restart.p99'] = {
      value: round3(percentile(Float64Array.from(result.latencies).sort(), 99)),
      unit: 'ms',
      note: `max ${round3(Math.max(...result.latencies))} ms; load generator late by ${round3(result.lagP99Ms)} ms p99 (two cores: a starting bot takes one)`,
    };
    figures.errors = { value: errors, floor: '0', pass: errors === 0, note: 'probe, warm-up, throughput rounds and steady runs' };
    return figures;
  } finally {
    for (const pair of pairs) {
      await pair.proxy.close();
      await Promise.all(pair.bots.map((b) => b.stop()));
    }
    await redis?.stop();
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
